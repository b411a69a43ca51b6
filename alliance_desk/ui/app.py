"""Starting the desktop application: Qt, translations, the main window, error dialogs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
)
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from alliance_desk import __version__
from alliance_desk.log import log_unexpected
from alliance_desk.paths import ICONS
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.language import Translation, preferred_language
from alliance_desk.ui.preferences import ORGANISATION
from alliance_desk.ui.style import apply_app_style


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Last resort for bugs: a polite dialog and the details in the log file."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(error, WorkbookError):
        # A fault of the disk or the file met outside an edit (a page reading its rows):
        # named as it is, and the window stays as it was.
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "The workbook could not be used"),
            describe_error(error),
        )
        return
    log_file = log_unexpected(error.with_traceback(trace))
    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Unexpected problem"),
        QCoreApplication.translate(
            "App",
            "Something went wrong that alliance_desk did not expect. Your data is safe: "
            "every change was saved when you made it. Details were written to {log}.",
        ).format(log=log_file),
    )


class _FileOpenFilter(QObject):
    """macOS hands a double-clicked workbook to the running app as a FileOpen event (at
    start too, instead of an argument)."""

    def __init__(self, open_path: Callable[[Path], object]):
        super().__init__()
        self.open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.open_path(Path(event.file()))
                return True
        return False


def _handed_over(workbook: Path) -> bool:
    """True when an alliance_desk already running took ``workbook`` (or is busy and the
    user was told): this start then ends."""
    from alliance_desk.ui.single_instance import BUSY, OK, hand_over

    answer = hand_over(workbook)
    if answer == BUSY:
        QMessageBox.information(
            None,
            "alliance_desk",
            QCoreApplication.translate(
                "App",
                "alliance_desk is already running and waits for an answer in one of its "
                "dialogs. Finish that, then open {name} again.",
            ).format(name=workbook.name),
        )
    return answer in (OK, BUSY)


def run_app(workbook: Path | None, demo: bool = False, language: str | None = None) -> int:
    from alliance_desk.ui import smoke
    from alliance_desk.ui.main_window import MainWindow
    from alliance_desk.ui.single_instance import InstanceServer

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # one already made (by tests) is a widgets app too
    apply_app_style()
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("alliance_desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("alliance-desk")  # the .desktop entry, for the icon on Wayland
    app.setWindowIcon(QIcon(str(ICONS / "alliance_desk.svg")))
    translation = Translation(app)
    translation.switch(preferred_language(language))
    smoke_test = smoke.requested()
    if workbook is not None and not demo and not smoke_test and _handed_over(workbook):
        return 0
    sys.excepthook = _report_unexpected
    window = MainWindow(translation)

    def open_from_outside(path: Path) -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if window.session is None or window.session.workbook.path.resolve() != path.resolve():
            window.open_path(path)

    server = InstanceServer(lambda: QApplication.activeModalWidget() is not None, window)
    if not smoke_test:
        server.listen()
    server.open_requested.connect(open_from_outside)
    file_open = _FileOpenFilter(open_from_outside)
    app.installEventFilter(file_open)
    if smoke_test:
        smoke.SmokeTest(window)
    window.show()
    if demo:
        window.open_demo()
    elif workbook is not None:
        window.open_path(workbook)
    elif not smoke_test:
        QTimer.singleShot(0, window.welcome_if_first_run)  # once the window is up
    try:
        return int(app.exec())
    finally:
        app.removeEventFilter(file_open)
        server.close()
