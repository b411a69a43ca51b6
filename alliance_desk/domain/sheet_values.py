"""A spreadsheet cell's value as a field's value: dates, scales, yes/no and codes as people
type them, in English or Dutch. Pure: no I/O.

Each parser raises :class:`CellRefused` with a stable ``reason`` (``not_a_date``,
``ambiguous_date``, ``not_a_scale``, ``not_a_flag``, ``not_a_choice``) so the
caller can name the row and column and a user interface can translate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum

from alliance_desk.domain import codes
from alliance_desk.domain.sheet_fields import fold


class DateOrder(StrEnum):
    DMY = "dmy"  # 31-12-2026, as Dutch (and most European) spreadsheets write
    MDY = "mdy"  # 12/31/2026, as American ones write


class CellRefused(ValueError):
    def __init__(self, reason: str, value: object, **params: object):
        self.reason = reason
        self.value = value
        self.params = params
        super().__init__(reason)


EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug)
SERIAL_MIN, SERIAL_MAX = 1, 2_958_465  # 1900-01-01 .. 9999-12-31
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_DAY_MONTH = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$"
)


def _split(text: str) -> tuple[int, int, int] | None:
    found = _DAY_MONTH.match(text.strip())
    if not found:
        return None
    first, second, year = (int(part) for part in found.groups())
    return first, second, year + 2000 if year < 100 else year


def detect_date_order(values: Iterable[object]) -> DateOrder | None:
    """The day/month order a column's dates are written in: DMY when some first number is
    over 12, MDY when some second is; None when every date reads both ways (ask) or the
    column has no such dates. A column that has both is DMY (its other rows are refused)."""
    dmy = mdy = False
    for value in values:
        if not isinstance(value, str):
            continue
        parts = _split(value)
        if parts is None:
            continue
        first, second, _ = parts
        dmy = dmy or first > 12
        mdy = mdy or second > 12
    if dmy:
        return DateOrder.DMY
    if mdy:
        return DateOrder.MDY
    return None


def needs_date_order(values: Iterable[object]) -> bool:
    """Whether a column holds a date like 03-04-2026 that reads both ways."""
    for value in values:
        if isinstance(value, str) and (parts := _split(value)) and parts[0] != parts[1]:
            if parts[0] <= 12 and parts[1] <= 12:
                return True
    return False


def parse_date(value: object, order: DateOrder | None) -> dt.date:
    """A date from a cell: a date, an Excel serial number, 2026-12-31, or 31-12-2026 /
    12/31/2026 read in ``order`` (None: refused as ambiguous when it reads both ways)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise CellRefused("not_a_date", value)
    if isinstance(value, int | float):
        return _serial(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{4,6}(?:[.,]\d+)?", text):  # a serial number written as text
        return _serial(float(text.replace(",", ".")))
    try:
        if found := _ISO.match(text):
            year, month, day = (int(part) for part in found.groups())
            return dt.date(year, month, day)
        parts = _split(text)
        if parts is None:
            raise CellRefused("not_a_date", value)
        first, second, year = parts
        if order is None:
            if first <= 12 and second <= 12 and first != second:
                raise CellRefused("ambiguous_date", value)
            order = DateOrder.MDY if second > 12 else DateOrder.DMY
        day, month = (first, second) if order is DateOrder.DMY else (second, first)
        return dt.date(year, month, day)
    except ValueError as error:
        if isinstance(error, CellRefused):
            raise
        raise CellRefused("not_a_date", value) from None


def _serial(number: float) -> dt.date:
    if not SERIAL_MIN <= number <= SERIAL_MAX:
        raise CellRefused("not_a_date", number)
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


_YES = {"yes", "y", "ja", "j", "true", "waar", "1", "x", "sponsor"}
_NO = {"no", "n", "nee", "false", "onwaar", "0", ""}  # "-" folds to ""


def parse_flag(value: object) -> bool:
    """Yes or no in English or Dutch (ja/nee, yes/no, true/false, 1/0, x)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    raw = str(value).strip()
    if raw == "✓":
        return True
    text = fold(raw)
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellRefused("not_a_flag", value)


# Words for the points of a scale, lowest first (five points, both languages).
_SCALE_WORDS: tuple[tuple[str, ...], ...] = (
    ("very low", "zeer laag", "heel laag", "minimal", "minimaal", "very small", "zeer klein"),
    ("low", "laag", "small", "klein", "gering"),
    ("medium", "middel", "gemiddeld", "moderate", "matig", "average", "midden"),
    ("high", "hoog", "large", "groot"),
    ("very high", "zeer hoog", "heel hoog", "critical", "kritiek", "zeer groot", "very large"),
)
# Where the five words fall on each scale.
_SCALE_POINTS = {5: (1, 2, 3, 4, 5), 10: (1, 3, 5, 8, 10)}


def parse_scale(value: object, maximum: int) -> int:
    """A point of a 1..``maximum`` scale: a whole number, or one of five words in either
    language (very low, low, medium, high, very high; zeer laag … zeer hoog)."""
    if isinstance(value, bool):
        raise CellRefused("not_a_scale", value, maximum=maximum)
    number: float | None = None
    if isinstance(value, int | float):
        number = value
    else:
        text = str(value).strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            folded = fold(text)
            for index, words in enumerate(_SCALE_WORDS):
                if folded in words:
                    return _SCALE_POINTS[maximum][index]
    if number is None or not float(number).is_integer() or not 1 <= number <= maximum:
        raise CellRefused("not_a_scale", value, maximum=maximum)
    return int(number)


# Words for the codes of each enumeration that a sheet may hold, beside the codes
# themselves and their English labels with spaces.
CHOICE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "side": {
        "us": (
            "our organisation",
            "ours",
            "own",
            "we",
            "wij",
            "ons",
            "onze organisatie",
            "eigen",
            "eigen organisatie",
            "intern",
            "internal",
        ),
        "partner": (
            "partner organisation",
            "partner",
            "theirs",
            "they",
            "zij",
            "extern",
            "external",
            "partnerorganisatie",
        ),
    },
    "seniority": {
        "executive": ("executive", "directie", "bestuur", "board", "c level", "top"),
        "senior": ("senior management", "senior", "hoger management", "senior manager"),
        "middle": ("middle management", "middle", "middenmanagement", "midden", "manager"),
        "operational": ("operational", "operationeel", "uitvoerend", "staff", "medewerker"),
    },
    "direction": {
        "upwards": ("upwards", "up", "omhoog", "naar boven", "boven"),
        "sidewards": ("sidewards", "sideways", "side", "opzij", "zijwaarts", "naast"),
        "downwards": ("downwards", "down", "omlaag", "naar beneden", "beneden"),
        "outwards": ("outwards", "out", "naar buiten", "buiten", "extern"),
    },
    "attitude": {
        "champion": ("champion", "kampioen", "ambassadeur", "ambassador", "trekker"),
        "supporter": ("supporter", "supportive", "voorstander", "positief", "positive"),
        "neutral": ("neutral", "neutraal"),
        "critic": ("critic", "critical", "criticus", "kritisch", "sceptisch", "negatief"),
        "blocker": ("blocker", "blokkeerder", "tegenstander", "opponent", "tegen"),
    },
    "action_status": {
        "open": ("open", "to do", "todo", "nieuw", "new", "niet gestart", "not started"),
        "in_progress": (
            "in progress",
            "bezig",
            "in behandeling",
            "lopend",
            "onderhanden",
            "started",
            "gestart",
            "ongoing",
        ),
        "done": (
            "done",
            "gereed",
            "klaar",
            "afgerond",
            "completed",
            "complete",
            "finished",
            "voltooid",
            "closed",
            "gesloten",
        ),
        "cancelled": (
            "cancelled",
            "canceled",
            "geannuleerd",
            "vervallen",
            "dropped",
            "ingetrokken",
        ),
    },
    "decision_status": {
        "pending": (
            "pending",
            "asked",
            "open",
            "gevraagd",
            "in afwachting",
            "openstaand",
            "asked awaiting decision",
            "awaiting decision",
        ),
        "decided": (
            "decided",
            "besloten",
            "genomen",
            "approved",
            "goedgekeurd",
            "rejected",
            "afgewezen",
            "closed",
            "gesloten",
        ),
        "withdrawn": ("withdrawn", "ingetrokken", "vervallen", "cancelled", "geannuleerd"),
    },
    "risk_status": {
        "open": ("open", "nieuw", "new", "actief", "active"),
        "mitigating": (
            "mitigating",
            "mitigeren",
            "in behandeling",
            "bezig",
            "beheersen",
            "in progress",
            "mitigated",
            "gemitigeerd",
        ),
        "closed": ("closed", "gesloten", "afgesloten", "resolved", "opgelost", "vervallen"),
    },
}

CHOICE_CODES: dict[str, type[StrEnum]] = {
    "side": codes.Side,
    "seniority": codes.Seniority,
    "direction": codes.Direction,
    "attitude": codes.Attitude,
    "action_status": codes.ActionStatus,
    "decision_status": codes.DecisionStatus,
    "risk_status": codes.RiskStatus,
}


def parse_choice(value: object, vocabulary: str) -> str:
    """The code a word stands for in ``vocabulary`` (a key of :data:`CHOICE_WORDS`):
    the code itself or a word for it in English or Dutch."""
    folded = fold(str(value))
    for code, words in CHOICE_WORDS[vocabulary].items():
        if folded == fold(code) or folded in {fold(word) for word in words}:
            return code
    choices = ", ".join(CHOICE_CODES[vocabulary])
    raise CellRefused("not_a_choice", value, choices=choices)


def text_of(value: object) -> str | None:
    """A cell as text (None when empty): a whole number without ``.0``, a date in ISO."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        shown = value.date() if value.time() == dt.time() else value
        return shown.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None
