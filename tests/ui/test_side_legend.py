"""One legend for the sides: the app's trend chart and the briefing's draw each side with
the same colour, line pattern and marker, and call it by the same word in each language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from alliance_desk.domain.codes import RespondentSide
from alliance_desk.paths import RESOURCES
from alliance_desk.reports import briefing_charts
from alliance_desk.reports.briefing_text import LABELS
from alliance_desk.reports.legend import SIDE_LEGEND, Marker, Pattern
from alliance_desk.ui.labels import label
from alliance_desk.ui.language import Translation
from alliance_desk.ui.widgets.trend_chart import PEN_STYLES, STYLES


@pytest.fixture
def dutch(qapp: QApplication, translation: Translation) -> Iterator[None]:
    """The Dutch catalogue as built (.qm), installed on its own over the English interface."""
    translator = QTranslator()
    assert translator.load(str(RESOURCES / "translations" / "alliance_desk_nl.qm"))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_every_side_has_its_own_pattern_and_marker_so_black_and_white_reads() -> None:
    assert set(SIDE_LEGEND) == set(RespondentSide)
    assert {style.pattern for style in SIDE_LEGEND.values()} == set(Pattern)
    assert {style.marker for style in SIDE_LEGEND.values()} == set(Marker)
    assert len({style.colour for style in SIDE_LEGEND.values()}) == len(RespondentSide)


@pytest.mark.parametrize("side", list(RespondentSide))
def test_the_app_and_the_briefing_draw_a_side_alike(side: RespondentSide) -> None:
    legend = SIDE_LEGEND[side]
    app = STYLES[side]
    colour, dash, marker = briefing_charts.side_style(side)

    assert (app.colour, app.pattern, app.marker) == (
        legend.colour,
        PEN_STYLES[legend.pattern],
        legend.marker,
    )
    assert colour.hexval()[2:].lower() == legend.colour[1:].lower()
    assert dash == briefing_charts.DASHES[legend.pattern]
    assert (dash is None) == (legend.pattern is Pattern.SOLID)
    assert marker.lower() == f"filled{legend.marker.value}"


def test_the_sides_are_the_same_words_in_english(translation: Translation) -> None:
    words = {side: label(side) for side in RespondentSide}
    paper = {side: LABELS["en"][SIDE_LEGEND[side].label_key] for side in RespondentSide}
    assert (
        words
        == paper
        == {
            RespondentSide.US: "Us",
            RespondentSide.PARTNER: "Partner",
            RespondentSide.JOINT: "Joint",
        }
    )


def test_the_sides_are_the_same_words_in_dutch(dutch: None) -> None:
    words = {side: label(side) for side in RespondentSide}
    paper = {side: LABELS["nl"][SIDE_LEGEND[side].label_key] for side in RespondentSide}
    assert (
        words
        == paper
        == {
            RespondentSide.US: "Wij",
            RespondentSide.PARTNER: "Partner",
            RespondentSide.JOINT: "Gezamenlijk",
        }
    )
