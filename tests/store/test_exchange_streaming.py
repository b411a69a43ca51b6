"""The JSON import reads its file a piece at a time: any layout of the same JSON imports the
same (the export's own, indented, on one line, keys sorted, the header after the tables), a
fault is named at the line and column json.loads names, and what the import holds does not
grow with the file."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import exchange, json_pieces
from alliance_desk.store.content import row_check
from alliance_desk.store.errors import ExchangeError
from alliance_desk.store.json_pieces import JsonPieces
from alliance_desk.store.workbook import open_workbook

_EXPORTED_AT = re.compile(r'^"exported_at": "[^"\n]*",$', re.MULTILINE)


def export(workbook: Path, target: Path) -> str:
    with open_workbook(workbook, backup_dir=workbook.parent / "backups") as opened:
        exchange.export_workbook(opened.db.connection, opened.path, target)
    return _EXPORTED_AT.sub('"exported_at": "",', target.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An export of the small demo (every kind of record), its stamp blanked."""
    from alliance_desk.demo.builder import build_demo

    folder = tmp_path_factory.mktemp("streaming")
    text = export(build_demo(folder / "Demo.alliance"), folder / "demo.json")
    (folder / "demo.json").write_text(text, encoding="utf-8")
    return folder / "demo.json"


@pytest.fixture
def demo_export(demo_file: Path) -> str:
    return demo_file.read_text(encoding="utf-8")


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of 7 characters: nearly every value runs past the piece in hand."""
    monkeypatch.setattr(json_pieces, "PIECE", 7)


def _header_last(data: dict[str, Any]) -> dict[str, Any]:
    return {"tables": data["tables"], **{k: v for k, v in data.items() if k != "tables"}}


LAYOUTS: list[Any] = [
    pytest.param(lambda data: json.dumps(data, ensure_ascii=False), id="one-line"),
    pytest.param(lambda data: json.dumps(data, indent=2), id="indented-ascii"),
    pytest.param(lambda data: json.dumps(data, indent="\t", sort_keys=True), id="keys-sorted"),
    pytest.param(lambda data: json.dumps(_header_last(data), indent=1), id="header-last"),
    pytest.param(lambda data: json.dumps(data, indent=2).replace("\n", "\r\n"), id="windows-lines"),
]


@pytest.mark.parametrize("pieces", ["whole", "small"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_of_the_same_export_imports_the_same(
    layout: Callable[[dict[str, Any]], str],
    pieces: str,
    demo_export: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if pieces == "small":
        monkeypatch.setattr(json_pieces, "PIECE", 7)
    source = tmp_path / "edited.json"
    source.write_text(layout(json.loads(demo_export)), encoding="utf-8")

    counts = exchange.import_workbook(source, tmp_path / "Imported.alliance")

    assert export(tmp_path / "Imported.alliance", tmp_path / "again.json") == demo_export
    assert counts == {table: len(rows) for table, rows in json.loads(demo_export)["tables"].items()}


@pytest.mark.parametrize(("batch", "rows_a_statement"), [(7, 3), (6, 3), (5, 1), (2, 500)])
def test_rows_inserted_several_to_a_statement_import_the_same(
    batch: int,
    rows_a_statement: int,
    demo_export: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whole statements of rows and a batch's rest alike: every row in, once, as exported."""
    monkeypatch.setattr(exchange, "BATCH", batch)
    monkeypatch.setattr(exchange, "ROWS_A_STATEMENT", rows_a_statement)
    source = tmp_path / "export.json"
    source.write_text(demo_export, encoding="utf-8")

    exchange.import_workbook(source, tmp_path / "Imported.alliance")

    assert export(tmp_path / "Imported.alliance", tmp_path / "again.json") == demo_export


def test_a_statement_of_rows_binds_fewer_values_than_sqlite_allows() -> None:
    from alliance_desk.store.content import TABLE_COLUMNS

    widest = max(len(columns) for columns in TABLE_COLUMNS.values())
    allowed = sqlite3.connect(":memory:").getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    assert exchange.ROWS_A_STATEMENT * widest <= allowed


def _import_fault(source: Path, tmp_path: Path) -> str:
    with pytest.raises(ExchangeError) as refused:
        exchange.import_workbook(source, tmp_path / "Imported.alliance")
    assert not (tmp_path / "Imported.alliance").exists()
    return str(refused.value)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(one_line=st.booleans(), where=st.floats(0, 1))
