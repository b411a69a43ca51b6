"""How many rows a table shows from its top: what a page needs worked out before its first
paint (the portfolio judged 50 alliances' signals before it, 15 ms of the large demo's
start-up, where the window shows 11)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def rows_in_view(table: QTableView, most: int) -> int:
    """Of the model's first ``most`` rows, those the table's viewport holds on the screen;
    all of them while the table is not on the screen (its height is not known yet)."""
    model = table.model()
    rows = 0 if model is None else min(model.rowCount(), most)
    if not table.isVisible():
        return rows
    last = table.rowAt(table.viewport().height() - 1)
    return rows if last < 0 else min(rows, last + 1)
