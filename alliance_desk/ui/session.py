"""The open workbook as the user interface sees it: edits as undoable commands.

Every edit goes through :class:`Session`: it becomes a ``QUndoCommand`` on
the session's undo stack, runs as one transaction (committed at once, there
is no "save"), and announces the tables it touched through ``changed`` so
views can refresh. Undo and redo run through the same store functions, so
the audit trail records them too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from alliance_desk.domain.validation_error import ValidationError
from alliance_desk.store import snapshot
from alliance_desk.store.db import Database
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.workbook import Workbook
from alliance_desk.ui.preferences import UNDO_STEPS

if TYPE_CHECKING:  # the operations of many records: only the commands that run one import it
    from alliance_desk.domain.record import Record
    from alliance_desk.store.changeset import RecordedOperation

# The record rules (alliance_desk.store.records and what it imports) come with the first
# edit: a workbook opens and paints without them (issue 15, start-up).
R = TypeVar("R", bound="Record")


class Session(QObject):
    """One open workbook, its undo stack and its change notifications."""

    changed = Signal(str)  # the table whose rows changed
    problem = Signal(object)  # an error while undoing or redoing from the stack
    closing = Signal()  # the workbook is about to close: let go of the session

    def __init__(
        self, workbook: Workbook, parent: QObject | None = None, undo_steps: int = UNDO_STEPS
    ):
        super().__init__(parent)
        self.workbook = workbook
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(undo_steps)  # the oldest step goes when one more comes
        self.today: Callable[[], dt.date] = dt.date.today

    @property
    def db(self) -> Database:
        return self.workbook.db

    def announce(self, *tables: str) -> None:
        for table in dict.fromkeys(tables):
            self.changed.emit(table)

    # Edits -------------------------------------------------------------------

    def add(self, record: R, text: str) -> R:
        """Store a new record (undoable); return it with its id."""
        step = AddStep(record)
        self.run(text, [step])
        assert step.stored is not None
        return step.stored  # type: ignore[return-value]

    def change(self, record: R, text: str, **changes: Any) -> R:
        """Change fields of a stored record (undoable); return the changed record."""
        step = ChangeStep(self.db, record, changes)
        self.run(text, [step])
        return step.result  # type: ignore[return-value]

    def remove(self, record_type: type[Record], record_id: int, text: str) -> None:
        """Delete a record and what belongs to it (undoable: all of it comes back)."""
        self.run(text, [RemoveStep(record_type, record_id)])

    def run(self, text: str, steps: Sequence[Step | RecordedOperation]) -> None:
        """Steps as one user action: one transaction, one undo step.

        The steps run here first, so a refusal (an invalid value, a full disk)
        reaches the caller as an exception and nothing lands on the stack.
        """
        command = EditCommand(self, text, list(steps))
        command.apply(undo=False)
        self.undo_stack.push(command)

    def close(self) -> None:
        self.closing.emit()
        self.undo_stack.clear()
        self.workbook.close()


class Step:
    """One change to the workbook that knows how to take itself back."""

    tables: set[str]

    def redo(self, db: Database) -> None:
        raise NotImplementedError

    def undo(self, db: Database) -> None:
        raise NotImplementedError


class AddStep(Step):
    def __init__(self, record: Record):
        self.record = record  # validated when it was made
        self.stored: Record | None = None
        self.tables = {record.TABLE}

    def redo(self, db: Database) -> None:
        from alliance_desk.store import records

        # The second time round the record comes back under the same id.
        self.stored = records.insert(db, self.stored or self.record)

    def undo(self, db: Database) -> None:
        from alliance_desk.store import records

        assert self.stored is not None and self.stored.id is not None
        records.delete(db, type(self.stored), self.stored.id)


class ChangeStep(Step):
    def __init__(self, db: Database, record: Record, changes: dict[str, Any]):
        from alliance_desk.store import records

        self.before = records.get(db, type(record), record.id or 0)
        self.result = self.before.with_changes(**changes)  # refuses invalid values here
        self.tables = {record.TABLE}

    def redo(self, db: Database) -> None:
        from alliance_desk.store import records

        self.result = records.update(db, self.before, **_fields(self.result))

    def undo(self, db: Database) -> None:
        from alliance_desk.store import records

        records.update(db, self.result, **_fields(self.before))


class RemoveStep(Step):
    def __init__(self, record_type: type[Record], record_id: int):
        self.record_type = record_type
        self.record_id = record_id
        self.kept: snapshot.Snapshot | None = None
        self.tables = {record_type.TABLE}

    def redo(self, db: Database) -> None:
        from alliance_desk.store import records

        self.kept = snapshot.take(db, self.record_type.TABLE, self.record_id)
        records.delete(db, self.record_type, self.record_id)
        self.tables = {table for table, _ in self.kept.rows} | {
            table for table, *_ in self.kept.cleared
        }

    def undo(self, db: Database) -> None:
        assert self.kept is not None
        snapshot.put_back(db, self.kept)


class EditCommand(QUndoCommand):
    """What the undo stack holds: steps run in one transaction, announced afterwards."""

    def __init__(self, session: Session, text: str, steps: list[Step | RecordedOperation]):
        super().__init__(text)
        self.session = session
        self.steps = steps
        self.applied = False

    def apply(self, undo: bool) -> None:
        with self.session.db.transaction():
            for step in reversed(self.steps) if undo else self.steps:
                (step.undo if undo else step.redo)(self.session.db)
        self.applied = not undo
        self._announce()

    def redo(self) -> None:
        if not self.applied:  # the first redo happened in Session.run
            self._from_stack(undo=False)

    def undo(self) -> None:
        self._from_stack(undo=True)

    def _from_stack(self, undo: bool) -> None:
        # Called by Qt: an exception cannot travel back through C++, so it is reported.
        try:
            self.apply(undo)
        except (WorkbookError, ValidationError) as error:
            self.session.problem.emit(error)
        self.applied = not undo

    def _announce(self) -> None:
        self.session.announce(*sorted(set().union(*(step.tables for step in self.steps))))


def _fields(record: Record) -> dict[str, Any]:
    row = record.to_row()
    row.pop("id")
    return row
