"""The names and descriptions of a framework's dimensions and scale levels, in both languages.

Their form (the generated record form, with captions that say the language),
the tables and cells that show them, and the code a new dimension gets from its
English name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store.db import Database
from alliance_desk.ui.field_texts import describe_validation, field_label
from alliance_desk.ui.record_form import CommitDialog

NAME_FIELDS = ["name_en", "name_nl", "description_en", "description_nl"]
CODE_MAX = 50  # the rule allows 60; room for a "_12" that keeps the code unique


def dimension_fields(db: Database, framework_id: int | None) -> list[str]:
    """The fields of a dimension's form: a skill also has the level required of people."""
    skills = framework_id is not None and db.scalar(
        "SELECT 1 FROM framework WHERE id = :id AND kind = 'skills'", {"id": framework_id}
    )
    return NAME_FIELDS + (["required_level"] if skills else [])


def dimension_code(name_en: str, taken: set[str]) -> str:
    """A stable code for a new dimension from its English name, unique among ``taken``.

    Lower-case ASCII words joined by underscores, like the shipped codes
    (``value_creation``); a name without letters or digits gives ``dimension``.
    """
    plain = unicodedata.normalize("NFKD", name_en).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:CODE_MAX].strip("_")
    stem = stem or "dimension"
    code, number = stem, 2
    while code in taken:
        code = f"{stem}_{number}"
        number += 1
    return code


class NamesDialog(CommitDialog):
    """The generated record form for the names and descriptions in both languages.

    The form's captions say which language a field is in, and a refusal names
    the field with the same caption.
    """

    def __init__(
        self,
        title: str,
        base: Record,
        commit: Callable[[Record], object],
        parent: QWidget | None = None,
        make: Callable[[dict[str, object]], Record] | None = None,
        fields: list[str] = NAME_FIELDS,
    ):
        super().__init__(title, base, fields, commit, parent)
        self.make = make
        self.captions = {
            "name_en": self.tr("&English name"),
            "name_nl": self.tr("&Dutch name"),
            "description_en": self.tr("English de&scription"),
            "description_nl": self.tr("Dutch des&cription"),
        }
        for name, caption in self.captions.items():
            self.form.labels[name].setText(caption)
            self.form.editors[name].setAccessibleName(caption.replace("&", ""))
        self.setMinimumWidth(520)

    def build(self) -> Record:
        if self.make is not None:
            return self.make(self.form.values())
        return super().build()

    def show_problem(self, error: ValidationError) -> None:
        self.form.show_problem(error)
        caption = self.captions.get(error.field)
        if caption is not None:
            generic = field_label(error.record, error.field)
            text = describe_validation(error).replace(generic, caption.replace("&", ""), 1)
            self.form.problem.setText(text)


def name_item(text: str, description: str | None = None) -> QTableWidgetItem:
    """A read-only cell with a name; its tooltip holds the whole name and its description."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    # The whole name (a long one is cut off in its column) and what it means.
    item.setToolTip("\n".join(filter(None, (text, description))))
    return item


def names_table(columns: int) -> QTableWidget:
    """A read-only table of names, one row chosen at a time."""
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


def fit_height(table: QTableWidget) -> None:
    """As tall as its rows (the scale has five), so none is cut off."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(max(height, 4 * table.verticalHeader().defaultSectionSize()))


def select_row(table: QTableWidget, ids: Sequence[int | None], chosen: Record | None) -> None:
    """Choose the row of ``chosen`` again if it is still among ``ids``."""
    if chosen is not None and chosen.id in ids:
        table.selectRow(ids.index(chosen.id))
    else:
        table.clearSelection()
