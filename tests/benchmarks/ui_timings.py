"""Timings of the desktop app for bench.py: start-up, page switches, search, memory.

Start-up and memory are measured in fresh processes (``startup_probe.py``), from
process start to the first paint of the main window (and the resident memory then),
against a bare PySide6 window in the same run. Page switches and searches are measured
in a process of their own on an offscreen window: the time from the request to the page painted
(as the event loop paints it: once),
against repainting the window unchanged (the floor a switch stands on) and against
SQLite's own ranked FTS5 query for the same words.

Before the start-up runs, alliance_desk's byte-code is compiled, as an installed app has it
(pip compiles a wheel's modules; the packaged app holds byte-code only): with
PYTHONDONTWRITEBYTECODE set, or a source tree never run, each start would otherwise compile
every module from source again, which no user's start does (about 55 ms of CPU on the
2-core machine for the large demo's window).
"""

from __future__ import annotations

import compileall
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PROBE = Path(__file__).with_name("startup_probe.py")
PACKAGE = Path(__file__).resolve().parents[2] / "alliance_desk"
QUERIES = (
    "governance",
    "charter",
    "pricing",
    "anna",
    "jansen",
    "launch plan",
    "forecast",
    "exit",
    "review",
    "data sharing",
    "müller",
    "kpi",
)


@dataclasses.dataclass
class Startup:
    seconds: float  # median from process start to the first paint
    rss_mb: float | None  # median resident memory then (None where /proc has none)


