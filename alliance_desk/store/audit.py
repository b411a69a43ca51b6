"""The audit trail as people read it: the changes to one record, to one alliance and
everything that belongs to it, or to the whole workbook.

An alliance's trail is found by following the schema's references down from
the alliance (its goals, stakeholders and their assessments, evaluations and
their scores, meetings, actions ...), then looking up each record's entries
with the index ``audit_log_by_record``. Records that have been deleted are no
longer in their tables; their rows as they were live on in the JSON of their
"insert" and "delete" entries, so those tie them to the alliance instead.

Everything here is SQL text with named parameters, for the history page to
page and filter in SQL.
"""

from __future__ import annotations

from typing import Any

from alliance_desk.store.db import Database, containing

# (table, column that ties it to its parent, parent). "alliance" is the root;
# the partner organisation hangs off the alliance, the rest off either.
TIES: tuple[tuple[str, str, str], ...] = (
    ("goal", "alliance_id", "alliance"),
    ("stakeholder", "alliance_id", "alliance"),
    ("stakeholder_assessment", "stakeholder_id", "stakeholder"),
    ("counterpart", "alliance_id", "alliance"),
    ("skill_assessment", "stakeholder_id", "stakeholder"),
    ("skill_score", "assessment_id", "skill_assessment"),
    ("training", "stakeholder_id", "stakeholder"),
    ("training_skill", "training_id", "training"),
    ("evaluation", "alliance_id", "alliance"),
    ("evaluation_score", "evaluation_id", "evaluation"),
    ("pulse_check", "alliance_id", "alliance"),
    ("meeting", "alliance_id", "alliance"),
    ("action", "alliance_id", "alliance"),
    ("decision", "alliance_id", "alliance"),
    ("risk", "alliance_id", "alliance"),
    ("maturity_assessment", "organisation_id", "organisation"),
    ("maturity_score", "assessment_id", "maturity_assessment"),
    ("development_plan", "alliance_id", "alliance"),
    ("development_target", "plan_id", "development_plan"),
)
_PARENT = {table: (column, parent) for table, column, parent in TIES}

# The row as it was, from the newest entry that holds a whole row (insert or delete).
_SNAPSHOT = (
    "(SELECT coalesce(snap.old_value, snap.new_value) FROM audit_log AS snap"
    " WHERE snap.table_name = audit_log.table_name AND snap.record_id = audit_log.record_id"
    " AND snap.change != 'update' ORDER BY snap.id DESC LIMIT 1)"
)


def _ids(table: str) -> str:
    """SQL selecting the ids of ``table`` records that belong to :alliance_id, gone or not."""
    if table == "alliance":
        return "SELECT :alliance_id"
    if table == "organisation":
        return "SELECT partner_id FROM alliance WHERE id = :alliance_id"
    column, parent = _PARENT[table]
    parents = _ids(parent)
    return (
        f"SELECT id FROM {table} WHERE {column} IN ({parents})"
        # Deleted records: their newest insert or delete entry holds the row, parent id
        # and all. The ids seen in the trail come from the index alone, and existing
        # records are ruled out by their primary key before any JSON is read.
        f" UNION SELECT seen.record_id FROM (SELECT DISTINCT record_id FROM audit_log"
        f" WHERE table_name = '{table}') AS seen"
        f" WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE id = seen.record_id)"
        f" AND (SELECT json_extract(coalesce(old_value, new_value), '$.{column}')"
        f" FROM audit_log WHERE table_name = '{table}' AND record_id = seen.record_id"
        f" AND change != 'update' ORDER BY id DESC LIMIT 1) IN ({parents})"
    )


def alliance_entries() -> str:
    """SQL selecting the ids of the audit entries of :alliance_id and what belongs to it."""
    tables = ["alliance", "organisation", *(table for table, _, _ in TIES)]
    return " UNION ALL ".join(
        f"SELECT id FROM audit_log WHERE table_name = '{table}' AND record_id IN ({_ids(table)})"
        for table in tables
    )


def scope_condition(
    alliance_id: int | None = None, table: str | None = None, record_id: int | None = None
) -> tuple[str, dict[str, Any]]:
    """The entries of one record, else of one alliance, else of the whole workbook."""
    if table is not None and record_id is not None:
        return (
            "audit_log.table_name = :table AND audit_log.record_id = :record_id",
            {"table": table, "record_id": record_id},
        )
    if alliance_id is not None:
        return f"audit_log.id IN ({alliance_entries()})", {"alliance_id": alliance_id}
    return "1", {}


