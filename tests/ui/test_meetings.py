"""The meetings page as a user meets it: record a meeting, see it newest first with what
came from it, edit, delete (what came from it stays, without a source), undo, start an
action from a meeting, and find a meeting from the search box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.follow_up import Action, Decision, Meeting
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.meetings.model import MeetingsModel
from alliance_desk.ui.views.meetings.page import MeetingsView

TODAY = dt.date(2026, 11, 15)
Fill = Callable[[RecordDialog], None]


@pytest.fixture
def alliances(session: Session) -> tuple[Alliance, Alliance]:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    kestrel = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))
    other = records.insert(session.db, Alliance(partner_id=partner.id, name="Benelux sales"))
    steerco = records.insert(
        session.db,
        Meeting(
            alliance_id=kestrel.id,
            held_on="2026-10-02",
            title="Steerco Q3",
            notes="Pilot yield at 84%.\nThree-batch trial agreed.",
        ),
    )
    records.insert(
        session.db,
        Meeting(alliance_id=kestrel.id, held_on="2026-03-01", kind="workshop", title="Kick-off"),
    )
    records.insert(
        session.db, Meeting(alliance_id=other.id, held_on="2026-11-01", title="Benelux review")
    )
    for title in ("Run the trial", "Send the forecast"):
        records.insert(
            session.db,
            Action(alliance_id=kestrel.id, title=title, source_meeting_id=steerco.id,
                   due_date="2026-12-01"),
        )  # fmt: skip
    records.insert(session.db, Action(alliance_id=kestrel.id, title="Book the workshop"))
    records.insert(
        session.db,
        Decision(alliance_id=kestrel.id, title="Fund site two", source_meeting_id=steerco.id),
    )
    return kestrel, other


@pytest.fixture
def view(
    session: Session, alliances: tuple[Alliance, Alliance], qtbot: QtBot, translation: Translation
) -> Iterator[MeetingsView]:
    view = MeetingsView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.set_session(session)
    view.set_alliance(alliances[0].id)
    session.changed.connect(view.on_changed)
    yield view
    view.set_session(None)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[Fill]:
    """What the user does in the next dialogs, in order."""
    queue: list[Fill] = []

    def exec_(dialog: RecordDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    return queue


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Say yes to every question; the questions asked are kept."""
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def fill(qtbot: QtBot, **values: object) -> Fill:
    """Type and choose like a user: text is typed, dates set, the kind chosen by code."""

    def act(dialog: RecordDialog) -> None:
        for name, value in values.items():
            editor = dialog.form.editors[name]
            if isinstance(value, dt.date):
                editor.set_value(value)  # type: ignore[attr-defined]
            elif name == "kind":
                editor.setCurrentIndex(editor.findData(value))  # type: ignore[attr-defined]
            else:
                editor.clear()  # type: ignore[attr-defined]
                qtbot.keyClicks(editor, str(value))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return act


