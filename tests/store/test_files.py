"""Replacing a file only once its successor is complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_desk.store.files import replacing


def test_the_new_content_takes_the_name_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")
    with replacing(target) as partial:
        assert partial.parent == tmp_path and partial.name.startswith(".")
        partial.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # not yet
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]


def test_a_failure_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]
