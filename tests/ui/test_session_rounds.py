"""The store's round operations on the app's undo stack, as the app will wrap them: making a
round and importing a batch of answered questionnaires are each one undo step, taken back
whole and done again with the same ids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import RoundKind, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.questionnaire import XLSX_SHEET
from alliance_desk.reports.questionnaires import write_questionnaires
from alliance_desk.store import responses, rounds
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.session import Session

DAY = dt.date(2026, 3, 2)
ROUND_TABLES = ("questionnaire_round", "round_respondent", "round_answer", "evaluation")


@pytest.fixture
def session(workbook_path: Path, qtbot: QtBot) -> Iterator[Session]:
    session = Session(open_workbook(workbook_path))
    yield session
    session.close()


def rows(session: Session) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: [tuple(row) for row in session.db.query(f"SELECT * FROM {table} ORDER BY id")]
        for table in (*ROUND_TABLES, "evaluation_score")
    }


def test_making_a_round_and_importing_answers_are_undone_whole(
    session: Session, tmp_path: Path, qtbot: QtBot
) -> None:
    partner = session.add(Organisation(name="Kestrel Systems"), "Add partner")
    alliance = session.add(Alliance(partner_id=partner.id, name="Rhine"), "Add alliance")
    slots = [rounds.Slot(Side.US, "Sales"), rounds.Slot(Side.PARTNER, "R&D")]
    creation = rounds.RoundCreation(alliance.id or 0, RoundKind.HEALTH, DAY, slots)
    with qtbot.waitSignal(session.changed):
        session.run("Make round", [creation])
    empty = rows(session)
    files = write_questionnaires(session.db, creation.round_id or 0, tmp_path)
    for path in files:
        book = openpyxl.load_workbook(path)
        answer_rows = [r for r in book[XLSX_SHEET].iter_rows() if r[5].value and r[0].row > 2]
        for row in answer_rows[1:]:
            row[2].value = "4 - Good"
        book.save(path)
    batch = responses.read_responses(session.db, files)
    step = responses.ResponseImport(batch.responses, DAY)
    announced: list[str] = []
    session.changed.connect(announced.append)
    session.run("Import answers", [step])
    answered = rows(session)
    assert len(answered["round_answer"]) == 14 and len(answered["evaluation"]) == 2
    assert {"round_answer", "evaluation", "evaluation_score"} <= set(announced)

    session.undo_stack.undo()
    assert rows(session) == empty
    session.undo_stack.redo()
    assert rows(session) == answered
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert all(not found for found in rows(session).values())
    session.undo_stack.redo()
    assert rows(session) == empty
