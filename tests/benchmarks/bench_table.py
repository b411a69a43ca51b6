"""The rows of bench.py: each operation timed against its baseline in the same run.

Every row is an operation and a plain baseline doing the same work (or the floor the
operation stands on: SQLite's own query, a bare window, a plain reportlab document),
measured in turns in the same run, so that a busier moment of the shared machine weighs
on both. The row shows the ratio first and the absolute figures beside it; its target is
a ratio (``×``) or an absolute figure (seconds, MiB), as the issue set it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import platform
import re
import sqlite3
import statistics
import sys
import time
import traceback
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
U = TypeVar("U")
MB = 1024 * 1024


@dataclasses.dataclass
class Row:
    """One line of the table. ``value`` and ``baseline`` in ``unit``; None if it failed.

    ``target`` is a ratio when ``target_unit`` is ``×``, an upper bound on ``value - baseline``
    when it starts with ``+`` (memory over a bare window), else an upper bound on ``value``.
    """

    name: str
    value: float | None
    baseline_name: str
    baseline: float | None
    unit: str = "s"
    target: float | None = None
    target_unit: str = "×"
    detail: str = ""
    spread: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.value is None or self.baseline is None:
            return "ERROR"
        if self.target is None:
            return "-"
        figure = self.ratio if self.target_unit == "×" else self.value
        if self.target_unit.startswith("+"):
            figure = self.value - self.baseline
        return "ok" if figure is not None and figure <= self.target else "OVER"


def shown(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        if value < 0.001:
            return f"{value * 1_000_000:.1f} µs"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "×":
        return f"{value:.2f}×"
    if unit.startswith("+"):
        return "+" + shown(value, unit[1:])
    if unit == "MiB" and value < 1:
        return f"{value * 1024:.0f} KiB"
    return f"{value:.1f} {unit}"


class Bench:
    """Collects rows; a failing operation is recorded and the run goes on.

    ``only`` (a regular expression, case-insensitive) keeps the rows whose name it finds;
    the others are not measured at all, and :meth:`wants` lets a group skip its set-up.
    """

    def __init__(self, only: str | None = None) -> None:
        self.rows: list[Row] = []
        self.notes: list[str] = []
        self._only = re.compile(only, re.IGNORECASE) if only else None

    def wants(self, *names: str) -> bool:
        """Whether any of these row names is to be measured; a group asks with fragments of
        its rows' names, wanted also when the pattern spells one out in full."""
        if self._only is None:
            return True
        spelled = self._only.pattern.lower()
        return any(self._only.search(name) or name.lower() in spelled for name in names)

    @property
    def failed(self) -> bool:
        return any(row.value is None or row.baseline is None for row in self.rows)

    def setup(self, text: str, fn: Callable[[], T]) -> T:
        """Untimed in the table: set-up work whose time is printed above it."""
        started = time.perf_counter()
        outcome = fn()
        self.notes.append(f"{text}: {shown(time.perf_counter() - started, 's')}")
        return outcome

    def pair(
        self,
        name: str,
        fn: Callable[[], T],
        baseline_name: str,
        baseline: Callable[[T], U],
        *,
        runs: int = 1,
        target: float | None = None,
        target_unit: str = "×",
        detail: Callable[[T], str] | None = None,
        baseline_detail: Callable[[U], str] | None = None,
    ) -> Row | None:
        """Time ``fn`` and ``baseline`` (it gets ``fn``'s outcome) in turns, ``runs`` times;
        one row of the medians."""
        if not self.wants(name):
            return None
        times: tuple[list[float], list[float]] = ([], [])
        outcome: T | None = None
        plain: U | None = None
        try:
            for _ in range(runs):
                started = time.perf_counter()
                outcome = fn()
                times[0].append(time.perf_counter() - started)
                started = time.perf_counter()
                plain = baseline(outcome)
                times[1].append(time.perf_counter() - started)
        except Exception as error:
            return self.failure(name, baseline_name, error)
        texts = [
            detail(outcome) if detail and outcome is not None else "",
            baseline_detail(plain) if baseline_detail and plain is not None else "",
        ]
        spread = ""
        if runs > 1:
            spread = f"median of {runs}, {min(times[0]) * 1000:.0f}-{max(times[0]) * 1000:.0f} ms"
        return self.add(
            Row(
                name,
                statistics.median(times[0]),
                baseline_name,
                statistics.median(times[1]),
                "s",
                target,
                target_unit,
                "; ".join(
                    text for text in (texts[0], f"baseline: {texts[1]}" if texts[1] else "") if text
                ),
                spread,
            )
        )

    def add(self, row: Row) -> Row | None:
        if not self.wants(row.name):
            return None
        self.rows.append(row)
        return row

    def failure(self, name: str, baseline_name: str, error: BaseException) -> None:
        traceback.print_exception(error, file=sys.stderr)
        self.rows.append(
            Row(name, None, baseline_name, None, detail=f"{type(error).__name__}: {error}")
        )

    def peak(self, fn: Callable[[], Any]) -> float:
        """The most memory (MiB) Python allocated at once while ``fn`` ran (tracemalloc)."""
        tracemalloc.start()
        try:
            fn()
            return tracemalloc.get_traced_memory()[1] / MB
        finally:
            tracemalloc.stop()

    def table(self) -> str:
        header = ("operation", "÷ baseline", "took", "baseline", "took", "target", "verdict")
        lines = []
        for row in self.rows:
            target = "-"
            if row.target is not None:
                target = f"≤ {shown(row.target, row.target_unit)}"
            lines.append(
                (
                    row.name,
                    shown(row.ratio, "×"),
                    shown(row.value, row.unit),
                    row.baseline_name,
                    shown(row.baseline, row.unit),
                    target,
                    row.verdict,
                    "; ".join(text for text in (row.spread, row.detail) if text),
                )
            )
        widths = [max(len(line[column]) for line in [header, *lines]) for column in range(7)]

        def line(cells: tuple[str, ...]) -> str:
            padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=False)]
            return "  ".join([*padded, *cells[7:]]).rstrip()

        rule = "  ".join("-" * width for width in widths)
        return "\n".join([line(header), rule, *(line(cells) for cells in lines)])

    def to_json(self, machine: dict[str, Any]) -> dict[str, Any]:
        return {
            "machine": machine,
            "notes": self.notes,
            "rows": [
                {**dataclasses.asdict(row), "ratio": row.ratio, "verdict": row.verdict}
                for row in self.rows
            ],
        }


