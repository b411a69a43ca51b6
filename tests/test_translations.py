"""Every visible string of the user interface is translated into Dutch, and the built
``.qm`` files match their ``.ts`` sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from alliance_desk.paths import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[1]
UI_SOURCES = sorted(str(path) for path in (ROOT / "alliance_desk" / "ui").rglob("*.py"))


def _tool(name: str) -> str:
    """PySide6-Essentials installs the tool beside the interpreter."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found is not None, f"{name} should come with PySide6-Essentials"
    return found


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


def _texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of it (messages counted with %n)."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_dutch_covers_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *UI_SOURCES, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = set(_messages(fresh))
    shipped = _messages(TRANSLATIONS / "alliance_desk_nl.ts")
    assert len(in_code) > 40
    missing = in_code - set(shipped)
    assert not missing, f"run the translation update (README): {sorted(missing)[:5]}"
    unfinished = [key for key in in_code if shipped[key].get("type") == "unfinished"]
    assert not unfinished, f"untranslated: {unfinished[:5]}"
    assert all(text.strip() for key in in_code for text in _texts(shipped[key]))


def test_placeholders_survive_translation() -> None:
    import re

    for (_, source), translation in _messages(TRANSLATIONS / "alliance_desk_nl.ts").items():
        for text in _texts(translation):
            assert set(re.findall(r"\{\w+\}|%n", source)) == set(re.findall(r"\{\w+\}|%n", text)), (
                source
            )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_built_catalogues_match_their_sources(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"alliance_desk_{language}.qm"
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            str(TRANSLATIONS / f"alliance_desk_{language}.ts"),
            "-qm",
            str(built),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert built.read_bytes() == (TRANSLATIONS / f"alliance_desk_{language}.qm").read_bytes()


def test_counted_messages_have_their_plural_forms(tmp_path: Path) -> None:
    """A message counted with %n is extracted as one (lupdate misses the count of
    QCoreApplication.translate: use a QObject's tr there), and both catalogues give it
    every plural form, so English shows "1 evaluation", not "1 evaluation(s)"."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *UI_SOURCES, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for ts_file in (
        fresh,
        TRANSLATIONS / "alliance_desk_nl.ts",
        TRANSLATIONS / "alliance_desk_en.ts",
    ):
        for message in ET.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                continue
            assert message.get("numerus") == "yes", f"{ts_file.name}: {source}"
            if ts_file == fresh:
                continue
            forms = _texts(message.find("translation"))  # type: ignore[arg-type]
            assert len(forms) == 2 and all(form.strip() for form in forms), source
            assert not any("(s)" in form or "(en)" in form for form in forms), source
