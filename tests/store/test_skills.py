"""Collaborative skills in the workbook: the framework every workbook gets (new, migrated,
imported from an older export), a person's history, and an alliance's departments."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from alliance_desk.domain.codes import Side, TrainingKind
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.skills import SkillAssessment, SkillScore, Training, TrainingSkill
from alliance_desk.domain.stakeholders import Counterpart, Stakeholder
from alliance_desk.store import exchange, records, search
from alliance_desk.store import skills as skill_store
from alliance_desk.store.db import Database
from alliance_desk.store.frameworks import shipped_frameworks
from alliance_desk.store.schema import SCHEMA_VERSION
from alliance_desk.store.schema_skills import SKILLS_FRAMEWORK_V6
from alliance_desk.store.workbook import Workbook, inspect_workbook, open_workbook

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workbook_v1.alliance"
DAY = dt.date(2026, 3, 1)


def _framework_as_stored(db: Database) -> dict[str, object]:
    framework = skill_store.skills_framework(db)
    assert framework is not None
    return {
        "name_en": framework.name_en,
        "levels": [
            (level.value, level.name_en, level.name_nl) for level in skill_store.skill_levels(db)
        ],
        "skills": [
            (skill.code, skill.name_en, skill.name_nl, skill.description_nl, skill.required_level)
            for skill in skill_store.skills(db)
        ],
    }


def _framework_as_shipped(definition: dict[str, object]) -> dict[str, object]:
    return {
        "name_en": definition["name_en"],
        "levels": [
            (level["value"], level["name_en"], level["name_nl"])
            for level in definition["levels"]  # type: ignore[attr-defined]
        ],
        "skills": [
            (s["code"], s["name_en"], s["name_nl"], s["description_nl"], s["required_level"])
            for s in definition["dimensions"]  # type: ignore[attr-defined]
        ],
    }


def test_the_migration_and_the_shipped_file_give_the_same_framework(tmp_path: Path) -> None:
    (shipped,) = [item for item in shipped_frameworks() if item["kind"] == "skills"]
    assert shipped == SKILLS_FRAMEWORK_V6, "the migration's frozen copy no longer matches"
    old = tmp_path / "Old.alliance"
    shutil.copyfile(FIXTURE, old)
    with open_workbook(old) as migrated:
        from_migration = _framework_as_stored(migrated.db)
    assert inspect_workbook(old, full=True) == SCHEMA_VERSION
    assert from_migration == _framework_as_shipped(shipped)
    assert len(from_migration["skills"]) == 7  # type: ignore[arg-type]


def test_a_new_workbook_has_the_skills_framework_once(workbook: Workbook) -> None:
    db = workbook.db
    assert db.scalar("SELECT count(*) FROM framework WHERE kind = 'skills'") == 1
    assert [skill.required_level for skill in skill_store.skills(db)] == [3, 3, 3, 3, 3, 3, 2]


def _alliance(db: Database) -> tuple[int, dict[str, int]]:
    partner = records.insert(db, Organisation(name="Kestrel Systems"))
    alliance = records.insert(db, Alliance(partner_id=partner.id, name="Rhine corridor"))
    people = {}
    for name, side, department in (
        ("Anna", Side.US, "Sales"),
        ("Bram", Side.US, "Sales"),
        ("Chris", Side.US, "Legal"),
        ("Dirk", Side.PARTNER, "Logistics"),
    ):
        person = records.insert(
            db, Stakeholder(alliance_id=alliance.id, side=side, name=name, department=department)
        )
        people[name] = person.id or 0
    records.insert(
        db,
        Counterpart(
            alliance_id=alliance.id,
            our_stakeholder_id=people["Anna"],
            partner_stakeholder_id=people["Dirk"],
        ),
    )
    return alliance.id or 0, people


def _assess(db: Database, person: int, day: dt.date, levels: dict[int, int]) -> int:
    framework = skill_store.skills_framework(db)
    assert framework is not None
    made = records.insert(
        db, SkillAssessment(stakeholder_id=person, framework_id=framework.id, assessed_on=day)
    )
    for skill_id, level in levels.items():
        records.insert(db, SkillScore(assessment_id=made.id, dimension_id=skill_id, level=level))
    return made.id or 0


def test_a_person_has_a_history_and_a_current_level_per_skill(workbook: Workbook) -> None:
    db = workbook.db
    _, people = _alliance(db)
    first, second = (skill.id or 0 for skill in skill_store.skills(db)[:2])
    _assess(db, people["Anna"], DAY, {first: 2, second: 3})
    later = _assess(db, people["Anna"], DAY + dt.timedelta(days=60), {first: 4})

    history = skill_store.assessment_history(db, people["Anna"])
    current = skill_store.current_skills(history)

    assert [line.assessment_id for line in history][0] == later
    assert (current[first].level, current[first].previous) == (4, 2)
    assert (current[second].level, current[second].previous) == (3, None)


def test_the_departments_of_both_sides_with_their_gaps(workbook: Workbook) -> None:
    db = workbook.db
    alliance_id, people = _alliance(db)
    first = skill_store.skills(db)[0].id or 0
    _assess(db, people["Anna"], DAY, {first: 2})
    _assess(db, people["Anna"], DAY + dt.timedelta(days=30), {first: 4})  # grew past the bar
    _assess(db, people["Bram"], DAY, {first: 1})
    _assess(db, people["Dirk"], DAY, {first: 2})

    view = skill_store.alliance_skills(db, alliance_id)

    ours, theirs = view.organisations
    assert (ours.side, ours.organisation, theirs.organisation) == (
        Side.US,
        "Our organisation",
        "Kestrel Systems",
    )
    assert [d.department for d in ours.departments] == ["Legal", "Sales"]
    legal, sales = ours.departments
    assert (sales.people, sales.with_counterpart) == (2, 1)
    assert sales.skills[0].mean == 2.5 and sales.skills[0].below_people == ("Bram",)
    assert legal.gaps == 0 and legal.assessed_people == 0
    assert theirs.departments[0].skills[0].below_people == ("Dirk",)
    assert ours.total.people == 3 and ours.total.skills[0].below == 1
    assert len(view.skills) == 7


def test_training_is_found_and_an_old_export_gets_the_framework(
    workbook: Workbook, tmp_path: Path
) -> None:
    db = workbook.db
    _, people = _alliance(db)
    skill = skill_store.skills(db)[1]
    training = records.insert(
        db,
        Training(
            stakeholder_id=people["Dirk"],
            received_on=DAY,
            kind=TrainingKind.JOINT_TRAINING,
            title="Negotiating together",
        ),
    )
    records.insert(db, TrainingSkill(training_id=training.id, dimension_id=skill.id))
    (line,) = skill_store.trainings(db, people["Dirk"])
    assert line.skill_ids == (skill.id,)
    assert [(hit.table, hit.alliance) for hit in search.search(db, "negotiating")] == [
        ("training", "Rhine corridor")
    ]

    # An export made before version 8 had no skills framework and no skills' tables.
    exchange.export_workbook(db.connection, workbook.path, tmp_path / "new.json")
    data = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    tables = data["tables"]
    skills_id = next(row["id"] for row in tables["framework"] if row["kind"] == "skills")
    for table in ("skill_assessment", "skill_score", "training", "training_skill"):
        del tables[table]
    tables["framework"] = [row for row in tables["framework"] if row["id"] != skills_id]
    for table in ("framework_dimension", "framework_level"):
        tables[table] = [row for row in tables[table] if row["framework_id"] != skills_id]
    for row in tables["framework_dimension"]:
        del row["required_level"]
    tables["audit_log"] = [
        row
        for row in tables["audit_log"]
        if row["table_name"] not in ("training", "training_skill")
    ]
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")

    exchange.import_workbook(tmp_path / "old.json", tmp_path / "Imported.alliance")

    with open_workbook(tmp_path / "Imported.alliance") as imported:
        assert len(skill_store.skills(imported.db)) == 7
    assert inspect_workbook(tmp_path / "Imported.alliance", full=True) == SCHEMA_VERSION
