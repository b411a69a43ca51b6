"""Writing and reading domain records, with every change written to the audit trail.

All writes of records go through :func:`insert`, :func:`update` and
:func:`delete`, so the audit trail (``audit_log``) sees every change: which
record, which field, the old and the new value, and when.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any, TypeVar

from alliance_desk.domain.record import Record
from alliance_desk.domain.validation_error import ValidationError, utc_now_stamp
from alliance_desk.store import snapshot
from alliance_desk.store.db import Database
from alliance_desk.store.errors import RecordNotFound

R = TypeVar("R", bound=Record)

# Unique indexes whose breach a person should read as a sentence, keyed by the
# columns SQLite names in the message ("UNIQUE constraint failed: t.a, t.b"); it
# never names the index itself.
_CONFLICTS = {
    "stakeholder.alliance_id, stakeholder.side": (
        "is_sponsor",
        "there is already a sponsor on this side",
    ),
    "organisation.is_own": ("is_own", "another organisation is already marked as ours"),
    "framework.code": ("code", "another framework already has this code"),
    "framework_dimension.framework_id, framework_dimension.code": (
        "code",
        "the framework already has a dimension with this code",
    ),
    "evaluation_score.evaluation_id, evaluation_score.dimension_id": (
        "dimension_id",
        "the evaluation already scores this dimension",
    ),
    "round_answer.respondent_id, round_answer.dimension_id": (
        "dimension_id",
        "the respondent already answered this dimension",
    ),
    "maturity_score.assessment_id, maturity_score.dimension_id": (
        "dimension_id",
        "the assessment already scores this dimension",
    ),
    "skill_score.assessment_id, skill_score.dimension_id": (
        "dimension_id",
        "the assessment already gives this skill a level",
    ),
    "training_skill.training_id, training_skill.dimension_id": (
        "dimension_id",
        "the training already addresses this skill",
    ),
}


def _column_list(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def references(db: Database, table: str) -> dict[str, str]:
    """Column to referenced table, read from the workbook's own schema."""
    rows = db.query(f'PRAGMA foreign_key_list("{table}")')
    return {row["from"]: row["table"] for row in rows}


def _check_references(db: Database, record: Record, row: Mapping[str, Any]) -> None:
    for column, target in references(db, record.TABLE).items():
        value = row.get(column)
        if value is not None and not db.query_one(
            f'SELECT 1 FROM "{target}" WHERE id = :id', {"id": value}
        ):
            raise ValidationError(
                record.TABLE, column, value, "missing_reference", target=target.replace("_", " ")
            )


def _conflict(record: Record, error: sqlite3.IntegrityError) -> ValidationError:
    text = str(error)
    for key, (field, explanation) in _CONFLICTS.items():
        if key in text:
            return ValidationError(
                record.TABLE, field, getattr(record, field, None), "conflict", detail=explanation
            )
    return ValidationError(record.TABLE, "id", record.id, "conflict", detail=text)


