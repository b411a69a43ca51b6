"""Errors a person can act on: each says what is wrong with which file and what to do.

Every class has an English ``str()``; the user interface translates by class
and ``params``. Anything that is not a :class:`WorkbookError` is a bug.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class WorkbookError(Exception):
    """Base of all problems with a workbook file or its environment."""

    template = "{path}: {detail}"

    def __init__(self, path: Path | str, **params: Any):
        self.path = Path(path)
        self.params = params
        super().__init__(self.template.format(path=self.path, **params))


class WorkbookNotFound(WorkbookError):
    template = "{path}: there is no such file."


class WorkbookExists(WorkbookError):
    template = "{path}: the file already exists; choose another name (nothing was overwritten)."


class NotAWorkbook(WorkbookError):
    """``kind`` is one of ``empty``, ``folder``, ``not_sqlite``, ``foreign``."""

    template = "{path}: {explanation}"

    explanations = {
        "empty": "the file is empty, so it is not an alliance_desk workbook.",
        "folder": "this is a folder, not an alliance_desk workbook.",
        "not_sqlite": "this is not an alliance_desk workbook (it is not an SQLite database).",
        "foreign": (
            "this SQLite database was not made by alliance_desk, so it is not opened "
            "(nothing was changed)."
        ),
    }

    def __init__(self, path: Path | str, kind: str):
        super().__init__(path, kind=kind, explanation=self.explanations[kind])


class NewerWorkbook(WorkbookError):
    template = (
        "{path}: this workbook was saved by a newer alliance_desk (file format {found}; "
        "this version reads up to {supported}). Update alliance_desk to open it; "
        "the file was not changed."
    )


class DamagedWorkbook(WorkbookError):
    template = "{path}: the workbook is damaged ({detail}). {advice}"

    def __init__(self, path: Path | str, detail: str, newest_backup: Path | None):
        if newest_backup is None:
            advice = "No good backup was found; the file was left as it is."
        else:
            advice = (
                f"The newest good backup is {newest_backup}; restore it with "
                f'\'alliance-desk restore "{path}" "{newest_backup}"\'.'
            )
        self.newest_backup = newest_backup
        super().__init__(path, detail=detail, advice=advice)


class WorkbookInUse(WorkbookError):
    template = (
        "{path}: the workbook is already open in another alliance_desk window "
        "({holder}). Close it there first; nothing was changed."
    )


class StorageFailure(WorkbookError):
    """The disk or the operating system refused: full disk, no permission, I/O error."""

    template = "{path}: the workbook could not be {doing}: {detail}. Nothing was lost."


class UnreadableWorkbook(StorageFailure):
    """Reading the file from its medium failed (a damaged sector, a stick pulled out): the
    file may well be sound, so it is not called damaged."""

    template = (
        "{path}: the workbook could not be read from the disk: {detail}; the medium may be "
        "damaged or was removed. Nothing was changed."
    )


class BackupFailure(WorkbookError):
    template = "{path}: {detail}"


class RecordNotFound(WorkbookError):
    template = "{path}: there is no {table} number {record_id} (it may have been deleted)."


class ExchangeError(WorkbookError):
    """A workbook export (JSON) that cannot be imported; ``detail`` says why."""

    template = "{path}: {detail}"


class ReadOnlyWorkbook(WorkbookError):
    """The workbook is on read-only media (a locked stick, a read-only share or folder)."""

    template = (
        "{path}: this workbook is on read-only media: changes cannot be saved. "
        "Copy it to a writable folder to change it."
    )


class DamagedJournal(WorkbookError):
    """The ``-wal`` a crash left is damaged: the changes after the damage are lost.

    ``copy`` is where the journal is kept (empty when it was only looked at)."""

    template = (
        "{path}: the last changes could not be recovered after a crash: the workbook's "
        "journal (its -wal file, last written {written_at}) is damaged, and {lost} saved "
        "change(s) after the damage are lost. {advice}"
    )

    def __init__(self, path: Path | str, lost: int, written_at: str, copy: Path | None):
        if copy is None:
            advice = (
                "Opening the workbook keeps every change before the damage and a copy of "
                "the journal."
            )
        else:
            advice = f"Every change before the damage is there; a copy of the journal is in {copy}."
        super().__init__(
            path, lost=lost, written_at=written_at, copy=str(copy or ""), advice=advice
        )
