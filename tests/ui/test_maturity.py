"""The maturity page as a user meets it: assess both organisations through the generated
form and read them side by side, with the gap and the history; undo, edit and delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.maturity.models import LEVEL_ROLE, MaturitySideModel
from alliance_desk.ui.views.maturity.page import MaturityView
from alliance_desk.ui.widgets.score_sheet import ScoredDialog

Fill = Callable[[ScoredDialog], None]
# Collaboration mindset, executive support, evaluation practice, processes and tools,
# dedicated resources, learning: the shipped maturity framework's order.
OURS = [3, 4, 4, 3, 4, 3]
THEIRS = [1, 4, 2, 2, 3, 4]


@pytest.fixture
def alliance(session: Session) -> Alliance:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    return records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))


@pytest.fixture
def view(
    session: Session, alliance: Alliance, qtbot: QtBot, translation: Translation
) -> Iterator[MaturityView]:
    view = MaturityView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.set_session(session)
    view.set_alliance(alliance.id)
    session.changed.connect(view.on_changed)
    yield view
    view.set_session(None)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    queue: list[Fill] = []

    def exec_(dialog: ScoredDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(ScoredDialog, "exec", exec_)
    return queue


def _click_ok(qtbot: QtBot, dialog: ScoredDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def assessment(
    qtbot: QtBot, day: dt.date, assessor: str, levels: list[int | None], comment: str = ""
) -> Fill:
    def fill(dialog: ScoredDialog) -> None:
        dialog.form.editors["assessed_on"].set_value(day)
        qtbot.keyClicks(dialog.form.editors["assessor"], assessor)
        boxes = list(dialog.sheet.score_boxes.values())
        for box, level in zip(boxes, levels, strict=False):
            box.setCurrentIndex(box.findData(level))
        if comment:
            qtbot.keyClicks(list(dialog.sheet.comment_edits.values())[0], comment)
        _click_ok(qtbot, dialog)

    return fill


def _row(model: MaturitySideModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _count(session: Session, table: str) -> int:
    return session.db.scalar(f"SELECT count(*) FROM {table}")


def _assess_both(view: MaturityView, qtbot: QtBot, dialogs: list[Fill]) -> None:
    dialogs.append(assessment(qtbot, dt.date(2026, 3, 1), "Anna de Vries", OURS, "Strong"))
    qtbot.mouseClick(view.assess_own_button, Qt.LeftButton)
    dialogs.append(assessment(qtbot, dt.date(2026, 9, 1), "Anna and Tom", THEIRS))
    qtbot.mouseClick(view.assess_partner_button, Qt.LeftButton)


def test_both_organisations_side_by_side_with_gap(
    view: MaturityView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    assert "not assessed yet" in view.heading.text()
    _assess_both(view, qtbot, dialogs)

    model = view.side_model
    assert model.rowCount() == 6
    assert _row(model, 0) == [
        "Collaboration mindset",
        "3 – Repeatable",
        "1 – Absent",
        "−2  ◆ partner behind",
        "3",
        "1",
    ]
    assert _row(model, 1)[1:4] == [
        "4 – Defined programme",
        "4 – Defined programme",
        "0  same level",
    ]
    assert _row(model, 5)[3] == "+1  ◆ partner ahead"
    assert model.index(0, MaturitySideModel.OURS).data(LEVEL_ROLE) == 3
    font = model.index(0, MaturitySideModel.GAP).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(1, MaturitySideModel.GAP).data(Qt.ItemDataRole.FontRole) is None
    assert "Ours: Our organisation (assessed 2026-03-01)" in view.heading.text()
    assert "Partner: Kestrel Systems (assessed 2026-09-01)" in view.heading.text()
    assert "1 – Absent · 2 – Ad hoc" in view.hint.text()

    log = view.log_model
    assert [log.index(row, 1).data() for row in range(2)] == [
        "Kestrel Systems (partner)",
        "Our organisation (ours)",
    ]
    assert log.index(1, 3).data(Qt.ItemDataRole.ToolTipRole).endswith("Strong")
    assert _count(session, "maturity_assessment") == 2 and _count(session, "maturity_score") == 12
    own_id = session.db.scalar("SELECT id FROM organisation WHERE is_own = 1")
    stored = session.db.query(
        "SELECT level FROM maturity_score JOIN maturity_assessment"
        " ON maturity_assessment.id = maturity_score.assessment_id"
        " WHERE organisation_id = :own ORDER BY dimension_id",
        {"own": own_id},
    )
    assert [row[0] for row in stored] == OURS


def test_a_later_assessment_extends_the_history(
    view: MaturityView, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    _assess_both(view, qtbot, dialogs)
    dialogs.append(assessment(qtbot, dt.date(2026, 11, 1), "Tom", [2, 4, 3, 2, 3, 4]))
    qtbot.mouseClick(view.assess_partner_button, Qt.LeftButton)
    row = _row(view.side_model, 0)
    assert row[2] == "2 – Ad hoc" and row[3] == "−1  ◆ partner behind"
    assert row[5] == "1 → 2"
    tooltip = view.side_model.index(0, MaturitySideModel.THEIR_HISTORY).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tooltip == "2026-09-01: 1 – Absent\n2026-11-01: 2 – Ad hoc"
    assert view.log_model.rowCount() == 3


def test_adding_is_one_undo_step_and_redo_brings_it_back(
    view: MaturityView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    _assess_both(view, qtbot, dialogs)
    session.undo_stack.undo()
    assert _count(session, "maturity_assessment") == 1 and _count(session, "maturity_score") == 6
    assert _row(view.side_model, 0)[2:4] == ["", ""]
    session.undo_stack.redo()
    assert _count(session, "maturity_score") == 12
    assert _row(view.side_model, 0)[3] == "−2  ◆ partner behind"


def test_a_comment_without_a_level_is_refused_and_not_assessed_is_allowed(
    view: MaturityView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    def comment_only(dialog: ScoredDialog) -> None:
        qtbot.keyClicks(list(dialog.sheet.comment_edits.values())[0], "Unsure")
        _click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.form.problem.text().startswith("Collaboration mindset – ")
        assert "a value is required" in dialog.form.problem.text()
        dialog.reject()

    dialogs.append(comment_only)
    qtbot.mouseClick(view.assess_partner_button, Qt.LeftButton)
    assert _count(session, "maturity_assessment") == 0

    dialogs.append(assessment(qtbot, dt.date(2026, 1, 1), "", [None, 2]))
    qtbot.mouseClick(view.assess_partner_button, Qt.LeftButton)
    assert _count(session, "maturity_score") == 1
    assert _row(view.side_model, 1)[2] == "2 – Ad hoc"


def test_edit_and_delete_an_assessment(
    view: MaturityView,
    session: Session,
    qtbot: QtBot,
    dialogs: list[Fill],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _assess_both(view, qtbot, dialogs)
    view.log.selectRow(0)  # the partner's, the newest

    def raise_first(dialog: ScoredDialog) -> None:
        first = list(dialog.sheet.score_boxes.values())[0]
        assert first.currentData() == 1
        first.setCurrentIndex(first.findData(3))
        _click_ok(qtbot, dialog)

    dialogs.append(raise_first)
    qtbot.mouseClick(view.edit_button, Qt.LeftButton)
    assert _row(view.side_model, 0)[2:4] == ["3 – Repeatable", "0  same level"]
    session.undo_stack.undo()
    assert _row(view.side_model, 0)[2] == "1 – Absent"

    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    view.log.selectRow(0)
    view.log.setFocus()
    qtbot.keyClick(view.log, Qt.Key.Key_Delete)
    assert asked and "2026-09-01" in asked[0]
    assert _count(session, "maturity_assessment") == 1 and _count(session, "maturity_score") == 6
    assert _row(view.side_model, 0)[2] == ""
    session.undo_stack.undo()
    assert _count(session, "maturity_score") == 12


def test_without_our_own_organisation_only_the_partner_can_be_assessed(
    view: MaturityView, session: Session
) -> None:
    session.db.execute("UPDATE organisation SET is_own = 0")
    view.reload()
    assert not view.assess_own_button.isEnabled()
    assert view.assess_partner_button.isEnabled()
    assert "No organisation is marked as ours yet." in view.heading.text()


def test_every_model_passes_the_model_tester(
    view: MaturityView,
    qtbot: QtBot,
    dialogs: list[Fill],
    qtmodeltester,  # noqa: ANN001
) -> None:
    qtmodeltester.check(view.side_model)
    _assess_both(view, qtbot, dialogs)
    qtmodeltester.check(view.side_model)
    qtmodeltester.check(view.log_model)
    assert view.log_model.rowCount() == 2


def test_level_names_follow_the_language(
    view: MaturityView, translation: Translation, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    _assess_both(view, qtbot, dialogs)
    translation.switch("nl")
    qtbot.waitUntil(lambda: _row(view.side_model, 0)[0] == "Samenwerkingsmentaliteit")
    assert _row(view.side_model, 0)[1:3] == ["3 – Herhaalbaar", "1 – Afwezig"]
    translation.switch("en")
    qtbot.waitUntil(lambda: _row(view.side_model, 0)[0] == "Collaboration mindset")