def startups(workbook: Path, runs: int = 5) -> tuple[Startup, Startup]:
    """Fresh processes showing a bare window and the app's window on ``workbook``, in turns
    (on a shared machine the load changes within seconds): the medians of ``runs`` each."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    compileall.compile_dir(PACKAGE, quiet=1)  # as installed (see the module's text)
    figures: dict[str, tuple[list[float], list[float]]] = {"bare": ([], []), "app": ([], [])}
    for _ in range(runs):
        for kind, arguments in (("bare", []), ("app", [str(workbook)])):
            result = subprocess.run(
                [sys.executable, str(PROBE), kind, *arguments],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=True,
            )
            seconds, *memory = result.stdout.strip().splitlines()[-1].split()
            figures[kind][0].append(float(seconds))
            figures[kind][1].extend(float(value) for value in memory)
    bare, app = (
        Startup(statistics.median(times), statistics.median(memory) if memory else None)
        for times, memory in (figures["bare"], figures["app"])
    )
    return bare, app


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def in_app_timings(
    workbook: Path, rounds: int = 5
) -> dict[str, tuple[list[float], list[float], str]]:
    """Per page switch and for search: (samples, baseline samples, baseline name) in seconds,
    on an offscreen window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from alliance_desk.store.search import match_expression, search
    from alliance_desk.ui.language import Translation
    from alliance_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])

    def settle() -> None:
        """Untimed, what the app's event loop does between two requests: posted events, and
        the widgets a page let go with deleteLater (processEvents alone, outside exec(),
        never deletes them, so a page's old goal cards would pile up round after round)."""
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    class PaintSeen(QObject):
        """Whether any widget painted while it listens."""

        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    watch = PaintSeen()

    def painted(change: Any = None) -> float:
        """A change as the event loop handles it (its layouts, then one paint of what it
        touched), or without one, the whole window repainted unchanged. Repainting the whole
        window after a change as well would paint the page twice: repaint() leaves the
        update requests the change posted to be painted again."""
        started = time.perf_counter()
        if change is None:
            window.repaint()
            app.processEvents()
            return time.perf_counter() - started
        watch.seen = False
        app.installEventFilter(watch)
        try:
            change()
            app.processEvents()
        finally:
            app.removeEventFilter(watch)
        if not watch.seen:  # a platform that paints later: paint now
            window.repaint()
            app.processEvents()
        return time.perf_counter() - started

    translation = Translation(app)
    translation.switch("en")
    window = MainWindow(translation)
    window.resize(1280, 760)
    window.show()
    window.open_path(workbook)
    # The page check and the daily backup start right after the window's first paint: they
    # are waited for (they ran during the first round's switches; the check of the x5
    # workbook takes a second of the other core).
    while not window.painted:
        app.processEvents()
    window.file_actions.wait_for_background()
    app.processEvents()
    results: dict[str, tuple[list[float], list[float], str]] = {}
    alliances = [window.alliance_box.itemData(i) for i in range(window.alliance_box.count())]
    samples: dict[str, tuple[list[float], list[float]]] = {
        view.title(): ([], []) for view in window.views
    }
    for round_number in range(rounds):
        # Another alliance each round, so pages really load (nothing cached between).
        if alliances:
            window.choose_alliance(alliances[(round_number * 37) % len(alliances)])
        window.navigation.setCurrentRow(0)
        settle()
        for row, view in enumerate(window.views):
            samples[view.title()][0].append(
                painted(lambda row=row: window.navigation.setCurrentRow(row))
            )
            settle()
            samples[view.title()][1].append(painted())
            settle()
    for title, (switches, repaints) in samples.items():
        results[f"switch to {title}"] = (switches, repaints, "repaint, unchanged")
    chosen: tuple[list[float], list[float]] = ([], [])
    for alliance_id in alliances[:: max(1, len(alliances) // 20)][:20]:
        index = window.alliance_box.findData(alliance_id)
        chosen[0].append(painted(lambda index=index: window.alliance_box.setCurrentIndex(index)))
        settle()
        chosen[1].append(painted())
        settle()
    if chosen[0]:
        results["choose another alliance"] = (*chosen, "repaint, unchanged")
    assert window.session is not None
    db = window.session.db
    found: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            search(db, query)
            found[0].append(time.perf_counter() - started)
            started = time.perf_counter()
            db.connection.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50",
                (match_expression(query),),
            ).fetchall()
            found[1].append(time.perf_counter() - started)
    results["search"] = (*found, "SQLite FTS5 ranked rowids")
    window.close_workbook()
    window.close()
    return results


def in_app_timings_apart(
    workbook: Path, rounds: int
) -> dict[str, tuple[list[float], list[float], str]]:
    """:func:`in_app_timings` in a process of its own, as the app runs: in the benchmark's
    process, which by then holds the other rows' workbooks and documents, Python's full
    garbage collections walk all of that too (12-39 ms each with only these rows, more in a
    full run), and one falling in a timed switch made it the p95 of its five."""
    done = subprocess.run(
        [sys.executable, __file__, str(workbook), str(rounds)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise RuntimeError(f"the in-app timings failed: {last}")
    return {
        name: (ours, plain, baseline)
        for name, (ours, plain, baseline) in json.loads(done.stdout).items()
    }


def add_in_app_rows(bench: Any, label: str, workbook: Path, rounds: int) -> dict[str, Any]:
    """A row per page switch and for search (p95 against the baseline's p95)."""
    from bench_table import Row

    try:
        timings = in_app_timings_apart(workbook, rounds)
    except Exception as error:
        bench.failure(f"{label}: switch to a page", "repaint", error)
        return {}
    rows = {}
    for name, (ours, plain, baseline_name) in timings.items():
        rows[name] = bench.add(
            Row(
                f"{label}: {name} (p95)",
                p95(ours),
                baseline_name,
                p95(plain),
                "s",
                0.015 if name == "search" else 0.050,
                "s",
                f"median {statistics.median(ours) * 1000:.1f} ms",
                f"p95 of {len(ours)}",
            )
        )
    return rows


if __name__ == "__main__":
    # python ui_timings.py WORKBOOK ROUNDS: the in-app timings as JSON (see in_app_timings_apart)
    print(json.dumps(in_app_timings(Path(sys.argv[1]), int(sys.argv[2]))))
