"""The briefing's trend chart: its date axis has distinct ticks, spaced by months,
quarters or years to fit the span of the health checks."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.graphics import renderSVG

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.reports.briefing_charts import MARKERS, marker, register_fonts, trend_chart

NAMES = {RespondentSide.US: "Us", RespondentSide.PARTNER: "Partner", RespondentSide.JOINT: "Joint"}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WIDTH = 240  # about half an A4 text width, as on the one-pager


def x_labels(days: list[dt.date], language: str = "en") -> list[str]:
    """The date axis's labels, left to right, of a chart of checks on these days."""
    register_fonts()
    series = {RespondentSide.US: [(day, 3.0) for day in days]}
    drawing = trend_chart(series, NAMES, "Date", "Score", WIDTH, 150, language)
    texts = re.findall(r">([^<>]*)</text>", renderSVG.drawToString(drawing))
    return texts[: texts.index("1")]  # the y axis starts at 1


def when(label: str) -> tuple[int, int]:
    """The year and month of an axis label ("Oct 2026", or "2026" for a year)."""
    *name, year = label.split()
    return int(year), MONTHS.index(name[0]) + 1 if name else 0


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        # One check, or a few weeks of checks: two months around them, a tick per month.
        ([dt.date(2026, 10, 13)], ["Oct 2026", "Nov 2026"]),
        ([dt.date(2026, 9, 20), dt.date(2026, 10, 13)], ["Sep 2026", "Oct 2026", "Nov 2026"]),
        (
            [dt.date(2026, 7, 2), dt.date(2026, 11, 28)],
            ["Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026"],
        ),
        # A year or more: quarters, then half years.
        (
            [dt.date(2025, 11, 4), dt.date(2026, 10, 20)],
            ["Jan 2026", "Apr 2026", "Jul 2026", "Oct 2026"],
        ),
        (
            [dt.date(2024, 5, 14), dt.date(2026, 10, 6)],
            ["Jul 2024", "Jan 2025", "Jul 2025", "Jan 2026", "Jul 2026"],
        ),
        # Many years: whole years, or every few years.
        ([dt.date(2022, 3, 1), dt.date(2026, 10, 6)], ["2022", "2023", "2024", "2025", "2026"]),
        ([dt.date(2014, 1, 13), dt.date(2026, 10, 13)], ["2015", "2020", "2025"]),
    ],
)
def test_date_ticks_are_distinct_and_fit_the_span(days: list[dt.date], expected: list[str]) -> None:
    assert x_labels(days) == expected


def test_every_span_gets_a_few_distinct_ticks() -> None:
    start = dt.date(2026, 1, 1)
    for length in (0, 1, 12, 29, 31, 45, 60, 75, 100, 200, 400, 800, 1500, 3000, 9000):
        labels = x_labels([start, start + dt.timedelta(days=length)])
        assert 2 <= len(labels) <= 6, (length, labels)
        assert len(set(labels)) == len(labels), (length, labels)
        assert labels == sorted(labels, key=when), (length, labels)


def test_the_months_are_written_in_the_briefings_language() -> None:
    days = [dt.date(2026, 2, 20), dt.date(2026, 3, 13)]
    assert x_labels(days, "nl") == ["feb. 2026", "mrt. 2026", "apr. 2026"]
    assert x_labels(days, "en") == ["Feb 2026", "Mar 2026", "Apr 2026"]


def test_the_briefing_draws_with_reportlab_shape_checking_left_out() -> None:
    """Checking every attribute set on a shape was a third of drawing a one-pager's chart:
    the briefing turns it off before reportlab.graphics is imported, so that the shape
    classes are made without it (a fresh process, as the app and the workers start)."""
    probe = (
        "import alliance_desk.reports.briefing\n"
        "from reportlab import rl_config\n"
        "from reportlab.graphics.shapes import Shape\n"
        "from reportlab.graphics.widgetbase import Widget\n"
        "print(rl_config.shapeChecking, '__setattr__' in vars(Shape),"
        " '__setattr__' in vars(Widget))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False", "False"]


def test_the_briefings_streams_are_compressed_and_left_binary(tmp_path: Path) -> None:
    """reportlab writes every compressed stream again as ASCII (base 85) by default, in
    pure Python; the briefing's PDFs keep them binary, and still read back."""
    from pypdf import PdfReader
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    target = tmp_path / "page.pdf"
    SimpleDocTemplate(str(target)).build([Paragraph("Binary", getSampleStyleSheet()["Normal"])])
    data = target.read_bytes()
    assert b"/ASCII85Decode" not in data and b"/FlateDecode" in data
    assert "Binary" in PdfReader(target).pages[0].extract_text()


@pytest.mark.parametrize("kind", sorted(MARKERS.values()))
@pytest.mark.parametrize(("x", "y"), [(0, 0), (37.25, 12.5)])
def test_a_plain_marker_is_the_shape_reportlabs_marker_widget_draws(
    kind: str, x: float, y: float
) -> None:
    """The trend chart's markers are plain shapes (a widget is expanded every time it is
    drawn): each must be what the widget of that kind would have drawn, point for point."""
    from reportlab.graphics.widgets.markers import Marker as MarkerWidget
    from reportlab.lib import colors

    colour = colors.HexColor("#1f4e79")
    widget = MarkerWidget(kind=kind, size=4.5, fillColor=colour, strokeColor=colour)
    widget.x, widget.y = x, y
    drawn = widget.draw()
    plain = marker(kind, x, y, 4.5, colour)
    assert type(plain) is type(drawn)
    expected, made = drawn.getProperties(), plain.getProperties()
    if "points" in expected:  # the widget keeps a tuple when it need not shift the points
        expected["points"] = list(expected["points"])
    assert made == expected


def test_the_trend_chart_draws_no_marker_widgets() -> None:
    """Every point's marker and the legend's are plain shapes in the drawing."""
    from reportlab.graphics.shapes import Circle, Polygon, Rect
    from reportlab.graphics.widgets.markers import Marker as MarkerWidget

    series = {
        RespondentSide.US: [(dt.date(2025, 1, 1), 3.0), (dt.date(2025, 6, 1), 3.5)],
        RespondentSide.PARTNER: [(dt.date(2025, 2, 1), 2.0), (dt.date(2025, 7, 1), 2.5)],
        RespondentSide.JOINT: [(dt.date(2025, 3, 1), 4.0)],
    }
    names = {side: side.value for side in RespondentSide}
    drawing = trend_chart(series, names, "x", "y", 250, 150, "en")
    nodes = list(_flattened(drawing.getContents()))
    assert not [node for node in nodes if isinstance(node, MarkerWidget)]
    shapes = [node for node in nodes if isinstance(node, Circle | Polygon | Rect)]
    assert len([s for s in shapes if isinstance(s, Circle)]) >= 2 + 1  # points, legend
    assert len([s for s in shapes if isinstance(s, Polygon)]) >= 2 + 1


def _flattened(nodes: list) -> object:
    from reportlab.graphics.shapes import Group
    from reportlab.graphics.widgetbase import Widget

    for node in nodes:
        if isinstance(node, Widget) and not node.__class__.__name__ == "Marker":
            node = node.draw()
        yield node
        if isinstance(node, Group):
            yield from _flattened(node.getContents())
