"""Benchmarks of alliance_desk on the large demo and the x5 workbook, each row against a
baseline measured in the same run.

Run from the repository root (the bench extra brings XlsxWriter, a baseline)::

    .venv/bin/python -m pip install -q -e '.[test,bench]'
    .venv/bin/python tests/benchmarks/bench.py                 # everything (about 10 minutes)
    .venv/bin/python tests/benchmarks/bench.py -k 'search|switch' --json run.json
    .venv/bin/python tests/benchmarks/bench.py --quick         # a tenth, to try the script

It prints the machine and the versions of what we stand on (Python, Qt, SQLite,
reportlab ...), then one row per operation: the ratio to its baseline, the time it took,
the baseline and its time, the target (a ratio or an absolute figure, as issue 15 set
them) and a verdict. Targets are reported, not enforced: the exit status is 0 unless an
operation fails. ``-k PATTERN`` measures only the rows whose name the pattern finds, and a
group whose rows are all left out skips its set-up. ``--json FILE`` keeps the run.

The large demo (500 alliances) and the x5 workbook (2,500 alliances, 100,000
evaluations, 700,000 scores) are built once and cached in
``~/.cache/alliance_desk-bench/`` (``$ALLIANCE_DESK_BENCH_CACHE``), keyed by a hash of
the demo builder and the schema, so a change to either builds them again.

Not a test module (pytest collects only ``test_*.py``). To add a row, call
``bench.pair(name, fn, baseline_name, baseline, ...)`` in :func:`run` or a group it calls
(:func:`run_exchange`, :func:`run_app_timings`, :func:`run_reports`,
``bench_rounds.run_rounds``, ``bench_sheets.run_sheets``, ``bench_growth.run_growth``).

Baselines: opening against ``PRAGMA quick_check``; JSON export and import against sqlite3
and json doing the bare work; briefings against a plain reportlab document of as many
pages; evaluation exports against a plain ``csv.writer``, openpyxl write-only and XlsxWriter
constant_memory dump of the same rows; search against SQLite's own ranked FTS5 query; a
page switch against repainting the window unchanged; start-up and memory against a bare
PySide6 window; x5 rows against the same operation on the large demo.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
# First: reportlab set up as the app sets it up (shape checking off before reportlab.graphics
# is imported, see alliance_desk.reports.briefing_charts), for our rows and the plain
# reportlab baselines alike, so that a ratio measures our work and not that setting.
import alliance_desk.reports.briefing_charts  # noqa: E402, F401

# isort: split
import bench_growth  # noqa: E402  (beside this script)
import bench_rounds  # noqa: E402
import bench_sheets  # noqa: E402
import ui_timings  # noqa: E402
from bench_table import Bench, Row, machine, machine_text, markdown, save_json  # noqa: E402
from bench_workbooks import CACHE, cached_demo  # noqa: E402
from openpyxl import Workbook  # the test extra
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from alliance_desk.demo import large
from alliance_desk.demo.builder import build_demo
from alliance_desk.reports import briefing_pool
from alliance_desk.reports.briefing import build_briefing
from alliance_desk.reports.evaluation_export import export_evaluations
from alliance_desk.store import exchange
from alliance_desk.store.board_packs import previous_board_pack
from alliance_desk.store.changes import changes_since
from alliance_desk.store.content import TABLE_COLUMNS
from alliance_desk.store.portfolio import portfolio
from alliance_desk.store.signals import signals
from alliance_desk.store.workbook import open_workbook

MB = 1024 * 1024


def _size(path: Path) -> str:
    return f"{path.stat().st_size / MB:.1f} MiB"


def run(bench: Bench, folder: Path, quick: bool, sizes: dict[str, Path]) -> None:
    workbook = folder / "Large.alliance"
    bench.setup("copy the cached large demo", lambda: shutil.copyfile(sizes["large"], workbook))
    small = bench.setup("build the small demo", lambda: build_demo(folder / "Small.alliance"))
    runs = 3 if quick else 5
    if bench.wants(
        "large: open_workbook", "large: export to JSON", "large: import JSON", "large: peak memory"
    ):
        run_exchange(bench, folder, "large", workbook, runs)
    if bench.wants(
        "briefing", "board pack", "summary", "signals", "export evaluations", "changes since"
    ):
        run_reports(bench, folder, workbook, small, quick)
    if bench.wants("rounds:"):
        bench_rounds.run_rounds(bench, folder, quick)
    if bench.wants("import-sheet:"):
        bench_sheets.run_sheets(bench, folder, quick)
    for label, path in (("small", small), ("large", workbook)):
        run_app_timings(bench, label, path, runs)
    if "x5" in sizes:
        bench_growth.run_growth(bench, folder, sizes["x5"], runs)


def run_exchange(bench: Bench, folder: Path, label: str, workbook: Path, runs: int) -> None:
    """Opening, JSON export and import of one workbook, each against the plain work SQLite and
    json do for it; the import's peak memory against json.load of the same file."""
    export_file = folder / f"{label}.json"
    copies = iter(range(1, 100))

    def export() -> dict[str, int]:
        export_file.unlink(missing_ok=True)
        with open_workbook(workbook, backup_dir=folder / "backups") as opened:
            return exchange.export_workbook(opened.db.connection, opened.path, export_file)

    def import_() -> dict[str, int]:
        target = folder / f"Imported-{label}-{next(copies)}.alliance"
        return exchange.import_workbook(export_file, target)

    bench.pair(
        f"{label}: open_workbook",
        lambda: open_workbook(workbook, backup_dir=folder / "backups").close(),
        "sqlite3 quick_check",
        lambda _: plain_open(workbook),
        runs=runs,
        target=0.100,
        target_unit="s",
        detail=lambda _: f"{_size(workbook)} workbook, pages checked",
    )
    export()  # the import rows need the file even when the export row is filtered out
    bench.pair(
        f"{label}: export to JSON",
        export,
        "sqlite3 rows to json",
        lambda _: plain_export(workbook, folder / "plain.json"),
        runs=1 if runs < 5 else 3,
        detail=lambda counts: f"{sum(counts.values()):,} rows, {_size(export_file)}",
    )
    plain_target = iter(range(1, 100))
    bench.pair(
        f"{label}: import JSON into a new workbook",
        import_,
        "json.load + executemany",
        lambda _: plain_import(export_file, folder / f"plain-{label}-{next(plain_target)}.db"),
        runs=1 if runs < 5 else 3,
        target=3.0 if label == "large" else None,
        target_unit="s",
        detail=lambda counts: f"{sum(counts.values()):,} rows",
        baseline_detail=lambda rows: "bare tables, no checks, no index",
    )
    if bench.wants(f"{label}: peak memory: import"):
        try:
            ours = bench.peak(import_)
            plain = bench.peak(lambda: json.loads(export_file.read_text(encoding="utf-8")))
        except Exception as error:
            bench.failure(f"{label}: peak memory: import", "json.loads of the file", error)
        else:
            bench.add(
                Row(
                    f"{label}: peak memory: import",
                    ours,
                    "json.loads of the file",
                    plain,
                    "MiB",
                    150.0 if label == "large" else None,
                    "MiB",
                    "tracemalloc peak (Python allocations)",
                )
            )


