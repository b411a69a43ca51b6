"""The home page: every alliance with its status and what needs attention, sorted and
filtered in SQL so it stays quick on large workbooks."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import LifecycleStage, Rag
from alliance_desk.domain.insights import Trend, is_overdue, losing_touch, trend
from alliance_desk.store import portfolio
from alliance_desk.store.db import Database, containing
from alliance_desk.ui.labels import choices, label, rag_label
from alliance_desk.ui.sql_table_model import Column, SqlTableModel
from alliance_desk.ui.views.base import View

# Shape as well as colour, never colour alone; None is "not assessed": a hollow circle.
RAG_COLOURS: dict[Rag | None, str] = {
    Rag.GREEN: "#2e7d32",
    Rag.AMBER: "#a35f00",
    Rag.RED: "#c62828",
    None: "#5f6368",
}
RAG_SYMBOLS: dict[Rag | None, str] = {Rag.GREEN: "●", Rag.AMBER: "▲", Rag.RED: "■", None: "○"}
# The status filter's item for "not assessed" (the combo's None already means "all").
NOT_ASSESSED = "not_assessed"
TREND_SYMBOLS = {Trend.UP: "↑", Trend.STEADY: "→", Trend.DOWN: "↓"}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PortfolioModel(SqlTableModel):
    """One row per alliance; values come from :mod:`alliance_desk.store.portfolio`."""

    # Each row costs a dozen indexed subqueries: fetch about a screenful at a time.
    PAGE_SIZE = 50

    COLUMN_KEYS = (
        "name",
        "partner",
        "status_rag",
        "lifecycle_stage",
        "last_evaluated",
        "next_health_check",
        "open_actions",
        "overdue_actions",
        "latest_score",
        "last_activity",
        "status_reason",  # last: the long sentence takes the room that is left
    )

    def __init__(
        self, db: Database, today: dt.date, losing_touch_days: int, parent: QObject | None = None
    ):
        titles = {
            "name": lambda: QCoreApplication.translate("PortfolioModel", "Alliance"),
            "partner": lambda: QCoreApplication.translate("PortfolioModel", "Partner"),
            "status_rag": lambda: QCoreApplication.translate("PortfolioModel", "Status"),
            "status_reason": lambda: QCoreApplication.translate("PortfolioModel", "Why"),
            "lifecycle_stage": lambda: QCoreApplication.translate("PortfolioModel", "Stage"),
            "last_evaluated": lambda: QCoreApplication.translate(
                "PortfolioModel", "Last health check"
            ),
            "next_health_check": lambda: QCoreApplication.translate(
                "PortfolioModel", "Next health check"
            ),
            "open_actions": lambda: QCoreApplication.translate("PortfolioModel", "Open actions"),
            "overdue_actions": lambda: QCoreApplication.translate("PortfolioModel", "Overdue"),
            "latest_score": lambda: QCoreApplication.translate("PortfolioModel", "Health (trend)"),
            "last_activity": lambda: QCoreApplication.translate("PortfolioModel", "Last activity"),
        }
        columns = [
            Column(
                key,
                portfolio.EXPRESSIONS[key],
                titles[key],
                portfolio.SORT_EXPRESSIONS.get(key),
                RIGHT
                if key in ("open_actions", "overdue_actions", "latest_score")
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            )
            for key in self.COLUMN_KEYS
        ]
        # The two scores the trend compares are fetched with each row, but not shown.
        columns += [
            Column(key, portfolio.EXPRESSIONS[key], lambda: "")
            for key in ("trend_previous_score", "trend_latest_score")
        ]
        super().__init__(
            db, portfolio.SOURCE, columns, portfolio.KEY, portfolio.DEFAULT_ORDER, parent
        )
        self.today = today
        self.losing_touch_days = losing_touch_days
        self.params = {"today": today.isoformat()}

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMN_KEYS)

    def set_filter(self, where: str, params: Mapping[str, Any] | None = None) -> None:
        super().set_filter(where, {**(params or {}), "today": self.today.isoformat()})

    def _cue(self, key: str, values: Mapping[str, Any]) -> bool:
        """True where the row needs attention in this column."""
        if key == "next_health_check":
            due = values["next_health_check"]
            return is_overdue(dt.date.fromisoformat(due) if due else None, self.today)
        if key == "overdue_actions":
            return bool(values["overdue_actions"])
        if key == "last_activity":
            last = values["last_activity"]
            return losing_touch(
                dt.date.fromisoformat(last) if last else None, self.today, self.losing_touch_days
            )
        if key == "status_rag":
            return values["status_rag"] == "red"
        return False

    def show(self, key: str, values: Mapping[str, Any], role: int) -> Any:
        value = values[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "status_rag":
                rag = None if value is None else Rag(value)
                return f"{RAG_SYMBOLS[rag]} {rag_label(rag)}"
            if key == "lifecycle_stage":
                return label(LifecycleStage(value))
            if key == "latest_score":
                if value is None:
                    return ""
                direction = trend([values["trend_previous_score"], values["trend_latest_score"]])
                arrow = f" {TREND_SYMBOLS[direction]}" if direction else ""
                return f"{value:.1f}{arrow}"
            if key == "next_health_check" and self._cue(key, values):
                return QCoreApplication.translate("PortfolioModel", "{date} (overdue)").format(
                    date=value
                )
            if key == "last_activity" and self._cue(key, values):
                return QCoreApplication.translate("PortfolioModel", "{date} – losing touch").format(
                    date=value or QCoreApplication.translate("PortfolioModel", "never")
                )
            return "" if value is None else value
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "status_rag":
                return QBrush(QColor(RAG_COLOURS[None if value is None else Rag(value)]))
            if self._cue(key, values):
                return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.FontRole and self._cue(key, values):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "latest_score" and value is not None:
            return QCoreApplication.translate(
                "PortfolioModel",
                "Average score of the latest health check (1–5); the arrow compares the two "
                "latest checks by the side that checked most recently twice",
            )
        return None


class PortfolioView(View):
    """Filters above the portfolio table; Enter or a double click opens the alliance."""

    needs_alliance = False

    def __init__(self, losing_touch_days: int = 60, parent: QWidget | None = None):
        super().__init__(parent)
        self.losing_touch_days = losing_touch_days
        self.model: PortfolioModel | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.stage = QComboBox()
        self.attention = QCheckBox()
        self.summary = QLabel()
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setTextFormat(Qt.TextFormat.RichText)
        self.reminder.setStyleSheet(
            "background: #fff4d6; color: #4a3800; border: 1px solid #d9b44a; padding: 4px;"
        )
        self.reminder.linkActivated.connect(lambda _link: self.attention.setChecked(True))
        self.reminder.hide()
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fit columns to the first rows only: measuring every row of a large
        # portfolio would fetch every page and take half a second.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)

        filters = QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.stage)
        filters.addWidget(self.attention)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

        self.search.textChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.stage.currentIndexChanged.connect(self.apply_filter)
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
                "Red status, overdue health check, overdue actions, a decision due within "
                "two weeks or late, or losing touch"
            )
        )
        self._fill_combo(
            self.status,
            self.tr("All statuses"),
            [*choices(Rag), (rag_label(None), NOT_ASSESSED)],
        )
        self._fill_combo(self.stage, self.tr("All stages"), choices(LifecycleStage))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.stage.setAccessibleName(self.tr("Filter by lifecycle stage"))
        self.table.setAccessibleName(self.tr("Alliances"))
        if self.model is not None:
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
            )
            self.model.layoutChanged.emit()
        self._summarise()
        self._remind()

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
            self.table.setModel(None)
            self._summarise()
            return
        if self.model is None or self.model.db is not self.session.db:
            self.model = PortfolioModel(
                self.session.db, self.session.today(), self.losing_touch_days, self
            )
            self.table.setModel(self.model)
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            fresh = True
        else:
            fresh = False
        self.model.today = self.session.today()
        self.model.losing_touch_days = self.losing_touch_days
        self.apply_filter()
        if fresh:  # a workbook just opened: the table first, the reminder right after
            QTimer.singleShot(0, self._remind)
        else:
            self._remind()
        if fresh:
            self.table.resizeColumnsToContents()  # measures the first rows only, see above
            for column in range(self.model.columnCount() - 1):
                # Long names are elided, so the figures that need attention stay in view.
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 230))

    def on_changed(self, table: str) -> None:
        if table in (
            "alliance",
            "organisation",
            "evaluation",
            "evaluation_score",
            "action",
            "meeting",
            "pulse_check",
            "stakeholder_assessment",
            "stakeholder",
            "decision",
        ):
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
        if self.attention.isChecked():
            expressions = portfolio.EXPRESSIONS
            conditions.append(
                "(alliance.status_rag = 'red'"
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

    def _summarise(self) -> None:
        if self.model is None:
            self.summary.setText(self.tr("No workbook is open."))
            return
        total = self.session.db.scalar("SELECT count(*) FROM alliance") if self.session else 0
        self.summary.setText(
            self.tr("Showing {shown} of {total} alliances").format(
                shown=self.model.rowCount(), total=total
            )
        )

    def _remind(self) -> None:
        """What is due across the portfolio, above the table; hidden when nothing is."""
        if self.session is None or self.model is None:
            self.reminder.hide()
            return
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
        self.reminder.setVisible(bool(shown))
        if shown:
            self.reminder.setText(
                "<b>{due}</b> {items} · <a href='attention'>{show}</a>".format(
                    due=html.escape(self.tr("Due:")),
                    items=" · ".join(shown),
                    show=html.escape(self.tr("Show the alliances that need attention")),
                )
            )

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
