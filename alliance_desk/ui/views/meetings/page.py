"""The meetings page: steering committees, reviews and workshops of the chosen alliance.

A meeting is where actions are agreed and decisions prepared; this page
records meetings and shows, for the chosen one, its notes and every action
and decision that names it as its source. New actions and decisions can be
started from a meeting (the action and decision dialogs of the follow-up
page, with the meeting already chosen as source). Every edit is one undoable
step through the session; deleting a meeting keeps the actions and decisions
that came from it (the schema clears their source: ``ON DELETE SET NULL``),
and undo links them to it again.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import ActionStatus, DecisionStatus
from alliance_desk.domain.follow_up import Action, Decision, Meeting
from alliance_desk.store import follow_up, meetings, records
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label, record_name
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.follow_up.dialogs import (
    FollowUpDialog,
    blank,
    sources_of,
    targets_of,
)
from alliance_desk.ui.views.follow_up.texts import kind_texts
from alliance_desk.ui.views.history.page import history_request
from alliance_desk.ui.views.meetings.dialogs import FIELDS, MeetingDialog, deletion_question
from alliance_desk.ui.views.meetings.model import MeetingsModel, meeting_columns
from alliance_desk.ui.views.record_edits import (
    add_record,
    delete_record,
    edit_record,
    table_key,
)
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.model_swap import show_model

# Tables whose changes show on this page: its own, the counts and list of what came from
# a meeting, and the alliance (deleting it takes its meetings along).
WATCHED_TABLES = {"meeting", "action", "decision", "alliance"}
FOLLOW_UP_TYPES: dict[str, type[Action] | type[Decision]] = {
    "action": Action,
    "decision": Decision,
}


class MeetingsView(View):
    """The alliance's meetings; the chosen one's notes and what came from it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: MeetingsModel | None = None

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.history_button = QPushButton()
        self.table = QTableView()
        self.table.setObjectName("meetings")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        fit_columns(self.table, [[column.key for column in meeting_columns()].index("title")])
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # titles are not markup
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes_label.setBuddy(self.notes)
        self.sourced_label = QLabel()
        self.sourced = QTreeWidget()
        self.sourced.setRootIsDecorated(False)
        self.sourced.setColumnCount(4)
        self.sourced.setAlternatingRowColors(True)
        fit_columns(self.sourced, [1])  # the title takes the room the rest leave
        self.sourced_label.setBuddy(self.sourced)
        self.new_action_button = QPushButton()
        self.new_decision_button = QPushButton()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)

        notes_side = QVBoxLayout()
        notes_side.addWidget(self.notes_label)
        notes_side.addWidget(self.notes, 1)
        sourced_head = QHBoxLayout()
        sourced_head.addWidget(self.sourced_label, 1)
        sourced_head.addWidget(self.new_action_button)
        sourced_head.addWidget(self.new_decision_button)
        sourced_side = QVBoxLayout()
        sourced_side.addLayout(sourced_head)
        sourced_side.addWidget(self.sourced, 1)
        sides = QHBoxLayout()
        sides.addLayout(notes_side, 2)
        sides.addLayout(sourced_side, 3)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.heading)
        bottom_layout.addLayout(sides, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.history_button)
        self.setTabOrder(self.history_button, self.table)
        self.setTabOrder(self.table, self.notes)
        self.setTabOrder(self.notes, self.new_action_button)
        self.setTabOrder(self.new_action_button, self.new_decision_button)
        self.setTabOrder(self.new_decision_button, self.sourced)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(self.show_history)
        self.new_action_button.clicked.connect(lambda: self.add_follow_up("action"))
        self.new_decision_button.clicked.connect(lambda: self.add_follow_up("decision"))
        # Enter and a double click both arrive as "activated" (one dialog, not two).
        self.table.activated.connect(self.edit)
        self.sourced.itemActivated.connect(self._open_sourced)
        self.delete_action = table_key(self.table, QKeySequence.StandardKey.Delete, self.delete)
        self.add_action = table_key(self.table, QKeySequence(Qt.Key.Key_Insert), self.add)
        self.retranslate()
        self._show_details()

    def title(self) -> str:
        return self.tr("Meetings")

    # Texts -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&New meeting…"))
        self.add_button.setToolTip(self.tr("Record a steering committee, review or workshop"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the chosen meeting (Enter or double click)"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the chosen meeting (Delete key)"))
        self.history_button.setText(self.tr("Histor&y"))
        self.history_button.setToolTip(self.tr("Every change made to the chosen meeting"))
        self.table.setAccessibleName(self.tr("Meetings of the alliance"))
        self.empty.setText(
            self.tr("No meetings recorded for this alliance yet. New meeting… records one.")
        )
        self.notes_label.setText(self.tr("N&otes:"))
        self.notes.setAccessibleName(self.tr("Notes of the chosen meeting"))
        self.notes.setPlaceholderText(self.tr("No notes."))
        self.sourced_label.setText(self.tr("Actions and decisions f&rom this meeting:"))
        self.sourced.setAccessibleName(self.tr("Actions and decisions from the chosen meeting"))
        self.sourced.setToolTip(self.tr("Enter or a double click opens it on its own page"))
        self.sourced.setHeaderLabels(
            [self.tr("Record"), self.tr("Title"), self.tr("Status"), self.tr("Due / deadline")]
        )
        self.new_action_button.setText(self.tr("New ac&tion from this meeting…"))
        self.new_decision_button.setText(self.tr("New deci&sion from this meeting…"))
        if self.model is not None:
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
            )
            self.model.layoutChanged.emit()
        self._show_details()

    # Data ------------------------------------------------------------------------

    def reload(self) -> None:
        if self.session is None:
            self.model = None
            show_model(self.table, None)
            self._show_details()
            return
        if self.model is None or self.model.db is not self.session.db:
            self.model = MeetingsModel(self.session.db, self)
            show_model(self.table, self.model)
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest first
            self.table.selectionModel().selectionChanged.connect(self._show_details)
        keep = self.selected_id()
        self.model.show_alliance(self.alliance_id)
        if keep is not None:
            self.select(keep, scroll=False)
        self._show_details()

    def on_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.reload()

    # Selection -------------------------------------------------------------------

    def selected_id(self) -> int | None:
        if self.model is None or self.table.selectionModel() is None:
            return None
        index = self.table.currentIndex()
        if not self.table.selectionModel().selectedRows() or not index.isValid():
            return None
        return self.model.key(index.row())

    def select(self, meeting_id: int, scroll: bool = True) -> bool:
        """Make ``meeting_id`` the chosen row if it is shown; True if it is."""
        if self.model is None:
            return False
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def show_record(self, table: str, record_id: int) -> bool:
        """Show a meeting (the window has made its alliance the current one)."""
        if table != "meeting" or self.session is None:
            return False
        if self.model is None:
            self.reload()
        if not self.select(record_id):
            return False
        self.table.setFocus()
        return True

    def _meeting(self) -> Meeting | None:
        meeting_id = self.selected_id()
        if self.session is None or meeting_id is None:
            return None
        return records.get(self.session.db, Meeting, meeting_id)

    def _show_details(self) -> None:
        """The chosen meeting's notes and what came from it; the buttons that apply."""
        meeting = self._meeting()
        chosen = meeting is not None
        for widget in (
            self.edit_button,
            self.delete_button,
            self.history_button,
            self.new_action_button,
            self.new_decision_button,
        ):
            widget.setEnabled(chosen)
        self.add_button.setEnabled(self.session is not None and self.alliance_id is not None)
        shown = self.model is not None
        self.empty.setVisible(shown and self.model is not None and self.model.rowCount() == 0)
        self.sourced.clear()
        if meeting is None or self.session is None:
            self.heading.setText(
                self.tr("Choose a meeting to see its notes and what came from it.")
                if self.model is not None and self.model.rowCount()
                else ""
            )
            self.notes.setPlainText("")
            return
        self.heading.setText(
            self.tr("{date} · {kind}: {title}").format(
                date=notation.date_medium(meeting.held_on),
                kind=label(meeting.kind),
                title=meeting.title,
            )
        )
        self.notes.setPlainText(meeting.notes or "")
        statuses = {"action": ActionStatus, "decision": DecisionStatus}
        for found in meetings.sourced_from(self.session.db, meeting.id or 0):
            item = QTreeWidgetItem(
                [
                    record_name(found.table),
                    found.title,
                    label(statuses[found.table](found.status)),
                    notation.date_short(found.day),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (found.table, found.record_id))
            item.setToolTip(1, found.title)
            self.sourced.addTopLevelItem(item)

    def _open_sourced(self, item: QTreeWidgetItem) -> None:
        # The window routes this to the Actions & decisions page.
        table, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.open_record.emit(table, record_id)

    # Edits -----------------------------------------------------------------------

    def add(self) -> None:
        if self.session is None:
            return
        if self.alliance_id is None:  # the window sends the user to choose one first
            return
        base = blank(Meeting, alliance_id=self.alliance_id, held_on=self.session.today())
        added = add_record(
            self.session,
            lambda record, commit: MeetingDialog(self.tr("New meeting"), record, commit, self),
            base,
            lambda record: self.tr("Add meeting “{title}”").format(title=record.title),
        )
        if added is not None:
            self.select(added)

    def edit(self, _index: QModelIndex | None = None) -> None:
        current = self._meeting()
        if self.session is None or current is None:
            return
        text = self.tr("Edit meeting “{title}”").format(title=current.title)
        edit_record(
            self.session,
            lambda record, commit: MeetingDialog(text, record, commit, self),
            current,
            FIELDS,
            text,
        )

    def delete(self) -> None:
        current = self._meeting()
        if self.session is None or current is None or current.id is None:
            return
        actions, decisions = meetings.sourced_counts(self.session.db, current.id)
        # Counted here, under the page's own tr(): lupdate sees plural forms only there.
        sourced = [self.tr("%n action(s)", "", actions)] if actions else []
        sourced += [self.tr("%n decision(s)", "", decisions)] if decisions else []
        delete_record(
            self,
            self.session,
            current,
            self.tr("Delete meeting"),
            deletion_question(current, sourced),
            self.tr("Delete meeting “{title}”").format(title=current.title),
        )

    def add_follow_up(self, table: str) -> None:
        """A new action or decision with the chosen meeting as its source."""
        meeting = self._meeting()
        if self.session is None or meeting is None:
            return
        session, db = self.session, self.session.db
        texts = kind_texts(table)
        base = blank(
            FOLLOW_UP_TYPES[table], alliance_id=meeting.alliance_id, source_meeting_id=meeting.id
        )
        add_record(
            session,
            lambda record, commit: FollowUpDialog(
                texts["add_title"],
                record,
                commit,
                session.today(),
                sources_of(db, table, meeting.alliance_id),
                follow_up.owners(db, follow_up.KINDS[table], meeting.alliance_id),
                self,
                targets_of(db, table, meeting.alliance_id),
            ),
            base,
            lambda record: texts["added"].format(title=record.title),
        )

    def show_history(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            # The window routes this to the history page.
            self.open_record.emit(history_request("meeting"), meeting_id)
