"""A disk that fills up half way (a small tmpfs): every write ends with a clear message, the
workbook is unchanged and still open, and no half-made file is left behind."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from alliance_desk.domain.partners import Organisation
from alliance_desk.reports.briefing import build_briefing
from alliance_desk.store import exchange, records
from alliance_desk.store.errors import StorageFailure, WorkbookError
from alliance_desk.store.workbook import Workbook, open_workbook

DISK = 4 * 1024 * 1024
ROOM = 64 * 1024  # what is left free once the filler is written


def fill_up(folder: Path, room: int = ROOM) -> None:
    """Write a filler file until only ``room`` bytes are free on the file system."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(folder / "filler.bin", "wb") as filler:
        filler.write(b"\0" * max(free - room, 0))


@pytest.fixture
def full(
    small_disk: Callable[[int], Path], small_demo_template: Path, tmp_path: Path
) -> Iterator[Workbook]:
    """The small demo, open, on a disk with little room left."""
    disk = small_disk(DISK)
    path = disk / "Demo.alliance"
    shutil.copyfile(small_demo_template, path)
    workbook = open_workbook(path, disk / "backups")
    fill_up(disk)
    try:
        yield workbook
    finally:
        workbook.close()


def listing(folder: Path) -> set[str]:
    return {item.name for item in folder.iterdir()}


def still_open_and_unchanged(workbook: Workbook, organisations: int) -> None:
    assert records.count(workbook.db, Organisation) == organisations
    assert workbook.db.scalar("PRAGMA quick_check") == "ok"


def test_an_edit_that_does_not_fit_is_refused(full: Workbook) -> None:
    count = records.count(full.db, Organisation)
    before = listing(full.path.parent)

    with pytest.raises(StorageFailure) as refused:
        records.insert(full.db, Organisation(name="Big", notes="x" * 45_000 + "y" * 45_000))

    assert "could not be" in str(refused.value)
    still_open_and_unchanged(full, count)
    assert listing(full.path.parent) <= before | {"Demo.alliance-wal", "Demo.alliance-shm"}
    (full.path.parent / "filler.bin").unlink()
    records.insert(full.db, Organisation(name="Fits now"))  # and it works once there is room


@pytest.mark.parametrize("what", ["backup", "export", "briefing", "import"])
def test_writing_a_file_that_does_not_fit_leaves_nothing(
    full: Workbook, what: str, tmp_path: Path
) -> None:
    disk = full.path.parent
    count = records.count(full.db, Organisation)
    if what == "import":
        source = tmp_path / "export.json"
        exchange.export_workbook(full.db.connection, full.path, source)
    (disk / "backups").mkdir(exist_ok=True)
    before = listing(disk), listing(disk / "backups")

    with pytest.raises(WorkbookError) as refused:
        if what == "backup":
            full.back_up()
        elif what == "export":
            exchange.export_workbook(full.db.connection, full.path, disk / "export.json")
        elif what == "briefing":
            build_briefing(full.db, disk / "briefing.pdf", None, today=dt.date(2026, 3, 31))
            pytest.fail("the briefing fitted; make ROOM smaller")
        else:
            exchange.import_workbook(source, disk / "Imported.alliance")

    assert "No space left" in str(refused.value) or "full" in str(refused.value), refused.value
    assert (listing(disk), listing(disk / "backups")) == before
    still_open_and_unchanged(full, count)
