"""What changed since a date, read from a workbook written through the store (so the audit
trail is the real one), each kind at the edges of the period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from alliance_desk.domain.changes import Change, ChangeKind
from alliance_desk.domain.evaluations import Evaluation, EvaluationScore
from alliance_desk.domain.follow_up import Decision, Risk
from alliance_desk.domain.insights import TREND_STEADY_WITHIN
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder, StakeholderAssessment
from alliance_desk.store import records, snapshot
from alliance_desk.store.changes import changes_since
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import DEFAULT_EVALUATION, dimensions, framework_by_code
from alliance_desk.store.workbook import Workbook

SINCE = dt.date(2026, 8, 17)
TODAY = dt.date(2026, 11, 15)


class Clock:
    """The time the audit trail writes down, set by the test."""

    def __init__(self) -> None:
        self.now = "2026-01-05T09:00:00Z"

    def at(self, day: dt.date, time: str = "09:00:00") -> None:
        self.now = f"{day.isoformat()}T{time}Z"

    def __call__(self) -> str:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(records, "utc_now_stamp", clock)
    monkeypatch.setattr(snapshot, "utc_now_stamp", clock)
    return clock


@pytest.fixture
def db(workbook: Workbook, clock: Clock) -> Iterator[Database]:
    yield workbook.db


@pytest.fixture
def alliance(db: Database) -> Alliance:
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    return records.insert(
        db,
        Alliance(
            partner_id=partner.id,
            name="Kestrel co-dev",
            status_rag="green",
            status_reason="Started",
        ),
    )


def changes(db: Database, alliance: Alliance, *kinds: ChangeKind) -> list[Change]:
    found = changes_since(db, SINCE, TODAY, [alliance.id or 0])[alliance.id or 0]
    return [change for change in found if not kinds or change.kind in kinds]


def days(found: list[Change]) -> list[dt.date]:
    return [change.on for change in found]


# Status and stage ---------------------------------------------------------------------


def test_a_status_change_on_since_counts_and_the_day_before_does_not(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(SINCE - dt.timedelta(days=1), "23:59:59")
    alliance = records.update(db, alliance, status_rag="amber", status_reason="Late")
    assert changes(db, alliance) == []
    clock.at(SINCE, "00:00:00")
    records.update(db, alliance, status_rag="red", status_reason="Later still")
    assert changes(db, alliance) == [
        Change(
            alliance.id or 0,
            ChangeKind.STATUS,
            SINCE,
            {"old": "amber", "new": "red", "reason": "Later still"},
        )
    ]


def test_today_is_in_the_period_and_tomorrow_is_not(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(TODAY, "23:59:59")
    alliance = records.update(db, alliance, status_rag="amber")
    clock.at(TODAY + dt.timedelta(days=1), "00:00:00")
    records.update(db, alliance, status_rag="red")
    assert [(c.on, c.figures["new"]) for c in changes(db, alliance)] == [(TODAY, "amber")]


def test_several_status_changes_each_with_its_reason(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(dt.date(2026, 9, 1))
    alliance = records.update(db, alliance, status_rag="amber", status_reason="Sales behind")
    clock.at(dt.date(2026, 10, 1))
    alliance = records.update(db, alliance, status_rag="red")  # reason written a week later
    clock.at(dt.date(2026, 10, 8))
    alliance = records.update(db, alliance, status_reason="Escalated to both CEOs")
    clock.at(dt.date(2026, 11, 2))
    alliance = records.update(db, alliance, status_rag="amber")  # no reason written since
    found = changes(db, alliance)
    assert [(c.on, c.figures["old"], c.figures["new"], c.figures["reason"]) for c in found] == [
        (dt.date(2026, 9, 1), "green", "amber", "Sales behind"),
        (dt.date(2026, 10, 1), "amber", "red", "Escalated to both CEOs"),
        (dt.date(2026, 11, 2), "red", "amber", "Escalated to both CEOs"),
    ]


def test_a_reason_in_the_same_step_straddling_a_second(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(dt.date(2026, 9, 1), "10:00:00")
    alliance = records.update(db, alliance, status_rag="amber")
    clock.at(dt.date(2026, 9, 1), "10:00:01")
    records.update(db, alliance, status_reason="Supply delays")
    assert changes(db, alliance)[0].figures["reason"] == "Supply delays"


def test_a_status_changed_and_changed_back_the_same_day_is_no_change(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(dt.date(2026, 9, 1), "10:00:00")
    alliance = records.update(db, alliance, status_rag="red")
    clock.at(dt.date(2026, 9, 1), "10:05:00")
    alliance = records.update(db, alliance, status_rag="green")
    assert changes(db, alliance) == []
    # Back the next day is two changes: the board saw neither.
    clock.at(dt.date(2026, 9, 2))
    alliance = records.update(db, alliance, status_rag="red")
    clock.at(dt.date(2026, 9, 3))
    records.update(db, alliance, status_rag="green")
    assert [(c.figures["old"], c.figures["new"]) for c in changes(db, alliance)] == [
        ("green", "red"),
        ("red", "green"),
    ]


def test_a_stage_move(db: Database, alliance: Alliance, clock: Clock) -> None:
    clock.at(dt.date(2026, 10, 12))
    records.update(db, alliance, lifecycle_stage="value_creation")
    assert changes(db, alliance) == [
        Change(
            alliance.id or 0,
            ChangeKind.STAGE,
            dt.date(2026, 10, 12),
            {"old": "operational_awareness", "new": "value_creation"},
        )
    ]


def test_other_fields_are_not_changes(db: Database, alliance: Alliance, clock: Clock) -> None:
    clock.at(dt.date(2026, 10, 12))
    records.update(db, alliance, name="Kestrel", status_reason="Reworded", description="More")
    assert changes(db, alliance) == []


# Health ------------------------------------------------------------------------------


def _check(
    db: Database, alliance: Alliance, day: dt.date, scores: list[int | None], side: str = "us"
) -> None:
    framework = framework_by_code(db, DEFAULT_EVALUATION)
    evaluation = records.insert(
        db,
        Evaluation(
            alliance_id=alliance.id,
            framework_id=framework.id,
            evaluated_on=day,
            respondent_side=side,
        ),
    )
    for dimension, score in zip(dimensions(db, framework.id or 0), scores, strict=False):
        records.insert(
            db,
            EvaluationScore(evaluation_id=evaluation.id, dimension_id=dimension.id, score=score),
        )


def test_health_latest_before_since_against_latest_now(db: Database, alliance: Alliance) -> None:
    _check(db, alliance, dt.date(2026, 2, 1), [1, 1])  # older: not the one compared
    _check(db, alliance, SINCE - dt.timedelta(days=1), [4, 4])  # 4.0: the latest before
    _check(db, alliance, dt.date(2026, 9, 1), [2, 2])  # an intermediate check
    _check(db, alliance, SINCE + dt.timedelta(days=40), [3, 4])  # 3.5: the latest now
    _check(db, alliance, TODAY + dt.timedelta(days=1), [1, 1])  # after today: not yet
    assert changes(db, alliance) == [
        Change(
            alliance.id or 0,
            ChangeKind.HEALTH,
            SINCE + dt.timedelta(days=40),
            {
                "side": "us",
                "before": 4.0,
                "after": 3.5,
                "before_on": SINCE - dt.timedelta(days=1),
                "after_on": SINCE + dt.timedelta(days=40),
            },
        )
    ]


def test_health_checked_on_since_is_now_not_before(db: Database, alliance: Alliance) -> None:
    _check(db, alliance, SINCE - dt.timedelta(days=30), [2, 2])
    _check(db, alliance, SINCE, [4, 4])
    assert [(c.figures["before"], c.figures["after"]) for c in changes(db, alliance)] == [
        (2.0, 4.0)
    ]


def test_health_below_the_steady_threshold_is_no_change(db: Database, alliance: Alliance) -> None:
    assert TREND_STEADY_WITHIN == 0.25  # the scores below are chosen for this threshold
    _check(db, alliance, dt.date(2026, 3, 1), [3, 3, 3, 3, 3], side="partner")  # 3.0
    _check(db, alliance, dt.date(2026, 10, 1), [3, 3, 3, 3, 4], side="partner")  # 3.2
    assert changes(db, alliance) == []
    _check(db, alliance, dt.date(2026, 10, 2), [3, 3, 3, 4, 4], side="partner")  # 3.4
    assert [c.figures["after"] for c in changes(db, alliance)] == [3.4]


def test_health_per_side_and_checks_left_open(db: Database, alliance: Alliance) -> None:
    _check(db, alliance, dt.date(2026, 3, 1), [4, 4], side="us")
    _check(db, alliance, dt.date(2026, 3, 1), [2, 2], side="partner")
    _check(db, alliance, dt.date(2026, 10, 1), [3, 3], side="partner")
    _check(db, alliance, dt.date(2026, 10, 5), [None, None], side="us")  # all open: no figure
    found = changes(db, alliance)
    assert [(c.figures["side"], c.figures["before"], c.figures["after"]) for c in found] == [
        ("partner", 2.0, 3.0)
    ]


def test_health_without_a_check_before_since_is_no_change(db: Database, alliance: Alliance) -> None:
    _check(db, alliance, dt.date(2026, 9, 1), [1, 1])
    _check(db, alliance, dt.date(2026, 10, 1), [5, 5])
    assert changes(db, alliance) == []


# Decisions and risks ---------------------------------------------------------------------


def test_a_decision_added_on_since_is_new_and_the_day_before_is_not(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(SINCE - dt.timedelta(days=1), "23:59:59")
    records.insert(db, Decision(alliance_id=alliance.id, title="Older"))
    clock.at(SINCE, "00:00:00")
    newer = records.insert(
        db, Decision(alliance_id=alliance.id, title="Renew", deadline=dt.date(2026, 12, 1))
    )
    assert changes(db, alliance) == [
        Change(
            alliance.id or 0,
            ChangeKind.NEW_DECISION,
            SINCE,
            {"decision_id": newer.id, "title": "Renew", "deadline": dt.date(2026, 12, 1)},
        )
    ]


def test_a_decision_added_and_deleted_again_is_not_new(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(dt.date(2026, 9, 1))
    gone = records.insert(db, Decision(alliance_id=alliance.id, title="Slip"))
    clock.at(dt.date(2026, 9, 2))
    records.delete(db, Decision, gone.id or 0)
    assert changes(db, alliance) == []


def test_an_old_decision_deleted_and_put_back_is_not_new(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(dt.date(2026, 3, 1))
    old = records.insert(db, Decision(alliance_id=alliance.id, title="Old question"))
    clock.at(dt.date(2026, 9, 1))
    kept = snapshot.take(db, "decision", old.id or 0)
    records.delete(db, Decision, old.id or 0)
    snapshot.put_back(db, kept)  # what undo does
    assert changes(db, alliance) == []


def test_settled_decisions_on_since_count_and_the_day_before_do_not(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(dt.date(2026, 1, 5))
    for title, day in (("Before", SINCE - dt.timedelta(days=1)), ("On", SINCE)):
        records.insert(
            db,
            Decision(
                alliance_id=alliance.id,
                title=title,
                status="decided",
                decided_on=day,
                outcome="Yes",
                decided_by="Board",
            ),
        )
    assert [
        (c.kind, c.on, c.figures["title"], c.figures["status"], c.figures["outcome"])
        for c in changes(db, alliance)
    ] == [(ChangeKind.SETTLED_DECISION, SINCE, "On", "decided", "Yes")]


def test_a_decision_withdrawn_in_the_period(db: Database, alliance: Alliance, clock: Clock) -> None:
    clock.at(dt.date(2026, 1, 5))
    asked = records.insert(db, Decision(alliance_id=alliance.id, title="Fund a pilot"))
    before = records.insert(db, Decision(alliance_id=alliance.id, title="Earlier"))
    clock.at(SINCE - dt.timedelta(days=1))
    records.update(db, before, status="withdrawn")
    clock.at(dt.date(2026, 10, 9))
    records.update(db, asked, status="withdrawn")
    assert [(c.on, c.figures["title"], c.figures["status"]) for c in changes(db, alliance)] == [
        (dt.date(2026, 10, 9), "Fund a pilot", "withdrawn")
    ]


def test_new_risks(db: Database, alliance: Alliance, clock: Clock) -> None:
    clock.at(SINCE - dt.timedelta(days=1))
    records.insert(db, Risk(alliance_id=alliance.id, title="Known"))
    clock.at(dt.date(2026, 10, 20))
    risk = records.insert(
        db, Risk(alliance_id=alliance.id, title="Key engineer leaves", likelihood=4, impact=5)
    )
    gone = records.insert(db, Risk(alliance_id=alliance.id, title="Typo"))
    records.delete(db, Risk, gone.id or 0)
    assert changes(db, alliance) == [
        Change(
            alliance.id or 0,
            ChangeKind.NEW_RISK,
            dt.date(2026, 10, 20),
            {
                "risk_id": risk.id,
                "title": "Key engineer leaves",
                "likelihood": 4,
                "impact": 5,
                "owner": None,
            },
        )
    ]


# Sponsors --------------------------------------------------------------------------------


def _person(db: Database, alliance: Alliance, sponsor: bool, side: str = "partner") -> Stakeholder:
    return records.insert(
        db,
        Stakeholder(
            alliance_id=alliance.id, side=side, name="Anna Berg", department="Board",
            is_sponsor=sponsor,
        ),
    )  # fmt: skip


def _assess(db: Database, person: Stakeholder, day: dt.date, attitude: str) -> None:
    records.insert(
        db,
        StakeholderAssessment(
            stakeholder_id=person.id, assessed_on=day, power=8, interest=7, attitude=attitude
        ),
    )


def test_sponsor_moves_on_since_count_and_before_do_not(db: Database, alliance: Alliance) -> None:
    sponsor = _person(db, alliance, sponsor=True)
    _assess(db, sponsor, dt.date(2026, 1, 10), "champion")
    _assess(db, sponsor, SINCE - dt.timedelta(days=1), "supporter")  # a move, before the period
    _assess(db, sponsor, SINCE, "neutral")  # on since: counts
    _assess(db, sponsor, dt.date(2026, 10, 1), "neutral")  # reassessed, no move
    _assess(db, sponsor, dt.date(2026, 11, 1), "supporter")  # warmed again
    _assess(db, sponsor, TODAY + dt.timedelta(days=1), "blocker")  # after today
    found = changes(db, alliance)
    assert [(c.on, c.figures["old"], c.figures["new"]) for c in found] == [
        (SINCE, "supporter", "neutral"),
        (dt.date(2026, 11, 1), "neutral", "supporter"),
    ]
    assert found[0].figures["name"] == "Anna Berg" and found[0].figures["side"] == "partner"


def test_only_sponsors_moves_count(db: Database, alliance: Alliance) -> None:
    person = _person(db, alliance, sponsor=False)
    _assess(db, person, dt.date(2026, 1, 10), "champion")
    _assess(db, person, dt.date(2026, 10, 1), "critic")
    assert changes(db, alliance) == []


def test_a_sponsor_named_in_the_period(db: Database, alliance: Alliance, clock: Clock) -> None:
    clock.at(dt.date(2026, 1, 5))
    person = _person(db, alliance, sponsor=False, side="us")
    _assess(db, person, dt.date(2026, 1, 5), "supporter")
    always = _person(db, alliance, sponsor=True)  # a sponsor since before the period
    clock.at(dt.date(2026, 10, 3))
    records.update(db, person, is_sponsor=True)
    records.update(db, always, department="Executive board")
    found = changes(db, alliance)
    assert found == [
        Change(
            alliance.id or 0,
            ChangeKind.SPONSOR,
            dt.date(2026, 10, 3),
            {
                "stakeholder_id": person.id,
                "name": "Anna Berg",
                "side": "us",
                "old": None,
                "new": "supporter",
            },
        )
    ]


def test_a_sponsor_added_in_the_period(db: Database, alliance: Alliance, clock: Clock) -> None:
    clock.at(dt.date(2026, 10, 3))
    _person(db, alliance, sponsor=True)
    assert [(c.on, c.figures["old"], c.figures["new"]) for c in changes(db, alliance)] == [
        (dt.date(2026, 10, 3), None, None)
    ]


# Scope -----------------------------------------------------------------------------------


def test_every_alliance_asked_is_a_key_and_deleted_ones_are_out_of_scope(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    partner = records.insert(db, Organisation(name="Other"))
    other = records.insert(db, Alliance(partner_id=partner.id, name="Other"))
    gone = records.insert(db, Alliance(partner_id=partner.id, name="Gone"))
    clock.at(dt.date(2026, 9, 1))
    records.update(db, alliance, status_rag="red")
    records.update(db, gone, status_rag="red")
    records.delete(db, Alliance, gone.id or 0)
    everything = changes_since(db, SINCE, TODAY)
    assert list(everything) == [alliance.id, other.id]
    assert [c.kind for c in everything[alliance.id or 0]] == [ChangeKind.STATUS]
    assert everything[other.id or 0] == []
    asked = changes_since(db, SINCE, TODAY, [other.id or 0, gone.id or 0, other.id or 0])
    assert asked == {other.id: [], gone.id: []}
    assert changes_since(db, SINCE, TODAY, []) == {}
    # A period that ends before it begins holds nothing.
    assert changes_since(db, TODAY, SINCE) == {alliance.id: [], other.id: []}


def test_each_list_oldest_first_across_kinds(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    clock.at(dt.date(2026, 10, 20))
    records.insert(db, Risk(alliance_id=alliance.id, title="Risk"))
    clock.at(dt.date(2026, 9, 1))
    records.insert(db, Decision(alliance_id=alliance.id, title="Decision"))
    clock.at(dt.date(2026, 11, 1))
    records.update(db, alliance, lifecycle_stage="value_creation", status_rag="amber")
    assert [(c.on, c.kind) for c in changes(db, alliance)] == [
        (dt.date(2026, 9, 1), ChangeKind.NEW_DECISION),
        (dt.date(2026, 10, 20), ChangeKind.NEW_RISK),
        (dt.date(2026, 11, 1), ChangeKind.STATUS),
        (dt.date(2026, 11, 1), ChangeKind.STAGE),
    ]


def test_a_status_not_assessed_before_or_after(db: Database, alliance: Alliance) -> None:
    # Schema v4 lets a status be unset (not assessed): the trail then holds NULL. Written
    # here as that version's edits would write it, so this part holds before v4 lands.
    def entry(at: str, old: str | None, new: str | None) -> None:
        db.execute(
            "INSERT INTO audit_log (changed_at, table_name, record_id, change, field,"
            " old_value, new_value) VALUES (:at, 'alliance', :id, 'update', 'status_rag',"
            " :old, :new)",
            {"at": at, "id": alliance.id, "old": old, "new": new},
        )

    entry("2026-09-01T10:00:00Z", None, "amber")
    entry("2026-10-01T10:00:00Z", "amber", None)
    entry("2026-10-02T10:00:00Z", None, "green")
    entry("2026-10-02T10:01:00Z", "green", None)  # undone the same day
    assert [(c.figures["old"], c.figures["new"]) for c in changes(db, alliance)] == [
        (None, "amber"),
        ("amber", None),
    ]


def test_entries_with_an_unreadable_time_are_passed_over(
    db: Database, alliance: Alliance, clock: Clock
) -> None:
    # An imported file may hold any text as a time; it must not stop a board pack.
    clock.at(dt.date(2026, 9, 1))
    records.update(db, alliance, status_rag="amber")
    decision = records.insert(db, Decision(alliance_id=alliance.id, title="Asked"))
    for stamp, table, record_id, change in (
        ("yesterday", "alliance", alliance.id, "update"),
        ("2026-09-3?T10:00:00Z", "alliance", alliance.id, "update"),
        ("2026-10-xx", "risk", 99, "insert"),
    ):
        db.execute(
            "INSERT INTO audit_log (changed_at, table_name, record_id, change, field,"
            " old_value, new_value) VALUES (:at, :table, :id, :change, 'status_rag',"
            " 'amber', 'red')",
            {"at": stamp, "table": table, "id": record_id, "change": change},
        )
    db.audit = False  # the risk's only insert entry is the unreadable one above
    records.insert(db, Risk(id=99, alliance_id=alliance.id, title="Imported"))
    db.audit = True
    db.execute("UPDATE audit_log SET changed_at = 'soon' WHERE table_name = 'decision'")
    found = changes(db, alliance)
    assert [(c.kind, c.on) for c in found] == [(ChangeKind.STATUS, dt.date(2026, 9, 1))]
    assert decision.id is not None
