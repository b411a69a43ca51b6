"""The capability report: what each edition holds (ours: our maturity, plan, departments and
the case for management; the partner's: only the partner's part, nothing of ours), the
headline finding, refusals, and the PDF read back in both languages and on both papers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from alliance_desk.domain.codes import ActionStatus, Side
from alliance_desk.domain.evaluations import MaturityAssessment, MaturityScore
from alliance_desk.domain.follow_up import Action, Risk
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.skills import SkillAssessment, SkillScore, Training, TrainingSkill
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.reports.capability import CapabilityError, write_capability_report
from alliance_desk.reports.capability_facts import (
    Edition,
    SupportState,
    TargetState,
    gather,
)
from alliance_desk.reports.capability_findings import findings
from alliance_desk.store import development, records
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import DEFAULT_MATURITY, dimensions, framework_by_code
from alliance_desk.store.skills import skills, skills_framework
from alliance_desk.store.workbook import Workbook

TODAY = dt.date(2026, 11, 15)
# Things of ours that must never reach the partner's edition.
OURS_ONLY = [
    "Anna de Vries",  # our person
    "Procurement",  # our department
    "Our own learning target",  # our target's note
    "Our plan: make learning a habit",  # our plan's notes
    "Our lessons session",  # our support action
    "Key supplier may walk away",  # our risk
    "Private: Zoë is hard to reach",  # a private note on a partner person
    "Internal budget line",  # an action's description
]


def _assess_maturity(db: Database, organisation_id: int, levels: dict[int, int]) -> None:
    framework = framework_by_code(db, DEFAULT_MATURITY)
    made = records.insert(
        db,
        MaturityAssessment(
            organisation_id=organisation_id, framework_id=framework.id, assessed_on="2026-06-01"
        ),
    )
    for dimension_id, level in levels.items():
        records.insert(
            db, MaturityScore(assessment_id=made.id, dimension_id=dimension_id, level=level)
        )


def _assess_skills(db: Database, stakeholder_id: int, levels: dict[int, int]) -> None:
    framework = skills_framework(db)
    assert framework is not None
    made = records.insert(
        db,
        SkillAssessment(
            stakeholder_id=stakeholder_id, framework_id=framework.id, assessed_on="2026-05-01"
        ),
    )
    for skill_id, level in levels.items():
        records.insert(db, SkillScore(assessment_id=made.id, dimension_id=skill_id, level=level))


def build(db: Database) -> int:
    """An alliance with both sides assessed, a plan each, people, skills and training."""
    own = records.select(db, Organisation, "is_own = 1")[0]
    records.update(db, own, name="Lindeboom Medical")
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Rhine corridor"))
    alliance_id = alliance.id or 0
    found = dimensions(db, framework_by_code(db, DEFAULT_MATURITY).id or 0)
    first, second, third = (item.id or 0 for item in found[:3])
    _assess_maturity(db, own.id or 0, {first: 4, second: 3, third: 3})
    _assess_maturity(db, partner.id or 0, {first: 2, second: 2, third: 3})
    for step in (
        development.set_target(alliance_id, Side.PARTNER, first, 3, dt.date(2026, 9, 30)),
        development.set_target(
            alliance_id, Side.PARTNER, second, 3, dt.date(2027, 6, 30), "Kestrel's own routine"
        ),
        development.set_target(alliance_id, Side.PARTNER, third, 3, dt.date(2026, 3, 31)),
        development.set_target(
            alliance_id, Side.US, third, 4, dt.date(2027, 3, 31), "Our own learning target"
        ),
    ):
        step.redo(db)
    db.execute(
        "UPDATE development_plan SET notes = 'Our plan: make learning a habit' WHERE side = 'us'"
    )
    db.execute("UPDATE development_plan SET notes = 'Agreed with Kestrel' WHERE side = 'partner'")
    plans = development.plans(db, alliance_id)
    missed = plans.target(Side.PARTNER, first)
    later = plans.target(Side.PARTNER, second)
    ours = plans.target(Side.US, third)
    assert missed and later and ours
    done, open_ = ActionStatus.DONE, ActionStatus.OPEN
    for title, target, status, due, description in (
        ("Joint workshop on the action log", missed.target_id, done, "2026-04-15", None),
        (
            "Coaching for Kestrel's contact",
            later.target_id,
            open_,
            "2026-10-01",
            "Internal budget line",
        ),
        ("Our lessons session", ours.target_id, open_, "2027-01-15", None),
    ):
        records.insert(
            db,
            Action(
                alliance_id=alliance_id,
                title=title,
                development_target_id=target,
                status=status,
                due_date=due,
                completed_on="2026-04-15" if status is ActionStatus.DONE else None,
                description=description,
                owner="Sanne de Wit",
            ),
        )
    records.insert(db, Risk(alliance_id=alliance_id, title="Key supplier may walk away"))
    skill_ids = [item.id or 0 for item in skills(db)]
    people = {}
    for side, name, department, notes in (
        (Side.US, "Anna de Vries", "Procurement", None),
        (Side.PARTNER, "Zoë Müller", "Legal", "Private: Zoë is hard to reach"),
        (Side.PARTNER, "Piet Jansen", "Sales", None),
    ):
        people[name] = records.insert(
            db,
            Stakeholder(
                alliance_id=alliance_id, side=side, name=name, department=department, notes=notes
            ),
        ).id
    _assess_skills(db, people["Anna de Vries"] or 0, {skill_ids[0]: 2})
    _assess_skills(db, people["Zoë Müller"] or 0, {skill_ids[0]: 2, skill_ids[1]: 1})
    _assess_skills(db, people["Piet Jansen"] or 0, {skill_ids[0]: 4, skill_ids[1]: 1})
    training = records.insert(
        db,
        Training(
            stakeholder_id=people["Zoë Müller"],
            received_on="2026-07-08",
            title="Negotiating for mutual gain",
        ),
    )
    records.insert(db, TrainingSkill(training_id=training.id, dimension_id=skill_ids[1]))
    records.insert(
        db,
        Training(stakeholder_id=people["Anna de Vries"], received_on="2026-07-09", title="Ours"),
    )
    return alliance_id


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(value: str) -> str:
    return " ".join(value.split())


def test_the_partner_edition_holds_the_partners_part_and_nothing_of_ours(workbook: Workbook):
    db = workbook.db
    alliance_id = build(db)
    facts = gather(db, alliance_id, Edition.PARTNER, TODAY)
    assert facts.organisation == "Kestrel Systems" and facts.other == "Lindeboom Medical"
    assert [line.other_level for line in facts.maturity] == [None] * len(facts.maturity)
    assert {department.department for department in facts.departments} == {"Legal", "Sales"}
    assert [item.person for item in facts.trainings] == ["Zoë Müller"]
    assert facts.plan_notes == "Agreed with Kestrel"
    states = [item.state for item in facts.support()]
    assert states == [SupportState.DONE, SupportState.OVERDUE]


def test_the_targets_state_reached_missed_and_underway(workbook: Workbook):
    db = workbook.db
    alliance_id = build(db)
    facts = gather(db, alliance_id, Edition.PARTNER, TODAY)
    by_date = {target.target_date: target.state for target in facts.targets}
    assert by_date == {
        dt.date(2026, 3, 31): TargetState.REACHED,  # at 3 of 3
        dt.date(2026, 9, 30): TargetState.MISSED,  # at 2 of 3, date passed
        dt.date(2027, 6, 30): TargetState.UNDERWAY,
    }
    line = next(line for line in facts.maturity if line.target_date == dt.date(2027, 6, 30))
    assert line.level == 2 and line.distance == 1


def test_our_edition_has_our_part_the_partners_levels_and_the_case(workbook: Workbook):
    db = workbook.db
    alliance_id = build(db)
    facts = gather(db, alliance_id, Edition.OURS, TODAY)
    assert facts.organisation == "Lindeboom Medical"
    assert [department.department for department in facts.departments] == ["Procurement"]
    assert [line.other_level for line in facts.maturity[:3]] == [2, 2, 3]
    assert [target.note for target in facts.targets] == ["Our own learning target"]
    said = findings(facts, "en")
    assert said[-1].startswith("Collaboration with Kestrel Systems is an organisational matter")
    assert "1 department of ours deal with them (Procurement)" in said[-1]


def test_the_headline_puts_a_missed_target_first(workbook: Workbook):
    db = workbook.db
    facts = gather(db, build(db), Edition.PARTNER, TODAY)
    said = findings(facts, "en")
    assert said[0].startswith("Kestrel Systems has reached 1 of 3 development targets.")
    assert "Missed: " in said[0] and "(level 2, not the 3 due by 30 Sep 2026)" in said[0]
    assert "Support actions: 1 of 2 done, 1 overdue." in said[0]
    assert said[1] == (
        "2 people in 2 departments of Kestrel Systems work with Lindeboom Medical; 2 of the 2"
        " assessed are below the required level in at least one skill, most often in"
        " Negotiation for mutual gain (2)."
    )
    assert len(said) == 2  # no case of ours in the partner's edition


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_partner_pdf_in_both_languages_and_papers_has_nothing_of_ours(
    workbook: Workbook, tmp_path: Path, language: str, paper: str
):
    db = workbook.db
    alliance_id = build(db)
    target = tmp_path / "capability.pdf"
    pages = write_capability_report(
        db,
        target,
        [alliance_id],
        organisation="partner",
        language=language,
        paper=paper,
        today=TODAY,
    )
    reader = PdfReader(target)
    assert len(reader.pages) == pages >= 1
    width = float(reader.pages[0].mediabox.width)
    assert round(width) == (595 if paper == "a4" else 612)
    shown = flat(pdf_text(target))
    for secret in OURS_ONLY:
        assert secret not in shown
    assert "Zoë Müller" in shown and "Agreed with Kestrel" in shown
    words = {
        "en": ["MATURITY AGAINST THE DEVELOPMENT TARGETS", "◆ missed", "Prepared for Kestrel"],
        "nl": ["VOLWASSENHEID TEGENOVER DE ONTWIKKELDOELEN", "◆ niet gehaald", "Opgesteld voor"],
    }[language]
    for word in words:
        assert word in shown
    assert (reader.metadata or {}).get("/Title", "").endswith("Kestrel Systems")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_our_pdf_has_our_part_and_each_alliance_on_its_own_page(
    workbook: Workbook, tmp_path: Path, language: str
):
    db = workbook.db
    alliance_id = build(db)
    other = (
        records.insert(
            db,
            Alliance(
                partner_id=db.scalar("SELECT partner_id FROM alliance"), name="Second alliance"
            ),
        ).id
        or 0
    )
    target = tmp_path / "ours.pdf"
    write_capability_report(
        db, target, [alliance_id, other], organisation="ours", language=language, today=TODAY
    )
    reader = PdfReader(target)
    first_pages = [
        index for index, page in enumerate(reader.pages) if "Second alliance" in page.extract_text()
    ]
    assert first_pages and first_pages[0] >= 1
    shown = flat(pdf_text(target))
    for ours in ("Anna de Vries", "Our own learning target", "Our lessons session"):
        assert ours in shown
    assert "Zoë Müller" not in shown and "Key supplier may walk away" not in shown
    assert [item.title for item in reader.outline] == [
        "Rhine corridor · Lindeboom Medical",
        "Second alliance · Lindeboom Medical",
    ]


def test_a_partner_edition_of_two_partners_is_refused_and_nothing_is_written(
    workbook: Workbook, tmp_path: Path
):
    db = workbook.db
    alliance_id = build(db)
    third = records.insert(db, Organisation(name="Heron Ltd"))
    other = records.insert(db, Alliance(partner_id=third.id, name="Heron deal")).id or 0
    out = tmp_path / "out"
    out.mkdir()
    target = out / "partner.pdf"
    with pytest.raises(CapabilityError, match="2 partners .Heron Ltd; Kestrel Systems."):
        write_capability_report(
            db, target, [alliance_id, other], organisation="partner", today=TODAY
        )
    assert list(out.iterdir()) == []


def test_unknown_alliances_and_an_unwritable_target_are_refused(workbook: Workbook, tmp_path: Path):
    db = workbook.db
    build(db)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CapabilityError, match="no alliance with id 99"):
        write_capability_report(db, out / "x.pdf", [99], today=TODAY)
    with pytest.raises(CapabilityError, match="could not be written"):
        write_capability_report(db, out / "missing" / "x.pdf", None, today=TODAY)
    assert list(out.iterdir()) == []
