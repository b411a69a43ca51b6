"""Whole-workbook JSON export and import: exact round trips of every table and of any text,
refusals that name the problem and leave nothing behind, and all-or-nothing imports even when
the importing process is killed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_desk.domain.codes import (
    ActionStatus,
    Attitude,
    DecisionStatus,
    GoalKind,
    Language,
    MeetingKind,
    Rag,
    RespondentSide,
    RiskStatus,
    RoundKind,
    Side,
    TrainingKind,
)
from alliance_desk.domain.development_records import DevelopmentPlan, DevelopmentTarget
from alliance_desk.domain.evaluations import (
    Dimension,
    Evaluation,
    EvaluationScore,
    MaturityAssessment,
    MaturityScore,
    PulseCheck,
)
from alliance_desk.domain.follow_up import Action, Decision, Meeting, Risk
from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.domain.record import Record
from alliance_desk.domain.skills import SkillAssessment, SkillScore, Training, TrainingSkill
from alliance_desk.domain.stakeholders import Counterpart, Stakeholder, StakeholderAssessment
from alliance_desk.store import exchange, records, round_results
from alliance_desk.store import rounds as round_store
from alliance_desk.store import skills as skill_store
from alliance_desk.store.db import Database
from alliance_desk.store.errors import ExchangeError, StorageFailure, WorkbookExists
from alliance_desk.store.frameworks import (
    DEFAULT_EVALUATION,
    DEFAULT_MATURITY,
    dimensions,
    framework_by_code,
)
from alliance_desk.store.schema import SCHEMA_VERSION
from alliance_desk.store.tables import RECORD_TYPES
from alliance_desk.store.workbook import inspect_workbook, open_workbook

DAY = dt.date(2026, 3, 31)
_EXPORTED_AT = re.compile(r'^"exported_at": "[^"\n]*",$', re.MULTILINE)


# --- helpers ---------------------------------------------------------------------------------


def export(workbook_path: Path, target: Path) -> str:
    """Export the workbook at ``workbook_path``; the export's text."""
    with open_workbook(workbook_path, backup_dir=workbook_path.parent / "backups") as workbook:
        exchange.export_workbook(workbook.db.connection, workbook.path, target)
    return target.read_text(encoding="utf-8")


def without_export_stamp(text: str) -> str:
    """The export's text with its one ``exported_at`` line blanked out."""
    blanked, found = _EXPORTED_AT.subn('"exported_at": "",', text)
    assert found == 1, "an export has exactly one exported_at line"
    return blanked


def read_workbook(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table with the type of each value, through plain sqlite3.

    The search index's shadow tables are left out (their b-trees depend on how the
    index was filled); its content is read through the index itself.
    """
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'search_index%' ORDER BY name"
            )
        ]
        queries = {name: f'SELECT * FROM "{name}" ORDER BY 1' for name in names}
        queries["search_index content"] = "SELECT rowid, * FROM search_index ORDER BY rowid"
        queries["user_version"] = "PRAGMA user_version"
        queries["application_id"] = "PRAGMA application_id"
        return {
            name: [
                tuple((type(value).__name__, value) for value in row)
                for row in connection.execute(sql)
            ]
            for name, sql in queries.items()
        }
    finally:
        connection.close()


def stored_rows(path: Path, table: str) -> dict[Any, dict[str, Any]]:
    """The rows of one table as stored, by id (or key), read through plain sqlite3."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        return {row[0]: dict(row) for row in connection.execute(f'SELECT * FROM "{table}"')}
    finally:
        connection.close()


def listing(folder: Path) -> set[str]:
    """Every name in the folder, hidden ones included."""
    return {item.name for item in folder.iterdir()}


def copy_of(template: Path, folder: Path, name: str = "Partners.alliance") -> Path:
    path = folder / name
    shutil.copyfile(template, path)
    return path


