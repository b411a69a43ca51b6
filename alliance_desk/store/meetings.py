"""Meetings of an alliance and what came from them: the SQL the Meetings page shows."""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.codes import MeetingKind
from alliance_desk.store.db import Database

# Column key -> SQL expression over the ``meeting`` table.
ACTIONS = "(SELECT count(*) FROM action WHERE action.source_meeting_id = meeting.id)"
DECISIONS = "(SELECT count(*) FROM decision WHERE decision.source_meeting_id = meeting.id)"
# Meeting kinds in the enumeration's order, not by code.
KIND_ORDER = (
    "CASE meeting.kind "
    + " ".join(f"WHEN '{kind.value}' THEN {number}" for number, kind in enumerate(MeetingKind))
    + " END"
)


@dataclasses.dataclass(frozen=True)
class Sourced:
    """An action or decision that names a meeting as its source."""

    table: str  # "action" or "decision"
    record_id: int
    title: str
    status: str
    day: dt.date | None  # the action's due date or the decision's deadline


def sourced_from(db: Database, meeting_id: int) -> list[Sourced]:
    """The actions and decisions that came from a meeting: actions first, each by date."""
    rows = db.query(
        "SELECT * FROM (SELECT 'action' AS kind, id, title, status, due_date AS day FROM action"
        " WHERE source_meeting_id = :id"
        " UNION ALL SELECT 'decision', id, title, status, deadline FROM decision"
        " WHERE source_meeting_id = :id)"
        " ORDER BY kind, day IS NULL, day, id",
        {"id": meeting_id},
    )
    return [
        Sourced(
            row["kind"],
            row["id"],
            row["title"],
            row["status"],
            dt.date.fromisoformat(row["day"]) if row["day"] else None,
        )
        for row in rows
    ]


def sourced_counts(db: Database, meeting_id: int) -> tuple[int, int]:
    """How many actions and how many decisions name the meeting as their source."""
    row = db.query_one(
        f"SELECT {ACTIONS}, {DECISIONS} FROM meeting WHERE meeting.id = :id", {"id": meeting_id}
    )
    return (0, 0) if row is None else (int(row[0]), int(row[1]))
