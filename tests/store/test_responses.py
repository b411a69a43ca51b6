"""Answered XLSX questionnaires coming back: filled as a respondent's program would (openpyxl),
imported, compared with the answers; every refusal leaves the workbook as it was."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from alliance_desk.domain.codes import Side
from alliance_desk.domain.questionnaire import XLSX_ID_SHEET, XLSX_SHEET
from alliance_desk.reports.questionnaires import write_questionnaires
from alliance_desk.store import records, response_files, responses, rounds
from alliance_desk.store.db import Database
from alliance_desk.store.workbook import Workbook, create_workbook, open_workbook

MakeRound = Callable[..., int]
State = Callable[[Database], dict[str, list[Any]]]

DAY = dt.date(2026, 3, 2)
TODAY = dt.date(2026, 3, 9)


def fill(path: Path, scores: list[object], comments: list[object] | None = None) -> None:
    """Answer a questionnaire as Excel would through openpyxl: the answer and comment cells of
    the rows that carry a dimension code, in order; then save it again."""
    book = openpyxl.load_workbook(path)
    sheet = book[XLSX_SHEET]
    rows = [row for row in sheet.iter_rows() if row[5].value and row[0].row > 2][1:]
    for index, row in enumerate(rows):
        if index < len(scores):
            row[2].value = scores[index]
        if comments and index < len(comments):
            row[3].value = comments[index]
    book.save(path)


@pytest.fixture
def setup(
    workbook: Workbook, tmp_path: Path, make_round: MakeRound
) -> Iterator[tuple[Database, int, list[Path]]]:
    db = workbook.db
    round_id = make_round(db)
    folder = tmp_path / "out"
    folder.mkdir()
    files = write_questionnaires(db, round_id, folder)
    yield db, round_id, files


def labels(values: list[int | None]) -> list[object]:
    names = {1: "Poor", 2: "Weak", 3: "Adequate", 4: "Good", 5: "Excellent"}
    return [None if value is None else f"{value} - {names[value]}" for value in values]


def test_filled_questionnaires_come_back_as_the_answers_and_each_sides_result(
    setup: tuple[Database, int, list[Path]],
) -> None:
    db, round_id, files = setup
    answers = [
        [3, 4, 2, 5, 4, 3, 1],
        [4, None, 2, 5, 4, 3, 2],  # left the second dimension blank
        [2, 4, 3, 5, 4, 3, 1],
        [1, 2, 2, 2, 3, 2, 2],
        [2, 2, 3, 3, 3, 2, 1],
    ]
    for path, scores in zip(files, answers, strict=True):
        fill(path, labels(scores), [f"Note {n}" if n % 2 else None for n in range(7)])
    batch = responses.read_responses(db, [files[0].parent])
    assert batch.refused == []
    assert [response.replaces for response in batch.responses] == [False] * 5
    responses.import_responses(db, batch.responses, TODAY)

    made = records.get(db, rounds.QuestionnaireRound, round_id)
    asked = [item.id for item in made.framework_snapshot.dimensions]
    stored = rounds.answers(db, round_id)
    for slot, scores in zip(rounds.respondents(db, round_id), answers, strict=True):
        assert slot.answered_on == TODAY
        given = {answer.dimension_id: answer for answer in stored[slot.id or 0]}
        for number, (dimension, score) in enumerate(zip(asked, scores, strict=True)):
            comment = f"Note {number}" if number % 2 else None
            if score is None and comment is None:
                assert dimension not in given  # blank is no answer, not a score
            else:
                assert (given[dimension].score, given[dimension].comment) == (score, comment)
    result = rounds.results(db, round_id)
    ours = result.sides[Side.US]
    assert (ours[0].mean, ours[0].lowest, ours[0].highest, ours[0].answered) == (3.0, 2, 4, 3)
    assert (ours[1].mean, ours[1].answered) == (4.0, 2)
    assert ours[6].mean == 1.33
    theirs = result.sides[Side.PARTNER]
    assert (theirs[0].mean, theirs[0].spread) == (1.5, 1)
    evaluations = db.query("SELECT respondent_side, round_id FROM evaluation ORDER BY id")
    assert [tuple(row) for row in evaluations] == [("us", round_id), ("partner", round_id)]


def test_a_file_saved_again_by_a_spreadsheet_program_still_imports(
    setup: tuple[Database, int, list[Path]], tmp_path: Path
) -> None:
    db, _, files = setup
    fill(files[0], labels([5, 4, 3, 2, 1, 2, 3]), ["Typed 2025"])
    # Saved again: openpyxl rewrites styles and shared strings ...
    book = openpyxl.load_workbook(files[0])
    book[XLSX_SHEET]["D2"].value = book[XLSX_SHEET]["D2"].value  # touched, nothing changed
    book.save(files[0])
    # ... and every part written again in another order with other compression, a number
    # typed as a number (not the label), and a comment that became a date.
    book = openpyxl.load_workbook(files[0])
    rows = [row for row in book[XLSX_SHEET].iter_rows() if row[5].value and row[0].row > 2][1:]
    rows[0][2].value = 5
    rows[1][3].value = dt.datetime(2026, 3, 1)
    book.save(files[0])
    repacked = tmp_path / "repacked.xlsx"
    with zipfile.ZipFile(files[0]) as source, zipfile.ZipFile(repacked, "w") as target:
        for entry in reversed(source.infolist()):
            target.writestr(entry.filename, source.read(entry), zipfile.ZIP_DEFLATED, 9)
    assert repacked.read_bytes() != files[0].read_bytes()
    batch = responses.read_responses(db, [repacked])
    assert batch.refused == []
    (response,) = batch.responses
    scores = [answer[0] for answer in response.answers.values()]
    assert scores == [5, 4, 3, 2, 1, 2, 3]
    assert list(response.answers.values())[1][1] == "2026-03-01"


def test_the_same_slot_again_is_reported_and_never_counts_twice(
    setup: tuple[Database, int, list[Path]], tmp_path: Path
) -> None:
    db, round_id, files = setup
    fill(files[0], labels([2] * 7))
    responses.import_responses(db, responses.read_responses(db, [files[0]]).responses, TODAY)
    fill(files[0], labels([4] * 7))
    twin = tmp_path / "twin.xlsx"
    shutil.copyfile(files[0], twin)
    batch = responses.read_responses(db, [files[0], twin])
    assert [response.replaces for response in batch.responses] == [True]
    assert [(refusal.path, refusal.reason) for refusal in batch.refused] == [(twin, "duplicate")]
    responses.import_responses(db, batch.replacing, TODAY)
    ours = rounds.results(db, round_id).sides[Side.US][0]
    assert (ours.mean, ours.answered) == (4.0, 1)


def test_an_import_is_undone_whole(
    setup: tuple[Database, int, list[Path]], workbook_state: State
) -> None:
    db, _, files = setup
    before = workbook_state(db)
    for path in files[:3]:
        fill(path, labels([3] * 7))
    step = responses.import_responses(db, responses.read_responses(db, files).responses, TODAY)
    after = workbook_state(db)
    step.undo(db)
    ignore = {"audit_log"}
    assert {k: v for k, v in workbook_state(db).items() if k not in ignore} == {
        k: v for k, v in before.items() if k not in ignore
    }
    step.redo(db)
    assert {k: v for k, v in workbook_state(db).items() if k not in ignore} == {
        k: v for k, v in after.items() if k not in ignore
    }


# Refusals: each names the file and why, and leaves the workbook as it was ---------------------


Refused = Callable[..., responses.Refusal]


@pytest.fixture
def refused(workbook_state: State) -> Refused:
    """The one refusal of reading ``path``, checked to leave the workbook unchanged."""

    def read(db: Database, path: Path, round_id: int | None = None) -> responses.Refusal:
        before = workbook_state(db)
        batch = responses.read_responses(db, [path], round_id)
        assert batch.responses == []
        (refusal,) = batch.refused
        assert refusal.path == path and str(path) in str(refusal)
        assert workbook_state(db) == before
        return refusal

    return read


def test_a_file_from_another_workbook_is_refused(
    setup: tuple[Database, int, list[Path]], tmp_path: Path, refused: Refused, make_round: MakeRound
) -> None:
    db, _, _ = setup
    other = tmp_path / "Other.alliance"
    create_workbook(other)
    folder = tmp_path / "other"
    folder.mkdir()
    with open_workbook(other) as opened:
        foreign = write_questionnaires(opened.db, make_round(opened.db), folder)[0]
    fill(foreign, labels([3] * 7))
    assert refused(db, foreign).reason == "other_workbook"


def test_a_file_of_another_round_is_refused_when_one_round_is_asked(
    setup: tuple[Database, int, list[Path]], refused: Refused
) -> None:
    db, round_id, files = setup
    assert refused(db, files[0], round_id=round_id + 1).reason == "other_round"


@pytest.mark.parametrize("change", ["slot", "seal", "row moved", "row removed"])
def test_a_changed_structure_is_refused(
    setup: tuple[Database, int, list[Path]], change: str, refused: Refused
) -> None:
    db, _, files = setup
    book = openpyxl.load_workbook(files[0])
    hidden = book[XLSX_ID_SHEET]
    rows = [row for row in book[XLSX_SHEET].iter_rows() if row[5].value and row[0].row > 2][1:]
    if change == "slot":  # point the file at another respondent without the secret
        hidden["A1"].value = hidden["A1"].value.replace('"slot":1', '"slot":2')
    elif change == "seal":
        hidden["A2"].value = "0" * 64
    elif change == "row moved":
        rows[0][5].value, rows[1][5].value = rows[1][5].value, rows[0][5].value
    else:
        rows[-1][5].value = None
    book.save(files[0])
    assert refused(db, files[0]).reason == "changed"


@pytest.mark.parametrize("answer", ["7 - Superb", "very good", 0, 3.5, "-"])
def test_an_answer_outside_the_scale_is_refused(
    setup: tuple[Database, int, list[Path]], answer: object, refused: Refused
) -> None:
    db, _, files = setup
    fill(files[0], [labels([3])[0], answer])
    refusal = refused(db, files[0])
    assert refusal.reason == "outside_scale"
    assert "Value creation" in refusal.sentence


def test_a_closed_round_takes_no_answers(
    setup: tuple[Database, int, list[Path]], refused: Refused
) -> None:
    db, round_id, files = setup
    rounds.close_round(db, round_id)
    assert refused(db, files[0]).reason == "round_closed"


def test_a_file_too_large_is_refused_unread(
    setup: tuple[Database, int, list[Path]], refused: Refused
) -> None:
    db, _, files = setup
    with open(files[0], "r+b") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper
    assert refused(db, files[0]).reason == "too_large"


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    setup: tuple[Database, int, list[Path]], tmp_path: Path, refused: Refused
) -> None:
    db, _, _ = setup
    huge = tmp_path / "huge.xlsx"
    huge.write_bytes(_zip({f"xl/part{n}.xml": b"\0" * (20 * 1024 * 1024) for n in range(3)}))
    assert huge.stat().st_size < response_files.FILE_MAX
    assert refused(db, huge).reason == "zip_bomb"
    packed = tmp_path / "packed.xlsx"
    packed.write_bytes(_zip({"xl/sheet.xml": b" " * (4 * 1024 * 1024)}))
    assert "packed" in refused(db, packed).sentence
    many = tmp_path / "many.xlsx"
    many.write_bytes(_zip({f"p{n}.xml": b"<a/>" for n in range(500)}))
    assert refused(db, many).reason == "zip_bomb"


def test_xml_with_entities_is_refused(
    setup: tuple[Database, int, list[Path]], tmp_path: Path, refused: Refused
) -> None:
    db, _, files = setup
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<sst>&lol2;</sst>"
    )
    attacked = tmp_path / "attacked.xlsx"
    with zipfile.ZipFile(files[0]) as source, zipfile.ZipFile(attacked, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = laughs[:-17] + data  # the DOCTYPE before the real sheet
            target.writestr(entry, data)
    assert refused(db, attacked).reason == "xml_entities"
    utf16 = tmp_path / "utf16.xlsx"
    utf16.write_bytes(_zip({"xl/workbook.xml": laughs.decode().encode("utf-16")}))
    assert refused(db, utf16).reason == "xml_entities"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"PK\x03\x04 not really a zip", "unreadable"),
        (b"Name;Score\nAnna;3\n", "not_a_questionnaire"),
        (b"", "not_a_questionnaire"),
    ],
)
def test_an_unreadable_or_foreign_file_is_refused(
    setup: tuple[Database, int, list[Path]],
    tmp_path: Path,
    content: bytes,
    reason: str,
    refused: Refused,
) -> None:
    db, _, _ = setup
    path = tmp_path / "answers.xlsx"
    path.write_bytes(content)
    assert refused(db, path).reason == reason


def test_a_spreadsheet_that_is_not_our_questionnaire_is_refused(
    setup: tuple[Database, int, list[Path]], tmp_path: Path, refused: Refused
) -> None:
    db, _, files = setup
    plain = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Strategic fit"  # type: ignore[index]
    book.save(plain)
    assert refused(db, plain).reason == "not_a_questionnaire"
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(files[0].read_bytes()[:3000])
    assert refused(db, truncated).reason == "unreadable"


def test_one_refused_file_does_not_stop_the_others(
    setup: tuple[Database, int, list[Path]], tmp_path: Path
) -> None:
    db, round_id, files = setup
    fill(files[0], labels([3] * 7))
    fill(files[1], ["nonsense"])
    batch = responses.read_responses(db, files[:2])
    assert [r.slot_id for r in batch.responses] == [rounds.respondents(db, round_id)[0].id]
    assert [r.path for r in batch.refused] == [files[1]]


def test_a_questionnaire_sent_back_unfilled_is_refused(
    setup: tuple[Database, int, list[Path]], refused: Refused
) -> None:
    db, _, files = setup
    assert refused(db, files[0]).reason == "empty"
