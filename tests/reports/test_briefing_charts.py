"""The briefing's trend chart: its date axis has distinct ticks, spaced by months,
quarters or years to fit the span of the health checks."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from reportlab.graphics import renderSVG

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.reports.briefing_charts import register_fonts, trend_chart

NAMES = {RespondentSide.US: "Us", RespondentSide.PARTNER: "Partner", RespondentSide.JOINT: "Joint"}
WIDTH = 240  # about half an A4 text width, as on the one-pager


def x_labels(days: list[dt.date]) -> list[str]:
    """The date axis's labels, left to right, of a chart of checks on these days."""
    register_fonts()
    series = {RespondentSide.US: [(day, 3.0) for day in days]}
    drawing = trend_chart(series, NAMES, "Date", "Score", WIDTH, 150)
    texts = re.findall(r">([^<>]*)</text>", renderSVG.drawToString(drawing))
    return texts[: texts.index("1")]  # the y axis starts at 1


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        # One check, or a few weeks of checks: two months around them, a tick per month.
        ([dt.date(2026, 10, 13)], ["2026-10", "2026-11"]),
        ([dt.date(2026, 9, 20), dt.date(2026, 10, 13)], ["2026-09", "2026-10", "2026-11"]),
        (
            [dt.date(2026, 7, 2), dt.date(2026, 11, 28)],
            ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"],
        ),
        # A year or more: quarters, then half years.
        (
            [dt.date(2025, 11, 4), dt.date(2026, 10, 20)],
            ["2026-01", "2026-04", "2026-07", "2026-10"],
        ),
        (
            [dt.date(2024, 5, 14), dt.date(2026, 10, 6)],
            ["2024-07", "2025-01", "2025-07", "2026-01", "2026-07"],
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
        assert labels == sorted(labels), (length, labels)
