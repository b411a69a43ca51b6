"""Rows of the x5 workbook (2,500 alliances, 100,000 evaluations, 700,000 scores), called by
bench.py: what a person does must cost what is on screen, not what is in the workbook.

Opening the app, page switches, search and one briefing are held to the same targets as on
the large demo (against the same baselines); JSON export and import are timed per row
against the large demo's time per row in the same run, which stays near 1× when they grow
linearly.
"""

from __future__ import annotations

import itertools
import shutil
import time
from pathlib import Path

import ui_timings
from bench_table import Bench, Row

from alliance_desk.demo import large
from alliance_desk.store import exchange
from alliance_desk.store.workbook import open_workbook

GROWTH_TARGET = 1.25  # time per row on the x5 workbook against the large demo's


def run_growth(bench: Bench, folder: Path, cached: Path, runs: int) -> None:
    from bench import BRIEFING, BRIEFING_BUDGET, plain_pdf

    from alliance_desk.reports.briefing import build_briefing

    workbook = folder / "X5.alliance"
    bench.setup("copy the cached x5 workbook", lambda: shutil.copyfile(cached, workbook))
    bench.pair(
        "x5: open_workbook, pages checked later (as the app does)",
        lambda: open_workbook(workbook, folder / "backups", check_pages=False).close(),
        "the same on the large demo",
        lambda _: open_workbook(
            folder / "Large.alliance", folder / "backups", check_pages=False
        ).close(),
        runs=runs,
        target=1.25,
    )
    if bench.wants("x5: main window painted", "x5: memory"):
        from bench import run_app_timings

        run_app_timings(bench, "x5", workbook, runs)
    elif bench.wants("x5: switch", "x5: search", "x5: choose"):
        ui_timings.add_in_app_rows(bench, "x5", workbook, runs)
    if bench.wants("x5: briefing of one alliance"):
        with open_workbook(workbook, backup_dir=folder / "backups") as opened:
            db = opened.db
            first = db.scalar("SELECT min(id) FROM alliance")
            bench.pair(
                "x5: briefing of one alliance",
                lambda: build_briefing(db, folder / "one-x5.pdf", [first], **BRIEFING),
                "plain reportlab page",
                lambda pages: plain_pdf(folder / "plain-one.pdf", pages),
                runs=runs,
                target=BRIEFING_BUDGET,
                target_unit="s",
                detail=lambda pages: f"{pages} page, English, A4",
            )
    if bench.wants("x5: export to JSON, per row", "x5: import JSON, per row"):
        exchange_growth(bench, folder, workbook)


def exchange_growth(bench: Bench, folder: Path, workbook: Path) -> None:
    """Export and import of the x5 workbook, per row, against the large demo's per row."""
    numbers = itertools.count(1)
    per_row: dict[tuple[str, str], tuple[float, int]] = {}
    for label, path in (("large", folder / "Large.alliance"), ("x5", workbook)):
        target = folder / f"growth-{label}.json"
        started = time.perf_counter()
        with open_workbook(path, backup_dir=folder / "backups") as opened:
            counts = exchange.export_workbook(opened.db.connection, opened.path, target)
        rows = sum(counts.values())
        per_row[label, "export"] = (time.perf_counter() - started) / rows, rows
        started = time.perf_counter()
        exchange.import_workbook(target, folder / f"growth-{label}-{next(numbers)}.alliance")
        per_row[label, "import"] = (time.perf_counter() - started) / rows, rows
        target.unlink()
    for kind, name in (("export", "export to JSON"), ("import", "import JSON")):
        ours, rows = per_row["x5", kind]
        plain, plain_rows = per_row["large", kind]
        bench.add(
            Row(
                f"x5: {name}, per row",
                ours,
                f"per row on the large demo ({large.ALLIANCES} alliances)",
                plain,
                "s",
                GROWTH_TARGET,
                "×",
                f"{rows:,} rows in {ours * rows:.1f} s; large: {plain_rows:,} rows in "
                f"{plain * plain_rows:.1f} s",
            )
        )
