"""The round commands end to end: make a round, write the questionnaires, fill them as a
respondent's program would, import them (refused files named, one line each, exit 1), list
who answered and write the joint results report."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader, PdfWriter

from alliance_desk.__main__ import main
from alliance_desk.domain.codes import Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.questionnaire import XLSX_SHEET
from alliance_desk.store import records, rounds
from alliance_desk.store.workbook import open_workbook

ALLIANCE = "Rhine corridor"


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


@pytest.fixture
def book(workbook_path: Path) -> Path:
    with open_workbook(workbook_path) as opened:
        partner = records.insert(opened.db, Organisation(name="Kestrel Systems"))
        records.insert(opened.db, Alliance(partner_id=partner.id, name=ALLIANCE))
    return workbook_path


def fill_xlsx(path: Path, answer: str) -> None:
    workbook = openpyxl.load_workbook(path)
    rows = [row for row in workbook[XLSX_SHEET].iter_rows() if row[5].value and row[0].row > 2]
    for row in rows[1:]:
        row[2].value = answer
        row[3].value = "Seen from here"
    workbook.save(path)


def make_round(book: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> None:
    status, out, err = run(
        [
            "round",
            str(book),
            "--alliance",
            ALLIANCE,
            "--kind",
            "health",
            "--respondents",
            "us:Sales:Account manager*2",
            "partner:R&D",
            "--partner-lang",
            "nl",
            "--date",
            "2026-03-02",
            "--deadline",
            "2026-03-20",
            *extra,
        ],
        capsys,
    )
    assert (status, err) == (0, ""), err
    assert "Made round 1" in out and "3 respondents" in out


def test_a_round_from_questionnaires_to_joint_report(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_round(book, capsys)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    status, out, _ = run(
        ["questionnaires", str(book), "--alliance", ALLIANCE, "-o", str(out_dir)], capsys
    )
    assert status == 0 and "Wrote 3 questionnaires of round 1" in out
    files = sorted(out_dir.glob("*.xlsx"))
    assert [path.name.split("-")[2] for path in files] == ["us", "us", "partner"]
    fill_xlsx(files[0], "4 - Good")
    fill_xlsx(files[2], "2 - Zwak")  # the partner's file is Dutch
    status, out, err = run(["responses", str(book), str(out_dir), "--date", "2026-03-10"], capsys)
    # The unfilled one is refused (named, one line), the two answered ones imported.
    assert status == 1
    assert "Imported 2 answered questionnaires." in out
    assert err.count("\n") == 1 and str(files[1]) in err and "no dimension is answered" in err
    status, out, _ = run(["rounds", str(book), "--alliance", ALLIANCE], capsys)
    assert status == 0 and "2 of 3 answered" in out
    assert out.count("answered 2026-03-10") == 2 and out.count("not answered") == 1

    pdf_dir = tmp_path / "pdf"
    pdf_dir.mkdir()
    status, _, _ = run(
        [
            "questionnaires",
            str(book),
            "--alliance",
            ALLIANCE,
            "-o",
            str(pdf_dir),
            "--format",
            "pdf",
            "--lang",
            "en",
        ],
        capsys,
    )
    assert status == 0
    second = sorted(pdf_dir.glob("*.pdf"))[1]
    writer = PdfWriter(clone_from=PdfReader(second))
    codes = [name[7:] for name in PdfReader(second).get_fields() if name.startswith("answer_")]
    for page in writer.pages:
        writer.update_page_form_field_values(
            page, {f"answer_{code}": "5 - Excellent" for code in codes}, auto_regenerate=False
        )
    with open(second, "wb") as handle:
        writer.write(handle)
    status, out, err = run(["responses", str(book), str(second)], capsys)
    assert (status, err) == (0, "") and "Imported 1 answered questionnaire." in out
    with open_workbook(book) as opened:
        ours = rounds.results(opened.db, 1).sides[Side.US][0]
        assert (ours.mean, ours.lowest, ours.highest, ours.answered) == (4.5, 4, 5, 2)

    report = tmp_path / "joint.pdf"
    for language in ("en", "nl"):
        status, out, _ = run(
            [
                "joint-report",
                str(book),
                "--alliance",
                ALLIANCE,
                "-o",
                str(report),
                "--lang",
                language,
            ],
            capsys,
        )
        assert status == 0 and "Wrote the joint results of round 1" in out
        text = "".join(page.extract_text() for page in PdfReader(report).pages)
        assert ("Seen from here" in text) and ("Kestrel Systems" in text)
        assert ("Gezamenlijke uitkomsten" if language == "nl" else "Joint results") in text
    assert run(["check", str(book)], capsys)[0] == 0


def test_answers_again_are_refused_unless_replace(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_round(book, capsys)
    run(["questionnaires", str(book), "--alliance", ALLIANCE, "-o", str(tmp_path)], capsys)
    first = sorted(tmp_path.glob("*.xlsx"))[0]
    fill_xlsx(first, "3 - Adequate")
    assert run(["responses", str(book), str(first)], capsys)[0] == 0
    fill_xlsx(first, "5 - Excellent")
    before = digest(book)
    status, out, err = run(["responses", str(book), str(first)], capsys)
    assert status == 1 and "answered before" in err and "--replace" in err
    assert digest(book) == before
    status, out, err = run(["responses", str(book), str(first), "--replace"], capsys)
    assert status == 0 and "1 replacing earlier answers" in out
    with open_workbook(book) as opened:
        ours = rounds.results(opened.db, 1).sides[Side.US][0]
        assert (ours.mean, ours.answered) == (5.0, 1)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--alliance", "Nope"], "no alliance named 'Nope'"),
        (["--alliance", ALLIANCE, "--round", "7"], "no round 7"),
    ],
)
def test_a_wrong_alliance_or_round_is_one_line(
    book: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    expected: str,
) -> None:
    make_round(book, capsys)
    for command in (["questionnaires", "-o", str(tmp_path)], ["joint-report", "-o", "x.pdf"]):
        status, out, err = run([command[0], str(book), *command[1:], *argv], capsys)
        assert status == 1 and expected in err and err.count("\n") == 1 and out == ""
        assert "Traceback" not in err


def test_a_bad_respondent_spec_is_a_usage_error(
    book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(book)
    status, _, err = run(
        ["round", str(book), "--alliance", ALLIANCE, "--kind", "health", "--respondents", "x"],
        capsys,
    )
    assert status == 2 and "SIDE:DEPARTMENT" in err
    assert digest(book) == before


def test_refused_files_leave_the_workbook_unchanged(
    book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_round(book, capsys)
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4 nothing")
    text = tmp_path / "notes.xlsx"
    text.write_text("hello")
    before = digest(book)
    status, out, err = run(["responses", str(book), str(junk), str(text)], capsys)
    assert status == 1 and err.count("\n") == 2
    assert str(junk) in err and str(text) in err and "Traceback" not in err
    assert "Imported 0" in out
    assert digest(book) == before
