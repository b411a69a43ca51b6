"""The history page: the audit trail, as a log a person can read and search.

By default it shows every change to the chosen alliance and to what belongs
to it (goals, people, evaluations, actions ...), newest first. It can widen
to the whole workbook, or narrow to one record: other pages ask for a
record's history by emitting ``open_record(history_request(table), id)``,
which the window routes here (no other page claims such a request), or the
window calls :meth:`HistoryView.show_history` directly. A record that no
other page can show opens here too. Enter or a double click on an entry opens
the record it is about.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.store import audit
from alliance_desk.store.follow_up import alliance_name
from alliance_desk.store.tables import RECORD_TYPE_BY_TABLE
from alliance_desk.ui.labels import record_name
from alliance_desk.ui.language import current_language
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.history.model import VISIBLE, HistoryModel
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.model_swap import show_model

HISTORY_PREFIX = "history:"
TYPING_PAUSE_MS = 150
ALLIANCE, WORKBOOK, RECORD = "alliance", "workbook", "record"


# Old and new values share what is left of the width.
def history_request(table: str) -> str:
    """What to emit as the table of ``open_record`` to ask for a record's history."""
    return HISTORY_PREFIX + table


class HistoryView(View):
    """The audit trail of the chosen alliance, the whole workbook, or one record."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model: HistoryModel | None = None
        self.record: tuple[str, int] | None = None  # the record shown in the RECORD scope
        self.wanted = ALLIANCE  # the scope last chosen (offered again when it can be)
        self.scope = QComboBox()
        self.scope_label = QLabel()
        self.scope_label.setBuddy(self.scope)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # What changed and the values share the width; times, kinds and field names (short
        # captions) are as wide as they need.
        fit_columns(self.table, [VISIBLE.index(key) for key in ("what", "new_value", "old_value")])
        self.summary = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.scope_label)
        filters.addWidget(self.scope, 3)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.setTabOrder(self.scope, self.search)
        self.setTabOrder(self.search, self.table)

        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self.typing.start)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.table.activated.connect(self._open)
        self.retranslate()

    def title(self) -> str:
        return self.tr("History")

    def retranslate(self) -> None:
        self.scope_label.setText(self.tr("&Show changes to:"))
        self.scope.setAccessibleName(self.tr("Whose changes to show"))
        self.search_label.setText(self.tr("F&ilter:"))
        self.search.setPlaceholderText(self.tr("record, field or value"))
        self.search.setAccessibleName(self.tr("Filter the changes"))
        self.table.setAccessibleName(self.tr("Changes, newest first"))
        self._fill_scope()
        if self.model is not None:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(VISIBLE) - 1)
            self.apply_filter()  # record names of frameworks follow the language
        self._summarise()

    # Context ---------------------------------------------------------------------

    def set_context(self, session: Session | None, alliance_id: int | None) -> None:
        if session is not self.session or alliance_id != self.alliance_id:
            self._leave_record()
        super().set_context(session, alliance_id)

    def set_session(self, session: Session | None) -> None:
        self._leave_record()
        super().set_session(session)

    def set_alliance(self, alliance_id: int | None) -> None:
        if alliance_id != self.alliance_id:
            self._leave_record()
        super().set_alliance(alliance_id)

    def _leave_record(self) -> None:
        # Another alliance or workbook: one record's history no longer applies.
        if self.record is not None:
            self.record = None
            if self.scope.currentData() == RECORD:
                self.scope.blockSignals(True)
                self.scope.setCurrentIndex(0)
                self.scope.blockSignals(False)

    def reload(self) -> None:
        if self.session is None:
            self.model = None
            show_model(self.table, None)
            self._fill_scope()
            self._summarise()
            return
        fresh = self.model is None or self.model.db is not self.session.db
        if fresh:
            self.model = HistoryModel(self.session.db, self)
            show_model(self.table, self.model)
        self._fill_scope()
        self.apply_filter()

    def on_changed(self, table: str) -> None:
        # Every edit, undo and redo writes to the trail.
        self.reload()

    def _fill_scope(self) -> None:
        self.scope.blockSignals(True)
        self.scope.clear()
        name = alliance_name(self.session.db, self.alliance_id) if self.session else None
        if name is not None:
            self.scope.addItem(
                self.tr("Alliance “{name}” and its records").format(name=name), ALLIANCE
            )
        self.scope.addItem(self.tr("The whole workbook"), WORKBOOK)
        if self.record is not None and self.session is not None:
            self.scope.addItem(self._record_text(*self.record), RECORD)
        index = self.scope.findData(RECORD if self.record is not None else self.wanted)
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def _record_text(self, table: str, record_id: int) -> str:
        assert self.session is not None
        name = audit.record_name(self.session.db, table, record_id, current_language() == "nl")
        if name is None:
            return self.tr("{record} #{id}").format(record=record_name(table), id=record_id)
        return self.tr("{record} “{name}”").format(record=record_name(table), name=name)

    def _scope_changed(self) -> None:
        if self.scope.currentData() != RECORD:
            self.wanted = self.scope.currentData()
        if self.scope.currentData() != RECORD and self.record is not None:
            self.record = None
            self._fill_scope()
        self.apply_filter()

    # Filtering -------------------------------------------------------------------

    def apply_filter(self) -> None:
        if self.model is None:
            return
        self.typing.stop()
        scope = self.scope.currentData()
        if scope == RECORD and self.record is not None:
            where, params = audit.scope_condition(table=self.record[0], record_id=self.record[1])
        elif scope == ALLIANCE and self.alliance_id is not None:
            where, params = audit.scope_condition(alliance_id=self.alliance_id)
        else:
            where, params = audit.scope_condition()
        text_where, text_params = audit.text_condition(self.search.text())
        self.model.set_filter(f"{where} AND {text_where}", {**params, **text_params})
        self._summarise()

    def _summarise(self) -> None:
        if self.model is None:
            self.summary.setText(self.tr("No workbook is open."))
            return
        count = self.model.rowCount()
        if count == 0 and not self.search.text().strip():
            self.summary.setText(
                self.tr("No changes recorded here yet. Changes are recorded as you make them.")
            )
            return
        self.summary.setText(self.tr("%n change(s), newest first", "", count))

    # Records ---------------------------------------------------------------------

    def show_history(self, table: str, record_id: int) -> bool:
        """Show the changes to one record (it may have been deleted since)."""
        if self.session is None or table not in RECORD_TYPE_BY_TABLE:
            return False
        self.record = (table, record_id)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._fill_scope()
        self.apply_filter()
        if self.model is not None and self.model.rowCount():
            self.table.selectRow(0)
        return True

    def show_record(self, table: str, record_id: int) -> bool:
        if table.startswith(HISTORY_PREFIX):
            return self.show_history(table.removeprefix(HISTORY_PREFIX), record_id)
        # The window asks this page last: a record no other page shows gets its history.
        return self.show_history(table, record_id)

    def _open(self, index: QModelIndex) -> None:
        if self.model is None or not index.isValid():
            return
        table, record_id = self.model.entry(index.row())
        self.open_record.emit(table, record_id)
