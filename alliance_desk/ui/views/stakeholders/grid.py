"""The power/interest grid (Mendelow) of one alliance, and its legend.

Each assessed stakeholder is a marker at (interest, power) of their current
assessment: the shape and colour say the attitude, filled means ours and
outlined the partner's, a bold name the executive sponsor. People in the
same cell are spread by a small fixed offset, and name labels are placed
where they do not cover another marker or label. Dragging a marker to
another cell asks for a re-assessment there (``marker_moved``); dropping it
outside the grid or in its own cell puts it back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from alliance_desk.domain.insights import Quadrant
from alliance_desk.domain.stakeholders import GRID_HIGH_FROM, GRID_MAX, GRID_MIN
from alliance_desk.store.stakeholder_map import MapEntry
from alliance_desk.ui.views.stakeholders.look import quadrant_label
from alliance_desk.ui.views.stakeholders.marker import (
    AXIS_TITLE_GAP,
    CELL,
    LABEL_MAX_WIDTH,
    LEFT,
    MARKER_RADIUS,
    RIGHT_MARGIN,
    SIZE,
    SPREAD,
    TOP,
    Marker,
    cell_at,
    cell_centre,
)

QUADRANT_TINTS = {
    Quadrant.MANAGE_CLOSELY: QColor("#fbeee6"),
    Quadrant.KEEP_SATISFIED: QColor("#eef2f8"),
    Quadrant.KEEP_INFORMED: QColor("#eef6ee"),
    Quadrant.MONITOR: QColor("#f6f6f4"),
}
QUADRANT_INKS = {
    Quadrant.MANAGE_CLOSELY: QColor("#a0522d"),
    Quadrant.KEEP_SATISFIED: QColor("#3d5a87"),
    Quadrant.KEEP_INFORMED: QColor("#3f7a47"),
    Quadrant.MONITOR: QColor("#6b6f76"),
}


NAVIGATION_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}


Box = tuple[float, float, float, float]  # left, top, right, bottom


def _box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def _overlap(a: Box, b: Box) -> float:
    """The area two boxes share (plain arithmetic: the placing of the names compares
    thousands of pairs)."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def label_lines(name: str, metrics: QFontMetricsF, width: float) -> str:
    """``name`` on one line if it fits ``width``, else on two broken at a space (the
    second elided only if even that is too little): a name is never cut to an initial."""
    if metrics.horizontalAdvance(name) <= width:
        return name
    words = name.split()
    first = words[0]
    for count in range(1, len(words)):
        candidate = " ".join(words[: count + 1])
        if metrics.horizontalAdvance(candidate) > width:
            break
        first = candidate
    rest = name[len(first) :].strip()
    if not rest:  # one long word
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
    first = metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)
    return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class PowerInterestGrid(QGraphicsView):
    """The grid; emits ``marker_moved(stakeholder_id, power, interest)`` after a real move."""

    marker_moved = Signal(int, int, int)
    marker_chosen = Signal(int)
    marker_activated = Signal(int)  # Enter on the chosen marker

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 360)
        self.markers: dict[int, Marker] = {}
        self.entries: list[MapEntry] = []
        self._dragging: Marker | None = None
        self._grab = QPointF()
        self.scene().setSceneRect(
            QRectF(0, 0, LEFT + SIZE + RIGHT_MARGIN, TOP + SIZE + AXIS_TITLE_GAP + 30)
        )

    # Drawing -----------------------------------------------------------------

    def set_entries(self, entries: Sequence[MapEntry], empty_text: str = "") -> None:
        """Draw these people (those without an assessment are left out); ``empty_text``
        says why the grid is empty, if it is."""
        chosen = self.chosen_id()
        self._dragging = None
        self.entries = [entry for entry in entries if entry.attitude is not None]
        scene = self.scene()
        scene.clear()
        self.markers = {}
        self._draw_background()
        by_cell: dict[tuple[int, int], list[MapEntry]] = defaultdict(list)
        for entry in self.entries:
            by_cell[(entry.power or GRID_MIN, entry.interest or GRID_MIN)].append(entry)
        for (power, interest), people in sorted(by_cell.items()):
            people.sort(key=lambda entry: (entry.name.casefold(), entry.stakeholder_id))
            for number, entry in enumerate(people):
                dx, dy = SPREAD[number % len(SPREAD)]
                shift = 4.0 * (number // len(SPREAD))
                home = cell_centre(power, interest) + QPointF(dx + shift, dy + shift)
                marker = Marker(entry, home)
                scene.addItem(marker)
                self.markers[entry.stakeholder_id] = marker
        self._place_labels()
        if not self.entries and empty_text:
            self._say(empty_text)
        if chosen is not None:
            self.choose(chosen)
        self._fit()

    def _draw_background(self) -> None:
        scene = self.scene()
        split = GRID_HIGH_FROM - GRID_MIN  # cells below the "high" half
        low, high = split * CELL, (GRID_MAX - split) * CELL
        areas = {
            Quadrant.KEEP_SATISFIED: QRectF(LEFT, TOP, low, high),
            Quadrant.MANAGE_CLOSELY: QRectF(LEFT + low, TOP, high, high),
            Quadrant.MONITOR: QRectF(LEFT, TOP + high, low, low),
            Quadrant.KEEP_INFORMED: QRectF(LEFT + low, TOP + high, high, low),
        }
        no_pen = QPen(Qt.PenStyle.NoPen)
        heading = QFont()
        heading.setPointSizeF(11)
        heading.setBold(True)
        heading.setCapitalization(QFont.Capitalization.AllUppercase)
        heading.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        for which, area in areas.items():
            scene.addRect(area, no_pen, QBrush(QUADRANT_TINTS[which]))
            text = scene.addSimpleText(quadrant_label(which), heading)
            text.setBrush(QBrush(QUADRANT_INKS[which]))
            # Outside the grid, at the quadrant's outer corner, where no marker can cover it.
            box = text.boundingRect()
            top = TOP - box.height() - 4 if area.top() == TOP else TOP + SIZE + AXIS_TITLE_GAP
            left = area.left() + 2 if area.left() == LEFT else area.right() - box.width() - 2
            text.setPos(left, top)
        thin = QPen(QColor("#dfe1e5"), 1.0)
        for step in range(1, GRID_MAX):
            if step == split:
                continue
            scene.addLine(LEFT + step * CELL, TOP, LEFT + step * CELL, TOP + SIZE, thin)
            scene.addLine(LEFT, TOP + step * CELL, LEFT + SIZE, TOP + step * CELL, thin)
        middle = QPen(QColor("#7b808a"), 1.6, Qt.PenStyle.DashLine)
        scene.addLine(LEFT + low, TOP, LEFT + low, TOP + SIZE, middle)
        scene.addLine(LEFT, TOP + high, LEFT + SIZE, TOP + high, middle)
        scene.addRect(QRectF(LEFT, TOP, SIZE, SIZE), QPen(QColor("#4a4f57"), 1.4))
        self._draw_axes()

    def _draw_axes(self) -> None:
        scene = self.scene()
        ticks = QFont()
        ticks.setPointSizeF(9)
        grey = QBrush(QColor("#5a5f68"))
        for value in range(GRID_MIN, GRID_MAX + 1):
            below = scene.addSimpleText(str(value), ticks)
            below.setBrush(grey)
            box = below.boundingRect()
            below.setPos(LEFT + (value - 0.5) * CELL - box.width() / 2, TOP + SIZE + 4)
            beside = scene.addSimpleText(str(value), ticks)
            beside.setBrush(grey)
            box = beside.boundingRect()
            beside.setPos(
                LEFT - box.width() - 6, TOP + (GRID_MAX - value + 0.5) * CELL - box.height() / 2
            )
        axis = QFont()
        axis.setPointSizeF(11)
        axis.setBold(True)
        interest = scene.addSimpleText(self.tr("Interest →"), axis)
        interest.setBrush(QBrush(QColor("#2b2f36")))
        box = interest.boundingRect()
        interest.setPos(LEFT + SIZE / 2 - box.width() / 2, TOP + SIZE + AXIS_TITLE_GAP)
        power = scene.addSimpleText(self.tr("Power ↑"), axis)
        power.setBrush(QBrush(QColor("#2b2f36")))
        box = power.boundingRect()
        power.setRotation(-90)
        power.setPos(LEFT - 52, TOP + SIZE / 2 + box.width() / 2)

    def _say(self, text: str) -> None:
        font = QFont()
        font.setPointSizeF(11)
        note = self.scene().addText(text, font)
        note.setDefaultTextColor(QColor("#4a4f57"))
        note.setTextWidth(SIZE * 0.6)
        option = note.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.document().setDefaultTextOption(option)
        box = note.boundingRect()
        backing = self.scene().addRect(
            QRectF(0, 0, box.width() + 24, box.height() + 16),
            QPen(QColor("#c4c7cc")),
            QBrush(QColor("white")),
        )
        backing.setPos(LEFT + (SIZE - box.width()) / 2 - 12, TOP + (SIZE - box.height()) / 2 - 8)
        note.setPos(LEFT + (SIZE - box.width()) / 2, TOP + (SIZE - box.height()) / 2)
        backing.setZValue(3)
        note.setZValue(4)

    def _place_labels(self) -> None:
        """Put each name beside its marker where it covers no other marker or name."""
        font = QFont()
        font.setPointSizeF(8.5)
        sponsor_font = QFont(font)
        sponsor_font.setBold(True)
        taken: list[Box] = [
            (
                marker.pos().x() - 10,
                marker.pos().y() - 10,
                marker.pos().x() + 10,
                marker.pos().y() + 10,
            )
            for marker in self.markers.values()
        ]
        grid = (LEFT, TOP, LEFT + SIZE, TOP + SIZE)
        scene = _box(self.scene().sceneRect())
        for marker in sorted(self.markers.values(), key=lambda item: (item.y(), item.x())):
            chosen_font = sponsor_font if marker.entry.is_sponsor else font
            metrics = QFontMetricsF(chosen_font)
            text = label_lines(marker.entry.name, metrics, LABEL_MAX_WIDTH)
            lines = text.split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines) + 6
            height = metrics.lineSpacing() * (len(lines) - 1) + metrics.height() + 2
            gap = MARKER_RADIUS + 3
            offsets = (
                QPointF(gap, -height / 2),
                QPointF(-gap - width, -height / 2),
                QPointF(-width / 2, gap),
                QPointF(-width / 2, -gap - height),
                QPointF(gap, -height - 2),
                QPointF(gap, 2),
                QPointF(-gap - width, -height - 2),
                QPointF(-gap - width, 2),
            )
            x, y = marker.pos().x(), marker.pos().y()
            # Only what lies within a label's reach of the marker can be covered.
            reach = (x - gap - width, y - gap - height, x + gap + width, y + gap + height)
            near = [
                other
                for other in taken
                if other[0] < reach[2]
                and other[2] > reach[0]
                and other[1] < reach[3]
                and other[3] > reach[1]
            ]
            area = width * height
            # The first free place wins; if none is free, the one that covers least.
            place, least = offsets[0], float("inf")
            for offset in offsets:
                left, top = x + offset.x(), y + offset.y()
                box = (left, top, left + width, top + height)
                cover = sum(_overlap(box, other) for other in near)
                # Past the grid's edge is acceptable on the white margin, past the scene is not.
                cover += 0.5 * (area - _overlap(box, grid))
                cover += 4 * (area - _overlap(box, scene))
                if cover < least:
                    place, least = offset, cover
                if cover == 0:
                    break
            left, top = x + place.x(), y + place.y()
            taken.append((left, top, left + width, top + height))
            # A white backing keeps the name readable over grid lines and tints.
            backing = QGraphicsRectItem(QRectF(place, QSizeF(width, height)))
            backing.setBrush(QBrush(QColor(255, 255, 255, 215)))
            backing.setPen(QPen(Qt.PenStyle.NoPen))
            backing.setParentItem(marker)
            backing.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
            name = QGraphicsSimpleTextItem(text, marker)
            name.setFont(chosen_font)
            name.setBrush(QBrush(QColor("#1d2026")))
            name.setPos(place + QPointF(3, 1))
            name.setToolTip(marker.toolTip())

    def _fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # Choosing and dragging ----------------------------------------------------

    def chosen_id(self) -> int | None:
        for stakeholder_id, marker in self.markers.items():
            if marker.isSelected():
                return stakeholder_id
        return None

    def choose(self, stakeholder_id: int | None) -> None:
        for marker_id, marker in self.markers.items():
            marker.setSelected(marker_id == stakeholder_id)

    def marker_at(self, position: QPointF) -> Marker | None:
        for item in self.items(position.toPoint()):
            while item is not None and not isinstance(item, Marker):
                item = item.parentItem()
            if isinstance(item, Marker):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        marker = self.marker_at(event.position())
        if marker is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._dragging = marker
        self._grab = self.mapToScene(event.position().toPoint()) - marker.pos()
        marker.setZValue(5)
        marker.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.choose(marker.entry.stakeholder_id)
        self.marker_chosen.emit(marker.entry.stakeholder_id)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            super().mouseMoveEvent(event)
            return
        self._dragging.setPos(self.mapToScene(event.position().toPoint()) - self._grab)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        marker, self._dragging = self._dragging, None
        if marker is None:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        marker.setPos(self.mapToScene(event.position().toPoint()) - self._grab)
        marker.setZValue(2)
        marker.setCursor(Qt.CursorShape.OpenHandCursor)
        entry = marker.entry
        target = cell_at(marker.pos())
        if target is None or target == (entry.power, entry.interest):
            marker.setPos(marker.home)
            return
        # The page records the move and redraws the grid from the workbook.
        self.marker_moved.emit(entry.stakeholder_id, *target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys go from person to person (top to bottom, left to right), Enter opens."""
        order = sorted(self.markers.values(), key=lambda item: (item.y(), item.x()))
        key = event.key()
        if not order or key not in NAVIGATION_KEYS:
            super().keyPressEvent(event)
            return
        chosen = self.chosen_id()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if chosen is not None:
                self.marker_activated.emit(chosen)
            return
        ids = [marker.entry.stakeholder_id for marker in order]
        step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
        position = ids.index(chosen) + step if chosen in ids else 0 if step > 0 else -1
        target = ids[position % len(ids)]
        self.choose(target)
        self.ensureVisible(self.markers[target])
        self.marker_chosen.emit(target)

    def scene_position(self, stakeholder_id: int) -> QPointF:
        """Where a person's marker is drawn (for tests and for keeping them in view)."""
        return self.markers[stakeholder_id].pos()