def plain_open(workbook: Path) -> None:
    with contextlib.closing(sqlite3.connect(workbook)) as connection:
        connection.execute("PRAGMA quick_check").fetchall()


def plain_export(workbook: Path, target: Path) -> int:
    """Every table's rows as one JSON object each, a line apiece: what the export writes."""
    count = 0
    with contextlib.closing(sqlite3.connect(workbook)) as connection:
        with open(target, "w", encoding="utf-8") as out:
            for table, columns in TABLE_COLUMNS.items():
                names = ", ".join(f'"{name}"' for name in columns)
                for row in connection.execute(f'SELECT {names} FROM "{table}"'):
                    out.write(json.dumps(dict(zip(columns, row, strict=True))) + ",\n")
                    count += 1
    return count


def plain_import(source: Path, target: Path) -> int:
    """json.load, then each table's rows by executemany into a table without constraints."""
    data = json.loads(source.read_text(encoding="utf-8"))
    count = 0
    with contextlib.closing(sqlite3.connect(target)) as connection:
        for table, rows in data["tables"].items():
            columns = TABLE_COLUMNS[table]
            names = ", ".join(f'"{name}"' for name in columns)
            connection.execute(f'CREATE TABLE "{table}" ({names})')
            connection.executemany(
                f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(columns))})',
                ([row.get(name) for name in columns] for row in rows),
            )
            count += len(rows)
        connection.commit()
    return count


