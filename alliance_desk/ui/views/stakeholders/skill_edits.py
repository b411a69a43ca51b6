"""Assessing a person's skills and recording training, for the Skills tab.

An assessment with its level per skill is one undo step (the scored edit the
maturity page uses); a re-assessment is a new dated record that starts from
the current levels, so the history stays. A training with the skills it
addressed is one undo step too. Deleting either asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox, QWidget

from alliance_desk.domain.evaluations import Dimension, ScaleLevel
from alliance_desk.domain.record import Record
from alliance_desk.domain.skills import SkillAssessment, SkillScore, Training, TrainingSkill
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import records
from alliance_desk.store import skills as skill_store
from alliance_desk.store.db import Database
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.stakeholder_map import MapEntry
from alliance_desk.ui import notation
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.scored_edits import AddScoredStep
from alliance_desk.ui.session import Session, Step
from alliance_desk.ui.views.record_edits import delete_record, describe_refusal
from alliance_desk.ui.views.stakeholders.dialogs import blank
from alliance_desk.ui.widgets.score_sheet import ScoredDialog, ScoreSheet, local_name

# To mypy the mixin is the panel's widget; at run time a plain class mixed in first.
if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object

ASSESSMENT_FIELDS = ["assessed_on", "assessor", "comment"]
TRAINING_FIELDS = ["received_on", "kind", "title", "provider", "note"]


class AddTrainingStep(Step):
    """A training and the skills it addressed, as one step."""

    def __init__(self, training: Training, skill_ids: list[int]):
        self.training = training
        self.skill_ids = skill_ids
        self.stored: Training | None = None
        self.links: list[TrainingSkill] = []
        self.tables = {Training.TABLE, TrainingSkill.TABLE}

    def redo(self, db: Database) -> None:
        # The second time round everything comes back under the same ids.
        self.stored = records.insert(db, self.stored or self.training)
        assert self.stored.id is not None
        self.links = [
            records.insert(db, link)
            for link in self.links
            or [TrainingSkill(training_id=self.stored.id, dimension_id=i) for i in self.skill_ids]
        ]

    def undo(self, db: Database) -> None:
        assert self.stored is not None and self.stored.id is not None
        for link in reversed(self.links):
            records.delete(db, TrainingSkill, link.id or 0)
        records.delete(db, Training, self.stored.id)


class TrainingDialog(RecordDialog):
    """The training's date, kind, title, provider and note, and the skills it addressed."""

    def __init__(self, title: str, base: Record, skills: list[Dimension], parent: QWidget):
        super().__init__(title, base, TRAINING_FIELDS, parent)
        self.skill_list = QListWidget()
        for skill in skills:
            entry = QListWidgetItem(local_name(skill))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            entry.setData(Qt.ItemDataRole.UserRole, skill.id)
            self.skill_list.addItem(entry)
        heading = QLabel(self.tr("Skills &addressed:"))
        heading.setBuddy(self.skill_list)
        self.skill_list.setAccessibleName(self.tr("Skills the training addressed"))
        self.body_layout.insertWidget(1, heading)
        self.body_layout.insertWidget(2, self.skill_list, 1)
        self.resize(560, self.sizeHint().height())

    def chosen_skills(self) -> list[int]:
        return [
            int(self.skill_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.skill_list.count())
            if self.skill_list.item(row).checkState() == Qt.CheckState.Checked
        ]


class SkillEdits(_Base):
    """Assess skills, add training, delete either: the Skills tab's edits."""

    session: Session | None  # these come from the panel
    person: MapEntry | None
    skills: list[Dimension]
    levels: dict[int, ScaleLevel]
    history: list[skill_store.AssessmentLine]

    def selected_assessment(self) -> skill_store.AssessmentLine | None:
        raise NotImplementedError

    def selected_training(self) -> int | None:
        raise NotImplementedError

    def _run_steps(self, text: str, steps: list[Step]) -> bool:
        assert self.session is not None
        try:
            self.session.run(text, steps)
        except (ValidationError, WorkbookError) as error:
            QMessageBox.warning(self, text, describe_refusal(error))
            return False
        return True

    def assess_skills(self) -> None:
        """A new dated assessment, its form filled with the person's current levels."""
        person, session = self.person, self.session
        framework = skill_store.skills_framework(session.db) if session is not None else None
        if person is None or session is None or framework is None:
            return
        shown = [skill for skill in self.skills if skill.active]
        sheet = ScoreSheet(
            shown,
            list(self.levels.values()),
            self.tr("Not assessed"),
            self.tr("Level"),
            dimension_caption=self.tr("Skill"),
        )
        current = skill_store.current_skills(self.history)
        sheet.set_values({key: value.level for key, value in current.items()}, {})
        base = SkillAssessment(
            stakeholder_id=person.stakeholder_id,
            framework_id=framework.id or 0,
            assessed_on=session.today(),
        )
        title = (
            self.tr("Re-assess the skills of {name}")
            if self.history
            else self.tr("Assess the skills of {name}")
        ).format(name=person.name)
        dialog = ScoredDialog(
            title, base, ASSESSMENT_FIELDS, sheet, SkillScore, "assessment_id", "level", self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_record is None:
            return
        step = AddScoredStep(
            dialog.result_record, SkillScore, "assessment_id", "level", dialog.scores
        )
        self._run_steps(self.tr("Assess skills of {name}").format(name=person.name), [step])

    def add_training(self) -> None:
        person, session = self.person, self.session
        if person is None or session is None:
            return
        base = blank(Training, stakeholder_id=person.stakeholder_id, received_on=session.today())
        dialog = TrainingDialog(
            self.tr("Training or coaching for {name}").format(name=person.name),
            base,
            [skill for skill in self.skills if skill.active],
            self,
        )
        dialog.form.editors["title"].setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_record is None:
            return
        training = dialog.result_record
        assert isinstance(training, Training)
        self._run_steps(
            self.tr("Add training “{title}”").format(title=training.title),
            [AddTrainingStep(training, dialog.chosen_skills())],
        )

    def delete_assessment(self) -> None:
        line = self.selected_assessment()
        if line is None or self.session is None or self.person is None:
            return
        record = records.get(self.session.db, SkillAssessment, line.assessment_id)
        delete_record(
            self,
            self.session,
            record,
            self.tr("Delete assessment"),
            self.tr(
                "Delete the skills assessment of {name} of {date} with all its levels? "
                "You can undo this with Ctrl+Z."
            ).format(name=self.person.name, date=notation.date_medium(line.assessed_on)),
            self.tr("Delete skills assessment"),
        )

    def delete_training(self) -> None:
        chosen = self.selected_training()
        if chosen is None or self.session is None:
            return
        record = records.get(self.session.db, Training, chosen)
        delete_record(
            self,
            self.session,
            record,
            self.tr("Delete training"),
            self.tr("Delete the training “{title}”? You can undo this with Ctrl+Z.").format(
                title=record.title
            ),
            self.tr("Delete training"),
        )
