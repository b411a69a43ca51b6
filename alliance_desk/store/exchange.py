"""Export of a whole workbook to JSON, and import of such an export into a new workbook.

The JSON holds every table, every row and every column, keyed by the
workbook's own column names, in id order, one row per line:

    {"format": "alliance_desk workbook", "format_version": 1,
     "schema_version": 2, "exported_at": "...", "exported_by": "...",
     "tables": {"organisation": [{"id": 1, "name": "...", ...}, ...], ...}}

Import checks everything before anything is written (the same rules as
typing into the app), builds the new workbook under a temporary name and
links it into place only when complete: all or nothing, never overwriting.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from alliance_desk import __version__
from alliance_desk.domain.validation import ValidationError, utc_now_stamp
from alliance_desk.store.content import ORDER_BY, TABLE_COLUMNS, row_check
from alliance_desk.store.db import Database, is_environment_error, storage_error
from alliance_desk.store.errors import ExchangeError, StorageFailure
from alliance_desk.store.files import remove_stale_partials
from alliance_desk.store.frameworks import ensure_skills_framework
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


Rows = list[tuple[Any, ...]]  # a table's rows, each its values in TABLE_COLUMNS order


def read_export(source: Path, progress: Progress | None = None) -> dict[str, Rows]:
    """Read and check an export; return its rows per table, normalised by the domain rules.

    ``progress`` hears (tables checked, tables in all); an exception it raises stops.
    """
    try:
        text = source.read_text(encoding="utf-8-sig")  # a byte order mark (Notepad) is fine
    except FileNotFoundError:
        raise ExchangeError(source, detail="there is no such file.") from None
    except UnicodeDecodeError:
        raise ExchangeError(
            source, detail="this is not a workbook export (not UTF-8 text)."
        ) from None
    except OSError as error:
        raise ExchangeError(source, detail=f"the file cannot be read ({error.strerror}).") from None
    try:
        data = json.loads(text)
        del text  # the parsed rows replace it: never both and the checked rows at once
    except RecursionError:
        raise ExchangeError(
            source,
            detail="this JSON is nested too deeply to be a workbook export; nothing was imported.",
        ) from None
    except json.JSONDecodeError as error:
        raise ExchangeError(
            source,
            detail=f"this is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg}); nothing was imported.",
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError(
            source,
            detail="this JSON is not an alliance_desk workbook export; nothing was imported.",
        )
    version = data.get("format_version")
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
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ExchangeError(source, detail="the export has no 'tables'; nothing was imported.")
    unknown = sorted(set(tables) - set(TABLE_COLUMNS))
    if unknown:
        raise ExchangeError(
            source, detail=f"the export has an unknown table '{unknown[0]}'; nothing was imported."
        )
    checked = {}
    for index, table in enumerate(TABLE_COLUMNS):
        # Each table's parsed rows are let go once checked: the peak holds one table twice.
        checked[table] = _checked_rows(source, table, tables.pop(table, []))
        if progress:
            progress(index + 1, 2 * len(TABLE_COLUMNS))
    return checked


def _checked_rows(source: Path, table: str, rows: Any) -> Rows:
    if not isinstance(rows, list):
        raise ExchangeError(source, detail=f"table '{table}' is not a list of rows.")
    check = row_check(table)
    checked: Rows = []
    append = checked.append
    for number, row in enumerate(rows, start=1):
        rows[number - 1] = None  # each parsed row is let go once checked: never all twice
        if not isinstance(row, dict):
            raise ExchangeError(
                source, detail=f"{table} row {number} is not an object; nothing was imported."
            )
        try:
            append(check(row))
        except ValidationError as error:
            raise ExchangeError(
                source, detail=f"{table} row {number}: {error} Nothing was imported."
            ) from None
    return checked


def fill_from_rows(
    db: Database, tables: dict[str, Rows], progress: Progress | None = None
) -> dict[str, int]:
    """Insert checked rows, parents first; references are verified before commit (one
    ``foreign_key_check`` of every row, not a look-up per row: see ``build_new_file``)."""
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
    counts = {}
    for table, columns in TABLE_COLUMNS.items():
        rows = tables.get(table, [])
        if table == "workbook_info":
            # The new file's own schema version stands: the export may come from an older one.
            key = columns.index("key")
            rows = [row for row in rows if row[key] != "schema_version"]
        names = ", ".join(f'"{name}"' for name in columns)
        values = ", ".join("?" for _ in columns)
        verb = "INSERT OR REPLACE" if table == "workbook_info" else "INSERT"
        try:
            db.execute_many(f'{verb} INTO "{table}" ({names}) VALUES ({values})', rows)
        except sqlite3.IntegrityError as error:
            raise ValueError(f"{table}: {error}") from error
        counts[table] = len(tables.get(table, []))
        if progress:
            progress(len(TABLE_COLUMNS) + len(counts), 2 * len(TABLE_COLUMNS))
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


def import_workbook(source: Path, target: Path, progress: Progress | None = None) -> dict[str, int]:
    """Build a new workbook at ``target`` from the export at ``source``; rows per table.

    ``progress`` hears how far the import is; an exception it raises cancels the
    import, and nothing is left under the target name.
    """
    tables = read_export(source, progress)
    counts: dict[str, int] = {}

    def fill(db: Database) -> None:
        counts.update(fill_from_rows(db, tables, progress))
        ensure_skills_framework(db)

    try:
        build_new_file(target, fill, references_checked_after=True)
    except ValueError as error:
        raise ExchangeError(source, detail=f"{error}; nothing was imported.") from None
    return counts
