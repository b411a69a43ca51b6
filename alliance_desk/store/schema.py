"""The workbook's tables, as ordered migration steps from an empty file.

``MIGRATIONS[n]`` takes a workbook from schema version ``n`` to ``n + 1``. A
new workbook runs every step; an older one runs the steps it lacks. A step's
SQL never changes once released: later changes are new steps. Names are
chosen to explain themselves in any SQLite browser.
"""

from __future__ import annotations

from alliance_desk.store.schema_skills import skills_framework_sql

# Version 1: the records of DOMAIN.md.
VERSION_1 = """
CREATE TABLE workbook_info (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE organisation (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL CHECK (length(name) > 0),
    is_own  INTEGER NOT NULL DEFAULT 0 CHECK (is_own IN (0, 1)),
    sector  TEXT,
    country TEXT,
    website TEXT,
    notes   TEXT
);
CREATE UNIQUE INDEX organisation_only_one_own ON organisation (is_own) WHERE is_own = 1;

CREATE TABLE alliance (
    id                 INTEGER PRIMARY KEY,
    partner_id         INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    name               TEXT NOT NULL CHECK (length(name) > 0),
    alliance_type      TEXT NOT NULL CHECK (alliance_type IN ('co_development', 'distribution',
                           'joint_venture', 'licensing', 'co_marketing', 'supply', 'research',
                           'public_private', 'other')),
    lifecycle_stage    TEXT NOT NULL CHECK (lifecycle_stage IN ('operational_awareness',
                           'knowledge', 'internal_assessment', 'partner_selection',
                           'working_together', 'value_creation', 'staying_together',
                           'exit_strategy')),
    status_rag         TEXT NOT NULL CHECK (status_rag IN ('green', 'amber', 'red')),
    status_reason      TEXT,
    start_date         TEXT,
    renewal_date       TEXT,
    contract_reference TEXT,
    description        TEXT,
    our_resources      TEXT,
    partner_resources  TEXT
);
CREATE INDEX alliance_by_partner ON alliance (partner_id);

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('ours', 'partner', 'shared')),
    description TEXT NOT NULL,
    measure     TEXT,
    target_date TEXT,
    progress    INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX goal_by_alliance ON goal (alliance_id, kind);

CREATE TABLE stakeholder (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    side        TEXT NOT NULL CHECK (side IN ('us', 'partner')),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    department  TEXT NOT NULL,
    role        TEXT,
    seniority   TEXT NOT NULL CHECK (seniority IN ('executive', 'senior', 'middle',
                    'operational')),
    direction   TEXT NOT NULL CHECK (direction IN ('upwards', 'sidewards', 'downwards',
                    'outwards')),
    is_sponsor  INTEGER NOT NULL DEFAULT 0 CHECK (is_sponsor IN (0, 1)),
    email       TEXT,
    phone       TEXT,
    notes       TEXT
);
CREATE INDEX stakeholder_by_alliance ON stakeholder (alliance_id, side, department);
CREATE UNIQUE INDEX stakeholder_one_sponsor_per_side
    ON stakeholder (alliance_id, side) WHERE is_sponsor = 1;

CREATE TABLE stakeholder_assessment (
    id             INTEGER PRIMARY KEY,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    assessed_on    TEXT NOT NULL,
    power          INTEGER NOT NULL CHECK (power BETWEEN 1 AND 10),
    interest       INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 10),
    attitude       TEXT NOT NULL CHECK (attitude IN ('champion', 'supporter', 'neutral',
                       'critic', 'blocker')),
    note           TEXT
);
CREATE INDEX stakeholder_assessment_by_date
    ON stakeholder_assessment (stakeholder_id, assessed_on);

CREATE TABLE counterpart (
    id                     INTEGER PRIMARY KEY,
    alliance_id            INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    our_stakeholder_id     INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    partner_stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    function               TEXT,
    escalation_level       INTEGER CHECK (escalation_level BETWEEN 1 AND 3),
    note                   TEXT
);
CREATE INDEX counterpart_by_alliance ON counterpart (alliance_id);
CREATE INDEX counterpart_by_our_stakeholder ON counterpart (our_stakeholder_id);
CREATE INDEX counterpart_by_partner_stakeholder ON counterpart (partner_stakeholder_id);

CREATE TABLE framework (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('evaluation', 'maturity')),
    code           TEXT NOT NULL UNIQUE,
    name_en        TEXT NOT NULL,
    name_nl        TEXT NOT NULL,
    description_en TEXT,
    description_nl TEXT
);

CREATE TABLE framework_dimension (
    id             INTEGER PRIMARY KEY,
    framework_id   INTEGER NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    code           TEXT NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0,
    name_en        TEXT NOT NULL,
    name_nl        TEXT NOT NULL,
    description_en TEXT,
    description_nl TEXT,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (framework_id, code)
);

CREATE TABLE framework_level (
    id             INTEGER PRIMARY KEY,
    framework_id   INTEGER NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    value          INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    name_en        TEXT NOT NULL,
    name_nl        TEXT NOT NULL,
    description_en TEXT,
    description_nl TEXT,
    UNIQUE (framework_id, value)
);

CREATE TABLE evaluation (
    id              INTEGER PRIMARY KEY,
    alliance_id     INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    framework_id    INTEGER NOT NULL REFERENCES framework (id) ON DELETE RESTRICT,
    evaluated_on    TEXT NOT NULL,
    respondent_side TEXT NOT NULL CHECK (respondent_side IN ('us', 'partner', 'joint')),
    respondent      TEXT,
    remarks         TEXT
);
CREATE INDEX evaluation_by_alliance_date ON evaluation (alliance_id, evaluated_on);
CREATE INDEX evaluation_by_date ON evaluation (evaluated_on);
CREATE INDEX evaluation_by_framework ON evaluation (framework_id);

CREATE TABLE evaluation_score (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    dimension_id  INTEGER NOT NULL REFERENCES framework_dimension (id) ON DELETE RESTRICT,
    score         INTEGER CHECK (score BETWEEN 1 AND 5),
    comment       TEXT,
    UNIQUE (evaluation_id, dimension_id)
);
CREATE INDEX evaluation_score_by_dimension ON evaluation_score (dimension_id);

CREATE TABLE maturity_assessment (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    framework_id    INTEGER NOT NULL REFERENCES framework (id) ON DELETE RESTRICT,
    assessed_on     TEXT NOT NULL,
    assessor        TEXT,
    remarks         TEXT
);
CREATE INDEX maturity_assessment_by_organisation
    ON maturity_assessment (organisation_id, assessed_on);
CREATE INDEX maturity_assessment_by_framework ON maturity_assessment (framework_id);

CREATE TABLE maturity_score (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    dimension_id  INTEGER NOT NULL REFERENCES framework_dimension (id) ON DELETE RESTRICT,
    level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    comment       TEXT,
    UNIQUE (assessment_id, dimension_id)
);
CREATE INDEX maturity_score_by_dimension ON maturity_score (dimension_id);

CREATE TABLE meeting (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    held_on     TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('steering_committee', 'executive_review',
                    'operational_review', 'workshop')),
    title       TEXT NOT NULL,
    notes       TEXT
);
CREATE INDEX meeting_by_alliance_date ON meeting (alliance_id, held_on);

CREATE TABLE action (
    id                   INTEGER PRIMARY KEY,
    alliance_id          INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    title                TEXT NOT NULL,
    description          TEXT,
    owner                TEXT,
    due_date             TEXT,
    status               TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done',
                             'cancelled')),
    completed_on         TEXT,
    source_evaluation_id INTEGER REFERENCES evaluation (id) ON DELETE SET NULL,
    source_meeting_id    INTEGER REFERENCES meeting (id) ON DELETE SET NULL
);
CREATE INDEX action_by_alliance ON action (alliance_id, status, due_date);
CREATE INDEX action_by_due_date ON action (status, due_date);
CREATE INDEX action_by_source_evaluation ON action (source_evaluation_id);
CREATE INDEX action_by_source_meeting ON action (source_meeting_id);

CREATE TABLE decision (
    id                   INTEGER PRIMARY KEY,
    alliance_id          INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    title                TEXT NOT NULL,
    description          TEXT,
    status               TEXT NOT NULL CHECK (status IN ('pending', 'decided', 'withdrawn')),
    asked_of             TEXT,
    recommendation       TEXT,
    deadline             TEXT,
    decided_on           TEXT,
    decided_by           TEXT,
    outcome              TEXT,
    source_evaluation_id INTEGER REFERENCES evaluation (id) ON DELETE SET NULL,
    source_meeting_id    INTEGER REFERENCES meeting (id) ON DELETE SET NULL
);
CREATE INDEX decision_by_alliance ON decision (alliance_id, status, deadline);
CREATE INDEX decision_by_source_evaluation ON decision (source_evaluation_id);
CREATE INDEX decision_by_source_meeting ON decision (source_meeting_id);

CREATE TABLE risk (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    description TEXT,
    owner       TEXT,
    likelihood  INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact      INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    mitigation  TEXT,
    status      TEXT NOT NULL CHECK (status IN ('open', 'mitigating', 'closed')),
    review_date TEXT
);
CREATE INDEX risk_by_alliance ON risk (alliance_id, status);
"""

