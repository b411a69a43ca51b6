"""The words of the early-warning signals: a short label per kind and one sentence per
signal with its figures, in English or Dutch.

Plain Python, not Qt translations: the same sentences go into the app, the PDF
briefings and the command line. Figures and dates are written by
:mod:`alliance_desk.domain.notation` as each language reads them (3,6 and
1 maart 2026 in Dutch); files and JSON keep ISO.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from alliance_desk.domain.notation import count as whole
from alliance_desk.domain.notation import date_long, score
from alliance_desk.domain.signals import Severity, Signal, SignalKind

LANGUAGES = ("en", "nl")

LABELS: dict[str, dict[SignalKind, str]] = {
    "en": {
        SignalKind.HEALTH_FALLING: "Health falling",
        SignalKind.HEALTH_LOW: "Health low",
        SignalKind.GAP_WIDENING: "Views drifting apart",
        SignalKind.SPONSOR_COOLING: "Sponsor cooling",
        SignalKind.POWER_WITHOUT_COUNTERPART: "Key person without counterpart",
        SignalKind.CHECK_OVERDUE: "Health check overdue",
        SignalKind.NO_PARTNER_VIEW: "No partner view",
        SignalKind.DECISION_OVERDUE: "Decision overdue",
        SignalKind.ACTIONS_PILING_UP: "Overdue actions piling up",
        SignalKind.LOSING_TOUCH: "Losing touch",
        SignalKind.STATUS_NOT_ASSESSED: "Status not assessed",
        SignalKind.STATUS_STALE: "Status not revisited",
        SignalKind.MATURITY_GAP: "Partner maturity behind",
        SignalKind.ROUND_OVERDUE: "Questionnaires overdue",
        SignalKind.DEVELOPMENT_TARGET_OVERDUE: "Development target missed",
    },
    "nl": {
        SignalKind.HEALTH_FALLING: "Gezondheid daalt",
        SignalKind.HEALTH_LOW: "Gezondheid laag",
        SignalKind.GAP_WIDENING: "Beelden lopen uiteen",
        SignalKind.SPONSOR_COOLING: "Sponsor bekoelt",
        SignalKind.POWER_WITHOUT_COUNTERPART: "Sleutelfiguur zonder tegenhanger",
        SignalKind.CHECK_OVERDUE: "Gezondheidscheck verlopen",
        SignalKind.NO_PARTNER_VIEW: "Geen oordeel van de partner",
        SignalKind.DECISION_OVERDUE: "Besluit over de termijn",
        SignalKind.ACTIONS_PILING_UP: "Verlopen acties stapelen zich op",
        SignalKind.LOSING_TOUCH: "Contact verwatert",
        SignalKind.STATUS_NOT_ASSESSED: "Status niet beoordeeld",
        SignalKind.STATUS_STALE: "Status niet herzien",
        SignalKind.MATURITY_GAP: "Volwassenheid partner blijft achter",
        SignalKind.ROUND_OVERDUE: "Vragenlijsten over de termijn",
        SignalKind.DEVELOPMENT_TARGET_OVERDUE: "Ontwikkeldoel niet gehaald",
    },
}

SEVERITY_LABELS: dict[str, dict[Severity, str]] = {
    "en": {Severity.NOTE: "Note", Severity.WARNING: "Warning", Severity.ALARM: "Alarm"},
    "nl": {
        Severity.NOTE: "Aandachtspunt",
        Severity.WARNING: "Waarschuwing",
        Severity.ALARM: "Alarm",
    },
}

_ATTITUDES = {
    "en": {
        "champion": "champion",
        "supporter": "supporter",
        "neutral": "neutral",
        "critic": "critic",
        "blocker": "blocker",
    },
    "nl": {
        "champion": "ambassadeur",
        "supporter": "voorstander",
        "neutral": "neutraal",
        "critic": "criticus",
        "blocker": "tegenstander",
    },
}
_STATUS = {
    "en": {"green": "green", "amber": "amber", "red": "red"},
    "nl": {"green": "groen", "amber": "oranje", "red": "rood"},
}
# "Overall health <by us> fell ..." / "De gezondheidsscore <volgens ons> daalde ..."
_BY_SIDE = {
    "en": {"us": "by us", "partner": "by the partner", "joint": "in the joint checks"},
    "nl": {
        "us": "volgens ons",
        "partner": "volgens de partner",
        "joint": "in de gezamenlijke checks",
    },
}
_SIDE = {
    "en": {"us": "ours", "partner": "partner"},
    "nl": {"us": "eigen organisatie", "partner": "partner"},
}


def _check(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (use en or nl)")


def label(kind: SignalKind, language: str) -> str:
    """A short name of the kind, for a column, a legend or a filter."""
    _check(language)
    return LABELS[language][kind]


def severity_label(severity: Severity, language: str) -> str:
    _check(language)
    return SEVERITY_LABELS[language][severity]


def _and(items: Sequence[str], language: str) -> str:
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'and' if language == 'en' else 'en'} {items[-1]}"


def _days(count: int, language: str) -> str:
    if language == "nl":
        return "1 dag" if count == 1 else f"{whole(count, language)} dagen"
    return "1 day" if count == 1 else f"{whole(count, language)} days"


# Each writer gets the figures, the language and helpers bound to it.
_Writer = Callable[[Mapping[str, object], str], str]


def _d(figures: Mapping[str, object], key: str, language: str) -> str:
    value = figures[key]
    assert isinstance(value, dt.date), key
    return date_long(value, language)


def _n(figures: Mapping[str, object], key: str, language: str) -> str:
    value = figures[key]
    assert isinstance(value, int | float), key
    return score(float(value), language)


def _i(figures: Mapping[str, object], key: str) -> int:
    value = figures[key]
    assert isinstance(value, int), key
    return value


def _s(figures: Mapping[str, object], key: str) -> str:
    return str(figures[key])


def _health_falling(f: Mapping[str, object], lang: str) -> str:
    by = _BY_SIDE[lang][_s(f, "side")]
    before, after = _n(f, "before", lang), _n(f, "after", lang)
    on = (_d(f, "before_on", lang), _d(f, "after_on", lang))
    if lang == "nl":
        return (
            f"De gezondheidsscore {by} daalde van {before} naar {after} tussen de laatste twee"
            f" gezondheidschecks ({on[0]} en {on[1]})."
        )
    return (
        f"Overall health {by} fell from {before} to {after} over the last two checks"
        f" ({on[0]}, {on[1]})."
    )


def _health_low(f: Mapping[str, object], lang: str) -> str:
    by = _BY_SIDE[lang][_s(f, "side")]
    score, limit, on = _n(f, "score", lang), _n(f, "threshold", lang), _d(f, "on", lang)
    if lang == "nl":
        return (
            f"De gezondheidsscore {by} is bij de laatste gezondheidscheck ({on}) {score},"
            f" onder de grens van {limit}."
        )
    return f"Overall health {by} is {score} at the latest check ({on}), below {limit}."


def _gap_widening(f: Mapping[str, object], lang: str) -> str:
    before, after = _n(f, "before", lang), _n(f, "after", lang)
    ours, theirs = _d(f, "ours_on", lang), _d(f, "theirs_on", lang)
    if lang == "nl":
        text = (
            "Ons beeld en dat van de partner lopen uiteen: het gemiddelde verschil steeg"
            f" van {before} naar {after} punten (onze check van {ours}, die van de partner"
            f" van {theirs})"
        )
        if "dimension_nl" in f:
            text += (
                f"; het sterkst bij {_s(f, 'dimension_nl').lower()} (van"
                f" {_level(f, 'dimension_before', lang)} naar"
                f" {_level(f, 'dimension_after', lang)} punten verschil)"
            )
        return text + "."
    text = (
        f"Our view and the partner's drifted apart: the mean gap grew from {before} to"
        f" {after} points (our check of {ours}, the partner's of {theirs})"
    )
    if "dimension_en" in f:
        text += (
            f"; most on {_s(f, 'dimension_en').lower()}"
            f" (from {_level(f, 'dimension_before', lang)} to"
            f" {_level(f, 'dimension_after', lang)} points apart)"
        )
    return text + "."


def _sponsor_cooling(f: Mapping[str, object], lang: str) -> str:
    words = _ATTITUDES[lang]
    before, after = words[_s(f, "before")], words[_s(f, "after")]
    name, on = _s(f, "name"), _d(f, "after_on", lang)
    since = _d(f, "before_on", lang)
    if lang == "nl":
        whose = (
            "Onze bestuurlijke sponsor"
            if f["side"] == "us"
            else "De bestuurlijke sponsor van de partner"
        )
        return f"{whose}, {name}, is op {on} beoordeeld als {after}; op {since} nog als {before}."
    whose = "Our executive sponsor" if f["side"] == "us" else "The partner's executive sponsor"
    return f"{whose}, {name}, was assessed as {after} on {on}, down from {before} on {since}."


def _power_without_counterpart(f: Mapping[str, object], lang: str) -> str:
    people = f["people"]
    assert isinstance(people, list)
    power = "macht" if lang == "nl" else "power"
    names = [
        f"{person['name']} ({_SIDE[lang][person['side']]}, {power} {person['power']})"
        for person in people[:3]
    ]
    more = len(people) - len(names)
    if lang == "nl":
        if len(people) == 1:
            return f"{names[0]} heeft geen tegenhanger bij de andere partij."
        if more:
            names.append(f"nog {more}")
        return (
            f"Er zijn {len(people)} invloedrijke personen zonder tegenhanger: {_and(names, lang)}."
        )
    if len(people) == 1:
        return f"{names[0]} has no counterpart on the other side."
    if more:
        names.append(f"{more} more")
    return f"There are {len(people)} powerful people without a counterpart: {_and(names, lang)}."


def _check_overdue(f: Mapping[str, object], lang: str) -> str:
    due, late = _d(f, "due", lang), _days(_i(f, "days"), lang)
    last = f.get("last_evaluated")
    if lang == "nl":
        text = f"De gezondheidscheck had op {due} moeten plaatsvinden en is {late} over tijd"
        return text + (
            f" (de laatste was op {date_long(last, lang)})." if isinstance(last, dt.date) else "."
        )
    text = f"The health check was due on {due} and is {late} overdue"
    return text + (f" (last one on {date_long(last, lang)})." if isinstance(last, dt.date) else ".")


def _no_partner_view(f: Mapping[str, object], lang: str) -> str:
    last, days = f.get("last"), _days(_i(f, "days"), lang)
    if isinstance(last, dt.date):
        if lang == "nl":
            return (
                f"De partner heeft sinds {date_long(last, lang)} geen gezondheidscheck"
                f" ingevuld ({days})."
            )
        return f"The partner has not evaluated the alliance since {date_long(last, lang)} ({days})."
    started = _d(f, "started", lang)
    if lang == "nl":
        return (
            "De partner heeft nog nooit een gezondheidscheck ingevuld; de alliantie loopt"
            f" sinds {started}."
        )
    return f"The partner has never evaluated the alliance, which started on {started}."


def _decision_overdue(f: Mapping[str, object], lang: str) -> str:
    title, deadline, late = _s(f, "title"), _d(f, "deadline", lang), _days(_i(f, "days"), lang)
    if lang == "nl":
        return (
            f"Het besluit ‘{title}’ had uiterlijk op {deadline} genomen moeten worden en is {late}"
            " over de termijn."
        )
    return f"The decision ‘{title}’ was due by {deadline} and is {late} overdue."


def _actions_piling_up(f: Mapping[str, object], lang: str) -> str:
    count, oldest = _i(f, "count"), _d(f, "oldest", lang)
    if lang == "nl":
        return (
            f"Er zijn {count} acties over hun vervaldatum; de oudste had op {oldest} af"
            " moeten zijn."
        )
    return f"There are {count} actions past their due date; the oldest was due on {oldest}."


def _losing_touch(f: Mapping[str, object], lang: str) -> str:
    last = f.get("last")
    if isinstance(last, dt.date):
        days = _days(_i(f, "days"), lang)
        if lang == "nl":
            return (
                f"Geen gezondheidscheck, pulscheck, overleg of stakeholderbeoordeling sinds"
                f" {date_long(last, lang)} ({days})."
            )
        return (
            "No health check, pulse check, meeting or stakeholder assessment since"
            f" {date_long(last, lang)} ({days})."
        )
    if lang == "nl":
        return (
            "Er is nog geen enkel contact vastgelegd: geen gezondheidscheck, pulscheck, overleg"
            " of beoordeling."
        )
    return (
        "No contact recorded yet: no health check, pulse check, meeting or stakeholder assessment."
    )


def _status_not_assessed(f: Mapping[str, object], lang: str) -> str:
    since = f.get("since")
    if lang == "nl":
        text = "Niemand heeft de status van deze alliantie nog beoordeeld"
        return text + (
            f" (vastgelegd op {date_long(since, lang)})." if isinstance(since, dt.date) else "."
        )
    text = "Nobody has assessed the status of this alliance yet"
    return text + (
        f" (recorded on {date_long(since, lang)})." if isinstance(since, dt.date) else "."
    )


def _status_stale(f: Mapping[str, object], lang: str) -> str:
    status = _STATUS[lang][_s(f, "status")]
    set_on, checks = _d(f, "set_on", lang), _i(f, "checks")
    if "before" in f:
        by = _BY_SIDE[lang][_s(f, "side")]
        before, after = _n(f, "before", lang), _n(f, "after", lang)
        if lang == "nl":
            return (
                f"De status staat sinds {set_on} op {status}, terwijl de gezondheidsscore {by}"
                f" sindsdien daalde van {before} naar {after}."
            )
        return (
            f"The status is still {status} as set on {set_on}, while overall health {by} has"
            f" since fallen from {before} to {after}."
        )
    if lang == "nl":
        return (
            f"De status ({status}) is op {set_on} voor het laatst gezet; sindsdien waren er"
            f" {checks} gezondheidschecks."
        )
    return (
        f"The status ({status}) was last set on {set_on}; {checks} health checks have been"
        " held since."
    )


def _level(f: Mapping[str, object], key: str, lang: str) -> str:
    """A level or gap as given (3) or from a round's means (2,6 in Dutch)."""
    value = f[key]
    if isinstance(value, int):
        return str(value)
    assert isinstance(value, float), key
    return f"{value:.1f}".replace(".", ",") if lang == "nl" else f"{value:.1f}"


