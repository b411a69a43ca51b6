"""Collaborative skills on the stakeholder page as a user meets them: choose a person, assess
their skills, re-assess later, record a training, undo; the Departments tab shows the gap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Counterpart, Stakeholder
from alliance_desk.store import records
from alliance_desk.store import skills as skill_store
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.stakeholders.page import (
    COUNTERPARTS_TAB,
    DEPARTMENTS_TAB,
    SKILLS_TAB,
    StakeholdersView,
)
from alliance_desk.ui.widgets.score_sheet import ScoredDialog

TODAY = dt.date(2026, 11, 15)
Fill = Callable[[RecordDialog], None]


@pytest.fixture
def session(workbook_path: Path) -> Iterator[Session]:
    with open_workbook(workbook_path) as workbook:
        db = workbook.db
        partner = records.insert(db, Organisation(name="Kestrel Diagnostics"))
        alliance = records.insert(db, Alliance(partner_id=partner.id, name="Point-of-care"))
        for name, side, department in (
            ("Anna Smit", Side.US, "Sales"),
            ("Bram Vos", Side.US, "Sales"),
            ("Dirk Hahn", Side.PARTNER, "Logistics"),
        ):
            records.insert(
                db,
                Stakeholder(alliance_id=alliance.id, side=side, name=name, department=department),
            )
    session = Session(open_workbook(workbook_path))
    session.today = lambda: TODAY
    yield session
    session.close()


@pytest.fixture
def view(session: Session, qtbot: QtBot) -> StakeholdersView:
    view = StakeholdersView()
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.set_session(session)
    session.changed.connect(view.on_changed)  # as the main window does
    view.set_alliance(1)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[Fill]:
    """What the user does in the next dialogs, in order; then they click OK."""
    queue: list[Fill] = []

    def exec_(dialog: RecordDialog) -> int:
        dialog.show()
        queue.pop(0)(dialog)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        return int(dialog.result())

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    return queue


def choose(box: QComboBox, text: str) -> None:
    index = next(i for i in range(box.count()) if box.itemText(i).startswith(text))
    box.setCurrentIndex(index)


def levels(*values: int | None, day: dt.date | None = None, comment: str = "") -> Fill:
    def fill(dialog: RecordDialog) -> None:
        assert isinstance(dialog, ScoredDialog)
        if day is not None:
            dialog.form.editors["assessed_on"].set_value(day)
        for box, value in zip(dialog.sheet.score_boxes.values(), values, strict=False):
            box.setCurrentIndex(box.findData(value))
        if comment:
            first = next(iter(dialog.sheet.comment_edits.values()))
            first.setText(comment)

    return fill


def cell(view: StakeholdersView, model_name: str, row: int, column: int) -> str:
    model = getattr(view.skills, model_name)
    return str(model.index(row, column).data())


def test_assess_a_person_then_re_assess_keeps_the_history(
    view: StakeholdersView, session: Session, dialogs: list[Fill], qtbot: QtBot
) -> None:
    view.tabs.setCurrentIndex(SKILLS_TAB)
    panel = view.skills
    assert not panel.assess_button.isEnabled()  # nobody chosen yet
    choose(panel.person_box, "Bram Vos")
    assert view.selected_entry() is not None and view.selected_entry().name == "Bram Vos"
    assert panel.assess_button.isEnabled()

    dialogs.append(levels(2, 3, 3, 3, 3, 3, 2, day=TODAY - dt.timedelta(days=90)))
    qtbot.mouseClick(panel.assess_button, Qt.MouseButton.LeftButton)

    assert cell(view, "current_model", 0, 1) == "2 – Learning"
    assert cell(view, "current_model", 0, 3) == "▼ 1 level below"
    assert cell(view, "current_model", 1, 3) == "✓ meets"
    assert panel.history_model.rowCount() == 1

    # The re-assessment starts from the current levels: the user raises only the first.
    def raise_first(dialog: RecordDialog) -> None:
        assert isinstance(dialog, ScoredDialog)
        boxes = list(dialog.sheet.score_boxes.values())
        assert boxes[1].currentData() == 3  # filled in from the current level
        boxes[0].setCurrentIndex(boxes[0].findData(4))

    dialogs.append(raise_first)
    qtbot.mouseClick(panel.assess_button, Qt.MouseButton.LeftButton)

    assert panel.history_model.rowCount() == 2
    assert cell(view, "current_model", 0, 1) == "4 – Skilled"
    assert cell(view, "current_model", 0, 4) == "2"  # the level before
    assert cell(view, "current_model", 0, 3) == "✓ meets"
    assert session.db.scalar("SELECT count(*) FROM skill_assessment") == 2

    session.undo_stack.undo()
    assert panel.history_model.rowCount() == 1
    assert cell(view, "current_model", 0, 1) == "2 – Learning"
    session.undo_stack.redo()
    assert panel.history_model.rowCount() == 2


def test_a_training_with_the_skills_it_addressed(
    view: StakeholdersView, session: Session, dialogs: list[Fill], qtbot: QtBot
) -> None:
    view.tabs.setCurrentIndex(SKILLS_TAB)
    panel = view.skills
    choose(panel.person_box, "Dirk Hahn")

    def fill(dialog: RecordDialog) -> None:
        qtbot.keyClicks(dialog.form.editors["title"], "Negotiating together")
        skills = dialog.findChild(QListWidget)
        assert skills is not None
        skills.item(1).setCheckState(Qt.CheckState.Checked)

    dialogs.append(fill)
    qtbot.mouseClick(panel.training_button, Qt.MouseButton.LeftButton)

    assert panel.training_model.rowCount() == 1
    assert cell(view, "training_model", 0, 2) == "Negotiating together"
    assert cell(view, "training_model", 0, 4) == "Negotiation for mutual gain"
    session.undo_stack.undo()
    assert panel.training_model.rowCount() == 0
    assert session.db.scalar("SELECT count(*) FROM training_skill") == 0


def test_a_training_without_a_title_is_refused_in_the_dialog(
    view: StakeholdersView, session: Session, dialogs: list[Fill]
) -> None:
    view.tabs.setCurrentIndex(SKILLS_TAB)
    choose(view.skills.person_box, "Anna Smit")
    shown: list[str] = []
    dialogs.append(lambda dialog: shown.append(dialog.windowTitle()))
    view.skills.add_training()
    assert shown == ["Training or coaching for Anna Smit"]
    assert session.db.scalar("SELECT count(*) FROM training") == 0


def test_deleting_an_assessment_asks_and_can_be_undone(
    view: StakeholdersView,
    session: Session,
    dialogs: list[Fill],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view.tabs.setCurrentIndex(SKILLS_TAB)
    choose(view.skills.person_box, "Anna Smit")
    dialogs.append(levels(3, 3, 3, 3, 3, 3, 3))
    view.skills.assess_skills()
    view.skills.history_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    view.skills.delete_assessment_button.click()
    assert session.db.scalar("SELECT count(*) FROM skill_score") == 0
    session.undo_stack.undo()
    assert session.db.scalar("SELECT count(*) FROM skill_score") == 7


def test_the_departments_tab_shows_where_the_gaps_are(
    view: StakeholdersView, session: Session, dialogs: list[Fill]
) -> None:
    view.tabs.setCurrentIndex(SKILLS_TAB)
    for name, first in (("Anna Smit", 4), ("Bram Vos", 1)):
        choose(view.skills.person_box, name)
        dialogs.append(levels(first, 3, 3, 3, 3, 3, 3))
        view.skills.assess_skills()
    view.tabs.setCurrentIndex(DEPARTMENTS_TAB)
    panel = view.departments
    model = panel.model
    assert panel.organisation_box.currentText() == "Ours: Our organisation"
    sales = model.index(0, 0)
    assert sales.data() == "Sales"
    assert model.index(0, 1).data() == "2"
    assert model.index(0, 6).data() == "▼ gaps in 1 skill"
    mindset = model.index(0, 0, sales)
    assert mindset.data() == "Partnering mindset"
    assert [model.index(0, column, sales).data() for column in range(2, 7)] == [
        "2",
        "2.5",
        "1",
        "3",
        "▼ 1 below: Bram Vos",
    ]
    assert model.index(1, 6, sales).data() == "✓ none below"
    assert "gaps in 1 department" in panel.summary.text()

    choose(panel.organisation_box, "Partner: Kestrel")
    logistics = model.index(0, 0)
    assert logistics.data() == "Logistics"
    assert model.index(0, 6).data() == "✓ no gaps"
    assert model.index(0, 6, logistics).data() == "not assessed"

    # Raising the bar in the framework makes a gap appear at once.
    first = skill_store.skills(session.db)[1]
    session.change(first, "Raise the bar", required_level=4)
    choose(panel.organisation_box, "Ours:")
    assert model.index(1, 6, model.index(0, 0)).data() == "▼ 2 below: Anna Smit, Bram Vos"


def test_a_found_training_opens_its_person_on_the_skills_tab(
    view: StakeholdersView, session: Session, dialogs: list[Fill]
) -> None:
    view.tabs.setCurrentIndex(SKILLS_TAB)
    choose(view.skills.person_box, "Dirk Hahn")
    dialogs.append(lambda dialog: dialog.form.editors["title"].setText("Coaching on governance"))
    view.skills.add_training()
    training_id = int(session.db.scalar("SELECT id FROM training"))
    choose(view.skills.person_box, "Anna Smit")
    view.tabs.setCurrentIndex(0)

    assert view.show_record("training", training_id)

    assert view.tabs.currentIndex() == SKILLS_TAB
    assert view.skills.person_box.currentText().startswith("Dirk Hahn")
    assert view.skills.training_model.rowCount() == 1


def test_the_departments_tab_reads_the_alliance_as_it_comes_into_view(
    view: StakeholdersView, session: Session
) -> None:
    view.tabs.setCurrentIndex(DEPARTMENTS_TAB)
    panel = view.departments
    assert panel.model.index(0, 0).data() == "Sales"
    partner = records.insert(session.db, Organisation(name="Heron Labs"))
    other = records.insert(session.db, Alliance(partner_id=partner.id, name="Cold chain"))
    records.insert(
        session.db,
        Stakeholder(alliance_id=other.id, side=Side.US, name="Cor Smit", department="Procurement"),
    )

    view.tabs.setCurrentIndex(0)  # the map, as the page opens
    view.set_alliance(other.id)
    # Hidden, the tab has not read the other alliance yet (the page switch stays short) ...
    assert panel.model.index(0, 0).data() == "Sales"
    # ... and shows it as it comes into view.
    view.tabs.setCurrentIndex(DEPARTMENTS_TAB)
    assert panel.model.index(0, 0).data() == "Procurement"
    assert panel.organisation_box.currentText() == "Ours: Our organisation"


def test_the_skills_tab_shows_the_person_chosen_on_the_map_as_it_comes_into_view(
    view: StakeholdersView, session: Session
) -> None:
    view.tabs.setCurrentIndex(SKILLS_TAB)
    panel = view.skills
    assert panel.person_box.count() == 4  # "(choose a person)" and the three
    view.tabs.setCurrentIndex(0)  # the map, as the page opens
    dirk = next(entry for entry in view.entries if entry.name == "Dirk Hahn")
    view.choose(dirk.stakeholder_id)
    records.insert(
        session.db, Stakeholder(alliance_id=1, side=Side.US, name="Eva Bos", department="Sales")
    )
    view.reload()
    # Hidden, the tab has not filled its chooser again (the page switch stays short) ...
    assert panel.person_box.count() == 4
    # ... and shows the chosen person, among everyone, as it comes into view.
    view.tabs.setCurrentIndex(SKILLS_TAB)
    assert panel.person_box.count() == 5
    assert panel.person_box.currentText().startswith("Dirk Hahn")
    assert "Dirk Hahn" in panel.heading.text()


def test_the_counterparts_tab_reads_the_alliance_as_it_comes_into_view(
    view: StakeholdersView, session: Session
) -> None:
    ours, _bram, theirs = (entry.stakeholder_id for entry in view.entries)
    link = records.insert(
        session.db,
        Counterpart(
            alliance_id=1, our_stakeholder_id=ours, partner_stakeholder_id=theirs, function="Sales"
        ),
    )
    view.tabs.setCurrentIndex(0)  # the map, as the page opens
    view.reload()
    panel = view.counterparts
    # Hidden, the tab has not read the new link yet (the page switch stays short) ...
    assert panel.model.rowCount() == 0
    # ... but a jump to the link reads the alliance and selects it ...
    assert view.show_record("counterpart", link.id or 0)
    assert view.tabs.currentIndex() == COUNTERPARTS_TAB
    assert panel.selected_link() == link.id
    # ... and a tab that comes into view shows what the alliance has now.
    view.tabs.setCurrentIndex(0)
    records.delete(session.db, Counterpart, link.id or 0)
    view.reload()
    assert panel.model.rowCount() == 1
    view.tabs.setCurrentIndex(COUNTERPARTS_TAB)
    assert panel.model.rowCount() == 0
