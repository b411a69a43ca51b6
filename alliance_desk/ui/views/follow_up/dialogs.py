"""The add and edit dialog of actions, decisions and risks.

The fields come from the record form; this adds what a generated form cannot
know: a chooser for the health check or meeting an action or decision came
from, a chooser for the development target an action supports, the owners
already in use as suggestions, and the completion date that
goes with the status (set to today when the action is marked done, cleared
when it is reopened, as the domain's rules require).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from alliance_desk.domain.evaluations import Dimension
from alliance_desk.domain.record import Record
from alliance_desk.store import development, records
from alliance_desk.store.db import Database
from alliance_desk.store.follow_up import SourceChoice, source_choices
from alliance_desk.ui import notation
from alliance_desk.ui.record_form import CommitDialog, DateField
from alliance_desk.ui.views.follow_up.models import choice_text

R = TypeVar("R", bound=Record)

FIELDS = {
    "action": ["title", "description", "owner", "due_date", "status", "completed_on"],
    "decision": [
        "title",
        "description",
        "status",
        "asked_of",
        "recommendation",
        "deadline",
        "decided_on",
        "decided_by",
        "outcome",
    ],
    "risk": [
        "title",
        "description",
        "owner",
        "likelihood",
        "impact",
        "mitigation",
        "status",
        "review_date",
    ],
}
# Where each kind of record may come from (one at most); risks name no source.
SOURCE_FIELDS = {
    "action": ["source_evaluation_id", "source_meeting_id", "source_round_id"],
    "decision": ["source_evaluation_id", "source_meeting_id"],
    "risk": [],
}
SOURCE_TABLES = {
    "source_evaluation_id": "evaluation",
    "source_meeting_id": "meeting",
    "source_round_id": "questionnaire_round",
}
# The development target an action supports (decisions and risks support none).
TARGET_FIELDS = {"action": ["development_target_id"], "decision": [], "risk": []}
OWNER_FIELDS = {"action": "owner", "decision": "asked_of", "risk": "owner"}
# The date that belongs to a final status: (date field, status code).
DONE_DATES = {"action": ("completed_on", "done"), "decision": ("decided_on", "decided")}


def sources_of(db: Database, table: str, alliance_id: int) -> list[SourceChoice] | None:
    """What a record of ``table`` may name as its source (None: it names none)."""
    if not SOURCE_FIELDS[table]:
        return None
    return source_choices(db, alliance_id, rounds="source_round_id" in SOURCE_FIELDS[table])


def targets_of(db: Database, table: str, alliance_id: int) -> list[tuple[int, str]] | None:
    """The development targets an action of the alliance may support, as (id, label); None
    for decisions and risks, which support none."""
    if table != "action":
        return None
    from alliance_desk.ui.views.maturity.plan_model import side_word
    from alliance_desk.ui.widgets.score_sheet import local_name

    found = []
    for line in development.target_choices(db, alliance_id):
        dimension = records.get(db, Dimension, line.dimension_id)
        found.append(
            (
                line.target_id,
                QCoreApplication.translate(
                    "FollowUpDialog", "{side}: {dimension}, level {level} by {date}"
                ).format(
                    side=side_word(line.side),
                    dimension=local_name(dimension),
                    level=line.target_level,
                    date=notation.date_medium(line.target_date),
                ),
            )
        )
    return found


def blank(record_type: type[R], **values: Any) -> R:
    """A record with only some fields filled and nothing checked yet: what an "add" dialog
    starts from. Its empty required fields are checked when the dialog is accepted."""
    record = object.__new__(record_type)
    for field in dataclasses.fields(record_type):
        object.__setattr__(record, field.name, values.get(field.name, field.default))
    return record


class FollowUpDialog(CommitDialog):
    """Edit or create an action, decision or risk; ``commit`` stores it (and may refuse)."""

    def __init__(
        self,
        title: str,
        base: Record,
        commit: Callable[[Record], object],
        today: dt.date,
        sources: Sequence[SourceChoice] | None = None,
        owners: Sequence[str] = (),
        parent: QWidget | None = None,
        targets: Sequence[tuple[int, str]] | None = None,
    ):
        super().__init__(title, base, FIELDS[base.TABLE], commit, parent)
        self.today = today
        self.setMinimumWidth(560)
        self.source: QComboBox | None = None
        self.target: QComboBox | None = None
        if sources is not None:
            self._add_source_chooser(base, sources)
        if targets is not None:
            self._add_target_chooser(base, targets)
        owner = self.form.editors.get(OWNER_FIELDS[base.TABLE])
        if isinstance(owner, QLineEdit) and owners:
            completer = QCompleter(list(owners), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            # In the line itself: a pop-up list would cover the fields below.
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            owner.setCompleter(completer)
        if base.TABLE in DONE_DATES:
            status = self.form.editors["status"]
            assert isinstance(status, QComboBox)
            status.currentIndexChanged.connect(self._status_changed)
        self.form.editors["title"].setFocus()

    def _add_source_chooser(self, base: Record, sources: Sequence[SourceChoice]) -> None:
        box = QComboBox()
        box.setObjectName("source")
        box.addItem(self.tr("(none)"), None)
        for choice in sources:
            box.addItem(choice_text(choice), f"{choice.table}:{choice.record_id}")  # findData
        for field in SOURCE_FIELDS[base.TABLE]:
            if (record_id := getattr(base, field, None)) is not None:
                box.setCurrentIndex(max(box.findData(f"{SOURCE_TABLES[field]}:{record_id}"), 0))
        caption = QLabel(self.tr("&Source:"))
        caption.setBuddy(box)
        if "source_round_id" in SOURCE_FIELDS[base.TABLE]:
            box.setAccessibleName(self.tr("Source (health check, meeting or questionnaire round)"))
            box.setToolTip(
                self.tr("The health check, meeting or questionnaire round this came from")
            )
        else:
            box.setAccessibleName(self.tr("Source (health check or meeting)"))
            box.setToolTip(self.tr("The health check or meeting this came from"))
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        layout.insertRow(layout.rowCount() - 1, caption, box)  # above the problem line
        self.source = box

    def _add_target_chooser(self, base: Record, targets: Sequence[tuple[int, str]]) -> None:
        box = QComboBox()
        box.setObjectName("development_target")
        box.addItem(self.tr("(none)"), None)
        for target_id, label in targets:
            box.addItem(label, target_id)
        linked = getattr(base, "development_target_id", None)
        if linked is not None:
            box.setCurrentIndex(max(box.findData(linked), 0))
        caption = QLabel(self.tr("Development &target:"))
        caption.setBuddy(box)
        # Inserted after the form was laid out, the label column would keep its old width.
        caption.setMinimumWidth(caption.sizeHint().width())
        box.setAccessibleName(self.tr("Development target this action supports"))
        box.setToolTip(self.tr("The development target (of either organisation) this supports"))
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        layout.insertRow(layout.rowCount() - 1, caption, box)  # above the problem line
        self.target = box

    def _status_changed(self) -> None:
        field, final = DONE_DATES[self.base.TABLE]
        status = self.form.editors["status"]
        date = self.form.editors[field]
        assert isinstance(status, QComboBox) and isinstance(date, DateField)
        if status.currentData() == final:
            if date.value() is None:
                date.set_value(self.today)
        else:
            date.set_value(None)  # the rules allow this date only with the final status

    def build(self) -> Record:
        """The checked record; raises :class:`ValidationError` (shown by ``accept``)."""
        values = self.form.values()
        if self.source is not None:
            chosen = self.source.currentData() or ":"
            table, _, number = chosen.partition(":")
            for field in SOURCE_FIELDS[self.base.TABLE]:
                values[field] = int(number) if table == SOURCE_TABLES[field] else None
        if self.target is not None:
            chosen_target = self.target.currentData()
            values["development_target_id"] = None if chosen_target is None else int(chosen_target)
        return self.base.with_changes(**values)