def run_app_timings(bench: Bench, label: str, workbook: Path, runs: int) -> None:
    """Start-up and memory against a bare window, page switches and search on one workbook."""
    if bench.wants(f"{label}: main window painted", f"{label}: memory"):
        try:
            bare, app = ui_timings.startups(workbook, runs=runs)
        except Exception as error:  # reported in the table; the run goes on
            bench.failure(f"{label}: main window painted", "bare PySide6 window", error)
        else:
            bench.add(
                Row(
                    f"{label}: main window painted",
                    app.seconds,
                    "bare PySide6 window",
                    bare.seconds,
                    target=2.0,
                    spread=f"median of {runs}",
                    detail="from process start to the first paint",
                )
            )
            wanted = bench.wants(f"{label}: memory")
            if wanted and app.rss_mb is not None and bare.rss_mb is not None:
                bench.add(
                    Row(
                        f"{label}: memory with the workbook open",
                        app.rss_mb,
                        "bare PySide6 window",
                        bare.rss_mb,
                        "MiB",
                        100.0 if label == "large" else None,
                        "+MiB",
                        "resident set size after the first paint, median",
                    )
                )
    if bench.wants(f"{label}: switch to", f"{label}: choose another", f"{label}: search"):
        ui_timings.add_in_app_rows(bench, label, workbook, rounds=runs)


# --- briefings and evaluation exports ---------------------------------------------------------

BRIEFING_BUDGET = 0.5  # seconds for one alliance's one-pager
SUMMARY_BUDGET = 1.0  # seconds for the executive summary page of every alliance
PACK_RATIO_TARGET = 2.0  # a board pack of 100 alliances against a plain reportlab document
CSV_RATIO_TARGET = 1.15  # the CSV export against a plain csv.writer dump of the same rows
XLSX_RATIO_TARGET = 1.0  # the XLSX export must beat the libraries to earn its place
PACK_ALLIANCES = 100
BRIEFING: dict[str, Any] = {"language": "en", "paper": "a4", "today": large.DEFAULT_TODAY}

# The rows of evaluation_export.long_table, the same joins, filter and order, without the
# selection parameters (default options: every alliance, every date, every side; English).
PLAIN_EVALUATIONS = """
SELECT alliance.name, organisation.name, evaluation.evaluated_on, evaluation.respondent_side,
    evaluation.respondent, framework_dimension.code, framework_dimension.name_en,
    evaluation_score.score, evaluation_score.comment, evaluation.remarks, evaluation.id
FROM evaluation
JOIN alliance ON alliance.id = evaluation.alliance_id
JOIN organisation ON organisation.id = alliance.partner_id
JOIN framework_dimension ON framework_dimension.framework_id = evaluation.framework_id
LEFT JOIN evaluation_score ON evaluation_score.evaluation_id = evaluation.id
    AND evaluation_score.dimension_id = framework_dimension.id
WHERE framework_dimension.active = 1 OR evaluation_score.id IS NOT NULL
ORDER BY alliance.name, alliance.id, evaluation.evaluated_on,
    CASE evaluation.respondent_side WHEN 'us' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END,
    evaluation.id, framework_dimension.position, framework_dimension.id
"""
PLAIN_COLUMNS = (
    "alliance",
    "partner",
    "evaluated_on",
    "respondent_side",
    "respondent",
    "dimension_code",
    "dimension",
    "score",
    "comment",
    "remarks",
    "evaluation_id",
)
PLAIN_TEXT = (
    "The partnership met its quarterly targets in most markets, with the joint sales "
    "pipeline ahead of plan and two pilots moving into production. Governance meetings were "
    "held as scheduled; the steering committee asked for a clearer escalation path and a "
    "shared dashboard before the renewal discussion starts next year. "
)


