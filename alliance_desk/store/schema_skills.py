"""The collaborative-skills framework as schema version 8 brings it into older workbooks.

Frozen with the migration (a step's SQL never changes once released): later
changes to ``resources/frameworks/collaborative_skills.json`` reach new
workbooks only, and a test keeps the two equal until then. The framework is
added only to a workbook that has frameworks already; a new file being built
(a new workbook, an import) gets its frameworks from the shipped files or the
export instead.
"""

from __future__ import annotations

from typing import Any

SKILLS_FRAMEWORK_V6: dict[str, Any] = {
    "kind": "skills",
    "code": "collaborative_skills",
    "name_en": "Collaborative skills",
    "name_nl": "Samenwerkingsvaardigheden",
    "description_en": "The competences and behaviours collaboration needs in the people who deal "
    "with the partner (ISO 44001, 7.2 Competence), on both sides.",
    "description_nl": "De competenties en het gedrag die samenwerking vraagt van de mensen die met "
    "de partner te maken hebben (ISO 44001, 7.2 Competentie), aan beide kanten.",
    "levels": [
        {
            "value": 1,
            "name_en": "Aware",
            "name_nl": "Bewust",
            "description_en": "Knows what the skill is and why it matters.",
            "description_nl": "Weet wat de vaardigheid is en waarom ze ertoe doet.",
        },
        {
            "value": 2,
            "name_en": "Learning",
            "name_nl": "Lerend",
            "description_en": "Applies it with guidance.",
            "description_nl": "Past deze toe met begeleiding.",
        },
        {
            "value": 3,
            "name_en": "Practising",
            "name_nl": "Toepassend",
            "description_en": "Applies it on their own in everyday work with the partner.",
            "description_nl": "Past deze zelfstandig toe in het dagelijkse werk met de partner.",
        },
        {
            "value": 4,
            "name_en": "Skilled",
            "name_nl": "Bekwaam",
            "description_en": "Applies it in difficult situations and helps others do so.",
            "description_nl": "Past deze toe in lastige situaties en helpt anderen daarbij.",
        },
        {
            "value": 5,
            "name_en": "Expert",
            "name_nl": "Expert",
            "description_en": "Teaches and coaches others; shapes how the organisation does it.",
            "description_nl": "Leert en coacht anderen; bepaalt hoe de organisatie het doet.",
        },
    ],
    "dimensions": [
        {
            "code": "partnering_mindset",
            "name_en": "Partnering mindset",
            "name_nl": "Partnerschapsdenken",
            "required_level": 3,
            "description_en": "Thinks in mutual gain; knows and respects the partner's "
            "goals beside our own.",
            "description_nl": "Denkt in wederzijds voordeel; kent en respecteert de doelen "
            "van de partner naast de onze.",
        },
        {
            "code": "mutual_gain_negotiation",
            "name_en": "Negotiation for mutual gain",
            "name_nl": "Onderhandelen op wederzijds voordeel",
            "required_level": 3,
            "description_en": "Negotiates on interests, not positions, and looks for "
            "options that leave both sides better off.",
            "description_nl": "Onderhandelt op belangen, niet op standpunten, en zoekt "
            "opties waar beide kanten beter van worden.",
        },
        {
            "code": "joint_governance",
            "name_en": "Joint governance and decision-making",
            "name_nl": "Gezamenlijk besturen en beslissen",
            "required_level": 3,
            "description_en": "Works in the joint steering structures; prepares and takes "
            "decisions together with the partner.",
            "description_nl": "Werkt in de gezamenlijke stuurstructuren; bereidt "
            "beslissingen samen met de partner voor en neemt ze samen.",
        },
        {
            "code": "conflict_resolution",
            "name_en": "Conflict resolution",
            "name_nl": "Conflicten oplossen",
            "required_level": 3,
            "description_en": "Raises tensions early and resolves disagreements "
            "constructively, through the agreed escalation path.",
            "description_nl": "Brengt spanningen vroeg ter sprake en lost "
            "meningsverschillen constructief op, via de afgesproken "
            "escalatieweg.",
        },
        {
            "code": "knowledge_sharing",
            "name_en": "Knowledge sharing",
            "name_nl": "Kennis delen",
            "required_level": 3,
            "description_en": "Shares information and know-how openly with the partner and "
            "inside our own organisation, within what was agreed.",
            "description_nl": "Deelt informatie en kennis open met de partner en binnen de "
            "eigen organisatie, binnen wat is afgesproken.",
        },
        {
            "code": "trust_building",
            "name_en": "Trust building",
            "name_nl": "Vertrouwen opbouwen",
            "required_level": 3,
            "description_en": "Keeps commitments, is open about intentions and builds "
            "relationships across the organisations.",
            "description_nl": "Komt afspraken na, is open over bedoelingen en bouwt "
            "relaties op over de organisaties heen.",
        },
        {
            "code": "cross_cultural_communication",
            "name_en": "Cross-cultural communication",
            "name_nl": "Communiceren over culturen heen",
            "required_level": 2,
            "description_en": "Adapts to the partner's organisational and national culture, "
            "language and ways of working.",
            "description_nl": "Past zich aan de organisatie- en landscultuur, de taal en de "
            "werkwijze van de partner aan.",
        },
    ],
}


def _text(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def _values(rows: list[tuple[object, ...]]) -> str:
    return " UNION ALL ".join("SELECT " + ", ".join(_text(value) for value in row) for row in rows)


def skills_framework_sql() -> str:
    """INSERT statements for the framework, its levels and its skills (one per line)."""
    data = SKILLS_FRAMEWORK_V6
    code = _text(data["code"])
    own = f"framework.code = {code} AND framework.kind = 'skills'"
    framework = (
        "INSERT INTO framework (kind, code, name_en, name_nl, description_en, description_nl)"
        f" SELECT 'skills', {code}, {_text(data['name_en'])}, {_text(data['name_nl'])},"
        f" {_text(data['description_en'])}, {_text(data['description_nl'])}"
        " WHERE EXISTS (SELECT 1 FROM framework)"
        f" AND NOT EXISTS (SELECT 1 FROM framework WHERE code = {code});"
    )
    levels = _values(
        [
            (
                level["value"],
                level["name_en"],
                level["name_nl"],
                level["description_en"],
                level["description_nl"],
            )
            for level in data["levels"]
        ]
    )
    level_sql = (
        "INSERT INTO framework_level (framework_id, value, name_en, name_nl, description_en,"
        f" description_nl) SELECT framework.id, level.* FROM framework, ({levels}) AS level"
        f" WHERE {own} AND NOT EXISTS"
        " (SELECT 1 FROM framework_level WHERE framework_id = framework.id);"
    )
    skills = _values(
        [
            (
                skill["code"],
                position,
                skill["name_en"],
                skill["name_nl"],
                skill["description_en"],
                skill["description_nl"],
                skill["required_level"],
            )
            for position, skill in enumerate(data["dimensions"])
        ]
    )
    skill_sql = (
        "INSERT INTO framework_dimension (framework_id, code, position, name_en, name_nl,"
        " description_en, description_nl, required_level)"
        f" SELECT framework.id, skill.* FROM framework, ({skills}) AS skill"
        f" WHERE {own} AND NOT EXISTS"
        " (SELECT 1 FROM framework_dimension WHERE framework_id = framework.id);"
    )
    return "\n".join((framework, level_sql, skill_sql))
