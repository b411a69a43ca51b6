"""The app opens a workbook on read-only media for reading and says so in a bar that stays;
an edit is refused with that same sentence, and the app stays up."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Organisation
from alliance_desk.store.errors import ReadOnlyWorkbook
from alliance_desk.ui.app import Translation
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, translation: Translation) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close_workbook()


def test_a_workbook_on_read_only_media_opens_with_a_bar(
    window: MainWindow,
    small_demo_template: Path,
    tmp_path: Path,
    read_only_medium: Callable[[Path], None],
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "Demo.alliance"
    shutil.copyfile(small_demo_template, path)
    read_only_medium(stick)

    assert window.open_path(path)
    assert window.session is not None
    assert window.read_only_bar.isVisible()
    assert "read-only media: changes cannot be saved" in window.read_only_bar.text()

    with pytest.raises(ReadOnlyWorkbook) as refused:
        window.session.add(Organisation(name="Not saved"), "Add")
    assert "changes cannot be saved" in describe_error(refused.value)
    assert window.session.undo_stack.count() == 0

    window.close_workbook()
    assert not window.read_only_bar.isVisible()
