"""Evaluation and maturity frameworks are data: shipped as JSON, copied into each workbook.

A workbook carries its own copy, so a user can add or rename dimensions and
old scores keep pointing at the dimension they were given for.
"""

from __future__ import annotations

import json
from typing import Any

from alliance_desk.domain.evaluations import Dimension, Framework, ScaleLevel
from alliance_desk.paths import FRAMEWORKS
from alliance_desk.store import records
from alliance_desk.store.db import Database

DEFAULT_EVALUATION = "health_check"
DEFAULT_MATURITY = "alliance_maturity"


def shipped_frameworks() -> list[dict[str, Any]]:
    """The framework definitions under ``resources/frameworks``, by file name."""
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(FRAMEWORKS.glob("*.json"))
    ]


def install_framework(db: Database, definition: dict[str, Any]) -> Framework:
    """Store one framework definition with its scale and dimensions."""
    fields = {
        key: value for key, value in definition.items() if key not in ("levels", "dimensions")
    }
    with db.transaction():
        framework = records.insert(db, Framework(**fields))
        assert framework.id is not None
        for level in definition["levels"]:
            records.insert(db, ScaleLevel(framework_id=framework.id, **level))
        for position, dimension in enumerate(definition["dimensions"]):
            records.insert(db, Dimension(framework_id=framework.id, position=position, **dimension))
    return framework


def install_shipped_frameworks(db: Database) -> None:
    with db.transaction():
        for definition in shipped_frameworks():
            install_framework(db, definition)


def framework_by_code(db: Database, code: str) -> Framework:
    found = records.select(db, Framework, "code = :code", {"code": code})
    if not found:
        raise LookupError(f"the workbook has no framework '{code}'")
    return found[0]


def dimensions(db: Database, framework_id: int, active_only: bool = True) -> list[Dimension]:
    where = "framework_id = :id" + (" AND active = 1" if active_only else "")
    return records.select(db, Dimension, where, {"id": framework_id}, order_by="position, id")


def ensure_skills_framework(db: Database) -> None:
    """Give a workbook with frameworks but none for skills (built from an export made before
    schema version 8) the shipped skills framework, as the migration does for a file."""
    with db.transaction():
        if not db.scalar("SELECT 1 FROM framework LIMIT 1") or db.scalar(
            "SELECT 1 FROM framework WHERE kind = 'skills' LIMIT 1"
        ):
            return
        for definition in shipped_frameworks():
            if definition["kind"] == "skills":
                install_framework(db, definition)
