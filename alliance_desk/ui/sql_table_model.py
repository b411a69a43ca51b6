"""A table model that pages its rows from SQL, for tables of any size.

The model holds only the ordered list of row keys (one indexed query, sorted
and filtered in SQL) and fetches the visible rows a page at a time, so a
view over 50,000 actions opens as fast as one over five. Subclasses declare
their columns and how a value is shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from alliance_desk.store.db import Database
from alliance_desk.ui.cell_cache import CellCache

Index = QModelIndex | QPersistentModelIndex

# Roles a view asks of every cell it paints that no table of the app answers: no icons,
# no check boxes, no size of their own (a quarter of the reads of a table's paint).
UNANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)


@dataclasses.dataclass(frozen=True)
class Column:
    """A column: its key in the query, its SQL expression, its (translated) title, and the
    title in full (the header's tooltip) when the header shows a shorter one."""

    key: str
    sql: str
    title: Callable[[], str]
    sort_sql: str | None = None  # defaults to ``sql``
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    full_title: Callable[[], str] | None = None


class SqlTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    # Keep what each cell gave (:class:`~alliance_desk.ui.cell_cache.CellCache`): for a
    # subclass whose show() reads only the row's values, state set before a refresh and
    # the language.
    keeps_cells = False

    def __init__(
        self,
        db: Database,
        source: str,
        columns: list[Column],
        key_sql: str,
        default_order: str,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.source = source  # FROM ... JOIN ... (no WHERE)
        self.columns = columns
        self.key_sql = key_sql
        self.default_order = default_order
        self.where = "1"
        self.params: dict[str, Any] = {}
        self.order_by = default_order
        self._keys: list[int] = []
        self._pages: dict[int, dict[int, Mapping[str, Any]]] = {}
        self.cells = CellCache(self) if self.keeps_cells else None

    # Queries -------------------------------------------------------------------

    def set_filter(self, where: str, params: Mapping[str, Any] | None = None) -> None:
        """Restrict the rows with an SQL condition (named parameters only)."""
        self.where = where or "1"
        self.params = dict(params or {})
        self.refresh()

    def refresh(self) -> None:
        # Read first: when the disk fails the rows shown (and their cached pages) stay.
        rows = self.db.query(
            f"SELECT {self.key_sql} FROM {self.source} WHERE {self.where} ORDER BY {self.order_by}",
            self.params,
        )
        self.beginResetModel()
        self._keys = [row[0] for row in rows]
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]
        direction = "DESC" if order == Qt.SortOrder.DescendingOrder else "ASC"
        expression = spec.sort_sql or spec.sql
        # NULLs last in both directions; the key keeps the order stable.
        self.order_by = (
            f"({expression}) IS NULL, {expression} {direction}, {self.key_sql} {direction}"
        )
        self.refresh()

    def column_of(self, key: str) -> int:
        """The column showing ``key``."""
        return next(index for index, column in enumerate(self.columns) if column.key == key)

    def key(self, row: int) -> int:
        return self._keys[row]

    def row_of(self, key: int) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def record(self, row: int) -> Mapping[str, Any]:
        """The values of one row by column key (fetched with its page)."""
        page = row // self.PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            keys = self._keys[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]
            cached = self._fetch(keys)
            if len(self._pages) > 50:  # keep memory flat while scrolling far
                self._pages.clear()
            self._pages[page] = cached
        return cached[self._keys[row]]

    def _fetch(self, keys: list[int]) -> dict[int, Mapping[str, Any]]:
        if not keys:
            return {}
        selected = ", ".join(f"{column.sql} AS {column.key}" for column in self.columns)
        placeholders = ", ".join(f":k{index}" for index in range(len(keys)))
        params = {f"k{index}": key for index, key in enumerate(keys)}
        rows = self.db.query(
            f"SELECT {self.key_sql} AS row_key, {selected} FROM {self.source} "
            f"WHERE {self.key_sql} IN ({placeholders})",
            {**self.params, **params},
        )
        return {row["row_key"]: dict(row) for row in rows}

    # Qt model ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.full_title is not None:
            return column.full_title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in UNANSWERED_ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        return self.cell_value(index.row(), index.column(), role)

    def cell_value(self, row: int, column: int, role: int) -> Any:
        """What the cell at ``row``, ``column`` gives for ``role`` (both in range): the
        column widths read it here, without a model index."""
        spec = self.columns[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.align
        if self.cells is None:
            return self.show(spec.key, self.record(row), role)
        kept = self.cells.kept()
        key = (row, column, role)
        if key in kept:
            return kept[key]
        value = kept[key] = self.show(spec.key, self.record(row), role)
        return value

    def show(self, key: str, values: Mapping[str, Any], role: int) -> Any:
        """How a value appears; subclasses add labels, colours and fonts."""
        if role == Qt.ItemDataRole.DisplayRole:
            value = values[key]
            return "" if value is None else value
        return None
