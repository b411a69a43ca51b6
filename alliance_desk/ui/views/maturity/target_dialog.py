"""The dialog that sets a development target: organisation, dimension, level, date, note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import Side
from alliance_desk.domain.evaluations import Dimension, ScaleLevel
from alliance_desk.store import development
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.record_form import DateField
from alliance_desk.ui.views.maturity.plan_model import side_word
from alliance_desk.ui.widgets.score_sheet import level_text, local_name


class TargetDialog(QDialog):
    """Set a target: organisation, dimension, level, date and a note."""

    def __init__(
        self,
        dimensions: Sequence[Dimension],
        levels: Sequence[ScaleLevel],
        side: Side,
        dimension_id: int | None,
        target: development.TargetLine | None,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.setWindowTitle(self.tr("Development target"))
        self.side_box = QComboBox()
        for value in (Side.US, Side.PARTNER):
            self.side_box.addItem(side_word(value), str(value))
        self.side_box.setCurrentIndex(self.side_box.findData(str(side)))
        self.dimension_box = QComboBox()
        for dimension in dimensions:
            self.dimension_box.addItem(local_name(dimension), dimension.id)
        if dimension_id is not None:
            self.dimension_box.setCurrentIndex(max(self.dimension_box.findData(dimension_id), 0))
        self.level_box = QComboBox()
        level_names = {level.value: level for level in levels}
        for level in levels:
            self.level_box.addItem(level_text(level.value, level_names), level.value)
        self.date_field = DateField()
        self.note_edit = QLineEdit()
        if target is not None:
            self.level_box.setCurrentIndex(self.level_box.findData(target.target_level))
            self.date_field.set_value(target.target_date)
            self.note_edit.setText(target.note or "")
        else:
            self.level_box.setCurrentIndex(max(self.level_box.findData(3), 0))
            self.date_field.set_value(today + dt.timedelta(days=365))
        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.side_box)
        form.addRow(self.tr("&Dimension:"), self.dimension_box)
        form.addRow(self.tr("Target &level:"), self.level_box)
        form.addRow(self.tr("&By:"), self.date_field)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[Side, int, int, dt.date | None, str | None]:
        note = self.note_edit.text().strip() or None
        return (
            Side(self.side_box.currentData()),
            int(self.dimension_box.currentData()),
            int(self.level_box.currentData()),
            self.date_field.value(),
            note,
        )
