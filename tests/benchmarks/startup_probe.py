"""Started by bench.py as a fresh process: show a window, report when it is painted, exit.

``python startup_probe.py bare`` shows an empty PySide6 main window;
``python startup_probe.py app WORKBOOK`` shows alliance_desk's main window on
a workbook. Either prints the seconds since the process started (taken from
the operating system) at the first paint of the window and, where /proc tells, the
resident memory in MiB a moment later (once the events the paint queued are handled),
then quits.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def _process_age() -> float:
    """Seconds since this process started, from /proc where there is one."""
    try:
        ticks = int(Path(f"/proc/{os.getpid()}/stat").read_text().split(")")[1].split()[19])
        boot = float(Path("/proc/uptime").read_text().split()[0])
        return boot - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return time.perf_counter()


def _resident_mb() -> str:
    try:
        for line in Path(f"/proc/{os.getpid()}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return f" {int(line.split()[1]) / 1024:.1f}"
    except (OSError, ValueError, IndexError):
        pass
    return ""


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        without_workbook = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                age = _process_age()
                # The app's window must paint with its workbook open, never before.
                self.without_workbook = getattr(watched, "session", True) is None
                QTimer.singleShot(
                    0, lambda: (print(f"{age:.4f}{_resident_mb()}", flush=True), app.quit())
                )
                watched.removeEventFilter(self)
            return False

    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1280, 760)
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from alliance_desk.ui.language import Translation
        from alliance_desk.ui.main_window import MainWindow

        translation = Translation(app)
        translation.switch("en")
        window = MainWindow(translation)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    if sys.argv[1] != "bare":  # opened once shown, as the app does: painted with its page
        window.open_path(Path(sys.argv[2]))
    app.exec()
    if sys.argv[1] != "bare":
        window.close_workbook()
    if watcher.without_workbook:
        sys.exit("the window painted before its workbook was open")


if __name__ == "__main__":
    main()
