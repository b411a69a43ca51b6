"""Export of the evaluation history (health checks) to CSV, JSON or XLSX.

The rows come from one query over evaluation, evaluation_score,
framework_dimension, alliance and organisation, with named parameters.

- **Long form** (default): one row per evaluation and dimension, ordered by
  alliance, date, respondent side (us, partner, joint) and dimension position.
  An active dimension left open appears with an empty score; a retired
  dimension appears only where it was scored.
- **Wide form**: one row per evaluation, one score column per dimension in
  framework order, then the overall average (open dimensions ignored).

Every writer works on a hidden partial file next to the target and moves it
into place with ``os.replace`` only when complete; on any failure (a limit,
a full disk, a progress callback that raises to cancel) the partial file is
removed and nothing is left under the target name.

Text that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) is defused: in CSV it gets a
leading single quote; in XLSX every text is an inline string cell, never a
formula. A text longer than a spreadsheet cell holds (32,767 characters) or
more rows than a sheet holds are refused with an error naming the row; never
cut silently. The XLSX file is written by hand (zipfile and XML), so there is
no extra runtime dependency.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.domain.insights import overall_score
from alliance_desk.store.db import Database
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.files import replacing

FORMAT = "alliance_desk evaluations"
FORMAT_VERSION = 1
SHEET_NAME = "Evaluations"

XLSX_MAX_ROWS = 1_048_576  # rows in one sheet, the header row included
MAX_CELL_CHARACTERS = 32_767  # characters in one spreadsheet cell (UTF-16 units)
MAX_COLUMN_WIDTH = 60
MIN_COLUMN_WIDTH = 8
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (",", ";", "\t", "|")
LANGUAGES = ("en", "nl")
PROGRESS_EVERY = 500  # rows between two progress reports

LONG_COLUMNS = (
    "alliance",
    "partner",
    "evaluated_on",
    "respondent_side",
    "respondent",
    "dimension_code",
    "dimension",
    "score",
    "comment",
    "remarks",
    "evaluation_id",
)
WIDE_LEADING = ("alliance", "partner", "evaluated_on", "respondent_side", "respondent")
WIDE_TRAILING = ("overall", "remarks", "evaluation_id")

Progress = Callable[[int, int], None]  # (rows written, rows in all); raising cancels
Value = str | int | float | dt.date | None
Row = dict[str, Value]
Line = tuple[Value, ...]  # one row's values in column order


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat:
        """The format named by the file's extension; ValueError for any other."""
        suffix = path.suffix.lower().lstrip(".")
        try:
            return cls(suffix)
        except ValueError:
            known = ", ".join(f".{item.value}" for item in cls)
            raise ValueError(
                f"cannot tell the export format from '{path.name}' (use {known})"
            ) from None


class EvaluationExportError(WorkbookError):
    """The export cannot be made as asked; ``detail`` says why. Nothing was written."""

    template = "{path}: {detail}"


@dataclasses.dataclass(frozen=True)
class Selection:
    """Which evaluations to export."""

    alliances: Sequence[str] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    side: RespondentSide | None = None


@dataclasses.dataclass(frozen=True)
class Table:
    """What a writer writes: column names in order, and rows of values in that order."""

    form: str  # "long" or "wide"
    columns: tuple[str, ...]
    rows: list[Line]

    def record(self, number: int) -> Row:
        """Row ``number`` (the first is 1) keyed by column; empty for 0, the header row."""
        return dict(zip(self.columns, self.rows[number - 1], strict=True)) if number else {}


