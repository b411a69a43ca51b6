"""The portfolio chart of the executive summary: marks by status (hollow when not assessed),
names only for those needing attention and never on top of each other, round ticks, and
500 alliances still a chart rather than a blot of text."""

from __future__ import annotations

import random

from reportlab.graphics.shapes import Circle, Drawing, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from alliance_desk.domain.codes import Rag
from alliance_desk.reports.briefing_charts import REGULAR
from alliance_desk.reports.briefing_portfolio_chart import (
    MAX_NAMES,
    NAME_SIZE,
    Point,
    legend,
    mark,
    portfolio_chart,
)
from alliance_desk.reports.briefing_summary import QUADRANTS
from alliance_desk.reports.briefing_text import LABELS

NAMES = {**LABELS["en"], **QUADRANTS["en"]}


def strings(drawing: Drawing) -> list[str]:
    return [item.text for item in drawing.contents if isinstance(item, String)]


def marks(drawing: Drawing) -> list[Circle | Polygon | Rect]:
    return [item for item in drawing.contents if isinstance(item, Circle | Polygon | Rect)]


def test_each_status_has_its_shape_and_no_status_is_hollow() -> None:
    assert isinstance(mark(Rag.RED, 0, 0), Rect)
    assert isinstance(mark(Rag.AMBER, 0, 0), Polygon)
    assert isinstance(mark(Rag.GREEN, 0, 0), Circle)
    hollow = mark(None, 0, 0)
    assert isinstance(hollow, Circle) and hollow.fillColor == colors.white
    assert mark(Rag.GREEN, 0, 0).fillColor != colors.white
    words = strings(legend(NAMES, 400))
    assert words == ["AT RISK", "ATTENTION", "ON TRACK", "NOT ASSESSED"]


def test_only_alliances_needing_attention_are_named() -> None:
    points = [
        Point(2.5, -0.8, Rag.RED, "Red one"),
        Point(3.2, 0.4, Rag.GREEN, None),
        Point(4.0, None, None, None),  # checked once, not assessed: in the strip, unnamed
    ]
    drawing = portfolio_chart(points, NAMES, 480, 260)
    shown = strings(drawing)
    assert "Red one" in shown
    assert "checked once" in shown
    assert len([m for m in marks(drawing) if m.fillColor == colors.white]) >= 1


def test_ticks_are_round_numbers_with_a_true_minus() -> None:
    drawing = portfolio_chart([Point(3, 2.3, Rag.GREEN)], NAMES, 480, 260)
    ticks = [text for text in strings(drawing) if text[:1] in "+−0"]
    assert ticks == ["−3.0", "−2.0", "−1.0", "0.0", "+1.0", "+2.0", "+3.0"]
    drawing = portfolio_chart([Point(3, -0.3, Rag.GREEN)], NAMES, 480, 260, "nl")
    ticks = [text for text in strings(drawing) if text[:1] in "+−0"]
    assert ticks == ["−1,0", "−0,5", "0,0", "+0,5", "+1,0"]


def test_five_hundred_alliances_stay_a_chart() -> None:
    chance = random.Random(9)
    points = [
        Point(
            round(chance.uniform(1.5, 4.5) * 4) / 4,
            None if chance.random() < 0.1 else round(chance.uniform(-2, 2) * 4) / 4,
            chance.choice([Rag.RED, Rag.AMBER, Rag.GREEN, None]),
            f"Alliance number {index}" if index % 3 == 0 else None,
        )
        for index in range(500)
    ]
    drawing = portfolio_chart(points, NAMES, 480, 260)
    named = [
        item for item in drawing.contents if isinstance(item, String) and "Alliance" in item.text
    ]
    assert 0 < len(named) <= MAX_NAMES
    assert len(marks(drawing)) >= 500
    boxes = []
    for item in named:  # each name's box as placed: none may overlap another
        width = stringWidth(item.text, REGULAR, NAME_SIZE)
        left = item.x if item.textAnchor == "start" else item.x - width
        boxes.append((left, item.y - 0.5, left + width, item.y + 6.5))
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert (
                box[2] <= other[0]
                or other[2] <= box[0]
                or box[3] <= other[1]
                or (other[3] <= box[1])
            ), (box, other)
