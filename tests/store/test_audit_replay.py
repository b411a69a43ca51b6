"""Replaying the audit trail gives the records the store has, deletions with what the schema
deleted along included, and names the first entry that does not fit."""

from __future__ import annotations

import pytest

from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.store import audit_replay, records
from alliance_desk.store.workbook import Workbook


def test_inserts_changes_and_cascaded_deletions_replay_to_the_store(workbook: Workbook) -> None:
    db = workbook.db
    start = audit_replay.records_of(db)
    partner = records.insert(db, Organisation(name="Kestrel"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Co-dev"))
    records.insert(db, Goal(alliance_id=alliance.id, kind="shared", description="Grow"))
    records.update(db, partner, name="Kestrel Systems")
    records.delete(db, Alliance, alliance.id or 0)  # its goal goes along

    assert audit_replay.replay(db, start) == audit_replay.records_of(db)
    assert audit_replay.records_of(db)["goal"] == {}


def test_an_entry_that_does_not_fit_is_named(workbook: Workbook) -> None:
    db = workbook.db
    start = audit_replay.records_of(db)
    partner = records.insert(db, Organisation(name="Kestrel"))
    records.update(db, partner, name="Kestrel Systems")
    db.execute("UPDATE audit_log SET old_value = 'Someone else' WHERE change = 'update'")
    with pytest.raises(ValueError, match=r"organisation \d+\.name was not 'Someone else'"):
        audit_replay.replay(db, start)


def test_deleting_an_alliance_records_no_update_of_its_own_deleted_action(
    workbook: Workbook,
) -> None:
    """Its meeting goes too, and the action's reference to the meeting was audited as
    cleared, after the action's deletion: an update of a record no longer there."""
    import datetime as dt

    from alliance_desk.domain.follow_up import Action, Meeting
    from alliance_desk.store import snapshot

    db = workbook.db
    start = audit_replay.records_of(db)
    partner = records.insert(db, Organisation(name="Kestrel"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Co-dev"))
    meeting = records.insert(
        db, Meeting(alliance_id=alliance.id, held_on=dt.date(2026, 3, 2), title="Steering")
    )
    records.insert(
        db, Action(alliance_id=alliance.id, title="Send the plan", source_meeting_id=meeting.id)
    )
    kept = snapshot.take(db, "alliance", alliance.id or 0)
    records.delete(db, Alliance, alliance.id or 0)
    assert audit_replay.replay(db, start) == audit_replay.records_of(db)

    snapshot.put_back(db, kept)  # what undo does: every row back as it was, audited
    assert audit_replay.replay(db, start) == audit_replay.records_of(db)
    assert audit_replay.records_of(db)["action"][1]["source_meeting_id"] == meeting.id
