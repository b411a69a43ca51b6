"""The stakeholder page as a user meets it: add people, read the grouped table, drag markers
on the power/interest grid, re-assess, link counterparts and close gaps, undo it all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.store import records
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.record_form import CommitDialog, SuggestedLine, write_editor
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.stakeholders.dialogs import CounterpartDialog, StakeholderDialog
from alliance_desk.ui.views.stakeholders.marker import cell_centre
from alliance_desk.ui.views.stakeholders.models import KIND_ROLE, PeopleModel
from alliance_desk.ui.views.stakeholders.page import (
    COUNTERPARTS_TAB,
    MAP_TAB,
    PEOPLE_TAB,
    StakeholdersView,
)

TODAY = dt.date(2026, 11, 15)
Answer = Callable[[CommitDialog], None]


@pytest.fixture
def session(workbook_path: Path, qtbot: QtBot) -> Iterator[Session]:
    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Kestrel Diagnostics"))
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Point-of-care"))
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Aftercare"))
    session = Session(open_workbook(workbook_path))
    session.today = lambda: TODAY
    yield session
    session.close()


@pytest.fixture
def view(session: Session, qtbot: QtBot) -> StakeholdersView:
    view = StakeholdersView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_session(session)
    session.changed.connect(view.on_changed)  # as the main window does
    view.set_alliance(1)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """What the user does in the next dialogs, in order; each dialog is then accepted."""
    queue: list[Answer] = []

    def exec_(dialog: CommitDialog) -> int:
        queue.pop(0)(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CommitDialog, "exec", exec_)
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


def person(name: str, side: str, department: str, power: int = 5, interest: int = 5, **more: Any):
    """Fill the add-stakeholder dialog the way a user would."""

    def answer(dialog: CommitDialog) -> None:
        assert isinstance(dialog, StakeholderDialog) and dialog.assessment_form is not None
        editors = dialog.form.editors
        editors["name"].clear()
        QTest.keyClicks(editors["name"], name)
        write_editor(editors["side"], side)
        editors["department"].clearEditText()
        QTest.keyClicks(editors["department"], department)
        for field, value in more.items():
            write_editor(editors[field], value)
        first = dialog.assessment_form.editors
        write_editor(first["power"], power)
        write_editor(first["interest"], interest)
        write_editor(first["attitude"], more.pop("attitude", "supporter"))

    return answer


def add_people(view: StakeholdersView, qtbot: QtBot, answers: list[Answer]) -> dict[str, int]:
    people = [
        person("Anna de Vries", "us", "Sales", 8, 9, is_sponsor=True),
        person("Ruud Meijer", "us", "Finance", 6, 3),
        person("Mei Tanaka", "partner", "Sales", 9, 7),
        person("Aiko Suzuki", "partner", "Legal", 7, 2),
    ]
    for answer in people:
        answers.append(answer)
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert not answers
    return {entry.name: entry.stakeholder_id for entry in view.entries}


def tree_texts(model: PeopleModel, parent: QModelIndex = QModelIndex()) -> list[Any]:  # noqa: B008
    """The tree as nested (text, children) pairs; people as plain names."""
    shown = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(KIND_ROLE) == "person":
            shown.append(index.data())
        else:
            shown.append((index.data(), tree_texts(model, index)))
    return shown


def db_rows(session: Session, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in session.db.query(sql)]


def test_people_added_on_both_sides_appear_under_their_groups(
    view: StakeholdersView, session: Session, qtbot: QtBot, answers: list[Answer], qtmodeltester
) -> None:
    add_people(view, qtbot, answers)
    assert tree_texts(view.people_model) == [
        (
            "Our organisation (2)",
            [("Finance (1)", ["Ruud Meijer"]), ("Sales (1)", ["Anna de Vries"])],
        ),
        (
            "Partner organisation (2)",
            [("Legal (1)", ["Aiko Suzuki"]), ("Sales (1)", ["Mei Tanaka"])],
        ),
    ]
    qtmodeltester.check(view.people_model)
    # Each person came with a first assessment dated today, in the same step.
    assert db_rows(
        session,
        "SELECT s.name, a.assessed_on, a.power, a.interest, a.attitude FROM stakeholder s"
        " JOIN stakeholder_assessment a ON a.stakeholder_id = s.id ORDER BY s.id",
    ) == [
        ("Anna de Vries", "2026-11-15", 8, 9, "supporter"),
        ("Ruud Meijer", "2026-11-15", 6, 3, "supporter"),
        ("Mei Tanaka", "2026-11-15", 9, 7, "supporter"),
        ("Aiko Suzuki", "2026-11-15", 7, 2, "supporter"),
    ]
    anna = view.people_model.index_of(view.entries[1].stakeholder_id)
    row = [anna.siblingAtColumn(column).data() for column in range(len(PeopleModel.COLUMNS))]
    assert row[0] == "Anna de Vries" and row[4:] == [
        8,
        9,
        "● Supporter",
        "Manage closely",
        "✓ Sponsor",
    ]
    assert set(view.grid.markers) == {entry.stakeholder_id for entry in view.entries}
    assert "4 of 4 stakeholders (2 ours, 2 the partner's)" in view.summary.text()
    # One undo takes back the last person and their assessment together.
    session.undo_stack.undo()
    assert db_rows(session, "SELECT count(*) FROM stakeholder") == [(3,)]
    assert db_rows(session, "SELECT count(*) FROM stakeholder_assessment") == [(3,)]
    assert "Aiko Suzuki" not in str(tree_texts(view.people_model))
    session.undo_stack.redo()
    assert "Aiko Suzuki" in str(tree_texts(view.people_model))
    assert db_rows(session, "SELECT count(*) FROM stakeholder_assessment") == [(4,)]


def test_a_new_stakeholder_without_a_name_keeps_the_dialog_open(
    view: StakeholdersView, session: Session, qtbot: QtBot, answers: list[Answer]
) -> None:
    seen: list[StakeholderDialog] = []

    def no_name(dialog: CommitDialog) -> None:
        assert isinstance(dialog, StakeholderDialog)
        QTest.keyClicks(dialog.form.editors["department"], "Sales")
        seen.append(dialog)

    answers.append(no_name)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert seen[0].result_record is None
    assert seen[0].form.problem.text() == "Name: a value is required."
    assert db_rows(session, "SELECT count(*) FROM stakeholder") == [(0,)]


def test_a_second_sponsor_on_one_side_is_refused_in_the_dialog(
    view: StakeholdersView, session: Session, qtbot: QtBot, answers: list[Answer]
) -> None:
    people = add_people(view, qtbot, answers)
    view.tabs.setCurrentIndex(PEOPLE_TAB)
    view.choose(people["Ruud Meijer"])
    seen: list[StakeholderDialog] = []

    def make_sponsor(dialog: CommitDialog) -> None:
        assert isinstance(dialog, StakeholderDialog) and dialog.assessment_form is None
        write_editor(dialog.form.editors["is_sponsor"], True)
        seen.append(dialog)

    answers.append(make_sponsor)
    view.people.setFocus()
    QTest.keyClick(view.people, Qt.Key.Key_Return)  # Enter opens the chosen person
    assert seen and "already a sponsor" in seen[0].form.problem.text()
    assert db_rows(session, "SELECT name FROM stakeholder WHERE is_sponsor = 1") == [
        ("Anna de Vries",)
    ]
    # OK without a change leaves nothing to undo.
    depth = session.undo_stack.count()
    answers.append(lambda dialog: None)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert not answers and session.undo_stack.count() == depth
    # A real change is stored and undoable.
    answers.append(lambda dialog: dialog.form.editors["role"].setText("Group controller"))
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert view.people_model.index_of(people["Ruud Meijer"]).siblingAtColumn(1).data() == (
        "Group controller"
    )
    session.undo_stack.undo()
    assert db_rows(session, f"SELECT role FROM stakeholder WHERE id = {people['Ruud Meijer']}") == [
        (None,)
    ]


def drag_marker(grid: Any, stakeholder_id: int, target: QPoint) -> None:
    """Press on a person's marker, move in two steps and let go at ``target``."""
    start = grid.mapFromScene(grid.scene_position(stakeholder_id))
    QTest.mousePress(
        grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
    )
    QTest.mouseMove(grid.viewport(), (start + target) / 2)
    QTest.mouseMove(grid.viewport(), target)
    QTest.mouseRelease(
        grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target
    )


