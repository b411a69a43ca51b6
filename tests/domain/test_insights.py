"""Quadrants, gaps, trends and due dates as the alliance manager reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desk.domain.codes import Rag
from alliance_desk.domain.insights import (
    Attention,
    Quadrant,
    Trend,
    attention_rank,
    is_overdue,
    losing_touch,
    next_health_check,
    overall_score,
    perception_gaps,
    quadrant,
    trend,
)


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (10, 10, Quadrant.MANAGE_CLOSELY),
        (6, 6, Quadrant.MANAGE_CLOSELY),
        (6, 5, Quadrant.KEEP_SATISFIED),
        (5, 6, Quadrant.KEEP_INFORMED),
        (5, 5, Quadrant.MONITOR),
        (1, 1, Quadrant.MONITOR),
    ],
)
def test_mendelow_quadrants(power: int, interest: int, expected: Quadrant) -> None:
    assert quadrant(power, interest) is expected


def test_overall_score_ignores_open_dimensions() -> None:
    assert overall_score([4, None, 2, 3]) == 3.0
    assert overall_score([5, 4]) == 4.5
    assert overall_score([None, None]) is None
    assert overall_score([]) is None


def test_perception_gaps_largest_first_on_dimensions_both_scored() -> None:
    ours = {1: 4, 2: 3, 3: 5, 4: None, 5: 2}
    theirs = {1: 4, 2: 1, 3: 3, 4: 4, 5: 4}
    gaps = perception_gaps(ours, theirs)
    assert [gap.dimension_id for gap in gaps] == [2, 3, 5, 1]
    assert [gap.difference for gap in gaps] == [2, 2, -2, 0]
    assert [gap.worth_discussing for gap in gaps] == [True, True, True, False]


def test_trend_compares_the_two_latest_known_scores() -> None:
    assert trend([2.0, 3.0, 3.5]) is Trend.UP
    assert trend([4.0, 3.0]) is Trend.DOWN
    assert trend([3.0, 3.1]) is Trend.STEADY
    assert trend([3.0, None]) is None
    assert trend([3.0, None, 2.0]) is Trend.DOWN


def test_next_health_check_and_overdue() -> None:
    today = dt.date(2026, 11, 15)
    due = next_health_check(dt.date(2026, 5, 1), 180, dt.date(2024, 1, 1))
    assert due == dt.date(2026, 10, 28)
    assert is_overdue(due, today)
    assert next_health_check(None, 90, dt.date(2026, 10, 1)) == dt.date(2026, 12, 30)
    assert next_health_check(None, 90, None) is None
    assert not is_overdue(None, today)
    assert not is_overdue(today, today)


def test_losing_touch_after_the_chosen_number_of_days() -> None:
    today = dt.date(2026, 11, 15)
    assert losing_touch(None, today, 60)
    assert losing_touch(today - dt.timedelta(days=60), today, 60)
    assert not losing_touch(today - dt.timedelta(days=59), today, 60)


@pytest.mark.parametrize(
    ("status", "health", "expected"),
    [
        (Rag.RED, Trend.UP, Attention.RED),  # the status outranks a rising trend
        (Rag.RED, None, Attention.RED),
        (Rag.AMBER, Trend.DOWN, Attention.AMBER),
        (Rag.AMBER, None, Attention.AMBER),
        (Rag.GREEN, Trend.DOWN, Attention.FALLING),
        (None, Trend.DOWN, Attention.FALLING),  # falling says more than "not assessed"
        (None, Trend.UP, Attention.NOT_ASSESSED),
        (None, None, Attention.NOT_ASSESSED),
        (Rag.GREEN, Trend.STEADY, Attention.NONE),
        (Rag.GREEN, None, Attention.NONE),
    ],
)
def test_attention_rank(status: Rag | None, health: Trend | None, expected: Attention) -> None:
    assert attention_rank(status, health) is expected
    assert attention_rank(status, health).needed == (expected <= Attention.FALLING)


def test_attention_sorts_red_amber_falling_not_assessed_rest() -> None:
    ranks = [
        attention_rank(s, t)
        for s, t in [
            (Rag.GREEN, None),
            (None, None),
            (Rag.GREEN, Trend.DOWN),
            (Rag.AMBER, None),
            (Rag.RED, None),
        ]
    ]
    assert sorted(ranks) == [
        Attention.RED,
        Attention.AMBER,
        Attention.FALLING,
        Attention.NOT_ASSESSED,
        Attention.NONE,
    ]
