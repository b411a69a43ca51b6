"""The early-warning signals of an open workbook as a TEMP table, for SQL to sort and filter by.

The signals are computed in Python (:func:`alliance_desk.store.signals.signals`)
and never stored in the file. A screen that pages, sorts and filters in SQL
(the portfolio) still needs them in its queries, so the session's own
connection keeps one row per current signal in a ``TEMP`` table: it lives in
SQLite's temporary database, dies with the connection and is invisible to
every other connection, backups and exports included.

:func:`alliances_touched` reads the audit trail written since a given entry
to tell which alliances an edit (or its undo) can have changed, so only those
need their signals computed again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from alliance_desk.domain.signals import Severity, Signal, SignalKind
from alliance_desk.store.audit import TIES
from alliance_desk.store.db import Database

TABLE = "temp.alliance_signal"

_CREATE = (
    "CREATE TEMP TABLE IF NOT EXISTS alliance_signal ("
    " alliance_id INTEGER NOT NULL, kind TEXT NOT NULL, severity INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS temp.alliance_signal_by_alliance"
    " ON alliance_signal (alliance_id, severity)",
)

# SQL over the portfolio's ``alliance`` row: the worst severity (NULL: no signal), how many.
WORST = f"(SELECT max(severity) FROM {TABLE} AS s WHERE s.alliance_id = alliance.id)"
COUNT = f"(SELECT count(*) FROM {TABLE} AS s WHERE s.alliance_id = alliance.id)"
# Most at risk first, as :func:`alliance_desk.domain.signals.weight` ranks them (the
# command line and the briefing's summary too): most alarms, then most warnings, then most
# notes; none last. One number, smallest first; a million of a kind would be needed to spill.
SORT = (
    "-coalesce((SELECT sum(CASE s.severity"
    f" WHEN {int(Severity.ALARM)} THEN 1000000000000 WHEN {int(Severity.WARNING)} THEN 1000000"
    f" ELSE 1 END) FROM {TABLE} AS s WHERE s.alliance_id = alliance.id), 0)"
)


def with_severity(at_least: Severity) -> str:
    """SQL condition: the alliance has a signal at least this severe."""
    return (
        f"EXISTS (SELECT 1 FROM {TABLE} AS s WHERE s.alliance_id = alliance.id"
        f" AND s.severity >= {int(at_least)})"
    )


# Parameter :signal_kind, a SignalKind value.
OF_KIND = (
    f"EXISTS (SELECT 1 FROM {TABLE} AS s WHERE s.alliance_id = alliance.id"
    " AND s.kind = :signal_kind)"
)


def create(db: Database) -> None:
    """Make the (empty) table on this connection if it is not there yet."""
    for statement in _CREATE:
        db.execute(statement)


def put(db: Database, found: Mapping[int, Sequence[Signal]]) -> None:
    """Replace the rows of the alliances in ``found`` by their signals (an alliance mapped
    to an empty list has none, or is gone)."""
    create(db)
    ids = json.dumps(list(found))
    rows = [
        {"alliance": signal.alliance_id, "kind": str(signal.kind), "severity": int(signal.severity)}
        for signals in found.values()
        for signal in signals
    ]
    # One deferred transaction that writes only the temporary database: no lock on the
    # workbook, nothing in its file. Inside an enclosing transaction, part of that one.
    alone = not db.connection.in_transaction
    if alone:
        db.execute("BEGIN")
    try:
        db.execute(
            f"DELETE FROM {TABLE} WHERE alliance_id IN (SELECT value FROM json_each(:ids))",
            {"ids": ids},
        )
        db.execute_many(
            f"INSERT INTO {TABLE} (alliance_id, kind, severity)"
            " VALUES (:alliance, :kind, :severity)",
            rows,
        )
    except BaseException:
        if alone and db.connection.in_transaction:
            db.connection.rollback()
        raise
    if alone:
        db.execute("COMMIT")


def clear(db: Database) -> None:
    create(db)
    db.execute(f"DELETE FROM {TABLE}")


def counts(db: Database) -> dict[Severity, int]:
    """How many alliances have each worst severity (severities none has are left out)."""
    create(db)
    rows = db.tuples(
        f"SELECT worst, count(*) FROM (SELECT max(severity) AS worst FROM {TABLE}"
        " GROUP BY alliance_id) GROUP BY worst"
    )
    return {Severity(worst): int(number) for worst, number in rows}


def kinds(db: Database) -> list[SignalKind]:
    """The kinds present now, in the order of :class:`SignalKind`."""
    create(db)
    present = {row[0] for row in db.tuples(f"SELECT DISTINCT kind FROM {TABLE}")}
    return [kind for kind in SignalKind if kind.value in present]


# --- which alliances an edit touched -----------------------------------------------------

_PARENT = {table: (column, parent) for table, column, parent in TIES}
# More entries than this since the last look (a restore, a script): computing every
# alliance is then no slower. Deleting a large alliance writes a few hundred.
MANY_ENTRIES = 5000


def last_entry(db: Database) -> int:
    """The id of the newest audit entry (0 for an empty trail)."""
    return int(db.scalar("SELECT coalesce(max(id), 0) FROM audit_log"))


def alliances_touched(db: Database, after: int) -> set[int] | None:
    """The alliances whose signals the changes audited after entry ``after`` can have
    changed (deleted alliances included), or None when that cannot be narrowed down: our
    own organisation, a framework, more than :data:`MANY_ENTRIES` entries."""
    entries = db.query(
        "SELECT table_name, record_id, change, field, old_value, new_value FROM audit_log"
        " WHERE id > :after ORDER BY id LIMIT :limit",
        {"after": after, "limit": MANY_ENTRIES + 1},
    )
    if len(entries) > MANY_ENTRIES:
        return None
    touched: set[int] = set()
    known: dict[tuple[str, Any], set[int] | None] = {}

    def alliances(table: str, record_id: Any, row: Mapping[str, Any] | None = None) -> Any:
        key = (table, record_id)
        if key not in known:
            known[key] = _alliances(db, table, record_id, row, alliances)
        return known[key]

    for entry in entries:
        table, record_id = entry["table_name"], entry["record_id"]
        row = _row_of(entry["old_value"] if entry["change"] == "delete" else entry["new_value"])
        if entry["change"] == "update" and entry["field"] in _parent_columns(table):
            # Moved to another parent: both the old and the new one are touched.
            for value in (entry["old_value"], entry["new_value"]):
                found = alliances(_PARENT[table][1], value)
                if found is None:
                    return None
                touched |= found
        found = alliances(table, record_id, row if entry["change"] != "update" else None)
        if found is None:
            return None
        touched |= found
    return touched


def _parent_columns(table: str) -> set[str]:
    return {_PARENT[table][0]} if table in _PARENT else set()


def _row_of(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, str):
        return None
    try:
        row = json.loads(value)
    except ValueError:
        return None
    return row if isinstance(row, dict) else None


def _alliances(
    db: Database,
    table: str,
    record_id: Any,
    row: Mapping[str, Any] | None,
    parent_of: Callable[[str, Any], set[int] | None],
) -> set[int] | None:
    """The alliances record ``record_id`` of ``table`` belongs to (gone or not); an empty set
    for a reference that is empty; None when every alliance may depend on it. ``parent_of``
    answers the same for the parent record (remembering what it found)."""
    if record_id is None:
        return set()
    if table == "alliance":
        return {int(record_id)}
    if table == "organisation":
        own = db.scalar("SELECT is_own FROM organisation WHERE id = :id", {"id": record_id})
        if own is None:  # gone: it was a partner of no alliance left, or ours was never deleted
            return set()
        if own:
            return None  # our own maturity is compared in every alliance
        return {
            int(row[0])
            for row in db.tuples(
                "SELECT id FROM alliance WHERE partner_id = :id", {"id": record_id}
            )
        }
    if table not in _PARENT:
        return None  # frameworks: their names are in the sentences of every alliance
    column, parent = _PARENT[table]
    current = db.query_one(f'SELECT "{column}" FROM "{table}" WHERE id = :id', {"id": record_id})
    if current is not None:
        return parent_of(parent, current[0])
    if row is None:  # gone: the row as it was is in its newest insert or delete entry
        row = _row_of(
            db.scalar(
                "SELECT coalesce(old_value, new_value) FROM audit_log"
                " WHERE table_name = :table AND record_id = :id AND change != 'update'"
                " ORDER BY id DESC LIMIT 1",
                {"table": table, "id": record_id},
            )
        )
    if row is None or column not in row:
        return None
    return parent_of(parent, row[column])