def machine() -> dict[str, Any]:
    """What the figures were measured on: the machine and the versions of what we stand on."""
    from importlib.metadata import PackageNotFoundError, version

    def of(package: str) -> str:
        try:
            return version(package)
        except PackageNotFoundError:
            return "not installed"

    from alliance_desk import __version__

    return {
        "when": f"{dt.datetime.now():%Y-%m-%d %H:%M}",
        "alliance_desk": __version__,
        "platform": f"{platform.platform()} ({platform.machine()})",
        "processor": _processor(),
        "cpus": os.cpu_count(),
        "load": " ".join(f"{value:.1f}" for value in os.getloadavg())
        if hasattr(os, "getloadavg")
        else "-",
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "qt": _qt_version(),
        "pyside6": of("PySide6-Essentials"),
        "sqlite": sqlite3.sqlite_version,
        "reportlab": of("reportlab"),
        "openpyxl": of("openpyxl"),
        "xlsxwriter": of("XlsxWriter"),
        "pypdf": of("pypdf"),
    }


def _processor() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "-"


def _qt_version() -> str:
    try:
        from PySide6 import QtCore
    except ImportError:
        return "-"
    return str(QtCore.qVersion())


def machine_text(facts: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"alliance_desk {facts['alliance_desk']} benchmarks, {facts['when']}",
            f"machine: {facts['platform']}, {facts['processor']}, {facts['cpus']} CPUs"
            f" (load average at the start: {facts['load']})",
            f"Python {facts['python']}, Qt {facts['qt']} (PySide6 {facts['pyside6']}), "
            f"SQLite {facts['sqlite']}, reportlab {facts['reportlab']}, "
            f"openpyxl {facts['openpyxl']}, XlsxWriter {facts['xlsxwriter']}, "
            f"pypdf {facts['pypdf']}",
        ]
    )


def markdown(rows: list[dict[str, Any]]) -> str:
    """A kept run's rows as a Markdown table (README's benchmark table)."""
    lines = [
        "| operation | ÷ baseline | took | baseline | took | target | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = row["value"] / row["baseline"] if row["value"] and row["baseline"] else None
        target = "-" if row["target"] is None else f"≤ {shown(row['target'], row['target_unit'])}"
        cells = [
            row["name"],
            shown(ratio, "×"),
            shown(row["value"], row["unit"]),
            row["baseline_name"],
            shown(row["baseline"], row["unit"]),
            target,
            row["verdict"],
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def save_json(path: Path, bench: Bench, facts: dict[str, Any]) -> None:
    path.write_text(json.dumps(bench.to_json(facts), indent=1, ensure_ascii=False) + "\n")
