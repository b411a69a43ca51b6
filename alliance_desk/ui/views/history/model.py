"""The table model of the history page: audit entries paged from SQL, newest first.

Values are stored as the workbook holds them (codes, ISO dates, 0/1, whole
rows as JSON for additions and deletions); this model shows them as people
read them: labels in the interface language, local time, field captions.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from alliance_desk.domain.validation import Choice, Day, Flag
from alliance_desk.store import audit
from alliance_desk.store.db import Database
from alliance_desk.store.tables import RECORD_TYPE_BY_TABLE
from alliance_desk.ui import notation
from alliance_desk.ui.field_texts import field_label
from alliance_desk.ui.labels import label, record_name, unset_label
from alliance_desk.ui.language import current_language
from alliance_desk.ui.sql_table_model import Column, SqlTableModel

VISIBLE = ("changed_at", "what", "change", "field", "old_value", "new_value")
SHORT_TEXT = 120  # values are shown on one line, cut here; the tooltip holds all of it


def local_time(stamp: str) -> str:
    """A UTC stamp of the audit trail in the computer's time zone."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return notation.moment(moment.astimezone(), seconds=True)


def change_text(change: str) -> str:
    if change == "insert":
        return QCoreApplication.translate("HistoryModel", "Added")
    if change == "delete":
        return QCoreApplication.translate("HistoryModel", "Deleted")
    return QCoreApplication.translate("HistoryModel", "Changed")


def value_text(table: str, field: str, value: Any) -> str:
    """One stored value as a person reads it: a label for a code, yes or no for a flag."""
    record_type = RECORD_TYPE_BY_TABLE.get(table)
    rule = record_type.rules().get(field) if record_type else None
    if value is None or value == "":
        unset = unset_label(rule.codes) if isinstance(rule, Choice) and rule.codes else ""
        return unset or "—"
    if isinstance(rule, Choice) and rule.codes is not None:
        try:
            return label(rule.codes(value))
        except ValueError:
            return str(value)
    if isinstance(rule, Day):
        try:
            return notation.date_short(str(value))
        except ValueError:
            return str(value)
    if isinstance(rule, Flag):
        yes = value in (1, "1", True)
        return (
            QCoreApplication.translate("HistoryModel", "yes")
            if yes
            else QCoreApplication.translate("HistoryModel", "no")
        )
    return str(value)


def row_text(table: str, row_json: str | None, separator: str = "; ") -> str:
    """A whole row (of an addition or deletion) as "Field: value" pairs, references left out."""
    if not row_json:
        return ""
    try:
        row = json.loads(row_json)
    except ValueError:
        return row_json
    record_type = RECORD_TYPE_BY_TABLE.get(table)
    # The stored JSON is sorted by name; people read fields in the record's own order.
    order = record_type.columns() if record_type else sorted(row)
    names = [name for name in order if name in row] + [name for name in row if name not in order]
    parts = [
        f"{field_label(table, name)}: {value_text(table, name, row[name])}"
        for name in names
        if name != "id" and not name.endswith("_id") and row[name] not in (None, "")
    ]
    return separator.join(parts)


def one_line(text: str, limit: int = SHORT_TEXT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class HistoryModel(SqlTableModel):
    """Audit entries: when, what (record and its name), change, field, old and new value."""

    def __init__(self, db: Database, parent: QObject | None = None):
        titles = {
            "changed_at": lambda: QCoreApplication.translate("HistoryModel", "When"),
            "what": lambda: QCoreApplication.translate("HistoryModel", "What"),
            "change": lambda: QCoreApplication.translate("HistoryModel", "Change"),
            "field": lambda: QCoreApplication.translate("HistoryModel", "Field"),
            "old_value": lambda: QCoreApplication.translate("HistoryModel", "Old value"),
            "new_value": lambda: QCoreApplication.translate("HistoryModel", "New value"),
        }
        columns = [
            Column(key, sql, titles.get(key, lambda: "")) for key, sql in audit.EXPRESSIONS.items()
        ]
        super().__init__(db, audit.SOURCE, columns, audit.KEY, audit.NEWEST_FIRST, parent)
        self.params = {"dutch": current_language() == "nl"}

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(VISIBLE)

    def set_filter(self, where: str, params: Mapping[str, Any] | None = None) -> None:
        # The record names (frameworks, dimensions) follow the interface language.
        super().set_filter(where, {**(params or {}), "dutch": current_language() == "nl"})

    def entry(self, row: int) -> tuple[str, int]:
        """The record an entry is about: (table, id)."""
        values = self.record(row)
        return values["what"], int(values["record_id"])

    def show(self, key: str, values: Mapping[str, Any], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(key, values)
            return one_line(text) if key in ("old_value", "new_value") else text
        if role == Qt.ItemDataRole.ToolTipRole and key in ("old_value", "new_value", "what"):
            text = self._text(key, values, separator="\n")
            return text if text and text != "—" else None
        return None

    def _text(self, key: str, values: Mapping[str, Any], separator: str = "; ") -> str:
        table, change = values["what"], values["change"]
        if key == "changed_at":
            return local_time(values["changed_at"])
        if key == "what":
            name = values["name"]
            if name is None:
                return QCoreApplication.translate("HistoryModel", "{record} #{id}").format(
                    record=record_name(table), id=values["record_id"]
                )
            return QCoreApplication.translate("HistoryModel", "{record}: {name}").format(
                record=record_name(table), name=_people_dates(str(name))
            )
        if key == "change":
            return change_text(change)
        if key == "field":
            return field_label(table, values["field"]) if values["field"] else ""
        if change == "update":
            return value_text(table, values["field"] or "", values[key])
        # A whole row: what was added, or what was deleted.
        if key == "new_value" and change == "insert" or key == "old_value" and change == "delete":
            return row_text(table, values[key], separator)
        return ""


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _people_dates(name: str) -> str:
    """A record's name as the workbook builds it ("Kick-off, 2026-10-26") with its dates
    written as the interface's language writes them."""

    def day(match: re.Match[str]) -> str:
        try:
            return notation.date_short(dt.date(*(int(part) for part in match.groups())))
        except ValueError:  # not a real date: leave the text as typed
            return match.group(0)

    return _ISO_DAY.sub(day, name)
