"""``alliance-desk signals``: every current early-warning signal, one per line or as JSON,
the alliances most at risk first; problems in one line on stderr, the file left as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from alliance_desk.__main__ import main
from alliance_desk.domain.signals import Severity, SignalKind
from alliance_desk.store.signals import signals
from alliance_desk.store.workbook import open_workbook

PROG = "alliance-desk"
TODAY = "2026-11-15"  # the small demo's today


def run(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as leaving:
        code = leaving.code
        status = 0 if code is None else code if isinstance(code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lines_of(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_one_signal_per_line_most_at_risk_first(
    small_demo_path: Path, capsys: pytest.CaptureFixture[str]
):
    status, out, err = run(["signals", str(small_demo_path), "--date", TODAY], capsys)
    assert (status, err) == (0, "")
    rows = lines_of(out)
    with open_workbook(small_demo_path) as opened:
        expected = signals(opened.db, dt.date.fromisoformat(TODAY))
    assert len(rows) == sum(len(found) for found in expected.values()) > 0
    for name, severity, kind, arose_on, sentence in rows:
        assert severity in Severity.__members__
        assert SignalKind(kind)
        assert dt.date.fromisoformat(arose_on)
        assert name and sentence.endswith(".")
    # Grouped: each alliance's lines together, most severe first within it.
    names = [row[0] for row in rows]
    groups = list(dict.fromkeys(names))
    assert names == [name for name in groups for _ in range(names.count(name))]
    for name in groups:
        levels = [Severity[row[1]] for row in rows if row[0] == name]
        assert levels == sorted(levels, reverse=True)

    # Most at risk first: by the number of alarms, then warnings, then notes.
    def weight(name: str) -> tuple[int, ...]:
        levels = [Severity[row[1]] for row in rows if row[0] == name]
        return tuple(levels.count(level) for level in (Severity.ALARM, Severity.WARNING))

    assert [weight(name) for name in groups] == sorted(map(weight, groups), reverse=True)


def test_dutch_sentences(small_demo_path: Path, capsys: pytest.CaptureFixture[str]):
    status, out, err = run(
        ["signals", str(small_demo_path), "--date", TODAY, "--lang", "nl"], capsys
    )
    assert (status, err) == (0, "")
    sentences = [row[4] for row in lines_of(out)]
    assert any(re.search(r"\d,\d", sentence) for sentence in sentences)
    assert not any(re.search(r"\d\.\d", sentence) for sentence in sentences)
    assert any(
        month in " ".join(sentences) for month in ("januari", "maart", "mei", "juni", "september")
    )


def test_json_for_scripts(small_demo_path: Path, capsys: pytest.CaptureFixture[str]):
    status, out, err = run(["signals", str(small_demo_path), "--date", TODAY, "--json"], capsys)
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert document["format_version"] == 1 and document["as_of"] == TODAY
    found = document["signals"]
    assert found
    for entry in found:
        assert set(entry) >= {
            "alliance",
            "alliance_id",
            "kind",
            "severity",
            "arose_on",
            "sentence",
            "figures",
        }
        assert entry["severity"] in ("alarm", "warning", "note")
        assert SignalKind(entry["kind"])
    falling = [entry for entry in found if entry["kind"] == "health_falling"]
    assert falling and dt.date.fromisoformat(falling[0]["figures"]["after_on"])
    status, plain, _ = run(["signals", str(small_demo_path), "--date", TODAY], capsys)
    assert len(plain.splitlines()) == len(found)


def test_only_the_named_alliances(small_demo_path: Path, capsys: pytest.CaptureFixture[str]):
    status, out, _ = run(["signals", str(small_demo_path), "--date", TODAY], capsys)
    names = list(dict.fromkeys(row[0] for row in lines_of(out)))
    chosen = names[-1]
    status, out, err = run(
        [
            "signals",
            str(small_demo_path),
            "--date",
            TODAY,
            "--alliance",
            chosen,
            "--alliance",
            chosen,
        ],
        capsys,
    )
    assert (status, err) == (0, "")
    assert {row[0] for row in lines_of(out)} == {chosen}


def test_an_unknown_alliance_is_refused_with_the_real_names(
    small_demo_path: Path, capsys: pytest.CaptureFixture[str]
):
    before = digest(small_demo_path)
    status, out, err = run(["signals", str(small_demo_path), "--alliance", "Nowhere Ltd"], capsys)
    assert status == 1 and out == ""
    assert err.startswith(f"{PROG}: ") and err.count("\n") == 1
    assert "'Nowhere Ltd'" in err and "Cascade North America distribution" in err
    assert digest(small_demo_path) == before


def test_no_signals_is_no_problem(workbook_path: Path, capsys: pytest.CaptureFixture[str]):
    status, out, err = run(["signals", str(workbook_path)], capsys)
    assert (status, out, err) == (0, "", "")
    status, out, err = run(["signals", str(workbook_path), "--json", "--date", TODAY], capsys)
    assert status == 0 and json.loads(out)["signals"] == []


def test_problems_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    missing = tmp_path / "Missing.alliance"
    status, out, err = run(["signals", str(missing)], capsys)
    assert status == 1 and out == "" and err.count("\n") == 1 and str(missing) in err
    assert not missing.exists()
    status, out, err = run(["signals", str(missing), "--date", "15-11-2026"], capsys)
    assert status == 2 and "2026-11-30" in err  # a usage error names the date format
    status, out, err = run(["signals", "--help"], capsys)
    assert status == 0 and out.startswith(f"usage: {PROG} signals")