def test_a_cut_export_is_refused_where_json_loads_names_the_fault(
    demo_file: Path, small_pieces: None, one_line: bool, where: float
) -> None:
    """Cut anywhere, on its own layout or on one line: the same line, column and fault."""
    text = demo_file.read_text(encoding="utf-8")
    text = json.dumps(json.loads(text)) if one_line else text
    cut = text[: int(where * (len(text) - 2))]  # at least the last brace is gone
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(cut)
    fault = expected.value

    with tempfile.TemporaryDirectory(prefix="cut-") as name:
        source = Path(name) / "cut.json"
        source.write_text(cut, encoding="utf-8")
        message = _import_fault(source, Path(name))

    assert f"not valid JSON (line {fault.lineno}, column {fault.colno}: {fault.msg})" in message


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        pytest.param(
            lambda text: text.replace('"exported_by"', '"exported_by": 1,\n"tables": {},\n"x"'),
            "'tables' twice",
            id="tables-twice",
        ),
        pytest.param(
            lambda text: text.replace('"workbook_info": [', '"goal": [],\n"workbook_info": ['),
            "table 'goal' twice",
            id="a-table-twice",
        ),
        pytest.param(
            lambda text: text[: text.rindex("}")] + ',\n"format": "something else"\n}\n',
            "not an alliance_desk workbook export",
            id="foreign-format-after-the-tables",
        ),
        pytest.param(
            lambda text: (
                text.replace('"format": "alliance_desk workbook",\n', "")[:-3]
                + ',\n"format": "something else"\n}\n'
            ),
            "not an alliance_desk workbook export",
            id="foreign-format-only-after-the-tables",
        ),
        pytest.param(
            lambda text: text.replace('"tables": {', '"tables": [],\n"later": {'),
            "no 'tables'",
            id="tables-a-list",
        ),
        pytest.param(lambda text: text + "[]", "(line ", id="extra-data"),
        pytest.param(
            lambda text: text.replace("},\n{", "}\n{", 1), "Expecting ',' delimiter", id="no-comma"
        ),
    ],
)
def test_a_misshapen_export_is_refused_clearly(
    change: Callable[[str], str], fragment: str, demo_export: str, tmp_path: Path
) -> None:
    source = tmp_path / "edited.json"
    edited = change(demo_export)
    assert edited != demo_export
    source.write_text(edited, encoding="utf-8")

    message = _import_fault(source, tmp_path)

    assert fragment in message and "\n" not in message, message
    assert {item.name for item in tmp_path.iterdir()} == {"edited.json"}


class _Counted(io.StringIO):
    """Text that counts how much of it has been read."""

    taken = 0

    def read(self, size: int | None = -1, /) -> str:
        piece = super().read(size)
        self.taken += len(piece)
        return piece


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(lambda rows: "[\n" + ",\n".join(map(json.dumps, rows)) + "\n]", id="per-line"),
        pytest.param(json.dumps, id="one-line"),
        pytest.param(lambda rows: json.dumps(rows, indent=2), id="indented"),
    ],
)
def test_items_are_taken_as_the_file_is_read(layout: Callable[[Any], str]) -> None:
    rows = [{"id": number, "name": f"Partner {number}"} for number in range(1, 100_001)]
    text = _Counted(layout(rows))
    items = JsonPieces(text, piece=1000).items()

    assert next(items) == rows[0]
    # What is read for the first row: a piece, or the lines decoded at once.
    assert text.taken <= 2 * max(1000, json_pieces._LINES_AT_ONCE) < len(text.getvalue()) / 10
    assert list(items) == rows[1:]
    assert text.taken == len(text.getvalue())


