"""Early-warning signals: named, explained reasons to look at an alliance now.

Each rule is a pure function over plain values (dates, scores, attitudes),
so it can be tested at its edges without a workbook; the store gathers the
facts for many alliances at once (:mod:`alliance_desk.store.signals`) and
the sentences people read are in :mod:`alliance_desk.domain.signal_text`.
Signals are computed from the records every time, never stored.

A rule returns ``None`` (or an empty list) when it has no evidence: missing
data is not a warning, except where the absence itself is the warning (no
partner evaluation for a year, no contact at all).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum, StrEnum

from alliance_desk.domain.codes import Attitude, Rag
from alliance_desk.domain.insights import losing_touch, next_health_check


class SignalKind(StrEnum):
    """Stable codes (printed by ``alliance-desk signals --json``)."""

    HEALTH_FALLING = "health_falling"
    HEALTH_LOW = "health_low"
    GAP_WIDENING = "gap_widening"
    SPONSOR_COOLING = "sponsor_cooling"
    POWER_WITHOUT_COUNTERPART = "power_without_counterpart"
    CHECK_OVERDUE = "check_overdue"
    NO_PARTNER_VIEW = "no_partner_view"
    DECISION_OVERDUE = "decision_overdue"
    ACTIONS_PILING_UP = "actions_piling_up"
    LOSING_TOUCH = "losing_touch"
    STATUS_NOT_ASSESSED = "status_not_assessed"
    STATUS_STALE = "status_stale"
    MATURITY_GAP = "maturity_gap"
    ROUND_OVERDUE = "round_overdue"
    DEVELOPMENT_TARGET_OVERDUE = "development_target_overdue"


class Severity(IntEnum):
    NOTE = 1  # worth knowing, no hurry
    WARNING = 2  # look at it before the next board meeting
    ALARM = 3  # look at it now


@dataclasses.dataclass(frozen=True)
class Signal:
    alliance_id: int
    kind: SignalKind
    severity: Severity
    arose_on: dt.date  # the date it arose
    figures: Mapping[str, object]  # what the sentence says (numbers, dates, names)


class ThresholdError(ValueError):
    """A threshold setting out of its range; ``field`` names it."""

    def __init__(self, field: str, value: object, message: str):
        self.field = field
        self.value = value
        super().__init__(f"signal threshold {field} = {value!r}: {message}")


@dataclasses.dataclass(frozen=True)
class Thresholds:
    """When a rule speaks up. Stored in the workbook; these defaults where unset."""

    # A fall of half a point on a 1-5 scale between two checks of one side is more than
    # noise (the portfolio already calls 0.25 a trend); a full point is a collapse.
    health_drop: float = 0.5
    health_drop_alarm: float = 1.0
    # Below 2.5 the average answer is "poor": the alliance is not healthy whatever its trend.
    health_low: float = 2.5
    # The mean gap between the sides growing by half a point: they drift apart.
    gap_widening: float = 0.5
    # Power 8-10 of 10: the top of the grid's "high" half (6-10), people whose word decides.
    stakeholder_power: int = 8
    # Formal health checks are due every 6-12 months; a year without the partner's view
    # means we no longer know how they see it.
    no_partner_view_days: int = 365
    # A pending decision a month past its deadline is no longer late, it is stuck.
    decision_overdue_alarm_days: int = 30
    # One or two late actions happen; three or more is a pattern.
    overdue_actions: int = 3
    # The app's default losing-touch period (ui settings): no contact for about two months.
    losing_touch_days: int = 60
    # Two levels (say "ad hoc" against "defined programme") is a difference in kind.
    maturity_gap: int = 2

    def problems(self) -> list[ThresholdError]:
        """What is out of range, one error per field (empty when all is well)."""
        found = []
        for name, low, high in _RANGES:
            value = getattr(self, name)
            whole = isinstance(getattr(Thresholds, name), int)
            if isinstance(value, bool) or not isinstance(value, int | float):
                found.append(ThresholdError(name, value, "a number is expected"))
            elif whole and not isinstance(value, int):
                found.append(ThresholdError(name, value, "a whole number is expected"))
            elif not low <= value <= high:
                found.append(ThresholdError(name, value, f"it must be from {low} to {high}"))
        if not found and self.health_drop_alarm < self.health_drop:
            found.append(
                ThresholdError(
                    "health_drop_alarm",
                    self.health_drop_alarm,
                    f"it must not be below health_drop ({self.health_drop})",
                )
            )
        return found


_RANGES: tuple[tuple[str, float, float], ...] = (
    ("health_drop", 0.01, 4.0),
    ("health_drop_alarm", 0.01, 4.0),
    ("health_low", 1.0, 5.0),
    ("gap_widening", 0.01, 4.0),
    ("stakeholder_power", 1, 10),
    ("no_partner_view_days", 1, 3650),
    ("decision_overdue_alarm_days", 1, 3650),
    ("overdue_actions", 1, 1000),
    ("losing_touch_days", 1, 3650),
    ("maturity_gap", 1, 4),
)

DEFAULTS = Thresholds()

# Order of kinds within one severity and date, so lists are stable.
_KIND_ORDER = {kind: index for index, kind in enumerate(SignalKind)}


def most_severe_first(found: Iterable[Signal]) -> list[Signal]:
    """Most severe first, then newest, then in the order of :class:`SignalKind`."""
    return sorted(
        found,
        key=lambda signal: (
            -signal.severity,
            -signal.arose_on.toordinal(),
            _KIND_ORDER[signal.kind],
        ),
    )


def weight(found: Iterable[Signal]) -> tuple[int, int, int]:
    """How many alarms, warnings and notes: sorting alliances by this, largest first, puts
    the most at risk first (one alarm outweighs any number of warnings)."""
    severities = [signal.severity for signal in found]
    return (
        severities.count(Severity.ALARM),
        severities.count(Severity.WARNING),
        severities.count(Severity.NOTE),
    )


def worst(found: Iterable[Signal]) -> Severity | None:
    """The highest severity among the signals (None: no signal), for a symbol."""
    return max((signal.severity for signal in found), default=None)


def _points(value: float) -> float:
    """Scores are means rounded to hundredths; so are differences between them (3.6 - 3.1 is
    0.5, not 0.4999...)."""
    return round(value, 2)


# --- health ---------------------------------------------------------------------------------

Check = tuple[dt.date, float]  # a check's date and overall score


def health_falling(
    alliance_id: int, side: str, checks: Sequence[Check], limits: Thresholds = DEFAULTS
) -> Signal | None:
    """The overall score of the side's last two checks (oldest first; same-day checks in the
    order recorded) fell by at least ``health_drop``."""
    if len(checks) < 2:
        return None
    (before_on, before), (after_on, after) = checks[-2], checks[-1]
    drop = _points(before - after)
    if drop < limits.health_drop:
        return None
    severity = Severity.ALARM if drop >= limits.health_drop_alarm else Severity.WARNING
    return Signal(
        alliance_id,
        SignalKind.HEALTH_FALLING,
        severity,
        after_on,
        {
            "side": side,
            "before": before,
            "after": after,
            "drop": drop,
            "before_on": before_on,
            "after_on": after_on,
        },
    )


def health_low(
    alliance_id: int, side: str, checks: Sequence[Check], limits: Thresholds = DEFAULTS
) -> Signal | None:
    """The side's latest overall score is below ``health_low``."""
    if not checks:
        return None
    on, score = checks[-1]
    if score >= limits.health_low:
        return None
    return Signal(
        alliance_id,
        SignalKind.HEALTH_LOW,
        Severity.ALARM,
        on,
        {"side": side, "score": score, "on": on, "threshold": limits.health_low},
    )


