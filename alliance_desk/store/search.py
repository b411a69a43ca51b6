"""Full-text search over names, notes and comments of the whole workbook (SQLite FTS5).

The index (``search_index``, schema version 3) is kept current by triggers.
A query matches every word as a prefix, ignoring case and accents, and
returns the best matches first with a snippet around the hit.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from contextlib import contextmanager

from alliance_desk.store.db import Database
from alliance_desk.store.schema import SEARCH_PAUSED, search_fill_statements

MARK_START, MARK_END = "\u2063[", "]\u2063"  # invisible separators keep marks apart from text
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclasses.dataclass(frozen=True)
class Hit:
    table: str
    record_id: int
    alliance_id: int | None
    alliance: str | None
    title: str
    snippet: str  # the matched words wrapped in MARK_START ... MARK_END


def match_expression(text: str) -> str | None:
    """The FTS5 query for what a person typed: every word, as a prefix. None if no words."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def search(db: Database, text: str, limit: int = 50) -> list[Hit]:
    expression = match_expression(text)
    if expression is None:
        return []
    rows = db.query(
        "SELECT search_index.table_name, search_index.record_id, search_index.alliance_id,"
        " alliance.name AS alliance, search_index.title,"
        " snippet(search_index, -1, :start, :end, '…', 12) AS snippet"
        " FROM search_index LEFT JOIN alliance ON alliance.id = search_index.alliance_id"
        " WHERE search_index MATCH :expression ORDER BY rank LIMIT :limit",
        {"expression": expression, "start": MARK_START, "end": MARK_END, "limit": limit},
    )
    return [
        Hit(
            table=row["table_name"],
            record_id=row["record_id"],
            alliance_id=row["alliance_id"],
            alliance=row["alliance"],
            title=row["title"],
            snippet=row["snippet"],
        )
        for row in rows
    ]


def unmark(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet's plain text and where the matches stand in it: (start, length) each."""
    plain: list[str] = []
    matches: list[tuple[int, int]] = []
    at = 0
    for index, piece in enumerate(snippet.split(MARK_START)):
        if index == 0:
            plain.append(piece)
            at += len(piece)
            continue
        found, _, rest = piece.partition(MARK_END)
        matches.append((at, len(found)))
        plain.extend((found, rest))
        at += len(found) + len(rest)
    return "".join(plain), matches


@contextmanager
def bulk_loading(db: Database) -> Iterator[None]:
    """Pause indexing row by row while loading many rows; index them all at the end."""
    with db.transaction():
        db.execute(
            "INSERT OR REPLACE INTO workbook_info (key, value) VALUES (:key, '1')",
            {"key": SEARCH_PAUSED},
        )
        yield
        db.execute("DELETE FROM workbook_info WHERE key = :key", {"key": SEARCH_PAUSED})
        rebuild(db)


def rebuild(db: Database) -> None:
    """Index every row again (after a bulk load, or to repair the index)."""
    with db.transaction():
        db.execute("DELETE FROM search_index")
        version = int(db.scalar("PRAGMA user_version"))
        for statement in search_fill_statements(version):
            db.execute(statement)
