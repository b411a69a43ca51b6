"""The panels of the evaluations page below and beside the log: the trend chart with its
dimension chooser, our view against the partner's, and the quick pulse checks."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import Rag
from alliance_desk.domain.evaluations import Dimension, PulseCheck, ScaleLevel
from alliance_desk.domain.insights import perception_gaps
from alliance_desk.store import evaluation_history as history
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.frameworks import dimensions
from alliance_desk.ui import notation
from alliance_desk.ui.labels import describe_error, label
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations.models import GapModel, PulseModel
from alliance_desk.ui.widgets.chart_table import ChartWithTable
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.score_sheet import local_name
from alliance_desk.ui.widgets.trend_chart import TrendChart


def make_table(text: Sequence[int] = (), lines: int = 1) -> QTableView:
    """A read-only table of whole rows whose ``text`` columns share the width the others
    leave, on ``lines`` lines (see :func:`~alliance_desk.ui.widgets.columns.fit_columns`)."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    fit_columns(table, text, lines=lines)
    return table


def delete_key(table: QTableView, slot: Callable[[], None]) -> QAction:
    """The Delete key on a table runs ``slot`` (which asks before deleting)."""
    action = QAction(table)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    table.addAction(action)
    return action


class TrendPanel(QGroupBox):
    """A dimension chooser ("Overall" first) above the trend chart, which a toggle swaps
    for a table of the same points."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lines: list[history.EvaluationLine] = []
        self.levels: dict[int, str] = {}
        self.chart = TrendChart()
        self.dimension_box = QComboBox()
        self.dimension_box.currentIndexChanged.connect(self.show_trend)
        self.dimension_label = QLabel()
        self.dimension_label.setBuddy(self.dimension_box)
        chooser = QHBoxLayout()
        chooser.addWidget(self.dimension_label)
        chooser.addWidget(self.dimension_box, 1)
        self.figure = ChartWithTable(self.chart)
        chooser.addWidget(self.figure.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.figure, 1)
        QWidget.setTabOrder(self.dimension_box, self.figure.toggle)
        QWidget.setTabOrder(self.figure.toggle, self.chart)
        QWidget.setTabOrder(self.chart, self.figure.table)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Trend"))
        self.dimension_label.setText(self.tr("Di&mension:"))
        self.dimension_box.setAccessibleName(self.tr("Dimension shown in the trend chart"))
        self.chart.setAccessibleName(self.tr("Trend chart"))
        self.figure.table.setAccessibleName(self.tr("Trend chart as a table"))
        self.chart.set_texts(
            self.tr("Date of the evaluation"), self.tr("Score"), self.tr("No scores to show yet")
        )
        self.figure.retranslate()
        self._fill_table()

    def set_data(
        self,
        lines: Sequence[history.EvaluationLine],
        shown: Sequence[Dimension],
        levels: Sequence[ScaleLevel],
    ) -> None:
        self.lines = list(lines)
        self.levels = {level.value: local_name(level) for level in levels}
        current = self.dimension_box.currentData()
        self.dimension_box.blockSignals(True)
        self.dimension_box.clear()
        self.dimension_box.addItem(self.tr("Overall (average of the dimensions)"), None)
        for dimension in shown:
            self.dimension_box.addItem(local_name(dimension), dimension.id)
        self.dimension_box.setCurrentIndex(max(self.dimension_box.findData(current), 0))
        self.dimension_box.blockSignals(False)
        self.show_trend()

    def show_trend(self) -> None:
        dimension_id = self.dimension_box.currentData()
        self.chart.set_series(history.series(self.lines, dimension_id), self.levels)
        self._fill_table()

    def _fill_table(self) -> None:
        """The chart's points, oldest first, as the text alternative of the chart."""
        points = sorted(
            (day, order, side, value)
            for order, (side, line) in enumerate(self.chart.series.items())
            for day, value in line
        )
        self.figure.set_rows(
            [self.tr("Date"), self.tr("Answered by"), self.tr("Score")],
            [
                [notation.date_short(day), label(side), self.chart.value_text(value)]
                for day, _, side, value in points
            ],
        )