# Version 2: the audit trail, quick pulse checks between health checks, and a
# health-check rhythm per alliance (so "next health check due" can be shown).
VERSION_2 = """
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id  INTEGER NOT NULL,
    change     TEXT NOT NULL CHECK (change IN ('insert', 'update', 'delete')),
    field      TEXT,
    old_value,
    new_value
);
CREATE INDEX audit_log_by_record ON audit_log (table_name, record_id, id);

CREATE TABLE pulse_check (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    checked_on  TEXT NOT NULL,
    rag         TEXT NOT NULL CHECK (rag IN ('green', 'amber', 'red')),
    note        TEXT
);
CREATE INDEX pulse_check_by_alliance_date ON pulse_check (alliance_id, checked_on);

ALTER TABLE alliance ADD COLUMN health_check_interval_days INTEGER NOT NULL DEFAULT 180
    CHECK (health_check_interval_days BETWEEN 14 AND 730);
"""


# Version 3: a full-text search index over names, notes and comments (SQLite FTS5),
# kept current by triggers so every way of writing (the app, undo, import) updates it.
# Each indexed row's rowid is ``record id * 32 + table code``, so a change finds its
# entry directly. The index is derived data: exports leave it out, imports rebuild it.
SEARCH_TABLE_CODES: tuple[tuple[str, int, str, str, str], ...] = (
    # table, code, alliance (SQL on NEW/OLD row "r"), title, body
    ("organisation", 1, "NULL", "r.name", "r.sector, r.country, r.notes"),
    (
        "alliance",
        2,
        "r.id",
        "r.name",
        "r.status_reason, r.contract_reference, r.description, r.our_resources,"
        " r.partner_resources",
    ),
    ("goal", 3, "r.alliance_id", "r.description", "r.measure"),
    ("stakeholder", 4, "r.alliance_id", "r.name", "r.department, r.role, r.email, r.notes"),
    (
        "stakeholder_assessment",
        5,
        "(SELECT alliance_id FROM stakeholder WHERE id = r.stakeholder_id)",
        "NULL",
        "r.note",
    ),
    ("counterpart", 6, "r.alliance_id", "r.function", "r.note"),
    ("evaluation", 7, "r.alliance_id", "r.respondent", "r.remarks"),
    (
        "evaluation_score",
        8,
        "(SELECT alliance_id FROM evaluation WHERE id = r.evaluation_id)",
        "NULL",
        "r.comment",
    ),
    ("pulse_check", 9, "r.alliance_id", "NULL", "r.note"),
    ("maturity_assessment", 10, "NULL", "r.assessor", "r.remarks"),
    ("maturity_score", 11, "NULL", "NULL", "r.comment"),
    ("meeting", 12, "r.alliance_id", "r.title", "r.notes"),
    ("action", 13, "r.alliance_id", "r.title", "r.description, r.owner"),
    (
        "decision",
        14,
        "r.alliance_id",
        "r.title",
        "r.description, r.asked_of, r.recommendation, r.decided_by, r.outcome",
    ),
    ("risk", 15, "r.alliance_id", "r.title", "r.description, r.owner, r.mitigation"),
)


