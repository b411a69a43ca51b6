"""Adding, editing and deleting a record from a page: the form, the question, one undo step.

The pages that list records (meetings, organisations, actions, decisions and
risks, stakeholders, goals, a framework's dimensions) do the same three
things. A new record opens its form on a blank record and is stored on OK;
editing opens the form on the chosen record and changes only the fields of
the form, so OK without a change leaves nothing to undo; deleting asks first,
in a sentence that names the record and what goes with it, with No as the
default answer. Each is one step on the session's undo stack, and a refusal
(a value out of range, a record still referred to, a full disk) is told in a
message box instead of escaping as an error. Insert adds and Delete deletes
when the page's table has the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.session import Session

R = TypeVar("R", bound=Record)
Commit = Callable[[Record], object]
# Makes the form for a record: (the record it starts from, what OK does with the result).
Form = Callable[[R, Commit], QDialog]


def add_record(
    session: Session, form: Form[R], base: R, undo_text: Callable[[R], str]
) -> int | None:
    """Open ``form`` on ``base``; OK stores the new record as one undo step.

    The id of the stored record, or None when the form was cancelled (then
    nothing is stored).
    """
    added: list[int] = []

    def commit(record: Record) -> None:
        stored = session.add(record, undo_text(record))  # type: ignore[arg-type]
        added.append(stored.id or 0)

    if form(base, commit).exec() and added:
        return added[0]
    return None


def edit_record(
    session: Session,
    form: Form[R],
    current: R,
    fields: Sequence[str],
    undo_text: str | Callable[[R], str],
) -> None:
    """Open ``form`` on ``current``; OK changes ``fields`` as one undo step, if any changed."""

    def commit(record: Record) -> None:
        if record == current:  # OK without a change leaves nothing to undo
            return
        text = undo_text if isinstance(undo_text, str) else undo_text(record)  # type: ignore[arg-type]
        session.change(current, text, **{name: getattr(record, name) for name in fields})

    form(current, commit).exec()


def delete_record(
    parent: QWidget,
    session: Session,
    record: Record,
    title: str,
    question: str,
    undo_text: str,
) -> bool:
    """Ask ``question``; on Yes delete ``record`` and what belongs to it as one undo step.

    True if it was deleted. A refusal is told in a message box titled ``title``.
    """
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes or record.id is None:
        return False
    try:
        session.remove(type(record), record.id, undo_text)
    except (ValidationError, WorkbookError) as error:
        QMessageBox.warning(parent, title, describe_refusal(error))
        return False
    return True


def describe_refusal(error: ValidationError | WorkbookError) -> str:
    """Why an edit was refused, as a sentence for a message box."""
    if isinstance(error, WorkbookError):
        return describe_error(error)
    return describe_validation(error)


def table_key(
    table: QWidget, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]
) -> QAction:
    """A key that runs ``slot`` while ``table`` has the focus (Insert adds, Delete deletes)."""
    action = QAction(table)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    table.addAction(action)
    return action
