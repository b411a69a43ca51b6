"""Every stored value checked with the app's rules: what an import lets in, and what
``check`` finds in a workbook that the app could not read.

Records are checked by their domain classes, exactly as typing them into the app.
The two tables that are not records are checked here: ``workbook_info`` (keys
and values) and ``audit_log``, whose insert and delete entries hold the whole
row as a JSON object that the history page reads with SQLite's JSON functions
(one malformed entry would break the history of every alliance).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import operator
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import (
    Choice,
    Day,
    Flag,
    Line,
    Note,
    Rule,
    Score,
    Stored,
    ValidationError,
    WholeNumber,
)
from alliance_desk.store.tables import (
    AUDIT_COLUMNS,
    INFO_COLUMNS,
    RECORD_TYPE_BY_TABLE,
    RECORD_TYPES,
)

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "workbook_info": INFO_COLUMNS,
    **{record_type.TABLE: tuple(record_type.columns()) for record_type in RECORD_TYPES},
    "audit_log": AUDIT_COLUMNS,
}
ORDER_BY = {"workbook_info": "key"}
_AUDIT_CHANGES = {"insert", "update", "delete"}
_SQLITE_INTEGERS = range(-(2**63), 2**63)  # SQLite stores whole numbers in 64 bits
# The column of an insert or delete entry that holds the row, as the history reads it.
_ROW_COLUMN = {"insert": "new_value", "delete": "old_value"}


RowCheck = Callable[[dict[str, Any]], tuple[Any, ...]]


def checked_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row as the app would store it; ValidationError if the app could not."""
    return dict(zip(TABLE_COLUMNS[table], row_check(table)(row), strict=True))


@functools.cache
def row_check(table: str, inserted: bool = False) -> RowCheck:
    """The check of one table's rows, made once: a row (column name to value) in, its
    values as the app would store them out, in ``TABLE_COLUMNS`` order; ValidationError
    if the app could not store it.

    A record's row is what making the record from it gives (``from_row(row).to_row()``):
    the same rules, the same stored values. The quick way chooses each column's rule once
    (``Rule.stored``) instead of making a record per row; a row it refuses is checked again
    the reference way, so the error named is exactly the one the app names.

    ``inserted``: the values go straight into SQLite, which refuses a whole number beyond
    its 64 bits itself (OverflowError while binding), so a record's values are not looked
    at for that here; the caller checks the row again with ``row_check(table)`` to name
    the fault."""
    record_type = RECORD_TYPE_BY_TABLE.get(table)
    if record_type is None:
        return lambda row: tuple(_storable(table, _checked_plain_row(table, row)).values())
    reference = _reference_check(record_type)
    quick = _quick_check(record_type, bounded=not inserted)

    def check(row: dict[str, Any]) -> tuple[Any, ...]:
        try:
            return quick(row)
        except ValidationError:
            return reference(row)

    return check


def _reference_check(record_type: type[Record]) -> RowCheck:
    table = record_type.TABLE

    def check(row: dict[str, Any]) -> tuple[Any, ...]:
        if row.get("id") is None:
            raise ValidationError(table, "id", None, "required")
        return tuple(_storable(table, record_type.from_row(row).to_row()).values())

    return check


def _quick_check(record_type: type[Record], bounded: bool) -> RowCheck:
    table, rules = record_type.TABLE, record_type.rules()
    known = frozenset(rules)
    defaults = {field.name: field.default for field in dataclasses.fields(record_type)}
    refused = ValidationError(table, "id", None, "required")  # the reference names the fault

    def column(name: str, rule: Rule) -> Stored:
        stored = rule.stored(table, name)
        if not bounded or not _may_overflow(rule):
            return stored

        def within_sqlite(value: object) -> Any:
            value = stored(value)
            if isinstance(value, int) and value not in _SQLITE_INTEGERS:
                raise refused
            return value

        return within_sqlite

    columns = [(name, column(name, rule), defaults[name]) for name, rule in rules.items()]

    def check(row: dict[str, Any]) -> tuple[Any, ...]:
        if row.get("id") is None or not row.keys() <= known:
            raise refused
        get = row.get
        return tuple([stored(get(name, default)) for name, stored, default in columns])

    together = _together(record_type)
    if together is None:
        return check

    def check_together(row: dict[str, Any]) -> tuple[Any, ...]:
        stored = check(row)
        together([(value,) for value in stored])
        return stored

    return check_together


Together = Callable[[Sequence[Sequence[Any]]], None]


def _together(record_type: type[Record]) -> Together | None:
    """The record's rules across fields, run on rows of stored values given column by
    column (None if the record has no such rules); ValidationError for the first row
    that breaks one.

    They run on a record of each row's stored values, each value stored in another form
    (a date as text, a code, a flag as 0/1) turned back by its rule: the record the app
    would make, without checking every field again. A column turns each of its distinct
    values back once (stored values are plain text and numbers, and a rule turns equal
    values back alike)."""
    if not record_type.checks_together():
        return None
    table, rules = record_type.TABLE, record_type.rules()
    names = tuple(rules)
    converted = [
        (index, name, rule.check)
        for index, (name, rule) in enumerate(rules.items())
        if type(rule).dump is not Rule.dump
    ]

    def together(columns: Sequence[Sequence[Any]]) -> None:
        domain_columns = list(columns)
        for index, name, domain in converted:
            column = columns[index]
            forms = {value: domain(table, name, value) for value in set(column)}
            domain_columns[index] = list(map(forms.__getitem__, column))
        for values in zip(*domain_columns, strict=True):
            record_type.from_checked(dict(zip(names, values, strict=True)))

    return together