# --- perception gap -------------------------------------------------------------------------

Scores = Mapping[int, float | None]  # dimension id -> score (None: left open; a round: 3.4)


def _mean_gap(ours: Scores, theirs: Scores) -> tuple[float, dict[int, float]] | None:
    gaps = {
        dimension: _points(abs(score - other))
        for dimension, score in ours.items()
        if score is not None and (other := theirs.get(dimension)) is not None
    }
    if not gaps:
        return None
    return _points(sum(gaps.values()) / len(gaps)), gaps


@dataclasses.dataclass(frozen=True)
class ScoredCheck:
    """One side's evaluation: its date and its scores by dimension."""

    on: dt.date
    scores: Scores


def gap_widening(
    alliance_id: int,
    previous: tuple[ScoredCheck, ScoredCheck] | None,
    latest: tuple[ScoredCheck, ScoredCheck] | None,
    dimension_names: Mapping[int, Mapping[str, str]] | None = None,
    limits: Thresholds = DEFAULTS,
) -> Signal | None:
    """The mean absolute gap between our scores and the partner's (over the dimensions both
    scored) is at the latest pair (our latest check, the partner's latest) larger than at
    the previous pair (each side's check before) by at least ``gap_widening``.

    The dimension that drifted most is the one (scored by both in both pairs) whose gap
    grew most; ties go to the larger gap now, then the lower dimension id.
    """
    if previous is None or latest is None:
        return None
    before = _mean_gap(previous[0].scores, previous[1].scores)
    after = _mean_gap(latest[0].scores, latest[1].scores)
    if before is None or after is None:
        return None
    growth = _points(after[0] - before[0])
    if growth < limits.gap_widening:
        return None
    figures: dict[str, object] = {
        "before": before[0],
        "after": after[0],
        "growth": growth,
        "ours_on": latest[0].on,
        "theirs_on": latest[1].on,
        "previous_ours_on": previous[0].on,
        "previous_theirs_on": previous[1].on,
    }
    both = [dimension for dimension in after[1] if dimension in before[1]]
    if both:
        drifted = min(
            both,
            key=lambda dimension: (
                before[1][dimension] - after[1][dimension],
                -after[1][dimension],
                dimension,
            ),
        )
        names = (dimension_names or {}).get(drifted, {})
        figures.update(
            dimension_id=drifted,
            dimension_en=names.get("en", f"#{drifted}"),
            dimension_nl=names.get("nl", f"#{drifted}"),
            dimension_before=before[1][drifted],
            dimension_after=after[1][drifted],
        )
    return Signal(
        alliance_id,
        SignalKind.GAP_WIDENING,
        Severity.WARNING,
        max(latest[0].on, latest[1].on),
        figures,
    )