# The long form's columns first, in their order (long_table takes them as they come); the
# wide form also reads the dimension's id, framework and position.
_QUERY = """
SELECT alliance.name AS alliance, organisation.name AS partner, evaluation.evaluated_on,
    evaluation.respondent_side, evaluation.respondent,
    framework_dimension.code AS dimension_code,
    CASE :language WHEN 'nl' THEN framework_dimension.name_nl
        ELSE framework_dimension.name_en END AS dimension,
    evaluation_score.score, evaluation_score.comment, evaluation.remarks,
    evaluation.id AS evaluation_id{wide}
FROM evaluation
JOIN alliance ON alliance.id = evaluation.alliance_id
JOIN organisation ON organisation.id = alliance.partner_id
JOIN framework_dimension ON framework_dimension.framework_id = evaluation.framework_id
LEFT JOIN evaluation_score ON evaluation_score.evaluation_id = evaluation.id
    AND evaluation_score.dimension_id = framework_dimension.id
WHERE (framework_dimension.active = 1 OR evaluation_score.id IS NOT NULL)
    AND (:all_alliances OR alliance.name IN (SELECT value FROM json_each(:alliances)))
    AND (:since IS NULL OR evaluation.evaluated_on >= :since)
    AND (:until IS NULL OR evaluation.evaluated_on <= :until)
    AND (:side IS NULL OR evaluation.respondent_side = :side)
ORDER BY alliance.name, alliance.id, evaluation.evaluated_on,
    CASE evaluation.respondent_side WHEN 'us' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END,
    evaluation.id, framework_dimension.position, framework_dimension.id
"""
_WIDE_EXTRA = """,
    framework_dimension.id AS dimension_id, framework_dimension.framework_id,
    framework_dimension.position"""
_LONG_QUERY = _QUERY.format(wide="")
_WIDE_QUERY = _QUERY.format(wide=_WIDE_EXTRA)


def _check_alliances(db: Database, names: Sequence[str]) -> None:
    known = {row["name"] for row in db.query("SELECT name FROM alliance")}
    unknown = [name for name in dict.fromkeys(names) if name not in known]
    if unknown:
        listed = ", ".join(f"'{name}'" for name in unknown)
        noun = "alliance" if len(unknown) == 1 else "alliances"
        choices = "; ".join(sorted(known)) or "none"
        raise EvaluationExportError(
            db.path,
            detail=f"there is no {noun} named {listed} (the alliances are: {choices}); "
            "nothing was exported.",
        )


def _params(db: Database, selection: Selection, language: str) -> dict[str, Any]:
    """The query's parameters; EvaluationExportError for an empty period or unknown names."""
    if selection.since and selection.until and selection.since > selection.until:
        raise EvaluationExportError(
            db.path,
            detail=f"the period is empty: {selection.since.isoformat()} is after "
            f"{selection.until.isoformat()}; nothing was exported.",
        )
    _check_alliances(db, selection.alliances)
    return {
        "language": language,
        "all_alliances": not selection.alliances,
        "alliances": json.dumps(list(selection.alliances)),
        "since": selection.since.isoformat() if selection.since else None,
        "until": selection.until.isoformat() if selection.until else None,
        "side": RespondentSide(selection.side).value if selection.side else None,
    }