def run_reports(
    bench: Bench, folder: Path, large_path: Path, small_path: Path, quick: bool
) -> None:
    """Briefings (one alliance, board packs) and the evaluation export; the packs and the
    exports against a plain baseline doing the same work in the same run."""
    runs = 3 if quick else 5
    with open_workbook(small_path, backup_dir=folder / "backups") as opened:
        small = opened.db
        one_briefing(bench, folder, "small", small, runs)
        compare_pack(  # every alliance: cover, overview, one-pagers, appendix
            bench,
            folder,
            "small: board pack (every alliance)",
            lambda: build_briefing(small, folder / "pack.pdf", None, **BRIEFING),
            runs,
        )
    with open_workbook(large_path, backup_dir=folder / "backups") as opened:
        db = opened.db
        one_briefing(bench, folder, "large", db, runs)
        summary_page(bench, folder, db, runs)
        ids = [row["id"] for row in db.query("SELECT id FROM alliance ORDER BY id")]
        chosen = ids[:PACK_ALLIANCES]
        workers = briefing_pool.workers_for(len(chosen), None)
        compare_pack(
            bench,
            folder,
            f"large: board pack of {len(chosen)} alliances",
            lambda: build_briefing(db, folder / "pack.pdf", chosen, board_pack=True, **BRIEFING),
            1 if quick else 3,
            PACK_RATIO_TARGET,
            workers=workers,
        )
        compare_pack(  # what the workers bring: the same pack drawn by this process alone
            bench,
            folder,
            f"large: board pack of {len(chosen)} alliances, one process",
            lambda: build_briefing(
                db, folder / "pack.pdf", chosen, board_pack=True, workers=1, **BRIEFING
            ),
            1 if quick else 3,
            PACK_RATIO_TARGET,
            workers=1,
        )
        if bench.wants(f"large: board pack of {len(ids)} alliances"):
            compare_pack(
                bench,
                folder,
                f"large: board pack of {len(ids)} alliances",
                lambda: build_briefing(db, folder / "pack.pdf", ids, board_pack=True, **BRIEFING),
                1,
                8.0,
                "s",
                workers=briefing_pool.workers_for(len(ids), None),
            )
        compare_signals(bench, db, runs)
        compare_export(bench, folder, db, large_path, "csv", runs)
        compare_export(bench, folder, db, large_path, "xlsx", runs if quick else 3)
    compare_changes(bench, folder, large_path, runs)


def one_briefing(bench: Bench, folder: Path, label: str, db: Any, runs: int) -> None:
    first = db.scalar("SELECT min(id) FROM alliance")
    bench.pair(
        f"{label}: briefing of one alliance",
        lambda: build_briefing(db, folder / "one.pdf", [first], **BRIEFING),
        "plain reportlab page",
        lambda pages: plain_pdf(folder / "plain-one.pdf", pages),
        runs=runs,
        target=BRIEFING_BUDGET,
        target_unit="s",
        detail=lambda pages: f"{pages} page, English, A4",
    )


def summary_page(bench: Bench, folder: Path, db: Any, runs: int) -> None:
    """The board pack's executive summary of every alliance alone (the chart of all of
    them, the list needing attention, the counts): what the summary adds to a pack."""
    from alliance_desk.reports.briefing_layout import (
        FRAME_PADDING,
        MARGIN,
        BriefingDocument,
        Footer,
        Plan,
    )
    from alliance_desk.reports.briefing_onepager import OnePager
    from alliance_desk.reports.briefing_pack import by_attention
    from alliance_desk.reports.briefing_summary import summary
    from alliance_desk.store.portfolio import portfolio

    def page() -> int:
        lines = by_attention(portfolio(db, BRIEFING["today"]))
        edition = OnePager(db, "en", BRIEFING["today"], A4[0] - 2 * MARGIN - 2 * FRAME_PADDING)
        footer = Footer("bench", "Confidential", "Page {page} of {pages}", 1)
        document = BriefingDocument(str(folder / "summary.pdf"), A4, footer)  # drawn
        document.build(summary(edition, lines, Plan()))
        return int(document.page)

    bench.pair(
        "large: executive summary of every alliance",
        page,
        "plain reportlab page",
        lambda pages: plain_pdf(folder / "plain-summary.pdf", pages),
        runs=runs,
        target=SUMMARY_BUDGET,
        target_unit="s",
        detail=lambda pages: f"{pages} page, English, A4, with the portfolio query",
    )