def test_dragging_a_marker_records_a_new_dated_assessment(
    view: StakeholdersView, session: Session, qtbot: QtBot, answers: list[Answer]
) -> None:
    people = add_people(view, qtbot, answers)
    ruud = people["Ruud Meijer"]
    view.tabs.setCurrentIndex(MAP_TAB)
    grid = view.grid
    old = db_rows(
        session,
        f"SELECT id, power, interest FROM stakeholder_assessment WHERE stakeholder_id = {ruud}",
    )

    def drag(stakeholder_id: int, target: QPoint) -> None:
        drag_marker(grid, stakeholder_id, target)

    with qtbot.waitSignal(session.changed):
        drag(ruud, grid.mapFromScene(cell_centre(power=9, interest=8)))

    rows = db_rows(
        session,
        "SELECT assessed_on, power, interest, attitude FROM stakeholder_assessment"
        f" WHERE stakeholder_id = {ruud} ORDER BY id",
    )
    assert rows == [("2026-11-15", 6, 3, "supporter"), ("2026-11-15", 9, 8, "supporter")]
    # The history shows the new one first and keeps the old one.
    assert view.selected_id == ruud
    history = view.history_model
    assert [(history.index(r, 1).data(), history.index(r, 2).data()) for r in range(2)] == [
        (9, 8),
        (6, 3),
    ]
    entry = next(e for e in view.entries if e.stakeholder_id == ruud)
    assert (entry.power, entry.interest) == (9, 8)
    assert grid.scene_position(ruud) == cell_centre(9, 8)

    # Dropping outside the grid or in the marker's own cell changes nothing.
    depth = session.undo_stack.count()
    drag(ruud, QPoint(2, 2))
    drag(ruud, grid.mapFromScene(cell_centre(9, 8)) + QPoint(6, 6))
    assert session.undo_stack.count() == depth
    assert grid.scene_position(ruud) == cell_centre(9, 8)
    assert (
        len(
            db_rows(session, f"SELECT id FROM stakeholder_assessment WHERE stakeholder_id = {ruud}")
        )
        == 2
    )

    session.undo_stack.undo()
    assert (
        db_rows(
            session,
            f"SELECT id, power, interest FROM stakeholder_assessment WHERE stakeholder_id = {ruud}",
        )
        == old
    )
    assert grid.scene_position(ruud) == cell_centre(6, 3)
    assert view.history_model.rowCount() == 1


