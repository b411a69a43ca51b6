"""File → Briefing, used as a user would: choose, preview, save and print, then read the PDFs.

The print dialog is the system's, so it is replaced by one that "accepts" with
the printer sent to a PDF file; the pages printed are then compared with the
pages saved, pixel by pixel at a coarse resolution.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage, QPageRanges
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.ui import tasks
from alliance_desk.ui.alliance_chooser import NAME_ROLE
from alliance_desk.ui.dialogs import briefing as briefing_dialog
from alliance_desk.ui.dialogs import briefing_options, briefing_print
from alliance_desk.ui.dialogs.briefing import BriefingDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.pdf_pages import PdfPages

TODAY = QDate(2026, 11, 15)  # the small demo's own "today"
A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture
def window(qtbot: QtBot, translation: Translation, small_demo_path: Path) -> Iterator[MainWindow]:
    # English as the app starts it: the English plural forms come from the catalogue.
    window = MainWindow(translation)
    qtbot.addWidget(window)
    assert window.open_path(small_demo_path)
    yield window
    window.close_workbook()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def show(parent: object, title: str, text: str, *args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", show)
    monkeypatch.setattr(QMessageBox, "information", show)
    return shown


def alliance_names(window: MainWindow) -> dict[int, str]:
    assert window.session is not None
    return dict(window.session.db.query("SELECT id, name FROM alliance ORDER BY name"))


def open_dialog(window: MainWindow, qtbot: QtBot, alliance_id: int | None) -> BriefingDialog:
    """Choose the alliance in the main window, then File → Briefing; wait for the first preview."""
    if alliance_id is not None:
        window.alliance_box.setCurrentIndex(window.alliance_box.findData(alliance_id))
    assert window.session is not None
    dialog = BriefingDialog(window.session, window.alliance_box.currentData(), window)
    qtbot.addWidget(dialog)
    dialog.options.date.setDate(TODAY)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.built is not None, timeout=10_000)
    return dialog


def tick(dialog: BriefingDialog, names: list[str]) -> None:
    dialog.options.chooser.all_alliances.setChecked(False)
    for row in range(dialog.options.chooser.alliances.count()):
        item = dialog.options.chooser.alliances.item(row)
        wanted = item.data(NAME_ROLE) in names
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def built_path(dialog: BriefingDialog) -> Path:
    assert dialog.built is not None
    return dialog.built.pages.path


def page_size(path: Path, index: int = 0) -> tuple[int, int]:
    """Width and height in whole points (Qt's printer rounds A4 to 595 x 842)."""
    box = PdfReader(path).pages[index].mediabox
    return round(float(box.width)), round(float(box.height))


def text_of(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    suggested: list[str] = []

    def choose(parent: object, title: str, name: str, filter_: str) -> tuple[str, str]:
        suggested.append(name)
        return str(target), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return suggested


def test_opens_on_the_current_alliance_and_previews_its_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    alliance_id, name = next(iter(alliance_names(window).items()))
    dialog = open_dialog(window, qtbot, alliance_id)
    assert dialog.options.chooser.chosen_ids() == (alliance_id,)
    assert dialog.options.kind.currentData() is False
    assert dialog.built is not None and dialog.built.pages.count == 1
    assert len(PdfReader(built_path(dialog)).pages) == 1
    assert name in text_of(built_path(dialog))
    assert dialog.page_number.text() == "Page 1 of 1"
    assert not dialog.out_of_date.isVisible()
    shot = dialog.preview.viewport().grab().toImage()
    shades = [
        shot.pixelColor(x, y).lightness()
        for x in range(shot.width() // 4, shot.width() * 3 // 4, 3)
        for y in range(30, shot.height() // 2, 3)
    ]
    assert max(shades) > 245 and min(shades) < 80  # white paper with dark print on it


def test_fits_a_small_screen_with_its_buttons_in_view(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot, None)
    room = dialog.screen().availableGeometry()  # 800 x 800 on the tests' offscreen screen
    assert room.width() < briefing_dialog.SIZE[0]
    assert dialog.width() <= room.width() - briefing_dialog.FRAME_ROOM
    assert dialog.height() <= room.height() - briefing_dialog.FRAME_ROOM
    for button in (dialog.save_button, dialog.print_button, dialog.options.update_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert button.isVisible() and dialog.rect().contains(corner)


def test_without_a_current_alliance_it_offers_the_board_pack_of_all(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)
    assert dialog.options.chooser.is_all() and dialog.options.kind.currentData() is True
    pages = len(PdfReader(built_path(dialog)).pages)
    assert dialog.built is not None and dialog.built.pages.count == pages
    assert pages >= 2 + len(alliance_names(window))  # cover, overview, one page each, appendix
    assert "Board pack" in text_of(built_path(dialog))


def test_a_big_board_pack_is_drawn_by_workers(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog's build takes worker processes as soon as the pack is big enough (here:
    two alliances, on two processors) and previews the joined pack."""
    from alliance_desk.reports import briefing_pool

    monkeypatch.setattr(briefing_pool, "POOL_FROM", 2)
    monkeypatch.setattr(briefing_pool, "CHUNK", 2)
    monkeypatch.setattr(briefing_pool.os, "cpu_count", lambda: 2)
    pooled: list[object] = []
    real = briefing_pool.draw_pooled
    monkeypatch.setattr(
        briefing_pool, "draw_pooled", lambda *args: pooled.append(args) or real(*args)
    )
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)
    assert len(pooled) == 1
    pages = PdfReader(built_path(dialog)).pages
    assert dialog.built is not None and dialog.built.pages.count == len(pages)
    names = alliance_names(window).values()
    assert sum(any(name in page.extract_text() for name in names) for page in pages) >= len(names)


def test_board_pack_of_two_alliances_in_dutch_on_letter(window: MainWindow, qtbot: QtBot) -> None:
    names = list(alliance_names(window).values())
    dialog = open_dialog(window, qtbot, None)
    tick(dialog, names[:2])
    dialog.options.kind.setCurrentIndex(dialog.options.kind.findData(True))
    dialog.options.language.setCurrentIndex(dialog.options.language.findData("nl"))
    dialog.options.paper.setCurrentIndex(dialog.options.paper.findData("letter"))
    assert dialog.out_of_date.isVisible()
    qtbot.mouseClick(dialog.options.update_button, Qt.MouseButton.LeftButton)
    assert not dialog.out_of_date.isVisible()
    path = built_path(dialog)
    reader = PdfReader(path)
    assert dialog.built is not None and dialog.built.pages.count == len(reader.pages)
    assert page_size(path) == LETTER
    assert "Bestuursmap" in reader.pages[0].extract_text()
    text = text_of(path)
    assert names[0] in text and names[1] in text
    assert all(name not in text for name in names[2:])
    total = len(reader.pages)
    assert dialog.page_number.text() == f"Page 1 of {total}"
    qtbot.mouseClick(dialog.next_page, Qt.MouseButton.LeftButton)
    assert dialog.page_number.text() == f"Page 2 of {total}"
    assert dialog.previous_page.isEnabled()


def test_save_writes_the_previewed_pdf(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alliance_id, name = next(iter(alliance_names(window).items()))
    dialog = open_dialog(window, qtbot, alliance_id)
    out = tmp_path / "out"
    out.mkdir()
    suggested = save_as(monkeypatch, out / "for the board")
    previewed = built_path(dialog).read_bytes()
    assert dialog.save() == out / "for the board.pdf"
    assert (out / "for the board.pdf").read_bytes() == previewed
    assert sorted(p.name for p in out.iterdir()) == ["for the board.pdf"]  # no partial left
    assert Path(suggested[0]).name == f"{name} 2026-11-15.pdf"
    assert "Saved the briefing" in window.statusBar().currentMessage()
    # The next save suggests the folder used last, and asks before it replaces the file.
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    assert dialog.save() == out / "for the board.pdf"
    assert Path(suggested[1]).parent == out and len(asked) == 1


def test_changed_choices_are_built_afresh_before_saving(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alliance_id = next(iter(alliance_names(window)))
    dialog = open_dialog(window, qtbot, alliance_id)
    english = built_path(dialog)
    dialog.options.language.setCurrentIndex(dialog.options.language.findData("nl"))
    assert dialog.out_of_date.isVisible()
    save_as(monkeypatch, tmp_path / "briefing.pdf")
    assert dialog.save() == tmp_path / "briefing.pdf"
    assert not english.exists()  # the earlier build is gone with its preview
    assert (tmp_path / "briefing.pdf").read_bytes() == built_path(dialog).read_bytes()
    assert "Alliantiebriefing" in text_of(tmp_path / "briefing.pdf")
    assert not dialog.out_of_date.isVisible()


def test_a_failed_save_says_why_and_keeps_the_preview(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: list[str],
) -> None:
    dialog = open_dialog(window, qtbot, next(iter(alliance_names(window))))
    missing = tmp_path / "no such folder" / "briefing.pdf"
    save_as(monkeypatch, missing)
    assert dialog.save() is None
    assert len(messages) == 1 and str(missing) in messages[0] and "Nothing was saved" in messages[0]
    assert not missing.parent.exists()
    assert dialog.built is not None and built_path(dialog).exists()


class FakePrintDialog:
    """Stands in for the system print dialog: accepts, printing to a PDF file."""

    def __init__(
        self,
        printer: QPrinter,
        parent: object,
        target: Path,
        choose: Callable[[QPrinter], None] | None,
        accept: bool,
    ):
        self.printer, self.target, self.choose, self.accept = printer, target, choose, accept
        self.options: dict[object, bool] = {}
        self.min_max = (0, 0)

    def setMinMax(self, first: int, last: int) -> None:  # noqa: N802 (Qt's name)
        self.min_max = (first, last)

    def setFromTo(self, first: int, last: int) -> None:  # noqa: N802 (Qt's name)
        self.printer.setFromTo(first, last)

    def setOption(self, option: object, on: bool) -> None:  # noqa: N802 (Qt's name)
        self.options[option] = on

    def exec(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        self.printer.setPrintRange(QPrinter.PrintRange.AllPages)
        if self.choose is not None:
            self.choose(self.printer)
        return QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected

    def deleteLater(self) -> None:  # noqa: N802 (Qt's name)
        pass


def print_to(
    monkeypatch: pytest.MonkeyPatch,
    target: Path,
    choose: Callable[[QPrinter], None] | None = None,
    accept: bool = True,
) -> list[FakePrintDialog]:
    made: list[FakePrintDialog] = []

    def make(printer: QPrinter, parent: object) -> FakePrintDialog:
        made.append(FakePrintDialog(printer, parent, target, choose, accept))
        return made[-1]

    monkeypatch.setattr(briefing_print, "QPrintDialog", make)
    return made


def greys(image: QImage, width: int = 60) -> list[int]:
    small = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    small = small.convertToFormat(QImage.Format.Format_Grayscale8)
    return [small.pixelColor(x, y).value() for y in range(small.height()) for x in range(width)]


def test_print_sends_the_previewed_pages_to_the_printer(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    names = list(alliance_names(window).values())
    dialog = open_dialog(window, qtbot, None)
    tick(dialog, names[:3])
    dialog.options.kind.setCurrentIndex(dialog.options.kind.findData(False))
    printed = tmp_path / "printed.pdf"
    made = print_to(monkeypatch, printed)
    assert dialog.print_briefing()  # builds first: the choices changed
    assert made[0].min_max == (1, 3)
    assert dialog.printed_pages == 3
    assert len(PdfReader(printed).pages) == 3
    assert page_size(printed) == A4
    previewed, on_paper = PdfPages(built_path(dialog)), PdfPages(printed)
    try:
        for index in range(3):
            expected, found = greys(previewed.image(index, 36)), greys(on_paper.image(index, 36))
            assert len(expected) == len(found)
            difference = sum(abs(a - b) for a, b in zip(expected, found, strict=True))
            assert difference / len(expected) < 6  # the same page, up to resampling
        other = greys(previewed.image(1, 36))
        assert (
            sum(abs(a - b) for a, b in zip(other, greys(on_paper.image(0, 36)), strict=True))
            / len(other)
            >= 6
        )  # and a different page is told apart
    finally:
        previewed.close()
        on_paper.close()


def distance(one: QImage, other: QImage) -> float:
    """Mean difference of grey levels, 0 for the same picture."""
    expected, found = greys(one), greys(other)
    return sum(abs(a - b) for a, b in zip(expected, found, strict=True)) / len(expected)


def printed_as(dialog: BriefingDialog, printed: Path) -> list[int]:
    """Which previewed page (from 0) each printed page shows: the closest, and close it is."""
    previewed, on_paper = PdfPages(built_path(dialog)), PdfPages(printed)
    try:
        shown = [previewed.image(index, 36) for index in range(previewed.count)]
        found = []
        for number in range(on_paper.count):
            paper = on_paper.image(number, 36)
            distances = [distance(page, paper) for page in shown]
            best = min(range(len(shown)), key=distances.__getitem__)
            assert distances[best] < 6
            found.append(best)
        return found
    finally:
        previewed.close()
        on_paper.close()


@pytest.mark.parametrize(
    ("ranges", "order", "expected"),
    [
        ([(2, 3)], QPrinter.PageOrder.FirstPageFirst, [1, 2]),
        ([(1, 1), (3, 3)], QPrinter.PageOrder.FirstPageFirst, [0, 2]),  # "1,3"
        ([(2, 4)], QPrinter.PageOrder.LastPageFirst, [3, 2, 1]),
    ],
)
def test_print_the_pages_asked_for(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    ranges: list[tuple[int, int]],
    order: QPrinter.PageOrder,
    expected: list[int],
) -> None:
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)
    printed = tmp_path / "printed.pdf"

    def choose(printer: QPrinter) -> None:
        asked = QPageRanges()
        for first, last in ranges:
            asked.addRange(first, last)
        printer.setPageRanges(asked)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageOrder(order)

    print_to(monkeypatch, printed, choose)
    assert dialog.print_briefing()
    assert dialog.printed_pages == len(expected)
    assert printed_as(dialog, printed) == expected
    assert f"Sent {len(expected)} pages to" in window.statusBar().currentMessage()


def test_print_the_current_page(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)
    dialog.preview.go_to(4)
    printed = tmp_path / "printed.pdf"
    print_to(monkeypatch, printed, lambda p: p.setPrintRange(QPrinter.PrintRange.CurrentPage))
    assert dialog.print_briefing()
    assert printed_as(dialog, printed) == [4]
    assert "Sent 1 page to" in window.statusBar().currentMessage()


def test_a_cancelled_print_dialog_prints_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(window, qtbot, next(iter(alliance_names(window))))
    printed = tmp_path / "printed.pdf"
    print_to(monkeypatch, printed, accept=False)
    assert not dialog.print_briefing()
    assert dialog.printed_pages == 0 and not printed.exists()


def test_no_alliance_ticked_is_refused_and_the_preview_kept(
    window: MainWindow, qtbot: QtBot, messages: list[str]
) -> None:
    dialog = open_dialog(window, qtbot, next(iter(alliance_names(window))))
    before = dialog.built
    tick(dialog, [])
    assert not dialog.build()
    assert messages == ["Tick at least one alliance, or choose all alliances."]
    assert dialog.built is before and built_path(dialog).exists()


def test_all_then_none_ticked_is_refused_not_taken_for_all(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)  # built for every alliance
    tick(dialog, [])
    assert not dialog.is_up_to_date()
    assert dialog.save() is None  # refused, not saved as the pack of every alliance
    assert messages == ["Tick at least one alliance, or choose all alliances."]


def test_a_workbook_that_cannot_be_read_is_explained(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    dialog = open_dialog(window, qtbot, next(iter(alliance_names(window))))
    before = dialog.built

    def unreadable(*args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(briefing_options, "connect", unreadable)
    dialog.options.language.setCurrentIndex(dialog.options.language.findData("nl"))
    assert not dialog.build()
    assert messages == ["The briefing could not be built: unable to open database file"]
    assert dialog.built is before and built_path(dialog).exists()
    assert dialog.options.isEnabled() and dialog.buttons.isEnabled()


def test_save_asks_before_replacing_a_file_the_dialog_did_not_name(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = open_dialog(window, qtbot, next(iter(alliance_names(window))))
    existing = tmp_path / "minutes.pdf"
    existing.write_bytes(b"the board's own minutes")
    save_as(monkeypatch, tmp_path / "minutes")  # typed without .pdf
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert dialog.save() is None
    assert existing.read_bytes() == b"the board's own minutes"
    assert len(asked) == 1 and str(existing) in asked[0]


def test_a_cancelled_build_keeps_the_preview_and_leaves_no_file(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(window, qtbot, next(iter(alliance_names(window))))
    before = dialog.built
    dialog.options.chooser.all_alliances.setChecked(True)
    folder = built_path(dialog).parent
    listing = sorted(p.name for p in folder.iterdir())

    def cancel_midway(parent: object, title: str, label: str, work: Callable) -> object:  # type: ignore[type-arg]
        def progress(done: int, total: int) -> None:
            if done >= 2:
                raise tasks.Cancelled

        return work(progress)

    monkeypatch.setattr(tasks, "run_with_progress", cancel_midway)
    assert not dialog.build()
    assert dialog.built is before
    assert sorted(p.name for p in folder.iterdir()) == listing  # no partial, no new file
    assert dialog.out_of_date.isVisible()


def test_a_workbook_without_alliances_has_nothing_to_brief_on(
    qapp: QApplication, qtbot: QtBot, workbook_path: Path, messages: list[str]
) -> None:
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    assert window.open_path(workbook_path)
    try:
        assert window.session is not None
        dialog = BriefingDialog(window.session, None, window)
        qtbot.addWidget(dialog)
        assert not dialog.build()
        assert messages and "no alliances" in messages[0]
        assert dialog.built is None
    finally:
        window.close_workbook()


@pytest.mark.parametrize("how", ["close button", "window"])
def test_closing_removes_the_private_files(window: MainWindow, qtbot: QtBot, how: str) -> None:
    dialog = open_dialog(window, qtbot, next(iter(alliance_names(window))))
    folder = built_path(dialog).parent
    if how == "window":
        dialog.close()
    else:
        dialog.reject()
    assert not folder.exists()
    assert dialog.built is None


def test_markup_and_emoji_in_a_name_print_as_typed(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alliance_id = next(iter(alliance_names(window)))
    assert window.session is not None
    connection = sqlite3.connect(window.session.workbook.path)
    connection.execute(
        "UPDATE alliance SET name = :name WHERE id = :id",
        {"name": "R&D <Core> Zoë 🚀", "id": alliance_id},
    )
    connection.commit()
    connection.close()
    dialog = open_dialog(window, qtbot, alliance_id)
    suggested = save_as(monkeypatch, tmp_path / "x.pdf")
    assert dialog.save() is not None
    assert "R&D <Core> Zoë" in text_of(tmp_path / "x.pdf")
    assert Path(suggested[0]).name == f"R_D _Core_ Zoë _ {dt.date(2026, 11, 15)}.pdf"


def test_the_menu_opens_the_dialog(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BriefingDialog] = []

    def exec_(dialog: BriefingDialog) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(BriefingDialog, "exec", exec_)
    assert window.file_actions.briefing_action.isEnabled()
    window.file_actions.briefing_action.trigger()
    assert len(seen) == 1 and seen[0].options.chooser.count() == len(alliance_names(window))
