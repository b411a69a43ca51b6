"""Every control has a name a screen reader can announce, on every page and in every main
dialog, in English and in Dutch; the list of those without one is the failure message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from alliance_desk.ui.accessibility import AccessibleNames, accessible_name, nameless, plain
from alliance_desk.ui.language import Translation
from alliance_desk.ui.main_window import MainWindow


@pytest.fixture
def translation(qapp: QApplication) -> Iterator[Translation]:
    translation = Translation(qapp)
    yield translation
    translation.switch("en")


class DialogWalker:
    """Stands in for ``QDialog.exec``: shows the dialog, lists its nameless controls, and
    closes it as Cancel would."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.offenders: list[str] = []
        self.unnamed_by_helper: list[str] = []  # dialogs without AccessibleNames

    def __call__(self, dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        self.seen.append(type(dialog).__name__)
        if dialog.findChild(AccessibleNames) is None:
            self.unnamed_by_helper.append(type(dialog).__name__)
        self.offenders += walk(dialog, type(dialog).__name__)
        dialog.reject()
        return QDialog.DialogCode.Rejected


def walk(root: QWidget, where: str, stacks: bool = True) -> list[str]:
    """The nameless controls of ``root`` with every tab of its tab widgets, and (with
    ``stacks``) every page of its other stacked widgets (a chart's table), shown in turn."""
    found = [f"{where}: {offender}" for offender in nameless(root)]
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            label = tabs.tabText(index).replace("&", "")
            found += [f"{where} ({label}): {offender}" for offender in nameless(root)]
        tabs.setCurrentIndex(current)
    for stack in root.findChildren(QStackedWidget) if stacks else []:
        if isinstance(stack.parentWidget(), QTabWidget) or not stack.isVisibleTo(root):
            continue
        current = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            label = type(stack.widget(index)).__name__
            found += [f"{where} ({label}): {offender}" for offender in nameless(root)]
        stack.setCurrentIndex(current)
    return sorted(set(found), key=found.index)


def opens_a_dialog(button: QPushButton) -> bool:
    return button.isVisible() and button.isEnabled() and button.text().endswith("…")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_control_has_a_name(
    qtbot: QtBot,
    translation: Translation,
    small_demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    assert translation.switch(language)
    walker = DialogWalker()
    monkeypatch.setattr(QDialog, "exec", lambda dialog: walker(dialog))
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: no)
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(small_demo_path)
    qtbot.waitUntil(lambda: window.painted)  # as a user first sees it
    offenders = walk(window, "window", stacks=False)  # its pages come next
    try:
        for row, view in enumerate(window.views):
            window.navigation.setCurrentRow(row)
            page = type(view).__name__
            offenders += walk(view, page)
            for button in view.findChildren(QPushButton):
                if opens_a_dialog(button):
                    button.click()
        for action in (
            window.find_action,
            window.frameworks_action,
            window.settings_action,
            window.about_action,
            window.guide_action,
            window.shortcuts_action,
            window.welcome_action,
            window.file_actions.briefing_action,
            window.file_actions.capability_action,
            window.file_actions.evaluations_action,
        ):
            action.trigger()
        from alliance_desk.ui.dialogs.framework import FrameworkDialog

        for editor in window.findChildren(FrameworkDialog):  # beside the window, not modal
            offenders += walk(editor, "FrameworkDialog")
            for button in editor.findChildren(QPushButton):
                if opens_a_dialog(button):
                    button.click()
            walker.seen.append("FrameworkDialog")
            editor.close()
        offenders += walker.offenders
        # The walk reached the dialogs it is meant to check.
        assert {
            "SearchDialog",
            "FrameworkDialog",
            "SettingsDialog",
            "AboutDialog",
            "GuideDialog",
            "ShortcutsDialog",
            "WelcomeDialog",
            "BriefingDialog",
            "CapabilityDialog",
            "PlanNotesDialog",
            "ExportDialog",
            "NewAllianceDialog",
            "StakeholderDialog",
            "CommitDialog",
            "TargetDialog",
        } <= set(walker.seen)
        assert offenders == [], "controls without an accessible name:\n" + "\n".join(offenders)
        # Each names what it will show later too (controls added, the language switched).
        assert walker.unnamed_by_helper == []
    finally:
        window.close_workbook()


def test_the_first_page_is_named_right_after_the_window_first_paints(
    qtbot: QtBot, translation: Translation, small_demo_path: Path
) -> None:
    """The first page paints without the accessibility module; its controls are named
    from the event loop right after, before any key or click is handled."""
    translation.switch("en")
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(small_demo_path)
    first = window.current_view()
    assert first.accessible_names is None  # not before the paint
    qtbot.waitUntil(lambda: window.painted)
    assert first.accessible_names is not None
    assert first.accessible_names.parent() is first
    assert nameless(first) == []
    # A page built after the first paint is named as it is built.
    window.navigation.setCurrentRow(1)
    assert window.current_view().accessible_names is not None
    assert nameless(window.current_view()) == []
    window.close_workbook()


def test_a_derived_name_follows_the_language(qtbot: QtBot, translation: Translation) -> None:
    """A field named only by its placeholder is named in the language shown."""
    from PySide6.QtCore import QCoreApplication

    box = QWidget()
    qtbot.addWidget(box)
    field = QLineEdit(box)
    names = AccessibleNames(box)

    def retranslate() -> None:
        field.setPlaceholderText(
            QCoreApplication.translate("PortfolioView", "alliance or partner name")
        )

    retranslate()
    box.show()
    assert accessible_name(field) == "alliance or partner name"
    translation.switch("nl")
    retranslate()
    QApplication.sendPostedEvents()  # Qt tells the windows of the new language
    QApplication.sendPostedEvents(names)  # ... and the names follow once all have heard
    assert accessible_name(field) == QCoreApplication.translate(
        "PortfolioView", "alliance or partner name"
    )
    assert accessible_name(field) != "alliance or partner name"


# Text alternatives -------------------------------------------------------------------


@pytest.fixture
def demo_window(
    qtbot: QtBot, translation: Translation, small_demo_path: Path
) -> Iterator[MainWindow]:
    translation.switch("en")
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(small_demo_path)
    yield window
    window.close_workbook()


def test_the_trend_charts_table_holds_the_points_it_draws(demo_window: MainWindow) -> None:
    from alliance_desk.ui.views import PAGES
    from alliance_desk.ui.views.evaluations.page import EvaluationsView

    row = [name for _module, name, _title in PAGES].index("EvaluationsView")
    demo_window.navigation.setCurrentRow(row)
    view = demo_window.current_view()
    assert isinstance(view, EvaluationsView)
    trend = view.trend
    sides = {"Us", "Partner", "Joint"}
    for index in range(trend.dimension_box.count()):
        trend.dimension_box.setCurrentIndex(index)
        drawn = sorted(
            (day.isoformat(), label_of(side), trend.chart.value_text(value))
            for side, points in trend.chart.series.items()
            for day, value in points
        )
        assert drawn, "the demo's alliance has scores on every dimension"
        assert sorted(tuple(row) for row in trend.figure.rows()) == drawn
        assert {row[1] for row in trend.figure.rows()} <= sides
    assert trend.figure.rows() == sorted(trend.figure.rows(), key=lambda row: row[0])


def label_of(side: object) -> str:
    from alliance_desk.ui.labels import label

    return label(side)  # type: ignore[arg-type]


def test_the_chart_table_is_reached_by_keyboard(qtbot: QtBot, demo_window: MainWindow) -> None:
    """Tab goes from the dimension to the toggle; Space shows the table, and the next Tab
    is in it; Alt+T (the toggle's letter) brings the chart back."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

    from alliance_desk.ui.views import PAGES

    demo_window.navigation.setCurrentRow(
        [name for _module, name, _title in PAGES].index("EvaluationsView")
    )
    trend = demo_window.current_view().trend  # type: ignore[attr-defined]
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    trend.dimension_box.setFocus()
    QTest.keyClick(trend.dimension_box, Qt.Key.Key_Tab)
    assert trend.figure.toggle.hasFocus()
    assert trend.figure.toggle.text() == "Show as &table"
    QTest.keyClick(trend.figure.toggle, Qt.Key.Key_Space)
    assert trend.figure.showing_table() and trend.figure.table.isVisible()
    assert not trend.chart.isVisible()
    assert trend.figure.toggle.isChecked()
    QTest.keyClick(trend.figure.toggle, Qt.Key.Key_Tab)
    assert trend.figure.table.hasFocus()
    assert accessible_name(trend.figure.table) == "Trend chart as a table"
    # Alt+T: the toggle's own letter, taken by nothing else on the page or in the menus.
    assert trend.figure.toggle.shortcut() == QKeySequence("Alt+T")
    page = demo_window.current_view()
    others = [
        widget.text()
        for widget in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
        if widget is not trend.figure.toggle
        and widget.isVisibleTo(page)
        and "&t" in widget.text().replace("&&", "").lower()
    ]
    menus = [menu.title() for menu in demo_window.menuBar().findChildren(QMenu)]
    assert others == [] and not any("&t" in title.lower() for title in menus)
    trend.figure.toggle.click()
    assert not trend.figure.showing_table() and trend.chart.isVisible()


def test_the_people_table_holds_everyone_the_map_draws(demo_window: MainWindow) -> None:
    """The map's text alternative (the People tab, which the map's description names): the
    same people, with the same side, power, interest, attitude and sponsor mark."""
    from alliance_desk.ui.views import PAGES
    from alliance_desk.ui.views.stakeholders.models import KIND_ROLE, PeopleModel, attitude_text

    demo_window.navigation.setCurrentRow(
        [name for _module, name, _title in PAGES].index("StakeholdersView")
    )
    view = demo_window.current_view()
    grid, model = view.grid, view.people_model  # type: ignore[attr-defined]
    assert "People tab" in grid.accessibleDescription()
    column = {key: number for number, key in enumerate(PeopleModel.COLUMNS)}
    drawn = sorted(
        (
            marker.entry.name,
            marker.entry.side.value,
            str(marker.entry.power),
            str(marker.entry.interest),
            attitude_text(marker.entry.attitude),
            marker.entry.is_sponsor,
        )
        for marker in grid.markers.values()
    )
    listed = []
    for side_row in range(model.rowCount()):
        side_item = model.item(side_row)
        for department_row in range(side_item.rowCount()):
            department = side_item.child(department_row)
            for person_row in range(department.rowCount()):
                cells = [department.child(person_row, c) for c in range(len(PeopleModel.COLUMNS))]
                assert cells[0].data(KIND_ROLE) == "person"
                entry = next(e for e in grid.entries if e.name == cells[0].text())
                listed.append(
                    (
                        cells[column["name"]].text(),
                        entry.side.value,
                        cells[column["power"]].text(),
                        cells[column["interest"]].text(),
                        cells[column["attitude"]].text(),
                        bool(cells[column["sponsor"]].text()),
                    )
                )
    assert len(drawn) == 14
    assert sorted(listed) == drawn


# Colour is never the only carrier ----------------------------------------------------


def test_the_status_reads_without_colour(demo_window: MainWindow) -> None:
    """Every status has its own symbol (shape) and its word wherever it is shown; the text
    alone, read without its colour, tells the statuses apart."""
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    from alliance_desk.domain.codes import Rag
    from alliance_desk.domain.partners import Alliance
    from alliance_desk.ui.labels import rag_label
    from alliance_desk.ui.views.evaluations.models import PulseModel
    from alliance_desk.ui.views.portfolio.model import RAG_SYMBOLS
    from alliance_desk.ui.views.profile.summary import StatusLine

    statuses: list[Rag | None] = [*Rag, None]
    assert len({RAG_SYMBOLS[rag] for rag in statuses}) == len(statuses)

    # The portfolio: the demo has every status, not assessed too.
    view = demo_window.current_view()
    model = view.model  # type: ignore[attr-defined]
    column = model.COLUMN_KEYS.index("status_rag")
    texts: dict[Rag | None, set[str]] = {}
    for row in range(model.rowCount()):
        value = model.record(row)["status_rag"]
        rag = None if value is None else Rag(value)
        text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        texts.setdefault(rag, set()).add(text)
    assert set(texts) == set(statuses)
    for rag, shown in texts.items():
        assert shown == {f"{RAG_SYMBOLS[rag]} {rag_label(rag)}"}

    # The profile's status line: the symbol is named, the words say the status.
    line = StatusLine()
    for rag in statuses:
        line.fill(Alliance(partner_id=1, name="Kestrel", status_rag=rag))
        assert line.symbol.text() == RAG_SYMBOLS[rag]
        assert accessible_name(line.symbol) == rag_label(rag)
        assert rag_label(rag) in line.text.text()

    # Pulse checks.
    for rag in Rag:
        shown = PulseModel._rag(SimpleNamespace(rag=rag.value), Qt.ItemDataRole.DisplayRole)
        assert shown == f"{RAG_SYMBOLS[rag]} {rag_label(rag)}"


def test_severity_attitude_and_side_have_a_shape_besides_their_colour(qapp: QApplication) -> None:
    """What colour tells also has its own shape: signal severity and attitude a symbol
    each, an attitude's marker its own outline, each side of a chart its line pattern and
    marker, and on the map our people filled, the partner's outlined."""
    from PySide6.QtCore import Qt

    from alliance_desk.domain.codes import Attitude, Side
    from alliance_desk.reports.legend import SIDE_LEGEND
    from alliance_desk.ui.views.stakeholders.look import (
        ATTITUDE_SYMBOLS,
        marker_brush,
        marker_path,
    )
    from alliance_desk.ui.widgets.signal_list import SEVERITY_SYMBOLS

    assert len(set(SEVERITY_SYMBOLS.values())) == len(SEVERITY_SYMBOLS)
    assert len(set(ATTITUDE_SYMBOLS.values())) == len(Attitude)
    outlines = {
        tuple((round(p.x(), 2), round(p.y(), 2)) for p in marker_path(a, 10).toFillPolygon())
        for a in Attitude
    }
    assert len(outlines) == len(Attitude)
    assert len({style.pattern for style in SIDE_LEGEND.values()}) == len(SIDE_LEGEND)
    assert len({style.marker for style in SIDE_LEGEND.values()}) == len(SIDE_LEGEND)
    for attitude in Attitude:
        ours, theirs = marker_brush(attitude, Side.US), marker_brush(attitude, Side.PARTNER)
        assert ours.style() == theirs.style() == Qt.BrushStyle.SolidPattern
        assert theirs.color().lightness() == 255 and ours.color().lightness() < 255


