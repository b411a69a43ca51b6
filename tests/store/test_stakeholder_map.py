"""The stakeholder map queries: current assessments, history, counterpart links and gaps."""

from __future__ import annotations

import datetime as dt

from alliance_desk.domain.codes import Attitude, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Counterpart, Stakeholder, StakeholderAssessment
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.stakeholder_map import (
    COUNTERPART_LINES_SQL,
    CURRENT_MAP_SQL,
    GAPS_SQL,
    DepartmentGap,
    assessment_history,
    counterpart_gaps,
    counterpart_lines,
    current_map,
    departments_in_use,
    latest_assessment,
)
from alliance_desk.store.workbook import Workbook


def _alliance(db: Database, name: str = "Kestrel co-development") -> int:
    partner = records.insert(db, Organisation(name=f"Partner of {name}"))
    return records.insert(db, Alliance(partner_id=partner.id, name=name)).id or 0


def _person(db: Database, alliance_id: int, side: str, name: str, department: str) -> int:
    stored = records.insert(
        db, Stakeholder(alliance_id=alliance_id, side=side, name=name, department=department)
    )
    return stored.id or 0


def _assess(
    db: Database, person: int, day: str, power: int, interest: int, attitude: str = "neutral"
) -> int:
    stored = records.insert(
        db,
        StakeholderAssessment(
            stakeholder_id=person,
            assessed_on=day,
            power=power,
            interest=interest,
            attitude=attitude,
        ),
    )
    return stored.id or 0


def test_the_current_assessment_is_the_latest_by_date_then_by_record(workbook: Workbook) -> None:
    db = workbook.db
    alliance = _alliance(db)
    mei = _person(db, alliance, "partner", "Mei Tanaka", "R&D")
    anna = _person(db, alliance, "us", "Anna de Vries", "Sales")
    never = _person(db, alliance, "us", "Bram Peters", "Finance")
    # Entered out of order: the later date wins even though it was typed first.
    _assess(db, mei, "2026-05-01", 8, 7, "supporter")
    _assess(db, mei, "2026-01-10", 3, 3, "blocker")
    first_today = _assess(db, anna, "2026-06-01", 4, 4, "neutral")
    second_today = _assess(db, anna, "2026-06-01", 9, 9, "champion")
    # Another alliance's people stay out.
    _person(db, _alliance(db, "Other"), "us", "Zoe Other", "Sales")

    entries = current_map(db, alliance)

    assert [(e.name, e.side, e.department) for e in entries] == [
        ("Bram Peters", Side.US, "Finance"),
        ("Anna de Vries", Side.US, "Sales"),
        ("Mei Tanaka", Side.PARTNER, "R&D"),
    ]
    by_name = {entry.name: entry for entry in entries}
    assert (by_name["Mei Tanaka"].power, by_name["Mei Tanaka"].interest) == (8, 7)
    assert by_name["Mei Tanaka"].attitude is Attitude.SUPPORTER
    assert by_name["Mei Tanaka"].assessed_on == dt.date(2026, 5, 1)
    assert by_name["Anna de Vries"].assessment_id == second_today != first_today
    assert by_name["Anna de Vries"].attitude is Attitude.CHAMPION
    assert not by_name["Bram Peters"].assessed and by_name["Bram Peters"].power is None
    assert by_name["Bram Peters"].stakeholder_id == never
    latest = latest_assessment(db, anna)
    assert latest is not None and latest.id == second_today
    assert latest_assessment(db, never) is None


def test_the_history_is_newest_first_and_keeps_every_assessment(workbook: Workbook) -> None:
    db = workbook.db
    person = _person(db, _alliance(db), "us", "Anna de Vries", "Sales")
    _assess(db, person, "2026-02-01", 5, 5)
    _assess(db, person, "2026-09-01", 9, 8, "champion")
    _assess(db, person, "2025-11-30", 2, 6, "critic")
    history = assessment_history(db, person)
    assert [(item.assessed_on.isoformat(), item.power) for item in history] == [
        ("2026-09-01", 9),
        ("2026-02-01", 5),
        ("2025-11-30", 2),
    ]


