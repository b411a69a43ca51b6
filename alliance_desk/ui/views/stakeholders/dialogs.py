"""Dialogs and undo steps of the stakeholder page.

A new stakeholder comes with a first assessment, stored in the same undoable
step; a counterpart link picks one person on each side. The dialogs check
the values with the domain's rules and then hand the record to a ``commit``
function, so a refusal by the workbook (a second sponsor on one side) keeps
the dialog open and says why, like a refused value does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from alliance_desk.domain.codes import Side
from alliance_desk.domain.record import Record
from alliance_desk.domain.stakeholders import Counterpart, StakeholderAssessment
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.stakeholder_map import MapEntry
from alliance_desk.ui import notation
from alliance_desk.ui.record_form import CommitDialog, RecordForm
from alliance_desk.ui.session import AddStep, Step

R = TypeVar("R", bound=Record)

STAKEHOLDER_FIELDS = [
    "name",
    "side",
    "department",
    "role",
    "seniority",
    "direction",
    "is_sponsor",
    "email",
    "phone",
    "notes",
]
FIRST_ASSESSMENT_FIELDS = ["power", "interest", "attitude", "note"]
ASSESSMENT_FIELDS = ["assessed_on", "power", "interest", "attitude", "note"]
COUNTERPART_FIELDS = ["function", "escalation_level", "note"]


def blank(record_type: type[R], **values: Any) -> R:
    """A record with only some fields filled and nothing checked yet: what an "add" dialog
    starts from. Its empty required fields are checked when the dialog is accepted."""
    record = object.__new__(record_type)
    for field in dataclasses.fields(record_type):  # type: ignore[arg-type]
        object.__setattr__(record, field.name, values.get(field.name, field.default))
    return record


def checked(record_type: type[Record], values: Mapping[str, Any]) -> dict[str, Any]:
    """Some fields of a record checked by their rules, before the record can be made."""
    rules = record_type.rules()
    return {
        name: rules[name].check(record_type.TABLE, name, value) for name, value in values.items()
    }


class AddAssessmentOfStep(Step):
    """The first assessment of a stakeholder added in the same user action.

    The stakeholder's id is known only once its own step has run, so the
    assessment is made then; redo puts it back under the same id.
    """

    def __init__(self, person: AddStep, values: Mapping[str, Any]):
        self.person = person
        self.values = dict(values)
        self.stored: StakeholderAssessment | None = None
        self.tables = {StakeholderAssessment.TABLE}

    def redo(self, db: Database) -> None:
        if self.stored is None:
            assert self.person.stored is not None and self.person.stored.id is not None
            record = StakeholderAssessment(stakeholder_id=self.person.stored.id, **self.values)
        else:
            record = self.stored
        self.stored = records.insert(db, record)

    def undo(self, db: Database) -> None:
        assert self.stored is not None and self.stored.id is not None
        records.delete(db, StakeholderAssessment, self.stored.id)


class StakeholderDialog(CommitDialog):
    """A stakeholder's fields; for a new one also the first assessment (dated today).

    The department offers the departments already in use in the organisation of the
    chosen side (``departments``), and follows a change of side.
    """

    def __init__(
        self,
        title: str,
        base: Record,
        commit: Callable[[Record], object],
        first_assessment: StakeholderAssessment | None = None,
        parent: QWidget | None = None,
        departments: Mapping[Side, Sequence[str]] | None = None,
    ):
        super().__init__(title, base, STAKEHOLDER_FIELDS, commit, parent, ["department"])
        self.departments = dict(departments or {})
        side = self.form.editors["side"]
        assert isinstance(side, QComboBox)
        side.currentIndexChanged.connect(self._offer_departments)
        self._offer_departments()
        self.assessment_form: RecordForm | None = None
        self.assessment_values: dict[str, Any] = {}
        self.refused_in: RecordForm = self.form
        if first_assessment is not None:
            self.assessment_heading = QLabel()
            self.assessment_form = RecordForm(StakeholderAssessment, FIRST_ASSESSMENT_FIELDS, self)
            self.assessment_form.load(first_assessment)
            self.assessment_form.setObjectName("first_assessment")
            heading = self.tr("First assessment (dated {date})").format(
                date=notation.date_medium(first_assessment.assessed_on)
            )
            self.assessment_heading.setText(f"<b>{heading}</b>")
            self.body_layout.insertWidget(1, self.assessment_heading)
            self.body_layout.insertWidget(2, self.assessment_form)
            self.first_assessed_on = first_assessment.assessed_on

    def _offer_departments(self) -> None:
        side = self.form.editors["side"]
        assert isinstance(side, QComboBox)
        self.form.suggest("department", self.departments.get(Side(side.currentData()), []))

    def build(self) -> Record:
        self.refused_in = self.form
        record = super().build()
        if self.assessment_form is not None:
            self.refused_in = self.assessment_form
            self.assessment_values = checked(StakeholderAssessment, self.assessment_form.values())
            self.assessment_values["assessed_on"] = self.first_assessed_on
            self.refused_in = self.form  # from here on only the workbook can refuse
        return record

    def show_problem(self, error: ValidationError) -> None:
        for form in (self.form, self.assessment_form):
            if form is not None and form is not self.refused_in:
                form.problem.clear()
        self.refused_in.show_problem(error)


class CounterpartDialog(CommitDialog):
    """A counterpart link: our person, the partner's person, function, level and note."""

    def __init__(
        self,
        title: str,
        base: Counterpart,
        people: Sequence[MapEntry],
        commit: Callable[[Record], object],
        parent: QWidget | None = None,
    ):
        super().__init__(title, base, COUNTERPART_FIELDS, commit, parent)
        self.ours = QComboBox()
        self.theirs = QComboBox()
        for entry in people:
            box = self.ours if entry.side is Side.US else self.theirs
            box.addItem(
                self.tr("{name} ({department})").format(
                    name=entry.name, department=entry.department
                ),
                entry.stakeholder_id,
            )
        for box, chosen in (
            (self.ours, base.our_stakeholder_id),
            (self.theirs, base.partner_stakeholder_id),
        ):
            box.setCurrentIndex(max(box.findData(chosen), 0))
        form_layout = self.form.layout()
        assert isinstance(form_layout, QFormLayout)
        self.ours_label = QLabel(self.tr("&Our person:"))
        self.ours_label.setBuddy(self.ours)
        self.theirs_label = QLabel(self.tr("&Partner's person:"))
        self.theirs_label.setBuddy(self.theirs)
        form_layout.insertRow(0, self.ours_label, self.ours)
        form_layout.insertRow(1, self.theirs_label, self.theirs)
        self.ours.setAccessibleName(self.tr("Our person"))
        self.theirs.setAccessibleName(self.tr("Partner's person"))
        level = self.form.editors["escalation_level"]
        level.setToolTip(self.tr("1 operational · 2 management · 3 executive"))
        self.setTabOrder(self.ours, self.theirs)
        self.setTabOrder(self.theirs, self.form.editors["function"])
        self.ours.setFocus()

    def build(self) -> Record:
        return self.base.with_changes(
            **self.form.values(),
            our_stakeholder_id=self.ours.currentData(),
            partner_stakeholder_id=self.theirs.currentData(),
        )
