"""The development plans on the maturity page: per dimension and organisation where it
stands, its target level and date, the distance and the support actions; setting or
clearing a target, adding a support action (the actions form, already linked) and writing
the plans' notes.

Setting a target makes the side's plan on the first one; each edit is one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain import development as rules
from alliance_desk.domain.codes import Side
from alliance_desk.domain.evaluations import Dimension, ScaleLevel
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import development, follow_up
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.evaluations.panels import make_table
from alliance_desk.ui.views.follow_up.dialogs import (
    FollowUpDialog,
    blank,
    sources_of,
    targets_of,
)
from alliance_desk.ui.views.follow_up.texts import kind_texts
from alliance_desk.ui.views.maturity.plan_model import PlanModel, PlanRow
from alliance_desk.ui.views.maturity.plan_notes_dialog import PlanNotesDialog
from alliance_desk.ui.views.maturity.target_dialog import TargetDialog
from alliance_desk.ui.views.record_edits import add_record


class PlanPanel(QGroupBox):
    """The plans of both organisations of the current alliance, and their edits."""

    support_added = Signal(int)  # the new action's id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.alliance_id: int | None = None
        self.plans: development.Plans | None = None
        self.dimensions: list[Dimension] = []
        self.levels: list[ScaleLevel] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setObjectName("plan_notes")
        self.notes: dict[Side, str] = {}
        self.model = PlanModel(self)
        self.table = make_table(text=[0, 5])
        self.table.setModel(self.model)
        self.table.activated.connect(lambda _index: self.set_target())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self.set_target)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_target)
        self.support_button = QPushButton()
        self.support_button.clicked.connect(self.add_support)
        self.notes_button = QPushButton()
        self.notes_button.clicked.connect(self.edit_notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.support_button)
        buttons.addWidget(self.notes_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.set_button)
        QWidget.setTabOrder(self.set_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.support_button)
        QWidget.setTabOrder(self.support_button, self.notes_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Development plans: targets per dimension"))
        self.table.setAccessibleName(self.tr("Development targets of both organisations"))
        self.set_button.setText(self.tr("Set &target…"))
        self.clear_button.setText(self.tr("Clea&r target"))
        self.support_button.setText(self.tr("Add &support action…"))
        self.notes_button.setText(self.tr("Plan &notes…"))
        self._show_notes()

    def show_plan(
        self,
        session: Session | None,
        alliance_id: int | None,
        dimensions: Sequence[Dimension],
        levels: Sequence[ScaleLevel],
        latest: Mapping[Side, Mapping[int, float]],
        history: Mapping[tuple[Side, int], Sequence[tuple[dt.date, float]]] | None = None,
    ) -> None:
        chosen = self.selected()
        self.session, self.alliance_id = session, alliance_id
        self.dimensions, self.levels = list(dimensions), list(levels)
        if session is None or alliance_id is None:
            self.plans = None
            self.notes = {}
            self.model.set_plan([], levels)
            self.summary.setText("")
            self._show_notes()
            self._update_buttons()
            return
        self.plans = development.plans(session.db, alliance_id)
        self.notes = development.plan_notes(session.db, alliance_id)
        self._show_notes()
        today = session.today()
        rows = [
            PlanRow(
                side,
                dimension,
                latest.get(side, {}).get(dimension.id or 0),
                self.plans.target(side, dimension.id or 0),
                today,
                (history or {}).get((side, dimension.id or 0), ()),
            )
            for dimension in dimensions
            for side in (Side.US, Side.PARTNER)
        ]
        # The targets first (in the framework's order), so they are in view without scrolling.
        rows.sort(key=lambda row: row.target is None)
        self.model.set_plan(rows, levels)
        self.summary.setText(
            "   ·   ".join(
                self._progress_text(
                    side, development.progress(self.plans, side, latest.get(side, {}))
                )
                for side in (Side.US, Side.PARTNER)
            )
        )
        if chosen is not None:
            self.select(chosen.side, chosen.dimension.id or 0)
        self._update_buttons()

    def _progress_text(self, side: Side, found: rules.Progress) -> str:
        who = self.tr("Our plan") if side is Side.US else self.tr("Partner's plan")
        if found.targets == 0:
            return self.tr("{who}: no targets yet").format(who=who)
        return self.tr(
            "{who}: {reached} of {targets} targets reached, "
            "{done} of {actions} support actions done"
        ).format(
            who=who,
            reached=found.targets_reached,
            targets=found.targets,
            done=found.actions_done,
            actions=found.actions,
        )

    def _show_notes(self) -> None:
        lines = [
            self.tr("{who}: {notes}").format(
                who=self.tr("Our plan") if side is Side.US else self.tr("Partner's plan"),
                notes=" ".join(self.notes[side].split()),
            )
            for side in (Side.US, Side.PARTNER)
            if side in self.notes
        ]
        self.notes_label.setText("\n".join(lines))
        self.notes_label.setVisible(bool(lines))

    def selected(self) -> PlanRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.plan_row(rows[0].row()) if rows else None

    def select(self, side: Side, dimension_id: int) -> bool:
        for number, row in enumerate(self.model.rows):
            if row.side is side and row.dimension.id == dimension_id:
                self.table.selectRow(number)
                return True
        return False

    def bring_forward(self, side: Side) -> bool:
        """Bring ``side``'s plan forward (a search hit on its notes): its first target row
        chosen, so Plan notes… opens on that plan, and the keyboard on that button."""
        for number, row in enumerate(self.model.rows):
            if row.side is side:
                self.table.selectRow(number)
                break
        self.notes_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _update_buttons(self) -> None:
        row = self.selected()
        self.set_button.setEnabled(self.alliance_id is not None and bool(self.dimensions))
        self.notes_button.setEnabled(self.alliance_id is not None)
        self.clear_button.setEnabled(row is not None and row.target is not None)
        self.support_button.setEnabled(row is not None and row.target is not None)

    # Edits -------------------------------------------------------------------

    def _run(self, text: str, step: Any) -> bool:
        return self._run_all(text, [step])

    def _run_all(self, text: str, steps: list[Any]) -> bool:
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

    def set_target(self) -> None:
        if self.session is None or self.alliance_id is None or not self.dimensions:
            return
        row = self.selected()
        side = row.side if row is not None else Side.PARTNER
        dimension_id = row.dimension.id if row is not None else None
        dialog = TargetDialog(
            self.dimensions,
            self.levels,
            side,
            dimension_id,
            None if row is None else row.target,
            self.session.today(),
            self,
        )
        while dialog.exec() == QDialog.DialogCode.Accepted:
            side, dimension_id, level, by, note = dialog.values()
            title = self.tr("Set development target")
            if by is None:
                QMessageBox.warning(
                    self, title, self.tr("Give the date the level should be reached by.")
                )
                continue
            try:
                step = development.set_target(self.alliance_id, side, dimension_id, level, by, note)
            except ValidationError as error:
                QMessageBox.warning(self, title, describe_validation(error))
                continue
            if self._run(title, step):
                self.select(side, dimension_id)
            return

    def clear_target(self) -> None:
        row = self.selected()
        if self.session is None or self.alliance_id is None or row is None or row.target is None:
            return
        self._run(
            self.tr("Clear development target"),
            development.clear_target(self.alliance_id, row.target.target_id),
        )

    def edit_notes(self) -> None:
        if self.session is None or self.alliance_id is None:
            return
        row = self.selected()
        dialog = PlanNotesDialog(self.notes, row.side if row else Side.PARTNER, self)
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                changed = dialog.changed()
                if not changed:
                    return
                title = self.tr("Change development plan notes")
                try:
                    steps = [
                        development.set_plan_notes(self.alliance_id, side, notes)
                        for side, notes in changed.items()
                    ]
                except ValidationError as error:
                    QMessageBox.warning(self, title, describe_validation(error))
                    continue
                self._run_all(title, steps)
                return
        finally:
            dialog.deleteLater()

    def add_support(self) -> None:
        row = self.selected()
        if self.session is None or self.alliance_id is None or row is None or row.target is None:
            return
        session, db, alliance_id = self.session, self.session.db, self.alliance_id
        texts = kind_texts("action")
        base = blank(Action, alliance_id=alliance_id, development_target_id=row.target.target_id)
        added = add_record(
            session,
            lambda record, commit: FollowUpDialog(
                texts["add_title"],
                record,
                commit,
                session.today(),
                sources_of(db, "action", alliance_id),
                follow_up.owners(db, follow_up.KINDS["action"], alliance_id),
                self,
                targets_of(db, "action", alliance_id),
            ),
            base,
            lambda record: texts["added"].format(title=record.title),
        )
        if added is not None:
            self.support_added.emit(added)