RowsCheck = Callable[[list[Any]], list[tuple[Any, ...]] | None]


@functools.cache
def rows_check(table: str) -> RowsCheck | None:
    """``row_check(table, inserted=True)`` of many rows at once, for a table of records
    (None for the others): the rows' values taken column by column and each column's rule
    made once for all its values (``Rule.stored_column``), so a value costs no Python call
    of its own when its column is as stored. Out: the rows checked, or None if any row is
    not an object, has a column the record has not or no id, or any value is refused, for
    the caller to check each row (which then names the first fault exactly)."""
    record_type = RECORD_TYPE_BY_TABLE.get(table)
    if record_type is None:
        return None
    rules = record_type.rules()
    names, known = tuple(rules), frozenset(rules)
    defaults = {field.name: field.default for field in dataclasses.fields(record_type)}
    missing = tuple(defaults[name] for name in names)
    columns = [rule.stored_column(table, name) for name, rule in rules.items()]
    ids = names.index("id")
    together = _together(record_type)

    every = operator.itemgetter(*names)

    def check(rows: list[Any]) -> list[tuple[Any, ...]] | None:
        if not rows or not set(map(type, rows)) <= {dict}:
            return None
        try:  # every column (as exported), and no other
            found = list(map(every, rows))
            whole = set(map(len, rows)) == {len(names)}
        except KeyError:  # some missing: they take their defaults
            found = [tuple(map(row.get, names, missing)) for row in rows]
            whole = False
        if not (whole or all(map(known.issuperset, rows))):
            return None  # a column the record has not
        try:
            stored = [
                column(value)
                for column, value in zip(columns, zip(*found, strict=True), strict=True)
            ]
            del found  # the checked rows are made next: not both at once
            if None in stored[ids]:
                return None
            if together is not None:
                together(stored)
        except ValidationError:
            return None
        return list(zip(*stored, strict=True))

    return check


def _may_overflow(rule: Rule) -> bool:
    """Whether the rule lets through a whole number too large for SQLite."""
    if isinstance(rule, WholeNumber | Score):
        return not (rule.minimum in _SQLITE_INTEGERS and rule.maximum in _SQLITE_INTEGERS)
    return not isinstance(rule, Line | Note | Day | Choice | Flag)


def _storable(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Refuse whole numbers too large for SQLite (they would fail only while writing)."""
    for name, value in row.items():
        if isinstance(value, int) and value not in _SQLITE_INTEGERS:
            raise ValidationError(
                table,
                name,
                value,
                "out_of_range",
                minimum=_SQLITE_INTEGERS.start,
                maximum=_SQLITE_INTEGERS.stop - 1,
            )
    return row


def _checked_plain_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    columns = TABLE_COLUMNS[table]
    for name, value in row.items():
        if name not in columns:
            raise ValidationError(table, name, value, "unknown_field")
        if not (value is None or isinstance(value, str | int | float)) or isinstance(value, bool):
            raise ValidationError(table, name, value, "not_text")
    if table == "audit_log":
        _check_audit_row(row)
    elif not isinstance(row.get("key"), str):
        raise ValidationError(table, "key", row.get("key"), "required")
    return {name: row.get(name) for name in columns}


def _check_audit_row(row: dict[str, Any]) -> None:
    table = "audit_log"
    for name in ("id", "record_id"):
        if not isinstance(row.get(name), int) or isinstance(row.get(name), bool):
            raise ValidationError(table, name, row.get(name), "not_an_id")
    change = row.get("change")
    if change not in _AUDIT_CHANGES:
        raise ValidationError(
            table, "change", change, "not_a_choice", choices="insert, update, delete"
        )
    for name in ("changed_at", "table_name"):
        if not isinstance(row.get(name), str):
            raise ValidationError(table, name, row.get(name), "required")
    if row["table_name"] not in RECORD_TYPE_BY_TABLE:
        raise ValidationError(
            table, "table_name", row["table_name"], "conflict", detail="no such table"
        )
    if change == "update":
        field = row.get("field")
        if not isinstance(field, str) or not field:
            raise ValidationError(table, "field", field, "required")
        return
    holder = _ROW_COLUMN[change]
    if not _is_json_object(row.get(holder)):
        raise ValidationError(
            table,
            holder,
            row.get(holder),
            "conflict",
            detail=f"the {'added' if change == 'insert' else 'deleted'} record's row "
            "must be a JSON object",
        )


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON, and SQLite refuses them


def _is_json_object(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parsed = json.loads(value, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return False
    return isinstance(parsed, dict)


def first_unreadable(connection: sqlite3.Connection) -> str | None:
    """The first stored row the app could not read, named by table and id; None if none."""
    for table, columns in TABLE_COLUMNS.items():
        names = ", ".join(f'"{name}"' for name in columns)
        order = ORDER_BY.get(table, "id")
        cursor = connection.cursor()
        cursor.row_factory = None
        try:
            check = row_check(table)
            for values in cursor.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}'):
                row = dict(zip(columns, values, strict=True))
                try:
                    check(row)
                except ValidationError as error:
                    key = row.get("id", row.get("key"))
                    return f"{table} {'id ' if 'id' in row else ''}{key}: {str(error).rstrip('.')}"
        finally:
            cursor.close()
    return None
