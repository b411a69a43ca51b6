"""How every table and tree of the app sizes its columns and shows what does not fit.

:func:`fit_columns` gives a view one shared behaviour:

- *content* columns (dates, numbers, statuses, short words) are as wide as their header
  and their first rows need, so a number or a date is never cut;
- the one or two *text* columns named by the page (titles, names, notes, reasons) share
  what is left of the view's width in the page's order of priority, each at least as
  wide as its header and no wider than its text needs until there is room to spare, so
  nothing scrolls sideways while the window has the room;
- text that still does not fit is elided, and a cell or header that is elided shows its
  full text as a tooltip (after the model's own tooltip, if it has one);
- with ``lines=2`` rows are two lines high and text columns wrap, for tables that read
  better so; with ``wrap_content`` too, content columns are only as wide as two lines
  need ("2026-11-28 (overdue)" over two lines), for tables with many of them.

Only the first :data:`SAMPLE_ROWS` rows are measured, so a table of 50,000 rows sizes as
fast as one of five, and a table's cells by the width of their text in their font
(:mod:`alliance_desk.ui.widgets.column_widths`); the width is measured again when the
rows, the headers or the hidden columns change, and shared out again whenever the view is
resized.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QTableView,
    QToolTip,
    QTreeView,
)

from alliance_desk.ui.widgets.column_widths import (
    SAMPLE_ROWS,
    ColumnWidths,
    measured_by_text,
    narrowest_wrap,
    option_of,
    sample_rows,
)

TEXT_MINIMUM_CHARS = 12  # a text column is never squeezed below about this many characters
CONTENT_SHARE = 0.4  # no content column takes more than this share of the view's width

ItemView = QTableView | QTreeView


def fit_columns(
    view: ItemView,
    text: Iterable[int] = (),
    *,
    lines: int = 1,
    wrap_content: bool = False,
    elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
) -> ColumnFit:
    """Size ``view``'s columns as this module describes; ``text`` names the columns that
    share the spare width, the first served first (none: the last visible column). The
    view may get its model before or after; calling this again changes the text columns.
    Returns the view's one fitter."""
    fit = view.findChild(ColumnFit)
    if fit is None:
        fit = ColumnFit(view)
    fit.configure(tuple(text), lines, wrap_content, elide)
    return fit


