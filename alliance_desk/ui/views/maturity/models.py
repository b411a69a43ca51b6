"""Table models of the maturity page: the two organisations side by side per dimension,
and the list of every assessment of either."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from alliance_desk.domain.evaluations import SCORE_MAX as SCALE_TOP
from alliance_desk.domain.evaluations import Dimension, ScaleLevel
from alliance_desk.domain.insights import GAP_WORTH_DISCUSSING
from alliance_desk.store.evaluation_history import AssessmentLine, MaturityRow
from alliance_desk.ui import notation
from alliance_desk.ui.sql_table_model import Index
from alliance_desk.ui.views.evaluations.models import (
    CENTRE,
    GAP_MARK,
    LEFT,
    Cell,
    RowsModel,
    bold,
    text_cell,
)
from alliance_desk.ui.widgets.score_sheet import level_text, local_name, short_name, two_lines

LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the level (1–5) a cell shows, for the level bar
OURS_COLOUR, PARTNER_COLOUR = "#1f4e79", "#b34a00"  # the trend chart's colours for the sides


class LevelBarDelegate(QStyledItemDelegate):
    """Five small boxes, as many filled as the level, before the level's name.

    Filled against empty reads in black and white; the colour only tells the sides apart.
    """

    def __init__(self, colour: str, parent: QObject | None = None):
        super().__init__(parent)
        self.colour = QColor(colour)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        level = index.data(LEVEL_ROLE)
        if level is None:
            super().paint(painter, option, index)
            return
        side = max(8, min(12, option.rect.height() - 12))
        bar_width = SCALE_TOP * (side + 3) + 6
        self.initStyleOption(option, index)
        text_option = QStyleOptionViewItem(option)
        text_option.rect = option.rect.adjusted(bar_width, 0, 0, 0)
        style = option.widget.style() if option.widget else None
        if style is not None:
            # The background (selection, alternate rows) across the whole cell first.
            background = QStyleOptionViewItem(option)
            background.text = ""
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget
            )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = option.rect.center().y() - side / 2
        for step in range(SCALE_TOP):
            box = QRectF(option.rect.left() + 4 + step * (side + 3), top, side, side)
            painter.setPen(QPen(self.colour, 1))
            painter.setBrush(self.colour if step < level else QColor("white"))
            painter.drawRect(box)
        painter.restore()
        super().paint(painter, text_option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + SCALE_TOP * 15 + 6, hint.height())


def history_text(history: Sequence[tuple[dt.date, float]]) -> str:
    """Levels oldest to newest: '1 → 2 → 3' (a self-assessment's mean with one decimal)."""
    return " → ".join(notation.level(level) for _, level in history)


class MaturitySideModel(RowsModel):
    """Per dimension: our latest level, the partner's, the gap and both histories."""

    DIMENSION, OURS, THEIRS, GAP, OUR_HISTORY, THEIR_HISTORY = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dimensions: dict[int, Dimension] = {}
        self.levels: dict[int, ScaleLevel] = {}
        self.set_columns(
            [
                (
                    lambda: QCoreApplication.translate("MaturitySideModel", "Dimension"),
                    self._cell(lambda row: short_name(self.dimensions[row.dimension_id]), LEFT),
                ),
                (
                    lambda: QCoreApplication.translate("MaturitySideModel", "Ours (latest)"),
                    self._cell(lambda row: level_text(row.ours, self.levels), LEFT, "ours"),
                ),
                (
                    lambda: QCoreApplication.translate("MaturitySideModel", "Partner's (latest)"),
                    self._cell(lambda row: level_text(row.theirs, self.levels), LEFT, "theirs"),
                ),
                (
                    lambda: QCoreApplication.translate("MaturitySideModel", "Gap (partner − ours)"),
                    self._cell(self._gap, CENTRE, emphasise=True),
                ),
                (
                    lambda: QCoreApplication.translate("MaturitySideModel", "Our history"),
                    self._history_cell(lambda row: row.own_history),
                ),
                (
                    lambda: QCoreApplication.translate("MaturitySideModel", "Partner's history"),
                    self._history_cell(lambda row: row.partner_history),
                ),
            ]
        )

    def set_picture(
        self,
        rows: Sequence[MaturityRow],
        dimensions: Mapping[int, Dimension],
        levels: Sequence[ScaleLevel],
    ) -> None:
        self.dimensions = dict(dimensions)
        self.levels = {level.value: level for level in levels}
        self.set_rows(rows)

    @staticmethod
    def worth_noting(row: MaturityRow) -> bool:
        return row.gap is not None and abs(row.gap) >= GAP_WORTH_DISCUSSING

    def _gap(self, row: MaturityRow) -> str:
        if row.gap is None:
            return ""
        if row.gap == 0:
            return QCoreApplication.translate("MaturitySideModel", "0  same level")
        if not self.worth_noting(row):  # means of many answers, less than a level apart
            return notation.level(row.gap, signed=True)
        if row.gap < 0:
            words = QCoreApplication.translate("MaturitySideModel", "partner behind")
        else:
            words = QCoreApplication.translate("MaturitySideModel", "partner ahead")
        return f"{notation.level(row.gap, signed=True)}  {GAP_MARK} {words}"

    def _cell(
        self,
        value_of: Callable[[MaturityRow], Any],
        align: Qt.AlignmentFlag,
        level_field: str | None = None,
        emphasise: bool = False,
    ) -> Cell:
        def cell(row: MaturityRow, role: int) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return value_of(row)
            if role == LEVEL_ROLE:
                return None if level_field is None else getattr(row, level_field)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(align)
            if role == Qt.ItemDataRole.FontRole and emphasise and self.worth_noting(row):
                return bold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return local_name(self.dimensions[row.dimension_id])
            return None

        return cell

    def _history_cell(
        self, history_of: Callable[[MaturityRow], Sequence[tuple[dt.date, float]]]
    ) -> Cell:
        def cell(row: MaturityRow, role: int) -> Any:
            history = history_of(row)
            if role == Qt.ItemDataRole.DisplayRole:
                return history_text(history)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(LEFT)
            if role == Qt.ItemDataRole.ToolTipRole and history:
                return "\n".join(
                    f"{notation.date_medium(day)}: {level_text(level, self.levels)}"
                    for day, level in history
                )
            return None

        return cell


class AssessmentLogModel(RowsModel):
    """Every assessment of either organisation, newest first, with its level per dimension."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dimensions: list[Dimension] = []
        self.levels: dict[int, ScaleLevel] = {}
        self.names: dict[int, str] = {}

    def set_assessments(
        self,
        lines: Sequence[AssessmentLine],
        names: Mapping[int, str],
        dimensions: Sequence[Dimension],
        levels: Sequence[ScaleLevel],
    ) -> None:
        self.names = dict(names)
        self.dimensions = list(dimensions)
        self.levels = {level.value: level for level in levels}
        self.beginResetModel()
        self.rows = sorted(
            lines, key=lambda line: (line.assessed_on, line.assessment_id), reverse=True
        )
        self.columns = [
            (
                lambda: QCoreApplication.translate("AssessmentLogModel", "Date"),
                text_cell(lambda line: notation.date_short(line.assessed_on)),
            ),
            (
                lambda: QCoreApplication.translate("AssessmentLogModel", "Organisation"),
                text_cell(lambda line: self.names.get(line.organisation_id, "")),
            ),
            (
                lambda: QCoreApplication.translate("AssessmentLogModel", "Assessed by"),
                text_cell(lambda line: line.assessor),
            ),
        ] + [(self._title(dimension), self._level_cell(dimension)) for dimension in dimensions]
        self.endResetModel()

    def line(self, row: int) -> AssessmentLine:
        return self.rows[row]

    def row_of(self, assessment_id: int) -> int | None:
        for row, line in enumerate(self.rows):
            if line.assessment_id == assessment_id:
                return row
        return None

    @staticmethod
    def _title(dimension: Dimension) -> Callable[[], str]:
        return lambda: two_lines(short_name(dimension))

    def _level_cell(self, dimension: Dimension) -> Cell:
        def cell(line: AssessmentLine, role: int) -> Any:
            level = line.levels.get(dimension.id or 0)
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if level is None else notation.level(level)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(CENTRE)
            if role == Qt.ItemDataRole.ToolTipRole:
                parts = [local_name(dimension), level_text(level, self.levels)]
                parts.append(line.comments.get(dimension.id or 0) or "")
                return "\n".join(part for part in parts if part)
            return None

        return cell