def compare_pack(
    bench: Bench,
    folder: Path,
    name: str,
    pack: Callable[[], int],
    runs: int,
    target: float | None = None,
    target_unit: str = "×",
    workers: int = 1,
) -> None:
    """A briefing against a plain reportlab document of the same number of pages;
    ``workers``: the processes that draw its one-pagers (said beside the pages)."""
    bench.pair(
        name,
        pack,
        "plain reportlab, as many pages",
        lambda pages: plain_pdf(folder / "plain.pdf", pages),
        runs=runs,
        target=target,
        target_unit=target_unit,
        detail=lambda pages: (
            f"{pages} pages, {workers} worker{'s' if workers > 1 else ''}"
            if workers > 1
            else f"{pages} pages, one process"
        ),
        baseline_detail=lambda made: (
            "each a heading, text, a 15-row table and a line plot; Helvetica (no DejaVu)"
        ),
    )


def plain_pdf(target: Path, pages: int) -> int:
    """A plain reportlab document of ``pages`` pages, each with a heading, three paragraphs,
    a table of 15 rows and a drawing with a small line plot; the number of pages made."""
    styles = getSampleStyleSheet()
    grid = TableStyle(
        [
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ]
    )
    story: list[Flowable] = []
    for page in range(1, pages + 1):
        story.append(Paragraph(f"Alliance {page}: quarterly review", styles["Heading1"]))
        for number in range(3):
            story.append(Paragraph(f"<b>{number + 1}.</b> {PLAIN_TEXT}", styles["BodyText"]))
        rows = [["Goal", "Owner", "Due", "Status", "Score"]]
        rows += [
            [f"Goal {page}.{row}", f"Owner {row}", f"2026-{row % 12 + 1:02d}-15", "on track", row]
            for row in range(1, 15)
        ]
        story.append(Table(rows, style=grid))
        drawing = Drawing(400, 150)
        plot = LinePlot()
        plot.x, plot.y, plot.width, plot.height = 40, 20, 340, 110
        plot.data = [
            [(month, (page * month + side) % 5 + 1) for month in range(1, 13)] for side in (0, 2)
        ]
        drawing.add(plot)
        story += [drawing, PageBreak()]
    story.pop()  # no empty page after the last one
    made = 0

    def count(canvas: Any, doc: Any) -> None:
        nonlocal made
        made += 1

    SimpleDocTemplate(str(target), pagesize=A4).build(story, onFirstPage=count, onLaterPages=count)
    return made


SIGNALS_ONE_BUDGET = 0.015  # seconds for one alliance's signals (a profile page opening)


def compare_signals(bench: Bench, db: Any, runs: int) -> None:
    """The early-warning signals of every alliance against the portfolio() query of the same
    alliances (the portfolio page's figures), and of one alliance against a plain read of the
    rows they come from."""
    today = large.DEFAULT_TODAY
    ids = [row["id"] for row in db.query("SELECT id FROM alliance ORDER BY id")]
    bench.pair(
        f"large: signals of {len(ids)} alliances",
        lambda: signals(db, today, alliance_ids=ids),
        "portfolio() of the same alliances",
        lambda found: len(portfolio(db, today)),
        runs=runs,
        detail=lambda found: f"{sum(map(len, found.values())):,} signals",
        baseline_detail=lambda lines: f"{lines} lines",
    )
    bench.pair(
        "large: signals of one alliance",
        lambda: signals(db, today, alliance_ids=ids[:1]),
        "plain reads of its rows",
        lambda found: sum(
            len(db.query(f"SELECT * FROM {table} WHERE alliance_id = :id", {"id": ids[0]}))
            for table in ("evaluation", "action", "decision", "risk", "meeting", "stakeholder")
        ),
        runs=runs,
        target=SIGNALS_ONE_BUDGET,
        target_unit="s",
        detail=lambda found: f"{sum(map(len, found.values()))} signals",
    )


