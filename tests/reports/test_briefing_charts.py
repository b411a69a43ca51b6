"""The briefing's trend chart: its date axis has distinct ticks, spaced by months,
quarters or years to fit the span of the health checks."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from reportlab.graphics import renderSVG

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.reports.briefing_charts import register_fonts, trend_chart

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
