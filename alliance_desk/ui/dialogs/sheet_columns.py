"""The first step of File → Import from spreadsheet…: the file, what it holds, how it is
read, and which column becomes which field.

:class:`ColumnsPage` shows the file chosen, what it holds (organisations,
stakeholders, actions, decisions, risks) and the alliance of rows without one; how
the file is read (a CSV's encoding and delimiter, an XLSX's sheet: detected, and
changeable, which reads the file again); and the column mapping as a table of file
column → the target's field (or not imported), with the columns not imported listed
and whether to remember the mapping for files with the same columns. It holds no
workbook logic: the dialog (:mod:`sheet_import`) reads and previews.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.sheet_fields import Target
from alliance_desk.domain.sheet_preview import field_names
from alliance_desk.domain.sheet_values import text_of
from alliance_desk.store.sheet_files import Sheet
from alliance_desk.ui.dialogs import sheet_texts

DELIMITERS = (",", ";", "\t")
FILE, SAMPLE, FIELD = 0, 1, 2  # the mapping table's columns


class ColumnsPage(QWidget):
    """The file and its columns; ``reread`` when the way the file is read changed,
    ``target_changed`` when what it holds did, ``mapping_changed`` on a column's field."""

    reread = Signal()
    target_changed = Signal()
    mapping_changed = Signal()

    def __init__(self, alliances: Sequence[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.headers: list[object] = []
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.choose = QPushButton()
        self.target = QComboBox()
        for target in Target:
            self.target.addItem("", target.value)
        self.alliance = QComboBox()
        self.alliance.addItem("", None)
        for alliance_id, name in alliances:
            self.alliance.addItem(name, alliance_id)
        self.encoding = QComboBox()
        for code, name in sheet_texts.ENCODINGS:
            self.encoding.addItem(name, code)
        self.delimiter = QComboBox()
        for value in DELIMITERS:
            self.delimiter.addItem("", value)
        self.sheet = QComboBox()
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Tab goes from the table to each column's combo box in turn, then on.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.unmapped = QLabel()
        self.unmapped.setWordWrap(True)
        self.unmapped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.remember = QCheckBox()
        self.remember.setChecked(True)

        self.file_label, self.target_label, self.alliance_label = QLabel(), QLabel(), QLabel()
        self.encoding_label, self.delimiter_label, self.sheet_label = QLabel(), QLabel(), QLabel()
        self.table_label = QLabel()
        for caption, buddy in (
            (self.file_label, self.file),
            (self.target_label, self.target),
            (self.alliance_label, self.alliance),
            (self.encoding_label, self.encoding),
            (self.delimiter_label, self.delimiter),
            (self.sheet_label, self.sheet),
            (self.table_label, self.table),
        ):
            caption.setBuddy(buddy)
        chosen = QHBoxLayout()
        chosen.addWidget(self.file, 1)
        chosen.addWidget(self.choose)
        reading = QHBoxLayout()
        for caption, box in (
            (self.encoding_label, self.encoding),
            (self.delimiter_label, self.delimiter),
            (self.sheet_label, self.sheet),
        ):
            reading.addWidget(caption)
            reading.addWidget(box)
        reading.addStretch(1)
        self.read_as_label = QLabel()
        form = QFormLayout()
        form.addRow(self.file_label, chosen)
        form.addRow(self.target_label, self.target)
        form.addRow(self.alliance_label, self.alliance)
        form.addRow(self.read_as_label, reading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table_label)
        layout.addWidget(self.origin)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmapped)
        layout.addWidget(self.remember)

        self.target.currentIndexChanged.connect(self._target_changed)
        for box in (self.encoding, self.delimiter, self.sheet):
            box.activated.connect(lambda _index: self.reread.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.file_label.setText(self.tr("&File:"))
        self.choose.setText(self.tr("Choo&se…"))
        self.target_label.setText(self.tr("It &holds:"))
        for row, target in enumerate(Target):
            self.target.setItemText(row, sheet_texts.target_name(target))
        self.alliance_label.setText(self.tr("&Alliance:"))
        self.alliance.setItemText(0, self.tr("(from the file's alliance column)"))
        self.alliance.setToolTip(self.tr("The alliance of the rows that do not name one."))
        self.read_as_label.setText(self.tr("Read as:"))
        self.encoding_label.setText(self.tr("Encodin&g:"))
        self.delimiter_label.setText(self.tr("&Delimiter:"))
        for row, (code, _name) in enumerate(sheet_texts.ENCODINGS):
            self.encoding.setItemText(row, sheet_texts.encoding_name(code))
        for row, text in enumerate((self.tr("comma ,"), self.tr("semicolon ;"), self.tr("tab"))):
            self.delimiter.setItemText(row, text)
        self.sheet_label.setText(self.tr("Shee&t:"))
        self.table_label.setText(self.tr("&Columns: which field each column of the file fills"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Imported as")]
        )
        self.remember.setText(self.tr("&Remember this mapping for files with these columns"))
        self._show_unmapped()

    # What the page shows ------------------------------------------------------------------

    @property
    def chosen_target(self) -> Target:
        return Target(self.target.currentData())

    def show_sheet(self, sheet: Sheet, mapping: Mapping[int, str], remembered: bool) -> None:
        """Show how ``sheet`` was read and ``mapping`` in the table."""
        is_csv = sheet.encoding is not None
        for widget in (self.encoding_label, self.encoding, self.delimiter_label, self.delimiter):
            widget.setVisible(is_csv)
        for widget in (self.sheet_label, self.sheet):
            widget.setVisible(not is_csv)
        if is_csv:
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(sheet.encoding)))
            self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(sheet.delimiter)))
        else:
            self.sheet.blockSignals(True)
            self.sheet.clear()
            self.sheet.addItems(list(sheet.sheet_names))
            self.sheet.setCurrentIndex(max(0, self.sheet.findText(sheet.sheet_name or "")))
            self.sheet.blockSignals(False)
        self.headers = list(sheet.headers)
        first = sheet.rows[0] if sheet.rows else []
        self.table.setRowCount(0)  # the boxes of the rows before go with them
        self.table.setRowCount(len(self.headers))
        for row, header in enumerate(self.headers):
            self.table.setItem(row, FILE, QTableWidgetItem(text_of(header) or ""))
            sample = text_of(first[row]) if row < len(first) else None
            self.table.setItem(row, SAMPLE, QTableWidgetItem(sample or ""))
            self.table.setCellWidget(row, FIELD, self._field_box(row))
        self.set_mapping(mapping)
        chain: list[QWidget] = [self.table]
        chain += [self.field_box(row) for row in range(len(self.headers))]
        for before, after in zip(chain, [*chain[1:], self.remember], strict=True):
            QWidget.setTabOrder(before, after)
        self.origin.setText(
            self.tr("The mapping remembered from an earlier import of these columns.")
            if remembered
            else ""
        )
        self.origin.setVisible(remembered)

    def _field_box(self, row: int) -> QComboBox:
        box = QComboBox()
        self._fill(box)
        header = text_of(self.headers[row]) or ""
        box.setAccessibleName(self.tr("Imported as: {column}").format(column=header))
        box.activated.connect(lambda _index, row=row: self._field_chosen(row))
        box.setProperty("row", row)
        box.installEventFilter(self)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A combo box reached by Tab shows its row: scrolled into view and chosen.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QComboBox):
            row = watched.property("row")
            if isinstance(row, int) and 0 <= row < self.table.rowCount():
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, FILE))
        return super().eventFilter(watched, event)

    def _fill(self, box: QComboBox) -> None:
        """The fields of the target chosen, after "not imported"."""
        box.clear()
        box.addItem(self.tr("(not imported)"), None)
        target = self.chosen_target
        for name in field_names(target):
            box.addItem(sheet_texts.field_caption(target, name), name)

    def field_box(self, row: int) -> QComboBox:
        box = self.table.cellWidget(row, FIELD)
        assert isinstance(box, QComboBox)
        return box

    def set_mapping(self, mapping: Mapping[int, str]) -> None:
        for row in range(self.table.rowCount()):
            box = self.field_box(row)
            box.setCurrentIndex(max(0, box.findData(mapping.get(row))))
        self._show_unmapped()

    def mapping(self) -> dict[int, str]:
        found: dict[int, str] = {}
        for row in range(self.table.rowCount()):
            field = self.field_box(row).currentData()
            if field:
                found[row] = field
        return found

    def _field_chosen(self, row: int) -> None:
        """A field goes to one column: the column that had it before gives it up."""
        field = self.field_box(row).currentData()
        if field:
            for other in range(self.table.rowCount()):
                if other != row and self.field_box(other).currentData() == field:
                    self.field_box(other).setCurrentIndex(0)
        self._show_unmapped()
        self.mapping_changed.emit()

    def _show_unmapped(self) -> None:
        mapping = self.mapping() if self.table.rowCount() else {}
        left = [
            text_of(header) or ""
            for row, header in enumerate(self.headers)
            if row not in mapping and text_of(header)
        ]
        self.unmapped.setText(
            self.tr("Not imported: {columns}").format(columns=", ".join(left))
            if left
            else self.tr("Every column is imported.")
        )

    def _target_changed(self) -> None:
        for row in range(self.table.rowCount()):
            self._fill(self.field_box(row))
        self.alliance.setEnabled(self.chosen_target is not Target.ORGANISATIONS)
        self.target_changed.emit()
