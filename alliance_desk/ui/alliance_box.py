"""The window's alliance chooser: every alliance of the workbook, read from a list.

A combo box of its own items makes one Qt item per alliance as the workbook opens,
before the window's first paint (the x5 workbook's 2,500 alliances took 4-5 ms of
``addItem``); this model hands the box only the rows it shows. The box is as wide as
its longest line's letters (laying out every line took longer still), up to a limit;
each line's tip tells it whole.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QListView

from alliance_desk.store.portfolio import AllianceLine

Index = QModelIndex | QPersistentModelIndex
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)  # plain ints: an enum compares slowly
TIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
ID_ROLE = int(Qt.ItemDataRole.UserRole)
MOST_LETTERS = 60  # the chooser's widest; a longer line shows whole as its tip


class AllianceBoxModel(QAbstractListModel):
    """Alliances as "name (partner)", each with its id as ``Qt.UserRole`` data."""

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[AllianceLine] = []
        self._rows: dict[int, int] = {}

    def set_lines(self, lines: list[AllianceLine]) -> None:
        self.beginResetModel()
        self._lines = lines
        self._rows = {line.alliance_id: row for row, line in enumerate(lines)}
        self.endResetModel()

    def longest_line(self) -> int:
        """The letters of the longest line, 0 without alliances."""
        return max((len(line.name) + len(line.partner) for line in self._lines), default=-3) + 3

    def row_of(self, alliance_id: object) -> int:
        """The row of alliance ``alliance_id``, -1 where there is none."""
        return self._rows.get(alliance_id, -1) if isinstance(alliance_id, int) else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (DISPLAY_ROLE, TIP_ROLE):
            return f"{line.name} ({line.partner})"
        if role == ID_ROLE:
            return line.alliance_id
        return None


class AllianceBox(QComboBox):
    """The chooser: as wide as its longest line's letters (Qt multiplies them by one
    letter's width; laying out every line took 19 ms before the first paint of the x5
    workbook), at least 320 px, at most :data:`MOST_LETTERS`."""

    def __init__(self) -> None:
        super().__init__()
        self.lines = AllianceBoxModel()
        self.setModel(self.lines)
        # Every line is one line of the same font: the drop-down list measures one, not
        # each of the x5 workbook's 2,500 (opening it took half the time).
        list_view = self.view()
        if isinstance(list_view, QListView):
            list_view.setUniformItemSizes(True)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumWidth(320)

    def set_lines(self, lines: list[AllianceLine]) -> None:
        self.lines.set_lines(lines)
        self.setMinimumContentsLength(min(self.lines.longest_line(), MOST_LETTERS))

    def choose(self, alliance_id: int) -> None:
        """Make ``alliance_id`` current, where it is in the list."""
        if (row := self.lines.row_of(alliance_id)) >= 0:
            self.setCurrentIndex(row)
