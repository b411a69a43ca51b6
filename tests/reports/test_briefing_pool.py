"""The one-pagers drawn by worker processes and joined: the same pack as one drawn in one
piece (text of every page, order, bookmarks, labels, information), nothing left and a clear
message when a worker or the write fails, and reportlab's objects made once per edition.

The small demo has six alliances; the chunk is made two alliances long so that its pack
is joined from five parts, and two workers are asked for."""

from __future__ import annotations

import collections
import datetime as dt
import shutil
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaParser

from alliance_desk.reports import briefing as report
from alliance_desk.reports import briefing_edition, briefing_pool
from alliance_desk.store.workbook import open_workbook

TODAY = dt.date(2026, 11, 15)  # the small demo's own "today"


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(briefing_pool, "CHUNK", 2)


def build(path: Path, target: Path, ids: list[int] | None, **options: Any) -> int:
    options.setdefault("today", TODAY)
    with open_workbook(path) as workbook:
        return report.build_briefing(workbook.db, target, ids, **options)


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    found: list[tuple[int, str, int]] = []

    def walk(items: Sequence[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def read_back(target: Path) -> dict[str, Any]:
    reader = PdfReader(target)
    metadata = reader.metadata
    assert metadata is not None
    return {
        "pages": [page.extract_text() for page in reader.pages],
        "outline": outline(reader),
        "labels": reader.page_labels,
        "information": (metadata.title, metadata.author, metadata.subject, metadata.creator),
        "language": reader.root_object.get("/Lang"),
    }


@pytest.mark.parametrize(
    ("ids", "options"),
    [
        (None, {}),
        (None, {"language": "nl", "paper": "letter", "confidentiality": "Board only"}),
        ("all", {"board_pack": False}),  # one-pagers only, in the given order
    ],
    ids=["board-pack", "dutch-letter", "one-pagers"],
)
def test_pooled_pack_equals_the_pack_drawn_in_one_piece(
    small_demo_path: Path, tmp_path: Path, ids: str | None, options: dict[str, Any]
) -> None:
    chosen = None
    if ids == "all":
        with open_workbook(small_demo_path) as workbook:
            chosen = [row["id"] for row in workbook.db.query("SELECT id FROM alliance")][::-1]
    whole, pooled = tmp_path / "whole.pdf", tmp_path / "pooled.pdf"
    pages = build(small_demo_path, whole, chosen, workers=1, **options)
    assert build(small_demo_path, pooled, chosen, workers=2, **options) == pages
    one, joined = read_back(whole), read_back(pooled)
    assert len(joined["pages"]) == pages
    assert joined == one
    assert len(joined["outline"]) >= len(one["pages"]) - (4 if ids is None else 0)


@pytest.mark.parametrize("alliances", [1, 6, 59, 60, 100, 500, 2500])
def test_chunks_get_smaller_toward_the_end(monkeypatch: pytest.MonkeyPatch, alliances: int) -> None:
    """Every alliance in one part, none longer than CHUNK, no part longer than one before
    it but the last (which takes in a remainder smaller than TAIL_CHUNK), and the last
    parts short: the processes run out of work together."""
    monkeypatch.setattr(briefing_pool, "CHUNK", 25)
    sizes = briefing_pool.chunk_sizes(alliances)
    assert sum(sizes) == alliances
    assert max(sizes) <= 25 and min(sizes[:-1], default=5) >= 5
    assert sizes[:-1] == sorted(sizes[:-1], reverse=True)
    if alliances >= 100:
        assert sizes[0] > sizes[-2] == 5 and sizes[-1] < 10
    assert briefing_pool.chunks_of(alliances) == len(sizes)


def test_a_pack_of_uneven_chunks_equals_the_pack_drawn_in_one_piece(
    small_demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(briefing_pool, "CHUNK", 3)
    monkeypatch.setattr(briefing_pool, "TAIL_CHUNK", 1)
    monkeypatch.setattr(briefing_pool, "SPREAD", 2)
    assert briefing_pool.chunk_sizes(6) == [3, 2, 1]
    whole, pooled = tmp_path / "whole.pdf", tmp_path / "pooled.pdf"
    pages = build(small_demo_path, whole, None, workers=1)
    assert build(small_demo_path, pooled, None, workers=2) == pages
    assert read_back(pooled) == read_back(whole)


def test_the_pack_is_the_same_whatever_the_number_of_workers(
    small_demo_path: Path, tmp_path: Path
) -> None:
    made = []
    for workers in (2, 3):
        target = tmp_path / f"pack-{workers}.pdf"
        build(small_demo_path, target, None, workers=workers)
        made.append(read_back(target))
    assert made[0] == made[1]


def test_progress_and_cancel_with_workers(small_demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    heard: list[tuple[int, int]] = []

    def listen(done: int, total: int) -> None:
        heard.append((done, total))

    build(small_demo_path, folder / "pack.pdf", None, workers=2, progress=listen)
    assert heard[0] == (0, 6) and heard[-1] == (6, 6)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)

    def cancel(done: int, total: int) -> None:
        if done > 0:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(small_demo_path, folder / "cancelled.pdf", None, workers=2, progress=cancel)
    assert [item.name for item in folder.iterdir()] == ["pack.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="an open file cannot be removed on Windows")
def test_a_workbook_gone_while_workers_draw_leaves_nothing(
    small_demo_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "pack.pdf"
    moved = tmp_path / "elsewhere"
    moved.mkdir()

    def remove_workbook(done: int, total: int) -> None:
        # When the pack is planned and the workers are about to start: this process keeps
        # reading through the connection it has, the workers open the workbook by its name.
        if done == 0:
            for path in tmp_path.glob("Demo.alliance*"):
                shutil.move(path, moved / path.name)

    with open_workbook(small_demo_path) as workbook:
        with pytest.raises(report.BriefingError) as refused:
            report.build_briefing(
                workbook.db, target, None, today=TODAY, workers=2, progress=remove_workbook
            )
        for path in moved.iterdir():
            shutil.move(path, tmp_path / path.name)
    message = str(refused.value)
    assert message == (
        f"{target}: the workbook could not be read (unable to open database file);"
        " nothing was written."
    )
    assert message.endswith("; nothing was written.")
    assert "Traceback" not in message
    assert list(folder.iterdir()) == []


def test_a_full_disk_with_workers_leaves_nothing(
    small_disk: Callable[[int], Path], small_demo_path: Path
) -> None:
    disk = small_disk(64 * 1024)  # smaller than the pack
    with pytest.raises(report.BriefingError, match=r"could not be written \(.*\); nothing"):
        build(small_demo_path, disk / "pack.pdf", None, workers=2)
    assert list(disk.iterdir()) == []


def test_workers_only_for_a_briefing_big_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(briefing_pool, "CHUNK", 25)
    monkeypatch.setattr(briefing_pool.os, "cpu_count", lambda: 2)
    assert briefing_pool.workers_for(briefing_pool.POOL_FROM - 1, None) == 1
    assert briefing_pool.workers_for(briefing_pool.POOL_FROM, None) == 2
    assert briefing_pool.workers_for(500, 1) == 1
    assert briefing_pool.workers_for(30, 8) == briefing_pool.chunks_of(30) == 6  # no more
    assert briefing_pool.workers_for(30, 8) == len(briefing_pool.chunk_sizes(30))  # than chunks
    monkeypatch.setattr(briefing_pool.os, "cpu_count", lambda: 1)
    assert briefing_pool.workers_for(500, None) == 1


def test_the_workers_start_while_this_process_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting the first worker waits for the server process to import reportlab: the
    briefing reads and plans meanwhile, and the workers are started before it is done."""
    going_on = threading.Event()
    seen: list[bool] = []
    real = briefing_pool._start

    def start(executor: Any, count: int) -> None:
        seen.append(going_on.wait(timeout=60))  # False if painters() waited for this
        real(executor, count)

    monkeypatch.setattr(briefing_pool, "_start", start)
    with briefing_pool.painters(2) as painters:
        going_on.set()
        assert painters is not None
        assert painters.submit(abs, -2).result() == 2
    assert seen == [True]


def test_styles_made_once_and_markup_parsed_once(
    small_demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a board pack drawn here: one set of paragraph styles, each markup parsed once per
    style, and each paragraph broken into lines once per width it is laid out at."""
    styles = 0
    real_styles = briefing_edition.paragraph_styles

    def count_styles() -> Any:
        nonlocal styles
        styles += 1
        return real_styles()

    monkeypatch.setattr(briefing_edition, "paragraph_styles", count_styles)
    parses: collections.Counter[tuple[str, str]] = collections.Counter()
    real_parse = ParaParser.parse

    def count_parse(self: ParaParser, text: str, style: Any) -> Any:
        parses[(text, style.name)] += 1
        return real_parse(self, text, style)

    monkeypatch.setattr(ParaParser, "parse", count_parse)
    paragraphs = 0
    real_para = briefing_edition.Edition.para

    def count_para(self: briefing_edition.Edition, markup: str, style: Any = None) -> Any:
        nonlocal paragraphs
        paragraphs += 1
        return real_para(self, markup, style)

    monkeypatch.setattr(briefing_edition.Edition, "para", count_para)
    widths: collections.Counter[tuple[Paragraph, float]] = collections.Counter()
    real_wrap = Paragraph.wrap

    def count_wrap(self: Paragraph, width: float, height: float) -> tuple[float, float]:
        widths[(self, width)] += 1
        return real_wrap(self, width, height)

    monkeypatch.setattr(Paragraph, "wrap", count_wrap)

    build(small_demo_path, tmp_path / "pack.pdf", None, workers=1)
    assert styles == 1
    # Each markup parsed once at most (plain text is drawn as a TextLine, never parsed).
    assert parses and max(parses.values()) == 1
    assert sum(parses.values()) < paragraphs / 2  # most cells repeat
    assert widths and max(widths.values()) == 1


def test_the_command_draws_a_big_pack_with_workers(
    small_demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``alliance-desk briefing`` takes workers as soon as the pack is big enough (here:
    two alliances, on two processors)."""
    from alliance_desk.__main__ import main

    monkeypatch.setattr(briefing_pool, "POOL_FROM", 2)
    monkeypatch.setattr(briefing_pool.os, "cpu_count", lambda: 2)
    pooled = []
    real = briefing_pool.draw_pooled

    def spy(*args: Any) -> Any:
        pooled.append(args)
        return real(*args)

    monkeypatch.setattr(briefing_pool, "draw_pooled", spy)
    target = tmp_path / "pack.pdf"
    status = main(["briefing", str(small_demo_path), "-o", str(target), "--date", "2026-11-15"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "") and str(target) in out
    assert len(pooled) == 1
    whole = tmp_path / "whole.pdf"
    build(small_demo_path, whole, None, workers=1)
    assert read_back(target) == read_back(whole)


def test_each_one_pager_reads_its_alliances_evaluations_once(
    small_demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trend chart and the two sides' views come from the same evaluations."""
    from alliance_desk.store import evaluation_history

    read: collections.Counter[int] = collections.Counter()
    real = evaluation_history.evaluations

    def counted(db: Any, alliance_id: int) -> Any:
        read[alliance_id] += 1
        return real(db, alliance_id)

    monkeypatch.setattr(evaluation_history, "evaluations", counted)
    build(small_demo_path, tmp_path / "pages.pdf", None, board_pack=False, workers=1)
    assert len(read) == 6 and set(read.values()) == {1}


def test_a_frameworks_dimensions_and_levels_are_read_once_per_edition(
    small_demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one-pagers' views and maturity tables name the dimensions and levels of a
    framework or two shared by every alliance: read once, not once an alliance."""
    from alliance_desk.reports import briefing_onepager
    from alliance_desk.store import evaluation_history

    read: collections.Counter[tuple[str, Any]] = collections.Counter()
    real_dimensions, real_levels = briefing_onepager.dimensions, evaluation_history.scale_levels

    def dimensions(db: Any, framework_id: int, active_only: bool = True) -> Any:
        read[("dimensions", framework_id, active_only)] += 1
        return real_dimensions(db, framework_id, active_only)

    def levels(db: Any, framework_id: int) -> Any:
        read[("levels", framework_id)] += 1
        return real_levels(db, framework_id)

    monkeypatch.setattr(briefing_onepager, "dimensions", dimensions)
    monkeypatch.setattr(evaluation_history, "scale_levels", levels)
    build(small_demo_path, tmp_path / "pages.pdf", None, board_pack=False, workers=1)
    assert read and set(read.values()) == {1}
    assert len(read) < 6  # fewer than one an alliance
