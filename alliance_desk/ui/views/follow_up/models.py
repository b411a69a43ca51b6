"""Table models of the follow-up page: actions, decisions and risks paged from SQL.

One model class serves the three kinds; :mod:`alliance_desk.store.follow_up`
says how each is queried. Overdue rows stand out three ways at once (a
warning sign with the word "overdue", bold type and red), so they read in
black and white too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from alliance_desk.domain.codes import (
    ActionStatus,
    DecisionStatus,
    RespondentSide,
    RiskStatus,
    RoundKind,
)
from alliance_desk.store import follow_up
from alliance_desk.store.db import Database
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label
from alliance_desk.ui.sql_table_model import Column, SqlTableModel

OVERDUE_MARK = "⚠"
OVERDUE_COLOUR = "#c62828"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SHORT_TEXT = 80  # notes are shown on one line, cut here; the tooltip holds all of it

STATUS_CODES = {"action": ActionStatus, "decision": DecisionStatus, "risk": RiskStatus}
# The date that makes a row overdue, per kind.
DUE_KEYS = {"action": "due_date", "decision": "deadline", "risk": "review_date"}
VISIBLE = {
    "action": ("title", "alliance", "owner", "due_date", "status", "source", "completed_on"),
    "decision": (
        "title",
        "alliance",
        "status",
        "asked_of",
        "recommendation",
        "deadline",
        "decided",
    ),
    "risk": (
        "title",
        "alliance",
        "owner",
        "likelihood",
        "impact",
        "score",
        "status",
        "review_date",
        "mitigation",
    ),
}
NUMBERS = {"likelihood", "impact", "score"}
NOTES = {"recommendation", "mitigation"}
DATES = {"due_date", "completed_on", "deadline", "review_date"}  # ISO text from SQL


def _titles() -> dict[str, Callable[[], str]]:
    # Literal strings inside translate() so lupdate finds them.
    return {
        "title": lambda: QCoreApplication.translate("FollowUpModel", "Title"),
        "alliance": lambda: QCoreApplication.translate("FollowUpModel", "Alliance"),
        "owner": lambda: QCoreApplication.translate("FollowUpModel", "Owner"),
        "due_date": lambda: QCoreApplication.translate("FollowUpModel", "Due date"),
        "status": lambda: QCoreApplication.translate("FollowUpModel", "Status"),
        "source": lambda: QCoreApplication.translate("FollowUpModel", "Source"),
        "completed_on": lambda: QCoreApplication.translate("FollowUpModel", "Completed on"),
        "asked_of": lambda: QCoreApplication.translate("FollowUpModel", "Asked of"),
        "recommendation": lambda: QCoreApplication.translate("FollowUpModel", "Recommendation"),
        "deadline": lambda: QCoreApplication.translate("FollowUpModel", "Deadline"),
        "decided": lambda: QCoreApplication.translate("FollowUpModel", "Decided on / by"),
        "likelihood": lambda: QCoreApplication.translate("FollowUpModel", "Likelihood"),
        "impact": lambda: QCoreApplication.translate("FollowUpModel", "Impact"),
        "score": lambda: QCoreApplication.translate("FollowUpModel", "Score (L×I)"),
        "review_date": lambda: QCoreApplication.translate("FollowUpModel", "Review date"),
        "mitigation": lambda: QCoreApplication.translate("FollowUpModel", "Mitigation"),
    }


def source_text(
    evaluated_on: str | None,
    side: str | None,
    meeting_title: str | None,
    held_on: str | None,
    round_held_on: str | None = None,
    round_kind: str | None = None,
) -> str:
    """Where an action or decision came from, in words."""
    if round_held_on is not None:
        return QCoreApplication.translate("FollowUpModel", "Round {date}: {kind}").format(
            date=notation.date_short(round_held_on),
            kind=label(RoundKind(round_kind)) if round_kind else "",
        )
    if evaluated_on is not None:
        return QCoreApplication.translate("FollowUpModel", "Health check {date} ({side})").format(
            date=notation.date_short(evaluated_on), side=label(RespondentSide(side)) if side else ""
        )
    if held_on is not None:
        return QCoreApplication.translate("FollowUpModel", "Meeting {date}: {title}").format(
            date=notation.date_short(held_on), title=meeting_title or ""
        )
    return ""


def choice_text(choice: follow_up.SourceChoice) -> str:
    """A source offered in the action and decision dialogs, in words."""
    if choice.table == "evaluation":
        return source_text(choice.day, choice.detail, None, None)
    if choice.table == "questionnaire_round":
        return source_text(None, None, None, None, choice.day, choice.detail)
    return source_text(None, None, choice.detail, choice.day)


def one_line(text: str | None, limit: int = SHORT_TEXT) -> str:
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class FollowUpModel(SqlTableModel):
    """Rows of one kind (actions, decisions or risks), with overdue rows marked."""

    keeps_cells = True  # show() reads the row, ``today`` (set with the rows) and the language

    def __init__(self, db: Database, kind: follow_up.Kind, parent: QObject | None = None):
        titles = _titles()
        self.kind = kind
        self.visible = VISIBLE[kind.table]
        columns = [
            Column(
                key,
                sql,
                titles.get(key, lambda: ""),
                kind.sort_expressions.get(key),
                RIGHT if key in NUMBERS else LEFT,
            )
            for key, sql in kind.expressions.items()
        ]
        super().__init__(db, kind.source, columns, kind.key, kind.default_order, parent)
        self.due_key = DUE_KEYS[kind.table]
        self.status_codes = STATUS_CODES[kind.table]
        self.today = dt.date.today()
        self.params = {"today": self.today.isoformat()}

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        # The hidden columns (overdue flag, alliance id, source parts) follow the visible ones.
        return 0 if parent.isValid() else len(self.visible)

    def apply(self, chosen: follow_up.Filter, today: dt.date) -> None:
        """Show the rows ``chosen`` lets through, as of ``today``."""
        self.today = today
        where, params = follow_up.condition(self.kind, chosen, today)
        self.set_filter(where, params)

    def column_of(self, key: str) -> int:
        return self.visible.index(key)

    def is_overdue(self, row: int) -> bool:
        return bool(self.record(row)["overdue"])

    def alliance_id(self, row: int) -> int:
        return int(self.record(row)["alliance_id"])

    def show(self, key: str, values: Mapping[str, Any], role: int) -> Any:
        overdue = bool(values["overdue"])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, values, overdue)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, values, overdue)
        marked = overdue and key in ("title", self.due_key)
        if role == Qt.ItemDataRole.FontRole and marked:
            return bold()
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QBrush(QColor(OVERDUE_COLOUR))
        return None

    def _text(self, key: str, values: Mapping[str, Any], overdue: bool) -> str:
        value = values[key]
        if key == "status":
            return label(self.status_codes(value))
        if key == "source":
            return source_text(
                values["source_evaluated_on"],
                values["source_side"],
                values["source_meeting_title"],
                values["source_held_on"],
                values.get("source_round_held_on"),
                values.get("source_round_kind"),
            )
        if key == "decided":
            if value is None:
                return values["decided_by"] or ""
            by = values["decided_by"]
            if not by:
                return notation.date_short(value)
            return QCoreApplication.translate("FollowUpModel", "{date} by {who}").format(
                date=notation.date_short(value), who=by
            )
        if key == self.due_key and overdue:
            return QCoreApplication.translate("FollowUpModel", "{mark} {date} overdue").format(
                mark=OVERDUE_MARK, date=notation.date_short(value)
            )
        if key in NOTES:
            return one_line(value)
        if key in DATES:
            return notation.date_short(value)
        return "" if value is None else str(value)

    def _tooltip(self, key: str, values: Mapping[str, Any], overdue: bool) -> str | None:
        if overdue and key in ("title", self.due_key):
            days = (self.today - dt.date.fromisoformat(values[self.due_key])).days
            return self.tr("Overdue: {date} was %n day(s) ago", "", days).format(
                date=notation.date_medium(values[self.due_key])
            )
        if key in NOTES and values[key]:
            return str(values[key])
        if key in ("title", "alliance", "source", "decided"):
            text = self._text(key, values, overdue)
            return text if len(text) > 25 else None  # the cell may be too narrow for it
        if key == "score":
            return QCoreApplication.translate(
                "FollowUpModel", "Likelihood × impact, from 1 (negligible) to 25 (critical)"
            )
        return None
