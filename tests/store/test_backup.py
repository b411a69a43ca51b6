"""Backups: verified single files, named by time, rotated, and restored on request."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from alliance_desk.domain.partners import Organisation
from alliance_desk.store import backup, records
from alliance_desk.store.backup import BackupFile, backups_to_remove
from alliance_desk.store.errors import (
    DamagedWorkbook,
    NewerWorkbook,
    NotAWorkbook,
    WorkbookInUse,
    WorkbookNotFound,
)
from alliance_desk.store.lock import lock_path_for
from alliance_desk.store.schema import SCHEMA_VERSION
from alliance_desk.store.workbook import Workbook, inspect_workbook, open_workbook, restore_backup


def organisation_names(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM organisation")}
    finally:
        connection.close()


def journal_mode(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        connection.close()


def add(path: Path, *names: str) -> None:
    with open_workbook(path) as workbook:
        for name in names:
            records.insert(workbook.db, Organisation(name=name))


# --- taking backups ------------------------------------------------------------------------


def test_back_up_writes_a_verified_single_file(workbook: Workbook) -> None:
    records.insert(workbook.db, Organisation(name="Only in the WAL so far"))

    taken = workbook.back_up()

    assert taken.parent == workbook.backup_dir == workbook.path.with_name("Partners-backups")
    assert taken.name.startswith("Partners-") and taken.suffix == ".alliance"
    assert backup.verify(taken) is None
    assert journal_mode(taken) != "wal"
    assert taken.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL, in the header
    assert not taken.with_name(taken.name + "-wal").exists()
    assert "Only in the WAL so far" in organisation_names(taken)
    assert [item.name for item in taken.parent.iterdir()] == [taken.name]
    assert inspect_workbook(taken, full=True) == SCHEMA_VERSION


def test_back_up_with_a_label(workbook: Workbook) -> None:
    taken = workbook.back_up("manual")

    (listed,) = backup.list_backups(workbook.path)
    assert listed.path == taken
    assert listed.label == "manual"
    assert taken.name.endswith("-manual.alliance")


def test_backup_names_sort_by_time(workbook: Workbook) -> None:
    moments = [
        dt.datetime(2026, 3, 2, 10, 0, 0),
        dt.datetime(2025, 12, 31, 23, 59, 59),
        dt.datetime(2026, 1, 15, 9, 5, 7),
        dt.datetime(2026, 1, 15, 9, 5, 8),
        dt.datetime(2026, 11, 1, 0, 0, 0),
    ]
    taken = {
        moment: backup.take_backup(
            workbook.db.connection, workbook.path, workbook.backup_dir, now=moment
        )
        for moment in moments
    }

    by_name = sorted(taken.values(), key=lambda path: path.name)
    assert by_name == [taken[moment] for moment in sorted(moments)]
    listed = backup.list_backups(workbook.path)
    assert [item.path for item in listed] == by_name[::-1]  # newest first
    assert [item.taken_at for item in listed] == sorted(moments, reverse=True)


def test_two_backups_in_the_same_second_are_two_files(workbook: Workbook) -> None:
    moment = dt.datetime(2026, 4, 1, 12, 0, 0)
    records.insert(workbook.db, Organisation(name="Before the first"))
    first = backup.take_backup(
        workbook.db.connection, workbook.path, workbook.backup_dir, now=moment
    )
    records.insert(workbook.db, Organisation(name="Between the two"))
    second = backup.take_backup(
        workbook.db.connection, workbook.path, workbook.backup_dir, now=moment
    )

    assert first != second
    assert first.exists() and second.exists()
    assert backup.verify(first) is None and backup.verify(second) is None
    assert "Between the two" not in organisation_names(first)
    assert "Between the two" in organisation_names(second)
    assert {item.path for item in backup.list_backups(workbook.path)} == {first, second}


def test_taking_backups_rotates_old_ones(workbook: Workbook) -> None:
    start = dt.datetime(2026, 6, 1, 8, 0, 0)
    taken = [
        backup.take_backup(
            workbook.db.connection,
            workbook.path,
            workbook.backup_dir,
            now=start + dt.timedelta(minutes=minute),
        )
        for minute in range(12)
    ]

    kept = {item.path for item in backup.list_backups(workbook.path)}
    assert kept == set(taken[2:])
    assert not taken[0].exists() and not taken[1].exists()


def test_no_partial_file_is_left_behind(workbook: Workbook) -> None:
    workbook.back_up()
    workbook.back_up()

    assert not [item for item in workbook.backup_dir.iterdir() if item.suffix != ".alliance"]


# --- rotation rules ------------------------------------------------------------------------


def synthetic(*moments: dt.datetime) -> list[BackupFile]:
    return [
        BackupFile(Path(f"B-{moment:%Y%m%d-%H%M%S}.alliance"), moment, None) for moment in moments
    ]


def removed_names(backups: list[BackupFile], **limits: int) -> set[str]:
    return {item.path.name for item in backups_to_remove(backups, **limits)}


NOON = dt.datetime(2026, 6, 30, 12, 0, 0)


def test_rotation_of_nothing() -> None:
    assert backups_to_remove([]) == []


def test_rotation_keeps_ten_backups_of_one_day() -> None:
    ten = synthetic(*(NOON + dt.timedelta(minutes=minute) for minute in range(10)))

    assert backups_to_remove(ten) == []


def test_rotation_removes_the_eleventh_backup_of_one_day() -> None:
    eleven = synthetic(*(NOON + dt.timedelta(minutes=minute) for minute in range(11)))

    assert [item.taken_at for item in backups_to_remove(eleven)] == [NOON]


def test_rotation_keeps_the_newest_of_each_day_beyond_the_ten() -> None:
    # 12 backups today, then one at 09:00 and one at 18:00 on each of the two days before.
    today = [NOON + dt.timedelta(minutes=minute) for minute in range(12)]
    yesterday = [
        NOON.replace(hour=9) - dt.timedelta(days=1),
        NOON.replace(hour=18) - dt.timedelta(days=1),
    ]
    before = [
        NOON.replace(hour=9) - dt.timedelta(days=2),
        NOON.replace(hour=18) - dt.timedelta(days=2),
    ]
    backups = synthetic(*today, *yesterday, *before)

    removed = {item.taken_at for item in backups_to_remove(backups)}

    assert removed == {today[0], today[1], yesterday[0], before[0]}


def test_rotation_keeps_thirty_days_that_have_backups() -> None:
    one_a_day = synthetic(*(NOON - dt.timedelta(days=day) for day in range(45)))

    removed = {item.taken_at for item in backups_to_remove(one_a_day)}

    assert removed == {NOON - dt.timedelta(days=day) for day in range(30, 45)}


def test_rotation_counts_days_with_backups_not_calendar_days() -> None:
    # A backup every hundred days: each is the newest of its day, the 30 newest days are kept.
    sparse = synthetic(*(NOON - dt.timedelta(days=100 * step) for step in range(33)))

    removed = {item.taken_at for item in backups_to_remove(sparse)}

    assert removed == {NOON - dt.timedelta(days=100 * step) for step in (30, 31, 32)}


def test_rotation_days_change_at_midnight() -> None:
    late = dt.datetime(2026, 6, 29, 23, 59, 59)
    early = dt.datetime(2026, 6, 30, 0, 0, 0)
    backups = synthetic(late - dt.timedelta(hours=1), late, early)

    assert removed_names(backups, keep_recent=1, keep_daily=2) == {
        f"B-{late - dt.timedelta(hours=1):%Y%m%d-%H%M%S}.alliance"
    }
    assert removed_names(backups, keep_recent=1, keep_daily=1) == {
        f"B-{late - dt.timedelta(hours=1):%Y%m%d-%H%M%S}.alliance",
        f"B-{late:%Y%m%d-%H%M%S}.alliance",
    }


def test_rotation_with_small_limits() -> None:
    a, b, c, d, e = (
        dt.datetime(2026, 6, 30, 15),
        dt.datetime(2026, 6, 30, 10),
        dt.datetime(2026, 6, 29, 20),
        dt.datetime(2026, 6, 29, 8),
        dt.datetime(2026, 6, 27, 8),
    )
    backups = synthetic(a, b, c, d, e)

    # keep 2 newest (a, b) + newest of 2 days (a, c): d and e go.
    assert {item.taken_at for item in backups_to_remove(backups, keep_recent=2, keep_daily=2)} == {
        d,
        e,
    }
    # keep 0 newest + newest of 3 days (a, c, e).
    assert {item.taken_at for item in backups_to_remove(backups, keep_recent=0, keep_daily=3)} == {
        b,
        d,
    }


def test_rotation_does_not_depend_on_the_order_given() -> None:
    backups = synthetic(*(NOON - dt.timedelta(hours=7 * step) for step in range(200)))
    shuffled = backups[:]
    random.Random(3).shuffle(shuffled)

    assert set(backups_to_remove(shuffled)) == set(backups_to_remove(backups))
    kept = set(backups) - set(backups_to_remove(backups))
    assert len(kept) < len(backups)
    assert max(backups, key=lambda item: item.taken_at) in kept


# --- restoring -----------------------------------------------------------------------------


def test_restore_brings_back_the_content_and_keeps_what_was_there(
    workbook_path: Path, tools: SimpleNamespace
) -> None:
    add(workbook_path, "Before the backup")
    with open_workbook(workbook_path) as workbook:
        chosen = workbook.back_up()
    add(workbook_path, "After the backup")
    neighbours = tools.listing(workbook_path.parent)

    kept = restore_backup(workbook_path, chosen)

    names = organisation_names(workbook_path)
    assert "Before the backup" in names and "After the backup" not in names
    assert kept is not None and kept.parent == chosen.parent
    (listed,) = [item for item in backup.list_backups(workbook_path) if item.path == kept]
    assert listed.label == "before-restore"
    assert {"Before the backup", "After the backup"} <= organisation_names(kept)
    assert backup.verify(kept) is None
    assert chosen.exists()
    assert tools.listing(workbook_path.parent) == neighbours  # no lock, no sidecars
    with open_workbook(workbook_path) as reopened:
        assert records.count(reopened.db, Organisation) == 2


def test_restore_of_a_damaged_workbook_moves_it_aside(
    damaged_with_backup: tuple[Path, Path], tools: SimpleNamespace
) -> None:
    path, good = damaged_with_backup
    damaged_digest = tools.digest(path)

    kept = restore_backup(path, good)

    assert kept is not None
    assert kept.parent == path.parent
    assert kept.name.startswith("Filled.damaged-") and kept.name.endswith(".alliance")
    assert tools.digest(kept) == damaged_digest
    assert inspect_workbook(path, full=True) == SCHEMA_VERSION
    assert organisation_names(path) == organisation_names(good)
    assert tools.listing(path.parent) == {path.name, kept.name, good.parent.name}


def test_restore_of_the_oldest_kept_backup(workbook_path: Path, tools: SimpleNamespace) -> None:
    """Keeping the current content takes a backup; its rotation must not lose the chosen one."""
    with open_workbook(workbook_path) as workbook:
        for second in range(10):
            records.insert(workbook.db, Organisation(name=f"Version {second}"))
            backup.take_backup(
                workbook.db.connection,
                workbook_path,
                workbook.backup_dir,
                now=dt.datetime(2026, 1, 5, 9, 0, second),
            )
    oldest = backup.list_backups(workbook_path)[-1].path
    assert "Version 1" not in organisation_names(oldest)

    kept = restore_backup(workbook_path, oldest)

    assert kept is not None and "Version 9" in organisation_names(kept)
    assert "Version 0" in organisation_names(workbook_path)
    assert "Version 1" not in organisation_names(workbook_path)


@pytest.mark.parametrize(
    ("kind", "error_class"),
    [("damaged", DamagedWorkbook), ("foreign", NotAWorkbook), ("newer", NewerWorkbook)],
)
def test_restore_refuses_a_bad_backup_and_leaves_the_workbook(
    workbook_path: Path,
    filled_path: Path,
    make_file: Callable[[str], Path],
    tools: SimpleNamespace,
    kind: str,
    error_class: type[Exception],
) -> None:
    add(workbook_path, "Current content")
    if kind == "damaged":
        with open_workbook(filled_path) as filled:
            chosen = filled.back_up()
        tools.damage(chosen)
    else:
        chosen = make_file(kind)
    workbook_digest = tools.digest(workbook_path)
    chosen_digest = tools.digest(chosen)
    neighbours = tools.listing(workbook_path.parent)

    with pytest.raises(error_class) as caught:
        restore_backup(workbook_path, chosen)

    assert str(chosen) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert tools.digest(workbook_path) == workbook_digest
    assert tools.digest(chosen) == chosen_digest
    assert tools.listing(workbook_path.parent) == neighbours
    assert backup.list_backups(workbook_path) == []  # no before-restore backup either


def test_restore_refuses_a_missing_backup(workbook_path: Path, tools: SimpleNamespace) -> None:
    digest = tools.digest(workbook_path)
    missing = workbook_path.with_name("nowhere.alliance")

    with pytest.raises(WorkbookNotFound, match="there is no such file") as caught:
        restore_backup(workbook_path, missing)

    assert caught.value.path == missing
    assert tools.digest(workbook_path) == digest


def test_restore_refuses_while_the_workbook_is_open(workbook: Workbook) -> None:
    records.insert(workbook.db, Organisation(name="Kept"))
    chosen = workbook.back_up()
    records.insert(workbook.db, Organisation(name="Also kept"))
    backups_before = backup.list_backups(workbook.path)

    with pytest.raises(WorkbookInUse) as caught:
        restore_backup(workbook.path, chosen)

    assert str(workbook.path) in str(caught.value)
    assert backup.list_backups(workbook.path) == backups_before
    assert workbook.lock.held and lock_path_for(workbook.path).exists()
    records.insert(workbook.db, Organisation(name="Still usable"))
    assert {"Kept", "Also kept", "Still usable"} <= {
        item.name for item in records.select(workbook.db, Organisation)
    }


def test_restore_into_a_new_place(workbook_path: Path, tmp_path: Path) -> None:
    add(workbook_path, "Travels")
    with open_workbook(workbook_path) as workbook:
        chosen = workbook.back_up()
    target = tmp_path / "elsewhere" / "Copy.alliance"
    target.parent.mkdir()

    kept = restore_backup(target, chosen)

    assert kept is None
    assert "Travels" in organisation_names(target)
    assert inspect_workbook(target, full=True) == SCHEMA_VERSION


def test_placing_without_hard_links_still_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from alliance_desk.store.files import place_new_file

    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)  # as on a FAT memory stick
    finished = tmp_path / "finished"
    finished.write_bytes(b"new")
    taken = tmp_path / "taken"
    taken.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        place_new_file(finished, taken)
    assert taken.read_bytes() == b"precious"
    place_new_file(finished, tmp_path / "free")
    assert (tmp_path / "free").read_bytes() == b"new"
    assert not finished.exists()
