"""The page preview renders only what is in view, follows scrolling and zoom, and draws pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from alliance_desk.reports.briefing import build_briefing
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.pdf_pages import PdfPages
from alliance_desk.ui.widgets.page_preview import PagePreview, Zoom


@pytest.fixture(scope="module")
def board_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from alliance_desk.demo.builder import build_demo

    folder = tmp_path_factory.mktemp("pack")
    with open_workbook(build_demo(folder / "Demo.alliance")) as workbook:
        build_briefing(workbook.db, folder / "pack.pdf", None, today=dt.date(2026, 11, 15))
    return folder / "pack.pdf"


@pytest.fixture
def pages(board_pack: Path) -> Iterator[PdfPages]:
    opened = PdfPages(board_pack)
    yield opened
    opened.close()


@pytest.fixture
def preview(qapp: QApplication, qtbot: QtBot, pages: PdfPages) -> PagePreview:
    preview = PagePreview()
    qtbot.addWidget(preview)
    preview.resize(500, 400)
    preview.show()
    qtbot.waitExposed(preview)
    preview.set_pages(pages)
    return preview


def test_pages_are_images_of_the_pdf(pages: PdfPages) -> None:
    assert pages.count >= 9
    size = pages.size(0)
    assert round(size.width()) == 595 and round(size.height()) == 842  # A4 in points
    image = pages.image(0, 72)
    assert abs(image.width() - 595) <= 1 and abs(image.height() - 842) <= 1  # rounded up
    colours = {image.pixelColor(x, y).name() for x in range(0, 590, 7) for y in range(0, 840, 7)}
    assert "#ffffff" in colours and len(colours) > 3  # white paper with print on it


def test_only_the_pages_in_view_are_rendered(preview: PagePreview, pages: PdfPages) -> None:
    preview.viewport().grab()
    assert 1 <= len(preview.strip.images) <= 2
    assert {key[0] for key in preview.strip.images} <= {0, 1}
    preview.go_to(pages.count - 1)
    preview.viewport().grab()
    assert any(key[0] == pages.count - 1 for key in preview.strip.images)


def test_scrolling_tells_the_page_in_view(
    preview: PagePreview, pages: PdfPages, qtbot: QtBot
) -> None:
    seen: list[int] = []
    preview.current_page_changed.connect(seen.append)
    preview.go_to(3)
    assert preview.current_page() == 3 and seen[-1] == 3
    preview.verticalScrollBar().setValue(0)
    assert preview.current_page() == 0 and seen[-1] == 0


def test_zoom_changes_the_shown_size(preview: PagePreview) -> None:
    width = preview.shown_size(0).width()
    assert abs(width - (preview.viewport().width() - 28)) <= 1  # page width, less the gaps
    preview.set_zoom(Zoom.WHOLE_PAGE)
    whole = preview.shown_size(0)
    assert whole.height() <= preview.viewport().height() - 28
    preview.set_zoom(Zoom.ACTUAL_SIZE)
    assert preview.shown_size(0).width() > width
    assert preview.horizontalScrollBar().maximum() > 0


def test_an_empty_preview_draws_the_desk(preview: PagePreview) -> None:
    preview.set_pages(None)
    shot = preview.viewport().grab().toImage()
    assert shot.pixelColor(shot.width() // 2, shot.height() // 2).name() == "#8a9099"
    assert preview.current_page() == 0


def test_colours_come_through_in_the_right_channels(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "colours.pdf"
    canvas = Canvas(str(path), pagesize=(300, 100))
    for left, colour in ((0, (1, 0, 0)), (100, (0, 0.5, 0)), (200, (0, 0, 1))):
        canvas.setFillColorRGB(*colour)
        canvas.rect(left, 0, 100, 100, stroke=0, fill=1)
    canvas.save()
    pages = PdfPages(path)
    try:
        image = pages.image(0, 72)
        assert [image.pixelColor(x, 50).name() for x in (50, 150, 250)] == [
            "#ff0000",
            "#008000",
            "#0000ff",
        ]
    finally:
        pages.close()


@pytest.mark.parametrize("zoom", list(Zoom))
@pytest.mark.parametrize("size", [(500, 400), (300, 900)])  # pages taller, or shorter, than half
def test_going_to_a_page_shows_that_page(
    preview: PagePreview, pages: PdfPages, zoom: Zoom, size: tuple[int, int]
) -> None:
    preview.resize(*size)
    preview.set_zoom(zoom)
    for index in range(pages.count):
        preview.go_to(index)
        assert preview.current_page() == index
    preview.verticalScrollBar().setValue(preview.verticalScrollBar().maximum())
    assert preview.current_page() == pages.count - 1
