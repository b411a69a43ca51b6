"""The main window as a user meets it: open workbooks, read problems, switch language."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QListView, QMessageBox
from pytestqt.qtbot import QtBot

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import records
from alliance_desk.store.workbook import open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.recent_files import recent_files
from alliance_desk.ui.views.portfolio.page import PortfolioModel, PortfolioView


@pytest.fixture
def window(qtbot: QtBot, translation: Translation) -> Iterator[MainWindow]:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close_workbook()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(parent: object, title: str, text: str, *args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _fill(path: Path) -> None:
    with open_workbook(path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Brügge & Zonen <BE> 🚲"))
        records.insert(
            workbook.db,
            Alliance(
                partner_id=partner.id,
                name="Benelux distribution",
                status_rag="red",
                status_reason="Volumes 30% behind plan",
                lifecycle_stage="value_creation",
            ),
        )
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Aftercare service"))


def _portfolio(window: MainWindow) -> PortfolioModel:
    view = window.views[0]
    assert isinstance(view, PortfolioView) and view.model is not None
    return view.model


def _column(name: str) -> int:
    return PortfolioModel.COLUMN_KEYS.index(name)


def _names(window: MainWindow) -> set[str]:
    model = _portfolio(window)
    return {model.index(row, _column("name")).data() for row in range(model.rowCount())}


class _PaintWatcher(QObject):
    def __init__(self, seen: Callable[[], object]):
        super().__init__()
        self.seen = seen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen()
        return False


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_a_workbook_lists_its_alliances(window: MainWindow, workbook_path: Path) -> None:
    _fill(workbook_path)
    assert window.open_path(workbook_path)
    model = _portfolio(window)
    assert model.rowCount() == 2
    assert _names(window) == {"Benelux distribution", "Aftercare service"}
    red_row = model.row_of(
        window.session.db.scalar("SELECT id FROM alliance WHERE name = 'Benelux distribution'")
    )
    assert model.index(red_row, _column("partner")).data() == "Brügge & Zonen <BE> 🚲"
    assert model.index(red_row, _column("status_rag")).data() == "■ Red"
    assert model.index(red_row, _column("lifecycle_stage")).data() == "Value creation"
    assert "2 of 2 alliances" in window.views[0].summary.text()
    assert workbook_path.name in window.windowTitle()
    assert window.alliance_box.count() == 2


def test_the_alliance_chooser_names_each_alliance_with_its_partner(
    window: MainWindow, workbook_path: Path
) -> None:
    _fill(workbook_path)
    assert window.open_path(workbook_path)
    box = window.alliance_box
    partner = "Brügge & Zonen <BE> 🚲"
    assert [box.itemText(row) for row in range(box.count())] == [
        f"Aftercare service ({partner})",
        f"Benelux distribution ({partner})",
    ]
    benelux = window.session.db.scalar(
        "SELECT id FROM alliance WHERE name = 'Benelux distribution'"
    )
    window.choose_alliance(benelux)
    assert box.currentText() == f"Benelux distribution ({partner})"
    assert box.currentData() == benelux
    assert box.width() > box.fontMetrics().horizontalAdvance(box.currentText())  # whole
    # The drop-down list measures one line for all (the x5's 2,500 took twice as long).
    view = box.view()
    assert isinstance(view, QListView) and view.uniformItemSizes()
    box.showPopup()
    assert view.isVisible() and view.model().rowCount() == 2
    box.hidePopup()
    window.close_workbook()
    assert box.count() == 0 and box.currentData() is None


def test_a_long_alliance_name_does_not_widen_the_chooser_and_shows_whole_as_a_tip(
    qtbot: QtBot, translation: Translation, workbook_path: Path
) -> None:
    long_name = " ".join(["Joint go-to-market for the northern Benelux regions"] * 3)
    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Brügge & Zonen"))
        records.insert(workbook.db, Alliance(partner_id=partner.id, name=long_name))
    window = MainWindow(translation)  # the workbook open before the chooser is first sized
    qtbot.addWidget(window)
    assert window.open_path(workbook_path)
    window.show()
    box = window.alliance_box
    shown = f"{long_name} (Brügge & Zonen)"
    assert box.currentText() == shown
    assert box.itemData(0, Qt.ItemDataRole.ToolTipRole) == shown
    assert box.width() < box.fontMetrics().horizontalAdvance(shown) * 2 / 3
    window.close_workbook()


def test_open_through_the_file_dialog(
    window: MainWindow, workbook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(workbook_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(workbook_path), "")
    )
    window.open_action.trigger()
    assert window.workbook is not None and window.workbook.path == workbook_path
    assert _portfolio(window).rowCount() == 2


def test_new_workbook_through_the_file_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Portfolio 2027"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.new_action.trigger()
    created = tmp_path / "Portfolio 2027.alliance"
    assert created.exists()
    assert window.workbook is not None and window.workbook.path == created
    assert _portfolio(window).rowCount() == 0
    own = window.session.db.scalar("SELECT name FROM organisation WHERE is_own = 1")
    assert own == "Our organisation"


def _bad_files(tmp_path: Path, template: Path) -> dict[str, Path]:
    files = {}
    files["empty"] = tmp_path / "empty.alliance"
    files["empty"].write_bytes(b"")
    files["random"] = tmp_path / "random.alliance"
    files["random"].write_bytes(bytes(range(256)) * 40)
    files["text"] = tmp_path / "notes.alliance"
    files["text"].write_text("Meeting notes, not a workbook\n", encoding="utf-8")
    files["foreign"] = tmp_path / "foreign.sqlite"
    connection = sqlite3.connect(files["foreign"])
    connection.execute("CREATE TABLE song (title TEXT)")
    connection.commit()
    connection.close()
    files["newer"] = tmp_path / "newer.alliance"
    files["newer"].write_bytes(template.read_bytes())
    connection = sqlite3.connect(files["newer"])
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    return files


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("empty", "is empty"),
        ("random", "is not an alliance_desk workbook"),
        ("text", "is not an alliance_desk workbook"),
        ("foreign", "did not make"),
        ("newer", "newer version of alliance_desk"),
    ],
)
def test_bad_files_show_a_clear_dialog_and_keep_the_open_workbook(
    window: MainWindow,
    workbook_path: Path,
    template_workbook: Path,
    tmp_path: Path,
    warnings: list[tuple[str, str]],
    kind: str,
    expected: str,
) -> None:
    _fill(workbook_path)
    window.open_path(workbook_path)
    bad = _bad_files(tmp_path, template_workbook)[kind]
    before = _digest(bad)
    assert not window.open_path(bad)
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Cannot open the workbook"
    assert expected in text and str(bad) in text
    assert "Traceback" not in text
    assert _digest(bad) == before
    # The workbook that was open stays open and usable.
    assert window.workbook is not None and window.workbook.path == workbook_path
    assert _portfolio(window).rowCount() == 2


def test_a_workbook_open_elsewhere_is_refused(
    window: MainWindow, workbook_path: Path, warnings: list[tuple[str, str]]
) -> None:
    with open_workbook(workbook_path):
        assert not window.open_path(workbook_path)
    assert "already open in another alliance_desk window" in warnings[0][1]
    assert window.workbook is None


def test_switching_language_changes_visible_strings(
    window: MainWindow, workbook_path: Path, qtbot: QtBot
) -> None:
    _fill(workbook_path)
    window.open_path(workbook_path)
    assert window.file_menu.title() == "&File"
    window.dutch_action.trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Bestand")
    assert window.open_action.text() == "Werkboek &openen…"
    model = _portfolio(window)
    header = model.headerData(
        _column("lifecycle_stage"), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Fase"
    assert "2 van 2 allianties" in window.views[0].summary.text()
    statuses = {model.index(row, _column("status_rag")).data() for row in range(2)}
    assert statuses == {"■ Rood", "○ Niet beoordeeld"}  # the second was never assessed
    # Qt's own buttons speak Dutch too (its catalogue ships with PySide6).
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    buttons.deleteLater()
    window.english_action.trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    # Work is not lost by switching: the workbook is still open.
    assert window.workbook is not None and _portfolio(window).rowCount() == 2


def test_portfolio_model_passes_the_model_tester(qtmodeltester, workbook_path: Path) -> None:  # noqa: ANN001
    _fill(workbook_path)
    with open_workbook(workbook_path) as workbook:
        model = PortfolioModel(workbook.db, dt.date(2026, 11, 15), 60)
        model.refresh()
        qtmodeltester.check(model)
        assert model.rowCount() == 2
        model.sort(_column("status_rag"), Qt.SortOrder.AscendingOrder)
        assert model.index(0, _column("name")).data() == "Benelux distribution"
        qtmodeltester.check(model)


def test_a_damaged_workbook_dialog_names_the_newest_good_backup(
    window: MainWindow,
    qtbot: QtBot,
    damaged_with_backup: tuple[Path, Path],
    warnings: list[tuple[str, str]],
) -> None:
    damaged, good = damaged_with_backup
    before = _digest(damaged)
    # The page check runs once the window has painted the workbook, off the GUI thread.
    window.open_path(damaged)
    qtbot.waitUntil(lambda: len(warnings) == 1)
    title, text = warnings[0]
    assert title == "Cannot open the workbook"
    assert "is damaged" in text and str(good) in text and "alliance-desk restore" in text
    assert _digest(damaged) == before
    assert window.workbook is None


def test_a_shown_window_checks_the_pages_once_it_has_painted_the_workbook(
    window: MainWindow, qtbot: QtBot, workbook_path: Path
) -> None:
    painted: list[bool] = []
    window.installEventFilter(
        watcher := _PaintWatcher(lambda: painted.append(window.file_actions.background is None))
    )
    assert window.open_path(workbook_path)
    # Nothing shares the processor with the first paint of the workbook's page ...
    assert window.file_actions.background is None
    assert str(workbook_path.resolve()) not in recent_files()
    # ... and the check starts right after it, the workbook among the recent files.
    qtbot.waitUntil(lambda: window.file_actions.background is not None)
    assert recent_files()[0] == str(workbook_path.resolve())
    assert painted and painted[0]
    window.removeEventFilter(watcher)
    window.file_actions.wait_for_background()
    assert window.workbook is not None


def test_a_hidden_window_checks_the_pages_at_once(
    qtbot: QtBot, translation: Translation, workbook_path: Path
) -> None:
    window = MainWindow(translation)
    qtbot.addWidget(window)
    assert window.open_path(workbook_path)
    assert window.file_actions.background is not None  # no paint to wait for
    assert recent_files()[0] == str(workbook_path.resolve())
    window.close_workbook()


def test_a_squeezed_remembered_window_opens_at_a_workable_size(
    qtbot: QtBot, translation: Translation
) -> None:
    from alliance_desk.ui.main_window import FIRST_SIZE, SMALLEST
    from alliance_desk.ui.preferences import settings

    first = MainWindow(translation)
    qtbot.addWidget(first)
    # Nothing remembered yet: the default, cut to the test screen (800 x 800).
    assert first.screen().availableGeometry().size().toTuple() == (800, 800)
    assert (first.width(), first.height()) == (800, FIRST_SIZE.height())
    first.resize(500, 200)  # e.g. saved on a small screen
    first.close()
    assert settings().value("main_window/geometry") is not None
    second = MainWindow(translation)
    qtbot.addWidget(second)
    assert second.width() >= SMALLEST.width() and second.height() >= SMALLEST.height()
    second.resize(780, 500)  # within the test screen (800 x 800)
    second.close()
    third = MainWindow(translation)
    qtbot.addWidget(third)
    assert (third.width(), third.height()) == (780, 500)  # a workable size is remembered


def test_the_first_window_takes_a_share_of_a_large_screen_centred(
    qtbot: QtBot, translation: Translation, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from alliance_desk.ui.main_window import FIRST_SIZE

    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 30, 1920, 1050))
    first = MainWindow(translation)
    qtbot.addWidget(first)
    assert first.width() > FIRST_SIZE.width() and first.height() > FIRST_SIZE.height()
    assert first.width() <= 1920 and first.height() <= 1050
    assert first.frameGeometry().center().x() in range(955, 965)  # centred on the screen
    first.resize(780, 500)  # the user's own choice (within the real test screen)
    first.close()
    second = MainWindow(translation)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 500)  # remembered wins over the share


def test_the_first_size_is_a_share_of_a_large_screen_and_the_default_on_a_laptop() -> None:
    from PySide6.QtCore import QSize

    from alliance_desk.ui.main_window import first_size

    assert first_size(QSize(1920, 1050)) == QSize(1632, 892)
    assert first_size(QSize(1366, 728)) == QSize(1280, 728)  # never beyond the screen
    assert first_size(QSize(5120, 2800)) == QSize(2200, 1400)  # capped on a very large one
