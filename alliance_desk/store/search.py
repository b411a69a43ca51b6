"""Full-text search over names, notes and comments of the whole workbook (SQLite FTS5).

The index (``search_index``, schema version 3; prefix indexes for words typed 2 to 8
letters long since the migration ``VERSION_9``) is kept current by triggers.
A query matches every word as a prefix, ignoring case and accents, and
returns the best matches first with a snippet around the hit.

Ranking (bm25) costs SQLite about a microsecond per match, so a word found in tens of
thousands of records would cost what the workbook holds, not what the page shows. The
ranking therefore looks at the newest ``RANKED_AT_MOST`` matches (the highest ids, which
is what the index walks cheapest): every search with fewer matches is ranked in full,
exactly as before; one with more shows the best of its newest matches.
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
RANKED_AT_MOST = 2000


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
    params = {"expression": expression, "window": RANKED_AT_MOST}
    # The rowid just below the newest matches that are ranked (none when all are ranked):
    # walking matches by rowid costs no ranking.
    below = db.scalar(
        "SELECT rowid FROM search_index WHERE search_index MATCH :expression"
        " ORDER BY rowid DESC LIMIT 1 OFFSET :window",
        params,
    )
    rows = db.query(
        "SELECT hit.table_name, hit.record_id, hit.alliance_id, alliance.name AS alliance,"
        " hit.title, hit.snippet FROM (SELECT table_name, record_id, alliance_id, title,"
        " snippet(search_index, -1, :start, :end, '…', 12) AS snippet, rank"
        " FROM search_index WHERE search_index MATCH :expression AND rowid > :below"
        " ORDER BY rank LIMIT :limit) AS hit"
        " LEFT JOIN alliance ON alliance.id = hit.alliance_id ORDER BY hit.rank",
        {**params, "below": below or 0, "start": MARK_START, "end": MARK_END, "limit": limit},
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
        for statement in search_fill_statements(version or None):
            db.execute(statement)
