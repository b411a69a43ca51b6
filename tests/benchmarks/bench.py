"""Benchmarks of alliance_desk on the large demo workbook: timings and memory against budgets.

Run from the repository root::

    .venv/bin/python tests/benchmarks/bench.py            # the large demo (500 alliances)
    .venv/bin/python tests/benchmarks/bench.py --quick    # a tenth of it, to try the script

It prints the machine, then one row per measurement: the operation, what it
took, its budget and a verdict. Budgets are reported, not enforced: the exit
status is 0 unless an operation fails. Everything happens in a temporary
folder that is removed afterwards.

Not a test module (pytest collects only ``test_*.py``). To add a measurement,
call ``bench.measure(name, budget, fn)`` (timed) or ``bench.note(...)`` (a
value such as memory or a ratio) in :func:`run` or a group it calls
(:func:`run_app_timings`, :func:`run_reports`, ``bench_rounds.run_rounds``).

Where a budget is relative, the plain baseline is built in the same run:
briefings against a plain reportlab document of as many pages, evaluation
exports against a plain ``csv.writer`` or openpyxl dump of the same rows, questionnaires
against plain openpyxl workbooks and reportlab documents of the same text, importing answered
questionnaires against reading their cells with openpyxl (``bench_rounds.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import datetime as dt
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_rounds  # noqa: E402  (beside this script)
import bench_sheets  # noqa: E402  (beside this script)
import ui_timings  # noqa: E402
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

from alliance_desk import __version__
from alliance_desk.demo import large
from alliance_desk.demo.builder import build_demo
from alliance_desk.reports.briefing import build_briefing
from alliance_desk.reports.evaluation_export import export_evaluations
from alliance_desk.store import exchange
from alliance_desk.store.board_packs import previous_board_pack
from alliance_desk.store.changes import changes_since
from alliance_desk.store.portfolio import portfolio
from alliance_desk.store.signals import signals
from alliance_desk.store.workbook import open_workbook

T = TypeVar("T")
U = TypeVar("U")
MB = 1024 * 1024


@dataclasses.dataclass
class Result:
    """One row of the table: ``value`` in ``unit`` (seconds or MiB), None if it failed."""

    name: str
    value: float | None
    budget: float | None
    unit: str = "s"
    detail: str = ""

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "ERROR"
        if self.budget is None:
            return "-"
        return "ok" if self.value < self.budget else "OVER BUDGET"


def _shown(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "×":
        return f"{value:.2f} ×"
    if unit == "MiB" and value < 1:
        return f"{value * 1024:.0f} KiB"
    return f"{value:.1f} {unit}"


class Bench:
    """Collects results; a failing operation is recorded and the run goes on."""

    def __init__(self) -> None:
        self.results: list[Result] = []

    @property
    def failed(self) -> bool:
        return any(result.value is None for result in self.results)

    def measure(
        self,
        name: str,
        budget: float | None,
        fn: Callable[[], T],
        *,
        runs: int = 1,
        detail: Callable[[T], str] | None = None,
        cleanup: Callable[[T], object] | None = None,
    ) -> T | None:
        """Time ``fn`` with ``time.perf_counter`` (the median of ``runs`` runs).

        ``cleanup`` gets each run's outcome after the clock has stopped (to close
        what ``fn`` opened, say); the last outcome is returned.
        """
        times: list[float] = []
        outcome: T | None = None
        try:
            for _ in range(runs):
                started = time.perf_counter()
                outcome = fn()
                times.append(time.perf_counter() - started)
                if cleanup is not None:
                    cleanup(outcome)
        except Exception as error:  # reported in the table; the exit status says it failed
            self._failed(name, budget, "s", error)
            return None
        text = detail(outcome) if detail and outcome is not None else ""
        self._timed(name, budget, times, text)
        return outcome

    def measure_pair(
        self,
        name: str,
        fn: Callable[[], T],
        baseline_name: str,
        baseline: Callable[[T], U],
        *,
        runs: int = 1,
        detail: Callable[[T], str] | None = None,
        baseline_detail: Callable[[U], str] | None = None,
    ) -> float | None:
        """Time ``fn`` and a plain ``baseline`` doing the same work (it gets ``fn``'s outcome:
        a page count, say) in turns, so that a busier moment of the machine weighs on both.

        A row for each (no budget); the row of ``fn`` also names the ratio of the medians,
        which is returned (None if either failed).
        """
        times: tuple[list[float], list[float]] = ([], [])
        outcome: T | None = None
        plain: U | None = None
        failing = name
        try:
            for _ in range(runs):
                failing = name
                started = time.perf_counter()
                outcome = fn()
                times[0].append(time.perf_counter() - started)
                failing = baseline_name
                started = time.perf_counter()
                plain = baseline(outcome)
                times[1].append(time.perf_counter() - started)
        except Exception as error:
            self._failed(failing, None, "s", error)
            return None
        ratio = statistics.median(times[0]) / statistics.median(times[1])
        text = detail(outcome) + "; " if detail and outcome is not None else ""
        self._timed(name, None, times[0], f"{text}{ratio:.2f} × the baseline below")
        text = baseline_detail(plain) if baseline_detail and plain is not None else ""
        self._timed(baseline_name, None, times[1], text)
        return ratio

    def _timed(self, name: str, budget: float | None, times: list[float], text: str) -> None:
        if len(times) > 1:
            spread = f"median of {len(times)}, {min(times) * 1000:.0f}-{max(times) * 1000:.0f} ms"
            text = f"{spread}; {text}" if text else spread
        self.results.append(Result(name, statistics.median(times), budget, "s", text))

    def peak_memory(self, name: str, fn: Callable[[], Any], budget_mb: float | None = None) -> None:
        """The most memory Python allocated at once while ``fn`` ran (tracemalloc)."""
        tracemalloc.start()
        try:
            fn()
            _, peak = tracemalloc.get_traced_memory()
        except Exception as error:
            self._failed(name, budget_mb, "MiB", error)
            return
        finally:
            tracemalloc.stop()
        self.note(name, peak / MB, budget_mb, "MiB", "tracemalloc peak (Python allocations)")

    def note(
        self, name: str, value: float, budget: float | None, unit: str, detail: str = ""
    ) -> None:
        self.results.append(Result(name, value, budget, unit, detail))

    def _failed(self, name: str, budget: float | None, unit: str, error: Exception) -> None:
        traceback.print_exception(error, file=sys.stderr)
        self.results.append(Result(name, None, budget, unit, f"{type(error).__name__}: {error}"))

    def table(self) -> str:
        header = ("operation", "took", "budget", "verdict", "detail")
        rows = [
            (
                result.name,
                _shown(result.value, result.unit),
                "-" if result.budget is None else f"< {_shown(result.budget, result.unit)}",
                result.verdict,
                result.detail,
            )
            for result in self.results
        ]
        widths = [max(len(row[column]) for row in [header, *rows]) for column in range(4)]

        def line(row: tuple[str, ...]) -> str:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            return "  ".join([*cells, row[4]]).rstrip()

        rule = "  ".join("-" * width for width in widths) + "  ------"
        return "\n".join([line(header), rule, *(line(row) for row in rows)])


def machine() -> str:
    return "\n".join(
        [
            f"alliance_desk {__version__} benchmarks, {dt.datetime.now():%Y-%m-%d %H:%M}",
            f"machine: {platform.platform()} ({platform.machine()}), {os.cpu_count()} CPUs",
            f"Python {platform.python_version()} ({platform.python_implementation()}), "
            f"SQLite {sqlite3.sqlite_version}",
        ]
    )


def max_rss_mb() -> float | None:
    """The process's peak resident memory so far (POSIX only)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB else


