"""Giving a table view another model (a page showing another workbook) without keeping the
old one: ``setModel`` deletes neither the previous model nor the selection models it made
for it and for the view's headers, so a page that swaps models would keep every workbook's
model, with its rows, for as long as the window lives."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView


def show_model(view: QAbstractItemView, model: QAbstractItemModel | None) -> None:
    """``view`` shows ``model`` (None: nothing); its previous model and selection models go."""
    old_model = view.model()
    old_selections = view.findChildren(QItemSelectionModel)
    view.setModel(model)
    in_use = [view.selectionModel()] + [
        header.selectionModel() for header in view.findChildren(QHeaderView)
    ]
    for selection in old_selections:
        if not any(selection is used for used in in_use):
            selection.deleteLater()
    # Only a model the page made for itself: Qt's shared empty model belongs to nobody.
    if old_model is not None and old_model is not model and old_model.parent() is not None:
        old_model.deleteLater()
