"""The form of an organisation, and what is said before deleting one (or why it cannot be)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from alliance_desk.domain.partners import Organisation
from alliance_desk.domain.record import Record
from alliance_desk.store import organisations
from alliance_desk.store.db import Database
from alliance_desk.ui.labels import record_name
from alliance_desk.ui.record_form import CommitDialog

FIELDS = ["name", "sector", "country", "website", "notes"]


class OrganisationDialog(CommitDialog):
    """Edit or create an organisation; ``commit`` stores it (and may refuse)."""

    def __init__(
        self,
        title: str,
        base: Organisation,
        commit: Callable[[Record], object],
        parent: QWidget | None = None,
    ):
        # "is_own" is not a field of the form: there is one own organisation, made with
        # the workbook, and a new one is always a partner.
        super().__init__(title, base, FIELDS, commit, parent)
        self.setMinimumWidth(480)
        self.form.editors["name"].setFocus()


def deletion_question(organisation: Organisation) -> str:
    """The confirmation text: which organisation, and that undo brings it back."""
    # The first line holds no names: a message box reads text as markup when its first line
    # looks like markup, and names must show as typed.
    where = ", ".join(part for part in (organisation.sector, organisation.country) if part)
    named = f"“{organisation.name}”" + (f" ({where})" if where else "")
    return "\n".join(
        [
            QCoreApplication.translate("OrganisationsView", "Delete this organisation?"),
            "",
            named,
            "",
            QCoreApplication.translate(
                "OrganisationsView",
                "Nothing in the workbook refers to it. Undo (Ctrl+Z) brings it back.",
            ),
        ]
    )


def why_not_deletable(db: Database, organisation: Organisation) -> str | None:
    """Why the organisation may not be deleted, or None if it may."""
    if organisation.is_own:
        return QCoreApplication.translate(
            "OrganisationsView", "Our own organisation cannot be deleted."
        )
    found = organisations.referenced_by(db, organisation.id or 0)
    if not found:
        return None
    shown = ", ".join(f"{record_name(table)} ({count})" for table, count in found.items())
    return QCoreApplication.translate(
        "OrganisationsView", "It cannot be deleted while other records refer to it: {records}."
    ).format(records=shown)
