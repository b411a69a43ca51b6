"""The text alternative of a chart: what it draws, as a table, one toggle away.

A chart speaks to the eye only. :class:`ChartWithTable` holds a drawing and a
table of the same items and shows one of them; its toggle button ("Show as
table", pressed while the table shows; Tab or Alt+T reach it) swaps them, and
the table is what a keyboard or screen-reader user reads, cell by cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from alliance_desk.ui.widgets.columns import fit_columns


class ChartWithTable(QStackedWidget):
    """``chart`` and a table of its items; :meth:`set_rows` fills the table."""

    def __init__(self, chart: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        fit_columns(self.table, [1])  # who answered takes the room date and score leave
        self.addWidget(chart)
        self.addWidget(self.table)
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show)
        self.retranslate()

    def showing_table(self) -> bool:
        return self.currentWidget() is self.table

    def _show(self, table: bool) -> None:
        shown: QWidget = self.table if table else self.chart
        had_focus = self.chart.hasFocus() or self.table.hasFocus()
        self.setCurrentWidget(shown)
        if had_focus:
            shown.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(headers))
        for row in rows:
            items = []
            for text in row:
                item = QStandardItem(text)
                item.setEditable(False)
                items.append(item)
            self.model.appendRow(items)

    def rows(self) -> list[list[str]]:
        """The table's cells, row by row."""
        return [
            [self.model.item(row, column).text() for column in range(self.model.columnCount())]
            for row in range(self.model.rowCount())
        ]

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("Show as &table"))
        self.toggle.setToolTip(
            self.tr("What the chart shows, as a table the keyboard and screen readers can read")
        )
