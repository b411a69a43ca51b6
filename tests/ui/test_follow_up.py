"""The follow-up page as a user meets it: add actions, decisions and risks, see what is
overdue, filter, edit, delete, undo and redo, and jump to a record found elsewhere."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.evaluations import Evaluation
from alliance_desk.domain.follow_up import Action, Meeting
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, framework_by_code
from alliance_desk.store.schema import SEARCH_PAUSED
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.follow_up.dialogs import FollowUpDialog
from alliance_desk.ui.views.follow_up.models import FollowUpModel
from alliance_desk.ui.views.follow_up.page import FollowUpView
from alliance_desk.ui.views.follow_up.panel import FollowUpPanel

TODAY = dt.date(2026, 11, 15)
Fill = Callable[[FollowUpDialog], None]


@pytest.fixture
def alliances(session: Session) -> tuple[Alliance, Alliance]:
    partner = records.insert(session.db, Organisation(name="Kestrel Systems"))
    kestrel = records.insert(session.db, Alliance(partner_id=partner.id, name="Kestrel co-dev"))
    other = records.insert(session.db, Alliance(partner_id=partner.id, name="Benelux sales"))
    framework = framework_by_code(session.db, DEFAULT_EVALUATION)
    records.insert(
        session.db,
        Evaluation(
            alliance_id=kestrel.id,
            framework_id=framework.id,
            evaluated_on="2026-06-01",
            respondent_side="partner",
        ),
    )
    records.insert(
        session.db, Meeting(alliance_id=kestrel.id, held_on="2026-10-02", title="Steerco Q3")
    )
    # Already there: one action that is not late, and one in the other alliance.
    records.insert(
        session.db,
        Action(alliance_id=kestrel.id, title="Book the workshop", owner="Tom Baker",
               due_date="2026-12-20"),
    )  # fmt: skip
    records.insert(
        session.db,
        Action(alliance_id=other.id, title="Price list", owner="Ann Visser", due_date="2026-01-01"),
    )
    return kestrel, other


@pytest.fixture
def view(
    session: Session, alliances: tuple[Alliance, Alliance], qtbot: QtBot, translation: Translation
) -> Iterator[FollowUpView]:
    view = FollowUpView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
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

    def exec_(dialog: FollowUpDialog) -> int:
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
    """Type and choose like a user: text is typed, dates set, combos chosen by code."""

    def act(dialog: FollowUpDialog) -> None:
        for name, value in values.items():
            if name == "source":
                box = dialog.source
                assert box is not None
                box.setCurrentIndex(box.findText(str(value)))
                continue
            editor = dialog.form.editors[name]
            if isinstance(value, dt.date) or value is None:
                editor.set_value(value)  # type: ignore[attr-defined]
            elif name in ("status", "likelihood", "impact"):
                if hasattr(editor, "findData"):
                    editor.setCurrentIndex(editor.findData(value))  # type: ignore[attr-defined]
                else:
                    editor.setValue(value)  # type: ignore[attr-defined]
            else:
                editor.clear()  # type: ignore[attr-defined]
                qtbot.keyClicks(editor, str(value))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return act


def cells(model: FollowUpModel, key: str) -> list[str]:
    column = model.column_of(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row_of_title(model: FollowUpModel, title: str) -> int:
    return cells(model, "title").index(title)


def is_marked(model: FollowUpModel, row: int, key: str) -> bool:
    index = model.index(row, model.column_of(key))
    font = index.data(Qt.ItemDataRole.FontRole)
    brush = index.data(Qt.ItemDataRole.ForegroundRole)
    return (
        isinstance(font, QFont)
        and font.bold()
        and isinstance(brush, QBrush)
        and brush.color().name() == "#c62828"
    )


def choose_row(qtbot: QtBot, panel: FollowUpPanel, title: str) -> None:
    assert panel.model is not None
    row = row_of_title(panel.model, title)
    rect = panel.table.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_owner(qtbot: QtBot, panel: FollowUpPanel, text: str) -> None:
    assert panel.model is not None
    with qtbot.waitSignal(panel.model.modelReset):
        panel.owner.lineEdit().clear()
        qtbot.keyClicks(panel.owner.lineEdit(), text)


def test_an_overdue_action_is_marked_counted_done_undone_and_filtered(
    view: FollowUpView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    panel = view.panels["action"]
    model = panel.model
    assert model is not None and cells(model, "title") == ["Book the workshop"]

    dialogs.append(
        fill(
            qtbot,
            title="Send the revised forecast",
            owner="Mei Tanaka",
            due_date=dt.date(2026, 11, 1),
            source="Meeting 2026-10-02: Steerco Q3",
        )
    )
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    stored = session.db.query_one("SELECT * FROM action WHERE owner = 'Mei Tanaka'")
    assert stored["title"] == "Send the revised forecast" and stored["status"] == "open"
    assert stored["source_meeting_id"] == session.db.scalar("SELECT id FROM meeting")
    row = row_of_title(model, "Send the revised forecast")
    assert panel.selected_id() == stored["id"]  # the new action is the chosen row
    assert cells(model, "due_date")[row] == "⚠ 2026-11-01 overdue"
    assert is_marked(model, row, "due_date") and is_marked(model, row, "title")
    assert cells(model, "source")[row] == "Meeting 2026-10-02: Steerco Q3"
    assert "14 days ago" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not is_marked(model, row_of_title(model, "Book the workshop"), "due_date")
    assert view.tabs.tabText(0) == "A&ctions (1 overdue)"
    assert panel.summary.text() == "2 of 2 actions shown · 1 overdue"

    qtbot.mouseClick(view.overdue_only, Qt.MouseButton.LeftButton)
    assert cells(model, "title") == ["Send the revised forecast"]
    assert panel.summary.text() == "1 of 2 actions shown · 1 overdue"

    # Enter on the chosen row edits it; marking it done fills in today as completion date.
    choose_row(qtbot, panel, "Send the revised forecast")
    dialogs.append(fill(qtbot, status="done"))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert session.db.query_one("SELECT status, completed_on FROM action WHERE id = :id",
                                {"id": stored["id"]})[:] == ("done", "2026-11-15")  # fmt: skip
    assert model.rowCount() == 0  # no longer overdue
    # The dialog showed the source it came from, so it was kept.
    assert (
        session.db.scalar(
            "SELECT source_meeting_id FROM action WHERE id = :id", {"id": stored["id"]}
        )
        == stored["source_meeting_id"]
    )
    assert view.tabs.tabText(0) == "A&ctions"
    qtbot.mouseClick(view.overdue_only, Qt.MouseButton.LeftButton)
    row = row_of_title(model, "Send the revised forecast")
    assert cells(model, "due_date")[row] == "2026-11-01"
    assert cells(model, "status")[row] == "Done"
    assert cells(model, "completed_on")[row] == "2026-11-15"
    assert not is_marked(model, row, "due_date")

    with qtbot.waitSignal(session.changed):
        session.undo_stack.undo()
    row = row_of_title(model, "Send the revised forecast")
    assert cells(model, "status")[row] == "Open" and is_marked(model, row, "due_date")
    assert view.tabs.tabText(0) == "A&ctions (1 overdue)"
    session.undo_stack.redo()
    assert cells(model, "status")[row_of_title(model, "Send the revised forecast")] == "Done"
    session.undo_stack.undo()
    session.undo_stack.undo()  # the addition itself
    assert cells(model, "title") == ["Book the workshop"]
    assert session.db.scalar("SELECT count(*) FROM action WHERE owner = 'Mei Tanaka'") == 0
    session.undo_stack.redo()
    assert row_of_title(model, "Send the revised forecast") >= 0


def test_filter_by_owner_status_title_and_alliance(
    view: FollowUpView, session: Session, alliances: tuple[Alliance, Alliance], qtbot: QtBot
) -> None:
    kestrel = alliances[0]
    for title, owner, status in (
        ("Draft the KPI sheet", "Mei Tanaka", "in_progress"),
        ("Close the pilot", "Mei Tanaka", "done"),
    ):
        session.add(Action(alliance_id=kestrel.id, title=title, owner=owner, status=status), "Add")
    panel = view.panels["action"]
    model = panel.model
    assert model is not None and model.rowCount() == 3
    assert [panel.owner.itemText(i) for i in range(panel.owner.count())] == [
        "Mei Tanaka",
        "Tom Baker",
    ]

    type_owner(qtbot, panel, "mei")
    assert sorted(cells(model, "title")) == ["Close the pilot", "Draft the KPI sheet"]
    panel.status.setCurrentIndex(panel.status.findText("Still to do"))
    assert cells(model, "title") == ["Draft the KPI sheet"]
    panel.status.setCurrentIndex(panel.status.findText("Done"))
    assert cells(model, "title") == ["Close the pilot"]
    panel.status.setCurrentIndex(0)
    with qtbot.waitSignal(model.modelReset):
        qtbot.keyClicks(view.search, "kpi")
    assert cells(model, "title") == ["Draft the KPI sheet"]

    view.search.clear()
    type_owner(qtbot, panel, "")
    assert model.rowCount() == 3
    assert panel.table.isColumnHidden(model.column_of("alliance"))
    view.scope.setCurrentIndex(view.scope.findData("all"))
    assert model.rowCount() == 4 and "Price list" in cells(model, "title")
    assert not panel.table.isColumnHidden(model.column_of("alliance"))
    assert cells(model, "alliance")[row_of_title(model, "Price list")] == "Benelux sales"
    assert view.tabs.tabText(0) == "A&ctions (1 overdue)"  # Price list, in the other alliance


def test_delete_key_asks_then_deletes_and_undo_brings_it_back(
    view: FollowUpView, session: Session, qtbot: QtBot, answers: list[str]
) -> None:
    panel = view.panels["action"]
    choose_row(qtbot, panel, "Book the workshop")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert answers == ["Delete the action “Book the workshop”? Edit > Undo brings it back."]
    assert panel.model is not None and panel.model.rowCount() == 0
    assert session.db.scalar("SELECT count(*) FROM action WHERE title = 'Book the workshop'") == 0
    session.undo_stack.undo()
    assert cells(panel.model, "title") == ["Book the workshop"]
    session.undo_stack.redo()
    assert panel.model.rowCount() == 0


def test_a_decision_past_its_deadline_until_it_is_decided(
    view: FollowUpView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    view.tabs.setCurrentIndex(1)
    panel = view.panels["decision"]
    model = panel.model
    assert model is not None
    dialogs.append(
        fill(
            qtbot,
            title="Fund the second pilot site",
            asked_of="Executive board",
            recommendation="Approve: the first site paid back in 7 months",
            deadline=dt.date(2026, 11, 10),
            source="Health check 2026-06-01 (Partner)",
        )
    )
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert session.db.scalar("SELECT source_evaluation_id FROM decision") is not None
    assert cells(model, "deadline") == ["⚠ 2026-11-10 overdue"]
    assert cells(model, "status") == ["Asked, awaiting decision"]
    assert is_marked(model, 0, "deadline")
    assert view.tabs.tabText(1) == "&Decisions (1 overdue)"

    dialogs.append(fill(qtbot, status="decided", decided_by="CEO"))
    where = panel.table.visualRect(model.index(0, 0)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert not dialogs  # one double click, one dialog
    assert cells(model, "decided") == ["2026-11-15 by CEO"]
    assert cells(model, "deadline") == ["2026-11-10"] and not is_marked(model, 0, "deadline")
    assert view.tabs.tabText(1) == "&Decisions"

    panel.status.setCurrentIndex(panel.status.findText("Still to do"))
    assert model.rowCount() == 0
    session.undo_stack.undo()
    assert cells(model, "deadline") == ["⚠ 2026-11-10 overdue"]
    assert session.db.scalar("SELECT decided_on FROM decision") is None
    session.undo_stack.redo()
    assert model.rowCount() == 0
    assert session.db.scalar("SELECT decided_by FROM decision") == "CEO"


def test_a_risk_with_its_score_and_a_late_review(
    view: FollowUpView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    view.tabs.setCurrentIndex(2)
    panel = view.panels["risk"]
    model = panel.model
    assert model is not None
    for title, owner, review in (
        ("Key engineer leaves the partner", "Tom Baker", dt.date(2026, 11, 1)),
        ("Exchange rate swings", "Ann Visser", dt.date(2027, 3, 1)),
    ):
        dialogs.append(
            fill(qtbot, title=title, owner=owner, likelihood=4, impact=5, review_date=review)
        )
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert cells(model, "score") == ["20", "20"]
    late = row_of_title(model, "Key engineer leaves the partner")
    assert cells(model, "review_date")[late] == "⚠ 2026-11-01 overdue"
    assert is_marked(model, late, "title")
    assert view.tabs.tabText(2) == "&Risks (1 overdue)"

    type_owner(qtbot, panel, "Tom")
    assert cells(model, "title") == ["Key engineer leaves the partner"]
    choose_row(qtbot, panel, "Key engineer leaves the partner")
    dialogs.append(fill(qtbot, status="closed"))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert cells(model, "review_date") == ["2026-11-01"] and cells(model, "status") == ["Closed"]
    assert view.tabs.tabText(2) == "&Risks"
    session.undo_stack.undo()
    assert cells(model, "status") == ["Open"] and is_marked(model, 0, "review_date")
    session.undo_stack.redo()
    assert session.db.scalar("SELECT status FROM risk WHERE owner = 'Tom Baker'") == "closed"


def test_a_refused_value_keeps_the_dialog_open(
    view: FollowUpView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    panel = view.panels["action"]
    seen: list[str] = []

    def no_title(dialog: FollowUpDialog) -> None:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        seen.append(dialog.form.problem.text())
        assert dialog.isVisible()
        dialog.reject()

    dialogs.append(no_title)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["Title: a value is required."]
    assert session.undo_stack.count() == 0


def test_show_record_clears_the_filters_that_hide_it(
    view: FollowUpView, session: Session, alliances: tuple[Alliance, Alliance], qtbot: QtBot
) -> None:
    panel = view.panels["action"]
    view.overdue_only.setChecked(True)
    panel.status.setCurrentIndex(panel.status.findText("Done"))
    type_owner(qtbot, panel, "nobody")
    assert panel.model is not None and panel.model.rowCount() == 0
    view.tabs.setCurrentIndex(2)

    wanted = session.db.scalar("SELECT id FROM action WHERE title = 'Book the workshop'")
    assert view.show_record("action", wanted)
    assert view.tabs.currentWidget() is panel and panel.selected_id() == wanted
    assert not view.overdue_only.isChecked() and panel.owner.currentText() == ""
    assert panel.status.currentData() is None

    # An action of another alliance: the page widens to all alliances.
    elsewhere = session.db.scalar("SELECT id FROM action WHERE title = 'Price list'")
    assert view.show_record("action", elsewhere)
    assert view.scope.currentData() == "all" and panel.selected_id() == elsewhere
    assert not view.show_record("action", 9999)
    assert not view.show_record("stakeholder", 1)


def test_the_history_button_asks_for_the_records_history(
    view: FollowUpView, session: Session, qtbot: QtBot
) -> None:
    panel = view.panels["action"]
    assert not panel.history_button.isEnabled()
    choose_row(qtbot, panel, "Book the workshop")
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.mouseClick(panel.history_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["history:action", panel.selected_id()]


def test_the_models_pass_the_model_tester(
    view: FollowUpView,
    qtmodeltester,  # noqa: ANN001
) -> None:
    view.scope.setCurrentIndex(view.scope.findData("all"))
    for panel in view.panels.values():
        assert panel.model is not None
        qtmodeltester.check(panel.model)


@pytest.fixture(scope="session")
def many_actions(template_workbook: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """500 alliances with 100 actions each, as many as the large demo, written in bulk."""
    path = tmp_path_factory.mktemp("many") / "Many.alliance"
    shutil.copyfile(template_workbook, path)
    with open_workbook(path) as workbook, workbook.db.transaction():
        db = workbook.db
        # Like the demo builder: no search index entries one by one (this test needs none).
        db.execute(
            "INSERT INTO workbook_info (key, value) VALUES (:key, '1')", {"key": SEARCH_PAUSED}
        )
        db.execute("INSERT INTO organisation (id, name) VALUES (2, 'Partner')")
        db.execute_many(
            "INSERT INTO alliance (id, partner_id, name, alliance_type, lifecycle_stage,"
            " status_rag) VALUES (:id, 2, :name, 'other', 'knowledge', 'green')",
            [{"id": number, "name": f"Alliance {number:03d}"} for number in range(1, 501)],
        )
        db.execute_many(
            "INSERT INTO action (alliance_id, title, owner, due_date, status)"
            " VALUES (:alliance, :title, :owner, :due, :status)",
            (
                {
                    "alliance": number // 100 + 1,
                    "title": f"Action {number}",
                    "owner": f"Owner {number % 37}",
                    "due": (TODAY + dt.timedelta(days=number % 400 - 200)).isoformat(),
                    "status": ("open", "in_progress", "done", "cancelled")[number % 4],
                }
                for number in range(50_000)
            ),
        )
    return path


def test_switching_filters_on_50000_actions_fetches_only_visible_pages(
    many_actions: Path, tmp_path: Path, qtbot: QtBot, translation: Translation
) -> None:
    path = tmp_path / "Many.alliance"
    shutil.copyfile(many_actions, path)
    session = Session(open_workbook(path))
    session.today = lambda: TODAY
    view = FollowUpView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    try:
        view.set_session(session)
        view.set_alliance(7)
        model = view.panels["action"].model
        assert model is not None and model.rowCount() == 100
        view.scope.setCurrentIndex(view.scope.findData("all"))
        assert model.rowCount() == 50_000
        view.overdue_only.setChecked(True)
        overdue = model.rowCount()
        assert 0 < overdue < 50_000
        assert view.panels["action"].overdue == overdue
        for row in range(30):
            model.index(row, 0).data()
        # The view paints the first rows only; the model keeps a page or two, not 50,000 rows.
        assert len(model._pages) <= 2  # noqa: SLF001 - the cache is what is being measured
        assert sum(len(page) for page in model._pages.values()) <= 2 * model.PAGE_SIZE  # noqa: SLF001
    finally:
        view.set_session(None)
        session.close()


def test_the_window_routes_history_requests_and_found_actions(
    qtbot: QtBot, translation: Translation, workbook_path: Path
) -> None:
    from alliance_desk.ui.main_window import MainWindow
    from alliance_desk.ui.views.history.page import HistoryView

    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Kestrel Systems"))
        for name in ("Aardvark alliance", "Kestrel co-dev"):
            records.insert(workbook.db, Alliance(partner_id=partner.id, name=name))
        records.insert(workbook.db, Action(alliance_id=2, title="Call Mei", due_date="2020-01-01"))
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(workbook_path)
    try:
        titles = [view.title() for view in window.views]
        page = window.views[titles.index("Actions & decisions")]
        history = window.views[titles.index("History")]
        assert isinstance(page, FollowUpView) and isinstance(history, HistoryView)
        assert titles.index("History") > titles.index("Actions & decisions")
        window.navigation.setCurrentRow(titles.index("Actions & decisions"))
        assert page.alliance_id == window.alliance_box.currentData() == 1
        assert page.panels["action"].model.rowCount() == 0  # Aardvark has no actions

        window.show_record("action", 1)  # as Find does
        assert window.current_view() is page
        assert window.alliance_box.currentData() == 2 and page.alliance_id == 2
        assert page.panels["action"].selected_id() == 1
        assert "Kestrel co-dev" in page.scope.currentText()

        qtbot.mouseClick(page.panels["action"].history_button, Qt.MouseButton.LeftButton)
        assert window.current_view() is history
        assert history.scope.currentData() == "record"
        assert "Call Mei" in history.scope.currentText()
    finally:
        window.close_workbook()