def _date(text: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return text  # an odd date is exported as the text it is, never dropped


class _Days(dict[str, dt.date | str]):
    """Each evaluation date read once (an evaluation has a row per dimension)."""

    def __missing__(self, text: str) -> dt.date | str:
        day = self[text] = _date(text)
        return day


def long_table(
    db: Database, selection: Selection = Selection(), language: str = "en", dates: bool = True
) -> Table:
    """One row per evaluation and dimension; ``dates=False`` keeps the dates as the ISO text
    they are stored as (what CSV and JSON write anyway), the rows as SQLite gives them."""
    _check_language(language)
    params = _params(db, selection, language)
    found = db.all_tuples(_LONG_QUERY, params)
    if not dates:
        return Table("long", LONG_COLUMNS, found)
    days = _Days()
    rows: list[Line] = [
        (alliance, partner, days[day], side, respondent, code, name, score, comment, remarks, id_)
        for (
            alliance,
            partner,
            day,
            side,
            respondent,
            code,
            name,
            score,
            comment,
            remarks,
            id_,
        ) in found
    ]
    return Table("long", LONG_COLUMNS, rows)


def wide_table(db: Database, selection: Selection = Selection(), language: str = "en") -> Table:
    """One row per evaluation, one score column per dimension (framework order), the average."""
    _check_language(language)
    found = db.query(_WIDE_QUERY, _params(db, selection, language))
    dimensions = sorted(
        {(row["framework_id"], row["position"], row["dimension_id"]): row for row in found}.items()
    )
    labels: dict[int, str] = {}
    taken = set(WIDE_LEADING) | set(WIDE_TRAILING)
    for (_, _, dimension_id), row in dimensions:
        label = row["dimension"]
        if label in taken:
            label = f"{label} [{row['dimension_code']}]"
        if label in taken:
            label = f"{label} #{dimension_id}"
        taken.add(label)
        labels[dimension_id] = label
    evaluations: dict[int, Row] = {}
    scores: dict[int, list[int | None]] = {}
    for row in found:
        line = evaluations.get(row["evaluation_id"])
        if line is None:
            line = evaluations[row["evaluation_id"]] = {
                "alliance": row["alliance"],
                "partner": row["partner"],
                "evaluated_on": _date(row["evaluated_on"]),
                "respondent_side": row["respondent_side"],
                "respondent": row["respondent"],
                **dict.fromkeys(labels.values()),
                "overall": None,
                "remarks": row["remarks"],
                "evaluation_id": row["evaluation_id"],
            }
            scores[row["evaluation_id"]] = []
        line[labels[row["dimension_id"]]] = row["score"]
        scores[row["evaluation_id"]].append(row["score"])
    for evaluation_id, line in evaluations.items():
        line["overall"] = overall_score(scores[evaluation_id])
    columns = (*WIDE_LEADING, *labels.values(), *WIDE_TRAILING)
    rows = [tuple(line[column] for column in columns) for line in evaluations.values()]
    return Table("wide", columns, rows)


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (use en or nl)")


# --- shared checks ---------------------------------------------------------------------------


def defused(text: str) -> str:
    """Text a spreadsheet cannot run as a formula: a leading single quote where needed."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2  # what a spreadsheet counts


def _check_cell(target: Path, table: Table, number: int, column: str, text: str) -> None:
    length = _cell_length(text)
    if length > MAX_CELL_CHARACTERS:
        where = _where(table.record(number), number)
        raise EvaluationExportError(
            target,
            detail=f"{where}, column '{column}', holds {length:,} characters, more than a "
            f"spreadsheet cell holds ({MAX_CELL_CHARACTERS:,}); nothing was written "
            "(shorten the text, or export to JSON).",
        )


def _where(row: Row, number: int) -> str:
    if not row:
        return "the header row"
    evaluated = row.get("evaluated_on")
    date = evaluated.isoformat() if isinstance(evaluated, dt.date) else evaluated
    return (
        f"row {number} (evaluation {row.get('evaluation_id')} of '{row.get('alliance')}' on {date})"
    )


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _json_value(value: Value) -> str | int | float | None:
    return value.isoformat() if isinstance(value, dt.date) else value


# --- writers ---------------------------------------------------------------------------------


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress and (done == total or done % PROGRESS_EVERY == 0):
        progress(done, total)


class _Lines:
    """A file for csv.writer that keeps each line it is given (one per row)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.write = self.lines.append


def _with_decimal_comma(table: Table) -> Table:
    """The table with every fraction as text with a decimal comma (whole numbers stay)."""
    rows: list[Line] = [
        tuple(str(value).replace(".", ",") if isinstance(value, float) else value for value in row)
        for row in table.rows
    ]
    return dataclasses.replace(table, rows=rows)


def _write_csv(
    out: IO[bytes], target: Path, table: Table, delimiter: str, bom: bool, progress: Progress | None
) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="")
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    header = [defused(column) for column in table.columns]
    for column, cell in zip(table.columns, header, strict=True):
        _check_cell(target, table, 0, column, cell)
    writer.writerow(header)
    # Rows are written a block at a time, as they are: csv.writer turns a value that is not
    # text into what _text gives (None to "", a date to its ISO form, a number to str). A
    # block is written cell by cell instead (every text defused, every cell checked) when it
    # might need it: when a formula start follows the start of the block, a line break, a
    # delimiter or a quote (where every cell begins; a search for each, faster than one for
    # all three), or when a line is longer than half a cell's limit (a shorter line cannot
    # hold a cell over the limit, in UTF-16 units).
    sink = _Lines()
    fast = csv.writer(sink, delimiter=delimiter, lineterminator="\r\n")
    starts = re.escape("".join(FORMULA_STARTS))
    risky = [
        re.compile(f"{re.escape(before)}[{starts}]").search for before in (delimiter, '"', "\n")
    ]
    short = MAX_CELL_CHARACTERS // 2
    total = len(table.rows)
    every = max(1, PROGRESS_EVERY)
    for first in range(0, total, every):
        block = table.rows[first : first + every]
        sink.lines.clear()
        fast.writerows(block)
        lines = sink.lines
        chunk = "".join(lines)
        if (
            len(lines) != len(block)
            or chunk.startswith(FORMULA_STARTS)
            or any(search(chunk) for search in risky)
            or max(map(len, lines)) > short
        ):
            lines.clear()
            for number, row in enumerate(block, start=first + 1):
                cells = [
                    defused(value) if isinstance(value, str) else _text(value) for value in row
                ]
                for column, cell in zip(table.columns, cells, strict=True):
                    _check_cell(target, table, number, column, cell)
                fast.writerow(cells)
            chunk = "".join(lines)
        text.write(chunk)
        if progress:
            _report(progress, first + len(block), total)
    text.flush()
    text.detach()


