"""A development plan's notes written on the maturity page (both plans in one dialog, one undo
step), and the action form showing, setting and clearing the development target an action
supports, as a user does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import Side
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import development, records
from alliance_desk.store.frameworks import DEFAULT_MATURITY, dimensions, framework_by_code
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.follow_up.dialogs import FollowUpDialog
from alliance_desk.ui.views.follow_up.page import FollowUpView
from alliance_desk.ui.views.maturity.page import MaturityView
from alliance_desk.ui.views.maturity.plan_notes_dialog import PlanNotesDialog

Fill = Callable[[QDialog], None]
BY = dt.date(2027, 6, 30)


@pytest.fixture
def alliance_id(session: Session) -> int:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))
    return alliance.id or 0


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    queue: list[Fill] = []

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        return int(dialog.result())

    for kind in (PlanNotesDialog, FollowUpDialog):
        monkeypatch.setattr(kind, "exec", exec_)
    return queue


@pytest.fixture
def maturity(
    session: Session, alliance_id: int, qtbot: QtBot, translation: Translation
) -> Iterator[MaturityView]:
    view = MaturityView()
    qtbot.addWidget(view)
    view.resize(1280, 900)
    view.show()
    view.set_session(session)
    view.set_alliance(alliance_id)
    session.changed.connect(view.on_changed)
    yield view
    view.set_session(None)


def _ok(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def _notes(session: Session) -> dict[str, str | None]:
    return dict(session.db.tuples("SELECT side, notes FROM development_plan ORDER BY side"))


def test_plan_notes_of_both_plans_are_one_undo_step(
    maturity: MaturityView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    panel = maturity.plan_panel
    assert panel.notes_button.isEnabled() and not panel.notes_label.isVisible()

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanNotesDialog)
        assert dialog.side_box.currentData() == "partner"  # nothing chosen: the partner's
        qtbot.keyClicks(dialog.notes_edit, "Agreed with Kestrel's director")
        dialog.side_box.setCurrentIndex(dialog.side_box.findData("us"))
        assert dialog.notes_edit.toPlainText() == ""
        qtbot.keyClicks(dialog.notes_edit, "Learning as a habit")
        _ok(qtbot, dialog.buttons)

    dialogs.append(write)
    qtbot.mouseClick(panel.notes_button, Qt.LeftButton)
    assert _notes(session) == {
        "partner": "Agreed with Kestrel's director",
        "us": "Learning as a habit",
    }
    assert panel.notes_label.isVisible()
    assert panel.notes_label.text() == (
        "Our plan: Learning as a habit\nPartner's plan: Agreed with Kestrel's director"
    )
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert _notes(session) == {}
    assert not panel.notes_label.isVisible()

    # Changing one plan's notes later leaves the other alone; clearing them is a change too.
    session.undo_stack.redo()

    def clear(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanNotesDialog)
        dialog.side_box.setCurrentIndex(dialog.side_box.findData("partner"))
        assert dialog.notes_edit.toPlainText() == "Agreed with Kestrel's director"
        dialog.notes_edit.clear()
        _ok(qtbot, dialog.buttons)

    dialogs.append(clear)
    qtbot.mouseClick(panel.notes_button, Qt.LeftButton)
    assert _notes(session) == {"partner": None, "us": "Learning as a habit"}
    assert panel.notes_label.text() == "Our plan: Learning as a habit"
    session.undo_stack.undo()
    assert _notes(session)["partner"] == "Agreed with Kestrel's director"


def test_the_action_form_shows_sets_and_clears_the_development_target(
    session: Session,
    alliance_id: int,
    qtbot: QtBot,
    dialogs: list[Fill],
    translation: Translation,
) -> None:
    db = session.db
    found = dimensions(db, framework_by_code(db, DEFAULT_MATURITY).id or 0)
    development.set_target(alliance_id, Side.PARTNER, found[0].id or 0, 3, BY).redo(db)
    development.set_target(alliance_id, Side.US, found[1].id or 0, 4, BY).redo(db)
    plans = development.plans(db, alliance_id)
    theirs = plans.target(Side.PARTNER, found[0].id or 0)
    ours = plans.target(Side.US, found[1].id or 0)
    assert theirs and ours
    action = records.insert(
        db,
        Action(alliance_id=alliance_id, title="Coaching", development_target_id=theirs.target_id),
    )
    view = FollowUpView()
    qtbot.addWidget(view)
    view.show()
    view.set_session(session)
    view.set_alliance(alliance_id)
    session.changed.connect(view.on_changed)
    panel = view.panels["action"]

    def relink(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog) and dialog.target is not None
        box = dialog.target
        labels = [box.itemText(index) for index in range(box.count())]
        assert labels == [
            "(none)",
            f"Ours: {found[1].name_en}, level 4 by 30 Jun 2027",
            f"Partner: {found[0].name_en}, level 3 by 30 Jun 2027",
        ]
        assert box.currentText() == labels[2]  # the link it has
        box.setCurrentIndex(1)
        _ok(qtbot, dialog.buttons)

    dialogs.append(relink)
    panel.select(action.id)
    panel.edit()
    assert db.scalar("SELECT development_target_id FROM action") == ours.target_id

    def unlink(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog) and dialog.target is not None
        dialog.target.setCurrentIndex(0)
        _ok(qtbot, dialog.buttons)

    dialogs.append(unlink)
    panel.edit()
    assert db.scalar("SELECT development_target_id FROM action") is None
    session.undo_stack.undo()
    assert db.scalar("SELECT development_target_id FROM action") == ours.target_id
    view.set_session(None)


def test_decisions_name_no_development_target(
    session: Session, alliance_id: int, qtbot: QtBot
) -> None:
    from alliance_desk.domain.follow_up import Decision
    from alliance_desk.ui.views.follow_up.dialogs import blank, targets_of

    assert targets_of(session.db, "decision", alliance_id) is None
    dialog = FollowUpDialog(
        "Decision",
        blank(Decision, alliance_id=alliance_id),
        lambda record: record,
        dt.date(2026, 11, 1),
        None,
        (),
        None,
        targets_of(session.db, "decision", alliance_id),
    )
    qtbot.addWidget(dialog)
    assert dialog.target is None
