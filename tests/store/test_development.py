"""Development plans in the workbook: setting, changing and clearing a target as one step
that undo takes back exactly (support actions linked again), the plan read back with its
progress, the overdue signal following the assessments, search, and check."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desk.domain.codes import ActionStatus, Side
from alliance_desk.domain.development import Progress
from alliance_desk.domain.development_records import DevelopmentTarget
from alliance_desk.domain.evaluations import MaturityAssessment, MaturityScore
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.signals import SignalKind
from alliance_desk.domain.validation import NOTE_MAX, ValidationError
from alliance_desk.store import (
    audit,
    development,
    evaluation_history,
    records,
    search,
    snapshot,
)
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import DEFAULT_MATURITY, dimensions, framework_by_code
from alliance_desk.store.signals import signals
from alliance_desk.store.workbook import Workbook, inspect_workbook

TODAY = dt.date(2026, 11, 15)
BY = dt.date(2026, 9, 30)


def _alliance(db: Database) -> tuple[int, int]:
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))
    return alliance.id or 0, partner.id or 0


def _first_dimension(db: Database) -> int:
    framework = framework_by_code(db, DEFAULT_MATURITY)
    return dimensions(db, framework.id or 0)[0].id or 0


def _assess(db: Database, organisation_id: int, dimension_id: int, on: str, level: int) -> None:
    framework = framework_by_code(db, DEFAULT_MATURITY)
    made = records.insert(
        db,
        MaturityAssessment(
            organisation_id=organisation_id, framework_id=framework.id, assessed_on=on
        ),
    )
    records.insert(db, MaturityScore(assessment_id=made.id, dimension_id=dimension_id, level=level))


def _rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: [tuple(row) for row in db.query(f"SELECT * FROM {table} ORDER BY id")]
        for table in ("development_plan", "development_target", "action")
    }


def test_setting_a_target_makes_the_plan_and_undo_takes_both_back(workbook: Workbook):
    db = workbook.db
    alliance_id, _ = _alliance(db)
    dimension = _first_dimension(db)
    before = _rows(db)
    step = development.set_target(alliance_id, Side.PARTNER, dimension, 3, BY, "Coaching")
    step.redo(db)
    found = development.plans(db, alliance_id)
    assert set(found.plan_ids) == {Side.PARTNER}
    line = found.target(Side.PARTNER, dimension)
    assert line is not None and (line.target_level, line.target_date, line.note) == (
        3,
        BY,
        "Coaching",
    )
    after = _rows(db)
    step.undo(db)
    assert _rows(db) == before
    step.redo(db)
    assert _rows(db) == after
    # Changing it keeps the one target (and the one plan).
    development.set_target(alliance_id, Side.PARTNER, dimension, 4, BY, None).redo(db)
    assert db.scalar("SELECT count(*) FROM development_target") == 1
    assert db.scalar("SELECT count(*) FROM development_plan") == 1


def test_clearing_a_target_unlinks_its_actions_and_undo_links_them_again(workbook: Workbook):
    db = workbook.db
    alliance_id, _ = _alliance(db)
    dimension = _first_dimension(db)
    development.set_target(alliance_id, Side.US, dimension, 4, BY).redo(db)
    target = development.plans(db, alliance_id).target(Side.US, dimension)
    assert target is not None
    action = records.insert(
        db,
        Action(
            alliance_id=alliance_id,
            title="Alliance training",
            development_target_id=target.target_id,
        ),
    )
    before = _rows(db)
    step = development.clear_target(alliance_id, target.target_id)
    step.redo(db)
    assert development.plans(db, alliance_id).targets == {}
    assert records.get(db, Action, action.id or 0).development_target_id is None
    step.undo(db)
    assert _rows(db) == before
    step.redo(db)
    assert records.get(db, Action, action.id or 0).development_target_id is None


def test_deleting_an_alliance_whose_actions_support_a_target_is_undone_whole(
    workbook: Workbook,
):
    # The action refers to the alliance and to the target; the target is reached later
    # (alliance, plan, target), so putting the rows back must still put the target first.
    db = workbook.db
    alliance_id, _ = _alliance(db)
    development.set_target(alliance_id, Side.US, _first_dimension(db), 4, BY).redo(db)
    (line,) = development.plans(db, alliance_id).targets.values()
    records.insert(
        db,
        Action(alliance_id=alliance_id, title="Coaching", development_target_id=line.target_id),
    )
    before = _rows(db)
    kept = snapshot.take(db, "alliance", alliance_id)
    records.delete(db, Alliance, alliance_id)
    assert _rows(db) == {"development_plan": [], "development_target": [], "action": []}
    snapshot.put_back(db, kept)
    assert _rows(db) == before


def test_a_bad_target_is_refused_before_anything_is_stored(workbook: Workbook):
    db = workbook.db
    alliance_id, _ = _alliance(db)
    with pytest.raises(ValidationError):
        development.set_target(alliance_id, Side.US, _first_dimension(db), 7, BY)
    assert db.scalar("SELECT count(*) FROM development_plan") == 0


def test_progress_and_the_overdue_signal_follow_the_assessments(workbook: Workbook):
    db = workbook.db
    alliance_id, partner_id = _alliance(db)
    dimension = _first_dimension(db)
    development.set_target(alliance_id, Side.PARTNER, dimension, 3, BY).redo(db)
    target = development.plans(db, alliance_id).target(Side.PARTNER, dimension)
    assert target is not None
    for title, status in (("Workshop", ActionStatus.DONE), ("Coaching", ActionStatus.OPEN)):
        records.insert(
            db,
            Action(
                alliance_id=alliance_id,
                title=title,
                status=status,
                completed_on=BY if status is ActionStatus.DONE else None,
                development_target_id=target.target_id,
            ),
        )
    _assess(db, partner_id, dimension, "2026-03-01", 2)

    def kinds() -> list[SignalKind]:
        return [signal.kind for signal in signals(db, TODAY)[alliance_id]]

    assert SignalKind.DEVELOPMENT_TARGET_OVERDUE in kinds()
    found = signals(db, TODAY)[alliance_id]
    overdue = [s for s in found if s.kind is SignalKind.DEVELOPMENT_TARGET_OVERDUE][0]
    assert overdue.arose_on == BY + dt.timedelta(days=1) and overdue.figures["latest"] == 2
    picture = evaluation_history.maturity_picture(db, alliance_id)
    assert picture is not None
    latest = development.latest_levels(picture)
    plans = development.plans(db, alliance_id)
    assert development.progress(plans, Side.PARTNER, latest[Side.PARTNER]) == Progress(0, 1, 1, 2)
    # The re-assessment reaches the target: the signal goes, the plan counts it.
    _assess(db, partner_id, dimension, "2026-11-01", 3)
    assert SignalKind.DEVELOPMENT_TARGET_OVERDUE not in kinds()
    picture = evaluation_history.maturity_picture(db, alliance_id)
    assert picture is not None
    latest = development.latest_levels(picture)
    assert development.progress(plans, Side.PARTNER, latest[Side.PARTNER]).targets_reached == 1


def test_a_targets_note_is_found_and_check_passes(workbook: Workbook):
    db = workbook.db
    alliance_id, _ = _alliance(db)
    development.set_target(
        alliance_id, Side.PARTNER, _first_dimension(db), 3, BY, "Joint governance bootcamp"
    ).redo(db)
    hits = search.search(db, "bootcamp")
    assert [(hit.table, hit.alliance_id) for hit in hits] == [("development_target", alliance_id)]
    path = workbook.path
    workbook.close()
    assert inspect_workbook(path, full=True) > 0


def test_a_target_on_a_dimension_is_unique_per_plan(workbook: Workbook):
    db = workbook.db
    alliance_id, _ = _alliance(db)
    dimension = _first_dimension(db)
    development.set_target(alliance_id, Side.US, dimension, 3, BY).redo(db)
    plan_id = development.plans(db, alliance_id).plan_ids[Side.US]
    with pytest.raises(ValidationError):
        records.insert(
            db,
            DevelopmentTarget(
                plan_id=plan_id, dimension_id=dimension, target_level=2, target_date=BY
            ),
        )


def test_the_history_names_plans_and_targets_and_keeps_them_with_the_alliance(
    workbook: Workbook,
):
    db = workbook.db
    alliance_id, _ = _alliance(db)
    development.set_target(alliance_id, Side.PARTNER, _first_dimension(db), 3, BY).redo(db)
    found = development.plans(db, alliance_id)
    target = found.target(Side.PARTNER, _first_dimension(db))
    assert target is not None
    assert audit.record_name(db, "development_target", target.target_id) == (
        "Collaboration mindset 3, 2026-09-30"
    )
    assert audit.record_name(db, "development_plan", found.plan_ids[Side.PARTNER]) == "partner"
    condition, params = audit.scope_condition(alliance_id=alliance_id)
    tables = {
        row[0] for row in db.tuples(f"SELECT table_name FROM audit_log WHERE {condition}", params)
    }
    assert {"development_plan", "development_target"} <= tables


def test_plan_notes_make_the_plan_are_audited_found_and_undone(workbook: Workbook):
    db = workbook.db
    alliance_id, _ = _alliance(db)
    before = _rows(db)
    step = development.set_plan_notes(alliance_id, Side.US, "Learning as a habit")
    step.redo(db)
    assert development.plan_notes(db, alliance_id) == {Side.US: "Learning as a habit"}
    assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'development_plan'") == 1
    assert [hit.table for hit in search.search(db, "habit")] == ["development_plan"]
    change = development.set_plan_notes(alliance_id, Side.US, None)
    change.redo(db)
    assert development.plan_notes(db, alliance_id) == {}
    assert db.scalar("SELECT count(*) FROM development_plan") == 1  # the plan stays
    change.undo(db)
    step.undo(db)
    assert _rows(db) == before


def test_too_long_plan_notes_are_refused_before_anything_is_stored(workbook: Workbook):
    db = workbook.db
    alliance_id, _ = _alliance(db)
    with pytest.raises(ValidationError):
        development.set_plan_notes(alliance_id, Side.PARTNER, "x" * (NOTE_MAX + 1))
    assert db.scalar("SELECT count(*) FROM development_plan") == 0
