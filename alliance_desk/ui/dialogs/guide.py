"""Help → Guide and Help → Keyboard shortcuts: the short guide bundled in
``resources/guide/`` (one HTML file per language, read from disk, never the network) and
the list of shortcuts made from :mod:`alliance_desk.ui.shortcuts`."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from alliance_desk.paths import GUIDE
from alliance_desk.ui import shortcuts
from alliance_desk.ui.accessibility import AccessibleNames


def guide_html(language: str) -> str:
    """The guide in ``language`` (English where there is none in it)."""
    path = GUIDE / f"guide_{language}.html"
    if not path.exists():
        path = GUIDE / "guide_en.html"
    return path.read_text(encoding="utf-8")


class _TextDialog(QDialog):
    """A read-only page of text with a Close button."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)  # the guide's own #anchors
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the machine
        self.browser.setHtml(html)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.browser.setFocus()  # arrows and Page Down scroll at once


class GuideDialog(_TextDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(self.tr("Guide to alliance_desk"), guide_html(language), parent)


class ShortcutsDialog(_TextDialog):
    def __init__(self, page_titles: list[str], parent: QWidget | None = None):
        super().__init__(self.tr("Keyboard shortcuts"), shortcuts.listing_html(page_titles), parent)
        self.resize(620, 640)
