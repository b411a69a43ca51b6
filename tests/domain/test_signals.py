"""The early-warning rules at their edges (just below, at and above each threshold, missing
data, ties, same-day checks) and their words in English and Dutch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from alliance_desk.domain import signal_text
from alliance_desk.domain import signals as rules
from alliance_desk.domain.codes import Attitude, Rag
from alliance_desk.domain.signals import (
    Person,
    Reading,
    ScoredCheck,
    Severity,
    Signal,
    SignalKind,
    Thresholds,
)

TODAY = dt.date(2026, 11, 15)
D1, D2, D3 = dt.date(2026, 3, 1), dt.date(2026, 9, 1), dt.date(2026, 10, 1)
LIMITS = Thresholds()


def days(count: int) -> dt.timedelta:
    return dt.timedelta(days=count)


# --- health ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (3.6, 3.11, None),  # a drop of 0.49: below the threshold
        (3.6, 3.1, Severity.WARNING),  # exactly 0.5 (not 0.4999... in floating point)
        (3.6, 2.61, Severity.WARNING),  # 0.99
        (3.6, 2.6, Severity.ALARM),  # exactly 1.0
        (3.0, 3.5, None),  # a rise
        (3.0, 3.0, None),
    ],
)
def test_health_falling_at_its_edges(before: float, after: float, expected: Severity | None):
    found = rules.health_falling(7, "us", [(D1, before), (D2, after)], LIMITS)
    assert (found and found.severity) == expected
    if found:
        assert found.kind is SignalKind.HEALTH_FALLING
        assert found.arose_on == D2  # the date of the later check
        assert found.figures["before"] == before and found.figures["after"] == after


def test_health_falling_needs_two_checks_and_compares_the_last_two():
    assert rules.health_falling(1, "us", [], LIMITS) is None
    assert rules.health_falling(1, "us", [(D1, 2.0)], LIMITS) is None
    # An old fall followed by a recovery is no signal: only the last two checks count.
    assert rules.health_falling(1, "us", [(D1, 4.0), (D2, 2.0), (D3, 2.2)], LIMITS) is None


def test_health_falling_on_one_day_compares_the_checks_in_the_order_given():
    found = rules.health_falling(1, "partner", [(D2, 4.0), (D2, 3.0)], LIMITS)
    assert found is not None and found.arose_on == D2
    assert found.figures["before_on"] == found.figures["after_on"] == D2


@pytest.mark.parametrize(("score", "low"), [(2.49, True), (2.5, False), (2.51, False)])
def test_health_low_below_the_threshold_only(score: float, low: bool):
    found = rules.health_low(3, "joint", [(D1, 4.0), (D2, score)], LIMITS)
    assert (found is not None) is low
    if found:
        assert found.severity is Severity.ALARM and found.arose_on == D2


def test_health_low_without_checks():
    assert rules.health_low(3, "us", [], LIMITS) is None


def test_thresholds_change_the_rules():
    strict = Thresholds(health_drop=0.2, health_drop_alarm=0.3, health_low=3.5)
    assert rules.health_falling(1, "us", [(D1, 3.5), (D2, 3.3)], strict) is not None
    assert rules.health_falling(1, "us", [(D1, 3.5), (D2, 3.3)], LIMITS) is None
    assert rules.health_low(1, "us", [(D1, 3.4)], strict) is not None


# --- perception gap -------------------------------------------------------------------------


def pair(ours: dict[int, int | None], theirs: dict[int, int | None], on: dt.date):
    return ScoredCheck(on, ours), ScoredCheck(on + days(3), theirs)


NAMES = {
    1: {"en": "Strategic fit", "nl": "Strategische fit"},
    2: {"en": "Trust", "nl": "Vertrouwen"},
}


@pytest.mark.parametrize(("growth_ours", "signal"), [(0, False), (1, True)])
def test_gap_widening_at_the_threshold(growth_ours: int, signal: bool):
    # Before: gaps 0 and 0 (mean 0). After: gaps growth_ours and 0 (mean growth/2).
    previous = pair({1: 3, 2: 3}, {1: 3, 2: 3}, D1)
    latest = pair({1: 3 + growth_ours, 2: 3}, {1: 3, 2: 3}, D2)
    found = rules.gap_widening(5, previous, latest, NAMES, LIMITS)
    assert (found is not None) is signal
    if found:
        assert found.figures["before"] == 0 and found.figures["after"] == 0.5
        assert found.figures["dimension_en"] == "Strategic fit"
        assert found.arose_on == D2 + days(3)  # the later evaluation of the latest pair


def test_gap_widening_just_below_the_threshold():
    # Three dimensions: one more point of gap on one of them is a third of a point on average.
    previous = pair({1: 3, 2: 3, 3: 3}, {1: 3, 2: 3, 3: 3}, D1)
    latest = pair({1: 4, 2: 3, 3: 3}, {1: 3, 2: 3, 3: 3}, D2)
    assert rules.gap_widening(5, previous, latest, NAMES, LIMITS) is None


def test_gap_widening_counts_only_dimensions_both_sides_scored():
    previous = pair({1: 3, 2: None}, {1: 3, 2: 1}, D1)
    latest = pair({1: 4, 2: 5}, {1: 3, 2: None}, D2)
    found = rules.gap_widening(5, previous, latest, NAMES, LIMITS)
    assert found is not None
    assert found.figures["before"] == 0 and found.figures["after"] == 1


def test_gap_widening_without_a_shared_dimension_or_a_previous_pair():
    latest = pair({1: 5}, {1: 1}, D2)
    assert rules.gap_widening(5, None, latest, NAMES, LIMITS) is None
    assert rules.gap_widening(5, pair({1: 3}, {2: 3}, D1), latest, NAMES, LIMITS) is None


def test_gap_widening_names_the_dimension_that_drifted_most_and_breaks_ties_by_id():
    previous = pair({1: 3, 2: 3}, {1: 3, 2: 3}, D1)
    latest = pair({1: 5, 2: 1}, {1: 3, 2: 3}, D2)  # both grew by 2: the lower id
    found = rules.gap_widening(5, previous, latest, NAMES, LIMITS)
    assert found is not None and found.figures["dimension_id"] == 1
    latest = pair({1: 4, 2: 1}, {1: 3, 2: 3}, D2)  # trust grew more
    found = rules.gap_widening(5, previous, latest, NAMES, LIMITS)
    assert found is not None and found.figures["dimension_nl"] == "Vertrouwen"


# --- people ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (Attitude.CHAMPION, Attitude.SUPPORTER, Severity.WARNING),
        (Attitude.SUPPORTER, Attitude.NEUTRAL, Severity.WARNING),
        (Attitude.SUPPORTER, Attitude.CRITIC, Severity.ALARM),
        (Attitude.NEUTRAL, Attitude.BLOCKER, Severity.ALARM),
        (Attitude.NEUTRAL, Attitude.NEUTRAL, None),
        (Attitude.CRITIC, Attitude.SUPPORTER, None),
    ],
)
def test_sponsor_cooling(before: Attitude, after: Attitude, expected: Severity | None):
    found = rules.sponsor_cooling(2, "partner", "Dana", Reading(D2, after), Reading(D1, before))
    assert (found and found.severity) == expected
    if found:
        assert found.arose_on == D2
        assert found.figures["before"] == before.value and found.figures["after"] == after.value


def test_sponsor_cooling_needs_two_readings():
    assert rules.sponsor_cooling(2, "us", "Joost", Reading(D2, Attitude.BLOCKER), None) is None
    assert rules.sponsor_cooling(2, "us", "Joost", None, None) is None


def person(name: str, power: int, linked: bool = False, on: dt.date = D1) -> Person:
    return Person(name, "partner", power, on, linked)


def test_power_without_counterpart_at_the_threshold():
    people = [
        person("Below", 7),
        person("At", 8, on=D2),
        person("Above", 10),
        person("Linked", 10, linked=True),
    ]
    found = rules.power_without_counterpart(4, people, LIMITS)
    assert found is not None
    assert [entry["name"] for entry in found.figures["people"]] == ["Above", "At"]  # type: ignore[attr-defined]
    assert found.arose_on == D2
    assert rules.power_without_counterpart(4, [person("Below", 7)], LIMITS) is None
    assert rules.power_without_counterpart(4, [], LIMITS) is None


# --- rhythm ---------------------------------------------------------------------------------


def test_check_overdue_from_the_day_after_it_was_due():
    last = TODAY - days(180)  # due today: not yet overdue
    assert rules.check_overdue(1, last, 180, None, TODAY) is None
    found = rules.check_overdue(1, last - days(1), 180, None, TODAY)
    assert found is not None and found.arose_on == TODAY and found.figures["days"] == 1


def test_check_overdue_counts_from_the_start_without_checks_and_not_without_either():
    assert rules.check_overdue(1, None, 180, TODAY - days(181), TODAY) is not None
    assert rules.check_overdue(1, None, 180, TODAY - days(10), TODAY) is None
    assert rules.check_overdue(1, None, 180, None, TODAY) is None


@pytest.mark.parametrize(("age", "signal"), [(364, False), (365, True), (366, True)])
def test_no_partner_view_after_a_year(age: int, signal: bool):
    found = rules.no_partner_view(1, TODAY - days(age), None, TODAY, LIMITS)
    assert (found is not None) is signal
    if found:
        assert found.arose_on == TODAY - days(age) + days(365)


def test_no_partner_view_when_the_partner_never_evaluated():
    assert rules.no_partner_view(1, None, TODAY - days(400), TODAY, LIMITS) is not None
    assert rules.no_partner_view(1, None, TODAY - days(100), TODAY, LIMITS) is None
    assert rules.no_partner_view(1, None, None, TODAY, LIMITS) is None  # age unknown


@pytest.mark.parametrize(
    ("late", "expected"),
    [(-1, None), (0, None), (1, Severity.WARNING), (29, Severity.WARNING), (30, Severity.ALARM)],
)
def test_decision_overdue(late: int, expected: Severity | None):
    deadline = TODAY - days(late)
    found = rules.decision_overdue(1, "Fund the pilot", deadline, TODAY, LIMITS)
    assert (found and found.severity) == expected
    if found:
        assert found.arose_on == deadline + days(1) and found.figures["days"] == late


def test_decision_without_deadline_is_never_overdue():
    assert rules.decision_overdue(1, "Someday", None, TODAY, LIMITS) is None


@pytest.mark.parametrize(("count", "signal"), [(2, False), (3, True), (4, True)])
def test_actions_piling_up(count: int, signal: bool):
    oldest, third = TODAY - days(40), TODAY - days(10)
    found = rules.actions_piling_up(1, count, oldest, third if count >= 3 else None, LIMITS)
    assert (found is not None) is signal
    if found:
        assert found.arose_on == third + days(1)
        assert found.figures == {"count": count, "oldest": oldest}


@pytest.mark.parametrize(("quiet", "signal"), [(59, False), (60, True)])
def test_losing_touch(quiet: int, signal: bool):
    last = TODAY - days(quiet)
    found = rules.losing_touch_signal(1, last, None, TODAY, LIMITS)
    assert (found is not None) is signal
    if found:
        assert found.arose_on == last + days(60)


def test_losing_touch_without_any_activity():
    found = rules.losing_touch_signal(1, None, None, TODAY, LIMITS)
    assert found is not None and found.arose_on == TODAY and found.figures["last"] is None
    found = rules.losing_touch_signal(1, None, TODAY - days(100), TODAY, LIMITS)
    assert found is not None and found.arose_on == TODAY - days(40)


# --- status ---------------------------------------------------------------------------------


def test_status_not_assessed():
    assert rules.status_not_assessed(1, Rag.RED, None, TODAY) is None
    found = rules.status_not_assessed(1, None, D1, TODAY)
    assert found is not None and found.arose_on == D1
    found = rules.status_not_assessed(1, None, None, TODAY)
    assert found is not None and found.arose_on == TODAY


def test_status_stale_after_two_checks_on_later_days():
    set_on = D1
    assert rules.status_stale(1, Rag.AMBER, set_on, [set_on, D2], None, LIMITS) is None
    # Two evaluations on one day are one check; a check on the day it was set is not after it.
    assert rules.status_stale(1, Rag.AMBER, set_on, [set_on, D2, D2], None, LIMITS) is None
    found = rules.status_stale(1, Rag.AMBER, set_on, [set_on, D2, D3], None, LIMITS)
    assert found is not None
    assert found.severity is Severity.NOTE and found.arose_on == D3
    assert found.figures["checks"] == 2


def test_status_stale_needs_to_know_when_the_status_was_set():
    assert rules.status_stale(1, Rag.GREEN, None, [D1, D2, D3], None, LIMITS) is None
    assert rules.status_stale(1, None, D1, [D2, D3], None, LIMITS) is None


def test_green_while_health_fell_since_it_was_set_is_an_alarm():
    checks = {"partner": [(D2, 3.6), (D3, 2.9)]}
    found = rules.status_stale(1, Rag.GREEN, D1, [D2, D3], checks, LIMITS)
    assert found is not None and found.severity is Severity.ALARM
    assert found.figures["side"] == "partner" and found.figures["after"] == 2.9
    # Amber is not a claim that all is well: a plain note.
    found = rules.status_stale(1, Rag.AMBER, D1, [D2, D3], checks, LIMITS)
    assert found is not None and found.severity is Severity.NOTE
    # A fall measured from a check before the status was set was known when it was set.
    checks = {"us": [(D1 - days(1), 3.6), (D3, 2.9)]}
    found = rules.status_stale(1, Rag.GREEN, D1, [D2, D3], checks, LIMITS)
    assert found is not None and found.severity is Severity.NOTE


# --- maturity -------------------------------------------------------------------------------


@pytest.mark.parametrize(("theirs", "signal"), [(3, False), (2, True), (1, True)])
def test_maturity_gap_at_the_threshold(theirs: int, signal: bool):
    found = rules.maturity_gap(1, {1: (4, D1)}, {1: (theirs, D2)}, NAMES, LIMITS)
    assert (found is not None) is signal
    if found:
        assert found.figures["difference"] == 4 - theirs and found.arose_on == D2


def test_maturity_gap_names_the_largest_and_counts_the_rest():
    ours = {1: (5, D1), 2: (5, D1), 3: (5, D1)}
    theirs = {1: (3, D2), 2: (2, D2), 3: (2, D2)}
    found = rules.maturity_gap(1, ours, theirs, NAMES, LIMITS)
    assert found is not None
    assert found.figures["dimension_id"] == 2  # a tie of 3 levels: the lower id
    assert found.figures["dimensions"] == 3


def test_maturity_gap_ignores_dimensions_one_side_has_not_assessed_or_where_the_partner_leads():
    assert rules.maturity_gap(1, {1: (5, D1)}, {2: (1, D2)}, NAMES, LIMITS) is None
    assert rules.maturity_gap(1, {1: (1, D1)}, {1: (5, D2)}, NAMES, LIMITS) is None


# --- order and thresholds -------------------------------------------------------------------


def test_most_severe_first_then_newest():
    def make(kind: SignalKind, severity: Severity, on: dt.date) -> Signal:
        return Signal(1, kind, severity, on, {})

    note = make(SignalKind.MATURITY_GAP, Severity.NOTE, D3)
    old_alarm = make(SignalKind.HEALTH_LOW, Severity.ALARM, D1)
    new_alarm = make(SignalKind.DECISION_OVERDUE, Severity.ALARM, D2)
    tie = make(SignalKind.HEALTH_FALLING, Severity.ALARM, D2)
    assert rules.most_severe_first([note, old_alarm, new_alarm, tie]) == [
        tie,
        new_alarm,
        old_alarm,
        note,
    ]


def test_weight_and_worst_rank_alliances_by_their_signals():
    def make(*severities: Severity) -> list[Signal]:
        return [Signal(1, SignalKind.HEALTH_LOW, level, D1, {}) for level in severities]

    one_alarm = make(Severity.ALARM)
    many_warnings = make(Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.NOTE)
    assert rules.weight(one_alarm) == (1, 0, 0) and rules.weight(many_warnings) == (0, 3, 1)
    assert sorted([many_warnings, one_alarm, []], key=rules.weight, reverse=True) == [
        one_alarm,
        many_warnings,
        [],
    ]
    assert rules.worst(many_warnings) is Severity.WARNING and rules.worst([]) is None


def test_default_thresholds_are_sound_and_bad_ones_are_named():
    assert Thresholds().problems() == []
    problems = Thresholds(stakeholder_power=11, overdue_actions=2.5, health_low="low").problems()  # type: ignore[arg-type]
    assert {problem.field for problem in problems} == {
        "stakeholder_power",
        "overdue_actions",
        "health_low",
    }
    assert "from 1 to 10" in str(problems[[p.field for p in problems].index("stakeholder_power")])
    crossed = Thresholds(health_drop=1.0, health_drop_alarm=0.5).problems()
    assert [problem.field for problem in crossed] == ["health_drop_alarm"]
    assert all(isinstance(problem, ValueError) for problem in problems)


# --- words ----------------------------------------------------------------------------------


def example(kind: SignalKind) -> Signal:
    """A signal of each kind with every figure its sentence may use."""
    figures: dict[SignalKind, dict[str, object]] = {
        SignalKind.HEALTH_FALLING: {
            "side": "us",
            "before": 3.6,
            "after": 2.9,
            "drop": 0.7,
            "before_on": D1,
            "after_on": D2,
        },
        SignalKind.HEALTH_LOW: {"side": "partner", "score": 2.29, "on": D2, "threshold": 2.5},
        SignalKind.GAP_WIDENING: {
            "before": 0.5,
            "after": 1.25,
            "growth": 0.75,
            "ours_on": D1,
            "theirs_on": D2,
            "previous_ours_on": D1,
            "previous_theirs_on": D1,
            "dimension_id": 1,
            "dimension_en": "Trust",
            "dimension_nl": "Vertrouwen",
            "dimension_before": 0,
            "dimension_after": 2,
        },
        SignalKind.SPONSOR_COOLING: {
            "side": "us",
            "name": "Joost Hendriks",
            "before": "supporter",
            "after": "critic",
            "before_on": D1,
            "after_on": D2,
        },
        SignalKind.POWER_WITHOUT_COUNTERPART: {
            "count": 5,
            "people": [
                {"name": f"Person {number}", "side": "partner", "power": 9} for number in range(5)
            ],
        },
        SignalKind.CHECK_OVERDUE: {"due": D2, "days": 75, "last_evaluated": D1},
        SignalKind.NO_PARTNER_VIEW: {"last": D1, "started": None, "days": 400},
        SignalKind.DECISION_OVERDUE: {"title": "Fund the pilot", "deadline": D2, "days": 1},
        SignalKind.ACTIONS_PILING_UP: {"count": 4, "oldest": D1},
        SignalKind.LOSING_TOUCH: {"last": D1, "days": 259},
        SignalKind.STATUS_NOT_ASSESSED: {"since": D1},
        SignalKind.STATUS_STALE: {
            "status": "green",
            "set_on": D1,
            "checks": 2,
            "latest_check": D3,
            "side": "us",
            "before": 3.6,
            "after": 2.9,
        },
        SignalKind.MATURITY_GAP: {
            "dimension_id": 1,
            "dimension_en": "Evaluation practice",
            "dimension_nl": "Evaluatiepraktijk",
            "ours": 4,
            "theirs": 1,
            "difference": 3,
            "assessed_on": D2,
            "dimensions": 2,
            "threshold": 2,
        },
        SignalKind.ROUND_OVERDUE: {
            "held_on": D1,
            "deadline": D2,
            "missing": 3,
            "invited": 8,
            "days": 4,
        },
        SignalKind.DEVELOPMENT_TARGET_OVERDUE: {
            "side": "partner",
            "dimension_id": 2,
            "dimension_en": "Learning",
            "dimension_nl": "Leren",
            "target_level": 3,
            "target_date": D1,
            "latest": 2.4,
            "targets": 1,
        },
    }
    return Signal(9, kind, Severity.WARNING, D2, figures[kind])


@pytest.mark.parametrize("kind", list(SignalKind))
@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_kind_has_a_label_and_a_sentence_in_both_languages(kind: SignalKind, language: str):
    assert signal_text.label(kind, language)
    text = rules.sentence(example(kind), language)
    assert (text[0].isupper() or text[0].isdigit()) and text.endswith(".")
    assert "\n" not in text and "{" not in text
    if language == "nl":
        assert not re.search(r"\d\.\d", text), text  # no decimal point in Dutch
        assert " March " not in text and "September" not in text
    else:
        assert not re.search(r"\d,\d", text), text


def test_sentences_carry_their_figures_in_each_language():
    falling = example(SignalKind.HEALTH_FALLING)
    assert rules.sentence(falling, "en") == (
        "Overall health by us fell from 3.6 to 2.9 over the last two checks"
        " (1 March 2026, 1 September 2026)."
    )
    dutch = rules.sentence(falling, "nl")
    assert "daalde van 3,6 naar 2,9" in dutch and "1 maart 2026" in dutch
    assert "2,29" in rules.sentence(example(SignalKind.HEALTH_LOW), "nl")
    assert "2 more" in rules.sentence(example(SignalKind.POWER_WITHOUT_COUNTERPART), "en")
    assert "criticus" in rules.sentence(example(SignalKind.SPONSOR_COOLING), "nl")


def test_variants_of_a_sentence():
    never = Signal(
        1,
        SignalKind.NO_PARTNER_VIEW,
        Severity.WARNING,
        D2,
        {"last": None, "started": D1, "days": 9},
    )
    assert "never" in rules.sentence(never, "en") and "nooit" in rules.sentence(never, "nl")
    alone = dataclasses.replace(
        example(SignalKind.POWER_WITHOUT_COUNTERPART),
        figures={"count": 1, "people": [{"name": "Ann", "side": "us", "power": 8}]},
    )
    assert (
        rules.sentence(alone, "en") == "Ann (ours, power 8) has no counterpart on the other side."
    )
    quiet = Signal(1, SignalKind.LOSING_TOUCH, Severity.WARNING, D2, {"last": None, "days": None})
    assert rules.sentence(quiet, "nl").startswith("Er is nog geen enkel contact")
    stale = dataclasses.replace(
        example(SignalKind.STATUS_STALE),
        figures={"status": "amber", "set_on": D1, "checks": 3, "latest_check": D3},
    )
    assert "oranje" in rules.sentence(stale, "nl") and "3 health checks" in rules.sentence(
        stale, "en"
    )


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        rules.sentence(example(SignalKind.HEALTH_LOW), "de")
    with pytest.raises(ValueError):
        signal_text.label(SignalKind.HEALTH_LOW, "fr")
