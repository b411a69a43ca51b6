"""The workbook's -wal stays small: after a large change (an import, deleting a big
alliance) the next checkpoint gives the space back instead of keeping the -wal at the
largest size it ever reached for as long as the workbook is open."""

from __future__ import annotations

from pathlib import Path

from alliance_desk.domain.partners import Organisation
from alliance_desk.store import records
from alliance_desk.store.db import WAL_SIZE_LIMIT
from alliance_desk.store.workbook import Workbook


def _wal(workbook: Workbook) -> int:
    wal: Path = workbook.path.with_name(workbook.path.name + "-wal")
    return wal.stat().st_size


def test_a_large_change_leaves_no_large_wal_behind(workbook: Workbook) -> None:
    db = workbook.db
    with db.transaction():  # some 12 MB in one transaction
        for number in range(3000):
            records.insert(
                db, Organisation(name=f"Partner {number}", notes=f"{number} " + "x" * 3000)
            )
    assert _wal(workbook) > 3 * WAL_SIZE_LIMIT
    for number in range(3):  # small changes after it; the first one checkpoints
        records.insert(db, Organisation(name=f"Later {number}"))
    assert _wal(workbook) <= WAL_SIZE_LIMIT
