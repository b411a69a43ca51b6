"""Actions, decisions and risks across alliances: the SQL behind the follow-up page.

Each kind of follow-up record is described once (its joins, column
expressions, the owner column, what counts as overdue), so the page can page,
sort and filter 50,000 actions in SQL and the counts agree with the table.
Every condition uses named parameters; ``:today`` is an ISO date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from alliance_desk.store.db import Database, containing

UNFINISHED = "unfinished"  # a status filter that stands for every "still to do" status


@dataclasses.dataclass(frozen=True)
class Kind:
    """How one table of follow-up records is queried."""

    table: str
    source: str  # FROM ... JOIN ... (no WHERE)
    expressions: dict[str, str]  # column key -> SQL (visible columns first)
    sort_expressions: dict[str, str]
    default_order: str
    owner_column: str  # who the owner filter looks at
    unfinished: tuple[str, ...]  # statuses that still need something done
    overdue: str  # SQL condition, true for an overdue row (uses :today)

    @property
    def key(self) -> str:
        return f"{self.table}.id"


def _overdue(table: str, date_column: str, statuses: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{status}'" for status in statuses)
    return f"({table}.status IN ({listed}) AND {table}.{date_column} < :today)"


def _unfinished_first(table: str, statuses: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{status}'" for status in statuses)
    return f"CASE WHEN {table}.status IN ({listed}) THEN 0 ELSE 1 END"


def _with_sources(table: str, rounds: bool = False) -> str:
    """The table with its alliance and sources (``rounds``: it may come from a round)."""
    joined = (
        f"{table} JOIN alliance ON alliance.id = {table}.alliance_id"
        f" LEFT JOIN evaluation AS source_evaluation"
        f" ON source_evaluation.id = {table}.source_evaluation_id"
        f" LEFT JOIN meeting AS source_meeting ON source_meeting.id = {table}.source_meeting_id"
    )
    if rounds:
        joined += (
            " LEFT JOIN questionnaire_round AS source_round"
            f" ON source_round.id = {table}.source_round_id"
        )
    return joined


_SOURCE_COLUMNS = {
    "source_evaluated_on": "source_evaluation.evaluated_on",
    "source_side": "source_evaluation.respondent_side",
    "source_meeting_title": "source_meeting.title",
    "source_held_on": "source_meeting.held_on",
    "source_round_held_on": "source_round.held_on",
    "source_round_kind": "source_round.kind",
}
_SOURCE_SORT = (
    "coalesce(source_evaluation.evaluated_on, source_meeting.held_on, source_round.held_on)"
)

_ACTION_OPEN = ("open", "in_progress")
_DECISION_OPEN = ("pending",)
_RISK_OPEN = ("open", "mitigating")

ACTIONS = Kind(
    table="action",
    source=_with_sources("action", rounds=True),
    expressions={
        "title": "action.title",
        "alliance": "alliance.name",
        "owner": "action.owner",
        "due_date": "action.due_date",
        "status": "action.status",
        "source": _SOURCE_SORT,
        "completed_on": "action.completed_on",
        "overdue": _overdue("action", "due_date", _ACTION_OPEN),
        "alliance_id": "action.alliance_id",
        **_SOURCE_COLUMNS,
    },
    sort_expressions={
        "title": "action.title COLLATE NOCASE",
        "alliance": "alliance.name COLLATE NOCASE",
        "owner": "action.owner COLLATE NOCASE",
        "status": _unfinished_first("action", _ACTION_OPEN) + ", action.status",
    },
    default_order=(
        f"{_unfinished_first('action', _ACTION_OPEN)}, action.due_date IS NULL,"
        " action.due_date, action.id"
    ),
    owner_column="action.owner",
    unfinished=_ACTION_OPEN,
    overdue=_overdue("action", "due_date", _ACTION_OPEN),
)

DECISIONS = Kind(
    table="decision",
    source=_with_sources("decision"),
    expressions={
        "title": "decision.title",
        "alliance": "alliance.name",
        "status": "decision.status",
        "asked_of": "decision.asked_of",
        "recommendation": "decision.recommendation",
        "deadline": "decision.deadline",
        "decided": "decision.decided_on",
        "overdue": _overdue("decision", "deadline", _DECISION_OPEN),
        "alliance_id": "decision.alliance_id",
        "decided_by": "decision.decided_by",
    },
    sort_expressions={
        "title": "decision.title COLLATE NOCASE",
        "alliance": "alliance.name COLLATE NOCASE",
        "asked_of": "decision.asked_of COLLATE NOCASE",
        "status": _unfinished_first("decision", _DECISION_OPEN) + ", decision.status",
    },
    default_order=(
        f"{_unfinished_first('decision', _DECISION_OPEN)}, decision.deadline IS NULL,"
        " decision.deadline, decision.id"
    ),
    owner_column="decision.asked_of",
    unfinished=_DECISION_OPEN,
    overdue=_overdue("decision", "deadline", _DECISION_OPEN),
)

RISKS = Kind(
    table="risk",
    source="risk JOIN alliance ON alliance.id = risk.alliance_id",
    expressions={
        "title": "risk.title",
        "alliance": "alliance.name",
        "owner": "risk.owner",
        "likelihood": "risk.likelihood",
        "impact": "risk.impact",
        "score": "risk.likelihood * risk.impact",
        "status": "risk.status",
        "review_date": "risk.review_date",
        "mitigation": "risk.mitigation",
        "overdue": _overdue("risk", "review_date", _RISK_OPEN),
        "alliance_id": "risk.alliance_id",
    },
    sort_expressions={
        "title": "risk.title COLLATE NOCASE",
        "alliance": "alliance.name COLLATE NOCASE",
        "owner": "risk.owner COLLATE NOCASE",
        "status": _unfinished_first("risk", _RISK_OPEN) + ", risk.status",
    },
    # The biggest open risks first: that is what a risk register is read for.
    default_order=(
        f"{_unfinished_first('risk', _RISK_OPEN)}, risk.likelihood * risk.impact DESC, risk.id"
    ),
    owner_column="risk.owner",
    unfinished=_RISK_OPEN,
    overdue=_overdue("risk", "review_date", _RISK_OPEN),
)

KINDS: dict[str, Kind] = {kind.table: kind for kind in (ACTIONS, DECISIONS, RISKS)}


@dataclasses.dataclass(frozen=True)
class Filter:
    """What the user narrowed the list to; empty values mean "everything"."""

    alliance_id: int | None = None  # None: all alliances
    owner: str = ""  # part of the owner's name, any case
    status: str | None = None  # a status code, or UNFINISHED
    overdue_only: bool = False
    text: str = ""  # part of the title


def condition(kind: Kind, chosen: Filter, today: dt.date) -> tuple[str, dict[str, Any]]:
    """The SQL condition and its parameters for ``chosen`` (always binds ``:today``)."""
    parts: list[str] = []
    params: dict[str, Any] = {"today": today.isoformat()}
    if chosen.alliance_id is not None:
        parts.append(f"{kind.table}.alliance_id = :alliance_id")
        params["alliance_id"] = chosen.alliance_id
    if chosen.owner.strip():
        parts.append(f"{kind.owner_column} LIKE :owner ESCAPE '\\'")
        params["owner"] = containing(chosen.owner.strip())
    if chosen.status == UNFINISHED:
        parts.append(f"{kind.table}.status IN ({', '.join(repr(s) for s in kind.unfinished)})")
    elif chosen.status:
        parts.append(f"{kind.table}.status = :status")
        params["status"] = chosen.status
    if chosen.overdue_only:
        parts.append(kind.overdue)
    if chosen.text.strip():
        parts.append(f"{kind.table}.title LIKE :text ESCAPE '\\'")
        params["text"] = containing(chosen.text.strip())
    return " AND ".join(parts) or "1", params


def count(db: Database, kind: Kind, chosen: Filter, today: dt.date) -> int:
    where, params = condition(kind, chosen, today)
    return int(db.scalar(f"SELECT count(*) FROM {kind.table} WHERE {where}", params))


def overdue_count(db: Database, kind: Kind, alliance_id: int | None, today: dt.date) -> int:
    """Overdue records of one alliance (or of all), whatever the other filters say."""
    return count(db, kind, Filter(alliance_id=alliance_id, overdue_only=True), today)


def owners(db: Database, kind: Kind, alliance_id: int | None) -> list[str]:
    """The distinct owners (for decisions: who they are asked of), by name."""
    column = kind.owner_column
    where = f"{column} IS NOT NULL AND {column} != ''"
    params: dict[str, Any] = {}
    if alliance_id is not None:
        where += f" AND {kind.table}.alliance_id = :alliance_id"
        params["alliance_id"] = alliance_id
    rows = db.query(
        f"SELECT DISTINCT {column} AS name FROM {kind.table} WHERE {where}"
        " ORDER BY name COLLATE NOCASE",
        params,
    )
    return [row["name"] for row in rows]


@dataclasses.dataclass(frozen=True)
class SourceChoice:
    """An evaluation, a meeting or a questionnaire round an action or decision can come
    from."""

    table: str  # "evaluation", "meeting" or "questionnaire_round"
    record_id: int
    day: str  # ISO date
    detail: str  # the respondent side code, the meeting's title, or the round's kind code


def source_choices(db: Database, alliance_id: int, rounds: bool = False) -> list[SourceChoice]:
    """The alliance's health checks and meetings (``rounds``: and its questionnaire rounds,
    which only actions name as their source), newest first."""
    round_choices = (
        " UNION ALL SELECT 'questionnaire_round', id, held_on, kind FROM questionnaire_round"
        " WHERE alliance_id = :alliance_id"
        if rounds
        else ""
    )
    rows = db.query(
        "SELECT 'evaluation' AS kind, id, evaluated_on AS day, respondent_side AS detail"
        " FROM evaluation WHERE alliance_id = :alliance_id"
        " UNION ALL SELECT 'meeting', id, held_on, title FROM meeting"
        f" WHERE alliance_id = :alliance_id{round_choices} ORDER BY day DESC, kind, id DESC",
        {"alliance_id": alliance_id},
    )
    return [SourceChoice(row["kind"], row["id"], row["day"], row["detail"]) for row in rows]


def alliance_of(db: Database, table: str, record_id: int) -> int | None:
    """The alliance of an action, decision or risk (None if it is gone)."""
    kind = KINDS[table]
    value = db.scalar(f"SELECT alliance_id FROM {kind.table} WHERE id = :id", {"id": record_id})
    return None if value is None else int(value)


def alliance_name(db: Database, alliance_id: int | None) -> str | None:
    if alliance_id is None:
        return None
    value = db.scalar("SELECT name FROM alliance WHERE id = :id", {"id": alliance_id})
    return None if value is None else str(value)
