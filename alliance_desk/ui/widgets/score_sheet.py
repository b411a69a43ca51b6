"""Forms generated from a framework: a score and a comment per dimension.

Frameworks are data, so the rows come from the workbook: the framework's
dimensions in their order, the scale's level names ("4 – Good",
"3 – Repeatable") in the interface language. :class:`ScoredDialog` puts the
record's own fields (date, respondent, remarks …) above the sheet.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.evaluations import Dimension, ScaleLevel
from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import ValidationError
from alliance_desk.ui import notation
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.language import current_language
from alliance_desk.ui.record_form import RecordDialog
from alliance_desk.ui.scored_edits import Scores, check_scores


class Named(Protocol):
    @property
    def name_en(self) -> str: ...

    @property
    def name_nl(self) -> str: ...


def local_name(item: Named) -> str:
    """A framework's, dimension's or level's name in the interface language."""
    return item.name_nl if current_language() == "nl" else item.name_en


def local_description(item: Any) -> str:
    text = item.description_nl if current_language() == "nl" else item.description_en
    return text or ""


def short_name(item: Named) -> str:
    """The name without a parenthesised explanation, for narrow column headers."""
    return re.sub(r"\s*\(.*\)\s*$", "", local_name(item)) or local_name(item)


def two_lines(text: str, longer_than: int = 12) -> str:
    """A long name broken at the space nearest its middle, for column headers."""
    if len(text) <= longer_than or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, char in enumerate(text) if char == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def level_text(value: float | None, levels: Mapping[int, ScaleLevel]) -> str:
    """'4 – Good': the number and the level's name (just the number if the scale lacks it,
    or for a mean of many answers such as 3.4)."""
    if value is None:
        return ""
    level = levels.get(int(value)) if float(value).is_integer() else None
    return f"{notation.level(value)} – {local_name(level)}" if level else notation.level(value)


class ScoreSheet(QWidget):
    """Per dimension: its name, a score chooser and a one-line comment."""

    def __init__(
        self,
        dimensions: Sequence[Dimension],
        levels: Sequence[ScaleLevel],
        open_text: str,
        score_caption: str,
        parent: QWidget | None = None,
        dimension_caption: str | None = None,
    ):
        super().__init__(parent)
        self.dimensions = list(dimensions)
        self.levels = {level.value: level for level in levels}
        self.score_boxes: dict[int, QComboBox] = {}
        self.comment_edits: dict[int, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        first = dimension_caption or self.tr("Dimension")
        for column, text in enumerate((first, score_caption, self.tr("Comment"))):
            heading = QLabel(f"<b>{text}</b>")
            grid.addWidget(heading, 0, column)
        values = sorted(self.levels) or [1, 2, 3, 4, 5]
        for row, dimension in enumerate(self.dimensions, start=1):
            assert dimension.id is not None
            shown = local_name(dimension)
            # A name is data: "R&D <b>" shows as typed, not as markup or a shortcut key.
            name = QLabel(shown.replace("&", "&&"))
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            name.setMinimumWidth(180)
            name.setToolTip(local_description(dimension))
            box = QComboBox()
            box.addItem(open_text, None)
            for value in values:
                box.addItem(level_text(value, self.levels), value)
            box.setAccessibleName(self.tr("Score: {dimension}").format(dimension=shown))
            box.setToolTip(local_description(dimension))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            name.setBuddy(box)
            comment = QLineEdit()
            comment.setAccessibleName(self.tr("Comment: {dimension}").format(dimension=shown))
            comment.setMinimumWidth(260)
            grid.addWidget(name, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(comment, row, 2)
            self.score_boxes[dimension.id] = box
            self.comment_edits[dimension.id] = comment
        grid.setRowStretch(len(self.dimensions) + 1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_values(
        self, scores: Mapping[int, float | None], comments: Mapping[int, str | None]
    ) -> None:
        for dimension_id, box in self.score_boxes.items():
            value = scores.get(dimension_id)
            if value is not None and box.findData(value) < 0:
                # A round's mean (3.4) is no level of the scale: offered as it is, so that
                # saving the record's other fields keeps it.
                box.addItem(
                    self.tr("{mean} (mean of a round)").format(mean=notation.level(value)), value
                )
            box.setCurrentIndex(max(box.findData(value), 0))
            self.comment_edits[dimension_id].setText(comments.get(dimension_id) or "")

    def values(self) -> dict[int, tuple[float | None, str | None]]:
        return {
            dimension_id: (box.currentData(), self.comment_edits[dimension_id].text() or None)
            for dimension_id, box in self.score_boxes.items()
        }


class ScoredDialog(RecordDialog):
    """A record's fields above a score sheet; OK checks both before closing."""

    def __init__(
        self,
        title: str,
        base: Record,
        fields: list[str],
        sheet: ScoreSheet,
        score_type: type[Record],
        link: str,
        value_field: str,
        parent: QWidget | None = None,
    ):
        super().__init__(title, base, fields, parent)
        self.sheet = sheet
        self.score_type = score_type
        self.link = link
        self.value_field = value_field
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumHeight(min(60 + 38 * len(sheet.dimensions), 420))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, scroll, 1)
        self.scores: Scores = {}
        self.resize(820, self.sizeHint().height())
        # Tab order: the record's fields, then each dimension's score and comment.
        previous: QWidget = list(self.form.editors.values())[-1]
        for dimension_id, box in sheet.score_boxes.items():
            for widget in (box, sheet.comment_edits[dimension_id]):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.buttons)
        self.setMinimumWidth(720)
        self.form.editors[fields[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        scores = self.sheet.values()
        for dimension in self.sheet.dimensions:
            assert dimension.id is not None
            try:
                check_scores(
                    self.score_type,
                    self.link,
                    self.value_field,
                    {dimension.id: scores[dimension.id]},
                )
            except ValidationError as error:
                self.form.problem.setText(
                    self.tr("{dimension} – {problem}").format(
                        dimension=local_name(dimension), problem=describe_validation(error)
                    )
                )
                self.sheet.score_boxes[dimension.id].setFocus()
                return
        self.scores = scores
        super().accept()