# While this key is in workbook_info, new rows are not indexed one by one: a bulk load
# (import, demo) fills the index in one pass afterwards, about eight times faster.
SEARCH_PAUSED = "search_index_paused"


def search_fill_statements(version: int | None = None) -> list[str]:
    """The statements that fill the index from the tables of a workbook of ``version``
    (None: the newest): version 3 made the index, version 7 added the plans' notes,
    version 8 the skills' records."""
    upto = len(MIGRATIONS) if version is None else version
    return [
        line
        for since, sql in ((3, VERSION_3), (7, VERSION_7), (8, VERSION_8))
        if since <= upto
        for line in sql.splitlines()
        if line.startswith("INSERT INTO search_index")
    ]


def _search_sql(
    codes: tuple[tuple[str, int, str, str, str], ...] = SEARCH_TABLE_CODES,
    create: bool = True,
) -> str:
    """The index (when ``create``) and, per table of ``codes``, its triggers and filling."""
    parts = (
        [
            "CREATE VIRTUAL TABLE search_index USING fts5(table_name UNINDEXED,"
            " record_id UNINDEXED, alliance_id UNINDEXED, title, body,"
            " tokenize = 'unicode61 remove_diacritics 2');"
        ]
        if create
        else []
    )
    insert = "INSERT INTO search_index (rowid, table_name, record_id, alliance_id, title, body)"
    for table, code, alliance, title, body in codes:
        body_sql = " || ' ' || ".join(
            f"coalesce({column.strip()}, '')" for column in body.split(",")
        )
        # "r." stands for the row: NEW in insert/update triggers, the table itself when filling.
        template = (
            f"r.id * 32 + {code}, '{table}', r.id, {alliance}, coalesce({title}, ''), "
            f"trim({body_sql})"
        ).replace("r.", "ROW.")
        # Rows without any text (most scores have no comment) stay out of the index.
        wanted = f"coalesce({title}, '') || {body_sql} != ''".replace("r.", "ROW.")
        parts.append(
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table}"
            f" WHEN {wanted.replace('ROW.', 'new.')} AND NOT EXISTS"
            f" (SELECT 1 FROM workbook_info WHERE key = '{SEARCH_PAUSED}') BEGIN"
            f" {insert} VALUES ({template.replace('ROW.', 'new.')}); END;"
        )
        parts.append(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} BEGIN"
            f" DELETE FROM search_index WHERE rowid = old.id * 32 + {code};"
            f" {insert} SELECT {template.replace('ROW.', 'new.')}"
            f" WHERE {wanted.replace('ROW.', 'new.')}; END;"
        )
        parts.append(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM search_index WHERE rowid = old.id * 32 + {code}; END;"
        )
        parts.append(
            f"{insert} SELECT {template.replace('ROW.', 'r.')} FROM {table} AS r"
            f" WHERE {wanted.replace('ROW.', 'r.')};"
        )
    return "\n".join(parts)


