"""The demo workbooks: what a newcomer should find, and the sizes the benchmarks need."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from alliance_desk.demo.builder import CONTENT_TODAY, build_demo
from alliance_desk.domain.changes import ChangeKind, sentence
from alliance_desk.domain.insights import perception_gaps
from alliance_desk.store import exchange
from alliance_desk.store.board_packs import board_packs, previous_board_pack
from alliance_desk.store.changes import changes_since
from alliance_desk.store.db import connect
from alliance_desk.store.workbook import inspect_workbook, open_workbook


def _rows(path: Path, sql: str) -> list[sqlite3.Row]:
    connection = connect(path, read_only=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_small_demo_tells_the_story_of_a_portfolio(small_demo_path: Path) -> None:
    assert inspect_workbook(small_demo_path, full=True) >= 1
    alliances = _rows(small_demo_path, "SELECT id, status_rag, lifecycle_stage FROM alliance")
    assert 5 <= len(alliances) <= 8
    # Every status, and one alliance nobody has assessed yet: the one still choosing its partner.
    assert {row["status_rag"] for row in alliances} == {"green", "amber", "red", None}
    assert [row["lifecycle_stage"] for row in alliances if row["status_rag"] is None] == [
        "partner_selection"
    ]
    assert len({row["lifecycle_stage"] for row in alliances}) >= 4
    countries = {row[0] for row in _rows(small_demo_path, "SELECT country FROM organisation")}
    assert "NL" in countries and len(countries) >= 4
    for alliance in alliances:
        people = _rows(
            small_demo_path,
            f"SELECT side, department FROM stakeholder WHERE alliance_id = {alliance['id']}",
        )
        assert 8 <= len(people) <= 20
        for side in ("us", "partner"):
            departments = {row["department"] for row in people if row["side"] == side}
            assert len(departments) >= (
                3 if alliance["lifecycle_stage"] == "partner_selection" else 5
            )
    goal_kinds = {row[0] for row in _rows(small_demo_path, "SELECT DISTINCT kind FROM goal")}
    assert goal_kinds == {"ours", "partner", "shared"}
    maturity_sides = _rows(
        small_demo_path,
        "SELECT DISTINCT organisation.is_own FROM maturity_assessment"
        " JOIN organisation ON organisation.id = maturity_assessment.organisation_id",
    )
    assert {row[0] for row in maturity_sides} == {0, 1}
    for table in ("action", "decision", "risk", "pulse_check", "meeting", "counterpart"):
        assert _rows(small_demo_path, f"SELECT count(*) FROM {table}")[0][0] > 0


def test_small_demo_has_years_of_evaluations_with_perception_gaps(small_demo_path: Path) -> None:
    spans = _rows(
        small_demo_path,
        "SELECT alliance_id, min(evaluated_on), max(evaluated_on),"
        " count(DISTINCT respondent_side) FROM evaluation GROUP BY alliance_id",
    )
    long_running = [
        row
        for row in spans
        if (dt.date.fromisoformat(row[2]) - dt.date.fromisoformat(row[1])).days >= 700
    ]
    assert len(long_running) >= 3
    assert all(row[3] >= 2 for row in long_running)
    alliances_with_gaps = 0
    for row in long_running:
        latest = {}
        for side in ("us", "partner"):
            scores = _rows(
                small_demo_path,
                "SELECT dimension_id, score FROM evaluation_score WHERE evaluation_id ="
                f" (SELECT id FROM evaluation WHERE alliance_id = {row[0]}"
                f" AND respondent_side = '{side}' ORDER BY evaluated_on DESC LIMIT 1)",
            )
            latest[side] = {item[0]: item[1] for item in scores}
        gaps = perception_gaps(latest["us"], latest["partner"])
        alliances_with_gaps += any(gap.worth_discussing for gap in gaps)
    assert alliances_with_gaps >= 2


def test_small_demo_has_overdue_work_and_decisions_to_ask(small_demo_path: Path) -> None:
    today = CONTENT_TODAY.isoformat()
    overdue = _rows(
        small_demo_path,
        "SELECT count(*) FROM action WHERE status IN ('open', 'in_progress')"
        f" AND due_date < '{today}'",
    )[0][0]
    pending = _rows(
        small_demo_path,
        "SELECT count(*) FROM decision WHERE status = 'pending'"
        " AND recommendation IS NOT NULL AND deadline IS NOT NULL",
    )[0][0]
    assert overdue >= 3 and pending >= 3
    latest = _rows(small_demo_path, "SELECT max(evaluated_on) FROM evaluation")[0][0]
    assert latest <= today


def _export(path: Path, target: Path) -> dict[str, object]:
    connection = connect(path, read_only=True)
    try:
        exchange.export_workbook(connection, path, target)
    finally:
        connection.close()
    data = json.loads(target.read_text(encoding="utf-8"))
    data.pop("exported_at")
    data["tables"]["workbook_info"] = [
        row for row in data["tables"]["workbook_info"] if row["key"] != "created_at"
    ]
    return data


def test_the_same_arguments_give_the_same_workbook(tmp_path: Path) -> None:
    first = build_demo(tmp_path / "one.alliance")
    second = build_demo(tmp_path / "two.alliance")
    assert _export(first, tmp_path / "one.json") == _export(second, tmp_path / "two.json")


def test_as_of_shifts_every_date_by_the_same_days(tmp_path: Path) -> None:
    anchor = CONTENT_TODAY + dt.timedelta(days=100)
    shifted = build_demo(tmp_path / "later.alliance", anchor=anchor)
    plain = build_demo(tmp_path / "plain.alliance")
    sql = "SELECT evaluated_on FROM evaluation ORDER BY id"
    pairs = zip(_rows(plain, sql), _rows(shifted, sql), strict=True)
    assert all(
        (dt.date.fromisoformat(b[0]) - dt.date.fromisoformat(a[0])).days == 100 for a, b in pairs
    )


def _trail_ends_at_the_rows(path: Path) -> int:
    """Replay each audited record's trail (its insert, then its updates) and check it ends
    at the record's row; return how many records were replayed."""
    replayed = 0
    tables = [row[0] for row in _rows(path, "SELECT DISTINCT table_name FROM audit_log")]
    for table in tables:
        current = {row["id"]: dict(row) for row in _rows(path, f"SELECT * FROM {table}")}
        state: dict[int, dict[str, object]] = {}
        for entry in _rows(
            path, f"SELECT * FROM audit_log WHERE table_name = '{table}' ORDER BY id"
        ):
            if entry["change"] == "insert":
                state[entry["record_id"]] = json.loads(entry["new_value"])
            else:
                assert entry["change"] == "update"
                record = state[entry["record_id"]]
                assert record[entry["field"]] == entry["old_value"], (table, dict(entry))
                record[entry["field"]] = entry["new_value"]
        assert state == {record_id: current[record_id] for record_id in state}, table
        replayed += len(state)
    return replayed


