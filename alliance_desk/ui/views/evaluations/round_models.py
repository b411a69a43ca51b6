"""Table models of the questionnaire rounds on the evaluations page: the alliance's rounds,
a round's respondents, and each side's result per dimension with the spread within it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from alliance_desk.domain.codes import RespondentSide, RoundStatus, Side
from alliance_desk.domain.insights import GAP_WORTH_DISCUSSING
from alliance_desk.domain.rounds import (
    DISAGREEMENT,
    AskedDimension,
    DimensionResult,
    QuestionnaireRound,
    RoundRespondent,
)
from alliance_desk.store.rounds import RoundResults
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label
from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP
from alliance_desk.ui.views.evaluations.models import (
    CENTRE,
    GAP_MARK,
    LEFT,
    Cell,
    RowsModel,
    bold,
    text_cell,
)
from alliance_desk.ui.widgets.score_sheet import local_name, short_name, two_lines

MARKED = QColor("#fff1d6")  # the gap panel's colour for what is worth discussing


CONTEXT = "RoundModels"


@dataclasses.dataclass(frozen=True)
class RoundLine:
    """A round as its table shows it: the round and how many of its slots answered."""

    round: QuestionnaireRound
    answered: int
    invited: int


class RoundListModel(RowsModel):
    """The alliance's rounds, newest first."""

    DATE, KIND, DEADLINE, STATUS, ANSWERED = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.set_columns(
            [
                (
                    lambda: QCoreApplication.translate("RoundModels", "Date"),
                    text_cell(lambda line: notation.date_short(line.round.held_on)),
                ),
                (
                    lambda: QCoreApplication.translate("RoundModels", "Kind"),
                    text_cell(lambda line: label(line.round.kind)),
                ),
                (
                    lambda: QCoreApplication.translate("RoundModels", "Deadline"),
                    text_cell(lambda line: notation.date_short(line.round.deadline)),
                ),
                (
                    lambda: QCoreApplication.translate("RoundModels", "Status"),
                    text_cell(lambda line: label(line.round.status)),
                ),
                (
                    lambda: QCoreApplication.translate("RoundModels", "Answered"),
                    text_cell(self._answered, CENTRE),
                ),
            ]
        )

    @staticmethod
    def _answered(line: RoundLine) -> str:
        return QCoreApplication.translate("RoundModels", "{answered} of {invited}").format(
            answered=notation.count(line.answered), invited=notation.count(line.invited)
        )

    def line(self, row: int) -> RoundLine:
        return self.rows[row]

    def row_of(self, round_id: int) -> int | None:
        for row, line in enumerate(self.rows):
            if line.round.id == round_id:
                return row
        return None

    @staticmethod
    def is_open(line: RoundLine) -> bool:
        return line.round.status is RoundStatus.OPEN


class RespondentModel(RowsModel):
    """A round's slots: side, department, role, who (anonymous ones without a name), and
    whether they answered."""

    SIDE, DEPARTMENT, ROLE, NAME, ANSWERED = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.set_columns(
            [
                (
                    lambda: QCoreApplication.translate("RoundModels", "Side"),
                    text_cell(lambda slot: label(RespondentSide(slot.side.value))),
                ),
                (
                    lambda: QCoreApplication.translate("RoundModels", "Department"),
                    text_cell(lambda slot: slot.department),
                ),
                (
                    lambda: QCoreApplication.translate("RoundModels", "Role"),
                    text_cell(lambda slot: slot.role),
                ),
                (lambda: QCoreApplication.translate("RoundModels", "Name"), text_cell(self._name)),
                (
                    lambda: QCoreApplication.translate("RoundModels", "Answered"),
                    text_cell(self._answered),
                ),
            ]
        )

    def set_respondents(self, slots: Sequence[RoundRespondent], names: Mapping[int, str]) -> None:
        self.names = dict(names)
        self.set_rows(slots)

    def _name(self, slot: RoundRespondent) -> str:
        if slot.anonymous:
            return QCoreApplication.translate("RoundModels", "Anonymous")
        return self.names.get(slot.stakeholder_id or 0, "")

    @staticmethod
    def _answered(slot: RoundRespondent) -> str:
        if slot.answered_on is None:
            return QCoreApplication.translate("RoundModels", "Not yet")
        return notation.date_short(slot.answered_on)


@dataclasses.dataclass(frozen=True)
class ResultLine:
    """One dimension of a round: each side's result and the gap between the sides."""

    dimension: AskedDimension
    sides: Mapping[Side, DimensionResult]
    gap: float | None