VERSION_3 = _search_sql()


def _search_triggers_of(table: str) -> str:
    """Version 3's search-index triggers on ``table``, exactly as version 3 made them."""
    prefix = f"CREATE TRIGGER search_{table}_"
    return "\n".join(line for line in VERSION_3.splitlines() if line.startswith(prefix))


# Version 4: an alliance's status may be unset (NULL): "not assessed" until someone
# sets it, instead of a green nobody chose. SQLite cannot change a CHECK in place, so
# the table is rebuilt as https://www.sqlite.org/lang_altertable.html describes (new
# table, copy, drop, rename, then its indexes and triggers again), with foreign keys
# off while the step runs (see workbook.migrate). Ids are kept, so the rows that
# refer to an alliance, its audit entries and its search-index entries stay valid.
VERSION_4 = (
    """
CREATE TABLE alliance_v4 (
    id                 INTEGER PRIMARY KEY,
    partner_id         INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    name               TEXT NOT NULL CHECK (length(name) > 0),
    alliance_type      TEXT NOT NULL CHECK (alliance_type IN ('co_development', 'distribution',
                           'joint_venture', 'licensing', 'co_marketing', 'supply', 'research',
                           'public_private', 'other')),
    lifecycle_stage    TEXT NOT NULL CHECK (lifecycle_stage IN ('operational_awareness',
                           'knowledge', 'internal_assessment', 'partner_selection',
                           'working_together', 'value_creation', 'staying_together',
                           'exit_strategy')),
    status_rag         TEXT CHECK (status_rag IN ('green', 'amber', 'red')),
    status_reason      TEXT,
    start_date         TEXT,
    renewal_date       TEXT,
    contract_reference TEXT,
    description        TEXT,
    our_resources      TEXT,
    partner_resources  TEXT,
    health_check_interval_days INTEGER NOT NULL DEFAULT 180
        CHECK (health_check_interval_days BETWEEN 14 AND 730)
);
INSERT INTO alliance_v4 (id, partner_id, name, alliance_type, lifecycle_stage, status_rag,
    status_reason, start_date, renewal_date, contract_reference, description, our_resources,
    partner_resources, health_check_interval_days)
SELECT id, partner_id, name, alliance_type, lifecycle_stage, status_rag,
    status_reason, start_date, renewal_date, contract_reference, description, our_resources,
    partner_resources, health_check_interval_days
FROM alliance;
DROP TABLE alliance;
ALTER TABLE alliance_v4 RENAME TO alliance;
CREATE INDEX alliance_by_partner ON alliance (partner_id);
"""
    + _search_triggers_of("alliance")
    + "\n"
)


