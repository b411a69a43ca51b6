"""The profile page as a user meets it: start an alliance, fill in its profile and goals,
read the sponsors, delete it with everything it holds, and undo each of these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.evaluations import Evaluation
from alliance_desk.domain.follow_up import Action, Decision, Meeting, Risk
from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, framework_by_code
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.record_form import CommitDialog, write_editor
from alliance_desk.ui.views.profile.dialogs import NewAllianceDialog
from alliance_desk.ui.views.profile.page import ProfileView

TODAY = dt.date(2026, 5, 1)
MARKUP = "<b>Kestrel</b> & <i>Söhne</i> 🧪"
Answer = Callable[[Any], None]


@pytest.fixture
def window(qtbot: QtBot, translation: Translation) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    yield window
    window.close_workbook()


def open_page(window: MainWindow, path: Path, alliance_id: int | None = None) -> ProfileView:
    """Open the workbook, choose the alliance (the first by name if none) and the page."""
    assert window.open_path(path)
    assert window.session is not None
    window.session.today = lambda: TODAY
    if alliance_id is not None:
        window.alliance_box.setCurrentIndex(window.alliance_box.findData(alliance_id))
    view = next(view for view in window.views if isinstance(view, ProfileView))
    window.navigation.setCurrentRow(window.views.index(view))
    return view


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """What the user does in the next dialogs, in order; each dialog is then accepted."""
    queue: list[Answer] = []

    def exec_(dialog: Any) -> int:
        queue.pop(0)(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CommitDialog, "exec", exec_)
    monkeypatch.setattr(NewAllianceDialog, "exec", exec_)
    return queue


class Questions:
    """The confirmations asked, answered with the next reply (Yes when none is queued)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.replies: list[QMessageBox.StandardButton] = []

    def __call__(self, parent: object, title: str, text: str, *args: object) -> Any:
        self.asked.append(text)
        return self.replies.pop(0) if self.replies else QMessageBox.StandardButton.Yes


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    answering = Questions()
    monkeypatch.setattr(QMessageBox, "question", answering)
    return answering


def type_into(editor: QLineEdit, text: str) -> None:
    """Type ``text``; characters QTest cannot send as keys (beyond ASCII) come as if pasted."""
    editor.clear()
    for character in text:
        if ord(character) > 0x7E:
            editor.insert(character)
        else:
            QTest.keyClicks(editor, character)


def fill(**values: Any) -> Answer:
    """Fill a record dialog's editors the way a user would (typing the text fields)."""

    def answer(dialog: CommitDialog) -> None:
        for name, value in values.items():
            editor = dialog.form.editors[name]
            if isinstance(value, str) and isinstance(editor, QLineEdit):
                type_into(editor, value)
            else:
                write_editor(editor, value)

    return answer


def rows(window: MainWindow, table: str) -> list[dict[str, Any]]:
    assert window.session is not None
    return [dict(row) for row in window.session.db.query(f"SELECT * FROM {table} ORDER BY id")]


def shown(label: QLabel) -> str:
    """What a label shows; it must show it as plain text."""
    assert label.textFormat() == Qt.TextFormat.PlainText
    return label.text()


