"""The senior-management briefing, read back with pypdf: one page per alliance, the board pack's
pages, text as typed (markup characters, diacritics), embedded fonts, both languages and paper
sizes, metadata, visible placeholders for characters the font lacks, all or nothing, and the
``briefing`` command."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from alliance_desk.__main__ import main
from alliance_desk.domain.notation import date_medium
from alliance_desk.reports import briefing as report
from alliance_desk.reports.briefing_charts import PLACEHOLDER
from alliance_desk.store.workbook import open_workbook

TODAY = dt.date(2026, 11, 15)  # the small demo's own "today"
OWN = "Lindeboom Medical B.V."
TRICKY_NAME = 'R&D <b>Zoë</b> & Ærø "naïve" café'
HUGE = ("<i>&amp; unclosed <b> tag & </para> 🚀 " * 400).strip()


def overview_index(shown: list[str]) -> int:
    """Where the portfolio overview starts: after the cover, the summary and what changed."""
    return shown.index(overview_page(shown))


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


def alliances(path: Path) -> list[tuple[int, str]]:
    connection = sqlite3.connect(path)
    try:
        return list(
            connection.execute("SELECT id, name FROM alliance ORDER BY name COLLATE NOCASE")
        )
    finally:
        connection.close()


def change(path: Path, statements: Sequence[tuple[str, dict[str, Any]]]) -> None:
    connection = sqlite3.connect(path)
    try:
        for sql, params in statements:
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def texts(target: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(target).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_one_page_per_alliance(small_demo_path: Path, tmp_path: Path) -> None:
    found = alliances(small_demo_path)
    assert len(found) == 6
    for alliance_id, name in found:
        target = tmp_path / f"{alliance_id}.pdf"
        assert build(small_demo_path, target, [alliance_id]) == 1
        pages = texts(target)
        assert len(pages) == 1
        assert name in flat(pages[0])
    target = tmp_path / "all.pdf"
    ids = [alliance_id for alliance_id, _ in found]
    assert build(small_demo_path, target, ids) == len(ids)
    for (_, name), text in zip(found, texts(target), strict=True):
        assert name in flat(text)


def row_of(overview: str, name: str, names: list[str]) -> str:
    """The overview's row of ``name``: its text up to the next alliance's name."""
    start = overview.index(name)
    ends = [overview.index(other) for other in names if overview.index(other) > start]
    return overview[start : min(ends, default=len(overview))]


def test_board_pack(small_demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    pages = build(small_demo_path, target, None)
    found = alliances(small_demo_path)
    shown = [flat(text) for text in texts(target)]
    assert pages == len(shown) >= 3 + len(found) + 1
    assert OWN in shown[0] and "Board pack" in shown[0] and "15 Nov 2026" in shown[0]
    assert "Executive summary" in shown[1]
    # The demo remembers a board pack 13 weeks before its today: the summary's pages tell
    # what changed since then.
    overview = overview_index(shown)
    assert any("What changed since" in text for text in shown[1:overview])
    for _, name in found:
        assert name in shown[overview]
    # A joint workshop last leaves the trend of the latest side checked twice; one check by
    # each side, none.
    rows = {name: row_of(shown[overview], name, [name for _, name in found]) for _, name in found}
    assert "↑ improving" in rows["Brenner optical sensor co-development"]
    assert "↓ declining" in rows["Sarathi joint venture, Pune"]
    assert "—" in rows["Vandaele PVC-free tubing supply"]
    in_pack_order = sorted((name for _, name in found), key=overview_page(shown).index)
    first = overview + 1
    for name, text in zip(in_pack_order, shown[first : first + len(found)], strict=True):
        assert name in text
    assert "Appendix: pending decisions" in shown[first + len(found)]
    appendix = " ".join(shown[first + len(found) :])
    assert "Mandate for renewing the Cascade agreement" in appendix


def test_sponsor_support_says_how_it_moved(small_demo_path: Path, tmp_path: Path) -> None:
    """A changed attitude shows its arrow and what it was; an unchanged one says since when."""
    with open_workbook(small_demo_path) as workbook:
        rows = workbook.db.query(
            "SELECT stakeholder.alliance_id, stakeholder.id, assessment.attitude"
            " FROM stakeholder JOIN stakeholder_assessment AS assessment"
            " ON assessment.stakeholder_id = stakeholder.id WHERE stakeholder.is_sponsor = 1"
            " ORDER BY stakeholder.id, assessment.assessed_on, assessment.id"
        )
    history: dict[tuple[int, int], list[str]] = {}
    for alliance_id, sponsor_id, attitude in rows:
        history.setdefault((alliance_id, sponsor_id), []).append(attitude)
    moves: dict[int, set[bool]] = {}
    for (alliance_id, _), seen in history.items():
        if len(seen) >= 2:
            moves.setdefault(alliance_id, set()).add(seen[-1] != seen[-2])
    steady = next(a for a, moved in moves.items() if moved == {False})
    changed = next(a for a, moved in moves.items() if moved == {True})
    build(small_demo_path, tmp_path / "steady.pdf", [steady])
    text = flat(texts(tmp_path / "steady.pdf")[0])
    assert text.count("unchanged since") == len(
        [key for key in history if key[0] == steady and len(history[key]) >= 2]
    )
    build(small_demo_path, tmp_path / "changed.pdf", [changed])
    text = flat(texts(tmp_path / "changed.pdf")[0])
    assert "unchanged since" not in text
    assert "was " in text and ("↑" in text or "↓" in text)


def pending_titles(path: Path) -> dict[str, list[str]]:
    """The titles of each alliance's pending decisions, by alliance name."""
    connection = sqlite3.connect(path)
    try:
        found: dict[str, list[str]] = {}
        for name, title in connection.execute(
            "SELECT alliance.name, decision.title FROM decision"
            " JOIN alliance ON alliance.id = decision.alliance_id"
            " WHERE decision.status = 'pending'"
        ):
            found.setdefault(name, []).append(title)
        return found
    finally:
        connection.close()


