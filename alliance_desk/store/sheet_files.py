"""Reading a spreadsheet to import (CSV or XLSX), which comes from outside and is not trusted.

A file over :data:`FILE_MAX` is refused unread. An XLSX goes through the same
zip and XML checks as an answered questionnaire
(:func:`alliance_desk.store.response_files.check_zip`: entry count, declared
sizes, packing ratio, DOCTYPE/ENTITY) before openpyxl opens it in read-only
mode; at most :data:`ROWS_MAX` rows and :data:`COLUMNS_MAX` columns are read. A
CSV's encoding (UTF-8 with or without BOM, else Windows-1252, as Dutch Excel
writes) and delimiter (``,`` ``;`` or tab) are detected, and either can be given.
Refusals are :class:`~alliance_desk.store.response_files.FileRefused`.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

from alliance_desk.store.response_files import FileRefused, check_zip, read_bytes

FILE_MAX = 20 * 1024 * 1024  # 100,000 rows of a contact list fit in a fraction of it
ROWS_MAX = 100_000
COLUMNS_MAX = 200
ZIP_ENTRIES_MAX = 500  # a workbook of many sheets, styles and comments
UNPACKED_MAX = 200 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252")


@dataclasses.dataclass(frozen=True)
class Sheet:
    """The table a file holds: its header row and the rows below it, cells as read."""

    headers: list[object]
    rows: list[list[object]]
    encoding: str | None = None  # a CSV's, as detected or given
    delimiter: str | None = None  # a CSV's
    sheet_name: str | None = None  # an XLSX's sheet read
    sheet_names: tuple[str, ...] = ()  # every sheet of an XLSX


def read_sheet(
    path: Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> Sheet:
    """The file's table: an XLSX's first (or named) sheet, or a CSV."""
    data = read_bytes(path, FILE_MAX, "a spreadsheet to import")
    if data.startswith(b"PK"):
        return read_xlsx(data, sheet)
    if data.startswith(b"%PDF") or b"\x00" in data[:4096]:
        raise FileRefused("not_a_sheet", "this is neither a CSV nor an XLSX file")
    return read_csv(data, encoding, delimiter)


def detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of columns, most."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", -1
    for candidate in DELIMITERS:
        counts = [line.count(candidate) for line in lines]
        if not counts or counts[0] == 0:
            continue
        score = counts[0] * 1000 + sum(count == counts[0] for count in counts)
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> Sheet:
    chosen = encoding or detect_encoding(data)
    try:
        text = data.decode(chosen)
    except (UnicodeDecodeError, LookupError):
        raise FileRefused(
            "wrong_encoding", f"the file cannot be read as {chosen}", encoding=chosen
        ) from None
    chosen_delimiter = delimiter or detect_delimiter(text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=chosen_delimiter)
        table: list[list[object]] = []
        for number, row in enumerate(reader):
            if number > ROWS_MAX:
                raise FileRefused("too_many_rows", f"the file has more than {ROWS_MAX:,} rows")
            table.append(list(row[:COLUMNS_MAX]))
    except csv.Error as error:
        raise FileRefused("unreadable", f"the file is not a readable CSV ({error})") from None
    return _table(table, encoding=chosen, delimiter=chosen_delimiter)


def _table(table: list[list[object]], **about: object) -> Sheet:
    while table and all(cell in (None, "") for cell in table[0]):
        table.pop(0)
    if not table:
        raise FileRefused("empty", "the file holds no rows")
    # Columns past the last one holding anything are left out: openpyxl pads every row of
    # a read-only sheet to the ``max_col`` asked for, and Excel's CSVs often end each line
    # with a delimiter.
    width = max(
        (index + 1 for row in table for index, cell in enumerate(row) if cell not in (None, "")),
        default=0,
    )
    table = [row[:width] for row in table]
    headers = table[0]
    return Sheet(headers, table[1:], **about)  # type: ignore[arg-type]


def read_xlsx(data: bytes, sheet: str | None = None) -> Sheet:
    check_zip(data, "a spreadsheet", ZIP_ENTRIES_MAX, UNPACKED_MAX)
    import openpyxl

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception as error:  # a third-party parser on outside data: anything is possible
        raise FileRefused(
            "unreadable", f"the file cannot be read as a spreadsheet ({type(error).__name__})"
        ) from None
    try:
        names = tuple(book.sheetnames)
        chosen = sheet if sheet is not None else names[0] if names else None
        if chosen not in names:
            listed = ", ".join(names) or "none"
            raise FileRefused(
                "no_such_sheet", f"there is no sheet '{sheet}' (the sheets are: {listed})"
            )
        table: list[list[object]] = []
        for number, values in enumerate(
            book[chosen].iter_rows(max_col=COLUMNS_MAX, values_only=True)
        ):
            if number > ROWS_MAX:
                raise FileRefused("too_many_rows", f"the sheet has more than {ROWS_MAX:,} rows")
            table.append(list(values))
    except FileRefused:
        raise
    except Exception as error:  # as above
        raise FileRefused(
            "unreadable", f"the spreadsheet cannot be read ({type(error).__name__})"
        ) from None
    finally:
        book.close()
    return _table(table, sheet_name=chosen, sheet_names=names)
