"""One running alliance_desk per workbook: an operating-system lock on a sidecar file.

The lock file ``NAME.alliance.lock`` sits beside the workbook and records who
holds it. The operating system releases the lock when the holder exits, even
when it is killed, so a stale lock file never blocks anybody.

Removing the file on release is what makes a lock file tricky: a process may
open the file, then the holder removes it and lets go, and the process locks a
file that is no longer at the path while a third one creates and locks a new
one. So the holder removes the file *before* it unlocks, and a new holder, once
it has the lock, checks that its file is still the one at the path (same
device and inode) and starts again if not.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from alliance_desk.store.errors import StorageFailure, WorkbookInUse


def lock_path_for(workbook: Path) -> Path:
    return workbook.with_name(workbook.name + ".lock")


class WorkbookLock:
    """Held while a workbook is open; ``release()`` (or garbage) lets go."""

    def __init__(self, workbook: Path, *, pause: Callable[[str], None] | None = None):
        self.workbook = workbook
        self.path = lock_path_for(workbook)
        self._file: IO[str] | None = None
        # Called with the name of the next step before each file operation, so a
        # test can interleave several holders step by step.
        self._pause = pause or (lambda _step: None)

    def acquire(self) -> None:
        while True:
            handle = self._open()
            self._pause("lock")
            if not _try_lock(handle):
                handle.seek(0)
                holder = handle.read().strip() or "another program"
                handle.close()
                raise WorkbookInUse(self.workbook, holder=holder)
            self._pause("verify")
            if _still_at(handle, self.path):
                break
            # The holder before us removed this file as it let go, and someone may
            # have made a new one meanwhile: locking the old one proves nothing.
            _unlock(handle)
            handle.close()
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {_host_name()}")
        handle.flush()
        self._file = handle

    def _open(self) -> IO[str]:
        self._pause("open")
        try:
            return open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        except OSError as error:
            raise StorageFailure(
                self.workbook, doing="locked", detail=error.strerror or str(error)
            ) from error

    def release(self) -> None:
        """Let go; the lock file is removed while still locked, so whoever opened it
        meanwhile finds, once it gets the lock, that the file is no longer the one at
        the path, and tries again (see :func:`_still_at`)."""
        if self._file is None:
            return
        handle, self._file = self._file, None
        try:
            handle.seek(0)
            handle.truncate()
            if _UNLINK_WHILE_LOCKED:
                self._pause("unlink")
                try:
                    self.path.unlink()
                except OSError:
                    pass  # already gone, or a folder we may not change: the lock still goes
            self._pause("unlock")
            _unlock(handle)
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._file is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # An open file cannot be removed on Windows: the lock file stays, which is safe
    # (every holder locks the same file).
    _UNLINK_WHILE_LOCKED = False

    def _still_at(handle: IO[str], path: Path) -> bool:
        return True

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    _UNLINK_WHILE_LOCKED = True

    def _still_at(handle: IO[str], path: Path) -> bool:
        """Whether the locked open file is the file now at ``path``."""
        try:
            on_disk = os.stat(path)
        except FileNotFoundError:
            return False
        held = os.fstat(handle.fileno())
        return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _host_name() -> str:
    """This computer's network name, as ``socket.gethostname()`` gives it: from
    ``os.uname()`` where there is one (the same call underneath; importing socket
    costs opening a workbook 3 ms of start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # pragma: no cover - Windows

    return socket.gethostname()  # pragma: no cover - Windows