def _maturity_gap(f: Mapping[str, object], lang: str) -> str:
    ours, theirs = _level(f, "ours", lang), _level(f, "theirs", lang)
    on = _d(f, "assessed_on", lang)
    others = _i(f, "dimensions") - 1
    if lang == "nl":
        text = (
            f"De partner staat op {_s(f, 'dimension_nl').lower()} op volwassenheidsniveau"
            f" {theirs}, wij op niveau {ours} (beoordeeld op {on})"
        )
        if others:
            noun = "dimensie" if others == 1 else "dimensies"
            levels = _i(f, "threshold")
            text += f"; op nog {others} {noun} ligt de partner {levels} of meer niveaus achter"
        return text + "."
    text = (
        f"The partner's maturity in {_s(f, 'dimension_en').lower()} is level {theirs} against"
        f" our {ours} (assessed on {on})"
    )
    if others:
        noun = "dimension" if others == 1 else "dimensions"
        text += (
            f"; on {others} more {noun} the partner is {_i(f, 'threshold')} or more levels behind"
        )
    return text + "."


def _round_overdue(f: Mapping[str, object], lang: str) -> str:
    missing, invited = _i(f, "missing"), _i(f, "invited")
    held_on, deadline = _d(f, "held_on", lang), _d(f, "deadline", lang)
    if lang == "nl":
        return (
            f"Van de vragenlijstronde van {held_on} zijn er {missing} van de {invited} niet"
            f" beantwoord; de termijn verliep op {deadline}."
        )
    return (
        f"{missing} of the {invited} questionnaires of the round of {held_on} have not been"
        f" answered; the deadline was {deadline}."
    )


