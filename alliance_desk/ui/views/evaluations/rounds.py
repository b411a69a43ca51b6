"""The questionnaire rounds of one alliance on the evaluations page: its rounds, and for the
chosen one who has answered and each side's result per dimension.

The spread within each side stands beside the gap between the sides: where our own
departments disagree, or the partner's do, is as telling as where the sides differ.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import records, rounds
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations.panels import make_table
from alliance_desk.ui.views.evaluations.round_models import (
    RespondentModel,
    RoundLine,
    RoundListModel,
    RoundResultModel,
    result_lines,
)

ROUND_TABLES = frozenset(
    {
        "questionnaire_round",
        "round_respondent",
        "round_answer",
        "stakeholder",
    }
)


class RoundsPanel(QWidget):
    """The alliance's rounds above the chosen round's respondents and results."""

    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.alliance_id: int | None = None
        self.round_model = RoundListModel(self)
        self.round_table = make_table()
        self.round_table.setModel(self.round_model)
        self.round_table.selectionModel().selectionChanged.connect(self.show_round)
        self.respondent_model = RespondentModel(self)
        self.respondent_table = make_table(
            text=[RespondentModel.DEPARTMENT, RespondentModel.ROLE, RespondentModel.NAME]
        )
        self.respondent_table.setModel(self.respondent_model)
        self.result_model = RoundResultModel(self)
        self.result_table = make_table(text=[RoundResultModel.DIMENSION], lines=2)
        self.result_table.setModel(self.result_model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_requested)
        self.questionnaires_button = QPushButton()
        self.questionnaires_button.clicked.connect(self.write_questionnaires)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.write_joint_report)

        self.round_box = QGroupBox()
        round_layout = QVBoxLayout(self.round_box)
        buttons = QHBoxLayout()
        for button in (self.questionnaires_button, self.import_button, self.report_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary, 2)
        round_layout.addLayout(buttons)
        round_layout.addWidget(self.round_table, 1)
        self.respondent_box = QGroupBox()
        QVBoxLayout(self.respondent_box).addWidget(self.respondent_table)
        self.result_box = QGroupBox()
        QVBoxLayout(self.result_box).addWidget(self.result_table)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.respondent_box)
        lower.addWidget(self.result_box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 2)  # the results have the most columns
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.round_box)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)  # a handful of rounds, many respondents
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.questionnaires_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.report_button)
        QWidget.setTabOrder(self.report_button, self.round_table)
        QWidget.setTabOrder(self.round_table, self.respondent_table)
        QWidget.setTabOrder(self.respondent_table, self.result_table)

    def retranslate(self) -> None:
        self.round_box.setTitle(self.tr("Questionnaire rounds"))
        self.respondent_box.setTitle(self.tr("Respondents"))
        self.result_box.setTitle(self.tr("Results per side (◆: worth discussing)"))
        self.import_button.setText(self.tr("Import &responses…"))
        self.questionnaires_button.setText(self.tr("Write &questionnaires…"))
        self.report_button.setText(self.tr("&Joint report…"))
        self.round_table.setAccessibleName(self.tr("Questionnaire rounds of this alliance"))
        self.respondent_table.setAccessibleName(self.tr("Respondents of the chosen round"))
        self.result_table.setAccessibleName(self.tr("Results of the chosen round per dimension"))
        self.reload(self.session, self.alliance_id)

    # Loading -------------------------------------------------------------------

    def reload(self, session: Session | None, alliance_id: int | None) -> None:
        chosen = self.chosen_round()
        self.session, self.alliance_id = session, alliance_id
        lines: list[RoundLine] = []
        if session is not None and alliance_id is not None:
            for made in rounds.rounds_of(session.db, alliance_id):
                slots = rounds.respondents(session.db, made.id or 0)
                answered = sum(1 for slot in slots if slot.answered_on is not None)
                lines.append(RoundLine(made, answered, len(slots)))
        self.round_model.set_rows(lines)
        self.import_button.setEnabled(session is not None)
        if session is None or alliance_id is None:
            self.summary.setText("")
        elif not lines:
            self.summary.setText(
                self.tr(
                    "No questionnaire rounds yet. Make one with the command line: "
                    "alliance-desk round WORKBOOK --alliance NAME …"
                )
            )
        else:
            self.summary.setText(self.tr("%n round(s)", "", len(lines)))
        row = self.round_model.row_of(chosen) if chosen is not None else None
        if row is None and lines:
            row = 0  # the newest round
        if row is not None:
            self.round_table.selectRow(row)
        self.show_round()

    def chosen_round(self) -> int | None:
        rows = self.round_table.selectionModel().selectedRows()
        return self.round_model.line(rows[0].row()).round.id if rows else None

    def select_round(self, round_id: int) -> bool:
        row = self.round_model.row_of(round_id)
        if row is None:
            return False
        self.round_table.selectRow(row)
        return True

    def show_round(self) -> None:
        round_id = self.chosen_round()
        for button in (self.questionnaires_button, self.report_button):
            button.setEnabled(round_id is not None)
        if self.session is None or round_id is None:
            self.respondent_model.set_respondents([], {})
            self.result_model.set_rows([])
            return
        db = self.session.db
        slots = rounds.respondents(db, round_id)
        names = {
            slot.stakeholder_id: records.get(db, Stakeholder, slot.stakeholder_id).name
            for slot in slots
            if slot.stakeholder_id is not None and not slot.anonymous
        }
        self.respondent_model.set_respondents(slots, names)
        self.result_model.set_rows(result_lines(rounds.results(db, round_id)))

    def write_questionnaires(self) -> None:
        from alliance_desk.ui.dialogs.round_files import write_questionnaires  # on first use

        round_id = self.chosen_round()
        if self.session is not None and round_id is not None:
            write_questionnaires(self, self.session, round_id)

    def write_joint_report(self) -> None:
        from alliance_desk.ui.dialogs.round_files import write_joint_report  # on first use

        round_id = self.chosen_round()
        if self.session is not None and round_id is not None:
            write_joint_report(self, self.session, round_id)
