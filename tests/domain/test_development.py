"""The rules of development plans at their edges: the distance to a target, when a target
is overdue, how far a plan is, and the signal with its sentences in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desk.domain import development as rules
from alliance_desk.domain.codes import Side
from alliance_desk.domain.development import TargetFacts
from alliance_desk.domain.development_records import DevelopmentTarget
from alliance_desk.domain.signals import Severity, SignalKind, sentence
from alliance_desk.domain.validation import ValidationError

BY = dt.date(2026, 9, 30)
NAMES = {7: {"en": "Evaluation practice", "nl": "Evaluatiepraktijk"}}


@pytest.mark.parametrize(
    ("latest", "target", "expected"),
    [(None, 4, None), (2, 4, 2.0), (2.7, 3, 0.3), (3, 3, 0.0), (5, 3, 0.0)],
)
def test_distance_is_what_is_left_to_climb(latest, target, expected):
    assert rules.distance(latest, target) == expected


@pytest.mark.parametrize(
    ("latest", "today", "late"),
    [
        (2, BY, False),  # on the date itself: not yet overdue
        (2, BY + dt.timedelta(days=1), True),
        (None, BY + dt.timedelta(days=1), True),  # never assessed: not reached either
        (4, BY + dt.timedelta(days=1), False),  # reached
        (4.0, BY + dt.timedelta(days=400), False),
        (3.99, BY + dt.timedelta(days=1), True),  # a mean just below is below
    ],
)
def test_a_target_is_overdue_only_after_its_date_and_below_its_level(latest, today, late):
    assert rules.overdue(latest, 4, BY, today) is late


def test_progress_counts_targets_reached_and_support_done_but_not_cancelled_actions():
    found = rules.progress(
        [(3, 3), (2, 4), (None, 2)], ["done", "open", "in_progress", "cancelled", "done"]
    )
    assert found == rules.Progress(targets_reached=1, targets=3, actions_done=2, actions=4)
    assert rules.progress([], []) == rules.Progress(0, 0, 0, 0)


def test_a_target_refuses_a_level_off_the_scale_and_needs_a_date():
    with pytest.raises(ValidationError) as raised:
        DevelopmentTarget(plan_id=1, dimension_id=1, target_level=6, target_date=BY)
    assert raised.value.reason == "out_of_range"
    with pytest.raises(ValidationError) as raised:
        DevelopmentTarget(plan_id=1, dimension_id=1, target_level=3, target_date=None)
    assert raised.value.reason == "required"


def test_the_signal_names_the_target_overdue_longest_and_counts_the_rest():
    today = dt.date(2026, 11, 15)
    targets = [
        TargetFacts(Side.US, 3, 4, dt.date(2026, 10, 31), 3),
        TargetFacts(Side.PARTNER, 7, 3, BY, 2),
        TargetFacts(Side.PARTNER, 8, 3, dt.date(2026, 1, 1), 3),  # reached
        TargetFacts(Side.PARTNER, 9, 3, dt.date(2026, 12, 31), 1),  # not due yet
    ]
    found = rules.target_overdue(5, targets, today, NAMES)
    assert found is not None
    assert (found.kind, found.severity) == (SignalKind.DEVELOPMENT_TARGET_OVERDUE, Severity.WARNING)
    assert found.arose_on == dt.date(2026, 10, 1)
    assert found.figures["targets"] == 2 and found.figures["side"] == "partner"
    assert sentence(found, "en") == (
        "The partner was to reach level 3 on Evaluation practice by 30 September 2026 but"
        " stands at 2; 1 more development target missed."
    )
    assert sentence(found, "nl") == (
        "De partner zou op Evaluatiepraktijk niveau 3 halen op 30 september 2026, maar staat"
        " op 2; nog 1 ontwikkeldoel niet gehaald."
    )


def test_no_signal_when_every_target_is_reached_or_still_ahead():
    today = dt.date(2026, 11, 15)
    assert rules.target_overdue(5, [TargetFacts(Side.US, 3, 4, BY, 4.5)], today) is None
    assert rules.target_overdue(5, [TargetFacts(Side.US, 3, 4, today, None)], today) is None


def test_a_dimension_never_assessed_reads_so():
    found = rules.target_overdue(
        5, [TargetFacts(Side.US, 7, 2, BY, None)], BY + dt.timedelta(days=3), NAMES
    )
    assert found is not None
    assert sentence(found, "en").endswith("but has not been assessed on it.")
    assert "is er nog niet op beoordeeld" in sentence(found, "nl")
