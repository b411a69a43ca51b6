"""The respondents of a new round (or those added to an open one), one row each: side,
department, role, optionally a stakeholder of the map, language, anonymous.

Rows are plain widgets in a grid, so Tab walks them field by field, row by row, as one
reads them. The department offers the departments already used in that side's
organisation, as the stakeholder form does; picking a stakeholder fills side, department
and role from the map. A new row starts as a copy of the last one (side, department,
role), since people are mostly asked a few from the same department.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from alliance_desk.domain.codes import Language, Side
from alliance_desk.store.rounds import Slot
from alliance_desk.store.stakeholder_map import MapEntry
from alliance_desk.ui.labels import label
from alliance_desk.ui.record_form import SuggestedLine

LANGUAGE_NAMES = {Language.EN: "English", Language.NL: "Nederlands"}  # each in itself


@dataclasses.dataclass
class RespondentRow:
    """The widgets of one respondent."""

    side: QComboBox
    department: SuggestedLine
    role: QLineEdit
    stakeholder: QComboBox
    language: QComboBox
    anonymous: QCheckBox
    remove: QPushButton | None  # None: a respondent already in the round, shown as it is

    def widgets(self) -> list[QWidget]:
        found: list[QWidget] = [
            self.side,
            self.department,
            self.role,
            self.stakeholder,
            self.language,
            self.anonymous,
        ]
        return found + ([self.remove] if self.remove is not None else [])

    def chosen_side(self) -> Side:
        return Side(self.side.currentData())

    def slot(self) -> Slot:
        """The respondent as the store takes it (the department may still be empty: the
        store's rules refuse it with the field named)."""
        stakeholder = self.stakeholder.currentData()
        return Slot(
            side=self.chosen_side(),
            department=self.department.currentText().strip(),
            role=self.role.text().strip() or None,
            stakeholder_id=None if stakeholder is None else int(stakeholder),
            anonymous=self.anonymous.isChecked(),
            language=Language(self.language.currentData()),
        )


class RespondentRows(QWidget):
    """The grid of respondent rows with their column headings."""

    rows_changed = Signal()

    def __init__(
        self,
        people: Sequence[MapEntry],
        departments: Mapping[Side, Sequence[str]],
        language: Language,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.people = list(people)
        self.departments = departments
        self.language = language
        self.fixed_side: Side | None = None  # a self-assessment of one organisation
        self.rows: list[RespondentRow] = []
        self.kept = 0  # rows at the top that are already in the round (not editable)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.headings = [QLabel() for _ in range(6)]
        for column, heading in enumerate(self.headings):
            self.grid.addWidget(heading, 0, column)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 3)
        self.grid.setRowStretch(1000, 1)  # rows stay at the top
        self.retranslate()

    def retranslate(self) -> None:
        for heading, text in zip(
            self.headings,
            (
                self.tr("Side"),
                self.tr("Department"),
                self.tr("Role"),
                self.tr("Stakeholder (optional)"),
                self.tr("Language"),
                self.tr("Anonymous"),
            ),
            strict=True,
        ):
            heading.setText(f"<b>{text}</b>")

    # Rows ----------------------------------------------------------------------

    def add_kept(self, slot: Slot, name: str | None) -> None:
        """A respondent already in the round: shown, not editable."""
        row = self._make_row(removable=False)
        row.side.setCurrentIndex(row.side.findData(slot.side.value))
        row.department.setEditText(slot.department)
        row.role.setText(slot.role or "")
        if name is not None:
            row.stakeholder.clear()
            row.stakeholder.addItem(name, slot.stakeholder_id)
        row.language.setCurrentIndex(row.language.findData(slot.language.value))
        row.anonymous.setChecked(slot.anonymous)
        for widget in row.widgets():
            widget.setEnabled(False)
        self.kept += 1
        self._place(row)

    def add_row(self) -> RespondentRow:
        """A new respondent, a copy of the last new one's side, department and role."""
        row = self._make_row(removable=True)
        previous = self.rows[-1] if len(self.rows) > self.kept else None
        if previous is not None:
            row.side.setCurrentIndex(previous.side.currentIndex())
            row.department.setEditText(previous.department.currentText())
            row.role.setText(previous.role.text())
            row.language.setCurrentIndex(previous.language.currentIndex())
        self._place(row)
        row.department.setFocus()
        line = row.department.lineEdit()
        if line is not None:
            line.selectAll()  # typed over, or kept as the last row's
        return row

    def remove_row(self, row: RespondentRow) -> None:
        index = self.rows.index(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.rows.remove(row)
        later = self.rows[index:]
        for moved in later:  # close the gap
            for widget in moved.widgets():
                self.grid.removeWidget(widget)
        for position, moved in enumerate(later, start=index):
            self._put(moved, position)
        self._name_rows()
        new = self.rows[self.kept :]
        if new:
            new[min(index - self.kept, len(new) - 1)].department.setFocus()
        self.rows_changed.emit()

    def new_rows(self) -> list[RespondentRow]:
        return self.rows[self.kept :]

    def set_fixed_side(self, side: Side | None) -> None:
        """Only ``side`` answers (a self-assessment of one organisation); None: both."""
        self.fixed_side = side
        for row in self.new_rows():
            if side is not None:
                row.side.setCurrentIndex(row.side.findData(side.value))
            row.side.setEnabled(side is None)
            self._offer_people(row)

    # Building ------------------------------------------------------------------

    def _make_row(self, removable: bool) -> RespondentRow:
        side = QComboBox()
        for member in Side:
            side.addItem(label(member), member.value)
        if self.fixed_side is not None:
            side.setCurrentIndex(side.findData(self.fixed_side.value))
            side.setEnabled(False)
        language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            language.addItem(name, code.value)
        language.setCurrentIndex(language.findData(self.language.value))
        anonymous = QCheckBox()
        anonymous.setChecked(True)  # the default: only side, department and role are kept
        row = RespondentRow(
            side=side,
            department=SuggestedLine(),
            role=QLineEdit(),
            stakeholder=QComboBox(),
            language=language,
            anonymous=anonymous,
            remove=QPushButton(self.tr("Remove")) if removable else None,
        )
        row.department.setMinimumContentsLength(12)
        row.stakeholder.setMinimumContentsLength(14)
        row.stakeholder.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        side.currentIndexChanged.connect(lambda: self._side_changed(row))
        row.stakeholder.activated.connect(lambda: self._person_chosen(row))
        if row.remove is not None:
            row.remove.clicked.connect(lambda: self.remove_row(row))
        self._offer_people(row)
        self._offer_departments(row)
        return row

    def _place(self, row: RespondentRow) -> None:
        self.rows.append(row)
        self._put(row, len(self.rows) - 1)
        self._name_rows()
        self.rows_changed.emit()

    def _put(self, row: RespondentRow, index: int) -> None:
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, index + 1, column)
            widget.show()  # now, not when the layout gets to it: the new row takes the focus

    def _name_rows(self) -> None:
        """Accessible names that say which respondent a field belongs to."""
        for number, row in enumerate(self.rows, start=1):
            names = (
                self.tr("Side of respondent {n}"),
                self.tr("Department of respondent {n}"),
                self.tr("Role of respondent {n}"),
                self.tr("Stakeholder of respondent {n}"),
                self.tr("Language of respondent {n}"),
                self.tr("Respondent {n} answers anonymously"),
                self.tr("Remove respondent {n}"),
            )
            for widget, name in zip(row.widgets(), names, strict=False):
                widget.setAccessibleName(name.format(n=number))
            row.anonymous.setToolTip(
                self.tr("Anonymous: only side, department and role go with the answers")
            )

    def _side_changed(self, row: RespondentRow) -> None:
        self._offer_departments(row)
        person = row.stakeholder.currentData()
        if person is not None and self._entry(int(person)).side is not row.chosen_side():
            row.stakeholder.setCurrentIndex(0)  # a person of the other organisation

    def _offer_departments(self, row: RespondentRow) -> None:
        row.department.set_options(self.departments.get(row.chosen_side(), []))

    def _offer_people(self, row: RespondentRow) -> None:
        chosen = row.stakeholder.currentData()
        row.stakeholder.clear()
        row.stakeholder.addItem(self.tr("(none)"), None)
        for entry in self.people:
            if self.fixed_side is None or entry.side is self.fixed_side:
                row.stakeholder.addItem(
                    self.tr("{name} ({department})").format(
                        name=entry.name, department=entry.department
                    ),
                    entry.stakeholder_id,
                )
        row.stakeholder.setCurrentIndex(max(row.stakeholder.findData(chosen), 0))

    def _entry(self, stakeholder_id: int) -> MapEntry:
        return next(entry for entry in self.people if entry.stakeholder_id == stakeholder_id)

    def _person_chosen(self, row: RespondentRow) -> None:
        person = row.stakeholder.currentData()
        if person is None:
            return
        entry = self._entry(int(person))
        row.side.setCurrentIndex(row.side.findData(entry.side.value))
        row.department.setEditText(entry.department)
        row.role.setText(entry.role or "")
        row.stakeholder.setCurrentIndex(row.stakeholder.findData(entry.stakeholder_id))

    def focus_chain(self) -> list[QWidget]:
        """The fields in reading order, for the dialog's tab order."""
        return [widget for row in self.new_rows() for widget in row.widgets()]
