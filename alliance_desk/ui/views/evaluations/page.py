"""The evaluations page: the health-check log of one alliance, its trend per dimension,
our view against the partner's, and quick pulse checks.

Comparing our latest scores with the partner's shows perception gaps, often
the most useful output of a health check; gaps of a full point or more are
set in bold with a ◆ marker. The entry form is generated from the
framework's dimensions (data, not code), and entering, changing or deleting
an evaluation with all its scores is one undo step. A second tab shows the alliance's
questionnaire rounds (:mod:`.rounds`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import FrameworkKind, RespondentSide
from alliance_desk.domain.evaluations import (
    Dimension,
    Evaluation,
    EvaluationScore,
    Framework,
    ScaleLevel,
)
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import evaluation_history as history
from alliance_desk.store import records
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.frameworks import dimensions
from alliance_desk.ui import notation
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error, label
from alliance_desk.ui.scored_edits import AddScoredStep, score_change_steps
from alliance_desk.ui.session import ChangeStep, Step
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.evaluations.models import EvaluationLogModel
from alliance_desk.ui.views.evaluations.panels import (
    GapPanel,
    PulsePanel,
    TrendPanel,
    delete_key,
    make_table,
)
from alliance_desk.ui.views.evaluations.rounds import ROUND_TABLES, RoundsPanel
from alliance_desk.ui.widgets.score_sheet import ScoredDialog, ScoreSheet

EVALUATION_FIELDS = ["evaluated_on", "respondent_side", "respondent", "remarks"]


@dataclasses.dataclass
class Loaded:
    """What the page shows for the current alliance (one query for the evaluations)."""

    framework: Framework
    dimensions: list[Dimension]
    levels: list[ScaleLevel]
    lines: list[history.EvaluationLine]


class EvaluationsView(View):
    """Log and entry of health checks, trend chart, perception gaps and pulse checks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.loaded: Loaded | None = None
        self.log_model = EvaluationLogModel(self)
        self.log = make_table(text=[EvaluationLogModel.RESPONDENT])
        self.log.setModel(self.log_model)
        self.log.activated.connect(lambda _index: self.edit_evaluation())
        self.log.selectionModel().selectionChanged.connect(self._update_buttons)
        delete_key(self.log, self.delete_evaluation)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_evaluation)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_evaluation)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_evaluation)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        self.log_box = QGroupBox()
        log_layout = QVBoxLayout(self.log_box)
        log_layout.addLayout(buttons)
        log_layout.addWidget(self.log, 1)

        self.trend = TrendPanel()
        self.chart = self.trend.chart
        self.gap_panel = GapPanel()
        self.gap_panel.setMinimumWidth(400)
        self.pulse_panel = PulsePanel()
        self.pulse_panel.setMinimumWidth(260)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.log_box)
        top.addWidget(self.pulse_panel)
        top.setStretchFactor(0, 5)  # the pulse checks get room for their notes
        top.setStretchFactor(1, 2)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.trend)
        bottom.addWidget(self.gap_panel)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.rounds = RoundsPanel()
        self.rounds.import_requested.connect(self.import_responses)
        self.rounds.files_dropped.connect(self.import_responses)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.rounds, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.log)
        QWidget.setTabOrder(self.log, self.pulse_panel.table)
        QWidget.setTabOrder(self.pulse_panel.delete_button, self.trend.dimension_box)
        QWidget.setTabOrder(self.trend.dimension_box, self.trend.figure.toggle)
        QWidget.setTabOrder(self.trend.figure.table, self.gap_panel.table)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Evaluations")

    def retranslate(self) -> None:
        self.log_box.setTitle(self.tr("Health checks"))
        self.new_button.setText(self.tr("&New evaluation…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.log.setAccessibleName(self.tr("Evaluations of this alliance"))
        self.tabs.setTabText(0, self.tr("Lo&g and trend"))
        self.tabs.setTabText(1, self.tr("Questionnaire ro&unds"))
        for panel in (self.trend, self.gap_panel, self.pulse_panel, self.rounds):
            panel.retranslate()
        self.reload()  # dimension and level names are data in the interface language

    # Loading -------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_line()
        self.pulse_panel.reload(self.session, self.alliance_id)
        self.rounds.reload(self.session, self.alliance_id)
        if self.session is None or self.alliance_id is None:
            self.loaded = None
            self.log_model.set_framework([], [])
            self.log_model.set_rows([])
            self.trend.set_data([], [], [])
            self.gap_panel.show_gaps(None, [])
            self.summary.setText(self.tr("Choose an alliance to see its evaluations."))
            self._update_buttons()
            return
        db = self.session.db
        lines = history.evaluations(db, self.alliance_id)
        framework = history.framework_in_use(
            db, FrameworkKind.EVALUATION, lines[0].framework_id if lines else None
        )
        assert framework.id is not None
        # A retired dimension keeps its column where this alliance's evaluations scored it.
        shown = [
            dimension
            for dimension in dimensions(db, framework.id, active_only=False)
            if dimension.active or any(line.scores.get(dimension.id or 0) for line in lines)
        ]
        self.loaded = Loaded(framework, shown, history.scale_levels(db, framework.id), lines)
        self.log_model.set_framework(self.loaded.dimensions, self.loaded.levels)
        self.log_model.set_rows(lines)
        self.trend.set_data(lines, self.loaded.dimensions, self.loaded.levels)
        self.gap_panel.show_gaps(self.session, lines)
        self.summary.setText(self.tr("%n evaluation(s)", "", len(lines)))
        if selected is not None:
            self.select_evaluation(selected.evaluation_id)
        self._update_buttons()

    def on_changed(self, table: str) -> None:
        if table in ROUND_TABLES:
            self.rounds.reload(self.session, self.alliance_id)
        if table == "pulse_check":
            self.pulse_panel.reload(self.session, self.alliance_id)
        elif table in (
            "evaluation",
            "evaluation_score",
            "alliance",
            "framework",
            "framework_dimension",
            "framework_level",
        ):
            self.reload()

    # Selection -----------------------------------------------------------------

    def selected_line(self) -> history.EvaluationLine | None:
        rows = self.log.selectionModel().selectedRows()
        return self.log_model.line(rows[0].row()) if rows else None

    def select_evaluation(self, evaluation_id: int) -> bool:
        row = self.log_model.row_of(evaluation_id)
        if row is None:
            return False
        self.log.selectRow(row)
        return True

    def show_record(self, table: str, record_id: int) -> bool:
        if table == "evaluation" and self.select_evaluation(record_id):
            self.tabs.setCurrentIndex(0)
            return True
        if table == "pulse_check":
            return self.pulse_panel.select(record_id)
        if table == "questionnaire_round" and self.rounds.select_round(record_id):
            self.tabs.setCurrentWidget(self.rounds)
            return True
        return False

    def _update_buttons(self) -> None:
        ready = self.loaded is not None
        chosen = self.selected_line() is not None
        self.new_button.setEnabled(ready)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # Edits ---------------------------------------------------------------------

    def _run(self, text: str, steps: Sequence[Step]) -> bool:
        assert self.session is not None
        try:
            self.session.run(text, steps)
        except ValidationError as error:
            QMessageBox.warning(self, text, describe_validation(error))
            return False
        except WorkbookError as error:
            QMessageBox.warning(self, text, describe_error(error))
            return False
        return True

    def _dialog(self, title: str, base: Evaluation, shown: list[Dimension]) -> ScoredDialog:
        assert self.session is not None
        sheet = ScoreSheet(
            shown,
            history.scale_levels(self.session.db, base.framework_id),
            self.tr("Not scored"),
            self.tr("Score"),
        )
        return ScoredDialog(
            title, base, EVALUATION_FIELDS, sheet, EvaluationScore, "evaluation_id", "score", self
        )

    def new_evaluation(self) -> None:
        if self.loaded is None or self.session is None or self.alliance_id is None:
            return
        assert self.loaded.framework.id is not None
        base = Evaluation(
            alliance_id=self.alliance_id,
            framework_id=self.loaded.framework.id,
            evaluated_on=self.session.today(),
            respondent_side=RespondentSide.US,
        )
        dialog = self._dialog(
            self.tr("New evaluation"), base, [d for d in self.loaded.dimensions if d.active]
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_record is None:
            return
        step = AddScoredStep(
            dialog.result_record, EvaluationScore, "evaluation_id", "score", dialog.scores
        )
        if self._run(self.tr("Add evaluation"), [step]) and step.stored is not None:
            self.select_evaluation(step.stored.id or 0)

    def edit_evaluation(self, _index: QModelIndex | None = None) -> None:
        line = self.selected_line()
        if line is None or self.session is None:
            return
        db = self.session.db
        before = records.get(db, Evaluation, line.evaluation_id)
        # The framework's active dimensions, and retired ones this evaluation did score.
        shown = [
            dimension
            for dimension in dimensions(db, before.framework_id, active_only=False)
            if dimension.active or dimension.id in line.scores
        ]
        dialog = self._dialog(
            self.tr("Evaluation of {date}").format(date=notation.date_medium(line.evaluated_on)),
            before,
            shown,
        )
        dialog.sheet.set_values(line.scores, line.comments)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_record is None:
            return
        steps: list[Step] = []
        if dialog.result_record != before:
            steps.append(ChangeStep(db, before, dialog.changes()))
        steps += score_change_steps(
            db, EvaluationScore, "evaluation_id", "score", line.evaluation_id, dialog.scores
        )
        if steps:
            self._run(self.tr("Change evaluation"), steps)

    def delete_evaluation(self) -> None:
        line = self.selected_line()
        if line is None or self.session is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete evaluation"),
            self.tr(
                "Delete the evaluation of {date} by {side} with all its scores? "
                "You can undo this with Ctrl+Z."
            ).format(
                date=notation.date_medium(line.evaluated_on), side=label(line.respondent_side)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.remove(Evaluation, line.evaluation_id, self.tr("Delete evaluation"))

    def import_responses(self, paths: list[Path] | None = None) -> None:
        """Answered questionnaires: ``paths`` dropped on the rounds tab, else chosen."""
        from alliance_desk.ui.dialogs.responses import import_responses  # on first use

        if self.session is not None:
            import_responses(self, self.session, paths)