def test_counterpart_lines_name_both_people(workbook: Workbook) -> None:
    db = workbook.db
    alliance = _alliance(db)
    anna = _person(db, alliance, "us", "Anna de Vries", "Executive board")
    mei = _person(db, alliance, "partner", "Mei Tanaka", "Executive board")
    piet = _person(db, alliance, "us", "Piet Bakker", "Sales")
    kenji = _person(db, alliance, "partner", "Kenji Sato", "Sales")
    records.insert(
        db,
        Counterpart(
            alliance_id=alliance,
            our_stakeholder_id=anna,
            partner_stakeholder_id=mei,
            function="Sponsorship",
            escalation_level=3,
        ),
    )
    records.insert(
        db,
        Counterpart(
            alliance_id=alliance,
            our_stakeholder_id=piet,
            partner_stakeholder_id=kenji,
            function="Sales",
            escalation_level=1,
            note="Weekly call",
        ),
    )
    lines = counterpart_lines(db, alliance)
    assert [(line.escalation_level, line.our_name, line.partner_name) for line in lines] == [
        (1, "Piet Bakker", "Kenji Sato"),
        (3, "Anna de Vries", "Mei Tanaka"),
    ]
    assert lines[0].our_department == "Sales" and lines[0].note == "Weekly call"
    assert lines[1].partner_department == "Executive board"
    assert counterpart_lines(db, _alliance(db, "Empty")) == []


def test_gaps_are_departments_without_any_link_and_close_when_linked(workbook: Workbook) -> None:
    db = workbook.db
    alliance = _alliance(db)
    ours_sales = _person(db, alliance, "us", "Piet Bakker", "Sales")
    _person(db, alliance, "us", "Ruud Meijer", "Finance")
    _person(db, alliance, "us", "Sanne Jansen", "sales")  # same department, typed differently
    theirs_sales = _person(db, alliance, "partner", "Kenji Sato", "Sales")
    _person(db, alliance, "partner", "Aiko Suzuki", "Legal")

    assert counterpart_gaps(db, alliance) == [
        DepartmentGap(Side.US, "Finance", 1),
        DepartmentGap(Side.US, "Sales", 2),
        DepartmentGap(Side.PARTNER, "Legal", 1),
        DepartmentGap(Side.PARTNER, "Sales", 1),
    ]
    records.insert(
        db,
        Counterpart(
            alliance_id=alliance, our_stakeholder_id=ours_sales, partner_stakeholder_id=theirs_sales
        ),
    )
    assert [(gap.side, gap.department) for gap in counterpart_gaps(db, alliance)] == [
        (Side.US, "Finance"),
        (Side.PARTNER, "Legal"),
    ]


def test_the_queries_use_the_indexes(workbook: Workbook) -> None:
    """Fifty people per alliance among 25,000 must not mean a scan of every stakeholder."""
    db = workbook.db

    def plan(sql: str) -> str:
        rows = db.query("EXPLAIN QUERY PLAN " + sql, {"alliance_id": 1})
        return " | ".join(row["detail"] for row in rows)

    map_plan = plan(CURRENT_MAP_SQL)
    assert "stakeholder_by_alliance" in map_plan
    assert "stakeholder_assessment_by_date" in map_plan
    assert "SCAN stakeholder " not in map_plan + " "
    assert "counterpart_by_alliance" in plan(COUNTERPART_LINES_SQL)
    gaps_plan = plan(GAPS_SQL)
    assert "stakeholder_by_alliance" in gaps_plan
    assert "counterpart_by_our_stakeholder" in gaps_plan
    assert "counterpart_by_partner_stakeholder" in gaps_plan


def test_departments_in_use_are_those_of_each_organisation(workbook: Workbook) -> None:
    db = workbook.db
    first = _alliance(db, "Kestrel co-development")
    partner_id = db.scalar("SELECT partner_id FROM alliance WHERE id = :id", {"id": first})
    second = records.insert(db, Alliance(partner_id=partner_id, name="Kestrel sales")).id or 0
    other = _alliance(db, "Nordlicht")
    _person(db, first, "us", "Anna", "R&D")
    _person(db, first, "partner", "Tom", "Quality")
    _person(db, second, "partner", "Mei", "r&d")
    _person(db, second, "partner", "Aiko", "Purchasing")
    _person(db, other, "us", "Ruud", "Finance")
    _person(db, other, "partner", "Lena", "Legal")
    # Ours from every alliance; the partner's from every alliance with that partner only.
    assert departments_in_use(db, second) == {
        Side.US: ["Finance", "R&D"],
        Side.PARTNER: ["Purchasing", "Quality", "r&d"],
    }
    assert departments_in_use(db, other)[Side.PARTNER] == ["Legal"]
