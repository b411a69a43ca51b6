"""Work that waits until a widget has painted: what a page shows first paints before the
rest of it is worked out (the portfolio of a large workbook judges the alliances off screen
after its first rows are on the screen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Runs the work handed to :meth:`then` once ``widget`` has next painted (right after
    the paint, from the event loop). A widget not on the screen yet waits until it is:
    work that must not wait that long is done by whoever needs it first."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.widget = widget
        self._work: list[Callable[[], None]] = []
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._run)
        self._watching = False

    @property
    def pending(self) -> bool:
        return bool(self._work)

    def then(self, work: Callable[[], None]) -> None:
        self._work.append(work)
        if not self._watching:
            self.widget.installEventFilter(self)
            self._watching = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._stop_watching()
            self._soon.start()  # after this paint is on the screen
        return False

    def _stop_watching(self) -> None:
        if self._watching:
            self.widget.removeEventFilter(self)
            self._watching = False

    def _run(self) -> None:
        self._stop_watching()
        work, self._work = self._work, []
        for each in work:
            each()
