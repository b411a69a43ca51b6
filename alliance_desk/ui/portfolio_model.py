"""The portfolio table: one row per alliance with its partner, type, stage and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from alliance_desk.store.portfolio import AllianceLine
from alliance_desk.ui.labels import label

Index = QModelIndex | QPersistentModelIndex

_RAG_COLOURS = {"green": QColor("#2e7d32"), "amber": QColor("#b26a00"), "red": QColor("#c62828")}


class PortfolioModel(QAbstractTableModel):
    NAME, PARTNER, TYPE, STAGE, STATUS, REASON = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._lines: list[AllianceLine] = []

    def set_lines(self, lines: list[AllianceLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> AllianceLine:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Alliance"),
            self.tr("Partner"),
            self.tr("Type"),
            self.tr("Lifecycle stage"),
            self.tr("Status"),
            self.tr("Reason"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                line.name,
                line.partner,
                label(line.alliance_type),
                label(line.lifecycle_stage),
                label(line.status_rag),
                line.status_reason or "",
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return _RAG_COLOURS[line.status_rag.value]
        return None
