"""One tab of the follow-up page: the actions, the decisions or the risks.

A panel has the filters that depend on the kind (owner, status), the table,
and the buttons to add, edit, delete a record and read its history. Enter or
a double click edits, the Delete key deletes after asking, Insert adds. Every
edit is one undoable step through the session.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.follow_up import Action, Decision, Risk
from alliance_desk.domain.record import Record
from alliance_desk.store import follow_up, records
from alliance_desk.ui.labels import choices
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.follow_up.dialogs import (
    FIELDS,
    SOURCE_FIELDS,
    TARGET_FIELDS,
    FollowUpDialog,
    blank,
    sources_of,
    targets_of,
)
from alliance_desk.ui.views.follow_up.models import STATUS_CODES, VISIBLE, FollowUpModel
from alliance_desk.ui.views.follow_up.texts import kind_texts
from alliance_desk.ui.views.record_edits import (
    Commit,
    add_record,
    delete_record,
    edit_record,
    table_key,
)
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.model_swap import show_model

RECORD_TYPES: dict[str, type[Action] | type[Decision] | type[Risk]] = {
    "action": Action,
    "decision": Decision,
    "risk": Risk,
}
TYPING_PAUSE_MS = 150
# The columns that share the width the dates, statuses and figures leave, first served
# first; the rest are as wide as their header and first rows need.
TEXT_COLUMNS = {
    "action": ("title", "source", "alliance", "owner"),
    "decision": ("title", "recommendation", "alliance", "asked_of"),
    "risk": ("title", "mitigation", "alliance", "owner"),
}


class FollowUpPanel(QWidget):
    """Filters, table and buttons of one kind of follow-up record."""

    filters_changed = Signal()
    history_requested = Signal(str, int)

    def __init__(self, kind: follow_up.Kind, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.record_type = RECORD_TYPES[kind.table]
        self.session: Session | None = None
        self.alliance_id: int | None = None  # where new records go: the window's alliance
        self.model: FollowUpModel | None = None
        self.total = self.overdue = 0

        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setMinimumWidth(180)
        owner_edit, completer = self.owner.lineEdit(), self.owner.completer()
        assert owner_edit is not None and completer is not None  # both come with setEditable
        self.owner_edit = owner_edit
        self.owner_edit.setClearButtonEnabled(True)
        # Completes a name typed from its start; any other part of a name filters too.
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_label = QLabel()
        self.owner_label.setBuddy(self.owner)
        self.status = QComboBox()
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.history_button = QPushButton()
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        visible = VISIBLE[kind.table]
        fit_columns(self.table, [visible.index(key) for key in TEXT_COLUMNS[kind.table]])
        self.summary = QLabel()

        row = QHBoxLayout()
        row.addWidget(self.owner_label)
        row.addWidget(self.owner)
        row.addWidget(self.status_label)
        row.addWidget(self.status)
        row.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.setTabOrder(self.owner, self.status)
        self.setTabOrder(self.status, self.table)
        self.setTabOrder(self.table, self.add_button)

        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.filters_changed)
        self.owner.currentTextChanged.connect(self.typing.start)
        self.status.currentIndexChanged.connect(self.filters_changed)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(self.show_history)
        # Enter and a double click both arrive as "activated" (a double click is not
        # connected separately, or the dialog would open twice).
        self.table.activated.connect(self.edit)
        self.delete_action = table_key(self.table, QKeySequence.StandardKey.Delete, self.delete)
        self.add_action = table_key(self.table, QKeySequence(Qt.Key.Key_Insert), self.add)

    # Texts -----------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return kind_texts(self.kind.table)

    def retranslate(self) -> None:
        texts = self.texts()
        self.owner_label.setText(texts["owner"])
        self.owner.setAccessibleName(texts["owner_name"])
        self.owner_edit.setPlaceholderText(self.tr("anyone"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Still to do"), follow_up.UNFINISHED)
        for text, code in choices(STATUS_CODES[self.kind.table]):
            self.status.addItem(text, code.value)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.status.blockSignals(False)
        self.add_button.setText(texts["add"])
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the chosen row (Enter or double click)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen row (Delete key)"))
        self.history_button.setText(self.tr("Histor&y"))
        self.history_button.setToolTip(self.tr("Every change made to the chosen row"))
        self.table.setAccessibleName(texts["table"])
        if self.model is not None:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.visible))
            self.model.layoutChanged.emit()
        self._summarise()

    # Data ------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        if session is None:
            self.session = None
            self.model = None
            show_model(self.table, None)
            self._summarise()
            return
        if self.model is None or self.model.db is not session.db:
            self.model = FollowUpModel(session.db, self.kind, self)
            show_model(self.table, self.model)
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the kind's own order
            self.table.selectionModel().selectionChanged.connect(self._enable)
        self.session = session

    def fill_owners(self, alliance_id: int | None) -> None:
        """Offer the owners in use (in the scope shown), keeping what was typed."""
        if self.session is None:
            return
        typed = self.owner.currentText()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItems(follow_up.owners(self.session.db, self.kind, alliance_id))
        self.owner.setCurrentIndex(-1)
        self.owner.setEditText(typed)
        self.owner.blockSignals(False)

    def apply(self, common: follow_up.Filter, today: dt.date) -> None:
        """Show the rows that ``common`` and this panel's own filters let through."""
        if self.model is None or self.session is None:
            return
        self.typing.stop()
        chosen = dataclasses.replace(
            common, owner=self.owner.currentText(), status=self.status.currentData()
        )
        keep = self.selected_id()
        self.model.apply(chosen, today)
        if keep is not None:
            self.select(keep, scroll=False)
        scope = follow_up.Filter(alliance_id=common.alliance_id)
        self.total = follow_up.count(self.session.db, self.kind, scope, today)
        self.overdue = follow_up.overdue_count(self.session.db, self.kind, scope.alliance_id, today)
        alliance_column = self.model.column_of("alliance")
        self.table.setColumnHidden(alliance_column, common.alliance_id is not None)
        self._summarise()
        self._enable()

    def clear_filters(self) -> None:
        for box in (self.owner, self.status):
            box.blockSignals(True)
        self.owner.setEditText("")
        self.status.setCurrentIndex(0)
        for box in (self.owner, self.status):
            box.blockSignals(False)

    def _summarise(self) -> None:
        if self.model is None:
            self.summary.setText("")
            return
        self.summary.setText(
            self._summary_text().format(shown=self.model.rowCount(), overdue=self.overdue)
        )

    def _summary_text(self) -> str:
        """How many the table shows of how many (a plural by the total), per kind."""
        if self.kind.table == "action":
            return self.tr("{shown} of %n action(s) shown · {overdue} overdue", "", self.total)
        if self.kind.table == "decision":
            return self.tr(
                "{shown} of %n decision(s) shown · {overdue} past their deadline", "", self.total
            )
        return self.tr(
            "{shown} of %n risk(s) shown · {overdue} past their review date", "", self.total
        )

    def _enable(self) -> None:
        chosen = self.selected_id() is not None
        for widget in (self.edit_button, self.delete_button, self.history_button):
            widget.setEnabled(chosen)
        self.add_button.setEnabled(self.session is not None)

    # Selection -------------------------------------------------------------------

    def selected_id(self) -> int | None:
        if self.model is None:
            return None
        index = self.table.currentIndex()
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or not index.isValid():
            return None
        return self.model.key(index.row())

    def select(self, record_id: int, scroll: bool = True) -> bool:
        """Make ``record_id`` the chosen row if it is shown; True if it is."""
        if self.model is None:
            return False
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # Edits -----------------------------------------------------------------------

    def add(self) -> None:
        if self.session is None:
            return
        texts = self.texts()
        if self.alliance_id is None:
            QMessageBox.information(
                self,
                texts["add_title"],
                self.tr("Choose an alliance first, in the Alliance box at the top."),
            )
            return
        base = blank(self.record_type, alliance_id=self.alliance_id)
        alliance_id = self.alliance_id
        added = add_record(
            self.session,
            lambda record, commit: self._dialog(texts["add_title"], record, commit, alliance_id),
            base,
            lambda record: texts["added"].format(title=record.title),
        )
        if added is not None:
            self.select(added)

    def edit(self, _index: QModelIndex | None = None) -> None:
        record_id = self.selected_id()
        if self.session is None or record_id is None:
            return
        current = records.get(self.session.db, self.record_type, record_id)
        text = self.texts()["edit_title"].format(title=current.title)
        table = self.kind.table
        names = FIELDS[table] + SOURCE_FIELDS[table] + TARGET_FIELDS[table]
        edit_record(
            self.session,
            lambda record, commit: self._dialog(text, record, commit, current.alliance_id),
            current,
            names,
            text,
        )

    def _dialog(self, title: str, base: Record, commit: Commit, alliance_id: int) -> FollowUpDialog:
        assert self.session is not None
        db = self.session.db
        sources = sources_of(db, self.kind.table, alliance_id)
        return FollowUpDialog(
            title,
            base,
            commit,
            self.session.today(),
            sources,
            follow_up.owners(db, self.kind, alliance_id),
            self,
            targets_of(db, self.kind.table, alliance_id),
        )

    def delete(self) -> None:
        record_id = self.selected_id()
        if self.session is None or record_id is None:
            return
        texts = self.texts()
        current = records.get(self.session.db, self.record_type, record_id)
        delete_record(
            self,
            self.session,
            current,
            texts["delete_title"],
            texts["ask_delete"].format(title=current.title),
            texts["deleted"].format(title=current.title),
        )

    def show_history(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.history_requested.emit(self.kind.table, record_id)