def header_of(view: ItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


class ColumnFit(QObject):
    """The column sizing and elision tooltips of one view (see the module's description)."""

    def __init__(self, view: ItemView):
        super().__init__(view)
        self.view = view
        self.header = header_of(view)
        self.text_columns: tuple[int, ...] = ()
        self.lines = 1
        self.wrap_content = False
        self.natural: dict[int, int] = {}  # column -> width its header and first rows need
        self._model: QObject | None = None
        self._dirty = True
        self._applying = False
        self._measure_soon = QTimer(self)
        self._measure_soon.setSingleShot(True)
        self._measure_soon.setInterval(0)
        self._measure_soon.timeout.connect(self._flush_if_shown)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setStretchLastSection(False)
        self.header.setResizeContentsPrecision(SAMPLE_ROWS)
        # Qt's default minimum is wider than a column of one-digit scores needs.
        self.header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 2 + 6)
        self.header.sectionResized.connect(self._section_resized)
        self.header.sortIndicatorChanged.connect(self.remeasure)
        view.viewport().installEventFilter(self)
        self.header.viewport().installEventFilter(self)
        view.installEventFilter(self)  # for a change of language or font

    def configure(
        self, text: tuple[int, ...], lines: int, wrap_content: bool, elide: Qt.TextElideMode
    ) -> None:
        self.text_columns = text
        self.lines = max(1, lines)
        self.wrap_content = wrap_content
        self.view.setTextElideMode(elide)
        self.view.setWordWrap(self.lines > 1)
        row_height = self._row_height()
        if isinstance(self.view, QTableView):
            self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            self.view.verticalHeader().setDefaultSectionSize(row_height)
        elif self.lines > 1:
            self.view.setUniformRowHeights(True)
        self._watch(self.view.model())
        self.remeasure()

    # When to measure ---------------------------------------------------------------

    def remeasure(self) -> None:
        """Measure again before the view next paints (several changes, one measurement)."""
        self._dirty = True
        self._measure_soon.start()

    def flush(self) -> None:
        """Measure now if anything changed since the last measurement."""
        if self._dirty:
            self.fit()

    def _flush_if_shown(self) -> None:
        # A hidden tab is measured when it is first painted, not on every change.
        if self.view.isVisible():
            self.flush()

    def fit(self) -> None:
        """Measure the header and the first rows, then share out the width."""
        self._watch(self.view.model())
        self._dirty = False
        self._measure_soon.stop()
        self.natural = self._measure()
        self.share_out()

    def _watch(self, model: QObject | None) -> None:
        if model is self._model:
            return
        if self._model is not None:
            for signal in self._signals(self._model):
                try:
                    signal.disconnect(self.remeasure)
                except (RuntimeError, TypeError):  # already gone with its model
                    pass
        self._model = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self.remeasure)

    @staticmethod
    def _signals(model: QObject) -> list:  # type: ignore[type-arg]
        return [
            model.modelReset,  # type: ignore[attr-defined]
            model.layoutChanged,  # type: ignore[attr-defined]
            model.rowsInserted,  # type: ignore[attr-defined]
            model.dataChanged,  # type: ignore[attr-defined]
            model.headerDataChanged,  # type: ignore[attr-defined]
        ]

    def _section_resized(self, column: int, old: int, new: int) -> None:
        # A column hidden or shown (its size goes to or from 0) changes what is left.
        if not self._applying and (old == 0 or new == 0):
            self.remeasure()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.view):  # events of the viewport while the view goes
            return False
        kind = event.type()
        if watched is self.view:
            if kind in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
                self.remeasure()
            elif kind == QEvent.Type.Show and self._dirty:
                # Measured as the page comes into view, before anything paints: measured
                # while painting, the sections' new widths would paint the table again.
                self.flush()
            return False
        if self.view.model() is not self._model:  # a model set after fit_columns
            self._watch(self.view.model())
            self._dirty = True
        if kind == QEvent.Type.Paint and self._dirty:
            self.flush()  # before the first paint, so the table never shows twice
        elif kind == QEvent.Type.Resize and watched is self.view.viewport() and not self._dirty:
            self.share_out()
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if watched is self.view.viewport():
                return self._cell_tooltip(event)
            return self._header_tooltip(event)
        return False

    # Measuring -----------------------------------------------------------------------

    def _visible_columns(self) -> list[int]:
        model = self.view.model()
        if model is None:
            return []
        return [
            column
            for column in range(model.columnCount(self.view.rootIndex()))
            if not self.header.isSectionHidden(column)
        ]

    def _measure(self) -> dict[int, int]:
        natural = {}
        rows = sample_rows(self.view)
        widths = (
            ColumnWidths(self.view, rows, self.lines) if isinstance(self.view, QTableView) else None
        )
        for column in self._visible_columns():
            wrapped = self.lines > 1 and (self.wrap_content or column in self.text_columns)
            if widths is not None and measured_by_text(self.view, column):
                width = widths.natural(column, wrapped)
            else:
                width = self.view.sizeHintForColumn(column)  # the first rows only: the precision
                if wrapped:
                    width = min(width, self._wrapped_width(column, rows))
            natural[column] = max(width, self._header_width(column))
        return natural

    def _header_width(self, column: int) -> int:
        """The width the header's title needs (and the sort arrow, in the sorted column)."""
        if self.header.isHidden():
            return 0
        size = self.header.sectionSizeFromContents(column)
        if self.header.isSortIndicatorShown() and self.header.sortIndicatorSection() != column:
            # Qt reserves room for the arrow in every section; only one shows it.
            margin = self.header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            return size.width() - size.height() - margin
        return size.width()

    def _wrapped_width(self, column: int, rows: list[int]) -> int:
        """The width the sampled rows need in this column when each may use ``lines`` lines
        (for the columns Qt measures: a delegate of their own, or a tree)."""
        model = self.view.model()
        option = option_of(self.view)
        delegate = self.view.itemDelegateForColumn(column) or self.view.itemDelegate()
        # Room for the grid line and for rounding in Qt's own line breaking.
        slack = 3 if isinstance(self.view, QTableView) and self.view.showGrid() else 2
        width = 0
        root = self.view.rootIndex()
        for row in rows:
            index = model.index(row, column, root)
            value = index.data(Qt.ItemDataRole.DisplayRole)
            if value is None or value == "":
                continue
            shown = str(value)
            whole = delegate.sizeHint(option, index).width()
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else self.view.font())
            padding = whole - metrics.horizontalAdvance(shown)
            width = max(width, padding + narrowest_wrap(shown, metrics, self.lines) + slack)
        return width

    # Sharing out the width -------------------------------------------------------------

    def share_out(self) -> None:
        """Content columns at their width; text columns share what is left."""
        columns = [column for column in self._visible_columns() if column in self.natural]
        if not columns:
            return
        available = self.view.viewport().width()
        # In the page's order of priority, not the columns' order on screen.
        text = [column for column in self.text_columns if column in columns] or [columns[-1]]
        smallest = self.header.minimumSectionSize()
        widths = {
            column: max(smallest, min(self.natural[column], int(available * CONTENT_SHARE)))
            for column in columns
            if column not in text
        }
        left = available - sum(widths.values())
        least = self.view.fontMetrics().averageCharWidth() * TEXT_MINIMUM_CHARS
        minimum = {column: max(least, self._header_width(column)) for column in text}
        for column, width in _share(left, {c: self.natural[c] for c in text}, minimum).items():
            widths[column] = max(smallest, width)
        self._applying = True
        try:
            for column, width in widths.items():
                if self.header.sectionSize(column) != width:
                    self.header.resizeSection(column, width)
        finally:
            self._applying = False

    # Tooltips ------------------------------------------------------------------------

    def is_elided(self, index: QModelIndex) -> bool:
        """True if the cell at ``index`` does not show all of its text."""
        value = index.data(Qt.ItemDataRole.DisplayRole)
        if value is None or value == "":
            return False
        rect = self.view.visualRect(index)
        if rect.isEmpty():
            return False
        delegate = self.view.itemDelegateForIndex(index)
        option = option_of(self.view)
        whole = delegate.sizeHint(option, index)
        if self.lines == 1 and "\n" not in str(value):
            return whole.width() > rect.width()
        option.rect = QRect(rect)
        wrapped = delegate.sizeHint(option, index)
        return wrapped.width() > rect.width() or wrapped.height() > rect.height() + 2

    def header_elided(self, column: int) -> bool:
        """True if the header of ``column`` does not show all of its title."""
        return self._header_width(column) > self.header.sectionSize(column)

    def _cell_tooltip(self, event: QHelpEvent) -> bool:
        index = self.view.indexAt(event.pos())
        if not index.isValid() or not self.is_elided(index):
            return False  # the view shows the model's own tooltip, if any
        tip = _joined(
            str(index.data(Qt.ItemDataRole.DisplayRole)), index.data(Qt.ItemDataRole.ToolTipRole)
        )
        QToolTip.showText(event.globalPos(), tip, self.view.viewport(), self.view.visualRect(index))
        return True

    def _header_tooltip(self, event: QHelpEvent) -> bool:
        column = self.header.logicalIndexAt(event.pos())
        model = self.view.model()
        if column < 0 or model is None or not self.header_elided(column):
            return False
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        own = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        QToolTip.showText(event.globalPos(), _joined(title, own), self.header.viewport())
        return True

    # Helpers -------------------------------------------------------------------------

    def _row_height(self) -> int:
        metrics = self.view.fontMetrics()
        return metrics.lineSpacing() * self.lines + metrics.height() // 2 + 4


def _share(room: int, natural: dict[int, int], minimum: dict[int, int]) -> dict[int, int]:
    """Share ``room`` pixels among text columns, in their order of priority: each gets at
    least its ``minimum`` (or its natural width, if less), then the first what it needs,
    then the next; what is left after all have theirs goes to all alike."""
    if not natural:
        return {}
    widths = {column: min(width, minimum[column]) for column, width in natural.items()}
    spare = room - sum(widths.values())
    for column, width in natural.items():
        grow = max(0, min(width - widths[column], spare))
        widths[column] += grow
        spare -= grow
    if spare > 0:
        columns = list(natural)
        for column in columns:
            widths[column] += spare // len(columns)
        widths[columns[-1]] += spare % len(columns)
    return widths


def _joined(text: str, own: object) -> str:
    """The full text, then the model's own tooltip if it says more."""
    if not isinstance(own, str) or not own or own == text:
        return text
    if own.startswith("<qt>") or GuiQt.mightBeRichText(own):
        body = own.removeprefix("<qt>").removesuffix("</qt>")
        return f"<qt>{html.escape(text)}<br><br>{body}</qt>"
    if text in own:
        return own
    return f"{text}\n\n{own}"
