"""The portfolio at a glance: every alliance as one mark, for the board pack's summary.

Across: the latest overall health (1–5). Up: its change since the previous check
by the same side. The status is the mark's shape and colour (a square for red,
a triangle for amber, a circle for green, as on the status badge), hollow when
nobody has assessed it, so the chart reads in black and white. Dashed lines
split it at a health threshold and at no change; the lower left is weak and
falling. Alliances needing attention are named where a name fits without
covering another; with hundreds of alliances the rest stay unnamed marks.
Alliances checked only once have no change yet: they sit in a strip below.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from alliance_desk.domain import notation
from alliance_desk.domain.codes import Rag
from alliance_desk.reports.briefing_charts import (
    INK,
    MUTED,
    RAG_FILL,
    REGULAR,
    RULE,
    register_fonts,
)

HEALTH_THRESHOLD = 3.0  # the middle of the 1–5 scale: below it health is weak
MARK = 5.0  # points across a mark
NAME_SIZE = 6.0
NAME_LENGTH = 34  # characters of a name beside its mark
MAX_NAMES = 30  # more names than this turn the chart into text
DRAWING_ORDER = {None: 0, Rag.GREEN: 1, Rag.AMBER: 2, Rag.RED: 3}
TextAnchor = Literal["start", "middle", "end"]  # where a String stands against its x


@dataclasses.dataclass(frozen=True)
class Point:
    """One alliance: latest health, its change (None: checked once), status, and its name
    if it should be named (it needs attention)."""

    health: float
    change: float | None
    status: Rag | None
    name: str | None = None


def mark(status: Rag | None, x: float, y: float, size: float = MARK) -> Polygon | Circle | Rect:
    """The status mark centred on (x, y): red square, amber triangle, green circle, and
    for no status a hollow circle."""
    half = size / 2
    shape: Polygon | Circle | Rect
    if status is Rag.RED:
        shape = Rect(x - half * 0.9, y - half * 0.9, size * 0.9, size * 0.9)
    elif status is Rag.AMBER:
        shape = Polygon([x - half, y - half * 0.85, x + half, y - half * 0.85, x, y + half])
    else:
        shape = Circle(x, y, half)
    shape.fillColor = colors.white if status is None else RAG_FILL[status]
    shape.strokeColor = INK
    shape.strokeWidth = 0.5
    return shape


def _text(x: float, y: float, text: str, size: float = 6.5, anchor: TextAnchor = "start") -> String:
    return String(x, y, text, fontName=REGULAR, fontSize=size, fillColor=MUTED, textAnchor=anchor)


def portfolio_chart(
    points: Sequence[Point],
    labels: Mapping[str, str],
    width: float,
    height: float,
    language: str = "en",
) -> Drawing:
    """The chart, ``width`` by ``height`` points. ``labels``: ``chart_x``, ``chart_y``,
    ``checked_once``, the four ``quadrant_*`` captions and the status words (``red``,
    ``amber``, ``green``, ``not_assessed``). ``language`` writes the tick values."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=REGULAR)
    left, right, top = 34.0, 8.0, 16.0
    strip = 14.0  # the strip of alliances checked once
    bottom = 24.0 + strip
    plot_w, plot_h = width - left - right, height - top - bottom
    changes = [abs(p.change) for p in points if p.change is not None]
    largest = max(changes, default=0)
    tick = 0.5 if largest <= 1.5 else 1.0 if largest <= 4 else 2.0
    reach = max(1.0, math.ceil(largest / tick) * tick)  # ticks on round values, at least ±1

    def at(health: float, change: float) -> tuple[float, float]:
        return (
            left + (min(max(health, 1), 5) - 1) / 4 * plot_w,
            bottom + (change + reach) / (2 * reach) * plot_h,
        )

    frame = Rect(left, bottom, plot_w, plot_h)  # styled after: the stubs mistype its keywords
    frame.fillColor, frame.strokeColor, frame.strokeWidth = None, RULE, 0.5
    drawing.add(frame)
    for score in range(1, 6):
        x, _ = at(score, 0)
        drawing.add(Line(x, bottom, x, bottom - 2, strokeColor=MUTED, strokeWidth=0.5))
        drawing.add(_text(x, bottom - strip - 9, str(score), anchor="middle"))
    for step in range(-round(reach / tick), round(reach / tick) + 1):
        value = step * tick
        _, y = at(1, value)
        drawing.add(Line(left - 2, y, left, y, strokeColor=MUTED, strokeWidth=0.5))
        tick_text = notation.difference(value, language) if value else notation.number(0, language)
        drawing.add(_text(left - 4, y - 2.2, tick_text, anchor="end"))
    x0, y0 = at(HEALTH_THRESHOLD, 0)
    for line in (
        Line(x0, bottom, x0, bottom + plot_h),
        Line(left, y0, left + plot_w, y0),
    ):
        line.strokeColor, line.strokeWidth, line.strokeDashArray = MUTED, 0.6, [3, 2]
        drawing.add(line)
    pad = 3.0
    drawing.add(_text(left + pad, bottom + plot_h - 8, labels["quadrant_low_up"]))
    drawing.add(
        _text(left + plot_w - pad, bottom + plot_h - 8, labels["quadrant_high_up"], anchor="end")
    )
    drawing.add(_text(left + pad, bottom + pad, labels["quadrant_low_down"]))
    drawing.add(
        _text(left + plot_w - pad, bottom + pad, labels["quadrant_high_down"], anchor="end")
    )
    # The strip of alliances checked once, between the plot and the health ticks.
    strip_y = bottom - strip / 2 - 1
    drawing.add(_text(left - 4, strip_y - 2.2, labels["checked_once"], size=5.5, anchor="end"))
    drawing.add(
        Line(left, bottom - strip, left + plot_w, bottom - strip, strokeColor=RULE, strokeWidth=0.4)
    )
    drawing.add(_text(left + plot_w / 2, 3, labels["chart_x"], anchor="middle"))
    drawing.add(_text(left, height - 9, labels["chart_y"]))
    taken: list[tuple[float, float, float, float]] = []
    places = _spread(
        [
            (at(point.health, 0)[0], strip_y)
            if point.change is None
            else at(point.health, point.change)
            for point in points
        ],
        (left, bottom, left + plot_w, bottom + plot_h),
        (bottom - strip + 3, bottom - 3),
    )
    # The least urgent first, so red is drawn over amber over the rest where they meet.
    for index in sorted(range(len(points)), key=lambda i: DRAWING_ORDER[points[i].status]):
        x, y = places[index]
        drawing.add(mark(points[index].status, x, y))
        taken.append((x - MARK / 2, y - MARK / 2, x + MARK / 2, y + MARK / 2))
    named = 0
    for point, (x, y) in zip(points, places, strict=True):
        if point.name is None or named >= MAX_NAMES:
            continue
        box = _place(point.name, x, y, taken, (left, bottom - strip, left + plot_w, height))
        if box is not None:
            text, anchor, tx = box
            drawing.add(
                String(
                    tx,
                    y - 2,
                    text,
                    fontName=REGULAR,
                    fontSize=NAME_SIZE,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )
            named += 1
    return drawing


def _spread(
    places: list[tuple[float, float]],
    plot: tuple[float, float, float, float],
    strip: tuple[float, float],
) -> list[tuple[float, float]]:
    """The places, with marks that would sit on one spot spread around it (a sunflower),
    so a crowd looks like a crowd; kept inside the plot, or inside the strip below it."""
    seen: dict[tuple[int, int], int] = {}
    spread = []
    for x0, y0 in places:
        low, high = strip if y0 < plot[1] else (plot[1], plot[3])
        key = (round(x0 * 2), round(y0 * 2))
        k = seen[key] = seen.get(key, -1) + 1
        radius, angle = 1.9 * math.sqrt(k), k * 2.39996  # the golden angle
        x, y = x0 + radius * math.cos(angle), y0 + radius * math.sin(angle)
        spread.append((min(max(x, plot[0]), plot[2]), min(max(y, low), high)))
    return spread


def _place(
    name: str,
    x: float,
    y: float,
    taken: list[tuple[float, float, float, float]],
    bounds: tuple[float, float, float, float],
) -> tuple[str, TextAnchor, float] | None:
    """Where the name of the mark at (x, y) fits, right of it or else left, in full or
    shortened, without covering a mark or a name: (text, anchor, x); None if nowhere.
    The place found is added to ``taken``."""
    texts = [name] if len(name) <= NAME_LENGTH else [name[: NAME_LENGTH - 1].rstrip() + "…"]
    for text in texts:
        text_w = pdfmetrics.stringWidth(text, REGULAR, NAME_SIZE)
        sides: tuple[tuple[float, TextAnchor], ...] = (
            (x + MARK / 2 + 1.5, "start"),
            (x - MARK / 2 - 1.5, "end"),
        )
        for tx, anchor in sides:
            x1 = tx if anchor == "start" else tx - text_w
            box = (x1, y - 2.5, x1 + text_w, y + 4.5)
            inside = bounds[0] < box[0] and box[2] < bounds[2] and bounds[1] < box[1]
            if inside and not any(_overlap(box, other) for other in taken):
                taken.append(box)
                return text, anchor, tx
    return None


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def legend(labels: Mapping[str, str], width: float) -> Drawing:
    """The four marks with their words, in one row."""
    register_fonts()
    drawing = Drawing(width, 10, initialFontName=REGULAR)
    x = 0.0
    for status in (Rag.RED, Rag.AMBER, Rag.GREEN, None):
        word = labels["not_assessed" if status is None else status.value]
        drawing.add(mark(status, x + MARK / 2, 5))
        drawing.add(String(x + MARK + 3, 2.8, word, fontName=REGULAR, fontSize=6.5, fillColor=INK))
        x += MARK + 14 + pdfmetrics.stringWidth(word, REGULAR, 6.5)
    return drawing
