"""The maturity page: our organisation's alliance capability and the partner's, side by side.

A partner with great resources but no evaluation habit or processes holds
the alliance back, so the manager assesses both organisations on the same
instrument and looks for the dimensions where the partner lags (a negative
gap: where to help them grow). Each assessment is dated, so the history per
dimension shows whether either side is growing. Entering, changing or
deleting an assessment with all its levels is one undo step.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import FrameworkKind, Side
from alliance_desk.domain.evaluations import MaturityAssessment, MaturityScore
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import development, records
from alliance_desk.store import evaluation_history as history
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.frameworks import dimensions
from alliance_desk.ui import notation
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.scored_edits import AddScoredStep, score_change_steps
from alliance_desk.ui.session import ChangeStep, Step
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.evaluations.panels import delete_key, make_table
from alliance_desk.ui.views.maturity.models import (
    OURS_COLOUR,
    PARTNER_COLOUR,
    AssessmentLogModel,
    LevelBarDelegate,
    MaturitySideModel,
)
from alliance_desk.ui.views.maturity.plan_panel import PlanPanel
from alliance_desk.ui.widgets.score_sheet import ScoredDialog, ScoreSheet, level_text

ASSESSMENT_FIELDS = ["assessed_on", "assessor", "remarks"]


class MaturityView(View):
    """Latest levels of both organisations per dimension, the gap, the history, and entry."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture: history.MaturityPicture | None = None
        self.framework_id: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.assess_own_button = QPushButton()
        self.assess_own_button.clicked.connect(lambda: self.new_assessment(own=True))
        self.assess_partner_button = QPushButton()
        self.assess_partner_button.clicked.connect(lambda: self.new_assessment(own=False))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.assess_own_button)
        top.addWidget(self.assess_partner_button)

        self.side_model = MaturitySideModel(self)
        self.side_table = make_table(
            text=[
                MaturitySideModel.DIMENSION,
                MaturitySideModel.OUR_HISTORY,
                MaturitySideModel.THEIR_HISTORY,
            ]
        )
        self.side_table.setModel(self.side_model)
        self.side_table.setItemDelegateForColumn(
            MaturitySideModel.OURS, LevelBarDelegate(OURS_COLOUR, self)
        )
        self.side_table.setItemDelegateForColumn(
            MaturitySideModel.THEIRS, LevelBarDelegate(PARTNER_COLOUR, self)
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.side_box = QGroupBox()
        self.side_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        side_layout = QVBoxLayout(self.side_box)
        side_layout.addWidget(self.side_table, 1)

        self.log_model = AssessmentLogModel(self)
        self.log = make_table(text=[1, 2])  # the organisation and who assessed it
        self.log.setModel(self.log_model)
        self.log.activated.connect(lambda _index: self.edit_assessment())
        self.log.selectionModel().selectionChanged.connect(self._update_buttons)
        delete_key(self.log, self.delete_assessment)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_assessment)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_assessment)
        log_buttons = QHBoxLayout()
        log_buttons.addWidget(self.edit_button)
        log_buttons.addWidget(self.delete_button)
        log_buttons.addStretch(1)
        self.log_box = QGroupBox()
        log_layout = QVBoxLayout(self.log_box)
        log_layout.addWidget(self.log, 1)
        log_layout.addLayout(log_buttons)

        self.plan_panel = PlanPanel()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.side_box)
        splitter.addWidget(self.plan_panel)
        splitter.addWidget(self.log_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)  # the legend of levels and gaps, under both tables

        QWidget.setTabOrder(self.assess_own_button, self.assess_partner_button)
        QWidget.setTabOrder(self.assess_partner_button, self.side_table)
        QWidget.setTabOrder(self.side_table, self.plan_panel.table)
        QWidget.setTabOrder(self.plan_panel.notes_button, self.log)
        QWidget.setTabOrder(self.log, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Maturity")

    def retranslate(self) -> None:
        self.assess_own_button.setText(self.tr("Assess &our organisation…"))
        self.assess_partner_button.setText(self.tr("Assess the &partner…"))
        self.side_box.setTitle(self.tr("Side by side: the latest level per dimension"))
        self.side_table.setAccessibleName(self.tr("Maturity of both organisations"))
        self.log_box.setTitle(self.tr("Assessments"))
        self.log.setAccessibleName(self.tr("Maturity assessments of both organisations"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.plan_panel.retranslate()
        self.reload()  # dimension and level names are data in the interface language

    # Loading -------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_line()
        picture = None
        if self.session is not None and self.alliance_id is not None:
            picture = history.maturity_picture(self.session.db, self.alliance_id)
        self.picture = picture
        if picture is None or self.session is None:
            self.framework_id = None
            self.side_model.set_picture([], {}, [])
            self.log_model.set_assessments([], {}, [], [])
            self.plan_panel.show_plan(None, None, [], [], {})
            self.heading.setText(self.tr("Choose an alliance to see the maturity of both sides."))
            self.hint.setText("")
            self._update_buttons()
            return
        db = self.session.db
        framework = history.framework_in_use(
            db, FrameworkKind.MATURITY, picture.latest_framework_id()
        )
        assert framework.id is not None
        self.framework_id = framework.id
        # A retired dimension keeps its row where either side was assessed on it.
        assessed = [*picture.own, *picture.partner]
        shown = [
            dimension
            for dimension in dimensions(db, framework.id, active_only=False)
            if dimension.active or any(dimension.id in line.levels for line in assessed)
        ]
        levels = history.scale_levels(db, framework.id)
        rows = history.side_by_side(picture, [dimension.id or 0 for dimension in shown])
        self.side_model.set_picture(rows, {d.id or 0: d for d in shown}, levels)
        self._fit_side_table(len(rows))
        names = {picture.partner_id: self.tr("{name} (partner)").format(name=picture.partner_name)}
        if picture.own_id is not None:
            names[picture.own_id] = self.tr("{name} (ours)").format(name=picture.own_name)
        self.log_model.set_assessments([*picture.own, *picture.partner], names, shown, levels)
        self.plan_panel.show_plan(
            self.session,
            self.alliance_id,
            shown,
            levels,
            development.latest_levels(picture),
            {
                key: histories
                for row in rows
                for key, histories in (
                    ((Side.US, row.dimension_id), row.own_history),
                    ((Side.PARTNER, row.dimension_id), row.partner_history),
                )
            },
        )
        self.heading.setText(self._heading(picture))
        self.hint.setText(
            self.tr(
                "Levels: {levels}. A negative gap (◆ partner behind) shows where to help the "
                "partner grow."
            ).format(
                levels=" · ".join(level_text(level.value, {level.value: level}) for level in levels)
            )
        )
        if selected is not None:
            self.select_assessment(selected.assessment_id)
        self._update_buttons()

    def _fit_side_table(self, rows: int) -> None:
        """As tall as its rows, so the assessments below get the spare height."""
        table = self.side_table
        height = (
            table.horizontalHeader().sizeHint().height()
            + max(rows, 3) * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
            + table.horizontalScrollBar().sizeHint().height()
        )
        table.setMaximumHeight(height)

    def _heading(self, picture: history.MaturityPicture) -> str:
        def latest(lines: Sequence[history.AssessmentLine]) -> str:
            if not lines:
                return self.tr("not assessed yet")
            return self.tr("assessed {date}").format(
                date=notation.date_medium(lines[0].assessed_on)
            )

        own = (
            self.tr("Ours: {name} ({latest})").format(
                name=picture.own_name, latest=latest(picture.own)
            )
            if picture.own_id is not None
            else self.tr("No organisation is marked as ours yet.")
        )
        partner = self.tr("Partner: {name} ({latest})").format(
            name=picture.partner_name, latest=latest(picture.partner)
        )
        return f"{own}   ·   {partner}"

    def on_changed(self, table: str) -> None:
        if table in (
            "maturity_assessment",
            "maturity_score",
            "organisation",
            "alliance",
            "framework",
            "framework_dimension",
            "framework_level",
            "development_plan",
            "development_target",
            "action",
        ):
            self.reload()

    # Selection -----------------------------------------------------------------

    def selected_line(self) -> history.AssessmentLine | None:
        rows = self.log.selectionModel().selectedRows()
        return self.log_model.line(rows[0].row()) if rows else None

    def select_assessment(self, assessment_id: int) -> bool:
        row = self.log_model.row_of(assessment_id)
        if row is None:
            return False
        self.log.selectRow(row)
        return True

    def show_record(self, table: str, record_id: int) -> bool:
        if table == "development_target" and self.plan_panel.plans is not None:
            for (side, dimension_id), line in self.plan_panel.plans.targets.items():
                if line.target_id == record_id:
                    return self.plan_panel.select(side, dimension_id)
            return False
        if table == "development_plan" and self.session and self.alliance_id is not None:
            plan_side = development.plan_side(self.session.db, self.alliance_id, record_id)
            return plan_side is not None and self.plan_panel.bring_forward(plan_side)
        return table == "maturity_assessment" and self.select_assessment(record_id)

    def _update_buttons(self) -> None:
        picture = self.picture
        self.assess_own_button.setEnabled(picture is not None and picture.own_id is not None)
        self.assess_partner_button.setEnabled(picture is not None)
        chosen = self.selected_line() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # Edits ---------------------------------------------------------------------

    def _dialog(
        self, title: str, base: MaturityAssessment, scored: Collection[int] = ()
    ) -> ScoredDialog:
        assert self.session is not None
        db = self.session.db
        # The framework's active dimensions, and retired ones this assessment did score.
        shown = [
            dimension
            for dimension in dimensions(db, base.framework_id, active_only=False)
            if dimension.active or dimension.id in scored
        ]
        sheet = ScoreSheet(
            shown,
            history.scale_levels(db, base.framework_id),
            self.tr("Not assessed"),
            self.tr("Level"),
        )
        return ScoredDialog(
            title, base, ASSESSMENT_FIELDS, sheet, MaturityScore, "assessment_id", "level", self
        )

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

    def new_assessment(self, own: bool) -> None:
        picture = self.picture
        if picture is None or self.session is None or self.framework_id is None:
            return
        organisation_id = picture.own_id if own else picture.partner_id
        if organisation_id is None:
            return
        name = picture.own_name if own else picture.partner_name
        base = MaturityAssessment(
            organisation_id=organisation_id,
            framework_id=self.framework_id,
            assessed_on=self.session.today(),
        )
        title = (
            self.tr("Assess our organisation: {name}")
            if own
            else self.tr("Assess the partner: {name}")
        ).format(name=name)
        dialog = self._dialog(title, base)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_record is None:
            return
        step = AddScoredStep(
            dialog.result_record, MaturityScore, "assessment_id", "level", dialog.scores
        )
        if self._run(self.tr("Add maturity assessment"), [step]) and step.stored is not None:
            self.select_assessment(step.stored.id or 0)

    def edit_assessment(self) -> None:
        line = self.selected_line()
        if line is None or self.session is None:
            return
        db = self.session.db
        before = records.get(db, MaturityAssessment, line.assessment_id)
        dialog = self._dialog(
            self.tr("Assessment of {date}").format(date=notation.date_medium(line.assessed_on)),
            before,
            line.levels.keys(),
        )
        dialog.sheet.set_values(line.levels, line.comments)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_record is None:
            return
        steps: list[Step] = []
        if dialog.result_record != before:
            steps.append(ChangeStep(db, before, dialog.changes()))
        steps += score_change_steps(
            db, MaturityScore, "assessment_id", "level", line.assessment_id, dialog.scores
        )
        if steps:
            self._run(self.tr("Change maturity assessment"), steps)

    def delete_assessment(self) -> None:
        line = self.selected_line()
        if line is None or self.session is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete assessment"),
            self.tr(
                "Delete the maturity assessment of {date} with all its levels? "
                "You can undo this with Ctrl+Z."
            ).format(date=notation.date_medium(line.assessed_on)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.remove(
                MaturityAssessment, line.assessment_id, self.tr("Delete maturity assessment")
            )