def compare_export(bench: Bench, folder: Path, db: Any, path: Path, suffix: str, runs: int) -> None:
    """export_evaluations (long form, default options) against plain dumps of its rows: for
    CSV csv.writer, for XLSX openpyxl's write-only mode and XlsxWriter's constant_memory mode
    (the libraries our own writer must beat to earn its place)."""
    target = folder / f"evaluations.{suffix}"
    plains: list[tuple[str, Callable[[sqlite3.Connection, Path], int], float]] = (
        [("plain csv.writer dump", plain_csv, CSV_RATIO_TARGET)]
        if suffix == "csv"
        else [
            ("openpyxl write-only dump", plain_xlsx, XLSX_RATIO_TARGET),
            ("XlsxWriter constant_memory dump", plain_xlsxwriter, XLSX_RATIO_TARGET),
        ]
    )
    counts: list[int] = []  # rows exported and dumped, the latest pair
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for name, plain, target_ratio in plains:
            dumped = folder / f"plain-{plain.__name__}.{suffix}"

            def dump(exported: int, plain: Any = plain, dumped: Path = dumped) -> int:
                counts[:] = [exported, plain(connection, dumped)]
                return counts[1]

            bench.pair(
                f"large: export evaluations to {suffix.upper()}"
                + (f" (vs {name.split()[0]})" if suffix == "xlsx" else ""),
                lambda: export_evaluations(db, target),
                name,
                dump,
                runs=runs,
                target=target_ratio,
                detail=lambda rows: (
                    f"{rows:,} rows x {len(PLAIN_COLUMNS)} columns, {_size(target)}"
                    + ("" if len(set(counts)) == 1 else f", ROW COUNTS DIFFER: {counts}")
                ),
                baseline_detail=lambda rows, dumped=dumped: f"{_size(dumped)}",
            )


# --- what changed since the last board pack ---------------------------------------------------

CHANGES_RATIO_BUDGET = 2.0  # changes_since against plainly reading the rows it works from
LONG_TRAIL = 200_000  # audit entries added for the second measurement

# The rows changes_since works from, read plainly: the period's alliance entries, the
# period's health checks with their scores, every decision and risk with its first
# insert entry, every sponsor's assessments.
PLAIN_CHANGES = (
    "SELECT * FROM audit_log WHERE table_name = 'alliance' AND changed_at >= :since",
    "SELECT evaluation.*, evaluation_score.score FROM evaluation JOIN evaluation_score"
    " ON evaluation_score.evaluation_id = evaluation.id WHERE evaluated_on >= :since",
    "SELECT decision.*, (SELECT min(changed_at) FROM audit_log WHERE table_name = 'decision'"
    " AND record_id = decision.id AND change = 'insert') FROM decision",
    "SELECT risk.*, (SELECT min(changed_at) FROM audit_log WHERE table_name = 'risk'"
    " AND record_id = risk.id AND change = 'insert') FROM risk",
    "SELECT stakeholder_assessment.* FROM stakeholder JOIN stakeholder_assessment"
    " ON stakeholder_assessment.stakeholder_id = stakeholder.id WHERE is_sponsor = 1",
)


def compare_changes(bench: Bench, folder: Path, large_path: Path, runs: int) -> None:
    """changes_since over every alliance since the remembered board pack, against plain
    reads of its rows; then again with a long audit trail (edits of two more years)."""
    today = large.DEFAULT_TODAY

    def measure(label: str, path: Path) -> None:
        with open_workbook(path, backup_dir=folder / "backups") as opened:
            db = opened.db
            since = previous_board_pack(db, today) or today - dt.timedelta(days=90)
            entries = db.scalar("SELECT count(*) FROM audit_log")
            bench.pair(
                f"large: changes since the last board pack{label}",
                lambda: changes_since(db, since, today),
                "plain reads of the rows it works from",
                lambda found: sum(
                    len(db.query(sql, {"since": since.isoformat()})) for sql in PLAIN_CHANGES
                ),
                runs=runs,
                detail=lambda found: (
                    f"{len(found)} alliances, {sum(map(len, found.values()))} changes since"
                    f" {since}, {entries:,} audit entries"
                ),
                target=CHANGES_RATIO_BUDGET,
                baseline_detail=lambda rows: f"{rows:,} rows",
            )

    measure("", large_path)
    if not bench.wants(f"large: changes since the last board pack ({LONG_TRAIL:,} more entries)"):
        return
    long_trail = folder / "Long trail.alliance"
    with contextlib.closing(sqlite3.connect(large_path)) as source:
        with contextlib.closing(sqlite3.connect(long_trail)) as target:
            source.backup(target)
            target.executemany(
                "INSERT INTO audit_log (changed_at, table_name, record_id, change, field,"
                " old_value, new_value) VALUES (?, ?, ?, 'update', ?, ?, ?)",
                sorted(_long_trail(today)),
            )
            target.commit()
    measure(f" ({LONG_TRAIL:,} more entries)", long_trail)


