"""Fonts, safe text and drawings of the senior-management briefing.

The briefing prints with the DejaVu Sans fonts shipped in ``resources/fonts``,
embedded as TrueType subsets, so Dutch diacritics, Greek, Cyrillic, Hebrew
and Arabic letters print as typed. A character the font has no glyph for
(an emoji, most CJK) is replaced by a visible placeholder and counted, never
dropped silently.

Drawings are made with ``reportlab.graphics`` and read in black and white:
each side has its own line pattern and marker (the app's chart uses the same,
from :mod:`alliance_desk.reports.legend`), the status its own shape and word;
a status nobody has set is a hollow, dashed circle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from reportlab import rl_config

# reportlab checks every attribute set on a shape or chart against its type, a development aid
# ("it slows down shapes", says reportlab) that it leaves out of the shape classes when it is
# off as reportlab.graphics is first imported: here, before every drawing of ours. It was a
# third of the time of drawing a one-pager's trend chart; our drawings are tested, not checked.
rl_config.shapeChecking = 0
# Every stream of the PDF (each page's drawing, the font subsets) is compressed and then, by
# reportlab's default, written again as ASCII text (base 85) in pure Python: a fifth more bytes
# and 4-5% of the time of a board pack, for PDFs that are binary files anyway.
rl_config.useA85 = 0
# Every number written formatted once, every word measured once per font (see
# alliance_desk.reports.reportlab_memo).
from alliance_desk.reports import reportlab_memo  # noqa: E402

reportlab_memo.install()

import math

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, SolidShape, String
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from alliance_desk.domain import notation
from alliance_desk.domain.codes import Rag, RespondentSide
from alliance_desk.paths import RESOURCES
from alliance_desk.reports.legend import SIDE_LEGEND, Marker, Pattern

FONTS = RESOURCES / "fonts"
REGULAR = "AllianceDeskSans"
BOLD = "AllianceDeskSans-Bold"
PLACEHOLDER = "\u25a1"  # WHITE SQUARE, where the font has no glyph

INK = colors.HexColor("#1b2a3a")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5f6b78")
RULE = colors.HexColor("#c5ccd4")
RAG_FILL = {
    Rag.GREEN: colors.HexColor("#2e7d32"),
    Rag.AMBER: colors.HexColor("#e0a000"),
    Rag.RED: colors.HexColor("#c62828"),
}
# The shared side legend in reportlab's terms: dash arrays and marker names.
DASHES: dict[Pattern, list[float] | None] = {
    Pattern.SOLID: None,
    Pattern.DASHED: [4, 2],
    Pattern.DOTTED: [1, 2],
}
MARKERS = {
    Marker.CIRCLE: "FilledCircle",
    Marker.TRIANGLE: "FilledTriangle",
    Marker.SQUARE: "FilledSquare",
}


def side_style(side: RespondentSide) -> tuple[colors.Color, list[float] | None, str]:
    """Colour, dash array and marker name of a side, from the one legend."""
    style = SIDE_LEGEND[side]
    return colors.HexColor(style.colour), DASHES[style.pattern], MARKERS[style.marker]


MARKER_STROKE = 0.1  # reportlab's marker widget's default outline
_RADIANS = math.pi / 180.0


def marker(kind: str, x: float, y: float, size: float, colour: colors.Color) -> SolidShape:
    """A filled marker centred on (x, y), as a plain shape: what reportlab's marker widget
    (``reportlab.graphics.widgets.markers.Marker``) of that ``kind`` draws, point for point.
    A widget is expanded into its shape each time it is drawn, about 50 times for a
    one-pager's trend chart; the shape is drawn as it is."""
    half = size / 2.0
    if kind == "FilledCircle":
        return Circle(x, y, half, fillColor=colour, strokeColor=colour, strokeWidth=MARKER_STROKE)
    if kind == "FilledSquare":
        square = Rect(x - half, y - half, 2 * half, 2 * half)
        square.fillColor, square.strokeColor = colour, colour
        square.strokeWidth = MARKER_STROKE
        return square
    if kind == "FilledTriangle":
        r = float(size) / 2
        s = math.sin(30 * _RADIANS) * r
        c = math.cos(30 * _RADIANS) * r
        points = [0, r, -c, -s, c, -s]
        if x or y:
            points = [value + (x, y)[index & 1] for index, value in enumerate(points)]
        return Polygon(points, strokeWidth=MARKER_STROKE, strokeColor=colour, fillColor=colour)
    raise ValueError(f"no such marker: {kind!r}")


