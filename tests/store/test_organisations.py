"""Every organisation with its alliances and people, and whether it may be deleted."""

from __future__ import annotations

from alliance_desk.domain.codes import LifecycleStage, Rag, Side
from alliance_desk.domain.evaluations import MaturityAssessment
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import organisations, records
from alliance_desk.store.frameworks import DEFAULT_MATURITY, framework_by_code
from alliance_desk.store.workbook import Workbook


def test_overview_counts_alliances_and_people_ours_first(workbook: Workbook) -> None:
    db = workbook.db
    own_id = db.scalar("SELECT id FROM organisation WHERE is_own = 1")
    kestrel = records.insert(db, Organisation(name="kestrel <Systems> 🚀", sector="Chemicals"))
    aardvark = records.insert(db, Organisation(name="Aardvark", country="Belgium"))
    prospect = records.insert(db, Organisation(name="Zebra 50%_off"))
    first = records.insert(db, Alliance(partner_id=kestrel.id, name="Co-dev"))
    second = records.insert(db, Alliance(partner_id=kestrel.id, name="Benelux", status_rag="red"))
    records.insert(db, Alliance(partner_id=aardvark.id, name="Supply"))
    for alliance, side, name in (
        (first, Side.US, "Anna"),
        (first, Side.PARTNER, "Mei"),
        (second, Side.PARTNER, "Piet"),
        (second, Side.US, "Bram"),
        (second, Side.US, "Carla"),
    ):
        records.insert(
            db, Stakeholder(alliance_id=alliance.id, side=side, name=name, department="Sales")
        )

    lines = organisations.overview(db)
    assert [(line.name, line.is_own, line.alliances, line.stakeholders) for line in lines] == [
        ("Our organisation", True, 0, 3),  # ours first; our people across every alliance
        ("Aardvark", False, 1, 0),
        ("kestrel <Systems> 🚀", False, 2, 2),  # by name, whatever the case
        ("Zebra 50%_off", False, 0, 0),  # a prospective partner, no alliance yet
    ]
    assert lines[0].organisation_id == own_id
    assert (lines[1].country, lines[2].sector) == ("Belgium", "Chemicals")

    # The filter looks in name, sector and country; % and _ are letters, not wildcards.
    assert [line.name for line in organisations.overview(db, "chem")] == ["kestrel <Systems> 🚀"]
    assert [line.name for line in organisations.overview(db, " belg ")] == ["Aardvark"]
    assert [line.name for line in organisations.overview(db, "0%_")] == ["Zebra 50%_off"]
    assert organisations.overview(db, "%") == [lines[3]]
    assert organisations.overview(db, "nowhere") == []

    found = organisations.alliances_of(db, kestrel.id or 0)
    assert [(line.name, line.status_rag) for line in found] == [
        ("Benelux", Rag.RED),
        ("Co-dev", None),  # nobody has set its status: not assessed
    ]
    assert found[0].alliance_id == second.id
    assert found[0].lifecycle_stage == LifecycleStage.OPERATIONAL_AWARENESS
    assert organisations.alliances_of(db, prospect.id or 0) == []


def test_only_an_organisation_nothing_references_may_be_deleted(workbook: Workbook) -> None:
    db = workbook.db
    own_id = db.scalar("SELECT id FROM organisation WHERE is_own = 1")
    partner = records.insert(db, Organisation(name="Kestrel"))
    assessed = records.insert(db, Organisation(name="Assessed"))
    prospect = records.insert(db, Organisation(name="Prospect"))
    records.insert(db, Alliance(partner_id=partner.id, name="Co-dev"))
    records.insert(db, Alliance(partner_id=partner.id, name="Benelux"))
    maturity = framework_by_code(db, DEFAULT_MATURITY)
    records.insert(
        db,
        MaturityAssessment(
            organisation_id=assessed.id, framework_id=maturity.id, assessed_on="2026-01-01"
        ),
    )

    assert organisations.referenced_by(db, partner.id or 0) == {"alliance": 2}
    # A maturity assessment would go with it (ON DELETE CASCADE): that counts too.
    assert organisations.referenced_by(db, assessed.id or 0) == {"maturity_assessment": 1}
    assert organisations.referenced_by(db, prospect.id or 0) == {}
    assert organisations.referenced_by(db, own_id) == {}

    assert organisations.may_delete(db, prospect.id or 0)
    assert not organisations.may_delete(db, partner.id or 0)
    assert not organisations.may_delete(db, assessed.id or 0)
    assert not organisations.may_delete(db, own_id)  # ours, even when nothing names it
    assert not organisations.may_delete(db, 10_000)  # gone


def test_listed_and_counts_give_the_overview(workbook: Workbook) -> None:
    """The list in the overview's order (and filter), and the counts of the ids asked for."""
    db = workbook.db
    kestrel = records.insert(db, Organisation(name="Kestrel", sector="Chemicals"))
    aardvark = records.insert(db, Organisation(name="Aardvark"))
    alliance = records.insert(db, Alliance(partner_id=kestrel.id, name="Co-dev"))
    records.insert(
        db, Stakeholder(alliance_id=alliance.id, side=Side.PARTNER, name="Mei", department="R&D")
    )
    for text in ("", "chem", "nowhere"):
        lines = organisations.overview(db, text)
        listed = organisations.listed(db, text)
        assert [line.organisation_id for line in listed] == [line.organisation_id for line in lines]
        assert organisations.counts(db, [line.organisation_id for line in listed]) == {
            line.organisation_id: (line.alliances, line.stakeholders) for line in lines
        }
    assert organisations.counts(db, [aardvark.id or 0]) == {aardvark.id: (0, 0)}
    assert organisations.counts(db, []) == {}
