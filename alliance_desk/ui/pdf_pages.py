"""The pages of a PDF file as images, for the briefing preview and for printing.

Rendered with PDFium (through pypdfium2), the engine QtPdf is built on: what
the preview shows and what the printer gets are the pages of the very file
that is saved. PDFium is not safe to use from two threads at once, so a
document is only ever touched from the thread that opened it (the GUI thread).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


class PdfPages:
    """An open PDF file whose pages can be drawn at any resolution."""

    def __init__(self, path: Path):
        self.path = path
        self._document = pdfium.PdfDocument(str(path))
        self._sizes = [QSizeF(*self._document[index].get_size()) for index in range(self.count)]

    @property
    def count(self) -> int:
        return len(self._document)

    def size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        return self._sizes[index]

    def image(self, index: int, dots_per_inch: float) -> QImage:
        """Page ``index`` (from 0) drawn on white at the given resolution."""
        page = self._document[index]
        try:
            bitmap = page.render(
                scale=dots_per_inch / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            image.setDotsPerMeterX(round(dots_per_inch / 0.0254))
            image.setDotsPerMeterY(round(dots_per_inch / 0.0254))
            return image.copy()  # the bitmap's memory goes with the bitmap
        finally:
            page.close()

    def close(self) -> None:
        self._document.close()
