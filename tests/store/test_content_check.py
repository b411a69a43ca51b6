"""What the app cannot read is refused at the door and found by ``check``: every column of
every table is checked with the app's rules, the audit trail included (the rows of added and
deleted records are JSON the history page reads); and the exports that used to end as an
"unexpected error" (nested too deep, a read-only target folder) get a clear message."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from alliance_desk.__main__ import main
from alliance_desk.domain.partners import Organisation
from alliance_desk.store import audit, exchange, records
from alliance_desk.store.errors import DamagedWorkbook, ExchangeError, StorageFailure
from alliance_desk.store.workbook import inspect_workbook, open_workbook


@pytest.fixture
def exported(workbook_path: Path, tmp_path: Path) -> dict[str, Any]:
    """An export with audit rows of every kind (insert, update, delete)."""
    with open_workbook(workbook_path, tmp_path / "backups") as workbook:
        kept = records.insert(workbook.db, Organisation(name="Kept"))
        records.update(workbook.db, kept, notes="changed")
        gone = records.insert(workbook.db, Organisation(name="Gone"))
        assert gone.id is not None
        records.delete(workbook.db, Organisation, gone.id)
        exchange.export_workbook(workbook.db.connection, workbook.path, tmp_path / "full.json")
    data: dict[str, Any] = json.loads((tmp_path / "full.json").read_text(encoding="utf-8"))
    assert {row["change"] for row in data["tables"]["audit_log"]} == {"insert", "update", "delete"}
    return data


def _first(data: dict[str, Any], change: str) -> tuple[int, dict[str, Any]]:
    for number, row in enumerate(data["tables"]["audit_log"], start=1):
        if row["change"] == change:
            return number, row
    raise AssertionError(change)


def _junk_insert(data: dict[str, Any]) -> int:
    number, row = _first(data, "insert")
    row["new_value"] = '{"id": 1, "name": "broken'
    return number


def _junk_delete(data: dict[str, Any]) -> int:
    number, row = _first(data, "delete")
    row["old_value"] = "not json at all"
    return number


def _list_for_a_row(data: dict[str, Any]) -> int:
    number, row = _first(data, "insert")
    row["new_value"] = "[1, 2, 3]"
    return number


def _unknown_table(data: dict[str, Any]) -> int:
    number, row = _first(data, "update")
    row["table_name"] = "customer"
    return number


def _update_without_field(data: dict[str, Any]) -> int:
    number, row = _first(data, "update")
    row["field"] = None
    return number


AUDIT_JUNK = [
    pytest.param(_junk_insert, "new value", id="insert-row-not-json"),
    pytest.param(_junk_delete, "old value", id="delete-row-not-json"),
    pytest.param(_list_for_a_row, "new value", id="row-not-an-object"),
    pytest.param(_unknown_table, "table name", id="unknown-table"),
    pytest.param(_update_without_field, "field", id="update-without-field"),
]


@pytest.mark.parametrize(("spoil", "column"), AUDIT_JUNK)
def test_an_audit_row_the_app_cannot_read_is_refused_on_import(
    exported: dict[str, Any], spoil: Callable[[dict[str, Any]], int], column: str, tmp_path: Path
) -> None:
    number = spoil(exported)
    source = tmp_path / "spoiled.json"
    source.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "Imported.alliance"

    with pytest.raises(ExchangeError) as refused:
        exchange.import_workbook(source, target)

    message = str(refused.value)
    assert f"audit_log row {number}" in message and column in message, message
    assert "Nothing was imported" in message
    assert not target.exists()


def _spoil_stored(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(sql)
        connection.commit()
    finally:
        connection.close()


def test_the_app_cannot_read_a_junk_audit_row_and_check_finds_it(
    workbook_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workbook(workbook_path, tmp_path / "backups") as workbook:
        partner = records.insert(workbook.db, Organisation(name="Partner"))
    _spoil_stored(
        workbook_path,
        "INSERT INTO audit_log (changed_at, table_name, record_id, change, old_value)"
        " VALUES ('2026-01-01T00:00:00Z', 'organisation', 999, 'delete', 'junk{')",
    )
    # What the history page runs on every alliance fails on such a row ...
    with open_workbook(workbook_path, tmp_path / "backups") as workbook:
        with pytest.raises(sqlite3.OperationalError, match="malformed JSON"):
            workbook.db.connection.execute(
                f"SELECT {audit.NAME} FROM audit_log",
                {"dutch": False},
            ).fetchall()
    assert partner.id is not None

    # ... so check calls the workbook damaged, naming the row.
    with pytest.raises(DamagedWorkbook) as found:
        inspect_workbook(workbook_path, full=True)
    assert "audit_log" in str(found.value) and "old value" in str(found.value)

    status = main(["check", str(workbook_path)])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "audit_log" in err, err


def test_check_finds_a_value_outside_the_rules(workbook_path: Path) -> None:
    _spoil_stored(workbook_path, "UPDATE organisation SET name = '   ' WHERE is_own = 1")

    with pytest.raises(DamagedWorkbook, match="organisation"):
        inspect_workbook(workbook_path, full=True)


def test_check_passes_what_the_app_writes(small_demo_path: Path, exported: dict[str, Any]) -> None:
    inspect_workbook(small_demo_path, full=True)


# --- clear messages instead of "unexpected error" ---------------------------------------------


def test_json_nested_200000_levels_deep_is_refused_clearly(tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")

    with pytest.raises(ExchangeError) as refused:
        exchange.import_workbook(source, tmp_path / "Imported.alliance")

    assert "nested too deeply" in str(refused.value)
    assert {item.name for item in tmp_path.iterdir()} == {"deep.json"}


def test_a_deep_value_inside_an_export_is_refused_clearly(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    text = json.dumps(exported, ensure_ascii=False)
    deep = "[" * 200_000 + "]" * 200_000
    source = tmp_path / "deep.json"
    source.write_text(text.replace('"name": "Kept"', f'"name": {deep}', 1), encoding="utf-8")

    with pytest.raises(ExchangeError, match="nested too deeply"):
        exchange.import_workbook(source, tmp_path / "Imported.alliance")


def test_the_command_line_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "deep.json"
    source.write_text('{"a": ' * 200_000 + "1" + "}" * 200_000, encoding="utf-8")

    status = main(["import", str(source), "-o", str(tmp_path / "Imported.alliance")])

    _, err = capsys.readouterr()
    assert status == 1 and err.count("\n") == 1
    assert "unexpected" not in err and "nested too deeply" in err


def test_import_into_a_read_only_folder_is_refused_clearly(
    exported: dict[str, Any],
    tmp_path: Path,
    read_only_medium: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "full.json"
    folder = tmp_path / "stick"
    folder.mkdir()
    read_only_medium(folder)
    target = folder / "Imported.alliance"

    with pytest.raises(StorageFailure) as refused:
        exchange.import_workbook(source, target)
    assert "read-only" in str(refused.value), refused.value

    status = main(["import", str(source), "-o", str(target)])
    _, err = capsys.readouterr()
    assert status == 1 and err.count("\n") == 1
    assert "unexpected" not in err and "read-only" in err, err
    assert list(folder.iterdir()) == []
