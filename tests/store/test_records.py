"""Writing records through ``alliance_desk.store.records``: the audit trail, refusals that
write nothing, references, cascades, transactions and text that must round-trip exactly."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from alliance_desk.domain.codes import Rag, Side
from alliance_desk.domain.evaluations import Evaluation, EvaluationScore
from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.domain.stakeholders import Counterpart, Stakeholder
from alliance_desk.domain.validation import NOTE_MAX, ValidationError
from alliance_desk.store import records
from alliance_desk.store.db import Database
from alliance_desk.store.errors import RecordNotFound
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, dimensions, framework_by_code
from alliance_desk.store.tables import RECORD_TYPES
from alliance_desk.store.workbook import Workbook, open_workbook


def everything(db: Database) -> dict[str, int]:
    """Rows per table, and the audit trail's length: what a refusal must not change."""
    counts = {record_type.TABLE: records.count(db, record_type) for record_type in RECORD_TYPES}
    counts["audit_log"] = int(db.scalar("SELECT count(*) FROM audit_log"))
    return counts


def last_audit_id(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(id), 0) FROM audit_log"))


@pytest.fixture
def db(workbook: Workbook) -> Database:
    return workbook.db


@pytest.fixture
def partner(db: Database) -> Organisation:
    return records.insert(db, Organisation(name="Brügge & Zonen", sector="Distribution"))


@pytest.fixture
def alliance(db: Database, partner: Organisation) -> Alliance:
    return records.insert(db, Alliance(partner_id=partner.id, name="Benelux distribution"))


def stakeholder(alliance: Alliance, name: str, side: Side, sponsor: bool = False) -> Stakeholder:
    return Stakeholder(
        alliance_id=alliance.id, side=side, name=name, department="Sales", is_sponsor=sponsor
    )


# --- insert, get, update, delete and the audit trail -------------------------------------


def test_insert_gives_an_id_and_get_reads_the_same_record(db: Database) -> None:
    made = Organisation(name="Globex", sector="Energy", country="NL", notes="Met at a fair")

    stored = records.insert(db, made)

    assert stored.id is not None
    assert stored == made.with_changes(id=stored.id)
    assert records.get(db, Organisation, stored.id) == stored


def test_insert_is_audited_with_the_new_row(db: Database) -> None:
    stored = records.insert(db, Organisation(name="Globex", country="NL"))

    (entry,) = records.history(db, "organisation", stored.id)
    assert entry["change"] == "insert"
    assert entry["field"] is None
    assert entry["old_value"] is None
    assert json.loads(entry["new_value"]) == stored.to_row()
    assert dt.datetime.fromisoformat(entry["changed_at"].replace("Z", "+00:00"))


def test_update_audits_each_changed_field_with_old_and_new_value(
    db: Database, alliance: Alliance
) -> None:
    changed = records.update(
        db,
        alliance,
        name="Benelux and Nordics",
        status_rag=Rag.AMBER,
        renewal_date=dt.date(2027, 3, 31),
        health_check_interval_days=90,
    )

    assert records.get(db, Alliance, alliance.id) == changed
    assert changed.status_rag is Rag.AMBER
    updates = [entry for entry in records.history(db, "alliance", alliance.id)[1:]]
    assert {entry["change"] for entry in updates} == {"update"}
    assert {entry["field"]: (entry["old_value"], entry["new_value"]) for entry in updates} == {
        "name": ("Benelux distribution", "Benelux and Nordics"),
        "status_rag": (None, "amber"),  # from not assessed
        "renewal_date": (None, "2027-03-31"),
        "health_check_interval_days": (180, 90),
    }


def test_an_update_that_changes_nothing_writes_nothing(db: Database, alliance: Alliance) -> None:
    before = last_audit_id(db)

    same = records.update(db, alliance, name=alliance.name)

    assert same == alliance
    assert last_audit_id(db) == before


def test_delete_is_audited_with_the_old_row(db: Database, partner: Organisation) -> None:
    old_row = records.get(db, Organisation, partner.id).to_row()

    deleted = records.delete(db, Organisation, partner.id)

    assert deleted == partner
    with pytest.raises(RecordNotFound) as caught:
        records.get(db, Organisation, partner.id)
    assert f"organisation number {partner.id}" in str(caught.value)
    changes = [entry["change"] for entry in records.history(db, "organisation", partner.id)]
    assert changes == ["insert", "delete"]
    entry = records.history(db, "organisation", partner.id)[-1]
    assert json.loads(entry["old_value"]) == old_row
    assert entry["new_value"] is None