# Version 5: questionnaire rounds (a health check or maturity self-assessment answered by
# many people on both sides), their respondent slots and answers; an evaluation or maturity
# assessment may be a round's result for one side, whose scores are means (3.4 from five
# answers). The score columns are rebuilt as NUMERIC, which keeps a whole number an integer
# (every score stored before stays exactly as it was) and a mean a real; the CHECK refuses
# text. The frozen framework (dimensions and scale as asked) is JSON in framework_snapshot.
VERSION_5 = (
    """
CREATE TABLE questionnaire_round (
    id                 INTEGER PRIMARY KEY,
    alliance_id        INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN ('health', 'maturity')),
    framework_id       INTEGER NOT NULL REFERENCES framework (id) ON DELETE RESTRICT,
    held_on            TEXT NOT NULL,
    deadline           TEXT,
    status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    framework_snapshot TEXT NOT NULL,
    notes              TEXT
);
CREATE INDEX questionnaire_round_by_alliance ON questionnaire_round (alliance_id, held_on);
CREATE INDEX questionnaire_round_by_framework ON questionnaire_round (framework_id);
CREATE INDEX questionnaire_round_by_deadline ON questionnaire_round (status, deadline);

CREATE TABLE round_respondent (
    id             INTEGER PRIMARY KEY,
    round_id       INTEGER NOT NULL REFERENCES questionnaire_round (id) ON DELETE CASCADE,
    side           TEXT NOT NULL CHECK (side IN ('us', 'partner')),
    department     TEXT NOT NULL,
    role           TEXT,
    stakeholder_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    anonymous      INTEGER NOT NULL DEFAULT 1 CHECK (anonymous IN (0, 1)),
    language       TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'nl')),
    answered_on    TEXT
);
CREATE INDEX round_respondent_by_round ON round_respondent (round_id, side);
CREATE INDEX round_respondent_by_stakeholder ON round_respondent (stakeholder_id);

CREATE TABLE round_answer (
    id            INTEGER PRIMARY KEY,
    respondent_id INTEGER NOT NULL REFERENCES round_respondent (id) ON DELETE CASCADE,
    dimension_id  INTEGER NOT NULL REFERENCES framework_dimension (id) ON DELETE RESTRICT,
    score         INTEGER CHECK (score BETWEEN 1 AND 5),
    comment       TEXT,
    UNIQUE (respondent_id, dimension_id)
);
CREATE INDEX round_answer_by_dimension ON round_answer (dimension_id);

ALTER TABLE evaluation ADD COLUMN round_id INTEGER
    REFERENCES questionnaire_round (id) ON DELETE CASCADE;
CREATE INDEX evaluation_by_round ON evaluation (round_id);
ALTER TABLE maturity_assessment ADD COLUMN round_id INTEGER
    REFERENCES questionnaire_round (id) ON DELETE CASCADE;
CREATE INDEX maturity_assessment_by_round ON maturity_assessment (round_id);

CREATE TABLE evaluation_score_v5 (
    id            INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    dimension_id  INTEGER NOT NULL REFERENCES framework_dimension (id) ON DELETE RESTRICT,
    score         NUMERIC CHECK (score IS NULL
                      OR (typeof(score) IN ('integer', 'real') AND score BETWEEN 1 AND 5)),
    comment       TEXT,
    UNIQUE (evaluation_id, dimension_id)
);
INSERT INTO evaluation_score_v5 (id, evaluation_id, dimension_id, score, comment)
SELECT id, evaluation_id, dimension_id, score, comment FROM evaluation_score;
DROP TABLE evaluation_score;
ALTER TABLE evaluation_score_v5 RENAME TO evaluation_score;
CREATE INDEX evaluation_score_by_dimension ON evaluation_score (dimension_id);

CREATE TABLE maturity_score_v5 (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    dimension_id  INTEGER NOT NULL REFERENCES framework_dimension (id) ON DELETE RESTRICT,
    level         NUMERIC NOT NULL CHECK (typeof(level) IN ('integer', 'real')
                      AND level BETWEEN 1 AND 5),
    comment       TEXT,
    UNIQUE (assessment_id, dimension_id)
);
INSERT INTO maturity_score_v5 (id, assessment_id, dimension_id, level, comment)
SELECT id, assessment_id, dimension_id, level, comment FROM maturity_score;
DROP TABLE maturity_score;
ALTER TABLE maturity_score_v5 RENAME TO maturity_score;
CREATE INDEX maturity_score_by_dimension ON maturity_score (dimension_id);
"""
    + _search_triggers_of("evaluation_score")
    + "\n"
    + _search_triggers_of("maturity_score")
    + "\n"
)

