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

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import ActionStatus, DecisionStatus, MeetingKind
from alliance_desk.domain.follow_up import Action, Decision, Meeting
from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import follow_up, meetings, records
from alliance_desk.store.db import Database
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.labels import describe_error, describe_validation, label, record_name
from alliance_desk.ui.record_form import CommitDialog
from alliance_desk.ui.sql_table_model import Column, SqlTableModel
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.follow_up.dialogs import FollowUpDialog, blank
from alliance_desk.ui.views.follow_up.texts import kind_texts
from alliance_desk.ui.views.history.page import history_request
from alliance_desk.ui.widgets.columns import fit_columns

FIELDS = ["held_on", "kind", "title", "notes"]
# Tables whose changes show on this page: its own, the counts and list of what came from
# a meeting, and the alliance (deleting it takes its meetings along).
WATCHED_TABLES = {"meeting", "action", "decision", "alliance"}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
FOLLOW_UP_TYPES: dict[str, type[Action] | type[Decision]] = {
    "action": Action,
    "decision": Decision,
}


def _columns() -> list[Column]:
    # Literal strings inside translate() so lupdate finds them.
    return [
        Column(
            "held_on",
            "meeting.held_on",
            lambda: QCoreApplication.translate("MeetingsModel", "Date"),
        ),
        Column(
            "kind",
            "meeting.kind",
            lambda: QCoreApplication.translate("MeetingsModel", "Kind"),
            meetings.KIND_ORDER,
        ),
        Column(
            "title",
            "meeting.title",
            lambda: QCoreApplication.translate("MeetingsModel", "Title"),
            "meeting.title COLLATE NOCASE",
        ),
        Column(
            "actions",
            meetings.ACTIONS,
            lambda: QCoreApplication.translate("MeetingsModel", "Actions"),
            align=RIGHT,
        ),
        Column(
            "decisions",
            meetings.DECISIONS,
            lambda: QCoreApplication.translate("MeetingsModel", "Decisions"),
            align=RIGHT,
        ),
    ]


class MeetingsModel(SqlTableModel):
    """The meetings of one alliance, newest first, with what came from each."""

    DEFAULT_ORDER = "meeting.held_on DESC, meeting.id DESC"

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(db, "meeting", _columns(), "meeting.id", self.DEFAULT_ORDER, parent)
        self.set_filter("0")

    def show_alliance(self, alliance_id: int | None) -> None:
        """Show the meetings of ``alliance_id`` (none for None)."""
        self.set_filter("meeting.alliance_id = :alliance_id", {"alliance_id": alliance_id or 0})

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:  # no column chosen: the page's own order, newest first
            self.order_by = self.DEFAULT_ORDER
            self.refresh()
            return
        super().sort(column, order)

    def column_of(self, key: str) -> int:
        return [column.key for column in self.columns].index(key)

    def show(self, key: str, values: Mapping[str, Any], role: int) -> Any:
        value = values[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "kind":
                return label(MeetingKind(value))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "actions":
                return QCoreApplication.translate(
                    "MeetingsModel", "Actions that name this meeting as their source"
                )
            if key == "decisions":
                return QCoreApplication.translate(
                    "MeetingsModel", "Decisions that name this meeting as their source"
                )
        return None


class MeetingDialog(CommitDialog):
    """Edit or create a meeting; ``commit`` stores it (and may refuse)."""

    def __init__(
        self,
        title: str,
        base: Meeting,
        commit: Callable[[Record], object],
        parent: QWidget | None = None,
    ):
        super().__init__(title, base, FIELDS, commit, parent)
        self.setMinimumWidth(520)
        self.form.editors["title"].setFocus()


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
        fit_columns(self.table, [[column.key for column in _columns()].index("title")])
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
        self.delete_action = self._table_action(QKeySequence.StandardKey.Delete, self.delete)
        self.add_action = self._table_action(QKeySequence(Qt.Key.Key_Insert), self.add)
        self.retranslate()
        self._show_details()

    def _table_action(self, keys: QKeySequence | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

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
            self.table.setModel(None)
            self._show_details()
            return
        if self.model is None or self.model.db is not self.session.db:
            self.model = MeetingsModel(self.session.db, self)
            self.table.setModel(self.model)
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
                date=meeting.held_on.isoformat(), kind=label(meeting.kind), title=meeting.title
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
                    found.day.isoformat() if found.day else "",
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
        session = self.session
        base = blank(Meeting, alliance_id=self.alliance_id, held_on=session.today())
        added: list[int] = []

        def commit(record: Record) -> None:
            assert isinstance(record, Meeting)
            stored = session.add(
                record, self.tr("Add meeting “{title}”").format(title=record.title)
            )
            added.append(stored.id or 0)

        dialog = MeetingDialog(self.tr("New meeting"), base, commit, self)
        if dialog.exec() and added:
            self.select(added[0])

    def edit(self, _index: QModelIndex | None = None) -> None:
        current = self._meeting()
        if self.session is None or current is None:
            return
        session = self.session
        text = self.tr("Edit meeting “{title}”").format(title=current.title)

        def commit(record: Record) -> None:
            if record != current:  # OK without a change leaves nothing to undo
                session.change(current, text, **{name: getattr(record, name) for name in FIELDS})

        MeetingDialog(text, current, commit, self).exec()

    def delete(self) -> None:
        current = self._meeting()
        if self.session is None or current is None or current.id is None:
            return
        actions, decisions = meetings.sourced_counts(self.session.db, current.id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.deletion_question(current, actions, decisions),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Delete meeting “{title}”").format(title=current.title)
        try:
            self.session.remove(Meeting, current.id, text)
        except (ValidationError, WorkbookError) as error:
            message = (
                describe_error(error)
                if isinstance(error, WorkbookError)
                else describe_validation(error)
            )
            QMessageBox.warning(self, self.tr("Delete meeting"), message)

    def deletion_question(self, meeting: Meeting, actions: int, decisions: int) -> str:
        """The confirmation text: the meeting, and what happens to what came from it."""
        # The first line holds no names: a message box reads text as markup when its first line
        # looks like markup, and titles must show as typed.
        lines = [
            self.tr("Delete this meeting?"),
            "",
            self.tr("“{title}”, {kind} of {date}").format(
                title=meeting.title, kind=label(meeting.kind), date=meeting.held_on.isoformat()
            ),
            "",
        ]
        if actions or decisions:
            lines.append(self.tr("It is named as the source of:"))
            if actions:
                lines.append("• " + self.tr("%n action(s)", "", actions))
            if decisions:
                lines.append("• " + self.tr("%n decision(s)", "", decisions))
            lines.append(
                self.tr(
                    "They are not deleted: they stay, without a source. "
                    "Undo (Ctrl+Z) brings the meeting back and names it as their source again.",
                )
            )
        else:
            lines.append(
                self.tr(
                    "No action or decision names it as its source. Undo (Ctrl+Z) brings it back.",
                )
            )
        return "\n".join(lines)

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

        def commit(record: Record) -> None:
            session.add(record, texts["added"].format(title=getattr(record, "title", "")))

        FollowUpDialog(
            texts["add_title"],
            base,
            commit,
            session.today(),
            follow_up.source_choices(db, meeting.alliance_id),
            follow_up.owners(db, follow_up.KINDS[table], meeting.alliance_id),
            self,
        ).exec()

    def show_history(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            # The window routes this to the history page.
            self.open_record.emit(history_request("meeting"), meeting_id)
