"""The tables of the stakeholder page: people grouped by organisation and department, one
person's assessment history, and the counterpart links.

The lists are small (about 50 people per alliance), so each model holds its
rows in memory and is refilled from :mod:`alliance_desk.store.stakeholder_map`
after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel

from alliance_desk.domain.codes import Attitude, Side
from alliance_desk.domain.insights import quadrant
from alliance_desk.domain.stakeholders import StakeholderAssessment
from alliance_desk.store.stakeholder_map import CounterpartLine, MapEntry
from alliance_desk.ui.labels import label
from alliance_desk.ui.views.stakeholders.look import (
    ATTITUDE_COLOURS,
    ATTITUDE_SYMBOLS,
    escalation_label,
    quadrant_label,
)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the stakeholder id, on the first cell of a person's row
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "side", "department" or "person"
CENTRED = Qt.AlignmentFlag.AlignCenter


def attitude_text(attitude: Attitude | None) -> str:
    return "—" if attitude is None else f"{ATTITUDE_SYMBOLS[attitude]} {label(attitude)}"


class PeopleModel(QStandardItemModel):
    """Stakeholders under their organisation and department, with counts on the group rows."""

    COLUMNS = (
        "name",
        "role",
        "seniority",
        "direction",
        "power",
        "interest",
        "attitude",
        "quadrant",
        "sponsor",
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.entries: list[MapEntry] = []
        self.setColumnCount(len(self.COLUMNS))
        self.retranslate()

    def retranslate(self) -> None:
        titles = [
            QCoreApplication.translate("PeopleModel", "Name"),
            QCoreApplication.translate("PeopleModel", "Role"),
            QCoreApplication.translate("PeopleModel", "Seniority"),
            QCoreApplication.translate("PeopleModel", "Direction"),
            QCoreApplication.translate("PeopleModel", "Power"),
            QCoreApplication.translate("PeopleModel", "Interest"),
            QCoreApplication.translate("PeopleModel", "Attitude"),
            QCoreApplication.translate("PeopleModel", "Quadrant"),
            QCoreApplication.translate("PeopleModel", "Sponsor"),
        ]
        self.setHorizontalHeaderLabels(titles)

    def set_entries(self, entries: Sequence[MapEntry]) -> None:
        """Show these people (already filtered and in order: side, department, name)."""
        self.entries = list(entries)
        self.removeRows(0, self.rowCount())
        bold = QFont()
        bold.setBold(True)
        side_item: QStandardItem | None = None
        department_item: QStandardItem | None = None
        current_side: Side | None = None
        current_department = ""
        for entry in self.entries:
            if entry.side is not current_side:
                current_side, current_department = entry.side, ""
                side_item = self._group(label(entry.side), "side", entry.side.value, bold)
                self.appendRow([side_item, *self._blanks()])
            assert side_item is not None
            if entry.department.casefold() != current_department:
                current_department = entry.department.casefold()
                department_item = self._group(entry.department, "department", entry.department)
                side_item.appendRow([department_item, *self._blanks()])
            assert department_item is not None
            department_item.appendRow(self._person(entry))
        for side_row in range(self.rowCount()):
            side_item = self.item(side_row)
            people = 0
            for department_row in range(side_item.rowCount()):
                department = side_item.child(department_row)
                people += department.rowCount()
                self._count(department, department.rowCount())
            self._count(side_item, people)

    @staticmethod
    def _blanks() -> list[QStandardItem]:
        blanks = []
        for _ in range(len(PeopleModel.COLUMNS) - 1):
            item = QStandardItem()
            item.setEditable(False)
            blanks.append(item)
        return blanks

    @staticmethod
    def _group(text: str, kind: str, key: str, font: QFont | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(key, ID_ROLE)
        if font is not None:
            item.setFont(font)
        return item

    @staticmethod
    def _count(item: QStandardItem, people: int) -> None:
        name = item.text()
        item.setText(
            QCoreApplication.translate("PeopleModel", "{group} ({count})").format(
                group=name, count=people
            )
        )
        item.setData(people, Qt.ItemDataRole.UserRole + 3)

    def _person(self, entry: MapEntry) -> list[QStandardItem]:
        assessed = entry.power is not None and entry.interest is not None
        values: dict[str, Any] = {
            "name": entry.name,
            "role": entry.role or "",
            "seniority": label(entry.seniority),
            "direction": label(entry.direction),
            "power": entry.power if assessed else "",
            "interest": entry.interest if assessed else "",
            "attitude": attitude_text(entry.attitude),
            "quadrant": (
                quadrant_label(quadrant(entry.power, entry.interest))  # type: ignore[arg-type]
                if assessed
                else QCoreApplication.translate("PeopleModel", "Not assessed yet")
            ),
            "sponsor": (
                QCoreApplication.translate("PeopleModel", "✓ Sponsor") if entry.is_sponsor else ""
            ),
        }
        row = []
        for key in self.COLUMNS:
            item = QStandardItem()
            item.setEditable(False)
            item.setData(values[key], Qt.ItemDataRole.DisplayRole)
            if key in ("power", "interest"):
                item.setTextAlignment(CENTRED)
            if key == "attitude" and entry.attitude is not None:
                item.setForeground(QBrush(ATTITUDE_COLOURS[entry.attitude]))
            row.append(item)
        row[0].setData(entry.stakeholder_id, ID_ROLE)
        row[0].setData("person", KIND_ROLE)
        row[0].setToolTip(
            QCoreApplication.translate("PeopleModel", "{name}, {department}").format(
                name=entry.name, department=entry.department
            )
        )
        if entry.is_sponsor:
            font = QFont()
            font.setBold(True)
            row[0].setFont(font)
        return row

    def index_of(self, stakeholder_id: int) -> QModelIndex:
        """The first cell of a person's row, or an invalid index."""
        found = self.match(
            self.index(0, 0),
            ID_ROLE,
            stakeholder_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        for index in found:
            if index.data(KIND_ROLE) == "person":
                return index
        return QModelIndex()


class ListTableModel(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses say what each cell shows."""

    def __init__(self, titles: Sequence[Callable[[], str]], parent: QObject | None = None):
        super().__init__(parent)
        self.titles = list(titles)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.titles)
        ):
            return self.titles[section]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def retranslate(self) -> None:
        if self.titles:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.titles) - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.titles) - 1)
            )


class HistoryModel(ListTableModel):
    """One person's assessments, newest first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            [
                lambda: QCoreApplication.translate("HistoryModel", "Date"),
                lambda: QCoreApplication.translate("HistoryModel", "Power"),
                lambda: QCoreApplication.translate("HistoryModel", "Interest"),
                lambda: QCoreApplication.translate("HistoryModel", "Attitude"),
                lambda: QCoreApplication.translate("HistoryModel", "Quadrant"),
                lambda: QCoreApplication.translate("HistoryModel", "Note"),
            ],
            parent,
        )

    def cell(self, row: StakeholderAssessment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.assessed_on.isoformat(),
                row.power,
                row.interest,
                attitude_text(row.attitude),
                quadrant_label(quadrant(row.power, row.interest)),
                (row.note or "").replace("\n", " "),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(CENTRED)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QBrush(ATTITUDE_COLOURS[row.attitude])
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and row.note:
            return row.note
        return None


class CounterpartModel(ListTableModel):
    """Our person and their peer, per function and escalation level."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            [
                lambda: QCoreApplication.translate("CounterpartModel", "Escalation level"),
                lambda: QCoreApplication.translate("CounterpartModel", "Function"),
                lambda: QCoreApplication.translate("CounterpartModel", "Our person"),
                lambda: QCoreApplication.translate("CounterpartModel", "Partner's person"),
                lambda: QCoreApplication.translate("CounterpartModel", "Note"),
            ],
            parent,
        )

    def cell(self, row: CounterpartLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            person = QCoreApplication.translate("CounterpartModel", "{name} ({department})")
            return (
                escalation_label(row.escalation_level),
                row.function or "",
                person.format(name=row.our_name, department=row.our_department),
                person.format(name=row.partner_name, department=row.partner_department),
                (row.note or "").replace("\n", " "),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.note:
            return row.note
        return None

    def row_of(self, counterpart_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.counterpart_id == counterpart_id:
                return number
        return None