def test_reassess_adds_a_dated_assessment_and_undo_takes_it_back(
    view: StakeholdersView, session: Session, qtbot: QtBot, answers: list[Answer], qtmodeltester
) -> None:
    people = add_people(view, qtbot, answers)
    view.tabs.setCurrentIndex(PEOPLE_TAB)
    view.choose(people["Mei Tanaka"])

    def critic(dialog: CommitDialog) -> None:
        editors = dialog.form.editors
        write_editor(editors["assessed_on"], dt.date(2026, 12, 1))
        write_editor(editors["power"], 10)
        write_editor(editors["attitude"], "critic")
        editors["note"].setPlainText("Pushed back on pricing at the steering committee")

    answers.append(critic)
    qtbot.mouseClick(view.reassess_button, Qt.MouseButton.LeftButton)
    history = view.history_model
    assert [history.index(0, column).data() for column in range(6)] == [
        "2026-12-01",
        10,
        7,
        "▲ Critic",
        "Manage closely",
        "Pushed back on pricing at the steering committee",
    ]
    assert history.rowCount() == 2
    qtmodeltester.check(history)
    assert "Assessments of Mei Tanaka" in view.history_title.text()
    session.undo_stack.undo()
    assert view.history_model.rowCount() == 1


def test_filters_narrow_the_table_and_the_grid(
    view: StakeholdersView, qtbot: QtBot, answers: list[Answer]
) -> None:
    people = add_people(view, qtbot, answers)
    qtbot.keyClicks(view.search, "sales")
    assert tree_texts(view.people_model) == [
        ("Our organisation (1)", [("Sales (1)", ["Anna de Vries"])]),
        ("Partner organisation (1)", [("Sales (1)", ["Mei Tanaka"])]),
    ]
    assert set(view.grid.markers) == {people["Anna de Vries"], people["Mei Tanaka"]}
    view.search.clear()
    view.side_filter.setCurrentIndex(view.side_filter.findData("partner"))
    assert [group for group, _ in tree_texts(view.people_model)] == ["Partner organisation (2)"]
    view.attitude_filter.setCurrentIndex(view.attitude_filter.findData("blocker"))
    assert tree_texts(view.people_model) == [] and view.grid.markers == {}
    assert "Showing 0 of 4" in view.summary.text()