class GapPanel(QGroupBox):
    """The latest evaluation by us against the latest by the partner, largest gap first."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = GapModel(self)
        self.table = make_table(text=[0], lines=2)  # the dimension's name
        self.table.setModel(self.model)
        self.pair_label = QLabel()
        self.pair_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pair_label)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Our view against the partner's"))
        self.table.setAccessibleName(self.tr("Perception gaps, largest first"))

    def show_gaps(self, session: Session | None, lines: Sequence[history.EvaluationLine]) -> None:
        ours, theirs = history.latest_pair(lines)
        if session is None or ours is None or theirs is None:
            self.model.set_rows([])
            self.pair_label.setText(
                self.tr(
                    "The comparison needs an evaluation answered by us and one answered "
                    "by the partner."
                )
                if session is not None
                else ""
            )
            return
        names = {
            dimension.id or 0: dimension
            for framework_id in {ours.framework_id, theirs.framework_id}
            for dimension in dimensions(session.db, framework_id, active_only=False)
        }
        gaps = perception_gaps(ours.scores, theirs.scores)
        self.model.set_gaps(gaps, names)
        self.pair_label.setText(
            self.tr(
                "Our latest evaluation ({ours}) against the partner's ({theirs}). "
                "◆ marks %n gap(s) of a full point or more.",
                "",
                sum(1 for gap in gaps if gap.worth_discussing),
            ).format(
                ours=notation.date_medium(ours.evaluated_on),
                theirs=notation.date_medium(theirs.evaluated_on),
            )
        )


class PulsePanel(QGroupBox):
    """Quick red/amber/green readings between health checks, with add and delete."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.alliance_id: int | None = None
        self.model = PulseModel(self)
        self.table = make_table(text=[2], lines=2)  # the note
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        delete_key(self.table, self.delete_pulse)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_pulse)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_pulse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.delete_button)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pulse checks"))
        self.table.setAccessibleName(self.tr("Pulse checks"))
        self.add_button.setText(self.tr("Ne&w…"))
        self.delete_button.setText(self.tr("Rem&ove"))

    def reload(self, session: Session | None, alliance_id: int | None) -> None:
        self.session, self.alliance_id = session, alliance_id
        if session is None or alliance_id is None:
            self.model.set_rows([])
        else:
            self.model.set_rows(history.pulse_checks(session.db, alliance_id))
        self.update_buttons()

    def selected(self) -> PulseCheck | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pulse(rows[0].row()) if rows else None

    def select(self, pulse_id: int) -> bool:
        for row, pulse in enumerate(self.model.rows):
            if pulse.id == pulse_id:
                self.table.selectRow(row)
                return True
        return False

    def update_buttons(self) -> None:
        self.add_button.setEnabled(self.session is not None and self.alliance_id is not None)
        self.delete_button.setEnabled(self.selected() is not None)

    def add_pulse(self) -> None:
        if self.session is None or self.alliance_id is None:
            return
        base = PulseCheck(
            alliance_id=self.alliance_id, checked_on=self.session.today(), rag=Rag.GREEN
        )
        dialog = RecordDialog(self.tr("New pulse check"), base, ["checked_on", "rag", "note"], self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_record is None:
            return
        try:
            added = self.session.add(dialog.result_record, self.tr("Add pulse check"))
        except WorkbookError as error:
            QMessageBox.warning(self, self.tr("Add pulse check"), describe_error(error))
            return
        self.select(added.id or 0)

    def delete_pulse(self) -> None:
        pulse = self.selected()
        if pulse is None or self.session is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete pulse check"),
            self.tr("Delete the pulse check of {date}?").format(
                date=notation.date_medium(pulse.checked_on)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.remove(PulseCheck, pulse.id or 0, self.tr("Delete pulse check"))