# --- people ---------------------------------------------------------------------------------

_ATTITUDE_RANK = {attitude: rank for rank, attitude in enumerate(Attitude)}  # 0 = champion


@dataclasses.dataclass(frozen=True)
class Reading:
    """A sponsor's attitude as assessed on one day."""

    on: dt.date
    attitude: Attitude


def sponsor_cooling(
    alliance_id: int,
    side: str,
    name: str,
    latest: Reading | None,
    previous: Reading | None,
) -> Signal | None:
    """The executive sponsor's latest attitude is less supportive than the one before.
    An ALARM when it fell below neutral (critic, blocker)."""
    if latest is None or previous is None:
        return None
    if _ATTITUDE_RANK[latest.attitude] <= _ATTITUDE_RANK[previous.attitude]:
        return None
    severity = (
        Severity.ALARM
        if _ATTITUDE_RANK[latest.attitude] > _ATTITUDE_RANK[Attitude.NEUTRAL]
        else Severity.WARNING
    )
    return Signal(
        alliance_id,
        SignalKind.SPONSOR_COOLING,
        severity,
        latest.on,
        {
            "side": side,
            "name": name,
            "before": previous.attitude.value,
            "after": latest.attitude.value,
            "before_on": previous.on,
            "after_on": latest.on,
        },
    )


@dataclasses.dataclass(frozen=True)
class Person:
    """A stakeholder's latest assessment and whether a counterpart link names them."""

    name: str
    side: str
    power: int
    assessed_on: dt.date
    has_counterpart: bool


def power_without_counterpart(
    alliance_id: int, people: Iterable[Person], limits: Thresholds = DEFAULTS
) -> Signal | None:
    """People (either side) with power of at least ``stakeholder_power`` at their latest
    assessment and no counterpart link: one signal naming them, most powerful first."""
    alone = sorted(
        (
            person
            for person in people
            if not person.has_counterpart and person.power >= limits.stakeholder_power
        ),
        key=lambda person: (-person.power, person.name.casefold(), person.side),
    )
    if not alone:
        return None
    return Signal(
        alliance_id,
        SignalKind.POWER_WITHOUT_COUNTERPART,
        Severity.WARNING,
        max(person.assessed_on for person in alone),
        {
            "count": len(alone),
            "people": [
                {"name": person.name, "side": person.side, "power": person.power}
                for person in alone
            ],
        },
    )


