"""Putting a finished file under its final name: never replacing another file
(:func:`place_new_file`), or replacing it only once the new one is complete
(:func:`replacing`); and removing what killed runs left half made
(:func:`remove_stale_partials`)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol


def place_new_file(finished: Path, target: Path) -> None:
    """Make ``finished`` appear as ``target`` in one step; FileExistsError if it exists.

    A hard link does both at once. File systems without hard links (FAT and
    exFAT memory sticks) get the name reserved first with an exclusive create,
    then the finished file moved over the reservation.
    """
    try:
        os.link(finished, target)
        return
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (
            errno.EPERM,
            errno.EOPNOTSUPP,
            errno.ENOTSUP,
            errno.EXDEV,
            errno.EMLINK,
            errno.EACCES,
        ):
            raise
    reservation = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.close(reservation)
    os.replace(finished, target)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A hidden partial file beside ``target`` for the block to write.

    When the block ends without an error the partial is synced to disk and takes
    ``target``'s name (replacing a file there); it is removed in any case, so a
    failure or a cancel leaves nothing half-written and the old file as it was.
    """
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        yield partial
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


# Half-made files carry the id of the process making them: ".NAME.PID.partial" (exports,
# imports, new workbooks, replaced files), ".NAME.PID.THREAD.partial" (backups) and
# ".NAME.PID.restoring", each perhaps with SQLite's -journal, -wal or -shm beside it.
_PARTIAL = re.compile(
    r"^\..+?\.(?P<pid>\d+)(?:\.\d+)?\.(?:partial|restoring)(?:-journal|-wal|-shm)?$"
)


# Windows: OpenProcess refuses an id no process has (ERROR_INVALID_PARAMETER) and one of
# another user's process (ERROR_ACCESS_DENIED: it exists); a process that has ended but
# whose handle somebody still holds opens, with an exit code other than STILL_ACTIVE.
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_ERROR_INVALID_PARAMETER = 87
_STILL_ACTIVE = 259


class WindowsKernel(Protocol):
    """The kernel32 functions the Windows check needs (``ctypes.windll.kernel32``)."""

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int: ...  # noqa: N802
    def GetLastError(self) -> int: ...  # noqa: N802
    def GetExitCodeProcess(self, handle: int, code: Any) -> int: ...  # noqa: N802
    def CloseHandle(self, handle: int) -> int: ...  # noqa: N802


class _Kernel32:  # pragma: no cover - only on Windows
    """kernel32 with the error of the last call kept by ctypes (Python's own calls in
    between would overwrite GetLastError's)."""

    def __init__(self) -> None:
        import ctypes

        self.dll: Any = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        self.dll.OpenProcess.restype = ctypes.c_void_p  # a HANDLE, not an int
        self.dll.GetExitCodeProcess.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
        self.dll.CloseHandle.argtypes = (ctypes.c_void_p,)

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:  # noqa: N802
        return int(self.dll.OpenProcess(access, inherit, pid) or 0)

    def GetLastError(self) -> int:  # noqa: N802
        import ctypes

        return int(ctypes.get_last_error())  # type: ignore[attr-defined]

    def GetExitCodeProcess(self, handle: int, code: Any) -> int:  # noqa: N802
        return int(self.dll.GetExitCodeProcess(handle, code))

    def CloseHandle(self, handle: int) -> int:  # noqa: N802
        return int(self.dll.CloseHandle(handle))


def _windows_process_gone(pid: int, kernel: WindowsKernel) -> bool:
    import ctypes  # here: only Windows needs it, and importing it costs start-up 2 ms

    handle = kernel.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return kernel.GetLastError() == _ERROR_INVALID_PARAMETER
    try:
        code = ctypes.c_ulong(0)
        if not kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False  # cannot tell: keep the files
        return code.value != _STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)


def _process_gone(
    pid: int, platform: str = sys.platform, kernel: WindowsKernel | None = None
) -> bool:
    """Whether no running process has ``pid``; when in doubt, False (the files stay).
    ``platform`` and ``kernel`` are there for the tests to stand in for Windows."""
    if pid == os.getpid():
        return False
    if platform == "win32":
        # os.kill(pid, 0) would end the process there, not look at it.
        return _windows_process_gone(pid, kernel or _Kernel32())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists, as somebody else's
    return False


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the half-made files in ``folder`` whose process is gone (killed, or the
    machine went down); return them. Files of running processes are left alone, and
    nothing is ever an error here: a folder that cannot be read or changed is skipped."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = _PARTIAL.match(name)
        if match and _process_gone(int(match["pid"])):
            try:
                (folder / name).unlink()
            except OSError:
                continue
            removed.append(folder / name)
    return removed