def deadlines_of(path: Path, name: str) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [
            row[0]
            for row in connection.execute(
                "SELECT deadline FROM decision JOIN alliance ON alliance.id = decision.alliance_id"
                " WHERE decision.status = 'pending' AND alliance.name = :name",
                {"name": name},
            )
        ]
    finally:
        connection.close()


def test_board_pack_of_chosen_alliances(small_demo_path: Path, tmp_path: Path) -> None:
    by_name = {name: alliance_id for alliance_id, name in alliances(small_demo_path)}
    chosen = ["Sarathi joint venture, Pune", "Cascade North America distribution"]  # not by name
    others = [name for name in by_name if name not in chosen]
    decisions = pending_titles(small_demo_path)
    target = tmp_path / "chosen.pdf"
    heard: list[tuple[int, int]] = []
    pages = build(
        small_demo_path,
        target,
        [by_name[name] for name in chosen],
        board_pack=True,
        progress=lambda done, total: heard.append((done, total)),
    )
    shown = [flat(text) for text in texts(target)]
    assert pages == len(shown) >= 1 + 1 + 1 + len(chosen) + 1
    assert heard == [(0, 2), (1, 2), (2, 2)]
    start = overview_index(shown)
    cover, overview = shown[0], shown[start]
    one_pagers = shown[start + 1 : start + 1 + len(chosen)]
    appendix = " ".join(shown[start + 1 + len(chosen) :])
    assert "Board pack" in cover and OWN in cover
    asked = sum(len(decisions.get(name, [])) for name in chosen)
    summary = f"2 alliances · 1 at risk · 1 needs attention · 0 on track · {asked} decisions asked"
    assert summary in cover
    assert "Portfolio overview" in overview
    assert overview.index(chosen[0]) < overview.index(chosen[1])
    for name, text in zip(chosen, one_pagers, strict=True):
        assert name in text
    assert "Appendix: pending decisions" in shown[start + 1 + len(chosen)]
    for name in chosen:
        assert name in appendix
        for title in decisions[name]:
            assert title in appendix
    for name in others:
        assert name not in cover + overview + appendix
        for title in decisions.get(name, []):
            assert title not in appendix
    metadata = PdfReader(target).metadata
    assert metadata is not None and metadata.title == "Board pack: alliance portfolio"


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        (
            "en",
            "1 alliance · 0 at risk · 1 needs attention · 0 on track · 1 decision asked",
            "6 alliances · 1 at risk · 2 need attention · 2 on track · 1 not assessed"
            " · 9 decisions asked",
        ),
        (
            "nl",
            "1 alliantie · 0 in gevaar · 1 vraagt aandacht · 0 op koers · 1 gevraagd besluit",
            "6 allianties · 1 in gevaar · 2 vragen aandacht · 2 op koers · 1 niet beoordeeld"
            " · 9 gevraagde besluiten",
        ),
    ],
    ids=["en", "nl"],
)
def test_cover_counts_in_singular_and_plural(
    small_demo_path: Path, tmp_path: Path, language: str, one: str, many: str
) -> None:
    by_name = {name: alliance_id for alliance_id, name in alliances(small_demo_path)}
    target = tmp_path / "one.pdf"
    cascade = by_name["Cascade North America distribution"]  # amber, one decision asked
    build(small_demo_path, target, [cascade], board_pack=True, language=language)
    assert one in flat(texts(target)[0])
    build(small_demo_path, target, None, language=language)
    assert many in flat(texts(target)[0])


