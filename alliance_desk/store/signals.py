"""The early-warning signals of many alliances at once, and their thresholds.

:func:`signals` gathers the facts every rule of
:mod:`alliance_desk.domain.signals` needs in a handful of set-based queries
(one per kind of fact, for all asked alliances together), then applies the
rules in Python. Nothing is stored: the signals follow every edit the moment
it is made. The thresholds live in the workbook (``workbook_info``), so a
workbook says the same thing on every machine.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from alliance_desk.domain import development
from alliance_desk.domain import signals as rules
from alliance_desk.domain.codes import Attitude, Rag, Side
from alliance_desk.domain.signals import Signal, Thresholds
from alliance_desk.store.db import Database
from alliance_desk.store.latest_assessment import LATEST_ASSESSMENT
from alliance_desk.store.portfolio import DECISION_DUE, EXPRESSIONS, _score_of

THRESHOLDS_KEY = "signal_thresholds"  # workbook_info key: the thresholds as one JSON object

# When the status was set: the insert that gave it a value, or an edit of the status or of
# its reason (rewriting the reason is revisiting the status). None: no entry tells.
_STATUS_SET_SQL = """
SELECT record_id AS alliance_id,
    max(CASE WHEN (change = 'insert' AND json_extract(new_value, '$.status_rag') IS NOT NULL)
        OR (change = 'update' AND field IN ('status_rag', 'status_reason'))
        THEN substr(changed_at, 1, 10) END) AS set_on,
    min(CASE WHEN change = 'insert' THEN substr(changed_at, 1, 10) END) AS recorded_on
FROM audit_log
WHERE table_name = 'alliance' AND {alliances}
GROUP BY record_id
"""

# Each side's last two evaluations that hold a score (on one day, the one recorded last
# is the later), with their scores. Per alliance and side on the index
# evaluation_by_alliance_date: far cheaper than ranking every evaluation of the workbook.
_LAST_CHECKS_SQL = f"""
SELECT alliance.id, side.value, evaluation.id, evaluation.evaluated_on,
    {_score_of("evaluation.id")},
    CASE WHEN side.value != 'joint' THEN (SELECT json_group_object(dimension_id, score)
        FROM evaluation_score WHERE evaluation_id = evaluation.id) END
FROM alliance
CROSS JOIN (SELECT 'us' AS value UNION ALL SELECT 'partner' UNION ALL SELECT 'joint') AS side
JOIN evaluation ON evaluation.id IN (
    SELECT id FROM evaluation AS latest
    WHERE latest.alliance_id = alliance.id AND latest.respondent_side = side.value
    AND EXISTS (SELECT 1 FROM evaluation_score
        WHERE evaluation_id = latest.id AND score IS NOT NULL)
    ORDER BY latest.evaluated_on DESC, latest.id DESC LIMIT 2)
WHERE {{alliances}}
"""

# The open or in-progress actions past their due date: how many (the portfolio's count), the
# oldest due date, and the :nth oldest (when the pile reached the threshold).
_LATE_ACTION = (
    "action.alliance_id = piled.id AND action.status IN ('open', 'in_progress')"
    " AND action.due_date < :today"
)
_ACTIONS_SQL = f"""
SELECT piled.id, piled.overdue,
    (SELECT min(due_date) FROM action WHERE {_LATE_ACTION}),
    (SELECT due_date FROM action WHERE {_LATE_ACTION} ORDER BY due_date LIMIT 1 OFFSET :nth - 1)
FROM (SELECT alliance.id, {EXPRESSIONS["overdue_actions"]} AS overdue FROM alliance
    WHERE {{alliances}}) AS piled
WHERE piled.overdue >= :nth
"""

# Each sponsor's latest two readings, as alliance_profile.sponsors reads them.
_SPONSOR_READINGS_SQL = """
SELECT stakeholder.alliance_id, stakeholder.side, stakeholder.name, reading.id,
    reading.assessed_on, reading.attitude
FROM stakeholder JOIN stakeholder_assessment AS reading ON reading.id IN (
    SELECT id FROM stakeholder_assessment WHERE stakeholder_id = stakeholder.id
    ORDER BY assessed_on DESC, id DESC LIMIT 2)
