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
value such as memory) in :func:`run`; later rows (user-interface timings via
``startup_probe.py``, briefings) fit the same table.
"""

from __future__ import annotations

import argparse
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
import ui_timings  # noqa: E402  (beside this script)

from alliance_desk import __version__
from alliance_desk.demo import large
from alliance_desk.demo.builder import build_demo
from alliance_desk.store import exchange
from alliance_desk.store.workbook import open_workbook

T = TypeVar("T")
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
        if runs > 1:
            spread = f"median of {runs}, {min(times) * 1000:.0f}-{max(times) * 1000:.0f} ms"
            text = f"{spread}; {text}" if text else spread
        self.results.append(Result(name, statistics.median(times), budget, "s", text))
        return outcome

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
        run(bench, Path(name), args.quick)
    print(bench.table())
    return 1 if bench.failed else 0


if __name__ == "__main__":
    sys.exit(main())
