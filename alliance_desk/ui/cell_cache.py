"""The values a table model's cells gave, so that each cell is formatted once while shown.

A table view asks a cell for its text when it measures the column (as the table comes
into view, :mod:`alliance_desk.ui.widgets.columns`) and again, with its font, colours and
alignment, every time it paints the cell; the cell functions behind a model format each
number, date and label again on every ask. A :class:`CellCache` keeps what each cell gave
for each role, as they are asked for, until the model's rows change (a reset,
a new order, changed data, rows or columns added, removed or moved) or the interface's
language does (the texts and their notation follow it; a page sets its words again on a
change of language, and some models translate as they are asked).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel

from alliance_desk.ui.language import current_language

KEPT_CELLS = 50_000  # a few screenfuls of every role, many times over


class CellCache:
    """What the cells of one model gave, by (row, column, role)."""

    def __init__(self, model: QAbstractItemModel):
        self._cells: dict[tuple[int, int, int], Any] = {}
        self._language = current_language()
        for signal in (
            model.modelAboutToBeReset,
            model.modelReset,
            model.layoutAboutToBeChanged,
            model.layoutChanged,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.columnsInserted,
            model.columnsRemoved,
            model.columnsMoved,
        ):
            signal.connect(self.clear)

    def clear(self, *_signal_arguments: object) -> None:
        self._cells.clear()

    def kept(self) -> dict[tuple[int, int, int], Any]:
        """The values kept (a model adds what it computes), none from another language."""
        if current_language() != self._language or len(self._cells) >= KEPT_CELLS:
            self._cells.clear()  # memory stays flat while scrolling far
            self._language = current_language()
        return self._cells
