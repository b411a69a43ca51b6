"""A scrollable preview of a PDF's pages, drawn as they come into view.

Pages are stacked top to bottom on a grey desk, each on white with a thin
edge. Only the pages in view are rendered, at the size they are shown (and
the screen's pixel ratio), and a handful are kept, so a board pack of a
hundred pages scrolls as lightly as a single page.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from alliance_desk.ui.pdf_pages import POINTS_PER_INCH, PdfPages

GAP = 14  # pixels around and between pages
DESK = QColor("#8a9099")
EDGE = QColor("#5b6068")
KEPT_BYTES = 96 * 1024 * 1024  # rendered pages kept for scrolling back: a handful at most


class Zoom(enum.Enum):
    PAGE_WIDTH = "page_width"
    WHOLE_PAGE = "whole_page"
    ACTUAL_SIZE = "actual_size"


class _PageStrip(QWidget):
    """The pages one below the other; its height is that of them all."""

    def __init__(self, preview: PagePreview):
        super().__init__()
        self.preview = preview
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.images: dict[tuple[int, int, float], QImage] = {}

    def page_rects(self) -> list[QRect]:
        pages = self.preview.pages
        if pages is None:
            return []
        rects = []
        top = GAP
        for index in range(pages.count):
            size = self.preview.shown_size(index)
            left = max(GAP, (self.width() - size.width()) // 2)
            rects.append(QRect(QPoint(left, top), size))
            top += size.height() + GAP
        return rects

    def sizeHint(self) -> QSize:
        rects = self.page_rects()
        if not rects:
            return QSize(0, 0)
        width = max(rect.width() for rect in rects) + 2 * GAP
        return QSize(width, rects[-1].bottom() + GAP + 1)

    def image(self, index: int, width: int) -> QImage:
        """Page ``index`` drawn ``width`` pixels wide, sharp on this screen."""
        ratio = self.devicePixelRatioF()
        key = (index, width, ratio)
        found = self.images.pop(key, None)
        if found is None:
            pages = self.preview.pages
            assert pages is not None
            dots = width * ratio * POINTS_PER_INCH / pages.size(index).width()
            found = pages.image(index, dots)
            found.setDevicePixelRatio(ratio)
        self.images[key] = found  # the most recently used last
        kept = sum(image.sizeInBytes() for image in self.images.values())
        while kept > KEPT_BYTES and len(self.images) > 1:
            kept -= self.images.pop(next(iter(self.images))).sizeInBytes()
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), DESK)
        for index, rect in enumerate(self.page_rects()):
            if not rect.intersects(event.rect()):
                continue
            painter.setPen(EDGE)
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))
            painter.drawImage(rect, self.image(index, rect.width()))
        painter.end()


class PagePreview(QScrollArea):
    """Shows the pages of a :class:`PdfPages`; ``current_page_changed`` follows scrolling."""

    current_page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pages: PdfPages | None = None
        self.zoom = Zoom.PAGE_WIDTH
        self.strip = _PageStrip(self)
        self.setWidget(self.strip)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(self.strip.backgroundRole())
        self._current = 0
        self._asked: int | None = None  # the page go_to() showed, until the view is scrolled
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def set_pages(self, pages: PdfPages | None) -> None:
        """Show these pages from the first one (None: an empty desk)."""
        self.pages = pages
        self._asked = None
        self.strip.images.clear()
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self._current = -1
        self._scrolled()

    def set_zoom(self, zoom: Zoom) -> None:
        page = self.current_page()
        self.zoom = zoom
        self.strip.images.clear()
        self._relayout()
        self.go_to(page)

    def shown_size(self, index: int) -> QSize:
        """Page ``index`` on screen, in device-independent pixels."""
        assert self.pages is not None
        points = self.pages.size(index)
        room = self.viewport().size()
        if self.zoom is Zoom.PAGE_WIDTH:
            scale = (room.width() - 2 * GAP) / points.width()
        elif self.zoom is Zoom.WHOLE_PAGE:
            scale = min(
                (room.width() - 2 * GAP) / points.width(),
                (room.height() - 2 * GAP) / points.height(),
            )
        else:
            scale = self.logicalDpiX() / POINTS_PER_INCH
        scale = max(scale, 0.05)
        return QSize(round(points.width() * scale), round(points.height() * scale))

    def current_page(self) -> int:
        """The page (from 0) at the top of the view, or the one just gone to.

        Near the end several pages may be in view with no room to scroll further;
        the page asked for with :meth:`go_to` then stays the current one.
        """
        rects = self.strip.page_rects()
        if not rects:
            return 0
        if self._asked is not None and self._asked < len(rects):
            return self._asked
        top = self.verticalScrollBar().value() + GAP
        for index, rect in enumerate(rects):
            if top <= rect.bottom() + GAP // 2:
                return index
        return len(rects) - 1

    def go_to(self, index: int) -> None:
        rects = self.strip.page_rects()
        if 0 <= index < len(rects):
            self._asked = None
            self.verticalScrollBar().setValue(rects[index].top() - GAP)
            self._asked = index
            self._scrolled()

    def _relayout(self) -> None:
        self.strip.setMinimumSize(self.strip.sizeHint())
        self.strip.updateGeometry()
        self.strip.update()

    def _scrolled(self, value: int | None = None) -> None:
        if value is not None:  # the view was scrolled (by the user, or by go_to before it asks)
            self._asked = None
        page = self.current_page() if self.pages is not None else 0
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.pages is not None and self.zoom is not Zoom.ACTUAL_SIZE:
            self._relayout()
