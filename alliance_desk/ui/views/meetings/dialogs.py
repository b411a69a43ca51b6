"""The form of a meeting (date, kind, title and notes), and the question before deleting one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from alliance_desk.domain.follow_up import Meeting
from alliance_desk.domain.record import Record
from alliance_desk.ui import notation
from alliance_desk.ui.labels import label
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


def deletion_question(meeting: Meeting, sourced: list[str]) -> str:
    """The confirmation text: the meeting, and what happens to what came from it
    (``sourced``: the counted actions and decisions that name it as their source)."""
    # The first line holds no names: a message box reads text as markup when its first line
    # looks like markup, and titles must show as typed.
    lines = [
        QCoreApplication.translate("MeetingsView", "Delete this meeting?"),
        "",
        QCoreApplication.translate("MeetingsView", "“{title}”, {kind} of {date}").format(
            title=meeting.title,
            kind=label(meeting.kind),
            date=notation.date_medium(meeting.held_on),
        ),
        "",
    ]
    if sourced:
        lines.append(QCoreApplication.translate("MeetingsView", "It is named as the source of:"))
        lines.extend("• " + counted for counted in sourced)
        lines.append(
            QCoreApplication.translate(
                "MeetingsView",
                "They are not deleted: they stay, without a source. "
                "Undo (Ctrl+Z) brings the meeting back and names it as their source again.",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "MeetingsView",
                "No action or decision names it as its source. Undo (Ctrl+Z) brings it back.",
            )
        )
    return "\n".join(lines)
