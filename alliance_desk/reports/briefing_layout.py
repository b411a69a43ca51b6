"""The briefing's pages: the page template, the footer, bookmarks and the pagination plan.

A board pack prints page numbers before it knows them: the contents list on the
cover, the page of each alliance in the overview and the summary, and "see page
P" on a one-pager for the decisions it could not show. It learns them without
building the whole pack twice:

- every one-pager is exactly one page (it is shrunk to fit, then a page break);
- the front matter (cover, summary, overview) and the appendix are laid out
  alone first, with every page number in a column of its own, so the numbers
  cannot change the layout: that gives their page counts and, through
  :class:`Anchor` flowables, where each section and each alliance's group of
  decisions in the appendix begins;
- the pack is then built once with the real numbers (:class:`Plan`), and the
  pages where the anchors actually landed are compared with the plan. A
  difference is a bug (:class:`PaginationError`), never a silently wrong page.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Sequence
from typing import Any, Literal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from alliance_desk.reports.briefing_charts import BOLD, MUTED, REGULAR, RULE

MARGIN = 14 * mm
FOOTER = 6 * mm  # below the text frame, above the bottom margin
FRAME_PADDING = 6  # platypus' default frame padding, points
DECIMAL = "D"  # the PDF's page label style for 1, 2, 3 ...


class PaginationError(AssertionError):
    """The pages the pack was planned with are not the pages it got: a bug."""


class Anchor(Flowable):
    """An invisible mark whose page the document records: a bookmark when it has a title."""

    def __init__(
        self, key: str, title: str | None = None, level: int = 0, closed: bool = False
    ) -> None:
        super().__init__()
        self.key, self.title, self.level, self.closed = key, title, level, closed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


@dataclasses.dataclass(frozen=True)
class Footer:
    """What the foot of every page says: left, centre (confidentiality) and the page."""

    left: str
    confidentiality: str
    page: str  # "Page {page} of {pages}", in the language of the briefing
    pages: int  # in all
    first: int = 1  # the number of the document's first page: a part of a pack starts later


@dataclasses.dataclass(frozen=True)
class Mark:
    """Where an :class:`Anchor` landed (``page`` counted from 1 in its document)."""

    key: str
    title: str | None
    level: int
    closed: bool
    page: int


class BriefingDocument(BaseDocTemplate):
    """The briefing's page template; records the page of every :class:`Anchor` it lays
    out, and with a :class:`Footer`, prints it and, unless ``outline`` is False (a part
    of a pack joined later, which gets its outline and labels then), bookmarks the
    anchors and labels the pages. Without a footer (when only measuring), nothing is
    printed outside the frame."""

    def __init__(
        self,
        target: Any,
        page_size: tuple[float, float],
        footer: Footer | None = None,
        outline: bool = True,
        **info: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=page_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + FOOTER,
            initialFontName=REGULAR,  # no unembedded Helvetica, not even unused
            **info,
        )
        self.footer = footer
        self.outline = outline and footer is not None
        self.anchors: dict[str, int] = {}
        self.marks: list[Mark] = []
        kind = Frame if footer is not None else _LayoutOnlyFrame
        frame = kind(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._foot)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802  (reportlab's hook)
        if not isinstance(flowable, Anchor):
            return
        self.anchors[flowable.key] = self.page
        self.marks.append(
            Mark(flowable.key, flowable.title, flowable.level, flowable.closed, self.page)
        )
        if self.outline and flowable.title is not None:
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(
                flowable.title, flowable.key, flowable.level, closed=flowable.closed
            )

    def _foot(self, canvas: Any, doc: Any) -> None:
        footer = self.footer
        if footer is None:
            return
        if doc.page == 1 and self.outline:
            canvas.addPageLabel(0, DECIMAL, 1)  # viewers show the numbers the footer prints
        width = self.pagesize[0]
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN - 2 * mm, width - MARGIN, MARGIN - 2 * mm)
        canvas.setFillColor(MUTED)
        y = MARGIN - 5.5 * mm
        page = footer.page.format(page=footer.first - 1 + doc.page, pages=footer.pages)
        canvas.setFont(REGULAR, 6.5)
        canvas.drawRightString(width - MARGIN, y, page)
        room = width - 2 * MARGIN - stringWidth(page, REGULAR, 6.5) - 6 * mm
        x = MARGIN
        if footer.confidentiality:  # first, where the eye starts, and in bold
            canvas.setFont(BOLD, 6.5)
            canvas.drawString(x, y, footer.confidentiality)
            shift = stringWidth(footer.confidentiality, BOLD, 6.5) + 4 * mm
            x, room = x + shift, room - shift
        canvas.setFont(REGULAR, 6.5)
        canvas.drawString(x, y, _fit(footer.left, room))
        canvas.restoreState()


class _LayoutOnlyFrame(Frame):
    """A frame that places flowables without drawing them: measuring needs only where
    they go, and drawing is half the cost of a page.

    It overrides ``add``, the name the document calls: reportlab binds ``add = _add`` in
    the class body, so an override of ``_add`` alone is never reached."""

    def add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> Literal[0, 1]:  # noqa: N803
        # Shadows the method on this one instance for this placing only; through its
        # __dict__, as a Drawing refuses attributes it does not know.
        vars(flowable)["drawOn"] = _nothing
        try:
            return super().add(flowable, canv, trySplit)
        finally:
            del vars(flowable)["drawOn"]


def _nothing(*args: Any, **kwargs: Any) -> None:
    pass


def _fit(text: str, room: float) -> str:
    """``text``, shortened with an ellipsis to at most ``room`` points in the footer's font."""
    if stringWidth(text, REGULAR, 6.5) <= room:
        return text
    while text and stringWidth(text + "…", REGULAR, 6.5) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def measure(story: list[Flowable], page_size: tuple[float, float]) -> tuple[int, dict[str, int]]:
    """Lay ``story`` out alone, in memory: its pages and the page of each anchor in it."""
    document = BriefingDocument(io.BytesIO(), page_size)
    document.build(story)
    return document.page, document.anchors