def test_repeated_alliances_are_briefed_on_once(
    small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_name = {name: alliance_id for alliance_id, name in alliances(small_demo_path)}
    chosen = ["Sarathi joint venture, Pune", "Cascade North America distribution"]
    decisions = pending_titles(small_demo_path)
    target = tmp_path / "repeated.pdf"
    heard: list[tuple[int, int]] = []
    ids = [by_name[name] for name in (chosen[0], chosen[1], chosen[0], chosen[1], chosen[0])]
    pages = build(
        small_demo_path,
        target,
        ids,
        board_pack=True,
        progress=lambda done, total: heard.append((done, total)),
    )
    assert heard == [(0, 2), (1, 2), (2, 2)]
    shown = [flat(text) for text in texts(target)]
    start = overview_index(shown)  # after the cover, the summary and what changed
    assert pages == len(shown) == start + 1 + len(chosen) + 1
    cover, overview, *one_pagers, appendix = [shown[0], *shown[start:]]
    asked = sum(len(decisions[name]) for name in chosen)
    assert f"2 alliances · 1 at risk · 1 needs attention · 0 on track · {asked} decisions" in cover
    for name in chosen:
        assert overview.count(name) == 1 and appendix.count(name) == 1  # a group each
        assert all(appendix.count(title) == 1 for title in decisions[name])
    assert overview.index(chosen[0]) < overview.index(chosen[1])  # first positions kept
    assert [[name in text for name in chosen] for text in one_pagers] == [
        [True, False],
        [False, True],
    ]

    one = tmp_path / "one.pdf"
    status, out, err = run(
        ["briefing", str(small_demo_path), "-o", str(one)]
        + ["--alliance", chosen[1], "--alliance", chosen[1], "--date", TODAY.isoformat()],
        capsys,
    )
    assert (status, err) == (0, "") and "Wrote the briefing" in out
    assert len(texts(one)) == 1


def test_a_chosen_board_pack_goes_by_attention_and_its_appendix_by_alliance(
    small_demo_path: Path, tmp_path: Path
) -> None:
    """The overview, the one-pagers and the appendix's groups follow one order: red, amber,
    then the rest; within a group of the appendix, the earliest deadline first."""
    by_name = {name: alliance_id for alliance_id, name in alliances(small_demo_path)}
    chosen = [
        "Vandaele PVC-free tubing supply",  # green, checked by each side once: no trend
        "Kaminari dose-safety software licence",  # amber
        "Sarathi joint venture, Pune",  # red
    ]
    expected = list(reversed(chosen))
    target = tmp_path / "chosen.pdf"
    build(small_demo_path, target, [by_name[name] for name in chosen], board_pack=True)
    shown = [flat(text) for text in texts(target)]
    start = overview_index(shown)
    overview, one_pagers, appendix = shown[start], shown[start + 1 : start + 4], shown[start + 4]
    assert sorted(chosen, key=overview.index) == expected
    assert [name for text in one_pagers for name in chosen if name in text] == expected
    table = appendix[appendix.index("Appendix: pending decisions") :]
    assert sorted(expected, key=table.index) == expected
    for name, following in zip(expected, [*expected[1:], None], strict=True):
        group = table[table.index(name) : table.index(following) if following else None]
        deadlines = re.findall(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b", group)
        assert deadlines == [
            date_medium(dt.date.fromisoformat(day), "en")
            for day in sorted(deadlines_of(small_demo_path, name))
        ]


def test_one_pagers_of_chosen_alliances_keep_the_given_order(
    small_demo_path: Path, tmp_path: Path
) -> None:
    by_name = {name: alliance_id for alliance_id, name in alliances(small_demo_path)}
    chosen = ["Vandaele PVC-free tubing supply", "Sarathi joint venture, Pune"]
    target = tmp_path / "chosen.pdf"
    assert build(small_demo_path, target, [by_name[name] for name in chosen]) == 2
    assert [name for text in texts(target) for name in chosen if name in flat(text)] == chosen


def test_one_pagers_of_every_alliance(small_demo_path: Path, tmp_path: Path) -> None:
    found = alliances(small_demo_path)
    target = tmp_path / "every.pdf"
    assert build(small_demo_path, target, None, board_pack=False) == len(found)
    shown = [flat(text) for text in texts(target)]
    assert len(shown) == len(found)
    for (_, name), text in zip(found, shown, strict=True):
        assert name in text
    assert not any("Portfolio overview" in text or "Appendix" in text for text in shown)
    metadata = PdfReader(target).metadata
    assert metadata is not None and metadata.title == "Alliance briefing"


def test_user_text_prints_as_typed_and_stays_one_page(
    small_demo_path: Path, tmp_path: Path
) -> None:
    alliance_id = alliances(small_demo_path)[0][0]
    statements: list[tuple[str, dict[str, Any]]] = [
        (
            "UPDATE alliance SET name = :name, status_reason = :huge WHERE id = :id",
            {"name": TRICKY_NAME, "huge": HUGE[:300], "id": alliance_id},
        ),
        (
            "UPDATE organisation SET name = :name"
            " WHERE id = (SELECT partner_id FROM alliance WHERE id = :id)",
            {"name": "Ünïcode <Partner> & Søn", "id": alliance_id},
        ),
        (
            "UPDATE goal SET description = :huge WHERE alliance_id = :id",
            {"huge": HUGE[:500], "id": alliance_id},
        ),
        (
            "UPDATE decision SET title = :line, recommendation = :huge,"
            " status = 'pending', decided_on = NULL"
            " WHERE alliance_id = :id",
            {"line": HUGE[:300], "huge": HUGE, "id": alliance_id},
        ),
        (
            "UPDATE risk SET title = :huge, owner = :owner WHERE alliance_id = :id",
            {"huge": HUGE[:300], "owner": HUGE[:200], "id": alliance_id},
        ),
    ]
    for _ in range(12):
        statements.append(
            (
                "INSERT INTO goal (alliance_id, kind, description, progress)"
                " VALUES (:id, 'shared', :huge, 10)",
                {"id": alliance_id, "huge": HUGE[:500]},
            )
        )
        statements.append(
            (
                "INSERT INTO action (alliance_id, title, owner, due_date, status)"
                " VALUES (:id, :huge, :owner, :due, 'open')",
                {"id": alliance_id, "huge": HUGE[:300], "owner": HUGE[:200], "due": "2026-12-01"},
            )
        )
    change(small_demo_path, statements)
    target = tmp_path / "tricky.pdf"
    assert build(small_demo_path, target, [alliance_id]) == 1
    (text,) = texts(target)
    shown = flat(text)
    assert TRICKY_NAME in shown
    assert "Ünïcode <Partner> & Søn" in shown
    assert "<i>&amp; unclosed <b> tag & </para>" in shown
    assert "\u2026" in shown  # shortened, visibly
    assert "🚀" not in shown and PLACEHOLDER in shown  # replaced, visibly, and said so
    assert f"printed as {PLACEHOLDER}" in shown
    pack = tmp_path / "pack.pdf"
    pages = build(small_demo_path, pack, None)
    assert TRICKY_NAME in flat(overview_page(texts(pack)))
    assert pages == len(texts(pack))


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "Learning (articulate, codify, share, internalise)"),
        ("nl", "Leren (expliciteren, vastleggen, delen, verinnerlijken)"),
    ],
    ids=["en", "nl"],
)
def test_dimension_names_wrap_rather_than_being_cut(
    small_demo_path: Path, tmp_path: Path, language: str, name: str
) -> None:
    alliance_id = alliances(small_demo_path)[0][0]
    target = tmp_path / "one.pdf"
    assert build(small_demo_path, target, [alliance_id], language=language) == 1
    assert name in flat(texts(target)[0])
    # A name far too long for its cell is still shortened, and the page stays one page.
    column = f"name_{language}"
    change(
        small_demo_path,
        [
            (
                f"UPDATE framework_dimension SET {column} = :long || {column}"
                " WHERE framework_id IN (SELECT id FROM framework WHERE kind = 'maturity')",
                {"long": "Very long words " * 8},  # names hold 200 characters
            )
        ],
    )
    assert build(small_demo_path, target, [alliance_id], language=language) == 1
    shown = flat(texts(target)[0])
    assert "Very long words Very long words" in shown and name not in shown
    assert "Very long words " * 6 not in shown


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        (
            "en",
            f"1 character the font cannot show is printed as {PLACEHOLDER}.",
            f"2 characters the font cannot show are printed as {PLACEHOLDER}.",
        ),
        (
            "nl",
            f"1 teken dat het lettertype niet kent, staat er als {PLACEHOLDER}.",
            f"2 tekens die het lettertype niet kent, staan er als {PLACEHOLDER}.",
        ),
    ],
    ids=["en", "nl"],
)
def test_replaced_characters_counted_in_singular_and_plural(
    small_demo_path: Path, tmp_path: Path, language: str, one: str, many: str
) -> None:
    alliance_id = alliances(small_demo_path)[0][0]
    target = tmp_path / "one.pdf"
    for reason, said in (("Launch 🚀", one), ("Launch 🚀🚀", many)):
        change(
            small_demo_path,
            [
                (
                    "UPDATE alliance SET status_reason = :reason WHERE id = :id",
                    {"reason": reason, "id": alliance_id},
                )
            ],
        )
        build(small_demo_path, target, [alliance_id], language=language)
        assert said in flat(texts(target)[0])


