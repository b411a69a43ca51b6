"""The joint results report: both sides' means and spread, the gaps and disagreements as
topics, comments without the names of anonymous respondents, room for the action plan;
Dutch and English, A4 and Letter (checked by its text and pages)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from alliance_desk.domain.codes import RoundKind, Side
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.reports.round_report import write_round_report
from alliance_desk.store import records, round_results, rounds
from alliance_desk.store.db import Database
from alliance_desk.store.workbook import Workbook

DAY = dt.date(2026, 3, 2)


def filled_round(db: Database) -> int:
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Rhine corridor"))
    named = records.insert(
        db,
        Stakeholder(
            alliance_id=alliance.id, side=Side.US, name="Anna de Vries", department="Sales"
        ),
    )
    secret = records.insert(
        db,
        Stakeholder(
            alliance_id=alliance.id, side=Side.PARTNER, name="Zoë Müller", department="Legal"
        ),
    )
    slots = [
        rounds.Slot(Side.US, "Sales", "Director", stakeholder_id=named.id, anonymous=False),
        *(rounds.Slot(Side.US, "Finance") for _ in range(3)),
        rounds.Slot(Side.PARTNER, "Legal", stakeholder_id=secret.id),  # anonymous, alone
        rounds.Slot(Side.PARTNER, "Operations"),
    ]
    made = rounds.create_round(db, alliance.id or 0, RoundKind.HEALTH, DAY, slots)
    asked = [item.id for item in made.framework_snapshot.dimensions]
    scores = [[5, 4], [4, 4], [2, 4], [4, 4], [2, 1], [3, 2]]
    comments = [
        "Anna's view",
        "Finance one",
        None,
        None,
        "Legal is worried",
        "Ops fine",
    ]
    for slot, given, comment in zip(
        rounds.respondents(db, made.id or 0), scores, comments, strict=True
    ):
        round_results.put_answers(
            db, slot, {asked[0]: (given[0], comment), asked[1]: (given[1], None)}, DAY
        )
    round_results.refresh_results(db, made.id or 0)
    return made.id or 0


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(("language", "paper"), [("en", "a4"), ("nl", "letter")])
def test_the_joint_report_tells_both_sides_spread_gaps_and_comments(
    workbook: Workbook, tmp_path: Path, language: str, paper: str
) -> None:
    db = workbook.db
    round_id = filled_round(db)
    target = tmp_path / "joint.pdf"
    pages = write_round_report(db, round_id, target, language=language, paper=paper)
    reader = PdfReader(target)
    assert len(reader.pages) == pages >= 1
    width = float(reader.pages[0].mediabox.width)
    assert round(width) == (595 if paper == "a4" else 612)
    text = text_of(target)
    # Ours on strategic fit: 5, 4, 2, 4 -> 3.75 shown 3.8, range 2-5 (a disagreement);
    # the partner's: 2, 3 -> 2.5; the gap +1.3 (to one decimal, as every mean).
    decimal = "," if language == "nl" else "."
    assert f"3{decimal}8" in text and f"2{decimal}5" in text and f"+1{decimal}3" in text
    assert "2–5" in text
    assert ("onenigheid" if language == "nl" else "disagree") in text
    # Comments: a named respondent with name and role; the anonymous partner alone in
    # Legal without name or department; Finance (three of them) by department.
    assert "Anna de Vries" in text and "Anna's view" in text
    assert "Legal is worried" in text and "Zoë" not in text and "Müller" not in text
    assert "Legal is worried” — Kestrel Systems\n" in text
    assert "Finance one” — Our organisation, Finance" in text
    assert ("Actieplan" if language == "nl" else "Action plan") in text


def test_a_round_without_answers_still_prints(workbook: Workbook, tmp_path: Path) -> None:
    db = workbook.db
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Rhine corridor"))
    made = rounds.create_round(
        db, alliance.id or 0, RoundKind.MATURITY, DAY, [rounds.Slot(Side.US, "Sales")]
    )
    target = tmp_path / "empty.pdf"
    assert write_round_report(db, made.id or 0, target) >= 1
    text = text_of(target)
    assert "0 of 1 answered" in text and "No comments" in text


def test_the_action_plan_lists_the_actions_already_agreed_for_the_round(
    workbook: Workbook, tmp_path: Path
) -> None:
    db = workbook.db
    round_id = filled_round(db)
    alliance_id = records.get(db, rounds.QuestionnaireRound, round_id).alliance_id
    records.insert(
        db,
        Action(
            alliance_id=alliance_id,
            title="Map the legal worries together",
            owner="Anna de Vries",
            due_date=dt.date(2026, 4, 1),
            source_round_id=round_id,
        ),
    )
    records.insert(db, Action(alliance_id=alliance_id, title="Unrelated call"))
    target = tmp_path / "joint.pdf"

    write_round_report(db, round_id, target, language="nl")

    text = text_of(target)
    assert "Map the legal worries together" in text and "01-04-2026" in text
    assert "Unrelated call" not in text
