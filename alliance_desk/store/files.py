"""Putting a finished file under its final name without ever replacing another file."""

from __future__ import annotations

import errno
import os
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
