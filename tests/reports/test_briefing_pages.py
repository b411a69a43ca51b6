"""The board pack as a board navigates it, read back with pypdf: bookmarks and their pages,
page labels, "Page N of M" and the confidentiality line on every page, the contents on the
cover, the overview as the index of the alliances, and the plan of the pages checked."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable

from alliance_desk.reports import briefing as report
from alliance_desk.reports.briefing_charts import register_fonts
from alliance_desk.reports.briefing_layout import Anchor, PaginationError, Plan, measure
from alliance_desk.reports.briefing_pack import by_attention
from alliance_desk.store.portfolio import portfolio
from alliance_desk.store.workbook import open_workbook

TODAY = dt.date(2026, 11, 15)  # the small demo's own "today"


def build(path: Path, target: Path, ids: list[int] | None, **options: Any) -> int:
    options.setdefault("today", TODAY)
    with open_workbook(path) as workbook:
        return report.build_briefing(workbook.db, target, ids, **options)


def flat(text: str) -> str:
    return " ".join(text.split())


def texts(target: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(target).pages]


def body(text: str) -> str:
    """A page's text without its footer (which ends in the date of the briefing)."""
    return text.split("· 15 Nov 2026 ", 1)[1]  # TODAY


def outline(target: Path) -> list[tuple[int, str, int]]:
    """(level, title, page counted from 1) of every bookmark, in order."""
    reader = PdfReader(target)
    found: list[tuple[int, str, int]] = []

    def walk(items: Sequence[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def names(path: Path) -> dict[int, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT id, name FROM alliance"))
    finally:
        connection.close()


def execute(path: Path, statements: Sequence[tuple[str, dict[str, Any]]]) -> None:
    connection = sqlite3.connect(path)
    try:
        for sql, params in statements:
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def test_bookmarks_lead_to_their_pages(small_demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    pages = build(small_demo_path, target, None)
    shown = texts(target)
    marks = outline(target)
    top = [(title, page) for level, title, page in marks if level == 0]
    assert [title for title, _ in top] == [
        "Executive summary",
        "What changed since 16 Aug 2026",  # the demo's remembered board pack
        "Portfolio overview",
        "The alliances, one page each",
        "Appendix: pending decisions",
    ]
    alliances = [(title, page) for level, title, page in marks if level == 1]
    assert sorted(title for title, _ in alliances) == sorted(names(small_demo_path).values())
    for title, page in top:
        if title != "The alliances, one page each":  # a bookmark only, on the first of them
            assert title in shown[page - 1]
    assert top[3][1] == alliances[0][1]
    for title, page in alliances:  # each one-pager opens with its name
        assert body(shown[page - 1]).startswith(title)
    first = top[3][1]  # after the cover, the summary, what changed and the overview
    assert [page for _, page in alliances] == list(range(first, first + len(alliances)))
    assert top[-1][1] == first + len(alliances) <= pages


@pytest.mark.parametrize(
    ("language", "page", "word"),
    [("en", "Page {n} of {m}", "Confidential"), ("nl", "Pagina {n} van {m}", "Vertrouwelijk")],
    ids=["en", "nl"],
)
def test_every_page_says_page_n_of_m_and_is_labelled(
    small_demo_path: Path, tmp_path: Path, language: str, page: str, word: str
) -> None:
    target = tmp_path / "pack.pdf"
    pages = build(small_demo_path, target, None, language=language)
    shown = texts(target)
    assert len(shown) == pages
    for number, text in enumerate(shown, start=1):
        assert page.format(n=number, m=pages) in text
        assert word in text
    assert PdfReader(target).page_labels == [str(number) for number in range(1, pages + 1)]


def test_the_confidentiality_line_is_the_users(small_demo_path: Path, tmp_path: Path) -> None:
    alliance_id = min(names(small_demo_path))
    target = tmp_path / "one.pdf"
    build(small_demo_path, target, [alliance_id], confidentiality="Board only – do not forward")
    (text,) = texts(target)
    assert "Board only – do not forward" in text and "Confidential" not in text
    assert "Page 1 of 1" in text
    build(small_demo_path, target, [alliance_id], confidentiality="")
    (text,) = texts(target)
    assert "Confidential" not in text and "Board only" not in text
    assert "Page 1 of 1" in text
    build(small_demo_path, target, [alliance_id], confidentiality="<b>R&D</b> 🚀")
    assert "<b>R&D</b> □" in texts(target)[0]  # as typed, the emoji replaced visibly


def test_one_pagers_alone_have_bookmarks_but_no_pack_sections(
    small_demo_path: Path, tmp_path: Path
) -> None:
    ids = sorted(names(small_demo_path))[:3]
    target = tmp_path / "three.pdf"
    assert build(small_demo_path, target, ids) == 3
    marks = outline(target)
    assert marks[0] == (0, "The alliances, one page each", 1)
    assert [(level, page) for level, _, page in marks[1:]] == [(1, 1), (1, 2), (1, 3)]
    assert [title for _, title, _ in marks[1:]] == [names(small_demo_path)[i] for i in ids]


def contents_of(cover: str) -> dict[str, str]:
    """The contents on the cover: title -> the page (or range) printed beside it."""
    listed = cover[cover.index("CONTENTS") + len("CONTENTS") :]
    found = re.findall(r"(\D+?) (\d+(?:–\d+)?)(?= |$)", listed)
    return {title.strip(): page for title, page in found}


def test_the_contents_and_the_overview_print_the_real_pages(
    small_demo_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "pack.pdf"
    build(small_demo_path, target, None)
    shown = texts(target)
    marks = {title: page for _, title, page in outline(target)}
    cover = body(shown[0])
    listed = contents_of(cover)
    assert listed["Executive summary"] == str(marks["Executive summary"])
    assert listed["Portfolio overview"] == str(marks["Portfolio overview"])
    assert listed["Appendix: pending decisions"] == str(marks["Appendix: pending decisions"])
    first, last = marks["The alliances, one page each"], marks["Appendix: pending decisions"] - 1
    assert listed["The alliances, one page each"] == f"{first}–{last}"
    overview = shown[marks["Portfolio overview"] - 1]
    for name in names(small_demo_path).values():
        row = overview[overview.index(name) :]
        # The row ends in the number of decisions asked and the page of the one-pager.
        match = re.search(r"(?:—|↑ improving|↓ declining|→ steady) (\d+) (\d+)", row)
        assert match is not None, row
        assert int(match.group(2)) == marks[name]


def many_decisions(path: Path, alliance_id: int, count: int, overdue: int) -> list[str]:
    """Replace the alliance's pending decisions by ``count`` new ones, the first
    ``overdue`` past their deadline; their titles, earliest deadline first."""
    statements: list[tuple[str, dict[str, Any]]] = [
        ("DELETE FROM decision WHERE alliance_id = :id", {"id": alliance_id})
    ]
    titles = []
    for number in range(count):
        late = number < overdue
        deadline = (
            TODAY - dt.timedelta(days=40 - number)
            if late
            else TODAY + dt.timedelta(days=10 + number)
        )
        title = f"Decision {alliance_id}-{number} {'late' if late else 'coming'}"
        titles.append(title)
        statements.append(
            (
                "INSERT INTO decision (alliance_id, title, status, recommendation, deadline)"
                " VALUES (:id, :title, 'pending', 'Agree.', :deadline)",
                {"id": alliance_id, "title": title, "deadline": deadline.isoformat()},
            )
        )
    execute(path, statements)
    return titles


def test_a_large_appendix_keeps_every_pointer_true(small_demo_path: Path, tmp_path: Path) -> None:
    """Many decisions over several alliances: the appendix runs over pages, and every
    "see page P" on a one-pager leads to the page holding the decisions it did not show."""
    ids = sorted(names(small_demo_path))
    titles = {
        alliance_id: many_decisions(small_demo_path, alliance_id, 14, 2) for alliance_id in ids
    }
    target = tmp_path / "pack.pdf"
    pages = build(small_demo_path, target, None)
    shown = texts(target)
    marks = {title: page for _, title, page in outline(target)}
    appendix = marks["Appendix: pending decisions"]
    assert pages - appendix >= 1  # the appendix has more than one page
    for alliance_id in ids:
        one_pager = shown[marks[names(small_demo_path)[alliance_id]] - 1]
        match = re.search(r"\+ 11 more, see page (\d+)", one_pager)
        assert match is not None
        page = int(match.group(1))
        assert appendix <= page <= pages
        for title in titles[alliance_id][3:]:
            assert title in shown[page - 1]


def test_a_plan_that_does_not_match_is_a_bug() -> None:
    plan = Plan(total=5, sections={"overview": 3}, alliances={7: 4}, decisions={7: 5})
    plan.check(5, {"overview": 3, "alliance-7": 4, "decisions-7": 5, "extra": 1})
    with pytest.raises(PaginationError, match="planned with 5 pages and got 6"):
        plan.check(6, {"overview": 3, "alliance-7": 4, "decisions-7": 5})
    with pytest.raises(PaginationError, match="decisions-7"):
        plan.check(5, {"overview": 3, "alliance-7": 4, "decisions-7": 4})
    with pytest.raises(PaginationError, match="alliance-7"):
        plan.check(5, {"overview": 3, "decisions-7": 5})


class _Block(Flowable):
    """A flowable of a fixed height that counts how often it is drawn."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height, self.drawn = height, 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def draw(self) -> None:
        self.drawn += 1


def test_measuring_places_without_drawing() -> None:
    """Measuring (laying the front matter and appendix out alone to learn their pages)
    places every flowable, drawings too, yet draws none of them."""
    register_fonts()
    blocks = [_Block(300) for _ in range(5)]
    chart = Drawing(100, 100)  # refuses unknown attributes: the shadowing must cope
    story: list[Flowable] = [Anchor("start", "Start"), *blocks, chart, Anchor("end")]
    pages, anchors = measure(story, A4)
    assert pages == 3 and anchors == {"start": 1, "end": 3}
    assert [block.drawn for block in blocks] == [0] * 5
    assert "drawOn" not in vars(chart) and "drawOn" not in vars(blocks[0])


def test_what_changed_and_early_warnings_have_their_places(
    small_demo_path: Path, tmp_path: Path
) -> None:
    """The sections that print signals and changes (wired in by their parts) get a bookmark,
    a line in the contents and the page of each alliance; without them, nothing is claimed."""
    target = tmp_path / "pack.pdf"
    with open_workbook(small_demo_path) as workbook:
        lines = by_attention(portfolio(workbook.db, TODAY))
        first, second = lines[0], lines[1]
        pages = report.write_briefing(
            workbook.db,
            target,
            lines,
            language="en",
            paper="a4",
            today=TODAY,
            progress=None,
            board_pack=True,
            since=dt.date(2026, 9, 1),
            confidentiality=None,
            changes={first.alliance_id: ["Status moved from amber to red."]},
            warnings={second.alliance_id: ["Overall health fell from 3.6 to 2.9."]},
        )
    shown = texts(target)
    assert pages == len(shown)
    marks = {title: page for _, title, page in outline(target)}
    changed = marks["What changed since 1 Sep 2026"]
    assert changed == marks["Executive summary"] + 1 < marks["Portfolio overview"]
    assert f"What changed since 1 Sep 2026 {changed}" in shown[0]
    assert "Status moved from amber to red." in shown[changed - 1]
    assert f"{first.name} Status moved from amber to red. {marks[first.name]}" in shown[changed - 1]
    one_pager = shown[marks[first.name] - 1]
    assert "WHAT CHANGED SINCE 1 SEP 2026 • Status moved from amber to red." in one_pager
    assert "WHAT CHANGED SINCE 1 SEP 2026 —" in shown[marks[second.name] - 1]  # nothing
    summary = shown[marks["Executive summary"] - 1]
    assert "EARLY WARNINGS" in summary
    assert f"Overall health fell from 3.6 to 2.9. {marks[second.name]}" in summary
    # Made from the workbook, the sections read the signals and the trail themselves.
    build(small_demo_path, target, None)
    shown = texts(target)
    assert any("What changed since" in text for text in shown[2:4])
    assert "EARLY WARNINGS" in shown[1]
