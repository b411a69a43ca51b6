"""Test setup: headless Qt, private settings and data folders, fresh workbooks per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display, and settings/logs in a private folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="alliance_desk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_PRIVATE_HOME / "data")

import pytest  # noqa: E402

from alliance_desk.store.workbook import Workbook, create_workbook, open_workbook  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def template_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new empty workbook made once; tests get copies (creating one runs every migration)."""
    path = tmp_path_factory.mktemp("template") / "template.alliance"
    create_workbook(path)
    return path


@pytest.fixture
def workbook_path(template_workbook: Path, tmp_path: Path) -> Path:
    """A fresh, empty workbook file of this test's own."""
    path = tmp_path / "Partners.alliance"
    shutil.copyfile(template_workbook, path)
    return path


@pytest.fixture
def workbook(workbook_path: Path) -> Iterator[Workbook]:
    """The fresh workbook, open; closed after the test."""
    opened = open_workbook(workbook_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from alliance_desk.demo.builder import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "Demo.alliance")


@pytest.fixture
def small_demo_path(small_demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Demo.alliance"
    shutil.copyfile(small_demo_template, path)
    return path


@pytest.fixture(autouse=True)
def _forget_settings() -> Iterator[None]:
    """Each test starts from default settings (language, recent files, losing touch days)."""
    yield
    from alliance_desk.ui.app import settings

    settings().clear()
