"""The stakeholder map of one alliance: who stands where now, how that changed, who is linked.

A stakeholder's *current* assessment is the latest one by ``assessed_on``
(ties broken by the later record, so a re-assessment on the same day wins).
Every query here is bound to one alliance (or one stakeholder) and runs on
the indexes of :mod:`alliance_desk.store.schema`, so switching alliances in a
large workbook costs a few milliseconds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from alliance_desk.domain.codes import Attitude, Direction, Seniority, Side
from alliance_desk.store.db import Database
from alliance_desk.store.latest_assessment import LATEST_ASSESSMENT

if TYPE_CHECKING:
    from alliance_desk.domain.stakeholders import StakeholderAssessment

# Our side first, then the partner's; departments and names alphabetically.
_SIDE_ORDER = "CASE stakeholder.side WHEN 'us' THEN 0 ELSE 1 END"


@dataclasses.dataclass(frozen=True)
class MapEntry:
    """A stakeholder with their current assessment (``None`` fields if never assessed)."""

    stakeholder_id: int
    side: Side
    name: str
    department: str
    role: str | None
    seniority: Seniority
    direction: Direction
    is_sponsor: bool
    assessment_id: int | None
    assessed_on: dt.date | None
    power: int | None
    interest: int | None
    attitude: Attitude | None

    @property
    def assessed(self) -> bool:
        return self.assessment_id is not None


@dataclasses.dataclass(frozen=True)
class CounterpartLine:
    """A counterpart link with the names and departments of both people."""

    counterpart_id: int
    function: str | None
    escalation_level: int | None
    note: str | None
    our_stakeholder_id: int
    our_name: str
    our_department: str
    partner_stakeholder_id: int
    partner_name: str
    partner_department: str


@dataclasses.dataclass(frozen=True)
class DepartmentGap:
    """A department on one side in which nobody is linked to a counterpart."""

    side: Side
    department: str
    people: int


# The queries are constants so that the tests can check their plans use the indexes.
CURRENT_MAP_SQL = (
    "SELECT stakeholder.id AS stakeholder_id, stakeholder.side, stakeholder.name,"
    " stakeholder.department, stakeholder.role, stakeholder.seniority,"
    " stakeholder.direction, stakeholder.is_sponsor,"
    " assessment.id AS assessment_id, assessment.assessed_on, assessment.power,"
    " assessment.interest, assessment.attitude"
    " FROM stakeholder"
    f" LEFT JOIN stakeholder_assessment AS assessment ON assessment.id = {LATEST_ASSESSMENT}"
    " WHERE stakeholder.alliance_id = :alliance_id"
    f" ORDER BY {_SIDE_ORDER}, stakeholder.department COLLATE NOCASE,"
    " stakeholder.name COLLATE NOCASE, stakeholder.id"
)

COUNTERPART_LINES_SQL = (
    "SELECT counterpart.id, counterpart.function, counterpart.escalation_level,"
    " counterpart.note, ours.id AS our_id, ours.name AS our_name,"
    " ours.department AS our_department, theirs.id AS their_id,"
    " theirs.name AS their_name, theirs.department AS their_department"
    " FROM counterpart"
    " JOIN stakeholder AS ours ON ours.id = counterpart.our_stakeholder_id"
    " JOIN stakeholder AS theirs ON theirs.id = counterpart.partner_stakeholder_id"
    " WHERE counterpart.alliance_id = :alliance_id"
    " ORDER BY coalesce(counterpart.escalation_level, 9),"
    " coalesce(counterpart.function, '') COLLATE NOCASE,"
    " ours.name COLLATE NOCASE, counterpart.id"
)

GAPS_SQL = (
    "SELECT stakeholder.side, min(stakeholder.department) AS department,"
    " count(*) AS people"
    " FROM stakeholder"
    " WHERE stakeholder.alliance_id = :alliance_id"
    " GROUP BY stakeholder.side, stakeholder.department COLLATE NOCASE"
    " HAVING sum(EXISTS (SELECT 1 FROM counterpart"
    "   WHERE counterpart.our_stakeholder_id = stakeholder.id"
    "   OR counterpart.partner_stakeholder_id = stakeholder.id)) = 0"
    f" ORDER BY {_SIDE_ORDER}, department COLLATE NOCASE"
)


def current_map(db: Database, alliance_id: int) -> list[MapEntry]:
    """Every stakeholder of the alliance with their current assessment.

    Ordered ours first, then the partner's, by department and name.
    """
    rows = db.query(
        CURRENT_MAP_SQL,
        {"alliance_id": alliance_id},
    )
    return [
        MapEntry(
            stakeholder_id=row["stakeholder_id"],
            side=Side(row["side"]),
            name=row["name"],
            department=row["department"],
            role=row["role"],
            seniority=Seniority(row["seniority"]),
            direction=Direction(row["direction"]),
            is_sponsor=bool(row["is_sponsor"]),
            assessment_id=row["assessment_id"],
            assessed_on=(dt.date.fromisoformat(row["assessed_on"]) if row["assessed_on"] else None),
            power=row["power"],
            interest=row["interest"],
            attitude=Attitude(row["attitude"]) if row["attitude"] else None,
        )
        for row in rows
    ]


def latest_assessment(db: Database, stakeholder_id: int) -> StakeholderAssessment | None:
    """The current assessment of one stakeholder, or ``None`` if never assessed."""
    # Imported here (and below): the signals read this module's SQL at start-up, not the
    # stakeholder rules.
    from alliance_desk.domain.stakeholders import StakeholderAssessment

    row = db.query_one(
        "SELECT * FROM stakeholder_assessment WHERE stakeholder_id = :stakeholder_id"
        " ORDER BY assessed_on DESC, id DESC LIMIT 1",
        {"stakeholder_id": stakeholder_id},
    )
    return None if row is None else StakeholderAssessment.from_row(dict(row))


def assessment_history(db: Database, stakeholder_id: int) -> list[StakeholderAssessment]:
    """Every assessment of one stakeholder, newest first."""
    from alliance_desk.domain.stakeholders import StakeholderAssessment
    from alliance_desk.store import records

    return records.select(
        db,
        StakeholderAssessment,
        "stakeholder_id = :stakeholder_id",
        {"stakeholder_id": stakeholder_id},
        order_by="assessed_on DESC, id DESC",
    )


def counterpart_lines(db: Database, alliance_id: int) -> list[CounterpartLine]:
    """The alliance's counterpart links: by escalation level (unset last), function, names."""
    rows = db.query(
        COUNTERPART_LINES_SQL,
        {"alliance_id": alliance_id},
    )
    return [
        CounterpartLine(
            counterpart_id=row["id"],
            function=row["function"],
            escalation_level=row["escalation_level"],
            note=row["note"],
            our_stakeholder_id=row["our_id"],
            our_name=row["our_name"],
            our_department=row["our_department"],
            partner_stakeholder_id=row["their_id"],
            partner_name=row["their_name"],
            partner_department=row["their_department"],
        )
        for row in rows
    ]


