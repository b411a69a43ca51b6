"""A disk that fails to give the workbook back (a damaged sector, a stick pulled out): SQLite
reports an I/O error, which is named as such, never as a damaged workbook (a user told
"damaged" may restore a backup over good data). Exports and briefings that fail half way
leave no file. The failing disk is made by the ``failing_disk`` fixture (see conftest)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from alliance_desk.__main__ import main
from alliance_desk.domain.partners import Organisation
from alliance_desk.store import db as db_module
from alliance_desk.store import exchange, records
from alliance_desk.store import workbook as workbook_module
from alliance_desk.store.errors import DamagedWorkbook, UnreadableWorkbook
from alliance_desk.store.workbook import Workbook, inspect_workbook, open_workbook

MEDIUM = "could not be read from the disk"


def test_a_failing_read_is_named_as_the_disk_and_the_next_one_too(
    filled_path: Path, failing_disk: Any
) -> None:
    with open_workbook(filled_path) as workbook:
        before = workbook.db.query("SELECT * FROM organisation ORDER BY id")
        workbook.db.execute("PRAGMA cache_size = 1")  # every page comes from the disk
        failing_disk.fail(filled_path)
        for _ in range(2):
            with pytest.raises(UnreadableWorkbook) as raised:
                workbook.db.query("SELECT * FROM organisation ORDER BY id")
            assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
            assert raised.value.__cause__.sqlite_errorname == "SQLITE_IOERR_READ"
            assert MEDIUM in str(raised.value)
            assert "may be damaged or was removed" in str(raised.value)
        with pytest.raises(UnreadableWorkbook):
            with workbook.db.transaction():
                records.insert(workbook.db, Organisation(name="Lost on the way"))
        failing_disk.heal()  # the stick is back: everything is there, nothing was added
        assert [
            tuple(row) for row in workbook.db.query("SELECT * FROM organisation ORDER BY id")
        ] == [tuple(row) for row in before]


@pytest.fixture
def disk_fails_on_connect(monkeypatch: pytest.MonkeyPatch, failing_disk: Any) -> None:
    """Every connection made to a workbook finds its disk failing right after opening."""
    real = db_module.connect

    def connect(path: Path, **options: Any) -> sqlite3.Connection:
        connection = real(path, **options)
        connection.execute("PRAGMA cache_size = 1")
        failing_disk.fail(path)
        return connection

    monkeypatch.setattr(workbook_module, "connect", connect)


@pytest.mark.usefixtures("disk_fails_on_connect")
def test_the_check_of_an_unreadable_workbook_does_not_call_it_damaged(filled_path: Path) -> None:
    with pytest.raises(UnreadableWorkbook) as raised:
        inspect_workbook(filled_path, full=True)
    assert not isinstance(raised.value, DamagedWorkbook)


@pytest.mark.usefixtures("disk_fails_on_connect")
def test_the_check_command_prints_one_line_and_exits_1(
    filled_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(filled_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and MEDIUM in err and "damaged (" not in err


def _fail_after(monkeypatch: pytest.MonkeyPatch, disk: Any, workbook: Workbook, reads: int) -> None:
    """The disk fails after ``reads`` queries through the workbook's Database."""
    real = type(workbook.db)._run
    seen = [0]

    def run(self: Any, sql: str, params: Any, doing: str) -> Any:
        seen[0] += 1
        if seen[0] == reads + 1:
            self.connection.execute("PRAGMA cache_size = 1")
            self.connection.execute("PRAGMA shrink_memory")
            disk.fail(self.path)
        return real(self, sql, params, doing)

    monkeypatch.setattr(type(workbook.db), "_run", run)


def test_an_export_that_cannot_read_half_way_leaves_no_file(
    small_demo_path: Path, failing_disk: Any, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    with open_workbook(small_demo_path) as workbook:
        workbook.db.execute("PRAGMA cache_size = 1")

        def progress(done: int, total: int) -> None:
            if done == total // 2:
                workbook.db.connection.execute("PRAGMA shrink_memory")
                failing_disk.fail(small_demo_path)

        with pytest.raises(UnreadableWorkbook):
            exchange.export_workbook(workbook.db.connection, workbook.path, target, progress)
        failing_disk.heal()
    assert list(target.parent.iterdir()) == []


def test_a_briefing_that_cannot_read_half_way_leaves_no_file(
    small_demo_path: Path,
    failing_disk: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from alliance_desk import cli

    # How many reads a whole briefing takes, to fail at half of them.
    counted: list[int] = []
    real_run = db_module.Database._run

    def counting(self: Any, sql: str, params: Any, doing: str) -> Any:
        counted.append(1)
        return real_run(self, sql, params, doing)

    command = ["briefing", str(small_demo_path), "-o"]
    with monkeypatch.context() as patch:
        patch.setattr(db_module.Database, "_run", counting)
        assert main([*command, str(tmp_path / "whole.pdf")]) == 0
    capsys.readouterr()

    real_opened = cli._opened

    def opened(path: Path, backup_dir: Path | None) -> Workbook:
        workbook = real_opened(path, backup_dir)
        _fail_after(monkeypatch, failing_disk, workbook, len(counted) // 2)
        return workbook

    monkeypatch.setattr(cli, "_opened", opened)
    target = tmp_path / "out"
    target.mkdir()
    assert main([*command, str(target / "briefing.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and MEDIUM in err
    assert list(target.iterdir()) == []