def _target_overdue(f: Mapping[str, object], lang: str) -> str:
    ours = _s(f, "side") == "us"
    dimension = _s(f, f"dimension_{lang}")
    target, by = _i(f, "target_level"), _d(f, "target_date", lang)
    latest = None if f["latest"] is None else _level(f, "latest", lang)
    others = _i(f, "targets") - 1
    if lang == "nl":
        who = "Onze organisatie" if ours else "De partner"
        now = "is er nog niet op beoordeeld" if latest is None else f"staat op {latest}"
        text = f"{who} zou op {dimension} niveau {target} halen op {by}, maar {now}"
        if others:
            goals = "ontwikkeldoel" if others == 1 else "ontwikkeldoelen"
            text += f"; nog {whole(others, lang)} {goals} niet gehaald"
        return text + "."
    who = "Our organisation" if ours else "The partner"
    now = "has not been assessed on it" if latest is None else f"stands at {latest}"
    text = f"{who} was to reach level {target} on {dimension} by {by} but {now}"
    if others:
        text += f"; {whole(others, lang)} more development target{'s' if others > 1 else ''} missed"
    return text + "."


_WRITERS: dict[SignalKind, _Writer] = {
    SignalKind.HEALTH_FALLING: _health_falling,
    SignalKind.HEALTH_LOW: _health_low,
    SignalKind.GAP_WIDENING: _gap_widening,
    SignalKind.SPONSOR_COOLING: _sponsor_cooling,
    SignalKind.POWER_WITHOUT_COUNTERPART: _power_without_counterpart,
    SignalKind.CHECK_OVERDUE: _check_overdue,
    SignalKind.NO_PARTNER_VIEW: _no_partner_view,
    SignalKind.DECISION_OVERDUE: _decision_overdue,
    SignalKind.ACTIONS_PILING_UP: _actions_piling_up,
    SignalKind.LOSING_TOUCH: _losing_touch,
    SignalKind.STATUS_NOT_ASSESSED: _status_not_assessed,
    SignalKind.STATUS_STALE: _status_stale,
    SignalKind.MATURITY_GAP: _maturity_gap,
    SignalKind.ROUND_OVERDUE: _round_overdue,
    SignalKind.DEVELOPMENT_TARGET_OVERDUE: _target_overdue,
}


def sentence(signal: Signal, language: str) -> str:
    """One sentence saying why, with the signal's figures, in ``language`` ("en" or "nl")."""
    _check(language)
    return _WRITERS[signal.kind](signal.figures, language)
