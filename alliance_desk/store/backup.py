"""Backups made with SQLite's backup API, verified, rotated, and restored on request.

A backup is never a copy of the live file (which may sit half in its WAL):
SQLite's online backup copies a consistent snapshot page by page. Each
backup is written under a temporary name, checked with ``integrity_check``
and only then given its final name, so every file in the backups folder is
known to be good. Rotation keeps the most recent backups plus one a day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from alliance_desk.store.db import APPLICATION_ID, connect, is_environment_error, storage_error
from alliance_desk.store.errors import BackupFailure, StorageFailure
from alliance_desk.store.files import place_new_file, remove_stale_partials

KEEP_RECENT = 10
KEEP_DAILY = 30
SUFFIX = ".alliance"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<label>[a-z0-9-]+))?\.alliance$")


@dataclasses.dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    label: str | None


def default_backup_dir(workbook: Path) -> Path:
    """Backups live beside the workbook, in ``NAME-backups``, so they travel with it."""
    return workbook.with_name(workbook.stem + "-backups")


def list_backups(workbook: Path, backup_dir: Path | None = None) -> list[BackupFile]:
    """This workbook's backups, newest first."""
    folder = backup_dir or default_backup_dir(workbook)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == workbook.stem:
            taken_at = dt.datetime.strptime(match["stamp"], _STAMP)
            found.append(BackupFile(path, taken_at, match["label"]))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)


def backups_to_remove(
    backups: list[BackupFile], keep_recent: int = KEEP_RECENT, keep_daily: int = KEEP_DAILY
) -> list[BackupFile]:
    """Rotation: keep the ``keep_recent`` newest, and the newest of each of the last
    ``keep_daily`` days that have backups; everything else may go."""
    newest_first = sorted(backups, key=lambda backup: backup.taken_at, reverse=True)
    keep = {backup.path for backup in newest_first[:keep_recent]}
    days: set[dt.date] = set()
    for backup in newest_first:
        day = backup.taken_at.date()
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(backup.path)
    return [backup for backup in newest_first if backup.path not in keep]


def describe_problems(rows: list[str], limit: int = 3) -> str:
    """SQLite's check report on one line.

    A row of ``quick_check``/``integrity_check`` may hold several lines, the
    first being a heading (``*** in database main ***``); messages show the
    problems themselves, separated by semicolons.
    """
    lines = [line.strip() for row in rows for line in row.splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")]
    return "; ".join(problems[:limit])


def verify(path: Path) -> str | None:
    """None when ``path`` is a sound alliance_desk workbook, else what is wrong."""
    try:
        connection = connect(path, read_only=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "not an alliance_desk workbook"
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        return None if result == ["ok"] else describe_problems(result)
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()


Progress = Callable[[int, int], None]  # (pages done, pages in all); may raise to cancel
PAGES_PER_STEP = 1024


def copy_database(
    source: sqlite3.Connection, target: Path, progress: Progress | None = None
) -> None:
    """Write a consistent snapshot of ``source`` to a new single file at ``target``.

    ``progress`` is told how far the copy is; an exception it raises stops the copy.
    """
    destination = sqlite3.connect(target)
    try:
        if progress is None:
            source.backup(destination)
        else:
            source.backup(
                destination,
                pages=PAGES_PER_STEP,
                progress=lambda _status, remaining, total: progress(total - remaining, total),
            )
        # A backup is one self-contained file: no WAL beside it.
        destination.execute("PRAGMA journal_mode = DELETE")
        destination.commit()
    finally:
        destination.close()
    _fsync(target)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def take_backup(
    source: sqlite3.Connection,
    workbook: Path,
    backup_dir: Path | None = None,
    label: str | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Back up the open workbook, verify the copy, rotate old copies; return the new path."""
    folder = backup_dir or default_backup_dir(workbook)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    name = f"{workbook.stem}-{stamp}" + (f"-{label}" if label else "")
    # A name of its own for the copy in progress: backups may run side by side
    # (a daily one in the background, one asked for, one from the command line).
    partial = folder / f".{name}.{os.getpid()}.{threading.get_ident()}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(folder)
        partial.unlink(missing_ok=True)
        try:
            copy_database(source, partial, progress)
        except BaseException:  # a failure or a cancel leaves no half-made backup
            partial.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StorageFailure(
            workbook, doing="backed up", detail=error.strerror or str(error)
        ) from error
    except sqlite3.Error as error:
        if not is_environment_error(error):
            raise
        # A full disk (or a vanished folder) while SQLite writes the copy.
        raise storage_error(workbook, error, "backed up") from error
    problem = verify(partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise BackupFailure(workbook, detail=f"the backup could not be verified ({problem})")
    try:
        target = _place(partial, folder, name)
    finally:
        partial.unlink(missing_ok=True)
    for old in backups_to_remove(list_backups(workbook, folder)):
        old.path.unlink(missing_ok=True)
    return target


def _place(partial: Path, folder: Path, name: str) -> Path:
    """Give the verified copy its final name; a link never replaces another backup."""
    counter = 1
    while True:
        target = folder / (f"{name}-{counter}{SUFFIX}" if counter > 1 else f"{name}{SUFFIX}")
        try:
            place_new_file(partial, target)
        except FileExistsError:
            counter += 1
            continue
        return target


def newest_good_backup(workbook: Path, backup_dir: Path | None = None) -> Path | None:
    for backup in list_backups(workbook, backup_dir):
        if verify(backup.path) is None:
            return backup.path
    return None
