"""The trend chart on its own: no points, one point, forty per side, and its date ticks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.ui.language import Translation
from alliance_desk.ui.widgets.trend_chart import STYLES, TrendChart, date_ticks

US, PARTNER, JOINT = RespondentSide.US, RespondentSide.PARTNER, RespondentSide.JOINT


def _has_colour(image: QImage, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 2)
    )


def test_chart_handles_none_one_and_many_points(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    chart.set_texts("Date", "Score", "Nothing yet")
    chart.set_series({})
    blank = chart.grab().toImage()
    assert not blank.isNull() and chart.accessibleDescription() == "Nothing yet"

    chart.set_series({PARTNER: [(dt.date(2026, 3, 1), 4.0)]}, {4: "Good"})
    one = chart.grab().toImage()
    assert one != blank and _has_colour(one, STYLES[PARTNER].colour)
    centre = QPointF(chart.plot.center().x(), chart._y(4.0))
    assert chart.point_at(centre) == (PARTNER, (dt.date(2026, 3, 1), 4.0))
    assert chart.point_at(QPointF(chart.plot.left() + 2, chart.plot.top() + 2)) is None

    many = {
        side: [
            (dt.date(2016, 1, 1) + dt.timedelta(days=91 * n), float((n + offset) % 5 + 1))
            for n in range(40)
        ]
        for offset, side in enumerate((US, PARTNER, JOINT))
    }
    chart.set_series(many)
    assert [len(points) for points in chart.series.values()] == [40, 40, 40]
    assert _has_colour(chart.grab().toImage(), STYLES[JOINT].colour)


def test_date_ticks_fit_the_room() -> None:
    assert date_ticks(dt.date(2026, 1, 10), dt.date(2026, 4, 20), 10) == [
        dt.date(2026, 2, 1),
        dt.date(2026, 3, 1),
        dt.date(2026, 4, 1),
    ]
    yearly = date_ticks(dt.date(2015, 12, 1), dt.date(2026, 1, 5), 6)
    assert yearly == [dt.date(year, 1, 1) for year in (2016, 2018, 2020, 2022, 2024, 2026)]


def test_values_and_dates_are_written_as_the_interface_language_does(
    qtbot: QtBot, translation: Translation
) -> None:
    """Every value of one chart has the same decimals (not "4.3" beside "4"), with a
    decimal comma and Dutch month names in Dutch."""
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    series = {
        US: [(dt.date(2026, 3, 1), 4.0), (dt.date(2026, 6, 1), 4.2857)],
        PARTNER: [(dt.date(2026, 3, 1), 3.0), (dt.date(2026, 6, 1), 4.0)],
    }
    chart.set_series(series)
    assert chart.value_text(4.0) == "4.0" and chart.value_text(4.2857) == "4.3"
    assert "latest 4.3 on 1 Jun 2026" in chart.accessibleDescription()
    assert "latest 4.0 on 1 Jun 2026" in chart.accessibleDescription()
    translation.switch("nl")
    chart.set_series(series)
    assert "4,3" in chart.accessibleDescription() and "1 jun. 2026" in chart.accessibleDescription()
    chart.set_series({US: [(dt.date(2026, 3, 1), 4), (dt.date(2026, 6, 1), 3)]})
    assert chart.value_text(3) == "3"  # whole scores stay whole


def test_one_date_has_its_tick_under_its_points(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(600, 320)
    day = dt.date(2026, 10, 20)
    chart.set_series({US: [(day, 4.0)], PARTNER: [(day, 3.0)]})
    chart.grab()
    metrics = QFontMetrics(chart.font())
    assert chart.x_ticks(metrics) == [(day, "20 Oct 2026")]
    assert chart.x_of(day) == chart.plot.center().x()
    assert chart.point_at(QPointF(chart.x_of(day), chart._y(4.0))) == (US, (day, 4.0))

    chart.set_series({US: [(day, 4.0), (dt.date(2027, 2, 3), 3.0)]})
    chart.grab()
    assert [text for _, text in chart.x_ticks(metrics)][:2] == ["Nov 2026", "Dec 2026"]


def test_every_value_has_as_many_decimals(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    day = dt.date(2026, 10, 20)
    chart.set_series({US: [(day, 4.0)], PARTNER: [(day, 30 / 7)]})
    assert (chart.value_text(4.0), chart.value_text(30 / 7)) == ("4.0", "4.3")
    assert "latest 4.0" in chart.accessibleDescription()
    chart.set_series({US: [(day, 4.0)], PARTNER: [(day, 3.0)]})
    assert (chart.value_text(4.0), chart.value_text(3.0)) == ("4", "3")