def test_history_is_oldest_first_and_per_record(db: Database, partner: Organisation) -> None:
    other = records.insert(db, Organisation(name="Initech"))
    records.update(db, partner, country="BE")
    records.update(db, records.get(db, Organisation, partner.id), country="NL")

    entries = records.history(db, "organisation", partner.id)

    assert [(entry["change"], entry["field"]) for entry in entries] == [
        ("insert", None),
        ("update", "country"),
        ("update", "country"),
    ]
    assert [(entry["old_value"], entry["new_value"]) for entry in entries[1:]] == [
        (None, "BE"),
        ("BE", "NL"),
    ]
    assert [entry["record_id"] for entry in records.history(db, "organisation", other.id)] == [
        other.id
    ]


# --- refusals write nothing ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "reason", "shown"),
    [
        ("name", "", "required", "''"),
        ("name", "two\nlines", "line_break", "'two\\nlines'"),
        ("name", "x" * 201, "too_long", "'xxxxxxxxxx"),
        ("status_rag", "purple", "not_a_choice", "'purple'"),
        ("health_check_interval_days", 7, "out_of_range", " 7:"),
        ("start_date", "31-03-2026", "not_a_date", "'31-03-2026'"),
        ("renewal_date", dt.date(2020, 1, 1), "before", "'2020-01-01'"),
        ("description", "bell\x07", "control_character", "'bell\\x07'"),
        ("colour", "blue", "unknown_field", "'blue'"),
    ],
)
def test_an_invalid_value_is_refused_and_nothing_is_written(
    db: Database, alliance: Alliance, field: str, value: Any, reason: str, shown: str
) -> None:
    if field == "renewal_date":
        alliance = records.update(db, alliance, start_date=dt.date(2024, 1, 1))
    before = everything(db)
    audit_before = last_audit_id(db)

    with pytest.raises(ValidationError) as caught:
        records.update(db, alliance, **{field: value})

    error = caught.value
    assert (error.record, error.field, error.reason) == ("alliance", field, reason)
    assert f"Invalid alliance {field.replace('_', ' ')} " in str(error)
    assert shown in str(error)
    assert everything(db) == before
    assert last_audit_id(db) == audit_before
    assert records.get(db, Alliance, alliance.id) == alliance
    assert not db.in_transaction


def test_a_missing_reference_is_refused_on_insert(db: Database) -> None:
    before = everything(db)

    with pytest.raises(ValidationError) as caught:
        records.insert(db, Alliance(partner_id=999, name="Nowhere"))

    error = caught.value
    assert (error.field, error.value, error.reason) == ("partner_id", 999, "missing_reference")
    assert "there is no organisation with this number" in str(error)
    assert "999" in str(error)
    assert everything(db) == before


def test_a_missing_reference_is_refused_on_update(db: Database, alliance: Alliance) -> None:
    before = everything(db)

    with pytest.raises(ValidationError) as caught:
        records.update(db, alliance, partner_id=999)

    assert (caught.value.field, caught.value.value) == ("partner_id", 999)
    assert everything(db) == before
    assert records.get(db, Alliance, alliance.id).partner_id == alliance.partner_id


def test_a_second_sponsor_on_the_same_side_is_refused(db: Database, alliance: Alliance) -> None:
    records.insert(db, stakeholder(alliance, "Eva de Wit", Side.US, sponsor=True))
    partner_sponsor = records.insert(
        db, stakeholder(alliance, "Pieter Claes", Side.PARTNER, sponsor=True)
    )
    before = everything(db)

    with pytest.raises(ValidationError) as caught:
        records.insert(db, stakeholder(alliance, "Jan Smit", Side.US, sponsor=True))

    error = caught.value
    assert (error.field, error.reason) == ("is_sponsor", "conflict")
    assert "there is already a sponsor on this side" in str(error)
    assert "UNIQUE" not in str(error)
    assert everything(db) == before
    assert partner_sponsor.is_sponsor  # one sponsor per side: the partner's is fine


def test_making_someone_a_second_sponsor_is_refused(db: Database, alliance: Alliance) -> None:
    records.insert(db, stakeholder(alliance, "Eva de Wit", Side.US, sponsor=True))
    other = records.insert(db, stakeholder(alliance, "Jan Smit", Side.US))
    before = everything(db)

    with pytest.raises(ValidationError) as caught:
        records.update(db, other, is_sponsor=True)

    assert "there is already a sponsor on this side" in str(caught.value)
    assert everything(db) == before
    assert not records.get(db, Stakeholder, other.id).is_sponsor


