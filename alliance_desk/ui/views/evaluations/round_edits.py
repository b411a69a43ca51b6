"""Edits of questionnaire rounds from the rounds tab, each one undo step: make a round,
change an open one (deadline, more respondents), close or reopen it, delete it, and
record an action agreed in its joint session with the round as its source."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from alliance_desk.domain.codes import Language, RoundStatus
from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.rounds import QuestionnaireRound, RoundRespondent
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import follow_up, records, rounds
from alliance_desk.store.stakeholder_map import current_map, departments_in_use
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label
from alliance_desk.ui.language import current_language
from alliance_desk.ui.session import AddStep, ChangeStep, Session, Step
from alliance_desk.ui.views.evaluations.round_dialog import KeptRound, RoundDialog, RoundPlan
from alliance_desk.ui.views.follow_up.dialogs import (
    FollowUpDialog,
    blank,
    sources_of,
    targets_of,
)
from alliance_desk.ui.views.follow_up.texts import kind_texts
from alliance_desk.ui.views.record_edits import add_record


def _say(parent: QWidget, text: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            text + " " + QCoreApplication.translate("RoundEdits", "Undo with Ctrl+Z."), 8000
        )


def _dialog(
    parent: QWidget, session: Session, alliance_id: int, commit: object, kept: KeptRound | None
) -> RoundDialog:
    db = session.db
    return RoundDialog(
        commit,  # type: ignore[arg-type]
        session.today(),
        current_map(db, alliance_id),
        departments_in_use(db, alliance_id),
        Language(current_language()),
        db.scalar("SELECT id FROM organisation WHERE is_own = 1") is not None,
        kept,
        parent,
    )


def new_round(parent: QWidget, session: Session, alliance_id: int) -> int | None:
    """Ask for a round and make it; its id, or None when cancelled."""
    made: list[int] = []

    def commit(plan: RoundPlan) -> None:
        creation = rounds.RoundCreation(
            alliance_id, plan.kind, plan.held_on, plan.slots, plan.deadline
        )
        session.run(QCoreApplication.translate("RoundEdits", "New questionnaire round"), [creation])
        assert creation.round_id is not None
        made.append(creation.round_id)

    dialog = _dialog(parent, session, alliance_id, commit, None)
    if dialog.exec() != QDialog.DialogCode.Accepted or not made or dialog.plan is None:
        return None
    _say(
        parent,
        QCoreApplication.translate("RoundEdits", "Made the round of {date}.").format(
            date=notation.date_medium(dialog.plan.held_on)
        ),
    )
    return made[0]


def change_round(parent: QWidget, session: Session, round_id: int) -> bool:
    """Move the deadline of a round or add respondents to it (one undo step)."""
    db = session.db
    before = records.get(db, QuestionnaireRound, round_id)
    asked = rounds.respondents(db, round_id)
    names = {
        slot.stakeholder_id: records.get(db, Stakeholder, slot.stakeholder_id).name
        for slot in asked
        if slot.stakeholder_id is not None and not slot.anonymous  # as the tab shows them
    }
    kept = KeptRound(
        before,
        [
            rounds.Slot(
                slot.side,
                slot.department,
                slot.role,
                slot.stakeholder_id,
                slot.anonymous,
                slot.language,
            )
            for slot in asked
        ],
        names,
    )

    def commit(plan: RoundPlan) -> None:
        steps: list[Step] = []
        if plan.deadline != before.deadline:
            steps.append(ChangeStep(db, before, {"deadline": plan.deadline}))
        steps += [
            AddStep(RoundRespondent(round_id=round_id, **dataclasses.asdict(slot)))
            for slot in plan.slots
        ]
        if steps:
            session.run(
                QCoreApplication.translate("RoundEdits", "Change questionnaire round"), steps
            )

    dialog = _dialog(parent, session, before.alliance_id, commit, kept)
    return dialog.exec() == QDialog.DialogCode.Accepted


def close_round(parent: QWidget, session: Session, round_id: int) -> None:
    """Close an open round (no more answers are taken) or open a closed one again."""
    made = records.get(session.db, QuestionnaireRound, round_id)
    closing = made.status is RoundStatus.OPEN
    status = RoundStatus.CLOSED if closing else RoundStatus.OPEN
    text = (
        QCoreApplication.translate("RoundEdits", "Close questionnaire round")
        if closing
        else QCoreApplication.translate("RoundEdits", "Reopen questionnaire round")
    )
    session.change(made, text, status=status)
    _say(
        parent,
        QCoreApplication.translate("RoundEdits", "The round is now: {status}.").format(
            status=label(status)
        ),
    )


def delete_round(parent: QWidget, session: Session, round_id: int) -> bool:
    """Delete a round with its respondents, answers and results, after asking."""
    db = session.db
    made = records.get(db, QuestionnaireRound, round_id)
    answered = sum(1 for slot in rounds.respondents(db, round_id) if slot.answered_on)
    agreed = int(
        db.scalar("SELECT count(*) FROM action WHERE source_round_id = :id", {"id": round_id})
    )
    question = QCoreApplication.translate(
        "RoundEdits",
        "Delete the round of {date} ({kind}) with its respondents, their answers (answered: "
        "{answered}) and each side's result? You can undo this with Ctrl+Z.",
    ).format(date=notation.date_medium(made.held_on), kind=label(made.kind), answered=answered)
    if agreed:
        question += "\n\n" + QCoreApplication.translate(
            "RoundEdits",
            "Actions that name it as their source: {count}. They stay, without a source.",
        ).format(count=agreed)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("RoundEdits", "Delete questionnaire round"), question
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    session.remove(
        QuestionnaireRound,
        round_id,
        QCoreApplication.translate("RoundEdits", "Delete questionnaire round"),
    )
    return True


def add_agreed_action(parent: QWidget, session: Session, round_id: int) -> int | None:
    """The action form with the round already chosen as the action's source; the new
    action's id, or None when cancelled."""
    db = session.db
    made = records.get(db, QuestionnaireRound, round_id)
    texts = kind_texts("action")
    base = blank(Action, alliance_id=made.alliance_id, source_round_id=round_id)
    return add_record(
        session,
        lambda record, commit: FollowUpDialog(
            QCoreApplication.translate("RoundEdits", "Agreed action"),
            record,
            commit,
            session.today(),
            sources_of(db, "action", made.alliance_id),
            follow_up.owners(db, follow_up.KINDS["action"], made.alliance_id),
            parent,
            targets_of(db, "action", made.alliance_id),
        ),
        base,
        lambda record: texts["added"].format(title=record.title),
    )