WHERE stakeholder.is_sponsor = 1 AND {alliances}
"""

# People whose latest assessment (as the stakeholder map reads it) gives them power of at
# least :power, and whom no counterpart link names.
_POWER_ALONE_SQL = f"""
SELECT stakeholder.alliance_id, stakeholder.name, stakeholder.side, assessment.power,
    assessment.assessed_on
FROM stakeholder
JOIN stakeholder_assessment AS assessment ON assessment.id = {LATEST_ASSESSMENT}
WHERE {{alliances}} AND assessment.power >= :power
    AND NOT EXISTS (SELECT 1 FROM counterpart WHERE our_stakeholder_id = stakeholder.id)
    AND NOT EXISTS (SELECT 1 FROM counterpart WHERE partner_stakeholder_id = stakeholder.id)
"""

# The latest level per organisation and dimension, of our organisation and of the partners
# of the asked alliances (as evaluation_history.side_by_side reads them).
_MATURITY_SQL = """
SELECT organisation.id, maturity_score.dimension_id, maturity_score.level,
    maturity_assessment.assessed_on
FROM organisation
JOIN maturity_assessment ON maturity_assessment.organisation_id = organisation.id
JOIN maturity_score ON maturity_score.assessment_id = maturity_assessment.id
WHERE organisation.id IN (SELECT id FROM organisation WHERE is_own = 1
        UNION SELECT partner_id FROM alliance WHERE {alliances})
    AND maturity_assessment.id = (SELECT latest.id FROM maturity_assessment AS latest
        JOIN maturity_score AS scored ON scored.assessment_id = latest.id
            AND scored.dimension_id = maturity_score.dimension_id
        WHERE latest.organisation_id = organisation.id
        ORDER BY latest.assessed_on DESC, latest.id DESC LIMIT 1)
"""


# Open questionnaire rounds past their deadline, with how many slots there are and how many
# have answered.
_ROUNDS_SQL = """
SELECT questionnaire_round.alliance_id, questionnaire_round.held_on, questionnaire_round.deadline,
    (SELECT count(*) FROM round_respondent WHERE round_id = questionnaire_round.id),
    (SELECT count(*) FROM round_respondent WHERE round_id = questionnaire_round.id
        AND answered_on IS NOT NULL)
FROM questionnaire_round
WHERE questionnaire_round.status = 'open' AND questionnaire_round.deadline < :today
    AND {alliances}
ORDER BY questionnaire_round.deadline, questionnaire_round.id
"""


# Development targets whose date has passed (whether they were reached is the rule's part).
_TARGETS_SQL = """
SELECT development_plan.alliance_id, development_plan.side, development_target.dimension_id,
    development_target.target_level, development_target.target_date
