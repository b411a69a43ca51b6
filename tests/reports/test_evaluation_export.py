"""The evaluation history export: every format read back (CSV with the csv module, JSON, XLSX
with openpyxl) and compared with the workbook; filters, long and wide forms, defused formulas,
spreadsheet limits, cancelling, and the ``evaluations`` command."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from alliance_desk.__main__ import main
from alliance_desk.domain.codes import RespondentSide
from alliance_desk.reports import evaluation_export as report
from alliance_desk.store.workbook import open_workbook

PROG = "alliance-desk"
INJECTIONS = ('=HYPERLINK("http://evil.example","click")', "+1", "-2", "@x", "\tx", "\rx")
RICH = '<b>"Zoë" & Ærø</b> 🚀 naïve café\nsecond line'
SIDE_ORDER = {"us": 0, "partner": 1, "joint": 2}


# --- helpers ---------------------------------------------------------------------------------


def expected_scores(path: Path, language: str = "en") -> list[dict[str, Any]]:
    """The scores straight from the file, independently of the export's own query."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        rows = connection.execute(
            f"SELECT e.id, a.name AS alliance, o.name AS partner, e.evaluated_on,"
            f" e.respondent_side, e.respondent, e.remarks, d.code, d.name_{language} AS name,"
            f" d.position, s.score, s.comment"
            " FROM evaluation_score s JOIN evaluation e ON e.id = s.evaluation_id"
            " JOIN framework_dimension d ON d.id = s.dimension_id"
            " JOIN alliance a ON a.id = e.alliance_id JOIN organisation o ON o.id = a.partner_id"
        ).fetchall()
        return [dict(row) for row in rows]
    finally:
        connection.close()


def change(path: Path, sql: str, params: dict[str, Any]) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def first_score(path: Path) -> tuple[int, int]:
    """(evaluation id, score id) of the first score of the first evaluation."""
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT evaluation_id, id FROM evaluation_score ORDER BY evaluation_id, id LIMIT 1"
        ).fetchone()
        return row[0], row[1]
    finally:
        connection.close()


def export(path: Path, target: Path, **options: Any) -> int:
    with open_workbook(path) as workbook:
        return report.export_evaluations(workbook.db, target, **options)


def read_csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source, delimiter=delimiter))


def read_xlsx(path: Path) -> tuple[Any, list[dict[str, Any]]]:
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Evaluations"]
    sheet = book["Evaluations"]
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    return sheet, [dict(zip(header, row, strict=True)) for row in values[1:]]


def left_behind(folder: Path) -> list[str]:
    return sorted(item.name for item in folder.iterdir() if item.suffix != ".alliance")


