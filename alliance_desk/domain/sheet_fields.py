"""What a spreadsheet can be imported into, and which column holds which field.

Each :class:`Target` (organisations, stakeholders, actions, decisions, risks)
has its :class:`SheetField` list: the record's own fields (named as the
workbook's columns) and a few that only steer the import (``alliance``,
``organisation``, ``side`` and, for stakeholders, the first assessment's
``power``, ``interest``, ``attitude`` and ``assessed_on``). Every field has its
synonyms in English and Dutch; :func:`match_headers` matches a header row to
them with case, accents, spacing and punctuation ignored ("Naam", "Full name",
"E-mail adres"). Pure: no I/O.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum


class Target(StrEnum):
    ORGANISATIONS = "organisations"
    STAKEHOLDERS = "stakeholders"
    ACTIONS = "actions"
    DECISIONS = "decisions"
    RISKS = "risks"


class Kind(StrEnum):
    """How a cell's text becomes a field's value (see :mod:`sheet_values`)."""

    LINE = "line"
    NOTE = "note"
    DATE = "date"
    FLAG = "flag"
    CHOICE = "choice"
    SCALE_5 = "scale_5"  # 1..5, or very low .. very high
    SCALE_10 = "scale_10"  # 1..10, or very low .. very high


@dataclasses.dataclass(frozen=True)
class SheetField:
    name: str  # the record's column, or alliance / organisation / side / an assessment's
    kind: Kind
    synonyms: tuple[str, ...]  # header texts in English and Dutch, normalised on use
    required: bool = False  # a row without a value is refused


def _f(name: str, kind: Kind, *synonyms: str, required: bool = False) -> SheetField:
    return SheetField(name, kind, (name.replace("_", " "), *synonyms), required)


_NOTES = _f(
    "notes",
    Kind.NOTE,
    "note",
    "notitie",
    "notities",
    "opmerking",
    "opmerkingen",
    "remarks",
    "comments",
    "toelichting",
)
_ALLIANCE = _f("alliance", Kind.LINE, "alliantie", "samenwerking", "partnership", "alliance name")
_DESCRIPTION = _f(
    "description", Kind.NOTE, "omschrijving", "beschrijving", "details", "toelichting"
)
_OWNER = _f(
    "owner",
    Kind.LINE,
    "eigenaar",
    "verantwoordelijke",
    "responsible",
    "wie",
    "who",
    "actiehouder",
    "assigned to",
    "trekker",
)

FIELDS: dict[Target, tuple[SheetField, ...]] = {
    Target.ORGANISATIONS: (
        _f(
            "name",
            Kind.LINE,
            "naam",
            "organisation",
            "organization",
            "organisatie",
            "company",
            "bedrijf",
            "bedrijfsnaam",
            "company name",
            "organisation name",
            "partner",
            required=True,
        ),
        _f("sector", Kind.LINE, "branche", "industry", "industrie", "sector"),
        _f("country", Kind.LINE, "land", "nation"),
        _f("website", Kind.LINE, "web", "url", "site", "webadres", "homepage"),
        _NOTES,
    ),
    Target.STAKEHOLDERS: (
        _f(
            "name",
            Kind.LINE,
            "naam",
            "full name",
            "volledige naam",
            "contact",
            "person",
            "persoon",
            "contactpersoon",
            "stakeholder",
            "belanghebbende",
            required=True,
        ),
        _f(
            "department",
            Kind.LINE,
            "afdeling",
            "dept",
            "team",
            "unit",
            "business unit",
            "divisie",
            "division",
            "function area",
            required=True,
        ),
        _f(
            "role",
            Kind.LINE,
            "rol",
            "functie",
            "job title",
            "title",
            "position",
            "functietitel",
            "job",
        ),
        _f(
            "organisation",
            Kind.LINE,
            "organization",
            "organisatie",
            "company",
            "bedrijf",
            "employer",
            "werkgever",
        ),
        _f("side", Kind.CHOICE, "kant", "zijde", "party", "partij"),
        _ALLIANCE,
        _f("seniority", Kind.CHOICE, "senioriteit", "level", "niveau", "management level"),
        _f("direction", Kind.CHOICE, "richting"),
        _f("is_sponsor", Kind.FLAG, "sponsor", "executive sponsor", "is sponsor"),
        _f("email", Kind.LINE, "e-mail", "mail", "email address", "e-mailadres", "emailadres"),
        _f(
            "phone",
            Kind.LINE,
            "telefoon",
            "tel",
            "telephone",
            "mobile",
            "mobiel",
            "telefoonnummer",
            "phone number",
        ),
        _f("power", Kind.SCALE_10, "macht", "invloed", "influence", "power influence"),
        _f("interest", Kind.SCALE_10, "belang", "interesse", "betrokkenheid"),
        _f("attitude", Kind.CHOICE, "houding", "standpunt", "stance", "support"),
        _f(
            "assessed_on",
            Kind.DATE,
            "assessed",
            "beoordeeld op",
            "datum beoordeling",
            "assessment date",
        ),
        _NOTES,
    ),
    Target.ACTIONS: (
        _f(
            "title",
            Kind.LINE,
            "titel",
            "action",
            "actie",
            "wat",
            "what",
            "task",
            "taak",
            "onderwerp",
            "subject",
            required=True,
        ),
        _ALLIANCE,
        _DESCRIPTION,
        _OWNER,
        _f(
            "due_date",
            Kind.DATE,
            "due",
            "deadline",
            "datum gereed",
            "vervaldatum",
            "uiterlijk",
            "streefdatum",
            "gereed op",
            "when",
            "wanneer",
        ),
        _f("status", Kind.CHOICE, "state", "stand", "voortgang"),
        _f(
            "completed_on",
            Kind.DATE,
            "completed",
            "done on",
            "afgerond op",
            "gereed",
            "afgerond",
            "closed on",
        ),
    ),
    Target.DECISIONS: (
        _f(
            "title",
            Kind.LINE,
            "titel",
            "decision",
            "besluit",
            "beslissing",
            "onderwerp",
            "subject",
            required=True,
        ),
        _ALLIANCE,
        _DESCRIPTION,
        _f("status", Kind.CHOICE, "state", "stand"),
        _f("asked_of", Kind.LINE, "gevraagd aan", "asked", "decision maker", "beslisser"),
        _f("recommendation", Kind.NOTE, "advies", "aanbeveling", "voorstel", "proposal"),
        _f("deadline", Kind.DATE, "due", "due date", "uiterlijk", "beslissen voor"),
        _f("decided_on", Kind.DATE, "besloten op", "decision date", "datum besluit"),
        _f("decided_by", Kind.LINE, "besloten door", "decided", "genomen door"),
        _f("outcome", Kind.NOTE, "uitkomst", "resultaat", "result", "besluit genomen"),
    ),
    Target.RISKS: (
        _f(
            "title",
            Kind.LINE,
            "titel",
            "risk",
            "risico",
            "issue",
            "onderwerp",
            "subject",
            required=True,
        ),
        _ALLIANCE,
        _DESCRIPTION,
        _OWNER,
        _f("likelihood", Kind.SCALE_5, "kans", "probability", "waarschijnlijkheid"),
        _f("impact", Kind.SCALE_5, "gevolg", "effect", "severity", "ernst"),
        _f(
            "mitigation",
            Kind.NOTE,
            "maatregel",
            "maatregelen",
            "beheersmaatregel",
            "mitigatie",
            "response",
            "aanpak",
        ),
        _f("status", Kind.CHOICE, "state", "stand"),
        _f("review_date", Kind.DATE, "review", "herzien op", "volgende review", "reviewdatum"),
    ),
}

_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Text as compared: case, accents, spacing and punctuation ignored
    ("Zoë  de-Vries" and "zoe de vries" fold alike)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _PUNCTUATION.sub(" ", bare).strip()


def field_of(target: Target, name: str) -> SheetField:
    for item in FIELDS[target]:
        if item.name == name:
            return item
    raise KeyError(name)


def match_headers(target: Target, headers: Sequence[object]) -> dict[int, str]:
    """Column index to field name for the headers recognised. A field is given to one
    column only (the first that names it); an unrecognised or empty header is left out."""
    lookup: dict[str, str] = {}
    for item in FIELDS[target]:
        for synonym in item.synonyms:
            lookup.setdefault(fold(synonym), item.name)
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = lookup.get(fold(str(header))) if header is not None else None
        if name is not None and name not in found.values():
            found[index] = name
    return found


def unmapped(headers: Sequence[object], mapping: Mapping[int, str]) -> list[str]:
    """The headers of the columns not imported (empty headers left out)."""
    return [
        str(header)
        for index, header in enumerate(headers)
        if index not in mapping and header is not None and str(header).strip()
    ]


def layout_key(headers: Sequence[object]) -> str:
    """The key a saved mapping is found by: the header row, folded and joined."""
    return "|".join(fold(str(header)) if header is not None else "" for header in headers)
