"""The portfolio of alliances: one line per alliance with what needs attention.

The SQL expressions here are shared by the portfolio page (which pages and
sorts them in SQL) and by :func:`portfolio` (briefings, tests). Every
expression is a correlated subquery on an indexed column, so a page of 200
alliances costs a few milliseconds even in a large workbook.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from alliance_desk.domain.codes import AllianceType, LifecycleStage, Rag
from alliance_desk.domain.insights import Trend, trend
from alliance_desk.store.db import Database
from alliance_desk.store.snapshot import references

SOURCE = "alliance JOIN organisation AS partner ON partner.id = alliance.partner_id"
KEY = "alliance.id"
DEFAULT_ORDER = "alliance.name COLLATE NOCASE, alliance.id"

_LATEST = (
    "(SELECT id FROM evaluation WHERE alliance_id = alliance.id"
    " ORDER BY evaluated_on DESC, id DESC LIMIT 1)"
)


def _earlier_same_side(later: str) -> str:
    """SQL condition: ``earlier`` is an evaluation of the alliance before ``later``, by the
    same side (on one day, the one recorded first is the earlier)."""
    return (
        f"earlier.alliance_id = alliance.id AND earlier.respondent_side = {later}.respondent_side"
        f" AND (earlier.evaluated_on < {later}.evaluated_on"
        f" OR (earlier.evaluated_on = {later}.evaluated_on AND earlier.id < {later}.id))"
    )


def _previous_same_side(evaluation: str) -> str:
    """The evaluation just before ``evaluation`` (an id subquery) by the same side."""
    return (
        "(SELECT earlier.id FROM evaluation AS earlier, evaluation AS later"
        f" WHERE later.id = {evaluation} AND {_earlier_same_side('later')}"
        " ORDER BY earlier.evaluated_on DESC, earlier.id DESC LIMIT 1)"
    )


# The trend compares the latest evaluation that has an earlier one by the same side with
# that earlier one: the most recent side checked at least twice. A single joint workshop
# after both sides' own checks leaves the trend of those checks; when both sides checked on
# the same day, ours tells the trend (it is our view the briefing argues from).
_TREND_LATEST = (
    "(SELECT later.id FROM evaluation AS later WHERE later.alliance_id = alliance.id"
    f" AND EXISTS (SELECT 1 FROM evaluation AS earlier WHERE {_earlier_same_side('later')})"
    " ORDER BY later.evaluated_on DESC, later.respondent_side = 'us' DESC, later.id DESC"
    " LIMIT 1)"
)
_LAST_EVALUATED = "(SELECT max(evaluated_on) FROM evaluation WHERE alliance_id = alliance.id)"


def _score_of(evaluation: str) -> str:
    return f"(SELECT round(avg(score), 2) FROM evaluation_score WHERE evaluation_id = {evaluation})"


def _open_actions(extra: str = "") -> str:
    return (
        "(SELECT count(*) FROM action WHERE alliance_id = alliance.id"
        f" AND status IN ('open', 'in_progress'){extra})"
    )


STAGE_ORDER = (
    "CASE alliance.lifecycle_stage "
    + " ".join(f"WHEN '{stage.value}' THEN {index}" for index, stage in enumerate(LifecycleStage))
    + " END"
)
# Attention first: red, amber, then not assessed (NULL: nobody has looked yet), then green.
RAG_ORDER = (
    "CASE alliance.status_rag WHEN 'red' THEN 0 WHEN 'amber' THEN 1 WHEN 'green' THEN 3 ELSE 2 END"
)

# Column key -> SQL expression (parameters: :today, ISO date).
EXPRESSIONS: dict[str, str] = {
    "name": "alliance.name",
    "partner": "partner.name",
    "alliance_type": "alliance.alliance_type",
    "lifecycle_stage": "alliance.lifecycle_stage",
    "status_rag": "alliance.status_rag",
    "status_reason": "alliance.status_reason",
    "last_evaluated": _LAST_EVALUATED,
    "next_health_check": (
        f"date(coalesce({_LAST_EVALUATED}, alliance.start_date),"
        " '+' || alliance.health_check_interval_days || ' days')"
    ),
    "open_actions": _open_actions(),
    "overdue_actions": _open_actions(" AND due_date < :today"),
    "latest_score": _score_of(_LATEST),
    "trend_latest_score": _score_of(_TREND_LATEST),
    "trend_previous_score": _score_of(_previous_same_side(_TREND_LATEST)),
    "last_activity": (
        "nullif(max("
        f"coalesce({_LAST_EVALUATED}, ''),"
        " coalesce((SELECT max(checked_on) FROM pulse_check WHERE alliance_id = alliance.id), ''),"
        " coalesce((SELECT max(held_on) FROM meeting WHERE alliance_id = alliance.id), ''),"
        " coalesce((SELECT max(assessment.assessed_on) FROM stakeholder_assessment AS assessment"
        " JOIN stakeholder ON stakeholder.id = assessment.stakeholder_id"
        " WHERE stakeholder.alliance_id = alliance.id), '')"
        "), '')"
    ),
}
SORT_EXPRESSIONS = {
    "lifecycle_stage": STAGE_ORDER,
    "status_rag": RAG_ORDER,
    "name": "alliance.name COLLATE NOCASE",
    "partner": "partner.name COLLATE NOCASE",
}


@dataclasses.dataclass(frozen=True)
class PortfolioLine:
    alliance_id: int
    name: str
    partner: str
    alliance_type: AllianceType
    lifecycle_stage: LifecycleStage
    status_rag: Rag | None  # None: not assessed
    status_reason: str | None
    last_evaluated: dt.date | None
    next_health_check: dt.date | None
    open_actions: int
    overdue_actions: int
    latest_score: float | None  # of the latest evaluation, by any side
    trend_latest_score: float | None  # of the latest evaluation that has an earlier one ...
    trend_previous_score: float | None  # ... by the same side, and of that earlier one
    last_activity: dt.date | None

    @property
    def trend(self) -> Trend | None:
        """The change of the side checked most recently that was checked before."""
        return trend([self.trend_previous_score, self.trend_latest_score])


_LINE_KEYS = [field.name for field in dataclasses.fields(PortfolioLine)][1:]  # not the id


def _day(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _rag(value: Any) -> Rag | None:
    return None if value is None else Rag(value)


def line_from(values: dict[str, Any], alliance_id: int) -> PortfolioLine:
    return PortfolioLine(
        alliance_id=alliance_id,
        name=values["name"],
        partner=values["partner"],
        alliance_type=AllianceType(values["alliance_type"]),
        lifecycle_stage=LifecycleStage(values["lifecycle_stage"]),
        status_rag=_rag(values["status_rag"]),
        status_reason=values["status_reason"],
        last_evaluated=_day(values["last_evaluated"]),
        next_health_check=_day(values["next_health_check"]),
        open_actions=values["open_actions"],
        overdue_actions=values["overdue_actions"],
        latest_score=values["latest_score"],
        trend_latest_score=values["trend_latest_score"],
        trend_previous_score=values["trend_previous_score"],
        last_activity=_day(values["last_activity"]),
    )


def portfolio(db: Database, today: dt.date, where: str = "1") -> list[PortfolioLine]:
    """Every alliance (matching ``where``) with its portfolio figures, by name."""
    selected = ", ".join(f"{EXPRESSIONS[key]} AS {key}" for key in _LINE_KEYS)
    rows = db.query(
        f"SELECT {KEY} AS alliance_id, {selected} FROM {SOURCE} WHERE {where}"
        f" ORDER BY {DEFAULT_ORDER}",
        {"today": today.isoformat()},
    )
    return [line_from(dict(row), row["alliance_id"]) for row in rows]


# An open questionnaire round past its deadline (parameter :today) with a slot not answered.
ROUND_OVERDUE = (
    "questionnaire_round.status = 'open' AND questionnaire_round.deadline < :today"
    " AND EXISTS (SELECT 1 FROM round_respondent WHERE round_id = questionnaire_round.id"
    " AND answered_on IS NULL)"
)

ROUND_DAYS = 7  # a round's deadline this near, with questionnaires out, is worth a reminder


@dataclasses.dataclass(frozen=True)
class RoundDue:
    """An open round whose deadline has passed or is near, with questionnaires not answered."""

    round_id: int
    alliance_id: int
    alliance: str  # the alliance's name
    deadline: dt.date
    missing: int  # questionnaires not answered yet
    invited: int

    def overdue(self, today: dt.date) -> bool:
        return self.deadline < today


def rounds_due(db: Database, today: dt.date, days: int = ROUND_DAYS) -> list[RoundDue]:
    """Open rounds with questionnaires out whose deadline is past or within ``days``,
    the earliest deadline first."""
    rows = db.query(
        "SELECT questionnaire_round.id, alliance.id AS alliance_id, alliance.name,"
        " questionnaire_round.deadline,"
        " sum(round_respondent.answered_on IS NULL) AS missing, count(*) AS invited"
        " FROM questionnaire_round JOIN alliance ON alliance.id = questionnaire_round.alliance_id"
        " JOIN round_respondent ON round_respondent.round_id = questionnaire_round.id"
        " WHERE questionnaire_round.status = 'open' AND questionnaire_round.deadline <= :horizon"
        " GROUP BY questionnaire_round.id HAVING missing > 0"
        " ORDER BY questionnaire_round.deadline, alliance.name COLLATE NOCASE,"
        " questionnaire_round.id",
        {"horizon": (today + dt.timedelta(days=days)).isoformat()},
    )
    return [
        RoundDue(
            row["id"],
            row["alliance_id"],
            row["name"],
            dt.date.fromisoformat(row["deadline"]),
            int(row["missing"]),
            int(row["invited"]),
        )
        for row in rows
    ]


# A pending decision whose deadline is near (parameter :horizon, ISO date) or has passed.
DECISION_DUE = "decision.status = 'pending' AND decision.deadline <= :horizon"
DECISION_DAYS = 14  # how near "near" is


@dataclasses.dataclass(frozen=True)
class Reminders:
    """What is due across the portfolio, for the reminder on opening a workbook."""

    overdue_health_checks: int  # alliances whose next formal health check has passed
    overdue_actions: int  # open or in-progress actions past their due date
    decisions_due: int  # pending decisions whose deadline has passed or is near (DECISION_DUE)
    losing_touch: int  # alliances without activity for the losing-touch period
    # open questionnaire rounds past their deadline with questionnaires not answered
    rounds_overdue: int = 0

    def __bool__(self) -> bool:
        return any(dataclasses.astuple(self))


def reminders(
    db: Database, today: dt.date, losing_touch_days: int, decision_days: int = DECISION_DAYS
) -> Reminders:
    """Counts of what needs doing soon, with the same rules as the portfolio's cues."""
    row = db.query_one(
        "SELECT"
        f" (SELECT count(*) FROM alliance WHERE {EXPRESSIONS['next_health_check']} < :today),"
        " (SELECT count(*) FROM action WHERE status IN ('open', 'in_progress')"
        " AND due_date < :today),"
        f" (SELECT count(*) FROM decision WHERE {DECISION_DUE}),"
        " (SELECT count(*) FROM alliance"
        f" WHERE coalesce({EXPRESSIONS['last_activity']}, '') <= :touch_limit),"
        f" (SELECT count(*) FROM questionnaire_round WHERE {ROUND_OVERDUE})",
        {
            "today": today.isoformat(),
            "horizon": (today + dt.timedelta(days=decision_days)).isoformat(),
            "touch_limit": (today - dt.timedelta(days=losing_touch_days)).isoformat(),
        },
    )
    assert row is not None
    return Reminders(*(int(value) for value in row))


@dataclasses.dataclass(frozen=True)
class AllianceLine:
    """An alliance's name and partner, for choosers."""

    alliance_id: int
    name: str
    partner: str


def alliance_lines(db: Database) -> list[AllianceLine]:
    rows = db.all_tuples(
        f"SELECT {KEY}, alliance.name, partner.name FROM {SOURCE} ORDER BY {DEFAULT_ORDER}"
    )
    return [AllianceLine(*row) for row in rows]


def alliance_of(db: Database, table: str, record_id: int) -> int | None:
    """The alliance a record belongs to, following the schema's own references.

    A record belongs to what it is deleted with (its ``ON DELETE CASCADE``
    parent); a direct reference to the alliance is taken first.
    """
    if table == "alliance":
        return record_id
    parents = [
        reference
        for reference in references(db)
        if reference.table == table and reference.on_delete == "CASCADE"
    ]
    parents.sort(key=lambda reference: reference.target != "alliance")
    for reference in parents:
        parent_id = db.scalar(
            f'SELECT "{reference.column}" FROM "{table}" WHERE id = :id', {"id": record_id}
        )
        if parent_id is not None:
            return alliance_of(db, reference.target, int(parent_id))
    return None
