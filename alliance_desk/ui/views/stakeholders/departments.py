"""The Departments tab of the stakeholder page: which departments of each organisation deal
with the partner, how many people, their collaborative skills and where the gaps are.

So the manager can show senior management that collaboration is an
organisational matter: per department (from the stakeholder map; how many are
linked to a counterpart) the people, and per skill how many were assessed,
their mean and lowest level, the required level and who is below it. A gap is
said with ▼, a count and the word, in bold; the names are in the tooltip.
The organisation's whole is the last line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.skills import DepartmentSkills
from alliance_desk.store import skills as skill_store
from alliance_desk.ui import notation
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.stakeholders.skills import BELOW, MEETS, item
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.read_when_shown import ReadWhenShown
from alliance_desk.ui.widgets.score_sheet import local_description, local_name

WATCHED = {
    "stakeholder",
    "counterpart",
    "skill_assessment",
    "skill_score",
    "framework",
    "framework_dimension",
    "organisation",
    "alliance",
}


class DepartmentsPanel(ReadWhenShown):
    """Both organisations' departments on the alliance's map with their skills and gaps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.alliance_id: int | None = None
        self.view_data: skill_store.AllianceSkills | None = None
        self.organisation_label = QLabel()
        self.organisation_box = QComboBox()
        self.organisation_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.organisation_label.setBuddy(self.organisation_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.organisation_label)
        top.addWidget(self.organisation_box)
        top.addWidget(self.summary, 1)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.tree, [0, 6])
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        self.organisation_box.currentIndexChanged.connect(lambda _index: self._fill())

    def retranslate(self) -> None:
        self.organisation_label.setText(self.tr("Or&ganisation:"))
        self.organisation_box.setAccessibleName(self.tr("Organisation whose departments are shown"))
        self.tree.setAccessibleName(self.tr("Departments and their collaborative skills"))
        self.hint.setText(
            self.tr(
                "A gap: people whose current level is below the level the skills framework "
                "requires (Edit → Frameworks…). People not yet assessed count among the "
                "department's people but not in its levels."
            )
        )
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Department / skill"),
                self.tr("People"),
                self.tr("Assessed"),
                self.tr("Mean"),
                self.tr("Lowest"),
                self.tr("Required"),
                self.tr("Below required"),
            ]
        )
        self.show_alliance(self.session, self.alliance_id)

    def show_alliance(self, session: Session | None, alliance_id: int | None) -> None:
        """Show an alliance's departments: now if the tab is in view, else as it comes into
        view. Reading every person's skills and building the tree was a third of switching to
        the stakeholder page, which opens on its map."""
        self.session, self.alliance_id = session, alliance_id
        self.read_when_shown()

    def read_shown(self) -> None:
        session, alliance_id = self.session, self.alliance_id
        self.view_data = (
            skill_store.alliance_skills(session.db, alliance_id)
            if session is not None and alliance_id is not None
            else None
        )
        chosen = self.organisation_box.currentIndex()
        self.organisation_box.blockSignals(True)
        self.organisation_box.clear()
        for organisation in self.view_data.organisations if self.view_data else ():
            text = (
                self.tr("Ours: {name}")
                if organisation.side.value == "us"
                else self.tr("Partner: {name}")
            ).format(name=organisation.organisation)
            self.organisation_box.addItem(text)
        self.organisation_box.setCurrentIndex(
            max(chosen, 0) if self.organisation_box.count() else -1
        )
        self.organisation_box.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        model = self.model
        model.removeRows(0, model.rowCount())
        data = self.view_data
        index = self.organisation_box.currentIndex()
        if data is None or not 0 <= index < len(data.organisations):
            self.summary.setText(self.tr("Choose an alliance to see its departments."))
            return
        organisation = data.organisations[index]
        if not data.skills:
            self.summary.setText(self.tr("The workbook has no skills framework."))
            return
        for department in organisation.departments:
            self._add_department(department.department, department, data)
        if organisation.departments:
            self._add_department(self.tr("Whole organisation"), organisation.total, data)
        self.tree.expandAll()
        gaps = [d for d in organisation.departments if d.gaps]
        self.summary.setText(
            self.tr("%n department(s) deal with the partner", "", len(organisation.departments))
            + "; "
            + self.tr("%n people", "", organisation.total.people)
            + "; "
            + self.tr("gaps in %n department(s)", "", len(gaps))
            + (": " + ", ".join(d.department for d in gaps) if gaps else ".")
        )

    def _add_department(
        self, name: str, department: DepartmentSkills, data: skill_store.AllianceSkills
    ) -> None:
        linked = self.tr("%n with a counterpart", "", department.with_counterpart)
        gaps = department.gaps
        parent = [
            item(name, bold=True),
            item(notation.count(department.people), linked),
            item(notation.count(department.assessed_people)),
            item(""),
            item(""),
            item(""),
            item(
                f"{BELOW} " + self.tr("gaps in %n skill(s)", "", gaps)
                if gaps
                else f"{MEETS} " + self.tr("no gaps"),
                bold=gaps > 0,
            ),
        ]
        for cell in parent[1:6]:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        for skill, standing in zip(data.skills, department.skills, strict=True):
            below = standing.below_people
            if standing.assessed == 0:
                verdict = self.tr("not assessed")
            elif standing.required is None:
                verdict = ""
            elif below:
                verdict = f"{BELOW} " + self.tr("%n below: {names}", "", len(below)).format(
                    names=", ".join(below)
                )
            else:
                verdict = f"{MEETS} " + self.tr("none below")
            row = [
                item(local_name(skill), local_description(skill)),
                item(""),
                item(notation.count(standing.assessed)),
                item(notation.number(standing.mean) if standing.mean is not None else "—"),
                item(notation.level(standing.lowest) if standing.lowest is not None else "—"),
                item(notation.level(standing.required) if standing.required else "—"),
                item(verdict, ", ".join(below), bold=bool(below)),
            ]
            for cell in row[1:6]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            parent[0].appendRow(row)
        self.model.appendRow(parent)

    def reload(self) -> None:
        self.show_alliance(self.session, self.alliance_id)
