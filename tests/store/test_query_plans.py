"""The hot queries are shaped for their index: EXPLAIN QUERY PLAN, never a timing.

Search asks FTS5 for the ranked matches (the virtual table's MATCH index, not a scan of
it) and reads each hit's alliance by its primary key; the evaluation export reaches
scores and dimensions through their unique indexes, never a scan of those tables.
"""

from __future__ import annotations

from pathlib import Path

from alliance_desk.reports.evaluation_export import _LONG_QUERY, Selection, _params
from alliance_desk.store import search
from alliance_desk.store.db import Database
from alliance_desk.store.workbook import create_workbook, open_workbook


def _plan(db: Database, sql: str, params: dict[str, object]) -> list[str]:
    return [row["detail"] for row in db.query(f"EXPLAIN QUERY PLAN {sql}", params)]


def _search_sql(db: Database) -> tuple[str, dict[str, object]]:
    captured: list[tuple[str, dict[str, object]]] = []
    real = db.query

    def query(sql: str, params: dict[str, object] | None = None) -> list:  # type: ignore[type-arg]
        captured.append((sql, params or {}))
        return real(sql, params)

    db.query = query  # type: ignore[method-assign]
    try:
        search.search(db, "governance charter")
    finally:
        db.query = real  # type: ignore[method-assign]
    return captured[0]


def test_search_uses_the_full_text_index_and_the_alliance_key(tmp_path: Path) -> None:
    create_workbook(tmp_path / "W.alliance")
    with open_workbook(tmp_path / "W.alliance", backup_dir=tmp_path / "b") as workbook:
        sql, params = _search_sql(workbook.db)
        plan = _plan(workbook.db, sql, params)
    assert any("search_index VIRTUAL TABLE INDEX" in step and ":M" in step for step in plan)
    assert any("SEARCH alliance USING INTEGER PRIMARY KEY" in step for step in plan)
    assert not any(step.startswith("SCAN alliance") for step in plan)


def test_the_evaluation_export_reaches_scores_and_dimensions_by_index(tmp_path: Path) -> None:
    create_workbook(tmp_path / "W.alliance")
    with open_workbook(tmp_path / "W.alliance", backup_dir=tmp_path / "b") as workbook:
        plan = _plan(workbook.db, _LONG_QUERY, _params(workbook.db, Selection(), "en"))
    text = "\n".join(plan)
    assert "SEARCH evaluation_score USING INDEX" in text
    assert "SEARCH framework_dimension USING INDEX" in text
    assert "SEARCH alliance USING INTEGER PRIMARY KEY" in text
    assert "SCAN evaluation_score" not in text


def test_search_ranks_within_a_rowid_bound_the_index_applies(tmp_path: Path) -> None:
    create_workbook(tmp_path / "W.alliance")
    with open_workbook(tmp_path / "W.alliance", backup_dir=tmp_path / "b") as workbook:
        sql, params = _search_sql(workbook.db)
        plan = _plan(workbook.db, sql, params)
    # FTS5 names a MATCH ("M") and a lower rowid bound (">") among what its index applies.
    fts = [step for step in plan if "search_index VIRTUAL TABLE INDEX" in step]
    assert fts and ":M" in fts[0] and ">" in fts[0].split(":M", 1)[1], plan