def test_counterparts_close_gaps_and_come_back_on_undo(
    view: StakeholdersView,
    session: Session,
    qtbot: QtBot,
    answers: list[Answer],
    questions: Questions,
    qtmodeltester,
) -> None:
    people = add_people(view, qtbot, answers)
    view.tabs.setCurrentIndex(COUNTERPARTS_TAB)
    panel = view.counterparts
    assert panel.gaps.text() == (
        "⚠ No counterpart yet: Finance (ours), Sales (ours), Legal (partner), Sales (partner)"
    )

    def link_sales(dialog: CommitDialog) -> None:
        assert isinstance(dialog, CounterpartDialog)
        dialog.ours.setCurrentIndex(dialog.ours.findData(people["Anna de Vries"]))
        dialog.theirs.setCurrentIndex(dialog.theirs.findData(people["Mei Tanaka"]))
        QTest.keyClicks(dialog.form.editors["function"], "Sales")
        write_editor(dialog.form.editors["escalation_level"], 2)

    answers.append(link_sales)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.gaps.text() == "⚠ No counterpart yet: Finance (ours), Legal (partner)"
    model = panel.model
    assert [model.index(0, column).data() for column in range(4)] == [
        "2 management",
        "Sales",
        "Anna de Vries (Sales)",
        "Mei Tanaka (Sales)",
    ]
    qtmodeltester.check(model)
    assert db_rows(
        session,
        "SELECT our_stakeholder_id, partner_stakeholder_id, function, escalation_level"
        " FROM counterpart",
    ) == [(people["Anna de Vries"], people["Mei Tanaka"], "Sales", 2)]

    # Edit: link the partner's lawyer instead, at executive level.
    def relink(dialog: CommitDialog) -> None:
        assert isinstance(dialog, CounterpartDialog)
        dialog.ours.setCurrentIndex(dialog.ours.findData(people["Ruud Meijer"]))
        dialog.theirs.setCurrentIndex(dialog.theirs.findData(people["Aiko Suzuki"]))
        write_editor(dialog.form.editors["escalation_level"], 3)

    panel.table.selectRow(0)
    answers.append(relink)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.gaps.text() == "⚠ No counterpart yet: Sales (ours), Sales (partner)"
    assert model.index(0, 0).data() == "3 executive"

    # Delete with the Delete key, after saying No once and then Yes.
    panel.table.selectRow(0)
    panel.table.setFocus()
    questions.replies.append(QMessageBox.StandardButton.No)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert model.rowCount() == 1 and "Ruud Meijer" in questions.asked[0]
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert model.rowCount() == 0
    assert "Finance (ours)" in panel.gaps.text()
    session.undo_stack.undo()
    assert model.rowCount() == 1
    assert panel.gaps.text() == "⚠ No counterpart yet: Sales (ours), Sales (partner)"


def test_delete_key_deletes_the_chosen_person_after_asking(
    view: StakeholdersView,
    session: Session,
    qtbot: QtBot,
    answers: list[Answer],
    questions: Questions,
) -> None:
    people = add_people(view, qtbot, answers)
    view.tabs.setCurrentIndex(PEOPLE_TAB)
    view.people.setFocus()
    view.people.setCurrentIndex(view.people_model.index_of(people["Ruud Meijer"]))
    assert view.selected_id == people["Ruud Meijer"]
    questions.replies.append(QMessageBox.StandardButton.No)
    QTest.keyClick(view.people, Qt.Key.Key_Delete)
    assert "Ruud Meijer" in questions.asked[0] and len(view.entries) == 4
    QTest.keyClick(view.people, Qt.Key.Key_Delete)
    assert [entry.name for entry in view.entries] == ["Anna de Vries", "Aiko Suzuki", "Mei Tanaka"]
    assert db_rows(session, "SELECT count(*) FROM stakeholder_assessment") == [(3,)]
    assert not view.edit_button.isEnabled()
    session.undo_stack.undo()
    assert db_rows(
        session,
        "SELECT a.power, a.interest FROM stakeholder_assessment a"
        f" WHERE a.stakeholder_id = {people['Ruud Meijer']}",
    ) == [(6, 3)]


