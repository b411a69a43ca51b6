"""The questionnaire rounds of one alliance on the evaluations page: its rounds, and for the
chosen one who has answered and each side's result per dimension.

The spread within each side stands beside the gap between the sides: where our own
departments disagree, or the partner's do, is as telling as where the sides differ.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import RoundStatus
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import records, rounds
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations import round_edits
from alliance_desk.ui.views.evaluations.panels import delete_key, make_table
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
    files_dropped = Signal(list)  # the local paths of files and folders dropped on the tab

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.alliance_id: int | None = None
        self.round_model = RoundListModel(self)
        self.round_table = make_table()
        self.round_table.setModel(self.round_model)
        self.round_table.selectionModel().selectionChanged.connect(self.show_round)
        self.round_table.activated.connect(lambda _index: self.change_round())
        delete_key(self.round_table, self.delete_round)
        self.setAcceptDrops(True)
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

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_round)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.change_round)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_round)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_round)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self.add_agreed_action)
        self.edit_buttons = (
            self.new_button,
            self.change_button,
            self.close_button,
            self.delete_button,
        )
        self.file_buttons = (
            self.questionnaires_button,
            self.import_button,
            self.report_button,
            self.action_button,
        )

        self.round_box = QGroupBox()
        round_layout = QVBoxLayout(self.round_box)
        edits = QHBoxLayout()
        for button in self.edit_buttons:
            edits.addWidget(button)
        edits.addStretch(1)
        edits.addWidget(self.summary, 2)
        files = QHBoxLayout()
        for button in self.file_buttons:
            files.addWidget(button)
        files.addStretch(1)
        round_layout.addLayout(edits)
        round_layout.addLayout(files)
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
        chain = [*self.edit_buttons, *self.file_buttons, self.round_table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.round_table, self.respondent_table)
        QWidget.setTabOrder(self.respondent_table, self.result_table)

    def retranslate(self) -> None:
        self.round_box.setTitle(self.tr("Questionnaire rounds"))
        self.respondent_box.setTitle(self.tr("Respondents"))
        self.result_box.setTitle(self.tr("Results per side (◆: worth discussing)"))
        self.import_button.setText(self.tr("Import res&ponses…"))
        self.questionnaires_button.setText(self.tr("Write &questionnaires…"))
        self.report_button.setText(self.tr("&Joint report…"))
        self.new_button.setText(self.tr("New &round…"))
        self.change_button.setText(self.tr("&Change round…"))
        self.delete_button.setText(self.tr("Delete round"))
        self.delete_button.setToolTip(self.tr("Delete the chosen round (Delete key)"))
        self.action_button.setText(self.tr("Add agreed action…"))
        self.action_button.setToolTip(
            self.tr("An action agreed in the joint session, with this round as its source")
        )
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
        self.new_button.setEnabled(session is not None and alliance_id is not None)
        if session is None or alliance_id is None:
            self.summary.setText("")
        elif not lines:
            self.summary.setText(
                self.tr(
                    "No questionnaire rounds yet: make one with New round…, then drop the "
                    "answered questionnaires here."
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

    def chosen_line(self) -> RoundLine | None:
        rows = self.round_table.selectionModel().selectedRows()
        return self.round_model.line(rows[0].row()) if rows else None

    def select_round(self, round_id: int) -> bool:
        row = self.round_model.row_of(round_id)
        if row is None:
            return False
        self.round_table.selectRow(row)
        return True

    def show_round(self) -> None:
        round_id = self.chosen_round()
        for button in (
            self.questionnaires_button,
            self.report_button,
            self.change_button,
            self.close_button,
            self.delete_button,
            self.action_button,
        ):
            button.setEnabled(round_id is not None)
        line = self.chosen_line()
        if line is not None and line.round.status is not RoundStatus.OPEN:
            self.close_button.setText(self.tr("Reopen round"))
        else:
            self.close_button.setText(self.tr("Clo&se round"))
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

    # Edits ---------------------------------------------------------------------

    def new_round(self) -> None:
        if self.session is not None and self.alliance_id is not None:
            made = round_edits.new_round(self, self.session, self.alliance_id)
            if made is not None:
                self.select_round(made)

    def change_round(self) -> None:
        round_id = self.chosen_round()
        if self.session is not None and round_id is not None:
            round_edits.change_round(self, self.session, round_id)

    def close_round(self) -> None:
        round_id = self.chosen_round()
        if self.session is not None and round_id is not None:
            round_edits.close_round(self, self.session, round_id)

    def delete_round(self) -> None:
        round_id = self.chosen_round()
        if self.session is not None and round_id is not None:
            round_edits.delete_round(self, self.session, round_id)

    def add_agreed_action(self) -> None:
        round_id = self.chosen_round()
        if self.session is not None and round_id is not None:
            round_edits.add_agreed_action(self, self.session, round_id)

    # Dropped questionnaires ----------------------------------------------------

    @staticmethod
    def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        """The local files and folders an event carries; empty if anything else."""
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        urls = data.urls()
        if not urls or not all(url.isLocalFile() for url in urls):
            return []
        return [Path(url.toLocalFile()) for url in urls]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and self.dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.dropped_paths(event)
        if self.session is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)
