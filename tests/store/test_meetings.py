"""What came from a meeting: the actions and decisions that name it as their source."""

from __future__ import annotations

import datetime as dt

from alliance_desk.domain.follow_up import Action, Decision, Meeting
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import meetings, records
from alliance_desk.store.workbook import Workbook


def test_sourced_actions_and_decisions(workbook: Workbook) -> None:
    db = workbook.db
    partner = records.insert(db, Organisation(name="Kestrel"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Co-dev"))
    steerco = records.insert(
        db, Meeting(alliance_id=alliance.id, held_on="2026-10-02", title="Steerco <Q3> & 🚀")
    )
    other = records.insert(db, Meeting(alliance_id=alliance.id, held_on="2026-11-02", title="Q4"))
    assert meetings.sourced_from(db, steerco.id or 0) == []
    assert meetings.sourced_counts(db, steerco.id or 0) == (0, 0)
    for title, due in (("Later", "2026-12-01"), ("Sooner", "2026-11-01"), ("Someday", None)):
        records.insert(
            db,
            Action(
                alliance_id=alliance.id, title=title, due_date=due, source_meeting_id=steerco.id
            ),
        )
    records.insert(
        db, Action(alliance_id=alliance.id, title="Elsewhere", source_meeting_id=other.id)
    )
    records.insert(
        db,
        Decision(
            alliance_id=alliance.id,
            title="Renew",
            deadline="2026-12-05",
            source_meeting_id=steerco.id,
        ),
    )
    found = meetings.sourced_from(db, steerco.id or 0)
    assert [(item.table, item.title) for item in found] == [
        ("action", "Sooner"),
        ("action", "Later"),
        ("action", "Someday"),
        ("decision", "Renew"),
    ]
    assert found[0].day == dt.date(2026, 11, 1) and found[2].day is None
    assert found[0].status == "open"
    assert meetings.sourced_counts(db, steerco.id or 0) == (3, 1)
    assert meetings.sourced_counts(db, other.id or 0) == (1, 0)
    assert meetings.sourced_counts(db, 10_000) == (0, 0)
