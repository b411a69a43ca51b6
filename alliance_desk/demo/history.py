"""A believable past for the demo workbooks: backdated audit entries and a remembered board pack.

The demos are built with the audit trail off (a bulk load); this module then writes
the trail a manager would have left: when each alliance was recorded (the row as it
was then), how its status, reason and stage moved since, when each decision was asked
and settled and when risks were recorded. The last value the trail gives a field is
the row's value, so the trail and the records tell one story. The entries are written
oldest first, so the audit ids run in time order like those of real edits.

"What changed since the last board meeting" then finds something: the small demo
remembers a board pack :data:`PACK_WEEKS_AGO` weeks before its "today".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from alliance_desk.store import board_packs
from alliance_desk.store.db import Database

PACK_WEEKS_AGO = 13  # the previous board meeting, a quarter before the demo's today

Shift = Callable[[str], str]  # a content date (ISO) to the demo's date


@dataclasses.dataclass(frozen=True)
class Entry:
    """One audit entry to write."""

    changed_at: str
    table: str
    record_id: int
    change: str
    field: str | None = None
    old: Any = None
    new: Any = None


def row_json(row: Mapping[str, Any]) -> str:
    """A whole row as records.insert writes it into its audit entry."""
    return json.dumps(dict(row), ensure_ascii=False, sort_keys=True)


def stamp(day: str, time: str = "09:00:00") -> str:
    return f"{day}T{time}Z"


def write(db: Database, entries: Iterable[Entry]) -> None:
    """Write ``entries`` oldest first (a stable sort keeps one step's fields in order)."""
    db.execute_many(
        "INSERT INTO audit_log (changed_at, table_name, record_id, change, field, old_value,"
        " new_value) VALUES (:at, :table, :record_id, :change, :field, :old, :new)",
        [
            {
                "at": entry.changed_at,
                "table": entry.table,
                "record_id": entry.record_id,
                "change": entry.change,
                "field": entry.field,
                "old": entry.old,
                "new": entry.new,
            }
            for entry in sorted(entries, key=lambda entry: entry.changed_at)
        ],
    )


def story(
    table: str,
    row: Mapping[str, Any],
    recorded: str,
    first: Mapping[str, Any],
    steps: Iterable[tuple[str, Mapping[str, Any]]],
) -> list[Entry]:
    """The entries of one record: added at ``recorded`` as ``row`` with ``first``'s values,
    then changed by each (stamp, fields) step. A field left out of the steps keeps its
    ``first`` value, so the steps must end at the row's values (checked)."""
    state = {**row, **first}
    entries = [Entry(recorded, table, row["id"], "insert", new=row_json(state))]
    for at, fields in steps:
        for field, value in fields.items():
            if state[field] != value:
                entries.append(Entry(at, table, row["id"], "update", field, state[field], value))
                state[field] = value
    if state != dict(row):
        wrong = sorted(name for name in row if state[name] != row[name])
        raise ValueError(f"the history of {table} {row['id']} does not end at its row: {wrong}")
    return entries


# The small demo -----------------------------------------------------------------------------

WORKBOOK_BEGAN = "2024-02-12"  # the alliance manager's first self-assessment (content date)
CURRENT = object()  # in a story step: the value the row holds now

# Per alliance: when it was recorded (default: its start, or when the workbook began),
# its fields as recorded then, and the dated changes since (content dates).
ALLIANCE_STORIES: dict[str, dict[str, Any]] = {
    "Brenner optical sensor co-development": {
        "first": {
            "lifecycle_stage": "working_together",
            "status_reason": (
                "Prototype sensor samples delivered; joint design reviews every month."
            ),
        },
        "steps": [
            ("2025-12-16", {"lifecycle_stage": CURRENT}),
            ("2026-09-29", {"status_reason": CURRENT}),
        ],
    },
    "Cascade North America distribution": {
        "first": {
            "status_rag": "green",
            "status_reason": "Orders on plan; Cascade covers all 14 states with trained staff.",
        },
        "steps": [("2026-10-04", {"status_rag": CURRENT, "status_reason": CURRENT})],
    },
    "Sarathi joint venture, Pune": {
        "first": {
            "status_rag": "green",
            "status_reason": "Joint venture incorporated; the factory fit-out in Pune is on plan.",
        },
        "steps": [
            (
                "2026-03-17",
                {
                    "status_rag": "amber",
                    "status_reason": (
                        "A second capital call was needed and the first production batch is"
                        " running late."
                    ),
                },
            ),
            ("2026-10-25", {"status_rag": CURRENT, "status_reason": CURRENT}),
        ],
    },
    "Thuismonitoring Oost public-private partnership": {
        "first": {
            "lifecycle_stage": "working_together",
            "status_reason": (
                "Pilot enrolment at 180 of 420 patients; grant reporting is on time."
            ),
        },
        "steps": [
            ("2025-09-16", {"lifecycle_stage": CURRENT}),
            ("2026-09-15", {"status_reason": CURRENT}),
        ],
    },
    "Kaminari dose-safety software licence": {
        "first": {
            "lifecycle_stage": "staying_together",
            "status_rag": "green",
            "status_reason": (
                "Royalties are paid on time; Kaminari plans a new pump generation with our"
                " software."
            ),
        },
        "steps": [
            (
                "2026-04-21",
                {
                    "status_rag": "amber",
                    "status_reason": (
                        "Kaminari gave notice of non-renewal; an exit plan is being drawn up."
                    ),
                },
            ),
            ("2026-05-12", {"lifecycle_stage": CURRENT}),
            ("2026-10-20", {"status_reason": CURRENT}),
        ],
    },
    "Vandaele PVC-free tubing supply": {
        "recorded": "2026-05-20",
        "first": {
            "lifecycle_stage": "internal_assessment",
            "status_reason": (
                "Looking for a PVC-free tubing supplier before our current one stops in 2028."
            ),
        },
        "steps": [("2026-09-14", {"lifecycle_stage": CURRENT, "status_reason": CURRENT})],
    },
}
# Risks recorded lately (content dates); the others went into the register soon after
# the alliance was recorded.
RECENT_RISKS = {
    ("Sarathi joint venture, Pune", "Board deadlock blocks 2027 operations"): "2026-10-27",
    ("Cascade North America distribution", "Our sponsor loses interest in the US market"): (
        "2026-09-16"
    ),
    ("Vandaele PVC-free tubing supply", "Vandaele's medical line lacks capacity for our volumes"): (
        "2026-09-03"
    ),
}
RISK_REGISTER_AFTER = dt.timedelta(days=14)


def _rows(db: Database, table: str, where: str = "1") -> list[dict[str, Any]]:
    return [dict(row) for row in db.query(f'SELECT * FROM "{table}" WHERE {where} ORDER BY id')]


def write_small_history(db: Database, shift: Shift, today: dt.date) -> None:
    """The small demo's trail (content dates moved by ``shift``) and its last board pack."""
    entries: list[Entry] = []
    recorded_on: dict[int, str] = {}
    names: dict[int, str] = {}
    for row in _rows(db, "alliance"):
        plan = ALLIANCE_STORIES.get(row["name"], {})
        began = shift(WORKBOOK_BEGAN)
        if "recorded" in plan:
            recorded = shift(plan["recorded"])
        else:  # alliances older than the workbook were recorded when it began
            recorded = max(began, row["start_date"] or began)
        recorded_on[row["id"]], names[row["id"]] = recorded, row["name"]
        steps = [
            (
                stamp(shift(day), "14:00:00"),
                {name: row[name] if value is CURRENT else value for name, value in fields.items()},
            )
            for day, fields in plan.get("steps", [])
        ]
        entries += story("alliance", row, stamp(recorded, "08:30:00"), plan.get("first", {}), steps)
    meetings = {row["id"]: row["held_on"] for row in _rows(db, "meeting")}
    evaluations = {row["id"]: row["evaluated_on"] for row in _rows(db, "evaluation")}
    for row in _rows(db, "decision"):
        asked = (
            meetings.get(row["source_meeting_id"])
            or evaluations.get(row["source_evaluation_id"])
            or _days_before(row["decided_on"] or row["deadline"] or today.isoformat(), 28)
        )
        asked = max(asked, recorded_on[row["alliance_id"]])
        first = {"status": "pending", "decided_on": None, "decided_by": None, "outcome": None}
        settled = row["decided_on"] or _days_before(row["deadline"] or asked, 5)
        settle = {name: row[name] for name in first}
        entries += story(
            "decision",
            row,
            stamp(asked, "10:00:00"),
            first if row["status"] != "pending" else {},
            [(stamp(max(settled, asked), "15:00:00"), settle)],
        )
    for row in _rows(db, "risk"):
        content_day = RECENT_RISKS.get((names[row["alliance_id"]], row["title"]))
        recorded = (
            shift(content_day)
            if content_day
            else _days_after(recorded_on[row["alliance_id"]], RISK_REGISTER_AFTER.days)
        )
        entries += story("risk", row, stamp(recorded, "11:00:00"), {}, [])
    entries += manager_work(db, recorded_on, today)
    write(db, entries)
    board_packs.remember_board_pack(db, today - dt.timedelta(weeks=PACK_WEEKS_AGO))


# Goals: their progress was written down at these days before today, rising in even
# steps from the first value to the row's; an alliance's goals on one day (a review),
# the alliances some days apart.
GOAL_UPDATES_DAYS_AGO = (150, 75, 20)
ACTION_AGREED_DAYS_AGO = 4  # the least an action without a source was agreed before today
GOAL_FIRST_SHARE = 0.4  # a goal's progress when recorded, as a share of its progress now


def manager_work(db: Database, recorded_on: Mapping[int, str], today: dt.date) -> list[Entry]:
    """What the alliance manager entered as it happened: each meeting, health check, pulse
    check and stakeholder (re-)assessment on its day; actions when they were agreed and
    done when they were; goals' progress moved up over the recent months. Nothing before
    the alliance was recorded (older records were entered then) and nothing after today."""
    last = today.isoformat()

    def on(day: str | None, alliance_id: int) -> str:
        return min(max(day or recorded_on[alliance_id], recorded_on[alliance_id]), last)

    entries: list[Entry] = []
    meetings = {}
    for row in _rows(db, "meeting"):
        meetings[row["id"]] = on(row["held_on"], row["alliance_id"])
        entries += story("meeting", row, stamp(meetings[row["id"]], "17:00:00"), {}, [])
    sources = dict(meetings)  # where an action was agreed: a meeting or a health check
    for table, column in (("evaluation", "evaluated_on"), ("pulse_check", "checked_on")):
        for row in _rows(db, table):
            day = on(row[column], row["alliance_id"])
            if table == "evaluation":
                sources[-row["id"]] = day
            entries += story(table, row, stamp(day, "16:00:00"), {}, [])
    people = {row["id"]: row for row in _rows(db, "stakeholder")}
    first_seen: dict[int, str] = {}
    for row in sorted(
        _rows(db, "stakeholder_assessment"), key=lambda row: (row["assessed_on"], row["id"])
    ):
        alliance_id = people[row["stakeholder_id"]]["alliance_id"]
        day = on(row["assessed_on"], alliance_id)
        first_seen.setdefault(row["stakeholder_id"], day)
        entries += story("stakeholder_assessment", row, stamp(day, "11:30:00"), {}, [])
    for person_id, row in people.items():
        day = first_seen.get(person_id, recorded_on[row["alliance_id"]])
        entries += story("stakeholder", row, stamp(day, "11:29:00"), {}, [])
    for row in _rows(db, "action"):
        # Agreed at its source, else a month before it falls due, and at the latest some
        # days ago (a few a week, not all of them today).
        lately = _days_before(last, ACTION_AGREED_DAYS_AGO + row["id"] % 35)
        agreed = (
            sources.get(row["source_meeting_id"])
            or sources.get(-(row["source_evaluation_id"] or 0))
            or on(min(_days_before(row["due_date"] or last, 30), lately), row["alliance_id"])
        )
        steps = []
        first: dict[str, Any] = {}
        if row["completed_on"]:
            first = {"status": "open", "completed_on": None}
            done = max(on(row["completed_on"], row["alliance_id"]), agreed)
            steps = [
                (
                    stamp(done, "18:00:00"),
                    {"status": row["status"], "completed_on": row["completed_on"]},
                )
            ]
        entries += story("action", row, stamp(agreed, "17:30:00"), first, steps)
    for row in _rows(db, "goal"):
        recorded = recorded_on[row["alliance_id"]]
        start = int(row["progress"] * GOAL_FIRST_SHARE) // 5 * 5
        steps = []
        for step, days_ago in enumerate(GOAL_UPDATES_DAYS_AGO, start=1):
            day = (today - dt.timedelta(days=days_ago + row["alliance_id"] * 4 % 13)).isoformat()
            if day > recorded:
                share = step / len(GOAL_UPDATES_DAYS_AGO)
                value = start + round((row["progress"] - start) * share / 5) * 5
                steps.append((stamp(day, "15:30:00"), {"progress": value}))
        if not steps:
            start = row["progress"]
        else:
            steps[-1] = (steps[-1][0], {"progress": row["progress"]})
        entries += story("goal", row, stamp(recorded, "09:15:00"), {"progress": start}, steps)
    return entries


def _days_before(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=days)).isoformat()