def counterpart_gaps(db: Database, alliance_id: int) -> list[DepartmentGap]:
    """Departments (per side) where no one has a counterpart link yet.

    Departments are compared without regard to case, as people type them.
    Ours first, then the partner's, alphabetically.
    """
    rows = db.query(
        GAPS_SQL,
        {"alliance_id": alliance_id},
    )
    return [
        DepartmentGap(side=Side(row["side"]), department=row["department"], people=row["people"])
        for row in rows
    ]


def departments_in_use(db: Database, alliance_id: int) -> dict[Side, list[str]]:
    """The departments already named in each organisation of ``alliance_id``, offered when
    a person is added or edited so that one department keeps one spelling ("R&D", not
    "R & D" beside it).

    Ours are those of our people in every alliance; the partner's those of its people
    in every alliance with that partner. Alphabetically, one spelling per department
    when they differ only in case.
    """
    rows = db.query(
        "SELECT stakeholder.side, stakeholder.department FROM stakeholder"
        " JOIN alliance ON alliance.id = stakeholder.alliance_id"
        " WHERE stakeholder.side = 'us' OR (stakeholder.side = 'partner'"
        "  AND alliance.partner_id = (SELECT partner_id FROM alliance WHERE id = :alliance_id))"
        " GROUP BY stakeholder.side, stakeholder.department COLLATE NOCASE"
        " ORDER BY stakeholder.department COLLATE NOCASE",
        {"alliance_id": alliance_id},
    )
    found: dict[Side, list[str]] = {side: [] for side in Side}
    for row in rows:
        found[Side(row["side"])].append(row["department"])
    return found