FROM development_target
JOIN development_plan ON development_plan.id = development_target.plan_id
WHERE development_target.target_date < :today AND {alliances}
ORDER BY development_target.target_date, development_target.id
"""


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


@dataclasses.dataclass
class _Facts:
    """What the rules need of one alliance."""

    status: Rag | None = None
    started: dt.date | None = None
    interval_days: int = 180
    partner_id: int | None = None
    last_evaluated: dt.date | None = None
    last_partner_check: dt.date | None = None
    last_activity: dt.date | None = None
    status_set_on: dt.date | None = None
    recorded_on: dt.date | None = None
    check_dates: list[dt.date] = dataclasses.field(default_factory=list)
    # side -> evaluation id -> (date, overall score, scores by dimension (not for joint
    # checks: the perception gap is between us and the partner)): each side's last two
    checks: dict[str, dict[int, tuple[dt.date, float, dict[int, float | None]]]] = (
        dataclasses.field(default_factory=dict)
    )
    sponsors: dict[tuple[str, str], dict[int, rules.Reading]] = dataclasses.field(
        default_factory=dict
    )
    people: list[rules.Person] = dataclasses.field(default_factory=list)
    decisions: list[tuple[str, dt.date | None]] = dataclasses.field(default_factory=list)
    overdue_actions: tuple[int, dt.date | None, dt.date | None] = (0, None, None)
    # open rounds past their deadline: held on, deadline, invited, answered
    rounds: list[tuple[dt.date, dt.date, int, int]] = dataclasses.field(default_factory=list)
    # development targets past their date: side, dimension, level, date
    targets: list[tuple[Side, int, int, dt.date]] = dataclasses.field(default_factory=list)


def signals(
    db: Database,
    today: dt.date,
    thresholds: Thresholds | None = None,
    alliance_ids: Iterable[int] | None = None,
) -> dict[int, list[Signal]]:
    """The signals of each alliance asked for (every alliance for None), each list most
    severe first, then newest. Every asked alliance is a key, with an empty list if all is
    well. ``thresholds`` None: the workbook's own (:func:`thresholds`)."""
    limits = thresholds if thresholds is not None else _stored_thresholds(db)
    asked = None if alliance_ids is None else list(dict.fromkeys(alliance_ids))
    params: dict[str, Any] = {
        "today": today.isoformat(),
        "ids": json.dumps(asked),
        "power": limits.stakeholder_power,
        "horizon": (today - dt.timedelta(days=1)).isoformat(),
        "nth": limits.overdue_actions,
    }

    def where(column: str) -> str:
        return "1" if asked is None else f"{column} IN (SELECT value FROM json_each(:ids))"

    facts: dict[int, _Facts] = {}
    for row in db.tuples(
        "SELECT alliance.id, alliance.status_rag, alliance.start_date,"
        " alliance.health_check_interval_days, alliance.partner_id,"
        f" {EXPRESSIONS['last_evaluated']}, {EXPRESSIONS['last_activity']},"
        " (SELECT max(evaluated_on) FROM evaluation WHERE alliance_id = alliance.id"
        " AND respondent_side = 'partner')"
        f" FROM alliance WHERE {where('alliance.id')}",
        params,
    ):
        facts[row[0]] = _Facts(
            status=None if row[1] is None else Rag(row[1]),
            started=_day(row[2]),
            interval_days=row[3],
            partner_id=row[4],
            last_evaluated=_day(row[5]),
            last_activity=_day(row[6]),
            last_partner_check=_day(row[7]),
        )
    _gather(db, facts, params, where)
    found: dict[int, list[Signal]] = {alliance_id: [] for alliance_id in asked or ()}
    names = _dimension_names(db)
    maturity = _maturity(db, params, where)
    own = maturity.get(_own_id(db) or -1, {})
    for alliance_id, fact in facts.items():
        theirs = maturity.get(fact.partner_id or -1, {})
        found[alliance_id] = rules.most_severe_first(
            _apply(alliance_id, fact, today, limits, names, own, theirs)
        )
    return found