def run(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as leaving:
        code = leaving.code
        status = 0 if code is None else code if isinstance(code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line(status: int, err: str, expected: int = 1) -> None:
    assert status == expected, err
    assert err.startswith(PROG) and err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err


# --- long form, each format ------------------------------------------------------------------


def test_long_csv_matches_the_workbook(small_demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    count = export(small_demo_path, target)

    rows = read_csv(target)
    expected = expected_scores(small_demo_path)
    assert count == len(rows) == len(expected) > 0
    assert list(rows[0]) == list(report.LONG_COLUMNS)
    assert not target.read_bytes().startswith(b"\xef\xbb\xbf")
    got = {
        (int(r["evaluation_id"]), r["dimension_code"]): (
            r["alliance"],
            r["partner"],
            r["evaluated_on"],
            r["respondent_side"],
            r["respondent"],
            r["dimension"],
            float(r["score"]) if r["score"] else None,  # a round's result: 4.5
            r["comment"],
            r["remarks"],
        )
        for r in rows
    }
    assert got == {
        (e["id"], e["code"]): (
            e["alliance"],
            e["partner"],
            e["evaluated_on"],
            e["respondent_side"],
            e["respondent"] or "",
            e["name"],
            e["score"],
            e["comment"] or "",
            e["remarks"] or "",
        )
        for e in expected
    }
    positions = {e["code"]: e["position"] for e in expected}
    keys = [(r["alliance"], r["evaluated_on"], SIDE_ORDER[r["respondent_side"]]) for r in rows]
    assert keys == sorted(keys)
    for before, after in zip(rows, rows[1:], strict=False):
        if before["evaluation_id"] == after["evaluation_id"]:
            assert positions[before["dimension_code"]] < positions[after["dimension_code"]]


def test_long_json_matches_the_workbook(small_demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "history.json"
    export(small_demo_path, target, language="nl")

    data = json.loads(target.read_text(encoding="utf-8"))
    assert list(data) == ["format", "format_version", "form", "rows"]
    assert (data["format"], data["format_version"], data["form"]) == (
        "alliance_desk evaluations",
        1,
        "long",
    )
    expected = {(e["id"], e["code"]): e for e in expected_scores(small_demo_path, "nl")}
    assert len(data["rows"]) == len(expected)
    for row in data["rows"]:
        source = expected[(row["evaluation_id"], row["dimension_code"])]
        assert row["dimension"] == source["name"]  # the Dutch name
        # Numbers stay numbers: whole scores integers, a round's means fractions.
        assert row["score"] == source["score"] and isinstance(row["score"], int | float | None)
        assert row["evaluated_on"] == source["evaluated_on"]
        assert row["comment"] == source["comment"]


def test_long_xlsx_is_typed_frozen_filtered_and_matches(
    small_demo_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "history.xlsx"
    export(small_demo_path, target)

    sheet, rows = read_xlsx(target)
    expected = {(e["id"], e["code"]): e for e in expected_scores(small_demo_path)}
    assert len(rows) == len(expected)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:K{len(rows) + 1}"
    for row in rows:
        source = expected[(row["evaluation_id"], row["dimension_code"])]
        assert row["evaluated_on"] == dt.datetime.fromisoformat(source["evaluated_on"])
        assert row["score"] == source["score"]
        assert isinstance(row["evaluation_id"], int)
        assert row["comment"] == source["comment"]
        assert row["remarks"] == source["remarks"]
    assert sheet["C2"].is_date and "yy" in sheet["C2"].number_format
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJK"]
    assert all(report.MIN_COLUMN_WIDTH <= width <= report.MAX_COLUMN_WIDTH for width in widths)
    assert widths[0] > widths[3]  # alliance names are longer than "partner"/"us"


# --- wide form -------------------------------------------------------------------------------


def test_wide_form_has_one_row_per_evaluation_in_framework_order(
    small_demo_path: Path, tmp_path: Path
) -> None:
    expected = expected_scores(small_demo_path)
    names = [e["name"] for e in sorted(expected, key=lambda e: e["position"])]
    dimension_names = list(dict.fromkeys(names))
    by_evaluation: dict[int, dict[str, int | None]] = {}
    for e in expected:
        by_evaluation.setdefault(e["id"], {})[e["name"]] = e["score"]

    for suffix in ("csv", "json", "xlsx"):
        target = tmp_path / f"wide.{suffix}"
        count = export(small_demo_path, target, wide=True)
        assert count == len(by_evaluation)
        if suffix == "csv":
            rows: list[dict[str, Any]] = read_csv(target)
        elif suffix == "json":
            data = json.loads(target.read_text(encoding="utf-8"))
            assert data["form"] == "wide"
            rows = data["rows"]
        else:
            rows = read_xlsx(target)[1]
        assert list(rows[0]) == [
            *report.WIDE_LEADING,
            *dimension_names,
            *report.WIDE_TRAILING,
        ]
        assert len(rows) == len(by_evaluation)
        for row in rows:
            scores = by_evaluation[int(row["evaluation_id"])]
            for name in dimension_names:
                assert str(row[name]) == str(scores[name]), suffix
            given = [score for score in scores.values() if score is not None]
            assert float(row["overall"]) == pytest.approx(sum(given) / len(given), abs=0.005)


def test_decimal_comma_for_dutch_spreadsheets(small_demo_path: Path, tmp_path: Path) -> None:
    plain, dutch = tmp_path / "plain.csv", tmp_path / "dutch.csv"
    export(small_demo_path, plain, wide=True, delimiter=";")
    export(small_demo_path, dutch, wide=True, delimiter=";", decimal_comma=True)
    before, after = read_csv(plain, ";"), read_csv(dutch, ";")
    assert len(before) == len(after) > 0
    fractions = 0
    for old, new in zip(before, after, strict=True):
        for column, value in old.items():
            if "." in value and value.replace(".", "", 1).isdigit():  # a fraction
                fractions += 1
                assert new[column] == value.replace(".", ",")
            else:
                assert new[column] == value  # text, dates and whole scores as they were
    assert fractions >= len(before) // 2  # the overall averages, at least
    with pytest.raises(ValueError, match="decimal comma"):
        export(small_demo_path, tmp_path / "clash.csv", decimal_comma=True)
    assert left_behind(tmp_path) == ["dutch.csv", "plain.csv"]


def test_an_open_score_is_empty_and_left_out_of_the_average(
    small_demo_path: Path, tmp_path: Path
) -> None:
    evaluation_id, score_id = first_score(small_demo_path)
    change(
        small_demo_path, "UPDATE evaluation_score SET score = NULL WHERE id = :id", {"id": score_id}
    )
    target = tmp_path / "wide.json"
    export(small_demo_path, target, wide=True)

    row = next(
        r for r in json.loads(target.read_text())["rows"] if r["evaluation_id"] == evaluation_id
    )
    scores = [row[name] for name in list(row)[5:-3]]
    assert None in scores
    given = [s for s in scores if s is not None]
    assert row["overall"] == round(sum(given) / len(given), 2)


# --- filters ---------------------------------------------------------------------------------


def test_filters_by_alliance_period_and_side(small_demo_path: Path, tmp_path: Path) -> None:
    expected = expected_scores(small_demo_path)
    alliances = sorted({e["alliance"] for e in expected})[:2]
    since, until = dt.date(2025, 1, 1), dt.date(2026, 6, 30)
    selection = report.Selection(
        alliances=alliances, since=since, until=until, side=RespondentSide.PARTNER
    )
    target = tmp_path / "some.json"
    export(small_demo_path, target, selection=selection)

    rows = json.loads(target.read_text())["rows"]
    wanted = {
        (e["id"], e["code"])
        for e in expected
        if e["alliance"] in alliances
        and since.isoformat() <= e["evaluated_on"] <= until.isoformat()
        and e["respondent_side"] == "partner"
    }
    assert wanted and {(r["evaluation_id"], r["dimension_code"]) for r in rows} == wanted


def test_an_unknown_alliance_is_named_and_nothing_is_written(
    small_demo_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    known = expected_scores(small_demo_path)[0]["alliance"]
    selection = report.Selection(alliances=[known, "Nonexistent alliance"])
    with pytest.raises(report.EvaluationExportError) as caught:
        export(small_demo_path, target, selection=selection)

    assert "'Nonexistent alliance'" in str(caught.value)
    assert known in str(caught.value)  # the known alliances are listed
    assert left_behind(tmp_path) == []


# --- formula injection, text that must survive -----------------------------------------------


@pytest.fixture
def tricky_path(small_demo_path: Path) -> Path:
    connection = sqlite3.connect(small_demo_path)
    try:
        ids = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM evaluation_score ORDER BY evaluation_id, id LIMIT :n",
                {"n": len(INJECTIONS) + 1},
            )
        ]
        for score_id, text in zip(ids, (*INJECTIONS, RICH), strict=True):
            connection.execute(
                "UPDATE evaluation_score SET comment = :text WHERE id = :id",
                {"text": text, "id": score_id},
            )
        connection.execute(
            "UPDATE evaluation SET remarks = :text"
            " WHERE id = (SELECT min(evaluation_id) FROM evaluation_score)",
            {"text": "=1+1 and _x0041_ literally, a \x0b vertical tab"},
        )
        connection.commit()
    finally:
        connection.close()
    return small_demo_path


def test_csv_defuses_formulas_and_keeps_rich_text(tricky_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    export(tricky_path, target, delimiter=";", bom=True)

    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as source:
        rows = list(csv.DictReader(source, delimiter=";"))
    comments = [row["comment"] for row in rows]
    for text in INJECTIONS:
        assert "'" + text in comments
        assert text not in comments
    assert RICH in comments
    assert rows[0]["remarks"].startswith("'=1+1")
    assert all(not cell.startswith(report.FORMULA_STARTS) for row in rows for cell in row.values())


def test_xlsx_keeps_formula_text_as_text_cells(tricky_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    export(tricky_path, target)

    book = openpyxl.load_workbook(target)
    cells = [cell for row in book["Evaluations"].iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    comments = [cell.value for cell in cells if cell.column_letter == "I"]
    for text in INJECTIONS:
        assert text in comments  # as typed: a string cell never runs
    assert RICH in comments
    # A control character XML cannot hold is written as Excel's _xHHHH_ escape, and a literal
    # "_x0041_" is escaped too, so Excel shows the text as typed (openpyxl does not decode
    # these escapes in inline strings, so the raw sheet is checked).

    with zipfile.ZipFile(target) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "HYPERLINK" in sheet
    assert "=1+1 and _x005F_x0041_ literally, a _x000B_ vertical tab" in sheet


def test_json_keeps_every_text_exactly(tricky_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    export(tricky_path, target)

    rows = json.loads(target.read_text(encoding="utf-8"))["rows"]
    comments = [row["comment"] for row in rows]
    assert all(text in comments for text in (*INJECTIONS, RICH))
    assert rows[0]["remarks"] == "=1+1 and _x0041_ literally, a \x0b vertical tab"


# --- limits, cancelling ----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_cell_too_long_for_a_spreadsheet_is_refused(
    small_demo_path: Path, tmp_path: Path, suffix: str
) -> None:
    evaluation_id, score_id = first_score(small_demo_path)
    change(
        small_demo_path,
        "UPDATE evaluation_score SET comment = :text WHERE id = :id",
        {"text": "x" * (report.MAX_CELL_CHARACTERS + 1), "id": score_id},
    )
    target = tmp_path / f"out.{suffix}"
    with pytest.raises(report.EvaluationExportError) as caught:
        export(small_demo_path, target)

    message = str(caught.value)
    assert f"evaluation {evaluation_id}" in message and "32,767" in message
    assert "comment" in message and "nothing was written" in message
    assert left_behind(tmp_path) == []

    json_target = tmp_path / "out.json"
    export(small_demo_path, json_target)  # JSON has no such limit
    assert json_target.exists()


def test_a_cell_at_the_limit_is_fine(small_demo_path: Path, tmp_path: Path) -> None:
    _, score_id = first_score(small_demo_path)
    text = "é" * report.MAX_CELL_CHARACTERS
    change(
        small_demo_path,
        "UPDATE evaluation_score SET comment = :text WHERE id = :id",
        {"text": text, "id": score_id},
    )
    target = tmp_path / "out.xlsx"
    export(small_demo_path, target)
    assert text in [row["comment"] for row in read_xlsx(target)[1]]


def test_too_many_rows_for_a_sheet_are_refused(
    small_demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report, "XLSX_MAX_ROWS", 10)
    target = tmp_path / "out.xlsx"
    with pytest.raises(report.EvaluationExportError) as caught:
        export(small_demo_path, target)

    assert "at most 10 rows" in str(caught.value) and "row 10" in str(caught.value)
    assert left_behind(tmp_path) == []


@pytest.mark.parametrize("suffix", ["csv", "json", "xlsx"])
def test_cancelling_leaves_nothing(small_demo_path: Path, tmp_path: Path, suffix: str) -> None:
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        heard.append((done, total))
        if done == total:
            raise KeyboardInterrupt

    target = tmp_path / f"out.{suffix}"
    with pytest.raises(KeyboardInterrupt):
        export(small_demo_path, target, progress=progress)

    assert heard[0][0] == 0 and heard[-1][0] == heard[-1][1] > 0
    assert left_behind(tmp_path) == []


def test_an_earlier_export_survives_a_failed_one(small_demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    export(small_demo_path, target)
    before = target.read_bytes()

    def cancel(done: int, total: int) -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        export(small_demo_path, target, progress=cancel)
    assert target.read_bytes() == before
    assert left_behind(tmp_path) == ["out.csv"]


def test_the_format_comes_from_the_extension() -> None:
    assert report.ExportFormat.for_path(Path("a.XLSX")) is report.ExportFormat.XLSX
    with pytest.raises(ValueError, match="a.txt"):
        report.ExportFormat.for_path(Path("a.txt"))


# --- the command -----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["csv", "json", "xlsx"])
def test_command_exports_each_format(
    small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    target = tmp_path / f"out.{suffix}"
    status, out, err = run(["evaluations", str(small_demo_path), "-o", str(target)], capsys)

    assert (status, err) == (0, "")
    assert (
        out == f"Exported {len(expected_scores(small_demo_path))} evaluation scores to {target}.\n"
    )
    assert target.exists()


def test_command_filters_wide_dutch_semicolons(
    small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = expected_scores(small_demo_path, "nl")
    alliance = expected[0]["alliance"]
    target = tmp_path / "out.csv"
    argv = ["evaluations", str(small_demo_path), "-o", str(target), "--alliance", alliance]
    argv += ["--since", "2024-01-01", "--until", "2030-12-31", "--side", "us", "--wide"]
    argv += ["--delimiter", ";", "--lang", "nl", "--decimal-comma"]
    status, out, err = run(argv, capsys)

    assert (status, err) == (0, ""), err
    rows = read_csv(target, delimiter=";")
    wanted = {
        e["id"] for e in expected if e["alliance"] == alliance and e["respondent_side"] == "us"
    }
    assert {int(row["evaluation_id"]) for row in rows} == wanted
    assert expected[0]["name"] in rows[0]  # a Dutch dimension name as a column
    assert any("," in row["overall"] for row in rows)  # averages with a decimal comma
    assert not any("." in row["overall"] for row in rows)


@pytest.mark.parametrize(
    "extra",
    [
        ["-o", "out.txt"],
        ["-o", "out.csv", "--since", "yesterday"],
        ["-o", "out.csv", "--side", "x"],
        ["-o", "out.csv", "--decimal-comma"],  # with the comma as delimiter too
    ],
)
def test_command_usage_errors_exit_2(
    small_demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    extra: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run(["evaluations", str(small_demo_path), *extra], capsys)

    assert_one_line(status, err, expected=2)
    assert left_behind(tmp_path) == []


def test_command_problems_are_one_line_and_write_nothing(
    small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.xlsx"
    argv = ["evaluations", str(small_demo_path), "-o", str(target), "--alliance", "Nobody"]
    status, out, err = run(argv, capsys)
    assert_one_line(status, err)
    assert "'Nobody'" in err and out == ""

    _, score_id = first_score(small_demo_path)
    change(
        small_demo_path,
        "UPDATE evaluation_score SET comment = :text WHERE id = :id",
        {"text": "y" * 40_000, "id": score_id},
    )
    status, out, err = run(["evaluations", str(small_demo_path), "-o", str(target)], capsys)
    assert_one_line(status, err)
    assert "32,767" in err

    missing = tmp_path / "missing.alliance"
    status, out, err = run(["evaluations", str(missing), "-o", str(target)], capsys)
    assert_one_line(status, err)
    assert left_behind(tmp_path) == []


def test_an_empty_period_is_refused(small_demo_path: Path, tmp_path: Path) -> None:
    selection = report.Selection(since=dt.date(2026, 1, 2), until=dt.date(2026, 1, 1))
    with pytest.raises(report.EvaluationExportError, match="2026-01-02 is after 2026-01-01"):
        export(small_demo_path, tmp_path / "out.json", selection=selection)
    assert left_behind(tmp_path) == []
