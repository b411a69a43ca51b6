"""What changed in each alliance since a date, read from the audit trail and the dated
records (nothing is kept twice).

:func:`changes_since` answers for many alliances at once with one query per kind of
change, so a board pack of 500 alliances costs a handful of queries, not thousands:

- status and stage: the alliance's ``update`` entries in ``audit_log``, a day's net
  effect (a change undone the same day is none), the status with its reason;
- health: per side, the latest overall score before ``since`` against the latest on
  or before ``today``;
- new decisions and risks: records that exist now and whose first ``insert`` entry
  falls in the period (one added and deleted again is not new);
- settled decisions: ``decided_on`` in the period, or withdrawn in it (audit);
- sponsors: a reassessed attitude that differs from the one before it, and a sponsor
  named in the period.

The period runs from ``since`` to ``today``, both days included; audit stamps are
UTC. Alliances deleted since are not there to report on; the rules of what counts are
in :mod:`alliance_desk.domain.changes`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from alliance_desk.domain.changes import (
    Change,
    ChangeKind,
    Step,
    health_change,
    in_order,
    net_per_day,
    reason_for,
    stamp_day,
)
from alliance_desk.store.db import Database

# Rows of the alliances asked for (:all set, or the ids in the JSON list :ids).
_SCOPE = "(:all OR {column} IN (SELECT value FROM json_each(:ids)))"

_ALLIANCE_STEPS = (
    "SELECT record_id, field, changed_at, old_value, new_value FROM audit_log"
    " WHERE table_name = 'alliance' AND change = 'update'"
    " AND field IN ('status_rag', 'status_reason', 'lifecycle_stage')"
    " AND changed_at >= :since AND " + _SCOPE.format(column="record_id") + " ORDER BY id"
)

# Per alliance and side that was checked in the period: its latest scored health check
# in it and the latest scored one before :since, each with the sum and count of its
# scores. Starting from the period's checks keeps the work to what changed, not to the
# whole history; the earlier check is found on the index evaluation_by_alliance_date.
_SCORED = (
    "EXISTS (SELECT 1 FROM evaluation_score WHERE evaluation_id = {check}.id AND score IS NOT NULL)"
)
_TOTAL = (
    "(SELECT sum(score) FROM evaluation_score WHERE evaluation_id = {check}.id),"
    " (SELECT count(score) FROM evaluation_score WHERE evaluation_id = {check}.id)"
)
_HEALTH = (
    "WITH recent AS (SELECT id, alliance_id, respondent_side, evaluated_on, row_number()"
    " OVER (PARTITION BY alliance_id, respondent_side ORDER BY evaluated_on DESC, id DESC)"
    " AS place FROM evaluation WHERE evaluated_on >= :since AND evaluated_on <= :today"
    " AND "
    + _SCOPE.format(column="alliance_id")
    + " AND "
    + _SCORED.format(check="evaluation")
    + "), latest AS (SELECT id, alliance_id, respondent_side, evaluated_on,"
    " (SELECT earlier.id FROM evaluation AS earlier WHERE earlier.alliance_id ="
    " recent.alliance_id AND earlier.respondent_side = recent.respondent_side"
    " AND earlier.evaluated_on < :since AND "
    + _SCORED.format(check="earlier")
    + " ORDER BY earlier.evaluated_on DESC, earlier.id DESC LIMIT 1) AS before_id"
    " FROM recent WHERE place = 1)"
    " SELECT latest.alliance_id, latest.respondent_side, before.evaluated_on, "
    + _TOTAL.format(check="before")
    + ", latest.evaluated_on, "
    + _TOTAL.format(check="latest")
    + " FROM latest JOIN evaluation AS before ON before.id = latest.before_id"
)

# Records of ``{table}`` that exist now, first added (audit insert) in the period. Each
# record's entries are found on the index audit_log_by_record, so the cost follows the
# records asked about, not the length of the trail.
_NEW = (
    "SELECT alliance_id, id, first, {columns} FROM (SELECT *, (SELECT min(changed_at)"
    " FROM audit_log WHERE table_name = '{table}' AND record_id = {table}.id"
    " AND change = 'insert') AS first FROM {table} WHERE "
    + _SCOPE.format(column="alliance_id")
    + ") WHERE first >= :since AND first < :until"
)

# Decisions taken in the period (decided_on), or withdrawn in it (the trail's last
# change of the status to withdrawn: a withdrawn decision has no date of its own).
_DECIDED = (
    "SELECT alliance_id, id, decided_on, title, status, outcome, decided_by FROM decision"
    " WHERE status = 'decided' AND decided_on >= :since AND decided_on <= :today"
    " AND " + _SCOPE.format(column="alliance_id") + ""
    " UNION ALL SELECT alliance_id, id, substr(withdrawn, 1, 10), title, status, outcome,"
    " decided_by FROM (SELECT *, (SELECT max(changed_at) FROM audit_log"
    " WHERE table_name = 'decision' AND record_id = decision.id AND change = 'update'"
    " AND field = 'status' AND new_value = 'withdrawn') AS withdrawn FROM decision"
    " WHERE status = 'withdrawn' AND " + _SCOPE.format(column="alliance_id") + ")"
    " WHERE withdrawn >= :since AND withdrawn < :until"
)

# Each reassessment of a current sponsor in the period whose attitude differs from the
# one before it.
_SPONSOR_MOVES = (
    "WITH readings AS (SELECT stakeholder.alliance_id, stakeholder.id, stakeholder.name,"
    " stakeholder.side, stakeholder_assessment.assessed_on, stakeholder_assessment.attitude,"
    " lag(stakeholder_assessment.attitude) OVER (PARTITION BY stakeholder.id"
    " ORDER BY stakeholder_assessment.assessed_on, stakeholder_assessment.id) AS before"
    " FROM stakeholder JOIN stakeholder_assessment"
    " ON stakeholder_assessment.stakeholder_id = stakeholder.id"
    " WHERE stakeholder.is_sponsor = 1 AND stakeholder_assessment.assessed_on <= :today"
    " AND " + _SCOPE.format(column="stakeholder.alliance_id") + ")"
    " SELECT alliance_id, id, name, side, assessed_on, before, attitude FROM readings"
    " WHERE assessed_on >= :since AND before IS NOT NULL AND before != attitude"
)

# Current sponsors with what the trail says about when they became one.
_SPONSORS_NAMED = (
    "SELECT alliance_id, id, name, side,"
    " (SELECT min(changed_at) FROM audit_log WHERE table_name = 'stakeholder'"
    " AND record_id = stakeholder.id AND change = 'insert') AS added,"
    " (SELECT old_value FROM audit_log WHERE table_name = 'stakeholder'"
    " AND record_id = stakeholder.id AND change = 'update' AND field = 'is_sponsor'"
    " AND changed_at >= :since ORDER BY id LIMIT 1) AS at_since,"
    " (SELECT max(changed_at) FROM audit_log WHERE table_name = 'stakeholder'"
    " AND record_id = stakeholder.id AND change = 'update' AND field = 'is_sponsor'"
    " AND new_value IN (1, '1') AND changed_at >= :since AND changed_at < :until) AS named,"
    " (SELECT attitude FROM stakeholder_assessment WHERE stakeholder_id = stakeholder.id"
    " AND assessed_on <= :today ORDER BY assessed_on DESC, id DESC LIMIT 1) AS attitude"
    " FROM stakeholder WHERE is_sponsor = 1 AND " + _SCOPE.format(column="alliance_id")
)


def changes_since(
    db: Database, since: dt.date, today: dt.date, alliance_ids: Iterable[int] | None = None
) -> dict[int, list[Change]]:
    """What changed in each alliance from ``since`` to ``today`` (both included).

    Every alliance asked for is a key (all alliances when ``alliance_ids`` is None),
    with an empty list if nothing changed or it no longer exists; each list oldest
    first.
    """
    if alliance_ids is None:
        asked = [int(row[0]) for row in db.tuples("SELECT id FROM alliance ORDER BY id")]
    else:
        asked = list(dict.fromkeys(int(alliance_id) for alliance_id in alliance_ids))
    found: dict[int, list[Change]] = {alliance_id: [] for alliance_id in asked}
    if not asked or since > today:
        return found
    params = {
        "all": alliance_ids is None,
        "ids": json.dumps(asked),
        "since": since.isoformat(),
        "today": today.isoformat(),
        "until": (today + dt.timedelta(days=1)).isoformat(),
    }
    changes = [
        *_status_and_stage(db, params),
        *_health(db, params),
        *_new_records(db, params),
        *_settled(db, params),
        *_sponsors(db, params),
    ]
    for change in in_order(changes):
        if change.alliance_id in found:
            found[change.alliance_id].append(change)
    return found


def _status_and_stage(db: Database, params: Mapping[str, Any]) -> list[Change]:
    steps: dict[tuple[int, str], list[Step]] = {}
    for record_id, field, stamp, old, new in db.tuples(_ALLIANCE_STEPS, params):
        if _day_of(stamp) is None:
            continue  # an entry with an unreadable time (an edited file) tells no date
        steps.setdefault((record_id, field), []).append(
            Step(stamp, _text_or_none(old), _text_or_none(new))
        )
    if not steps:
        return []
    reasons = dict(
        db.tuples(
            "SELECT id, status_reason FROM alliance WHERE " + _SCOPE.format(column="id"),
            params,
        )
    )
    until = str(params["until"])
    found = []
    for (alliance_id, field), raw in steps.items():
        if field == "status_reason" or alliance_id not in reasons:
            continue
        for step in net_per_day(raw):
            if step.stamp >= until:
                break
            on = stamp_day(step.stamp)
            if field == "lifecycle_stage":
                found.append(
                    Change(alliance_id, ChangeKind.STAGE, on, {"old": step.old, "new": step.new})
                )
                continue
            later = [other.stamp for other in raw if other.stamp > step.stamp]
            reason = reason_for(
                step.stamp,
                later[0] if later else None,
                steps.get((alliance_id, "status_reason"), []),
                reasons[alliance_id],
            )
            found.append(
                Change(
                    alliance_id,
                    ChangeKind.STATUS,
                    on,
                    {"old": step.old, "new": step.new, "reason": reason},
                )
            )
    return found


def _health(db: Database, params: Mapping[str, Any]) -> list[Change]:
    found = []
    for alliance_id, side, *figures in db.tuples(_HEALTH, params):
        then_on, then_total, then_count, now_on, now_total, now_count = figures
        # The same figure as insights.overall_score: the mean of the given scores, 2 places.
        change = health_change(
            alliance_id,
            side,
            (dt.date.fromisoformat(then_on), round(then_total / then_count, 2)),
            (dt.date.fromisoformat(now_on), round(now_total / now_count, 2)),
        )
        if change is not None:
            found.append(change)
    return found


def _new_records(db: Database, params: Mapping[str, Any]) -> list[Change]:
    found = []
    decisions = _NEW.format(table="decision", columns="title, deadline")
    for alliance_id, record_id, first, title, deadline in db.tuples(decisions, params):
        if (on := _day_of(first)) is None:
            continue
        found.append(
            Change(
                alliance_id,
                ChangeKind.NEW_DECISION,
                on,
                {"decision_id": record_id, "title": title, "deadline": _day_or_none(deadline)},
            )
        )
    risks = _NEW.format(table="risk", columns="title, likelihood, impact, owner")
    for alliance_id, record_id, first, title, likelihood, impact, owner in db.tuples(risks, params):
        if (on := _day_of(first)) is None:
            continue
        found.append(
            Change(
                alliance_id,
                ChangeKind.NEW_RISK,
                on,
                {
                    "risk_id": record_id,
                    "title": title,
                    "likelihood": likelihood,
                    "impact": impact,
                    "owner": owner,
                },
            )
        )
    return found


def _settled(db: Database, params: Mapping[str, Any]) -> list[Change]:
    found = []
    for alliance_id, record_id, day, title, status, outcome, decided_by in db.tuples(
        _DECIDED, params
    ):
        if (on := _day_of(day)) is None:
            continue
        found.append(
            Change(
                alliance_id,
                ChangeKind.SETTLED_DECISION,
                on,
                {
                    "decision_id": record_id,
                    "title": title,
                    "status": status,
                    "outcome": outcome,
                    "decided_by": decided_by,
                },
            )
        )
    return found


def _sponsors(db: Database, params: Mapping[str, Any]) -> list[Change]:
    found = []
    for alliance_id, record_id, name, side, day, before, attitude in db.tuples(
        _SPONSOR_MOVES, params
    ):
        found.append(
            Change(
                alliance_id,
                ChangeKind.SPONSOR,
                dt.date.fromisoformat(day),
                {
                    "stakeholder_id": record_id,
                    "name": name,
                    "side": side,
                    "old": before,
                    "new": attitude,
                },
            )
        )
    since, until = str(params["since"]), str(params["until"])
    for alliance_id, record_id, name, side, added, then, named, attitude in db.tuples(
        _SPONSORS_NAMED, params
    ):
        # Named in the period: not a sponsor when it began (the first change after it
        # set the flag from 0), or added in it (as a sponsor, or made one later).
        was_not = then is not None and str(then) == "0"
        new_record = added is not None and added >= since
        if not (was_not or new_record):
            continue
        stamp = named or (added if new_record and added < until else None)
        if (on := _day_of(stamp)) is None:
            continue
        found.append(
            Change(
                alliance_id,
                ChangeKind.SPONSOR,
                on,
                {
                    "stakeholder_id": record_id,
                    "name": name,
                    "side": side,
                    "old": None,
                    "new": attitude,
                },
            )
        )
    return found


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _day_of(stamp: object) -> dt.date | None:
    """The day of an audit stamp (or an ISO date); None if it cannot be read."""
    if not isinstance(stamp, str):
        return None
    try:
        return stamp_day(stamp)
    except ValueError:
        return None


def _day_or_none(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None