@pytest.mark.parametrize("reach", [3, 5, 1 << 17])
@pytest.mark.parametrize(
    ("text", "line", "column"),
    [("[1,\n,\n2]", 2, 1), ("[1,\n2,\n]", 3, 1), ("[1\n2]", 2, 1), ("[1,\n2\n", 3, 1)],
)
def test_lines_decoded_at_once_refuse_what_json_loads_refuses(
    text: str, line: int, column: int, reach: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However many lines are decoded at once: a stray comma, a trailing comma, a missing
    comma or a missing bracket is the fault json.loads names, where it names it."""
    monkeypatch.setattr(json_pieces, "_LINES_AT_ONCE", reach)
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    assert (expected.value.lineno, expected.value.colno) == (line, column)

    with pytest.raises(json_pieces.JsonFault) as refused:
        list(JsonPieces(io.StringIO(text)).items())

    fault = refused.value
    assert (fault.message, fault.line, fault.column) == (expected.value.msg, line, column)


def _peak_of_import(source: Path, target: Path) -> int:
    tracemalloc.start()
    try:
        exchange.import_workbook(source, target)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_what_an_import_holds_does_not_grow_with_the_file(
    demo_export: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten times the rows, the same peak within what a batch and a piece hold: the import
    never holds the file, its parsed rows or its checked rows."""
    monkeypatch.setattr(exchange, "BATCH", 100)
    monkeypatch.setattr(json_pieces, "PIECE", 32 * 1024)
    data = json.loads(demo_export)
    first = max(row["id"] for row in data["tables"]["organisation"]) + 1
    note = "A partner of long standing, with notes about its people and plans. " * 4

    def with_partners(count: int) -> Path:
        added = [
            {"id": first + number, "name": f"Partner {number}", "notes": note}
            for number in range(count)
        ]
        edited = {**data, "tables": {**data["tables"]}}
        edited["tables"]["organisation"] = data["tables"]["organisation"] + added
        source = tmp_path / f"{count}.json"
        source.write_text(json.dumps(edited, ensure_ascii=False, indent=1), encoding="utf-8")
        return source

    small, large = with_partners(2_000), with_partners(20_000)
    grown = large.stat().st_size - small.stat().st_size
    assert grown > 5_000_000

    peaks = [
        _peak_of_import(source, tmp_path / f"{source.stem}.alliance") for source in (small, large)
    ]

    # A batch of 100 checked rows and their parsed forms, and a few pieces of text, hold far
    # less than a megabyte; holding the file would add 5 MB, its parsed rows several times more.
    assert peaks[1] - peaks[0] < 1_000_000, peaks


@pytest.mark.parametrize("column", ["id", "partner_id"])
@pytest.mark.parametrize("number", [2, 5])  # of six, in batches of four: in each batch
def test_a_number_too_large_for_sqlite_is_named_by_its_row_in_any_batch(
    column: str, number: int, demo_export: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite refuses it while a batch is inserted; the row named is the one in the file,
    with the message checking that row gives."""
    monkeypatch.setattr(exchange, "BATCH", 4)
    monkeypatch.setattr(exchange, "ROWS_A_STATEMENT", 3)  # a statement of three, one of one
    data = json.loads(demo_export)
    alliances = data["tables"]["alliance"]
    assert len(alliances) == 6
    alliances[number - 1] = {**alliances[number - 1], column: 2**64}
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(ValidationError) as checked:
        row_check("alliance")(alliances[number - 1])

    message = _import_fault(source, tmp_path)

    assert message.endswith(f": alliance row {number}: {checked.value} Nothing was imported.")
    assert str(2**64)[:15] in message and column.replace("_", " ") in message


@pytest.mark.parametrize("number", [1, 4, 5, 6])  # of six, in batches of four: in each batch
@pytest.mark.parametrize(
    ("spoiled", "fragment"),
    [
        ({"name": "Two\nlines"}, "it must fit on one line"),
        ({"no_such_field": 1}, "there is no such field"),
        (None, "is not an object"),
    ],
)
def test_a_refused_row_is_named_by_its_row_in_any_batch(
    number: int,
    spoiled: dict[str, Any] | None,
    fragment: str,
    demo_export: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch with a refused row is checked row by row, and the row named is the file's."""
    monkeypatch.setattr(exchange, "BATCH", 4)
    data = json.loads(demo_export)
    alliances = data["tables"]["alliance"]
    assert len(alliances) == 6
    alliances[number - 1] = [] if spoiled is None else {**alliances[number - 1], **spoiled}
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(data, indent=1), encoding="utf-8")

    message = _import_fault(source, tmp_path)

    assert f"alliance row {number}" in message and fragment in message, message


def test_a_refused_row_before_a_break_in_its_batch_is_the_fault_named(
    demo_export: str, tmp_path: Path
) -> None:
    """Rows are read a batch at a time, but the fault named is the first in the file: a
    refused row, not the broken JSON a few rows after it in the same batch."""
    data = json.loads(demo_export)
    data["tables"]["alliance"][1]["name"] = "Two\nlines"
    text = json.dumps(data, indent=1)
    fifth = text.index('"name"', text.index('"alliance": ['))
    for _ in range(4):
        fifth = text.index('"name"', fifth + 1)
    source = tmp_path / "edited.json"
    source.write_text(text[:fifth] + "{" + text[fifth:], encoding="utf-8")

    message = _import_fault(source, tmp_path)

    assert "alliance row 2" in message and "it must fit on one line" in message, message
