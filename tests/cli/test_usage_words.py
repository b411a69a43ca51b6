"""A word on the command line that is neither a command nor a file is a usage error, not a
workbook to open: the app must not start (headless it would wait for ever)."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_desk.__main__ import main
from alliance_desk.cli import COMMANDS

PROG = "alliance-desk"


@pytest.mark.parametrize("word", ["no-such-command", "chek", "Missing.alliance"])
def test_a_word_that_is_no_command_and_no_file_is_a_usage_error(
    word: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)

    def no_app(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("the app was started")

    monkeypatch.setattr("alliance_desk.ui.app.run_app", no_app)

    with pytest.raises(SystemExit) as leaving:
        main([word])

    out, err = capsys.readouterr()
    assert leaving.value.code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"{PROG}: "), err
    assert f"'{word}'" in err
    for command in COMMANDS:
        assert command in err
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_still_opens_the_app(
    workbook_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path | None] = []

    def fake_app(workbook: Path | None, demo: bool = False, language: str | None = None) -> int:
        opened.append(workbook)
        return 0

    monkeypatch.setattr("alliance_desk.ui.app.run_app", fake_app)

    assert main([str(workbook_path)]) == 0
    assert opened == [workbook_path]
