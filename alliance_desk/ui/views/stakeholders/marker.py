"""A stakeholder's marker on the power/interest grid, and where the grid's cells are.

The grid is drawn in scene coordinates: ``GRID_MAX`` cells of ``CELL`` pixels
a side, with room to the left and above for the axes and quadrant names.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QWidget

from alliance_desk.domain.insights import quadrant
from alliance_desk.domain.stakeholders import GRID_MAX, GRID_MIN
from alliance_desk.store.stakeholder_map import MapEntry
from alliance_desk.ui.labels import label
from alliance_desk.ui.views.stakeholders.look import (
    marker_brush,
    marker_path,
    marker_pen,
    quadrant_label,
)

CELL = 64.0
LEFT = 64.0  # room for the power axis
TOP = 30.0  # room for the names of the upper quadrants
RIGHT_MARGIN = 40.0  # white room for names of people at the highest interest
AXIS_TITLE_GAP = 24.0  # from the bottom of the grid to the line with "Interest →"
SIZE = CELL * GRID_MAX
MARKER_RADIUS = 8.0
LABEL_MAX_WIDTH = 118.0
# Offsets of up to nine people in one cell, the first in the middle; beyond nine
# the pattern repeats a little shifted, which is rare enough to stay readable.
SPREAD = (
    (0, 0),
    (-16, -16),
    (16, 16),
    (16, -16),
    (-16, 16),
    (0, -20),
    (0, 20),
    (-20, 0),
    (20, 0),
)


def cell_centre(power: int, interest: int) -> QPointF:
    return QPointF(LEFT + (interest - 0.5) * CELL, TOP + (GRID_MAX - power + 0.5) * CELL)


def cell_at(point: QPointF) -> tuple[int, int] | None:
    """(power, interest) of the cell under a scene point, or None outside the grid."""
    column = int((point.x() - LEFT) // CELL)
    row = int((point.y() - TOP) // CELL)
    if not (0 <= column < GRID_MAX and 0 <= row < GRID_MAX):
        return None
    return GRID_MAX - row, column + GRID_MIN


class Marker(QGraphicsPathItem):
    """One stakeholder on the grid; its name label is a child, so it moves along."""

    def __init__(self, entry: MapEntry, home: QPointF):
        assert entry.attitude is not None
        super().__init__(marker_path(entry.attitude, MARKER_RADIUS))
        self.entry = entry
        self.home = home
        self.setPos(home)
        self.setPen(marker_pen(entry.attitude, entry.side))
        self.setBrush(marker_brush(entry.attitude, entry.side))
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        where = quadrant_label(quadrant(entry.power or GRID_MIN, entry.interest or GRID_MIN))
        lines = (
            entry.name,
            f"{entry.department} · {label(entry.side)}",
            entry.role or "",
            f"{label(entry.attitude)} · {where}",
        )
        self.setToolTip("\n".join(line for line in lines if line))

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        if self.isSelected():
            # A ring around the chosen person, drawn by hand: Qt's dashed box looks broken here.
            painter.save()
            painter.setPen(QPen(QColor("#1f4e9c"), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), MARKER_RADIUS + 6, MARKER_RADIUS + 6)
            painter.restore()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawPath(self.path())

    def boundingRect(self) -> QRectF:
        margin = MARKER_RADIUS + 8
        return QRectF(-margin, -margin, 2 * margin, 2 * margin)
