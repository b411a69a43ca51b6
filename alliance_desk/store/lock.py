"""One running alliance_desk per workbook: an operating-system lock on a sidecar file.

The lock file ``NAME.alliance.lock`` sits beside the workbook and records who
holds it. The operating system releases the lock when the holder exits, even
when it is killed, so a stale lock file never blocks anybody.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO

from alliance_desk.store.errors import StorageFailure, WorkbookInUse


def lock_path_for(workbook: Path) -> Path:
    return workbook.with_name(workbook.name + ".lock")


class WorkbookLock:
    """Held while a workbook is open; ``release()`` (or garbage) lets go."""

    def __init__(self, workbook: Path):
        self.workbook = workbook
        self.path = lock_path_for(workbook)
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        except OSError as error:
            raise StorageFailure(
                self.workbook, doing="locked", detail=error.strerror or str(error)
            ) from error
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip() or "another program"
            handle.close()
            raise WorkbookInUse(self.workbook, holder=holder)
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {socket.gethostname()}")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is None:
            return
        handle, self._file = self._file, None
        try:
            handle.seek(0)
            handle.truncate()
            _unlock(handle)
        finally:
            handle.close()
        try:
            self.path.unlink()
        except OSError:
            pass  # another instance may hold it by now; it cleans up after itself

    @property
    def held(self) -> bool:
        return self._file is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

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

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
