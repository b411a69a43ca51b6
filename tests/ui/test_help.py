"""The Help menu: the guide (bundled, both languages), the welcome on the very first start,
About with where everything lives, and the File menu's Close and Quit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.paths import GUIDE, log_file
from alliance_desk.ui.dialogs.about import AboutDialog
from alliance_desk.ui.dialogs.guide import GuideDialog, guide_html
from alliance_desk.ui.dialogs.welcome import WelcomeDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.preferences import settings


@pytest.fixture
def window(qtbot: QtBot, translation: Translation) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close_workbook()


def test_the_guide_is_bundled_in_both_languages_with_the_same_sections() -> None:
    english, dutch = guide_html("en"), guide_html("nl")
    sections = re.compile(r'<h3 id="(\w+)"')
    assert sections.findall(english) == sections.findall(dutch)
    assert {"pages", "evaluation", "briefing"} <= set(sections.findall(english))
    for html in (english, dutch):
        # Offline: every link goes to a section of the guide itself.
        assert all(link.startswith("#") for link in re.findall(r'href="([^"]*)"', html))
    assert "Evaluaties" in dutch and "Evaluations" in english
    assert sorted(path.name for path in GUIDE.glob("*.html")) == ["guide_en.html", "guide_nl.html"]


@pytest.mark.parametrize(
    ("language", "title", "heading"),
    [
        ("en", "Guide to alliance_desk", "A first evaluation"),
        ("nl", "Handleiding bij alliance_desk", "Een eerste evaluatie"),
    ],
)
def test_help_guide_opens_in_the_interface_language(
    window: MainWindow,
    translation: Translation,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    title: str,
    heading: str,
) -> None:
    assert translation.switch(language)
    shown: list[GuideDialog] = []
    monkeypatch.setattr(GuideDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    assert window.guide_action in window.help_menu.actions()
    window.guide_action.trigger()
    assert shown[0].windowTitle() == title
    assert heading in shown[0].browser.toPlainText()


def test_the_very_first_start_offers_the_demo_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[WelcomeDialog] = []

    def choose_demo(dialog: WelcomeDialog) -> int:
        offered.append(dialog)
        dialog.buttons[WelcomeDialog.DEMO].click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    window.welcome_if_first_run()
    assert len(offered) == 1
    assert window.session is not None and window.session.workbook.path.name == "Demo.alliance"
    window.welcome_if_first_run()  # the second start: remembered, not offered again
    assert len(offered) == 1
    window.welcome_action.trigger()  # always in Help → Getting started…
    assert len(offered) == 2


@pytest.mark.parametrize(
    ("button", "asked"), [("new", "getSaveFileName"), ("open", "getOpenFileName")]
)
def test_the_welcome_starts_a_new_workbook_or_opens_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, button: str, asked: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    calls: list[str] = []
    monkeypatch.setattr(QFileDialog, asked, lambda *args, **kwargs: calls.append(asked) or ("", ""))
    monkeypatch.setattr(
        WelcomeDialog, "exec", lambda dialog: dialog.buttons[button].click() or dialog.result()
    )
    window.welcome_if_first_run()
    assert calls == [asked]
    assert settings().value("first_run/welcomed", False, type=bool)


def test_closing_the_welcome_leaves_the_window_empty(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: dialog.reject() or 0)
    window.welcome_if_first_run()
    assert window.session is None


def test_about_says_where_the_workbook_its_backups_the_settings_and_the_log_are(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, workbook_path: Path
) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.about_action.trigger()
    assert "none open" in shown[-1].text.text()
    assert window.open_path(workbook_path)
    window.about_action.trigger()
    text = shown[-1].text.text()
    assert str(workbook_path) in text
    assert str(workbook_path.parent / "Partners-backups") in text
    assert settings().fileName() in text and str(log_file()) in text


def test_close_workbook_and_quit(window: MainWindow, workbook_path: Path) -> None:
    assert not window.close_action.isEnabled()
    assert window.open_path(workbook_path)
    assert window.close_action.isEnabled()
    window.close_action.trigger()
    assert window.session is None and window.alliance_box.count() == 0
    window.quit_action.trigger()
    assert not window.isVisible()