def fill_everything(db: Database) -> dict[str, Record]:
    """One or more records of every type, some changed and one deleted (audited)."""
    health = framework_by_code(db, DEFAULT_EVALUATION)
    maturity = framework_by_code(db, DEFAULT_MATURITY)
    assert health.id is not None and maturity.id is not None
    health_dims = dimensions(db, health.id)
    maturity_dims = dimensions(db, maturity.id)
    add = records.insert
    made: dict[str, Record] = {}

    partner = add(
        db,
        Organisation(
            name="Brügge & Zonen <B.V.>",
            sector="Distribution",
            country="BE",
            website="https://example.org/?a=1&b=2",
            notes='Line one\nLine "two"\twith a tab\n\nשלום 😀',
        ),
    )
    alliance = add(
        db,
        Alliance(
            partner_id=partner.id,
            name="Benelux distribution",
            status_rag=Rag.AMBER,
            status_reason="Volumes behind plan",
            start_date=DAY - dt.timedelta(days=400),
            renewal_date=DAY + dt.timedelta(days=300),
            contract_reference="CTR-0001",
            description="Exclusive distribution of our devices",
            our_resources="Two account managers",
            partner_resources="A sales team of five",
            health_check_interval_days=90,
        ),
    )
    made["goal"] = add(
        db,
        Goal(
            alliance_id=alliance.id,
            kind=GoalKind.SHARED,
            description="Grow revenue 20%",
            measure="Revenue",
            target_date=DAY + dt.timedelta(days=200),
            progress=35,
        ),
    )
    ours = add(
        db,
        Stakeholder(
            alliance_id=alliance.id,
            side=Side.US,
            name="Anna de Vries",
            department="Sales",
            role="Director",
            is_sponsor=True,
            email="anna@example.org",
            phone="+31 6 1234 5678",
            notes="Sponsor since 2024",
        ),
    )
    theirs = add(
        db,
        Stakeholder(
            alliance_id=alliance.id, side=Side.PARTNER, name="Zoë Müller", department="R&D"
        ),
    )
    for person, power in ((ours, 8), (theirs, 4)):
        made[f"assessment {person.name}"] = add(
            db,
            StakeholderAssessment(
                stakeholder_id=person.id,
                assessed_on=DAY,
                power=power,
                interest=7,
                attitude=Attitude.SUPPORTER,
                note=f"Assessed {person.name}",
            ),
        )
    made["counterpart"] = add(
        db,
        Counterpart(
            alliance_id=alliance.id,
            our_stakeholder_id=ours.id,
            partner_stakeholder_id=theirs.id,
            function="Sales",
            escalation_level=2,
            note="Weekly call",
        ),
    )
    added = add(
        db,
        Dimension(framework_id=health.id, code="custom", name_en="Custom", name_nl="Eigen"),
    )
    records.update(db, added, name_en="Custom dimension")
    evaluation = add(
        db,
        Evaluation(
            alliance_id=alliance.id,
            framework_id=health.id,
            evaluated_on=DAY,
            respondent_side=RespondentSide.JOINT,
            respondent="Both teams",
            remarks="First joint health check",
        ),
    )
    for number, dimension in enumerate(health_dims):
        add(
            db,
            EvaluationScore(
                evaluation_id=evaluation.id,
                dimension_id=dimension.id,
                score=None if number == 0 else number % 5 + 1,
                comment=f"Comment {number}" if number % 2 else None,
            ),
        )
    made["pulse"] = add(
        db, PulseCheck(alliance_id=alliance.id, checked_on=DAY, rag=Rag.RED, note="Escalated")
    )
    assessment = add(
        db,
        MaturityAssessment(
            organisation_id=partner.id,
            framework_id=maturity.id,
            assessed_on=DAY,
            assessor="Anna",
            remarks="Baseline",
        ),
    )
    for number, dimension in enumerate(maturity_dims):
        add(
            db,
            MaturityScore(
                assessment_id=assessment.id,
                dimension_id=dimension.id,
                level=number % 5 + 1,
                comment="Solid" if number == 0 else None,
            ),
        )
    # A person's skills, re-assessed, and training that addressed two of them.
    skill_framework = skill_store.skills_framework(db)
    assert skill_framework is not None
    first_skill, second_skill = skill_store.skills(db)[:2]
    for day, level in ((DAY - dt.timedelta(days=90), 2), (DAY, 3)):
        skill_assessment = add(
            db,
            SkillAssessment(
                stakeholder_id=ours.id,
                framework_id=skill_framework.id,
                assessed_on=day,
                assessor="Anna",
                comment="Après l'atelier",
            ),
        )
        add(
            db,
            SkillScore(
                assessment_id=skill_assessment.id,
                dimension_id=first_skill.id,
                level=level,
                comment="Listens first",
            ),
        )
    training = add(
        db,
        Training(
            stakeholder_id=theirs.id,
            received_on=DAY,
            kind=TrainingKind.JOINT_TRAINING,
            title="Negotiating together",
            provider="Both academies",
            note="Two days",
        ),
    )
    for skill in (first_skill, second_skill):
        add(db, TrainingSkill(training_id=training.id, dimension_id=skill.id))
    # A health-check round with answers on both sides: its results are evaluations whose
    # scores are fractions (3.5), its slots and answers records of their own.
    asked = round_store.create_round(
        db,
        alliance.id,
        RoundKind.HEALTH,
        DAY,
        [
            round_store.Slot(Side.US, "Sales", "Director", stakeholder_id=ours.id, anonymous=False),
            round_store.Slot(Side.US, "Finance"),
            round_store.Slot(Side.PARTNER, "R&D", language=Language.NL),
        ],
        deadline=DAY + dt.timedelta(days=21),
    )
    slots = round_store.respondents(db, asked.id or 0)
    first = asked.framework_snapshot.dimensions[0].id
    for slot, score in zip(slots, (3, 4, 2), strict=True):
        round_results.put_answers(db, slot, {first: (score, f"Why {score}")}, DAY)
    round_results.refresh_results(db, asked.id or 0)
    meeting = add(
        db,
        Meeting(
            alliance_id=alliance.id,
            held_on=DAY,
            kind=MeetingKind.EXECUTIVE_REVIEW,
            title="Q1 review",
            notes="Agreed the plan",
        ),
    )
    made["action"] = add(
        db,
        Action(
            alliance_id=alliance.id,
            title="Draft the joint forecast",
            owner="Anna",
            due_date=DAY + dt.timedelta(days=14),
            source_meeting_id=meeting.id,
        ),
    )
    # The partner's development plan: a target on a dimension, supported by an action.
    plan = add(db, DevelopmentPlan(alliance_id=alliance.id, side=Side.PARTNER, notes="Grow"))
    target = add(
        db,
        DevelopmentTarget(
            plan_id=plan.id,
            dimension_id=maturity_dims[0].id,
            target_level=3,
            target_date=DAY + dt.timedelta(days=180),
            note="Joint evaluation habit",
        ),
    )
    add(
        db,
        Action(
            alliance_id=alliance.id,
            title="Joint workshop on evaluation",
            development_target_id=target.id,
        ),
    )
    done = add(
        db,
        Action(
            alliance_id=alliance.id,
            title="Share KPI definitions",
            status=ActionStatus.DONE,
            completed_on=DAY,
            source_evaluation_id=evaluation.id,
        ),
    )
    made["decision"] = add(
        db,
        Decision(
            alliance_id=alliance.id,
            title="Extend the contract",
            status=DecisionStatus.DECIDED,
            asked_of="Executive board",
            recommendation="Approve",
            deadline=DAY,
            decided_on=DAY,
            decided_by="Executive board",
            outcome="Approved",
            source_meeting_id=meeting.id,
        ),
    )
    risk = add(
        db,
        Risk(
            alliance_id=alliance.id,
            title="Supply delay",
            owner="Zoë",
            likelihood=2,
            impact=4,
            mitigation="Second source",
            review_date=DAY + dt.timedelta(days=30),
        ),
    )
    made["agreed"] = add(
        db,
        Action(
            alliance_id=alliance.id,
            title="Discuss the R&D gap jointly",
            source_round_id=asked.id,
        ),
    )
    # Changes and a deletion, so the audit trail holds every kind of entry.
    made["risk"] = records.update(db, risk, likelihood=5, status=RiskStatus.MITIGATING)
    made["alliance"] = records.update(db, alliance, status_rag=Rag.RED, renewal_date=None)
    made["partner"] = records.update(db, partner, notes="Changed notes <&>")
    made["done"] = records.update(db, done, title="Share the KPI definitions")
    dropped = add(db, Goal(alliance_id=alliance.id, kind=GoalKind.OURS, description="Dropped"))
    records.delete(db, Goal, dropped.id or 0)
    return made


