"""The table of the organisations page: ours first, then every partner by name.

Its rows are the lines of :func:`alliance_desk.store.organisations.overview`,
with how many alliances each organisation is the partner in and how many of
its people are on the stakeholder maps. Those counts are read for the rows the
view asks for, :data:`COUNTED_TOGETHER` at a time: the first visit to the page
of the x5 workbook counted them for all 2,501 organisations.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from alliance_desk.store import organisations

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex
Counts = Callable[[Sequence[int]], dict[int, tuple[int, int]]]
COUNTED_TOGETHER = 100  # rows whose counts are read at once (more than a screenful)


def _no_counts(_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    return {}


class OrganisationsModel(QAbstractTableModel):
    """The organisations of :func:`alliance_desk.store.organisations.overview`, one per row;
    ``counts_read`` counts the organisations whose counts were read."""

    COLUMN_KEYS = ("name", "sector", "country", "alliances", "stakeholders")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.lines: list[organisations.ListedOrganisation] = []
        self._read_counts: Counts = _no_counts
        self._counts: dict[int, tuple[int, int]] = {}
        self.counts_read = 0

    def set_lines(
        self, lines: list[organisations.ListedOrganisation], read_counts: Counts = _no_counts
    ) -> None:
        """Show ``lines``; ``read_counts`` reads the counts of the organisations shown."""
        self.beginResetModel()
        self.lines = list(lines)
        self._read_counts = read_counts
        self._counts = {}
        self.endResetModel()

    def counts(self, row: int) -> tuple[int, int]:
        """The alliances and the people of the organisation in ``row`` (read with the rows
        around it if not yet)."""
        organisation_id = self.lines[row].organisation_id
        if organisation_id not in self._counts:
            first = row - row % COUNTED_TOGETHER
            ids = [line.organisation_id for line in self.lines[first : first + COUNTED_TOGETHER]]
            self._counts.update(self._read_counts(ids))
            self.counts_read += len(ids)
        return self._counts.get(organisation_id, (0, 0))

    def key(self, row: int) -> int:
        return self.lines[row].organisation_id

    def row_of(self, organisation_id: int) -> int | None:
        for row, line in enumerate(self.lines):
            if line.organisation_id == organisation_id:
                return row
        return None

    def column_of(self, key: str) -> int:
        return self.COLUMN_KEYS.index(key)

    @staticmethod
    def title(key: str) -> str:
        # Literal strings inside translate() so lupdate finds them.
        titles: dict[str, Callable[[], str]] = {
            "name": lambda: QCoreApplication.translate("OrganisationsModel", "Name"),
            "sector": lambda: QCoreApplication.translate("OrganisationsModel", "Sector"),
            "country": lambda: QCoreApplication.translate("OrganisationsModel", "Country"),
            "alliances": lambda: QCoreApplication.translate(
                "OrganisationsModel", "Alliances as partner"
            ),
            "stakeholders": lambda: QCoreApplication.translate(
                "OrganisationsModel", "Stakeholders"
            ),
        }
        return titles[key]()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMN_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMN_KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(self.COLUMN_KEYS[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMN_KEYS[section] == "stakeholders":
            return QCoreApplication.translate(
                "OrganisationsModel",
                "People of this organisation on the stakeholder maps of its alliances",
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        if not 0 <= index.column() < len(self.COLUMN_KEYS):
            return None
        key = self.COLUMN_KEYS[index.column()]
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name" and line.is_own:
                return QCoreApplication.translate("OrganisationsModel", "{name} (ours)").format(
                    name=line.name
                )
            if key == "alliances" and line.is_own:
                return "—"  # we are the other party, never the partner
            if key in ("alliances", "stakeholders"):
                return str(self.counts(index.row())[key == "stakeholders"])
            value = getattr(line, key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("alliances", "stakeholders") else LEFT
        if role == Qt.ItemDataRole.FontRole and line.is_own and key == "name":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            if line.is_own:
                return QCoreApplication.translate("OrganisationsModel", "Our own organisation")
            if not self.counts(index.row())[0]:
                return QCoreApplication.translate(
                    "OrganisationsModel", "No alliance yet: a prospective partner"
                )
        return None
