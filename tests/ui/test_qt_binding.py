"""Guards against known faults of the Qt binding the app relies on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    changed = Signal(str)


def test_emitting_signals_does_not_leak_or_free_booleans(qtbot: QtBot) -> None:
    # PySide6 6.12.0 released a reference to True/False on every emit(); after a few
    # thousand signals the interpreter aborted. pyproject.toml excludes that release.
    emitter = _Emitter()
    received: list[str] = []
    emitter.changed.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(200):
        emitter.changed.emit("alliance")
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 200
