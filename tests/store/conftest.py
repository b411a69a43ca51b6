"""Helpers the questionnaire-round tests share, as fixtures (test modules cannot import each
other under --import-mode=importlib)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from alliance_desk.domain.codes import Language, RoundKind, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records, rounds
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
