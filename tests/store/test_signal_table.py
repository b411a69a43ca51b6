"""The signals' TEMP table (never in the file) and which alliances an edit touched, read from
the audit trail: the edges that decide between computing one alliance again and all."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from alliance_desk.domain.evaluations import Dimension, Evaluation, EvaluationScore
from alliance_desk.domain.follow_up import Action, Decision
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.signals import Severity, SignalKind
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.store import records, signal_table, snapshot
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, framework_by_code
from alliance_desk.store.signals import signals
from alliance_desk.store.workbook import Workbook

TODAY = dt.date(2026, 11, 15)


@pytest.fixture
def two(workbook: Workbook) -> tuple[Alliance, Alliance]:
    db = workbook.db
    kestrel = records.insert(db, Organisation(name="Kestrel"))
    heron = records.insert(db, Organisation(name="Heron"))
    first = records.insert(db, Alliance(partner_id=kestrel.id, name="First", start_date=TODAY))
    second = records.insert(db, Alliance(partner_id=heron.id, name="Second", start_date=TODAY))
    return first, second


def touched_by(workbook: Workbook, change) -> set[int] | None:  # noqa: ANN001
    before = signal_table.last_entry(workbook.db)
    change()
    return signal_table.alliances_touched(workbook.db, before)


def test_the_table_lives_on_the_connection_only(workbook: Workbook, two) -> None:  # noqa: ANN001
    db = workbook.db
    first, _ = two
    signal_table.put(db, signals(db, TODAY))
    assert db.scalar(f"SELECT count(*) FROM {signal_table.TABLE}") > 0
    other = sqlite3.connect(workbook.path)
    try:
        names = {row[0] for row in other.execute("SELECT name FROM sqlite_master")}
        assert not any("signal" in name for name in names)
        with pytest.raises(sqlite3.OperationalError):
            other.execute(f"SELECT * FROM {signal_table.TABLE}")
    finally:
        other.close()
    assert signal_table.counts(db) == {Severity.WARNING: 2}  # both not assessed
    assert SignalKind.STATUS_NOT_ASSESSED in signal_table.kinds(db)
    # Putting an alliance again replaces its rows; an empty list takes them away.
    signal_table.put(db, {first.id: []})
    assert signal_table.counts(db) == {Severity.WARNING: 1}


def test_a_record_of_one_alliance_touches_that_alliance(workbook: Workbook, two) -> None:  # noqa: ANN001
    db = workbook.db
    first, second = two
    action = Action(alliance_id=first.id, title="Call", due_date=TODAY)
    stored: list[Action] = []
    assert touched_by(workbook, lambda: stored.append(records.insert(db, action))) == {first.id}
    assert touched_by(workbook, lambda: records.update(db, stored[0], title="Call again")) == {
        first.id
    }
    # Moved to the other alliance: both are touched.
    assert touched_by(
        workbook,
        lambda: records.update(db, records.get(db, Action, stored[0].id), alliance_id=second.id),
    ) == {first.id, second.id}
    assert touched_by(workbook, lambda: records.delete(db, Action, stored[0].id)) == {second.id}
    assert touched_by(workbook, lambda: None) == set()


def test_grandchildren_reach_their_alliance_even_when_gone(workbook: Workbook, two) -> None:  # noqa: ANN001
    db = workbook.db
    first, _ = two
    framework = framework_by_code(db, DEFAULT_EVALUATION)
    dimension = records.select(db, Dimension, "framework_id = :f", {"f": framework.id})[0]
    evaluation = records.insert(
        db,
        Evaluation(
            alliance_id=first.id,
            framework_id=framework.id,
            evaluated_on=TODAY,
            respondent_side="us",
        ),
    )
    assert touched_by(
        workbook,
        lambda: records.insert(
            db, EvaluationScore(evaluation_id=evaluation.id, dimension_id=dimension.id, score=2)
        ),
    ) == {first.id}
    # Deleting the evaluation deletes its scores: every entry leads to the alliance.
    assert touched_by(workbook, lambda: records.delete(db, Evaluation, evaluation.id)) == {first.id}
    person = records.insert(
        db, Stakeholder(alliance_id=first.id, name="Ann", side="partner", department="R&D")
    )
    assert touched_by(
        workbook,
        lambda: records.insert(
            db,
            StakeholderAssessment(
                stakeholder_id=person.id,
                assessed_on=TODAY,
                power=9,
                interest=5,
                attitude="neutral",
            ),
        ),
    ) == {first.id}


def test_a_deleted_alliance_and_its_undo_touch_it(workbook: Workbook, two) -> None:  # noqa: ANN001
    db = workbook.db
    first, _ = two
    records.insert(db, Decision(alliance_id=first.id, title="Sign?", deadline=TODAY))
    kept: list[snapshot.Snapshot] = []

    def delete() -> None:
        kept.append(snapshot.take(db, "alliance", first.id))
        records.delete(db, Alliance, first.id)

    assert touched_by(workbook, delete) == {first.id}
    assert touched_by(workbook, lambda: snapshot.put_back(db, kept[0])) == {first.id}


def test_organisations_touch_their_alliances_and_ours_touches_all(workbook: Workbook, two) -> None:  # noqa: ANN001
    db = workbook.db
    first, _ = two
    kestrel = records.get(db, Organisation, first.partner_id)
    assert touched_by(workbook, lambda: records.update(db, kestrel, sector="Optics")) == {first.id}
    ours = records.select(db, Organisation, "is_own = 1")[0]
    assert touched_by(workbook, lambda: records.update(db, ours, sector="Medical")) is None


def test_frameworks_and_floods_of_entries_touch_everything(workbook: Workbook, two) -> None:  # noqa: ANN001
    db = workbook.db
    first, _ = two
    framework = framework_by_code(db, DEFAULT_EVALUATION)
    dimension = records.select(db, Dimension, "framework_id = :f", {"f": framework.id})[0]
    assert touched_by(workbook, lambda: records.update(db, dimension, name_en="Trust!")) is None

    def flood() -> None:
        with db.transaction():
            for number in range(signal_table.MANY_ENTRIES + 1):
                records.insert(db, Action(alliance_id=first.id, title=f"#{number}"))

    assert touched_by(workbook, flood) is None


def test_the_sort_ranks_as_the_domain_weighs(workbook: Workbook) -> None:
    from alliance_desk.domain.signals import Signal, weight

    db = workbook.db
    partner = records.insert(db, Organisation(name="Kestrel"))
    mixes = {
        "two alarms": [Severity.ALARM] * 2,
        "one alarm, many warnings": [Severity.ALARM] + [Severity.WARNING] * 5,
        "one alarm, a note": [Severity.ALARM, Severity.NOTE],
        "warnings": [Severity.WARNING] * 3,
        "a note": [Severity.NOTE],
        "nothing": [],
    }
    found = {}
    for name, severities in mixes.items():
        alliance = records.insert(db, Alliance(partner_id=partner.id, name=name))
        found[alliance.id] = [
            Signal(alliance.id, SignalKind.LOSING_TOUCH, severity, TODAY, {})
            for severity in severities
        ]
    signal_table.put(db, found)
    in_sql = [
        row[0]
        for row in db.tuples(
            f"SELECT alliance.name FROM alliance ORDER BY {signal_table.SORT}, alliance.id"
        )
    ]
    by_weight = sorted(mixes, key=lambda name: weight(found[_id(db, name)]), reverse=True)
    assert in_sql == by_weight == list(mixes)


def _id(db, name: str) -> int:  # noqa: ANN001
    return int(db.scalar("SELECT id FROM alliance WHERE name = :name", {"name": name}))
