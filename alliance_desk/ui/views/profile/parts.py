"""The pieces of the profile page: goal cards in three columns and the sponsor panels.

Win-win thinking starts from knowing what each side wants, so the goals of
both organisations and the shared ones stand side by side, each with its
progress. The sponsors show whether senior management on each side still
backs the alliance, and which way their support moved since the last
assessment. Everything a user typed is shown as plain text, never as markup.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import Attitude, GoalKind, Side
from alliance_desk.domain.insights import quadrant
from alliance_desk.domain.partners import Goal
from alliance_desk.store.alliance_profile import Reading, Sponsor
from alliance_desk.ui.labels import label
from alliance_desk.ui.views.stakeholders.look import quadrant_label

EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
HINT_STYLE = "color: palette(placeholder-text); font-style: italic;"


def text_label(text: str = "", bold: bool = False) -> QLabel:
    """A label for what the user typed: plain text (no markup), wrapped, selectable."""
    shown = QLabel(text)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = shown.font()
        font.setBold(True)
        shown.setFont(font)
    return shown


def hint_label() -> QLabel:
    hint = text_label()
    hint.setStyleSheet(HINT_STYLE)
    return hint


class GoalCard(QFrame):
    """One goal: what, how it is measured, by when, and how far along.

    The card takes the keyboard focus (one stop per goal): Enter or F2 edits
    it, Delete deletes it (after asking); the small buttons do the same by mouse.
    """

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, goal: Goal, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        assert goal.id is not None
        self.goal = goal
        self.setObjectName("goal_card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The focus must show without colour alone: a thicker frame.
        self.setStyleSheet(
            "#goal_card { border: 1px solid palette(mid); border-radius: 4px;"
            " background: palette(base); }"
            " #goal_card:focus { border: 2px solid palette(highlight); }"
        )
        self.description = text_label(goal.description, bold=True)
        self.measure = text_label()
        self.target = text_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(goal.progress)
        self.progress.setTextVisible(True)
        self.edit_button = QToolButton()
        self.edit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card itself has the keys
        self.edit_button.setAutoRaise(True)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.goal.id))
        self.delete_button = QToolButton()
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.delete_button.setAutoRaise(True)
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.goal.id))
        # The buttons share the date's line, so three columns fit a narrow window.
        dated = QHBoxLayout()
        dated.setContentsMargins(0, 0, 0, 0)
        dated.setSpacing(2)
        dated.addWidget(self.target, 1)
        dated.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignBottom)
        dated.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.setSpacing(3)
        layout.addWidget(self.description)
        layout.addWidget(self.measure)
        layout.addLayout(dated)
        layout.addWidget(self.progress)
        self.today = today
        self.retranslate()

    def retranslate(self) -> None:
        goal = self.goal
        self.measure.setText(self.tr("Measure: {measure}").format(measure=goal.measure or ""))
        self.measure.setVisible(bool(goal.measure))
        if goal.target_date is None:
            self.target.setText(self.tr("No target date"))
        elif goal.target_date < self.today and goal.progress < 100:
            self.target.setText(
                self.tr("Target: {date} (passed, not reached)").format(
                    date=goal.target_date.isoformat()
                )
            )
        else:
            self.target.setText(self.tr("Target: {date}").format(date=goal.target_date.isoformat()))
        self.progress.setFormat(self.tr("{percent} %").format(percent=goal.progress))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this goal (Enter or F2)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this goal (Delete key)"))
        self.setAccessibleName(goal.description)
        self.setAccessibleDescription(
            self.tr("{progress} % reached. {target} Enter edits, Delete deletes.").format(
                progress=goal.progress, target=self.target.text()
            )
        )

    def event(self, event: QEvent) -> bool:
        # The card's own keys win over the page's shortcuts (F2 edits the profile elsewhere).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in (*EDIT_KEYS, Qt.Key.Key_Delete):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in EDIT_KEYS:
            self.edit_requested.emit(self.goal.id)
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(self.goal.id)
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.edit_requested.emit(self.goal.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        edit = QAction(self.edit_button.text(), menu)
        edit.triggered.connect(lambda: self.edit_requested.emit(self.goal.id))
        delete = QAction(self.delete_button.text(), menu)
        delete.triggered.connect(lambda: self.delete_requested.emit(self.goal.id))
        menu.addAction(edit)
        menu.addAction(delete)
        menu.exec(event.globalPos())


class GoalColumn(QGroupBox):
    """The goals of one kind (ours, the partner's or shared), with an add button."""

    add_requested = Signal(object)  # the GoalKind
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, kind: GoalKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.cards: list[GoalCard] = []
        self.hint = hint_label()
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(True)  # Enter on the focused button presses it
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.kind))
        self.card_layout = QVBoxLayout()
        self.card_layout.setSpacing(6)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.card_layout)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def set_goals(self, goals: list[Goal], today: dt.date) -> None:
        for card in self.cards:
            self.card_layout.removeWidget(card)
            card.hide()  # at once, so that it gives up the focus
            card.deleteLater()
        self.cards = []
        for goal in goals:
            card = GoalCard(goal, today, self)
            card.edit_requested.connect(self.edit_requested)
            card.delete_requested.connect(self.delete_requested)
            self.card_layout.addWidget(card)
            card.show()  # now rather than from the event loop, so it can take the focus
            self.cards.append(card)
        self.hint.setVisible(not goals)

    def retranslate(self) -> None:
        self.setTitle(label(self.kind))
        if self.kind is GoalKind.OURS:
            self.add_button.setText(self.tr("Add &our goal…"))
            self.hint.setText(self.tr("No goals of ours yet: what do we want from this alliance?"))
        elif self.kind is GoalKind.PARTNER:
            self.add_button.setText(self.tr("Add a partner &goal…"))
            self.hint.setText(self.tr("No partner goals yet: what does the partner want from it?"))
        else:
            self.add_button.setText(self.tr("Add a &shared goal…"))
            self.hint.setText(self.tr("No shared goals yet: what do both sides want?"))
        self.add_button.setAccessibleName(self.add_button.text().replace("&", ""))
        for card in self.cards:
            card.retranslate()