# --- rhythm ---------------------------------------------------------------------------------


def check_overdue(
    alliance_id: int,
    last_evaluated: dt.date | None,
    interval_days: int,
    started: dt.date | None,
    today: dt.date,
) -> Signal | None:
    """The next formal health check (:func:`insights.next_health_check`) is past; it arose
    the day after it was due."""
    due = next_health_check(last_evaluated, interval_days, started)
    if due is None or due >= today:
        return None
    return Signal(
        alliance_id,
        SignalKind.CHECK_OVERDUE,
        Severity.WARNING,
        due + dt.timedelta(days=1),
        {"due": due, "days": (today - due).days, "last_evaluated": last_evaluated},
    )


def no_partner_view(
    alliance_id: int,
    last_partner_check: dt.date | None,
    started: dt.date | None,
    today: dt.date,
    limits: Thresholds = DEFAULTS,
) -> Signal | None:
    """No evaluation by the partner for ``no_partner_view_days`` days; or never, in an
    alliance started at least that long ago (an alliance without a start date that the
    partner never evaluated gives no signal: its age is unknown)."""
    base = last_partner_check or started
    if base is None:
        return None
    since = (today - base).days
    if since < limits.no_partner_view_days:
        return None
    return Signal(
        alliance_id,
        SignalKind.NO_PARTNER_VIEW,
        Severity.WARNING,
        base + dt.timedelta(days=limits.no_partner_view_days),
        {"last": last_partner_check, "started": started, "days": since},
    )


def decision_overdue(
    alliance_id: int,
    title: str,
    deadline: dt.date | None,
    today: dt.date,
    limits: Thresholds = DEFAULTS,
) -> Signal | None:
    """A pending decision past its deadline (the caller gives pending ones only); it arose
    the day after the deadline, an ALARM from ``decision_overdue_alarm_days`` late."""
    if deadline is None or deadline >= today:
        return None
    late = (today - deadline).days
    severity = Severity.ALARM if late >= limits.decision_overdue_alarm_days else Severity.WARNING
    return Signal(
        alliance_id,
        SignalKind.DECISION_OVERDUE,
        severity,
        deadline + dt.timedelta(days=1),
        {"title": title, "deadline": deadline, "days": late},
    )


def actions_piling_up(
    alliance_id: int,
    overdue: int,
    oldest: dt.date | None,
    nth_due: dt.date | None,
    limits: Thresholds = DEFAULTS,
) -> Signal | None:
    """At least ``overdue_actions`` open or in-progress actions are past their due date.

    ``overdue`` counts them, ``oldest`` is the earliest due date among them and ``nth_due``
    the ``overdue_actions``-th earliest: the signal arose the day after that one fell due,
    when the pile reached the threshold.
    """
    if overdue < limits.overdue_actions or oldest is None or nth_due is None:
        return None
    return Signal(
        alliance_id,
        SignalKind.ACTIONS_PILING_UP,
        Severity.WARNING,
        nth_due + dt.timedelta(days=1),
        {"count": overdue, "oldest": oldest},
    )


def losing_touch_signal(
    alliance_id: int,
    last_activity: dt.date | None,
    started: dt.date | None,
    today: dt.date,
    limits: Thresholds = DEFAULTS,
) -> Signal | None:
    """No evaluation, pulse, meeting or assessment for ``losing_touch_days`` days, or never
    (:func:`insights.losing_touch`, as the portfolio marks it)."""
    if not losing_touch(last_activity, today, limits.losing_touch_days):
        return None
    base = last_activity or started
    arose = today if base is None else min(today, base + dt.timedelta(limits.losing_touch_days))
    return Signal(
        alliance_id,
        SignalKind.LOSING_TOUCH,
        Severity.WARNING,
        arose,
        {
            "last": last_activity,
            "days": None if last_activity is None else (today - last_activity).days,
        },
    )


# --- status ---------------------------------------------------------------------------------


def status_not_assessed(
    alliance_id: int, status: Rag | None, since: dt.date | None, today: dt.date
) -> Signal | None:
    """Nobody has set the alliance's status (RAG) yet; ``since``: when the alliance was
    recorded, if known."""
    if status is not None:
        return None
    return Signal(
        alliance_id,
        SignalKind.STATUS_NOT_ASSESSED,
        Severity.WARNING,
        since or today,
        {"since": since},
    )


