"""Every organisation of the workbook, ours and partners: the SQL the Organisations page shows.

A partner can be recorded before any alliance with it exists (ISO 44001's
partner-selection stage), so the list is of organisations, not of alliances.
Whether one may be deleted is read from the workbook's own foreign keys
(:func:`alliance_desk.store.snapshot.references`): an organisation may go only
when no row of any table names it, so a deletion never takes records along
and never fails on ``ON DELETE RESTRICT``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from alliance_desk.domain.codes import LifecycleStage, Rag
from alliance_desk.store.db import Database, containing
from alliance_desk.store.snapshot import references

# Alliances in which the organisation is the partner.
ALLIANCES = "(SELECT count(*) FROM alliance WHERE alliance.partner_id = organisation.id)"
# People of the organisation: our side of every alliance for our own organisation, the
# partner side of its alliances for a partner.
STAKEHOLDERS = (
    "(CASE WHEN organisation.is_own = 1"
    " THEN (SELECT count(*) FROM stakeholder WHERE stakeholder.side = 'us')"
    " ELSE (SELECT count(*) FROM stakeholder JOIN alliance ON alliance.id = stakeholder.alliance_id"
    " WHERE alliance.partner_id = organisation.id AND stakeholder.side = 'partner') END)"
)
# Ours first, then by name as a person reads it.
ORDER = "organisation.is_own DESC, organisation.name COLLATE NOCASE, organisation.id"


@dataclasses.dataclass(frozen=True)
class ListedOrganisation:
    """One organisation as the list shows it, before its counts are read."""

    organisation_id: int
    name: str
    is_own: bool
    sector: str | None
    country: str | None


@dataclasses.dataclass(frozen=True)
class OrganisationLine:
    """One organisation as the list shows it."""

    organisation_id: int
    name: str
    is_own: bool
    sector: str | None
    country: str | None
    alliances: int  # alliances in which it is the partner
    stakeholders: int  # people of this organisation across its alliances


@dataclasses.dataclass(frozen=True)
class AllianceLine:
    """An alliance in which the organisation is the partner."""

    alliance_id: int
    name: str
    status_rag: Rag | None  # None: not assessed
    lifecycle_stage: LifecycleStage


def overview(db: Database, text: str = "") -> list[OrganisationLine]:
    """Every organisation (or those whose name, sector or country holds ``text``), ours first,
    with its counts."""
    lines = listed(db, text)
    found = counts(db, [line.organisation_id for line in lines])
    return [
        OrganisationLine(
            line.organisation_id,
            line.name,
            line.is_own,
            line.sector,
            line.country,
            *found[line.organisation_id],
        )
        for line in lines
    ]


def listed(db: Database, text: str = "") -> list[ListedOrganisation]:
    """The organisations of :func:`overview`, in its order, without their counts (counting
    the alliances and people of every organisation of the x5 workbook took 20 ms; a list
    reads them for the rows it shows, with :func:`counts`)."""
    where, params = "1", {}
    if text.strip():
        where = " OR ".join(
            f"coalesce(organisation.{column}, '') LIKE :text ESCAPE '\\'"
            for column in ("name", "sector", "country")
        )
        params["text"] = containing(text.strip())
    rows = db.query(
        "SELECT organisation.id, organisation.name, organisation.is_own, organisation.sector,"
        f" organisation.country FROM organisation WHERE {where} ORDER BY {ORDER}",
        params,
    )
    return [
        ListedOrganisation(
            row["id"], row["name"], bool(row["is_own"]), row["sector"], row["country"]
        )
        for row in rows
    ]


def counts(db: Database, organisation_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """Per organisation of ``organisation_ids``: the alliances in which it is the partner
    and its people on the stakeholder maps."""
    rows = db.query(
        f"SELECT organisation.id, {ALLIANCES} AS alliances, {STAKEHOLDERS} AS stakeholders"
        " FROM organisation WHERE organisation.id IN (SELECT value FROM json_each(:ids))",
        {"ids": json.dumps(list(organisation_ids))},
    )
    return {row["id"]: (int(row["alliances"]), int(row["stakeholders"])) for row in rows}


def alliances_of(db: Database, organisation_id: int) -> list[AllianceLine]:
    """The alliances in which ``organisation_id`` is the partner, by name."""
    rows = db.query(
        "SELECT id, name, status_rag, lifecycle_stage FROM alliance"
        " WHERE partner_id = :id ORDER BY name COLLATE NOCASE, id",
        {"id": organisation_id},
    )
    return [
        AllianceLine(
            row["id"],
            row["name"],
            None if row["status_rag"] is None else Rag(row["status_rag"]),
            LifecycleStage(row["lifecycle_stage"]),
        )
        for row in rows
    ]


def referenced_by(db: Database, organisation_id: int) -> dict[str, int]:
    """Per table, how many rows name the organisation (tables that name it none left out).

    Read from the schema's foreign keys, so a table added later counts without a change here.
    """
    found: dict[str, int] = {}
    for reference in references(db):
        if reference.target != "organisation":
            continue
        count = int(
            db.scalar(
                f'SELECT count(*) FROM "{reference.table}" WHERE "{reference.column}" = :id',
                {"id": organisation_id},
            )
        )
        if count:
            found[reference.table] = found.get(reference.table, 0) + count
    return found


def may_delete(db: Database, organisation_id: int) -> bool:
    """True when nothing references the organisation and it is not our own."""
    own = db.scalar("SELECT is_own FROM organisation WHERE id = :id", {"id": organisation_id})
    return own is not None and not own and not referenced_by(db, organisation_id)
