"""The recent workbooks as the File menu lists them: newest first, once each, at most
eight, and whatever the settings file holds under the key, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from alliance_desk.ui import recent_files as recent


def test_newest_first_once_each_at_most_eight(tmp_path: Path) -> None:
    paths = [tmp_path / f"book{number}.alliance" for number in range(10)]
    for path in paths:
        recent.remember(path)
    recent.remember(paths[5])
    expected = [str(paths[number].resolve()) for number in (5, 9, 8, 7, 6, 4, 3, 2)]
    assert recent.recent_files() == expected
    assert len(expected) == recent.MAX_RECENT


def test_a_single_workbook_comes_back_as_a_list_of_one(tmp_path: Path) -> None:
    recent.remember(tmp_path / "only.alliance")
    assert recent.recent_files() == [str((tmp_path / "only.alliance").resolve())]


@pytest.mark.parametrize("stored", [QPoint(3, 4), "", ["a.alliance", 7, ""]])
def test_what_we_did_not_write_lists_no_workbook(stored: object) -> None:
    """A hand-edited or foreign settings file: no crash at start-up, only real names."""
    recent.settings().setValue("recent_files", stored)
    assert recent.recent_files() == (["a.alliance"] if isinstance(stored, list) else [])
