"""The number of undo steps kept: a preference of this computer (Settings), one hundred
unless chosen, taken by every workbook opened afterwards; a stored value out of range
falls back to the default."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.ui.dialogs.settings import SettingsDialog, undo_steps
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.preferences import UNDO_STEPS, settings


def test_the_chosen_undo_steps_reach_the_next_workbook_opened(
    qtbot: QtBot, translation: Translation, workbook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    assert window.open_path(workbook_path)
    assert window.session is not None
    assert window.session.undo_stack.undoLimit() == UNDO_STEPS

    def choose_twenty(dialog: SettingsDialog) -> int:
        assert dialog.undo_steps.value() == UNDO_STEPS
        assert dialog.undo_label.buddy() is dialog.undo_steps
        assert "next workbook opened" in dialog.undo_steps.toolTip()
        dialog.undo_steps.setValue(20)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_twenty)
    window.settings_action.trigger()
    assert undo_steps() == 20
    window.close_workbook()
    assert window.open_path(workbook_path)
    assert window.session is not None and window.session.undo_stack.undoLimit() == 20
    window.close_workbook()


@pytest.mark.parametrize("stored", ["5", "100000", "many", ""])
def test_a_stored_value_out_of_range_gives_the_default(stored: str) -> None:
    settings().setValue("undo_steps", stored)
    assert undo_steps() == UNDO_STEPS


def test_the_spin_box_holds_the_range(qtbot: QtBot, translation: Translation) -> None:
    dialog = SettingsDialog("en")
    qtbot.addWidget(dialog)
    dialog.undo_steps.setValue(1)
    assert dialog.undo_steps.value() == 10
    dialog.undo_steps.setValue(5000)
    assert dialog.undo_steps.value() == 1000
