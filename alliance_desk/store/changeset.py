"""A store operation that changes many records, as one step that can be taken back exactly.

Making a round (the round and its slots) or importing a batch of answered
questionnaires (answers, slots marked answered, each side's result worked out
again) touches many rows. :class:`RecordedOperation` runs such an operation
once, keeps the rows it touched as they were before and after, and can then
put either state back through the same audited :mod:`records` functions, with
the same ids. Its ``redo``/``undo``/``tables`` are what the app's undo stack
asks of a step, so the app wraps it without knowing what it does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.tables import RECORD_TYPE_BY_TABLE, RECORD_TYPES

Key = tuple[str, int]  # table, record id
Rows = dict[Key, dict[str, Any]]

_ORDER = {record_type.TABLE: index for index, record_type in enumerate(RECORD_TYPES)}


def put_state(db: Database, current: Rows, wanted: Rows) -> None:
    """Change the rows of ``current`` into those of ``wanted``: children are deleted before
    their parents, parents inserted or changed before their children, every change
    audited."""
    with db.transaction():
        for key in sorted(current.keys() - wanted.keys(), key=lambda k: (-_ORDER[k[0]], -k[1])):
            records.delete(db, RECORD_TYPE_BY_TABLE[key[0]], key[1])
        # Changed and new rows in one pass, parents first: a changed row may come to refer
        # to a new one (an action linked again to the target that comes back).
        for key in sorted(wanted.keys(), key=lambda k: (_ORDER[k[0]], k[1])):
            record_type = RECORD_TYPE_BY_TABLE[key[0]]
            if key not in current:
                records.insert(db, record_type.from_row(wanted[key]))
            elif wanted[key] != current[key]:
                changes = {name: value for name, value in wanted[key].items() if name != "id"}
                records.update(db, record_type.from_row(current[key]), **changes)


class RecordedOperation:
    """``operation(db)`` the first time it is done; afterwards the rows it left, put back.

    ``picture(db)`` reads every row the operation may touch (before and after it),
    keyed by table and id.
    """

    def __init__(self, operation: Callable[[Database], None], picture: Callable[[Database], Rows]):
        self._operation = operation
        self._picture = picture
        self.before: Rows | None = None
        self.after: Rows | None = None

    @property
    def tables(self) -> set[str]:
        """The tables whose rows it changed (known once it has been done)."""
        before, after = self.before or {}, self.after or {}
        return {key[0] for key in before.keys() | after.keys() if before.get(key) != after.get(key)}

    def redo(self, db: Database) -> None:
        with db.transaction():
            if self.after is None:
                self.before = self._picture(db)
                self._operation(db)
                self.after = self._picture(db)
            else:
                assert self.before is not None
                put_state(db, self._picture(db), self.after)

    def undo(self, db: Database) -> None:
        assert self.before is not None
        with db.transaction():
            put_state(db, self._picture(db), self.before)
