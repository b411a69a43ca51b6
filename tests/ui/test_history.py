"""The history page as a user meets it: the changes to an alliance and all that belongs to
it, with old and new values; one record's history; the whole workbook; a filter."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from alliance_desk.domain.follow_up import Action, Meeting
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.store import audit, records
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.session import Session
from alliance_desk.ui.views.history.model import VISIBLE, HistoryModel, local_time
from alliance_desk.ui.views.history.page import HistoryView, history_request

TODAY = dt.date(2026, 11, 15)


@pytest.fixture
def alliances(session: Session) -> tuple[Alliance, Alliance]:
    partner = session.add(Organisation(name="Kestrel Systems"), "Add partner")
    kestrel = session.add(Alliance(partner_id=partner.id, name="Kestrel co-dev"), "Add")
    other_partner = session.add(Organisation(name="Brügge & Zonen"), "Add partner")
    other = session.add(Alliance(partner_id=other_partner.id, name="Benelux sales"), "Add")
    return kestrel, other


@pytest.fixture
def view(
    session: Session, alliances: tuple[Alliance, Alliance], qtbot: QtBot, translation: Translation
) -> Iterator[HistoryView]:
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.set_session(session)
    view.set_alliance(alliances[0].id)
    session.changed.connect(view.on_changed)
    yield view
    view.set_session(None)


def shown(model: HistoryModel) -> list[tuple[str, ...]]:
    """What each row says, without the time: (what, change, field, old, new)."""
    return [
        tuple(model.index(row, column).data() for column in range(1, len(VISIBLE)))
        for row in range(model.rowCount())
    ]


def test_the_alliance_trail_shows_every_change_with_old_and_new_values(
    view: HistoryView, session: Session, alliances: tuple[Alliance, Alliance]
) -> None:
    kestrel, other = alliances
    action = session.add(
        Action(alliance_id=kestrel.id, title="Call Mei", owner="Mei Tanaka", due_date="2026-11-01"),
        "Add action",
    )
    session.change(action, "Done", status="done", completed_on=TODAY)
    session.add(Action(alliance_id=other.id, title="Price list"), "Add elsewhere")
    session.change(kestrel, "Status", status_rag="amber", status_reason="Launch slips")

    model = view.model
    assert model is not None
    rows = shown(model)
    assert rows[:2] == [
        ("Alliance: Kestrel co-dev", "Changed", "Status in one sentence", "—", "Launch slips"),
        ("Alliance: Kestrel co-dev", "Changed", "Status", "Not assessed", "Amber"),
    ]
    assert ("Action: Call Mei", "Changed", "Status", "Open", "Done") in rows
    assert ("Action: Call Mei", "Changed", "Completed on", "—", "2026-11-15") in rows
    added = next(row for row in rows if row[:2] == ("Action: Call Mei", "Added"))
    assert added[4].startswith("Title: Call Mei; Owner: Mei Tanaka; Due date: 2026-11-01")
    assert "Status: Open" in added[4]
    assert ("Organisation: Kestrel Systems", "Added") in [row[:2] for row in rows]
    assert not any("Price list" in row[0] or "Benelux" in row[0] for row in rows)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", model.index(0, 0).data())
    assert view.summary.text() == f"{model.rowCount()} changes, newest first"

    # Undo writes to the trail as well: the status goes back, newest on top.
    before = model.rowCount()
    session.undo_stack.undo()
    assert model.rowCount() == before + 2
    assert {row[2:] for row in shown(model)[:2]} == {
        ("Status", "Amber", "Not assessed"),  # back to nobody's assessment
        ("Status in one sentence", "Launch slips", "—"),
    }

    view.scope.setCurrentIndex(view.scope.findData("workbook"))
    assert any(row[0] == "Action: Price list" for row in shown(model))


def test_deleted_records_stay_in_their_alliances_trail(
    view: HistoryView, session: Session, alliances: tuple[Alliance, Alliance]
) -> None:
    kestrel = alliances[0]
    person = session.add(
        Stakeholder(alliance_id=kestrel.id, side="partner", name="Mei Tanaka", department="R&D"),
        "Add",
    )
    session.add(
        StakeholderAssessment(stakeholder_id=person.id, assessed_on=TODAY, power=8, interest=6),
        "Assess",
    )
    meeting = session.add(
        Meeting(alliance_id=kestrel.id, held_on="2026-10-02", title="Steerco Q3"), "Meet"
    )
    session.remove(Stakeholder, person.id or 0, "Delete Mei")  # the assessment goes with her
    session.remove(Meeting, meeting.id or 0, "Delete meeting")

    rows = shown(view.model)  # type: ignore[arg-type]
    assert rows[0][:2] == ("Meeting: Steerco Q3", "Deleted")
    assert rows[0][3].startswith("Date: 2026-10-02; Kind: Steering committee; Title: Steerco Q3")
    assert ("Stakeholder: Mei Tanaka", "Deleted") in [row[:2] for row in rows]
    assessment = [row for row in rows if row[0].startswith("Stakeholder assessment")]
    # Deleted with her (the schema's cascade), and the trail says so, newest first.
    assert [row[1] for row in assessment] == ["Deleted", "Added"]
    assert "Power (1–10): 8" in assessment[1][4] and "Power (1–10): 8" in assessment[0][3]


def test_one_records_history_and_the_filter(
    view: HistoryView, session: Session, alliances: tuple[Alliance, Alliance], qtbot: QtBot
) -> None:
    kestrel, other = alliances
    action = session.add(Action(alliance_id=kestrel.id, title="Call Mei"), "Add")
    action = session.change(action, "Owner", owner="Mei Tanaka")
    session.change(action, "Done", status="done")
    model = view.model
    assert model is not None

    with qtbot.waitSignal(model.modelReset):
        qtbot.keyClicks(view.search, "tanaka")
    assert [row[:3] for row in shown(model)] == [("Action: Call Mei", "Changed", "Owner")]
    view.search.clear()

    assert view.show_history("action", action.id or 0)
    assert view.scope.currentData() == "record"
    assert view.scope.currentText() == "Action “Call Mei”"
    assert [row[1:3] for row in shown(model)] == [
        ("Changed", "Status"),
        ("Changed", "Owner"),
        ("Added", ""),
    ]
    # Asked for through the window's open_record, as the follow-up page does.
    view.set_alliance(other.id)
    assert view.scope.currentData() == "alliance"  # another alliance: its own trail again
    assert view.show_record(history_request("action"), action.id or 0)
    assert model.rowCount() == 3
    assert view.show_record("alliance", kestrel.id or 0)  # no other page took it: its history
    assert view.scope.currentText() == "Alliance “Kestrel co-dev”"

    # Enter on an entry opens the record it is about, wherever it is shown.
    view.show_history("action", action.id or 0)
    view.table.setFocus()
    view.table.selectRow(0)
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == ["action", action.id]


def test_the_model_passes_the_model_tester_and_the_trail_uses_the_index(
    view: HistoryView,
    session: Session,
    alliances: tuple[Alliance, Alliance],
    qtmodeltester,  # noqa: ANN001
) -> None:
    session.add(Action(alliance_id=alliances[0].id, title="Call Mei"), "Add")
    assert view.model is not None and view.model.rowCount() > 0
    qtmodeltester.check(view.model)
    where, params = audit.scope_condition(alliance_id=alliances[0].id)
    plan = " ".join(
        row["detail"]
        for row in session.db.query(
            f"EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE {where}", params
        )
    )
    assert "audit_log_by_record" in plan
    assert "SCAN audit_log" not in plan.replace("SCAN audit_log AS", "")


def test_records_written_without_the_trail_say_so(
    session: Session, qtbot: QtBot, translation: Translation
) -> None:
    # A demo or an import writes without the trail: the page says why it is empty.
    session.db.audit = False
    partner = records.insert(session.db, Organisation(name="Quiet partner"))
    alliance = records.insert(session.db, Alliance(partner_id=partner.id, name="Quiet"))
    session.db.audit = True
    view = HistoryView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.set_alliance(alliance.id)
    assert view.model is not None and view.model.rowCount() == 0
    assert view.summary.text().startswith("No changes recorded here yet.")
    view.set_session(None)
    assert view.summary.text() == "No workbook is open."


def test_the_small_demos_backdated_trail_reads_as_a_history(
    small_demo_path: Path, qtbot: QtBot, translation: Translation
) -> None:
    # The demo is written without the trail, then given the past a manager would have left:
    # newest first by date, the status moves in words, the alliance as it was recorded.
    demo = Session(open_workbook(small_demo_path))
    try:
        sarathi = demo.db.scalar("SELECT id FROM alliance WHERE name LIKE 'Sarathi%'")
        view = HistoryView()
        qtbot.addWidget(view)
        view.set_session(demo)
        view.set_alliance(sarathi)
        model = view.model
        assert model is not None
        rows = shown(model)
        name = "Alliance: Sarathi joint venture, Pune"
        statuses = [row[3:] for row in rows if row[:3] == (name, "Changed", "Status")]
        assert statuses == [("Amber", "Red"), ("Green", "Amber")]  # newest first
        added = next(row for row in rows if row[:2] == (name, "Added"))
        assert "Lifecycle stage: Working together; Status: Green" in added[4]
        assert any(row[:2] == ("Decision: Invoke the deadlock clause or accept a reduced"
                               " 2027 budget", "Added") for row in rows)  # fmt: skip
        days = [model.index(row, 0).data()[:10] for row in range(model.rowCount())]
        assert days == sorted(days, reverse=True)
        # (shown in the computer's time zone, like every stamp of the trail)
        assert days[0] == local_time("2026-10-27T17:00:00Z")[:10]
        # The manager's work as it happened, not only the alliance's own fields: meetings
        # and health checks entered on their day, people re-assessed, actions done, goals'
        # progress moved up.
        kinds = {(row[0].split(":")[0], row[1], row[2]) for row in rows}
        assert {
            ("Meeting", "Added", ""),
            ("Health check", "Added", ""),
            ("Stakeholder assessment", "Added", ""),
            ("Action", "Changed", "Status"),
            ("Goal", "Changed", "Progress (%)"),
        } <= kinds
        assert days[-1] == local_time("2024-07-01T08:30:00Z")[:10]
        view.set_session(None)
    finally:
        demo.close()


def test_dates_in_a_records_name_follow_the_interface_language(
    view: HistoryView,
    session: Session,
    alliances: tuple[Alliance, Alliance],
    translation: Translation,
) -> None:
    kestrel, _ = alliances
    session.add(Meeting(alliance_id=kestrel.id, held_on="2026-10-02", title="Steerco Q3"), "Meet")
    model = view.model
    assert model is not None
    names = [model.index(row, VISIBLE.index("what")).data() for row in range(model.rowCount())]
    assert "Meeting: Steerco Q3, 2026-10-02" in names
    translation.switch("nl")
    view.retranslate()
    names = [model.index(row, VISIBLE.index("what")).data() for row in range(model.rowCount())]
    assert any(name.endswith("Steerco Q3, 02-10-2026") for name in names), names
