"""Soak: a demo workbook edited for many steps through the app's Session (adds, changes,
deletions with what goes along, undo and redo), with a backup every N steps and a restore
of the newest backup every M steps; after each restore the workbook must hold exactly what
it held when that backup was taken, and at the end the audit trail must replay to the
records. Memory and the file are sampled every 100 steps and judged at the end:

- memory is bounded when resident memory (RSS) and Python's own allocations (tracemalloc)
  over the last 20% of the steps stay within 10% of the most they reached before;
- the file's growth is split into the audit trail (the workbook's history: content, which
  grows with every edit by design), the records with their indexes and search index, and
  waste (free pages); it is explained by content when free pages stay under 10% of the
  file and the -wal (working space, cut back after checkpoints) never passes twice
  ``WAL_SIZE_LIMIT``.

    .venv/bin/python tests/benchmarks/soak.py [STEPS] [--small] [--samples FILE.csv]
        [--from WORKBOOK] [--progress]

(``--from``: edit a copy of that workbook instead of building the demo; ``--progress``:
print each sample as it is taken, so a run cut short still has its figures.)

(10,000 steps on the large demo by default; README quotes a run.) A 300-step version on the
small demo runs in the suite (tests/ui/test_soak.py), with this module's ``soak``.

The soak itself holds no copy of the content while it runs (what each backup held is kept
as a digest, the starting content is read back from a copy of the file at the end), so the
memory figures are the app's, not the harness's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import shutil
import sqlite3
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from alliance_desk.domain.partners import Alliance, Goal, Organisation  # noqa: E402
from alliance_desk.store import audit_replay, records  # noqa: E402
from alliance_desk.store.db import WAL_SIZE_LIMIT, Database  # noqa: E402
from alliance_desk.store.tables import RECORD_TYPE_BY_TABLE  # noqa: E402
from alliance_desk.store.workbook import (  # noqa: E402
    inspect_workbook,
    open_workbook,
    restore_backup,
)

SAMPLE_EVERY = 100
LAST_PART = 0.2  # memory is judged over the last fifth of the steps
TOLERANCE = 0.10  # ... and must stay within 10% there; waste under 10% of the file
MB = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Sample:
    step: int
    rss: int  # bytes resident
    heap: int  # bytes allocated by Python (tracemalloc)
    workbook: int  # bytes of the workbook file itself
    wal: int  # bytes of its -wal
    audit_rows: int
    audit: int  # bytes of pages of the audit trail and its indexes
    search: int  # bytes of pages of the search index (derived from the records)
    free: int  # bytes of free pages
    records: int  # how many records the workbook holds

    @property
    def other(self) -> int:
        """The records' own pages and their indexes (and the schema's few pages)."""
        return self.workbook - self.audit - self.search - self.free


@dataclasses.dataclass
class Figures:
    steps: int = 0
    backups: int = 0
    restores: int = 0
    seconds: float = 0.0
    file_start: int = 0  # bytes: the workbook and its -wal
    file_most: int = 0
    samples: list[Sample] = dataclasses.field(default_factory=list)

    @property
    def first(self) -> Sample:
        return self.samples[0]

    @property
    def last(self) -> Sample:
        return self.samples[-1]

    @property
    def file_end(self) -> int:
        return self.last.workbook + self.last.wal


def rss() -> int:
    """The resident memory of this process in bytes (Linux; 0 where unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def _wal(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def file_size(path: Path) -> int:
    return path.stat().st_size + _wal(path)


def _pages(db: Database) -> dict[str, int]:
    """Bytes of pages by what they belong to: the audit trail (the table and its indexes),
    the search index (FTS5's tables), free pages; zero each where SQLite lacks dbstat."""
    found = {"audit": 0, "search": 0}
    try:
        rows = db.tuples(
            "SELECT coalesce(master.tbl_name, stat.name), sum(stat.pgsize) FROM dbstat AS stat"
            " LEFT JOIN sqlite_master AS master ON master.name = stat.name GROUP BY 1"
        )
    except sqlite3.Error:
        rows = []
    for table, size in rows:
        if table == "audit_log":
            found["audit"] += size
        elif table.startswith("search_index"):
            found["search"] += size
    page = int(db.scalar("PRAGMA page_size"))
    found["free"] = int(db.scalar("PRAGMA freelist_count")) * page
    return found


def sample(step: int, db: Database, path: Path) -> Sample:
    pages = _pages(db)
    return Sample(
        step=step,
        rss=rss(),
        heap=tracemalloc.get_traced_memory()[0],
        workbook=path.stat().st_size,
        wal=_wal(path),
        audit_rows=int(db.scalar("SELECT count(*) FROM audit_log")),
        audit=pages["audit"],
        search=pages["search"],
        free=pages["free"],
        records=sum(
            int(db.scalar(f'SELECT count(*) FROM "{table}"')) for table in RECORD_TYPE_BY_TABLE
        ),
    )


def digest(db: Database) -> str:
    """The workbook's records as one hash (equal content, equal digest), read row by row so
    that the soak's own memory stays small beside the app's."""
    hasher = hashlib.sha256()
    for table in RECORD_TYPE_BY_TABLE:
        hasher.update(table.encode("utf-8"))
        for row in db.tuples(f'SELECT * FROM "{table}" ORDER BY id'):
            hasher.update(repr(row).encode("utf-8"))
    return hasher.hexdigest()


def soak(
    path: Path,
    steps: int,
    backup_every: int = 50,
    restore_every: int = 500,
    seed: int = 13,
    sample_every: int = SAMPLE_EVERY,
    observe: Callable[[int, Any], None] | None = None,
    progress: Callable[[Sample], None] | None = None,
) -> Figures:
    """Edit the workbook at ``path`` for ``steps`` steps; AssertionError if anything is lost."""
    from alliance_desk.ui.session import Session

    rng = random.Random(seed)
    backups = path.parent / "soak-backups"
    started = path.with_name("soak-start.alliance")
    shutil.copyfile(path, started)  # the starting content, for the replay at the end
    figures = Figures(file_start=file_size(path))
    tracemalloc.start()
    began = time.perf_counter()
    session = Session(open_workbook(path, backups))
    # The demo comes with a history of its own: replay what the soak adds to it.
    first_entry = int(session.db.scalar("SELECT coalesce(max(id), 0) FROM audit_log"))
    figures.samples.append(sample(0, session.db, path))
    newest: tuple[Path, str] | None = None

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
        if step % backup_every == 0:
            newest = (session.workbook.back_up(), digest(session.db))
            figures.backups += 1
        if step % restore_every == 0 and newest is not None:
            session.close()
            restore_backup(path, newest[0], backups)
            session = Session(open_workbook(path, backups))
            assert digest(session.db) == newest[1], f"lost at step {step}"
            figures.restores += 1
        figures.file_most = max(figures.file_most, file_size(path))
        figures.steps = step
        if step % sample_every == 0 or step == steps:
            figures.samples.append(sample(step, session.db, path))
            if progress is not None:
                progress(figures.samples[-1])
        if observe is not None:
            observe(step, session)
    with open_workbook(started, path.parent / "soak-start-backups") as first:
        start = audit_replay.records_of(first.db)
    replayed = audit_replay.replay(session.db, start, after_entry=first_entry)
    assert replayed == audit_replay.records_of(session.db), "the audit trail misses a change"
    del start, replayed
    session.close()
    inspect_workbook(path, backups, full=True)
    figures.seconds = time.perf_counter() - began
    tracemalloc.stop()
    return figures


@dataclasses.dataclass(frozen=True)
class Verdict:
    rss_growth: float  # the most over the last part beside the most before it (a fraction)
    heap_growth: float
    waste: float  # free pages as a fraction of the workbook file at the end
    wal_most: int  # bytes: the largest -wal sampled
    memory_bounded: bool
    file_explained: bool


def judge(figures: Figures, last_part: float = LAST_PART, tolerance: float = TOLERANCE) -> Verdict:
    """Whether memory stayed flat over the last part of the steps, and whether the file
    holds content (audit trail, records) rather than waste."""
    from_step = figures.steps * (1 - last_part)
    window = [each for each in figures.samples if each.step >= from_step] or [figures.last]
    # Before: every sample after the start, up to the last part. Memory swings with the undo
    # stack (emptied at each restore), so the last part is held against the most memory
    # reached before it, not against one sample: a leak keeps setting new highs.
    before = [each for each in figures.samples if 0 < each.step < from_step] or window[:1]

    def growth(measure: Callable[[Sample], int]) -> float:
        most = max(measure(each) for each in before)
        return (max(measure(each) for each in window) - most) / most if most else 0.0

    rss_growth, heap_growth = growth(lambda s: s.rss), growth(lambda s: s.heap)
    waste = figures.last.free / max(figures.last.workbook, 1)
    wal_most = max(each.wal for each in figures.samples)
    return Verdict(
        rss_growth=rss_growth,
        heap_growth=heap_growth,
        waste=waste,
        wal_most=wal_most,
        memory_bounded=rss_growth <= tolerance and heap_growth <= tolerance,
        file_explained=waste <= tolerance and wal_most <= 2 * WAL_SIZE_LIMIT,
    )


def report(figures: Figures, size: str) -> str:
    first, last, verdict = figures.first, figures.last, judge(figures)
    from_step = int(figures.steps * (1 - LAST_PART)) + 1
    added_rows = last.audit_rows - first.audit_rows
    per_row = (last.audit - first.audit) / added_rows if added_rows else 0.0

    def mb(value: float) -> str:
        return f"{value / MB:.1f}"

    def signed(value: float) -> str:
        return f"{value / MB:+.1f}"

    return "\n".join(
        [
            f"{figures.steps:,} steps on the {size} demo in {figures.seconds:.0f} s, "
            f"{figures.backups} backups, {figures.restores} restores, nothing lost",
            f"memory: RSS {mb(first.rss)} -> {mb(last.rss)} MB (at most "
            f"{mb(max(s.rss for s in figures.samples))}), Python allocations "
            f"{mb(first.heap)} -> {mb(last.heap)} MB (at most "
            f"{mb(max(s.heap for s in figures.samples))}); over steps {from_step:,}-"
            f"{figures.steps:,}: RSS {verdict.rss_growth:+.1%}, Python "
            f"{verdict.heap_growth:+.1%} beside the most before them",
            f"workbook {mb(figures.file_start)} -> {mb(figures.file_end)} MB with its -wal "
            f"(at most {mb(figures.file_most)}): audit trail {signed(last.audit - first.audit)} MB "
            f"({added_rows:+,} entries, {per_row:.0f} bytes each), records and their indexes "
            f"{signed(last.other - first.other)} MB and search index "
            f"{signed(last.search - first.search)} MB ({last.records - first.records:+,} "
            f"records), free pages {mb(last.free)} MB, -wal {mb(last.wal)} MB",
            "verdict: memory "
            + ("bounded" if verdict.memory_bounded else "NOT bounded")
            + f" (the last {LAST_PART:.0%} of the steps within {TOLERANCE:.0%} of the most "
            + "before them); "
            + "file growth "
            + ("is content" if verdict.file_explained else "NOT explained by content")
            + f" (free pages {verdict.waste:.1%} of the file; -wal at most "
            + f"{mb(verdict.wal_most)} MB, cut back to {mb(WAL_SIZE_LIMIT)} MB after checkpoints)",
        ]
    )


def write_samples(figures: Figures, target: Path) -> None:
    names = [field.name for field in dataclasses.fields(Sample)]
    lines = [",".join(names)]
    lines += [",".join(str(getattr(each, name)) for name in names) for each in figures.samples]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from alliance_desk.demo.builder import build_demo

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the Session needs one
    steps = int(next((arg for arg in argv if arg.isdigit()), "10000"))
    size = "small" if "--small" in argv else "large"
    folder = Path(tempfile.mkdtemp(prefix="alliance_desk-soak-"))
    if "--from" in argv:
        path = Path(shutil.copyfile(argv[argv.index("--from") + 1], folder / "Soak.alliance"))
    else:
        path = build_demo(folder / "Soak.alliance", size)
    began = time.perf_counter()

    def show(taken: Sample) -> None:
        print(
            f"step {taken.step:>6,} {time.perf_counter() - began:7.0f} s  RSS "
            f"{taken.rss / MB:6.1f} MB  Python {taken.heap / MB:5.1f} MB  workbook "
            f"{taken.workbook / MB:5.1f} MB  -wal {taken.wal / MB:4.1f} MB  audit "
            f"{taken.audit / MB:5.1f} MB ({taken.audit_rows:,} entries)  free "
            f"{taken.free / MB:4.1f} MB  records {taken.records:,}",
            flush=True,
        )

    figures = soak(path, steps, progress=show if "--progress" in argv else None)
    print(report(figures, size))
    if "--samples" in argv:
        write_samples(figures, Path(argv[argv.index("--samples") + 1]))
    verdict = judge(figures)
    return 0 if verdict.memory_bounded and verdict.file_explained else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