def test_show_record_and_switching_alliances(
    view: StakeholdersView, session: Session, qtbot: QtBot, answers: list[Answer]
) -> None:
    people = add_people(view, qtbot, answers)
    assessment = session.db.scalar(
        "SELECT id FROM stakeholder_assessment WHERE stakeholder_id = :id",
        {"id": people["Aiko Suzuki"]},
    )
    qtbot.keyClicks(view.search, "Anna")
    assert view.show_record("stakeholder_assessment", assessment)
    assert view.tabs.currentIndex() == PEOPLE_TAB and view.search.text() == ""
    assert view.selected_id == people["Aiko Suzuki"]
    assert view.people.currentIndex().data() == "Aiko Suzuki"
    view.set_alliance(2)
    assert view.entries == [] and view.selected_id is None
    notes = [
        item.toPlainText() for item in view.grid.scene().items() if hasattr(item, "toPlainText")
    ]
    assert any(note.startswith("No stakeholders yet.") for note in notes)
    assert not view.show_record("stakeholder", people["Aiko Suzuki"])
    assert not view.edit_button.isEnabled() and view.add_button.isEnabled()
    view.set_alliance(None)
    assert not view.add_button.isEnabled()


def test_switching_alliances_costs_the_same_queries_for_five_or_fifty_people(
    view: StakeholdersView, session: Session
) -> None:
    db = session.db
    for alliance_id, people in ((1, 5), (2, 50)):
        for number in range(people):
            side = "us" if number % 2 else "partner"
            stored = records.insert(
                db,
                Stakeholder(
                    alliance_id=alliance_id,
                    side=side,
                    name=f"Person {number:02d} of alliance {alliance_id}",
                    department=("Sales", "R&D", "Finance", "Legal", "Marketing")[number % 5],
                ),
            )
            for day in ("2026-01-05", "2026-06-05"):
                records.insert(
                    db,
                    StakeholderAssessment(
                        stakeholder_id=stored.id,
                        assessed_on=day,
                        power=number % 10 + 1,
                        interest=(number * 7) % 10 + 1,
                        attitude=("champion", "supporter", "neutral", "critic", "blocker")[
                            number % 5
                        ],
                    ),
                )

    def statements_to_show(alliance_id: int) -> int:
        view.set_alliance(None)
        statements: list[str] = []
        db.connection.set_trace_callback(statements.append)
        try:
            view.set_alliance(alliance_id)
        finally:
            db.connection.set_trace_callback(None)
        return len(statements)

    few, many = statements_to_show(1), statements_to_show(2)
    assert len(view.grid.markers) == 50
    assert many == few  # the queries do not grow with the people on the map


def test_the_grid_works_from_the_keyboard(
    view: StakeholdersView,
    session: Session,
    qtbot: QtBot,
    answers: list[Answer],
    questions: Questions,
) -> None:
    people = add_people(view, qtbot, answers)
    view.choose(None)
    grid = view.grid
    grid.setFocus()
    # Reading order, top to bottom: Mei (power 9), Anna (8), Aiko (7), Ruud (6).
    QTest.keyClick(grid, Qt.Key.Key_Right)
    assert view.selected_id == people["Mei Tanaka"] == grid.chosen_id()
    QTest.keyClick(grid, Qt.Key.Key_Down)
    QTest.keyClick(grid, Qt.Key.Key_Down)
    assert view.selected_id == people["Aiko Suzuki"]
    QTest.keyClick(grid, Qt.Key.Key_Up)
    assert view.selected_id == people["Anna de Vries"]

    def lower_interest(dialog: CommitDialog) -> None:
        assert dialog.windowTitle() == "Re-assess Anna de Vries"
        write_editor(dialog.form.editors["interest"], 4)

    answers.append(lower_interest)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert grid.scene_position(people["Anna de Vries"]) == cell_centre(8, 4)
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert "Anna de Vries" in questions.asked[0]
    assert people["Anna de Vries"] not in grid.markers
    assert db_rows(session, "SELECT count(*) FROM stakeholder") == [(3,)]


