"""The dialog that edits the notes of the development plans: what was agreed, with whom, and
why (the capability report prints them above the plan). The organisation chooser switches
between both plans' notes; what was changed in either is kept (one undo step for both)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import Side
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.views.maturity.plan_model import side_word


class PlanNotesDialog(QDialog):
    """Choose the organisation; its plan's notes are shown and can be changed."""

    def __init__(self, notes: Mapping[Side, str], side: Side, parent: QWidget | None = None):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.setWindowTitle(self.tr("Development plan notes"))
        self.setMinimumWidth(480)
        self.stored = {key: notes.get(key, "") for key in (Side.US, Side.PARTNER)}
        self.notes = dict(self.stored)
        self.side_box = QComboBox()
        for value in (Side.US, Side.PARTNER):
            self.side_box.addItem(side_word(value), str(value))
        self.side_box.setCurrentIndex(self.side_box.findData(str(side)))
        self.notes_edit = QPlainTextEdit(self.notes[side])
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("What was agreed, with whom, and what the plan should achieve")
        )
        self._shown = side
        self.side_box.currentIndexChanged.connect(self._side_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.side_box)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.notes_edit.setFocus()

    def _side_changed(self) -> None:
        self.notes[self._shown] = self.notes_edit.toPlainText()
        self._shown = Side(self.side_box.currentData())
        self.notes_edit.setPlainText(self.notes[self._shown])

    def changed(self) -> dict[Side, str | None]:
        """The notes changed, by side (None: cleared)."""
        self.notes[self._shown] = self.notes_edit.toPlainText()
        return {
            side: text.strip() or None
            for side, text in self.notes.items()
            if text.strip() != self.stored[side].strip()
        }
