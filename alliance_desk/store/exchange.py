"""Export of a whole workbook to JSON, and import of such an export into a new workbook.

The JSON holds every table, every row and every column, keyed by the
workbook's own column names, in id order, one row per line:

    {"format": "alliance_desk workbook", "format_version": 1,
     "schema_version": 2, "exported_at": "...", "exported_by": "...",
     "tables": {"organisation": [{"id": 1, "name": "...", ...}, ...], ...}}

Import reads the file a piece at a time and checks each row with the same rules as
typing into the app, inserting them a batch at a time into the new workbook under a
temporary name; it links that into place only when every row is in and every reference
found: all or nothing, never overwriting, and never the whole file in memory.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Any

from alliance_desk import __version__
from alliance_desk.domain.validation_error import ValidationError, utc_now_stamp
from alliance_desk.store.content import ORDER_BY, TABLE_COLUMNS, row_check, rows_check
from alliance_desk.store.db import Database, is_environment_error, storage_error
from alliance_desk.store.errors import ExchangeError, StorageFailure
from alliance_desk.store.files import remove_stale_partials
from alliance_desk.store.frameworks import ensure_skills_framework
from alliance_desk.store.json_pieces import JsonFault, JsonPieces
from alliance_desk.store.schema import SCHEMA_VERSION
from alliance_desk.store.workbook import build_new_file

FORMAT = "alliance_desk workbook"
FORMAT_VERSION = 1

Progress = Callable[[int, int], None]  # (tables done, tables in all)


def _rows(connection: sqlite3.Connection, table: str, columns: Iterable[str]) -> Iterable[Any]:
    names = ", ".join(f'"{name}"' for name in columns)
    order = ORDER_BY.get(table, "id")
    return connection.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}')


def export_workbook(
    connection: sqlite3.Connection,
    workbook: Path,
    target: Path,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Write every record of the workbook on ``connection`` to ``target``; rows per table."""
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    remove_stale_partials(target.parent)
    counts: dict[str, int] = {}
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": SCHEMA_VERSION,
        "exported_at": utc_now_stamp(),
        "exported_by": f"alliance_desk {__version__}",
    }
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    try:
        with open(partial, "w", encoding="utf-8", newline="\n") as out:
            out.write("{\n")
            for key, value in header.items():
                out.write(f"{dumps(key)}: {dumps(value)},\n")
            out.write('"tables": {')
            connection.execute("BEGIN")  # one consistent snapshot of every table
            try:
                for index, (table, columns) in enumerate(TABLE_COLUMNS.items()):
                    out.write(("," if index else "") + f"\n{dumps(table)}: [")
                    count = 0
                    for row in _rows(connection, table, columns):
                        out.write(
                            ("," if count else "")
                            + "\n"
                            + dumps(dict(zip(columns, row, strict=True)))
                        )
                        count += 1
                    out.write("\n]" if count else "]")
                    counts[table] = count
                    if progress:
                        progress(index + 1, len(TABLE_COLUMNS))
            finally:
                if connection.in_transaction:  # a failed read has ended it already
                    connection.execute("COMMIT")
            out.write("\n}\n}\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except OSError as error:
        raise StorageFailure(
            target, doing="written", detail=error.strerror or str(error)
        ) from error
    except sqlite3.Error as error:
        if not is_environment_error(error):
            raise
        raise storage_error(workbook, error, "read") from error
    finally:
        partial.unlink(missing_ok=True)
    return counts


Rows = list[tuple[Any, ...]]  # checked rows, each its values in TABLE_COLUMNS order
BATCH = 1000  # rows checked, then inserted together: what the import holds at once


class _Source:
    """The export's file for JsonPieces: a fault reading it is the import's refusal."""

    def __init__(self, source: Path) -> None:
        self.source = source
        try:
            # A byte order mark (Notepad) is fine.
            self._handle = open(source, encoding="utf-8-sig")  # noqa: SIM115 (closed below)
        except FileNotFoundError:
            raise ExchangeError(source, detail="there is no such file.") from None
        except OSError as error:
            raise _unreadable(source, error) from None

    def read(self, size: int) -> str:
        try:
            return self._handle.read(size)
        except UnicodeDecodeError:
            raise ExchangeError(
                self.source, detail="this is not a workbook export (not UTF-8 text)."
            ) from None
        except OSError as error:
            raise _unreadable(self.source, error) from None

    def close(self) -> None:
        self._handle.close()


def _unreadable(source: Path, error: OSError) -> ExchangeError:
    return ExchangeError(source, detail=f"the file cannot be read ({error.strerror}).")


class _Export:
    """An export read from its file as it is imported: its header first (refused before
    anything is made), then its tables row by row, then whatever follows them."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self._file = _Source(source)
        self.json = JsonPieces(self._file)
        self.header: dict[str, Any] = {}
        self.members = self._read_members()

    def close(self) -> None:
        self._file.close()

    def refusal(self, detail: str) -> ExchangeError:
        return ExchangeError(self.source, detail=detail)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Faults of the JSON as the import's refusals."""
        try:
            yield
        except RecursionError:
            raise self.refusal(
                "this JSON is nested too deeply to be a workbook export; nothing was imported."
            ) from None
        except JsonFault as fault:
            raise self.refusal(
                f"this is not valid JSON (line {fault.line}, column {fault.column}: "
                f"{fault.message}); nothing was imported."
            ) from None

    def _read_members(self) -> Iterator[str]:
        """The names of the document's members, each read up to its value (the reader
        takes the value); refused if the document is no JSON object."""
        j = self.json
        if not j.take("{"):
            j.value()  # not an object: valid JSON, nested too deeply or not JSON at all?
            if not j.ended():
                raise j.fault("Extra data")
            raise self.refusal(_FOREIGN)
        if not j.take("}"):
            while True:
                if j.peek() != '"':
                    raise j.fault("Expecting property name enclosed in double quotes")
                name = j.value()
                j.expect(":", "Expecting ':' delimiter")
                yield name
                if j.take("}"):
                    break
                j.expect(",", "Expecting ',' delimiter")
        if not j.ended():
            raise j.fault("Extra data")

    def read_header(self) -> bool:
        """Read the members before the tables; whether the tables come next and the header
        said (before them) what the export is. Refused if it is no export we read."""
        with self.reading():
            for name in self.members:
                if name == "tables":
                    if "format" in self.header and "format_version" in self.header:
                        _check_header(self.source, self.header)
                        return True
                    return False  # the header follows the tables (another tool's order)
                self.header[name] = self.json.value()
        _check_header(self.source, self.header)
        raise self.refusal("the export has no 'tables'; nothing was imported.")

    def tables(self) -> Iterator[tuple[str, Iterator[Any]]]:
        """Each table's name and its rows (parsed, not checked), in the file's order; each
        table's rows must be read before the next table is asked for."""
        j = self.json
        with self.reading():
            if not j.take("{"):
                j.value()
                raise self.refusal("the export has no 'tables'; nothing was imported.")
            seen: set[str] = set()
            if j.take("}"):
                return
            while True:
                if j.peek() != '"':
                    raise j.fault("Expecting property name enclosed in double quotes")
                table = j.value()
                j.expect(":", "Expecting ':' delimiter")
                if table not in TABLE_COLUMNS:
                    raise self.refusal(
                        f"the export has an unknown table '{table}'; nothing was imported."
                    )
                if table in seen:
                    raise self.refusal(
                        f"the export has table '{table}' twice; nothing was imported."
                    )
                seen.add(table)
                if j.peek() != "[":
                    j.value()
                    raise self.refusal(f"table '{table}' is not a list of rows.")
                yield table, j.items()
                if j.take("}"):
                    return
                j.expect(",", "Expecting ',' delimiter")

    def finish(self) -> None:
        """Read what follows the tables to the end; refused if that changes the header."""
        with self.reading():
            for name in self.members:
                if name == "tables":
                    raise self.refusal("the export has 'tables' twice; nothing was imported.")
                self.header[name] = self.json.value()
        _check_header(self.source, self.header)


_FOREIGN = "this JSON is not an alliance_desk workbook export; nothing was imported."


def _check_header(source: Path, header: dict[str, Any]) -> None:
    if header.get("format") != FORMAT:
        raise ExchangeError(source, detail=_FOREIGN)
    version = header.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeError(
            source,
            detail=f"the export has no valid format version ({version!r}); nothing was imported.",
        )
    if version > FORMAT_VERSION:
        raise ExchangeError(
            source,
            detail=f"this export has format version {version!r}, newer than this alliance_desk "
            f"reads ({FORMAT_VERSION}); update alliance_desk to import it.",
        )


@contextmanager
def _export_to_import(source: Path) -> Iterator[_Export]:
    """The export at ``source``, read up to its tables and checked so far.

    Its header normally comes first; another tool may have put it after the tables, and
    then the file is read twice (the tables only parsed the first time, never held)."""
    export = _Export(source)
    try:
        if not export.read_header():
            with export.reading():
                for _, rows in export.tables():
                    for _ in rows:
                        pass
            export.finish()  # the header is checked here
            export.close()
            export = _Export(source)
            with export.reading():
                for name in export.members:
                    if name == "tables":
                        break
                    export.header[name] = export.json.value()
        yield export
    finally:
        export.close()


def fill_from_export(
    db: Database, export: _Export, progress: Progress | None = None
) -> dict[str, int]:
    """Check and insert the export's rows a batch at a time; references are verified
    before commit (one ``foreign_key_check`` of every row, not a look-up per row: see
    ``build_new_file``). Rows per table."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    # The indexes are built once each from the filled tables, not kept up row by row, and the
    # search index's triggers (paused while loading: see search.bulk_loading) are left out,
    # so no row pays for their conditions; both come back as they were before commit.
    deferred = db.query(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        " WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"
    )
    for item in deferred:
        db.execute(f'DROP {item["type"].upper()} "{item["name"]}"')
    counts = dict.fromkeys(TABLE_COLUMNS, 0)
    for done, (table, rows) in enumerate(export.tables(), start=1):
        counts[table] = _fill_table(db, export, table, rows)
        if progress:
            progress(done, len(TABLE_COLUMNS))
    export.finish()
    for item in deferred:
        try:
            db.execute(item["sql"])
        except sqlite3.IntegrityError as error:  # a unique index the rows break
            raise ValueError(f"{item['tbl_name']}: {error}") from error
    broken = db.query("PRAGMA foreign_key_check")
    if broken:
        first = broken[0]
        raise ValueError(
            f"{len(broken)} rows refer to records that are not in the export "
            f"(first: {first['table']} id {first['rowid']} refers to a missing {first['parent']})"
        )
    return counts


def _fill_table(db: Database, export: _Export, table: str, rows: Iterator[Any]) -> int:
    number = 0
    with export.reading():
        while True:
            batch: list[Any] = []
            try:
                batch.extend(islice(rows, BATCH))
            except Exception:
                # The file breaks after these rows: a refused row before the break is the
                # fault named, as it would be had each row been checked as it was read.
                _checked_one_by_one(export, table, batch, number + 1)
                raise
            if not batch:
                return number
            first, number = number + 1, number + len(batch)
            _check_and_insert(db, export, table, batch, first)


def _check_and_insert(
    db: Database, export: _Export, table: str, rows: list[Any], first: int
) -> None:
    """Check a batch of parsed rows, the first of them row ``first`` of its table in the
    export, all at once if it can, else one by one; let go of them, insert them checked."""
    check_rows = rows_check(table)
    checked = check_rows(rows) if check_rows is not None else None
    if checked is None:
        checked = _checked_one_by_one(export, table, rows, first)
    rows.clear()  # what the insert holds beside them: the checked rows only
    _insert(db, export, table, checked, first)


def _checked_one_by_one(export: _Export, table: str, rows: list[Any], first: int) -> Rows:
    """Check each row (the first of them row ``first`` of its table in the export); the
    first fault is the import's refusal, named by its row."""
    # The new file's own schema version stands: the export may come from an older one.
    skipped = ("schema_version",) if table == "workbook_info" else ()
    check = row_check(table, inserted=True)
    checked: Rows = []
    for number, row in enumerate(rows, start=first):
        if not isinstance(row, dict):
            raise export.refusal(f"{table} row {number} is not an object; nothing was imported.")
        try:
            values = check(row)
        except ValidationError as error:
            raise export.refusal(f"{table} row {number}: {error} Nothing was imported.") from None
        if values[0] not in skipped:
            checked.append(values)
    return checked


ROWS_A_STATEMENT = 500  # rows inserted by one statement (its values bound together)


@functools.lru_cache(maxsize=128)  # each table's full statement and its last batch's
def _insert_statement(table: str, rows: int) -> str:
    """The statement inserting ``rows`` rows of ``table`` at once: SQLite runs its program
    once for them all, not once a row (a tenth of the import's time on the large demo)."""
    columns = TABLE_COLUMNS[table]
    names = ", ".join(f'"{name}"' for name in columns)
    values = "(" + ", ".join("?" for _ in columns) + ")"
    verb = "INSERT OR REPLACE" if table == "workbook_info" else "INSERT"
    return f'{verb} INTO "{table}" ({names}) VALUES ' + ", ".join([values] * rows)


def _insert(db: Database, export: _Export, table: str, rows: Rows, first: int) -> None:
    """Insert checked rows, the first of them row ``first`` of its table in the export."""
    step = ROWS_A_STATEMENT
    try:
        whole = len(rows) - len(rows) % step
        if whole:
            db.execute_many(
                _insert_statement(table, step),
                [list(chain.from_iterable(rows[at : at + step])) for at in range(0, whole, step)],
            )
        if whole < len(rows):
            db.execute_many(
                _insert_statement(table, len(rows) - whole),
                [list(chain.from_iterable(rows[whole:]))],
            )
    except sqlite3.IntegrityError as error:
        raise ValueError(f"{table}: {error}") from error
    except OverflowError:  # a whole number beyond SQLite's 64 bits: name the row
        check, columns = row_check(table), TABLE_COLUMNS[table]
        for number, values in enumerate(rows, start=first):
            try:
                check(dict(zip(columns, values, strict=True)))
            except ValidationError as error:
                raise export.refusal(
                    f"{table} row {number}: {error} Nothing was imported."
                ) from None
        raise


def import_workbook(source: Path, target: Path, progress: Progress | None = None) -> dict[str, int]:
    """Build a new workbook at ``target`` from the export at ``source``; rows per table.

    The export is read, checked and inserted a batch of rows at a time (never held whole),
    into the new file under a temporary name: a refusal anywhere leaves nothing.
    ``progress`` hears (tables imported, tables in all); an exception it raises cancels
    the import, and nothing is left under the target name.
    """
    counts: dict[str, int] = {}
    with _export_to_import(source) as export:

        def fill(db: Database) -> None:
            counts.update(fill_from_export(db, export, progress))
            ensure_skills_framework(db)

        try:
            build_new_file(target, fill, references_checked_after=True)
        except ValueError as error:
            raise ExchangeError(source, detail=f"{error}; nothing was imported.") from None
    return counts