@pytest.fixture(scope="module")
def full_template(template_workbook: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook with records of every type and an audit trail of every kind of change."""
    path = copy_of(template_workbook, tmp_path_factory.mktemp("full"), "Full.alliance")
    with open_workbook(path) as workbook:
        fill_everything(workbook.db)
    return path


@pytest.fixture
def full_path(full_template: Path, tmp_path: Path) -> Path:
    return copy_of(full_template, tmp_path, "Full.alliance")


@pytest.fixture(scope="module")
def full_export(full_template: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The text of an export of the full workbook."""
    return export(full_template, tmp_path_factory.mktemp("export") / "full.json")


# --- exact round trips -----------------------------------------------------------------------


def test_the_full_workbook_holds_every_kind_of_record(full_path: Path) -> None:
    tables = read_workbook(full_path)
    for record_type in RECORD_TYPES:
        assert tables[record_type.TABLE], f"the test workbook has no {record_type.TABLE}"
    changes = {row["change"] for row in stored_rows(full_path, "audit_log").values()}
    assert changes == {"insert", "update", "delete"}


def test_export_import_export_gives_the_same_json(full_path: Path, tmp_path: Path) -> None:
    first = export(full_path, tmp_path / "first.json")
    imported = tmp_path / "Imported.alliance"

    counts = exchange.import_workbook(tmp_path / "first.json", imported)
    second = export(imported, tmp_path / "second.json")

    assert without_export_stamp(second) == without_export_stamp(first)
    data = json.loads(first)
    assert counts == {table: len(rows) for table, rows in data["tables"].items()}
    assert set(data["tables"]) == set(exchange.TABLE_COLUMNS)
    assert data["format"] == exchange.FORMAT
    assert data["schema_version"] == SCHEMA_VERSION
    assert len(data["tables"]["audit_log"]) > 30


def test_the_imported_workbook_has_the_same_rows_table_by_table(
    full_path: Path, tmp_path: Path
) -> None:
    export(full_path, tmp_path / "export.json")
    imported = tmp_path / "Imported.alliance"

    exchange.import_workbook(tmp_path / "export.json", imported)

    assert inspect_workbook(imported, full=True) == SCHEMA_VERSION
    original, copy = read_workbook(full_path), read_workbook(imported)
    assert sorted(copy) == sorted(original)
    for table, rows in original.items():
        assert copy[table] == rows, table
    assert len(original["search_index content"]) > 20
    assert listing(tmp_path) >= {"export.json", "Imported.alliance"}
    assert not [name for name in listing(tmp_path) if name.endswith(".partial")]


def test_an_export_from_an_older_schema_imports_as_the_current_version(
    full_export: str, tmp_path: Path
) -> None:
    data = json.loads(full_export)
    data["schema_version"] = 2
    for row in data["tables"]["workbook_info"]:
        if row["key"] == "schema_version":
            row["value"] = "2"
    source = tmp_path / "older.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "Imported.alliance"

    exchange.import_workbook(source, target)

    assert read_workbook(target)["user_version"] == [(("int", SCHEMA_VERSION),)]
    info = stored_rows(target, "workbook_info")
    assert info["schema_version"]["value"] == str(SCHEMA_VERSION)
    exported = {row["key"]: row["value"] for row in data["tables"]["workbook_info"]}
    assert info["created_at"]["value"] == exported["created_at"]


def test_an_action_keeps_its_round_as_source_through_export_and_import(
    full_export: str, tmp_path: Path
) -> None:
    source = tmp_path / "full.json"
    source.write_text(full_export, encoding="utf-8")
    target = tmp_path / "Imported.alliance"

    exchange.import_workbook(source, target)

    actions = stored_rows(target, "action")
    agreed = [row for row in actions.values() if row["title"] == "Discuss the R&D gap jointly"]
    assert [row["source_round_id"] for row in agreed] == [
        stored_rows(target, "questionnaire_round")[1]["id"]
    ]


def test_an_export_from_before_rounds_as_sources_imports_without_one(
    full_export: str, tmp_path: Path
) -> None:
    data = json.loads(full_export)
    data["schema_version"] = 5
    for row in data["tables"]["action"]:
        row.pop("source_round_id")  # version 5 had no such column
    source = tmp_path / "v5.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "Imported.alliance"

    exchange.import_workbook(source, target)

    assert {row["source_round_id"] for row in stored_rows(target, "action").values()} == {None}
    assert inspect_workbook(target, full=True) == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"source_round_id": 99, "source_meeting_id": None}, "missing questionnaire_round"),
        ({"source_round_id": 1, "source_meeting_id": 1}, "only one of"),
    ],
)
def test_an_action_with_a_bad_round_source_is_refused(
    full_export: str, tmp_path: Path, change: dict[str, int | None], words: str
) -> None:
    data = json.loads(full_export)
    data["tables"]["action"][0].update(change)
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "Imported.alliance"

    with pytest.raises(ExchangeError) as refused:
        exchange.import_workbook(source, target)

    assert words in str(refused.value)
    assert not target.exists()


