"""The portfolio figures per alliance, and which alliance a record belongs to."""

from __future__ import annotations

import datetime as dt

from alliance_desk.domain.evaluations import Evaluation, EvaluationScore
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.insights import Trend
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, dimensions, framework_by_code
from alliance_desk.store.portfolio import alliance_of, portfolio
from alliance_desk.store.workbook import Workbook

TODAY = dt.date(2026, 11, 15)


def _evaluation(
    workbook: Workbook, alliance_id: int, day: str, side: str, scores: list[int]
) -> int:
    framework = framework_by_code(workbook.db, DEFAULT_EVALUATION)
    evaluation = records.insert(
        workbook.db,
        Evaluation(
            alliance_id=alliance_id,
            framework_id=framework.id,
            evaluated_on=day,
            respondent_side=side,
        ),
    )
    for dimension, score in zip(dimensions(workbook.db, framework.id or 0), scores, strict=False):
        records.insert(
            workbook.db,
            EvaluationScore(evaluation_id=evaluation.id, dimension_id=dimension.id, score=score),
        )
    return evaluation.id or 0


def test_portfolio_figures(workbook: Workbook) -> None:
    db = workbook.db
    partner = records.insert(db, Organisation(name="Kestrel"))
    busy = records.insert(
        db,
        Alliance(
            partner_id=partner.id,
            name="Busy",
            start_date="2024-01-01",
            health_check_interval_days=90,
        ),
    )
    records.insert(db, Alliance(partner_id=partner.id, name="Quiet"))
    _evaluation(workbook, busy.id or 0, "2026-03-01", "us", [2, 2, 3])
    _evaluation(workbook, busy.id or 0, "2026-06-01", "partner", [5, 5, 5])
    _evaluation(workbook, busy.id or 0, "2026-07-01", "us", [4, 4, 4])
    for due, status in (("2026-10-01", "open"), ("2026-12-01", "open"), ("2026-01-01", "done")):
        records.insert(
            db,
            Action(
                alliance_id=busy.id,
                title=f"Due {due}",
                due_date=due,
                status=status,
                completed_on="2026-01-05" if status == "done" else None,
            ),
        )
    lines = {line.name: line for line in portfolio(db, TODAY)}
    line = lines["Busy"]
    assert line.last_evaluated == dt.date(2026, 7, 1)
    assert line.next_health_check == dt.date(2026, 9, 29)
    assert (line.open_actions, line.overdue_actions) == (2, 1)
    assert line.latest_score == 4.0 and line.previous_score == 2.33  # same side: us
    assert line.trend is Trend.UP
    assert line.last_activity == dt.date(2026, 7, 1)
    empty = lines["Quiet"]
    assert empty.last_evaluated is None and empty.next_health_check is None
    assert empty.trend is None and empty.last_activity is None and empty.open_actions == 0


def test_alliance_of_follows_references(workbook: Workbook) -> None:
    db = workbook.db
    partner = records.insert(db, Organisation(name="Kestrel"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Busy"))
    person = records.insert(
        db, Stakeholder(alliance_id=alliance.id, side="us", name="Ann", department="Sales")
    )
    assessment = records.insert(
        db,
        StakeholderAssessment(
            stakeholder_id=person.id, assessed_on="2026-01-01", power=5, interest=5
        ),
    )
    evaluation_id = _evaluation(workbook, alliance.id or 0, "2026-03-01", "us", [3])
    score_id = db.scalar("SELECT id FROM evaluation_score")
    assert alliance_of(db, "alliance", alliance.id or 0) == alliance.id
    assert alliance_of(db, "stakeholder", person.id or 0) == alliance.id
    assert alliance_of(db, "stakeholder_assessment", assessment.id or 0) == alliance.id
    assert alliance_of(db, "evaluation", evaluation_id) == alliance.id
    assert alliance_of(db, "evaluation_score", score_id) == alliance.id
    assert alliance_of(db, "organisation", partner.id or 0) is None
    assert alliance_of(db, "action", 999) is None