class PlotMarker:
    """A line plot's symbol drawn as a plain shape (see :func:`marker`): reportlab calls a
    symbol that is neither a widget nor a class with the point, a size and a colour."""

    def __init__(self, kind: str, size: float, colour: colors.Color) -> None:
        self.kind, self.size, self.colour = kind, size, colour

    def __call__(self, x: float, y: float, size: float, colour: colors.Color) -> SolidShape:
        return marker(self.kind, x, y, self.size, self.colour)


def register_fonts() -> tuple[TTFont, TTFont]:
    """Register (once) the embedded briefing fonts; the regular and the bold font."""
    registered = pdfmetrics.getRegisteredFontNames()
    if REGULAR not in registered:
        pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
        for italic in (0, 1):  # no italic face: italics print upright, never in another font
            addMapping(REGULAR, 0, italic, REGULAR)
            addMapping(REGULAR, 1, italic, BOLD)
    return _true_type(REGULAR), _true_type(BOLD)


def _true_type(name: str) -> TTFont:
    font = pdfmetrics.getFont(name)
    if not isinstance(font, TTFont):  # another font registered under our name first
        raise TypeError(f"font {name!r} is a {type(font).__name__}, not the embedded TrueType")
    return font


class SafeText:
    """Makes text printable in the briefing fonts, counting what it had to replace."""

    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.known = set(regular.face.charToGlyph) & set(bold.face.charToGlyph)
        self.printable = frozenset(map(chr, self.known))  # the same, as characters
        self.placeholder = PLACEHOLDER if ord(PLACEHOLDER) in self.known else "?"
        self.replaced = 0

    def __call__(self, text: str) -> str:
        if self.printable.issuperset(text):  # most text: every character in both fonts
            return text
        out = []
        for char in text:
            if ord(char) in self.known:
                out.append(char)
            elif char.isspace() or not char.isprintable() and ord(char) < 0x20:
                out.append(" ")
            else:
                out.append(self.placeholder)
                self.replaced += 1
        return "".join(out)


def shorten(text: str | None, limit: int) -> str:
    """One line of at most ``limit`` characters; longer text ends in an ellipsis."""
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    return flat[: max(1, limit - 1)].rstrip() + "\u2026"


def rag_badge(rag: Rag | None, word: str, size: float = 16) -> Drawing:
    """The status as a shape (circle, triangle, square) in its colour, with its word;
    ``None`` (not assessed) is a hollow circle with a dashed outline: no colour claimed."""
    width = size + 6 + pdfmetrics.stringWidth(word, BOLD, size * 0.62)
    drawing = Drawing(width, size, initialFontName=REGULAR)
    half = size / 2
    shape: SolidShape
    if rag is None:
        shape = Circle(half, half, half - 1.5)
        shape.fillColor = None
        shape.strokeDashArray = [1.6, 1.2]
    elif rag is Rag.GREEN:
        shape = Circle(half, half, half - 1)
    elif rag is Rag.AMBER:
        shape = Polygon([1, 1, size - 1, 1, half, size - 1])
    else:
        shape = Rect(1.5, 1.5, size - 3, size - 3)
    if rag is not None:
        shape.fillColor = RAG_FILL[rag]
    shape.strokeColor = INK
    shape.strokeWidth = 0.8 if rag is not None else 1.1
    drawing.add(shape)
    drawing.add(
        String(size + 5, size * 0.28, word, fontName=BOLD, fontSize=size * 0.62, fillColor=INK)
    )
    return drawing


# Checks closer together than this are shown in a window this wide; with the padding the
# axis spans at least 70 days, and any 62 days hold two month starts, so two ticks.
MIN_DAYS_SHOWN = 60
MAX_DATE_TICKS = 6  # labels like "sep. 2026" side by side in half a page's width
TICK_MONTHS = (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200)  # months, quarters, ... years