def _long_trail(today: dt.date) -> list[tuple[str, str, int, str, str, str]]:
    """Two years of edits: mostly actions, some alliance status and reason changes."""
    found = []
    for number in range(LONG_TRAIL):
        day = (today - dt.timedelta(days=number * 7919 % 730)).isoformat()
        stamp = f"{day}T{number % 24:02d}:00:00Z"
        if number % 40 == 0:
            alliance = number // 40 % large.ALLIANCES + 1
            field, old, new = (
                ("status_rag", "green", "amber"),
                ("status_reason", "On plan", "Behind plan"),
                ("lifecycle_stage", "working_together", "value_creation"),
            )[number // 40 % 3]
            found.append((stamp, "alliance", alliance, field, old, new))
        else:
            found.append((stamp, "action", number % 50_000 + 1, "status", "open", "done"))
    return found


def plain_csv(connection: sqlite3.Connection, target: Path) -> int:
    """The long-form rows with sqlite3 and csv.writer; the number of rows."""
    count = 0
    with open(target, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(PLAIN_COLUMNS)
        for row in connection.execute(PLAIN_EVALUATIONS):
            writer.writerow(row)
            count += 1
    return count


def plain_xlsx(connection: sqlite3.Connection, target: Path) -> int:
    """The long-form rows with an openpyxl write-only workbook (dates as dates)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Evaluations")
    sheet.append(PLAIN_COLUMNS)
    count = 0
    for row in connection.execute(PLAIN_EVALUATIONS):
        values = list(row)
        values[2] = dt.date.fromisoformat(values[2])
        sheet.append(values)
        count += 1
    book.save(target)
    return count


def plain_xlsxwriter(connection: sqlite3.Connection, target: Path) -> int:
    """The long-form rows with XlsxWriter in constant_memory mode (dates as dates)."""
    import xlsxwriter  # the bench extra

    book = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    sheet = book.add_worksheet("Evaluations")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, PLAIN_COLUMNS)
    count = 0
    for count, row in enumerate(connection.execute(PLAIN_EVALUATIONS), start=1):
        sheet.write_row(count, 0, row[:2])
        sheet.write_datetime(count, 2, dt.datetime.fromisoformat(row[2]), day)
        sheet.write_row(count, 3, row[3:])
    book.close()
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a tenth of the large demo, no x5 workbook and fewer runs (to try the script; "
        "verdicts are indicative only)",
    )
    parser.add_argument(
        "-k",
        "--only",
        metavar="PATTERN",
        help="measure only the rows whose name this regular expression finds (case-insensitive),"
        " e.g. -k 'search|switch' or -k '^x5:'",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also keep the run in FILE")
    parser.add_argument(
        "--markdown",
        type=Path,
        metavar="FILE",
        help="print the rows of a run kept with --json as a Markdown table (README's), and stop",
    )
    args = parser.parse_args(argv)
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text(encoding="utf-8"))["rows"]))
        return 0
    if args.quick:
        large.ALLIANCES //= 10  # fill_large reads it when called
    facts = machine()
    print(machine_text(facts))
    bench = Bench(args.only)
    sizes = {"large": bench.setup("the large demo (cached)", lambda: cached_demo(large.ALLIANCES))}
    if not args.quick and bench.wants("x5:"):
        sizes["x5"] = bench.setup(
            "the x5 workbook (cached)", lambda: cached_demo(large.ALLIANCES * 5)
        )
    print(
        f"workbooks: {large.ALLIANCES} alliances{' (--quick)' if args.quick else ''}"
        + (f", x5: {large.ALLIANCES * 5}" if "x5" in sizes else "")
        + f"; cache: {CACHE}\n"
    )
    with tempfile.TemporaryDirectory(prefix="alliance_desk-bench-") as name:
        # Settings, recent files and logs of the windows opened here stay in the run's own
        # folder (also for the start-up probes, which inherit the environment).
        os.environ["XDG_CONFIG_HOME"] = str(Path(name) / "config")
        os.environ["XDG_DATA_HOME"] = str(Path(name) / "data")
        run(bench, Path(name), args.quick, sizes)
    print("\n".join(bench.notes) + "\n")
    print(bench.table())
    if args.json:
        save_json(args.json, bench, facts)
        print(f"\nkept in {args.json}")
    return 1 if bench.failed else 0


if __name__ == "__main__":
    sys.exit(main())
