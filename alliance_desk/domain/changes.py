"""What changed in an alliance since a date (the last board meeting), and how to say it.

A :class:`Change` is read from the workbook as it is (the audit trail and the
dated records), never stored: :mod:`alliance_desk.store.changes` finds them,
the rules here decide what counts and :func:`sentence` says it in English or
Dutch, with the figures a board needs.

What each kind carries in ``figures`` (codes as stored, dates as ``date``):

- ``STATUS``: ``old``, ``new`` (``"green"``/``"amber"``/``"red"``, or None for
  not assessed), ``reason`` (str or None).
- ``STAGE``: ``old``, ``new`` (lifecycle stage codes).
- ``HEALTH``: ``side`` (``"us"``/``"partner"``/``"joint"``), ``before``,
  ``after`` (overall scores), ``before_on``, ``after_on`` (their check dates).
- ``NEW_DECISION``: ``decision_id``, ``title``, ``deadline`` (date or None).
- ``SETTLED_DECISION``: ``decision_id``, ``title``, ``status`` (``"decided"`` or
  ``"withdrawn"``), ``outcome``, ``decided_by`` (str or None).
- ``NEW_RISK``: ``risk_id``, ``title``, ``likelihood``, ``impact``, ``owner``.
- ``SPONSOR``: ``stakeholder_id``, ``name``, ``side`` (``"us"``/``"partner"``),
  ``old``, ``new`` (attitude codes; ``old`` None: newly named as sponsor,
  ``new`` then the attitude if known).

No Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from alliance_desk.domain.codes import Attitude
from alliance_desk.domain.insights import TREND_STEADY_WITHIN
from alliance_desk.domain.notation import date_long, number


class ChangeKind(StrEnum):
    """Stable codes, in the order a board reads them within a day."""

    STATUS = "status"
    STAGE = "stage"
    HEALTH = "health"
    NEW_DECISION = "new_decision"
    SETTLED_DECISION = "settled_decision"
    NEW_RISK = "new_risk"
    SPONSOR = "sponsor"


_KIND_ORDER = {kind: position for position, kind in enumerate(ChangeKind)}


@dataclasses.dataclass(frozen=True)
class Change:
    """One thing that changed in one alliance, on one day."""

    alliance_id: int
    kind: ChangeKind
    on: dt.date
    figures: Mapping[str, object]


def in_order(changes: Iterable[Change]) -> list[Change]:
    """Oldest first; on one day in the order of :class:`ChangeKind` (stable otherwise)."""
    return sorted(changes, key=lambda change: (change.on, _KIND_ORDER[change.kind]))


# Rules ------------------------------------------------------------------------


def stamp_day(stamp: str) -> dt.date:
    """The (UTC) day of an audit stamp ``YYYY-MM-DDTHH:MM:SSZ``."""
    return dt.date.fromisoformat(stamp[:10])


@dataclasses.dataclass(frozen=True)
class Step:
    """One audited change of one field: when, from what, to what."""

    stamp: str
    old: str | None
    new: str | None


def net_per_day(steps: Sequence[Step]) -> list[Step]:
    """The changes of one field as a day's net effect, oldest first.

    Changes made on one day count as one, from the first old value to the last new
    one (the stamp of the last); a day that ends where it began (a change undone,
    a slip corrected) is no change at all. ``steps`` are oldest first.
    """
    found: list[Step] = []
    day: dt.date | None = None
    first: Step | None = None
    last: Step | None = None
    for step in [*steps, None]:
        step_day = None if step is None else stamp_day(step.stamp)
        if first is not None and last is not None and step_day != day:
            if first.old != last.new:
                found.append(Step(last.stamp, first.old, last.new))
            first = None
        if step is not None:
            if first is None:
                first, day = step, step_day
            last = step
    return found


def reason_for(
    stamp: str,
    next_status: str | None,
    reason_steps: Sequence[Step],
    current_reason: str | None,
) -> str | None:
    """The reason that goes with a status change made at ``stamp``.

    The reason written in the same step or the nearest one after it (but before the
    next status change, at ``next_status``); else the reason that stood then (the old
    value of the next reason change); else the current reason. ``reason_steps`` are
    oldest first.
    """
    for step in reason_steps:
        if step.stamp < stamp:
            continue
        if next_status is None or step.stamp < next_status:
            return step.new
        return step.old
    return current_reason


def health_change(
    alliance_id: int,
    side: str,
    before: tuple[dt.date, float] | None,
    after: tuple[dt.date, float] | None,
) -> Change | None:
    """One side's overall health then against now; None unless both are known and they
    differ by at least :data:`~alliance_desk.domain.insights.TREND_STEADY_WITHIN`."""
    if before is None or after is None or after[0] <= before[0]:
        return None
    if abs(after[1] - before[1]) < TREND_STEADY_WITHIN:
        return None
    return Change(
        alliance_id,
        ChangeKind.HEALTH,
        after[0],
        {
            "side": side,
            "before": before[1],
            "after": after[1],
            "before_on": before[0],
            "after_on": after[0],
        },
    )


_ATTITUDE_RANK = {attitude.value: rank for rank, attitude in enumerate(Attitude)}


def sponsor_warmed(old: str, new: str) -> bool:
    """True when ``new`` is a more supportive attitude than ``old`` (Attitude's order)."""
    return _ATTITUDE_RANK[new] < _ATTITUDE_RANK[old]


# Words ------------------------------------------------------------------------

# Status words as the briefing prints them (LABELS green/amber/red/not_assessed), in
# sentence case (tests/domain/test_changes.py holds them to the briefing's); the stage and
# attitude words below are the briefing's own (its CODE_LABELS is this mapping).
STATUS_WORDS: dict[str, dict[str | None, str]] = {
    "en": {
        "green": "On track",
        "amber": "Attention",
        "red": "At risk",
        None: "Not assessed",
    },
    "nl": {
        "green": "Op koers",
        "amber": "Aandacht",
        "red": "In gevaar",
        None: "Niet beoordeeld",
    },
}
CODE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "operational_awareness": "Operational awareness",
        "knowledge": "Knowledge",
        "internal_assessment": "Internal assessment",
        "partner_selection": "Partner selection",
        "working_together": "Working together",
        "value_creation": "Value creation",
        "staying_together": "Staying together",
        "exit_strategy": "Exit strategy",
        "champion": "Champion",
        "supporter": "Supporter",
        "neutral": "Neutral",
        "critic": "Critic",
        "blocker": "Blocker",
    },
    "nl": {
        "operational_awareness": "Operationeel bewustzijn",
        "knowledge": "Kennis",
        "internal_assessment": "Interne beoordeling",
        "partner_selection": "Partnerselectie",
        "working_together": "Samenwerken",
        "value_creation": "Waarde creëren",
        "staying_together": "Samen blijven",
        "exit_strategy": "Exitstrategie",
        "champion": "Ambassadeur",
        "supporter": "Voorstander",
        "neutral": "Neutraal",
        "critic": "Criticus",
        "blocker": "Tegenstander",
    },
}
_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "status": "Status changed from {old} to {new} on {on}",
        "stage": "Stage moved from {old} to {new} on {on}.",
        "health_up_us": "Our health score rose from {before} to {after}",
        "health_down_us": "Our health score fell from {before} to {after}",
        "health_up_partner": "The partner's health score rose from {before} to {after}",
        "health_down_partner": "The partner's health score fell from {before} to {after}",
        "health_up_joint": "The joint health score rose from {before} to {after}",
        "health_down_joint": "The joint health score fell from {before} to {after}",
        "health_dates": " (health check of {after_on}, against {before_on}).",
        "new_decision": "New decision asked of senior management on {on}: {title}",
        "deadline": " (deadline {deadline})",
        "decided": "Decision taken on {on}: {title}",
        "withdrawn": "Decision request withdrawn on {on}: {title}",
        "new_risk": "New risk recorded on {on}: {title} (likelihood {likelihood} × impact"
        " {impact})",
        "sponsor_up_us": "Support from our sponsor {name} rose from {old} to {new} on {on}.",
        "sponsor_down_us": "Support from our sponsor {name} fell from {old} to {new} on {on}.",
        "sponsor_up_partner": (
            "Support from the partner's sponsor {name} rose from {old} to {new} on {on}."
        ),
        "sponsor_down_partner": (
            "Support from the partner's sponsor {name} fell from {old} to {new} on {on}."
        ),
        "named_us": "{name} was named as our sponsor on {on}",
        "named_partner": "{name} was named as the partner's sponsor on {on}",
        "named_attitude": " ({new})",
    },
    "nl": {
        "status": "Status gewijzigd van {old} naar {new} op {on}",
        "stage": "Fase gewijzigd van {old} naar {new} op {on}.",
        "health_up_us": "Onze gezondheidsscore is gestegen van {before} naar {after}",
        "health_down_us": "Onze gezondheidsscore is gedaald van {before} naar {after}",
        "health_up_partner": (
            "De gezondheidsscore van de partner is gestegen van {before} naar {after}"
        ),
        "health_down_partner": (
            "De gezondheidsscore van de partner is gedaald van {before} naar {after}"
        ),
        "health_up_joint": "De gezamenlijke gezondheidsscore is gestegen van {before} naar {after}",
        "health_down_joint": (
            "De gezamenlijke gezondheidsscore is gedaald van {before} naar {after}"
        ),
        "health_dates": " (gezondheidscheck van {after_on}, tegenover {before_on}).",
        "new_decision": "Nieuw besluit gevraagd aan het senior management op {on}: {title}",
        "deadline": " (uiterlijk {deadline})",
        "decided": "Besluit genomen op {on}: {title}",
        "withdrawn": "Besluitvraag ingetrokken op {on}: {title}",
        "new_risk": (
            "Nieuw risico vastgelegd op {on}: {title} (kans {likelihood} × impact {impact})"
        ),
        "sponsor_up_us": "De steun van onze sponsor {name} is toegenomen van {old} naar {new}"
        " op {on}.",
        "sponsor_down_us": "De steun van onze sponsor {name} is afgenomen van {old} naar {new}"
        " op {on}.",
        "sponsor_up_partner": "De steun van de sponsor van de partner, {name}, is toegenomen"
        " van {old} naar {new} op {on}.",
        "sponsor_down_partner": "De steun van de sponsor van de partner, {name}, is afgenomen"
        " van {old} naar {new} op {on}.",
        "named_us": "{name} is op {on} benoemd tot onze sponsor",
        "named_partner": "{name} is op {on} benoemd tot sponsor van de partner",
        "named_attitude": " ({new})",
    },
}
LANGUAGES = tuple(_TEXTS)


