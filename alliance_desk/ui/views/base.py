"""What every page of the main window offers the window, and what it is given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from alliance_desk.ui.session import Session

if TYPE_CHECKING:
    from alliance_desk.ui.accessibility import AccessibleNames


class View(QWidget):
    """A page: it shows part of the open workbook, for the chosen alliance if it needs one.

    The window calls :meth:`set_session` when a workbook opens or closes,
    :meth:`set_alliance` when the user picks another alliance, and
    :meth:`on_changed` after every edit, undo or redo with the table that
    changed. A view asks the window to show a record elsewhere by emitting
    ``open_record(table, id)``.
    """

    needs_alliance = True
    # A page that is not about one alliance (it can show all) may still start from the
    # chosen one: the window then hands it the alliance, but never sends the user there
    # to pick an alliance.
    follows_alliance = False
    open_record = Signal(str, int)
    alliance_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: Session | None = None
        self.alliance_id: int | None = None
        self.accessible_names: AccessibleNames | None = None

    def name_controls(self) -> None:
        """Name the page's controls for screen readers from what is on screen, now if it is
        shown and from then on whenever it is shown or its language changes (see
        :mod:`alliance_desk.ui.accessibility`). The window calls it once a page is built, or
        right after its first paint for the pages built before: the module and the Qt
        classes it reads are not needed to paint the first page."""
        if self.accessible_names is not None:
            return
        from alliance_desk.ui.accessibility import AccessibleNames

        self.accessible_names = AccessibleNames(self)
        if self.isVisible():
            self.accessible_names.refresh()

    def title(self) -> str:
        """The translated name of the page (for the navigation list)."""
        raise NotImplementedError

    def set_session(self, session: Session | None) -> None:
        self.set_context(session, None)

    def set_alliance(self, alliance_id: int | None) -> None:
        self.alliance_id = alliance_id
        self.reload()

    def set_context(self, session: Session | None, alliance_id: int | None) -> None:
        """Show ``session`` and (for a page about one alliance) ``alliance_id``, reloading once."""
        if session is not None and session is not self.session:
            # A page never holds a closed workbook, whoever closes it.
            session.closing.connect(self._session_closing)
        self.session = session
        self.alliance_id = alliance_id if self.needs_alliance or self.follows_alliance else None
        self.reload()

    def _session_closing(self) -> None:
        if self.session is not None and self.session is self.sender():
            self.set_context(None, None)

    def on_changed(self, table: str) -> None:
        """Refresh after an edit; the default reloads everything."""
        self.reload()

    def reload(self) -> None:
        """Show the current data of the session (and alliance)."""

    def retranslate(self) -> None:
        """Set every visible text again, in the current language."""

    def show_record(self, table: str, record_id: int) -> bool:
        """Select a record if this page shows records of ``table``; True if it did."""
        return False

    def hasHeightForWidth(self) -> bool:
        """False: a page fills the room the window gives it, whatever its height for that
        width. The window's page stack asks every page, shown or not, for its height for
        width each time its layout is worked out (a switch does it several times); the
        pages' wrapped labels measured their texts again each time, a fifth of a switch
        to the Profile page. The page's own layout still sets its rows by their height
        for width."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
