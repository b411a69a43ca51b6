"""Printing a built briefing: the system's print dialog, then its pages one at a time.

The pages are the images of the very PDF the preview shows and Save writes,
drawn over the whole paper (the PDF brings its own margins). Between pages the
window stays live and Cancel is heard.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from alliance_desk.ui.pdf_pages import PdfPages

PRINT_RESOLUTION = 300  # dots per inch at most: sharp print, bounded memory per page


class BriefingPrinter(QObject):
    """Asks for a printer and prints pages of a briefing on it, for the dialog ``parent``."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent

    def choose(self, count: int, paper: str, name: str) -> QPrinter | None:
        """The printer the user chose in the system print dialog, or None."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF brings its own margins
        printer.setDocName(name)
        dialog = QPrintDialog(printer, self.window)
        dialog.setMinMax(1, count)
        dialog.setFromTo(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        finally:
            dialog.deleteLater()
        return printer

    @staticmethod
    def pages_to_print(printer: QPrinter, count: int, current: int) -> list[int]:
        """The page indexes (from 0) the print dialog asked for, in the order asked."""
        chosen = printer.printRange()
        ranges = printer.pageRanges()
        if chosen == QPrinter.PrintRange.CurrentPage:
            indexes = [current]
        elif chosen == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
            indexes = [number - 1 for number in range(1, count + 1) if ranges.contains(number)]
        else:
            indexes = list(range(count))
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            indexes.reverse()
        return indexes

    def print_pages(
        self,
        printer: QPrinter,
        pages: PdfPages,
        indexes: list[int],
        working: Callable[[], AbstractContextManager[None]],
    ) -> int:
        """Draw the pages onto the printer, one at a time, with progress and Cancel.

        ``working`` is held while the pages are drawn (the dialog's options and
        buttons wait meanwhile). The number of pages printed; 0 when cancelled,
        or after telling the user the printer failed.
        """
        title = self.tr("Print briefing")
        progress = QProgressDialog(
            self.tr("Printing…"),
            QCoreApplication.translate("Tasks", "Cancel"),
            0,
            len(indexes),
            self.window,
        )
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        painter = QPainter()
        if not indexes or not painter.begin(printer):
            progress.deleteLater()
            QMessageBox.warning(self.window, title, self.tr("The printer could not be started."))
            return 0
        dots = min(printer.resolution(), PRINT_RESOLUTION)
        printed = 0
        cancelled = False
        with working():
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
            return 0
        if (
            printed < len(indexes)
            or not finished
            or (printer.printerState() == QPrinter.PrinterState.Error)
        ):
            QMessageBox.warning(
                self.window,
                title,
                self.tr("The printer reported a problem; the briefing may not have printed."),
            )
            return 0
        return printed

    @staticmethod
    def _draw_page(painter: QPainter, printer: QPrinter, image: QImage) -> None:
        """The page image over the whole paper, centred where the paper differs in shape."""
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = min(paper.width() / image.width(), paper.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        area = QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)
        painter.drawImage(area, image)
