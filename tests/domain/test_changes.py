"""What changed, said in English and Dutch: every kind, its figures, a status not assessed,
and the rules that decide what counts (a day's net effect, the reason, the health step)."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desk.domain.changes import (
    CODE_WORDS,
    STATUS_WORDS,
    Change,
    ChangeKind,
    Step,
    health_change,
    in_order,
    net_per_day,
    reason_for,
    sentence,
    sponsor_warmed,
)
from alliance_desk.domain.insights import TREND_STEADY_WITHIN
from alliance_desk.reports.briefing_text import CODE_LABELS, LABELS

ON = dt.date(2026, 11, 3)
# The briefing's word for a status not assessed (LABELS "not_assessed", part A of issue 9).
NOT_ASSESSED = {"en": "NOT ASSESSED", "nl": "NIET BEOORDEELD"}


def change(kind: ChangeKind, **figures: object) -> Change:
    return Change(7, kind, ON, figures)


# Words ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
def test_status_words_are_the_briefings_in_sentence_case(language: str) -> None:
    labels = LABELS[language]
    for rag in ("green", "amber", "red"):
        assert STATUS_WORDS[language][rag] == labels[rag].capitalize()
    unset = labels.get("not_assessed", NOT_ASSESSED[language])
    assert STATUS_WORDS[language][None] == unset.capitalize()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_stage_and_attitude_words_are_the_briefings(language: str) -> None:
    assert CODE_WORDS[language] == CODE_LABELS[language]


# Sentences ------------------------------------------------------------------------------


def test_status_change_with_its_reason() -> None:
    status = change(
        ChangeKind.STATUS,
        old="green",
        new="amber",
        reason="supply delays at the partner's plant",
    )
    assert sentence(status, "en") == (
        "Status changed from On track to Attention on 3 November 2026:"
        " supply delays at the partner's plant."
    )
    assert sentence(status, "nl") == (
        "Status gewijzigd van Op koers naar Aandacht op 3 november 2026:"
        " supply delays at the partner's plant."
    )


def test_status_sentence_keeps_the_reasons_own_full_stop_and_needs_none() -> None:
    ended = change(ChangeKind.STATUS, old="amber", new="red", reason="Escalated to both CEOs.")
    assert sentence(ended, "en").endswith("on 3 November 2026: Escalated to both CEOs.")
    bare = change(ChangeKind.STATUS, old="amber", new="red", reason=None)
    assert sentence(bare, "en") == "Status changed from Attention to At risk on 3 November 2026."
    assert (
        sentence(bare, "nl") == "Status gewijzigd van Aandacht naar In gevaar op 3 november 2026."
    )
    # A reason typed over several lines is one line in the sentence.
    lines = change(ChangeKind.STATUS, old="amber", new="red", reason="Late\n  launch ")
    assert sentence(lines, "en").endswith(": Late launch.")


def test_status_not_assessed_on_either_side() -> None:
    first = change(ChangeKind.STATUS, old=None, new="green", reason=None)
    assert sentence(first, "en") == (
        "Status changed from Not assessed to On track on 3 November 2026."
    )
    assert sentence(first, "nl") == (
        "Status gewijzigd van Niet beoordeeld naar Op koers op 3 november 2026."
    )
    cleared = change(ChangeKind.STATUS, old="red", new=None, reason="New manager")
    assert sentence(cleared, "en") == (
        "Status changed from At risk to Not assessed on 3 November 2026: New manager."
    )
    assert "naar Niet beoordeeld op 3 november 2026" in sentence(cleared, "nl")


def test_stage_move() -> None:
    stage = change(ChangeKind.STAGE, old="working_together", new="value_creation")
    assert sentence(stage, "en") == (
        "Stage moved from Working together to Value creation on 3 November 2026."
    )
    assert sentence(stage, "nl") == (
        "Fase gewijzigd van Samenwerken naar Waarde creëren op 3 november 2026."
    )


@pytest.mark.parametrize(
    ("side", "before", "after", "en", "nl"),
    [
        (
            "us",
            3.57,
            2.86,
            "Our health score fell from 3.6 to 2.9",
            "Onze gezondheidsscore is gedaald van 3,6 naar 2,9",
        ),
        (
            "partner",
            2.5,
            3.0,
            "The partner's health score rose from 2.5 to 3.0",
            "De gezondheidsscore van de partner is gestegen van 2,5 naar 3,0",
        ),
        (
            "joint",
            4.0,
            3.5,
            "The joint health score fell from 4.0 to 3.5",
            "De gezamenlijke gezondheidsscore is gedaald van 4,0 naar 3,5",
        ),
    ],
)
def test_health_up_or_down_per_side(
    side: str, before: float, after: float, en: str, nl: str
) -> None:
    health = change(
        ChangeKind.HEALTH,
        side=side,
        before=before,
        after=after,
        before_on=dt.date(2026, 5, 12),
        after_on=ON,
    )
    assert sentence(health, "en") == (
        f"{en} (health check of 3 November 2026, against 12 May 2026)."
    )
    assert sentence(health, "nl") == (
        f"{nl} (gezondheidscheck van 3 november 2026, tegenover 12 mei 2026)."
    )


def test_new_decision_with_and_without_deadline() -> None:
    asked = change(
        ChangeKind.NEW_DECISION,
        decision_id=3,
        title="Renew the contract",
        deadline=dt.date(2026, 12, 15),
    )
    assert sentence(asked, "en") == (
        "New decision asked of senior management on 3 November 2026: Renew the contract"
        " (deadline 15 December 2026)."
    )
    assert sentence(asked, "nl") == (
        "Nieuw besluit gevraagd aan het senior management op 3 november 2026: Renew the contract"
        " (uiterlijk 15 december 2026)."
    )
    open_ended = change(
        ChangeKind.NEW_DECISION, decision_id=3, title="Fund a pilot?", deadline=None
    )
    assert sentence(open_ended, "en").endswith("3 November 2026: Fund a pilot?")


def test_settled_decision_taken_or_withdrawn() -> None:
    taken = change(
        ChangeKind.SETTLED_DECISION,
        decision_id=3,
        title="Renew the contract",
        status="decided",
        outcome="Renewed for two years",
        decided_by="Board",
    )
    assert sentence(taken, "en") == "Decision taken on 3 November 2026: Renew the contract."
    assert sentence(taken, "nl") == "Besluit genomen op 3 november 2026: Renew the contract."
    withdrawn = change(
        ChangeKind.SETTLED_DECISION,
        decision_id=3,
        title="Renew the contract",
        status="withdrawn",
        outcome=None,
        decided_by=None,
    )
    assert sentence(withdrawn, "en") == (
        "Decision request withdrawn on 3 November 2026: Renew the contract."
    )
    assert sentence(withdrawn, "nl") == (
        "Besluitvraag ingetrokken op 3 november 2026: Renew the contract."
    )


def test_new_risk_with_its_score() -> None:
    risk = change(
        ChangeKind.NEW_RISK,
        risk_id=4,
        title="Key engineer leaves",
        likelihood=4,
        impact=5,
        owner=None,
    )
    assert sentence(risk, "en") == (
        "New risk recorded on 3 November 2026: Key engineer leaves (likelihood 4 × impact 5)."
    )
    assert sentence(risk, "nl") == (
        "Nieuw risico vastgelegd op 3 november 2026: Key engineer leaves (kans 4 × impact 5)."
    )


def test_sponsor_cooling_and_warming_on_each_side() -> None:
    cooled = change(
        ChangeKind.SPONSOR, stakeholder_id=1, name="Jan de Vries", side="us", old="champion",
        new="supporter",
    )  # fmt: skip
    assert sentence(cooled, "en") == (
        "Support from our sponsor Jan de Vries fell from Champion to Supporter on 3 November 2026."
    )
    assert sentence(cooled, "nl") == (
        "De steun van onze sponsor Jan de Vries is afgenomen van Ambassadeur naar Voorstander"
        " op 3 november 2026."
    )
    warmed = change(
        ChangeKind.SPONSOR, stakeholder_id=2, name="Anna Berg", side="partner", old="neutral",
        new="supporter",
    )  # fmt: skip
    assert sentence(warmed, "en") == (
        "Support from the partner's sponsor Anna Berg rose from Neutral to Supporter"
        " on 3 November 2026."
    )
    assert sentence(warmed, "nl") == (
        "De steun van de sponsor van de partner, Anna Berg, is toegenomen van Neutraal naar"
        " Voorstander op 3 november 2026."
    )


def test_sponsor_newly_named() -> None:
    named = change(
        ChangeKind.SPONSOR, stakeholder_id=2, name="Anna Berg", side="partner", old=None,
        new="supporter",
    )  # fmt: skip
    assert sentence(named, "en") == (
        "Anna Berg was named as the partner's sponsor on 3 November 2026 (Supporter)."
    )
    assert sentence(named, "nl") == (
        "Anna Berg is op 3 november 2026 benoemd tot sponsor van de partner (Voorstander)."
    )
    unassessed = change(
        ChangeKind.SPONSOR, stakeholder_id=1, name="Jan", side="us", old=None, new=None
    )
    assert sentence(unassessed, "en") == "Jan was named as our sponsor on 3 November 2026."
    assert sentence(unassessed, "nl") == "Jan is op 3 november 2026 benoemd tot onze sponsor."


def test_every_kind_has_a_sentence_in_both_languages() -> None:
    examples = {
        ChangeKind.STATUS: {"old": None, "new": None, "reason": None},
        ChangeKind.STAGE: {"old": "knowledge", "new": "knowledge"},
        ChangeKind.HEALTH: {
            "side": "us", "before": 3.0, "after": 2.0, "before_on": ON, "after_on": ON,
        },
        ChangeKind.NEW_DECISION: {"decision_id": 1, "title": "T", "deadline": None},
        ChangeKind.SETTLED_DECISION: {
            "decision_id": 1, "title": "T", "status": "decided", "outcome": None,
            "decided_by": None,
        },
        ChangeKind.NEW_RISK: {
            "risk_id": 1, "title": "T", "likelihood": 1, "impact": 1, "owner": None,
        },
        ChangeKind.SPONSOR: {
            "stakeholder_id": 1, "name": "N", "side": "us", "old": "critic", "new": "blocker",
        },
    }  # fmt: skip
    assert set(examples) == set(ChangeKind)
    for kind, figures in examples.items():
        for language in ("en", "nl"):
            text = sentence(Change(1, kind, ON, figures), language)
            assert text.endswith(".") and "{" not in text
            assert ("November" if language == "en" else "november") in text


# Rules -------------------------------------------------------------------------------------


def test_a_days_changes_count_as_their_net_effect() -> None:
    steps = [
        Step("2026-10-01T09:00:00Z", "green", "amber"),
        Step("2026-10-01T09:05:00Z", "amber", "red"),  # same day: one change green -> red
        Step("2026-10-02T23:59:59Z", "red", "amber"),
        Step("2026-10-05T10:00:00Z", "amber", "green"),
        Step("2026-10-05T10:00:09Z", "green", "amber"),  # undone at once: no change that day
    ]
    assert net_per_day(steps) == [
        Step("2026-10-01T09:05:00Z", "green", "red"),
        Step("2026-10-02T23:59:59Z", "red", "amber"),
    ]
    assert net_per_day([]) == []
    assert net_per_day([Step("2026-10-01T09:00:00Z", None, "green")]) == [
        Step("2026-10-01T09:00:00Z", None, "green")
    ]


def test_the_reason_of_a_status_change() -> None:
    reasons = [
        Step("2026-10-01T09:00:01Z", "old", "first"),
        Step("2026-10-20T09:00:00Z", "first", "second"),
    ]
    # Written in the same step (a second later: one transaction can straddle a second).
    assert reason_for("2026-10-01T09:00:00Z", None, reasons, "now") == "first"
    assert reason_for("2026-10-01T09:00:01Z", None, reasons, "now") == "first"
    # The nearest reason written after it, as long as the status did not change again first.
    assert reason_for("2026-10-10T09:00:00Z", None, reasons, "now") == "second"
    assert reason_for("2026-10-10T09:00:00Z", "2026-10-15T00:00:00Z", reasons, "now") == "first"
    # No reason written since: the current one.
    assert reason_for("2026-10-21T09:00:00Z", None, reasons, "now") == "now"
    assert reason_for("2026-10-21T09:00:00Z", None, [], None) is None


def test_health_change_needs_a_step_of_the_steady_threshold() -> None:
    then = (dt.date(2026, 5, 1), 3.0)
    assert health_change(1, "us", then, (ON, 3.0 + TREND_STEADY_WITHIN)) is not None
    assert health_change(1, "us", then, (ON, 3.0 - TREND_STEADY_WITHIN)) is not None
    assert health_change(1, "us", then, (ON, 3.0 + TREND_STEADY_WITHIN - 0.01)) is None
    assert health_change(1, "us", then, (ON, 3.0 - TREND_STEADY_WITHIN + 0.01)) is None
    assert health_change(1, "us", None, (ON, 1.0)) is None
    assert health_change(1, "us", then, None) is None
    assert health_change(1, "us", then, then) is None  # the same check is no change
    found = health_change(1, "partner", then, (ON, 2.5))
    assert found == Change(
        1,
        ChangeKind.HEALTH,
        ON,
        {"side": "partner", "before": 3.0, "after": 2.5, "before_on": then[0], "after_on": ON},
    )


def test_sponsor_attitudes_in_order_of_support() -> None:
    assert sponsor_warmed("neutral", "supporter")
    assert sponsor_warmed("blocker", "champion")
    assert not sponsor_warmed("champion", "supporter")
    assert not sponsor_warmed("critic", "blocker")


def test_changes_in_order_oldest_first_then_by_kind() -> None:
    later = Change(1, ChangeKind.STATUS, dt.date(2026, 11, 4), {})
    risk = Change(1, ChangeKind.NEW_RISK, ON, {})
    status = Change(1, ChangeKind.STATUS, ON, {})
    assert in_order([later, risk, status]) == [status, risk, later]
