"""File → Import responses… as a user meets it: choose many files at once, the good ones go
in as one undo step, the refused ones are listed in one dialog with their reasons, and a
respondent who answered before is asked about before anything is replaced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import RoundKind, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.questionnaire import XLSX_SHEET
from alliance_desk.reports.questionnaires import write_questionnaires
from alliance_desk.store import records, responses, rounds
from alliance_desk.ui.dialogs.responses import reason_text
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.session import Session

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, workbook_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(workbook_path)
    yield window
    window.close()


class Asked:
    """What the import asks and reports, and the answers the user gives."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.files: list[Path] = []
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        monkeypatch.setattr(
            QFileDialog,
            "getOpenFileNames",
            lambda *args, **kwargs: ([str(path) for path in self.files], ""),
        )
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)

    def _question(self, parent: object, title: str, text: str, *args: object) -> object:
        self.questions.append(text)
        return self.answer

    def _warning(self, parent: object, title: str, text: str, *args: object) -> object:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    return Asked(monkeypatch)


def _round(session: Session, tmp_path: Path) -> list[Path]:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel"))
    slots = [rounds.Slot(Side.US, "Sales"), rounds.Slot(Side.US, "Finance")]
    slots.append(rounds.Slot(Side.PARTNER, "R&D"))
    creation = rounds.RoundCreation(alliance.id or 0, RoundKind.HEALTH, DAY, slots)
    session.run("Make round", [creation])
    (tmp_path / "out").mkdir()
    return write_questionnaires(session.db, creation.round_id or 0, tmp_path / "out")


def _answer(path: Path, first: object) -> Path:
    book = openpyxl.load_workbook(path)
    asked = [r for r in book[XLSX_SHEET].iter_rows() if r[5].value and r[0].row > 2]
    asked[1][2].value = first  # the first dimension (asked[0] is the header row)
    book.save(path)
    return path


def _answers(session: Session) -> list[tuple[object, ...]]:
    return [tuple(row) for row in session.db.query("SELECT * FROM round_answer ORDER BY id")]


def test_many_files_go_in_as_one_step_and_the_refused_are_listed(
    window: MainWindow, asked: Asked, tmp_path: Path, qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    sales, finance, partner = _round(session, tmp_path)
    not_ours = tmp_path / "holiday.xlsx"
    not_ours.write_bytes(b"not a spreadsheet at all")
    asked.files = [_answer(sales, "4 - Good"), _answer(finance, "9"), partner, not_ours]
    action = window.file_actions.responses_action
    assert action in window.file_menu.actions() and action.isEnabled()

    action.trigger()

    assert len(_answers(session)) == 1  # the one good file
    (report,) = asked.warnings  # one dialog for every refusal
    lines = report.splitlines()
    assert "Imported the answers of 1 file." in lines[0]
    assert "3 files refused; nothing was imported from them:" in lines
    refused = {line.split(": ")[0]: line for line in lines if ": " in line}
    assert "not a level of the scale" in refused[finance.name]
    assert "unfilled" in refused[partner.name]
    assert "not a questionnaire" in refused[not_ours.name]
    assert not asked.questions

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _answers(session) == []  # one undo takes the whole import back
    assert session.db.scalar("SELECT count(*) FROM evaluation") == 0


def test_a_respondent_who_answered_before_is_asked_about_first(
    window: MainWindow, asked: Asked, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    sales, *_ = _round(session, tmp_path)
    asked.files = [_answer(sales, "4 - Good")]
    window.file_actions.responses_action.trigger()
    first = _answers(session)
    assert len(first) == 1 and first[0][3] == 4

    asked.files = [_answer(sales, "2 - Weak")]
    asked.answer = QMessageBox.StandardButton.No
    window.file_actions.responses_action.trigger()
    (question,) = asked.questions
    assert "1 respondent answered before" in question and sales.name in question
    assert _answers(session) == first  # kept, not counted twice

    asked.answer = QMessageBox.StandardButton.Yes
    window.file_actions.responses_action.trigger()
    replaced = _answers(session)
    assert len(replaced) == 1 and replaced[0][3] == 2
    assert not asked.warnings


def test_reasons_read_in_dutch(translation: Translation, tmp_path: Path) -> None:
    refusal = responses.Refusal(
        tmp_path / "a.xlsx",
        "outside_scale",
        "English",
        {"dimension": "Strategic fit", "answer": "9"},
    )
    assert reason_text(refusal) == ("the answer “9” on “Strategic fit” is not a level of the scale")
    translation.switch("nl")
    assert "“9”" in reason_text(refusal) and "schaal" in reason_text(refusal)
    unknown = responses.Refusal(tmp_path / "b.xlsx", "new_reason", "said in English")
    assert reason_text(unknown) == "said in English"