class SponsorPanel(QGroupBox):
    """The executive sponsor of one side: who, and where they stand now and before."""

    open_requested = Signal(int)  # the stakeholder id

    def __init__(self, side: Side, parent: QWidget | None = None):
        super().__init__(parent)
        self.side = side
        self.sponsor: Sponsor | None = None
        self.name = text_label(bold=True)
        self.role = text_label()
        self.department = text_label()
        self.attitude = text_label()
        self.standing = text_label()
        self.assessed = text_label()
        self.captions = [QLabel() for _ in range(5)]
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, value in zip(
            self.captions,
            (self.role, self.department, self.attitude, self.standing, self.assessed),
            strict=True,
        ):
            form.addRow(caption, value)
        self.hint = hint_label()
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(True)
        self.open_button.clicked.connect(self._open)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def _open(self) -> None:
        if self.sponsor is not None:
            self.open_requested.emit(self.sponsor.stakeholder_id)

    def set_sponsor(self, sponsor: Sponsor | None) -> None:
        self.sponsor = sponsor
        self.retranslate()

    def retranslate(self) -> None:
        ours = self.side is Side.US
        self.setTitle(self.tr("Our sponsor") if ours else self.tr("The partner's sponsor"))
        captions = (
            self.tr("Role"),
            self.tr("Department"),
            self.tr("Attitude"),
            self.tr("Power and interest"),
            self.tr("Last assessed"),
        )
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
        self.open_button.setText(self.tr("Show on the stakeholder page"))
        sponsor = self.sponsor
        self.name.setVisible(sponsor is not None)
        self.form.setVisible(sponsor is not None)
        self.open_button.setVisible(sponsor is not None)
        self.hint.setVisible(sponsor is None)
        if sponsor is None:
            self.hint.setText(
                self.tr(
                    "No sponsor on our side yet. Senior management support needs a named "
                    "executive: mark one as sponsor on the stakeholder page."
                )
                if ours
                else self.tr(
                    "No sponsor on the partner's side yet. Who at the partner answers for "
                    "this alliance? Mark them as sponsor on the stakeholder page."
                )
            )
            return
        self.name.setText(sponsor.name)
        self.role.setText(sponsor.role or "—")
        self.department.setText(
            self.tr("{department} ({seniority})").format(
                department=sponsor.department, seniority=label(sponsor.seniority)
            )
        )
        self.attitude.setText(self._attitude_text(sponsor.latest, sponsor.previous))
        self.standing.setText(self._standing_text(sponsor.latest, sponsor.previous))
        if sponsor.latest is None:
            self.assessed.setText(self.tr("Never assessed"))
        elif sponsor.previous is None:
            self.assessed.setText(sponsor.latest.assessed_on.isoformat())
        else:
            self.assessed.setText(
                self.tr("{date} (before that {previous})").format(
                    date=sponsor.latest.assessed_on.isoformat(),
                    previous=sponsor.previous.assessed_on.isoformat(),
                )
            )

    def _attitude_text(self, latest: Reading | None, previous: Reading | None) -> str:
        if latest is None:
            return self.tr("Not assessed yet")
        now = label(latest.attitude)
        if previous is None:
            return now
        if previous.attitude is latest.attitude:
            return self.tr("{now} (unchanged)").format(now=now)
        order = list(Attitude)  # most supportive first
        if order.index(latest.attitude) < order.index(previous.attitude):
            text = self.tr("{now} ↑ (was {was}: warmer)")
        else:
            text = self.tr("{now} ↓ (was {was}: cooler)")
        return text.format(now=now, was=label(previous.attitude))

    def _standing_text(self, latest: Reading | None, previous: Reading | None) -> str:
        if latest is None:
            return "—"
        text = self.tr("Power {power}, interest {interest}: {quadrant}").format(
            power=latest.power,
            interest=latest.interest,
            quadrant=quadrant_label(quadrant(latest.power, latest.interest)).lower(),
        )
        if previous is not None and (previous.power, previous.interest) != (
            latest.power,
            latest.interest,
        ):
            text += " " + self.tr("(was {power}, {interest})").format(
                power=previous.power, interest=previous.interest
            )
        return text
