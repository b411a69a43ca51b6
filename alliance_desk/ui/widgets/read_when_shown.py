"""Panels that read what they show as they come into view.

A page opens on one of its tabs; the others were read on every load of the page (on the
Stakeholders page, reading its Departments, Counterparts and Skills tabs was most of a
switch to it). Such a panel is told what to show at once, and reads it now if it is in
view, else when it is next shown, or when something needs its rows first.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class ReadWhenShown(QWidget):
    """A panel whose :meth:`read_shown` runs now if it is in view, else when it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_pending = False  # True: read again before the panel is next shown

    def read_when_shown(self) -> None:
        """What the panel shows has changed: read it now if in view, else when shown."""
        self.read_pending = True
        if self.isVisible():
            self.read_now()

    def read_if_pending(self) -> None:
        """Read now if a read is waiting (before something looks at the panel's rows)."""
        if self.read_pending:
            self.read_now()

    def read_now(self) -> None:
        self.read_pending = False
        self.read_shown()

    def read_shown(self) -> None:
        """Read and show what the panel was last told to show."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        self.read_if_pending()
        super().showEvent(event)
