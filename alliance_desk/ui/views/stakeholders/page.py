"""The stakeholder map of the chosen alliance: ours and the partner's people.

Five tabs: *Map* (the power/interest grid with a legend; dragging a marker
records a re-assessment), *People* (grouped by organisation and department,
with the chosen person's assessment history), *Counterparts* (our person ↔
their peer per function and escalation level, and the departments that have
no counterpart yet), *Skills* (the chosen person's collaborative skills and
training) and *Departments* (each organisation's departments with their
skills and gaps). The filters above the tabs apply to the map and the
people. Every edit goes through the session, so Ctrl+Z undoes it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import Attitude, Side
from alliance_desk.store.stakeholder_map import MapEntry, assessment_history, current_map
from alliance_desk.ui.labels import choices
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.stakeholders.counterparts import CounterpartsPanel
from alliance_desk.ui.views.stakeholders.departments import DepartmentsPanel
from alliance_desk.ui.views.stakeholders.editing import PersonEdits
from alliance_desk.ui.views.stakeholders.grid import PowerInterestGrid
from alliance_desk.ui.views.stakeholders.look import Legend, fill_combo
from alliance_desk.ui.views.stakeholders.models import ID_ROLE, KIND_ROLE, HistoryModel, PeopleModel
from alliance_desk.ui.views.stakeholders.people_tab import PeopleTab
from alliance_desk.ui.views.stakeholders.skills import (
    PERSON_OF,
    SKILL_TABLES,
    PersonSkillsPanel,
)
from alliance_desk.ui.widgets.columns import fit_columns

WATCHED_TABLES = {"stakeholder", "stakeholder_assessment", "counterpart", "alliance"}
MAP_TAB, PEOPLE_TAB, COUNTERPARTS_TAB, SKILLS_TAB, DEPARTMENTS_TAB = range(5)


class StakeholdersView(PersonEdits, View):
    """Map, people and counterparts of one alliance."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[MapEntry] = []
        self.selected_id: int | None = None
        self._build_buttons()
        self._build_filters()
        self.grid = PowerInterestGrid()
        self.legend = Legend()
        self.unassessed = QLabel()
        self.unassessed.setWordWrap(True)
        self.unassessed.setTextFormat(Qt.TextFormat.PlainText)  # names are not markup
        self._people_model = PeopleModel(self)
        self._people = QTreeView()
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history_title = QLabel()
        self.history_title.setWordWrap(True)
        self.reassess_button = QPushButton()
        self.counterparts = CounterpartsPanel()
        self.summary = QLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._map_tab(), "")
        self.tabs.addTab(self._people_tab(), "")
        self.tabs.addTab(self.counterparts, "")
        self.skills = PersonSkillsPanel()
        self.skills.person_chosen.connect(lambda chosen: self.choose(chosen or None))
        self.departments = DepartmentsPanel()
        self.tabs.addTab(self.skills, "")
        self.tabs.addTab(self.departments, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        self.setTabOrder(self.search, self.side_filter)
        self.setTabOrder(self.side_filter, self.attitude_filter)
        self.setTabOrder(self.attitude_filter, self.tabs)
        self.retranslate()

    # Building ------------------------------------------------------------------

    def _build_buttons(self) -> None:
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.assess_button = QPushButton()
        self.add_button.clicked.connect(self.add_stakeholder)
        self.edit_button.clicked.connect(self.edit_stakeholder)
        self.delete_button.clicked.connect(self.delete_stakeholder)
        self.assess_button.clicked.connect(self.reassess)
        self.buttons_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.assess_button, self.delete_button):
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)
        # The Delete key works where a person is chosen: in the table and on the grid.
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_stakeholder)

    def _build_filters(self) -> None:
        self.filter_bar = QWidget()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.side_filter = QComboBox()
        self.attitude_filter = QComboBox()
        row = QHBoxLayout(self.filter_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_label)
        row.addWidget(self.search, 2)
        row.addWidget(self.side_filter)
        row.addWidget(self.attitude_filter)
        self.search.textChanged.connect(self.apply_filter)
        self.side_filter.currentIndexChanged.connect(self.apply_filter)
        self.attitude_filter.currentIndexChanged.connect(self.apply_filter)

    def _map_tab(self) -> QWidget:
        self.grid.marker_moved.connect(self.move_on_grid)
        self.grid.marker_chosen.connect(self.choose)
        self.grid.marker_activated.connect(lambda _id: self.reassess())
        self.grid.addAction(self.delete_action)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addWidget(self.legend)
        column.addWidget(self.unassessed)
        column.addStretch(1)
        side.setFixedWidth(240)
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.addWidget(self.grid, 1)
        row.addWidget(side)
        return tab

    def _people_tab(self) -> QWidget:
        people = PeopleTab.set_up(self._people, self._people_model)
        people.selectionModel().currentRowChanged.connect(self._people_row_changed)
        people.activated.connect(self._people_activated)
        people.addAction(self.delete_action)
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.history, [5])  # the note takes the room the scores leave
        self.history.setAlternatingRowColors(True)
        self.reassess_button.clicked.connect(self.reassess)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.history_title, 1)
        heading.addWidget(self.reassess_button)
        lower_layout.addLayout(heading)
        lower_layout.addWidget(self.history)
        self.people_tab = PeopleTab(self._fill_people, people, lower)
        return self.people_tab

    @property
    def people_model(self) -> PeopleModel:
        """The People tab's rows (read first if they wait for the tab to be shown)."""
        self.people_tab.read_if_pending()
        return self._people_model

    @property
    def people(self) -> QTreeView:
        """The People tab's tree (its rows read first if they wait for the tab)."""
        self.people_tab.read_if_pending()
        return self._people

    # Texts -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Stakeholders")

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add &stakeholder…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.assess_button.setText(self.tr("&Re-assess…"))
        self.reassess_button.setText(self.tr("Re-assess…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_action.setText(self.tr("Delete stakeholder"))
        self.search_label.setText(self.tr("Fi&nd:"))
        self.search.setPlaceholderText(self.tr("name, role or department"))
        self.search.setAccessibleName(self.tr("Filter stakeholders by name, role or department"))
        fill_combo(self.side_filter, self.tr("Both organisations"), choices(Side))
        fill_combo(self.attitude_filter, self.tr("All attitudes"), choices(Attitude))
        self.side_filter.setAccessibleName(self.tr("Filter by organisation"))
        self.attitude_filter.setAccessibleName(self.tr("Filter by attitude"))
        self.tabs.setTabText(MAP_TAB, self.tr("&Map"))
        self.tabs.setTabText(PEOPLE_TAB, self.tr("&People"))
        self.tabs.setTabText(COUNTERPARTS_TAB, self.tr("&Counterparts"))
        self.tabs.setTabText(SKILLS_TAB, self.tr("S&kills"))
        self.tabs.setTabText(DEPARTMENTS_TAB, self.tr("Depar&tments"))
        self.grid.setAccessibleName(self.tr("Power and interest grid"))
        self.grid.setAccessibleDescription(
            self.tr(
                "Each stakeholder at their interest (across) and power (up). Arrow keys "
                "go from person to person, Enter re-assesses. The People tab lists the "
                "same people as a table."
            )
        )
        self._people.setAccessibleName(self.tr("Stakeholders by organisation and department"))
        self.history.setAccessibleName(self.tr("Assessment history"))
        self.legend.retranslate()
        self._people_model.retranslate()
        self.history_model.retranslate()
        self.counterparts.retranslate()
        self.skills.retranslate()
        self.departments.retranslate()
        self.apply_filter()

    # Showing ---------------------------------------------------------------------

    def reload(self) -> None:
        if self.session is None or self.alliance_id is None:
            self.entries = []
        else:
            self.entries = current_map(self.session.db, self.alliance_id)
        if self.selected_entry() is None:
            self.selected_id = None
        self.counterparts.show_alliance(self.session, self.alliance_id, self.entries)
        self.skills.session = self.session
        self.departments.show_alliance(self.session, self.alliance_id)
        self.apply_filter()

    def on_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.reload()
        elif table in SKILL_TABLES:
            self.skills.reload()
            self.departments.reload()

    def shown_entries(self) -> list[MapEntry]:
        """The people that pass the filters."""
        text = self.search.text().strip().casefold()
        side, attitude = self.side_filter.currentData(), self.attitude_filter.currentData()
        return [
            entry
            for entry in self.entries
            if (side is None or entry.side == side)
            and (attitude is None or entry.attitude == attitude)
            and (
                not text
                or any(
                    text in (value or "").casefold()
                    for value in (entry.name, entry.role, entry.department)
                )
            )
        ]

    def apply_filter(self) -> None:
        shown = self.shown_entries()
        self.people_tab.read_when_shown()
        self.grid.set_entries(shown, self._why_the_map_is_empty(shown))
        self.grid.choose(self.selected_id)
        self.counterparts.chosen = self.selected_entry()
        missing = [entry.name for entry in shown if entry.attitude is None]
        self.unassessed.setText(
            self.tr("Not on the map yet (no assessment): {names}").format(names=", ".join(missing))
            if missing
            else ""
        )
        self._show_history()
        self.skills.show_entries(self.entries, self.selected_entry())
        self._summarise(shown)
        self._update_buttons()

    def _why_the_map_is_empty(self, shown: list[MapEntry]) -> str:
        if self.session is None or self.alliance_id is None:
            return self.tr("Choose an alliance to see its stakeholder map.")
        if not self.entries:
            return self.tr(
                "No stakeholders yet. Add the people who matter to this alliance, "
                "ours and the partner's, with “Add stakeholder…”."
            )
        if not shown:
            return self.tr("Nobody matches the filters.")
        return self.tr("Nobody shown has been assessed yet: use “Re-assess…”.")

    def _show_history(self) -> None:
        entry = self.selected_entry()
        if self.session is None or entry is None:
            self.history_model.set_rows([])
            self.history_title.setText(self.tr("Choose a person to see their assessments."))
            return
        self.history_model.set_rows(assessment_history(self.session.db, entry.stakeholder_id))
        self.history_title.setText(
            self.tr("<b>Assessments of {name}</b> ({department}), newest first").format(
                name=html.escape(entry.name), department=html.escape(entry.department)
            )
        )

    def _summarise(self, shown: list[MapEntry]) -> None:
        if self.session is None:
            self.summary.setText(self.tr("No workbook is open."))
            return
        if self.alliance_id is None:
            self.summary.setText(self.tr("Choose an alliance to see its stakeholders."))
            return
        ours = sum(1 for entry in self.entries if entry.side is Side.US)
        self.summary.setText(
            self.tr(
                "Showing {shown} of %n stakeholder(s) ({ours} ours, {theirs} the partner's)",
                "",
                len(self.entries),
            ).format(
                shown=len(shown),
                ours=ours,
                theirs=len(self.entries) - ours,
            )
        )

    def _update_buttons(self) -> None:
        chosen = self.selected_entry() is not None
        self.add_button.setEnabled(self.session is not None and self.alliance_id is not None)
        for control in (
            self.edit_button,
            self.delete_button,
            self.assess_button,
            self.reassess_button,
            self.delete_action,
        ):
            control.setEnabled(chosen)

    def _tab_changed(self, index: int) -> None:
        # The filters are about people; they do not apply to the counterpart links.
        self.filter_bar.setVisible(index in (MAP_TAB, PEOPLE_TAB))

    # Choosing --------------------------------------------------------------------

    def selected_entry(self) -> MapEntry | None:
        for entry in self.entries:
            if entry.stakeholder_id == self.selected_id:
                return entry
        return None

    def choose(self, stakeholder_id: int | None) -> None:
        """Make a person the chosen one in the table, on the grid and for the history."""
        self.selected_id = stakeholder_id
        self.grid.choose(stakeholder_id)
        self._select_in_people(stakeholder_id)
        self.counterparts.chosen = self.selected_entry()
        self._show_history()
        self.skills.show_entries(self.entries, self.selected_entry())
        self._update_buttons()

    def _fill_people(self) -> None:
        self._people_model.set_entries(self.shown_entries())
        self._people.expandAll()
        self._select_in_people(self.selected_id)

    def _select_in_people(self, stakeholder_id: int | None) -> None:
        if self.people_tab.read_pending:
            return  # chosen as the tab is filled
        index = self._people_model.index_of(stakeholder_id) if stakeholder_id else QModelIndex()
        selection = self._people.selectionModel()
        selection.blockSignals(True)  # the change comes from here; no need to hear it back
        if index.isValid():
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._people.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self._people.viewport().update()

    def _people_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        first = current.siblingAtColumn(0)
        if first.data(KIND_ROLE) == "person":
            self.choose(int(first.data(ID_ROLE)))

    def _people_activated(self, index: QModelIndex) -> None:
        if index.siblingAtColumn(0).data(KIND_ROLE) == "person":
            self.edit_stakeholder()

    def show_record(self, table: str, record_id: int) -> bool:
        if self.session is None:
            return False
        tab = PEOPLE_TAB if table == "stakeholder_assessment" else SKILLS_TAB
        if table in PERSON_OF:
            found = self.session.db.scalar(PERSON_OF[table], {"id": record_id})
            if found is None:
                return False
            table, record_id = "stakeholder", int(found)
        if table == "stakeholder":
            if record_id not in {entry.stakeholder_id for entry in self.entries}:
                return False
            # The person must be visible, whatever the filters said.
            self.search.clear()
            self.side_filter.setCurrentIndex(0)
            self.attitude_filter.setCurrentIndex(0)
            self.tabs.setCurrentIndex(tab)
            self.choose(record_id)
            return True
        if table == "counterpart" and self.counterparts.select_link(record_id):
            self.tabs.setCurrentIndex(COUNTERPARTS_TAB)
            return True
        return False
