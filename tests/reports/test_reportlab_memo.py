"""reportlab's numbers formatted once and words measured once: the same answers as
reportlab's own functions (every kind of number it writes; texts in both fonts at many
sizes), each worked out once, and in place in reportlab's modules once the briefing's
drawings are imported."""

from __future__ import annotations

import random
from typing import Any

import pytest
from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen import canvas, textobject

import alliance_desk.reports.briefing_charts  # noqa: F401  (installs it)
from alliance_desk.reports import reportlab_memo
from alliance_desk.reports.briefing_charts import BOLD, REGULAR, register_fonts

NUMBERS = [
    0,
    0.0,
    -0.0,
    1e-8,
    1e-7,
    2e-7,
    -2e-7,
    5e-7,
    1e-6,
    0.5,
    -0.5,
    1,
    1.0,
    True,
    0.9999999,
    0.99999996,
    9.9999999,
    10,
    99.999999999,
    100.0,
    595.2755905511812,
    -841.8897637795277,
    1e6,
    123456789.123,
    1e300,
]


def test_the_same_text_as_reportlabs_own() -> None:
    draw = random.Random(15)
    numbers: list[Any] = [*NUMBERS]
    numbers += [draw.uniform(-1, 1) for _ in range(3000)]
    numbers += [draw.uniform(-1000, 1000) for _ in range(3000)]
    numbers += [round(draw.uniform(0, 850), 2) for _ in range(3000)]
    numbers += [draw.randint(-5000, 5000) for _ in range(1000)]
    for number in numbers:
        assert reportlab_memo.fp_str(number) == reportlab_memo._original_fp_str(number), number
    original = reportlab_memo._original_fp_str
    for _ in range(2):  # formatted, then remembered
        assert reportlab_memo.fp_str(*numbers) == original(*numbers)
        assert reportlab_memo.fp_str(numbers) == original(numbers)
        assert reportlab_memo.fp_str(tuple(numbers)) == original(tuple(numbers))
    assert reportlab_memo.fp_str() == original() == ""


def test_what_reportlab_refuses_is_refused_alike() -> None:
    for bad in (float("inf"), "1"):
        with pytest.raises((OverflowError, TypeError)):
            reportlab_memo._original_fp_str(bad)
        with pytest.raises((OverflowError, TypeError)):
            reportlab_memo.fp_str(bad)


def test_each_number_formatted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    formatted: list[Any] = []

    def original(*numbers: Any) -> str:
        formatted.extend(numbers)
        return rl_accel._py_funcs["fp_str"](*numbers)  # type: ignore[no-any-return]

    monkeypatch.setattr(reportlab_memo, "_original_fp_str", original)
    monkeypatch.setattr(reportlab_memo, "_formatted", {})
    assert reportlab_memo.fp_str(12.5, 3, 12.5, 3.0) == "12.5 3 12.5 3"
    assert reportlab_memo.fp_str([3, 12.5, 7]) == "3 12.5 7"
    assert formatted == [12.5, 3, 7]


def test_forgets_all_at_once_beyond_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reportlab_memo, "_formatted", {})
    monkeypatch.setattr(reportlab_memo, "MEMO_SIZE", 3)
    assert reportlab_memo.fp_str(1, 2, 3, 4.5) == "1 2 3 4.5"
    assert reportlab_memo._formatted == {4.5: "4.5"}


def test_in_place_in_reportlabs_modules() -> None:
    assert rl_accel.fp_str is reportlab_memo.fp_str
    assert canvas.fp_str is reportlab_memo.fp_str
    assert textobject.fp_str is reportlab_memo.fp_str
    from reportlab.pdfbase import pdfdoc  # imported again: the same

    assert pdfdoc.fp_str is reportlab_memo.fp_str
    assert ttfonts.instanceStringWidthTTF is reportlab_memo.string_width
    assert canvas.escapePDF is pdfdoc.escapePDF is reportlab_memo.escape_pdf


def test_widths_the_same_as_reportlabs_own() -> None:
    regular, bold = register_fonts()
    draw = random.Random(15)
    words = ["", " ", "Brenner", "Zoë", "—", "\u05e9\u05dc\u05d5\u05dd", "\U0001f600", "a" * 300]
    letters = "abcdefghij KLMNOP éü—.,"
    words += ["".join(draw.choice(letters) for _ in range(12)) for _ in range(500)]
    sizes = [6.5, 7, 8.5, 9, 10, 12.3, 16]
    original = reportlab_memo._original_width
    for _ in range(2):  # measured, then remembered
        for font in (regular, bold):
            for word in words:
                for size in sizes:
                    width = original(font, word, size)
                    assert reportlab_memo.string_width(font, word, size) == width, (word, size)
                    assert font.stringWidth(word, size) == width
    encoded = "Zoë".encode()
    assert reportlab_memo.string_width(regular, encoded, 9) == original(regular, encoded, 9)


def test_each_text_measured_once_per_face(monkeypatch: pytest.MonkeyPatch) -> None:
    regular, bold = register_fonts()
    measured: list[tuple[str, str]] = []

    def original(font: Any, text: str, size: float, encoding: str = "utf8") -> float:
        measured.append((font.fontName, text))
        return rl_accel._py_funcs["instanceStringWidthTTF"](font, text, size, encoding)  # type: ignore[no-any-return]

    monkeypatch.setattr(reportlab_memo, "_original_width", original)
    monkeypatch.setattr(reportlab_memo, "_widths", {})
    assert pdfmetrics.stringWidth("Brenner", REGULAR, 9) == 2 * regular.stringWidth("Brenner", 4.5)
    regular.stringWidth("Brenner", 12)
    bold.stringWidth("Brenner", 9)
    assert measured == [(REGULAR, "Brenner"), (BOLD, "Brenner")]


def test_widths_forgotten_all_at_once_beyond_the_size(monkeypatch: pytest.MonkeyPatch) -> None:
    regular, _ = register_fonts()
    monkeypatch.setattr(reportlab_memo, "_widths", {})
    monkeypatch.setattr(reportlab_memo, "MEMO_SIZE", 2)
    for word in ("a", "b", "c"):
        regular.stringWidth(word, 9)
    assert list(reportlab_memo._widths) == [(regular.face, "c")]


def test_escapes_the_same_as_reportlabs_own(monkeypatch: pytest.MonkeyPatch) -> None:
    escaped: list[Any] = []

    def original(text: Any) -> str:
        escaped.append(text)
        return rl_accel._py_funcs["escapePDF"](text)  # type: ignore[no-any-return]

    monkeypatch.setattr(reportlab_memo, "_original_escape", original)
    monkeypatch.setattr(reportlab_memo, "_escaped", {})
    texts: list[Any] = ["", "plain", "(brackets) and \\ back", "Zo\xeb", bytes(range(256))]
    texts += [bytearray(b"(a)"), "plain", bytes(range(256))]
    for text in texts:
        assert reportlab_memo.escape_pdf(text) == rl_accel._py_funcs["escapePDF"](text)
    assert escaped == texts[:6]  # each text once; a bytearray is not remembered