def _size(path: Path) -> str:
    return f"{path.stat().st_size / MB:.1f} MiB"


def run(bench: Bench, folder: Path, quick: bool) -> None:
    workbook = folder / "Large.alliance"
    export_file = folder / "large.json"
    copies = iter(range(1, 100))

    def build() -> Path:
        return build_demo(workbook, size="large")

    def export() -> dict[str, int]:
        export_file.unlink(missing_ok=True)
        with open_workbook(workbook, backup_dir=folder / "backups") as opened:
            return exchange.export_workbook(opened.db.connection, opened.path, export_file)

    def import_() -> dict[str, int]:
        target = folder / f"Imported-{next(copies)}.alliance"
        return exchange.import_workbook(export_file, target)

    size = "a tenth of the large demo" if quick else "the large demo"
    if (
        bench.measure(f"build {size}", None, build, detail=lambda path: f"{_size(path)} workbook")
        is None
    ):
        return

    # Opening alone is timed (closing is not): the median of several runs.
    bench.measure(
        "open_workbook",
        0.100,
        lambda: open_workbook(workbook, backup_dir=folder / "backups"),
        runs=3 if quick else 5,
        cleanup=lambda opened: opened.close(),
    )

    counts = bench.measure(
        "export to JSON",
        10.0,
        export,
        detail=lambda counts: f"{sum(counts.values()):,} rows, {_size(export_file)}",
    )
    if counts is None:
        return
    bench.measure(
        "import JSON into a new workbook",
        10.0,
        import_,
        detail=lambda counts: f"{sum(counts.values()):,} rows",
    )
    bench.peak_memory("peak memory: export", export)
    bench.peak_memory("peak memory: import", import_)
    small = build_demo(folder / "Small.alliance")
    run_reports(bench, folder, workbook, small, quick)
    bench_rounds.run_rounds(bench, folder, quick)
    bench_sheets.run_sheets(bench, folder, quick)
    for label, path in (("small", small), ("large", workbook)):
        run_app_timings(bench, label, path, runs=3 if quick else 5)
    rss = max_rss_mb()
    if rss is not None:
        bench.note("peak memory: process (ru_maxrss)", rss, None, "MiB", "the whole run")


