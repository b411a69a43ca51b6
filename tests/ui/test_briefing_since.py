"""File → Briefing's "changes since" date and confidentiality line, used as a user would:
the default date (the previous board pack, or 90 days back) and one of one's own, read
back from the PDF; the footer's line in the briefing's language, one of one's own
(remembered) or none; a board pack saved or printed is remembered by the workbook, a
preview is not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from alliance_desk.store.board_packs import board_packs
from alliance_desk.ui.dialogs.briefing import BriefingDialog
from alliance_desk.ui.dialogs.briefing_options import CONFIDENTIALITY_SETTING
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.preferences import settings

from .test_briefing_dialog import built_path, open_dialog, print_to, save_as, text_of

PREVIOUS_PACK = dt.date(2026, 8, 16)  # the small demo remembers one 13 weeks before its today
TODAY = dt.date(2026, 11, 15)  # the reference date open_dialog sets


@pytest.fixture
def window(qtbot: QtBot, translation: Translation, small_demo_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    assert window.open_path(small_demo_path)
    yield window
    window.close_workbook()


def first_alliance(window: MainWindow) -> int:
    assert window.session is not None
    return int(window.session.db.scalar("SELECT id FROM alliance ORDER BY name LIMIT 1"))


def remembered(window: MainWindow) -> list[dt.date]:
    assert window.session is not None
    return board_packs(window.session.db)


def since(dialog: BriefingDialog) -> dt.date:
    return dialog.options.choices().since


def pick(edit: QDateEdit, day: dt.date) -> None:
    """A date picked in the field's calendar popup (which sets the field's date)."""
    edit.setDate(QDate(day.year, day.month, day.day))


def footer(path: Path, index: int = 0) -> list[str]:
    """The page's footer as read: "Page N of M", then the confidentiality line if any (the
    footer is drawn first, and its left part, "organisation · title · date", ends it)."""
    lines = PdfReader(path).pages[index].extract_text().splitlines()
    return lines[: next(number for number, line in enumerate(lines) if " · " in line)]


def test_changes_since_defaults_to_the_previous_board_pack(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)
    assert since(dialog) == PREVIOUS_PACK
    assert dialog.options.since.text() == "2026-08-16"
    assert dialog.options.since_note.text() == (
        "Default 16 Aug 2026: the previous board pack made from this workbook."
    )
    assert (
        dialog.options.since_label.buddy() is dialog.options.since
        and dialog.options.since.calendarPopup()
    )
    assert "What changed since 16 Aug 2026" in text_of(built_path(dialog))
    # The default follows the reference date: a month on, still since that pack.
    dialog.options.date.setDate(QDate(2026, 12, 15))
    assert since(dialog) == PREVIOUS_PACK
    assert dialog.out_of_date.isVisible()


def test_without_an_earlier_board_pack_changes_since_90_days_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_dialog(window, qtbot, first_alliance(window))
    dialog.options.date.setDate(QDate(2026, 8, 1))  # before the only pack the workbook remembers
    assert since(dialog) == dt.date(2026, 5, 3)
    assert dialog.options.since_note.text() == (
        "Default 3 May 2026: 90 days back, as no earlier board pack is known."
    )
    dialog.options.update_button.click()
    assert "WHAT CHANGED SINCE 3 MAY 2026" in text_of(built_path(dialog))  # the one-pager's


def test_a_date_of_ones_own_reaches_the_pdf_and_stays(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)
    pick(dialog.options.since, dt.date(2026, 1, 1))
    assert dialog.out_of_date.isVisible()
    save_as(monkeypatch, tmp_path / "pack.pdf")
    assert dialog.save() == tmp_path / "pack.pdf"  # built afresh with the new date first
    text = text_of(tmp_path / "pack.pdf")
    assert "What changed since 1 Jan 2026" in text
    assert "What changed since 16 Aug 2026" not in text
    # A date of one's own stays when the reference date moves ...
    dialog.options.date.setDate(QDate(2026, 12, 15))
    assert since(dialog) == dt.date(2026, 1, 1)
    assert "15 Nov 2026" in dialog.options.since_note.text()  # the default is still told
    # ... but never after the reference date ...
    pick(dialog.options.since, dt.date(2027, 1, 1))
    assert since(dialog) == dt.date(2026, 12, 15)
    dialog.options.date.setDate(QDate(2026, 12, 1))
    assert since(dialog) == dt.date(2026, 12, 1)
    # ... and picking the default again lets it follow the reference date once more.
    pick(dialog.options.since, dt.date(2026, 11, 15))
    dialog.options.date.setDate(QDate(2026, 11, 1))
    assert since(dialog) == PREVIOUS_PACK


def test_the_confidentiality_line_in_the_briefings_language(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_dialog(window, qtbot, first_alliance(window))
    assert dialog.options.confidentiality.text() == "Confidential"
    assert dialog.options.confidentiality_label.buddy() is dialog.options.confidentiality
    assert footer(built_path(dialog)) == ["Page 1 of 1", "Confidential"]
    dialog.options.language.setCurrentIndex(dialog.options.language.findData("nl"))
    assert dialog.options.confidentiality.text() == "Vertrouwelijk"
    qtbot.mouseClick(dialog.options.update_button, Qt.MouseButton.LeftButton)
    assert footer(built_path(dialog)) == ["Pagina 1 van 1", "Vertrouwelijk"]


def test_a_line_of_ones_own_is_printed_and_remembered_an_empty_one_prints_none(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    alliance_id = first_alliance(window)
    dialog = open_dialog(window, qtbot, alliance_id)
    dialog.options.confidentiality.selectAll()
    qtbot.keyClicks(dialog.options.confidentiality, "Board only - do not forward")
    assert dialog.out_of_date.isVisible()
    qtbot.mouseClick(dialog.options.update_button, Qt.MouseButton.LeftButton)
    assert footer(built_path(dialog)) == ["Page 1 of 1", "Board only - do not forward"]
    assert settings().value(CONFIDENTIALITY_SETTING) is None  # a preview remembers nothing
    save_as(monkeypatch, tmp_path / "one.pdf")
    assert dialog.save() is not None
    assert settings().value(CONFIDENTIALITY_SETTING) == "Board only - do not forward"
    dialog.close()

    # The next briefing starts with it, whatever its language; emptied, no line at all.
    again = open_dialog(window, qtbot, alliance_id)
    assert again.options.confidentiality.text() == "Board only - do not forward"
    again.options.language.setCurrentIndex(again.options.language.findData("nl"))
    assert again.options.confidentiality.text() == "Board only - do not forward"
    again.options.confidentiality.selectAll()
    qtbot.keyClick(again.options.confidentiality, Qt.Key.Key_Delete)
    assert again.options.choices().confidentiality == ""
    save_as(monkeypatch, tmp_path / "none.pdf")
    assert again.save() == tmp_path / "none.pdf"
    assert footer(tmp_path / "none.pdf") == ["Pagina 1 van 1"]
    assert "Board only" not in text_of(tmp_path / "none.pdf")
    again.close()
    third = open_dialog(window, qtbot, alliance_id)
    assert third.options.confidentiality.text() == ""

    # Typing the language's word again lets the line follow the language once more.
    qtbot.keyClicks(third.options.confidentiality, "Confidential")
    save_as(monkeypatch, tmp_path / "again.pdf")
    assert third.save() is not None
    assert settings().value(CONFIDENTIALITY_SETTING) is None
    third.options.language.setCurrentIndex(third.options.language.findData("nl"))
    assert third.options.confidentiality.text() == "Vertrouwelijk"


def test_a_saved_board_pack_is_remembered_a_preview_or_one_pager_is_not(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)
    assert dialog.options.kind.currentData() is True and dialog.built is not None
    assert remembered(window) == [PREVIOUS_PACK]  # previewed, not yet saved
    dialog.options.kind.setCurrentIndex(dialog.options.kind.findData(False))
    save_as(monkeypatch, tmp_path / "pages.pdf")
    assert dialog.save() is not None
    assert remembered(window) == [PREVIOUS_PACK]  # one-pagers are not a board pack

    dialog.options.kind.setCurrentIndex(dialog.options.kind.findData(True))
    save_as(monkeypatch, tmp_path / "pack.pdf")
    assert dialog.save() == tmp_path / "pack.pdf"
    assert remembered(window) == [PREVIOUS_PACK, TODAY]
    # The next pack, a month on, tells what changed since this one.
    dialog.options.date.setDate(QDate(2026, 12, 15))
    assert since(dialog) == TODAY
    assert "previous board pack" in dialog.options.since_note.text()


def test_a_printed_board_pack_is_remembered(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.alliance_box.setCurrentIndex(-1)
    dialog = open_dialog(window, qtbot, None)
    dialog.options.date.setDate(QDate(2026, 11, 20))
    print_to(monkeypatch, tmp_path / "printed.pdf")
    assert dialog.print_briefing()
    assert remembered(window) == [PREVIOUS_PACK, dt.date(2026, 11, 20)]
    assert dialog.printed_pages == len(PdfReader(tmp_path / "printed.pdf").pages)