def date_ticks(first: dt.date, last: dt.date) -> tuple[list[dt.date], bool]:
    """Distinct ticks between two days, and whether they are years (labelled by the year
    alone) rather than months: the first days of months, quarters, half years or (every
    few) years, the finest that gives at most
    MAX_DATE_TICKS."""
    for step in TICK_MONTHS:
        ticks: list[dt.date] = []
        month = first.year * 12 + first.month - 1  # months since year 0
        if first.day > 1:
            month += 1
        month += -month % step  # the first multiple of step: Jan/Apr/Jul/Oct, Jan/Jul, ...
        while (tick := dt.date(month // 12, month % 12 + 1, 1)) <= last:
            ticks.append(tick)
            month += step
        if len(ticks) <= MAX_DATE_TICKS:
            break
    return ticks, step >= 12


def trend_chart(
    series: Mapping[RespondentSide, Sequence[tuple[dt.date, float]]],
    side_names: Mapping[RespondentSide, str],
    x_title: str,
    y_title: str,
    width: float,
    height: float,
    language: str,
) -> Drawing:
    """Overall health score over time, one styled line per respondent side, with a legend;
    the months on the date axis written in ``language``."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=REGULAR)
    sides = [side for side in RespondentSide if series.get(side)]
    plot = LinePlot()
    plot.x, plot.y = 34, 30
    # The stubs type these as int (from their defaults); reportlab takes any number.
    plot.width, plot.height = width - 44, height - 50  # type: ignore[assignment]
    plot.data = [[(day.toordinal(), value) for day, value in series[side]] for side in sides]
    days = [day.toordinal() for side in sides for day, _ in series[side]]
    first, last = min(days), max(days)
    short = MIN_DAYS_SHOWN - (last - first)
    if short > 0:  # a single check, or a few weeks of checks: centred in a wider window
        first, last = first - short // 2, last + short - short // 2
    pad = max(5, (last - first) // 20)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first - pad, last + pad
    ticks, yearly = date_ticks(dt.date.fromordinal(first - pad), dt.date.fromordinal(last + pad))
    plot.xValueAxis.valueSteps = [tick.toordinal() for tick in ticks]

    def label(value: float) -> str:
        tick = dt.date.fromordinal(int(round(value)))
        return str(tick.year) if yearly else notation.month(tick, language)

    plot.xValueAxis.labelTextFormat = label
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 1, 5, 1
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = RULE
    plot.yValueAxis.gridStrokeWidth = 0.4
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = MUTED
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.6
    for index, side in enumerate(sides):
        colour, dash, kind = side_style(side)
        line = plot.lines[index]
        line.strokeColor = colour
        line.strokeWidth = 1.3
        line.strokeDashArray = dash
        line.symbol = PlotMarker(kind, 4.5, colour)
    drawing.add(plot)
    drawing.add(
        String(
            plot.x + plot.width / 2,
            4,
            x_title,
            fontName=REGULAR,
            fontSize=6.5,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    y_label = String(
        0, 0, y_title, fontName=REGULAR, fontSize=6.5, fillColor=MUTED, textAnchor="middle"
    )
    from reportlab.graphics.shapes import Group

    turned = Group(y_label)
    turned.translate(8, plot.y + plot.height / 2)
    turned.rotate(90)
    drawing.add(turned)
    # Legend across the top: a short line in the side's style, its marker, its name.
    x: float = plot.x
    top = height - 8
    for side in sides:
        colour, dash, kind = side_style(side)
        sample = Line(x, top, x + 16, top, strokeColor=colour, strokeWidth=1.3)
        if dash is not None:
            sample.strokeDashArray = dash
        drawing.add(sample)
        drawing.add(marker(kind, x + 8, top, 4.5, colour))
        name = side_names[side]
        drawing.add(String(x + 20, top - 2.3, name, fontName=REGULAR, fontSize=6.8, fillColor=INK))
        x += 28 + pdfmetrics.stringWidth(name, REGULAR, 6.8)
    return drawing
