"""The table of the meetings page: one alliance's meetings, newest first.

Sorted and filtered in SQL, with how many actions and decisions name each
meeting as their source.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from alliance_desk.domain.codes import MeetingKind
from alliance_desk.store import meetings
from alliance_desk.store.db import Database
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label
from alliance_desk.ui.sql_table_model import Column, SqlTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def meeting_columns() -> list[Column]:
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
        super().__init__(db, "meeting", meeting_columns(), "meeting.id", self.DEFAULT_ORDER, parent)
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
            if key == "held_on":
                return notation.date_short(value)
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
