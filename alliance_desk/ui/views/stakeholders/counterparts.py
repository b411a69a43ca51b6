"""The Counterparts tab of the stakeholder page: our person ↔ their peer per function and
escalation level, and the departments on either side that nobody is linked to yet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import Side
from alliance_desk.domain.stakeholders import Counterpart
from alliance_desk.store import records
from alliance_desk.store.stakeholder_map import (
    DepartmentGap,
    MapEntry,
    counterpart_gaps,
    counterpart_lines,
)
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.record_edits import add_record, delete_record, edit_record
from alliance_desk.ui.views.stakeholders.dialogs import CounterpartDialog, blank
from alliance_desk.ui.views.stakeholders.look import side_short
from alliance_desk.ui.views.stakeholders.models import CounterpartModel
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.read_when_shown import ReadWhenShown

LINK_FIELDS = [
    "our_stakeholder_id",
    "partner_stakeholder_id",
    "function",
    "escalation_level",
    "note",
]


class CounterpartsPanel(ReadWhenShown):
    """Links between the two organisations' people, with add, edit and delete."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.alliance_id: int | None = None
        self.people: list[MapEntry] = []
        self.gap_list: list[DepartmentGap] = []
        self.chosen: MapEntry | None = None  # the person chosen on the other tabs
        self.model = CounterpartModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        fit_columns(self.table, [2, 3, 1, 4])  # the people first, then function and note
        self.table.activated.connect(lambda _index: self.edit_link())
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_link)
        self.table.addAction(self.delete_action)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(self.add_link)
        self.edit_button.clicked.connect(self.edit_link)
        self.delete_button.clicked.connect(self.delete_link)
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)  # department names are not markup
        self.gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.gaps)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add &link…"))
        self.edit_button.setText(self.tr("Edit lin&k…"))
        self.delete_button.setText(self.tr("Delete li&nk"))
        self.delete_action.setText(self.tr("Delete counterpart link"))
        self.table.setAccessibleName(self.tr("Counterpart links"))
        self.gaps.setAccessibleName(self.tr("Departments without a counterpart"))
        self.model.retranslate()
        self._show_gaps()  # texts only: the gaps were read with the alliance

    def show_alliance(
        self,
        session: Session | None,
        alliance_id: int | None,
        people: Sequence[MapEntry],
    ) -> None:
        """Show the links of an alliance whose people (both sides) are ``people``: now if
        the tab is in view, else as it comes into view (the stakeholder page opens on its
        map; reading the links and their gaps was a tenth of switching to it)."""
        self.session, self.alliance_id, self.people = session, alliance_id, list(people)
        self.read_when_shown()

    def read_shown(self) -> None:
        session, alliance_id = self.session, self.alliance_id
        chosen_link = self.selected_link()
        if session is None or alliance_id is None:
            self.model.set_rows([])
        else:
            self.model.set_rows(counterpart_lines(session.db, alliance_id))
        # Read once per load; a language switch only words them again.
        self.gap_list = (
            []
            if session is None or alliance_id is None
            else list(counterpart_gaps(session.db, alliance_id))
        )
        if chosen_link is not None:
            self.select_link(chosen_link)
        self._show_gaps()
        self.update_buttons()

    def _show_gaps(self) -> None:
        if self.session is None or self.alliance_id is None:
            self.gaps.clear()
            return
        if not self.people:
            self.gaps.setText(self.tr("No stakeholders yet."))
            return
        gaps = self.gap_list
        if not gaps:
            self.gaps.setText(self.tr("✓ Every department on both sides has a counterpart link."))
            return
        listed = ", ".join(f"{gap.department} ({side_short(gap.side)})" for gap in gaps)
        self.gaps.setText(self.tr("⚠ No counterpart yet: {departments}").format(departments=listed))

    def update_buttons(self) -> None:
        ready = self.session is not None and self.alliance_id is not None
        chosen = self.selected_link() is not None
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def selected_link(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return int(self.model.rows[rows[0].row()].counterpart_id)

    def select_link(self, counterpart_id: int) -> bool:
        self.read_if_pending()
        row = self.model.row_of(counterpart_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    # Editing -----------------------------------------------------------------------

    def add_link(self) -> None:
        if self.session is None or self.alliance_id is None:
            return
        if {entry.side for entry in self.people} != {Side.US, Side.PARTNER}:
            QMessageBox.information(
                self,
                self.tr("Add counterpart link"),
                self.tr(
                    "A link needs a person on each side. Add stakeholders on both sides first."
                ),
            )
            return
        chosen = self.chosen.stakeholder_id if self.chosen else None
        base = blank(
            Counterpart,
            alliance_id=self.alliance_id,
            our_stakeholder_id=chosen,
            partner_stakeholder_id=chosen,
        )
        added = add_record(
            self.session,
            lambda record, commit: CounterpartDialog(
                self.tr("Add counterpart link"), record, self.people, commit, self
            ),
            base,
            lambda _record: self.tr("Add counterpart link"),
        )
        if added is not None:
            self.select_link(added)

    def edit_link(self) -> None:
        link_id = self.selected_link()
        if self.session is None or link_id is None:
            return
        text = self.tr("Edit counterpart link")
        edit_record(
            self.session,
            lambda record, commit: CounterpartDialog(text, record, self.people, commit, self),
            records.get(self.session.db, Counterpart, link_id),
            LINK_FIELDS,
            text,
        )

    def delete_link(self) -> None:
        link_id = self.selected_link()
        row = None if link_id is None else self.model.row_of(link_id)
        if self.session is None or link_id is None or row is None:
            return
        line = self.model.rows[row]
        delete_record(
            self,
            self.session,
            records.get(self.session.db, Counterpart, link_id),
            self.tr("Delete counterpart link"),
            self.tr(
                "Delete the link between {ours} and {theirs}? Edit > Undo brings it back."
            ).format(ours=line.our_name, theirs=line.partner_name),
            self.tr("Delete counterpart link"),
        )