def test_small_demo_has_a_history_that_ends_at_its_records(small_demo_path: Path) -> None:
    assert _trail_ends_at_the_rows(small_demo_path) > 6 + 15 + 15
    alliances = _rows(small_demo_path, "SELECT count(*) FROM alliance")[0][0]
    inserts = _rows(
        small_demo_path,
        "SELECT count(DISTINCT record_id) FROM audit_log"
        " WHERE table_name = 'alliance' AND change = 'insert'",
    )[0][0]
    assert inserts == alliances
    stamps = [
        row[0] for row in _rows(small_demo_path, "SELECT changed_at FROM audit_log ORDER BY id")
    ]
    assert stamps == sorted(stamps)  # written in time order, like real edits
    assert stamps[-1] < (CONTENT_TODAY + dt.timedelta(days=1)).isoformat()


def _changes_since_last_pack(path: Path, today: dt.date) -> tuple[dt.date, dict[str, list[str]]]:
    with open_workbook(path) as workbook:
        since = previous_board_pack(workbook.db, today)
        assert since is not None
        names = dict(workbook.db.tuples("SELECT id, name FROM alliance"))
        found = changes_since(workbook.db, since, today)
    for changes in found.values():
        assert all(since <= change.on <= today for change in changes)
        for change in changes:  # real figures make sentences in both languages
            assert sentence(change, "en").endswith((".", "?", "!"))
            assert str(change.on.year) in sentence(change, "nl")
        assert [change.on for change in changes] == sorted(change.on for change in changes)
    summary = {
        names[alliance_id]: [
            f"{change.kind.value} {change.figures.get('old')}>{change.figures.get('new')}"
            if change.kind in (ChangeKind.STATUS, ChangeKind.STAGE)
            else change.kind.value
            for change in changes
        ]
        for alliance_id, changes in found.items()
    }
    return since, summary


