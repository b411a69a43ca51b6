"""Everything a deletion takes with it, kept so the deletion can be undone exactly.

The schema says what goes with a record: children that reference it with
``ON DELETE CASCADE`` are deleted too, references with ``ON DELETE SET
NULL`` are cleared. :func:`take` reads both from the workbook's own foreign
keys, :func:`put_back` restores rows with their original ids and sets the
cleared references again.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from alliance_desk.domain.validation_error import utc_now_stamp
from alliance_desk.store.db import Database


@dataclasses.dataclass(frozen=True)
class Reference:
    table: str  # the referencing table
    column: str
    target: str  # the referenced table
    on_delete: str


@dataclasses.dataclass
class Snapshot:
    """Rows in the order they must be put back (parents first), and cleared references."""

    rows: list[tuple[str, dict[str, Any]]] = dataclasses.field(default_factory=list)
    cleared: list[tuple[str, str, int, int]] = dataclasses.field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(1 for name, _ in self.rows if name == table)


def references(db: Database) -> list[Reference]:
    tables = [
        row["name"]
        for row in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found = []
    for table in tables:
        for row in db.query(f'PRAGMA foreign_key_list("{table}")'):
            found.append(Reference(table, row["from"], row["table"], row["on_delete"].upper()))
    return found


def take(db: Database, table: str, record_id: int) -> Snapshot:
    """What deleting ``table`` row ``record_id`` would remove or clear."""
    graph = references(db)
    snapshot = Snapshot()
    seen: set[tuple[str, int]] = set()

    def visit(name: str, ids: list[int]) -> None:
        ids = [value for value in ids if (name, value) not in seen]
        if not ids:
            return
        seen.update((name, value) for value in ids)
        placeholders = ", ".join(f":id{index}" for index in range(len(ids)))
        params = {f"id{index}": value for index, value in enumerate(ids)}
        for row in db.query(
            f'SELECT * FROM "{name}" WHERE id IN ({placeholders}) ORDER BY id', params
        ):
            snapshot.rows.append((name, dict(row)))
        for reference in graph:
            if reference.target != name:
                continue
            children = db.query(
                f'SELECT id FROM "{reference.table}" WHERE "{reference.column}" IN ({placeholders})'
                " ORDER BY id",
                params,
            )
            if reference.on_delete == "CASCADE":
                visit(reference.table, [child["id"] for child in children])
            elif reference.on_delete == "SET NULL":
                for child in db.query(
                    f'SELECT id, "{reference.column}" AS target_id FROM "{reference.table}" '
                    f'WHERE "{reference.column}" IN ({placeholders})',
                    params,
                ):
                    snapshot.cleared.append(
                        (reference.table, reference.column, child["id"], child["target_id"])
                    )

    visit(table, [record_id])
    # A reference cleared in a row that is itself deleted (an action of the alliance whose
    # meeting goes too) is no change of its own: auditing it would record an update of a
    # deleted record, and putting it back would set what the restored row already has.
    snapshot.cleared = [
        cleared for cleared in snapshot.cleared if (cleared[0], cleared[2]) not in seen
    ]
    snapshot.rows = _parents_first(snapshot.rows, graph)
    return snapshot


def _parents_first(
    rows: list[tuple[str, dict[str, Any]]], graph: list[Reference]
) -> list[tuple[str, dict[str, Any]]]:
    """``rows`` ordered so that each comes after the rows of the snapshot it refers to.

    The order of the walk is not enough: an action is reached from its alliance, but it
    may also name a development target that is reached later (alliance, plan, target)."""
    by_key = {(table, row["id"]): (table, row) for table, row in rows}
    outgoing: dict[str, list[Reference]] = {}
    for reference in graph:
        outgoing.setdefault(reference.table, []).append(reference)
    ordered: list[tuple[str, dict[str, Any]]] = []
    placed: set[tuple[str, Any]] = set()

    def place(key: tuple[str, Any]) -> None:
        if key in placed:
            return
        placed.add(key)
        table, row = by_key[key]
        for reference in outgoing.get(table, []):
            parent = (reference.target, row.get(reference.column))
            if parent in by_key:
                place(parent)
        ordered.append(by_key[key])

    for table, row in rows:
        place((table, row["id"]))
    return ordered


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def put_back(db: Database, snapshot: Snapshot) -> None:
    """Restore what a deletion removed, with the original ids; audited as inserts, and the
    references set again as updates."""
    with db.transaction():
        for table, row in snapshot.rows:
            names = list(row)
            db.execute(
                f'INSERT INTO "{table}" ({_quoted(names)}) '
                f"VALUES ({', '.join(':' + name for name in names)})",
                row,
            )
            if db.audit:
                db.execute(
                    "INSERT INTO audit_log (changed_at, table_name, record_id, change, new_value)"
                    " VALUES (:at, :table, :id, 'insert', :row)",
                    {
                        "at": utc_now_stamp(),
                        "table": table,
                        "id": row["id"],
                        "row": json.dumps(row, ensure_ascii=False, sort_keys=True),
                    },
                )
        for table, column, record_id, target_id in snapshot.cleared:
            db.execute(
                f'UPDATE "{table}" SET "{column}" = :target WHERE id = :id',
                {"target": target_id, "id": record_id},
            )
            if db.audit:
                db.execute(
                    "INSERT INTO audit_log (changed_at, table_name, record_id, change, field,"
                    " old_value, new_value) VALUES (:at, :table, :id, 'update', :column, NULL,"
                    " :target)",
                    {
                        "at": utc_now_stamp(),
                        "table": table,
                        "id": record_id,
                        "column": column,
                        "target": target_id,
                    },
                )
