"""The second step of File → Import from spreadsheet…: the preview, before anything is stored.

:class:`PreviewPage` shows what the import will do: the counts (to add, update, skip,
refused), the day/month order when some dates read both ways, every row as it will
be stored with what happens to it (a choice for duplicates and repeated rows) and the
reasons a row is refused, and the organisations named that are not in the workbook
yet as a tick-list of those to create.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.sheet_preview import Preview, RowStatus
from alliance_desk.domain.sheet_values import DateOrder
from alliance_desk.ui import notation
from alliance_desk.ui.dialogs.sheet_rows import STATUS, ChoiceDelegate, PreviewModel
from alliance_desk.ui.widgets.columns import SAMPLE_ROWS


class PreviewPage(QWidget):
    """The preview; ``date_order_chosen`` when the person said how dates read."""

    date_order_chosen = Signal()
    changed = Signal()  # a row's choice or an organisation's tick: the counts moved

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: PreviewModel | None = None
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.date_label = QLabel()
        self.date_order = QComboBox()
        for value in (None, DateOrder.DMY, DateOrder.MDY):
            self.date_order.addItem("", value)
        self.date_label.setBuddy(self.date_order)
        self.rows_label = QLabel()
        self.rows = QTableView()
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.rows.verticalHeader().hide()
        self.rows.setWordWrap(False)
        self.rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.rows.setItemDelegateForColumn(STATUS, ChoiceDelegate(self.rows))
        self.rows_label.setBuddy(self.rows)
        self.detail = QLabel()  # the remarks of the row chosen, in full
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.organisations_label = QLabel()
        self.organisations_label.setWordWrap(True)
        self.organisations = QListWidget()
        self.organisations.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        self.organisations_label.setBuddy(self.organisations)
        self.organisations.itemChanged.connect(lambda _item: self.changed.emit())

        dates = QHBoxLayout()
        dates.addWidget(self.date_label)
        dates.addWidget(self.date_order)
        dates.addStretch(1)
        self.dates = QWidget()
        self.dates.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(self.dates)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.organisations_label)
        layout.addWidget(self.organisations)
        self.date_order.activated.connect(lambda _index: self.date_order_chosen.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.date_label.setText(self.tr("Dat&es such as 03-04-2026 are written:"))
        for row, text in enumerate(
            (self.tr("(choose)"), self.tr("day first (3 April)"), self.tr("month first (March 4)"))
        ):
            self.date_order.setItemText(row, text)
        self.rows_label.setText(
            self.tr(
                "Ro&ws as they will be stored (double-click or F2 on “What happens” to "
                "skip, update or add a duplicate):"
            )
        )
        self.organisations_label.setText(
            self.tr("&Organisations named in the file that are not in the workbook yet: create")
        )
        if self.model is not None:
            self.show_counts()

    @property
    def chosen_date_order(self) -> DateOrder | None:
        value = self.date_order.currentData()
        return DateOrder(value) if value else None

    def show_preview(
        self,
        preview: Preview,
        cells: Sequence[Sequence[object]],
        alliances: Mapping[int, str],
    ) -> None:
        old = self.model
        self.model = PreviewModel(preview, cells, alliances, self)
        self.model.choice_made.connect(self.changed)
        self.rows.setModel(self.model)
        if old is not None:
            old.deleteLater()
        self._size_columns()
        self.rows.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail.clear()
        self.dates.setVisible(preview.ambiguous_dates or preview.date_order is not None)
        self.organisations.blockSignals(True)
        self.organisations.clear()
        for name in preview.new_organisations:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = name in preview.create_organisations
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.organisations.addItem(item)
        self.organisations.blockSignals(False)
        for widget in (self.organisations_label, self.organisations):
            widget.setVisible(bool(preview.new_organisations))
        self.show_counts()

    def _size_columns(self) -> None:
        """Each column as wide as its first rows need (no wider than a long name), the
        remarks wide enough to read a reason; the row chosen shows its remarks in full."""
        header = self.rows.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        self.rows.resizeColumnsToContents()
        widest = self.fontMetrics().averageCharWidth() * 32
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        assert self.model is not None
        header.resizeSection(self.model.remarks_column, widest + widest // 2)

    def _show_detail(self, current: QModelIndex) -> None:
        model = self.model
        if model is None or not current.isValid():
            self.detail.clear()
            return
        remarks = model.data(model.index(current.row(), model.remarks_column))
        row = model.preview.rows[current.row()].row
        self.detail.setText(
            self.tr("Row {row}: {remarks}").format(row=row, remarks=remarks) if remarks else ""
        )

    def organisations_to_create(self) -> set[str]:
        return {
            self.organisations.item(row).text()
            for row in range(self.organisations.count())
            if self.organisations.item(row).checkState() == Qt.CheckState.Checked
        }

    def show_counts(self) -> None:
        assert self.model is not None
        preview = self.model.preview
        counts = preview.counts()
        parts = [
            self.tr("{count} to add").format(count=notation.count(counts[RowStatus.ADD])),
            self.tr("{count} to update").format(count=notation.count(counts[RowStatus.UPDATE])),
            self.tr("{count} to skip").format(count=notation.count(counts[RowStatus.SKIP])),
            self.tr("{count} refused").format(count=notation.count(counts[RowStatus.REFUSE])),
        ]
        text = self.tr("%n row(s): ", "", len(preview.rows)) + ", ".join(parts) + "."
        if counts[RowStatus.REFUSE]:
            text += " " + self.tr(
                "%n refused row(s) will not be imported; the remarks say why.",
                "",
                counts[RowStatus.REFUSE],
            )
        if preview.ambiguous_dates and preview.date_order is None:
            text += " " + self.tr("Some dates read two ways: say how they are written.")
        self.counts.setText(text)
