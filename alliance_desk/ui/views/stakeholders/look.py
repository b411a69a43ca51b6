"""How stakeholders look wherever they are shown: attitude shapes and colours, quadrant and
escalation labels, marker icons, and the legend of the grid.

An attitude is always shown by shape *and* colour (and, in tables, by its name),
so the map reads in black and white; our people are drawn filled, the
partner's outlined.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from alliance_desk.domain.codes import Attitude, Side
from alliance_desk.domain.insights import Quadrant
from alliance_desk.ui.labels import label
from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "StakeholderLook"

ATTITUDE_SYMBOLS = {
    Attitude.CHAMPION: "★",
    Attitude.SUPPORTER: "●",
    Attitude.NEUTRAL: "◆",
    Attitude.CRITIC: "▲",
    Attitude.BLOCKER: "■",
}

# A diverging green-grey-red scheme that stays apart for the common colour-vision
# deficiencies in lightness too; the shapes carry the meaning on their own.
ATTITUDE_COLOURS = {
    Attitude.CHAMPION: QColor("#1b6e35"),
    Attitude.SUPPORTER: QColor("#4f9d5d"),
    Attitude.NEUTRAL: QColor("#6b6f76"),
    Attitude.CRITIC: QColor("#d2691e"),
    Attitude.BLOCKER: QColor("#b3202e"),
}

_QUADRANT_LABELS = {
    Quadrant.MANAGE_CLOSELY: QT_TRANSLATE_NOOP("StakeholderLook", "Manage closely"),
    Quadrant.KEEP_SATISFIED: QT_TRANSLATE_NOOP("StakeholderLook", "Keep satisfied"),
    Quadrant.KEEP_INFORMED: QT_TRANSLATE_NOOP("StakeholderLook", "Keep informed"),
    Quadrant.MONITOR: QT_TRANSLATE_NOOP("StakeholderLook", "Monitor"),
}

_ESCALATION_LEVELS = {
    1: QT_TRANSLATE_NOOP("StakeholderLook", "1 operational"),
    2: QT_TRANSLATE_NOOP("StakeholderLook", "2 management"),
    3: QT_TRANSLATE_NOOP("StakeholderLook", "3 executive"),
}

_SIDE_SHORT = {
    Side.US: QT_TRANSLATE_NOOP("StakeholderLook", "ours"),
    Side.PARTNER: QT_TRANSLATE_NOOP("StakeholderLook", "partner"),
}


def quadrant_label(quadrant: Quadrant) -> str:
    return QCoreApplication.translate(CONTEXT, _QUADRANT_LABELS[quadrant])


def escalation_label(level: int | None) -> str:
    text = _ESCALATION_LEVELS.get(level or 0)
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def side_short(side: Side) -> str:
    """ "ours" or "partner", for lists such as "Legal (partner)"."""
    return QCoreApplication.translate(CONTEXT, _SIDE_SHORT[side])


def marker_path(attitude: Attitude, radius: float) -> QPainterPath:
    """The outline of an attitude's marker, centred on (0, 0), about ``2 * radius`` wide."""
    path = QPainterPath()
    if attitude is Attitude.CHAMPION:
        outer, inner = radius * 1.25, radius * 0.52
        points = [
            QPointF(
                (outer if i % 2 == 0 else inner) * math.sin(i * math.pi / 5),
                -(outer if i % 2 == 0 else inner) * math.cos(i * math.pi / 5),
            )
            for i in range(10)
        ]
        path.moveTo(points[0])
        for point in points[1:]:
            path.lineTo(point)
        path.closeSubpath()
    elif attitude is Attitude.SUPPORTER:
        path.addEllipse(QPointF(0, 0), radius, radius)
    elif attitude is Attitude.NEUTRAL:
        r = radius * 1.2
        path.moveTo(0, -r)
        path.lineTo(r, 0)
        path.lineTo(0, r)
        path.lineTo(-r, 0)
        path.closeSubpath()
    elif attitude is Attitude.CRITIC:
        r = radius * 1.2
        path.moveTo(0, -r)
        path.lineTo(r * 0.95, r * 0.65)
        path.lineTo(-r * 0.95, r * 0.65)
        path.closeSubpath()
    else:
        side = radius * 0.9
        path.addRect(QRectF(-side, -side, 2 * side, 2 * side))
    return path


def marker_pen(attitude: Attitude, side: Side) -> QPen:
    colour = ATTITUDE_COLOURS[attitude]
    pen = QPen(colour.darker(135) if side is Side.US else colour)
    pen.setWidthF(1.2 if side is Side.US else 2.4)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


def marker_brush(attitude: Attitude, side: Side) -> QBrush:
    """Ours filled with the attitude's colour, the partner's white inside."""
    return QBrush(ATTITUDE_COLOURS[attitude] if side is Side.US else QColor("white"))


def marker_icon(attitude: Attitude, side: Side, size: int = 22) -> QPixmap:
    """A legend picture of one marker."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2 + (1 if attitude is Attitude.CRITIC else 0))
    painter.setPen(marker_pen(attitude, side))
    painter.setBrush(marker_brush(attitude, side))
    painter.drawPath(marker_path(attitude, size * 0.3))
    painter.end()
    return pixmap


class Legend(QWidget):
    """What the shapes, fillings and bold names on the grid mean, in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setVerticalSpacing(4)
        self.attitude_heading = QLabel()
        self.side_heading = QLabel()
        self.sponsor_note = QLabel()
        self.sponsor_note.setWordWrap(True)
        self.drag_hint = QLabel()
        self.drag_hint.setWordWrap(True)
        self.attitude_labels: dict[Attitude, QLabel] = {}
        self.side_labels: dict[Side, QLabel] = {}
        row = 0
        layout.addWidget(self.attitude_heading, row, 0, 1, 2)
        for attitude in Attitude:
            row += 1
            icon = QLabel()
            icon.setPixmap(marker_icon(attitude, Side.US))
            text = QLabel()
            layout.addWidget(icon, row, 0)
            layout.addWidget(text, row, 1)
            self.attitude_labels[attitude] = text
        row += 1
        layout.setRowMinimumHeight(row, 10)
        row += 1
        layout.addWidget(self.side_heading, row, 0, 1, 2)
        for side in Side:
            row += 1
            icon = QLabel()
            icon.setPixmap(marker_icon(Attitude.SUPPORTER, side))
            text = QLabel()
            layout.addWidget(icon, row, 0)
            layout.addWidget(text, row, 1)
            self.side_labels[side] = text
        row += 1
        layout.addWidget(self.sponsor_note, row, 0, 1, 2)
        row += 1
        layout.setRowMinimumHeight(row, 10)
        row += 1
        layout.addWidget(self.drag_hint, row, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.attitude_heading.setText("<b>" + self.tr("Attitude (shape)") + "</b>")
        for attitude, text in self.attitude_labels.items():
            text.setText(label(attitude))
        self.side_heading.setText("<b>" + self.tr("Organisation") + "</b>")
        self.side_labels[Side.US].setText(self.tr("Ours: filled"))
        self.side_labels[Side.PARTNER].setText(self.tr("Partner's: outlined"))
        self.sponsor_note.setText(self.tr("<b>Bold name</b>: executive sponsor"))
        self.drag_hint.setText(
            self.tr(
                "Drag a marker to another cell to record a re-assessment dated today. "
                "Ctrl+Z takes it back."
            )
        )


def fill_combo(combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
    """A filter's choices: "everything" first, then the items; the choice is kept."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, code in items:
        combo.addItem(text, getattr(code, "value", code))
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
