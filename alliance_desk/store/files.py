"""Putting a finished file under its final name: never replacing another file
(:func:`place_new_file`), or replacing it only once the new one is complete
(:func:`replacing`)."""

from __future__ import annotations

import contextlib
import errno
import os
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