def _gather(
    db: Database, facts: dict[int, _Facts], params: dict[str, Any], where: Callable[[str], str]
) -> None:
    """Fill in the facts that come from the other tables, one query per kind of fact."""
    for alliance_id, set_on, recorded_on in db.tuples(
        _STATUS_SET_SQL.format(alliances=where("record_id")), params
    ):
        if alliance_id in facts:
            facts[alliance_id].status_set_on = _day(set_on)
            facts[alliance_id].recorded_on = _day(recorded_on)
    # The days of the checks held since each status was set (usually few: since the last
    # time someone looked at the status).
    for alliance_id, evaluated_on in db.tuples(
        "SELECT DISTINCT evaluation.alliance_id, evaluation.evaluated_on FROM evaluation"
        f" JOIN ({_STATUS_SET_SQL.format(alliances=where('record_id'))}) AS status"
        " ON status.alliance_id = evaluation.alliance_id"
        " WHERE evaluation.evaluated_on > status.set_on",
        params,
    ):
        facts[alliance_id].check_dates.append(dt.date.fromisoformat(evaluated_on))
    for alliance_id, side, evaluation_id, evaluated_on, overall, scores in db.tuples(
        _LAST_CHECKS_SQL.format(alliances=where("alliance.id")), params
    ):
        facts[alliance_id].checks.setdefault(side, {})[evaluation_id] = (
            dt.date.fromisoformat(evaluated_on),
            overall,
            {}
            if scores is None
            else {int(dimension): score for dimension, score in json.loads(scores).items()},
        )
    for alliance_id, side, name, reading_id, assessed_on, attitude in db.tuples(
        _SPONSOR_READINGS_SQL.format(alliances=where("stakeholder.alliance_id")), params
    ):
        facts[alliance_id].sponsors.setdefault((side, name), {})[reading_id] = rules.Reading(
            dt.date.fromisoformat(assessed_on), Attitude(attitude)
        )
    for alliance_id, name, side, power, assessed_on in db.tuples(
        _POWER_ALONE_SQL.format(alliances=where("stakeholder.alliance_id")), params
    ):
        facts[alliance_id].people.append(
            rules.Person(name, side, power, dt.date.fromisoformat(assessed_on), False)
        )
    for alliance_id, title, deadline in db.tuples(
        "SELECT alliance_id, title, deadline FROM decision"
        f" WHERE {DECISION_DUE} AND {where('alliance_id')} ORDER BY deadline, id",
        params,
    ):
        facts[alliance_id].decisions.append((title, _day(deadline)))
    for alliance_id, overdue, oldest, nth_due in db.tuples(
        _ACTIONS_SQL.format(alliances=where("alliance.id")), params
    ):
        facts[alliance_id].overdue_actions = (overdue, _day(oldest), _day(nth_due))
    for alliance_id, held_on, deadline, invited, answered in db.tuples(
        _ROUNDS_SQL.format(alliances=where("questionnaire_round.alliance_id")), params
    ):
        facts[alliance_id].rounds.append(
            (dt.date.fromisoformat(held_on), dt.date.fromisoformat(deadline), invited, answered)
        )
    for alliance_id, side, dimension_id, level, target_date in db.tuples(
        _TARGETS_SQL.format(alliances=where("development_plan.alliance_id")), params
    ):
        facts[alliance_id].targets.append(
            (Side(side), dimension_id, level, dt.date.fromisoformat(target_date))
        )


def _dimension_names(db: Database) -> dict[int, dict[str, str]]:
    return {
        dimension_id: {"en": name_en, "nl": name_nl}
        for dimension_id, name_en, name_nl in db.tuples(
            "SELECT id, name_en, name_nl FROM framework_dimension"
        )
    }


def _own_id(db: Database) -> int | None:
    value = db.scalar("SELECT id FROM organisation WHERE is_own = 1")
    return None if value is None else int(value)


def _maturity(
    db: Database, params: dict[str, Any], where: Callable[[str], str]
) -> dict[int, dict[int, rules.Level]]:
    levels: dict[int, dict[int, rules.Level]] = defaultdict(dict)
    for organisation_id, dimension_id, level, assessed_on in db.tuples(
        _MATURITY_SQL.format(alliances=where("alliance.id")), params
    ):
        levels[organisation_id][dimension_id] = (level, dt.date.fromisoformat(assessed_on))
    return levels


