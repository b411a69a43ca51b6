"""The signals of real workbooks: each rule fed through the records as the app writes them,
the signals following every edit, the thresholds kept in the workbook, and the small demo
checked against what its records say one alliance at a time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from alliance_desk.domain.codes import Attitude, Rag, RespondentSide, Side
from alliance_desk.domain.evaluations import (
    Evaluation,
    EvaluationScore,
    MaturityAssessment,
    MaturityScore,
)
from alliance_desk.domain.follow_up import Action, Decision
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.signals import Severity, Signal, SignalKind, ThresholdError, Thresholds
from alliance_desk.domain.stakeholders import Counterpart, Stakeholder, StakeholderAssessment
from alliance_desk.store import alliance_profile, evaluation_history, records, stakeholder_map
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import (
    DEFAULT_EVALUATION,
    DEFAULT_MATURITY,
    dimensions,
    framework_by_code,
)
from alliance_desk.store.portfolio import portfolio
from alliance_desk.store.signals import THRESHOLDS_KEY, set_thresholds, signals, thresholds
from alliance_desk.store.workbook import Workbook, open_workbook

TODAY = dt.date(2026, 11, 15)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def new_alliance(db: Database, name: str = "Kestrel pilot", **fields: object) -> int:
    partner = records.insert(db, Organisation(name=f"{name} partner"))
    fields.setdefault("start_date", "2026-01-10")
    fields.setdefault("status_rag", Rag.GREEN)  # said outright: from schema v4 it may be unset
    return records.insert(db, Alliance(partner_id=partner.id, name=name, **fields)).id or 0


def evaluate(
    db: Database, alliance_id: int, on: str, side: str, scores: Sequence[int | None]
) -> int:
    framework = framework_by_code(db, DEFAULT_EVALUATION)
    evaluation = records.insert(
        db,
        Evaluation(
            alliance_id=alliance_id,
            framework_id=framework.id,
            evaluated_on=on,
            respondent_side=side,
        ),
    )
    for dimension, score in zip(dimensions(db, framework.id or 0), scores, strict=False):
        records.insert(
            db, EvaluationScore(evaluation_id=evaluation.id, dimension_id=dimension.id, score=score)
        )
    return evaluation.id or 0


def of_kind(found: Sequence[Signal], kind: SignalKind) -> list[Signal]:
    return [signal for signal in found if signal.kind is kind]


def backdate_status(db: Database, alliance_id: int, stamp: str) -> None:
    """As if the alliance and its status had been recorded at ``stamp`` (UTC)."""
    with db.transaction():
        db.execute(
            "UPDATE audit_log SET changed_at = :stamp WHERE table_name = 'alliance'"
            " AND record_id = :id",
            {"stamp": stamp, "id": alliance_id},
        )


# --- the rules through real records ----------------------------------------------------------


def test_every_asked_alliance_is_a_key_and_a_quiet_one_only_misses_contact(workbook: Workbook):
    db = workbook.db
    quiet = new_alliance(db, "Quiet", start_date=(TODAY - dt.timedelta(days=30)).isoformat())
    found = signals(db, TODAY, alliance_ids=[quiet, quiet])
    assert list(found) == [quiet]
    assert [signal.kind for signal in found[quiet]] == [SignalKind.LOSING_TOUCH]
    assert signals(db, TODAY, alliance_ids=[]) == {}


def test_health_falling_and_low_per_side(workbook: Workbook):
    db = workbook.db
    alliance = new_alliance(db)
    evaluate(db, alliance, "2026-03-01", "us", [4, 4, 3])  # 3.67
    evaluate(db, alliance, "2026-09-01", "us", [3, 3, 3])  # 3.0: a fall of 0.67
    evaluate(db, alliance, "2026-09-02", "partner", [2, 2, 3])  # 2.33: low
    found = signals(db, TODAY)[alliance]
    falling = of_kind(found, SignalKind.HEALTH_FALLING)
    assert len(falling) == 1 and falling[0].severity is Severity.WARNING
    assert falling[0].figures["side"] == "us" and falling[0].arose_on == day("2026-09-01")
    assert (falling[0].figures["before"], falling[0].figures["after"]) == (3.67, 3.0)
    low = of_kind(found, SignalKind.HEALTH_LOW)
    assert [signal.figures["side"] for signal in low] == ["partner"]
    assert found[0].severity is Severity.ALARM  # most severe first


def test_an_evaluation_without_scores_is_not_a_check(workbook: Workbook):
    db = workbook.db
    alliance = new_alliance(db)
    evaluate(db, alliance, "2026-03-01", "us", [5, 5, 5])
    evaluate(db, alliance, "2026-09-01", "us", [3, 3, 3])
    evaluate(db, alliance, "2026-10-01", "us", [None, None])  # opened, never filled in
    falling = of_kind(signals(db, TODAY)[alliance], SignalKind.HEALTH_FALLING)
    assert [signal.figures["after_on"] for signal in falling] == [day("2026-09-01")]


def test_same_day_checks_of_one_side_compare_in_the_order_recorded(workbook: Workbook):
    db = workbook.db
    alliance = new_alliance(db)
    evaluate(db, alliance, "2026-09-01", "joint", [4, 4, 4])
    evaluate(db, alliance, "2026-09-01", "joint", [3, 3, 3])
    falling = of_kind(signals(db, TODAY)[alliance], SignalKind.HEALTH_FALLING)
    assert len(falling) == 1 and falling[0].severity is Severity.ALARM


def test_gap_widening_between_the_last_two_pairs(workbook: Workbook):
    db = workbook.db
    alliance = new_alliance(db)
    evaluate(db, alliance, "2026-03-01", "us", [4, 4, 4])
    evaluate(db, alliance, "2026-03-05", "partner", [4, 4, 3])  # mean gap 0.33
    evaluate(db, alliance, "2026-09-01", "us", [4, 4, 4])
    evaluate(db, alliance, "2026-09-05", "partner", [2, 4, 3])  # mean gap 1.0
    found = of_kind(signals(db, TODAY)[alliance], SignalKind.GAP_WIDENING)
    assert len(found) == 1
    figures = found[0].figures
    assert (figures["before"], figures["after"]) == (0.33, 1.0)
    first = dimensions(db, framework_by_code(db, DEFAULT_EVALUATION).id or 0)[0]
    assert figures["dimension_en"] == first.name_en and figures["dimension_nl"] == first.name_nl
    assert found[0].arose_on == day("2026-09-05")


def person(db: Database, alliance: int, name: str, side: Side, **fields: object) -> int:
    return (
        records.insert(
            db,
            Stakeholder(alliance_id=alliance, side=side, name=name, department="R&D", **fields),
        ).id
        or 0
    )


def assess(db: Database, stakeholder: int, on: str, power: int, attitude: Attitude) -> None:
    records.insert(
        db,
        StakeholderAssessment(
            stakeholder_id=stakeholder, assessed_on=on, power=power, interest=5, attitude=attitude
        ),
    )


def test_sponsor_cooling_and_the_powerful_without_counterpart_follow_each_edit(
    workbook: Workbook,
):
    db = workbook.db
    alliance = new_alliance(db)
    sponsor = person(db, alliance, "Dana", Side.PARTNER, is_sponsor=True)
    assess(db, sponsor, "2026-05-01", 7, Attitude.SUPPORTER)
    assess(db, sponsor, "2026-10-01", 9, Attitude.CRITIC)
    ours = person(db, alliance, "Joost", Side.US)
    assess(db, ours, "2026-10-02", 5, Attitude.CHAMPION)
    found = signals(db, TODAY)[alliance]
    cooling = of_kind(found, SignalKind.SPONSOR_COOLING)
    assert len(cooling) == 1 and cooling[0].severity is Severity.ALARM
    assert cooling[0].figures["name"] == "Dana" and cooling[0].figures["before"] == "supporter"
    alone = of_kind(found, SignalKind.POWER_WITHOUT_COUNTERPART)
    assert [entry["name"] for entry in alone[0].figures["people"]] == ["Dana"]  # type: ignore[attr-defined]

    # Signals are computed, never stored: a counterpart link and a warmer reading end them.
    link = records.insert(
        db,
        Counterpart(alliance_id=alliance, our_stakeholder_id=ours, partner_stakeholder_id=sponsor),
    )
    assess(db, sponsor, "2026-11-01", 9, Attitude.SUPPORTER)
    found = signals(db, TODAY)[alliance]
    assert not of_kind(found, SignalKind.POWER_WITHOUT_COUNTERPART)
    assert not of_kind(found, SignalKind.SPONSOR_COOLING)
    records.delete(db, Counterpart, link.id or 0)
    assert of_kind(signals(db, TODAY)[alliance], SignalKind.POWER_WITHOUT_COUNTERPART)


def test_rhythm_decisions_and_actions(workbook: Workbook):
    db = workbook.db
    alliance = new_alliance(db, start_date="2024-06-01", health_check_interval_days=90)
    evaluate(db, alliance, "2025-10-01", "partner", [3, 3, 3])  # 410 days before TODAY
    evaluate(db, alliance, "2026-08-01", "us", [3, 3, 3])  # next check due 2026-10-30
    records.insert(
        db, Decision(alliance_id=alliance, title="Fund the pilot", deadline="2026-11-14")
    )
    records.insert(db, Decision(alliance_id=alliance, title="Not yet due", deadline="2026-11-15"))
    records.insert(
        db,
        Decision(
            alliance_id=alliance,
            title="Settled",
            deadline="2026-01-01",
            status="decided",
            decided_on="2026-01-02",
        ),
    )
    for due in ("2026-09-01", "2026-10-01", "2026-11-01", "2026-11-20"):
        records.insert(db, Action(alliance_id=alliance, title=f"Due {due}", due_date=due))
    found = {signal.kind: signal for signal in signals(db, TODAY)[alliance]}
    assert found[SignalKind.CHECK_OVERDUE].figures["due"] == day("2026-10-30")
    assert found[SignalKind.NO_PARTNER_VIEW].figures["last"] == day("2025-10-01")
    decision = found[SignalKind.DECISION_OVERDUE]
    assert decision.figures["title"] == "Fund the pilot" and decision.arose_on == TODAY
    piling = found[SignalKind.ACTIONS_PILING_UP]
    assert piling.figures == {"count": 3, "oldest": day("2026-09-01")}
    assert piling.arose_on == day("2026-11-02")
    assert found[SignalKind.LOSING_TOUCH].figures["last"] == day("2026-08-01")


def test_maturity_gap_between_our_organisation_and_the_partner(workbook: Workbook):
    db = workbook.db
    own = records.select(db, Organisation, "is_own = 1")[0]  # a new workbook has ours
    alliance = new_alliance(db)
    partner_id = records.get(db, Alliance, alliance).partner_id
    framework = framework_by_code(db, DEFAULT_MATURITY)
    first = dimensions(db, framework.id or 0)[0]

    def level(organisation: int, on: str, value: int) -> None:
        assessment = records.insert(
            db,
            MaturityAssessment(
                organisation_id=organisation, framework_id=framework.id, assessed_on=on
            ),
        )
        records.insert(
            db, MaturityScore(assessment_id=assessment.id, dimension_id=first.id, level=value)
        )

    level(own.id or 0, "2026-01-01", 4)
    level(partner_id, "2025-01-01", 1)
    level(partner_id, "2026-02-01", 3)  # the latest level counts: only one behind
    assert not of_kind(signals(db, TODAY)[alliance], SignalKind.MATURITY_GAP)
    level(partner_id, "2026-06-01", 2)
    found = of_kind(signals(db, TODAY)[alliance], SignalKind.MATURITY_GAP)
    assert len(found) == 1 and found[0].figures["dimension_en"] == first.name_en
    assert (found[0].figures["ours"], found[0].figures["theirs"]) == (4, 2)


# --- the status --------------------------------------------------------------------------------


def test_status_stale_from_the_audit_trail(workbook: Workbook):
    db = workbook.db
    alliance = new_alliance(db)
    backdate_status(db, alliance, "2026-02-01T09:00:00Z")
    evaluate(db, alliance, "2026-03-01", "us", [4, 4, 4])
    assert not of_kind(signals(db, TODAY)[alliance], SignalKind.STATUS_STALE)
    evaluate(db, alliance, "2026-09-01", "us", [3, 3, 3])
    stale = of_kind(signals(db, TODAY)[alliance], SignalKind.STATUS_STALE)
    assert len(stale) == 1
    # Green while our health fell by a point: the alarming variant.
    assert stale[0].severity is Severity.ALARM and stale[0].arose_on == day("2026-09-01")
    assert stale[0].figures["set_on"] == day("2026-02-01")

    records.update(db, records.get(db, Alliance, alliance), status_rag=Rag.AMBER)
    db.execute(
        "UPDATE audit_log SET changed_at = '2026-03-15T10:00:00Z' WHERE table_name = 'alliance'"
        " AND field = 'status_rag'"
    )
    # Set after the first check: only one check since.
    assert not of_kind(signals(db, TODAY)[alliance], SignalKind.STATUS_STALE)


def test_no_stale_signal_without_an_audit_entry(workbook: Workbook):
    db = workbook.db
    db.audit = False  # as an import or the demo writes
    alliance = new_alliance(db)
    db.audit = True
    evaluate(db, alliance, "2026-03-01", "us", [4, 4, 4])
    evaluate(db, alliance, "2026-09-01", "us", [2, 2, 2])
    assert not of_kind(signals(db, TODAY)[alliance], SignalKind.STATUS_STALE)


def test_a_new_alliance_nobody_assessed_is_a_signal_and_setting_a_status_ends_it(
    workbook: Workbook,
):
    db = workbook.db
    alliance = new_alliance(db, status_rag=None)  # as the app makes one
    found = of_kind(signals(db, TODAY)[alliance], SignalKind.STATUS_NOT_ASSESSED)
    assert len(found) == 1
    assert not of_kind(signals(db, TODAY)[alliance], SignalKind.STATUS_STALE)
    records.update(db, records.get(db, Alliance, alliance), status_rag=Rag.AMBER)
    assert not of_kind(signals(db, TODAY)[alliance], SignalKind.STATUS_NOT_ASSESSED)


# --- thresholds ----------------------------------------------------------------------------------


def test_thresholds_default_round_trip_and_change_the_signals(workbook: Workbook):
    db = workbook.db
    assert thresholds(db) == Thresholds()
    alliance = new_alliance(db)
    evaluate(db, alliance, "2026-03-01", "us", [4, 4, 4])
    evaluate(db, alliance, "2026-09-01", "us", [4, 4, 3])  # a fall of 0.33
    assert not of_kind(signals(db, TODAY)[alliance], SignalKind.HEALTH_FALLING)
    chosen = Thresholds(health_drop=0.3, losing_touch_days=120)
    set_thresholds(db, chosen)
    assert thresholds(db) == chosen
    assert of_kind(signals(db, TODAY)[alliance], SignalKind.HEALTH_FALLING)
    assert of_kind(signals(db, TODAY, Thresholds())[alliance], SignalKind.HEALTH_FALLING) == []
    with sqlite3.connect(workbook.path) as other:  # kept in the file, as JSON
        (stored,) = other.execute(
            "SELECT value FROM workbook_info WHERE key = ?", (THRESHOLDS_KEY,)
        ).fetchone()
    assert '"health_drop": 0.3' in stored


def test_bad_thresholds_are_refused_and_nothing_is_stored(workbook: Workbook):
    db = workbook.db
    with pytest.raises(ThresholdError, match="stakeholder_power"):
        set_thresholds(db, Thresholds(stakeholder_power=0))
    with pytest.raises(ThresholdError, match="health_drop_alarm"):
        set_thresholds(db, Thresholds(health_drop=1.0, health_drop_alarm=0.5))
    assert (
        db.scalar("SELECT count(*) FROM workbook_info WHERE key = :k", {"k": THRESHOLDS_KEY}) == 0
    )


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("not json", Thresholds()),
        ("[1, 2]", Thresholds()),
        ('{"overdue_actions": 5, "maturity_gap": 9}', Thresholds(overdue_actions=5)),
        ('{"overdue_actions": "five", "unknown": 1}', Thresholds()),
        ('{"health_drop": 1.5}', Thresholds()),  # above the alarm: both fall back
    ],
)
def test_unreadable_thresholds_fall_back_to_the_defaults(
    workbook: Workbook, stored: str, expected: Thresholds
):
    with workbook.db.transaction():
        workbook.db.execute(
            "INSERT INTO workbook_info (key, value) VALUES (:key, :value)",
            {"key": THRESHOLDS_KEY, "value": stored},
        )
    assert thresholds(workbook.db) == expected


# --- the small demo ------------------------------------------------------------------------------


def test_the_small_demo_against_its_records_one_alliance_at_a_time(small_demo_path):
    """The bulk queries agree with what the per-alliance store modules (the pages' own
    reading of the records) say about health, sponsors and people without counterparts."""
    with open_workbook(small_demo_path) as opened:
        db = opened.db
        found = signals(db, TODAY)
        lines = {line.alliance_id: line for line in portfolio(db, TODAY)}
        assert set(found) == set(lines)
        expected_falls = expected_sponsors = expected_alone = 0
        for alliance_id, own in found.items():
            history = evaluation_history.evaluations(db, alliance_id)
            for side in RespondentSide:
                points = evaluation_history.series(history, None).get(side, [])
                falls = of_kind(own, SignalKind.HEALTH_FALLING)
                fell = len(points) >= 2 and round(points[-2][1] - points[-1][1], 2) >= 0.5
                assert fell == any(signal.figures["side"] == side for signal in falls)
                expected_falls += fell
            for side, sponsor in alliance_profile.sponsors(db, alliance_id).items():
                cooled = (
                    sponsor.latest is not None
                    and sponsor.previous is not None
                    and list(Attitude).index(sponsor.latest.attitude)
                    > list(Attitude).index(sponsor.previous.attitude)
                )
                shown = [s.figures["side"] for s in of_kind(own, SignalKind.SPONSOR_COOLING)]
                assert cooled == (side.value in shown), (alliance_id, side)
                expected_sponsors += cooled
            linked = {
                person
                for line in stakeholder_map.counterpart_lines(db, alliance_id)
                for person in (line.our_stakeholder_id, line.partner_stakeholder_id)
            }
            alone = sorted(
                entry.name
                for entry in stakeholder_map.current_map(db, alliance_id)
                if entry.power is not None
                and entry.power >= 8
                and entry.stakeholder_id not in linked
            )
            named = of_kind(own, SignalKind.POWER_WITHOUT_COUNTERPART)
            assert alone == sorted(p["name"] for s in named for p in s.figures["people"])  # type: ignore[attr-defined]
            expected_alone += bool(alone)
            line = lines[alliance_id]
            assert bool(of_kind(own, SignalKind.CHECK_OVERDUE)) == (
                line.next_health_check is not None and line.next_health_check < TODAY
            )
            assert (len(of_kind(own, SignalKind.ACTIONS_PILING_UP)) == 1) == (
                line.overdue_actions >= 3
            )
            assert own == sorted(own, key=lambda s: (-s.severity, -s.arose_on.toordinal()))
        # The demo is made to show trouble: each of these occurs somewhere.
        assert expected_falls and expected_sponsors and expected_alone


def test_asking_for_some_alliances_gives_what_asking_for_all_gives_them(small_demo_path):
    with open_workbook(small_demo_path) as opened:
        everything = signals(opened.db, TODAY)
        chosen = sorted(everything)[1::2]
        assert signals(opened.db, TODAY, alliance_ids=chosen) == {
            alliance_id: everything[alliance_id] for alliance_id in chosen
        }


def test_signals_are_frozen_values(workbook: Workbook):
    alliance = new_alliance(workbook.db)
    signal = signals(workbook.db, TODAY)[alliance][0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        signal.severity = Severity.NOTE  # type: ignore[misc]


def test_thresholds_travel_with_a_json_export(workbook: Workbook, tmp_path: Path):
    from alliance_desk.store import exchange

    chosen = Thresholds(overdue_actions=5, maturity_gap=3)
    set_thresholds(workbook.db, chosen)
    exported = tmp_path / "export.json"
    exchange.export_workbook(workbook.db.connection, workbook.path, exported)
    copy = exchange.import_workbook(exported, tmp_path / "Copy.alliance")
    assert copy
    with open_workbook(tmp_path / "Copy.alliance") as opened:
        assert thresholds(opened.db) == chosen