# Version 6: an action agreed in a round's joint session names the round as its source,
# as others name the health check or meeting they came from. Deleting the round keeps the
# action, without a source.
VERSION_6 = """
ALTER TABLE action ADD COLUMN source_round_id INTEGER
    REFERENCES questionnaire_round (id) ON DELETE SET NULL;
CREATE INDEX action_by_source_round ON action (source_round_id);
"""

# Version 7: development plans. For each organisation of an alliance (ours, the partner's) a
# plan; per maturity dimension a target level and the date it should be reached; the
# support (workshops, joint training, coaching) is the alliance's actions that name the
# target. A target's note and a plan's notes are searched like other notes.
DEVELOPMENT_SEARCH_CODES: tuple[tuple[str, int, str, str, str], ...] = (
    ("development_plan", 16, "r.alliance_id", "NULL", "r.notes"),
    (
        "development_target",
        17,
        "(SELECT alliance_id FROM development_plan WHERE id = r.plan_id)",
        "NULL",
        "r.note",
    ),
)
VERSION_7 = (
    """
CREATE TABLE development_plan (
    id          INTEGER PRIMARY KEY,
    alliance_id INTEGER NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    side        TEXT NOT NULL CHECK (side IN ('us', 'partner')),
    notes       TEXT,
    UNIQUE (alliance_id, side)
);

CREATE TABLE development_target (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    dimension_id INTEGER NOT NULL REFERENCES framework_dimension (id) ON DELETE RESTRICT,
    target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    target_date  TEXT NOT NULL,
    note         TEXT,
    UNIQUE (plan_id, dimension_id)
);
CREATE INDEX development_target_by_dimension ON development_target (dimension_id);
CREATE INDEX development_target_by_date ON development_target (target_date);

ALTER TABLE action ADD COLUMN development_target_id INTEGER
    REFERENCES development_target (id) ON DELETE SET NULL;
CREATE INDEX action_by_development_target ON action (development_target_id);
"""
    + _search_sql(DEVELOPMENT_SEARCH_CODES, create=False)
    + "\n"
)

# Version 8: the collaborative skills of the people on the stakeholder maps (issue 14). A
# third kind of framework, ``skills``, whose dimensions are skills with the level everyone
# who deals with the partner should reach (``required_level``); the framework table is
# rebuilt for its wider CHECK as version 4 rebuilt the alliance table (ids kept, so every
# reference stays valid). A person's dated skill assessments with a level and comment per
# skill; training and coaching received with the skills it addressed. The new records'
# text joins the search index (table codes 18..20), and workbooks that have frameworks get
# the collaborative-skills framework.
SKILLS_SEARCH_CODES: tuple[tuple[str, int, str, str, str], ...] = (
    (
        "skill_assessment",
        18,
        "(SELECT alliance_id FROM stakeholder WHERE id = r.stakeholder_id)",
        "NULL",
        "r.assessor, r.comment",
    ),
    (
        "skill_score",
        19,
        "(SELECT alliance_id FROM stakeholder WHERE id ="
        " (SELECT stakeholder_id FROM skill_assessment WHERE id = r.assessment_id))",
        "NULL",
        "r.comment",
    ),
    (
        "training",
        20,
        "(SELECT alliance_id FROM stakeholder WHERE id = r.stakeholder_id)",
        "r.title",
        "r.provider, r.note",
    ),
)

