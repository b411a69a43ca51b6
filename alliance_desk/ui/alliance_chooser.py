"""Choosing alliances for an export or a briefing: all of them, or the ones ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from alliance_desk.store.db import Database
from alliance_desk.store.portfolio import alliance_lines

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class AllianceChooser(QWidget):
    """ "All alliances", or a list to tick (the current alliance ticked at first)."""

    changed = Signal()

    def __init__(self, db: Database, current_alliance: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.all_alliances = QCheckBox()
        self.alliances = QListWidget()
        self.alliances.setMinimumHeight(100)
        self.alliances.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.alliances.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for line in alliance_lines(db):
            item = QListWidgetItem(f"{line.name} ({line.partner})")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, line.alliance_id)
            item.setData(NAME_ROLE, line.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = line.alliance_id == current_alliance
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.alliances.addItem(item)
        self.all_alliances.toggled.connect(lambda on: self.alliances.setEnabled(not on))
        self.all_alliances.setChecked(True)
        self.all_alliances.toggled.connect(self.changed)
        self.alliances.itemChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.all_alliances)
        layout.addWidget(self.alliances)
        self.setFocusProxy(self.all_alliances)

    def is_all(self) -> bool:
        return self.all_alliances.isChecked()

    def _ticked(self) -> list[QListWidgetItem]:
        items = (self.alliances.item(row) for row in range(self.alliances.count()))
        return [item for item in items if item.checkState() == Qt.CheckState.Checked]

    def chosen_ids(self) -> tuple[int, ...]:
        """The ids ticked, in list order; empty for all alliances."""
        if self.is_all():
            return ()
        return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in self._ticked())

    def chosen_names(self) -> tuple[str, ...]:
        """The names ticked, in list order; empty for all alliances."""
        if self.is_all():
            return ()
        return tuple(str(item.data(NAME_ROLE)) for item in self._ticked())

    def count(self) -> int:
        """How many alliances the workbook has."""
        return self.alliances.count()
