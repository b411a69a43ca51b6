"""A line chart of scores over time, one line per respondent side, drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and the chart is simple: dates
along x, the 1–5 scale along y. Each side has its own colour AND its own
line pattern and marker (us: solid with circles, partner: dashed with
triangles, joint: dotted with squares), so it reads the same printed in
black and white. The styles are the briefing's too: both charts take them from
:mod:`alliance_desk.reports.legend`. Hovering a point shows its date and value.
Dates and values are written in the interface's language (:mod:`alliance_desk.ui.notation`),
every value of one chart with the same number of decimals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.reports.legend import SIDE_LEGEND, Marker, Pattern
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label

Point = tuple[dt.date, float]
Y_MIN, Y_MAX = 1, 5
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # tick spacing candidates, in months


@dataclasses.dataclass(frozen=True)
class LineStyle:
    colour: str
    pattern: Qt.PenStyle
    marker: Marker


PEN_STYLES = {
    Pattern.SOLID: Qt.PenStyle.SolidLine,
    Pattern.DASHED: Qt.PenStyle.DashLine,
    Pattern.DOTTED: Qt.PenStyle.DotLine,
}
# The one side legend (shared with the briefing) in Qt's terms.
STYLES = {
    side: LineStyle(style.colour, PEN_STYLES[style.pattern], style.marker)
    for side, style in SIDE_LEGEND.items()
}
GRID = QColor("#d9dde3")
AXIS = QColor("#5f6670")
TEXT = QColor("#25292e")


def _months(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _first_of(months: int) -> dt.date:
    return dt.date(months // 12, months % 12 + 1, 1)


def date_ticks(first: dt.date, last: dt.date, room: int) -> list[dt.date]:
    """First-of-month dates between ``first`` and ``last``, at most ``room`` of them,
    spaced by the smallest of MONTH_STEPS that fits (years stay on January)."""
    for step in MONTH_STEPS:
        start = _months(first)
        start += -start % step
        ticks = [_first_of(m) for m in range(start, _months(last) + 1, step)]
        ticks = [tick for tick in ticks if first <= tick <= last]
        if len(ticks) <= max(room, 1):
            return ticks
    return []


class TrendChart(QWidget):
    """Scores per respondent side over time; :meth:`set_series` gives it data."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: dict[RespondentSide, list[Point]] = {}
        self.level_names: dict[int, str] = {}
        self.places = 0  # decimals of every value shown: 1 once any value is fractional
        self.empty_text = ""
        self.x_title = ""
        self.y_title = ""
        self.plot = QRectF()
        self.setMinimumSize(380, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach the summary
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    def set_texts(self, x_title: str, y_title: str, empty_text: str) -> None:
        self.x_title, self.y_title, self.empty_text = x_title, y_title, empty_text
        self.update()

    def set_series(
        self,
        series: Mapping[RespondentSide, Sequence[Point]],
        level_names: Mapping[int, str] | None = None,
    ) -> None:
        """Lines to draw (points oldest first) and the names of the levels for the y axis."""
        self.series = {side: list(series[side]) for side in RespondentSide if series.get(side)}
        self.level_names = dict(level_names or {})
        values = [value for points in self.series.values() for _, value in points]
        self.places = 0 if all(float(value).is_integer() for value in values) else 1
        summary = [
            self.tr("{side}: %n point(s), latest {value} on {date}", "", len(points)).format(
                side=label(side),
                value=self.value_text(points[-1][1]),
                date=notation.date_medium(points[-1][0]),
            )
            for side, points in self.series.items()
        ]
        self.setAccessibleDescription("; ".join(summary) or self.empty_text)
        self.update()

    # Geometry ----------------------------------------------------------------

    def _range(self) -> tuple[dt.date, dt.date]:
        days = [day for points in self.series.values() for day, _ in points]
        first, last = min(days), max(days)
        pad = max(15, (last - first).days // 25)
        return first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)

    def _x(self, day: dt.date, first: dt.date, last: dt.date) -> float:
        span = max((last - first).days, 1)
        return self.plot.left() + self.plot.width() * (day - first).days / span

    def _y(self, value: float) -> float:
        # Half a level of air above 5 and below 1, so markers are never cut off.
        low, high = Y_MIN - 0.4, Y_MAX + 0.4
        return self.plot.bottom() - self.plot.height() * (value - low) / (high - low)

    def _points(self) -> list[tuple[RespondentSide, Point, QPointF]]:
        if not self.series:
            return []
        first, last = self._range()
        return [
            (side, point, QPointF(self._x(point[0], first, last), self._y(point[1])))
            for side, points in self.series.items()
            for point in points
        ]

    # Painting ----------------------------------------------------------------

    def paintEvent(self, event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetrics(self.font())
        line_height = metrics.height()
        y_labels = {value: self._y_label(value) for value in range(Y_MIN, Y_MAX + 1)}
        label_width = max(metrics.horizontalAdvance(text) for text in y_labels.values())
        left = 8 + line_height + 6 + label_width + 8
        top = 10 + line_height + 12  # the legend sits above the plot
        bottom = 6 + line_height + 4 + line_height + 8  # tick labels, then the axis title
        self.plot = QRectF(
            left,
            top,
            max(self.width() - left - metrics.horizontalAdvance("4.44") - 30, 10),
            max(self.height() - top - bottom, 10),
        )
        self._draw_legend(painter, metrics)
        self._draw_y_axis(painter, metrics, y_labels)
        if not self.series:
            painter.setPen(AXIS)
            painter.drawRect(self.plot)
            painter.drawText(self.plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        self._draw_x_axis(painter, metrics)
        for side, points in self.series.items():
            self._draw_line(painter, side, points)
        self._draw_latest_values(painter, metrics)
        painter.end()

    def value_text(self, value: float) -> str:
        return notation.number(value, self.places)

    def _y_label(self, value: int) -> str:
        name = self.level_names.get(value)
        return f"{value} {name}" if name else str(value)

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        x = self.plot.left()
        y = 10 + metrics.height() / 2
        for side in RespondentSide:
            points = self.series.get(side)
            if not points and self.series:
                continue
            style = STYLES[side]
            painter.setPen(_line_pen(style))
            painter.drawLine(QPointF(x, y), QPointF(x + 30, y))
            _draw_marker(painter, style, QPointF(x + 15, y))
            text = label(side) + (f" ({len(points)})" if points else "")
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 36, y + metrics.ascent() / 2 - 1), text)
            x += 36 + metrics.horizontalAdvance(text) + 22

    def _draw_y_axis(
        self, painter: QPainter, metrics: QFontMetrics, y_labels: Mapping[int, str]
    ) -> None:
        for value, text in y_labels.items():
            y = self._y(value)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
            painter.setPen(TEXT)
            width = metrics.horizontalAdvance(text)
            painter.drawText(
                QPointF(self.plot.left() - 8 - width, y + metrics.ascent() / 2 - 1), text
            )
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(self.plot.bottomLeft(), self.plot.topLeft())
        painter.save()
        painter.translate(8 + metrics.ascent(), self.plot.center().y())
        painter.rotate(-90)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(TEXT)
        title_width = QFontMetrics(font).horizontalAdvance(self.y_title)
        painter.drawText(QPointF(-title_width / 2, 0), self.y_title)
        painter.restore()

    def x_ticks(self, metrics: QFontMetrics) -> list[tuple[dt.date, str]]:
        """The dates marked along x with their labels: first days of months (or years)
        that fit, or, when every point has the same date, that date under the points."""
        days = {day for points in self.series.values() for day, _ in points}
        if len(days) == 1:
            day = days.pop()
            return [(day, notation.date_medium(day))]
        first, last = self._range()
        sample = max(
            metrics.horizontalAdvance(notation.month(dt.date(2026, m, 1))) for m in range(1, 13)
        )
        sample += 18
        ticks = date_ticks(first, last, int(self.plot.width() // sample))
        yearly = all(tick.month == 1 for tick in ticks) and len(ticks) > 1
        return [(tick, str(tick.year) if yearly else notation.month(tick)) for tick in ticks]

    def x_of(self, day: dt.date) -> float:
        """Where ``day`` stands along x in the last painted plot."""
        first, last = self._range()
        return self._x(day, first, last)

    def _draw_x_axis(self, painter: QPainter, metrics: QFontMetrics) -> None:
        baseline = self.plot.bottom() + 6 + metrics.ascent()
        for tick, text in self.x_ticks(metrics):
            x = self.x_of(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, self.plot.top()), QPointF(x, self.plot.bottom()))
            painter.setPen(QPen(AXIS, 1))
            painter.drawLine(QPointF(x, self.plot.bottom()), QPointF(x, self.plot.bottom() + 4))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, baseline), text)
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(self.plot.bottomLeft(), self.plot.bottomRight())
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(TEXT)
        width = QFontMetrics(font).horizontalAdvance(self.x_title)
        painter.drawText(
            QPointF(self.plot.center().x() - width / 2, baseline + metrics.height() + 4),
            self.x_title,
        )
        painter.setFont(self.font())

    def _draw_line(self, painter: QPainter, side: RespondentSide, points: list[Point]) -> None:
        style = STYLES[side]
        first, last = self._range()
        spots = [QPointF(self._x(day, first, last), self._y(value)) for day, value in points]
        if len(spots) > 1:
            path = QPainterPath(spots[0])
            for spot in spots[1:]:
                path.lineTo(spot)
            painter.setPen(_line_pen(style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for spot in spots:
            _draw_marker(painter, style, spot)

    def _draw_latest_values(self, painter: QPainter, metrics: QFontMetrics) -> None:
        """Each side's latest value in the right margin, marked with the side's marker, so
        it reads without hovering; labels that would overlap are pushed apart."""
        wanted = sorted(
            (self._y(points[-1][1]), side, points[-1][1]) for side, points in self.series.items()
        )
        gap = metrics.height()
        placed: list[float] = []
        for y, _, _ in wanted:
            placed.append(max(y, placed[-1] + gap) if placed else y)
        overflow = placed[-1] - self.plot.bottom() if placed else 0
        if overflow > 0:  # pushed below the plot: move the whole stack up
            placed = [y - overflow for y in placed]
        for y, (_, side, value) in zip(placed, wanted, strict=True):
            style = STYLES[side]
            _draw_marker(painter, style, QPointF(self.plot.right() + 10, y), size=3.5)
            painter.setPen(QColor(style.colour))
            painter.drawText(
                QPointF(self.plot.right() + 17, y + metrics.ascent() / 2 - 1),
                self.value_text(value),
            )

    # Tooltips ----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            near = self.point_at(QPointF(event.pos()))
            if near is None:
                QToolTip.hideText()
            else:
                side, (day, value) = near
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("{side} · {date} · {value}").format(
                        side=label(side),
                        date=notation.date_medium(day),
                        value=self.value_text(value),
                    ),
                    self,
                )
            return True
        return super().event(event)

    def point_at(
        self, position: QPointF, reach: float = 8.0
    ) -> tuple[RespondentSide, Point] | None:
        """The drawn point nearest to ``position`` within ``reach`` pixels."""
        best, best_distance = None, reach * reach
        for side, point, spot in self._points():
            distance = (spot.x() - position.x()) ** 2 + (spot.y() - position.y()) ** 2
            if distance <= best_distance:
                best, best_distance = (side, point), distance
        return best


def _line_pen(style: LineStyle) -> QPen:
    pen = QPen(QColor(style.colour), 2.2, style.pattern)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _draw_marker(painter: QPainter, style: LineStyle, centre: QPointF, size: float = 4.5) -> None:
    painter.setPen(QPen(QColor("white"), 1.2))
    painter.setBrush(QColor(style.colour))
    if style.marker is Marker.CIRCLE:
        painter.drawEllipse(centre, size, size)
    elif style.marker is Marker.SQUARE:
        painter.drawRect(QRectF(centre.x() - size, centre.y() - size, 2 * size, 2 * size))
    else:
        top = QPointF(centre.x(), centre.y() - size * 1.25)
        left = QPointF(centre.x() - size * 1.2, centre.y() + size * 0.9)
        right = QPointF(centre.x() + size * 1.2, centre.y() + size * 0.9)
        painter.drawPolygon([top, left, right])
    painter.setBrush(Qt.BrushStyle.NoBrush)
