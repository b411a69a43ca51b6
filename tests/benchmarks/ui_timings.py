"""Timings of the desktop app for bench.py: start-up, page switches, search, memory.

Start-up is measured in fresh processes (``startup_probe.py``), from process
start to the first paint of the main window, against a bare PySide6 window
in the same run. Page switches and searches are measured in this process on
an offscreen window: the time from the request to the page painted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROBE = Path(__file__).with_name("startup_probe.py")
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


def startup_seconds(kind: str, workbook: Path | None = None, runs: int = 5) -> float:
    """Median seconds from process start to the first paint of the window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(runs):
        command = [sys.executable, str(PROBE), kind] + ([str(workbook)] if workbook else [])
        result = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=120, check=True
        )
        times.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def in_app_timings(workbook: Path, rounds: int = 5) -> dict[str, tuple[float, float]]:
    """(median, p95) seconds per page switch and for search, on an offscreen window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from alliance_desk.store.search import search
    from alliance_desk.ui.language import Translation
    from alliance_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])

    def settle() -> None:
        """Untimed, what the app's event loop does between two requests: posted events, and
        the widgets a page let go with deleteLater (processEvents alone, outside exec(),
        never deletes them, so a page's old goal cards would pile up round after round)."""
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    translation = Translation(app)
    translation.switch("en")
    window = MainWindow(translation)
    window.resize(1280, 760)
    window.show()
    window.open_path(workbook)
    window.file_actions.wait_for_background()  # the page check and daily backup
    app.processEvents()
    results: dict[str, tuple[float, float]] = {}
    alliances = [window.alliance_box.itemData(i) for i in range(window.alliance_box.count())]
    samples: dict[str, list[float]] = {view.title(): [] for view in window.views}
    for round_number in range(rounds):
        # Another alliance each round, so pages really load (nothing cached between).
        if alliances:
            window.choose_alliance(alliances[(round_number * 37) % len(alliances)])
        window.navigation.setCurrentRow(0)
        settle()
        for row, view in enumerate(window.views):
            started = time.perf_counter()
            window.navigation.setCurrentRow(row)
            window.repaint()
            app.processEvents()
            samples[view.title()].append(time.perf_counter() - started)
            settle()
    for title, values in samples.items():
        results[f"switch to {title}"] = (statistics.median(values), p95(values))
    alliance_samples = []
    for alliance_id in alliances[:: max(1, len(alliances) // 20)][:20]:
        started = time.perf_counter()
        window.alliance_box.setCurrentIndex(window.alliance_box.findData(alliance_id))
        window.repaint()
        app.processEvents()
        alliance_samples.append(time.perf_counter() - started)
        settle()
    if alliance_samples:
        results["choose another alliance"] = (
            statistics.median(alliance_samples),
            p95(alliance_samples),
        )
    assert window.session is not None
    search_samples = []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            search(window.session.db, query)
            search_samples.append(time.perf_counter() - started)
    results["search"] = (statistics.median(search_samples), p95(search_samples))
    window.close_workbook()
    window.close()
    return results
