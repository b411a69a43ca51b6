"""The one-pagers of a big briefing drawn by several processes, and the parts joined.

Drawing is most of the cost of a board pack (reportlab lays out and draws every page in
Python), and a one-pager needs nothing from the other pages: the pack's
:class:`~alliance_desk.reports.briefing_layout.Plan` already says on which page
everything lands. So the alliances are cut into chunks, each chunk is drawn as a PDF of
its own by a worker process that opens the workbook read-only, while this process draws
the front matter and the appendix and then takes the chunks no worker has started, from
the last one back; the parts are then joined with pypdf (already a dependency, for
reading questionnaires) and given the pack's bookmarks, page labels and document
information. Every part prints the pack's page numbers ("Page 37 of 570"), and the pages
where the anchors landed are checked against the plan as for a pack drawn in one piece.

The chunks get smaller toward the end of the pack (:func:`chunk_sizes`), so that the
processes run out of work at about the same time instead of one drawing a last long
chunk alone. They depend on the number of alliances alone, not on the number of workers,
so the pack is the same whatever that number is.

A pool pays for its start (each worker imports reportlab and opens the workbook) only
from :data:`POOL_FROM` alliances on and with more than one processor; below that the
briefing is drawn in one piece (:mod:`alliance_desk.reports.briefing`).

Workers are forked from a clean server process ("forkserver", which imported this module
once) or, on Windows and in the packaged app, spawned: the app runs the build on a
thread, and forking a process that runs threads is unsafe. A worker never writes a file
(it hands its PDF back in memory) and reports a failure as a message, so whatever goes
wrong the target is written whole or not at all, with the same messages as a pack drawn
in one piece.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import datetime as dt
import io
import multiprocessing
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from alliance_desk.reports.briefing_charts import register_fonts
from alliance_desk.reports.briefing_layout import Anchor, BriefingDocument, Footer, Mark, Plan
from alliance_desk.reports.briefing_onepager import OnePager
from alliance_desk.store.db import Database, connect
from alliance_desk.store.portfolio import PortfolioLine

CHUNK = 25  # alliances per part at most: small enough to spread and to cancel soon
TAIL_CHUNK = 5  # at least: each part carries its own font subsets, ~40 KiB
SPREAD = 8  # a chunk is at most this share of the alliances still to hand out
POOL_FROM = 60  # alliances; below, starting the workers costs more than it saves

Progress = Callable[[int, int], None]


@dataclasses.dataclass(frozen=True)
class Pages:
    """What every part of the alliances' pages shares (sent to each worker)."""

    workbook: Path
    language: str
    today: dt.date
    width: float
    frame_height: float
    page_size: tuple[float, float]
    plan: Plan
    footer: Footer
    info: Mapping[str, Any]  # the document information: title, author, subject, ...
    section: str  # the bookmark of the alliances' section, on the first one-pager
    closed: bool  # whether that bookmark starts closed (many alliances)
    since: dt.date


@dataclasses.dataclass(frozen=True)
class Chunk:
    """One part: consecutive alliances of the pack, the first of them on page ``first``."""

    lines: list[PortfolioLine]
    first: int
    opens_section: bool  # the first chunk carries the alliances' section bookmark
    changes: dict[int, list[str]] | None  # what changed, by alliance, for these only


@dataclasses.dataclass(frozen=True)
class Part:
    """A part drawn: its PDF, its first page in the pack and where its anchors landed
    (pages within the part)."""

    data: bytes
    first: int
    marks: list[Mark]


