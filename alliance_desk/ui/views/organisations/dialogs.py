"""The form of an organisation: name, sector, country, website and notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from alliance_desk.domain.partners import Organisation
from alliance_desk.domain.record import Record
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
