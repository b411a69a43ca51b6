"""The layers stay apart: nothing below ``ui`` imports Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "alliance_desk"


def modules_below_ui() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if "ui" in parts or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_there_are_modules_to_check() -> None:
    names = modules_below_ui()
    assert "alliance_desk.store.workbook" in names
    assert "alliance_desk.domain.record" in names
    assert not any(".ui" in name for name in names)


def test_nothing_below_ui_imports_qt() -> None:
    # A fresh interpreter in which importing PySide6 fails loudly.
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):\n"
        "            raise ImportError('Qt imported by ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules_below_ui()!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_the_block_would_notice_a_qt_import() -> None:
    """The check above is real: importing a ui module under the same block fails."""
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6':\n"
        "            raise ImportError('Qt imported by ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import alliance_desk.ui.main_window\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "Qt imported by" in result.stderr
