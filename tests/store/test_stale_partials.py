"""Temporary files of killed runs are removed the next time their folder is used, and only
when the process that made them is gone (its id is in their names)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desk.store import exchange
from alliance_desk.store.workbook import create_workbook, open_workbook

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="process ids are checked on POSIX")


def gone_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def leftovers(folder: Path, name: str, pid: int) -> list[Path]:
    made = [
        folder / f".{name}.{pid}.partial",
        folder / f".{name}.{pid}.partial-journal",
        folder / f".{name}.{pid}.partial-wal",
        folder / f".{name}.{pid}.partial-shm",
        folder / f".{name}.{pid}.140234.partial",
        folder / f".{name}.{pid}.140234.partial-journal",
        folder / f".{name}.{pid}.restoring",
    ]
    for path in made:
        path.write_bytes(b"half made " * 100)
    return made


def test_opening_a_workbook_removes_stale_leftovers_beside_it_and_its_backups(
    workbook_path: Path,
) -> None:
    folder, backups = workbook_path.parent, workbook_path.parent / "backups"
    backups.mkdir()
    dead, alive = gone_pid(), subprocess.Popen([sys.executable, "-c", "input()"], stdin=-1)
    try:
        stale = leftovers(folder, workbook_path.name, dead) + leftovers(backups, "Partners", dead)
        running = leftovers(folder, workbook_path.name, alive.pid)
        mine = leftovers(backups, "Partners-x", __import__("os").getpid())
        other = folder / "notes.partial"
        other.write_text("not ours", encoding="utf-8")

        with open_workbook(workbook_path, backups):
            pass

        assert [path for path in stale if path.exists()] == []
        assert [path for path in running + mine + [other] if not path.exists()] == []
    finally:
        alive.communicate(b"\n")


def test_an_import_removes_the_leftovers_of_a_killed_import(tmp_path: Path) -> None:
    source_book = create_workbook(tmp_path / "Seed.alliance")
    with open_workbook(source_book) as workbook:
        exchange.export_workbook(workbook.db.connection, workbook.path, tmp_path / "seed.json")
    target_folder = tmp_path / "target"
    target_folder.mkdir()
    stale = leftovers(target_folder, "Imported.alliance", gone_pid())

    exchange.import_workbook(tmp_path / "seed.json", target_folder / "Imported.alliance")

    assert sorted(path.name for path in target_folder.iterdir()) == ["Imported.alliance"]
    assert not any(path.exists() for path in stale)