def run_app_timings(bench: Bench, label: str, workbook: Path, runs: int) -> None:
    """Start-up against a bare window, page switches and search on one workbook."""
    try:
        bare = ui_timings.startup_seconds("bare", runs=runs)
        app = ui_timings.startup_seconds("app", workbook, runs=runs)
    except Exception as error:  # reported in the table; the run goes on
        bench._failed(f"{label}: window shown and painted", 1.5, "s", error)
        return
    bench.note(f"{label}: bare PySide6 window painted", bare, None, "s", f"median of {runs}")
    bench.note(
        f"{label}: main window painted",
        app,
        min(1.5, 3 * bare),
        "s",
        f"median of {runs}; {app / bare:.1f} x the bare window (budget 3 x and < 1.5 s)",
    )
    for name, (median, high) in ui_timings.in_app_timings(workbook, rounds=runs).items():
        bench.note(f"{label}: {name} (p95)", high, 0.100, "s", f"median {median * 1000:.1f} ms")


# --- briefings and evaluation exports ---------------------------------------------------------

BRIEFING_BUDGET = 0.5  # seconds for one alliance's one-pager
SUMMARY_BUDGET = 1.0  # seconds for the executive summary page of every alliance
EXPORT_RATIO_BUDGET = 1.5  # an export against a plain dump of the same rows
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
        compare_pack(
            bench,
            folder,
            f"large: board pack of {len(chosen)} alliances",
            lambda: build_briefing(db, folder / "pack.pdf", chosen, board_pack=True, **BRIEFING),
            1 if quick else 3,
        )
        compare_signals(bench, db, runs)
        compare_export(bench, folder, db, large_path, "csv", runs)
        compare_export(bench, folder, db, large_path, "xlsx", runs if quick else 3)
    compare_changes(bench, folder, large_path, runs)


