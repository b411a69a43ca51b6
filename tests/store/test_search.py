"""Full-text search: the index follows every change, and any typed text is a safe query."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alliance_desk.domain.follow_up import Action
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.store import exchange, records, snapshot
from alliance_desk.store.schema import SEARCH_PREFIXES
from alliance_desk.store.search import (
    MARK_END,
    MARK_START,
    match_expression,
    rebuild,
    search,
    unmark,
)
from alliance_desk.store.workbook import Workbook, open_workbook

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _fill(workbook: Workbook) -> tuple[Alliance, Stakeholder, Action]:
    db = workbook.db
    partner = records.insert(db, Organisation(name="Société Générale de Diagnostic"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Rhône diagnostics"))
    person = records.insert(
        db,
        Stakeholder(
            alliance_id=alliance.id,
            side="partner",
            name="Zoë Lefèvre",
            department="R&D",
            notes="Prefers <short> meetings & clear agendas 🚀",
        ),
    )
    action = records.insert(
        db, Action(alliance_id=alliance.id, title="Draft the governance charter", owner="Bram")
    )
    return alliance, person, action


def _found(workbook: Workbook, text: str) -> set[tuple[str, int]]:
    return {(hit.table, hit.record_id) for hit in search(workbook.db, text)}


def test_names_notes_and_titles_are_found_by_prefix_without_accents(workbook: Workbook) -> None:
    alliance, person, action = _fill(workbook)
    assert ("stakeholder", person.id) in _found(workbook, "zoe")
    assert ("stakeholder", person.id) in _found(workbook, "lefev")
    assert ("action", action.id) in _found(workbook, "governance char")
    assert ("alliance", alliance.id) in _found(workbook, "RHONE")
    hit = next(h for h in search(workbook.db, "agendas") if h.table == "stakeholder")
    assert hit.alliance_id == alliance.id and hit.alliance == "Rhône diagnostics"
    assert "agendas" in hit.snippet


def test_the_index_follows_changes_deletions_and_restores(workbook: Workbook) -> None:
    alliance, person, action = _fill(workbook)
    records.update(workbook.db, action, title="Sign the data-sharing agreement")
    assert ("action", action.id) not in _found(workbook, "governance")
    assert ("action", action.id) in _found(workbook, "data sharing")
    kept = snapshot.take(workbook.db, "alliance", alliance.id or 0)
    records.delete(workbook.db, Alliance, alliance.id or 0)  # cascades to people and actions
    assert _found(workbook, "zoe") == set()
    assert _found(workbook, "data sharing") == set()
    snapshot.put_back(workbook.db, kept)
    assert ("stakeholder", person.id) in _found(workbook, "zoe")


@pytest.mark.parametrize(
    "typed", ['"', "AND", "OR NOT", "*", "NEAR(", "title:x", "<b>&amp;", "🚀", "", "   ", "a'b"]
)
def test_any_typed_text_is_a_safe_query(workbook: Workbook, typed: str) -> None:
    _fill(workbook)
    hits = search(workbook.db, typed)  # never an SQL or FTS syntax error
    assert isinstance(hits, list)


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('Zoë "AND" gov*') == '"Zoë"* "AND"* "gov"*'
    assert match_expression("<>&") is None


def test_import_and_rebuild_give_the_same_index(workbook: Workbook, tmp_path: Path) -> None:
    _fill(workbook)
    before = _found(workbook, "zoe") | _found(workbook, "charter")
    exchange.export_workbook(workbook.db.connection, workbook.path, tmp_path / "export.json")
    exchange.import_workbook(tmp_path / "export.json", tmp_path / "copy.alliance")
    with open_workbook(tmp_path / "copy.alliance") as copy:
        assert _found(copy, "zoe") | _found(copy, "charter") == before
        assert (
            copy.db.scalar("SELECT count(*) FROM workbook_info WHERE key = 'search_index_paused'")
            == 0
        )
    rebuild(workbook.db)
    assert _found(workbook, "zoe") | _found(workbook, "charter") == before


def test_a_migrated_version_1_workbook_is_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.alliance"
    shutil.copyfile(FIXTURES / "workbook_v1.alliance", path)
    with open_workbook(path) as workbook:
        assert ("organisation", 2) in _found(workbook, "brugge")
        assert ("risk", 1) in _found(workbook, "key account")
        assert {table for table, _ in _found(workbook, "unheard")} == {"evaluation_score"}


def test_unmark_gives_the_plain_text_and_where_each_match_stands(workbook: Workbook) -> None:
    assert unmark("no match") == ("no match", [])
    marked = f"…the {MARK_START}Électro{MARK_END}lyseur and {MARK_START}grid{MARK_END}…"
    plain, matches = unmark(marked)
    assert plain == "…the Électrolyseur and grid…"
    assert [plain[start : start + length] for start, length in matches] == ["Électro", "grid"]
    records.insert(workbook.db, Organisation(name="Nordlicht Energie"))
    (hit,) = search(workbook.db, "nordl")
    plain, matches = unmark(hit.snippet)
    assert [plain[start : start + length] for start, length in matches] == ["Nordlicht"]


def test_every_indexed_table_has_its_own_code_below_the_rowid_stride() -> None:
    # A row's index entry is ``id * 32 + code``: two tables with one code, or a code of 32
    # or more, would make one record's entry replace another's.
    from alliance_desk.store import schema

    entries = (
        schema.SEARCH_TABLE_CODES + schema.DEVELOPMENT_SEARCH_CODES + schema.SKILLS_SEARCH_CODES
    )
    codes = [code for _, code, *_ in entries]
    assert len(set(codes)) == len(codes) and all(0 < code < 32 for code in codes)
    assert len({table for table, *_ in entries}) == len(entries)


def _ranked(workbook: Workbook, text: str, above: int = 0) -> list[tuple[str, int]]:
    """SQLite's own bm25 order of the matches above a rowid: what search must show."""
    rows = workbook.db.query(
        "SELECT table_name, record_id FROM search_index WHERE search_index MATCH :expression"
        " AND rowid > :above ORDER BY rank",
        {"expression": match_expression(text), "above": above},
    )
    return [(row["table_name"], row["record_id"]) for row in rows]