def _audit(
    db: Database,
    table: str,
    record_id: int,
    change: str,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    if not db.audit:
        return
    db.execute(
        "INSERT INTO audit_log (changed_at, table_name, record_id, change, field, old_value,"
        " new_value) VALUES (:at, :table, :record_id, :change, :field, :old, :new)",
        {
            "at": utc_now_stamp(),
            "table": table,
            "record_id": record_id,
            "change": change,
            "field": field,
            "old": old,
            "new": new,
        },
    )


def _as_json(row: Mapping[str, Any]) -> str:
    return json.dumps(dict(row), ensure_ascii=False, sort_keys=True)


def insert(db: Database, record: R) -> R:
    """Store a new record (or one with a chosen ``id``) and return it with its id."""
    row = record.to_row()
    with db.transaction():
        if row["id"] is None:
            row["id"] = _unused_id(db, record.TABLE)
        names = list(row)
        _check_references(db, record, row)
        try:
            cursor = db.execute(
                f'INSERT INTO "{record.TABLE}" ({_column_list(names)}) '
                f"VALUES ({', '.join(':' + name for name in names)})",
                row,
            )
        except sqlite3.IntegrityError as error:
            raise _conflict(record, error) from error
        record_id = int(cursor.lastrowid or record.id or 0)
        stored = record.with_changes(id=record_id)
        _audit(db, record.TABLE, record_id, "insert", new=_as_json(stored.to_row()))
    return stored


def _unused_id(db: Database, table: str) -> int:
    """An id the table has never given out: above its rows and above every id its audit
    trail names, so a new record never inherits the history of a deleted one (SQLite
    would hand out a deleted last row's id again)."""
    return 1 + int(
        db.scalar(
            f'SELECT max(coalesce((SELECT max(id) FROM "{table}"), 0),'
            " coalesce((SELECT max(record_id) FROM audit_log WHERE table_name = :table), 0))",
            {"table": table},
        )
    )


def get(db: Database, record_type: type[R], record_id: int) -> R:
    row = db.query_one(f'SELECT * FROM "{record_type.TABLE}" WHERE id = :id', {"id": record_id})
    if row is None:
        raise RecordNotFound(db.path, table=record_type.TABLE, record_id=record_id)
    return record_type.from_row(dict(row))


def select(
    db: Database,
    record_type: type[R],
    where: str = "1",
    params: Mapping[str, Any] | None = None,
    order_by: str = "id",
) -> list[R]:
    """Records matching an SQL condition written with named parameters."""
    rows = db.query(
        f'SELECT * FROM "{record_type.TABLE}" WHERE {where} ORDER BY {order_by}', params
    )
    return [record_type.from_row(dict(row)) for row in rows]


def update(db: Database, record: R, **changes: Any) -> R:
    """Change some fields of a stored record; every changed field is audited."""
    if record.id is None:
        raise ValueError("update() needs a stored record")
    with db.transaction():
        current = get(db, type(record), record.id)
        changed = current.with_changes(**changes)
        old_row, new_row = current.to_row(), changed.to_row()
        diff = [name for name in new_row if new_row[name] != old_row[name]]
        if not diff:
            return current
        _check_references(db, changed, {name: new_row[name] for name in diff})
        assignments = ", ".join(f'"{name}" = :{name}' for name in diff)
        try:
            db.execute(
                f'UPDATE "{record.TABLE}" SET {assignments} WHERE id = :id',
                {**{name: new_row[name] for name in diff}, "id": record.id},
            )
        except sqlite3.IntegrityError as error:
            raise _conflict(changed, error) from error
        for name in diff:
            _audit(db, record.TABLE, record.id, "update", name, old_row[name], new_row[name])
    return changed


def delete(db: Database, record_type: type[R], record_id: int) -> R:
    """Delete a record (and, by the schema's cascades, what belongs to it)."""
    with db.transaction():
        current = get(db, record_type, record_id)
        # What the schema deletes or clears along with it, so the audit trail tells that too.
        along = snapshot.take(db, record_type.TABLE, record_id) if db.audit else None
        try:
            db.execute(f'DELETE FROM "{record_type.TABLE}" WHERE id = :id', {"id": record_id})
        except sqlite3.IntegrityError as error:
            raise ValidationError(record_type.TABLE, "id", record_id, "still_referenced") from error
        _audit(db, record_type.TABLE, record_id, "delete", old=_as_json(current.to_row()))
        if along is not None:
            for table, row in along.rows:
                if (table, row["id"]) != (record_type.TABLE, record_id):
                    _audit(db, table, row["id"], "delete", old=_as_json(row))
            for table, column, child_id, target_id in along.cleared:
                _audit(db, table, child_id, "update", column, target_id, None)
    return current


def count(db: Database, record_type: type[Record]) -> int:
    return int(db.scalar(f'SELECT count(*) FROM "{record_type.TABLE}"'))


def history(db: Database, table: str, record_id: int) -> list[dict[str, Any]]:
    """The audit trail of one record, oldest first."""
    rows = db.query(
        "SELECT * FROM audit_log WHERE table_name = :table AND record_id = :id ORDER BY id",
        {"table": table, "id": record_id},
    )
    return [dict(row) for row in rows]
