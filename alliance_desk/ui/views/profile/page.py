"""The profile page of one alliance: who the partner is, what the alliance is, what each
side wants from it, and who sponsors it on each side.

It reads like a one-page summary (headline status first, then the alliance's
early-warning signals, each with its severity and sentence, then the facts,
the goals of both sides and the shared ones side by side, then the
sponsors) and every part can be edited from here. It is also where
alliances begin and end: "New alliance…" creates one (with a new partner
organisation if needed) and "Delete alliance…" says what goes with it
before it goes. Each of these is one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import GoalKind, Side
from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import alliance_profile as profile
from alliance_desk.store import records
from alliance_desk.store.errors import RecordNotFound, WorkbookError
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error, label
from alliance_desk.ui.record_form import CommitDialog
from alliance_desk.ui.session import Step
from alliance_desk.ui.signal_board import SignalBoard
from alliance_desk.ui.views.base import View
from alliance_desk.ui.views.profile.dialogs import NewAllianceDialog, deletion_question
from alliance_desk.ui.views.profile.parts import GoalCard, GoalColumn, SponsorPanel, hint_label
from alliance_desk.ui.views.profile.summary import PARTNER_FIELDS, ProfileFacts, StatusLine
from alliance_desk.ui.views.stakeholders.dialogs import blank
from alliance_desk.ui.widgets.signal_list import SignalList

ALLIANCE_FIELDS = [
    "name",
    "alliance_type",
    "lifecycle_stage",
    "status_rag",
    "status_reason",
    "start_date",
    "renewal_date",
    "contract_reference",
    "health_check_interval_days",
    "description",
    "our_resources",
    "partner_resources",
]
GOAL_FIELDS = ["kind", "description", "measure", "target_date", "progress"]
RELEVANT_TABLES = {"alliance", "organisation", "goal", "stakeholder", "stakeholder_assessment"}


class ProfileView(View):
    """One alliance's profile, its goals in three columns, and both sponsors."""

    needs_alliance = True

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.alliance: Alliance | None = None
        self.partner: Organisation | None = None
        self.goals: dict[GoalKind, list[Goal]] = {kind: [] for kind in GoalKind}

        self.edit_profile_action = self._action(self.edit_profile, "F2")
        self.edit_partner_action = self._action(self.edit_partner)
        self.new_alliance_action = self._action(self.new_alliance)
        self.delete_alliance_action = self._action(self.delete_alliance)
        self.edit_profile_button = self._button(self.edit_profile_action)
        self.edit_partner_button = self._button(self.edit_partner_action)
        self.new_alliance_button = self._button(self.new_alliance_action)
        self.delete_alliance_button = self._button(self.delete_alliance_action)

        self.status_line = StatusLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_profile_button)
        buttons.addWidget(self.edit_partner_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_alliance_button)
        buttons.addWidget(self.delete_alliance_button)
        self.empty_hint = hint_label()

        self.signals = SignalList()
        self.signals.setObjectName("profile_signals")
        self.facts = ProfileFacts()

        self.goal_columns = {kind: GoalColumn(kind) for kind in GoalKind}
        goals = QHBoxLayout()
        for column in self.goal_columns.values():
            column.add_requested.connect(self.add_goal)
            column.edit_requested.connect(self.edit_goal)
            column.delete_requested.connect(self.delete_goal)
            goals.addWidget(column, 1)

        self.sponsor_panels = {side: SponsorPanel(side) for side in Side}
        sponsors = QHBoxLayout()
        for panel in self.sponsor_panels.values():
            panel.open_requested.connect(
                lambda person: self.open_record.emit("stakeholder", person)
            )
            sponsors.addWidget(panel, 1)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.addWidget(self.signals)
        content.addWidget(self.facts)
        content.addLayout(goals)
        content.addLayout(sponsors)
        content.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        # The page scrolls as a whole; its own tab stops lead the way through it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_line)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def _action(self, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton()
        button.setAutoDefault(True)  # Enter on the focused button presses it
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # Texts ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Profile")

    def retranslate(self) -> None:
        self.edit_profile_action.setText(self.tr("Edit p&rofile…"))
        self.edit_partner_action.setText(self.tr("Edit &partner…"))
        self.new_alliance_action.setText(self.tr("&New alliance…"))
        self.delete_alliance_action.setText(self.tr("&Delete alliance…"))
        for action, button in (
            (self.edit_profile_action, self.edit_profile_button),
            (self.edit_partner_action, self.edit_partner_button),
            (self.new_alliance_action, self.new_alliance_button),
            (self.delete_alliance_action, self.delete_alliance_button),
        ):
            button.setText(action.text())
            button.setAccessibleName(action.text().replace("&", ""))
        self.edit_profile_button.setToolTip(self.tr("Edit the alliance's profile (Enter or F2)"))
        self.signals.retranslate()
        self.facts.retranslate()
        for column in self.goal_columns.values():
            column.retranslate()
        for panel in self.sponsor_panels.values():
            panel.retranslate()
        self.reload()

    # Loading -------------------------------------------------------------------

    def on_changed(self, table: str) -> None:
        if table in RELEVANT_TABLES:
            self.reload()
        elif self.alliance is not None and self.session is not None:
            # Signals read nearly every table: an action, a health check, a decision ...
            self._fill_signals()

    def _fill_signals(self) -> None:
        assert self.session is not None and self.alliance is not None
        board = SignalBoard.of(self.session)
        board.update()
        self.signals.set_signals(board.signals_of(self.alliance.id or 0))

    def reload(self) -> None:
        self.alliance = self.partner = None
        if self.session is not None and self.alliance_id is not None:
            db = self.session.db
            try:
                self.alliance = records.get(db, Alliance, self.alliance_id)
                self.partner = records.get(db, Organisation, self.alliance.partner_id)
            except RecordNotFound:  # deleted (and the window has not moved on yet)
                self.alliance = self.partner = None
        shown = self.alliance is not None
        self.new_alliance_action.setEnabled(self.session is not None)
        for action in (
            self.edit_profile_action,
            self.edit_partner_action,
            self.delete_alliance_action,
        ):
            action.setEnabled(shown)
        for widget in (self.content, self.status_line):
            widget.setVisible(shown)
        self.edit_profile_button.setVisible(shown)
        self.edit_partner_button.setVisible(shown)
        self.delete_alliance_button.setVisible(shown)
        self.empty_hint.setVisible(not shown)
        if self.session is None:
            self.empty_hint.setText(self.tr("Open a workbook to see an alliance's profile."))
        elif not shown:
            self.empty_hint.setText(self.tr("No alliance chosen. Start one with “New alliance…”."))
        else:
            self._fill()

    def _fill(self) -> None:
        assert self.session is not None and self.alliance is not None and self.partner
        alliance, partner, db = self.alliance, self.partner, self.session.db
        today = self.session.today()
        self.status_line.fill(alliance)
        self._fill_signals()
        others = profile.alliances_with_partner(db, partner.id or 0) - 1
        self.facts.fill(alliance, partner, others, today)

        focused = self.window().focusWidget()  # also while the window is not active
        keep = focused.goal.id if isinstance(focused, GoalCard) else None
        self.goals = profile.goals(db, alliance.id or 0)
        for kind, column in self.goal_columns.items():
            column.set_goals(self.goals[kind], today)
            for card in column.cards:
                if card.goal.id == keep:
                    card.setFocus()
        found = profile.sponsors(db, alliance.id or 0)
        for side, panel in self.sponsor_panels.items():
            panel.set_sponsor(found.get(side))
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes through the page as it reads: buttons, each goal column, the sponsors."""
        chain: list[QWidget] = [self.delete_alliance_button]
        for column in self.goal_columns.values():
            chain += [*column.cards, column.add_button]
        chain += [panel.open_button for panel in self.sponsor_panels.values()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def show_record(self, table: str, record_id: int) -> bool:
        if self.alliance is None:
            return False
        if table == "alliance":
            return record_id == self.alliance.id
        # An organisation opens on the Organisations page, whichever alliance is current.
        if table == "goal":
            for column in self.goal_columns.values():
                for card in column.cards:
                    if card.goal.id == record_id:
                        card.setFocus()
                        return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter anywhere on the page (not taken by a goal or a button) edits the profile.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.alliance is not None:
            self.edit_profile()
            return
        super().keyPressEvent(event)

    # Edits -----------------------------------------------------------------------

    def _problem(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            text = describe_validation(error)
        elif isinstance(error, WorkbookError):
            text = describe_error(error)
        else:
            text = str(error)
        QMessageBox.warning(self, self.tr("Not changed"), text)

    def _edit(self, title: str, current: Record, fields: list[str], undo_text: str) -> None:
        """Edit ``fields`` of ``current`` in a dialog; OK is one undoable change."""
        assert self.session is not None
        session = self.session

        def commit(record: Record) -> None:
            if record != current:
                session.change(
                    current, undo_text, **{name: getattr(record, name) for name in fields}
                )

        CommitDialog(title, current, fields, commit, self).exec()

    def edit_profile(self) -> None:
        if self.session is None or self.alliance is None:
            return
        self._edit(
            self.tr("Profile of {name}").format(name=self.alliance.name),
            self.alliance,
            ALLIANCE_FIELDS,
            self.tr("Edit the profile of {name}").format(name=self.alliance.name),
        )

    def edit_partner(self) -> None:
        if self.session is None or self.partner is None:
            return
        self._edit(
            self.tr("Partner organisation {name}").format(name=self.partner.name),
            self.partner,
            PARTNER_FIELDS,
            self.tr("Edit partner {name}").format(name=self.partner.name),
        )

    def _goal(self, goal_id: int) -> Goal | None:
        return next((g for goals in self.goals.values() for g in goals if g.id == goal_id), None)

    def add_goal(self, kind: GoalKind) -> None:
        if self.session is None or self.alliance is None:
            return
        session = self.session
        base = blank(Goal, alliance_id=self.alliance.id, kind=kind, progress=0)
        text = self.tr("Add a goal")
        CommitDialog(
            label(kind), base, GOAL_FIELDS, lambda goal: session.add(goal, text), self
        ).exec()

    def edit_goal(self, goal_id: int) -> None:
        goal = self._goal(goal_id)
        if self.session is None or goal is None:
            return
        self._edit(self.tr("Goal"), goal, GOAL_FIELDS, self.tr("Edit a goal"))

    def delete_goal(self, goal_id: int) -> None:
        goal = self._goal(goal_id)
        if self.session is None or goal is None:
            return
        # No name on the first line: a message box reads a first line with tags as markup.
        question = self.tr("Delete this goal?\n\n“{goal}”\n\nUndo (Ctrl+Z) brings it back.")
        answer = QMessageBox.question(
            self, self.tr("Delete goal"), question.format(goal=goal.description)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.remove(Goal, goal_id, self.tr("Delete a goal"))
        except (ValidationError, WorkbookError) as error:
            self._problem(error)

    def new_alliance(self) -> None:
        if self.session is None:
            return
        session = self.session
        text = self.tr("New alliance")

        def commit(steps: list[Step]) -> None:
            session.run(text, steps)

        dialog = NewAllianceDialog(profile.partner_organisations(session.db), commit, self)
        if not dialog.exec() or dialog.alliance is None or dialog.alliance.id is None:
            return
        new_id = dialog.alliance.id
        self.alliance_chosen.emit(new_id)  # the window selects it in its chooser
        if self.alliance_id != new_id:  # shown on its own, outside the window
            self.set_alliance(new_id)

    def delete_alliance(self) -> None:
        if self.session is None or self.alliance is None or self.partner is None:
            return
        alliance, partner = self.alliance, self.partner
        assert alliance.id is not None
        counts = profile.what_goes_with(self.session.db, alliance.id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete alliance"),
            deletion_question(alliance.name, partner.name, counts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.remove(
                Alliance, alliance.id, self.tr("Delete alliance {name}").format(name=alliance.name)
            )
        except (ValidationError, WorkbookError) as error:
            self._problem(error)
