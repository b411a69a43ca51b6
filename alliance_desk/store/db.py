"""The one SQL wrapper: a connection with the workbook's pragmas and a ``transaction()``.

Parameters are always named (``:name``). Every user action runs in one
``with db.transaction():`` block, committed at once; a nested block joins the
outer one, so a use case built from smaller steps still commits once.
Environment failures (disk full, read-only, I/O) become
:class:`StorageFailure`; programming errors propagate as they are.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alliance_desk.store.errors import ReadOnlyWorkbook, StorageFailure, UnreadableWorkbook

APPLICATION_ID = 0x416C4473  # "AlDs": marks the file as an alliance_desk workbook
BUSY_TIMEOUT_MS = 5000
# After a checkpoint the -wal is cut back to this size: SQLite would otherwise keep it at the
# largest size it ever reached (an import's, a big deletion's) while the workbook is open.
# About what the automatic checkpoint lets it reach (1,000 pages of 4 KiB).
WAL_SIZE_LIMIT = 4 * 1024 * 1024

Params = Mapping[str, Any]

# SQLite error codes that come from the machine rather than from our code.
_ENVIRONMENT_CODES = {
    getattr(sqlite3, name)
    for name in (
        "SQLITE_FULL",
        "SQLITE_IOERR",
        "SQLITE_READONLY",
        "SQLITE_CANTOPEN",
        "SQLITE_BUSY",
        "SQLITE_LOCKED",
        "SQLITE_PERM",
        "SQLITE_NOMEM",
    )
    if hasattr(sqlite3, name)
}


def is_environment_error(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return False
    return (code & 0xFF) in _ENVIRONMENT_CODES


# Extended I/O error codes that mean the medium failed to give back what is on it:
# IOERR_READ, IOERR_SHORT_READ, IOERR_FSTAT, IOERR_CORRUPTFS (what EIO becomes).
_READ_FAILURES = {266, 522, 1802, 8458}


def is_read_failure(error: sqlite3.Error, doing: str = "read") -> bool:
    """Whether the error is the disk failing to be read (not the file being damaged):
    any I/O error while reading, and a failed read while changing."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None or code & 0xFF != sqlite3.SQLITE_IOERR:
        return False
    return doing in ("read", "opened") or code in _READ_FAILURES


def storage_error(path: Path, error: sqlite3.Error, doing: str) -> StorageFailure:
    """The environment error (see :func:`is_environment_error`) as the user hears it."""
    if is_read_failure(error, doing):
        return UnreadableWorkbook(path, doing="read", detail=str(error))
    return StorageFailure(path, doing=doing, detail=str(error))


def on_read_only_medium(path: Path) -> bool:
    """Whether the workbook at ``path`` cannot be changed: its folder or the file is on a
    read-only file system, or not ours to write (SQLite needs the folder for its -wal
    and -shm files)."""
    folder = path.resolve().parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        pass
    return not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def connect(path: Path, *, read_only: bool = False, create: bool = False) -> sqlite3.Connection:
    """A raw connection that never creates a file by accident.

    On read-only media SQLite cannot make the ``-shm`` file a WAL workbook needs;
    a workbook with no changes waiting in a ``-wal`` is then opened as immutable
    (nothing can change it there), which reads without any side file.
    """
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = path.resolve().as_uri() + f"?mode={mode}"
    if read_only and on_read_only_medium(path):
        wal = path.with_name(path.name + "-wal")
        if not (wal.exists() and wal.stat().st_size > 0):
            uri += "&immutable=1"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def apply_workbook_pragmas(connection: sqlite3.Connection) -> None:
    """Pragmas for a workbook in daily use.

    WAL lets readers (a backup, an export) work beside the writer;
    ``synchronous = FULL`` syncs the WAL at every commit, so a committed change
    survives a crash of the program and of the machine; ``journal_size_limit``
    gives the WAL's space back after a checkpoint (see :data:`WAL_SIZE_LIMIT`).
    """
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")


def containing(text: str) -> str:
    """A LIKE pattern (used with ``ESCAPE '\\'``) for values that contain ``text`` as
    typed: ``%``, ``_`` and ``\\`` in it match themselves, not any characters."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Database:
    """An open workbook connection. Not shared between threads."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self.connection = connection
        self.path = path
        self._depth = 0
        self.audit = True  # bulk loads (import, demo) switch the audit trail off
        self.read_only = False  # a workbook on read-only media: every change is refused

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Run the block as one transaction; join an enclosing one if there is one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        if self.read_only:
            raise ReadOnlyWorkbook(self.path)
        self._run("BEGIN IMMEDIATE", {}, doing="changed")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            if self.connection.in_transaction:
                self.connection.rollback()
            raise
        self._depth = 0
        self._run("COMMIT", {}, doing="saved")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def execute(self, sql: str, params: Params | None = None) -> sqlite3.Cursor:
        return self._run(sql, params or {}, doing="changed")

    def execute_many(
        self,
        sql: str,
        rows: Sequence[Params | Sequence[Any]] | Iterator[Params | Sequence[Any]],
    ) -> None:
        """``sql`` once per row: named parameters from mappings or ``?`` ones from tuples."""
        try:
            self.connection.executemany(sql, rows)
        except sqlite3.Error as error:
            self._raise(error, "changed")
            raise

    def query(self, sql: str, params: Params | None = None) -> list[sqlite3.Row]:
        return self._run(sql, params or {}, doing="read").fetchall()

    def tuples(self, sql: str, params: Params | None = None) -> Iterator[tuple[Any, ...]]:
        """The rows as plain tuples, one at a time: for large reads, where building a
        ``sqlite3.Row`` per row, or a list of them all, costs more than it brings."""
        cursor = self.connection.cursor()
        cursor.row_factory = None
        try:
            yield from cursor.execute(sql, params or {})
        except sqlite3.Error as error:
            self._raise(error, "read")
            raise
        finally:
            cursor.close()

    def all_tuples(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        """Every row as a plain tuple, fetched at once: for a large read that is used whole
        (a generator's step per row costs a third of reading an export's rows)."""
        cursor = self.connection.cursor()
        cursor.row_factory = None
        try:
            return cursor.execute(sql, params or {}).fetchall()
        except sqlite3.Error as error:
            self._raise(error, "read")
            raise
        finally:
            cursor.close()

    def query_one(self, sql: str, params: Params | None = None) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self._run(sql, params or {}, doing="read").fetchone()
        return row

    def scalar(self, sql: str, params: Params | None = None) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def _run(self, sql: str, params: Params, doing: str) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, params)
        except sqlite3.Error as error:
            self._raise(error, doing)
            raise

    def _raise(self, error: sqlite3.Error, doing: str) -> None:
        if is_environment_error(error):
            raise storage_error(self.path, error, doing) from error

    def close(self) -> None:
        self.connection.close()
