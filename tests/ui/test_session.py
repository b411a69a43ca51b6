"""Edits through the session: committed at once, undone and redone exactly, audited."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.domain.evaluations import Evaluation, EvaluationScore
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, dimensions, framework_by_code
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.preferences import UNDO_STEPS
from alliance_desk.ui.session import AddStep, EditCommand, Session


@pytest.fixture
def session(workbook_path: Path, qtbot: QtBot) -> Iterator[Session]:
    session = Session(open_workbook(workbook_path))
    yield session
    session.close()


def _rows(session: Session, table: str) -> list[dict[str, object]]:
    return [dict(row) for row in session.db.query(f"SELECT * FROM {table} ORDER BY id")]


def _alliance(session: Session) -> Alliance:
    partner = session.add(Organisation(name="Kestrel Systems"), "Add partner")
    return session.add(Alliance(partner_id=partner.id, name="Kestrel co-development"), "Add")


def test_add_is_committed_at_once_and_undoable(session: Session, workbook_path: Path) -> None:
    alliance = _alliance(session)
    # Committed: another connection sees it without any save step.
    import sqlite3

    other = sqlite3.connect(workbook_path)
    assert other.execute("SELECT name FROM alliance").fetchall() == [("Kestrel co-development",)]
    other.close()
    session.undo_stack.undo()
    assert _rows(session, "alliance") == []
    session.undo_stack.redo()
    assert [row["id"] for row in _rows(session, "alliance")] == [alliance.id]


def test_change_undo_redo_and_audit(session: Session, qtbot: QtBot) -> None:
    alliance = _alliance(session)
    with qtbot.waitSignal(session.changed) as blocker:
        session.change(alliance, "Set status", status_rag="red", status_reason="Late launch")
    assert blocker.args == ["alliance"]
    assert _rows(session, "alliance")[0]["status_rag"] == "red"
    session.undo_stack.undo()
    row = _rows(session, "alliance")[0]
    assert (row["status_rag"], row["status_reason"]) == (None, None)  # not assessed again
    session.undo_stack.redo()
    assert _rows(session, "alliance")[0]["status_reason"] == "Late launch"
    changes = [
        (entry["field"], entry["old_value"], entry["new_value"])
        for entry in records.history(session.db, "alliance", alliance.id or 0)
        if entry["change"] == "update"
    ]
    assert ("status_rag", None, "red") in changes
    assert ("status_rag", "red", None) in changes


def test_invalid_change_never_reaches_the_stack(session: Session) -> None:
    alliance = _alliance(session)
    depth = session.undo_stack.count()
    with pytest.raises(ValidationError):
        session.change(alliance, "Bad", health_check_interval_days=2)
    assert session.undo_stack.count() == depth
    assert _rows(session, "alliance")[0]["health_check_interval_days"] == 180


def test_deleting_an_alliance_comes_back_whole(session: Session) -> None:
    alliance = _alliance(session)
    person = session.add(
        Stakeholder(alliance_id=alliance.id, side="partner", name="Mei Tanaka", department="R&D"),
        "Add",
    )
    session.add(
        StakeholderAssessment(
            stakeholder_id=person.id, assessed_on="2026-01-05", power=8, interest=6
        ),
        "Assess",
    )
    framework = framework_by_code(session.db, DEFAULT_EVALUATION)
    evaluation = session.add(
        Evaluation(
            alliance_id=alliance.id,
            framework_id=framework.id,
            evaluated_on="2026-02-01",
            respondent_side="us",
        ),
        "Evaluate",
    )
    dimension = dimensions(session.db, framework.id or 0)[0]
    session.add(
        EvaluationScore(evaluation_id=evaluation.id, dimension_id=dimension.id, score=2),
        "Score",
    )
    session.add(
        Action(alliance_id=alliance.id, title="Fix hand-over", source_evaluation_id=evaluation.id),
        "Act",
    )
    tables = (
        "alliance",
        "stakeholder",
        "stakeholder_assessment",
        "evaluation",
        "evaluation_score",
        "action",
    )
    before = {table: _rows(session, table) for table in tables}
    session.remove(Alliance, alliance.id or 0, "Delete alliance")
    assert all(_rows(session, table) == [] for table in tables)
    session.undo_stack.undo()
    assert {table: _rows(session, table) for table in tables} == before
    session.undo_stack.redo()
    assert _rows(session, "stakeholder") == []


def test_deleting_an_evaluation_restores_the_cleared_action_source(session: Session) -> None:
    alliance = _alliance(session)
    framework = framework_by_code(session.db, DEFAULT_EVALUATION)
    evaluation = session.add(
        Evaluation(
            alliance_id=alliance.id,
            framework_id=framework.id,
            evaluated_on="2026-02-01",
            respondent_side="partner",
        ),
        "Evaluate",
    )
    action = session.add(
        Action(alliance_id=alliance.id, title="Follow up", source_evaluation_id=evaluation.id),
        "Act",
    )
    session.remove(Evaluation, evaluation.id or 0, "Delete evaluation")
    assert records.get(session.db, Action, action.id or 0).source_evaluation_id is None
    session.undo_stack.undo()
    assert records.get(session.db, Action, action.id or 0).source_evaluation_id == evaluation.id


def test_several_edits_as_one_step(session: Session) -> None:
    alliance = _alliance(session)
    depth = session.undo_stack.count()

    steps = [
        AddStep(Stakeholder(alliance_id=alliance.id, side=side, name=name, department="Sales"))
        for name, side in (("Ann Visser", "us"), ("Luc Peeters", "partner"))
    ]
    session.run("Add two stakeholders", steps)
    assert session.undo_stack.count() == depth + 1
    assert len(_rows(session, "stakeholder")) == 2
    session.undo_stack.undo()
    assert _rows(session, "stakeholder") == []
    session.undo_stack.redo()
    assert [row["name"] for row in _rows(session, "stakeholder")] == ["Ann Visser", "Luc Peeters"]


def test_a_refused_step_rolls_back_the_whole_action(session: Session) -> None:
    alliance = _alliance(session)
    depth = session.undo_stack.count()
    steps = [
        AddStep(Stakeholder(alliance_id=alliance.id, side="us", name="Ann", department="Sales")),
        AddStep(Stakeholder(alliance_id=999, side="us", name="Ghost", department="Sales")),
    ]
    with pytest.raises(ValidationError) as caught:
        session.run("Add two", steps)
    assert caught.value.field == "alliance_id"
    assert _rows(session, "stakeholder") == []
    assert session.undo_stack.count() == depth


def test_a_failure_while_undoing_is_reported_not_raised(session: Session, qtbot: QtBot) -> None:
    alliance = _alliance(session)
    # Somebody else removed the alliance behind the session's back.
    session.db.execute("DELETE FROM alliance WHERE id = :id", {"id": alliance.id})
    with qtbot.waitSignal(session.problem) as blocker:
        session.undo_stack.undo()
    assert "alliance" in str(blocker.args[0])


def _live_commands() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, EditCommand))


def test_the_undo_stack_keeps_the_chosen_number_of_steps_and_lets_the_rest_go(
    workbook_path: Path, qtbot: QtBot
) -> None:
    session = Session(open_workbook(workbook_path), undo_steps=10)
    try:
        names = [f"Partner {number}" for number in range(25)]
        for name in names:
            session.add(Organisation(name=name), "Add partner")
        # Ten steps are kept; the fifteen older commands, with what they held, are gone.
        assert session.undo_stack.count() == 10
        assert _live_commands() == 10
        while session.undo_stack.canUndo():
            session.undo_stack.undo()
        left = {row["name"] for row in _rows(session, "organisation")}
        assert left >= set(names[:15]) and not left & set(names[15:])
    finally:
        session.close()
    assert _live_commands() == 0


def test_a_session_keeps_a_hundred_undo_steps_unless_told(session: Session) -> None:
    assert session.undo_stack.undoLimit() == UNDO_STEPS == 100