# How a record is named, per table, from its current row ``r``.
_NAMES = {
    "organisation": "r.name",
    "alliance": "r.name",
    "goal": "r.description",
    "stakeholder": "r.name",
    "stakeholder_assessment": (
        "(SELECT name FROM stakeholder WHERE id = r.stakeholder_id) || ', ' || r.assessed_on"
    ),
    "counterpart": (
        "(SELECT name FROM stakeholder WHERE id = r.our_stakeholder_id) || ' ↔ ' ||"
        " (SELECT name FROM stakeholder WHERE id = r.partner_stakeholder_id)"
    ),
    "framework": "CASE WHEN :dutch THEN r.name_nl ELSE r.name_en END",
    "framework_dimension": "CASE WHEN :dutch THEN r.name_nl ELSE r.name_en END",
    "framework_level": "r.value || ' ' || CASE WHEN :dutch THEN r.name_nl ELSE r.name_en END",
    "evaluation": "r.evaluated_on || coalesce(', ' || r.respondent, '')",
    "evaluation_score": (
        "(SELECT CASE WHEN :dutch THEN name_nl ELSE name_en END FROM framework_dimension"
        " WHERE id = r.dimension_id) || ', ' ||"
        " (SELECT evaluated_on FROM evaluation WHERE id = r.evaluation_id)"
    ),
    "pulse_check": "r.checked_on",
    "skill_assessment": (
        "(SELECT name FROM stakeholder WHERE id = r.stakeholder_id) || ', ' || r.assessed_on"
    ),
    "skill_score": (
        "(SELECT CASE WHEN :dutch THEN name_nl ELSE name_en END FROM framework_dimension"
        " WHERE id = r.dimension_id)"
    ),
    "training": "r.title || ', ' || r.received_on",
    "training_skill": (
        "(SELECT CASE WHEN :dutch THEN name_nl ELSE name_en END FROM framework_dimension"
        " WHERE id = r.dimension_id)"
    ),
    "maturity_assessment": (
        "(SELECT name FROM organisation WHERE id = r.organisation_id) || ', ' || r.assessed_on"
    ),
    "maturity_score": (
        "(SELECT CASE WHEN :dutch THEN name_nl ELSE name_en END FROM framework_dimension"
        " WHERE id = r.dimension_id)"
    ),
    "meeting": "r.title || ', ' || r.held_on",
    "development_plan": "CASE r.side WHEN 'us' THEN CASE WHEN :dutch THEN 'eigen organisatie'"
    " ELSE 'our organisation' END ELSE 'partner' END",
    "development_target": (
        "(SELECT CASE WHEN :dutch THEN name_nl ELSE name_en END FROM framework_dimension"
        " WHERE id = r.dimension_id) || ' ' || r.target_level || ', ' || r.target_date"
    ),
    "action": "r.title",
    "decision": "r.title",
    "risk": "r.title",
}
# For a deleted record: the field of its last known row that names it.
_NAME_FIELDS = {
    "goal": "description",
    "stakeholder_assessment": "assessed_on",
    "counterpart": "function",
    "framework": "name_en",
    "framework_dimension": "name_en",
    "framework_level": "name_en",
    "evaluation": "evaluated_on",
    "pulse_check": "checked_on",
    "skill_assessment": "assessed_on",
    "training": "title",
    "maturity_assessment": "assessed_on",
    "meeting": "title",
    "development_plan": "side",
    "development_target": "target_date",
    "action": "title",
    "decision": "title",
    "risk": "title",
}


def _name_sql() -> str:
    current = " ".join(
        f"WHEN '{table}' THEN (SELECT {expression} FROM {table} AS r"
        " WHERE r.id = audit_log.record_id)"
        for table, expression in _NAMES.items()
    )
    gone = " ".join(f"WHEN '{table}' THEN '$.{field}'" for table, field in _NAME_FIELDS.items())
    return (
        f"coalesce(CASE audit_log.table_name {current} END,"
        f" json_extract({_SNAPSHOT}, CASE audit_log.table_name {gone} ELSE '$.name' END))"
    )


NAME = _name_sql()  # SQL: the record's name now, or when it was deleted (uses :dutch)

# Column key -> SQL expression over audit_log, for the history page.
EXPRESSIONS: dict[str, str] = {
    "changed_at": "audit_log.changed_at",
    "what": "audit_log.table_name",
    "change": "audit_log.change",
    "field": "audit_log.field",
    "old_value": "audit_log.old_value",
    "new_value": "audit_log.new_value",
    "name": NAME,
    "record_id": "audit_log.record_id",
}
SOURCE = "audit_log"
KEY = "audit_log.id"
NEWEST_FIRST = "audit_log.id DESC"


def text_condition(text: str) -> tuple[str, dict[str, Any]]:
    """Entries whose record name, field or values contain ``text`` (any case)."""
    if not text.strip():
        return "1", {}
    like = " LIKE :text ESCAPE '\\'"
    return (
        f"(audit_log.field{like} OR audit_log.old_value{like} OR audit_log.new_value{like}"
        f" OR {NAME}{like})",
        {"text": containing(text.strip())},
    )


def record_name(db: Database, table: str, record_id: int, dutch: bool = False) -> str | None:
    """The name of one record now, or as it was when it was deleted."""
    value = db.scalar(
        f"SELECT {NAME} FROM (SELECT :table AS table_name, :record_id AS record_id) AS audit_log",
        {"table": table, "record_id": record_id, "dutch": dutch},
    )
    return None if value is None else str(value)
