"""Column sizing shared by every table: figures whole, text sharing the rest, elided text in
full as a tooltip; the portfolio read whole on a laptop screen in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QToolTip,
    QTreeView,
)

from alliance_desk.demo.builder import build_demo
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow
from alliance_desk.ui.widgets.columns import ColumnFit, fit_columns

LONG_TITLE = "File the second joint patent application (calibration method) with both legal teams"


def _table(rows: list[list[str]], headers: list[str], qtbot) -> QTableView:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    for row in rows:
        model.appendRow([QStandardItem(value) for value in row])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(520, 300)
    return table


def _shown(table: QTableView, qtbot) -> ColumnFit:  # type: ignore[no-untyped-def]
    fit = table.findChild(ColumnFit)
    table.show()
    qtbot.waitExposed(table)
    fit.flush()
    return fit


def _tooltip_at(table: QTableView, row: int, column: int) -> str:
    QToolTip.hideText()
    rect = table.visualRect(table.model().index(row, column))
    event = QHelpEvent(
        QHelpEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip
def test_a_long_title_is_elided_and_its_tooltip_is_the_full_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table([[LONG_TITLE, "2026-11-28", "Open"]], ["Title", "Completed on", "Status"], qtbot)
    fit_columns(table, [0])
    fit = _shown(table, qtbot)
    title = table.model().index(0, 0)
    assert fit.is_elided(title)
    assert _tooltip_at(table, 0, 0) == LONG_TITLE
    assert not fit.is_elided(table.model().index(0, 1))
    rect = table.visualRect(table.model().index(0, 1))
    event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(), rect.center())
    assert not fit.eventFilter(table.viewport(), event)  # nothing hidden: Qt's own tooltip


def test_figures_fit_their_content_and_the_text_takes_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [[LONG_TITLE, "2026-11-28", "3"], ["Short", "", "12"]]
    table = _table(rows, ["Title", "Completed on", "N"], qtbot)
    fit_columns(table, [0])
    _shown(table, qtbot)
    header = table.horizontalHeader()
    date_needs = max(table.sizeHintForColumn(1), header.sectionSizeFromContents(1).width())
    assert table.columnWidth(1) <= date_needs + 2  # no wider than its content needs
    assert table.columnWidth(1) >= table.sizeHintForColumn(1)  # and the date never cut
    assert table.columnWidth(2) >= table.sizeHintForColumn(2)
    used = sum(table.columnWidth(column) for column in range(3))
    assert used == table.viewport().width()  # the title takes what is left, no scrolling
    table.resize(900, 300)
    qtbot.waitUntil(lambda: sum(table.columnWidth(c) for c in range(3)) > used)
    assert table.columnWidth(1) <= date_needs + 2  # the room went to the title


def test_an_elided_header_shows_its_full_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table([["a", "1"]], ["Title", "A very long header over a narrow number"], qtbot)
    fit_columns(table, [0])
    fit = _shown(table, qtbot)
    table.horizontalHeader().resizeSection(1, 30)
    assert fit.header_elided(1)
    assert not fit.header_elided(0) or table.columnWidth(0) < 40


def test_text_columns_are_served_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table([["Short name", LONG_TITLE * 2]], ["Name", "Why"], qtbot)
    fit_columns(table, [0, 1])
    fit = _shown(table, qtbot)
    assert not fit.is_elided(table.model().index(0, 0))  # the name whole, the reason elided
    assert fit.is_elided(table.model().index(0, 1))


def test_text_columns_are_served_in_the_pages_order_not_the_screens(qtbot) -> None:  # type: ignore[no-untyped-def]
    # As on the History page: the new value is wanted before the old one left of it.
    rows = [["Progress", LONG_TITLE, "Date: 2026-11-02, status Green"]]
    table = _table(rows, ["Field", "An old value, in full", "New value"], qtbot)
    fit_columns(table, [2, 1, 0])
    fit = _shown(table, qtbot)
    assert not fit.is_elided(table.model().index(0, 2))  # the new value whole
    assert fit.is_elided(table.model().index(0, 1))
    assert not fit.header_elided(1)  # the old value squeezed, but its header still whole


def test_only_the_first_rows_are_measured(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [["x", "1"] for _ in range(500)] + [["x", "1" * 80]]
    table = _table(rows, ["Title", "N"], qtbot)
    fit_columns(table, [0])
    _shown(table, qtbot)
    assert table.columnWidth(1) < 100  # row 501 was never looked at


def test_two_line_rows_wrap_before_they_elide(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table([["Governance and decision-making", "3"]], ["Dimension", "Ours"], qtbot)
    table.resize(170, 200)
    fit_columns(table, [0], lines=2)
    fit = _shown(table, qtbot)
    assert table.columnWidth(0) < table.sizeHintForColumn(0)  # narrower than one line
    assert not fit.is_elided(table.model().index(0, 0))  # yet whole, on two lines


@pytest.fixture
def window(qtbot, tmp_path: Path, translation: Translation) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    path = build_demo(tmp_path / "Demo.alliance")
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(path)
    window.file_actions.wait_for_background()
    assert (window.width(), window.height()) == (1280, 760)
    yield window
    window.close_workbook()


def _portfolio(window: MainWindow) -> QTableView:
    page = window.views[0]
    fit = page.table.findChild(ColumnFit)
    fit.flush()
    return page.table


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip
def test_the_portfolio_reads_whole_at_1280_by_760(window: MainWindow, language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.translation.switch(language)
    QApplication.processEvents()  # the language change reaches the pages
    table = _portfolio(window)
    model = table.model()
    last = model.columnCount() - 1
    right_edge = table.columnViewportPosition(last) + table.columnWidth(last)
    assert right_edge <= table.viewport().width()  # the last column is within the view
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
    fit = table.findChild(ColumnFit)
    for key in ("open_actions", "overdue_actions", "latest_score", "next_health_check"):
        column = model.column_of(key)
        for row in range(model.rowCount()):
            assert not fit.is_elided(model.index(row, column)), (language, key, row)
    why = model.column_of("status_reason")
    # The reasons keep room to read a few words in either language (short, two-line
    # Dutch headers over the dates leave it to them).
    assert table.columnWidth(why) >= table.viewport().width() // 8, language
    elided = [row for row in range(model.rowCount()) if fit.is_elided(model.index(row, why))]
    assert elided  # the long reasons give way, and say all in their tooltip
    reason = model.index(elided[0], why).data()
    assert _tooltip_at(table, elided[0], why) == reason


def test_the_portfolio_headers_are_short_with_the_full_title_as_tooltip(
    window: MainWindow,
) -> None:
    model = _portfolio(window).model()
    column = model.column_of("last_evaluated")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Last check"
    tooltip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Last health check"


def test_every_table_of_every_page_sizes_its_columns_alike(window: MainWindow) -> None:
    views = [
        view
        for page in window.views
        for view in page.findChildren(QAbstractItemView)
        if isinstance(view, QTableView | QTreeView) and not isinstance(view, QHeaderView)
    ]
    assert len(views) >= 12
    unfitted = [
        f"{type(view.parent()).__name__}.{view.objectName() or type(view).__name__}"
        for view in views
        if view.findChild(ColumnFit) is None
    ]
    assert unfitted == [], unfitted


def test_a_table_keeps_its_fit_in_the_other_language(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _portfolio(window)
    column = table.model().column_of("overdue_actions")
    window.translation.switch("nl")
    assert table.model().headerData(column, Qt.Orientation.Horizontal) == "Te laat"
    fit = table.findChild(ColumnFit)
    qtbot.waitUntil(lambda: not fit.header_elided(column))  # measured again once told
    header = table.horizontalHeader()
    assert header.sectionSize(column) >= table.sizeHintForColumn(column)


def test_a_long_name_on_the_map_goes_on_two_lines_never_cut(qapp: QApplication) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from alliance_desk.ui.views.stakeholders.grid import LABEL_MAX_WIDTH, label_lines

    metrics = QFontMetricsF(QFont())
    name = "Dr. Katharina Brenner-Hoffmann"
    text = label_lines(name, metrics, LABEL_MAX_WIDTH)
    assert text.replace("\n", " ") == name
    assert all(metrics.horizontalAdvance(line) <= LABEL_MAX_WIDTH for line in text.split("\n"))
    assert label_lines("Uwe Lehmann", metrics, LABEL_MAX_WIDTH) == "Uwe Lehmann"


def test_a_cut_cell_tooltip_joins_the_full_text_and_the_models_own(qapp: object) -> None:
    from alliance_desk.ui.widgets.columns import _joined

    assert _joined("Full title", None) == "Full title"
    assert _joined("Full title", "Due in 3 days") == "Full title\n\nDue in 3 days"
    assert _joined("A & B", "<b>late</b>") == "<qt>A &amp; B<br><br><b>late</b></qt>"
    assert _joined("Full title", "Full title, owned by Ann") == "Full title, owned by Ann"
