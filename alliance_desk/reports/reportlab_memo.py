"""What reportlab works out again and again in pure Python, worked out once.

Without its C accelerator (the ``rl_accel`` package, a compiled dependency we do
without) reportlab formats every number it writes into a PDF (each coordinate, line
width, colour component, text position) with ``fp_str``, measures every word it
lays out with ``instanceStringWidthTTF`` and escapes every piece of text it writes
with ``escapePDF``, all in pure Python: 12%, 6% and 2% of the time of a board
pack. A pack writes about 3,000 different numbers a million times and measures and
writes the same words over and over, so :func:`install` puts in their places
functions that call reportlab's own once per number, text and font, or text, and
look the answer up after: the PDF is the same byte for byte.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from reportlab.lib import rl_accel
from reportlab.lib.utils import isSeq

MEMO_SIZE = 20_000  # answers remembered at most, each; forgotten all at once beyond

_original_fp_str: Callable[..., str] = rl_accel.fp_str
_original_width: Callable[..., float] = rl_accel.instanceStringWidthTTF
_original_escape: Callable[[Any], str] = rl_accel.escapePDF
_formatted: dict[Any, str] = {}
_widths: dict[tuple[Any, str], float] = {}
_escaped: dict[str | bytes, str] = {}


def fp_str(*numbers: Any) -> str:
    """reportlab's ``fp_str``: the numbers (separate arguments or one sequence), each as
    reportlab formats it, separated by spaces."""
    if len(numbers) == 1 and isSeq(numbers[0]):
        numbers = numbers[0]
    formatted = _formatted
    out = []
    for number in numbers:
        text = formatted.get(number)
        if text is None:
            if len(formatted) >= MEMO_SIZE:
                formatted.clear()
            # Equal numbers (1 and 1.0, 0.0 and -0.0) are formatted alike by reportlab.
            text = formatted[number] = _original_fp_str(number)
        out.append(text)
    return " ".join(out)


def string_width(font: Any, text: str | bytes, size: float, encoding: str = "utf8") -> float:
    """reportlab's width of ``text`` in a TrueType ``font`` at ``size`` points: the widths
    of its characters added up once per text and face, then scaled as reportlab does."""
    if not isinstance(text, str):
        text = text.decode(encoding or "utf8")
    key = (font.face, text)
    units = _widths.get(key)
    if units is None:
        if len(_widths) >= MEMO_SIZE:
            _widths.clear()
        units = _widths[key] = _original_width(font, text, 1000.0)
    return 0.001 * size * units


def escape_pdf(text: Any) -> str:
    """reportlab's ``escapePDF``: ``text`` (characters or bytes) as a PDF string's inside."""
    if not isinstance(text, str | bytes):
        return _original_escape(text)
    escaped = _escaped.get(text)
    if escaped is None:
        if len(_escaped) >= MEMO_SIZE:
            _escaped.clear()
        escaped = _escaped[text] = _original_escape(text)
    return escaped


def install() -> None:
    """Put :func:`fp_str`, :func:`string_width` and :func:`escape_pdf` in place of
    reportlab's, in the modules that imported them already and for those imported later."""
    for replacing, name, by in (
        (_original_fp_str, "fp_str", fp_str),
        (_original_width, "instanceStringWidthTTF", string_width),
        (_original_escape, "escapePDF", escape_pdf),
    ):
        for module_name, module in list(sys.modules.items()):
            if module_name.startswith("reportlab") and getattr(module, name, None) is replacing:
                setattr(module, name, by)