def _ended(text: str) -> str:
    """A sentence with its full stop (not a second one after the user's own)."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _text(value: object) -> str:
    return " ".join(str(value).split())


def sentence(change: Change, language: str) -> str:
    """One short sentence that says what changed, with its figures, in ``language``."""
    texts = _TEXTS[language]
    figures = change.figures
    on = date_long(change.on, language)

    def word(code: object) -> str:
        return CODE_WORDS[language].get(str(code), str(code))

    kind = change.kind
    if kind is ChangeKind.STATUS:
        words = STATUS_WORDS[language]
        text = texts["status"].format(
            old=words.get(_code(figures.get("old")), str(figures.get("old"))),
            new=words.get(_code(figures.get("new")), str(figures.get("new"))),
            on=on,
        )
        reason = figures.get("reason")
        return _ended(f"{text}: {_text(reason)}" if reason else text)
    if kind is ChangeKind.STAGE:
        return texts["stage"].format(old=word(figures["old"]), new=word(figures["new"]), on=on)
    if kind is ChangeKind.HEALTH:
        before, after = _float(figures["before"]), _float(figures["after"])
        way = "up" if after > before else "down"
        head = texts[f"health_{way}_{figures['side']}"].format(
            before=number(before, language), after=number(after, language)
        )
        return head + texts["health_dates"].format(
            after_on=date_long(_day(figures["after_on"]), language),
            before_on=date_long(_day(figures["before_on"]), language),
        )
    if kind is ChangeKind.NEW_DECISION:
        text = texts["new_decision"].format(on=on, title=_text(figures["title"]))
        deadline = figures.get("deadline")
        if isinstance(deadline, dt.date):
            text += texts["deadline"].format(deadline=date_long(deadline, language))
        return _ended(text)
    if kind is ChangeKind.SETTLED_DECISION:
        key = "withdrawn" if figures.get("status") == "withdrawn" else "decided"
        return _ended(texts[key].format(on=on, title=_text(figures["title"])))
    if kind is ChangeKind.NEW_RISK:
        return _ended(
            texts["new_risk"].format(
                on=on,
                title=_text(figures["title"]),
                likelihood=figures["likelihood"],
                impact=figures["impact"],
            )
        )
    # SPONSOR
    side = "partner" if figures.get("side") == "partner" else "us"
    name = _text(figures["name"])
    old, new = figures.get("old"), figures.get("new")
    if old is None:
        text = texts[f"named_{side}"].format(name=name, on=on)
        if new is not None:
            text += texts["named_attitude"].format(new=word(new))
        return _ended(text)
    way = "up" if sponsor_warmed(str(old), str(new)) else "down"
    return texts[f"sponsor_{way}_{side}"].format(name=name, old=word(old), new=word(new), on=on)


def _code(value: object) -> str | None:
    return None if value is None else str(value)


def _float(value: object) -> float:
    assert isinstance(value, int | float)
    return float(value)


def _day(value: object) -> dt.date:
    assert isinstance(value, dt.date)
    return value
