"""The program's own files are found from a checkout and from the packaged app."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from alliance_desk import paths

CHECKOUT = Path(__file__).resolve().parents[1]


def test_from_a_checkout_the_resources_are_beside_the_package() -> None:
    assert not paths.is_frozen()
    assert paths.resources_dir() == CHECKOUT / "resources"
    assert (paths.TRANSLATIONS / "alliance_desk_nl.qm").is_file()
    assert (paths.ICONS / "alliance_desk.svg").is_file()
    assert paths.licences_dir() is None


def test_frozen_the_resources_are_in_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "alliance-desk"))
    assert paths.is_frozen()
    assert paths.resources_dir() == tmp_path / "_internal" / "resources"
    if sys.platform != "darwin":
        assert paths.licences_dir() == tmp_path / "licenses"


def test_frozen_without_a_bundle_folder_the_resources_are_beside_the_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "alliance-desk"))
    assert paths.resources_dir() == tmp_path / "resources"


def test_in_a_macos_app_the_licences_are_in_its_resources(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    contents = tmp_path / "alliance_desk.app" / "Contents"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(sys, "executable", str(contents / "MacOS" / "alliance-desk"))
    assert paths.licences_dir() == contents / "Resources" / "licenses"
