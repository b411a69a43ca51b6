"""Migration of a schema-version-1 workbook (the committed fixture) to the current version."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.domain.record import Record
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import backup, records, search
from alliance_desk.store import frameworks as frameworks_module
from alliance_desk.store import workbook as workbook_module
from alliance_desk.store.db import Database
from alliance_desk.store.lock import lock_path_for
from alliance_desk.store.schema import MIGRATIONS, SCHEMA_VERSION
from alliance_desk.store.workbook import inspect_workbook, open_workbook

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workbook_v1.alliance"
FIXTURE_DIGEST = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()

BROKEN_STEP = """
CREATE TABLE half_made (x INTEGER);
INSERT INTO organisation (name) VALUES ('made by the broken step');
THIS IS NOT SQL;
"""


def read_tables(path: Path, immutable: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, read with plain sqlite3 (ordered by the first column)."""
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    connection = sqlite3.connect(uri, uri=True)
    connection.row_factory = sqlite3.Row
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: [dict(row) for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY 1')]
            for name in names
        }
    finally:
        connection.close()


def pragma(path: Path, name: str) -> Any:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def v1_path(tmp_path: Path) -> Iterator[Path]:
    """A copy of the version-1 fixture; the fixture itself must never change."""
    path = tmp_path / "Legacy.alliance"
    shutil.copyfile(FIXTURE, path)
    yield path
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == FIXTURE_DIGEST


@pytest.fixture(scope="module")
def v1_rows() -> dict[str, list[dict[str, Any]]]:
    rows = read_tables(FIXTURE, immutable=True)
    assert sum(len(table) for table in rows.values()) > 20, "the fixture should hold data"
    return rows


