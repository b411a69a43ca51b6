"""File menu safe-keeping from the app: back up, restore, export, import, settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import backup, records
from alliance_desk.store.signals import thresholds
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.dialogs.settings import SettingsDialog
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.views.portfolio.page import PortfolioView


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, workbook_path: Path) -> Iterator[MainWindow]:
    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Tulip & Co"))
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Spring launch 🌷"))
    window = MainWindow(Translation(qapp))
    qtbot.addWidget(window)
    assert window.open_path(workbook_path)
    yield window
    window.close_workbook()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    shown: dict[str, list[str]] = {"warning": [], "information": [], "question": []}

    def record(kind: str, answer: QMessageBox.StandardButton):  # noqa: ANN202
        def show(parent: object, title: str, text: str, *args: object) -> object:
            shown[kind].append(text)
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


def _alliance_names(path: Path) -> list[str]:
    with open_workbook(path) as workbook:
        return [row[0] for row in workbook.db.query("SELECT name FROM alliance ORDER BY id")]


def test_opening_makes_the_daily_backup_in_the_background(window: MainWindow, qtbot: QtBot) -> None:
    assert window.session is not None
    path = window.session.workbook.path
    window.file_actions.wait_for_background()
    found = backup.list_backups(path)
    assert len(found) == 1 and backup.verify(found[0].path) is None
    # The result travels back to the GUI thread as a queued signal.
    qtbot.waitUntil(lambda: "Daily backup made" in window.statusBar().currentMessage())
    # Reopening the same day does not make another one.
    window.close_workbook()
    window.open_path(path)
    window.file_actions.wait_for_background()
    assert len(backup.list_backups(path)) == 1


def test_back_up_now_writes_a_verified_backup(window: MainWindow) -> None:
    assert window.session is not None
    window.file_actions.wait_for_background()
    before = len(backup.list_backups(window.session.workbook.path))
    window.file_actions.backup_action.trigger()
    found = backup.list_backups(window.session.workbook.path)
    assert len(found) == before + 1
    assert all(backup.verify(item.path) is None for item in found)
    assert "verified" in window.statusBar().currentMessage()


def test_restore_brings_back_the_chosen_backup(
    window: MainWindow, dialogs: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.session is not None
    path = window.session.workbook.path
    window.file_actions.backup_action.trigger()
    alliance_id = window.session.db.scalar("SELECT id FROM alliance")
    window.session.change(
        records.get(window.session.db, Alliance, alliance_id), "Rename", name="Renamed"
    )
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *args: (items[0], True)
    )
    assert window.file_actions.restore()
    assert "kept as a backup first" in dialogs["question"][0]
    assert window.session is not None and window.session.workbook.path == path
    assert window.session.db.scalar("SELECT name FROM alliance") == "Spring launch 🌷"
    labels = [item.label for item in backup.list_backups(path)]
    assert "before-restore" in labels


def test_export_then_import_gives_a_new_workbook_with_the_same_records(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = tmp_path / "export.json"
    imported = tmp_path / "copy.alliance"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    window.file_actions.export_action.trigger()
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["tables"]["alliance"][0]["name"] == "Spring launch 🌷"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(imported), ""))
    window.file_actions.import_action.trigger()
    assert window.session is not None and window.session.workbook.path == imported
    window.close_workbook()
    assert _alliance_names(imported) == ["Spring launch 🌷"]


def test_importing_foreign_json_explains_and_leaves_nothing(
    window: MainWindow,
    tmp_path: Path,
    dialogs: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    foreign = tmp_path / "playlist.json"
    foreign.write_text('{"songs": ["a", "b"]}', encoding="utf-8")
    target = tmp_path / "never.alliance"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    open_before = window.session.workbook.path if window.session else None
    window.file_actions.import_action.trigger()
    assert "not an alliance_desk workbook export" in dialogs["warning"][0]
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "never" in p.name] == []
    assert window.session is not None and window.session.workbook.path == open_before


def test_settings_change_losing_touch_days_and_language(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept(dialog: SettingsDialog) -> int:
        dialog.thresholds.spins["losing_touch_days"].setValue(30)
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    window.settings_action.trigger()
    # The losing-touch period is the workbook's threshold now, not this computer's.
    assert window.session is not None
    assert thresholds(window.session.db).losing_touch_days == 30
    portfolio = next(view for view in window.views if isinstance(view, PortfolioView))
    assert portfolio.losing_touch_days == 30
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Bestand")
    window.translation.switch("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
