"""Numbers and dates for people in English and Dutch: separators, rounding, signs, zero,
large numbers, every month's name and the turn of the year."""

from __future__ import annotations

import datetime as dt
import locale

import pytest

from alliance_desk.domain import notation
from alliance_desk.domain.notation import (
    count,
    date_long,
    date_medium,
    date_short,
    difference,
    moment,
    month,
    number,
    percent,
    score,
    score_range,
)


@pytest.mark.parametrize(
    ("value", "places", "en", "nl"),
    [
        (4.14, 2, "4.14", "4,14"),
        (3.6, 1, "3.6", "3,6"),
        (2.0, 1, "2.0", "2,0"),
        (4, 2, "4.00", "4,00"),
        (0, 1, "0.0", "0,0"),
        (0.0, 0, "0", "0"),
        (1234, 0, "1,234", "1.234"),
        (1234.5, 2, "1,234.50", "1.234,50"),
        (999.999, 2, "1,000.00", "1.000,00"),
        (21645, 0, "21,645", "21.645"),
        (1_234_567.891, 1, "1,234,567.9", "1.234.567,9"),
        (10**30, 0, "1" + ",000" * 10, "1" + ".000" * 10),
        (-3.5, 1, "\u22123.5", "\u22123,5"),
        (-1234.25, 1, "\u22121,234.3", "\u22121.234,3"),
    ],
)
def test_numbers_take_the_languages_separators(value, places, en, nl):
    assert number(value, "en", places) == en
    assert number(value, "nl", places) == nl


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (2.675, 2, "2.68"),  # the float is 2.67499999…; people wrote 2.675
        (0.125, 2, "0.13"),  # half-even would give 0.12
        (0.05, 1, "0.1"),
        (3.45, 1, "3.5"),
        (2.5, 0, "3"),
        (3.5, 0, "4"),
        (-2.5, 0, "\u22123"),  # half away from zero on both sides
        (2.86, 1, "2.9"),
        (2.84999, 1, "2.8"),
    ],
)
def test_halves_round_away_from_zero_on_the_written_number(value, places, shown):
    assert number(value, "en", places) == shown


def test_a_negative_that_rounds_to_zero_has_no_minus():
    assert number(-0.04, "en", 1) == "0.0"
    assert number(-0.0, "nl", 2) == "0,00"
    assert difference(-0.04, "en") == "\u00b10.0"


def test_differences_are_always_signed_with_a_real_minus():
    assert difference(0.5, "en") == "+0.5"
    assert difference(-0.5, "en") == "\u22120.5"
    assert difference(-0.5, "nl") == "\u22120,5"
    assert difference(0, "nl") == "\u00b10,0"
    assert difference(2, "en", 0) == "+2"
    assert difference(-1, "nl", 0) == "\u22121"
    assert difference(0, "en", 0) == "\u00b10"
    assert difference(1500.25, "nl", 1) == "+1.500,3"


def test_percentages_scores_and_ranges():
    assert percent(50, "en") == "50%"
    assert percent(12.5, "nl", 1) == "12,5%"
    assert percent(0, "nl") == "0%"
    assert score_range(1, 5, "en") == "1\u20135" == score_range(1, 5, "nl")
    assert score(3.6, "nl") == "3,6"
    assert score(3.57, "en") == "3.57"
    assert score(3.0, "en") == "3.0"
    assert score(3.599, "nl") == "3,6"
    assert score(4, "nl") == "4,0"
    assert count(1234, "nl") == "1.234" and count(1234, "en") == "1,234"
    assert count(7, "nl") == "7"


def test_every_month_has_its_name_in_both_languages():
    days = [dt.date(2026, m, 1) for m in range(1, 13)]
    english = [date_long(day, "en").split()[1] for day in days]
    dutch = [date_long(day, "nl").split()[1] for day in days]
    assert english[0] == "January" and english[11] == "December"
    assert dutch[2] == "maart" and dutch[4] == "mei" and dutch[11] == "december"
    assert len(set(english)) == len(set(dutch)) == 12
    assert [month(day, "nl") for day in days[:6]] == [
        "jan. 2026",
        "feb. 2026",
        "mrt. 2026",
        "apr. 2026",
        "mei 2026",
        "jun. 2026",
    ]
    assert month(days[8], "en") == "Sep 2026"


@pytest.mark.parametrize(
    ("day", "form", "en", "nl"),
    [
        (dt.date(2026, 12, 5), date_long, "5 December 2026", "5 december 2026"),
        (dt.date(2026, 12, 5), date_medium, "5 Dec 2026", "5 dec. 2026"),
        (dt.date(2026, 12, 5), date_short, "2026-12-05", "05-12-2026"),
        (dt.date(2026, 12, 31), date_medium, "31 Dec 2026", "31 dec. 2026"),
        (dt.date(2027, 1, 1), date_medium, "1 Jan 2027", "1 jan. 2027"),
        (dt.date(2026, 12, 31), date_short, "2026-12-31", "31-12-2026"),
        (dt.date(2027, 1, 1), date_short, "2027-01-01", "01-01-2027"),
        (dt.date(2027, 1, 1), month, "Jan 2027", "jan. 2027"),
        (dt.date(2026, 12, 31), month, "Dec 2026", "dec. 2026"),
        (dt.date(2028, 2, 29), date_long, "29 February 2028", "29 februari 2028"),
        (dt.date(987, 3, 1), date_short, "0987-03-01", "01-03-0987"),
    ],
)
def test_dates_in_each_form_and_language(day, form, en, nl):
    assert form(day, "en") == en
    assert form(day, "nl") == nl


def test_moments_on_the_24_hour_clock():
    new_year = dt.datetime(2026, 12, 31, 23, 59, 7)
    assert moment(new_year, "en") == "2026-12-31 23:59"
    assert moment(new_year, "nl", seconds=True) == "31-12-2026 23:59:07"
    assert moment(dt.datetime(2027, 1, 1, 0, 5), "nl") == "01-01-2027 00:05"


def test_month_names_do_not_follow_the_operating_systems_locale():
    before = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("nl_NL.UTF-8", "de_DE.UTF-8", "C"):
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            assert date_medium(dt.date(2026, 3, 2), "en") == "2 Mar 2026"
            assert date_medium(dt.date(2026, 3, 2), "nl") == "2 mrt. 2026"
    finally:
        locale.setlocale(locale.LC_TIME, before)


@pytest.mark.parametrize(
    "call",
    [
        lambda: number(1.0, "de"),
        lambda: date_short(dt.date(2026, 1, 1), "EN"),
        lambda: number(float("nan"), "en"),
        lambda: number(float("inf"), "nl"),
        lambda: number(1.0, "en", -1),
    ],
)
def test_what_cannot_be_shown_is_refused(call):
    with pytest.raises(ValueError):
        call()


def test_the_languages_are_the_apps():
    from alliance_desk.domain import signal_text

    assert notation.LANGUAGES == signal_text.LANGUAGES
