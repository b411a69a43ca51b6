"""The smoke test of the packaged app: with ``ALLIANCE_DESK_SMOKE_TEST=1`` the app opens as
usual, and when its main window is first painted it prints one line (seconds since the
process started, whether the window has its icon) and closes, so the app quits with 0.
If the window is not painted within a minute the app quits with 1."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

VARIABLE = "ALLIANCE_DESK_SMOKE_TEST"
GIVE_UP_MS = 60_000


def requested() -> bool:
    return os.environ.get(VARIABLE, "") not in ("", "0")


def process_age() -> float | None:
    """Seconds since this process started, from /proc as tests/benchmarks/startup_probe.py
    measures it; None where there is no /proc (the standard library has no other way)."""
    try:
        ticks = int(Path(f"/proc/{os.getpid()}/stat").read_text().split(")")[1].split()[19])
        boot = float(Path("/proc/uptime").read_text().split()[0])
        return boot - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError, AttributeError):
        return None


class SmokeTest(QObject):
    """Watches ``window`` for its first paint, reports, and closes it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)
        QTimer.singleShot(GIVE_UP_MS, self._give_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            icon = "set" if not QApplication.windowIcon().isNull() else "missing"
            age = process_age()
            when = "(start time unknown here)" if age is None else f"{age:.3f} s after start"
            print(
                f"smoke test: main window painted {when}; "
                f"title {self.window.windowTitle()!r}; icon {icon}",
                flush=True,
            )
            QTimer.singleShot(0, self.window.close)
        return False

    def _give_up(self) -> None:
        print("smoke test: the main window was not painted", flush=True)
        QApplication.exit(1)