def _write_json(out: IO[bytes], table: Table, progress: Progress | None) -> None:
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    write = out.write
    header = {"format": FORMAT, "format_version": FORMAT_VERSION, "form": table.form}
    write(b"{\n")
    for key, value in header.items():
        write(f"{dumps(key)}: {dumps(value)},\n".encode())
    write(b'"rows": [')
    total = len(table.rows)
    for number, row in enumerate(table.rows, start=1):
        item = {
            column: _json_value(value) for column, value in zip(table.columns, row, strict=True)
        }
        write((("," if number > 1 else "") + "\n" + dumps(item)).encode())
        _report(progress, number, total)
    write(b"\n]}\n" if total else b"]}\n")


# XML 1.0 allows tab, newline and carriage return but no other control characters; Excel
# writes those as _xHHHH_ (and a literal "_xHHHH_" as "_x005F_xHHHH_").
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_STYLE, _HEADER_STYLE = 1, 2


def _xml_text(text: str) -> str:
    escaped = escape(_XML_UNSAFE.sub(lambda match: f"_x{ord(match.group()):04X}_", text))
    return escaped.replace("\r", "&#13;")  # a raw carriage return would be read as a newline


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _xlsx_cell(reference: str, value: Value, style: int = 0) -> str:
    styled = f' s="{style}"' if style else ""
    if value is None:
        return ""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int | float):
        return f'<c r="{reference}"{styled}><v>{value!r}</v></c>'
    if isinstance(value, dt.date):
        serial = (value - _EXCEL_EPOCH).days
        return f'<c r="{reference}" s="{_DATE_STYLE}"><v>{serial}</v></c>'
    # Always an inline string: a text starting with "=" stays text, never a formula.
    return (
        f'<c r="{reference}"{styled} t="inlineStr"><is>'
        f'<t xml:space="preserve">{_xml_text(value)}</t></is></c>'
    )


def _width(value: Value) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    text = _text(value)
    return max((len(line) for line in text.splitlines()), default=0)


