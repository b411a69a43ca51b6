"""Table models of the evaluations and maturity pages: small lists held in memory.

An alliance has tens of evaluations, not thousands, so each model holds its
rows as plain values from :mod:`alliance_desk.store.evaluation_history` and
is refilled with :meth:`RowsModel.set_rows` after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from alliance_desk.domain.codes import Rag
from alliance_desk.domain.evaluations import Dimension, PulseCheck, ScaleLevel
from alliance_desk.domain.insights import Gap
from alliance_desk.store.evaluation_history import EvaluationLine
from alliance_desk.ui import notation
from alliance_desk.ui.cell_cache import CellCache
from alliance_desk.ui.labels import label
from alliance_desk.ui.sql_table_model import UNANSWERED_ROLES, Index
from alliance_desk.ui.widgets.score_sheet import (
    level_text,
    local_description,
    local_name,
    short_name,
    two_lines,
)

CENTRE = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
GAP_MARK = "◆"  # a shape as well as bold type: gaps show in black and white
RAG_SYMBOLS = {Rag.GREEN: "●", Rag.AMBER: "▲", Rag.RED: "■"}
RAG_COLOURS = {Rag.GREEN: "#2e7d32", Rag.AMBER: "#a35f00", Rag.RED: "#c62828"}
Cell = Callable[[Any, int], Any]  # (row value, role) -> data


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RowsModel(QAbstractTableModel):
    """Rows of plain values; ``columns`` are (title, cell function) pairs. What a cell
    function gives is kept (:class:`~alliance_desk.ui.cell_cache.CellCache`) until the rows,
    the columns or the language change: a cell function reads only its row, the model's
    own state as set with its rows, and the language."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.columns: list[tuple[Callable[[], str], Cell]] = []
        self.cells = CellCache(self)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[tuple[Callable[[], str], Cell]]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in UNANSWERED_ROLES:
            return None
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self.rows) or not 0 <= column < len(self.columns):
            return None
        return self.cell_value(row, column, role)

    def cell_value(self, row: int, column: int, role: int) -> Any:
        """What the cell at ``row``, ``column`` gives for ``role`` (both in range): the
        column widths read it here, without a model index."""
        kept = self.cells.kept()
        key = (row, column, role)
        if key in kept:
            return kept[key]
        value = kept[key] = self.columns[column][1](self.rows[row], role)
        return value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[section][0]()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def text_cell(value_of: Callable[[Any], Any], align: Qt.AlignmentFlag = LEFT) -> Cell:
    def cell(row: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            value = value_of(row)
            return "" if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(align)
        return None

    return cell


class EvaluationLogModel(RowsModel):
    """One row per evaluation, newest first: date, side, respondent, overall, each dimension."""

    DATE, SIDE, RESPONDENT, OVERALL = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dimensions: list[Dimension] = []
        self.levels: dict[int, ScaleLevel] = {}

    def set_framework(self, dimensions: Sequence[Dimension], levels: Sequence[ScaleLevel]) -> None:
        self.dimensions = list(dimensions)
        self.levels = {level.value: level for level in levels}
        self.set_columns(
            [
                (
                    lambda: QCoreApplication.translate("EvaluationLog", "Date"),
                    text_cell(lambda line: notation.date_short(line.evaluated_on)),
                ),
                (
                    lambda: QCoreApplication.translate("EvaluationLog", "Answered by"),
                    text_cell(lambda line: label(line.respondent_side)),
                ),
                (
                    lambda: QCoreApplication.translate("EvaluationLog", "Respondent"),
                    text_cell(lambda line: line.respondent),
                ),
                (
                    lambda: QCoreApplication.translate("EvaluationLog", "Overall"),
                    self._overall_cell,
                ),
            ]
            + [
                (self._dimension_title(dimension), self._score_cell(dimension))
                for dimension in self.dimensions
            ]
        )

    def line(self, row: int) -> EvaluationLine:
        return self.rows[row]

    def row_of(self, evaluation_id: int) -> int | None:
        for row, line in enumerate(self.rows):
            if line.evaluation_id == evaluation_id:
                return row
        return None

    @staticmethod
    def _overall_cell(line: EvaluationLine, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            # A mean of the dimensions: one decimal, as every mean is shown (3.3, 4.0).
            return "" if line.overall is None else notation.number(line.overall, 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(CENTRE)
        if role == Qt.ItemDataRole.FontRole:
            return bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "EvaluationLog", "Average of the scored dimensions (1–5)"
            )
        return None

    @staticmethod
    def _dimension_title(dimension: Dimension) -> Callable[[], str]:
        return lambda: two_lines(short_name(dimension))

    def _score_cell(self, dimension: Dimension) -> Cell:
        def cell(line: EvaluationLine, role: int) -> Any:
            score = line.scores.get(dimension.id or 0)
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if score is None else notation.level(score)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(CENTRE)
            if role == Qt.ItemDataRole.ToolTipRole:
                parts = [local_name(dimension)]
                if score is not None:
                    parts.append(level_text(score, self.levels))
                comment = line.comments.get(dimension.id or 0)
                if comment:
                    parts.append(comment)
                return "\n".join(parts)
            return None

        return cell

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        dimension_column = section - self.OVERALL - 1
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= dimension_column < len(self.dimensions)
        ):
            dimension = self.dimensions[dimension_column]
            return "\n".join(filter(None, (local_name(dimension), local_description(dimension))))
        return super().headerData(section, orientation, role)


class GapModel(RowsModel):
    """Our latest score against the partner's per dimension, largest gap first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.names: dict[int, Dimension] = {}
        self.set_columns(
            [
                (
                    lambda: QCoreApplication.translate("GapModel", "Dimension"),
                    self._cell(lambda gap: short_name(self.names[gap.dimension_id]), LEFT),
                ),
                (
                    lambda: QCoreApplication.translate("GapModel", "Ours"),
                    self._cell(lambda gap: notation.level(gap.ours), CENTRE),
                ),
                (
                    lambda: QCoreApplication.translate("GapModel", "Partner's"),
                    self._cell(lambda gap: notation.level(gap.theirs), CENTRE),
                ),
                (
                    lambda: QCoreApplication.translate("GapModel", "Difference"),
                    self._cell(self._difference, CENTRE),
                ),
            ]
        )

    def set_gaps(self, gaps: Sequence[Gap], dimensions: Mapping[int, Dimension]) -> None:
        self.names = dict(dimensions)
        self.set_rows([gap for gap in gaps if gap.dimension_id in self.names])

    @staticmethod
    def _difference(gap: Gap) -> str:
        text = notation.level(gap.difference, signed=True)  # +1, or −0.6 between means
        if gap.worth_discussing:
            text += "  " + GAP_MARK + " " + QCoreApplication.translate("GapModel", "gap")
        return text

    def _cell(self, value_of: Callable[[Gap], Any], align: Qt.AlignmentFlag) -> Cell:
        def cell(gap: Gap, role: int) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(value_of(gap))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(align)
            if role == Qt.ItemDataRole.FontRole and gap.worth_discussing:
                return bold()
            if role == Qt.ItemDataRole.BackgroundRole and gap.worth_discussing:
                return QBrush(QColor("#fff1d6"))
            if role == Qt.ItemDataRole.ToolTipRole:
                name = local_name(self.names[gap.dimension_id])
                if not gap.worth_discussing:
                    return name
                return (
                    name
                    + "\n"
                    + QCoreApplication.translate(
                        "GapModel", "A full point or more apart: worth discussing with the partner."
                    )
                )
            return None

        return cell


class PulseModel(RowsModel):
    """Quick RAG readings, newest first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_columns(
            [
                (
                    lambda: QCoreApplication.translate("PulseModel", "Date"),
                    text_cell(lambda pulse: notation.date_short(pulse.checked_on)),
                ),
                (lambda: QCoreApplication.translate("PulseModel", "Status"), self._rag),
                (
                    lambda: QCoreApplication.translate("PulseModel", "Note"),
                    text_cell(lambda pulse: pulse.note),
                ),
            ]
        )

    def pulse(self, row: int) -> PulseCheck:
        return self.rows[row]

    @staticmethod
    def _rag(pulse: PulseCheck, role: int) -> Any:
        rag = Rag(pulse.rag)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{RAG_SYMBOLS[rag]} {label(rag)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(RAG_COLOURS[rag]))
        return None