@pytest.mark.parametrize("unset", [None, ""])
def test_a_not_assessed_alliance_imports_as_not_assessed(
    unset: str | None, full_export: str, tmp_path: Path
) -> None:
    data = json.loads(full_export)
    data["tables"]["alliance"][0]["status_rag"] = unset
    source = tmp_path / "export.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "Imported.alliance"

    exchange.import_workbook(source, target)

    (row,) = stored_rows(target, "alliance").values()
    assert row["status_rag"] is None
    again = json.loads(export(target, tmp_path / "again.json"))
    assert again["tables"]["alliance"][0]["status_rag"] is None


def test_an_export_saved_with_a_byte_order_mark_still_imports(
    full_export: str, tmp_path: Path
) -> None:
    plain, marked = tmp_path / "plain.json", tmp_path / "notepad.json"
    plain.write_text(full_export, encoding="utf-8")
    marked.write_bytes(b"\xef\xbb\xbf" + full_export.encode("utf-8"))

    exchange.import_workbook(plain, tmp_path / "Plain.alliance")
    exchange.import_workbook(marked, tmp_path / "Marked.alliance")

    assert read_workbook(tmp_path / "Marked.alliance") == read_workbook(tmp_path / "Plain.alliance")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        pytest.param("  Zoe\u0308 & Co  ", "Zoë & Co", id="trimmed-and-composed"),
        pytest.param("\tשלום\u200f", "שלום\u200f", id="right-to-left"),
        pytest.param("<b>Bold</b> 😀", "<b>Bold</b> 😀", id="markup-and-emoji"),
    ],
)
def test_import_applies_the_rules_of_typing(
    typed: str, stored: str, full_export: str, tmp_path: Path
) -> None:
    data = json.loads(full_export)
    edited = data["tables"]["organisation"][0]
    edited["name"] = typed
    edited["notes"] = f" {typed}\r\nsecond line\r "
    source = tmp_path / "edited.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    exchange.import_workbook(source, tmp_path / "Imported.alliance")

    first = stored_rows(tmp_path / "Imported.alliance", "organisation")[edited["id"]]
    assert first["name"] == stored
    # Line breaks become \n and the whole note is trimmed; its inner spaces stay.
    assert first["notes"] == unicodedata.normalize("NFC", f"{typed}\nsecond line".strip())
    assert "\r" not in first["notes"]