def test_a_second_own_organisation_is_refused(db: Database) -> None:
    before = everything(db)

    with pytest.raises(ValidationError) as caught:
        records.insert(db, Organisation(name="Also us", is_own=True))

    assert caught.value.field == "is_own"
    assert "another organisation is already marked as ours" in str(caught.value)
    assert everything(db) == before


def test_deleting_an_organisation_with_alliances_is_refused(
    db: Database, partner: Organisation, alliance: Alliance
) -> None:
    before = everything(db)

    with pytest.raises(ValidationError) as caught:
        records.delete(db, Organisation, partner.id)

    error = caught.value
    assert (error.record, error.field, error.value) == ("organisation", "id", partner.id)
    assert error.reason == "still_referenced"
    assert "other records still refer to it" in str(error)
    assert everything(db) == before
    assert records.get(db, Organisation, partner.id) == partner


def test_deleting_an_alliance_takes_what_belongs_to_it(
    db: Database, partner: Organisation, alliance: Alliance
) -> None:
    ours = records.insert(db, stakeholder(alliance, "Eva de Wit", Side.US))
    theirs = records.insert(db, stakeholder(alliance, "Pieter Claes", Side.PARTNER))
    records.insert(
        db,
        Counterpart(
            alliance_id=alliance.id, our_stakeholder_id=ours.id, partner_stakeholder_id=theirs.id
        ),
    )
    records.insert(db, Goal(alliance_id=alliance.id, kind="shared", description="40 hospitals"))
    health = framework_by_code(db, DEFAULT_EVALUATION)
    evaluation = records.insert(
        db,
        Evaluation(
            alliance_id=alliance.id,
            framework_id=health.id,
            evaluated_on=dt.date(2026, 5, 1),
            respondent_side="us",
        ),
    )
    for dimension in dimensions(db, health.id):
        records.insert(
            db, EvaluationScore(evaluation_id=evaluation.id, dimension_id=dimension.id, score=3)
        )
    other = records.insert(db, Alliance(partner_id=partner.id, name="Other alliance"))
    records.insert(db, stakeholder(other, "Stays", Side.US))
    assert records.count(db, EvaluationScore) > 0

    records.delete(db, Alliance, alliance.id)

    for record_type in (Stakeholder, Counterpart, Goal, Evaluation):
        left = records.select(db, record_type, "alliance_id = :id", {"id": alliance.id})
        assert left == [], record_type.TABLE
    assert records.count(db, Counterpart) == 0
    assert records.count(db, Evaluation) == 0
    assert records.count(db, EvaluationScore) == 0
    assert [person.name for person in records.select(db, Stakeholder)] == ["Stays"]
    assert records.get(db, Organisation, partner.id) == partner


# --- transactions --------------------------------------------------------------------------


class Stop(Exception):
    pass


def test_a_nested_transaction_joins_the_outer_one(db: Database) -> None:
    before = everything(db)

    with pytest.raises(Stop), db.transaction():
        records.insert(db, Organisation(name="Outer"))
        with db.transaction():
            records.insert(db, Organisation(name="Inner"))
        assert db.in_transaction  # the inner block did not commit
        raise Stop

    assert everything(db) == before
    assert records.select(db, Organisation, "name IN ('Outer', 'Inner')") == []
    assert not db.in_transaction


