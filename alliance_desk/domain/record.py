"""The base of every record: field rules run when a record is made or changed.

Records are frozen dataclasses whose field names are the workbook's column
names. Making one (``Alliance(name=...)``) or deriving one
(``dataclasses.replace``) checks every field, so an invalid record cannot
exist and nothing invalid reaches the workbook.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from alliance_desk.domain.validation import RecordId, Rule, ValidationError

_RULES: dict[type[Record], dict[str, Rule]] = {}


def rule(check: Rule, default: Any = None) -> Any:
    """Declare a field with its rule (and default)."""
    return dataclasses.field(default=default, metadata={"rule": check})


@dataclasses.dataclass(frozen=True, kw_only=True)
class Record:
    """A row of one table of the workbook."""

    TABLE: ClassVar[str] = ""

    id: int | None = rule(RecordId(required=False))

    def __post_init__(self) -> None:
        table = self.TABLE
        for name, check in self.rules().items():
            object.__setattr__(self, name, check.check(table, name, getattr(self, name)))
        self.check_together()

    def check_together(self) -> None:
        """Rules across fields; subclasses raise :class:`ValidationError`."""

    @classmethod
    def rules(cls) -> dict[str, Rule]:
        """Field name to rule, in column order (worked out once per class)."""
        found = _RULES.get(cls)
        if found is None:
            found = {f.name: f.metadata["rule"] for f in dataclasses.fields(cls)}
            _RULES[cls] = found
        return found

    @classmethod
    def checks_together(cls) -> bool:
        """Whether the record has rules across fields (its own ``check_together``)."""
        return cls.check_together is not Record.check_together

    @classmethod
    def from_checked(cls, values: Mapping[str, Any]) -> Self:
        """A record of values its field rules have already checked and converted (what each
        rule's ``check`` returned, for every field): only the rules across fields run."""
        record = cls.__new__(cls)
        record.__dict__.update(values)  # as object.__setattr__ for each, past frozen's guard
        record.check_together()
        return record

    @classmethod
    def columns(cls) -> list[str]:
        return list(cls.rules())

    def to_row(self) -> dict[str, Any]:
        """Column name to stored value (ISO dates, code strings, 0/1 flags)."""
        return {name: check.dump(getattr(self, name)) for name, check in self.rules().items()}

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Self:
        unknown = row.keys() - cls.rules().keys()
        if unknown:
            name = sorted(unknown)[0]
            raise ValidationError(cls.TABLE, name, row[name], "unknown_field")
        return cls(**row)

    def with_changes(self, **changes: Any) -> Self:
        """A copy with some fields changed, checked like a new record."""
        unknown = changes.keys() - self.rules().keys()
        if unknown:
            name = sorted(unknown)[0]
            raise ValidationError(self.TABLE, name, changes[name], "unknown_field")
        return dataclasses.replace(self, **changes)


def require_order(record: Record, earlier: str, later: str) -> None:
    """Refuse a record whose ``later`` date falls before its ``earlier`` date."""
    first, second = getattr(record, earlier), getattr(record, later)
    if first is not None and second is not None and second < first:
        raise ValidationError(
            record.TABLE,
            later,
            second.isoformat(),
            "before",
            other=earlier.replace("_", " "),
            other_value=first.isoformat(),
        )


def require_status(record: Record, field: str, status_field: str, status: str) -> None:
    """Refuse ``field`` being set unless ``status_field`` has the value ``status``."""
    value = getattr(record, field)
    if value is not None and getattr(record, status_field) != status:
        shown = value.isoformat() if hasattr(value, "isoformat") else value
        raise ValidationError(
            record.TABLE,
            field,
            shown,
            "only_when",
            other=status_field.replace("_", " "),
            other_value=status,
        )
