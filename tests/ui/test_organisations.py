"""The organisations page as a user meets it: every organisation, ours first, with its
alliances and people; record a prospective partner before any alliance exists, correct a
record, delete one nothing refers to (and undo), filter, open an alliance from the page,
and find an organisation from the search box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.codes import Side
from alliance_desk.domain.evaluations import MaturityAssessment
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import records
from alliance_desk.store.frameworks import DEFAULT_MATURITY, framework_by_code
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.organisations.model import OrganisationsModel
from alliance_desk.ui.views.organisations.page import OrganisationsView

TODAY = dt.date(2026, 11, 15)
Fill = Callable[[RecordDialog], None]


@pytest.fixture
def partners(session: Session) -> dict[str, int]:
    """Kestrel with two alliances and people, Aardvark with a maturity assessment, and a
    prospective partner nothing refers to."""
    db = session.db
    kestrel = records.insert(
        db, Organisation(name="Kestrel Systems", sector="Chemicals", country="Netherlands")
    )
    aardvark = records.insert(db, Organisation(name="Aardvark", country="Belgium"))
    prospect = records.insert(
        db, Organisation(name="Zebra Labs", sector="Software", country="Germany")
    )
    codev = records.insert(db, Alliance(partner_id=kestrel.id, name="Kestrel co-dev"))
    sales = records.insert(
        db, Alliance(partner_id=kestrel.id, name="Benelux sales", status_rag="amber")
    )
    for alliance, side, name in (
        (codev, Side.US, "Anna de Vries"),
        (codev, Side.PARTNER, "Mei Tanaka"),
        (sales, Side.PARTNER, "Piet Jansen"),
    ):
        records.insert(
            db, Stakeholder(alliance_id=alliance.id, side=side, name=name, department="Sales")
        )
    maturity = framework_by_code(db, DEFAULT_MATURITY)
    records.insert(
        db,
        MaturityAssessment(
            organisation_id=aardvark.id, framework_id=maturity.id, assessed_on="2026-06-01"
        ),
    )
    return {
        "own": int(db.scalar("SELECT id FROM organisation WHERE is_own = 1")),
        "kestrel": kestrel.id or 0,
        "aardvark": aardvark.id or 0,
        "prospect": prospect.id or 0,
        "codev": codev.id or 0,
        "sales": sales.id or 0,
    }


@pytest.fixture
def view(
    session: Session, partners: dict[str, int], qtbot: QtBot, translation: Translation
) -> Iterator[OrganisationsView]:
    view = OrganisationsView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.set_session(session)
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


def fill(qtbot: QtBot, **values: str) -> Fill:
    """Type like a user, then OK."""

    def act(dialog: RecordDialog) -> None:
        for name, value in values.items():
            editor = dialog.form.editors[name]
            editor.clear()  # type: ignore[attr-defined]
            qtbot.keyClicks(editor, value)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return act


def cells(model: OrganisationsModel, key: str) -> list[str]:
    column = model.column_of(key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose_row(qtbot: QtBot, view: OrganisationsView, name: str) -> None:
    row = cells(view.model, "name").index(name)
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def alliance_rows(view: OrganisationsView) -> list[tuple[str, ...]]:
    return [
        tuple(view.alliances.topLevelItem(row).text(column) for column in range(3))
        for row in range(view.alliances.topLevelItemCount())
    ]


def test_every_organisation_ours_first_with_its_alliances_and_people(
    view: OrganisationsView, qtbot: QtBot
) -> None:
    model = view.model
    assert cells(model, "name") == [
        "Our organisation (ours)",
        "Aardvark",
        "Kestrel Systems",
        "Zebra Labs",
    ]
    assert cells(model, "sector") == ["", "", "Chemicals", "Software"]
    assert cells(model, "country") == ["", "Belgium", "Netherlands", "Germany"]
    assert cells(model, "alliances") == ["—", "0", "2", "0"]  # ours is never the partner
    assert cells(model, "stakeholders") == ["1", "0", "2", "0"]  # ours: our side of every map
    assert view.summary.text() == "Organisations shown: 4"
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()

    choose_row(qtbot, view, "Kestrel Systems")
    assert view.heading.text() == "Kestrel Systems"
    assert view.details["sector"][1].text() == "Chemicals"
    assert view.details["website"][1].text() == "—"
    assert alliance_rows(view) == [
        ("Benelux sales", "▲ Amber", "Operational awareness"),
        ("Kestrel co-dev", "○ Not assessed", "Operational awareness"),  # no status set
    ]
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["history:organisation", view.selected_id()]

    assert view.alliances.isVisible()
    choose_row(qtbot, view, "Zebra Labs")
    assert alliance_rows(view) == [] and not view.alliances.isVisible()
    assert view.no_alliances.text().startswith("No alliance with this organisation yet.")

    choose_row(qtbot, view, "Our organisation (ours)")
    assert view.heading.text() == "Our organisation (our organisation)"
    assert alliance_rows(view) == []
    assert "every alliance" in view.no_alliances.text()


def test_add_a_prospective_partner_without_an_alliance_then_undo(
    view: OrganisationsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    seen: list[list[str]] = []

    def add(dialog: RecordDialog) -> None:
        seen.append(list(dialog.form.editors))  # "is_own" is not on the form
        fill(
            qtbot,
            name="Heron Robotics",
            sector="Robotics",
            country="Denmark",
            website="https://heron.example",
            notes="Met at Hannover Messe; shortlisted.",
        )(dialog)

    dialogs.append(add)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert seen == [["name", "sector", "country", "website", "notes"]]
    stored = session.db.query_one("SELECT * FROM organisation WHERE name = 'Heron Robotics'")
    assert stored is not None
    assert (stored["is_own"], stored["sector"], stored["country"], stored["website"]) == (
        0,
        "Robotics",
        "Denmark",
        "https://heron.example",
    )
    assert session.db.scalar("SELECT count(*) FROM alliance") == 2  # no alliance was made
    assert cells(view.model, "name")[2] == "Heron Robotics"  # by name, after ours
    assert view.selected_id() == stored["id"]
    assert view.details["notes"][1].text() == "Met at Hannover Messe; shortlisted."
    assert view.delete_button.isEnabled()
    assert session.undo_stack.undoText() == "Add organisation “Heron Robotics”"
    assert session.db.scalar(
        "SELECT count(*) FROM audit_log WHERE table_name = 'organisation' AND record_id = :id",
        {"id": stored["id"]},
    )

    session.undo_stack.undo()
    assert "Heron Robotics" not in cells(view.model, "name")
    session.undo_stack.redo()
    assert "Heron Robotics" in cells(view.model, "name")


def test_edit_a_partner_and_our_own_organisation(
    view: OrganisationsView,
    session: Session,
    partners: dict[str, int],
    qtbot: QtBot,
    dialogs: list[Fill],
) -> None:
    choose_row(qtbot, view, "Kestrel Systems")
    dialogs.append(fill(qtbot, name="Kestrel Chemicals", country="Belgium"))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter edits, as does a double click
    assert cells(view.model, "name")[2] == "Kestrel Chemicals"
    assert view.selected_id() == partners["kestrel"]
    assert view.details["country"][1].text() == "Belgium"
    assert session.undo_stack.undoText() == "Edit organisation “Kestrel Systems”"

    # Our own organisation's record can be corrected here; it stays ours, and first.
    choose_row(qtbot, view, "Our organisation (ours)")
    dialogs.append(fill(qtbot, name="Acme Pharma", sector="Pharmaceuticals"))
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    own = session.db.query_one("SELECT * FROM organisation WHERE id = :id", {"id": partners["own"]})
    assert (own["name"], own["is_own"], own["sector"]) == ("Acme Pharma", 1, "Pharmaceuticals")
    assert cells(view.model, "name")[0] == "Acme Pharma (ours)"
    assert session.db.scalar("SELECT count(*) FROM organisation WHERE is_own = 1") == 1
    assert session.undo_stack.count() == 2  # one step per edit

    # OK without a change leaves nothing to undo.
    dialogs.append(fill(qtbot))
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 2

    session.undo_stack.undo()
    session.undo_stack.undo()
    assert cells(view.model, "name")[:3] == [
        "Our organisation (ours)",
        "Aardvark",
        "Kestrel Systems",
    ]


def test_an_empty_name_is_refused_with_the_rules_message_and_nothing_written(
    view: OrganisationsView, session: Session, qtbot: QtBot, dialogs: list[Fill]
) -> None:
    seen: list[str] = []

    def no_name(dialog: RecordDialog) -> None:
        dialog.form.editors["name"].clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.form.editors["sector"], "Logistics")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        seen.append(dialog.form.problem.text())
        assert dialog.isVisible()
        assert dialog.focusWidget() is dialog.form.editors["name"]
        dialog.reject()

    before = session.db.scalar("SELECT count(*) FROM audit_log")
    dialogs.append(no_name)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert seen == ["Name: a value is required."]

    choose_row(qtbot, view, "Zebra Labs")
    dialogs.append(no_name)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert seen[1] == "Name: a value is required."
    assert session.undo_stack.count() == 0
    assert session.db.scalar("SELECT count(*) FROM organisation") == 4
    assert session.db.scalar("SELECT count(*) FROM audit_log") == before
    assert session.db.scalar("SELECT count(*) FROM organisation WHERE name = 'Zebra Labs'") == 1


def test_delete_an_organisation_nothing_refers_to_then_undo_brings_it_back(
    view: OrganisationsView,
    session: Session,
    partners: dict[str, int],
    qtbot: QtBot,
    answers: list[str],
) -> None:
    choose_row(qtbot, view, "Zebra Labs")
    assert view.delete_button.isEnabled()
    assert view.delete_button.toolTip() == "Delete the chosen organisation (Delete key)"
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert answers == [
        "Delete this organisation?\n\n"
        "“Zebra Labs” (Software, Germany)\n\n"
        "Nothing in the workbook refers to it. Undo (Ctrl+Z) brings it back."
    ]
    assert "Zebra Labs" not in cells(view.model, "name")
    assert view.selected_id() is None
    assert session.undo_stack.undoText() == "Delete organisation “Zebra Labs”"

    session.undo_stack.undo()
    assert cells(view.model, "name")[3] == "Zebra Labs"
    back = session.db.query_one(
        "SELECT * FROM organisation WHERE id = :id", {"id": partners["prospect"]}
    )
    assert (back["name"], back["sector"], back["country"]) == ("Zebra Labs", "Software", "Germany")

    # The Delete key asks the same question.
    choose_row(qtbot, view, "Zebra Labs")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(answers) == 2 and "Zebra Labs" not in cells(view.model, "name")


def test_no_answer_deletes_nothing(
    view: OrganisationsView, session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    choose_row(qtbot, view, "Zebra Labs")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert session.db.scalar("SELECT count(*) FROM organisation") == 4
    assert session.undo_stack.count() == 0


def test_delete_is_disabled_for_a_referenced_organisation_and_for_our_own(
    view: OrganisationsView, session: Session, qtbot: QtBot
) -> None:
    # No question may be asked (conftest fails the test on an unexpected message box).
    choose_row(qtbot, view, "Kestrel Systems")
    assert not view.delete_button.isEnabled()
    assert view.delete_button.toolTip() == (
        "It cannot be deleted while other records refer to it: Alliance (2)."
    )
    assert view.deletable.text() == view.delete_button.toolTip()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # does nothing

    choose_row(qtbot, view, "Aardvark")  # only a maturity assessment names it
    assert not view.delete_button.isEnabled()
    assert view.delete_button.toolTip() == (
        "It cannot be deleted while other records refer to it: Maturity assessment (1)."
    )

    choose_row(qtbot, view, "Our organisation (ours)")
    assert not view.delete_button.isEnabled()
    assert view.delete_button.toolTip() == "Our own organisation cannot be deleted."
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert session.db.scalar("SELECT count(*) FROM organisation") == 4
    assert session.undo_stack.count() == 0

    # Once its last alliance is gone elsewhere in the window, the page offers the deletion.
    choose_row(qtbot, view, "Kestrel Systems")
    for alliance_id in session.db.query("SELECT id FROM alliance"):
        session.remove(Alliance, alliance_id[0], "Delete alliance")
    assert cells(view.model, "alliances")[2] == "0"
    assert view.selected_id() is not None and view.delete_button.isEnabled()


def test_the_filter_looks_in_name_sector_and_country(
    view: OrganisationsView, session: Session, qtbot: QtBot
) -> None:
    choose_row(qtbot, view, "Kestrel Systems")
    qtbot.keyClicks(view.search, "chem")
    assert cells(view.model, "name") == ["Kestrel Systems"]
    assert view.summary.text() == "Organisations shown: 1"
    assert view.heading.text() == "Kestrel Systems"  # still chosen
    view.search.clear()
    qtbot.keyClicks(view.search, "GERM")
    assert cells(view.model, "name") == ["Zebra Labs"]
    view.search.clear()
    qtbot.keyClicks(view.search, "%")
    assert cells(view.model, "name") == [] and view.summary.text() == "Organisations shown: 0"
    assert not view.edit_button.isEnabled()
    # A search hit clears a filter that would hide it.
    kestrel = session.db.scalar("SELECT id FROM organisation WHERE name = 'Kestrel Systems'")
    assert view.show_record("organisation", kestrel)
    assert view.search.text() == "" and view.selected_id() == kestrel
    assert not view.show_record("organisation", 9999)
    assert not view.show_record("alliance", 1)


def test_markup_and_emoji_in_a_name_show_as_typed(
    view: OrganisationsView, session: Session, qtbot: QtBot, dialogs: list[Fill], answers: list[str]
) -> None:
    name = "<b>R&D</b> Labs 🚀 <i>café</i>"

    def type_it(dialog: RecordDialog) -> None:
        # Typed where QTest can type (ASCII); the rest pasted, as a user would paste it.
        line = dialog.form.editors["name"]
        qtbot.keyClicks(line, "<b>R&D</b> Labs ")
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
    stored_id = view.selected_id()
    assert session.db.scalar("SELECT name FROM organisation WHERE id = :id", {"id": stored_id}) == (
        name
    )
    assert name in cells(view.model, "name")
    assert view.heading.text() == name
    assert view.heading.textFormat() == Qt.TextFormat.PlainText
    assert view.details["notes"][1].text() == "<script>x</script> ✓"
    assert view.details["notes"][1].textFormat() == Qt.TextFormat.PlainText

    def look(dialog: RecordDialog) -> None:
        assert dialog.form.editors["name"].text() == name  # type: ignore[attr-defined]
        dialog.reject()

    dialogs.append(look)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 1
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    # The first line holds no markup, so the message box shows the name as typed.
    assert answers[0].startswith(f"Delete this organisation?\n\n“{name}”")
    session.undo_stack.undo()
    assert name in cells(view.model, "name")


def test_enter_or_a_double_click_on_an_alliance_chooses_it(
    view: OrganisationsView, partners: dict[str, int], qtbot: QtBot
) -> None:
    choose_row(qtbot, view, "Kestrel Systems")
    with qtbot.waitSignal(view.alliance_chosen) as blocker:
        view.alliances.itemActivated.emit(view.alliances.topLevelItem(0), 0)
    assert blocker.args == [partners["sales"]]
    item = view.alliances.topLevelItem(1)
    rect = view.alliances.visualItemRect(item)
    # A double click is a press and a double-click event on the same row.
    qtbot.mouseClick(view.alliances.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.alliance_chosen) as blocker:
        qtbot.mouseDClick(view.alliances.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [partners["codev"]]


def test_the_model_passes_the_model_tester(
    view: OrganisationsView,
    qtmodeltester,  # noqa: ANN001
) -> None:
    qtmodeltester.check(view.model)
    view.search.setText("e")
    qtmodeltester.check(view.model)


def test_in_the_window_a_search_hit_and_an_alliance_open_where_they_live(
    qtbot: QtBot,
    translation: Translation,
    workbook_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from alliance_desk.ui.dialogs.search import SearchDialog
    from alliance_desk.ui.main_window import MainWindow
    from alliance_desk.ui.views.profile.page import ProfileView

    with open_workbook(workbook_path) as workbook:
        kestrel = records.insert(workbook.db, Organisation(name="Kestrel Systems"))
        heron = records.insert(
            workbook.db, Organisation(name="Heron Robotics", notes="Zeppelin sensors")
        )
        records.insert(workbook.db, Alliance(partner_id=kestrel.id, name="Aardvark alliance"))
        wanted = records.insert(workbook.db, Alliance(partner_id=heron.id, name="Heron pilot"))
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(workbook_path)
    try:
        titles = [view.title() for view in window.views]
        row = titles.index("Organisations")
        assert row == titles.index("Meetings") + 1 and titles[-1] == "History"
        assert window.view_actions[row].shortcut().toString() == "Ctrl+8"
        assert window.view_actions[titles.index("History")].shortcut().toString() == "Ctrl+9"

        def run_dialog(dialog: SearchDialog) -> int:
            dialog.query.setText("zeppelin")
            dialog.run()
            dialog._enter()  # noqa: SLF001 - Enter in the search box
            return 1

        monkeypatch.setattr(SearchDialog, "exec", run_dialog)
        window.find_action.trigger()
        page = window.current_view()
        assert isinstance(page, OrganisationsView)
        assert page.selected_id() == heron.id
        assert page.details["notes"][1].text() == "Zeppelin sensors"

        # The partner of the current alliance opens here too, not on its profile.
        window.show_record("organisation", kestrel.id or 0)
        assert window.current_view() is page and page.selected_id() == kestrel.id

        page.select(heron.id or 0)
        page.alliances.itemActivated.emit(page.alliances.topLevelItem(0), 0)
        assert isinstance(window.current_view(), ProfileView)
        assert window.alliance_box.currentData() == wanted.id
    finally:
        window.close_workbook()


def test_counts_are_read_for_the_rows_shown_only(
    session: Session, partners: dict[str, int], qtbot: QtBot
) -> None:
    """A workbook of many organisations: the page counts the alliances and people of the
    rows the table shows (a block of them), not of every organisation; a row further down
    is counted when it is asked for, the same as the overview counts it."""
    from alliance_desk.store import organisations
    from alliance_desk.ui.views.organisations.model import COUNTED_TOGETHER

    for number in range(3 * COUNTED_TOGETHER):
        records.insert(session.db, Organisation(name=f"Prospect {number:03}"))
    view = OrganisationsView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_session(session)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    assert model.rowCount() == 3 * COUNTED_TOGETHER + 4
    assert model.counts_read == COUNTED_TOGETHER  # the first block: what the table shows
    overview = organisations.overview(session.db)
    last = model.rowCount() - 1
    alliances, people = model.column_of("alliances"), model.column_of("stakeholders")
    shown = [
        (model.index(row, 0).data(), model.index(row, alliances).data()) for row in (0, 1, 2, last)
    ]
    assert model.counts_read == COUNTED_TOGETHER + 4  # and the last block (four rows)
    assert shown == [
        (f"{overview[0].name} (ours)", "—"),
        *((line.name, str(line.alliances)) for line in (overview[1], overview[2])),
        (overview[last].name, str(overview[last].alliances)),
    ]
    assert [model.index(row, people).data() for row in range(model.rowCount())] == [
        str(line.stakeholders) for line in overview
    ]
    view.set_session(None)