# --- any text round-trips --------------------------------------------------------------------

# Pieces that have broken exporters before: markup, quotes, emoji (with joiners and
# modifiers), right-to-left scripts and direction marks, combining characters.
_PIECES = st.sampled_from(
    [
        "<b>",
        "</script>",
        "&amp;",
        "&",
        '"',
        "'",
        "\\",
        "\\u0000",
        "😀",
        "👩\u200d💻",
        "👍🏽",
        "🇳🇱",
        "שלום",
        "مرحبا",
        "\u202e",
        "\u200f",
        "e\u0301",
        "\u0308",
        "\u0915\u093c",
        "\u2028",
        "Zoë",
        "ﬀ",
    ]
)
_LINE_CHARACTERS = st.characters(exclude_categories=("Cc", "Cs"))
_NOTE_CHARACTERS = st.characters(exclude_categories=("Cc", "Cs"), include_characters="\n\r\t")


def _mixed(
    characters: st.SearchStrategy[str], pieces: int, min_pieces: int = 0
) -> st.SearchStrategy[str]:
    """Arbitrary text with the pieces above mixed in."""
    piece = st.one_of(st.text(characters, min_size=min_pieces, max_size=12), _PIECES)
    return st.lists(piece, min_size=min_pieces, max_size=pieces).map("".join)


