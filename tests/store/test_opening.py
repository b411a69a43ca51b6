"""Opening a workbook: every file that is not a sound workbook of this version is refused
with its own error, a readable sentence, and the file left byte-identical."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from alliance_desk.domain.partners import Organisation
from alliance_desk.store import backup, records
from alliance_desk.store.db import APPLICATION_ID
from alliance_desk.store.errors import (
    DamagedWorkbook,
    NewerWorkbook,
    NotAWorkbook,
    WorkbookError,
    WorkbookInUse,
    WorkbookNotFound,
)
from alliance_desk.store.lock import lock_path_for
from alliance_desk.store.schema import SCHEMA_VERSION
from alliance_desk.store.workbook import Workbook, inspect_workbook, open_workbook

REPOSITORY = Path(__file__).resolve().parents[2]

BAD_FILES = [
    ("missing", WorkbookNotFound, None),
    ("empty", NotAWorkbook, "empty"),
    ("random", NotAWorkbook, "not_sqlite"),
    ("text", NotAWorkbook, "not_sqlite"),
    ("folder", NotAWorkbook, "folder"),
    ("foreign", NotAWorkbook, "foreign"),
    ("foreign_wal", NotAWorkbook, "foreign"),
    ("newer", NewerWorkbook, None),
]


def _open(path: Path) -> None:
    workbook = open_workbook(path)
    workbook.close()
    raise AssertionError(f"{path} was opened")


def _inspect(path: Path) -> None:
    inspect_workbook(path)


OPENERS = [pytest.param(_open, id="open_workbook"), pytest.param(_inspect, id="inspect_workbook")]


def assert_sentence(error: WorkbookError, path: Path) -> None:
    """One readable English sentence (or two) that names the file."""
    text = str(error)
    assert error.path == path
    assert text.startswith(f"{path}: ")
    assert "\n" not in text
    assert text.endswith(".")
    assert len(text.split()) >= 6
    for jargon in ("Traceback", "sqlite3.", "Error(", "{", "}"):
        assert jargon not in text


class Untouched:
    """Remembers a file (or folder) and its neighbours, to prove nothing changed."""

    def __init__(self, path: Path, tools: SimpleNamespace):
        self.path = path
        self.tools = tools
        self.fingerprint = tools.digest(path) if path.exists() else None
        self.neighbours = tools.listing(path.parent)

    def check(self) -> None:
        now = self.tools.digest(self.path) if self.path.exists() else None
        assert now == self.fingerprint, f"{self.path} changed"
        assert self.tools.listing(self.path.parent) == self.neighbours


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize(("kind", "error_class", "explanation"), BAD_FILES)
def test_a_bad_file_is_refused_and_left_as_it_was(
    make_file: Callable[[str], Path],
    tools: SimpleNamespace,
    opener: Callable[[Path], None],
    kind: str,
    error_class: type[WorkbookError],
    explanation: str | None,
) -> None:
    path = make_file(kind)
    untouched = Untouched(path, tools)

    with pytest.raises(error_class) as caught:
        opener(path)

    assert type(caught.value) is error_class
    assert_sentence(caught.value, path)
    if explanation is not None:
        assert caught.value.params["kind"] == explanation
    untouched.check()


def test_the_newer_workbook_error_gives_both_versions(make_file: Callable[[str], Path]) -> None:
    path = make_file("newer")

    with pytest.raises(NewerWorkbook) as caught:
        open_workbook(path)

    assert caught.value.params == {"found": SCHEMA_VERSION + 1, "supported": SCHEMA_VERSION}
    assert f"file format {SCHEMA_VERSION + 1}" in str(caught.value)


@pytest.mark.parametrize("opener", OPENERS)
def test_a_foreign_wal_database_open_elsewhere_keeps_its_sidecars(
    tmp_path: Path, tools: SimpleNamespace, opener: Callable[[Path], None]
) -> None:
    path = tmp_path / "other.db"
    owner = sqlite3.connect(path, isolation_level=None)
    try:
        owner.execute("PRAGMA journal_mode = WAL")
        owner.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
        owner.execute("INSERT INTO customer (name) VALUES ('Acme')")
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        untouched = Untouched(path, tools)
        wal_before = tools.digest(wal)

        with pytest.raises(NotAWorkbook) as caught:
            opener(path)

        assert caught.value.params["kind"] == "foreign"
        assert_sentence(caught.value, path)
        untouched.check()
        assert tools.digest(wal) == wal_before
        assert owner.execute("SELECT name FROM customer").fetchall() == [("Acme",)]
    finally:
        owner.close()


@pytest.mark.parametrize("opener", OPENERS)
def test_a_damaged_workbook_without_backup_is_refused(
    damaged_path: Path, tools: SimpleNamespace, opener: Callable[[Path], None]
) -> None:
    untouched = Untouched(damaged_path, tools)

    with pytest.raises(DamagedWorkbook) as caught:
        opener(damaged_path)

    assert caught.value.newest_backup is None
    assert_sentence(caught.value, damaged_path)
    assert "No good backup was found" in str(caught.value)
    untouched.check()


@pytest.mark.parametrize("opener", OPENERS)
def test_a_damaged_workbook_names_its_newest_good_backup(
    damaged_with_backup: tuple[Path, Path], tools: SimpleNamespace, opener: Callable[[Path], None]
) -> None:
    path, good = damaged_with_backup
    untouched = Untouched(path, tools)
    backups_before = tools.listing(good.parent)

    with pytest.raises(DamagedWorkbook) as caught:
        opener(path)

    assert caught.value.newest_backup == good
    assert_sentence(caught.value, path)
    assert str(good) in str(caught.value)
    assert "restore" in str(caught.value)
    untouched.check()
    assert tools.listing(good.parent) == backups_before


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(
    filled_path: Path, tools: SimpleNamespace
) -> None:
    with open_workbook(filled_path) as workbook:
        older = backup.take_backup(
            workbook.db.connection, filled_path, workbook.backup_dir, now=dt.datetime(2026, 1, 5)
        )
        newer = backup.take_backup(
            workbook.db.connection, filled_path, workbook.backup_dir, now=dt.datetime(2026, 2, 5)
        )
    tools.damage(newer)
    tools.damage(filled_path)

    with pytest.raises(DamagedWorkbook) as caught:
        open_workbook(filled_path)

    assert caught.value.newest_backup == older
    assert str(newer) not in str(caught.value)


def test_the_damage_report_is_one_line(damaged_path: Path) -> None:
    with pytest.raises(DamagedWorkbook) as caught:
        inspect_workbook(damaged_path, full=True)

    detail = caught.value.params["detail"]
    assert "\n" not in detail
    assert "***" not in detail
    assert detail  # SQLite said what is wrong


def test_a_workbook_open_in_this_process_is_in_use(
    workbook_path: Path, tools: SimpleNamespace
) -> None:
    first = open_workbook(workbook_path)
    try:
        records.insert(first.db, Organisation(name="Written by the first window"))
        untouched = Untouched(workbook_path, tools)
        assert lock_path_for(workbook_path).exists()

        with pytest.raises(WorkbookInUse) as caught:
            open_workbook(workbook_path)

        assert_sentence(caught.value, workbook_path)
        assert f"process {os.getpid()} on {socket.gethostname()}" in str(caught.value)
        untouched.check()
        # The first window still works and still holds the lock.
        records.insert(first.db, Organisation(name="Still writing"))
        assert first.lock.held
    finally:
        first.close()
    assert not lock_path_for(workbook_path).exists()


def test_a_workbook_open_in_another_process_is_in_use(
    workbook_path: Path, tmp_path: Path, tools: SimpleNamespace
) -> None:
    script = tmp_path / "hold.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys, time
            from alliance_desk.store.workbook import open_workbook

            workbook = open_workbook(sys.argv[1])
            print("open", flush=True)
            time.sleep(60)
            """
        ),
        encoding="utf-8",
    )
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    holder = subprocess.Popen(
        [sys.executable, str(script), str(workbook_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        untouched = Untouched(workbook_path, tools)

        with pytest.raises(WorkbookInUse) as caught:
            open_workbook(workbook_path)

        assert f"process {holder.pid}" in str(caught.value)
        untouched.check()
    finally:
        holder.send_signal(signal.SIGKILL if sys.platform != "win32" else signal.SIGTERM)
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    # The holder is gone: the operating system let go of its lock.
    open_workbook(workbook_path).close()


def test_closing_releases_the_lock(workbook_path: Path, tools: SimpleNamespace) -> None:
    neighbours = tools.listing(workbook_path.parent)
    first = open_workbook(workbook_path)
    first.close()
    assert not first.lock.held
    assert tools.listing(workbook_path.parent) == neighbours

    with open_workbook(workbook_path) as second:
        assert second.lock.held
        assert records.count(second.db, Organisation) == 1
    assert tools.listing(workbook_path.parent) == neighbours


def test_a_refusal_releases_the_lock(make_file: Callable[[str], Path]) -> None:
    path = make_file("newer")
    with pytest.raises(NewerWorkbook):
        open_workbook(path)
    # Were the lock still held, this would be WorkbookInUse.
    with pytest.raises(NewerWorkbook):
        open_workbook(path)
    assert not lock_path_for(path).exists()


def test_an_open_workbook_has_the_daily_pragmas(workbook: Workbook) -> None:
    db = workbook.db
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA application_id") == APPLICATION_ID
    assert db.scalar("PRAGMA user_version") == SCHEMA_VERSION


def test_inspect_reports_the_version_and_leaves_no_files(
    workbook_path: Path, tools: SimpleNamespace
) -> None:
    untouched = Untouched(workbook_path, tools)
    assert inspect_workbook(workbook_path) == SCHEMA_VERSION
    assert inspect_workbook(workbook_path, full=True) == SCHEMA_VERSION
    untouched.check()


def test_opening_without_the_page_check_still_refuses_what_is_not_a_workbook(
    tmp_path: Path, damaged_path: Path
) -> None:
    # The page check is left to the caller (the app runs it in the background) ...
    with open_workbook(damaged_path, check_pages=False) as workbook:
        assert workbook.db.scalar("PRAGMA user_version") == SCHEMA_VERSION
    with pytest.raises(DamagedWorkbook):
        inspect_workbook(damaged_path)
    # ... but what the file is, is always checked.
    text = tmp_path / "notes.alliance"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(NotAWorkbook):
        open_workbook(text, check_pages=False)