VERSION_8 = (
    """
CREATE TABLE framework_v8 (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('evaluation', 'maturity', 'skills')),
    code           TEXT NOT NULL UNIQUE,
    name_en        TEXT NOT NULL,
    name_nl        TEXT NOT NULL,
    description_en TEXT,
    description_nl TEXT
);
INSERT INTO framework_v8 (id, kind, code, name_en, name_nl, description_en, description_nl)
SELECT id, kind, code, name_en, name_nl, description_en, description_nl FROM framework;
DROP TABLE framework;
ALTER TABLE framework_v8 RENAME TO framework;

ALTER TABLE framework_dimension ADD COLUMN required_level INTEGER
    CHECK (required_level BETWEEN 1 AND 5);

CREATE TABLE skill_assessment (
    id             INTEGER PRIMARY KEY,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    framework_id   INTEGER NOT NULL REFERENCES framework (id) ON DELETE RESTRICT,
    assessed_on    TEXT NOT NULL,
    assessor       TEXT,
    comment        TEXT
);
CREATE INDEX skill_assessment_by_stakeholder ON skill_assessment (stakeholder_id, assessed_on);
CREATE INDEX skill_assessment_by_framework ON skill_assessment (framework_id);

CREATE TABLE skill_score (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES skill_assessment (id) ON DELETE CASCADE,
    dimension_id  INTEGER NOT NULL REFERENCES framework_dimension (id) ON DELETE RESTRICT,
    level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    comment       TEXT,
    UNIQUE (assessment_id, dimension_id)
);
CREATE INDEX skill_score_by_dimension ON skill_score (dimension_id);

CREATE TABLE training (
    id             INTEGER PRIMARY KEY,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    received_on    TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('workshop', 'joint_training', 'coaching',
                       'course', 'staff_exchange', 'other')),
    title          TEXT NOT NULL CHECK (length(title) > 0),
    provider       TEXT,
    note           TEXT
);
CREATE INDEX training_by_stakeholder ON training (stakeholder_id, received_on);

CREATE TABLE training_skill (
    id           INTEGER PRIMARY KEY,
    training_id  INTEGER NOT NULL REFERENCES training (id) ON DELETE CASCADE,
    dimension_id INTEGER NOT NULL REFERENCES framework_dimension (id) ON DELETE RESTRICT,
    UNIQUE (training_id, dimension_id)
);
CREATE INDEX training_skill_by_dimension ON training_skill (dimension_id);
"""
    + _search_sql(SKILLS_SEARCH_CODES, create=False)
    + "\n"
    + skills_framework_sql()
    + "\n"
)

# Version 9: the search index made again with FTS5 prefix indexes for
# words typed 2 to 8 letters long, so a typed word's matches are one list to walk
# instead of a merge of the lists of every word that starts so (linear in the matches).
# The entries are copied over as they are: the rows they come from stay untouched.
SEARCH_PREFIXES = "2 3 4 5 6 7 8"
VERSION_9 = f"""
CREATE TEMP TABLE search_entries AS
    SELECT rowid AS entry, table_name, record_id, alliance_id, title, body FROM search_index;
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(table_name UNINDEXED,
    record_id UNINDEXED, alliance_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '{SEARCH_PREFIXES}');
INSERT INTO search_index (rowid, table_name, record_id, alliance_id, title, body)
    SELECT entry, table_name, record_id, alliance_id, title, body FROM search_entries;
DROP TABLE search_entries;
"""

MIGRATIONS: tuple[str, ...] = (
    VERSION_1,
    VERSION_2,
    VERSION_3,
    VERSION_4,
    VERSION_5,
    VERSION_6,
    VERSION_7,
    VERSION_8,
    VERSION_9,
)
SCHEMA_VERSION = len(MIGRATIONS)
