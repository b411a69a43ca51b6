"""The dialog that makes a questionnaire round, or changes an open one: what it asks
(a health check, or a maturity self-assessment of the partner, of our organisation or of
both), its date and deadline, and its respondents.

Changing a round keeps what was asked: its kind and date stay, its deadline may move,
and respondents may be added while it is open (those already asked are shown as they
are). The dialog stays open when the store refuses, and says why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import Language, RoundKind, RoundStatus, Side
from alliance_desk.domain.rounds import QuestionnaireRound
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.rounds import Slot
from alliance_desk.store.stakeholder_map import MapEntry
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.record_form import DateField
from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP
from alliance_desk.ui.views.evaluations.respondent_rows import RespondentRows

# What a round asks, and which organisation answers (None: both).
KINDS: tuple[tuple[RoundKind, Side | None, str], ...] = (
    (RoundKind.HEALTH, None, QT_TRANSLATE_NOOP("RoundDialog", "Health check of the alliance")),
    (
        RoundKind.MATURITY,
        Side.PARTNER,
        QT_TRANSLATE_NOOP("RoundDialog", "Maturity self-assessment of the partner"),
    ),
    (
        RoundKind.MATURITY,
        Side.US,
        QT_TRANSLATE_NOOP("RoundDialog", "Maturity self-assessment of our organisation"),
    ),
    (
        RoundKind.MATURITY,
        None,
        QT_TRANSLATE_NOOP("RoundDialog", "Maturity self-assessment of both organisations"),
    ),
)
HINTS = {
    RoundKind.HEALTH: QT_TRANSLATE_NOOP(
        "RoundDialog",
        "Both sides score the alliance on its health-check dimensions; the gaps between "
        "the sides and the spread within each are discussed together.",
    ),
    RoundKind.MATURITY: QT_TRANSLATE_NOOP(
        "RoundDialog",
        "Each respondent assesses their own organisation on the maturity dimensions: the "
        "partner's people the partner, ours our organisation.",
    ),
}
DEADLINE_DAYS = 21  # three weeks to answer, the usual time for a questionnaire


@dataclasses.dataclass(frozen=True)
class RoundPlan:
    """What the dialog was filled with."""

    kind: RoundKind
    held_on: dt.date
    deadline: dt.date | None
    slots: list[Slot]  # the new respondents


@dataclasses.dataclass(frozen=True)
class KeptRound:
    """A round being changed: the round, its respondents and their names (not anonymous)."""

    round: QuestionnaireRound
    slots: Sequence[Slot]
    names: Mapping[int, str]  # stakeholder id -> name


def kind_index(kind: RoundKind, sides: set[Side]) -> int:
    """The line of :data:`KINDS` that describes a round of ``kind`` asked of ``sides``."""
    if kind is RoundKind.HEALTH:
        return 0
    if sides == {Side.PARTNER}:
        return 1
    if sides == {Side.US}:
        return 2
    return 3


class RoundDialog(QDialog):
    """Make a round (``kept`` None) or change an open one; ``commit`` stores the plan."""

    def __init__(
        self,
        commit: Callable[[RoundPlan], object],
        today: dt.date,
        people: Sequence[MapEntry],
        departments: Mapping[Side, Sequence[str]],
        language: Language,
        has_own: bool,
        kept: KeptRound | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        AccessibleNames(self)
        self.commit = commit
        self.has_own = has_own
        self.kept = kept
        self.plan: RoundPlan | None = None
        self.kind_box = QComboBox()
        for _kind, _side, text in KINDS:
            self.kind_box.addItem(QCoreApplication.translate("RoundDialog", text))
        self.held_on = DateField()
        self.deadline = DateField()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.rows = RespondentRows(people, departments, language)
        self.rows.rows_changed.connect(self._order_tabs)
        self.row_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        scroll.setMinimumHeight(220)
        self.add_button = QPushButton(self.tr("Add res&pondent"))
        self.add_button.clicked.connect(self.add_row)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        kind_label = QLabel(self.tr("&Asks:"))
        kind_label.setBuddy(self.kind_box)
        date_label = QLabel(self.tr("Da&te:"))
        date_label.setBuddy(self.held_on)
        deadline_label = QLabel(self.tr("Dead&line:"))
        deadline_label.setBuddy(self.deadline)
        form.addRow(kind_label, self.kind_box)
        form.addRow("", self.hint)
        form.addRow(date_label, self.held_on)
        form.addRow(deadline_label, self.deadline)
        self.respondent_box = QGroupBox(self.tr("Respondents"))
        box_layout = QVBoxLayout(self.respondent_box)
        box_layout.addWidget(scroll, 1)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        box_layout.addLayout(add_line)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.respondent_box, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.resize(980, 560)

        if kept is None:
            self.setWindowTitle(self.tr("New questionnaire round"))
            self.held_on.set_value(today)
            self.deadline.set_value(today + dt.timedelta(days=DEADLINE_DAYS))
            self._kind_changed()
            self.rows.add_row()
            self.kind_box.setFocus()
        else:
            self._show_kept(kept)
        self._order_tabs()

    def _show_kept(self, kept: KeptRound) -> None:
        made = kept.round
        self.setWindowTitle(self.tr("Change the questionnaire round"))
        self.kind_box.setCurrentIndex(kind_index(made.kind, {slot.side for slot in kept.slots}))
        self._kind_changed()
        self.held_on.set_value(made.held_on)
        self.deadline.set_value(made.deadline)
        self.kind_box.setEnabled(False)  # what was asked stays as it was asked
        self.held_on.setEnabled(False)
        for slot in kept.slots:
            name = None if slot.stakeholder_id is None else kept.names.get(slot.stakeholder_id)
            self.rows.add_kept(slot, name)
        if made.status is not RoundStatus.OPEN:
            self.add_button.setEnabled(False)
            self.add_button.setToolTip(self.tr("A closed round takes no new respondents"))
        self.deadline.setFocus()

    def add_row(self) -> None:
        """A new respondent row, scrolled into view once the layout has placed it."""
        row = self.rows.add_row()
        QTimer.singleShot(0, lambda: self.row_area.ensureWidgetVisible(row.department))

    def chosen_kind(self) -> tuple[RoundKind, Side | None]:
        kind, side, _text = KINDS[max(self.kind_box.currentIndex(), 0)]
        return kind, side

    def _kind_changed(self) -> None:
        kind, side = self.chosen_kind()
        self.hint.setText(QCoreApplication.translate("RoundDialog", HINTS[kind]))
        if self.kept is None:
            self.rows.set_fixed_side(side)

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.kind_box, self.held_on, self.deadline]
        chain += self.rows.focus_chain() + [self.add_button, self.buttons]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # Accepting -----------------------------------------------------------------

    def build(self) -> RoundPlan:
        """The plan, or a sentence saying what is missing (ValueError)."""
        kind, side = self.chosen_kind()
        held_on = self.held_on.value()
        if held_on is None:
            raise ValueError(self.tr("Give the round a date."))
        slots = []
        for number, row in enumerate(self.rows.new_rows(), start=self.rows.kept + 1):
            slot = row.slot()
            if not slot.department:
                raise ValueError(self.tr("Respondent {n}: give the department.").format(n=number))
            slots.append(slot)
        if self.kept is None and not slots:
            raise ValueError(self.tr("Add at least one respondent."))
        asks_us = side is Side.US or any(slot.side is Side.US for slot in slots)
        if kind is RoundKind.MATURITY and asks_us and not self.has_own:
            raise ValueError(
                self.tr(
                    "Our own organisation is not recorded yet, so it cannot assess itself. "
                    "Record it on the Organisations page first."
                )
            )
        return RoundPlan(kind, held_on, self.deadline.value(), slots)

    def accept(self) -> None:
        try:
            plan = self.build()
            self.commit(plan)
        except ValidationError as error:  # a ValueError too: first
            self.problem.setText(describe_validation(error))
            return
        except ValueError as error:
            self.problem.setText(str(error))
            return
        except WorkbookError as error:  # a full disk, a lost file: say so, keep the values
            self.problem.setText(describe_error(error))
            return
        self.plan = plan
        super().accept()
