"""The capability command: the report written for ours or the partner, in the language and
paper asked; an unknown alliance, a partner edition of several partners and an output that
cannot be written are one line on stderr, exit 1, and no file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pypdf import PdfReader

from alliance_desk.__main__ import main

BRENNER = "Brenner optical sensor co-development"
CASCADE = "Cascade North America distribution"


def run(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as leaving:
        code = leaving.code
        status = 0 if code is None else code if isinstance(code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def test_the_partners_report_in_dutch_on_letter(
    small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "brenner.pdf"
    status, out, err = run(
        [
            "capability",
            str(small_demo_path),
            "-o",
            str(target),
            "--alliance",
            BRENNER,
            "--organisation",
            "partner",
            "--lang",
            "nl",
            "--paper",
            "letter",
        ],
        capsys,
    )
    assert (status, err) == (0, "")
    reader = PdfReader(target)
    assert (
        out
        == f"Wrote the capability report for the partner ({len(reader.pages)} pages) to {target}.\n"
    )
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "ONTWIKKELPLAN EN DE ONDERSTEUNING" in text
    assert "Pieter Bakker" not in text  # one of our people on the map: not in theirs


def test_our_report_of_two_alliances(
    small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "ours.pdf"
    status, out, _ = run(
        ["capability", str(small_demo_path), "-o", str(target), "--alliance", BRENNER]
        + ["--alliance", CASCADE],
        capsys,
    )
    assert status == 0 and "for our organisation" in out
    titles = [item.title for item in PdfReader(target).outline]
    assert len(titles) == 2 and titles[0].startswith(BRENNER) and titles[1].startswith(CASCADE)


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--alliance", "Nope"], "there is no alliance named 'Nope' (the alliances are: "),
        (["--organisation", "partner"], "the partner's edition is for one partner's management"),
    ],
)
def test_a_refusal_is_one_line_and_no_file(
    small_demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    says: str,
):
    target = tmp_path / "out.pdf"
    status, out, err = run(["capability", str(small_demo_path), "-o", str(target), *extra], capsys)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and says in err and "Traceback" not in err
    assert not target.exists()


def test_an_output_that_cannot_be_written_is_one_line(
    small_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "no such folder" / "out.pdf"
    status, _, err = run(["capability", str(small_demo_path), "-o", str(target)], capsys)
    assert status == 1
    assert err.count("\n") == 1 and "could not be written" in err and "nothing was" in err
    assert not target.parent.exists()
