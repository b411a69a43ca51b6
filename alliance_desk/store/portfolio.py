"""Read-only views across the portfolio of alliances."""

from __future__ import annotations

import dataclasses

from alliance_desk.domain.codes import AllianceType, LifecycleStage, Rag
from alliance_desk.store.db import Database


@dataclasses.dataclass(frozen=True)
class AllianceLine:
    """One alliance as the portfolio overview shows it."""

    alliance_id: int
    name: str
    partner: str
    alliance_type: AllianceType
    lifecycle_stage: LifecycleStage
    status_rag: Rag
    status_reason: str | None


def alliance_lines(db: Database) -> list[AllianceLine]:
    rows = db.query(
        "SELECT alliance.id, alliance.name, organisation.name AS partner, alliance_type,"
        " lifecycle_stage, status_rag, status_reason"
        " FROM alliance JOIN organisation ON organisation.id = alliance.partner_id"
        " ORDER BY alliance.name COLLATE NOCASE, alliance.id"
    )
    return [
        AllianceLine(
            alliance_id=row["id"],
            name=row["name"],
            partner=row["partner"],
            alliance_type=AllianceType(row["alliance_type"]),
            lifecycle_stage=LifecycleStage(row["lifecycle_stage"]),
            status_rag=Rag(row["status_rag"]),
            status_reason=row["status_reason"],
        )
        for row in rows
    ]
