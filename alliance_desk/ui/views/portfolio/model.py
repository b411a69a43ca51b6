"""The portfolio's table model: one row per alliance with its status, its early-warning
signals and what needs attention, sorted and filtered in SQL so it stays quick on large
workbooks."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from alliance_desk.domain.codes import LifecycleStage, Rag
from alliance_desk.domain.insights import Trend, is_overdue, losing_touch, trend
from alliance_desk.domain.signals import Severity
from alliance_desk.store import portfolio, signal_table
from alliance_desk.store.db import Database
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label, rag_label
from alliance_desk.ui.signal_board import SignalBoard
from alliance_desk.ui.sql_table_model import Column, SqlTableModel
from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP
from alliance_desk.ui.widgets.signal_list import (
    SEVERITY_COLOURS,
    SEVERITY_SYMBOLS,
    severity_word,
    signal_line,
)

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
DATES = {"last_evaluated", "next_health_check", "last_activity"}  # ISO text from SQL


class PortfolioModel(SqlTableModel):
    """One row per alliance; values come from :mod:`alliance_desk.store.portfolio`."""

    # Each row costs a dozen indexed subqueries: fetch about a screenful at a time.
    PAGE_SIZE = 50

    COLUMN_KEYS = (
        "name",
        "partner",
        "status_rag",
        "signals",
        "lifecycle_stage",
        "last_evaluated",
        "next_health_check",
        "open_actions",
        "overdue_actions",
        "latest_score",
        "last_activity",
        "status_reason",  # last: the long sentence takes the room that is left
    )

    # Most tooltips would be a page long: the detail pane below the table has them all.
    TOOLTIP_LINES = 8

    def __init__(
        self,
        db: Database,
        today: dt.date,
        losing_touch_days: int,
        parent: QObject | None = None,
        board: SignalBoard | None = None,
    ):
        signal_table.create(db)  # the queries read it, even before any signal is computed
        expressions = {
            **portfolio.EXPRESSIONS,
            "signals": signal_table.WORST,
            "signal_count": signal_table.COUNT,
        }
        sort_expressions = {**portfolio.SORT_EXPRESSIONS, "signals": signal_table.SORT}

        def titled(text: str) -> Callable[[], str]:
            return lambda: QCoreApplication.translate("PortfolioModel", text)

        # Short titles keep the table within a laptop's screen; the full one is the tooltip.
        titles = {
            "name": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Alliance")),
            "partner": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Partner")),
            "status_rag": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Status")),
            "signals": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Signals")),
            "status_reason": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Why")),
            "lifecycle_stage": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Stage")),
            "last_evaluated": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Last check")),
            "next_health_check": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Next check")),
            "open_actions": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Open")),
            "overdue_actions": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Overdue")),
            "latest_score": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Health")),
            "last_activity": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Activity")),
        }
        full_titles = {
            "status_reason": titled(
                QT_TRANSLATE_NOOP("PortfolioModel", "Why the status is what it is")
            ),
            "last_evaluated": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Last health check")),
            "next_health_check": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Next health check")),
            "open_actions": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Open actions")),
            "overdue_actions": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Overdue actions")),
            "latest_score": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Health (trend)")),
            "last_activity": titled(QT_TRANSLATE_NOOP("PortfolioModel", "Last activity")),
        }
        columns = [
            Column(
                key,
                expressions[key],
                titles[key],
                sort_expressions.get(key),
                RIGHT
                if key in ("open_actions", "overdue_actions", "latest_score")
                else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                full_titles.get(key),
            )
            for key in self.COLUMN_KEYS
        ]
        # The two scores the trend compares and the number of signals are fetched with
        # each row, but not shown as columns.
        columns += [
            Column(key, expressions[key], lambda: "")
            for key in ("trend_previous_score", "trend_latest_score", "signal_count")
        ]
        super().__init__(
            db, portfolio.SOURCE, columns, portfolio.KEY, portfolio.DEFAULT_ORDER, parent
        )
        self.today = today
        self.losing_touch_days = losing_touch_days
        self.board = board  # the signals' sentences, for the tooltips
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
        if key == "signals":
            return self._show_signals(values, role)
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
                return f"{notation.number(value, 1)}{arrow}"
            if key == "next_health_check" and self._cue(key, values):
                return QCoreApplication.translate("PortfolioModel", "{date} (overdue)").format(
                    date=notation.date_short(value)
                )
            if key == "last_activity" and self._cue(key, values):
                return QCoreApplication.translate("PortfolioModel", "{date} – losing touch").format(
                    date=notation.date_short(value)
                    or QCoreApplication.translate("PortfolioModel", "never")
                )
            if key in DATES:
                return notation.date_short(value)
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

    def _show_signals(self, values: Mapping[str, Any], role: int) -> Any:
        """The worst severity by symbol, word and colour, and how many signals there are."""
        worst = None if values["signals"] is None else Severity(values["signals"])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if worst is None:
                return ""
            return QCoreApplication.translate(
                "PortfolioModel", "{symbol} {severity} ({count})"
            ).format(
                symbol=SEVERITY_SYMBOLS[worst],
                severity=severity_word(worst),
                count=values["signal_count"],
            )
        if role == Qt.ItemDataRole.ForegroundRole and worst is not None:
            return QBrush(QColor(SEVERITY_COLOURS[worst]))
        if role == Qt.ItemDataRole.FontRole and worst == Severity.ALARM:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and worst is not None and self.board is not None:
            lines = [signal_line(signal) for signal in self.board.signals_of(values["row_key"])]
            if len(lines) > self.TOOLTIP_LINES:
                rest = len(lines) - self.TOOLTIP_LINES + 1
                lines = lines[: self.TOOLTIP_LINES - 1] + [
                    QCoreApplication.translate(
                        "PortfolioModel", "+ {count} more below the table"
                    ).format(count=rest)
                ]
            # Rich text, so a long sentence wraps; names the user typed stay plain text.
            return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"
        return None