def test_small_demo_has_changes_since_its_last_board_pack(small_demo_path: Path) -> None:
    since, by_name = _changes_since_last_pack(small_demo_path, CONTENT_TODAY)
    summary = {name.split()[0]: kinds for name, kinds in by_name.items()}
    assert since == CONTENT_TODAY - dt.timedelta(weeks=13)
    # The stories the content tells: Cascade slipped to amber six weeks ago, Sarathi to red
    # three weeks ago, Vandaele moved on to partner selection; sponsors cooled at both.
    assert "status green>amber" in summary["Cascade"]
    assert "status amber>red" in summary["Sarathi"]
    assert "stage internal_assessment>partner_selection" in summary["Vandaele"]
    assert "sponsor" in summary["Cascade"] and summary["Sarathi"].count("sponsor") == 2
    every = [kind for kinds in summary.values() for kind in kinds]
    assert {"new_decision", "new_risk", "health"} <= set(every)
    # Nothing that happened before the pack: Kaminari's notice and Sarathi's amber (spring).
    assert not any(kind.startswith(("status", "stage")) for kind in summary["Kaminari"])
    assert summary["Sarathi"].count("status amber>red") == 1 and len(every) < 40


def test_the_demos_history_moves_with_its_date(tmp_path: Path) -> None:
    later = CONTENT_TODAY + dt.timedelta(days=100)
    path = build_demo(tmp_path / "later.alliance", anchor=later)
    with open_workbook(path) as workbook:
        assert board_packs(workbook.db) == [later - dt.timedelta(weeks=13)]
    assert (
        _changes_since_last_pack(path, later)[1]
        == _changes_since_last_pack(build_demo(tmp_path / "plain.alliance"), CONTENT_TODAY)[1]
    )
    first = _rows(path, "SELECT min(changed_at) FROM audit_log")[0][0]
    assert first.startswith((dt.date(2024, 2, 12) + dt.timedelta(days=100)).isoformat())


@pytest.mark.slow
def test_large_demo_has_the_benchmark_sizes(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "large.alliance", size="large", seed=7)
    counts = {
        table: _rows(path, f"SELECT count(*) FROM {table}")[0][0]
        for table in ("alliance", "stakeholder", "evaluation", "evaluation_score", "action")
    }
    assert counts["alliance"] == 500
    unassessed = _rows(path, "SELECT count(*) FROM alliance WHERE status_rag IS NULL")[0][0]
    assert 5 <= unassessed <= 25  # a few percent
    assert counts["stakeholder"] >= 25_000
    assert counts["evaluation"] >= 20_000
    assert counts["evaluation_score"] >= 140_000
    assert counts["action"] >= 50_000
    assert inspect_workbook(path, full=True) >= 1
    again = build_demo(tmp_path / "again.alliance", size="large", seed=7)
    names = "SELECT name, status_rag FROM alliance ORDER BY id"
    assert [tuple(row) for row in _rows(path, names)] == [tuple(row) for row in _rows(again, names)]
    # A history too: every alliance recorded, a status change for some, a board pack.
    assert _trail_ends_at_the_rows(path) == 500
    today = dt.date(2026, 11, 15)
    since, summary = _changes_since_last_pack(path, today)
    assert since == today - dt.timedelta(weeks=13)
    changed = sum(1 for kinds in summary.values() if any(k.startswith("status") for k in kinds))
    assert 20 <= changed <= 100


def test_small_demo_has_a_round_with_answers_in_and_missing(small_demo_path: Path) -> None:
    from alliance_desk.domain.codes import Side
    from alliance_desk.store import rounds
    from alliance_desk.store.workbook import open_workbook

    with open_workbook(small_demo_path) as opened:
        db = opened.db
        (made,) = rounds.rounds_of(
            db, int(db.scalar("SELECT alliance_id FROM questionnaire_round"))
        )
        found = rounds.results(db, made.id or 0)
        assert found.invited == {Side.US: 5, Side.PARTNER: 4}
        assert found.answered == {Side.US: 4, Side.PARTNER: 2}
        assert made.deadline is not None and made.deadline > CONTENT_TODAY
        # Its results are the sides' latest evaluations, with fractional means.
        sides = db.query(
            "SELECT respondent_side FROM evaluation WHERE round_id = :id", {"id": made.id}
        )
        assert sorted(row[0] for row in sides) == ["partner", "us"]
        assert any(item.disagreement for item in found.sides[Side.US])