def test_a_character_the_font_lacks_is_replaced_and_counted() -> None:
    safe = report.charts.SafeText()
    assert safe("Zoë 中 🚀 ok") == f"Zoë {PLACEHOLDER} {PLACEHOLDER} ok"
    assert safe.replaced == 2
    assert safe("Ελλάδα Россия עברית") == "Ελλάδα Россия עברית"
    assert safe.replaced == 2
    assert safe("tab\tline\ncontrol\x01") == "tab line control "  # spaces, not counted
    assert safe.replaced == 2


def test_fonts_are_embedded(small_demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    build(small_demo_path, target, None)
    for page in PdfReader(target).pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for reference in fonts.values():
            font = reference.get_object()
            descriptor = (
                font.get("/FontDescriptor")
                or (font["/DescendantFonts"][0].get_object()["/FontDescriptor"])
            )
            assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")


def test_dutch(small_demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "nl.pdf"
    pages = build(small_demo_path, target, None, language="nl")
    shown = [flat(text) for text in texts(target)]
    assert pages == len(shown)
    assert "Bestuursmap" in shown[0]
    assert "Managementsamenvatting" in shown[1]
    first = overview_index(shown) + 1  # the first one-pager
    assert "DOELEN EN VOORTGANG" in shown[first]
    assert "KOMENDE 90 DAGEN" in shown[first]
    assert "Bijlage: openstaande besluiten" in shown[-1] or any("Bijlage" in text for text in shown)


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.3, 841.9)), ("letter", (612, 792))])
def test_paper(
    small_demo_path: Path, tmp_path: Path, paper: str, size: tuple[float, float]
) -> None:
    target = tmp_path / f"{paper}.pdf"
    ids = [alliance_id for alliance_id, _ in alliances(small_demo_path)]
    assert build(small_demo_path, target, ids, paper=paper) == len(ids)
    for page in PdfReader(target).pages:
        assert float(page.mediabox.width) == pytest.approx(size[0], abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(size[1], abs=0.1)


def test_metadata(small_demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "one.pdf"
    alliance_id, name = alliances(small_demo_path)[0]
    build(small_demo_path, target, [alliance_id])
    metadata = PdfReader(target).metadata
    assert metadata is not None
    assert metadata.title == f"Alliance briefing: {name}"
    assert metadata.author == OWN
    assert metadata.subject == "Alliance briefing"
    assert metadata.creation_date is not None


def test_nothing_left_on_cancel_or_failure(small_demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "pack.pdf"
    heard: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        heard.append((done, total))
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(small_demo_path, target, None, progress=cancel)
    assert heard == [(0, 6), (1, 6), (2, 6)]
    assert list(folder.iterdir()) == []
    with pytest.raises(report.BriefingError, match="no alliance with id 999"):
        build(small_demo_path, target, [999])
    with pytest.raises(report.BriefingError, match="no alliance was chosen; nothing was written"):
        build(small_demo_path, target, [])
    with pytest.raises(report.BriefingError, match="nothing was written"):
        build(small_demo_path, folder / "missing" / "pack.pdf", None)
    assert list(folder.iterdir()) == []
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt):
        build(small_demo_path, target, None, progress=cancel)
    assert target.read_bytes() == b"old" and [item.name for item in folder.iterdir()] == [
        "pack.pdf"
    ]


def test_an_empty_workbook_has_nothing_to_brief_on(workbook_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    with pytest.raises(report.BriefingError, match="the workbook has no alliances to brief on"):
        build(workbook_path, target, None)
    with pytest.raises(report.BriefingError, match="no alliance was chosen"):
        build(workbook_path, target, [])
    assert not target.exists()


def run(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_command(small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "pack.pdf"
    status, out, err = run(
        ["briefing", str(small_demo_path), "-o", str(target), "--date", "2026-11-15"], capsys
    )
    assert (status, err) == (0, "")
    assert "board pack" in out and str(target) in out
    assert "Portfolio overview" in overview_page(texts(target))
    status, out, err = run(
        ["briefing", str(small_demo_path), "-o", str(target), "--date", "2026-11-15"]
        + ["--confidentiality", "Board only", "--since", "2026-09-01"],
        capsys,
    )
    assert (status, err) == (0, "")
    assert all("Board only" in text and "Confidential" not in text for text in texts(target))
    assert any("What changed since 1 Sep 2026" in text for text in texts(target)[1:4])
    later = tmp_path / "later.pdf"
    status, out, err = run(
        ["briefing", str(small_demo_path), "-o", str(later), "--date", "2026-11-15"]
        + ["--since", "2026-12-01"],
        capsys,
    )
    assert status == 1 and out == "" and not later.exists()
    assert err.count("\n") == 1 and "2026-12-01 is after the briefing's date 2026-11-15" in err

    one = tmp_path / "one.pdf"
    name = alliances(small_demo_path)[1][1]
    status, out, err = run(
        [
            "briefing",
            str(small_demo_path),
            "-o",
            str(one),
            "--alliance",
            name,
            "--lang",
            "nl",
            "--paper",
            "letter",
        ],
        capsys,
    )
    assert (status, err) == (0, "")
    assert out == f"Wrote the briefing (1 page) to {one}.\n"
    reader = PdfReader(one)
    assert len(reader.pages) == 1 and float(reader.pages[0].mediabox.height) == 792
    assert "DOELEN EN VOORTGANG" in flat(reader.pages[0].extract_text())

    missing = tmp_path / "missing.pdf"
    status, out, err = run(
        ["briefing", str(small_demo_path), "-o", str(missing), "--alliance", "Nobody"], capsys
    )
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "no alliance named 'Nobody'" in err
    assert not missing.exists()

    status, out, err = run(
        ["briefing", str(tmp_path / "nothing.alliance"), "-o", str(missing)], capsys
    )
    assert status == 1 and err.count("\n") == 1 and not missing.exists()

    status, out, err = run(
        ["briefing", str(small_demo_path), "-o", str(missing), "--paper", "a3"], capsys
    )
    assert status == 2 and not missing.exists()


def test_command_board_pack_of_a_selection(
    small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [name for _, name in alliances(small_demo_path)]
    chosen = [names[3], names[0]]
    selection = [argument for name in chosen for argument in ("--alliance", name)]
    target = tmp_path / "pack.pdf"
    status, out, err = run(
        ["briefing", str(small_demo_path), "-o", str(target), *selection, "--board-pack"], capsys
    )
    assert (status, err) == (0, "")
    shown = [flat(text) for text in texts(target)]
    assert f"Wrote the board pack ({len(shown)} pages) to {target}." in out
    assert "Board pack" in shown[0] and "2 alliances" in shown[0]
    overview = overview_page(shown)
    assert "Portfolio overview" in overview
    assert overview.index(chosen[0]) < overview.index(chosen[1])  # red before green
    assert not any(name in overview for name in names if name not in chosen)
    start = overview_index(shown)
    for name, text in zip(chosen, shown[start + 1 : start + 3], strict=True):
        assert name in text
    assert "Appendix: pending decisions" in shown[start + 3]

    every = tmp_path / "every.pdf"
    status, out, err = run(
        ["briefing", str(small_demo_path), "-o", str(every), "--board-pack"], capsys
    )
    assert (status, err) == (0, "")
    assert "board pack" in out and "6 alliances" in texts(every)[0]
