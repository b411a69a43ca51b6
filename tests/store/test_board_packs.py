"""The board packs a workbook remembers: the previous one before a date, a bounded list, and
a damaged value that is read as none and mended by the next pack."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from alliance_desk.store import board_packs
from alliance_desk.store.board_packs import (
    KEEP,
    previous_board_pack,
    remember_board_pack,
)
from alliance_desk.store.board_packs import (
    board_packs as remembered,
)
from alliance_desk.store.db import Database
from alliance_desk.store.workbook import Workbook, open_workbook

DAY = dt.date(2026, 11, 15)


@pytest.fixture
def db(workbook: Workbook) -> Database:
    return workbook.db


def _raw(db: Database) -> object:
    return db.scalar("SELECT value FROM workbook_info WHERE key = 'board_packs'")


def test_none_remembered_in_a_new_workbook(db: Database) -> None:
    assert remembered(db) == []
    assert previous_board_pack(db, DAY) is None


def test_the_previous_pack_is_the_latest_strictly_before(db: Database) -> None:
    for day in (dt.date(2026, 5, 20), dt.date(2026, 8, 17), dt.date(2026, 2, 1)):
        remember_board_pack(db, day)
    assert remembered(db) == [dt.date(2026, 2, 1), dt.date(2026, 5, 20), dt.date(2026, 8, 17)]
    assert previous_board_pack(db, DAY) == dt.date(2026, 8, 17)
    assert previous_board_pack(db, dt.date(2026, 8, 17)) == dt.date(2026, 5, 20)
    assert previous_board_pack(db, dt.date(2026, 8, 18)) == dt.date(2026, 8, 17)
    assert previous_board_pack(db, dt.date(2026, 2, 1)) is None


def test_remembering_a_date_twice_keeps_it_once(db: Database) -> None:
    remember_board_pack(db, DAY)
    remember_board_pack(db, DAY)
    assert remembered(db) == [DAY]
    assert _raw(db) == '["2026-11-15"]'  # ISO dates in the file


def test_only_the_latest_dates_are_kept(db: Database) -> None:
    first = dt.date(2020, 1, 1)
    for month in range(KEEP + 5):
        remember_board_pack(db, first + dt.timedelta(days=30 * month))
    kept = remembered(db)
    assert len(kept) == KEEP == 50
    assert kept[-1] == first + dt.timedelta(days=30 * (KEEP + 4))
    assert kept[0] == first + dt.timedelta(days=30 * 5)


@pytest.mark.parametrize(
    "damaged",
    ["not json", "{}", '"2026-01-01"', "[1, 2]", "", None, '["2026-13-01"]', "[null]"],
)
def test_an_unreadable_value_is_none_remembered_and_mended(db: Database, damaged: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO workbook_info (key, value) VALUES ('board_packs', :value)",
        {"value": damaged},
    )
    assert remembered(db) == []
    assert previous_board_pack(db, DAY) is None
    remember_board_pack(db, dt.date(2026, 8, 17))
    assert _raw(db) == '["2026-08-17"]'


def test_good_dates_beside_a_damaged_one_still_count(db: Database) -> None:
    db.execute(
        "INSERT INTO workbook_info (key, value) VALUES ('board_packs', :value)",
        {"value": '["2026-05-20", "soon", 7, "2026-08-17"]'},
    )
    assert previous_board_pack(db, DAY) == dt.date(2026, 8, 17)


def test_the_dates_travel_with_the_file(workbook_path: Path) -> None:
    opened = open_workbook(workbook_path)
    try:
        remember_board_pack(opened.db, DAY)
    finally:
        opened.close()
    again = open_workbook(workbook_path)
    try:
        assert board_packs.previous_board_pack(again.db, DAY + dt.timedelta(days=1)) == DAY
    finally:
        again.close()


def test_a_failed_write_leaves_the_dates_as_they_were(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember_board_pack(db, DAY)

    def broken(value: object) -> str:
        raise RuntimeError("interrupted")

    monkeypatch.setattr(board_packs.json, "dumps", broken)
    with pytest.raises(RuntimeError):
        remember_board_pack(db, DAY + dt.timedelta(days=90))
    monkeypatch.undo()
    assert remembered(db) == [DAY]
    assert not db.in_transaction
