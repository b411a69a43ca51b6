"""Development plans on the maturity page as a user builds them: a target set for the
partner through the dialog, a support action added through the actions form (already
linked), the target missed, then a re-assessment that reaches it; clearing and undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import development, records
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import DEFAULT_MATURITY, dimensions, framework_by_code
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.dialogs.search import SearchDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.follow_up.dialogs import FollowUpDialog
from alliance_desk.ui.views.maturity.page import MaturityView
from alliance_desk.ui.views.maturity.target_dialog import TargetDialog
from alliance_desk.ui.widgets.score_sheet import ScoredDialog

Fill = Callable[[QDialog], None]


@pytest.fixture
def view(session: Session, qtbot: QtBot, translation: Translation) -> Iterator[MaturityView]:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))
    view = MaturityView()
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    view.set_session(session)
    view.set_alliance(alliance.id)
    session.changed.connect(view.on_changed)
    yield view
    view.set_session(None)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    queue: list[Fill] = []

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        return int(dialog.result())

    for kind in (TargetDialog, FollowUpDialog, ScoredDialog):
        monkeypatch.setattr(kind, "exec", exec_)
    return queue


def _ok(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def _partner_row(view: MaturityView, dimension: int = 0) -> int:
    return 2 * dimension + 1  # without targets: ours, then the partner's, per dimension


def _cells(view: MaturityView, row: int) -> list[str]:
    model = view.plan_panel.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _reassess(qtbot: QtBot, day: dt.date, level: int) -> Fill:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ScoredDialog)
        dialog.form.editors["assessed_on"].set_value(day)
        box = list(dialog.sheet.score_boxes.values())[0]
        box.setCurrentIndex(box.findData(level))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)

    return fill


def test_a_plan_built_as_a_user_does_then_reached_by_a_reassessment(
    view: MaturityView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    panel = view.plan_panel
    assert not panel.clear_button.isEnabled() and not panel.support_button.isEnabled()
    dialogs.append(_reassess(qtbot, dt.date(2026, 3, 1), 1))
    qtbot.mouseClick(view.assess_partner_button, Qt.LeftButton)

    # The partner's row of the first dimension: set a target by keyboard in the dialog.
    panel.table.selectRow(_partner_row(view))
    by = dt.date(2026, 9, 30)

    def target(dialog: QDialog) -> None:
        assert isinstance(dialog, TargetDialog)
        assert dialog.side_box.currentData() == "partner"
        dialog.level_box.setCurrentIndex(dialog.level_box.findData(3))
        dialog.date_field.set_value(by)
        qtbot.keyClicks(dialog.note_edit, "Evaluate together")
        _ok(qtbot, dialog.buttons)

    dialogs.append(target)
    qtbot.mouseClick(panel.set_button, Qt.LeftButton)
    row = 0  # the row with a target comes first
    cells = _cells(view, row)
    assert cells[1:5] == ["Partner", "1 – Absent", "3 – Repeatable", "2026-09-30"]
    assert cells[5] == "2  ◆ missed"  # today in the tests is after the date
    font = panel.model.index(row, 5).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert "Partner's plan: 0 of 1 targets reached" in panel.summary.text()

    # A support action through the actions form, already linked to the target.
    assert panel.support_button.isEnabled()

    def action(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog)
        qtbot.keyClicks(dialog.form.editors["title"], "Joint health-check training")
        _ok(qtbot, dialog.buttons)

    dialogs.append(action)
    qtbot.mouseClick(panel.support_button, Qt.LeftButton)
    linked = session.db.query("SELECT title, development_target_id FROM action")
    assert [tuple(r) for r in linked][0][0] == "Joint health-check training"
    assert linked[0][1] is not None
    assert _cells(view, row)[6] == "0 of 1"

    # The partner is assessed again and reaches the level: the target is reached.
    dialogs.append(_reassess(qtbot, dt.date(2026, 11, 1), 3))
    qtbot.mouseClick(view.assess_partner_button, Qt.LeftButton)
    assert _cells(view, row)[5] == "reached"
    assert _cells(view, row)[7] == "1 → 3 ✓"  # the history against the target
    tooltip = panel.model.index(row, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 Mar 2026: 1 (below target)" in tooltip
    assert "1 Nov 2026: 3 (at or above target)" in tooltip
    assert "Partner's plan: 1 of 1 targets reached" in panel.summary.text()

    # Clearing the target is one undo step; undo brings it back with its action linked.
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.clear_button, Qt.LeftButton)
    assert all(_cells(view, r)[3] == "" for r in range(panel.model.rowCount()))
    assert session.db.scalar("SELECT development_target_id FROM action") is None
    session.undo_stack.undo()
    assert _cells(view, row)[3] == "3 – Repeatable"
    assert session.db.scalar("SELECT development_target_id FROM action") is not None


def test_a_target_without_a_date_is_refused_with_a_message(
    view: MaturityView,
    session: Session,
    qtbot: QtBot,
    dialogs: list[Fill],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        "alliance_desk.ui.views.maturity.plan_panel.QMessageBox.warning",
        lambda _parent, _title, text: said.append(text),
    )

    def no_date(dialog: QDialog) -> None:
        assert isinstance(dialog, TargetDialog)
        dialog.date_field.set_value(None)
        _ok(qtbot, dialog.buttons)

    def cancel(dialog: QDialog) -> None:
        dialog.reject()

    dialogs += [no_date, cancel]
    qtbot.mouseClick(view.plan_panel.set_button, Qt.LeftButton)
    assert said == ["Give the date the level should be reached by."]
    assert session.db.scalar("SELECT count(*) FROM development_target") == 0


def _find(
    qapp: QApplication, qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> MainWindow:
    """A window on ``path`` in which Find (Ctrl+F) was asked for ``text`` and its first hit
    taken, as a user does."""
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    window.show()
    window.open_path(path)

    def run_dialog(dialog: SearchDialog) -> int:
        dialog.query.setText(text)
        dialog.run()
        dialog._enter()
        return 1

    monkeypatch.setattr(SearchDialog, "exec", run_dialog)
    window.find_action.trigger()
    return window


def _second_of_two_alliances(db: Database) -> Alliance:
    """Two alliances with one partner; the second, which Find must choose over the first."""
    partner = records.insert(db, Organisation(name="Kestrel"))
    records.insert(db, Alliance(partner_id=partner.id, name="Aardvark logistics"))
    return records.insert(db, Alliance(partner_id=partner.id, name="Zephyr wind farms"))


def test_find_opens_the_target_on_the_maturity_page(
    qapp: QApplication, qtbot: QtBot, workbook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_workbook(workbook_path) as workbook:
        db = workbook.db
        wanted = _second_of_two_alliances(db)
        framework = framework_by_code(db, DEFAULT_MATURITY)
        dimension = dimensions(db, framework.id or 0)[2]
        development.set_target(
            wanted.id or 0, Side.PARTNER, dimension.id or 0, 3, dt.date(2027, 6, 30), "Bootcamp"
        ).redo(db)
    window = _find(qapp, qtbot, workbook_path, monkeypatch, "bootcamp")
    assert window.alliance_box.currentData() == wanted.id
    view = window.current_view()
    assert isinstance(view, MaturityView)
    chosen = view.plan_panel.selected()
    assert chosen is not None and chosen.side is Side.PARTNER
    assert chosen.dimension.id == dimension.id
    window.close_workbook()


def test_find_opens_a_plans_notes_on_the_maturity_page(
    qapp: QApplication, qtbot: QtBot, workbook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_workbook(workbook_path) as workbook:
        db = workbook.db
        wanted = _second_of_two_alliances(db)
        framework = framework_by_code(db, DEFAULT_MATURITY)
        first, second = dimensions(db, framework.id or 0)[:2]
        for side, dimension in ((Side.US, first), (Side.PARTNER, second)):
            development.set_target(
                wanted.id or 0, side, dimension.id or 0, 3, dt.date(2027, 6, 30), None
            ).redo(db)
        development.set_plan_notes(wanted.id or 0, Side.PARTNER, "Mentoring by our CFO").redo(db)
    window = _find(qapp, qtbot, workbook_path, monkeypatch, "mentoring")
    assert window.alliance_box.currentData() == wanted.id
    view = window.current_view()
    assert isinstance(view, MaturityView)  # before: no page took the hit, the window stayed
    chosen = view.plan_panel.selected()
    assert chosen is not None and chosen.side is Side.PARTNER  # Plan notes… opens on theirs
    assert "Mentoring by our CFO" in view.plan_panel.notes_label.text()
    window.close_workbook()
