"""The home page: every alliance with its status, its early-warning signals and what needs
attention, sorted and filtered in SQL so it stays quick on large workbooks; below the
table, the chosen alliance's signals in full."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain import signal_text
from alliance_desk.domain.codes import LifecycleStage, Rag
from alliance_desk.domain.signals import Severity, SignalKind
from alliance_desk.store import portfolio, signal_table
from alliance_desk.store.db import containing
from alliance_desk.ui.labels import choices, rag_label
from alliance_desk.ui.language import current_language
from alliance_desk.ui.signal_board import SignalBoard
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.portfolio.model import (
    NOT_ASSESSED,
    RAG_COLOURS,
    RAG_SYMBOLS,
    PortfolioModel,
)
from alliance_desk.ui.views.portfolio.round_reminder import RoundReminder, round_of
from alliance_desk.ui.widgets.after_paint import AfterPaint
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.model_swap import show_model
from alliance_desk.ui.widgets.rows_in_view import rows_in_view
from alliance_desk.ui.widgets.signal_list import SEVERITY_SYMBOLS, SignalList

__all__ = ["NOT_ASSESSED", "RAG_COLOURS", "RAG_SYMBOLS", "PortfolioModel", "PortfolioView"]

# The signal filter's items besides "all alliances" and one per kind.
ANY_SIGNAL = "any"
ALARM = "alarm"


class PortfolioView(View):
    """Filters above the portfolio table; Enter or a double click opens the alliance."""

    needs_alliance = False

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.losing_touch_days = 60  # the workbook's threshold, read on every reload
        self.model: PortfolioModel | None = None
        self.board: SignalBoard | None = None
        self.chosen: int | None = None  # the alliance whose signals the pane shows
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.stage = QComboBox()
        self.signal_filter = QComboBox()
        self.attention = QCheckBox()
        self.summary = QLabel()
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setTextFormat(Qt.TextFormat.RichText)
        self.reminder.setStyleSheet(
            "background: #fff4d6; color: #4a3800; border: 1px solid #d9b44a; padding: 4px;"
        )
        self.reminder.linkActivated.connect(self._follow_reminder)
        self.round_reminder = RoundReminder(self)
        self.reminder.hide()
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Names, partners and reasons share what the figures leave, on two lines, so the
        # whole table fits a laptop's screen.
        fit_columns(
            self.table,
            [PortfolioModel.COLUMN_KEYS.index(key) for key in ("name", "partner", "status_reason")],
            lines=2,
            wrap_content=True,
        )
        self.first_paint = AfterPaint(self.table.viewport())
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)

        # The chosen alliance's signals in full, below the table.
        self.detail = SignalList()
        self.detail.setObjectName("signal_detail")
        self.detail_hint = QLabel()
        self.detail_hint.setWordWrap(True)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_hint)
        detail_layout.addWidget(self.detail)
        detail_layout.addStretch(1)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(detail)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([500, 250])  # room for six signals or so below the table

        filters = QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.stage)
        filters.addWidget(self.signal_filter, 1)
        filters.addWidget(self.attention)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)

        self.search.textChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.stage.currentIndexChanged.connect(self.apply_filter)
        self.signal_filter.currentIndexChanged.connect(self.apply_filter)
        self.attention.toggled.connect(self.apply_filter)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Portfolio")

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("F&ind:"))
        self.search.setPlaceholderText(self.tr("alliance or partner name"))
        self.search.setAccessibleName(self.tr("Filter alliances by name"))
        self.attention.setText(self.tr("Needs a&ttention only"))
        self.attention.setToolTip(
            self.tr(
                "Red status, an early-warning signal (a warning or an alarm, not assessed "
                "included), overdue health check, overdue actions, a decision due within two "
                "weeks or late, or losing touch"
            )
        )
        self._fill_combo(
            self.status,
            self.tr("All statuses"),
            [*choices(Rag), (rag_label(None), NOT_ASSESSED)],
        )
        self._fill_combo(self.stage, self.tr("All stages"), choices(LifecycleStage))
        language = current_language()
        self._fill_combo(
            self.signal_filter,
            self.tr("With or without signals"),
            [
                (self.tr("With early-warning signals"), ANY_SIGNAL),
                (
                    self.tr("{symbol} With an alarm").format(
                        symbol=SEVERITY_SYMBOLS[Severity.ALARM]
                    ),
                    ALARM,
                ),
                *((signal_text.label(kind, language), kind.value) for kind in SignalKind),
            ],
        )
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.stage.setAccessibleName(self.tr("Filter by lifecycle stage"))
        self.signal_filter.setAccessibleName(self.tr("Filter by early-warning signal"))
        self.signal_filter.setToolTip(
            self.tr("Show only alliances with early-warning signals, with an alarm, or of a kind")
        )
        self.table.setAccessibleName(self.tr("Alliances"))
        self.detail.retranslate()
        self.detail_scroll.setAccessibleName(self.tr("Early-warning signals of the alliance"))
        if self.model is not None:
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
            )
            self.model.layoutChanged.emit()
        self._summarise()
        self._remind()
        self._show_detail()

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, code in items:
            combo.addItem(text, getattr(code, "value", code))
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def reload(self) -> None:
        if self.session is None:
            self.model = None
            self.board = None
            show_model(self.table, None)
            self._summarise()
            self._show_detail()
            return
        self.board = SignalBoard.of(self.session)
        model = self.model
        fresh = model is None or model.db is not self.session.db
        if not fresh or self._filter_reads_signals():
            self.board.update()
        self.losing_touch_days = self.board.thresholds.losing_touch_days
        if model is None or fresh:
            model = PortfolioModel(
                self.session.db, self.session.today(), self.losing_touch_days, self, self.board
            )
            self.model = model
            show_model(self.table, model)
            self.table.selectionModel().selectionChanged.connect(self._selection_changed)
            # Sorting, filtering and edits reset the model: the chosen alliance stays chosen.
            model.modelReset.connect(self._choose_again)
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            self.chosen = None
        model.board = self.board
        model.today = self.session.today()
        model.losing_touch_days = self.losing_touch_days
        self.apply_filter()
        if not fresh:
            self._remind()
            return
        # A workbook just opened: the table first, with the signals of the alliances its
        # rows show; every other alliance's and the reminder right after it painted.
        first = [model.key(row) for row in range(rows_in_view(self.table, model.PAGE_SIZE))]
        if self.board.update_first(first):
            QTimer.singleShot(0, self._remind)
        else:
            self.first_paint.then(self._judge_every_alliance)
        if model.rowCount():  # the pane below shows the first one's signals
            self.table.selectRow(0)

    def _filter_reads_signals(self) -> bool:
        return self.signal_filter.currentData() is not None or self.attention.isChecked()

    def _judge_every_alliance(self) -> None:
        if self.board is None or self.session is None:
            return
        self.board.update()
        self._remind()

    def on_changed(self, table: str) -> None:
        # Signals read nearly every table (frameworks name the dimensions in their
        # sentences); the board recomputes only what the edit touched.
        self.reload()

    def apply_filter(self) -> None:
        if self.model is None:
            return
        conditions, params = [], {}
        text = self.search.text().strip()
        if text:
            conditions.append(
                "(alliance.name LIKE :text ESCAPE '\\' OR partner.name LIKE :text ESCAPE '\\')"
            )
            params["text"] = containing(text)
        if self.status.currentData() == NOT_ASSESSED:
            conditions.append("alliance.status_rag IS NULL")
        elif self.status.currentData():
            conditions.append("alliance.status_rag = :status")
            params["status"] = self.status.currentData()
        if self.stage.currentData():
            conditions.append("alliance.lifecycle_stage = :stage")
            params["stage"] = self.stage.currentData()
        wanted = self.signal_filter.currentData()
        if wanted == ANY_SIGNAL:
            conditions.append(signal_table.with_severity(Severity.NOTE))
        elif wanted == ALARM:
            conditions.append(signal_table.with_severity(Severity.ALARM))
        elif wanted:
            conditions.append(signal_table.OF_KIND)
            params["signal_kind"] = wanted
        if self.attention.isChecked():
            expressions = portfolio.EXPRESSIONS
            conditions.append(
                "(alliance.status_rag = 'red'"
                f" OR {signal_table.with_severity(Severity.WARNING)}"
                f" OR {expressions['next_health_check']} < :today"
                f" OR {expressions['overdue_actions']} > 0"
                f" OR coalesce({expressions['last_activity']}, '') <= :touch_limit"
                " OR EXISTS (SELECT 1 FROM decision WHERE decision.alliance_id = alliance.id"
                f" AND {portfolio.DECISION_DUE}))"
            )
            limit = self.model.today - dt.timedelta(days=self.losing_touch_days)
            params["touch_limit"] = limit.isoformat()
            horizon = self.model.today + dt.timedelta(days=portfolio.DECISION_DAYS)
            params["horizon"] = horizon.isoformat()
        self.model.set_filter(" AND ".join(conditions) or "1", params)
        self._summarise()
        self._show_detail()

    def _summarise(self) -> None:
        if self.model is None:
            self.summary.setText(self.tr("No workbook is open."))
            return
        total = self.session.db.scalar("SELECT count(*) FROM alliance") if self.session else 0
        self.summary.setText(
            self.tr("Showing {shown} of %n alliance(s)", "", total).format(
                shown=self.model.rowCount()
            )
        )

    def _remind(self) -> None:
        """What is due across the portfolio, above the table; hidden when nothing is."""
        if self.session is None or self.model is None or self.board is None:
            self.reminder.hide()
            return
        self.board.update()  # every alliance judged, for the count of those with signals
        due = portfolio.reminders(self.session.db, self.model.today, self.losing_touch_days)
        parts = [
            self.tr("%n health check(s) overdue", "", due.overdue_health_checks)
            if due.overdue_health_checks
            else "",
            self.tr("%n action(s) overdue", "", due.overdue_actions) if due.overdue_actions else "",
            self.tr("%n decision(s) due within two weeks or late", "", due.decisions_due)
            if due.decisions_due
            else "",
            self.tr("%n alliance(s) losing touch", "", due.losing_touch)
            if due.losing_touch
            else "",
        ]
        shown = [html.escape(part) for part in parts if part]
        shown += self.round_reminder.parts(
            portfolio.rounds_due(self.session.db, self.model.today), self.model.today
        )
        flagged = self.board.alliances_with_signals()
        if flagged:
            alarms = signal_table.counts(self.session.db).get(Severity.ALARM, 0)
            words = self.tr("%n alliance(s) with early-warning signals", "", flagged)
            if alarms:
                words = self.tr("{signals}, %n with an alarm", "", alarms).format(signals=words)
            shown.append(f"<a href='signals'>{html.escape(words)}</a>")
        self.reminder.setVisible(bool(shown))
        if shown:
            self.reminder.setText(
                "<b>{due}</b> {items} · <a href='attention'>{show}</a>".format(
                    due=html.escape(self.tr("Due:")),
                    items=" · ".join(shown),
                    show=html.escape(self.tr("Show the alliances that need attention")),
                )
            )

    def _follow_reminder(self, link: str) -> None:
        if (round_id := round_of(link)) is not None:
            self.open_record.emit("questionnaire_round", round_id)  # its alliance's rounds tab
        elif link == "signals":
            self.signal_filter.setCurrentIndex(self.signal_filter.findData(ANY_SIGNAL))
        else:
            self.attention.setChecked(True)

    # The chosen alliance's signals ------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.model is not None:
            self.chosen = self.model.key(rows[0].row())
            self._show_detail()

    def _choose_again(self) -> None:
        row = None if self.chosen is None or self.model is None else self.model.row_of(self.chosen)
        if row is not None:
            self.table.selectRow(row)
        self._show_detail()

    def _visible_choice(self) -> int | None:
        """The chosen alliance, if the table shows it (a filter may hide it)."""
        if self.chosen is None or self.model is None or self.model.row_of(self.chosen) is None:
            return None
        return self.chosen

    def _show_detail(self) -> None:
        chosen = self._visible_choice()
        if chosen is None or self.board is None or self.model is None:
            self.detail.hide()
            self.detail_hint.setText(
                self.tr("Choose an alliance to read its early-warning signals here.")
                if self.model is not None
                else ""
            )
            self.detail_hint.show()
            return
        row = self.model.row_of(chosen)
        name = "" if row is None else self.model.record(row)["name"]
        self.detail.setTitle(self.tr("Early-warning signals: {name}").format(name=name))
        self.detail.set_signals(self.board.signals_of(chosen))
        self.detail_hint.hide()
        self.detail.show()

    def _open(self, index: QModelIndex) -> None:
        if self.model is not None and index.isValid():
            self.alliance_chosen.emit(self.model.key(index.row()))

    def show_record(self, table: str, record_id: int) -> bool:
        if table != "alliance" or self.model is None:
            return False
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True
