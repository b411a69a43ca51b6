"""The Linux desktop files: the .alliance type is recognised by name and by content, and
the menu entry opens it with our icon."""

from __future__ import annotations

import configparser
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

LINUX = Path(__file__).resolve().parents[2] / "resources" / "packaging" / "linux"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(LINUX / "alliance-desk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _matches(match: ET.Element, content: bytes) -> bool:
    """shared-mime-info's rule for the two match types we use."""
    offset = int(match.get("offset", "0"))
    value = match.get("value", "")
    if match.get("type") == "string":
        expected = value.encode().decode("unicode_escape").encode("latin-1")
    else:
        assert match.get("type") == "big32"
        expected = int(value, 16).to_bytes(4, "big")
    found = content[offset : offset + len(expected)] == expected
    children = list(match)
    return found and (not children or any(_matches(child, content) for child in children))


def _magic_says_workbook(path: Path) -> bool:
    root = ET.parse(LINUX / "alliance-desk.xml").getroot()
    magic = root.find(f"{MIME}mime-type/{MIME}magic")
    assert magic is not None and int(magic.get("priority", "50")) > 50  # above SQLite's
    content = path.read_bytes()[:4096]
    return any(_matches(match, content) for match in magic)


def test_the_file_type_is_known_by_name_and_content(workbook_path: Path, tmp_path: Path) -> None:
    root = ET.parse(LINUX / "alliance-desk.xml").getroot()
    mime_type = root.find(f"{MIME}mime-type")
    assert mime_type is not None and mime_type.get("type") == "application/x-alliance-desk"
    glob = mime_type.find(f"{MIME}glob")
    assert glob is not None and glob.get("pattern") == "*.alliance"
    assert _magic_says_workbook(workbook_path)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as plain:
        plain.execute("CREATE TABLE t (x)")
    plain.close()
    assert not _magic_says_workbook(other)


def test_the_menu_entry_opens_workbooks_with_our_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].endswith(" %f")
    assert entry["Icon"] == "alliance-desk"
    assert entry["MimeType"] == "application/x-alliance-desk;"
    assert entry["Name"] == "alliance_desk"
    assert "GenericName[nl]" in entry
