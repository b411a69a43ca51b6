"""Answered PDF questionnaires: filled with pypdf as a PDF reader would, imported, compared;
a form with thousands of fields, another workbook, a changed code and a choice outside the
scale refused with nothing stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from alliance_desk.domain.codes import Side
from alliance_desk.domain.questionnaire import PDF_PAYLOAD_FIELD
from alliance_desk.reports.questionnaires import write_questionnaires
from alliance_desk.store import records, responses, rounds
from alliance_desk.store.db import Database
from alliance_desk.store.workbook import Workbook, create_workbook, open_workbook

MakeRound = Callable[..., int]
State = Callable[[Database], dict[str, list[Any]]]

TODAY = dt.date(2026, 3, 9)
NAMES_NL = {1: "Slecht", 2: "Zwak", 3: "Voldoende", 4: "Goed", 5: "Uitstekend"}
NAMES_EN = {1: "Poor", 2: "Weak", 3: "Adequate", 4: "Good", 5: "Excellent"}


def fill_pdf(path: Path, values: dict[str, str], target: Path | None = None) -> Path:
    """Fill form fields by name as a PDF reader does, and save."""
    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    target = target or path
    with open(target, "wb") as handle:
        writer.write(handle)
    return target


@pytest.fixture
def pdfs(
    workbook: Workbook, tmp_path: Path, make_round: MakeRound
) -> tuple[Database, int, list[Path]]:
    db = workbook.db
    round_id = make_round(db, ours=2, theirs=1)
    folder = tmp_path / "pdf"
    folder.mkdir()
    return db, round_id, write_questionnaires(db, round_id, folder, "pdf")


def answers_for(db: Database, round_id: int, scores: list[int | None], dutch: bool) -> dict:
    made = records.get(db, rounds.QuestionnaireRound, round_id)
    names = NAMES_NL if dutch else NAMES_EN
    values = {}
    for dimension, score in zip(made.framework_snapshot.dimensions, scores, strict=False):
        if score is not None:
            values[f"answer_{dimension.code}"] = f"{score} - {names[score]}"
        values[f"comment_{dimension.code}"] = f"Über {dimension.code}" if score else ""
    return values


def test_filled_pdf_forms_come_back_as_the_answers(pdfs: tuple[Database, int, list[Path]]) -> None:
    db, round_id, files = pdfs
    given = [[4, 3, None, 2, 5, 4, 4], [2, 3, 4, 2, 5, 4, 1], [1, 1, 2, 2, 3, 3, 3]]
    for path, scores, dutch in zip(files, given, (False, False, True), strict=True):
        fill_pdf(path, answers_for(db, round_id, scores, dutch))
    batch = responses.read_responses(db, files)
    assert batch.refused == []
    responses.import_responses(db, batch.responses, TODAY)
    made = records.get(db, rounds.QuestionnaireRound, round_id)
    stored = rounds.answers(db, round_id)
    for slot, scores in zip(rounds.respondents(db, round_id), given, strict=True):
        by_dimension = {answer.dimension_id: answer for answer in stored[slot.id or 0]}
        for dimension, score in zip(made.framework_snapshot.dimensions, scores, strict=True):
            if score is None:
                assert dimension.id not in by_dimension  # blank: no answer
            else:
                assert by_dimension[dimension.id].score == score
                assert by_dimension[dimension.id].comment == f"Über {dimension.code}"
    ours = rounds.results(db, round_id).sides[Side.US]
    assert (ours[0].mean, ours[0].spread, ours[2].answered) == (3.0, 2, 1)


def test_a_form_with_thousands_of_fields_is_refused(
    pdfs: tuple[Database, int, list[Path]], tmp_path: Path, workbook_state: State
) -> None:
    db, _, files = pdfs
    writer = PdfWriter(clone_from=PdfReader(files[0]))
    fields = writer._root_object["/AcroForm"]["/Fields"]  # noqa: SLF001
    for number in range(5000):
        field = DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(f"extra{number}"),
            }
        )
        fields.append(writer._add_object(field))  # noqa: SLF001
    bloated = tmp_path / "bloated.pdf"
    with open(bloated, "wb") as handle:
        writer.write(handle)
    before = workbook_state(db)
    batch = responses.read_responses(db, [bloated])
    assert [refusal.reason for refusal in batch.refused] == ["too_many_fields"]
    assert workbook_state(db) == before


def test_a_pdf_from_another_workbook_or_with_a_changed_code_is_refused(
    pdfs: tuple[Database, int, list[Path]],
    tmp_path: Path,
    workbook_state: State,
    make_round: MakeRound,
) -> None:
    db, round_id, files = pdfs
    other = tmp_path / "Other.alliance"
    create_workbook(other)
    folder = tmp_path / "other"
    folder.mkdir()
    with open_workbook(other) as opened:
        foreign = write_questionnaires(opened.db, make_round(opened.db), folder, "pdf")[0]
    payload = str(PdfReader(files[0]).get_fields()[PDF_PAYLOAD_FIELD]["/V"])
    changed = fill_pdf(
        files[0],
        {PDF_PAYLOAD_FIELD: payload.replace('"slot":1', '"slot":3')},
        tmp_path / "changed.pdf",
    )
    outside = fill_pdf(files[1], {"answer_strategic_fit": "6 - Beyond"}, tmp_path / "outside.pdf")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    before = workbook_state(db)
    batch = responses.read_responses(db, [foreign, changed, outside, garbage])
    assert batch.responses == []
    assert [refusal.reason for refusal in batch.refused] == [
        "other_workbook",
        "changed",
        "outside_scale",
        "unreadable",
    ]
    assert workbook_state(db) == before


def test_an_array_of_fields_pointing_at_itself_ends(
    pdfs: tuple[Database, int, list[Path]], tmp_path: Path
) -> None:
    db, _, files = pdfs
    writer = PdfWriter(clone_from=PdfReader(files[0]))
    fields = writer._root_object["/AcroForm"]["/Fields"]  # noqa: SLF001
    parent = DictionaryObject({NameObject("/T"): TextStringObject("loop")})
    reference = writer._add_object(parent)  # noqa: SLF001
    parent[NameObject("/Kids")] = ArrayObject([reference])
    fields.append(reference)
    looped = tmp_path / "looped.pdf"
    with open(looped, "wb") as handle:
        writer.write(handle)
    batch = responses.read_responses(db, [looped])
    assert [refusal.reason for refusal in batch.refused] == ["too_many_fields"]
