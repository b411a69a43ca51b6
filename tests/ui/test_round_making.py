"""Rounds made and kept on the evaluations page as a user does it: New round… (type, pick,
press OK; undo takes it back whole), changing an open round, answered questionnaires
dropped on the tab, and an action agreed in the joint session with the round as source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import RoundKind, Side
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.questionnaire import XLSX_SHEET
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.reports.questionnaires import write_questionnaires
from alliance_desk.store import follow_up, records, round_results, rounds
from alliance_desk.store.changeset import RecordedOperation
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations.page import EvaluationsView
from alliance_desk.ui.views.evaluations.round_dialog import RoundDialog
from alliance_desk.ui.views.follow_up.dialogs import FollowUpDialog
from alliance_desk.ui.views.follow_up.models import FollowUpModel
from alliance_desk.ui.views.portfolio.page import PortfolioView

DAY = dt.date(2026, 3, 2)
Fill = Callable[[RoundDialog], None]


@pytest.fixture
def alliance(session: Session) -> int:
    db = session.db
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    made = records.insert(db, Alliance(partner_id=partner.id, name="Kestrel"))
    records.insert(
        db,
        Stakeholder(
            alliance_id=made.id,
            side=Side.PARTNER,
            name="Mei Tanaka",
            department="R&D",
            role="Lab lead",
        ),
    )
    records.insert(
        db, Stakeholder(alliance_id=made.id, side=Side.US, name="Anna", department="Sales")
    )
    session.today = lambda: DAY
    assert made.id is not None
    return made.id


@pytest.fixture
def view(qtbot: QtBot, session: Session, alliance: int) -> EvaluationsView:
    view = EvaluationsView()
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    view.set_session(session)
    view.set_alliance(alliance)
    session.changed.connect(view.on_changed)
    view.tabs.setCurrentWidget(view.rounds)
    return view


@pytest.fixture
def round_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    """What the user does in the next round dialogs, in order."""
    queue: list[Fill] = []

    def exec_(dialog: RoundDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(RoundDialog, "exec", exec_)
    return queue


def press_ok(qtbot: QtBot, dialog: RoundDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_a_round_is_made_as_a_user_fills_the_dialog_and_undone_whole(
    qtbot: QtBot, view: EvaluationsView, session: Session, round_dialogs: list[Fill]
) -> None:
    panel = view.rounds
    assert panel.new_button.isEnabled()

    def fill(dialog: RoundDialog) -> None:
        dialog.activateWindow()
        assert dialog.focusWidget() is dialog.kind_box
        first = dialog.rows.rows[0]
        qtbot.keyClicks(first.department.lineEdit(), "Sales")
        qtbot.keyClicks(first.role, "Account manager")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        second = dialog.rows.rows[1]
        assert second.department.currentText() == "Sales"  # a copy of the row above
        assert dialog.focusWidget() in (second.department, second.department.lineEdit())
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        third = dialog.rows.rows[2]
        # Picking a stakeholder of the map fills side, department and role.
        third.stakeholder.setFocus()
        while not third.stakeholder.currentText().startswith("Mei Tanaka"):
            qtbot.keyClick(third.stakeholder, Qt.Key.Key_Down)
        assert third.chosen_side() is Side.PARTNER
        assert (third.department.currentText(), third.role.text()) == ("R&D", "Lab lead")
        # One row too many: removed again with its button.
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        fourth = dialog.rows.rows[3]
        assert fourth.remove is not None
        qtbot.mouseClick(fourth.remove, Qt.MouseButton.LeftButton)
        assert len(dialog.rows.rows) == 3
        press_ok(qtbot, dialog)

    round_dialogs.append(fill)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)

    (made,) = rounds.rounds_of(session.db, view.alliance_id or 0)
    assert (made.kind, made.held_on, made.deadline) == (
        RoundKind.HEALTH,
        DAY,
        DAY + dt.timedelta(days=21),
    )
    slots = rounds.respondents(session.db, made.id or 0)
    assert [(s.side, s.department, s.role, s.anonymous) for s in slots] == [
        (Side.US, "Sales", "Account manager", True),
        (Side.US, "Sales", "Account manager", True),
        (Side.PARTNER, "R&D", "Lab lead", True),
    ]
    assert slots[2].stakeholder_id is not None
    assert panel.round_model.rowCount() == 1 and panel.chosen_round() == made.id

    session.undo_stack.undo()
    assert rounds.rounds_of(session.db, view.alliance_id or 0) == []
    assert session.db.scalar("SELECT count(*) FROM round_respondent") == 0
    assert panel.round_model.rowCount() == 0


def test_a_self_assessment_of_the_partner_asks_only_the_partner_and_needs_departments(
    qtbot: QtBot, view: EvaluationsView, session: Session, round_dialogs: list[Fill]
) -> None:
    said: list[str] = []

    def fill(dialog: RoundDialog) -> None:
        dialog.kind_box.setCurrentIndex(1)  # maturity self-assessment of the partner
        row = dialog.rows.rows[0]
        assert row.chosen_side() is Side.PARTNER and not row.side.isEnabled()
        press_ok(qtbot, dialog)  # no department yet: refused, the dialog stays
        said.append(dialog.problem.text())
        assert dialog.isVisible()
        qtbot.keyClicks(row.department.lineEdit(), "Finance")
        press_ok(qtbot, dialog)

    round_dialogs.append(fill)
    qtbot.mouseClick(view.rounds.new_button, Qt.MouseButton.LeftButton)

    assert said == ["Respondent 1: give the department."]
    (made,) = rounds.rounds_of(session.db, view.alliance_id or 0)
    assert made.kind is RoundKind.MATURITY
    assert [s.side for s in rounds.respondents(session.db, made.id or 0)] == [Side.PARTNER]


def _make_round(session: Session, alliance: int) -> int:
    slots = [rounds.Slot(Side.US, "Sales"), rounds.Slot(Side.PARTNER, "R&D")]
    creation = rounds.RoundCreation(alliance, RoundKind.HEALTH, DAY, slots, DAY)
    session.run("Make round", [creation])
    assert creation.round_id is not None
    return creation.round_id


def test_an_open_round_takes_a_new_deadline_and_respondent_in_one_step(
    qtbot: QtBot, view: EvaluationsView, session: Session, round_dialogs: list[Fill]
) -> None:
    round_id = _make_round(session, view.alliance_id or 0)
    later = DAY + dt.timedelta(days=10)

    def fill(dialog: RoundDialog) -> None:
        assert len(dialog.rows.rows) == 2 and not dialog.rows.rows[0].department.isEnabled()
        assert not dialog.kind_box.isEnabled()
        dialog.deadline.set_value(later)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.rows.rows[2].department.lineEdit(), "Legal")
        press_ok(qtbot, dialog)

    round_dialogs.append(fill)
    qtbot.mouseClick(view.rounds.change_button, Qt.MouseButton.LeftButton)

    assert records.get(session.db, rounds.QuestionnaireRound, round_id).deadline == later
    departments = [s.department for s in rounds.respondents(session.db, round_id)]
    assert departments == ["Sales", "Legal", "R&D"]
    session.undo_stack.undo()
    assert records.get(session.db, rounds.QuestionnaireRound, round_id).deadline == DAY
    assert len(rounds.respondents(session.db, round_id)) == 2


def test_closing_and_deleting_a_round_from_the_tab(
    qtbot: QtBot, view: EvaluationsView, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    round_id = _make_round(session, view.alliance_id or 0)
    panel = view.rounds
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert records.get(session.db, rounds.QuestionnaireRound, round_id).status == "closed"
    assert panel.close_button.text() == "Reopen round"
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    panel.round_table.setFocus()
    qtbot.keyClick(panel.round_table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and rounds.rounds_of(session.db, view.alliance_id or 0) == []
    session.undo_stack.undo()
    assert len(rounds.respondents(session.db, round_id)) == 2


def _answered(session: Session, round_id: int, folder: Path) -> list[Path]:
    folder.mkdir()
    written = write_questionnaires(session.db, round_id, folder)
    for path in written:
        book = openpyxl.load_workbook(path)
        asked = [r for r in book[XLSX_SHEET].iter_rows() if r[5].value and r[0].row > 2]
        asked[1][2].value = "4 - Good"
        book.save(path)
    return written


def _drop(panel: object, paths: list[Path]) -> tuple[bool, bool]:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(20, 20).toPoint(), action, data, buttons, keys)
    QApplication.sendEvent(panel, enter)  # type: ignore[arg-type]
    drop = QDropEvent(QPointF(20, 20), action, data, buttons, keys)
    QApplication.sendEvent(panel, drop)  # type: ignore[arg-type]
    return enter.isAccepted(), drop.isAccepted()


def test_questionnaires_dropped_on_the_tab_are_imported_as_one_step(
    view: EvaluationsView, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    round_id = _make_round(session, view.alliance_id or 0)
    ours, theirs = _answered(session, round_id, tmp_path / "answers")
    stray = tmp_path / "notes.xlsx"
    stray.write_bytes(b"not a spreadsheet")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))

    # A folder and a file in one drop: the good ones go in, the stray one is refused.
    assert _drop(view.rounds, [tmp_path / "answers", stray]) == (True, True)

    slots = rounds.respondents(session.db, round_id)
    assert all(slot.answered_on is not None for slot in slots)
    (report,) = warned
    assert "notes.xlsx" in report and "Imported the answers of 2 files." in report
    session.undo_stack.undo()
    assert session.db.scalar("SELECT count(*) FROM round_answer") == 0


def test_a_drop_of_something_else_is_not_taken(view: EvaluationsView) -> None:
    data = QMimeData()
    data.setText("just text")
    enter = QDragEnterEvent(
        QPointF(20, 20).toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.rounds, enter)
    assert not enter.isAccepted()


def test_an_agreed_action_names_the_round_as_source(
    qtbot: QtBot, view: EvaluationsView, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    round_id = _make_round(session, view.alliance_id or 0)
    shown: list[str] = []

    def exec_(dialog: RecordDialog) -> int:
        dialog.show()
        assert isinstance(dialog, FollowUpDialog) and dialog.source is not None
        shown.append(dialog.source.currentText())
        qtbot.keyClicks(dialog.form.editors["title"], "Discuss the R&D gap jointly")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    qtbot.mouseClick(view.rounds.action_button, Qt.MouseButton.LeftButton)

    (action,) = records.select(session.db, Action)
    assert (action.title, action.source_round_id) == ("Discuss the R&D gap jointly", round_id)
    assert shown == ["Round 2026-03-02: Health check"]
    # The actions page shows where it came from, as it shows a meeting or a health check.
    model = FollowUpModel(session.db, follow_up.ACTIONS)
    model.apply(follow_up.Filter(), DAY)
    source = model.index(0, model.column_of("source")).data()
    assert source == "Round 2026-03-02: Health check"


def test_a_round_past_its_deadline_is_in_the_reminder_and_leads_to_its_tab(
    qapp: QApplication, qtbot: QtBot, workbook_path: Path
) -> None:
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(workbook_path)
    session = window.session
    assert session is not None
    today = session.today()
    partner = session.add(Organisation(name="Kestrel Systems"), "New partner")
    alliance = session.add(Alliance(partner_id=partner.id, name="Kestrel"), "New alliance")
    slots = [rounds.Slot(Side.US, "Sales"), rounds.Slot(Side.PARTNER, "R&D")]
    late = rounds.RoundCreation(
        alliance.id or 0,
        RoundKind.HEALTH,
        today - dt.timedelta(days=30),
        slots,
        today - dt.timedelta(days=2),
    )
    soon = rounds.RoundCreation(
        alliance.id or 0, RoundKind.HEALTH, today, slots[:1], today + dt.timedelta(days=3)
    )
    later = rounds.RoundCreation(
        alliance.id or 0, RoundKind.HEALTH, today, slots[:1], today + dt.timedelta(days=30)
    )
    session.run("Make rounds", [late, soon, later])
    portfolio = window.views[0]
    assert isinstance(portfolio, PortfolioView)
    window.navigation.setCurrentRow(0)

    text = portfolio.reminder.text()
    assert portfolio.reminder.isVisible()
    assert "Kestrel: 2 of 2 questionnaires not answered, deadline" in text
    assert "passed" in text and f"round:{late.round_id}" in text
    assert f"round:{soon.round_id}" in text and f"round:{later.round_id}" not in text

    portfolio.reminder.linkActivated.emit(f"round:{late.round_id}")

    page = window.current_view()
    assert isinstance(page, EvaluationsView)
    assert page.tabs.currentWidget() is page.rounds
    assert page.rounds.chosen_round() == late.round_id
    assert window.alliance_box.currentData() == alliance.id
    window.close()


@pytest.mark.parametrize(
    ("language", "mean", "gap"), [("en", "3.7", "+1.7"), ("nl", "3,7", "+1,7")]
)
def test_a_rounds_means_show_one_decimal_in_the_log_the_gaps_and_the_trend(
    view: EvaluationsView,
    session: Session,
    translation: Translation,
    language: str,
    mean: str,
    gap: str,
) -> None:
    translation.switch(language)
    slots = [rounds.Slot(Side.US, "Sales")] * 3 + [rounds.Slot(Side.PARTNER, "R&D")]
    creation = rounds.RoundCreation(view.alliance_id or 0, RoundKind.HEALTH, DAY, slots)
    session.run("Make round", [creation])
    made = records.get(session.db, rounds.QuestionnaireRound, creation.round_id or 0)
    first = made.framework_snapshot.dimensions[0].id
    for slot, score in zip(rounds.respondents(session.db, made.id or 0), (3, 4, 4, 2), strict=True):
        round_results.put_answers(session.db, slot, {first: (score, None)}, DAY)
    session.run(
        "Answers",
        [
            RecordedOperation(
                lambda db: round_results.refresh_results(db, made.id or 0),
                lambda db: rounds.picture(db, made.id),
            )
        ],
    )
    view.reload()

    log = view.log_model
    cells = {
        log.index(row, column).data()
        for row in range(log.rowCount())
        for column in range(log.columnCount())
    }
    assert mean in cells and "2" in cells  # the partner's single answer stays whole
    assert not any(isinstance(cell, str) and ("3.67" in cell or "3,67" in cell) for cell in cells)
    gaps = view.gap_panel.table.model()
    row = [gaps.index(0, column).data() for column in range(gaps.columnCount())]
    assert row[1:3] == [mean, "2"] and row[3].startswith(gap)
    assert view.trend.chart.value_text(11 / 3) == mean


def test_editing_a_rounds_evaluation_keeps_its_means(
    view: EvaluationsView, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    slots = [rounds.Slot(Side.US, "Sales")] * 3
    creation = rounds.RoundCreation(view.alliance_id or 0, RoundKind.HEALTH, DAY, slots)
    session.run("Make round", [creation])
    made = records.get(session.db, rounds.QuestionnaireRound, creation.round_id or 0)
    first = made.framework_snapshot.dimensions[0].id
    for slot, score in zip(rounds.respondents(session.db, made.id or 0), (3, 4, 4), strict=True):
        round_results.put_answers(session.db, slot, {first: (score, None)}, DAY)
    round_results.refresh_results(session.db, made.id or 0)
    view.reload()
    shown: list[str] = []

    def exec_(dialog: RecordDialog) -> int:
        dialog.show()
        box = dialog.sheet.score_boxes[first]  # type: ignore[attr-defined]
        shown.append(box.currentText())
        dialog.form.editors["remarks"].setPlainText("Discussed on 9 March")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    view.log.selectRow(0)
    view.edit_evaluation()

    assert shown == ["3.7 (mean of a round)"]
    stored = session.db.query_one(
        "SELECT evaluation.remarks, evaluation_score.score FROM evaluation_score"
        " JOIN evaluation ON evaluation.id = evaluation_score.evaluation_id"
        " WHERE evaluation.round_id = :id AND dimension_id = :d",
        {"id": made.id, "d": first},
    )
    assert stored is not None and tuple(stored) == ("Discussed on 9 March", 3.67)
