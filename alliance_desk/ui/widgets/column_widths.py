"""How wide a column's first rows need it to be (for :mod:`alliance_desk.ui.widgets.columns`).

Qt's own measure, ``sizeHintForColumn``, asks the delegate for the full size hint of every
sampled cell: eight or so roles read from the model and a text layout per cell, which was
most of a page switch's measuring. Here a cell of a table gives only its text and font; the
text is measured with the font's metrics (kept per font), and the delegate is asked once per
column, for the cell with the widest text, for the room around the text (margins, focus
frame). The result equals Qt's for a table whose cells are text. A column whose first
sampled cell has an icon or a check box, a column with a delegate of its own and trees
(indentation, branches) are measured by Qt, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

SAMPLE_ROWS = 25  # rows measured: about a screenful

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)  # ints: the roles as a model's data() gets them
_FONT = int(Qt.ItemDataRole.FontRole)
_DECORATION = Qt.ItemDataRole.DecorationRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_LINES = re.compile("[\n\u2028]")  # Qt breaks a cell's text at both


def sample_rows(view: QAbstractItemView) -> list[int]:
    """The rows measured: up to :data:`SAMPLE_ROWS` shown rows from the top of the view, as
    Qt's own measure takes them (the whole table when it has no more)."""
    model = view.model()
    if model is None:
        return []
    count = model.rowCount(view.rootIndex())
    first = max(view.rowAt(0), 0) if isinstance(view, QTableView) else 0
    rows: list[int] = []
    for row in range(first, count):
        if isinstance(view, QTableView) and view.isRowHidden(row):
            continue
        rows.append(row)
        if len(rows) == SAMPLE_ROWS:
            break
    return rows


def option_of(view: QAbstractItemView) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return option


def measured_by_text(view: QAbstractItemView, column: int) -> bool:
    """Whether this module measures ``column`` (else Qt's ``sizeHintForColumn`` does)."""
    return (
        isinstance(view, QTableView)
        and view.itemDelegateForColumn(column) is None
        and type(view.itemDelegate()) is QStyledItemDelegate
    )


class ColumnWidths:
    """The widths the sampled rows of one view need, one column at a time."""

    def __init__(self, view: QTableView, rows: Sequence[int], lines: int):
        self.view = view
        self.rows = rows
        self.lines = lines
        self.option = option_of(view)
        # natural() is asked only of the columns measured_by_text(): Qt's own delegate.
        self.delegate = cast(QStyledItemDelegate, view.itemDelegate())
        self.slack = 1 if view.showGrid() else 0  # Qt's room for the grid line
        self.locale = self.option.locale
        self.plain = QFontMetrics(self.option.font)  # cells without a font of their own
        self._metrics: dict[str, QFontMetrics] = {}

    def natural(self, column: int, wrapped: bool) -> int:
        """The width the sampled cells of ``column`` need on one line, or with ``wrapped``
        the narrower width at which each fits on the view's ``lines`` lines."""
        model = self.view.model()
        root = self.view.rootIndex()
        if not self.rows:
            return 0
        first = model.index(self.rows[0], column, root)
        if first.data(_DECORATION) is not None or first.data(_CHECK) is not None:
            # A column of icons or check boxes (its first cell tells): Qt measures it.
            return self.view.sizeHintForColumn(column)
        # A model of the app's own gives its cells' values without a model index each.
        cell_value = getattr(model, "cell_value", None) if not root.isValid() else None
        cells: list[tuple[int, str, QFontMetrics, int]] = []
        for row in self.rows:
            if cell_value is not None:
                value, font = cell_value(row, column, _DISPLAY), cell_value(row, column, _FONT)
            else:
                index = model.index(row, column, root)
                value, font = index.data(_DISPLAY), index.data(_FONT)
            if value is None or value == "":
                continue
            text = (
                value if isinstance(value, str) else self.delegate.displayText(value, self.locale)
            )
            metrics = self.plain if font is None else self.metrics(font)
            width = max(metrics.horizontalAdvance(line) for line in _LINES.split(text))
            cells.append((width, text, metrics, row))
        if not cells:
            return 0
        widest = max(cells, key=lambda cell: cell[0])
        # The room around the text, as the delegate lays out the widest cell.
        widest_index = model.index(widest[3], column, root)
        padding = self.delegate.sizeHint(self.option, widest_index).width() - widest[0]
        # One pixel against rounding: a text a fraction narrower may round up.
        one_line = widest[0] + padding + (1 if len(cells) > 1 else 0)
        if not wrapped or self.lines < 2:
            return one_line + self.slack
        # Room for the grid line and for rounding in Qt's own line breaking.
        wrap_slack = 3 if self.view.showGrid() else 2
        wrapped_width = max(
            padding + narrowest_wrap(text, metrics, self.lines) + wrap_slack
            for _width, text, metrics, _index in cells
        )
        return min(one_line + self.slack, wrapped_width)

    def metrics(self, font: object) -> QFontMetrics:
        if not isinstance(font, QFont):
            return self.plain
        key = font.key()
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = QFontMetrics(font)
        return found


def narrowest_wrap(text: str, metrics: QFontMetrics, lines: int) -> int:
    """The narrowest width at which ``text`` wraps at spaces into at most ``lines`` lines."""
    words = text.split()
    whole = metrics.horizontalAdvance(text)
    if lines < 2 or len(words) < 2:
        return whole
    widest_word = max(metrics.horizontalAdvance(word) for word in words)
    if lines == 2:
        # Greedy filling fits two lines at a width exactly when some split of the words
        # does: the narrowest is the best split's wider line (measured as filling would).
        best = min(
            max(
                metrics.horizontalAdvance(" ".join(words[:split])),
                metrics.horizontalAdvance(" ".join(words[split:])),
            )
            for split in range(1, len(words))
        )
        return max(widest_word, min(best, whole))
    low, high = widest_word, whole
    while low < high:  # the fewest pixels at which greedy filling needs no more lines
        middle = (low + high) // 2
        if _lines_needed(words, metrics, middle) <= lines:
            high = middle
        else:
            low = middle + 1
    return low


def _lines_needed(words: list[str], metrics: QFontMetrics, width: int) -> int:
    count, line = 1, ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(candidate) > width:
            count, line = count + 1, word
        else:
            line = candidate
    return count
