"""The portfolio figures per alliance, and which alliance a record belongs to."""

from __future__ import annotations

import datetime as dt

from alliance_desk.domain.codes import Rag
from alliance_desk.domain.evaluations import Evaluation, EvaluationScore
from alliance_desk.domain.follow_up import Action, Decision
from alliance_desk.domain.insights import Trend
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, dimensions, framework_by_code
from alliance_desk.store.portfolio import (
    SORT_EXPRESSIONS,
    Reminders,
    alliance_of,
    portfolio,
    reminders,
)
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
    assert line.latest_score == 4.0
    assert (line.trend_previous_score, line.trend_latest_score) == (2.33, 4.0)  # same side: us
    assert line.trend is Trend.UP
    assert line.last_activity == dt.date(2026, 7, 1)
    empty = lines["Quiet"]
    assert empty.last_evaluated is None and empty.next_health_check is None
    assert empty.trend is None and empty.last_activity is None and empty.open_actions == 0


def test_trend_follows_the_latest_side_with_two_checks(workbook: Workbook) -> None:
    """A single joint workshop after both sides' own checks still leaves a trend: that of
    the side checked most recently with an earlier check of its own."""
    db = workbook.db
    partner = records.insert(db, Organisation(name="Kestrel"))
    ids = {
        name: records.insert(db, Alliance(partner_id=partner.id, name=name)).id or 0
        for name in ("Joint last", "Same day", "Once each", "Joint twice")
    }
    joint_last = ids["Joint last"]
    _evaluation(workbook, joint_last, "2026-01-01", "us", [2, 2, 2])
    _evaluation(workbook, joint_last, "2026-02-01", "partner", [4, 4, 4])
    _evaluation(workbook, joint_last, "2026-03-01", "us", [3, 3, 3])
    _evaluation(workbook, joint_last, "2026-04-01", "partner", [3, 3, 3])  # the latest pair
    _evaluation(workbook, joint_last, "2026-05-01", "joint", [5, 5, 5])
    same_day = ids["Same day"]  # both sides checked on one day: ours tells the trend
    _evaluation(workbook, same_day, "2026-01-01", "partner", [2, 2, 2])
    _evaluation(workbook, same_day, "2026-01-01", "us", [4, 4, 4])
    _evaluation(workbook, same_day, "2026-06-01", "us", [2, 2, 2])
    _evaluation(workbook, same_day, "2026-06-01", "partner", [4, 4, 4])
    _evaluation(workbook, same_day, "2026-07-01", "joint", [3, 3, 3])
    for side in ("us", "partner", "joint"):
        _evaluation(workbook, ids["Once each"], "2026-03-01", side, [3, 3, 3])
    joint_twice = ids["Joint twice"]
    _evaluation(workbook, joint_twice, "2026-01-01", "joint", [4, 4, 4])
    _evaluation(workbook, joint_twice, "2026-02-01", "us", [1, 1, 1])
    _evaluation(workbook, joint_twice, "2026-03-01", "joint", [4, 4, 4])
    lines = {line.name: line for line in portfolio(db, TODAY)}
    line = lines["Joint last"]
    assert line.latest_score == 5.0  # the latest check of any side
    assert (line.trend_previous_score, line.trend_latest_score) == (4.0, 3.0)
    assert line.trend is Trend.DOWN
    line = lines["Same day"]
    assert (line.latest_score, line.trend_previous_score, line.trend_latest_score) == (3, 4, 2)
    assert line.trend is Trend.DOWN  # ours fell 4 -> 2 though the partner's rose 2 -> 4
    line = lines["Once each"]
    assert line.latest_score == 3.0 and line.trend is None
    assert line.trend_previous_score is None and line.trend_latest_score is None
    line = lines["Joint twice"]
    assert (line.trend_previous_score, line.trend_latest_score) == (4.0, 4.0)
    assert line.trend is Trend.STEADY


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


def test_reminders_count_what_is_due(workbook: Workbook) -> None:
    db = workbook.db
    assert not reminders(db, TODAY, 60)  # an empty workbook: nothing due
    partner = records.insert(db, Organisation(name="Kestrel"))
    late = records.insert(
        db,
        Alliance(
            partner_id=partner.id,
            name="Late check",
            start_date="2025-01-01",
            health_check_interval_days=180,
        ),
    )
    fresh = records.insert(db, Alliance(partner_id=partner.id, name="Fresh"))
    _evaluation(workbook, fresh.id or 0, (TODAY - dt.timedelta(days=10)).isoformat(), "us", [3])
    # Late check: last checked 2025-06-01, so due 2025-11-28 (passed), and quiet since.
    _evaluation(workbook, late.id or 0, "2025-06-01", "us", [3])
    for due, status in (("2026-11-14", "open"), ("2026-11-15", "open"), ("2026-11-01", "done")):
        records.insert(
            db,
            Action(alliance_id=fresh.id, title=f"{due} {status}", due_date=due, status=status),
        )
    for deadline in ("2026-11-20", "2026-11-29", "2026-11-30", None):
        records.insert(
            db, Decision(alliance_id=late.id, title=f"Decide {deadline}", deadline=deadline)
        )
    found = reminders(db, TODAY, 60)
    assert found == Reminders(
        overdue_health_checks=1,  # "Late check"; "Fresh" is due in 170 days
        overdue_actions=1,  # only the open one before today
        decisions_due=2,  # deadlines within 14 days (2026-11-29 included)
        losing_touch=1,  # "Late check": nothing since 2025-06-01
    )
    assert found
    assert reminders(db, TODAY, 600).losing_touch == 0


def test_a_status_nobody_set_is_not_assessed_and_sorts_before_green(workbook: Workbook) -> None:
    db = workbook.db
    partner = records.insert(db, Organisation(name="Kestrel"))
    for name, status in (("G", "green"), ("N", None), ("A", "amber"), ("R", "red")):
        records.insert(db, Alliance(partner_id=partner.id, name=name, status_rag=status))

    lines = {line.name: line.status_rag for line in portfolio(db, TODAY)}
    assert lines == {"A": Rag.AMBER, "G": Rag.GREEN, "N": None, "R": Rag.RED}
    # Attention first: red, amber, not assessed (nobody has looked), then green.
    order = SORT_EXPRESSIONS["status_rag"]
    ordered = db.query(f"SELECT alliance.name FROM alliance ORDER BY {order}")
    assert [row["name"] for row in ordered] == ["R", "A", "N", "G"]
