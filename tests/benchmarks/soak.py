"""Soak: a demo workbook edited for many steps through the app's Session (adds, changes,
deletions with what goes along, undo and redo), with a backup every N steps and a restore
of the newest backup every M steps; after each restore the workbook must hold exactly what
it held when that backup was taken, and at the end the audit trail must replay to the
records. Memory (RSS, and Python's own allocations) and file sizes are reported.

    .venv/bin/python tests/benchmarks/soak.py [STEPS] [--small]

(10,000 steps on the large demo by default; README quotes a run.) A 300-step version on the
small demo runs in the suite (tests/ui/test_soak.py), with this module's ``soak``.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import time
import tracemalloc
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from alliance_desk.domain.partners import Alliance, Goal, Organisation  # noqa: E402
from alliance_desk.store import audit_replay, records  # noqa: E402
from alliance_desk.store.workbook import (  # noqa: E402
    inspect_workbook,
    open_workbook,
    restore_backup,
)


@dataclasses.dataclass
class Figures:
    steps: int = 0
    backups: int = 0
    restores: int = 0
    seconds: float = 0.0
    rss_start: int = 0  # bytes
    rss_end: int = 0
    python_start: int = 0  # bytes allocated by Python (tracemalloc), after the first step
    python_end: int = 0
    file_start: int = 0  # bytes: the workbook and its -wal
    file_end: int = 0
    file_most: int = 0


def rss() -> int:
    """The resident memory of this process in bytes (Linux; 0 where unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            import os

            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def file_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def soak(
    path: Path, steps: int, backup_every: int = 50, restore_every: int = 500, seed: int = 13
) -> Figures:
    """Edit the workbook at ``path`` for ``steps`` steps; AssertionError if anything is lost."""
    from alliance_desk.ui.session import Session

    rng = random.Random(seed)
    backups = path.parent / "soak-backups"
    figures = Figures(file_start=file_size(path), rss_start=rss())
    tracemalloc.start()
    began = time.perf_counter()
    session = Session(open_workbook(path, backups))
    start = audit_replay.records_of(session.db)
    # The demo comes with a history of its own: replay what the soak adds to it.
    first_entry = int(session.db.scalar("SELECT coalesce(max(id), 0) FROM audit_log"))
    newest: tuple[Path, audit_replay.Content] | None = None

    def ids(table: str) -> list[int]:
        return [row[0] for row in session.db.tuples(f'SELECT id FROM "{table}" ORDER BY id')]

    for step in range(1, steps + 1):
        choice = rng.random()
        stack = session.undo_stack
        if choice < 0.12 and stack.canUndo():
            stack.undo()
        elif choice < 0.2 and stack.canRedo():
            stack.redo()
        elif choice < 0.35:
            session.add(Organisation(name=f"Partner {step}", country="Nederland"), "add")
        elif choice < 0.55 and (alliances := ids("alliance")):
            session.add(
                Goal(alliance_id=rng.choice(alliances), kind="shared", description=f"Goal {step}"),
                "add",
            )
        elif choice < 0.65 and (partners := ids("organisation")):
            session.add(Alliance(partner_id=rng.choice(partners), name=f"Alliance {step}"), "add")
        elif choice < 0.8 and (partners := ids("organisation")):
            partner = records.get(session.db, Organisation, rng.choice(partners))
            session.change(partner, "rename", name=f"{partner.name[:40]} {step}")
        elif choice < 0.9 and (goals := ids("goal")):
            session.remove(Goal, rng.choice(goals), "delete")
        elif alliances := ids("alliance"):
            session.remove(Alliance, rng.choice(alliances), "delete")  # its records go along
        if step == 1:
            figures.python_start = tracemalloc.get_traced_memory()[0]
        if step % backup_every == 0:
            taken = session.workbook.back_up()
            newest = (taken, audit_replay.records_of(session.db))
            figures.backups += 1
        if step % restore_every == 0 and newest is not None:
            session.close()
            restore_backup(path, newest[0], backups)
            session = Session(open_workbook(path, backups))
            assert audit_replay.records_of(session.db) == newest[1], f"lost at step {step}"
            figures.restores += 1
        figures.file_most = max(figures.file_most, file_size(path))
        figures.steps = step
    replayed = audit_replay.replay(session.db, start, after_entry=first_entry)
    assert replayed == audit_replay.records_of(session.db), "the audit trail misses a change"
    session.close()
    inspect_workbook(path, backups, full=True)
    figures.seconds = time.perf_counter() - began
    figures.python_end = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    figures.rss_end = rss()
    figures.file_end = file_size(path)
    return figures


def main(argv: list[str]) -> int:
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from alliance_desk.demo.builder import build_demo

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the Session needs one
    steps = int(next((arg for arg in argv if arg.isdigit()), "10000"))
    size = "small" if "--small" in argv else "large"
    folder = Path(tempfile.mkdtemp(prefix="alliance_desk-soak-"))
    path = build_demo(folder / "Soak.alliance", size)
    figures = soak(path, steps)
    mb = 1024 * 1024
    print(
        f"{figures.steps} steps on the {size} demo in {figures.seconds:.0f} s, "
        f"{figures.backups} backups, {figures.restores} restores, nothing lost\n"
        f"RSS {figures.rss_start / mb:.0f} -> {figures.rss_end / mb:.0f} MB; "
        f"Python allocations {figures.python_start / mb:.1f} -> {figures.python_end / mb:.1f} MB\n"
        f"workbook {figures.file_start / mb:.1f} -> {figures.file_end / mb:.1f} MB "
        f"(at most {figures.file_most / mb:.1f} MB with its -wal)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
