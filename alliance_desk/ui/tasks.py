"""Long work (backup, restore, export, import) on a worker thread, with progress and cancel.

The work function runs off the GUI thread and must not touch widgets; it
gets a ``progress(done, total)`` callback which raises :class:`Cancelled`
once the user pressed Cancel, so the store's own clean-up (no half-written
files) runs as for any other failure. The result or the error comes back to
the GUI thread through signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user stopped the work; nothing it would have written was kept."""


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self.work = work
        self.stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except BaseException as error:  # handed to the GUI thread, which decides
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class _Outcome(QObject):
    """Lives on the GUI thread, so queued signals from the worker land here safely."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop):
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self.result = result

    @Slot(object)
    def failed(self, error: BaseException) -> None:
        self.error = error


def run_with_progress(
    parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T]
) -> T:
    """Run ``work`` on a worker thread while a progress dialog with Cancel is shown.

    Returns what ``work`` returns; raises what it raised (:class:`Cancelled`
    after a cancel).
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    outcome = _Outcome(dialog, loop)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    worker.progressed.connect(outcome.progressed)
    worker.succeeded.connect(outcome.succeeded)
    worker.failed.connect(outcome.failed)
    dialog.canceled.connect(worker.stop.set)
    thread.started.connect(worker.run)
    worker.succeeded.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()  # the dialog repaints and Cancel works while the worker runs
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    return outcome.result  # type: ignore[no-any-return]
