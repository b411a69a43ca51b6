"""Creating an alliance (with a new or an existing partner) and saying what deleting one
takes with it.

A new partner organisation and its first alliance are one user action, so
they are one undo step: the alliance needs the organisation's id, which is
known only once the organisation's own step has run, so the alliance is made
then (like a stakeholder's first assessment).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.record_form import RecordForm
from alliance_desk.ui.session import AddStep, Step
from alliance_desk.ui.views.stakeholders.dialogs import blank, checked

NEW_ALLIANCE_FIELDS = ["name", "alliance_type", "lifecycle_stage", "status_rag"]


class AddAllianceStep(Step):
    """An alliance with an existing partner (an id) or with one added in the same action."""

    def __init__(self, partner: AddStep | int, values: Mapping[str, Any]):
        self.partner = partner
        self.values = dict(values)
        self.stored: Alliance | None = None
        self.tables = {Alliance.TABLE}

    def redo(self, db: Database) -> None:
        if self.stored is None:
            if isinstance(self.partner, AddStep):
                assert self.partner.stored is not None and self.partner.stored.id is not None
                partner_id = self.partner.stored.id
            else:
                partner_id = self.partner
            record = Alliance(partner_id=partner_id, **self.values)
        else:
            record = self.stored  # redo: the same alliance under the same id
        self.stored = records.insert(db, record)

    def undo(self, db: Database) -> None:
        assert self.stored is not None and self.stored.id is not None
        records.delete(db, Alliance, self.stored.id)


def new_alliance_steps(partner: Organisation | int, values: Mapping[str, Any]) -> list[Step]:
    """The steps of one "new alliance" action: the new partner first, if there is one."""
    if isinstance(partner, Organisation):
        partner_step = AddStep(partner)
        return [partner_step, AddAllianceStep(partner_step, values)]
    return [AddAllianceStep(partner, values)]


class NewAllianceDialog(QDialog):
    """Partner (chosen or new), alliance name, type and stage; ``commit`` stores them.

    ``commit`` gets the steps and may refuse them (a full disk): the dialog
    then stays open with the values and says why.
    """

    def __init__(
        self,
        partners: Sequence[Organisation],
        commit: Callable[[list[Step]], object],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.commit = commit
        self.steps: list[Step] = []
        self.setMinimumWidth(460)

        self.existing = QRadioButton()
        self.new = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.existing)
        self.choice.addButton(self.new)
        self.partner_box = QComboBox()
        for organisation in partners:
            self.partner_box.addItem(organisation.name, organisation.id)
        self.partner_name = QLineEdit()
        self.partner_name.setObjectName("partner_name")
        self.partner_group = QGroupBox()
        grid = QGridLayout(self.partner_group)
        grid.addWidget(self.existing, 0, 0)
        grid.addWidget(self.partner_box, 0, 1)
        grid.addWidget(self.new, 1, 0)
        grid.addWidget(self.partner_name, 1, 1)
        grid.setColumnStretch(1, 1)
        self.existing.toggled.connect(self._update_enabled)
        if partners:
            self.existing.setChecked(True)
        else:
            self.existing.setEnabled(False)
            self.new.setChecked(True)

        self.form = RecordForm(Alliance, NEW_ALLIANCE_FIELDS, self)
        # An empty name, the default type and stage, and "Not assessed": nobody has looked yet.
        self.form.load(blank(Alliance))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.partner_group)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self._update_enabled()
        self.retranslate()
        QWidget.setTabOrder(self.existing, self.partner_box)
        QWidget.setTabOrder(self.partner_box, self.new)
        QWidget.setTabOrder(self.new, self.partner_name)
        QWidget.setTabOrder(self.partner_name, self.form.editors["name"])
        (self.partner_box if partners else self.partner_name).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New alliance"))
        self.partner_group.setTitle(self.tr("Partner organisation"))
        self.existing.setText(self.tr("&Existing:"))
        self.new.setText(self.tr("Ne&w:"))
        self.partner_box.setAccessibleName(self.tr("Existing partner organisation"))
        self.partner_name.setAccessibleName(self.tr("Name of the new partner organisation"))
        self.partner_name.setPlaceholderText(self.tr("Name of the new partner organisation"))
        name = self.form.labels["name"]
        name.setText(self.tr("Alliance &name"))
        self.form.editors["name"].setAccessibleName(self.tr("Alliance name"))

    def _update_enabled(self) -> None:
        self.partner_box.setEnabled(self.existing.isChecked())
        self.partner_name.setEnabled(self.new.isChecked())
        if self.new.isChecked() and self.isVisible():
            self.partner_name.setFocus()

    def build(self) -> list[Step]:
        """The steps to store; raises :class:`ValidationError` for a refused value."""
        partner: Organisation | int
        if self.new.isChecked():
            partner = Organisation(name=self.partner_name.text())
        else:
            partner = int(self.partner_box.currentData())
        values = checked(Alliance, self.form.values())
        return new_alliance_steps(partner, values)

    def accept(self) -> None:
        self.form.problem.clear()
        try:
            steps = self.build()
            self.commit(steps)
        except ValidationError as error:
            if error.record == Organisation.TABLE:
                self.form.problem.setText(
                    self.tr("New partner organisation: {problem}").format(
                        problem=describe_validation(error)
                    )
                )
                self.partner_name.setFocus()
            else:
                self.form.show_problem(error)
            return
        except WorkbookError as error:
            self.form.problem.setText(describe_error(error))
            return
        self.steps = steps
        super().accept()

    @property
    def alliance(self) -> Alliance | None:
        """The stored alliance after OK."""
        for step in self.steps:
            if isinstance(step, AddAllianceStep):
                return step.stored
        return None


def _plural(table: str) -> str:
    # Literal strings, so that lupdate finds each one.
    texts = {
        "goal": QCoreApplication.translate("ProfileView", "Goals"),
        "stakeholder": QCoreApplication.translate("ProfileView", "Stakeholders"),
        "stakeholder_assessment": QCoreApplication.translate(
            "ProfileView", "Stakeholder assessments"
        ),
        "counterpart": QCoreApplication.translate("ProfileView", "Counterpart links"),
        "evaluation": QCoreApplication.translate("ProfileView", "Health checks"),
        "pulse_check": QCoreApplication.translate("ProfileView", "Pulse checks"),
        "meeting": QCoreApplication.translate("ProfileView", "Meetings"),
        "action": QCoreApplication.translate("ProfileView", "Actions"),
        "decision": QCoreApplication.translate("ProfileView", "Decisions"),
        "risk": QCoreApplication.translate("ProfileView", "Risks"),
    }
    return texts.get(table, table)


def deletion_question(alliance: str, partner: str, counts: Mapping[str, int]) -> str:
    """The confirmation text: what goes with the alliance, and what stays."""
    # The first line holds no names: a message box reads text as markup when its first line
    # looks like markup, and names must show as typed.
    lines = [
        QCoreApplication.translate("ProfileView", "Delete this alliance and all it holds?"),
        "",
        QCoreApplication.translate("ProfileView", "“{alliance}” with {partner}").format(
            alliance=alliance, partner=partner
        ),
    ]
    taken = [(table, number) for table, number in counts.items() if number]
    if taken:
        lines.append("")
        lines.append(QCoreApplication.translate("ProfileView", "This also deletes:"))
        lines += [f"• {_plural(table)}: {number}" for table, number in taken]
    else:
        lines.append("")
        lines.append(
            QCoreApplication.translate("ProfileView", "Nothing else is recorded for it yet.")
        )
    lines.append("")
    lines.append(
        QCoreApplication.translate(
            "ProfileView",
            "The partner organisation {partner} and its maturity assessments stay. "
            "Undo (Ctrl+Z) brings everything back.",
        ).format(partner=partner)
    )
    return "\n".join(lines)
