"""The senior-management briefing: one PDF page per alliance, or a board pack.

The one-pagers are made in :mod:`~alliance_desk.reports.briefing_onepager`. The
board pack (of every alliance by default, or of a chosen set) puts them in
order of attention and adds a cover with the contents, an executive summary
(:mod:`~alliance_desk.reports.briefing_summary`), a portfolio overview that is
also the index of the alliances, and an appendix of the pending decisions
grouped by alliance (:mod:`~alliance_desk.reports.briefing_pack`). Every page
says "Page N of M" and the confidentiality line; the PDF has bookmarks and page
labels; the pages are planned before the pack is built
(:mod:`~alliance_desk.reports.briefing_layout`). The PDF is written to a hidden
partial file and moved into place only when complete; on failure or cancel
nothing is left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Flowable, PageBreak

from alliance_desk.domain.changes import sentence as change_sentence
from alliance_desk.domain.signals import Severity, Thresholds
from alliance_desk.domain.signals import sentence as signal_sentence
from alliance_desk.reports import briefing_charts as charts
from alliance_desk.reports import briefing_pack as pack
from alliance_desk.reports import briefing_pool as pool
from alliance_desk.reports import briefing_summary as summary
from alliance_desk.reports.briefing_agenda import HORIZON_DAYS, MAX_DECISIONS
from alliance_desk.reports.briefing_layout import (
    FOOTER,
    FRAME_PADDING,
    MARGIN,
    BriefingDocument,
    Footer,
    Plan,
    plan_pack,
)
from alliance_desk.reports.briefing_onepager import OnePager
from alliance_desk.store.board_packs import previous_board_pack
from alliance_desk.store.changes import changes_since
from alliance_desk.store.db import Database
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.files import replacing
from alliance_desk.store.portfolio import PortfolioLine, portfolio
from alliance_desk.store.signals import signals
from alliance_desk.store.signals import thresholds as stored_thresholds

__all__ = ["BriefingError", "build_briefing", "HORIZON_DAYS", "MAX_DECISIONS", "charts"]

LANGUAGES = ("en", "nl")
PAPERS = {"a4": A4, "letter": LETTER}
SINCE_DAYS = 90  # what changed: since this many days ago when no board pack was made before

Progress = Callable[[int, int], None]  # (alliances done, alliances in all); raising cancels


class BriefingError(WorkbookError):
    """The briefing cannot be made as asked; ``detail`` says why. Nothing was written."""

    template = "{path}: {detail}"


def _own_organisation(db: Database) -> str:
    value = db.scalar("SELECT name FROM organisation WHERE is_own = 1 ORDER BY id LIMIT 1")
    return "" if value is None else str(value)


def build_briefing(
    db: Database,
    target: Path,
    alliance_ids: list[int] | None,
    *,
    language: str = "en",
    paper: str = "a4",
    today: dt.date,
    progress: Progress | None = None,
    board_pack: bool | None = None,
    since: dt.date | None = None,
    confidentiality: str | None = None,
    thresholds: Thresholds | None = None,
    workers: int | None = None,
) -> int:
    """Write the briefing to ``target``; the number of pages.

    ``alliance_ids``: these alliances, in the given order, each once (where
    first given); None: every alliance. ``board_pack``: True makes the board pack (cover, portfolio
    overview, one-pagers, appendix of pending decisions), its counts, rows
    and decisions limited to the alliances briefed on; False makes only the
    one-pagers, one page per alliance; None (the default) makes the board
    pack of every alliance when ``alliance_ids`` is None, otherwise only the
    one-pagers. In the board pack the alliances go by attention (red, amber, falling,
    not assessed, the rest); without it, in the given order. ``since``: what changed is
    told since this date (default: the previous board pack the workbook remembers
    before ``today``, else 90 days before ``today``). ``confidentiality``: the
    footer's line; None prints the language's word ("Confidential"), "" none.
    ``thresholds``: of the early-warning signals (the workbook's when None); the
    summary lists warnings and alarms, not notes.
    ``progress`` hears (alliances done, in all); an exception it raises cancels, and
    nothing is left under the target name. ``workers``: how many processes draw the
    one-pagers (1: this one alone; None: one per processor for a big briefing, see
    :mod:`alliance_desk.reports.briefing_pool`); the pages are the same either way.
    """
    if paper not in PAPERS:
        raise ValueError(f"the paper must be one of {tuple(PAPERS)!r}, not {paper!r}")
    if language not in LANGUAGES:
        raise ValueError(f"the language must be one of {LANGUAGES!r}, not {language!r}")
    chosen = _chosen(db, target, alliance_ids, today)
    count = pool.workers_for(len(chosen), workers) if db.path.is_file() else 1
    # Started now, so that the workers import reportlab while the pack is read and planned.
    with pool.painters(count) as painters:
        return _build(
            db,
            target,
            chosen,
            alliance_ids,
            language=language,
            paper=paper,
            today=today,
            progress=progress,
            board_pack=board_pack,
            since=since,
            thresholds=thresholds,
            confidentiality=confidentiality,
            painters=painters,
        )


def _build(
    db: Database,
    target: Path,
    chosen: list[PortfolioLine],
    alliance_ids: list[int] | None,
    *,
    language: str,
    paper: str,
    today: dt.date,
    progress: Progress | None,
    board_pack: bool | None,
    since: dt.date | None,
    thresholds: Thresholds | None,
    confidentiality: str | None,
    painters: Executor | None,
) -> int:
    if board_pack is None:
        board_pack = alliance_ids is None
    if board_pack:
        chosen = pack.by_attention(chosen)
    ids = [line.alliance_id for line in chosen]
    if since is None:
        since = previous_board_pack(db, today) or today - dt.timedelta(days=SINCE_DAYS)
    elif since > today:
        raise BriefingError(
            target,
            detail=f"'what changed since' {since.isoformat()} is after the briefing's date"
            f" {today.isoformat()}; nothing was written.",
        )
    changes = {
        alliance_id: [change_sentence(change, language) for change in found]
        for alliance_id, found in changes_since(db, since, today, ids).items()
    }
    # The board hears warnings and alarms; notes stay in the app and the command line.
    found_signals = signals(db, today, thresholds or stored_thresholds(db), ids)
    warnings = {
        alliance_id: [
            signal_sentence(signal, language)
            for signal in found
            if signal.severity >= Severity.WARNING
        ]
        for alliance_id, found in found_signals.items()
    }
    return write_briefing(
        db,
        target,
        chosen,
        language=language,
        paper=paper,
        today=today,
        progress=progress,
        board_pack=board_pack,
        since=since,
        confidentiality=confidentiality,
        changes=changes,
        warnings=warnings,
        painters=painters,
    )


def _chosen(
    db: Database, target: Path, alliance_ids: list[int] | None, today: dt.date
) -> list[PortfolioLine]:
    """The portfolio lines of the alliances asked for: each once, where first named."""
    every = portfolio(db, today)
    if alliance_ids is None:
        if not every:
            raise BriefingError(
                target, detail="the workbook has no alliances to brief on; nothing was written."
            )
        return every
    if not alliance_ids:
        raise BriefingError(target, detail="no alliance was chosen; nothing was written.")
    by_id = {line.alliance_id: line for line in every}
    missing = [str(number) for number in dict.fromkeys(alliance_ids) if number not in by_id]
    if missing:
        raise BriefingError(
            target, detail=f"no alliance with id {', '.join(missing)}; nothing was written."
        )
    return [by_id[number] for number in dict.fromkeys(alliance_ids)]


def write_briefing(
    db: Database,
    target: Path,
    chosen: list[PortfolioLine],
    *,
    language: str,
    paper: str,
    today: dt.date,
    progress: Progress | None,
    board_pack: bool,
    since: dt.date,
    confidentiality: str | None,
    changes: Mapping[int, Sequence[str]] | None,
    warnings: Mapping[int, Sequence[str]] | None,
    painters: Executor | None = None,
) -> int:
    """Write the briefing of ``chosen`` (in that order) to ``target``; the number of pages.
    ``changes`` and ``warnings``: sentences by alliance id for the board pack's "what
    changed" section and early-warning list; None leaves them out. ``painters``: worker
    processes that draw the one-pagers (:func:`alliance_desk.reports.briefing_pool.painters`);
    None draws the whole briefing here."""
    page_size = PAPERS[paper]
    width = page_size[0] - 2 * MARGIN - 2 * FRAME_PADDING
    frame_height = page_size[1] - 2 * MARGIN - FOOTER - 2 * FRAME_PADDING - 1
    briefing = OnePager(db, language, today, width)
    labels = briefing.labels
    organisation = _own_organisation(db)
    sections = [("summary", labels["summary"])]
    if changes is not None:
        sections.append(("changes", labels["changes"].format(date=briefing.day(since))))
    sections.append(("overview", labels["overview"]))

    def front(plan: Plan) -> list[Flowable]:
        blocks = [
            pack.cover(briefing, organisation, frame_height, chosen, plan, sections),
            summary.summary(briefing, chosen, plan)
            + summary.early_warnings(briefing, chosen, plan, warnings),
            summary.what_changed(briefing, chosen, plan, since, changes),
            pack.overview(briefing, chosen, plan),
        ]
        return _pages(block for block in blocks if block)

    def appendix(plan: Plan) -> list[Flowable]:
        return pack.appendix(briefing, chosen)

    ids = [line.alliance_id for line in chosen]
    if board_pack:
        plan = plan_pack(front, ids, appendix, page_size)
    else:
        plan = plan_pack(None, ids, None, page_size)
    title = labels["board_pack" if board_pack else "title"]
    if not board_pack and len(chosen) == 1:
        title = f"{title}: {chosen[0].name}"
    word = labels["confidential"] if confidentiality is None else confidentiality
    footer = Footer(
        left=briefing.safe(
            charts.shorten(f"{organisation} · {title} · {briefing.day(today)}", 100)
        ),
        confidentiality=briefing.safe(charts.shorten(word, 60)),
        page=labels["page"],
        pages=plan.total,
    )
    info = {
        "title": briefing.safe(title),
        "author": briefing.safe(organisation),
        "subject": briefing.safe(labels["title"]),
        "creator": "alliance_desk",
        "lang": language,
    }
    pages = pool.Pages(
        db.path,
        language,
        today,
        width,
        frame_height,
        page_size,
        plan,
        footer,
        info,
        labels["alliances_section"],
        len(chosen) > 12,
        since,
    )
    try:
        if painters is not None:
            data, made, anchors = pool.draw_pooled(
                pages,
                chosen,
                changes,
                (lambda: front(plan)) if board_pack else None,
                (lambda: appendix(plan)) if board_pack else None,
                painters,
                briefing,
                progress,
            )
            plan.check(made, anchors)
            with replacing(target) as partial, open(partial, "wb") as out:
                out.write(data)
            return made
        return _draw_whole(
            briefing, target, chosen, pages, changes, front, appendix, progress, board_pack
        )
    except pool.PartFailed as failure:
        if failure.kind == "bug":
            raise RuntimeError(f"a part of the briefing failed: {failure.message}") from None
        detail = (
            f"the workbook could not be read ({failure.message})"
            if failure.kind == "read"
            else f"the briefing could not be written ({failure.message})"
        )
        raise BriefingError(target, detail=f"{detail}; nothing was written.") from None
    except BrokenProcessPool as error:
        raise BriefingError(
            target,
            detail="a process drawing the pages stopped before it was done; nothing was written.",
        ) from error
    except OSError as error:
        raise BriefingError(
            target,
            detail=f"the briefing could not be written ({error.strerror or error}); "
            "nothing was written.",
        ) from error


def _draw_whole(
    briefing: OnePager,
    target: Path,
    chosen: list[PortfolioLine],
    pages: pool.Pages,
    changes: Mapping[int, Sequence[str]] | None,
    front: Callable[[Plan], list[Flowable]],
    appendix: Callable[[Plan], list[Flowable]],
    progress: Progress | None,
    board_pack: bool,
) -> int:
    """The briefing drawn in one piece, by this process; the number of pages."""
    plan = pages.plan
    story: list[Flowable] = front(plan) + [PageBreak()] if board_pack else []
    if progress:
        progress(0, len(chosen))

    def done(count: int) -> None:
        if progress:
            progress(count, len(chosen))

    section = (pages.section, pages.closed)
    story += pool.alliance_pages(
        briefing, chosen, pages.frame_height, plan, pages.since, changes, section, done
    )
    if board_pack:
        story += [PageBreak(), *appendix(plan)]
    # Our own file object, closed even when a write fails (a full disk): reportlab
    # leaves a file it opened itself open then.
    with replacing(target) as partial, open(partial, "wb") as out:
        document = BriefingDocument(out, pages.page_size, pages.footer, **pages.info)
        document.build(story)
        plan.check(document.page, document.anchors)
    return int(document.page)


def _pages(blocks: Any) -> list[Flowable]:
    """The blocks, each starting on a new page."""
    story: list[Flowable] = []
    for block in blocks:
        if story:
            story.append(PageBreak())
        story += block
    return story