def one_briefing(bench: Bench, folder: Path, label: str, db: Any, runs: int) -> None:
    first = db.scalar("SELECT min(id) FROM alliance")
    bench.measure(
        f"{label}: briefing of one alliance",
        BRIEFING_BUDGET,
        lambda: build_briefing(db, folder / "one.pdf", [first], **BRIEFING),
        runs=runs,
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

    bench.measure(
        "large: executive summary of every alliance",
        SUMMARY_BUDGET,
        page,
        runs=runs,
        detail=lambda pages: f"{pages} page, English, A4, with the portfolio query",
    )


def compare_pack(bench: Bench, folder: Path, name: str, pack: Callable[[], int], runs: int) -> None:
    """A briefing against a plain reportlab document of the same number of pages."""
    bench.measure_pair(
        name,
        pack,
        f"{name.split(':')[0]}: plain reportlab, as many pages",
        lambda pages: plain_pdf(folder / "plain.pdf", pages),
        runs=runs,
        detail=lambda pages: f"{pages} pages",
        baseline_detail=lambda made: (
            f"{made} pages, each a heading, text, a 15-row table and "
            "a line plot; Helvetica (no DejaVu)"
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
    alliances (the portfolio page's figures), and one alliance's signals against a budget."""
    today = large.DEFAULT_TODAY
    ids = [row["id"] for row in db.query("SELECT id FROM alliance ORDER BY id")]
    bench.measure_pair(
        f"large: signals of {len(ids)} alliances",
        lambda: signals(db, today, alliance_ids=ids),
        "large: portfolio() of the same alliances",
        lambda found: len(portfolio(db, today)),
        runs=runs,
        detail=lambda found: f"{sum(map(len, found.values())):,} signals",
        baseline_detail=lambda lines: f"{lines} lines",
    )
    bench.measure(
        "large: signals of one alliance",
        SIGNALS_ONE_BUDGET,
        lambda: signals(db, today, alliance_ids=ids[:1]),
        runs=runs,
        detail=lambda found: f"{sum(map(len, found.values()))} signals",
    )


def compare_export(bench: Bench, folder: Path, db: Any, path: Path, suffix: str, runs: int) -> None:
    """export_evaluations (long form, default options) against a plain dump of its rows, and
    a row for the ratio against its budget."""
    target = folder / f"evaluations.{suffix}"
    dumped = folder / f"plain.{suffix}"
    plain = plain_csv if suffix == "csv" else plain_xlsx
    counts: list[int] = []

    def export() -> int:
        return export_evaluations(db, target)

    def dump(exported: int) -> int:
        counts[:] = [exported, plain(connection, dumped)]
        return counts[1]

    with contextlib.closing(sqlite3.connect(path)) as connection:
        ratio = bench.measure_pair(
            f"large: export evaluations to {suffix.upper()}",
            export,
            f"large: plain {'csv.writer' if suffix == 'csv' else 'openpyxl write-only'} dump",
            dump,
            runs=runs,
            detail=lambda rows: f"{rows:,} rows x {len(PLAIN_COLUMNS)} columns, {_size(target)}",
            baseline_detail=lambda rows: (
                f"{rows:,} rows x {len(PLAIN_COLUMNS)} columns, {_size(dumped)}"
            ),
        )
    if ratio is None:
        return
    same = "the same rows" if counts[0] == counts[1] else f"ROW COUNTS DIFFER: {counts}"
    bench.note(
        f"large: export to {suffix.upper()} ÷ plain dump",
        ratio,
        EXPORT_RATIO_BUDGET,
        "×",
        f"{same}; the export also defuses formulas, checks cell limits and syncs to disk",
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
            ratio = bench.measure_pair(
                f"large: changes since the last board pack{label}",
                lambda: changes_since(db, since, today),
                f"large: plain reads of the rows it works from{label}",
                lambda found: sum(
                    len(db.query(sql, {"since": since.isoformat()})) for sql in PLAIN_CHANGES
                ),
                runs=runs,
                detail=lambda found: (
                    f"{len(found)} alliances, {sum(map(len, found.values()))} changes since"
                    f" {since}, {entries:,} audit entries"
                ),
                baseline_detail=lambda rows: f"{rows:,} rows",
            )
        if ratio is not None:
            bench.note(
                f"large: changes since{label} ÷ plain reads",
                ratio,
                CHANGES_RATIO_BUDGET,
                "×",
                "net effect per day, reasons, health per side, sponsors",
            )

    measure("", large_path)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a tenth of the large demo and fewer runs (to try the script; verdicts are "
        "indicative only)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        large.ALLIANCES //= 10  # fill_large reads it when called
    print(machine())
    print(f"workbook: {large.ALLIANCES} alliances{' (--quick)' if args.quick else ''}\n")
    bench = Bench()
    with tempfile.TemporaryDirectory(prefix="alliance_desk-bench-") as name:
        # Settings, recent files and logs of the windows opened here stay in the run's own
        # folder (also for the start-up probes, which inherit the environment).
        os.environ["XDG_CONFIG_HOME"] = str(Path(name) / "config")
        os.environ["XDG_DATA_HOME"] = str(Path(name) / "data")
        run(bench, Path(name), args.quick)
    print(bench.table())
    return 1 if bench.failed else 0


if __name__ == "__main__":
    sys.exit(main())
