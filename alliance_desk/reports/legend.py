"""One legend for the respondent sides: the app's trend chart and the briefing's use it.

A side looks the same in the app and on paper: the same colour, the same line
pattern, the same marker and the same word. The patterns and markers differ
from side to side, so the charts read in black and white. The names here are
neutral ("dashed", "triangle"); each chart maps them to its own drawing
(Qt pen styles and a painter, reportlab dash arrays and markers).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from alliance_desk.domain.codes import RespondentSide


class Pattern(StrEnum):
    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"


class Marker(StrEnum):
    CIRCLE = "circle"
    TRIANGLE = "triangle"
    SQUARE = "square"


@dataclasses.dataclass(frozen=True)
class SideStyle:
    colour: str  # "#rrggbb"
    pattern: Pattern
    marker: Marker
    # The side's word on paper (a key of briefing_text.LABELS); the app shows the same
    # word as its label of the side (a test holds both to it, in every language).
    label_key: str


SIDE_LEGEND: Mapping[RespondentSide, SideStyle] = MappingProxyType(
    {
        RespondentSide.US: SideStyle("#1f4e79", Pattern.SOLID, Marker.CIRCLE, "we"),
        RespondentSide.PARTNER: SideStyle("#b34a00", Pattern.DASHED, Marker.TRIANGLE, "they"),
        RespondentSide.JOINT: SideStyle("#444444", Pattern.DOTTED, Marker.SQUARE, "joint"),
    }
)