def _days_after(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


# The large demo ------------------------------------------------------------------------------

LARGE_STATUS_CHANGE_EVERY = 5  # every fifth alliance changed status in the last four months
_EARLIER = {"green": "amber", "amber": "green", "red": "amber"}


def large_history(alliances: Iterable[Mapping[str, Any]], today: dt.date) -> list[Entry]:
    """An insert entry per alliance (recorded on its start date) and, for every
    :data:`LARGE_STATUS_CHANGE_EVERY`-th, a status change with a reason some weeks ago.
    No random draws: the rest of the large demo stays as it was."""
    entries: list[Entry] = []
    for row in alliances:
        number = int(row["id"])
        first: dict[str, Any] = {}
        steps: list[tuple[str, Mapping[str, Any]]] = []
        # A status nobody set yet (not assessed) has no earlier one to change from.
        if number % LARGE_STATUS_CHANGE_EVERY == 0 and row["status_rag"] is not None:
            first = {"status_rag": _EARLIER[row["status_rag"]]}
            changed = (today - dt.timedelta(days=7 + number % 120)).isoformat()
            steps = [(stamp(changed, "13:00:00"), {"status_rag": row["status_rag"]})]
        entries += story("alliance", row, stamp(row["start_date"], "08:30:00"), first, steps)
    return entries


def write_large_history(
    db: Database, alliances: Iterable[Mapping[str, Any]], today: dt.date
) -> None:
    write(db, large_history(alliances, today))
    board_packs.remember_board_pack(db, today - dt.timedelta(weeks=PACK_WEEKS_AGO))
