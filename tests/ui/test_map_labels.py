"""Names on the stakeholder map go where they cover no other marker or name, as long as
there is such a place (placing them compares boxes by plain arithmetic)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGraphicsSimpleTextItem

from alliance_desk.domain.codes import Attitude, Direction, Seniority, Side
from alliance_desk.store.stakeholder_map import MapEntry
from alliance_desk.ui.views.stakeholders.grid import PowerInterestGrid, _overlap


def _entry(number: int, power: int, interest: int) -> MapEntry:
    return MapEntry(
        number,
        Side.PARTNER if number % 2 else Side.US,
        f"Person Number {number}",
        "Sales",
        None,
        Seniority.SENIOR,
        Direction.OUTWARDS,
        number % 3 == 0,
        number,
        dt.date(2026, 1, 1),
        power,
        interest,
        Attitude.NEUTRAL,
    )


def test_boxes_overlap_by_the_area_they_share() -> None:
    assert _overlap((0, 0, 10, 10), (5, 5, 20, 20)) == 25
    assert _overlap((0, 0, 10, 10), (10, 0, 20, 10)) == 0  # touching is not covering
    assert _overlap((0, 0, 10, 10), (20, 20, 30, 30)) == 0


def test_names_cover_no_other_marker_or_name_where_there_is_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = PowerInterestGrid()
    qtbot.addWidget(grid)
    # Neighbours in a row and a column: each name has a free side.
    entries = [_entry(n, 5, 2 + 2 * n) for n in range(4)] + [
        _entry(10 + n, 2 + 2 * n, 5) for n in range(4)
    ]
    grid.set_entries(entries)
    boxes = [
        (marker, name.sceneBoundingRect())
        for marker in grid.markers.values()
        for name in marker.childItems()
        if isinstance(name, QGraphicsSimpleTextItem)
    ]
    assert len(boxes) == len(entries)
    for number, (marker, box) in enumerate(boxes):
        for other in grid.markers.values():
            if other is not marker:
                assert not box.intersects(other.sceneBoundingRect()), marker.entry.name
        for other_number, (other_marker, other_box) in enumerate(boxes):
            if other_number != number:
                assert not box.intersects(other_box), (marker.entry.name, other_marker.entry.name)
