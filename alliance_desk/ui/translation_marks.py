"""Qt's translation marker for module-level texts, typed as what it returns: the text.

``QT_TRANSLATE_NOOP`` marks a text for lupdate where it is defined and returns it
untranslated; ``QCoreApplication.translate`` translates it where it is shown.
PySide6 declares the marker as returning ``object``, which would make every table of
marked texts a table of objects to mypy. lupdate finds the marker by its name, so
this one, with the same name and arguments, is found as Qt's is.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate reads)
    """Mark ``text`` for translation in ``context``; return it as it is."""
    return text
