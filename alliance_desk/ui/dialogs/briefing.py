"""File → Briefing: choose alliances, kind, language, paper, dates, footer; preview; save or print.

The briefing is built by ``reports.briefing`` on a worker thread (with its
own read-only connection, progress and Cancel) into a private folder. The
preview shows that PDF's pages, Save copies that very file, and Print sends
those same pages to the printer, so what is seen is what is saved and printed.
Changing a choice marks the preview out of date; Save and Print rebuild first.
The choices are in ``briefing_options``; a board pack saved or printed is
remembered in the workbook (the session's connection; the worker only reads).
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pypdfium2 import PdfiumError
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.reports.briefing import BriefingError
from alliance_desk.store.board_packs import remember_board_pack
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.files import replacing
from alliance_desk.ui import shortcuts
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.dialogs.briefing_options import BriefingChoices, BriefingOptions
from alliance_desk.ui.dialogs.briefing_print import BriefingPrinter
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.pdf_pages import PdfPages
from alliance_desk.ui.preferences import settings
from alliance_desk.ui.widgets.page_preview import PagePreview, Zoom

if TYPE_CHECKING:
    from alliance_desk.ui.session import Session

SIZE = (1080, 820)  # the dialog's size where the screen has room for it
FRAME_ROOM = 40  # kept free on a small screen for the window's title bar and frame
FOLDER_SETTING = "briefing/folder"


@dataclasses.dataclass
class _Built:
    choices: BriefingChoices
    pages: PdfPages


class BriefingDialog(QDialog):
    """Builds, previews, saves and prints the senior-management briefing."""

    def __init__(
        self, session: Session, current_alliance: int | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.session = session
        self.built: _Built | None = None
        self.printed_pages = 0
        self._folder: Path | None = None  # made by the first build, removed on closing
        self._builds = 0
        self._busy = False  # building or printing: closing waits

        self.options = BriefingOptions(session.db, current_alliance)
        self.options.update_button.clicked.connect(self.build)
        self.printer = BriefingPrinter(self)

        self.preview = PagePreview()
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.current_page_changed.connect(self._show_page_number)
        self.out_of_date = QLabel()
        self.out_of_date.setWordWrap(True)
        self.out_of_date.setStyleSheet(
            "background: #fff4d6; color: #4a3800; border: 1px solid #d9b44a; padding: 4px;"
        )
        self.out_of_date.hide()
        self.previous_page = QToolButton()
        self.previous_page.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_page.clicked.connect(
            lambda: self.preview.go_to(self.preview.current_page() - 1)
        )
        self.next_page = QToolButton()
        self.next_page.setArrowType(Qt.ArrowType.DownArrow)
        self.next_page.clicked.connect(lambda: self.preview.go_to(self.preview.current_page() + 1))
        self.page_number = QLabel()
        self.zoom = QComboBox()
        for zoom in Zoom:
            self.zoom.addItem("", zoom)
        self.zoom.currentIndexChanged.connect(
            lambda: self.preview.set_zoom(self.zoom.currentData())
        )
        bar = QHBoxLayout()
        bar.addWidget(self.previous_page)
        bar.addWidget(self.next_page)
        bar.addWidget(self.page_number)
        bar.addStretch(1)
        bar.addWidget(self.zoom)
        pane = QVBoxLayout()
        pane.addWidget(self.out_of_date)
        pane.addLayout(bar)
        pane.addWidget(self.preview, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setShortcut(shortcuts.sequences("briefing_print")[0])
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_briefing)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.options)
        top.addLayout(pane, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self._fit_to_screen()

        self.options.changed.connect(self._choices_changed)
        self.retranslate()
        self._show_page_number(0)
        self._first_show = True

    def _fit_to_screen(self) -> None:
        """Its size, or less on a small screen (1366 × 768), so Save and Print stay in view."""
        width, height = SIZE
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - FRAME_ROOM)
            height = min(height, room.height() - FRAME_ROOM)
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(0, self._first_build)  # once the dialog is on screen

    def _first_build(self) -> None:
        if self.isVisible() and self.built is None and not self._busy:
            self.build()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Briefing"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.print_button.setText(self.tr("Pr&int…"))
        self.out_of_date.setText(
            self.tr(
                "The preview shows earlier choices. Update the preview to see the new ones; "
                "Save and Print use the new ones."
            )
        )
        self.zoom.setItemText(0, self.tr("Page width"))
        self.zoom.setItemText(1, self.tr("Whole page"))
        self.zoom.setItemText(2, self.tr("Actual size"))
        self.previous_page.setToolTip(self.tr("Previous page"))
        self.next_page.setToolTip(self.tr("Next page"))
        self.previous_page.setAccessibleName(self.tr("Previous page"))
        self.next_page.setAccessibleName(self.tr("Next page"))
        self.preview.setAccessibleName(self.tr("Preview of the briefing's pages"))
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self._show_page_number(self.preview.current_page())

    # Choices -----------------------------------------------------------------------------

    def _remember(self, choices: BriefingChoices) -> None:
        """After saving or printing: a confidentiality line of the user's own for next time,
        and a board pack's reference date in the workbook, so the next pack tells what
        changed since this one."""
        self.options.remember_line(choices)
        if not choices.board_pack:
            return
        try:
            remember_board_pack(self.session.db, choices.today)
        except (WorkbookError, sqlite3.Error) as error:
            problem = describe_error(error) if isinstance(error, WorkbookError) else str(error)
            QMessageBox.warning(
                self,
                self.tr("Briefing"),
                self.tr(
                    "The board pack is done, but the workbook could not remember it, so the "
                    "next one will not start from this date: {problem}"
                ).format(problem=problem),
            )

    def is_up_to_date(self) -> bool:
        return self.built is not None and self.built.choices == self.options.choices()

    def _choices_changed(self) -> None:
        self.out_of_date.setVisible(self.built is not None and not self.is_up_to_date())

    def _show_page_number(self, index: int) -> None:
        count = self.built.pages.count if self.built is not None else 0
        if count:
            text = self.tr("Page {page} of {pages}").format(page=index + 1, pages=count)
        else:
            text = self.tr("No preview yet")
        self.page_number.setText(text)
        self.previous_page.setEnabled(index > 0)
        self.next_page.setEnabled(index + 1 < count)

    # Building ------------------------------------------------------------------------------

    def build(self) -> bool:
        """Build the briefing for the current choices and show it; False if it was not built."""
        from alliance_desk.ui.tasks import Cancelled, run_with_progress

        title = self.tr("Briefing")
        if self.options.chooser.count() == 0:
            QMessageBox.information(
                self,
                title,
                self.tr("The workbook has no alliances yet, so there is nothing to brief on."),
            )
            return False
        choices = self.options.choices()
        if not choices.all_alliances and not choices.alliance_ids:
            QMessageBox.warning(
                self, title, self.tr("Tick at least one alliance, or choose all alliances.")
            )
            return False
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="alliance_desk-briefing-"))
        self._builds += 1
        target = self._folder / f"briefing-{self._builds}.pdf"
        workbook = self.session.workbook.path  # read here, not on the worker's thread
        problem = ""
        with self._working():
            try:
                run_with_progress(
                    self,
                    title,
                    self.tr("Building the briefing…"),
                    lambda progress: choices.build(workbook, target, progress),
                )
                pages = PdfPages(target)
            except Cancelled:
                return False  # the preview stays as it was
            except BriefingError as error:
                problem = str(error.params.get("detail", error))
            except WorkbookError as error:
                problem = describe_error(error)
            except OSError as error:
                problem = str(error.strerror or error)
            except (sqlite3.Error, PdfiumError) as error:
                problem = str(error)
        if problem:
            target.unlink(missing_ok=True)
            QMessageBox.warning(
                self,
                title,
                self.tr("The briefing could not be built: {problem}").format(problem=problem),
            )
            return False
        self._show(_Built(choices, pages))
        return True

    @contextlib.contextmanager
    def _working(self) -> Iterator[None]:
        """While building or printing: the choices and buttons wait, and so does closing."""
        self._busy = True
        for part in (self.options, self.buttons):
            part.setEnabled(False)
        try:
            yield
        finally:
            for part in (self.options, self.buttons):
                part.setEnabled(True)
            self._busy = False

    def _show(self, built: _Built) -> None:
        old = self.built
        self.built = built
        self.preview.set_pages(built.pages)
        self._show_page_number(0)
        self._choices_changed()
        if old is not None:
            old.pages.close()
            old.pages.path.unlink(missing_ok=True)

    def _ready(self) -> _Built | None:
        """The briefing for the current choices, built first if needed."""
        if not self.is_up_to_date() and not self.build():
            return None
        return self.built

    # Saving ---------------------------------------------------------------------------------

    def save(self) -> Path | None:
        """Ask where, and save the PDF that the preview shows; the path saved to, or None."""
        built = self._ready()
        if built is None:
            return None
        title = self.tr("Save briefing as PDF")
        folder = settings().value(FOLDER_SETTING) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(str(folder)) / self.options.suggested_name(built.choices)
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            # The file dialog asked about overwriting the name as typed, not this one.
            target = target.with_name(f"{target.name}.pdf")
            if target.exists() and (
                QMessageBox.question(
                    self,
                    title,
                    self.tr("{path} already exists. Replace it?").format(path=target),
                )
                != QMessageBox.StandardButton.Yes
            ):
                return None
        try:
            with replacing(target) as partial:
                shutil.copyfile(built.pages.path, partial)
        except OSError as error:
            QMessageBox.warning(
                self,
                title,
                self.tr("{path} could not be written: {problem}. Nothing was saved.").format(
                    path=target, problem=error.strerror or error
                ),
            )
            return None
        settings().setValue(FOLDER_SETTING, str(target.parent))
        self._remember(built.choices)
        parent = self.parent()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(
                self.tr("Saved the briefing to {path}.").format(path=target), 8000
            )
        return target

    # Printing -------------------------------------------------------------------------------

    def print_briefing(self) -> bool:
        """Show the system print dialog and print the previewed pages; True if printed."""
        built = self._ready()
        if built is None:
            return False
        count = built.pages.count
        name = self.options.suggested_name(built.choices).removesuffix(".pdf")
        printer = self.printer.choose(count, built.choices.paper, name)
        if printer is None:
            return False
        current = self.preview.current_page()
        return self.print_pages(printer, self.printer.pages_to_print(printer, count, current))

    def print_pages(self, printer: QPrinter, indexes: list[int]) -> bool:
        """Print the previewed pages of ``indexes``; True if they were all printed."""
        assert self.built is not None
        self.printed_pages = 0
        printed = self.printer.print_pages(printer, self.built.pages, indexes, self._working)
        if not printed:
            return False
        self.printed_pages = printed
        self._remember(self.built.choices)
        parent = self.parent()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(
                self.tr("Sent %n page(s) to {printer}.", "", printed).format(
                    printer=printer.printerName() or printer.outputFileName()
                ),
                8000,
            )
        return True

    # Closing -------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self._busy:
            return  # Close and Esc wait until the build or the printing has finished
        self._clean_up()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        self._clean_up()
        super().closeEvent(event)

    def _clean_up(self) -> None:
        if self.built is not None:
            self.preview.set_pages(None)
            self.built.pages.close()
            self.built = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
