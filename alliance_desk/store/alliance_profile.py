"""The profile of one alliance as its page shows it: partner, goals, sponsors, and what
deleting the alliance would take with it.

Every query is bound to one alliance (or one organisation) and runs on the
indexes of :mod:`alliance_desk.store.schema` (``goal_by_alliance``, the
partial index ``stakeholder_one_sponsor_per_side``, ``stakeholder_assessment_by_date``,
``alliance_by_partner``), so opening the page in a large workbook is instant.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from alliance_desk.domain.codes import Attitude, GoalKind, Seniority, Side
from alliance_desk.domain.partners import Goal, Organisation
from alliance_desk.store import records, snapshot
from alliance_desk.store.db import Database

# What goes with an alliance when it is deleted, in the order a person reads it.
DEPENDENT_TABLES = (
    "goal",
    "stakeholder",
    "stakeholder_assessment",
    "counterpart",
    "evaluation",
    "pulse_check",
    "meeting",
    "action",
    "decision",
    "risk",
)


@dataclasses.dataclass(frozen=True)
class Reading:
    """One dated assessment of a sponsor: where they stood on that day."""

    assessed_on: dt.date
    power: int
    interest: int
    attitude: Attitude


@dataclasses.dataclass(frozen=True)
class Sponsor:
    """The executive sponsor on one side, with the latest and the previous reading."""

    stakeholder_id: int
    side: Side
    name: str
    department: str
    role: str | None
    seniority: Seniority
    latest: Reading | None
    previous: Reading | None


SPONSORS_SQL = (
    "SELECT id, side, name, department, role, seniority FROM stakeholder"
    " WHERE alliance_id = :alliance_id AND is_sponsor = 1"
)
READINGS_SQL = (
    "SELECT assessed_on, power, interest, attitude FROM stakeholder_assessment"
    " WHERE stakeholder_id = :stakeholder_id"
    " ORDER BY assessed_on DESC, id DESC LIMIT 2"
)
PARTNERS_SQL = "SELECT * FROM organisation WHERE is_own = 0 ORDER BY name COLLATE NOCASE, id"


def goals(db: Database, alliance_id: int) -> dict[GoalKind, list[Goal]]:
    """The goals of the alliance per kind, soonest target first (undated last)."""
    found: dict[GoalKind, list[Goal]] = {kind: [] for kind in GoalKind}
    for goal in records.select(
        db,
        Goal,
        "alliance_id = :alliance_id",
        {"alliance_id": alliance_id},
        order_by="kind, target_date IS NULL, target_date, id",
    ):
        found[goal.kind].append(goal)
    return found


def sponsors(db: Database, alliance_id: int) -> dict[Side, Sponsor]:
    """The sponsor of each side that has one."""
    found: dict[Side, Sponsor] = {}
    for row in db.query(SPONSORS_SQL, {"alliance_id": alliance_id}):
        readings = [
            Reading(
                assessed_on=dt.date.fromisoformat(reading["assessed_on"]),
                power=reading["power"],
                interest=reading["interest"],
                attitude=Attitude(reading["attitude"]),
            )
            for reading in db.query(READINGS_SQL, {"stakeholder_id": row["id"]})
        ]
        side = Side(row["side"])
        found[side] = Sponsor(
            stakeholder_id=row["id"],
            side=side,
            name=row["name"],
            department=row["department"],
            role=row["role"],
            seniority=Seniority(row["seniority"]),
            latest=readings[0] if readings else None,
            previous=readings[1] if len(readings) > 1 else None,
        )
    return found


def partner_organisations(db: Database) -> list[Organisation]:
    """Every organisation that can be a partner (all but our own), by name."""
    return [Organisation.from_row(dict(row)) for row in db.query(PARTNERS_SQL)]


def alliances_with_partner(db: Database, organisation_id: int) -> int:
    return int(
        db.scalar(
            "SELECT count(*) FROM alliance WHERE partner_id = :partner_id",
            {"partner_id": organisation_id},
        )
    )


def what_goes_with(db: Database, alliance_id: int) -> dict[str, int]:
    """How many records of each dependent table deleting the alliance would remove."""
    kept = snapshot.take(db, "alliance", alliance_id)
    return {table: kept.count(table) for table in DEPENDENT_TABLES}
