"""How the briefing's text and tables look: its paragraph styles and its table style.

Fonts and colours come from :mod:`alliance_desk.reports.briefing_charts`, so
text, tables and drawings match.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from alliance_desk.reports.briefing_charts import ACCENT, BOLD, INK, MUTED, REGULAR, RULE


@dataclasses.dataclass
class Styles:
    """The paragraph styles, by their use on the page."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    reason: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    cover: ParagraphStyle


def paragraph_styles() -> Styles:
    """Fresh styles, all derived from one body style."""
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8, leading=10, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", body, fontName=BOLD, fontSize=15, leading=18),
        subtitle=ParagraphStyle("subtitle", body, fontSize=8.5, leading=11, textColor=MUTED),
        reason=ParagraphStyle("reason", body, fontSize=9.5, leading=12.5),
        heading=ParagraphStyle(
            "heading",
            body,
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            textColor=ACCENT,
            spaceBefore=5.5,
            spaceAfter=2,
        ),
        small=ParagraphStyle("small", body, fontSize=6.5, leading=8, textColor=MUTED),
        cell=ParagraphStyle("cell", body, fontSize=7.3, leading=9),
        head_cell=ParagraphStyle(
            "head_cell", body, fontName=BOLD, fontSize=6.8, leading=8.5, textColor=MUTED
        ),
        cover=ParagraphStyle("cover", body, fontName=BOLD, fontSize=26, leading=32),
    )


def table_style(header: bool = True) -> TableStyle:
    """Thin rules between rows; with ``header``, a stronger rule below the first row."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.7, MUTED))
    return TableStyle(commands)