def seeded(path: Path, **alliance: Any) -> int:
    with open_workbook(path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Kestrel Diagnostics"))
        stored = records.insert(
            workbook.db, Alliance(partner_id=partner.id, **{"name": "Point-of-care", **alliance})
        )
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Aftercare"))
    return stored.id or 0


# New alliances ---------------------------------------------------------------------------


def test_new_alliance_with_a_new_partner_is_one_undo_step_and_gets_selected(
    window: MainWindow, workbook_path: Path, qtbot: QtBot, answers: list[Answer]
) -> None:
    view = open_page(window, workbook_path)
    assert view.empty_hint.isVisible() and not view.edit_profile_action.isEnabled()
    assert view.new_alliance_button.isEnabled()

    def answer(dialog: NewAllianceDialog) -> None:
        assert dialog.new.isChecked() and not dialog.existing.isEnabled()  # no partners yet
        type_into(dialog.partner_name, MARKUP)
        fill(
            name="Point-of-care co-development",
            alliance_type="co_development",
            lifecycle_stage="partner_selection",
        )(dialog)

    answers.append(answer)
    with qtbot.waitSignal(view.alliance_chosen) as chosen:
        qtbot.mouseClick(view.new_alliance_button, Qt.MouseButton.LeftButton)
    new_id = chosen.args[0]
    assert window.alliance_box.currentData() == new_id
    assert window.current_view() is view and view.alliance_id == new_id
    assert shown(view.status_line.heading) == "Point-of-care co-development"
    assert shown(view.facts.summary.values["partner"]) == MARKUP
    assert shown(view.facts.summary.values["lifecycle_stage"]).startswith("Partner selection")
    assert [row["name"] for row in rows(window, "organisation") if not row["is_own"]] == [MARKUP]

    assert window.session is not None
    assert window.session.undo_stack.count() == 1
    window.session.undo_stack.undo()
    assert rows(window, "alliance") == []
    assert [row["name"] for row in rows(window, "organisation") if not row["is_own"]] == []
    assert view.empty_hint.isVisible()
    window.session.undo_stack.redo()
    assert [row["id"] for row in rows(window, "alliance")] == [new_id]
    assert [row["name"] for row in rows(window, "organisation") if not row["is_own"]] == [MARKUP]
    assert window.alliance_box.findData(new_id) >= 0


def test_new_alliance_with_an_existing_partner(
    window: MainWindow, workbook_path: Path, qtbot: QtBot, answers: list[Answer]
) -> None:
    view = open_page(window, workbook_path, seeded(workbook_path))
    organisations = len(rows(window, "organisation"))

    def answer(dialog: NewAllianceDialog) -> None:
        assert dialog.existing.isChecked()
        assert dialog.partner_box.currentText() == "Kestrel Diagnostics"
        fill(name="Benelux distribution", alliance_type="distribution")(dialog)

    answers.append(answer)
    view.new_alliance_action.trigger()
    alliance = rows(window, "alliance")[-1]
    assert (alliance["name"], alliance["partner_id"], alliance["alliance_type"]) == (
        "Benelux distribution",
        1 + 1,  # our own organisation is number 1
        "distribution",
    )
    assert len(rows(window, "organisation")) == organisations
    assert window.alliance_box.currentData() == alliance["id"]
    assert shown(view.status_line.heading) == "Benelux distribution"
    assert view.facts.shared_partner_note.isVisible()  # Kestrel is now in three alliances


def test_new_alliance_without_a_name_stays_open_and_says_why(
    window: MainWindow, workbook_path: Path, answers: list[Answer]
) -> None:
    view = open_page(window, workbook_path)
    seen: list[NewAllianceDialog] = []

    def answer(dialog: NewAllianceDialog) -> None:
        QTest.keyClicks(dialog.partner_name, "Kestrel")
        seen.append(dialog)

    answers.append(answer)
    view.new_alliance_action.trigger()
    assert "a value is required" in seen[0].form.problem.text()
    assert rows(window, "alliance") == []
    assert window.session is not None and window.session.undo_stack.count() == 0


# Editing the profile ---------------------------------------------------------------------


def test_edit_profile_shows_every_field_and_undoes_in_one_step(
    window: MainWindow, workbook_path: Path, qtbot: QtBot, answers: list[Answer]
) -> None:
    alliance_id = seeded(workbook_path)
    view = open_page(window, workbook_path, alliance_id)
    answers.append(
        fill(
            name="Point-of-care co-development",
            alliance_type="co_development",
            lifecycle_stage="value_creation",
            status_rag="amber",
            status_reason="Roadmap slipped one quarter",
            start_date=dt.date(2024, 3, 1),
            renewal_date=dt.date(2026, 9, 28),
            contract_reference="NW-KD-2024-017",
            health_check_interval_days=120,
            description="A point-of-care analyser with cloud reporting.",
            our_resources="Software team of 12",
            partner_resources="Analyser hardware, CE marking",
        )
    )
    view.edit_profile_button.setFocus()
    qtbot.keyClick(view.edit_profile_button, Qt.Key.Key_F2)
    assert not answers  # F2 opened the dialog
    facts = view.facts.summary.values
    assert shown(view.status_line.heading) == "Point-of-care co-development"
    assert shown(view.status_line.text) == "Status Amber: Roadmap slipped one quarter"
    assert view.status_line.symbol.text() == "▲"  # a shape, not colour alone
    assert shown(facts["alliance_type"]) == "Co-development"
    assert shown(facts["lifecycle_stage"]) == "Value creation (stage 6 of 8)"
    assert shown(facts["start_date"]) == "2024-03-01"
    assert shown(facts["renewal_date"]) == "2026-09-28 (in 150 days)"
    assert shown(facts["contract_reference"]) == "NW-KD-2024-017"
    assert shown(facts["health_check_interval_days"]) == "Every 120 days"
    about = view.facts.about_texts
    assert shown(about["description"]) == "A point-of-care analyser with cloud reporting."
    assert shown(about["our_resources"]) == "Software team of 12"
    assert shown(about["partner_resources"]) == "Analyser hardware, CE marking"
    stored = records.get(window.session.db, Alliance, alliance_id)  # type: ignore[union-attr]
    assert (stored.status_rag, stored.health_check_interval_days) == ("amber", 120)

    stack = window.session.undo_stack  # type: ignore[union-attr]
    assert stack.count() == 1
    stack.undo()
    assert shown(view.status_line.heading) == "Point-of-care"
    assert shown(facts["contract_reference"]) == "—"
    assert shown(about["description"]) == "Not written down yet."
    stack.redo()
    assert shown(facts["contract_reference"]) == "NW-KD-2024-017"

    # Enter on the page opens the same dialog; OK without a change adds no undo step.
    answers.append(fill())
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not answers and stack.count() == 1


def test_a_refused_profile_keeps_the_dialog_open(
    window: MainWindow, workbook_path: Path, answers: list[Answer]
) -> None:
    view = open_page(window, workbook_path, seeded(workbook_path))
    seen: list[CommitDialog] = []

    def answer(dialog: CommitDialog) -> None:
        fill(start_date=dt.date(2026, 1, 1), renewal_date=dt.date(2025, 1, 1))(dialog)
        seen.append(dialog)

    answers.append(answer)
    view.edit_profile_action.trigger()
    assert "before the Start date" in seen[0].form.problem.text()
    assert window.session is not None and window.session.undo_stack.count() == 0


def test_edit_partner_organisation(
    window: MainWindow, workbook_path: Path, qtbot: QtBot, answers: list[Answer]
) -> None:
    view = open_page(window, workbook_path, seeded(workbook_path))
    answers.append(
        fill(
            name=MARKUP,
            sector="Medical devices",
            country="Germany",
            website="https://kestrel.example",
            notes="Family-owned.\nNew CEO in 2025.",
        )
    )
    qtbot.mouseClick(view.edit_partner_button, Qt.MouseButton.LeftButton)
    values = view.facts.partner_box.values
    assert shown(values["name"]) == MARKUP
    assert shown(view.facts.summary.values["partner"]) == MARKUP
    assert shown(values["sector"]) == "Medical devices"
    assert shown(values["country"]) == "Germany"
    assert shown(values["website"]) == "https://kestrel.example"
    assert shown(values["notes"]) == "Family-owned.\nNew CEO in 2025."
    assert MARKUP in window.alliance_box.currentText()  # the chooser follows
    window.session.undo_stack.undo()  # type: ignore[union-attr]
    assert shown(values["name"]) == "Kestrel Diagnostics"
    assert shown(values["sector"]) == "—"


# Goals -------------------------------------------------------------------------------------


def cards(view: ProfileView, kind: str) -> list[tuple[str, str]]:
    column = next(column for k, column in view.goal_columns.items() if k.value == kind)
    return [(shown(card.description), card.progress.text()) for card in column.cards]


def test_goals_stand_in_three_columns_with_their_progress(
    window: MainWindow,
    workbook_path: Path,
    qtbot: QtBot,
    answers: list[Answer],
    questions: Questions,
) -> None:
    view = open_page(window, workbook_path, seeded(workbook_path))
    columns = {kind.value: column for kind, column in view.goal_columns.items()}
    assert columns["shared"].hint.isVisible()
    assert shown(columns["shared"].hint) == "No shared goals yet: what do both sides want?"
    assert columns["ours"].title() == "Our goals"

    answers.append(fill(description="Enter the German market", progress=35))
    qtbot.mouseClick(columns["ours"].add_button, Qt.MouseButton.LeftButton)
    answers.append(fill(description="Service revenue", measure="Share of revenue", progress=20))
    qtbot.mouseClick(columns["partner"].add_button, Qt.MouseButton.LeftButton)
    answers.append(fill(description=MARKUP, target_date=dt.date(2026, 3, 31), progress=55))
    qtbot.mouseClick(columns["shared"].add_button, Qt.MouseButton.LeftButton)

    assert cards(view, "ours") == [("Enter the German market", "35 %")]
    assert cards(view, "partner") == [("Service revenue", "20 %")]
    assert cards(view, "shared") == [(MARKUP, "55 %")]
    assert not columns["shared"].hint.isVisible()
    shared = columns["shared"].cards[0]
    assert shared.progress.value() == 55
    assert shown(shared.target) == "Target: 2026-03-31 (passed, not reached)"
    assert shown(columns["partner"].cards[0].measure) == "Measure: Share of revenue"
    stack = window.session.undo_stack  # type: ignore[union-attr]
    assert stack.count() == 3
    stack.undo()
    assert cards(view, "shared") == [] and columns["shared"].hint.isVisible()
    stack.redo()
    assert cards(view, "shared") == [(MARKUP, "55 %")]

    # Edit: more progress, and it turns out to be a shared goal.
    answers.append(fill(kind="shared", progress=60))
    qtbot.mouseClick(columns["ours"].cards[0].edit_button, Qt.MouseButton.LeftButton)
    assert cards(view, "ours") == []
    assert ("Enter the German market", "60 %") in cards(view, "shared")
    stack.undo()
    assert cards(view, "ours") == [("Enter the German market", "35 %")]
    stack.redo()

    # Delete asks first; No keeps the goal, Yes deletes it; undo brings it back.
    victim = columns["partner"].cards[0]
    questions.replies.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(victim.delete_button, Qt.MouseButton.LeftButton)
    assert "Service revenue" in questions.asked[-1]
    assert cards(view, "partner") == [("Service revenue", "20 %")]
    qtbot.mouseClick(columns["partner"].cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert cards(view, "partner") == []
    assert len(rows(window, "goal")) == 2
    stack.undo()
    assert cards(view, "partner") == [("Service revenue", "20 %")]
    stack.redo()
    assert cards(view, "partner") == []


def test_goal_cards_answer_to_the_keyboard(
    window: MainWindow,
    workbook_path: Path,
    qtbot: QtBot,
    answers: list[Answer],
    questions: Questions,
) -> None:
    alliance_id = seeded(workbook_path)
    with open_workbook(workbook_path) as workbook:
        records.insert(
            workbook.db, Goal(alliance_id=alliance_id, kind="ours", description="Grow", progress=5)
        )
    view = open_page(window, workbook_path, alliance_id)
    card = next(iter(view.goal_columns.values())).cards[0]
    card.setFocus()
    answers.append(fill(progress=15))
    qtbot.keyClick(card, Qt.Key.Key_F2)  # F2 on a goal edits the goal, not the profile
    assert rows(window, "goal")[0]["progress"] == 15
    assert rows(window, "alliance")[0]["name"] == "Point-of-care"
    card = next(iter(view.goal_columns.values())).cards[0]
    assert window.focusWidget() is card  # the focus stays on the goal after a reload
    qtbot.keyClick(card, Qt.Key.Key_Delete)
    assert questions.asked and rows(window, "goal") == []
    assert not QtGui.mightBeRichText(questions.asked[0])


# Sponsors ----------------------------------------------------------------------------------


def test_sponsors_show_where_they_stand_and_how_that_moved(
    window: MainWindow, workbook_path: Path
) -> None:
    alliance_id = seeded(workbook_path)
    with open_workbook(workbook_path) as workbook:
        db = workbook.db
        sponsor = records.insert(
            db,
            Stakeholder(
                alliance_id=alliance_id,
                side="us",
                name=MARKUP,
                department="Executive board",
                role="Chief Commercial Officer",
                seniority="executive",
                is_sponsor=True,
            ),
        )
        for day, power, interest, attitude in (
            ("2025-09-01", 9, 6, "neutral"),
            ("2026-03-01", 9, 8, "supporter"),
        ):
            records.insert(
                db,
                StakeholderAssessment(
                    stakeholder_id=sponsor.id,
                    assessed_on=day,
                    power=power,
                    interest=interest,
                    attitude=attitude,
                ),
            )
        records.insert(  # a partner person who is not their sponsor
            db, Stakeholder(alliance_id=alliance_id, side="partner", name="Jan", department="R&D")
        )
    view = open_page(window, workbook_path, alliance_id)
    ours, theirs = (view.sponsor_panels[side] for side in sorted(view.sponsor_panels))
    if ours.side.value != "us":
        ours, theirs = theirs, ours
    assert shown(ours.name) == MARKUP
    assert shown(ours.role) == "Chief Commercial Officer"
    assert shown(ours.department) == "Executive board (Executive)"
    assert shown(ours.attitude) == "Supporter ↑ (was Neutral: warmer)"
    assert shown(ours.standing) == "Power 9, interest 8: manage closely (was 9, 6)"
    assert shown(ours.assessed) == "2026-03-01 (before that 2025-09-01)"
    assert not ours.hint.isVisible()
    assert theirs.hint.isVisible() and not theirs.name.isVisible()
    assert "No sponsor on the partner's side yet" in shown(theirs.hint)
    with_record: list[tuple[str, int]] = []
    view.open_record.connect(lambda table, record: with_record.append((table, record)))
    ours.open_button.click()
    assert with_record == [("stakeholder", sponsor.id)]


# Deleting an alliance ----------------------------------------------------------------------


def fill_everything(path: Path, alliance_id: int) -> None:
    with open_workbook(path) as workbook:
        db = workbook.db
        for kind in ("ours", "partner", "shared"):
            records.insert(db, Goal(alliance_id=alliance_id, kind=kind, description=kind))
        people = [
            records.insert(
                db, Stakeholder(alliance_id=alliance_id, side=side, name=side, department="Sales")
            )
            for side in ("us", "partner", "partner")
        ]
        for person in people[:2]:
            records.insert(
                db,
                StakeholderAssessment(
                    stakeholder_id=person.id, assessed_on="2026-01-01", power=5, interest=5
                ),
            )
        framework = framework_by_code(db, DEFAULT_EVALUATION)
        evaluation = records.insert(
            db,
            Evaluation(
                alliance_id=alliance_id,
                framework_id=framework.id,
                evaluated_on="2026-02-01",
                respondent_side="us",
            ),
        )
        meeting = records.insert(
            db, Meeting(alliance_id=alliance_id, held_on="2026-02-02", title="SteerCo")
        )
        records.insert(
            db, Action(alliance_id=alliance_id, title="Plan", source_evaluation_id=evaluation.id)
        )
        records.insert(
            db, Action(alliance_id=alliance_id, title="Minutes", source_meeting_id=meeting.id)
        )
        records.insert(db, Decision(alliance_id=alliance_id, title="Fund phase 2"))
        records.insert(db, Risk(alliance_id=alliance_id, title="Key engineer leaves"))


TABLES = ["alliance", "organisation", "goal", "stakeholder", "stakeholder_assessment"]
TABLES += ["evaluation", "meeting", "action", "decision", "risk"]


def test_delete_alliance_says_what_goes_and_undo_brings_it_all_back(
    window: MainWindow, workbook_path: Path, qtbot: QtBot, questions: Questions
) -> None:
    alliance_id = seeded(workbook_path, name=MARKUP)
    fill_everything(workbook_path, alliance_id)
    view = open_page(window, workbook_path, alliance_id)
    before = {table: rows(window, table) for table in TABLES}

    questions.replies.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_alliance_button, Qt.MouseButton.LeftButton)
    asked = questions.asked[0]
    for line in (
        "Goals: 3",
        "Stakeholders: 3",
        "Stakeholder assessments: 2",
        "Health checks: 1",
        "Meetings: 1",
        "Actions: 2",
        "Decisions: 1",
        "Risks: 1",
    ):
        assert f"• {line}" in asked
    assert MARKUP in asked and "Kestrel Diagnostics" in asked
    assert "Pulse checks" not in asked  # only what there is
    assert not QtGui.mightBeRichText(asked)  # names are shown as typed
    assert {table: rows(window, table) for table in TABLES} == before  # "No" kept it all

    qtbot.mouseClick(view.delete_alliance_button, Qt.MouseButton.LeftButton)
    assert rows(window, "goal") == rows(window, "action") == rows(window, "stakeholder") == []
    assert [row["name"] for row in rows(window, "alliance")] == ["Aftercare"]
    assert len(rows(window, "organisation")) == len(before["organisation"])  # the partner stays
    assert window.alliance_box.findData(alliance_id) == -1
    assert shown(view.status_line.heading) == "Aftercare"  # the window moved on

    window.session.undo_stack.undo()  # type: ignore[union-attr]
    assert {table: rows(window, table) for table in TABLES} == before
    window.alliance_box.setCurrentIndex(window.alliance_box.findData(alliance_id))
    assert shown(view.status_line.heading) == MARKUP
    assert [len(column.cards) for column in view.goal_columns.values()] == [1, 1, 1]


def test_a_new_alliance_has_nothing_to_take_with_it(
    window: MainWindow, workbook_path: Path, questions: Questions
) -> None:
    view = open_page(window, workbook_path, seeded(workbook_path))
    questions.replies.append(QMessageBox.StandardButton.No)
    view.delete_alliance_action.trigger()
    assert "Nothing else is recorded for it yet." in questions.asked[0]


# Without a workbook, and in Dutch -------------------------------------------------------


def test_without_a_workbook_nothing_can_be_done(window: MainWindow) -> None:
    view = next(view for view in window.views if isinstance(view, ProfileView))
    window.navigation.setCurrentRow(window.views.index(view))
    assert view.title() == "Profile"
    assert not view.new_alliance_action.isEnabled()
    assert not view.delete_alliance_action.isEnabled()
    assert view.empty_hint.isVisible()


def test_switching_language_retranslates_the_page(
    window: MainWindow, workbook_path: Path, translation: Translation, qtbot: QtBot
) -> None:
    view = open_page(window, workbook_path, seeded(workbook_path))
    ours = next(iter(view.goal_columns.values()))
    translation.switch("nl")
    # The page retranslates on the LanguageChange event, which Qt posts.
    qtbot.waitUntil(lambda: ours.title() == "Onze doelen")
    translation.switch("en")
    qtbot.waitUntil(lambda: ours.title() == "Our goals")
    assert shown(view.status_line.heading) == "Point-of-care"


def test_tab_goes_through_the_page_as_it_reads(window: MainWindow, workbook_path: Path) -> None:
    alliance_id = seeded(workbook_path)
    with open_workbook(workbook_path) as workbook:
        for kind in ("shared", "ours"):
            records.insert(workbook.db, Goal(alliance_id=alliance_id, kind=kind, description=kind))
    view = open_page(window, workbook_path, alliance_id)
    ours, theirs, shared = view.goal_columns.values()
    expected = [
        view.edit_profile_button,
        view.edit_partner_button,
        view.new_alliance_button,
        view.delete_alliance_button,
        ours.cards[0],
        ours.add_button,
        theirs.add_button,
        shared.cards[0],
        shared.add_button,
    ]
    walked = [expected[0]]
    while len(walked) < len(expected):
        walked.append(walked[-1].nextInFocusChain())
        while not walked[-1].isVisible() or walked[-1].focusPolicy() & Qt.FocusPolicy.TabFocus == 0:
            walked[-1] = walked[-1].nextInFocusChain()
    assert walked == expected
    for widget in expected[:4] + [ours.add_button]:
        assert widget.accessibleName()