def _many_reviews(workbook: Workbook) -> None:
    alliance, _, _ = _fill(workbook)
    for number in range(1, 31):
        # Ranks differ: some mention the word more often, in shorter or longer texts.
        records.insert(
            workbook.db,
            Action(
                alliance_id=alliance.id,
                title=f"Review {number}",
                description=" ".join(["review"] * (number % 4) + ["notes"] * (number % 7)),
            ),
        )


def test_search_ranks_every_match_when_they_are_few(workbook: Workbook) -> None:
    _many_reviews(workbook)

    hits = search(workbook.db, "review", limit=100)

    assert [(hit.table, hit.record_id) for hit in hits] == _ranked(workbook, "review")
    assert [(hit.table, hit.record_id) for hit in search(workbook.db, "review", limit=5)] == (
        _ranked(workbook, "review")[:5]
    )


def test_search_ranks_the_newest_matches_when_they_are_many(
    workbook: Workbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    _many_reviews(workbook)
    monkeypatch.setattr("alliance_desk.store.search.RANKED_AT_MOST", 10)
    rowids = [
        row["rowid"]
        for row in workbook.db.query(
            "SELECT rowid FROM search_index WHERE search_index MATCH :expression"
            " ORDER BY rowid DESC",
            {"expression": match_expression("review")},
        )
    ]

    hits = [(hit.table, hit.record_id) for hit in search(workbook.db, "review", limit=5)]

    # The best five of the ten newest matches (highest ids), in SQLite's own bm25 order.
    assert hits == _ranked(workbook, "review", above=rowids[10])[:5]
    assert {record_id for _, record_id in hits} <= {rowid // 32 for rowid in rowids[:10]}


def _entries(workbook: Workbook) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in workbook.db.query(
            "SELECT rowid, table_name, record_id, alliance_id, title, body FROM search_index"
            " ORDER BY rowid"
        )
    ]


def test_the_migrated_index_has_prefix_indexes_and_every_entry(tmp_path: Path) -> None:
    path = tmp_path / "old.alliance"
    shutil.copyfile(FIXTURES / "workbook_v1.alliance", path)
    with open_workbook(path) as workbook:
        sql = workbook.db.scalar("SELECT sql FROM sqlite_master WHERE name = 'search_index'")
        migrated = _entries(workbook)
        rebuild(workbook.db)
        assert _entries(workbook) == migrated  # the entries copied over are the index
    assert f"prefix = '{SEARCH_PREFIXES}'" in sql
    assert migrated


def test_a_prefix_of_every_indexed_length_finds_what_a_full_word_finds(
    workbook: Workbook,
) -> None:
    _fill(workbook)
    for typed in ("go", "gov", "gove", "gover", "govern", "governa", "governan", "governance"):
        assert ("action", 1) in _found(workbook, typed), typed
