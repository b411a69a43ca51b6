"""CI runs what the README tells a developer to run: one command, lint and types first."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_test_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)\n```", quick_start, re.DOTALL)
    assert len(blocks) == 2, "the Quick start has two commands: open the app, check and test"
    return blocks[1].strip()


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line for line in script.splitlines() if line.strip() and not line.startswith(("#", "set "))
    ]
    assert commands[-1] == readme_test_command()


def test_the_command_lints_and_type_checks_before_the_suite() -> None:
    steps = [step.strip() for step in readme_test_command().split("&&")]
    suite = steps.index("QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest")
    assert suite == len(steps) - 1
    for check in (".venv/bin/ruff check .", ".venv/bin/ruff format --check .", ".venv/bin/mypy"):
        assert steps.index(check) < suite
