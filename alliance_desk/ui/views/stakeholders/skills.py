"""The Skills tab of the stakeholder page: one person's collaborative skills.

For the chosen person: the current level of each skill beside the level the
framework requires (below it is said in words and with ▼, not by colour
alone), the level before the latest re-assessment, every dated assessment
(newest first) and the training or coaching received with the skills it
addressed. "Assess skills…" starts from the current levels, so a
re-assessment changes only what moved; each assessment and each training is
one undo step (:mod:`.skill_edits`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.evaluations import Dimension, ScaleLevel
from alliance_desk.store import skills as skill_store
from alliance_desk.store.stakeholder_map import MapEntry
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.stakeholders.skill_edits import SkillEdits
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.read_when_shown import ReadWhenShown
from alliance_desk.ui.widgets.score_sheet import level_text, local_description, local_name

BELOW, MEETS = "▼", "✓"
SKILL_TABLES = {
    "skill_assessment",
    "skill_score",
    "training",
    "training_skill",
    "framework",
    "framework_dimension",
    "framework_level",
}
# The person a record belongs to, for a Find hit or a History entry that opens it.
PERSON_OF = {
    "stakeholder_assessment": "SELECT stakeholder_id FROM stakeholder_assessment WHERE id = :id",
    "skill_assessment": "SELECT stakeholder_id FROM skill_assessment WHERE id = :id",
    "skill_score": "SELECT stakeholder_id FROM skill_assessment WHERE id ="
    " (SELECT assessment_id FROM skill_score WHERE id = :id)",
    "training": "SELECT stakeholder_id FROM training WHERE id = :id",
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def item(text: str, tip: str = "", bold: bool = False) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    if tip:
        cell.setToolTip(tip)
    if bold:
        font = QFont()
        font.setBold(True)
        cell.setFont(font)
    return cell


def table(model: QStandardItemModel, text: list[int]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    fit_columns(view, text)
    return view


class PersonSkillsPanel(SkillEdits, ReadWhenShown):
    """The chosen person's skills, assessments and training, with the buttons to add them."""

    person_chosen = Signal(int)  # a stakeholder id, or 0 for nobody

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.entries: list[MapEntry] = []
        self.person: MapEntry | None = None
        self.skills: list[Dimension] = []
        self.levels: dict[int, ScaleLevel] = {}
        self.history: list[skill_store.AssessmentLine] = []
        self.training_lines: list[skill_store.TrainingLine] = []
        self.person_label = QLabel()
        self.person_box = QComboBox()
        self.person_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person_label.setBuddy(self.person_box)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.assess_button = QPushButton()
        self.assess_button.clicked.connect(self.assess_skills)
        self.training_button = QPushButton()
        self.training_button.clicked.connect(self.add_training)
        self.delete_assessment_button = QPushButton()
        self.delete_assessment_button.clicked.connect(self.delete_assessment)
        self.delete_training_button = QPushButton()
        self.delete_training_button.clicked.connect(self.delete_training)
        top = QHBoxLayout()
        top.addWidget(self.person_label)
        top.addWidget(self.person_box)
        top.addWidget(self.heading, 1)
        top.addWidget(self.assess_button)
        top.addWidget(self.training_button)

        self.current_model = QStandardItemModel(self)
        self.current = table(self.current_model, [0])
        self.history_title = QLabel()
        self.history_model = QStandardItemModel(self)
        self.history_view = table(self.history_model, [2, 3])
        self.history_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.training_title = QLabel()
        self.training_model = QStandardItemModel(self)
        self.training_view = table(self.training_model, [2, 4, 3, 1])
        self.training_view.selectionModel().selectionChanged.connect(self._update_buttons)

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        for title, view, button in (
            (self.history_title, self.history_view, self.delete_assessment_button),
            (self.training_title, self.training_view, self.delete_training_button),
        ):
            column = QVBoxLayout()
            heading = QHBoxLayout()
            heading.addWidget(title, 1)
            heading.addWidget(button)
            column.addLayout(heading)
            column.addWidget(view)
            lower_layout.addLayout(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.current)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.person_box.currentIndexChanged.connect(self._person_chosen)

    def retranslate(self) -> None:
        self.person_label.setText(self.tr("Pers&on:"))
        self.person_box.setAccessibleName(self.tr("Person whose skills are shown"))
        self.assess_button.setText(self.tr("Ne&w skills assessment…"))
        self.training_button.setText(self.tr("Add trainin&g…"))
        self.delete_assessment_button.setText(self.tr("Delete assessment"))
        self.delete_training_button.setText(self.tr("Delete training"))
        self.history_title.setText(self.tr("<b>Assessments</b>, newest first"))
        self.training_title.setText(self.tr("<b>Training and coaching received</b>"))
        self.current.setAccessibleName(self.tr("Current skill levels"))
        self.history_view.setAccessibleName(self.tr("Skills assessments"))
        self.training_view.setAccessibleName(self.tr("Training and coaching received"))
        self.current_model.setHorizontalHeaderLabels(
            [
                self.tr("Skill"),
                self.tr("Current level"),
                self.tr("Required"),
                self.tr("Against required"),
                self.tr("Before"),
                self.tr("Assessed on"),
            ]
        )
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Assessed by"), self.tr("Levels"), self.tr("Comment")]
        )
        self.training_model.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Given by"),
                self.tr("Skills addressed"),
            ]
        )
        self.show_entries(self.entries, self.person)

    # Showing ---------------------------------------------------------------------

    def show_entries(self, entries: list[MapEntry], person: MapEntry | None) -> None:
        """The alliance's people in the chooser, and ``person`` (or nobody) shown: now if
        the tab is in view, else as it comes into view (the stakeholder page opens on its
        map, and every load and every person chosen there called this)."""
        self.entries, self.person = entries, person
        self.read_when_shown()

    def read_shown(self) -> None:
        entries, person = self.entries, self.person
        self.person_box.blockSignals(True)
        self.person_box.clear()
        self.person_box.addItem(self.tr("(choose a person)"), None)
        for entry in entries:
            side = self.tr("ours") if entry.side.value == "us" else self.tr("partner")
            self.person_box.addItem(
                f"{entry.name} — {entry.department} ({side})", entry.stakeholder_id
            )
        chosen = person.stakeholder_id if person is not None else None
        self.person_box.setCurrentIndex(max(self.person_box.findData(chosen), 0))
        self.person_box.blockSignals(False)
        self.reload()

    def _person_chosen(self, _index: int) -> None:
        chosen = self.person_box.currentData()
        self.person_chosen.emit(int(chosen) if chosen is not None else 0)

    def reload(self) -> None:
        db = self.session.db if self.session is not None else None
        person = self.person
        self.skills = skill_store.skills(db, active_only=False) if db is not None else []
        self.levels = {level.value: level for level in skill_store.skill_levels(db)} if db else {}
        if db is None or person is None:
            self.history, self.training_lines = [], []
            self.heading.setText(self.tr("Choose a person to see their collaborative skills."))
        else:
            self.history = skill_store.assessment_history(db, person.stakeholder_id)
            self.training_lines = skill_store.trainings(db, person.stakeholder_id)
            self.heading.setText(
                self.tr(
                    "<b>{name}</b> ({department}): %n assessment(s)", "", len(self.history)
                ).format(name=html.escape(person.name), department=html.escape(person.department))
            )
        self._fill_current()
        self._fill_history()
        self._fill_training()
        self._update_buttons()

    def _fill_current(self) -> None:
        model = self.current_model
        model.removeRows(0, model.rowCount())
        current = skill_store.current_skills(self.history)
        for skill in self.skills:
            now = current.get(skill.id or 0)
            if not skill.active and now is None:
                continue
            name = local_name(skill) + ("" if skill.active else " " + self.tr("(retired)"))
            required = skill.required_level
            if now is None:
                verdict, bold = self.tr("not assessed"), False
            elif required is None:
                verdict, bold = "", False
            elif now.level < required:
                verdict = f"{BELOW} " + self.tr("%n level(s) below", "", required - now.level)
                bold = True
            else:
                verdict, bold = f"{MEETS} " + self.tr("meets"), False
            row = [
                item(name, local_description(skill)),
                item(level_text(now.level, self.levels) if now else "—"),
                item(level_text(required, self.levels) if required else "—"),
                item(verdict, bold=bold),
                item(notation.level(now.previous) if now and now.previous else "—"),
                item(notation.date_short(now.assessed_on) if now else ""),
            ]
            model.appendRow(row)

    def _skill_names(self, skill_ids: object) -> str:
        names = {skill.id: local_name(skill) for skill in self.skills}
        return ", ".join(names.get(skill_id, "?") for skill_id in skill_ids)  # type: ignore[attr-defined]

    def _fill_history(self) -> None:
        model = self.history_model
        model.removeRows(0, model.rowCount())
        order = {skill.id: position for position, skill in enumerate(self.skills)}
        names = {skill.id: local_name(skill) for skill in self.skills}
        for line in self.history:
            levels = "; ".join(
                f"{names.get(skill_id, '?')} {notation.level(level)}"
                for skill_id, level in sorted(
                    line.levels.items(), key=lambda pair: order.get(pair[0], 0)
                )
            )
            first = item(notation.date_short(line.assessed_on))
            first.setData(line.assessment_id, ID_ROLE)
            model.appendRow(
                [first, item(line.assessor or ""), item(levels, levels), item(line.comment or "")]
            )

    def _fill_training(self) -> None:
        model = self.training_model
        model.removeRows(0, model.rowCount())
        for line in self.training_lines:
            training = line.training
            first = item(notation.date_short(training.received_on))
            first.setData(training.id, ID_ROLE)
            addressed = self._skill_names(line.skill_ids)
            model.appendRow(
                [
                    first,
                    item(label(training.kind)),
                    item(training.title, training.note or ""),
                    item(training.provider or ""),
                    item(addressed, addressed),
                ]
            )

    @staticmethod
    def _chosen_id(view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def selected_assessment(self) -> skill_store.AssessmentLine | None:
        chosen = self._chosen_id(self.history_view)
        return next((line for line in self.history if line.assessment_id == chosen), None)

    def selected_training(self) -> int | None:
        return self._chosen_id(self.training_view)

    def _update_buttons(self) -> None:
        ready = self.session is not None and self.person is not None and bool(self.skills)
        self.assess_button.setEnabled(ready)
        self.training_button.setEnabled(ready)
        self.delete_assessment_button.setEnabled(self.selected_assessment() is not None)
        self.delete_training_button.setEnabled(self.selected_training() is not None)
