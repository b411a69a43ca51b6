"""The table of the organisations page: ours first, then every partner by name.

Its rows are the lines of :func:`alliance_desk.store.organisations.overview`,
with how many alliances each organisation is the partner in and how many of
its people are on the stakeholder maps.
"""

from __future__ import annotations

from collections.abc import Callable

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


class OrganisationsModel(QAbstractTableModel):
    """The organisations of :func:`alliance_desk.store.organisations.overview`, one per row."""

    COLUMN_KEYS = ("name", "sector", "country", "alliances", "stakeholders")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.lines: list[organisations.OrganisationLine] = []

    def set_lines(self, lines: list[organisations.OrganisationLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

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
            if not line.alliances:
                return QCoreApplication.translate(
                    "OrganisationsModel", "No alliance yet: a prospective partner"
                )
        return None