def test_a_label_is_spoken_as_it_reads() -> None:
    assert plain("&Owner:") == "Owner"
    assert plain("R&&D budget") == "R&D budget"
    assert plain("<b>Due:</b> 3 &lt; 4 <a href='x'>overdue</a>") == "Due: 3 < 4 overdue"
    assert plain("a < b") == "a < b"


def test_names_come_from_what_a_sighted_user_reads(qtbot: QtBot) -> None:
    """Each source of a derived name, and an explicit name left alone."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QFormLayout,
        QHBoxLayout,
        QLabel,
        QTableView,
        QToolButton,
        QVBoxLayout,
    )

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    # A label in one row, its buddy inside another widget: Qt looks among siblings only.
    row = QWidget()
    row_layout = QHBoxLayout(row)
    far_field = QLineEdit()
    row_layout.addWidget(far_field)
    far_label = QLabel("&Owner:")
    far_label.setBuddy(far_field)
    layout.addWidget(far_label)
    layout.addWidget(row)
    icon_button = QToolButton()
    icon_button.setToolTip("Next page")
    action_button = QToolButton()
    action_button.setDefaultAction(QAction("Zoom &in", action_button))
    action_button.setText("")
    layout.addWidget(icon_button)
    layout.addWidget(action_button)
    layout.addWidget(QLabel("Counterpart links"))
    table = QTableView()
    layout.addWidget(table)
    tabs = QTabWidget()
    page = QWidget()
    tabbed_table = QTableView(page)
    QVBoxLayout(page).addWidget(tabbed_table)
    tabs.addTab(page, "&People")
    layout.addWidget(tabs)
    named = QLineEdit()
    named.setPlaceholderText("a placeholder")
    named.setAccessibleName("Filter by title")
    form_host = QWidget()
    QFormLayout(form_host).addRow("Sector", QLineEdit())
    layout.addWidget(named)
    layout.addWidget(form_host)
    AccessibleNames(root)
    root.show()

    assert accessible_name(far_field) == "Owner"
    assert accessible_name(icon_button) == "Next page"
    assert accessible_name(action_button) == "Zoom in"
    assert accessible_name(table) == "Counterpart links"
    assert accessible_name(tabbed_table) == "People"
    assert accessible_name(named) == "Filter by title"
    assert nameless(root) == []
    layout.itemAt(layout.indexOf(table) - 1).widget().setText("Links")
    root.hide()
    root.show()  # shown again: the derived names follow their texts
    assert accessible_name(table) == "Links"


def test_a_page_shown_again_is_named_again_only_when_something_changed(
    qtbot: QtBot, translation: Translation, small_demo_path: Path
) -> None:
    """Every control is looked at when a page is first named, after a language switch and
    when its widgets changed; shown again unchanged, it is not (that was 1-1.5 ms of every
    switch), and its names stay right through all of it."""
    from PySide6.QtWidgets import QTableView

    translation.switch("en")
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(small_demo_path)
    qtbot.waitUntil(lambda: window.painted)
    views = window.views
    for row in range(len(views)):
        window.navigation.setCurrentRow(row)
    passes = {view: view.accessible_names.passes for view in views}  # type: ignore[union-attr]
    for row, view in enumerate(views):
        window.navigation.setCurrentRow(row)
        names = view.accessible_names
        assert names is not None and names.passes == passes[view], type(view).__name__
        assert nameless(view) == []
    translation.switch("nl")
    QApplication.sendPostedEvents()  # the language change, then the names' turn
    QApplication.sendPostedEvents()
    for row, view in enumerate(views):
        window.navigation.setCurrentRow(row)
        assert view.accessible_names.passes == passes[view] + 1  # type: ignore[union-attr]
        assert nameless(view) == []
    # A control added to a page while it is hidden is named as the page is shown again.
    window.navigation.setCurrentRow(0)
    history = views[-1]
    added = QTableView(history)
    added.setObjectName("added_table")
    window.navigation.setCurrentRow(len(views) - 1)
    assert history.accessible_names.passes == passes[history] + 2  # type: ignore[union-attr]
    window.close_workbook()
    translation.switch("en")


def test_no_page_asks_the_window_for_its_height_for_width(
    qtbot: QtBot, translation: Translation, small_demo_path: Path
) -> None:
    """The window's page stack asked every page, shown or not, for its height for its
    width several times a switch, and each page's wrapped labels laid their text out
    again; a page fills the room it is given and says it has no height for width."""
    translation.switch("en")
    window = MainWindow(translation)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(small_demo_path)
    for row, view in enumerate(window.views):
        window.navigation.setCurrentRow(row)
        assert not view.hasHeightForWidth(), type(view).__name__
    layout = window.pages.layout()
    assert layout is not None and not layout.hasHeightForWidth()
    window.close_workbook()