def cells(model: MeetingsModel, key: str) -> list[str]:
    column = model.column_of(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose_row(qtbot: QtBot, view: MeetingsView, title: str) -> None:
    assert view.model is not None
    row = cells(view.model, "title").index(title)
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def sourced(view: MeetingsView) -> list[tuple[str, ...]]:
    return [
        tuple(view.sourced.topLevelItem(row).text(column) for column in range(4))
        for row in range(view.sourced.topLevelItemCount())
    ]


def test_the_alliances_meetings_newest_first_with_what_came_from_each(
    view: MeetingsView, qtbot: QtBot
) -> None:
    model = view.model
    assert model is not None
    assert cells(model, "title") == ["Steerco Q3", "Kick-off"]  # not the other alliance's
    assert cells(model, "held_on") == ["2026-10-02", "2026-03-01"]
    assert cells(model, "kind") == ["Steering committee", "Workshop"]
    assert cells(model, "actions") == ["2", "0"] and cells(model, "decisions") == ["1", "0"]
    assert not view.edit_button.isEnabled() and not view.new_action_button.isEnabled()

    choose_row(qtbot, view, "Steerco Q3")
    assert view.heading.text() == "2 Oct 2026 · Steering committee: Steerco Q3"
    assert view.notes.toPlainText() == "Pilot yield at 84%.\nThree-batch trial agreed."
    assert sourced(view) == [
        ("Action", "Run the trial", "Open", "2026-12-01"),
        ("Action", "Send the forecast", "Open", "2026-12-01"),
        ("Decision", "Fund site two", "Asked, awaiting decision", ""),
    ]
    # Enter or a double click on one of them asks the window to open it on its own page.
    with qtbot.waitSignal(view.open_record) as blocker:
        view.sourced.itemActivated.emit(view.sourced.topLevelItem(2), 0)
    decision_id = view.session.db.scalar("SELECT id FROM decision")  # type: ignore[union-attr]
    assert blocker.args == ["decision", decision_id]
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["history:meeting", view.selected_id()]

    choose_row(qtbot, view, "Kick-off")
    assert sourced(view) == [] and view.notes.toPlainText() == ""


def test_add_and_edit_a_meeting_through_the_dialog_then_undo(
    view: MeetingsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    model = view.model
    assert model is not None
    dialogs.append(
        fill(
            qtbot,
            held_on=dt.date(2026, 11, 12),
            kind="executive_review",
            title="Executive review 2026",
            notes="Both CEOs present.",
        )
    )
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert cells(model, "title") == ["Executive review 2026", "Steerco Q3", "Kick-off"]
    assert cells(model, "kind")[0] == "Executive review"
    stored = session.db.query_one("SELECT * FROM meeting WHERE title = 'Executive review 2026'")
    assert (stored["held_on"], stored["kind"], stored["notes"]) == (
        "2026-11-12",
        "executive_review",
        "Both CEOs present.",
    )
    assert view.selected_id() == stored["id"]  # the new meeting is the chosen row
    assert view.notes.toPlainText() == "Both CEOs present."
    assert session.undo_stack.undoText() == "Add meeting “Executive review 2026”"
    assert session.db.scalar(
        "SELECT count(*) FROM audit_log WHERE table_name = 'meeting' AND record_id = :id",
        {"id": stored["id"]},
    )

    # A new meeting starts on today's date, as a steering committee.
    def look(dialog: RecordDialog) -> None:
        assert dialog.form.editors["held_on"].value() == TODAY  # type: ignore[attr-defined]
        assert dialog.form.editors["kind"].currentData() == "steering_committee"  # type: ignore[attr-defined]
        dialog.reject()

    dialogs.append(look)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 1

    # Enter on the chosen row edits it; an earlier date moves it down the list.
    choose_row(qtbot, view, "Executive review 2026")
    dialogs.append(fill(qtbot, held_on=dt.date(2026, 9, 1), title="Executive review"))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert cells(model, "title") == ["Steerco Q3", "Executive review", "Kick-off"]
    assert view.selected_id() == stored["id"]  # still chosen
    assert session.undo_stack.undoText() == "Edit meeting “Executive review 2026”"

    session.undo_stack.undo()
    assert cells(model, "title") == ["Executive review 2026", "Steerco Q3", "Kick-off"]
    session.undo_stack.undo()
    assert cells(model, "title") == ["Steerco Q3", "Kick-off"]
    assert (
        session.db.scalar("SELECT count(*) FROM meeting WHERE id = :id", {"id": stored["id"]}) == 0
    )
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert cells(model, "title") == ["Steerco Q3", "Executive review", "Kick-off"]


def test_an_empty_title_is_refused_with_the_rules_message_and_nothing_written(
    view: MeetingsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    seen: list[str] = []

    def no_title(dialog: RecordDialog) -> None:
        dialog.form.editors["title"].clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.form.editors["notes"], "Nobody gave it a name")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        seen.append(dialog.form.problem.text())
        assert dialog.isVisible()
        assert dialog.focusWidget() is dialog.form.editors["title"]
        dialog.reject()

    before = session.db.scalar("SELECT count(*) FROM audit_log")
    dialogs.append(no_title)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["Title: a value is required."]

    # Emptying the title of a stored meeting is refused the same way.
    choose_row(qtbot, view, "Kick-off")
    dialogs.append(no_title)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert seen[1] == "Title: a value is required."
    assert session.undo_stack.count() == 0
    assert session.db.scalar("SELECT count(*) FROM meeting") == 3
    assert session.db.scalar("SELECT count(*) FROM audit_log") == before
    assert session.db.scalar("SELECT title FROM meeting WHERE held_on = '2026-03-01'") == "Kick-off"


def test_delete_says_what_happens_to_its_actions_and_undo_brings_the_links_back(
    view: MeetingsView, session: Session, qtbot: QtBot, answers: list[str]
) -> None:
    model = view.model
    assert model is not None
    steerco = session.db.scalar("SELECT id FROM meeting WHERE title = 'Steerco Q3'")
    choose_row(qtbot, view, "Steerco Q3")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert answers == [
        "Delete this meeting?\n\n"
        "“Steerco Q3”, Steering committee of 2 Oct 2026\n\n"
        "It is named as the source of:\n"
        "• 2 actions\n"
        "• 1 decision\n"
        "They are not deleted: they stay, without a source. "
        "Undo (Ctrl+Z) brings the meeting back and names it as their source again."
    ]
    assert cells(model, "title") == ["Kick-off"]
    assert view.selected_id() is None and sourced(view) == []
    # ON DELETE SET NULL: the actions and the decision stay, without a source.
    assert session.db.scalar("SELECT count(*) FROM action") == 3
    assert session.db.scalar("SELECT count(*) FROM decision") == 1
    assert session.db.scalar("SELECT count(*) FROM action WHERE source_meeting_id IS NULL") == 3
    assert session.db.scalar("SELECT source_meeting_id FROM decision") is None
    assert session.undo_stack.undoText() == "Delete meeting “Steerco Q3”"

    session.undo_stack.undo()
    assert cells(model, "title") == ["Steerco Q3", "Kick-off"]
    assert cells(model, "actions") == ["2", "0"] and cells(model, "decisions") == ["1", "0"]
    assert session.db.scalar("SELECT id FROM meeting WHERE title = 'Steerco Q3'") == steerco
    assert (
        session.db.scalar(
            "SELECT count(*) FROM action WHERE source_meeting_id = :id", {"id": steerco}
        )
        == 2
    )
    assert session.db.scalar("SELECT source_meeting_id FROM decision") == steerco
    assert session.db.scalar("SELECT notes FROM meeting WHERE id = :id", {"id": steerco}) == (
        "Pilot yield at 84%.\nThree-batch trial agreed."
    )
    session.undo_stack.redo()
    assert cells(model, "title") == ["Kick-off"]

    # A meeting nothing came from says so; the Delete key asks too.
    choose_row(qtbot, view, "Kick-off")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert answers[1].endswith(
        "No action or decision names it as its source. Undo (Ctrl+Z) brings it back."
    )
    assert model.rowCount() == 0 and view.empty.isVisible()


def test_no_answer_deletes_nothing(
    view: MeetingsView, session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    choose_row(qtbot, view, "Steerco Q3")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert session.db.scalar("SELECT count(*) FROM meeting") == 3
    assert session.undo_stack.count() == 0


def test_a_new_action_and_decision_from_the_meeting_have_it_as_source(
    view: MeetingsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    model = view.model
    assert model is not None
    choose_row(qtbot, view, "Kick-off")
    kick_off = view.selected_id()
    chosen: list[str] = []

    def add_action(dialog: RecordDialog) -> None:
        chosen.append(dialog.source.currentText())  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.form.editors["title"], "Write up the workshop")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    dialogs.append(add_action)
    qtbot.mouseClick(view.new_action_button, Qt.MouseButton.LeftButton)
    assert chosen == ["Meeting 2026-03-01: Kick-off"]
    assert (
        session.db.scalar(
            "SELECT source_meeting_id FROM action WHERE title = 'Write up the workshop'"
        )
        == kick_off
    )
    assert session.undo_stack.undoText() == "Add action “Write up the workshop”"
    assert cells(model, "actions") == ["2", "1"]
    assert view.selected_id() == kick_off
    assert sourced(view) == [("Action", "Write up the workshop", "Open", "")]

    dialogs.append(fill(qtbot, title="Agree the IP split"))
    qtbot.mouseClick(view.new_decision_button, Qt.MouseButton.LeftButton)
    assert cells(model, "decisions") == ["1", "1"]
    assert [row[1] for row in sourced(view)] == ["Write up the workshop", "Agree the IP split"]

    session.undo_stack.undo()
    session.undo_stack.undo()
    assert cells(model, "actions") == ["2", "0"] and sourced(view) == []


def test_markup_and_emoji_in_a_title_show_as_typed(
    view: MeetingsView, session: Session, qtbot: QtBot, dialogs: list[Fill], answers: list[str]
) -> None:
    title = "<b>R&D</b> review 🚀 <i>café</i>"

    def type_it(dialog: RecordDialog) -> None:
        # Typed where QTest can type (ASCII); the rest pasted, as a user would paste it.
        line = dialog.form.editors["title"]
        qtbot.keyClicks(line, "<b>R&D</b> review ")
        line.insert("🚀")  # type: ignore[attr-defined]
        qtbot.keyClicks(line, " <i>caf")
        line.insert("é")  # type: ignore[attr-defined]
        qtbot.keyClicks(line, "</i>")
        notes = dialog.form.editors["notes"]
        qtbot.keyClicks(notes, "<script>x</script> ")
        notes.insertPlainText("✓")  # type: ignore[attr-defined]
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    dialogs.append(type_it)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert (
        session.db.scalar("SELECT title FROM meeting WHERE id = :id", {"id": view.selected_id()})
        == title
    )
    assert view.model is not None and cells(view.model, "title")[0] == title
    assert view.heading.text() == f"15 Nov 2026 · Steering committee: {title}"
    assert view.heading.textFormat() == Qt.TextFormat.PlainText
    assert view.notes.toPlainText() == "<script>x</script> ✓"

    def look(dialog: RecordDialog) -> None:
        assert dialog.form.editors["title"].text() == title  # type: ignore[attr-defined]
        dialog.reject()

    dialogs.append(look)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 1  # cancelled: nothing changed
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    # The first line holds no markup, so the message box shows the title as typed.
    assert answers[0].startswith(f"Delete this meeting?\n\n“{title}”")
    session.undo_stack.undo()
    assert cells(view.model, "title")[0] == title


def test_show_record_selects_a_meeting_and_leaves_other_tables_alone(
    view: MeetingsView, session: Session
) -> None:
    kick_off = session.db.scalar("SELECT id FROM meeting WHERE title = 'Kick-off'")
    assert view.show_record("meeting", kick_off)
    assert view.selected_id() == kick_off and view.heading.text().endswith("Kick-off")
    assert not view.show_record("meeting", 9999)
    assert not view.show_record("action", 1)


def test_the_model_passes_the_model_tester(
    view: MeetingsView,
    qtmodeltester,  # noqa: ANN001
) -> None:
    assert view.model is not None
    qtmodeltester.check(view.model)
    view.table.sortByColumn(view.model.column_of("kind"), Qt.SortOrder.DescendingOrder)
    assert cells(view.model, "kind") == ["Workshop", "Steering committee"]
    qtmodeltester.check(view.model)


def test_a_search_hit_opens_the_meetings_page_with_the_meeting_chosen(
    qtbot: QtBot,
    translation: Translation,
    workbook_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from alliance_desk.ui.dialogs.search import SearchDialog
    from alliance_desk.ui.main_window import MainWindow

    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Kestrel Systems"))
        for name in ("Aardvark alliance", "Kestrel co-dev"):
            records.insert(workbook.db, Alliance(partner_id=partner.id, name=name))
        records.insert(
            workbook.db, Meeting(alliance_id=2, held_on="2026-01-01", title="Older steerco")
        )
        wanted = records.insert(
            workbook.db,
            Meeting(alliance_id=2, held_on="2026-05-01", title="Steerco", notes="Zeppelin pilot"),
        )
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(workbook_path)
    try:
        titles = [view.title() for view in window.views]
        assert titles.index("Meetings") == titles.index("Actions & decisions") + 1
        assert titles.index("Organisations") == titles.index("Meetings") + 1
        assert titles.index("History") == titles.index("Organisations") + 1
        assert window.view_actions[titles.index("Meetings")].shortcut().toString() == (
            f"Ctrl+{titles.index('Meetings') + 1}"
        )
        assert window.alliance_box.currentData() == 1

        def run_dialog(dialog: SearchDialog) -> int:
            dialog.query.setText("zeppelin")
            dialog.run()
            dialog._enter()  # noqa: SLF001 - Enter in the search box
            return 1

        monkeypatch.setattr(SearchDialog, "exec", run_dialog)
        window.find_action.trigger()
        page = window.current_view()
        assert isinstance(page, MeetingsView)
        assert window.alliance_box.currentData() == 2 and page.alliance_id == 2
        assert page.selected_id() == wanted.id
        assert page.notes.toPlainText() == "Zeppelin pilot"

        # An edit elsewhere (here: a new action from the meeting) shows up on return.
        window.session.add(  # type: ignore[union-attr]
            Action(alliance_id=2, title="Call Zeppelin", source_meeting_id=wanted.id), "Add"
        )
        assert page.model is not None and cells(page.model, "actions") == ["1", "0"]
    finally:
        window.close_workbook()
