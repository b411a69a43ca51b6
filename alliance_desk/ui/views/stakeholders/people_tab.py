"""The Stakeholders page's People tab, filled as it comes into view.

The page opens on its map; filling the people tree on every load (a row per person and
group, each with its cells) was work for a tab the user had not opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QTreeView, QVBoxLayout, QWidget

from alliance_desk.ui.views.stakeholders.models import PeopleModel
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.read_when_shown import ReadWhenShown


class PeopleTab(ReadWhenShown):
    """The people tree above the chosen person's assessments; ``fill`` (the page's) fills
    the tree when the tab is in view, or when something needs its rows first."""

    def __init__(self, fill: Callable[[], None], people: QWidget, history: QWidget) -> None:
        super().__init__()
        self._fill = fill
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(people)
        splitter.addWidget(history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    @staticmethod
    def set_up(people: QTreeView, model: PeopleModel) -> QTreeView:
        """``people`` showing ``model``: whole rows chosen one at a time, names and roles
        sharing what the other columns leave."""
        people.setModel(model)
        people.setAlternatingRowColors(True)
        people.setUniformRowHeights(True)
        people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_columns(people, [0, 1])
        return people

    def read_shown(self) -> None:
        self._fill()
