"""Numbers and dates as people read them, in English ("en") or Dutch ("nl").

The one place that writes a figure or a date for a person to read: the app's
tables, labels, charts and status bar (in the interface's language), the PDF
briefings (in the briefing's language) and the sentences of the signals and
of "what changed". Files for machines (CSV, XLSX and JSON exports, file
names, the workbook itself) keep ISO dates and a '.' decimal point and never
come here.

The conventions, one per language:

=================  =======================  =========================
                   English                  Dutch
=================  =======================  =========================
number, 2 places   1,234.50                 1.234,50
negative           −0.5 (U+2212 minus)      −0,5
difference (gap)   +0.5, −0.5, ±0.0         +0,5, −0,5, ±0,0
percentage         50%, 12.5%               50%, 12,5%
score range        1–5 (en dash)            1–5
score in a text    3.6, 3.57, 3.0           3,6, 3,57, 3,0
date, long         5 December 2026          5 december 2026
date, medium       5 Dec 2026               5 dec. 2026
date, short        2026-12-05               05-12-2026
month              Dec 2026                 dec. 2026
moment             2026-12-05 14:03         05-12-2026 14:03
=================  =======================  =========================

The names of the date forms follow the Unicode CLDR's (long, medium, short).
The long form is for running sentences, the medium form for labels, captions
and the briefings' tables, the short form for the app's table cells, where
columns of dates are scanned and compared: Dutch readers read day-month-year
(with leading zeros, so a column lines up), and English readers on both sides
of the Atlantic read ISO year-month-day without doubt where 05/12 would be
read two ways. Times are on the 24-hour clock in both languages.

Month names are written out here, never taken from the operating system's
locale, so a Dutch briefing made on an English laptop still says "dec.".
Figures are rounded half away from zero on the number as it is written
(2.675 to two places is 2.68, 0.05 to one place is 0.1, not the binary
float's 0.0), and a figure that rounds to zero carries no minus sign.
"""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal

LANGUAGES = ("en", "nl")
MINUS = "\u2212"  # a real minus sign, as wide as the plus, not a hyphen
PLUS_MINUS = "\u00b1"
DASH = "\u2013"  # en dash, for ranges

_MONTHS = {
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split(),
}
_SHORT_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),
}
_GROUPS_AND_DECIMALS = {"en": str.maketrans({}), "nl": str.maketrans({",": ".", ".": ","})}


def _check(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (use en or nl)")


def _rounded(value: float, places: int) -> Decimal:
    """``value`` rounded half away from zero to ``places`` decimals, without a negative
    zero."""
    if places < 0:
        raise ValueError(f"places must be 0 or more, not {places}")
    exact = Decimal(value) if isinstance(value, int) else Decimal(repr(float(value)))
    if not exact.is_finite():
        raise ValueError(f"{value!r} is not a number people can read")
    with decimal.localcontext() as context:
        context.prec = max(28, exact.adjusted() + places + 2)
        rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)
    return rounded.copy_abs() if rounded.is_zero() else rounded


def _unsigned(rounded: Decimal, language: str, places: int) -> str:
    return format(rounded.copy_abs(), f",.{places}f").translate(_GROUPS_AND_DECIMALS[language])


def number(value: float, language: str, places: int = 1) -> str:
    """``value`` with exactly ``places`` decimals and grouped thousands: 1,234.5 in
    English, 1.234,5 in Dutch; negatives with a minus sign (−3.5)."""
    _check(language)
    rounded = _rounded(value, places)
    return (MINUS if rounded < 0 else "") + _unsigned(rounded, language, places)


def count(value: int, language: str) -> str:
    """A whole number, its thousands grouped: 21,645 in English, 21.645 in Dutch."""
    return number(value, language, 0)


def difference(value: float, language: str, places: int = 1) -> str:
    """A change or a gap, always signed: +0.5, −0.5, and ±0.0 for none (also for a
    difference too small to show at ``places``)."""
    _check(language)
    rounded = _rounded(value, places)
    sign = "+" if rounded > 0 else MINUS if rounded < 0 else PLUS_MINUS
    return sign + _unsigned(rounded, language, places)


def percent(value: float, language: str, places: int = 0) -> str:
    """A percentage, ``value`` counted in per cent (50 is half): 50%, 12,5% in Dutch."""
    return number(value, language, places) + "%"


def score_range(low: int, high: int, language: str) -> str:
    """The span of a scale, 1–5, with an en dash."""
    return f"{count(low, language)}{DASH}{count(high, language)}"


def score(value: float, language: str) -> str:
    """A score in a sentence, exact to two places without trailing noise: 3.6, 3.57 and
    3.0 (at least one decimal, so a whole score still reads as a score); 3,6 in Dutch."""
    text = number(value, language, 2)
    return text[:-1] if text.endswith("0") else text


def level(value: float, language: str, signed: bool = False) -> str:
    """A score on a scale as a table shows it: a whole score as given (3), a side's mean of
    many answers with one decimal (3.4, 3,4 in Dutch); ``signed`` for a gap (+1, −0.6)."""
    places = 0 if float(value).is_integer() else 1
    return difference(value, language, places) if signed else number(value, language, places)


def mean(value: float, language: str, signed: bool = False) -> str:
    """A mean of many answers, always with one decimal (4.0 among 3.7 and 4.5; 4,0 in
    Dutch); ``signed`` for a gap between two means (+1.7). Halves round away from zero,
    as people do on paper: 3.75 is 3.8."""
    return difference(value, language, 1) if signed else number(value, language, 1)


def date_long(day: dt.date, language: str) -> str:
    """A date in a sentence: 5 December 2026, 5 december 2026."""
    _check(language)
    return f"{day.day} {_MONTHS[language][day.month - 1]} {day.year}"


def date_medium(day: dt.date, language: str) -> str:
    """A date in a label, a caption or a briefing's table: 5 Dec 2026, 5 dec. 2026."""
    _check(language)
    return f"{day.day} {_SHORT_MONTHS[language][day.month - 1]} {day.year}"


def date_short(day: dt.date, language: str) -> str:
    """A date in a table cell of the app: 2026-12-05 in English, 05-12-2026 in Dutch."""
    _check(language)
    if language == "nl":
        return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
    return day.isoformat()


def month(day: dt.date, language: str) -> str:
    """The month of ``day``, for a chart's axis: Dec 2026, dec. 2026."""
    _check(language)
    return f"{_SHORT_MONTHS[language][day.month - 1]} {day.year}"


def moment(when: dt.datetime, language: str, seconds: bool = False) -> str:
    """A date and a time of day on the 24-hour clock, as ``when`` holds it (convert to
    local time first): 2026-12-05 14:03, 05-12-2026 14:03."""
    clock = f"{when.hour:02d}:{when.minute:02d}" + (f":{when.second:02d}" if seconds else "")
    return f"{date_short(when.date(), language)} {clock}"
