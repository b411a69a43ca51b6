"""The development-plan table of the maturity page: per dimension and organisation where it
stands, its target level and date, the distance (a missed target marked ◆ and bold) and
how many of its support actions are done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from alliance_desk.domain import development as rules
from alliance_desk.domain.codes import Side
from alliance_desk.domain.evaluations import Dimension, ScaleLevel
from alliance_desk.store import development
from alliance_desk.ui import notation
from alliance_desk.ui.views.evaluations.models import CENTRE, LEFT, RowsModel, bold, text_cell
from alliance_desk.ui.widgets.score_sheet import level_text, local_name, short_name

MISSED_MARK = "◆"


class PlanRow:
    """One organisation on one dimension: where it stands and its target, if any."""

    def __init__(
        self,
        side: Side,
        dimension: Dimension,
        latest: float | None,
        target: development.TargetLine | None,
        today: dt.date,
        history: Sequence[tuple[dt.date, float]] = (),
    ):
        self.side = side
        self.history = list(history)  # oldest first
        self.dimension = dimension
        self.latest = latest
        self.target = target
        level = None if target is None else target.target_level
        self.distance = None if level is None else rules.distance(latest, level)
        self.missed = target is not None and rules.overdue(
            latest, target.target_level, target.target_date, today
        )


def side_word(side: Side) -> str:
    if side is Side.US:
        return QCoreApplication.translate("PlanModel", "Ours")
    return QCoreApplication.translate("PlanModel", "Partner")


class PlanModel(RowsModel):
    """Rows per dimension, ours then the partner's: level, target, date, distance, support."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.levels: dict[int, ScaleLevel] = {}
        self.set_columns(
            [
                (
                    lambda: QCoreApplication.translate("PlanModel", "Dimension"),
                    self._cell(lambda row: short_name(row.dimension)),
                ),
                (
                    lambda: QCoreApplication.translate("PlanModel", "Organisation"),
                    self._cell(lambda row: side_word(row.side)),
                ),
                (
                    lambda: QCoreApplication.translate("PlanModel", "Now"),
                    self._cell(lambda row: level_text(row.latest, self.levels)),
                ),
                (
                    lambda: QCoreApplication.translate("PlanModel", "Target"),
                    self._cell(
                        lambda row: (
                            ""
                            if row.target is None
                            else level_text(row.target.target_level, self.levels)
                        )
                    ),
                ),
                (
                    lambda: QCoreApplication.translate("PlanModel", "By"),
                    self._cell(
                        lambda row: (
                            ""
                            if row.target is None
                            else notation.date_short(row.target.target_date)
                        ),
                        CENTRE,
                    ),
                ),
                (
                    lambda: QCoreApplication.translate("PlanModel", "To go"),
                    self._cell(self._distance, LEFT, emphasise=True),
                ),
                (
                    lambda: QCoreApplication.translate("PlanModel", "Support done"),
                    self._cell(self._support, CENTRE),
                ),
                (
                    lambda: QCoreApplication.translate("PlanModel", "History against target"),
                    self._cell(self._history),
                ),
            ]
        )

    def set_plan(self, rows: Sequence[PlanRow], levels: Sequence[ScaleLevel]) -> None:
        self.levels = {level.value: level for level in levels}
        self.set_rows(rows)

    def plan_row(self, row: int) -> PlanRow:
        found: PlanRow = self.rows[row]
        return found

    @staticmethod
    def _distance(row: PlanRow) -> str:
        if row.target is None:
            return ""
        if row.distance is None:
            text = QCoreApplication.translate("PlanModel", "not assessed")
        elif row.distance == 0:
            text = QCoreApplication.translate("PlanModel", "reached")
        else:
            text = notation.level(row.distance)
        if row.missed:
            missed = QCoreApplication.translate("PlanModel", "missed")
            text = f"{text}  {MISSED_MARK} {missed}"
        return text

    @staticmethod
    def _history(row: PlanRow) -> str:
        """Levels oldest to newest, those at or above the target ticked: '1 → 2 → 3 ✓'."""
        level = None if row.target is None else row.target.target_level
        return " → ".join(
            notation.level(value)
            + (" ✓" if level is not None and rules.reached(value, level) else "")
            for _, value in row.history
        )

    @staticmethod
    def _support(row: PlanRow) -> str:
        if row.target is None or not row.target.actions:
            return ""
        done = sum(1 for action in row.target.actions if action.status == "done")
        counted = sum(1 for action in row.target.actions if action.status != "cancelled")
        return QCoreApplication.translate("PlanModel", "{done} of {all}").format(
            done=done, all=counted
        )

    def _cell(self, value_of: Any, align: Qt.AlignmentFlag = LEFT, emphasise: bool = False) -> Any:
        plain = text_cell(value_of, align)

        def cell(row: PlanRow, role: int) -> Any:
            if role == Qt.ItemDataRole.FontRole and emphasise and row.missed:
                return bold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(row)
            return plain(row, role)

        return cell

    @staticmethod
    def _tooltip(row: PlanRow) -> str:
        parts = [local_name(row.dimension)]
        if row.target is not None:
            level = row.target.target_level
            for day, value in row.history:
                where = (
                    QCoreApplication.translate("PlanModel", "at or above target")
                    if rules.reached(value, level)
                    else QCoreApplication.translate("PlanModel", "below target")
                )
                parts.append(f"{notation.date_medium(day)}: {notation.level(value)} ({where})")
            if row.target.note:
                parts.append(row.target.note)
            parts += [f"• {action.title}" for action in row.target.actions]
        return "\n".join(parts)
