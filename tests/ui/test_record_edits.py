"""The add, edit and delete every page shares: the form, the question, one undo step each."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from alliance_desk.domain.follow_up import Meeting
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.record import Record
from alliance_desk.store import records
from alliance_desk.ui.record_form import CommitDialog, RecordDialog
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.follow_up.dialogs import blank
from alliance_desk.ui.views.record_edits import (
    Commit,
    add_record,
    delete_record,
    edit_record,
    table_key,
)

FIELDS = ["name", "sector"]
Fill = Callable[[RecordDialog], None]


@pytest.fixture
def user(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    """What the user does in the next forms, in order."""
    queue: list[Fill] = []

    def exec_(dialog: RecordDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    return queue


class Questions:
    """Stands in for QMessageBox.question: answers from ``replies``, keeps what was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str, object]] = []  # title, text, default answer
        self.replies: list[QMessageBox.StandardButton] = []

    def __call__(
        self, parent: object, title: str, text: str, buttons: object, default: object
    ) -> QMessageBox.StandardButton:
        self.asked.append((title, text, default))
        return self.replies.pop(0)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    found = Questions()
    monkeypatch.setattr(QMessageBox, "question", found)
    return found


def type_in(qtbot: QtBot, **values: str) -> Fill:
    def act(dialog: RecordDialog) -> None:
        for name, value in values.items():
            editor = dialog.form.editors[name]
            editor.clear()  # type: ignore[attr-defined]
            qtbot.keyClicks(editor, value)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    return act


def press(button: QDialogButtonBox.StandardButton, qtbot: QtBot) -> Fill:
    def act(dialog: RecordDialog) -> None:
        qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)

    return act


def organisation_form(parent: QWidget) -> Callable[[Record, Commit], CommitDialog]:
    return lambda record, commit: CommitDialog("Organisation", record, FIELDS, commit, parent)


def names(session: Session) -> list[str]:
    return [o.name for o in records.select(session.db, Organisation, order_by="id")]


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_add_stores_what_the_form_says_as_one_undo_step(
    session: Session, parent: QWidget, user: list[Fill], qtbot: QtBot
) -> None:
    before = names(session)
    user.append(type_in(qtbot, name="Kestrel Systems", sector="Semiconductors"))
    added = add_record(
        session,
        organisation_form(parent),
        blank(Organisation, is_own=False),
        lambda record: f"Add {record.name}",  # type: ignore[attr-defined]
    )
    assert added is not None
    stored = records.get(session.db, Organisation, added)
    assert (stored.name, stored.sector) == ("Kestrel Systems", "Semiconductors")
    assert session.undo_stack.undoText() == "Add Kestrel Systems"
    session.undo_stack.undo()
    assert names(session) == before
    session.undo_stack.redo()
    assert names(session) == [*before, "Kestrel Systems"]


def test_a_cancelled_form_stores_nothing(
    session: Session, parent: QWidget, user: list[Fill], qtbot: QtBot
) -> None:
    before, steps = names(session), session.undo_stack.count()
    user.append(press(QDialogButtonBox.StandardButton.Cancel, qtbot))
    added = add_record(
        session, organisation_form(parent), blank(Organisation, is_own=False), lambda r: "Add"
    )
    assert added is None
    kestrel = session.add(Organisation(name="Kestrel"), "Add Kestrel")
    user.append(press(QDialogButtonBox.StandardButton.Cancel, qtbot))
    edit_record(session, organisation_form(parent), kestrel, FIELDS, "Edit Kestrel")
    assert names(session) == [*before, "Kestrel"]
    assert session.undo_stack.count() == steps + 1  # only the add made on purpose


def test_edit_changes_the_form_fields_as_one_undo_step_and_ok_without_change_none(
    session: Session, parent: QWidget, user: list[Fill], qtbot: QtBot
) -> None:
    kestrel = session.add(Organisation(name="Kestrel", country="NL", sector="Chips"), "Add")
    steps = session.undo_stack.count()
    user.append(type_in(qtbot))  # OK, nothing changed
    edit_record(session, organisation_form(parent), kestrel, FIELDS, "Edit Kestrel")
    assert session.undo_stack.count() == steps

    user.append(type_in(qtbot, name="Kestrel Systems"))
    edit_record(
        session,
        organisation_form(parent),
        kestrel,
        FIELDS,
        lambda record: f"Rename to {record.name}",  # type: ignore[attr-defined]
    )
    changed = records.get(session.db, Organisation, kestrel.id or 0)
    assert (changed.name, changed.sector, changed.country) == ("Kestrel Systems", "Chips", "NL")
    assert session.undo_stack.count() == steps + 1
    assert session.undo_stack.undoText() == "Rename to Kestrel Systems"
    session.undo_stack.undo()
    assert records.get(session.db, Organisation, kestrel.id or 0).name == "Kestrel"


