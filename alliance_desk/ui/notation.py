"""Figures and dates as the interface's language writes them.

:mod:`alliance_desk.domain.notation` (the one formatter for people) bound to
the language the interface is shown in now, and taking dates as the tables
read them from SQL (ISO text) as well as ``date`` objects. Table cells show
the short date (2026-12-05, 05-12-2026); labels, dialogs, tooltips and the
status bar the medium one (5 Dec 2026, 5 dec. 2026). A table model still
sorts by the value, never by this text.
"""

from __future__ import annotations

import datetime as dt

from alliance_desk.domain import notation as domain_notation
from alliance_desk.ui.language import current_language


def _day(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def date_short(value: dt.date | str | None) -> str:
    """A date in a table cell; empty for none."""
    return "" if value is None else domain_notation.date_short(_day(value), current_language())


def date_medium(value: dt.date | str | None) -> str:
    """A date in a label, a message or a tooltip; empty for none."""
    return "" if value is None else domain_notation.date_medium(_day(value), current_language())


def month(value: dt.date) -> str:
    return domain_notation.month(value, current_language())


def moment(when: dt.datetime, seconds: bool = False) -> str:
    return domain_notation.moment(when, current_language(), seconds)


def number(value: float, places: int = 1) -> str:
    return domain_notation.number(value, current_language(), places)


def count(value: int) -> str:
    return domain_notation.count(value, current_language())


def difference(value: float, places: int = 1) -> str:
    return domain_notation.difference(value, current_language(), places)


def percent(value: float) -> str:
    return domain_notation.percent(value, current_language())


# The short date of domain.notation as a QDateEdit's display format, so a date is typed
# the way the tables show it.
_DATE_EDIT_FORMATS = {"en": "yyyy-MM-dd", "nl": "dd-MM-yyyy"}


def date_edit_format() -> str:
    return _DATE_EDIT_FORMATS[current_language()]


def level(value: float, signed: bool = False) -> str:
    """A score as a table shows it: whole as given (3), a side's mean with one decimal;
    ``signed`` for a gap (+1, −0.6)."""
    return domain_notation.level(value, current_language(), signed)
