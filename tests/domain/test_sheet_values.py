"""Cells as people type them: dates in three orders and Excel serials, scales as words in
either language, yes/no in either language, codes by their Dutch and English words; and the
header row matched to the fields."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desk.domain.sheet_fields import Target, fold, layout_key, match_headers
from alliance_desk.domain.sheet_values import (
    CellRefused,
    DateOrder,
    detect_date_order,
    needs_date_order,
    parse_choice,
    parse_date,
    parse_flag,
    parse_scale,
)

NEW_YEARS_EVE = dt.date(2026, 12, 31)


@pytest.mark.parametrize(
    "cell", ["31-12-2026", "2026-12-31", "12/31/2026", "31.12.2026", 46387, "46387", NEW_YEARS_EVE]
)
def test_a_date_in_each_form_people_type(cell: object) -> None:
    assert parse_date(cell, None) == NEW_YEARS_EVE


def test_a_date_that_reads_both_ways_is_asked_about() -> None:
    with pytest.raises(CellRefused) as refused:
        parse_date("03-04-2026", None)
    assert refused.value.reason == "ambiguous_date"
    assert parse_date("03-04-2026", DateOrder.DMY) == dt.date(2026, 4, 3)
    assert parse_date("03-04-2026", DateOrder.MDY) == dt.date(2026, 3, 4)
    assert parse_date("04-04-2026", None) == dt.date(2026, 4, 4)  # reads the same either way


def test_the_column_tells_the_order() -> None:
    assert detect_date_order(["03-04-2026", "25-04-2026"]) is DateOrder.DMY
    assert detect_date_order(["03/04/2026", "04/25/2026"]) is DateOrder.MDY
    assert detect_date_order(["03-04-2026", "2026-01-01"]) is None
    assert needs_date_order(["03-04-2026"]) and not needs_date_order(["2026-03-04"])


@pytest.mark.parametrize("cell", ["31-02-2026", "tomorrow", 0, True, "2026-13-01"])
def test_what_is_no_date_is_refused(cell: object) -> None:
    with pytest.raises(CellRefused) as refused:
        parse_date(cell, DateOrder.DMY)
    assert refused.value.reason == "not_a_date"


def test_scales_as_numbers_or_words_in_either_language() -> None:
    assert parse_scale("hoog", 10) == parse_scale("High", 10) == 8
    assert parse_scale("zeer laag", 5) == 1
    assert parse_scale("Very high", 5) == 5
    assert parse_scale("7", 10) == 7
    assert parse_scale(4.0, 5) == 4
    for bad in ("14", "2.5", "quite", 0):
        with pytest.raises(CellRefused):
            parse_scale(bad, 10)


def test_yes_and_no_in_either_language() -> None:
    assert parse_flag("Ja") and parse_flag("yes") and parse_flag("x") and parse_flag(1)
    assert not parse_flag("nee") and not parse_flag("No") and not parse_flag("-")
    with pytest.raises(CellRefused):
        parse_flag("misschien")


def test_codes_by_their_words() -> None:
    assert parse_choice("Voorstander", "attitude") == "supporter"
    assert parse_choice("in behandeling", "action_status") == "in_progress"
    assert parse_choice("Gereed", "action_status") == "done"
    assert parse_choice("wij", "side") == "us"
    with pytest.raises(CellRefused) as refused:
        parse_choice("lukewarm", "attitude")
    assert "champion" in str(refused.value.params["choices"])


def test_headers_in_both_languages_and_synonyms() -> None:
    headers = ["Naam", "Afdeling", "Functie", "Organisatie", "E-mail", "Shoe size", None]
    assert match_headers(Target.STAKEHOLDERS, headers) == {
        0: "name",
        1: "department",
        2: "role",
        3: "organisation",
        4: "email",
    }
    english = ["Full name", "Department", "Role", "Company"]
    assert list(match_headers(Target.STAKEHOLDERS, english).values()) == [
        "name",
        "department",
        "role",
        "organisation",
    ]
    # A field goes to the first column that names it.
    assert match_headers(Target.RISKS, ["Risk", "Risico"]) == {0: "title"}


def test_names_fold_alike_whatever_the_accents_case_and_spacing() -> None:
    assert fold("Zoë  de Vries") == fold("Zoe de vries") == "zoe de vries"
    assert layout_key(["Naam", "Afdeling"]) == layout_key(["naam ", "AFDELING"])