def committed_names(path: Path) -> set[str]:
    """Organisation names as another connection sees them: only what was committed."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM organisation")}
    finally:
        connection.close()


def test_an_outer_transaction_commits_once(db: Database, workbook_path: Path) -> None:
    with db.transaction():
        records.insert(db, Organisation(name="First"))
        with db.transaction():
            records.insert(db, Organisation(name="Second"))
        assert "Second" not in committed_names(workbook_path)

    assert {"First", "Second"} <= committed_names(workbook_path)


# --- text round-trips ----------------------------------------------------------------------

ROUND_TRIP = [
    pytest.param(
        "<b>Bold</b> & <script>alert('x')</script> \"quoted\" 'single' %s {0} ; --", id="markup"
    ),
    pytest.param("Kick-off 🎉🤝 👩🏽‍💻 family 👨‍👩‍👧‍👦 flag 🇳🇱", id="emoji"),
    pytest.param("שותפות אסטרטגית — شراكة استراتيجية \u200fRTL\u200f mixed", id="rtl"),
    pytest.param("line one\nline two\n\ttabbed\n\nafter a blank line", id="lines"),
]


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_text_round_trips_exactly(workbook: Workbook, workbook_path: Path, text: str) -> None:
    name = text.splitlines()[0]
    stored = records.insert(workbook.db, Organisation(name=name, notes=text))

    assert records.get(workbook.db, Organisation, stored.id).notes == text
    assert records.get(workbook.db, Organisation, stored.id).name == name
    workbook.close()
    with open_workbook(workbook_path) as reopened:
        assert records.get(reopened.db, Organisation, stored.id).notes == text


def test_the_longest_note_round_trips(db: Database) -> None:
    note = ("Ab€😀 " * (NOTE_MAX // 5))[: NOTE_MAX - 1] + "Z"
    assert len(note) == NOTE_MAX == 100_000

    stored = records.insert(db, Organisation(name="Long notes", notes=note))

    assert records.get(db, Organisation, stored.id).notes == note


def test_a_note_one_character_too_long_is_refused(db: Database, partner: Organisation) -> None:
    note = "x" * (NOTE_MAX + 1)
    before = everything(db)

    with pytest.raises(ValidationError) as caught:
        records.update(db, partner, notes=note)

    error = caught.value
    assert (error.field, error.reason) == ("notes", "too_long")
    assert "100,000" in str(error) and "100,001" in str(error)
    assert everything(db) == before
    assert records.get(db, Organisation, partner.id).notes is None


def test_plain_tuples_read_the_same_rows_as_query(workbook: Workbook) -> None:
    db = workbook.db
    for name in ("Kestrel", "Zoë & Co <b>", "Ærø"):
        records.insert(db, Organisation(name=name))
    sql = "SELECT id, name FROM organisation ORDER BY id"
    found = list(db.tuples(sql))
    assert found == [tuple(row) for row in db.query(sql)]
    assert len(found) >= 3 and all(type(row) is tuple for row in found)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        list(db.tuples("SELECT * FROM no_such_table"))


def test_a_new_record_never_takes_a_deleted_ones_id_or_history(workbook: Workbook) -> None:
    db = workbook.db
    first = records.insert(db, Organisation(name="Kestrel"))
    last = records.insert(db, Organisation(name="Gone soon"))
    records.delete(db, Organisation, last.id or 0)
    # SQLite alone would give the deleted last row's id out again.
    fresh = records.insert(db, Organisation(name="Newcomer"))
    assert fresh.id not in (first.id, last.id) and (fresh.id or 0) > (last.id or 0)
    entries = db.query(
        "SELECT change FROM audit_log WHERE table_name = 'organisation' AND record_id = :id",
        {"id": fresh.id},
    )
    assert [row["change"] for row in entries] == ["insert"]
    chosen = records.insert(db, Organisation(id=9_000, name="Chosen id"))  # an id given is kept
    assert chosen.id == 9_000


def test_the_trail_tells_what_a_deletion_took_along_and_what_undo_put_back(
    workbook: Workbook,
) -> None:
    from alliance_desk.domain.follow_up import Action, Meeting
    from alliance_desk.store import snapshot

    db = workbook.db
    partner = records.insert(db, Organisation(name="Kestrel"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Co-dev"))
    goal = records.insert(db, Goal(alliance_id=alliance.id, kind="shared", description="Grow"))
    meeting = records.insert(
        db, Meeting(alliance_id=alliance.id, held_on="2026-10-02", title="Steerco")
    )
    action = records.insert(
        db, Action(alliance_id=alliance.id, title="Call", source_meeting_id=meeting.id)
    )

    def trail(table: str, record_id: int | None) -> list[tuple[str, str | None, Any, Any]]:
        return [
            (entry["change"], entry["field"], entry["old_value"], entry["new_value"])
            for entry in records.history(db, table, record_id or 0)
        ]

    kept = snapshot.take(db, "meeting", meeting.id or 0)
    records.delete(db, Meeting, meeting.id or 0)
    assert trail("action", action.id)[-1] == ("update", "source_meeting_id", meeting.id, None)
    snapshot.put_back(db, kept)
    assert trail("action", action.id)[-1] == ("update", "source_meeting_id", None, meeting.id)
    assert records.get(db, Action, action.id or 0).source_meeting_id == meeting.id

    records.delete(db, Alliance, alliance.id or 0)  # the goal goes with it (cascade)
    assert trail("goal", goal.id)[-1][0] == "delete"
    assert json.loads(trail("goal", goal.id)[-1][2])["description"] == "Grow"
