"""What the board pack puts first, read back with pypdf: the overview and the one-pagers by
attention, the summary's list of alliances needing attention and its counts, decisions past
their deadline first and marked with a pointer to the rest, "next 90 days" without the old
backlog, and the notes under the tables, in English and Dutch."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from alliance_desk.reports import briefing as report
from alliance_desk.store.workbook import open_workbook

TODAY = dt.date(2026, 11, 15)  # the small demo's own "today"
# The small demo's alliances renamed so that the alphabet and attention disagree.
RENAMED = {
    "Sarathi joint venture, Pune": "Zulu works (red)",
    "Cascade North America distribution": "Yankee trade (amber)",
    "Kaminari dose-safety software licence": "X-ray licence (falling)",  # made green below
    "Brenner optical sensor co-development": "Alpha sensors",
    "Thuismonitoring Oost public-private partnership": "Bravo monitoring",
    "Vandaele PVC-free tubing supply": "Charlie tubing",
}
BY_ATTENTION = [
    "Zulu works (red)",
    "Yankee trade (amber)",
    "X-ray licence (falling)",
    "Charlie tubing",  # nobody has assessed its status (the demo's alliance in selection)
    "Alpha sensors",
    "Bravo monitoring",
]


def overview_page(shown: list[str]) -> str:
    """The text of the portfolio overview's first page (after the summary's pages)."""
    return next(
        text
        for text in shown[1:]  # the cover's contents name it too
        if "Portfolio overview" in text or "Portfolio-overzicht" in text
    )


def build(path: Path, target: Path, ids: list[int] | None, **options: Any) -> int:
    options.setdefault("today", TODAY)
    with open_workbook(path) as workbook:
        return report.build_briefing(workbook.db, target, ids, **options)


def flat(text: str) -> str:
    return " ".join(text.split())


def texts(target: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(target).pages]


def execute(path: Path, statements: Sequence[tuple[str, dict[str, Any]]]) -> list[Any]:
    connection = sqlite3.connect(path)
    try:
        found: list[Any] = []
        for sql, params in statements:
            found += connection.execute(sql, params).fetchall()
        connection.commit()
        return found
    finally:
        connection.close()


def id_of(path: Path, name: str) -> int:
    return int(execute(path, [("SELECT id FROM alliance WHERE name = :n", {"n": name})])[0][0])


@pytest.fixture
def renamed(small_demo_path: Path) -> Path:
    statements: list[tuple[str, dict[str, Any]]] = [
        ("UPDATE alliance SET name = :new WHERE name = :old", {"old": old, "new": new})
        for old, new in RENAMED.items()
    ]
    statements.append(
        ("UPDATE alliance SET status_rag = 'green' WHERE name = 'X-ray licence (falling)'", {})
    )
    execute(small_demo_path, statements)
    return small_demo_path


def test_the_overview_and_the_one_pagers_go_by_attention(renamed: Path, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    build(renamed, target, None)
    shown = texts(target)
    overview = overview_page(shown)
    assert "Portfolio overview" in overview
    assert sorted(BY_ATTENTION, key=overview.index) == BY_ATTENTION
    first = shown.index(overview) + 1  # the one-pagers follow the overview
    one_pagers = shown[first : first + len(BY_ATTENTION)]
    assert [name for text in one_pagers for name in BY_ATTENTION if name in text[:200]] == (
        BY_ATTENTION
    )
    # The same pack of a selection given in another order goes by attention too.
    chosen = [id_of(renamed, name) for name in reversed(BY_ATTENTION[:4])]
    build(renamed, target, chosen, board_pack=True)
    overview = overview_page(texts(target))
    assert sorted(BY_ATTENTION[:4], key=overview.index) == BY_ATTENTION[:4]


def test_the_summary_lists_red_then_amber_then_falling(renamed: Path, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    build(renamed, target, None)
    shown = texts(target)
    summary = shown[1]
    assert "Executive summary" in summary
    # The list of those needing attention, up to the early warnings that follow it.
    listed = summary[summary.index("NEEDING ATTENTION") : summary.index("EARLY WARNINGS")]
    needing = BY_ATTENTION[:3]
    assert sorted(needing, key=listed.index) == needing
    for name in BY_ATTENTION[3:]:
        assert name not in listed
    # Each with the page of its one-pager: the one-pagers follow the overview.
    first = shown.index(overview_page(shown)) + 2  # a page number, counted from 1
    ends = [listed.index(name) for name in needing[1:]] + [listed.index("OVERDUE")]
    for page, name, end in zip(range(first, first + 3), needing, ends, strict=True):
        row = listed[listed.index(name) : end]
        assert row.endswith(f" {page} "), row


def test_the_summary_counts_what_is_past_its_date(renamed: Path, tmp_path: Path) -> None:
    late_decisions = execute(
        renamed,
        [
            (
                "SELECT count(*) FROM decision WHERE status = 'pending' AND deadline < :today",
                {"today": TODAY.isoformat()},
            )
        ],
    )[0][0]
    late_actions = execute(
        renamed,
        [
            (
                "SELECT count(*) FROM action WHERE status IN ('open', 'in_progress')"
                " AND due_date < :today",
                {"today": TODAY.isoformat()},
            )
        ],
    )[0][0]
    target = tmp_path / "pack.pdf"
    build(renamed, target, None)
    summary = texts(target)[1]
    decisions = "decision past its deadline" if late_decisions == 1 else "decisions past their"
    assert f"{late_decisions} {decisions}" in summary
    assert f"{late_actions} actions overdue" in summary
    assert "health check" in summary


def six_decisions(path: Path, alliance_id: int) -> list[str]:
    """Six pending decisions, two past their deadline (given last, so only the sorting puts
    them first); their titles in the order the briefing must show them."""
    rows = [
        ("Coming third", 40),
        ("Coming first", 10),
        ("Coming fourth", 50),
        ("Coming second", 20),
        ("Late since October", -30),
        ("Late since September", -60),
    ]
    statements: list[tuple[str, dict[str, Any]]] = [
        ("DELETE FROM decision WHERE alliance_id = :id", {"id": alliance_id})
    ]
    for title, days in rows:
        statements.append(
            (
                "INSERT INTO decision (alliance_id, title, status, recommendation, deadline)"
                " VALUES (:id, :title, 'pending', 'Agree.', :deadline)",
                {
                    "id": alliance_id,
                    "title": title,
                    "deadline": (TODAY + dt.timedelta(days=days)).isoformat(),
                },
            )
        )
    execute(path, statements)
    return [
        "Late since September",
        "Late since October",
        "Coming first",
        "Coming second",
        "Coming third",
        "Coming fourth",
    ]


def decisions_block(one_pager: str) -> str:
    start = one_pager.index("DECISIONS ASKED OF SENIOR MANAGEMENT")
    return one_pager[start : one_pager.index("NEXT 90 DAYS")]


def test_six_decisions_show_three_and_point_to_the_page_with_the_rest(
    renamed: Path, tmp_path: Path
) -> None:
    alliance_id = id_of(renamed, "Alpha sensors")
    titles = six_decisions(renamed, alliance_id)
    target = tmp_path / "pack.pdf"
    build(renamed, target, None)
    shown = texts(target)
    one_pager = next(text for text in shown if "Alpha sensors Partner:" in text)
    block = decisions_block(one_pager)
    assert [title for title in titles if title in block] == titles[:3]
    assert sorted(titles[:3], key=block.index) == titles[:3]  # the late ones first
    assert "16 Sep 2026 overdue" in block  # 60 days before TODAY, as the briefing writes it
    assert block.count("overdue") == 2
    marker = "+ 3 more, see page "
    assert marker in block
    page = int(block[block.index(marker) + len(marker) :].split()[0])
    for title in titles[3:]:
        assert title in shown[page - 1]
    appendix = shown[page - 1]
    group = appendix[appendix.index("Alpha sensors") :]
    assert sorted(titles, key=group.index) == titles
    assert group.count("overdue") >= 2
    # The one-pager alone has no appendix to point to.
    build(renamed, target, [alliance_id])
    block = decisions_block(texts(target)[0])
    assert "+ 3 more" in block and "see page" not in block


def test_overdue_is_bold(renamed: Path, tmp_path: Path) -> None:
    """Overdue stands out in weight, not only in words: its date is set in the bold face."""
    alliance_id = id_of(renamed, "Alpha sensors")
    six_decisions(renamed, alliance_id)
    target = tmp_path / "one.pdf"
    build(renamed, target, [alliance_id])
    page = PdfReader(target).pages[0]
    bold_runs: list[str] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if font is not None and "Bold" in str(font.get("/BaseFont", "")) and text.strip():
            bold_runs.append(text.strip())

    page.extract_text(visitor_text=visit)
    assert "overdue" in bold_runs
    assert "16 Sep 2026" in bold_runs  # 60 days before TODAY
    assert "25 Nov 2026" not in bold_runs  # 10 days after


@pytest.mark.parametrize(
    ("language", "heading", "backlog", "nothing"),
    [
        ("en", "NEXT 90 DAYS", "+ 3 overdue, the oldest due 1 Mar 2024", "Nothing falls due"),
        ("nl", "KOMENDE 90 DAGEN", "+ 3 punten te laat, het oudste sinds 1 mrt. 2024", "Niets"),
    ],
    ids=["en", "nl"],
)
def test_next_90_days_shows_what_is_coming_and_the_backlog_in_one_line(
    renamed: Path, tmp_path: Path, language: str, heading: str, backlog: str, nothing: str
) -> None:
    alliance_id = id_of(renamed, "Charlie tubing")
    actions = [
        ("Old overdue action", "2024-03-01"),
        ("Recent overdue action", (TODAY - dt.timedelta(days=3)).isoformat()),
        ("Due today", TODAY.isoformat()),
        ("Due on the last day", (TODAY + dt.timedelta(days=90)).isoformat()),
        ("Due after the horizon", (TODAY + dt.timedelta(days=91)).isoformat()),
    ]
    statements: list[tuple[str, dict[str, Any]]] = [
        ("DELETE FROM action WHERE alliance_id = :id", {"id": alliance_id}),
        ("DELETE FROM decision WHERE alliance_id = :id", {"id": alliance_id}),
        (
            "INSERT INTO decision (alliance_id, title, status, deadline)"
            " VALUES (:id, 'Overdue decision', 'pending', '2025-01-10')",
            {"id": alliance_id},
        ),
    ]
    for title, due in actions:
        statements.append(
            (
                "INSERT INTO action (alliance_id, title, due_date, status)"
                " VALUES (:id, :title, :due, 'open')",
                {"id": alliance_id, "title": title, "due": due},
            )
        )
    execute(renamed, statements)
    target = tmp_path / "one.pdf"
    build(renamed, target, [alliance_id], language=language)
    page = texts(target)[0]
    ahead = page[page.index(heading) :]
    assert "Due today" in ahead and "Due on the last day" in ahead
    assert "Due after the horizon" not in ahead
    assert "Old overdue action" not in ahead and "Recent overdue action" not in ahead
    assert "Overdue decision" not in ahead
    assert backlog in ahead
    assert ahead.index("Due on the last day") < ahead.index(backlog)
    # Only the backlog: the page says nothing falls due, and still gives the backlog.
    execute(
        renamed,
        [
            (
                "DELETE FROM action WHERE alliance_id = :id AND due_date >= :today",
                {"id": alliance_id, "today": TODAY.isoformat()},
            )
        ],
    )
    build(renamed, target, [alliance_id], language=language)
    ahead = texts(target)[0]
    ahead = ahead[ahead.index(heading) :]
    assert nothing in ahead and backlog in ahead


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "Gap = our score − the partner's; + means we see it more favourably.",
                "L×I: likelihood × impact, each 1–5; 25 is the highest.",
                "Checks compared: ours of ",
            ],
        ),
        (
            "nl",
            [
                "Verschil = onze score − die van de partner; + betekent dat wij het gunstiger"
                " zien.",
                "K×I: kans × impact, elk van 1 tot 5; 25 is het hoogst.",
                "Vergeleken checks: de onze van ",
                "BESLUITEN GEVRAAGD AAN HET SENIOR MANAGEMENT",
            ],
        ),
    ],
    ids=["en", "nl"],
)
def test_notes_under_the_tables_say_what_they_show(
    small_demo_path: Path, tmp_path: Path, language: str, expected: list[str]
) -> None:
    alliance_id = id_of(small_demo_path, "Sarathi joint venture, Pune")
    target = tmp_path / "one.pdf"
    build(small_demo_path, target, [alliance_id], language=language)
    page = texts(target)[0]
    for text in expected:
        assert text in page


def test_shortened_text_says_where_the_full_text_is(renamed: Path, tmp_path: Path) -> None:
    alliance_id = id_of(renamed, "Alpha sensors")
    execute(
        renamed,
        [
            (
                "UPDATE decision SET recommendation = :long, status = 'pending', decided_on = NULL"
                " WHERE alliance_id = :id",
                {"long": "Recommend this in many words. " * 30, "id": alliance_id},
            )
        ],
    )
    target = tmp_path / "one.pdf"
    build(renamed, target, [alliance_id])
    assert "the full text is in the workbook" in texts(target)[0]
    build(renamed, target, None)
    shown = texts(target)
    one_pager = next(text for text in shown if "Alpha sensors Partner:" in text)
    assert "the decisions in full are in the appendix, page" in one_pager


def test_dutch_numbers_have_a_decimal_comma(renamed: Path, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    build(renamed, target, None, language="nl")
    summary = texts(target)[1]
    assert "Managementsamenvatting" in summary
    listed = summary[summary.index("VRAGEN AANDACHT") :]
    row = listed[listed.index("Zulu works (red)") :][:300]
    assert re.search(r"\d,\d \(−\d,\d\)", row), row
    assert not re.search(r"\d\.\d", listed)


def test_a_pack_with_nothing_needing_attention_says_so(renamed: Path, tmp_path: Path) -> None:
    calm = [id_of(renamed, name) for name in ("Charlie tubing", "Alpha sensors")]
    execute(  # one of them never checked: it has no mark, and the summary still stands
        renamed,
        [("DELETE FROM evaluation WHERE alliance_id = :id", {"id": calm[0]})],
    )
    target = tmp_path / "calm.pdf"
    pages = build(renamed, target, calm, board_pack=True)
    shown = texts(target)
    assert pages == len(shown)
    assert "No alliance is red, amber or falling." in shown[1]
    overview = overview_page(shown)
    # Not assessed before the rest, whatever the alphabet says.
    assert overview.index("Charlie tubing") < overview.index("Alpha sensors")


def test_the_overview_says_where_a_shortened_reason_is_in_full(
    renamed: Path, tmp_path: Path
) -> None:
    target = tmp_path / "pack.pdf"
    build(renamed, target, None)
    assert "is shortened" not in overview_page(texts(target))
    execute(
        renamed,
        [("UPDATE alliance SET status_reason = :long", {"long": "A long reason. " * 40})],
    )
    build(renamed, target, None)
    overview = overview_page(texts(target))
    assert "…" in overview
    assert "Text ending in … is shortened; the full text is in the workbook." in overview
