"""Help → About: the version, where the log lives, and the licences of what is bundled."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk import __version__
from alliance_desk.paths import log_file
from alliance_desk.ui.dialogs.about import AboutDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, translation: Translation) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    yield window


def test_about_names_the_version_the_log_and_the_bundled_licences(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    text = shown[0].text.text()
    assert f"alliance_desk {__version__}" in text
    assert str(log_file()) in text
    for licence in ("LGPL-3.0", "BSD-3-Clause", "Apache-2.0", "MIT", "Bitstream Vera"):
        assert licence in text
    assert "reportlab" in text and "DejaVu" in text


def test_about_speaks_dutch(window: MainWindow, translation: Translation, qtbot: QtBot) -> None:
    translation.switch("nl")
    qtbot.waitUntil(lambda: window.about_action.text() == "&Over alliance_desk")
    assert "Licentie" in AboutDialog(window).text.text()
