"""The words of the capability report, in English and Dutch.

Plain Python like the briefing's texts (:mod:`briefing_text`): the report is
read by the management of either organisation, in its own language. Counted
phrases have a singular and a plural (zero takes the plural in both).
"""

from __future__ import annotations

from typing import Any

from alliance_desk.domain import notation

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subtitle_ours": "Alliance capability of {organisation}, for its management · {date}",
        "subtitle_partner": "Alliance capability of {organisation}, for its management;"
        " prepared by {ours} · {date}",
        "document": "Alliance capability",
        "confidential": "Confidential",
        "for_partner": "Prepared for {organisation}",
        "page": "Page {page} of {pages}",
        "finding": "In short",
        # findings
        "no_plan": "{organisation} has no development plan in this alliance yet.",
        "plan": "{organisation} has reached {reached} of {targets} development targets.",
        "missed": "Missed: {items}.",
        "missed_item": "{dimension} (level {level}, not the {target} due by {date})",
        "missed_unassessed": "{dimension} (not assessed; {target} was due by {date})",
        "next": "Next: {dimension}, level {target} by {date} ({distance} to go).",
        "next_unassessed": "Next: {dimension}, level {target} by {date} (not assessed yet).",
        "support": "Support actions: {done} of {actions} done, {overdue} overdue.",
        "skills_none": "Nobody of {organisation} on this alliance's map has had their"
        " collaborative skills assessed yet ({people}, {departments}).",
        "skills_gap": "{people} in {departments} of {organisation} work with {other}; {below}"
        " of the {assessed} assessed are below the required level in at least one skill, most"
        " often in {skill} ({count}).",
        "skills_fine": "{people} in {departments} of {organisation} work with {other}; all"
        " {assessed} assessed meet the required level of every skill.",
        "case": "Collaboration with {other} is an organisational matter, not the alliance"
        " manager's alone: {departments} of ours deal with them ({names}), {linked} have a"
        " counterpart there. Developing these people is a task for management.",
        # maturity
        "maturity": "Maturity against the development targets",
        "maturity_note_assessed": "Latest assessment of {organisation}: {date}. Levels: {levels}.",
        "maturity_note_none": "{organisation} has not been assessed yet. Levels: {levels}.",
        "dimension": "Dimension",
        "now": "Now",
        "target": "Target",
        "by": "By",
        "to_go": "To go",
        "state": "State",
        "partner_now": "Partner now",
        "reached": "✓ reached",
        "missed_state": "◆ missed",
        "underway": "underway",
        "no_target": "no target",
        "none": "–",
        # plan
        "plan_heading": "Development plan and its support",
        "plan_progress": "Targets reached: {reached} of {targets} · support actions done:"
        " {done} of {actions}, open: {open}, overdue: {overdue}",
        "no_plan_table": "No development targets have been set for {organisation} yet.",
        "target_cell": "{dimension}: level {level} by {date}",
        "support_action": "Support action",
        "owner": "Owner",
        "due": "Due",
        "no_support": "no support actions yet",
        "done": "done",
        "open": "open",
        "overdue": "◆ overdue",
        # skills
        "skills": "Collaborative skills of the departments",
        "skills_note": "Per skill the mean level of the people assessed ({levels});"
        " ▼ n: n people below the required level. People not yet assessed count among the"
        " people, not in the levels.",
        "department": "Department",
        "people_cell": "{people}, {assessed} assessed",
        "required": "required {level}",
        "in_all": "Whole organisation",
        "no_people": "{organisation} has nobody on this alliance's stakeholder map yet.",
        "gaps": "Who is below the required level",
        "gap_line": "{skill} (required {level}): {names}",
        "no_gaps": "Nobody assessed is below the required level of a skill.",
        "no_department": "(no department)",
        "unassessed_departments": "Nobody has been assessed yet. On the map: {departments}.",
        # training
        "training": "Training and coaching received",
        "no_training": "No training or coaching has been recorded for the people of"
        " {organisation} on this alliance's map.",
        "date": "Date",
        "person": "Person",
        "what": "Training",
        "addressed": "Skills addressed",
        "workshop": "workshop",
        "joint_training": "joint training",
        "coaching": "coaching",
        "course": "course",
        "staff_exchange": "staff exchange",
        "other": "other",
    },
    "nl": {
        "subtitle_ours": "Alliantievermogen van {organisation}, voor het management · {date}",
        "subtitle_partner": "Alliantievermogen van {organisation}, voor het management;"
        " opgesteld door {ours} · {date}",
        "document": "Alliantievermogen",
        "confidential": "Vertrouwelijk",
        "for_partner": "Opgesteld voor {organisation}",
        "page": "Pagina {page} van {pages}",
        "finding": "In het kort",
        "no_plan": "{organisation} heeft in deze alliantie nog geen ontwikkelplan.",
        "plan": "{organisation} heeft {reached} van {targets} ontwikkeldoelen bereikt.",
        "missed": "Niet gehaald: {items}.",
        "missed_item": "{dimension} (niveau {level} in plaats van de {target} die uiterlijk {date}"
        " moest)",
        "missed_unassessed": "{dimension} (niet beoordeeld; {target} moest uiterlijk {date})",
        "next": "Volgende: {dimension}, niveau {target} uiterlijk {date} (nog {distance}).",
        "next_unassessed": "Volgende: {dimension}, niveau {target} uiterlijk {date} (nog niet"
        " beoordeeld).",
        "support": "Ondersteunende acties: {done} van {actions} gereed, {overdue} te laat.",
        "skills_none": "Van niemand van {organisation} op de kaart van deze alliantie zijn de"
        " samenwerkingsvaardigheden al beoordeeld ({people}, {departments}).",
        "skills_gap": "{people} in {departments} van {organisation} werken met {other}; {below}"
        " van de {assessed} beoordeelden zitten bij ten minste één vaardigheid onder het"
        " vereiste niveau, het vaakst bij {skill} ({count}).",
        "skills_fine": "{people} in {departments} van {organisation} werken met {other}; alle"
        " {assessed} beoordeelden halen bij elke vaardigheid het vereiste niveau.",
        "case": "Samenwerken met {other} is een zaak van de hele organisatie, niet van de"
        " alliantiemanager alleen: {departments} van ons hebben met hen te maken ({names}),"
        " {linked} hebben er een tegenhanger. Deze mensen ontwikkelen is een taak van het"
        " management.",
        "maturity": "Volwassenheid tegenover de ontwikkeldoelen",
        "maturity_note_assessed": "Laatste beoordeling van {organisation}: {date}. Niveaus:"
        " {levels}.",
        "maturity_note_none": "{organisation} is nog niet beoordeeld. Niveaus: {levels}.",
        "dimension": "Dimensie",
        "now": "Nu",
        "target": "Doel",
        "by": "Uiterlijk",
        "to_go": "Nog te gaan",
        "state": "Stand",
        "partner_now": "Partner nu",
        "reached": "✓ bereikt",
        "missed_state": "◆ niet gehaald",
        "underway": "onderweg",
        "no_target": "geen doel",
        "none": "–",
        "plan_heading": "Ontwikkelplan en de ondersteuning",
        "plan_progress": "Doelen bereikt: {reached} van {targets} · ondersteunende acties"
        " gereed: {done} van {actions}, open: {open}, te laat: {overdue}",
        "no_plan_table": "Voor {organisation} zijn nog geen ontwikkeldoelen gesteld.",
        "target_cell": "{dimension}: niveau {level} uiterlijk {date}",
        "support_action": "Ondersteunende actie",
        "owner": "Eigenaar",
        "due": "Gereed op",
        "no_support": "nog geen ondersteunende acties",
        "done": "gereed",
        "open": "open",
        "overdue": "◆ te laat",
        "skills": "Samenwerkingsvaardigheden van de afdelingen",
        "skills_note": "Per vaardigheid het gemiddelde niveau van de beoordeelde mensen"
        " ({levels}); ▼ n: n mensen onder het vereiste niveau. Wie nog niet beoordeeld"
        " is, telt mee bij de mensen, niet bij de niveaus.",
        "department": "Afdeling",
        "people_cell": "{people}, {assessed} beoordeeld",
        "required": "vereist {level}",
        "in_all": "Hele organisatie",
        "no_people": "{organisation} heeft nog niemand op de stakeholderkaart van deze alliantie.",
        "gaps": "Wie onder het vereiste niveau zit",
        "gap_line": "{skill} (vereist {level}): {names}",
        "no_gaps": "Niemand van de beoordeelden zit onder het vereiste niveau van een vaardigheid.",
        "no_department": "(geen afdeling)",
        "unassessed_departments": "Nog niemand is beoordeeld. Op de kaart: {departments}.",
        "training": "Ontvangen training en coaching",
        "no_training": "Voor de mensen van {organisation} op de kaart van deze alliantie is nog"
        " geen training of coaching vastgelegd.",
        "date": "Datum",
        "person": "Persoon",
        "what": "Training",
        "addressed": "Vaardigheden",
        "workshop": "workshop",
        "joint_training": "gezamenlijke training",
        "coaching": "coaching",
        "course": "cursus",
        "staff_exchange": "uitwisseling van medewerkers",
        "other": "anders",
    },
}

COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "people": ("{count} person", "{count} people"),
        "departments": ("{count} department", "{count} departments"),
        "levels": ("{count} level", "{count} levels"),
    },
    "nl": {
        "people": ("{count} persoon", "{count} mensen"),
        "departments": ("{count} afdeling", "{count} afdelingen"),
        "levels": ("{count} niveau", "{count} niveaus"),
    },
}


def text(language: str, key: str, **params: Any) -> str:
    return TEXTS[language][key].format(**params)


def counted(language: str, key: str, count: int) -> str:
    singular, plural = COUNTED[language][key]
    return (singular if count == 1 else plural).format(count=notation.count(count, language))
