"""Temporary files of killed runs are removed the next time their folder is used, and only
when the process that made them is gone (its id is in their names). The Windows decision
(OpenProcess, never os.kill) is tested here with a stand-in for kernel32."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desk.store import exchange
from alliance_desk.store.workbook import create_workbook, open_workbook


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


class FakeKernel:
    """Stands in for kernel32: ``processes`` maps a pid to its exit code (259 while it runs);
    ``others`` are pids of another user's processes (OpenProcess: access denied)."""

    def __init__(self, processes: dict[int, int], others: frozenset[int] = frozenset()):
        self.processes = processes
        self.others = others
        self.error = 0
        self.open: set[int] = set()

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:  # noqa: N802
        assert access == 0x1000 and not inherit  # only asks, never takes rights
        if pid in self.others:
            self.error = 5  # ERROR_ACCESS_DENIED
            return 0
        if pid not in self.processes:
            self.error = 87  # ERROR_INVALID_PARAMETER
            return 0
        self.open.add(pid + 10_000)
        return pid + 10_000

    def GetLastError(self) -> int:  # noqa: N802
        return self.error

    def GetExitCodeProcess(self, handle: int, code: object) -> int:  # noqa: N802
        import ctypes

        ctypes.cast(code, ctypes.POINTER(ctypes.c_ulong))[0] = self.processes[handle - 10_000]
        return 1

    def CloseHandle(self, handle: int) -> int:  # noqa: N802
        self.open.remove(handle)
        return 1


@pytest.mark.parametrize(
    ("pid", "gone"),
    [
        (4242, False),  # running
        (4243, True),  # ended, its handle still held somewhere
        (4244, True),  # no such process
        (4245, False),  # another user's: it exists
    ],
)
def test_the_windows_decision_asks_openprocess_never_kills(pid: int, gone: bool) -> None:
    from alliance_desk.store.files import _process_gone

    kernel = FakeKernel({4242: 259, 4243: 0}, others=frozenset({4245}))
    assert _process_gone(pid, platform="win32", kernel=kernel) is gone
    assert kernel.open == set()  # every handle opened was closed


def test_on_windows_this_process_is_never_gone() -> None:
    import os

    from alliance_desk.store.files import _process_gone

    assert not _process_gone(os.getpid(), platform="win32", kernel=FakeKernel({}))
