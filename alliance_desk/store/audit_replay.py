"""Replaying the audit trail: the content it says the workbook has, to hold against the
content it does have (the model-based and soak tests do; a workbook whose every change went
through the edit path has an audit trail that replays to exactly its records).

Insert entries hold the whole row as JSON, update entries one field's old and new value,
delete entries the whole row as it was; records that were there before auditing began
(a new workbook's frameworks and own organisation, an import) are the starting content.
"""

from __future__ import annotations

import json
from typing import Any

from alliance_desk.store.db import Database
from alliance_desk.store.tables import RECORD_TYPE_BY_TABLE

Content = dict[str, dict[int, dict[str, Any]]]


def records_of(db: Database) -> Content:
    """Every record of every record table, by table and id."""
    content: Content = {}
    for table in RECORD_TYPE_BY_TABLE:
        rows = db.query(f'SELECT * FROM "{table}"')
        content[table] = {row["id"]: dict(row) for row in rows}
    return content


def replay(db: Database, start: Content, after_entry: int = 0) -> Content:
    """``start`` with the audit entries after id ``after_entry`` applied in order.

    Raises ``ValueError`` naming the first entry that does not fit what came before
    (an update or delete of a record the trail never had, an insert of one it has)."""
    content = {
        table: {key: dict(row) for key, row in rows.items()} for table, rows in start.items()
    }
    for entry in db.tuples(
        "SELECT id, table_name, record_id, change, field, old_value, new_value FROM audit_log"
        " WHERE id > :after ORDER BY id",
        {"after": after_entry},
    ):
        number, table, record_id, change, field, old, new = entry
        rows = content.setdefault(table, {})
        if change == "insert":
            if record_id in rows:
                raise ValueError(f"audit entry {number}: {table} {record_id} inserted twice")
            rows[record_id] = json.loads(new)
        elif record_id not in rows:
            raise ValueError(f"audit entry {number}: {table} {record_id} {change}d, not there")
        elif change == "delete":
            del rows[record_id]
        else:
            if rows[record_id].get(field) != old:
                raise ValueError(
                    f"audit entry {number}: {table} {record_id}.{field} was not {old!r}"
                )
            rows[record_id][field] = new
    return content
