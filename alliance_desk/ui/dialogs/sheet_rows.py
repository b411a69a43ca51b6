"""The spreadsheet import's preview as a table: every row as it will be stored, what happens
to it (a choice for the rows that have one) and why.

:class:`PreviewModel` shows a :class:`~alliance_desk.domain.sheet_preview.Preview`:
the sheet's row number, what happens (add, update, skip, refused), each mapped field as
it will be stored (the cell as written for a refused row), and the remarks: the
duplicate it is of and the reasons a row is refused. :class:`ChoiceDelegate` edits
"what happens" with a combo box of the row's ``choices()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from alliance_desk.domain import codes
from alliance_desk.domain.sheet_fields import Kind, Target, field_of
from alliance_desk.domain.sheet_preview import Preview, PreviewRow, RowStatus
from alliance_desk.domain.sheet_values import CHOICE_CODES, text_of
from alliance_desk.ui import notation
from alliance_desk.ui.dialogs import sheet_texts
from alliance_desk.ui.labels import label

Index = QModelIndex | QPersistentModelIndex
ROW, STATUS, REMARKS = 0, 1, 2  # the first columns; the mapped fields follow
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's RowStatus


class PreviewModel(QAbstractTableModel):
    """The preview's rows; ``choice_made`` after the person changed what happens to one."""

    choice_made = Signal()

    def __init__(
        self,
        preview: Preview,
        cells: Sequence[Sequence[object]],
        alliances: Mapping[int, str],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.preview = preview
        self.cells = cells  # the sheet's rows below the header, as read
        self.alliances = alliances  # id -> name
        self.fields = [
            (index, field) for index, field in sorted(preview.mapping.items(), key=lambda x: x[0])
        ]

    remarks_column = REMARKS
    FIRST_FIELD = 3

    # Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3 + len(self.fields)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == ROW:
            return self.tr("Row")
        if section == STATUS:
            return self.tr("What happens")
        if section == self.remarks_column:
            return self.tr("Remarks")
        return sheet_texts.field_caption(
            self.preview.target, self.fields[section - self.FIRST_FIELD][1]
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and index.column() == STATUS:
            if len(self.preview.rows[index.row()].choices()) > 1:
                found |= Qt.ItemFlag.ItemIsEditable
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.preview.rows[index.row()]
        column = index.column()
        if role == STATUS_ROLE:
            return item.status
        if role == Qt.ItemDataRole.FontRole and item.status is RowStatus.REFUSE:
            font = QFont()
            font.setBold(column in (STATUS, self.remarks_column))
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (STATUS, self.remarks_column):
            if len(item.choices()) > 1 and column == STATUS:
                return self.tr("Double-click or press F2 to choose what happens.")
            return self._remarks(item, "\n") or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ROW:
            return item.row
        if column == STATUS:
            return sheet_texts.status_name(item.status)
        if column == self.remarks_column:
            return self._remarks(item, "; ")
        return self._value(item, *self.fields[column - self.FIRST_FIELD])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != STATUS or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.preview.rows[index.row()]
        status = RowStatus(value)
        if status not in item.choices():
            return False
        self.preview.choose(item.row, status)
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.choice_made.emit()
        return True

    # What the cells say -------------------------------------------------------------------

    def _remarks(self, item: PreviewRow, between: str) -> str:
        """The duplicate the row is of, and each problem with its column."""
        target = self.preview.target
        found = [
            f"{problem.column or sheet_texts.field_caption(target, problem.field)}: "
            f"{sheet_texts.problem_reason(target, problem)}"
            for problem in item.problems
        ]
        if item.duplicate_of is not None:
            found.insert(0, self.tr("Already in the workbook"))
        elif item.same_as_row is not None:
            found.insert(0, self.tr("Repeats row {row}").format(row=item.same_as_row))
        return between.join(found)

    def _value(self, item: PreviewRow, column: int, field: str) -> str:
        if item.record is None:  # refused: the cell as written
            offset = item.row - 2
            cells = self.cells[offset] if 0 <= offset < len(self.cells) else []
            return (text_of(cells[column]) if column < len(cells) else None) or ""
        row = item.record.to_row()
        if field == "alliance":
            return self.alliances.get(row.get("alliance_id") or 0, "")
        if field == "organisation":
            return item.organisation or ""
        if field == "side":
            return label(codes.Side(row["side"])) if row.get("side") else ""
        value = (item.assessment or {}).get(field, row.get(field))
        return shown(self.preview.target, field, value)


def shown(target: Target, field: str, value: object) -> str:
    """A stored value as the interface shows it."""
    if value is None or value == "":
        return ""
    kind = field_of(target, field).kind
    if kind is Kind.DATE:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        return notation.date_short(day)
    if kind is Kind.FLAG:
        if value:
            return QCoreApplication.translate("SheetImport", "Yes")
        return QCoreApplication.translate("SheetImport", "No")
    if kind is Kind.CHOICE:
        vocabulary = f"{target.value[:-1]}_status" if field == "status" else field
        enumeration: type[StrEnum] | None = CHOICE_CODES.get(vocabulary)
        if enumeration is not None:
            return label(enumeration(str(value)))
    return str(value)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits what happens to a row with a combo box of what it may be."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("What happens"))
        model = index.model()
        assert isinstance(model, PreviewModel)
        for status in model.preview.rows[index.row()].choices():
            editor.addItem(sheet_texts.status_name(status), status.value)
        editor.activated.connect(lambda _index: self._chosen(editor))
        return editor

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(str(index.data(STATUS_ROLE)))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