class PartFailed(Exception):
    """A worker could not draw its part; ``kind`` says whether it was the workbook
    ("read"), writing ("write") or a bug, ``message`` what happened."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(kind, message)
        self.kind, self.message = kind, message


def workers_for(alliances: int, asked: int | None) -> int:
    """How many worker processes draw ``alliances`` one-pagers: ``asked`` when given
    (1 draws in one piece), else one per processor from :data:`POOL_FROM` on."""
    if asked is not None:
        return max(1, min(asked, chunks_of(alliances)))
    if alliances < POOL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, chunks_of(alliances)))


def chunks_of(alliances: int) -> int:
    return len(chunk_sizes(alliances))


def chunk_sizes(alliances: int) -> list[int]:
    """The alliances of each part, in order: :data:`CHUNK` while many are left, then an
    eighth (:data:`SPREAD`) of those left, down to :data:`TAIL_CHUNK`; the last part takes in
    a remainder smaller than that. 500 alliances: 13 of 25, then 22, 20, 17 ... 6, six of 5
    and 7 (31 parts); 100: 13, 11, 10 ... 6, six of 5 and 6 (14 parts)."""
    sizes: list[int] = []
    smallest = min(TAIL_CHUNK, CHUNK)
    left = alliances
    while left > 0:
        size = min(left, CHUNK, max(smallest, -(-left // SPREAD)))
        if left - size < smallest and left <= CHUNK:  # no last part of a few alliances
            size = left
        sizes.append(size)
        left -= size
    return sizes


@contextlib.contextmanager
def painters(count: int) -> Iterator[concurrent.futures.Executor | None]:
    """``count`` worker processes (None for fewer than two), started at once so that they
    import reportlab while this process reads and plans the pack: started on a thread
    (:func:`_start`), as starting the first one waits until the server process has
    imported reportlab. On an exception (a cancel, a failed part) the chunks not started
    are dropped and those being drawn are waited for, so no worker outlives the briefing."""
    if count < 2:
        yield None
        return
    executor = concurrent.futures.ProcessPoolExecutor(count, mp_context=_context())
    starting = threading.Thread(target=_start, args=(executor, count), daemon=True)
    starting.start()
    try:
        yield executor
    except BaseException:
        starting.join()
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    starting.join()
    executor.shutdown(wait=True)


def _start(executor: concurrent.futures.Executor, count: int) -> None:
    """Start ``count`` workers (each takes a first task). Starting the first waits for the
    server process to import this module, a quarter of a second this process spends
    reading and planning the pack instead. A pool that cannot start says so to the
    chunks submitted next."""
    with contextlib.suppress(Exception):
        for _ in range(count):
            executor.submit(_ready)


def _context() -> multiprocessing.context.BaseContext:
    """How workers start: forked from a server process that imported this module once
    (the first pack pays the import, the next ones, such as the app's previews, not),
    where there is one; else, and in the packaged app, spawned afresh. Never forked from
    this process, which may run threads (the app builds on one)."""
    if "forkserver" in multiprocessing.get_all_start_methods() and not getattr(
        sys, "frozen", False
    ):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def _ready() -> None:
    """A worker's first task: unpickling it imports this module, and so reportlab and the
    one-pager; the fonts are read now too."""
    register_fonts()


def alliance_pages(
    briefing: OnePager,
    lines: Sequence[PortfolioLine],
    frame_height: float,
    plan: Plan,
    since: dt.date,
    changes: Mapping[int, Sequence[str]] | None,
    section: tuple[str, bool] | None,
    done: Callable[[int], None] | None = None,
) -> list[Flowable]:
    """The one-pagers of ``lines``, a page break between them; ``section`` (title,
    closed): the alliances' section bookmark before the first. ``done`` hears each
    one made (how many so far)."""
    story: list[Flowable] = []
    if section is not None and lines:
        story.append(Anchor("alliances", section[0], closed=section[1]))
    for count, line in enumerate(lines, start=1):
        said = None if changes is None else (since, changes.get(line.alliance_id, []))
        story += briefing.one_pager(line, frame_height, plan, said)
        if count < len(lines):
            story.append(PageBreak())
        if done:
            done(count)
    return story


def draw(story: list[Flowable], pages: Pages, first: int) -> Part:
    """``story`` drawn as a PDF in memory, its first page numbered ``first``."""
    out = io.BytesIO()
    footer = dataclasses.replace(pages.footer, first=first)
    document = BriefingDocument(out, pages.page_size, footer, outline=False, **pages.info)
    document.build(story)
    return Part(out.getvalue(), first, document.marks)


def chunk_part(briefing: OnePager, pages: Pages, chunk: Chunk) -> Part:
    """The chunk's one-pagers drawn by ``briefing``, in a worker or in this process."""
    section = (pages.section, pages.closed) if chunk.opens_section else None
    story = alliance_pages(
        briefing, chunk.lines, pages.frame_height, pages.plan, pages.since, chunk.changes, section
    )
    return draw(story, pages, chunk.first)


def draw_chunk(pages: Pages, chunk: Chunk) -> Part:
    """A worker's part (runs in the worker): the chunk's one-pagers, through a read-only
    connection of its own. Raises :class:`PartFailed`, which crosses processes intact."""
    try:
        connection = connect(pages.workbook, read_only=True)
    except sqlite3.Error as error:
        raise PartFailed("read", str(error)) from None
    try:
        db = Database(connection, pages.workbook)
        return chunk_part(OnePager(db, pages.language, pages.today, pages.width), pages, chunk)
    except sqlite3.Error as error:
        raise PartFailed("read", str(error)) from None
    except OSError as error:
        raise PartFailed("write", error.strerror or str(error)) from None
    except Exception as error:  # a bug: said with its type, the caller raises it again
        raise PartFailed("bug", f"{type(error).__name__}: {error}") from None
    finally:
        connection.close()


def chunked(
    lines: Sequence[PortfolioLine], first: int, changes: Mapping[int, Sequence[str]] | None
) -> list[Chunk]:
    """The alliances cut into chunks (see :func:`chunk_sizes`), the first one-pager on page
    ``first``."""
    chunks = []
    start = 0
    for size in chunk_sizes(len(lines)):
        part = list(lines[start : start + size])
        said = (
            None
            if changes is None
            else {line.alliance_id: list(changes.get(line.alliance_id, [])) for line in part}
        )
        chunks.append(Chunk(part, first + start, start == 0, said))
        start += size
    return chunks


def draw_pooled(
    pages: Pages,
    lines: Sequence[PortfolioLine],
    changes: Mapping[int, Sequence[str]] | None,
    front: Callable[[], list[Flowable]] | None,
    appendix: Callable[[], list[Flowable]] | None,
    painters: concurrent.futures.Executor,
    briefing: OnePager,
    progress: Progress | None,
) -> tuple[bytes, int, dict[str, int]]:
    """The pack joined from its parts: the PDF, its pages and where its anchors landed.

    ``front`` and ``appendix`` (either may be None) make the stories drawn here while
    the ``painters`` (see :func:`painters`) draw the one-pagers, which are handed out
    first; then ``briefing`` (this process's edition) draws the chunks not started yet.
    ``progress`` hears (alliances done, in all) as chunks come back; an exception it
    raises cancels."""
    chunks = chunked(lines, pages.plan.alliance(lines[0].alliance_id) if lines else 1, changes)
    if progress:
        progress(0, len(lines))
    drawn: list[Part | None] = [None] * len(chunks)
    own: list[Part] = []
    futures = [painters.submit(draw_chunk, pages, chunk) for chunk in chunks]
    if front is not None:
        own.append(draw(front(), pages, 1))
    if appendix is not None:
        own.append(draw(appendix(), pages, pages.plan.section("appendix")))
    done = 0

    def heard(at: int, part: Part) -> None:
        nonlocal done
        drawn[at] = part
        done += len(chunks[at].lines)
        if progress:
            progress(done, len(lines))

    # Then this process takes the chunks no worker has started, from the last one back,
    # until it meets one they have.
    for at in reversed(range(len(chunks))):
        if not futures[at].cancel():
            break
        heard(at, chunk_part(briefing, pages, chunks[at]))
    waiting = {futures[at]: at for at in range(len(chunks)) if drawn[at] is None}
    for future in concurrent.futures.as_completed(waiting):
        heard(waiting[future], future.result())
    parts = sorted([*own, *(part for part in drawn if part is not None)], key=lambda p: p.first)
    return join(parts, pages)


def join(parts: list[Part], pages: Pages) -> tuple[bytes, int, dict[str, int]]:
    """The parts, in order, as one PDF with the pack's bookmarks (as a pack drawn in one
    piece has them: sections at the top, the alliances under theirs), page labels,
    language and document information; its pages and where its anchors landed."""
    # Imported here: the workers never join, and need not import pypdf.
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import PageLabelStyle
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter()
    anchors: dict[str, int] = {}
    marks: list[Mark] = []
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part.data)), import_outline=False)
        for mark in part.marks:
            page = part.first - 1 + mark.page
            anchors[mark.key] = page
            marks.append(dataclasses.replace(mark, page=page))
    parent = None
    for mark in marks:
        if mark.title is None:
            continue
        item = writer.add_outline_item(
            title=mark.title,
            page_number=mark.page - 1,
            parent=parent if mark.level > 0 else None,
            is_open=not mark.closed,
        )
        if mark.level == 0:
            parent = item
    total = len(writer.pages)
    writer.set_page_label(0, total - 1, style=PageLabelStyle.DECIMAL, start=1)
    first = PdfReader(io.BytesIO(parts[0].data))
    if first.metadata is not None:
        writer.add_metadata(dict(first.metadata))
    language = first.root_object.get("/Lang")
    if language is not None:
        writer.root_object[NameObject("/Lang")] = TextStringObject(str(language))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), total, anchors