_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>
"""  # noqa: E501
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>
"""  # noqa: E501
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
"""  # noqa: E501
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets>
<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'{sheet}'!{range}</definedName></definedNames>
</workbook>
"""  # noqa: E501
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
"""  # noqa: E501


def _write_xlsx(out: IO[bytes], target: Path, table: Table, progress: Progress | None) -> None:
    total = len(table.rows)
    if total + 1 > XLSX_MAX_ROWS:
        first_too_many = table.record(XLSX_MAX_ROWS)  # the header takes the first sheet row
        raise EvaluationExportError(
            target,
            detail=f"{total:,} rows and a header do not fit in one sheet (at most "
            f"{XLSX_MAX_ROWS:,} rows in all); {_where(first_too_many, XLSX_MAX_ROWS)} is the "
            "first that does not fit; nothing was written (narrow the selection, "
            "or export to CSV or JSON).",
        )
    widths = [len(column) for column in table.columns]
    for name in table.columns:
        _check_cell(target, table, 0, name, name)
    for number, row in enumerate(table.rows, start=1):
        for index, (column, value) in enumerate(zip(table.columns, row, strict=True)):
            if isinstance(value, str):
                _check_cell(target, table, number, column, value)
            widths[index] = max(widths[index], _width(value))
    last = f"{_column_letter(len(table.columns) - 1)}{total + 1}"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        package.writestr(
            "xl/workbook.xml", _WORKBOOK.format(sheet=SHEET_NAME, range=_absolute_range(last))
        )
        package.writestr("xl/styles.xml", _STYLES)
        with package.open("xl/worksheets/sheet1.xml", "w") as sheet:
            _write_sheet(sheet, table, widths, last, progress)


def _absolute_range(last: str) -> str:
    letters = last.rstrip("0123456789")
    return f"$A$1:${letters}${last[len(letters) :]}"


def _write_sheet(
    sheet: IO[bytes], table: Table, widths: list[int], last: str, progress: Progress | None
) -> None:
    write = sheet.write
    write(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetViews><sheetView workbookViewId="0">'
        b'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        b'<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        b"</sheetView></sheetViews><cols>"
    )
    for index, width in enumerate(widths, start=1):
        shown = min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, width + 2))
        write(f'<col min="{index}" max="{index}" width="{shown}" customWidth="1"/>'.encode())
    write(b"</cols><sheetData>")
    letters = [_column_letter(index) for index in range(len(table.columns))]
    header = "".join(
        _xlsx_cell(f"{letter}1", name, _HEADER_STYLE)
        for letter, name in zip(letters, table.columns, strict=True)
    )
    write(f'<row r="1">{header}</row>'.encode())
    total = len(table.rows)
    for number, row in enumerate(table.rows, start=1):
        line = number + 1
        cells = "".join(
            _xlsx_cell(f"{letter}{line}", value) for letter, value in zip(letters, row, strict=True)
        )
        write(f'<row r="{line}">{cells}</row>'.encode())
        _report(progress, number, total)
    write(f'</sheetData><autoFilter ref="A1:{last}"/></worksheet>'.encode())


# --- the export ------------------------------------------------------------------------------


def export_evaluations(
    db: Database,
    target: Path,
    *,
    selection: Selection = Selection(),
    wide: bool = False,
    language: str = "en",
    export_format: ExportFormat | None = None,
    delimiter: str = ",",
    bom: bool = False,
    decimal_comma: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write the selected evaluation history to ``target``; the number of rows written.

    The format comes from ``export_format`` or else the target's extension.
    ``decimal_comma`` (CSV only) writes fractions as Dutch spreadsheets read
    them, ``3,57`` rather than ``3.57`` (which they take for a date or text);
    it needs a delimiter other than the comma.
    ``progress`` hears (rows written, rows in all); an exception it raises
    cancels the export, and nothing is left under the target name.
    """
    chosen = export_format or ExportFormat.for_path(target)
    if delimiter not in DELIMITERS:
        raise ValueError(f"the delimiter must be one of {DELIMITERS!r}, not {delimiter!r}")
    if decimal_comma and delimiter == ",":
        raise ValueError("a decimal comma needs a delimiter other than the comma")
    if wide:
        table = wide_table(db, selection, language)
    else:
        table = long_table(db, selection, language, dates=chosen is ExportFormat.XLSX)
    if decimal_comma and chosen is ExportFormat.CSV:
        table = _with_decimal_comma(table)
    try:
        with replacing(target) as partial, open(partial, "wb") as out:
            if progress:
                progress(0, len(table.rows))
            if chosen is ExportFormat.CSV:
                _write_csv(out, target, table, delimiter, bom, progress)
            elif chosen is ExportFormat.JSON:
                _write_json(out, table, progress)
            else:
                _write_xlsx(out, target, table, progress)
    except OSError as error:
        raise EvaluationExportError(
            target,
            detail=f"the export could not be written ({error.strerror or error}); "
            "nothing was written.",
        ) from error
    return len(table.rows)
