"""The board packs made from this workbook, remembered by their reference dates.

"What changed since the last board meeting" starts, unless someone says
otherwise, at the previous board pack made from the workbook. The workbook
keeps those dates itself (the ``workbook_info`` row ``board_packs``: a JSON
list of ISO dates, oldest first, the last :data:`KEEP` of them), so the
answer travels with the file. A value that cannot be read counts as nothing
remembered and is written afresh by the next :func:`remember_board_pack`.
"""

from __future__ import annotations

import datetime as dt
import json

from alliance_desk.store.db import Database

KEY = "board_packs"
KEEP = 50  # dates kept: years of monthly boards, and a row that stays small


def board_packs(db: Database) -> list[dt.date]:
    """The remembered reference dates, oldest first (empty if none or unreadable)."""
    value = db.scalar("SELECT value FROM workbook_info WHERE key = :key", {"key": KEY})
    return _dates(value)


def _dates(value: object) -> list[dt.date]:
    if not isinstance(value, str):
        return []
    try:
        items = json.loads(value)
    except ValueError:
        return []
    if not isinstance(items, list):
        return []
    found = set()
    for item in items:
        # A damaged entry is skipped, not fatal: the others still say when the boards met.
        if isinstance(item, str):
            try:
                found.add(dt.date.fromisoformat(item))
            except ValueError:
                continue
    return sorted(found)


def remember_board_pack(db: Database, made_for: dt.date) -> None:
    """Remember a board pack made for ``made_for`` (its reference date); idempotent."""
    with db.transaction():
        dates = sorted({*board_packs(db), made_for})[-KEEP:]
        db.execute(
            "INSERT OR REPLACE INTO workbook_info (key, value) VALUES (:key, :value)",
            {"key": KEY, "value": json.dumps([day.isoformat() for day in dates])},
        )


def previous_board_pack(db: Database, before: dt.date) -> dt.date | None:
    """The latest remembered board pack strictly before ``before``; None if there is none."""
    earlier = [day for day in board_packs(db) if day < before]
    return earlier[-1] if earlier else None
