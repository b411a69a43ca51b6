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


def _process_gone(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - os.kill would end the process there
        return False
    if pid == os.getpid():
        return False
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