def _apply(
    alliance_id: int,
    fact: _Facts,
    today: dt.date,
    limits: Thresholds,
    names: dict[int, dict[str, str]],
    own: dict[int, rules.Level],
    theirs: dict[int, rules.Level],
) -> list[Signal]:
    """Every rule over one alliance's facts."""
    last_two = {side: _oldest_first(by_id, lambda c: c[0]) for side, by_id in fact.checks.items()}
    checks: dict[str, list[rules.Check]] = {
        side: [(on, overall) for on, overall, _ in scored] for side, scored in last_two.items()
    }
    found: list[Signal | None] = []
    for side in ("us", "partner", "joint"):
        found.append(rules.health_falling(alliance_id, side, checks.get(side, []), limits))
        found.append(rules.health_low(alliance_id, side, checks.get(side, []), limits))
    ours, partners = last_two.get("us", []), last_two.get("partner", [])
    if len(ours) == 2 and len(partners) == 2:
        (ours_before, ours_after), (theirs_before, theirs_after) = (
            [rules.ScoredCheck(on, scores) for on, _, scores in side] for side in (ours, partners)
        )
        found.append(
            rules.gap_widening(
                alliance_id,
                (ours_before, theirs_before),
                (ours_after, theirs_after),
                names,
                limits,
            )
        )
    for (side, name), by_id in fact.sponsors.items():
        readings = _oldest_first(by_id, lambda reading: reading.on)
        found.append(
            rules.sponsor_cooling(
                alliance_id, side, name, readings[-1], readings[-2] if len(readings) > 1 else None
            )
        )
    found.append(rules.power_without_counterpart(alliance_id, fact.people, limits))
    found.append(
        rules.check_overdue(
            alliance_id, fact.last_evaluated, fact.interval_days, fact.started, today
        )
    )
    found.append(
        rules.no_partner_view(alliance_id, fact.last_partner_check, fact.started, today, limits)
    )
    for title, deadline in fact.decisions:
        found.append(rules.decision_overdue(alliance_id, title, deadline, today, limits))
    found.append(rules.actions_piling_up(alliance_id, *fact.overdue_actions, limits))
    found.append(
        rules.losing_touch_signal(alliance_id, fact.last_activity, fact.started, today, limits)
    )
    found.append(rules.status_not_assessed(alliance_id, fact.status, fact.recorded_on, today))
    found.append(
        rules.status_stale(
            alliance_id, fact.status, fact.status_set_on, fact.check_dates, checks, limits
        )
    )
    found.append(rules.maturity_gap(alliance_id, own, theirs, names, limits))
    for held_on, deadline, invited, answered in fact.rounds:
        found.append(rules.round_overdue(alliance_id, held_on, deadline, invited, answered, today))
    found.append(
        development.target_overdue(
            alliance_id,
            [
                development.TargetFacts(
                    side,
                    dimension,
                    level,
                    by,
                    _latest(own if side is Side.US else theirs, dimension),
                )
                for side, dimension, level, by in fact.targets
            ],
            today,
            names,
        )
    )
    return [signal for signal in found if signal is not None]


def _latest(levels: dict[int, rules.Level], dimension_id: int) -> float | None:
    found = levels.get(dimension_id)
    return None if found is None else found[0]


T = TypeVar("T")


def _oldest_first(by_id: dict[int, T], day: Callable[[T], dt.date]) -> list[T]:
    """Records keyed by id, by date; on one day the one recorded first comes first."""
    return [by_id[key] for key in sorted(by_id, key=lambda key: (day(by_id[key]), key))]


# --- thresholds -----------------------------------------------------------------------------


def thresholds(db: Database) -> Thresholds:
    """The workbook's thresholds: each stored value that is sound, the default for the rest
    (unset, unreadable or out of range)."""
    return _stored_thresholds(db)


def _stored_thresholds(db: Database) -> Thresholds:
    text = db.scalar("SELECT value FROM workbook_info WHERE key = :key", {"key": THRESHOLDS_KEY})
    try:
        stored = json.loads(text) if text else {}
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        return rules.DEFAULTS
    chosen: dict[str, Any] = {}
    for field in dataclasses.fields(Thresholds):
        if field.name in stored:
            candidate = dataclasses.replace(rules.DEFAULTS, **{field.name: stored[field.name]})
            if not any(problem.field == field.name for problem in candidate.problems()):
                chosen[field.name] = stored[field.name]
    found = dataclasses.replace(rules.DEFAULTS, **chosen)
    if found.problems():  # sound values that do not fit together (an alarm below a warning)
        found = dataclasses.replace(
            found,
            health_drop=rules.DEFAULTS.health_drop,
            health_drop_alarm=rules.DEFAULTS.health_drop_alarm,
        )
    return found


def set_thresholds(db: Database, value: Thresholds) -> None:
    """Store the thresholds in the workbook; a ThresholdError (a ValueError naming the field)
    for a value out of its range, and nothing stored."""
    problems = value.problems()
    if problems:
        raise problems[0]
    with db.transaction():
        db.execute(
            "INSERT OR REPLACE INTO workbook_info (key, value) VALUES (:key, :value)",
            {"key": THRESHOLDS_KEY, "value": json.dumps(dataclasses.asdict(value), sort_keys=True)},
        )
