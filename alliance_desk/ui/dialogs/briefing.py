"""File → Briefing: choose alliances, kind, language, paper, dates, footer; preview; save or print.

The briefing is built by ``reports.briefing`` on a worker thread (with its
own read-only connection, progress and Cancel) into a private folder. The
preview shows that PDF's pages, Save copies that very file, and Print sends
those same pages to the printer, so what is seen is what is saved and printed.
Changing a choice marks the preview out of date; Save and Print rebuild first
when it is.

"Changes since" starts at the previous board pack the workbook remembers before
the reference date (90 days back when there is none) and follows the reference
date until the user picks a date of their own. The confidentiality line starts
as the briefing's language says "Confidential"; a line of the user's own (empty
for none) is remembered in the settings once it has been saved or printed. A
board pack saved or printed is remembered in the workbook, through the
session's own connection (the preview's worker only reads), so the next pack
tells what changed since this one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pypdfium2 import PdfiumError
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShowEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.reports.briefing import SINCE_DAYS, BriefingError, build_briefing
from alliance_desk.reports.briefing_text import LABELS
from alliance_desk.store.board_packs import previous_board_pack, remember_board_pack
from alliance_desk.store.db import Database, connect
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.files import replacing
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.alliance_chooser import AllianceChooser
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.language import current_language
from alliance_desk.ui.pdf_pages import PdfPages
from alliance_desk.ui.preferences import settings
from alliance_desk.ui.widgets.page_preview import PagePreview, Zoom

if TYPE_CHECKING:
    from alliance_desk.ui.session import Session
    from alliance_desk.ui.tasks import Progress

PRINT_RESOLUTION = 300  # dots per inch at most: sharp print, bounded memory per page
SIZE = (1080, 820)  # the dialog's size where the screen has room for it
FRAME_ROOM = 40  # kept free on a small screen for the window's title bar and frame
FOLDER_SETTING = "briefing/folder"
CONFIDENTIALITY_SETTING = "briefing/confidentiality"  # a line of the user's own; "" for none
# The footer's word in each language the briefing prints in: the line that follows the language.
CONFIDENTIAL_WORDS = frozenset(labels["confidential"] for labels in LABELS.values())


@dataclasses.dataclass(frozen=True)
class BriefingChoices:
    """What to build: every alliance, or those of ``alliance_ids`` (in list order)."""

    all_alliances: bool
    alliance_ids: tuple[int, ...]
    board_pack: bool
    language: str
    paper: str
    today: dt.date
    since: dt.date  # what changed is told since this date
    confidentiality: str  # the footer's line; "" for none


@dataclasses.dataclass
class _Built:
    choices: BriefingChoices
    pages: PdfPages


def _default_paper() -> str:
    system = QLocale.system()
    return (
        "letter"
        if system.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        else "a4"
    )


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


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

        self.chooser = AllianceChooser(session.db, current_alliance)
        if current_alliance is not None:
            self.chooser.all_alliances.setChecked(False)
        self.kind = QComboBox()
        self.kind.addItem("", False)
        self.kind.addItem("", True)
        self.kind.setCurrentIndex(1 if current_alliance is None else 0)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.paper.setCurrentIndex(self.paper.findData(_default_paper()))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.since = QDateEdit(QDate.currentDate())
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since_note = QLabel()
        self.since_note.setWordWrap(True)
        self.since_note.setStyleSheet("color: palette(placeholder-text);")
        # The default "since" for the reference date and the pack it comes from (None: 90
        # days back); the field follows it until the user picks another date.
        self._since_default = _day(self.since.date())
        self._since_pack: dt.date | None = None
        self._since_own = False
        self._setting_since = False
        self.confidentiality = QLineEdit()
        remembered = settings().value(CONFIDENTIALITY_SETTING)
        # A line of the user's own stays whatever the language; the word follows the language.
        self._own_line = isinstance(remembered, str) and remembered not in CONFIDENTIAL_WORDS
        self.confidentiality.setText(
            str(remembered) if self._own_line else self._confidential_word()
        )
        self.confidentiality.textEdited.connect(self._line_edited)
        self.update_button = QPushButton()
        self.update_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.update_button.clicked.connect(self.build)

        self.alliances_label, self.kind_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.paper_label, self.date_label = QLabel(), QLabel()
        self.since_label, self.confidentiality_label = QLabel(), QLabel()
        options = QFormLayout()
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for caption, field in (
            (self.alliances_label, self.chooser),
            (self.kind_label, self.kind),
            (self.language_label, self.language),
            (self.paper_label, self.paper),
            (self.date_label, self.date),
            (self.since_label, self.since),
        ):
            caption.setBuddy(field)
            options.addRow(caption, field)
        options.addRow(self.since_note)
        self.confidentiality_label.setBuddy(self.confidentiality)
        options.addRow(self.confidentiality_label, self.confidentiality)
        options.addRow(self.update_button)
        self.options = QWidget()
        self.options.setLayout(options)
        self.options.setFixedWidth(330)

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
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
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

        self.chooser.changed.connect(self._choices_changed)
        for box in (self.kind, self.language, self.paper):
            box.currentIndexChanged.connect(self._choices_changed)
        self.date.dateChanged.connect(self._reference_changed)
        self.since.dateChanged.connect(self._since_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.confidentiality.textChanged.connect(self._choices_changed)
        self._reference_changed()
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
        self.chooser.all_alliances.setText(self.tr("&All alliances"))
        self.alliances_label.setText(self.tr("Allian&ces:"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.kind.setItemText(0, self.tr("One page per alliance"))
        self.kind.setItemText(1, self.tr("Board pack: summary, overview, pages, decisions"))
        self.language_label.setText(self.tr("&Language:"))
        self.paper_label.setText(self.tr("&Paper:"))
        self.date_label.setText(self.tr("&Reference date:"))
        self.update_button.setText(self.tr("&Update preview"))
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
        self.chooser.alliances.setAccessibleName(self.tr("Alliances to brief on"))
        self.kind.setAccessibleName(self.tr("Kind of briefing"))
        self.language.setAccessibleName(self.tr("Language of the briefing"))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.date.setAccessibleName(self.tr("Reference date of the briefing"))
        self.date.setToolTip(
            self.tr("Overdue items, the next 90 days and trends are reckoned from this date.")
        )
        self.preview.setAccessibleName(self.tr("Preview of the briefing's pages"))
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.since_label.setText(self.tr("C&hanges since:"))
        self.since.setAccessibleName(self.tr("Tell what changed since"))
        self.since.setToolTip(
            self.tr("The briefing tells what changed in each alliance since this date.")
        )
        self.confidentiality_label.setText(self.tr("Confidentialit&y line:"))
        self.confidentiality.setAccessibleName(self.tr("Confidentiality line in the footer"))
        self.confidentiality.setToolTip(
            self.tr("Printed in the footer of every page; leave it empty for none.")
        )
        self.confidentiality.setPlaceholderText(self.tr("No confidentiality line"))
        self._show_since_note()
        self._show_page_number(self.preview.current_page())

    # Choices -----------------------------------------------------------------------------

    def choices(self) -> BriefingChoices:
        return BriefingChoices(
            all_alliances=self.chooser.is_all(),
            alliance_ids=self.chooser.chosen_ids(),
            board_pack=bool(self.kind.currentData()),
            language=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            today=_day(self.date.date()),
            since=_day(self.since.date()),
            confidentiality=self.confidentiality.text().strip(),
        )

    def _reference_changed(self) -> None:
        """A new reference date: "since" never after it, and its default follows it unless
        the user picked a date of their own."""
        reference = _day(self.date.date())
        self._since_pack = previous_board_pack(self.session.db, reference)
        self._since_default = self._since_pack or reference - dt.timedelta(days=SINCE_DAYS)
        self._setting_since = True
        try:
            self.since.setMaximumDate(self.date.date())  # may move a later date of one's own
            if not self._since_own:
                self.since.setDate(_qdate(self._since_default))
        finally:
            self._setting_since = False
        self._show_since_note()
        self._choices_changed()

    def _since_changed(self) -> None:
        if not self._setting_since:
            # The user's date; picking the default again lets it follow the reference date.
            self._since_own = _day(self.since.date()) != self._since_default
        self._choices_changed()

    def _show_since_note(self) -> None:
        if self._since_pack is not None:
            note = self.tr("Default {date}: the previous board pack made from this workbook.")
        else:
            note = self.tr("Default {date}: {days} days back, as no earlier board pack is known.")
        self.since_note.setText(note.format(date=self._since_default.isoformat(), days=SINCE_DAYS))
        self.since.setAccessibleDescription(self.since_note.text())

    def _confidential_word(self) -> str:
        return LABELS[str(self.language.currentData())]["confidential"]

    def _language_changed(self) -> None:
        if not self._own_line:
            self.confidentiality.setText(self._confidential_word())

    def _line_edited(self, text: str) -> None:
        self._own_line = text.strip() not in CONFIDENTIAL_WORDS

    def _remember(self, choices: BriefingChoices) -> None:
        """After saving or printing: a confidentiality line of the user's own for next time,
        and a board pack's reference date in the workbook, so the next pack tells what
        changed since this one."""
        if self._own_line:
            settings().setValue(CONFIDENTIALITY_SETTING, choices.confidentiality)
        else:
            settings().remove(CONFIDENTIALITY_SETTING)
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
        return self.built is not None and self.built.choices == self.choices()

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
        if self.chooser.count() == 0:
            QMessageBox.information(
                self,
                title,
                self.tr("The workbook has no alliances yet, so there is nothing to brief on."),
            )
            return False
        choices = self.choices()
        if not choices.all_alliances and not choices.alliance_ids:
            QMessageBox.warning(
                self, title, self.tr("Tick at least one alliance, or choose all alliances.")
            )
            return False
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="alliance_desk-briefing-"))
        self._builds += 1
        target = self._folder / f"briefing-{self._builds}.pdf"
        workbook_path = self.session.workbook.path

        def work(progress: Progress) -> int:
            connection = connect(workbook_path, read_only=True)
            try:
                return build_briefing(
                    Database(connection, workbook_path),
                    target,
                    None if choices.all_alliances else list(choices.alliance_ids),
                    board_pack=choices.board_pack,
                    language=choices.language,
                    paper=choices.paper,
                    today=choices.today,
                    since=choices.since,
                    confidentiality=choices.confidentiality,
                    progress=progress,
                )
            finally:
                connection.close()

        problem = ""
        with self._working():
            try:
                run_with_progress(self, title, self.tr("Building the briefing…"), work)
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

    def suggested_name(self, choices: BriefingChoices) -> str:
        if choices.board_pack:
            stem = self.tr("board-pack")
        elif len(choices.alliance_ids) == 1:
            stem = self.chooser.chosen_names()[0]
        else:
            stem = self.tr("briefing")
        keep = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem).strip() or "briefing"
        return f"{keep} {choices.today.isoformat()}.pdf"

    def save(self) -> Path | None:
        """Ask where, and save the PDF that the preview shows; the path saved to, or None."""
        built = self._ready()
        if built is None:
            return None
        title = self.tr("Save briefing as PDF")
        folder = settings().value(FOLDER_SETTING) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(str(folder)) / self.suggested_name(built.choices)
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
        if hasattr(parent, "statusBar"):
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
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = (
            QPageSize.PageSizeId.Letter
            if built.choices.paper == "letter"
            else QPageSize.PageSizeId.A4
        )
        printer.setPageSize(QPageSize(paper))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF brings its own margins
        printer.setDocName(self.suggested_name(built.choices).removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, count)
        dialog.setFromTo(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            dialog.deleteLater()
        return self.print_pages(printer, self.pages_to_print(printer, count))

    def pages_to_print(self, printer: QPrinter, count: int) -> list[int]:
        """The page indexes (from 0) the print dialog asked for, in the order asked."""
        chosen = printer.printRange()
        ranges = printer.pageRanges()
        if chosen == QPrinter.PrintRange.CurrentPage:
            indexes = [self.preview.current_page()]
        elif chosen == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
            indexes = [number - 1 for number in range(1, count + 1) if ranges.contains(number)]
        else:
            indexes = list(range(count))
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            indexes.reverse()
        return indexes

    def print_pages(self, printer: QPrinter, indexes: list[int]) -> bool:
        """Draw the pages onto the printer, one at a time, with progress and Cancel.

        Each page is drawn in a fraction of a second; between pages the window
        stays live and Cancel is heard (the options and buttons wait meanwhile).
        """
        assert self.built is not None
        pages = self.built.pages
        title = self.tr("Print briefing")
        self.printed_pages = 0
        progress = QProgressDialog(
            self.tr("Printing…"),
            QCoreApplication.translate("Tasks", "Cancel"),
            0,
            len(indexes),
            self,
        )
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        painter = QPainter()
        if not indexes or not painter.begin(printer):
            progress.deleteLater()
            QMessageBox.warning(self, title, self.tr("The printer could not be started."))
            return False
        dots = min(printer.resolution(), PRINT_RESOLUTION)
        printed = 0
        cancelled = False
        with self._working():
            try:
                for index in indexes:
                    QCoreApplication.processEvents()
                    if progress.wasCanceled():
                        cancelled = printer.abort() or True
                        break
                    if printed and not printer.newPage():
                        break
                    self._draw_page(painter, printer, pages.image(index, dots))
                    printed += 1
                    progress.setValue(printed)
            finally:
                finished = painter.end()
                progress.close()
                progress.deleteLater()
        if cancelled:
            return False
        if (
            printed < len(indexes)
            or not finished
            or (printer.printerState() == QPrinter.PrinterState.Error)
        ):
            QMessageBox.warning(
                self,
                title,
                self.tr("The printer reported a problem; the briefing may not have printed."),
            )
            return False
        self.printed_pages = printed
        self._remember(self.built.choices)
        parent = self.parent()
        if hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(
                self.tr("Sent %n page(s) to {printer}.", "", printed).format(
                    printer=printer.printerName() or printer.outputFileName()
                ),
                8000,
            )
        return True

    @staticmethod
    def _draw_page(painter: QPainter, printer: QPrinter, image: QImage) -> None:
        """The page image over the whole paper, centred where the paper differs in shape."""
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = min(paper.width() / image.width(), paper.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        area = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
        painter.drawImage(area, image)

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