def result_lines(found: RoundResults) -> list[ResultLine]:
    lines = []
    for dimension in found.round.framework_snapshot.dimensions:
        sides = {
            side: next(item for item in found.sides[side] if item.dimension_id == dimension.id)
            for side in Side
        }
        lines.append(ResultLine(dimension, sides, found.gap(dimension.id)))
    return lines


class RoundResultModel(RowsModel):
    """Per dimension: each side's mean, range (lowest to highest), spread and number who
    answered, and the gap between the sides' means. A spread of two points or more (the
    side's own people disagree) and a gap of a full point or more are marked ◆ and bold."""

    DIMENSION = 0
    PER_SIDE = 4  # mean, range, spread, answered
    GAP = 1 + 2 * PER_SIDE

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        titles = {
            Side.US: (
                QT_TRANSLATE_NOOP("RoundModels", "Our mean"),
                QT_TRANSLATE_NOOP("RoundModels", "Our range"),
                QT_TRANSLATE_NOOP("RoundModels", "Our spread"),
            ),
            Side.PARTNER: (
                QT_TRANSLATE_NOOP("RoundModels", "Partner's mean"),
                QT_TRANSLATE_NOOP("RoundModels", "Partner's range"),
                QT_TRANSLATE_NOOP("RoundModels", "Partner's spread"),
            ),
        }
        answered = {
            Side.US: QT_TRANSLATE_NOOP("RoundModels", "Our answers"),
            Side.PARTNER: QT_TRANSLATE_NOOP("RoundModels", "Partner's answers"),
        }
        columns: list[tuple[Callable[[], str], Cell]] = [
            (lambda: QCoreApplication.translate("RoundModels", "Dimension"), self._dimension)
        ]
        for side in Side:
            mean, spread_range, spread = titles[side]
            columns += [
                (_title(mean), self._side_cell(side, self._mean)),
                (_title(spread_range), self._side_cell(side, self._range)),
                (_title(spread), self._spread_cell(side)),
                (_title(answered[side]), self._side_cell(side, lambda item: str(item.answered))),
            ]
        columns.append((lambda: QCoreApplication.translate("RoundModels", "Gap"), self._gap))
        self.set_columns(columns)

    @staticmethod
    def _dimension(line: ResultLine, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return short_name(line.dimension)
        if role == Qt.ItemDataRole.ToolTipRole:
            return local_name(line.dimension)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT)
        return None

    @staticmethod
    def _mean(item: DimensionResult) -> str:
        return "" if item.mean is None else notation.number(item.mean, 1)

    @staticmethod
    def _range(item: DimensionResult) -> str:
        if item.lowest is None or item.highest is None:
            return ""
        return f"{item.lowest}–{item.highest}"

    @staticmethod
    def _side_cell(side: Side, value_of: Callable[[DimensionResult], str]) -> Cell:
        def cell(line: ResultLine, role: int) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return value_of(line.sides[side])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(CENTRE)
            return None

        return cell

    @staticmethod
    def _spread_cell(side: Side) -> Cell:
        def cell(line: ResultLine, role: int) -> Any:
            item = line.sides[side]
            if role == Qt.ItemDataRole.DisplayRole:
                if item.spread is None:
                    return ""
                text = str(item.spread)
                return f"{text} {GAP_MARK}" if item.disagreement else text
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(CENTRE)
            if role == Qt.ItemDataRole.FontRole and item.disagreement:
                return bold()
            if role == Qt.ItemDataRole.BackgroundRole and item.disagreement:
                return QBrush(MARKED)
            if role == Qt.ItemDataRole.ToolTipRole and item.disagreement:
                return QCoreApplication.translate(
                    "RoundModels",
                    "Their answers are {spread} points or more apart: worth discussing.",
                ).format(spread=DISAGREEMENT)
            return None

        return cell

    @staticmethod
    def _gap(line: ResultLine, role: int) -> Any:
        marked = line.gap is not None and abs(line.gap) >= GAP_WORTH_DISCUSSING
        if role == Qt.ItemDataRole.DisplayRole:
            if line.gap is None:
                return ""
            text = notation.difference(line.gap)
            return f"{text} {GAP_MARK}" if marked else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(CENTRE)
        if role == Qt.ItemDataRole.FontRole and marked:
            return bold()
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return QBrush(MARKED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "RoundModels",
                "Our mean minus the partner's; a full point or more is worth discussing.",
            )
        return None


def _title(text: str) -> Callable[[], str]:
    return lambda: two_lines(QCoreApplication.translate(CONTEXT, text), 8)