def status_stale(
    alliance_id: int,
    status: Rag | None,
    status_set_on: dt.date | None,
    check_dates: Iterable[dt.date],
    checks_by_side: Mapping[str, Sequence[Check]] | None = None,
    limits: Thresholds = DEFAULTS,
) -> Signal | None:
    """The status was last set before the second-latest health check: two checks (on two
    days after the day it was set) have passed without anyone revisiting it. A NOTE; an
    ALARM when it is still green while a side's last two checks, both after it was set,
    fell by at least ``health_drop`` (ours first, then the partner's, then joint).

    Without a date for the status (no audit entry tells it) there is no signal.
    """
    if status is None or status_set_on is None:
        return None
    since = sorted({day for day in check_dates if day > status_set_on})
    if len(since) < 2:
        return None
    figures: dict[str, object] = {
        "status": status.value,
        "set_on": status_set_on,
        "checks": len(since),
        "latest_check": since[-1],
    }
    severity = Severity.NOTE
    if status is Rag.GREEN:
        for side in ("us", "partner", "joint"):
            checks = (checks_by_side or {}).get(side, ())
            if len(checks) < 2 or checks[-2][0] <= status_set_on:
                continue
            fall = health_falling(alliance_id, side, checks, limits)
            if fall is not None:
                severity = Severity.ALARM
                figures.update(
                    side=side,
                    before=fall.figures["before"],
                    after=fall.figures["after"],
                )
                break
    return Signal(alliance_id, SignalKind.STATUS_STALE, severity, since[1], figures)


# --- maturity -------------------------------------------------------------------------------

Level = tuple[float, dt.date]  # a maturity level (a round's mean: 2.6) and its date


def maturity_gap(
    alliance_id: int,
    ours: Mapping[int, Level],
    theirs: Mapping[int, Level],
    dimension_names: Mapping[int, Mapping[str, str]] | None = None,
    limits: Thresholds = DEFAULTS,
) -> Signal | None:
    """On some dimension the partner's latest maturity level is at least ``maturity_gap``
    below ours. One signal naming the largest difference (ties: the lower dimension id)
    and how many dimensions are that far behind."""
    behind = sorted(
        (
            (_points(ours[dimension][0] - theirs[dimension][0]), dimension)
            for dimension in ours
            if dimension in theirs
            and _points(ours[dimension][0] - theirs[dimension][0]) >= limits.maturity_gap
        ),
        key=lambda item: (-item[0], item[1]),
    )
    if not behind:
        return None
    difference, dimension = behind[0]
    names = (dimension_names or {}).get(dimension, {})
    return Signal(
        alliance_id,
        SignalKind.MATURITY_GAP,
        Severity.NOTE,
        max(ours[dimension][1], theirs[dimension][1]),
        {
            "dimension_id": dimension,
            "dimension_en": names.get("en", f"#{dimension}"),
            "dimension_nl": names.get("nl", f"#{dimension}"),
            "ours": ours[dimension][0],
            "theirs": theirs[dimension][0],
            "difference": difference,
            "assessed_on": theirs[dimension][1],
            "dimensions": len(behind),
            "threshold": limits.maturity_gap,
        },
    )


# --- questionnaire rounds ------------------------------------------------------------------


def round_overdue(
    alliance_id: int,
    held_on: dt.date,
    deadline: dt.date | None,
    invited: int,
    answered: int,
    today: dt.date,
) -> Signal | None:
    """An open questionnaire round is past its deadline while some respondents have not
    answered; it arose the day after the deadline."""
    if deadline is None or deadline >= today or answered >= invited:
        return None
    return Signal(
        alliance_id,
        SignalKind.ROUND_OVERDUE,
        Severity.WARNING,
        deadline + dt.timedelta(days=1),
        {
            "held_on": held_on,
            "deadline": deadline,
            "missing": invited - answered,
            "invited": invited,
            "days": (today - deadline).days,
        },
    )


def sentence(signal: Signal, language: str) -> str:
    """One sentence saying why (:func:`alliance_desk.domain.signal_text.sentence`)."""
    from alliance_desk.domain.signal_text import sentence as written

    return written(signal, language)
