"""Helpers the questionnaire-round tests share, as fixtures (test modules cannot import each
other under --import-mode=importlib)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from alliance_desk.domain.codes import Language, RoundKind, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import frameworks, records, rounds
from alliance_desk.store.content import TABLE_COLUMNS
from alliance_desk.store.db import Database

ROUND_DAY = dt.date(2026, 3, 2)

MakeRound = Callable[..., int]
State = Callable[[Database], dict[str, list[Any]]]


def _make_round(db: Database, ours: int = 3, theirs: int = 2) -> int:
    """An alliance with a health-check round: ``ours`` slots of ours, ``theirs`` Dutch ones
    of the partner; the round's id."""
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Rhine corridor"))
    slots = [rounds.Slot(Side.US, f"Department {n}", "Lead") for n in range(ours)] + [
        rounds.Slot(Side.PARTNER, f"Afdeling {n}", language=Language.NL) for n in range(theirs)
    ]
    made = rounds.create_round(
        db,
        alliance.id or 0,
        RoundKind.HEALTH,
        ROUND_DAY,
        slots,
        deadline=ROUND_DAY + dt.timedelta(14),
    )
    assert made.id is not None
    return made.id


def _state(db: Database) -> dict[str, list[Any]]:
    """Every row of every table: to show that a refusal changed nothing."""
    return {
        table: [tuple(row) for row in db.query(f'SELECT * FROM "{table}" ORDER BY 1')]
        for table in TABLE_COLUMNS
    }


@pytest.fixture
def make_round() -> MakeRound:
    return _make_round


@pytest.fixture
def workbook_state() -> State:
    return _state


def _frameworks_before_v8(db: Database) -> None:
    """The shipped health-check and maturity frameworks as versions before 8 stored them
    (no skills framework, no required level)."""
    for definition in frameworks.shipped_frameworks():
        if definition["kind"] == "skills":
            continue
        fields = ("kind", "code", "name_en", "name_nl", "description_en", "description_nl")
        framework_id = db.execute(
            f"INSERT INTO framework ({', '.join(fields)}) VALUES"
            f" ({', '.join(':' + name for name in fields)})",
            {name: definition.get(name) for name in fields},
        ).lastrowid
        for level in definition["levels"]:
            db.execute(
                "INSERT INTO framework_level (framework_id, value, name_en, name_nl)"
                " VALUES (:id, :value, :name_en, :name_nl)",
                {"id": framework_id, **{k: level[k] for k in ("value", "name_en", "name_nl")}},
            )
        for position, dimension in enumerate(definition["dimensions"]):
            db.execute(
                "INSERT INTO framework_dimension (framework_id, code, position, name_en, name_nl)"
                " VALUES (:id, :code, :position, :name_en, :name_nl)",
                {
                    "id": framework_id,
                    "position": position,
                    **{k: dimension[k] for k in ("code", "name_en", "name_nl")},
                },
            )


@pytest.fixture
def frameworks_before_v8() -> Callable[[Database], None]:
    """Installs the frameworks into a workbook made by an older schema version (patch it in
    for ``install_shipped_frameworks`` while the old workbook is created)."""
    return _frameworks_before_v8