# Lines stay far below their 200-character limit even if normalising lengthens them.
lines = _mixed(_LINE_CHARACTERS, 4, min_pieces=1).filter(lambda text: text.strip() != "")
optional_lines = st.one_of(st.none(), _mixed(_LINE_CHARACTERS, 4))
long_notes = st.text(_NOTE_CHARACTERS, min_size=1, max_size=40).map(
    lambda text: (text * (20_000 // len(text) + 1))[:20_000]
)
notes = st.one_of(st.none(), _mixed(_NOTE_CHARACTERS, 8), _mixed(_NOTE_CHARACTERS, 8), long_notes)


@dataclasses.dataclass(frozen=True)
class Texts:
    partner: str
    partner_notes: str | None
    changed_notes: str | None
    alliance: str
    description: str | None
    person: str
    department: str
    person_notes: str | None
    respondent: str | None
    remarks: str | None
    comment: str | None
    assessor: str | None
    maturity_remarks: str | None
    maturity_comment: str | None


texts = st.builds(
    Texts,
    partner=lines,
    partner_notes=notes,
    changed_notes=notes,
    alliance=lines,
    description=notes,
    person=lines,
    department=lines,
    person_notes=notes,
    respondent=optional_lines,
    remarks=notes,
    comment=notes,
    assessor=optional_lines,
    maturity_remarks=notes,
    maturity_comment=notes,
)


def fill_texts(db: Database, typed: Texts) -> list[Record]:
    """Records carrying the given texts, as the domain stored them."""
    health = framework_by_code(db, DEFAULT_EVALUATION)
    maturity = framework_by_code(db, DEFAULT_MATURITY)
    assert health.id is not None and maturity.id is not None
    add = records.insert
    partner = add(db, Organisation(name=typed.partner, notes=typed.partner_notes))
    partner = records.update(db, partner, notes=typed.changed_notes)
    alliance = add(
        db, Alliance(partner_id=partner.id, name=typed.alliance, description=typed.description)
    )
    person = add(
        db,
        Stakeholder(
            alliance_id=alliance.id,
            side=Side.PARTNER,
            name=typed.person,
            department=typed.department,
            notes=typed.person_notes,
        ),
    )
    evaluation = add(
        db,
        Evaluation(
            alliance_id=alliance.id,
            framework_id=health.id,
            evaluated_on=DAY,
            respondent_side=RespondentSide.PARTNER,
            respondent=typed.respondent,
            remarks=typed.remarks,
        ),
    )
    score = add(
        db,
        EvaluationScore(
            evaluation_id=evaluation.id,
            dimension_id=dimensions(db, health.id)[0].id,
            score=3,
            comment=typed.comment,
        ),
    )
    assessment = add(
        db,
        MaturityAssessment(
            organisation_id=partner.id,
            framework_id=maturity.id,
            assessed_on=DAY,
            assessor=typed.assessor,
            remarks=typed.maturity_remarks,
        ),
    )
    level = add(
        db,
        MaturityScore(
            assessment_id=assessment.id,
            dimension_id=dimensions(db, maturity.id)[0].id,
            level=2,
            comment=typed.maturity_comment,
        ),
    )
    return [partner, alliance, person, evaluation, score, assessment, level]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(typed=texts)
def test_any_text_round_trips_exactly(template_workbook: Path, typed: Texts) -> None:
    with tempfile.TemporaryDirectory(prefix="exchange-") as name:
        folder = Path(name)
        path = copy_of(template_workbook, folder)
        with open_workbook(path, backup_dir=folder / "backups") as workbook:
            stored = fill_texts(workbook.db, typed)
        first = export(path, folder / "first.json")
        imported = folder / "Imported.alliance"

        exchange.import_workbook(folder / "first.json", imported)
        second = export(imported, folder / "second.json")

        assert without_export_stamp(second) == without_export_stamp(first)
        exported = json.loads(first)["tables"]
        for record in stored:
            assert stored_rows(imported, record.TABLE)[record.id] == record.to_row(), record.TABLE
            assert record.to_row() in exported[record.TABLE], record.TABLE
        # What the domain stored is the typed text, only trimmed and normalised.
        partner = stored[0]
        assert isinstance(partner, Organisation)
        assert partner.name == unicodedata.normalize("NFC", typed.partner.strip())
        assert read_workbook(imported)["audit_log"] == read_workbook(path)["audit_log"]


# --- refusals --------------------------------------------------------------------------------


def _mutated(change: Callable[[dict[str, Any]], object]) -> Callable[[str], bytes]:
    def make(text: str) -> bytes:
        data = json.loads(text)
        change(data)
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    return make


def _set_power(data: dict[str, Any]) -> None:
    data["tables"]["stakeholder_assessment"][1]["power"] = 99


def _dangling_alliance(data: dict[str, Any]) -> None:
    row = dict(data["tables"]["alliance"][0], id=77, partner_id=999, name="Orphan")
    data["tables"]["alliance"].append(row)


def _huge_id(data: dict[str, Any]) -> None:
    data["tables"]["organisation"].append({"id": 2**64, "name": "Too far"})


def _huge_audit_value(data: dict[str, Any]) -> None:
    data["tables"]["audit_log"][0]["new_value"] = 10**30


REFUSALS = [
    pytest.param(
        lambda text: b"Partner;Alliance\nAcme;Distribution\n", ("not valid JSON",), id="not-json"
    ),
    pytest.param(
        lambda text: text[: len(text) // 2].encode("utf-8"),
        ("not valid JSON (line ",),
        id="truncated",
    ),
    pytest.param(
        lambda text: b'[{"format": "alliance_desk workbook"}]',
        ("not an alliance_desk workbook export",),
        id="a-list",
    ),
    pytest.param(
        _mutated(lambda data: data.pop("format")),
        ("not an alliance_desk workbook export",),
        id="foreign",
    ),
    pytest.param(
        _mutated(lambda data: data.update(format_version=exchange.FORMAT_VERSION + 1)),
        (f"format version {exchange.FORMAT_VERSION + 1}", "newer", "update alliance_desk"),
        id="newer-format",
    ),
    pytest.param(
        _mutated(lambda data: data.pop("format_version")),
        ("no valid format version",),
        id="no-format-version",
    ),
    pytest.param(
        _mutated(lambda data: data["tables"].update(customer=[{"id": 1, "name": "Acme"}])),
        ("unknown table 'customer'",),
        id="unknown-table",
    ),
    pytest.param(
        _mutated(_set_power),
        ("stakeholder_assessment row 2", "power", "99", "from 1 to 10"),
        id="invalid-value",
    ),
    pytest.param(
        _mutated(lambda data: data["tables"]["alliance"][0].update(status_rag="grey")),
        ("alliance row 1", "status rag", "grey", "green, amber, red"),
        id="unknown-status",
    ),
    pytest.param(
        _mutated(_dangling_alliance),
        ("refer to records that are not in the export", "alliance id 77", "organisation"),
        id="missing-reference",
    ),
    pytest.param(
        _mutated(_huge_id),
        ("organisation row", "id", str(2**64)),
        id="number-too-large-for-sqlite",
    ),
    pytest.param(
        _mutated(_huge_audit_value),
        ("audit_log row 1", "new value", str(10**30)[:20]),
        id="audit-value-too-large-for-sqlite",
    ),
    pytest.param(
        lambda text: text.replace("Zonen", "Zonen café").encode("latin-1", "replace"),
        ("not UTF-8",),
        id="not-utf-8",
    ),
]


@pytest.mark.parametrize(("make", "fragments"), REFUSALS)
def test_a_bad_export_is_refused_and_leaves_nothing(
    make: Callable[[str], bytes], fragments: tuple[str, ...], full_export: str, tmp_path: Path
) -> None:
    source = tmp_path / "export.json"
    source.write_bytes(make(full_export))
    target = tmp_path / "Imported.alliance"

    with pytest.raises(ExchangeError) as refused:
        exchange.import_workbook(source, target)

    message = str(refused.value)
    assert message.startswith(f"{source}: "), message
    for fragment in fragments:
        assert fragment in message, message
    assert "Traceback" not in message and "\n" not in message
    assert listing(tmp_path) == {"export.json"}  # no target, no hidden .partial file


def test_a_missing_export_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "gone.json"

    with pytest.raises(ExchangeError, match="there is no such file"):
        exchange.import_workbook(source, tmp_path / "Imported.alliance")

    assert listing(tmp_path) == set()


def test_import_never_overwrites_an_existing_file(
    full_export: str, full_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "export.json"
    source.write_text(full_export, encoding="utf-8")
    before, neighbours = full_path.read_bytes(), listing(tmp_path)

    with pytest.raises(WorkbookExists):
        exchange.import_workbook(source, full_path)

    assert full_path.read_bytes() == before
    assert listing(tmp_path) == neighbours


def test_a_file_that_appears_during_the_import_is_not_overwritten(
    full_export: str, tmp_path: Path
) -> None:
    source = tmp_path / "export.json"
    source.write_text(full_export, encoding="utf-8")
    target = tmp_path / "Imported.alliance"
    claimed = b"somebody else saved this file meanwhile"

    def progress(done: int, total: int) -> None:
        if done == total and not target.exists():  # the last table is in
            target.write_bytes(claimed)

    with pytest.raises(WorkbookExists):
        exchange.import_workbook(source, target, progress)

    assert target.read_bytes() == claimed
    assert listing(tmp_path) == {"export.json", "Imported.alliance"}


def test_a_cancelled_import_leaves_nothing(full_export: str, tmp_path: Path) -> None:
    source = tmp_path / "export.json"
    source.write_text(full_export, encoding="utf-8")
    target = tmp_path / "Imported.alliance"
    heard: list[int] = []

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        heard.append(done)
        if done > total // 2:  # some tables are written into the new file by now
            raise Cancelled

    with pytest.raises(Cancelled):
        exchange.import_workbook(source, target, progress)

    assert heard[-1] > len(exchange.TABLE_COLUMNS) // 2
    assert listing(tmp_path) == {"export.json"}


def test_export_into_a_missing_folder_fails_and_leaves_nothing(
    full_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "export.json"

    with open_workbook(full_path, backup_dir=tmp_path / "backups") as workbook:
        before = listing(tmp_path)
        with pytest.raises(StorageFailure) as failed:
            exchange.export_workbook(workbook.db.connection, workbook.path, target)
        assert listing(tmp_path) == before
        # The workbook is still usable: the failed export left no transaction open.
        records.insert(workbook.db, Organisation(name="After the failed export"))

    assert str(target) in str(failed.value)
    assert not target.parent.exists()


# --- killed midway ---------------------------------------------------------------------------

_CHILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from alliance_desk.store import exchange\n"
    "def progress(done, total):\n"
    "    # Half the tables are in the new file: say so, then wait to be killed.\n"
    "    if done == len(exchange.TABLE_COLUMNS) // 2:\n"
    "        print('building', flush=True)\n"
    "        sys.stdin.readline()\n"
    "exchange.import_workbook(Path(sys.argv[1]), Path(sys.argv[2]), progress)\n"
    "print('finished', flush=True)\n"
)
_BIG_PARTNERS = 3000
_WORDS_PER_NOTE = 1500


def big_export(template: Path, folder: Path) -> Path:
    """An export of a few thousand partners with long notes (about 35 MB).

    Its JSON reads in a fraction of a second, while building the new workbook
    (rows, then the search index over every note) takes over a second.
    """
    data = json.loads(export(copy_of(template, folder, "Seed.alliance"), folder / "seed.json"))
    rng = random.Random(7)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyzäöüé") for _ in range(rng.randint(3, 9)))
        for _ in range(5000)
    ]
    start = max(row["id"] for row in data["tables"]["organisation"]) + 1
    data["tables"]["organisation"] += [
        {
            "id": start + number,
            "name": f"Partner {number}",
            "notes": " ".join(rng.choices(words, k=_WORDS_PER_NOTE)),
        }
        for number in range(_BIG_PARTNERS)
    ]
    source = folder / "big.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return source


@pytest.fixture
def killable(tmp_path: Path, template_workbook: Path) -> Path:
    exports = tmp_path / "exports"
    exports.mkdir()
    return big_export(template_workbook, exports)


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals (SIGKILL)")
def test_an_import_killed_midway_leaves_no_workbook(killable: Path, tmp_path: Path) -> None:
    folder = tmp_path / "target"
    folder.mkdir()
    target = folder / "Imported.alliance"

    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(killable), str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        # It says when it is half way through building the new workbook, and waits there:
        # killed at that step whatever the machine's speed.
        assert child.stdout is not None
        heard = child.stdout.readline()
        assert heard == b"building\n", child.communicate()
        assert listing(folder), "the import was building but wrote nothing"
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)

    assert child.returncode == -signal.SIGKILL, err
    assert out == b"", "the import had finished"  # nothing after "building"
    assert not target.exists()
    left = listing(folder)
    assert all(name.startswith(".") and name.endswith(".partial") for name in left), left

    # The scratch file of the killed import blocks nobody: a new import builds the workbook.
    counts = exchange.import_workbook(killable, target)
    assert counts["organisation"] == _BIG_PARTNERS + 1
    assert inspect_workbook(target) == SCHEMA_VERSION
    assert listing(folder) == {"Imported.alliance"}  # and its leftovers are gone


# --- indexes and triggers left out while loading ---------------------------------------------


def _schema_objects(path: Path) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
            " WHERE type IN ('index', 'trigger') ORDER BY name"
        ).fetchall()
    finally:
        connection.close()


def test_an_import_has_every_index_and_trigger_of_a_new_workbook(tmp_path: Path) -> None:
    from alliance_desk.demo.builder import build_demo

    source = build_demo(tmp_path / "Demo.alliance")
    export(source, tmp_path / "demo.json")
    imported = tmp_path / "Imported.alliance"
    exchange.import_workbook(tmp_path / "demo.json", imported)
    assert _schema_objects(imported) == _schema_objects(source)
    # The triggers work again: a renamed alliance is found under its new name.
    with open_workbook(imported, backup_dir=tmp_path / "backups") as workbook:
        workbook.db.execute("UPDATE alliance SET name = 'Zyxwv partnership' WHERE id = 1")
        assert workbook.db.scalar(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'zyxwv'"
        )


def test_rows_breaking_a_unique_index_built_after_loading_are_refused(tmp_path: Path) -> None:
    from alliance_desk.demo.builder import build_demo

    source = build_demo(tmp_path / "Demo.alliance")
    data = json.loads(export(source, tmp_path / "demo.json"))
    for organisation in data["tables"]["organisation"]:
        organisation["is_own"] = 1  # two organisations of our own: the unique index refuses
    (tmp_path / "two.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ExchangeError, match="organisation: UNIQUE constraint failed"):
        exchange.import_workbook(tmp_path / "two.json", tmp_path / "Two.alliance")
    assert not (tmp_path / "Two.alliance").exists()
