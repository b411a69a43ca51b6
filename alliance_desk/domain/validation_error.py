"""A refused value and the time stamp of a change: what the workbook's first paint needs of
the record rules (the store and the session name them), kept apart from the rules
themselves, which make their classes as they are imported (issue 15: start-up).
"""

from __future__ import annotations

import datetime as dt
from typing import Any


class ValidationError(ValueError):
    """A value a record cannot hold. ``reason`` is a stable key, ``params`` its details.

    ``str()`` gives an English sentence; the user interface translates by
    ``reason`` and ``params``.
    """

    def __init__(self, record: str, field: str, value: object, reason: str, **params: Any):
        self.record = record
        self.field = field
        self.value = value
        self.reason = reason
        self.params = params
        super().__init__(self._sentence())

    def _sentence(self) -> str:
        shown = describe_value(self.value)
        label = f"{self.record.replace('_', ' ')} {self.field.replace('_', ' ')}"
        explanations = {
            "required": "a value is required",
            "not_text": "text is expected",
            "control_character": "it contains a control character",
            "line_break": "it must fit on one line",
            "too_long": "at most {maximum:,} characters are allowed, this has {length:,}",
            "not_whole_number": "a whole number is expected",
            "not_a_score": "a number with at most two decimals is expected",
            "out_of_range": "it must be from {minimum} to {maximum}",
            "not_a_date": "a date like 2026-03-31 is expected",
            "date_out_of_range": "the year must be from 1900 to 2200",
            "not_a_choice": "it must be one of: {choices}",
            "not_a_flag": "yes or no (true/false) is expected",
            "not_an_id": "a record number (a positive whole number) is expected",
            "before": "it must not be before the {other} ({other_value})",
            "only_when": "it is only allowed when the {other} is {other_value}",
            "unknown_field": "there is no such field",
            "missing_reference": "there is no {target} with this number",
            "conflict": "{detail}",
            "still_referenced": "other records still refer to it; remove or move those first",
            "at_most_one": "only one of {fields} can be set",
            "unencodable": "it contains characters that cannot be stored (a broken surrogate)",
        }
        template = explanations.get(self.reason, self.reason)
        return f"Invalid {label} {shown}: {template.format(**self.params)}."


def describe_value(value: object, limit: int = 40) -> str:
    """A short, printable rendering of a refused value for messages."""
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 1] + "…"
        return repr(text)
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def utc_now_stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
