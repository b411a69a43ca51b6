"""Field rules for records: each rule checks a value and turns it into its domain form.

A rule accepts what a person types, what the workbook stores and what an
export holds (an ISO date string or a ``date``; a code string or an enum
member), so one set of rules guards every way in. A refused value raises
:class:`ValidationError`, which names the field and the value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from alliance_desk.domain.validation_error import ValidationError as ValidationError
from alliance_desk.domain.validation_error import describe_value as describe_value

LINE_MAX = 300
NOTE_MAX = 100_000

# C0 and C1 control characters; tabs and newlines are allowed in notes only.
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_NOTE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# What sends a text off the quick way of ``stored``: any character the rule would refuse,
# change (a carriage return) or could not encode (a lone surrogate).
_UNUSUAL_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_UNUSUAL_IN_NOTE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Stored = Callable[[object], Any]  # a value in, the value as stored out (or ValidationError)
# A column's values in, each as stored out (or ValidationError): ``stored`` of each value.
StoredColumn = Callable[[Sequence[object]], Sequence[Any]]
AsIs = Callable[[Sequence[Any]], bool]  # whether each value of a column is stored as it is
_PRESENT = functools.partial(operator.is_not, None)


@dataclasses.dataclass(frozen=True)
class Rule:
    """How one field is checked and converted. Subclasses override ``coerce``."""

    required: bool = True

    def check(self, record: str, field: str, value: object) -> Any:
        if value is None or (isinstance(value, str) and value.strip() == ""):
            if self.required:
                raise ValidationError(record, field, value, "required")
            return None
        return self.coerce(record, field, value)

    def coerce(self, record: str, field: str, value: object) -> Any:
        raise NotImplementedError

    def dump(self, value: Any) -> Any:
        """The value as stored in SQLite and JSON."""
        return value

    def stored(self, record: str, field: str) -> Stored:
        """``dump(check(record, field, value))`` for one column, made once per column: what
        an import and ``check`` run for each value. A subclass takes a quick way for a value
        already as stored and falls back to exactly this for anything else, so both ways
        refuse and change the same values."""
        check, dump, optional = self.check, self.dump, not self.required
        empty = dump(check(record, field, None)) if optional else None

        def checked(value: object) -> Any:
            if value is None and optional:
                return empty
            return dump(check(record, field, value))

        return checked

    def stored_column(self, record: str, field: str) -> StoredColumn:
        """``stored`` of each value of a column (an import's batch of rows), made once per
        column: the same values out, the same refusals. A subclass first asks, in one pass
        over the column for each condition (C loops, no Python call per value), whether every
        value takes its quick way unchanged; the column is then stored as it is."""
        return _each(self.stored(record, field))

    def _column(self, record: str, field: str, as_is: AsIs) -> StoredColumn:
        """The column as it is if ``as_is`` holds for its values; an optional rule's None
        (stored as None) is left out of that question. Else ``stored`` of each value."""
        each, optional = _each(self.stored(record, field)), not self.required

        def column(values: Sequence[object]) -> Sequence[Any]:
            if as_is(list(filter(_PRESENT, values)) if optional else values):
                return values
            return each(values)

        return column


def _each(stored: Stored) -> StoredColumn:
    def each(values: Sequence[object]) -> Sequence[Any]:
        return list(map(stored, values))

    return each


def _all_of(values: Sequence[Any], kind: type) -> bool:
    return set(map(type, values)) <= {kind}


def _ensure_text(record: str, field: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(record, field, value, "not_text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(record, field, value, "unencodable") from None
    return value


@dataclasses.dataclass(frozen=True)
class Line(Rule):
    """A single line of text: a name, a title, a role."""

    max_length: int = LINE_MAX

    def coerce(self, record: str, field: str, value: object) -> str:
        text = unicodedata.normalize("NFC", _ensure_text(record, field, value).strip())
        if "\n" in text or "\r" in text:
            raise ValidationError(record, field, value, "line_break")
        if _CONTROL_IN_LINE.search(text):
            raise ValidationError(record, field, value, "control_character")
        if len(text) > self.max_length:
            raise ValidationError(
                record, field, value, "too_long", maximum=self.max_length, length=len(text)
            )
        return text

    def stored(self, record: str, field: str) -> Stored:
        return _quick_text(super().stored(record, field), _UNUSUAL_IN_LINE, self.max_length)

    def stored_column(self, record: str, field: str) -> StoredColumn:
        return self._column(record, field, _texts_as_is(_UNUSUAL_IN_LINE, self.max_length))


@dataclasses.dataclass(frozen=True)
class Note(Rule):
    """Free text over several lines: notes, comments, remarks."""

    required: bool = False
    max_length: int = NOTE_MAX

    def coerce(self, record: str, field: str, value: object) -> str:
        text = _ensure_text(record, field, value).replace("\r\n", "\n").replace("\r", "\n")
        text = unicodedata.normalize("NFC", text.strip())
        if _CONTROL_IN_NOTE.search(text):
            raise ValidationError(record, field, value, "control_character")
        if len(text) > self.max_length:
            raise ValidationError(
                record, field, value, "too_long", maximum=self.max_length, length=len(text)
            )
        return text

    def stored(self, record: str, field: str) -> Stored:
        return _quick_text(super().stored(record, field), _UNUSUAL_IN_NOTE, self.max_length)

    def stored_column(self, record: str, field: str) -> StoredColumn:
        return self._column(record, field, _texts_as_is(_UNUSUAL_IN_NOTE, self.max_length))


def _quick_text(checked: Stored, unusual: re.Pattern[str], most: int) -> Stored:
    """A text that is already trimmed, composed (NFC), short enough and free of anything
    the rule refuses or changes is stored as it is; any other value goes to ``checked``."""
    search, composed = unusual.search, unicodedata.is_normalized

    def quick(value: object) -> Any:
        if (
            type(value) is str
            and value
            and len(value) <= most
            and value.strip() == value
            and not search(value)
            and composed("NFC", value)
        ):
            return value
        return checked(value)

    return quick


def _texts_as_is(unusual: re.Pattern[str], most: int) -> AsIs:
    """Whether every value takes ``_quick_text``'s quick way (the column's values at once)."""
    search, composed = unusual.search, functools.partial(unicodedata.is_normalized, "NFC")

    def as_is(values: Sequence[Any]) -> bool:
        return (
            _all_of(values, str)
            and all(values)
            and max(map(len, values), default=0) <= most
            and all(map(str.__eq__, map(str.strip, values), values))
            and not any(map(search, values))
            and all(map(composed, values))
        )

    return as_is


@dataclasses.dataclass(frozen=True)
class WholeNumber(Rule):
    minimum: int = 1
    maximum: int = 5

    def coerce(self, record: str, field: str, value: object) -> int:
        if isinstance(value, bool):
            raise ValidationError(record, field, value, "not_whole_number")
        if isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                raise ValidationError(record, field, value, "not_whole_number") from None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int):
            raise ValidationError(record, field, value, "not_whole_number")
        if not self.minimum <= value <= self.maximum:
            raise ValidationError(
                record, field, value, "out_of_range", minimum=self.minimum, maximum=self.maximum
            )
        return value

    def stored(self, record: str, field: str) -> Stored:
        return _quick_whole(super().stored(record, field), self.minimum, self.maximum)

    def stored_column(self, record: str, field: str) -> StoredColumn:
        return self._column(record, field, _wholes_as_is(self.minimum, self.maximum))


def _quick_whole(checked: Stored, minimum: int | None, maximum: int | None) -> Stored:
    """A whole number (not a flag) within the bounds is stored as it is; any other value
    goes to ``checked``."""
    low = minimum if minimum is not None else -(2**63)
    high = maximum if maximum is not None else 2**63 - 1

    def quick(value: object) -> Any:
        if type(value) is int and low <= value <= high:
            return value
        return checked(value)

    return quick


def _wholes_as_is(minimum: int | None, maximum: int | None) -> AsIs:
    """Whether every value takes ``_quick_whole``'s quick way (the column's values at once)."""
    low = minimum if minimum is not None else -(2**63)
    high = maximum if maximum is not None else 2**63 - 1

    def as_is(values: Sequence[Any]) -> bool:
        return _all_of(values, int) and (not values or (low <= min(values) and max(values) <= high))

    return as_is


@dataclasses.dataclass(frozen=True)
class Score(Rule):
    """A score on a 1..5 scale: a whole number as one person gives it, or a mean of many
    answers kept to two decimals (3.4 from five answers). A whole value is an ``int``,
    so scores stored before fractions existed read back as they were."""

    minimum: int = 1
    maximum: int = 5
    decimals: int = 2

    def coerce(self, record: str, field: str, value: object) -> int | float:
        if isinstance(value, bool):
            raise ValidationError(record, field, value, "not_a_score")
        if isinstance(value, str):
            try:
                value = float(value.strip().replace(",", "."))
            except ValueError:
                raise ValidationError(record, field, value, "not_a_score") from None
        if (
            not isinstance(value, int | float)
            or value != value
            or value
            in (
                float("inf"),
                float("-inf"),
            )
        ):
            raise ValidationError(record, field, value, "not_a_score")
        if isinstance(value, float):
            if abs(round(value, self.decimals) - value) > 1e-9:
                raise ValidationError(record, field, value, "not_a_score")
            value = int(value) if value.is_integer() else round(value, self.decimals)
        if not self.minimum <= value <= self.maximum:
            raise ValidationError(
                record, field, value, "out_of_range", minimum=self.minimum, maximum=self.maximum
            )
        return value

    def stored(self, record: str, field: str) -> Stored:
        return _quick_whole(super().stored(record, field), self.minimum, self.maximum)

    def stored_column(self, record: str, field: str) -> StoredColumn:
        return self._column(record, field, _wholes_as_is(self.minimum, self.maximum))


@dataclasses.dataclass(frozen=True)
class RecordId(Rule):
    """A reference to another record (or a record's own number)."""

    def coerce(self, record: str, field: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValidationError(record, field, value, "not_an_id")
        return value

    def stored(self, record: str, field: str) -> Stored:
        return _quick_whole(super().stored(record, field), 1, None)

    def stored_column(self, record: str, field: str) -> StoredColumn:
        return self._column(record, field, _wholes_as_is(1, None))


@dataclasses.dataclass(frozen=True)
class Day(Rule):
    """A calendar date, stored as ISO text (YYYY-MM-DD)."""

    def coerce(self, record: str, field: str, value: object) -> dt.date:
        if isinstance(value, dt.datetime):
            raise ValidationError(record, field, value, "not_a_date")
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                raise ValidationError(record, field, value, "not_a_date") from None
        if not isinstance(value, dt.date):
            raise ValidationError(record, field, value, "not_a_date")
        if not 1900 <= value.year <= 2200:
            raise ValidationError(record, field, value, "date_out_of_range")
        return value

    def dump(self, value: Any) -> Any:
        return None if value is None else value.isoformat()

    def stored(self, record: str, field: str) -> Stored:
        """A real day written YYYY-MM-DD in range is stored as it is (its ``isoformat``)."""
        checked, shaped, parse = (
            super().stored(record, field),
            _ISO_DAY.fullmatch,
            dt.date.fromisoformat,
        )

        def quick(value: object) -> Any:
            if type(value) is str and len(value) == 10 and shaped(value):
                try:
                    if 1900 <= parse(value).year <= 2200:
                        return value
                except ValueError:
                    pass
            return checked(value)

        return quick

    def stored_column(self, record: str, field: str) -> StoredColumn:
        shaped, parse = _ISO_DAY.fullmatch, dt.date.fromisoformat

        def as_is(values: Sequence[Any]) -> bool:
            if not values:
                return True
            if not (_all_of(values, str) and all(map(shaped, values))):
                return False
            # YYYY-MM-DD texts sort as their days: the first and last years bound the rest.
            if not ("1900" <= min(values)[:4] and max(values)[:4] <= "2200"):
                return False
            try:
                for _ in map(parse, values):
                    pass
            except ValueError:  # a day that is not in the calendar (2026-02-30)
                return False
            return True

        return self._column(record, field, as_is)


@dataclasses.dataclass(frozen=True)
class Choice(Rule):
    """One of the codes of an enumeration."""

    codes: type[StrEnum] | None = None

    def coerce(self, record: str, field: str, value: object) -> StrEnum:
        assert self.codes is not None
        try:
            if not isinstance(value, str):
                raise ValueError(value)
            return self.codes(value.strip())
        except ValueError:
            choices = ", ".join(member.value for member in self.codes)
            raise ValidationError(record, field, value, "not_a_choice", choices=choices) from None

    def dump(self, value: Any) -> Any:
        return None if value is None else value.value

    def stored(self, record: str, field: str) -> Stored:
        """A code exactly as stored is stored as it is."""
        assert self.codes is not None
        checked, codes = super().stored(record, field), {member.value for member in self.codes}

        def quick(value: object) -> Any:
            if type(value) is str and value in codes:
                return value
            return checked(value)

        return quick

    def stored_column(self, record: str, field: str) -> StoredColumn:
        assert self.codes is not None
        codes = {member.value for member in self.codes}
        return self._column(
            record, field, lambda values: _all_of(values, str) and set(values) <= codes
        )


@dataclasses.dataclass(frozen=True)
class Flag(Rule):
    """Yes or no, stored as 0 or 1."""

    def check(self, record: str, field: str, value: object) -> bool:
        if value in (True, 1, "1", "true"):
            return True
        if value in (False, 0, "0", "false", None):
            return False
        raise ValidationError(record, field, value, "not_a_flag")

    def dump(self, value: Any) -> Any:
        return int(bool(value))

    def stored(self, record: str, field: str) -> Stored:
        """0 and 1 are stored as they are."""
        checked = super().stored(record, field)

        def quick(value: object) -> Any:
            if type(value) is int and (value == 0 or value == 1):
                return value
            return checked(value)

        return quick

    def stored_column(self, record: str, field: str) -> StoredColumn:
        """0 and 1 are stored as they are (None is not: it is stored as 0)."""
        each = _each(self.stored(record, field))

        def column(values: Sequence[object]) -> Sequence[Any]:
            if _all_of(values, int) and set(values) <= {0, 1}:
                return values
            return each(values)

        return column