def test_a_refused_value_keeps_the_form_open_and_stores_nothing(
    session: Session, parent: QWidget, user: list[Fill], qtbot: QtBot
) -> None:
    kestrel = session.add(Organisation(name="Kestrel"), "Add")
    steps = session.undo_stack.count()
    shown: list[str] = []

    def empty_name_then_cancel(dialog: RecordDialog) -> None:
        type_in(qtbot, name="")(dialog)
        assert dialog.isVisible()  # refused: still open, saying why
        shown.append(dialog.form.problem.text())
        press(QDialogButtonBox.StandardButton.Cancel, qtbot)(dialog)

    user.append(empty_name_then_cancel)
    edit_record(session, organisation_form(parent), kestrel, FIELDS, "Edit")
    assert shown and "Name" in shown[0]
    assert session.undo_stack.count() == steps


def test_delete_asks_first_with_no_as_default_and_undo_brings_it_all_back(
    session: Session, parent: QWidget, questions: Questions
) -> None:
    partner = session.add(Organisation(name="Kestrel"), "Add")
    alliance = session.add(Alliance(partner_id=partner.id, name="Kestrel co-dev"), "Add")
    meeting = session.add(
        Meeting(alliance_id=alliance.id, held_on="2026-10-02", title="Steerco"), "Add"
    )
    questions.replies.append(QMessageBox.StandardButton.No)
    assert not delete_record(parent, session, alliance, "Delete", "Delete it?", "Delete it")
    assert records.get(session.db, Alliance, alliance.id or 0).name == "Kestrel co-dev"
    assert questions.asked == [("Delete", "Delete it?", QMessageBox.StandardButton.No)]

    questions.replies.append(QMessageBox.StandardButton.Yes)
    assert delete_record(parent, session, alliance, "Delete", "Delete it?", "Delete Kestrel")
    assert records.select(session.db, Alliance) == []
    assert records.select(session.db, Meeting) == []  # what belonged to it went along
    assert session.undo_stack.undoText() == "Delete Kestrel"
    session.undo_stack.undo()
    assert records.get(session.db, Meeting, meeting.id or 0).title == "Steerco"


def test_a_refused_deletion_is_told_not_raised(
    session: Session,
    parent: QWidget,
    questions: Questions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partner = session.add(Organisation(name="Kestrel"), "Add")
    session.add(Alliance(partner_id=partner.id, name="Kestrel co-dev"), "Add")
    steps = session.undo_stack.count()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: told.append((title, text))
    )
    questions.replies.append(QMessageBox.StandardButton.Yes)
    # The alliance still names the organisation as its partner.
    assert not delete_record(parent, session, partner, "Delete organisation", "Sure?", "Delete")
    assert names(session)[-1] == "Kestrel"
    assert len(told) == 1 and told[0][0] == "Delete organisation" and told[0][1]
    assert session.undo_stack.count() == steps


def test_table_keys_work_only_where_the_table_has_the_focus(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    table, other = QTableWidget(2, 2), QTableWidget(2, 2)
    layout = QVBoxLayout(page)
    layout.addWidget(table)
    layout.addWidget(other)
    pressed: list[str] = []
    table_key(table, QKeySequence(Qt.Key.Key_Insert), lambda: pressed.append("add"))
    table_key(table, QKeySequence.StandardKey.Delete, lambda: pressed.append("delete"))
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    for widget, key in (
        (table, Qt.Key.Key_Insert),
        (table, Qt.Key.Key_Delete),
        (other, Qt.Key.Key_Delete),
    ):
        widget.setFocus()
        qtbot.keyClick(widget, key)
    assert pressed == ["add", "delete"]