@dataclasses.dataclass
class Plan:
    """The page of everything the pack points to (pages count from 1).

    ``sections``: key -> first page (``summary``, ``changes``, ``overview``,
    ``alliances``, ``appendix``, whichever the pack has); ``alliances``: alliance id ->
    its one-pager; ``decisions``: alliance id -> the page where its group in the
    appendix begins. A plan made before the pages are known (:meth:`unknown`) says 0.
    """

    total: int = 0
    sections: dict[str, int] = dataclasses.field(default_factory=dict)
    alliances: dict[int, int] = dataclasses.field(default_factory=dict)
    decisions: dict[int, int] = dataclasses.field(default_factory=dict)

    @classmethod
    def unknown(cls) -> Plan:
        return cls()

    def section(self, key: str) -> int:
        return self.sections.get(key, 0)

    def alliance(self, alliance_id: int) -> int:
        return self.alliances.get(alliance_id, 0)

    def decisions_page(self, alliance_id: int) -> int | None:
        """Where the alliance's pending decisions are all listed; None without an appendix."""
        return self.decisions.get(alliance_id)

    def anchors(self) -> dict[str, int]:
        """The page each anchor of the pack must land on."""
        expected = {key: page for key, page in self.sections.items()}
        expected.update({alliance_key(number): page for number, page in self.alliances.items()})
        expected.update({group_key(number): page for number, page in self.decisions.items()})
        return expected

    def check(self, pages: int, anchors: dict[str, int]) -> None:
        """Raise :class:`PaginationError` unless the built pack has the planned pages."""
        expected = self.anchors()
        wrong = {
            key: (page, anchors.get(key))
            for key, page in expected.items()
            if anchors.get(key) != page
        }
        if pages != self.total or wrong:
            raise PaginationError(
                f"the pack was planned with {self.total} pages and got {pages}; "
                f"planned and actual pages that differ: {wrong}"
            )


def alliance_key(alliance_id: int) -> str:
    return f"alliance-{alliance_id}"


def group_key(alliance_id: int) -> str:
    return f"decisions-{alliance_id}"


def plan_pack(
    front: Callable[[Plan], list[Flowable]] | None,
    alliance_ids: Sequence[int],
    appendix: Callable[[Plan], list[Flowable]] | None,
    page_size: tuple[float, float],
) -> Plan:
    """The plan of a pack of ``front`` matter, one page for each of ``alliance_ids`` and an
    ``appendix``: both laid out alone (made with an unknown plan) to learn their pages."""
    plan = Plan()
    front_pages, front_anchors = measure(front(Plan.unknown()), page_size) if front else (0, {})
    plan.sections.update(front_anchors)
    first = front_pages + 1
    plan.alliances = {number: first + index for index, number in enumerate(alliance_ids)}
    if alliance_ids:
        plan.sections["alliances"] = first
    plan.total = front_pages + len(alliance_ids)
    if appendix is not None:
        pages, anchors = measure(appendix(Plan.unknown()), page_size)
        for key, page in anchors.items():
            absolute = plan.total + page
            if key.startswith("decisions-"):
                plan.decisions[int(key.removeprefix("decisions-"))] = absolute
            else:
                plan.sections[key] = absolute
        plan.total += pages
    return plan