def test_the_main_window_opens_a_person_on_this_page(
    workbook_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Kestrel Diagnostics"))
        for name in ("Point-of-care", "Aftercare"):
            alliance = records.insert(workbook.db, Alliance(partner_id=partner.id, name=name))
        mei = records.insert(
            workbook.db,
            Stakeholder(
                alliance_id=alliance.id, side="partner", name="Mei Tanaka", department="R&D"
            ),
        )
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    assert window.open_path(workbook_path)
    page = next(view for view in window.views if isinstance(view, StakeholdersView))
    assert page.title() == "Stakeholders"
    window.show_record("stakeholder", mei.id or 0)
    assert window.current_view() is page
    assert window.alliance_box.currentData() == alliance.id
    assert page.selected_entry() is not None and page.selected_entry().name == "Mei Tanaka"
    window.close_workbook()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Recorded a new assessment of Ruud Meijer dated 15 Nov 2026: power 9, interest 8."
         " Undo with Ctrl+Z (Edit → Undo)."),
        ("nl", "Nieuwe beoordeling van Ruud Meijer vastgelegd, gedateerd 15 nov. 2026: macht 9,"
         " belang 8. Ongedaan maken met Ctrl+Z (Bewerken → Ongedaan maken)."),
    ],
)  # fmt: skip
def test_a_drop_says_in_the_status_bar_what_it_recorded_and_how_to_undo(
    view: StakeholdersView,
    qtbot: QtBot,
    answers: list[Answer],
    translation: Translation,
    language: str,
    said: str,
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(view)
    window.show()
    try:
        people = add_people(view, qtbot, answers)
        translation.switch(language)
        view.tabs.setCurrentIndex(MAP_TAB)
        drag_marker(view.grid, people["Ruud Meijer"], view.grid.mapFromScene(cell_centre(9, 8)))
        assert window.statusBar().currentMessage() == said
    finally:
        window.takeCentralWidget()  # the view is the fixture's to close


def test_department_offers_those_in_use_in_the_chosen_organisation(
    view: StakeholdersView, session: Session, qtbot: QtBot, answers: list[Answer]
) -> None:
    add_people(view, qtbot, answers)
    offered: dict[str, list[str]] = {}

    def pick_from_the_list(dialog: CommitDialog) -> None:
        editors = dialog.form.editors
        box = editors["department"]
        assert isinstance(box, SuggestedLine)

        def shown() -> list[str]:
            return [box.itemText(row) for row in range(box.count())]

        write_editor(editors["side"], "us")
        offered["us"] = shown()
        write_editor(editors["side"], "partner")
        offered["partner"] = shown()
        QTest.keyClicks(editors["name"], "Kenji Mori")
        box.clearEditText()
        box.showPopup()  # the user opens the list and clicks "Legal"
        listed = box.view()
        legal = listed.visualRect(listed.model().index(shown().index("Legal"), 0)).center()
        QTest.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=legal)

    answers.append(pick_from_the_list)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert offered == {"us": ["Finance", "Sales"], "partner": ["Legal", "Sales"]}
    assert db_rows(
        session, "SELECT side, department FROM stakeholder WHERE name = 'Kenji Mori'"
    ) == [("partner", "Legal")]


def test_the_people_tab_is_filled_as_it_comes_into_view(
    view: StakeholdersView, qtbot: QtBot, answers: list[Answer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page opens on its map: loading it fills the people tree only when the People tab
    is shown (or its rows are asked for), once, with the person chosen on the map."""
    people = add_people(view, qtbot, answers)
    fills: list[int] = []
    fill = PeopleModel.set_entries
    monkeypatch.setattr(
        PeopleModel,
        "set_entries",
        lambda model, entries: fills.append(len(entries)) or fill(model, entries),
    )
    view.tabs.setCurrentIndex(MAP_TAB)
    view.show()
    view.choose(people["Ruud Meijer"])
    view.reload()
    view.reload()
    assert fills == []
    view.tabs.setCurrentIndex(PEOPLE_TAB)
    assert fills == [len(view.entries)]
    assert view.people.currentIndex().data() == "Ruud Meijer"
    view.reload()  # in view: filled at once
    assert fills == [len(view.entries)] * 2
    view.tabs.setCurrentIndex(MAP_TAB)
    view.search.setText("Ruud")
    assert len(fills) == 2
    assert tree_texts(view.people_model) and len(fills) == 3  # asked for: read first
