"""The interface language: which catalogues are installed, and the language chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from alliance_desk.paths import TRANSLATIONS
from alliance_desk.ui.preferences import settings

LANGUAGES = ("en", "nl")
_CURRENT = {"language": "en"}  # set by Translation.switch, read through current_language()


# The catalogues installed now, whichever Translation installed them (one application).
_INSTALLED: list[QTranslator] = []


class Translation:
    """The installed translators; ``switch()`` changes the language at run time.

    Two catalogues per language: ours, and Qt's own (``qtbase``, shipped with
    PySide6) for the texts of Qt's standard buttons and dialogs. Qt's is only
    installed with ours, so the interface never speaks two languages.
    """

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"

    @property
    def translators(self) -> list[QTranslator]:
        return list(_INSTALLED)

    def switch(self, language: str) -> bool:
        """Show the interface in ``language``; False (and English) if our catalogue for it
        cannot be loaded."""
        while _INSTALLED:
            old = _INSTALLED.pop()
            self.app.removeTranslator(old)
            old.deleteLater()
        ours = QTranslator(self.app)
        found = ours.load(f"alliance_desk_{language}", str(TRANSLATIONS))
        if found:
            self.app.installTranslator(ours)
            _INSTALLED.append(ours)
            qt_own = QTranslator(self.app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", qt_folder):
                self.app.installTranslator(qt_own)
                _INSTALLED.append(qt_own)
        else:
            ours.deleteLater()
        self.language = language if found else "en"
        _CURRENT["language"] = self.language
        return found


def current_language() -> str:
    """The language the interface is shown in ("en" or "nl"), for texts kept as data
    (framework dimensions and levels have a ``name_en`` and a ``name_nl``)."""
    return _CURRENT["language"]


def preferred_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    stored = settings().value("language")
    if stored in LANGUAGES:
        return str(stored)
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"
