"""The form of a meeting: date, kind, title and notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from alliance_desk.domain.follow_up import Meeting
from alliance_desk.domain.record import Record
from alliance_desk.ui.record_form import CommitDialog

FIELDS = ["held_on", "kind", "title", "notes"]


class MeetingDialog(CommitDialog):
    """Edit or create a meeting; ``commit`` stores it (and may refuse)."""

    def __init__(
        self,
        title: str,
        base: Meeting,
        commit: Callable[[Record], object],
        parent: QWidget | None = None,
    ):
        super().__init__(title, base, FIELDS, commit, parent)
        self.setMinimumWidth(520)
        self.form.editors["title"].setFocus()