def without_skills(
    table: str, rows: list[dict[str, Any]], tables: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """The rows as they were before version 8 added the skills framework (and its column)."""
    skills = {row["id"] for row in tables.get("framework", []) if row["kind"] == "skills"}
    if table == "framework":
        return [row for row in rows if row["id"] not in skills]
    if table not in ("framework_dimension", "framework_level"):
        return rows
    return [
        {name: value for name, value in row.items() if name != "required_level"}
        for row in rows
        if row["framework_id"] not in skills
    ]


def assert_v1_rows_kept(
    migrated: dict[str, list[dict[str, Any]]],
    original: dict[str, list[dict[str, Any]]],
    schema_version: int,
) -> None:
    for table, rows in original.items():
        expected = rows
        if table == "workbook_info":
            expected = [
                {**row, "value": str(schema_version)} if row["key"] == "schema_version" else row
                for row in rows
            ]
        now = without_skills(table, migrated[table], migrated)
        kept = [{name: row[name] for name in expected[0]} for row in now] if rows else []
        assert kept == expected, table
        assert len(now) == len(rows), table


def test_the_fixture_is_a_version_1_workbook(v1_path: Path) -> None:
    assert pragma(v1_path, "user_version") == 1
    assert "audit_log" not in read_tables(v1_path, immutable=True)


def test_opening_migrates_to_the_current_version(
    v1_path: Path, v1_rows: dict[str, list[dict[str, Any]]]
) -> None:
    with open_workbook(v1_path) as workbook:
        assert workbook.db.scalar("PRAGMA user_version") == SCHEMA_VERSION
        alliances = records.select(workbook.db, Alliance)
        organisations = records.select(workbook.db, Organisation)

    migrated = read_tables(v1_path)
    assert pragma(v1_path, "user_version") == SCHEMA_VERSION
    assert_v1_rows_kept(migrated, v1_rows, SCHEMA_VERSION)
    assert {"audit_log", "pulse_check"} <= set(migrated)
    assert migrated["audit_log"] == []
    assert migrated["pulse_check"] == []
    assert [row["health_check_interval_days"] for row in migrated["alliance"]] == [180] * len(
        v1_rows["alliance"]
    )
    # The domain reads the migrated rows as they were written by version 1.
    assert [alliance.name for alliance in alliances] == [row["name"] for row in v1_rows["alliance"]]
    assert all(alliance.health_check_interval_days == 180 for alliance in alliances)
    assert [organisation.notes for organisation in organisations] == [
        row["notes"] for row in v1_rows["organisation"]
    ]


def test_a_verified_backup_is_taken_before_migrating(
    v1_path: Path, v1_rows: dict[str, list[dict[str, Any]]]
) -> None:
    open_workbook(v1_path).close()

    found = backup.list_backups(v1_path)
    assert len(found) == 1
    taken = found[0]
    assert taken.label == f"before-v{SCHEMA_VERSION}"
    assert taken.path.parent == v1_path.with_name("Legacy-backups")
    assert backup.verify(taken.path) is None
    assert pragma(taken.path, "user_version") == 1
    assert read_tables(taken.path) == v1_rows


def test_the_migrated_workbook_passes_the_full_check(v1_path: Path) -> None:
    open_workbook(v1_path).close()

    assert inspect_workbook(v1_path, full=True) == SCHEMA_VERSION


def test_a_migrated_workbook_is_not_migrated_again(v1_path: Path) -> None:
    open_workbook(v1_path).close()
    first = backup.list_backups(v1_path)

    with open_workbook(v1_path) as workbook:
        assert workbook.db.scalar("PRAGMA user_version") == SCHEMA_VERSION

    assert backup.list_backups(v1_path) == first


@pytest.fixture
def broken_step(monkeypatch: pytest.MonkeyPatch) -> int:
    """A migration step after the current version whose SQL is invalid halfway."""
    monkeypatch.setattr(workbook_module, "MIGRATIONS", (*MIGRATIONS, BROKEN_STEP))
    monkeypatch.setattr(workbook_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    return SCHEMA_VERSION + 1


def test_a_failing_step_leaves_the_previous_version(
    broken_step: int, workbook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = read_tables(workbook_path)

    with pytest.raises(sqlite3.OperationalError, match="syntax error"):
        open_workbook(workbook_path)

    after = read_tables(workbook_path)
    assert pragma(workbook_path, "user_version") == SCHEMA_VERSION
    assert "half_made" not in after
    assert after == before
    assert not lock_path_for(workbook_path).exists()
    # The backup taken before the step is good and still at the previous version.
    (taken,) = backup.list_backups(workbook_path)
    assert taken.label == f"before-v{broken_step}"
    assert pragma(taken.path, "user_version") == SCHEMA_VERSION

    monkeypatch.undo()
    with open_workbook(workbook_path) as workbook:
        assert records.count(workbook.db, Organisation) == len(before["organisation"])


def test_each_step_commits_on_its_own(
    broken_step: int, v1_path: Path, v1_rows: dict[str, list[dict[str, Any]]]
) -> None:
    with pytest.raises(sqlite3.OperationalError):
        open_workbook(v1_path)

    # Step 1 -> 2 was committed; the broken step 2 -> 3 left nothing behind.
    migrated = read_tables(v1_path)
    assert pragma(v1_path, "user_version") == SCHEMA_VERSION
    assert "half_made" not in migrated
    assert "audit_log" in migrated
    assert_v1_rows_kept(migrated, v1_rows, SCHEMA_VERSION)
    assert inspect_workbook(v1_path, full=True) == SCHEMA_VERSION
    (taken,) = backup.list_backups(v1_path)
    assert pragma(taken.path, "user_version") == 1


# Columns later versions added to tables older versions already had.
LATER = ("source_round_id", "development_target_id")


# --- version 3 -> 4: the alliance table is rebuilt so that a status may be unset ----------


def schema_of(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'search_index_%' ORDER BY type, name"
        ).fetchall()
    finally:
        connection.close()


def insert_as_before(db: Database, record: Record, *, unknown: tuple[str, ...] = LATER) -> None:
    """Insert ``record`` with its audit entry as an older version did: without the columns
    ``unknown`` that later versions added."""
    row = {key: value for key, value in record.to_row().items() if key not in unknown}
    row["id"] = db.scalar(f'SELECT coalesce(max(id), 0) + 1 FROM "{record.TABLE}"')
    names = ", ".join(row)
    db.execute(
        f'INSERT INTO "{record.TABLE}" ({names}) VALUES ({", ".join(":" + k for k in row)})', row
    )
    db.execute(
        "INSERT INTO audit_log (changed_at, table_name, record_id, change, new_value)"
        " VALUES ('2026-01-01T00:00:00Z', :table, :id, 'insert', :new)",
        {"table": record.TABLE, "id": row["id"], "new": json.dumps(row, sort_keys=True)},
    )


@pytest.fixture
def v3_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frameworks_before_v8: Callable[..., None]
) -> Path:
    """A workbook made and filled by version 3 (the audit trail and search index at work)."""
    path = tmp_path / "Three.alliance"
    with monkeypatch.context() as patched:
        patched.setattr(workbook_module, "MIGRATIONS", MIGRATIONS[:3])
        patched.setattr(workbook_module, "SCHEMA_VERSION", 3)
        # Version 3's action had no development_target_id (version 7 added it).
        patched.setattr(
            Action,
            "to_row",
            lambda action: {
                name: value
                for name, value in Record.to_row(action).items()
                if name != "development_target_id"
            },
        )
        patched.setattr(frameworks_module, "install_shipped_frameworks", frameworks_before_v8)
        workbook_module.create_workbook(path)
        with open_workbook(path) as workbook:
            db = workbook.db
            partner = records.insert(db, Organisation(name="Kestrel Systems"))
            first = records.insert(
                db,
                Alliance(
                    partner_id=partner.id,
                    name="Rhine corridor",
                    status_rag="amber",
                    status_reason="Volumes behind plan",
                    description="Distribution along the Rhine",
                ),
            )
            second = records.insert(
                db, Alliance(partner_id=partner.id, name="Co-development", status_rag="green")
            )
            records.update(db, second, status_rag="red", status_reason="Sponsor left")
            records.insert(db, Goal(alliance_id=first.id, kind="shared", description="Grow volume"))
            records.insert(
                db,
                Stakeholder(
                    alliance_id=second.id, side="partner", name="Mei Tanaka", department="R&D"
                ),
            )
            insert_as_before(db, Action(alliance_id=first.id, title="Draft the charter"))
        assert pragma(path, "user_version") == 3
    return path


def test_a_version_3_workbook_keeps_every_row_audit_entry_and_search_hit(v3_path: Path) -> None:
    before = read_tables(v3_path)  # the search index's entries included
    with open_workbook(v3_path) as workbook:
        hits = {
            word: sorted((hit.table, hit.record_id) for hit in search.search(workbook.db, word))
            for word in ("Rhine", "plan", "Sponsor", "volume", "Tanaka", "charter")
        }

    after = read_tables(v3_path)
    assert pragma(v3_path, "user_version") == SCHEMA_VERSION
    # Version 5 adds the questionnaire rounds' tables, version 7 the development plans',
    # version 8 the skills'.
    assert set(after) - set(before) >= {
        "questionnaire_round",
        "round_respondent",
        "round_answer",
        "development_plan",
        "development_target",
        "skill_assessment",
        "skill_score",
        "training",
        "training_skill",
    }
    for table, rows in before.items():
        if table in ("search_index_data", "search_index_idx"):
            continue  # the index's own structure, made again with prefix indexes (its
            # entries are compared in search_index_content, and the hits below)
        if table == "workbook_info":
            rows = [
                {**row, "value": str(SCHEMA_VERSION)} if row["key"] == "schema_version" else row
                for row in rows
            ]
        # Columns added later come in empty; every value there before is kept.
        now = without_skills(table, after[table], after)
        assert [{key: row[key] for key in kept} for row, kept in zip(now, rows, strict=True)] == (
            rows
        ), table
        assert all(row.get(key) is None for row in now for key in LATER), table
    # Six inserts, then the update's two fields.
    assert [row["change"] for row in after["audit_log"]] == ["insert"] * 3 + ["update"] * 2 + [
        "insert"
    ] * 3
    assert [row["status_rag"] for row in after["alliance"]] == ["amber", "red"]
    assert hits == {
        "Rhine": [("alliance", 1)],
        "plan": [("alliance", 1)],
        "Sponsor": [("alliance", 2)],
        "volume": [("alliance", 1), ("goal", 1)],
        "Tanaka": [("stakeholder", 1)],
        "charter": [("action", 1)],
    }
    assert inspect_workbook(v3_path, full=True) == SCHEMA_VERSION


def test_after_the_rebuild_references_search_and_cascades_still_work(v3_path: Path) -> None:
    with open_workbook(v3_path) as workbook:
        db = workbook.db
        assert db.scalar("PRAGMA foreign_keys") == 1  # enforcement is back on
        assert db.query("PRAGMA foreign_key_check") == []
        # Not assessed is a status now; an unknown word still is not.
        new = records.insert(db, Alliance(partner_id=1, name="Nordic pilot"))
        assert records.get(db, Alliance, new.id).status_rag is None
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE alliance SET status_rag = 'purple' WHERE id = :id", {"id": new.id})
        # The triggers were made again: an edit is found at once.
        records.update(db, new, description="Fjord logistics")
        assert [hit.record_id for hit in search.search(db, "fjord")] == [new.id]
        # Other tables still point at the alliance table: a delete cascades ...
        records.delete(db, Alliance, 1)
        assert db.scalar("SELECT count(*) FROM goal") == 0
        assert db.scalar("SELECT count(*) FROM action") == 0
        # ... and an alliance that does not exist cannot be referred to.
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO goal (alliance_id, kind, description) VALUES (99, 'ours', 'x')")


def test_a_migrated_workbook_has_the_schema_of_a_new_one(
    v1_path: Path, v3_path: Path, workbook_path: Path
) -> None:
    open_workbook(v1_path).close()
    open_workbook(v3_path).close()

    assert schema_of(v1_path) == schema_of(workbook_path)
    assert schema_of(v3_path) == schema_of(workbook_path)


def test_the_rebuild_keeps_statuses_and_children_of_the_version_1_fixture(
    v1_path: Path, v1_rows: dict[str, list[dict[str, Any]]]
) -> None:
    with open_workbook(v1_path) as workbook:
        statuses = [alliance.status_rag for alliance in records.select(workbook.db, Alliance)]
        goals = workbook.db.scalar("SELECT count(*) FROM goal")

    assert [status.value for status in statuses if status] == [
        row["status_rag"] for row in v1_rows["alliance"]
    ]
    assert goals == len(v1_rows["goal"]) > 0
