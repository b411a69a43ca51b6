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
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.language import Translation
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


def test_a_damaged_crash_journal_is_reported_in_a_dialog(
    window: MainWindow, workbook_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from alliance_desk.store.workbook import open_workbook

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: shown.append((title, text))
    )
    crash = tmp_path / "crash"
    crash.mkdir()
    with open_workbook(workbook_path, tmp_path / "backups") as workbook:
        for number in range(8):
            workbook.db.execute(
                "INSERT INTO organisation (name) VALUES (:name)", {"name": f"P {number}"}
            )
        shutil.copyfile(workbook_path, crash / workbook_path.name)
        wal = workbook_path.with_name(workbook_path.name + "-wal")
        data = bytearray(wal.read_bytes())
    page_size = int.from_bytes(data[8:12], "big")
    middle = 32 + ((len(data) - 32) // (24 + page_size) // 2) * (24 + page_size) + 224
    data[middle : middle + 8] = bytes(255 - value for value in data[middle : middle + 8])
    (crash / (workbook_path.name + "-wal")).write_bytes(bytes(data))

    assert window.open_path(crash / workbook_path.name)

    [(title, text)] = shown
    assert title == "Changes lost after a crash"
    assert "could not be recovered" in text and "damaged-journal" in text
    assert window.session is not None  # the workbook is open, the app is up
