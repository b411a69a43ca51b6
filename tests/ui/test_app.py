"""Starting the app: language choice, and the last-resort handling of a bug."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from alliance_desk.ui import app, language, preferences


def test_an_unexpected_error_is_logged_and_explained_politely(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text))
    )
    try:
        raise RuntimeError("the flux capacitor <broke> & 💥")
    except RuntimeError as error:
        app._report_unexpected(type(error), error, error.__traceback__)
    log = Path(os.environ["XDG_DATA_HOME"]) / "alliance_desk" / "alliance_desk.log"
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError: the flux capacitor <broke> & 💥" in text
    assert "Traceback" in text  # the details are in the log ...
    title, message = shown[-1]
    assert title == "Unexpected problem"
    assert "Traceback" not in message and "RuntimeError" not in message  # ... not in the face
    assert str(log) in message and "Your data is safe" in message


def test_language_comes_from_the_request_then_the_settings(qapp: object) -> None:
    assert language.preferred_language("nl") == "nl"
    preferences.settings().setValue("language", "nl")
    assert language.preferred_language(None) == "nl"
    preferences.settings().setValue("language", "xx")
    assert language.preferred_language(None) in language.LANGUAGES


def _cancel_text() -> str:
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    finally:
        buttons.deleteLater()


def test_one_language_at_a_time_whoever_switched(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    first, second = language.Translation(qapp), language.Translation(qapp)  # type: ignore[arg-type]
    try:
        assert first.switch("nl")
        assert _cancel_text() == "Annuleren"
        assert second.switch("en")  # another Translation switching back: all English again
        assert _cancel_text() == "Cancel"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        # A language without our catalogue: English throughout, not half Dutch.
        assert first.switch("nl") and not first.switch("xx")
        assert first.language == language.current_language() == "en"
        assert _cancel_text() == "Cancel" and first.translators == []
    finally:
        first.switch("en")
