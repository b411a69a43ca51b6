"""The import's quick row check (each column's rule chosen once, ``Rule.stored``) accepts,
changes and refuses exactly what making the record does: per rule on any value, and per
row on every row of the small demo, each row with one value spoiled. The check of a batch
of rows column by column (``Rule.stored_column``, ``rows_check``) gives what checking each
row gives, or leaves the batch to that."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_desk.domain.validation import Choice, Day, RecordId, Rule, ValidationError
from alliance_desk.store import exchange
from alliance_desk.store.content import TABLE_COLUMNS, row_check, rows_check
from alliance_desk.store.tables import RECORD_TYPES
from alliance_desk.store.workbook import open_workbook

# Every rule of every record field, once each (rules are frozen dataclasses, so equal
# rules on several fields count once).
RULES: list[Rule] = sorted(
    {rule for record_type in RECORD_TYPES for rule in record_type.rules().values()},
    key=repr,
)

# Values that have broken quick paths elsewhere: blanks, padding, control characters, line
# breaks, lone surrogates, decomposed accents, the other whitespace, odd date forms, flags,
# whole numbers as floats and text, bounds and just past them, huge numbers.
_TRICKY = st.sampled_from(
    [
        None,
        "",
        " ",
        "a ",
        " a",
        "a\u3000",
        "\u00a0a",
        "a\nb",
        "a\r\nb",
        "a\rb",
        "a\tb",
        "a\x00",
        "a\x85",
        "a\x0c",
        "\ud800",
        "e\u0301",
        "é",
        "2026-03-31",
        "2026-02-30",
        "1899-12-31",
        "2201-01-01",
        "20260331",
        " 2026-03-31",
        "2026-W13-2",
        "２０２６-03-31",
        "0",
        "1",
        "true",
        "false",
        "us",
        "partner",
        "open",
        " open",
        "done",
        "green",
        True,
        False,
        0,
        1,
        -1,
        2,
        5,
        6,
        10,
        100,
        730,
        731,
        1.0,
        2.5,
        3.333,
        float("nan"),
        2**63 - 1,
        2**63,
        [],
        {},
    ]
)
VALUES = st.one_of(
    _TRICKY,
    st.text(max_size=20),
    st.integers(),
    st.floats(),
    st.dates().map(dt.date.isoformat),
    st.lists(_TRICKY.filter(lambda value: isinstance(value, str)), max_size=3).map(" ".join),
)


def _reference(rule: Rule, value: object) -> tuple[str, Any]:
    try:
        return "stored", rule.dump(rule.check("table", "field", value))
    except ValidationError as error:
        return "refused", str(error)


def _quick(rule: Rule, value: object) -> tuple[str, Any]:
    try:
        return "stored", rule.stored("table", "field")(value)
    except ValidationError as error:
        return "refused", str(error)


def _same(left: tuple[str, Any], right: tuple[str, Any]) -> bool:
    """Equal outcomes; a stored NaN equals itself here, and 1 is not True."""
    (kind, value), (other_kind, other) = left, right
    if kind != other_kind or type(value) is not type(other):
        return False
    return value == other or (value != value and other != other)


@pytest.mark.parametrize("rule", RULES, ids=repr)
@settings(max_examples=300, deadline=None)
@given(value=VALUES)
def test_each_rule_stores_and_refuses_the_same_values_the_quick_way(
    rule: Rule, value: object
) -> None:
    assert _same(_quick(rule, value), _reference(rule, value)), value


def _each_stored(rule: Rule, values: list[object]) -> tuple[str, Any]:
    stored = rule.stored("table", "field")
    try:
        return "stored", [stored(value) for value in values]
    except ValidationError as error:
        return "refused", str(error)


def _column_stored(rule: Rule, values: list[object]) -> tuple[str, Any]:
    try:
        return "stored", list(rule.stored_column("table", "field")(values))
    except ValidationError as error:
        return "refused", str(error)


def _same_column(left: tuple[str, Any], right: tuple[str, Any]) -> bool:
    (kind, values), (other_kind, others) = left, right
    if kind != other_kind or kind == "refused":
        return left == right
    return len(values) == len(others) and all(
        _same(("stored", value), ("stored", other))
        for value, other in zip(values, others, strict=True)
    )


# Values each rule keeps as they are, so that whole columns of them take the column's quick
# way (columns of any values rarely do), mixed with a few others.
_AS_STORED = st.sampled_from(
    [None, "a", "Partner", "é", "2026-03-31", "1900-01-01", "2200-12-31", "open", "us", 0, 1, 3, 5]
)


@pytest.mark.parametrize("rule", RULES, ids=repr)
@settings(max_examples=300, deadline=None)
@given(values=st.lists(_AS_STORED, max_size=6) | st.lists(_AS_STORED | VALUES, max_size=6))
def test_each_rule_stores_a_column_as_it_stores_each_value(
    rule: Rule, values: list[object]
) -> None:
    assert _same_column(_column_stored(rule, values), _each_stored(rule, values)), values


def test_a_column_as_stored_is_taken_at_once() -> None:
    """The quick way of a column: its values as they are, no Python call per value."""
    from alliance_desk.domain.validation import Line

    calls: list[object] = []

    class Counted(Line):
        def check(self, record: str, field: str, value: object) -> Any:
            calls.append(value)
            return super().check(record, field, value)

    column = Counted(required=False).stored_column("table", "field")
    calls.clear()  # what making the column asked of the rule
    values = ["Partner", None, "é"] * 100
    assert column(values) is values and not calls
    assert column([*values, " padded"])[-1] == "padded" and calls == [" padded"]


def _reference_row(record_type: Any, row: dict[str, Any]) -> tuple[Any, ...]:
    if row.get("id") is None:
        raise ValidationError(record_type.TABLE, "id", None, "required")
    return tuple(record_type.from_row(row).to_row().values())


def _made_or_refused(make: Callable[[], tuple[Any, ...]]) -> tuple[str, Any]:
    """("stored", the row as stored) or ("refused", the message saying why)."""
    try:
        return "stored", make()
    except ValidationError as error:
        return "refused", str(error)


@pytest.fixture(scope="module")
def demo_rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    from alliance_desk.demo.builder import build_demo

    folder = tmp_path_factory.mktemp("rows")
    path = build_demo(folder / "Demo.alliance")
    with open_workbook(path, backup_dir=folder / "backups") as workbook:
        exchange.export_workbook(workbook.db.connection, workbook.path, folder / "demo.json")
    tables: dict[str, list[dict[str, Any]]] = json.loads(
        (folder / "demo.json").read_text(encoding="utf-8")
    )["tables"]
    return tables


def test_every_row_of_the_demo_is_stored_as_making_its_record_stores_it(
    demo_rows: dict[str, list[dict[str, Any]]],
) -> None:
    for record_type in RECORD_TYPES:
        check = row_check(record_type.TABLE)
        for row in demo_rows[record_type.TABLE]:
            assert check(row) == _reference_row(record_type, row)


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), value=VALUES)
def test_a_spoiled_row_gets_the_message_making_its_record_gives(
    demo_rows: dict[str, list[dict[str, Any]]], data: st.DataObject, value: object
) -> None:
    record_type = data.draw(st.sampled_from([t for t in RECORD_TYPES if demo_rows[t.TABLE]]))
    rows = demo_rows[record_type.TABLE]
    row = dict(rows[data.draw(st.integers(0, len(rows) - 1))])
    column = data.draw(st.sampled_from([*TABLE_COLUMNS[record_type.TABLE], "no_such_field"]))
    if data.draw(st.booleans()):
        row.pop(column, None)
    else:
        row[column] = value
    expected = _made_or_refused(lambda: _reference_row(record_type, row))
    got = _made_or_refused(lambda: row_check(record_type.TABLE)(row))
    if expected[0] == "stored" and any(
        isinstance(stored, int) and not -(2**63) <= stored < 2**63 for stored in expected[1]
    ):
        assert got[0] == "refused" and "it must be from" in got[1]
    else:
        assert got == expected, row


def test_the_quick_way_keeps_a_recorded_cross_field_rule(tmp_path: Path) -> None:
    """An action done-dated while open is refused, as typing it in is."""
    check = row_check("action")
    row = {"id": 1, "alliance_id": 1, "title": "Call", "status": "open"}
    assert check(row)[TABLE_COLUMNS["action"].index("status")] == "open"
    with pytest.raises(ValidationError, match="completed on.*only allowed when the status"):
        check({**row, "completed_on": "2026-03-31"})


_TOGETHER = [record_type for record_type in RECORD_TYPES if record_type.checks_together()]


def _stored_forms(rule: Rule) -> st.SearchStrategy[Any]:
    """Values as stored for the rules that rules across fields compare: days close together
    (so their order varies), every code, a few record numbers, or nothing."""
    if isinstance(rule, Day):
        return st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2026, 1, 5)).map(dt.date.isoformat)
    if isinstance(rule, Choice):
        return st.sampled_from([None, *(code.value for code in rule.codes)])
    if isinstance(rule, RecordId) and not rule.required:
        return st.sampled_from([None, 1, 2])
    return st.nothing()


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_rules_across_fields_refuse_and_name_what_making_the_record_does(
    demo_rows: dict[str, list[dict[str, Any]]], data: st.DataObject
) -> None:
    """The quick check runs the rules across fields on a record of the stored values: the
    same rows stored, the same refused with the same message, whatever dates, statuses and
    sources they combine."""
    record_type = data.draw(st.sampled_from([t for t in _TOGETHER if demo_rows[t.TABLE]]))
    row = dict(data.draw(st.sampled_from(demo_rows[record_type.TABLE])))
    for name, rule in record_type.rules().items():
        if name != "id" and data.draw(st.booleans()):
            row[name] = data.draw(_stored_forms(rule) | st.just(row.get(name)))
    expected = _made_or_refused(lambda: _reference_row(record_type, row))
    got = _made_or_refused(lambda: row_check(record_type.TABLE)(row))
    assert got == expected, row


def _outcome_of_each(table: str, rows: list[Any]) -> tuple[str, Any]:
    check = row_check(table, inserted=True)
    try:
        return "stored", [check(row) for row in rows]
    except (ValidationError, AttributeError, TypeError) as error:  # not objects: no row
        return "refused", type(error).__name__


def test_every_batch_of_the_demo_is_checked_at_once_as_each_row_is(
    demo_rows: dict[str, list[dict[str, Any]]],
) -> None:
    """The demo's rows, as exported, all take the batch's quick way (what makes the import
    fast), each row stored as checking it alone stores it; so do rows missing columns or
    holding them in another order."""
    for record_type in RECORD_TYPES:
        table, check = record_type.TABLE, rows_check(record_type.TABLE)
        rows = demo_rows[table]
        assert check is not None
        if not rows:
            continue
        expected = _outcome_of_each(table, rows)
        assert ("stored", check(rows)) == expected, table
        reordered = [dict(reversed(list(row.items()))) for row in rows]
        assert ("stored", check(reordered)) == expected, table
        trimmed = [
            {name: value for name, value in row.items() if value is not None} for row in rows
        ]
        assert ("stored", check(trimmed)) == _outcome_of_each(table, trimmed), table
    assert rows_check("audit_log") is None and rows_check("workbook_info") is None


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), value=VALUES | st.just("not an object"))
def test_a_batch_with_a_spoiled_row_is_left_to_each_row_or_stored_as_each_row_is(
    demo_rows: dict[str, list[dict[str, Any]]], data: st.DataObject, value: object
) -> None:
    """A batch checked at once is stored as checking each row alone stores it; a batch with
    a row that checking alone refuses is left to that (None)."""
    record_type = data.draw(st.sampled_from([t for t in RECORD_TYPES if demo_rows[t.TABLE]]))
    table = record_type.TABLE
    rows = [dict(row) for row in demo_rows[table]]
    at = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.sampled_from([*TABLE_COLUMNS[table], "no_such_field"]))
    if value == "not an object":
        rows[at] = [column]  # type: ignore[call-overload]
    elif data.draw(st.booleans()):
        rows[at].pop(column, None)
    else:
        rows[at][column] = value
    got = rows_check(table)(rows)  # type: ignore[misc]
    expected = _outcome_of_each(table, rows)
    if expected[0] == "refused":
        assert got is None, rows[at]
    elif got is not None:  # None: left to each row (a blank id, say), which stores it
        assert _same_column(("stored", got), expected), rows[at]
