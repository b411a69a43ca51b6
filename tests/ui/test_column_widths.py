"""Column widths measured from the text of the first rows and the font's metrics: as wide as
Qt's own measure says (never cutting a cell), for a fraction of the model reads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from alliance_desk.ui.widgets.column_widths import SAMPLE_ROWS, ColumnWidths, sample_rows
from alliance_desk.ui.widgets.columns import ColumnFit, fit_columns

TEXTS = ["2026-11-28 (overdue)", "12", "Governance and decision-making", "", "Ölçü ✓ 3.5"]


class CountingModel(QStandardItemModel):
    """Counts the reads of its cells."""

    reads = 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        self.reads += 1
        return super().data(index, role)


def _table(qtbot, rows: int = SAMPLE_ROWS, model_type: type = QStandardItemModel) -> QTableView:  # type: ignore[no-untyped-def]
    model = model_type(0, 3)
    model.setHorizontalHeaderLabels(["A", "Bb", "C"])
    bold = QFont()
    bold.setBold(True)
    for row in range(rows):
        items = [QStandardItem(TEXTS[(row + column) % len(TEXTS)]) for column in range(3)]
        if row % 3 == 0:
            items[0].setFont(bold)
        model.appendRow(items)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(900, 400)
    return table


def test_the_widths_are_those_qt_measures_for_text_cells(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot)
    widths = ColumnWidths(table, sample_rows(table), lines=1)
    for column in range(3):
        qt = table.sizeHintForColumn(column)
        assert qt <= widths.natural(column, wrapped=False) <= qt + 1, column


def test_wrapped_widths_are_narrower_yet_at_least_the_longest_word(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot)
    widths = ColumnWidths(table, sample_rows(table), lines=2)
    one_line = widths.natural(2, wrapped=False)
    wrapped = widths.natural(2, wrapped=True)
    assert wrapped < one_line
    word = table.fontMetrics().horizontalAdvance("decision-making")
    assert wrapped > word


def test_a_cell_with_an_icon_is_measured_with_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot, rows=4)
    pixmap = QPixmap(40, 40)
    pixmap.fill(Qt.GlobalColor.red)
    table.model().item(0, 1).setIcon(QIcon(pixmap))  # a column of icons starts with one
    widths = ColumnWidths(table, sample_rows(table), lines=1)
    assert widths.natural(1, wrapped=False) >= table.sizeHintForColumn(1)


def test_measuring_reads_a_few_roles_per_cell_not_all_of_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot, model_type=CountingModel)
    fit = fit_columns(table, [2])
    model = table.model()
    model.reads = 0
    fit.fit()
    cells = SAMPLE_ROWS * 3
    # Text and font per cell, icon and check box of the first, a full size hint per column; Qt's
    # own measure reads every role the delegate knows, twice as many.
    assert model.reads <= 2 * cells + 3 * 12, model.reads
    assert table.findChild(ColumnFit) is fit


def test_only_the_rows_from_the_top_of_the_view_are_sampled(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot, rows=SAMPLE_ROWS * 4)
    table.setRowHidden(1, True)
    rows = sample_rows(table)
    assert len(rows) == SAMPLE_ROWS
    assert rows[:2] == [0, 2]


def test_the_narrowest_two_line_width_is_what_greedy_filling_needs(qapp: object) -> None:
    from PySide6.QtGui import QFontMetrics

    from alliance_desk.ui.widgets.column_widths import _lines_needed, narrowest_wrap

    metrics = QFontMetrics(QFont())
    for text in (
        "Governance and decision-making",
        "2026-11-28 (overdue)",
        "A partner who answers late, in short replies, after a reorganisation",
        "Word",
        "a bb ccc dddd eeeee",
    ):
        words = text.split()
        width = narrowest_wrap(text, metrics, 2)
        assert _lines_needed(words, metrics, width) <= 2 or len(words) == 1, text
        if len(words) > 1 and width > max(metrics.horizontalAdvance(word) for word in words):
            assert _lines_needed(words, metrics, width - 1) > 2, text  # none narrower


def test_the_app_tables_answer_the_roles_they_never_use_without_reading_a_row(
    qapp: object,
) -> None:
    from alliance_desk.ui.views.evaluations.models import RowsModel

    asked: list[int] = []

    def cell(row: Any, role: int) -> Any:
        asked.append(role)
        return str(row) if role == Qt.ItemDataRole.DisplayRole else None

    model = RowsModel()
    model.set_columns([(lambda: "Value", cell)])
    model.set_rows([1, 2])
    index = model.index(0, 0)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    ):
        assert model.data(index, role) is None
    assert asked == []
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "1"


def test_an_app_table_read_without_model_indexes_measures_as_qt_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    from alliance_desk.ui.views.evaluations.models import RowsModel

    bold = QFont()
    bold.setBold(True)

    def column(number: int) -> Any:
        def cell(row: int, role: int) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return TEXTS[(row + number) % len(TEXTS)]
            if role == Qt.ItemDataRole.FontRole and row % 3 == 0:
                return bold
            return None

        return (lambda: "Title", cell)

    model = RowsModel()
    model.set_columns([column(number) for number in range(3)])
    model.set_rows(list(range(SAMPLE_ROWS)))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(900, 400)
    widths = ColumnWidths(table, sample_rows(table), lines=1)
    for number in range(3):
        qt = table.sizeHintForColumn(number)
        assert qt <= widths.natural(number, wrapped=False) <= qt + 1, number
