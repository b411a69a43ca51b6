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
