"""The headline of each alliance in the capability report: what management should take
from the page, in a few sentences, before the tables.

The first sentence is the finding that matters most: a missed development
target, else a skills gap, else how far the plan is. The ours edition ends with
the case that collaboration runs through our departments, not through the
alliance manager alone.
"""

from __future__ import annotations

from alliance_desk.domain import notation
from alliance_desk.domain.evaluations import Dimension
from alliance_desk.reports.capability_facts import (
    CapabilityFacts,
    Edition,
    MaturityLine,
    SupportState,
    TargetState,
)
from alliance_desk.reports.capability_text import counted, text


def _name(dimension: Dimension, language: str) -> str:
    return str(getattr(dimension, f"name_{language}") or dimension.name_en)


def _levels(value: float, language: str) -> str:
    shown = notation.level(value, language)
    word = {"en": ("level", "levels"), "nl": ("niveau", "niveaus")}[language]
    return f"{shown} {word[0] if value == 1 else word[1]}"


def plan_sentences(facts: CapabilityFacts, language: str) -> list[str]:
    """How far the plan is: targets reached, those missed, the next one due, the support."""
    if not facts.targets:
        return [text(language, "no_plan", organisation=facts.organisation)]
    progress = facts.progress
    said = [
        text(
            language,
            "plan",
            organisation=facts.organisation,
            reached=progress.targets_reached,
            targets=progress.targets,
        )
    ]
    levels = {line.dimension.id: line for line in facts.maturity}
    missed = facts.missed()
    if missed:
        items = []
        for target in missed:
            line: MaturityLine | None = levels.get(target.dimension.id)
            level = None if line is None else line.level
            date = notation.date_medium(target.target_date, language)
            name = _name(target.dimension, language)
            if level is None:
                items.append(
                    text(
                        language,
                        "missed_unassessed",
                        dimension=name,
                        target=target.target_level,
                        date=date,
                    )
                )
            else:
                items.append(
                    text(
                        language,
                        "missed_item",
                        dimension=name,
                        level=notation.level(level, language),
                        target=target.target_level,
                        date=date,
                    )
                )
        said.append(text(language, "missed", items="; ".join(items)))
    underway = [target for target in facts.targets if target.state is TargetState.UNDERWAY]
    if underway:
        first = underway[0]  # targets are in date order
        line = levels.get(first.dimension.id)
        params = {
            "dimension": _name(first.dimension, language),
            "target": first.target_level,
            "date": notation.date_medium(first.target_date, language),
        }
        if line is None or line.distance is None:
            said.append(text(language, "next_unassessed", **params))
        else:
            said.append(text(language, "next", distance=_levels(line.distance, language), **params))
    support = facts.support()
    if support:
        said.append(
            text(
                language,
                "support",
                done=sum(1 for item in support if item.state is SupportState.DONE),
                actions=len(support),
                overdue=sum(1 for item in support if item.state is SupportState.OVERDUE),
            )
        )
    return said


def skills_sentence(facts: CapabilityFacts, language: str) -> str:
    total = facts.total
    people = counted(language, "people", total.people)
    departments = counted(language, "departments", len(facts.departments))
    assessed = total.assessed_people
    if assessed == 0:
        return text(
            language,
            "skills_none",
            organisation=facts.organisation,
            people=people,
            departments=departments,
        )
    below = facts.people_below()
    widest = facts.widest_gap()
    if widest is None:
        return text(
            language,
            "skills_fine",
            people=people,
            departments=departments,
            organisation=facts.organisation,
            other=facts.other,
            assessed=assessed,
        )
    skill, count = widest
    return text(
        language,
        "skills_gap",
        people=people,
        departments=departments,
        organisation=facts.organisation,
        other=facts.other,
        below=len(below),
        assessed=assessed,
        skill=_name(skill, language),
        count=count,
    )


def case_sentence(facts: CapabilityFacts, language: str) -> str | None:
    """Ours edition: collaboration runs through our departments (None without any)."""
    if facts.edition is not Edition.OURS or not facts.departments:
        return None
    none = text(language, "no_department")
    return text(
        language,
        "case",
        other=facts.other,
        departments=counted(language, "departments", len(facts.departments)),
        names=", ".join(item.department or none for item in facts.departments),
        linked=counted(language, "people", facts.total.with_counterpart),
    )


def findings(facts: CapabilityFacts, language: str) -> list[str]:
    """The headline sentences, the most important first."""
    plan = plan_sentences(facts, language)
    skills = skills_sentence(facts, language)
    gap = facts.widest_gap() is not None
    if facts.missed() or not gap:
        said = [" ".join(plan), skills]
    else:
        said = [skills, " ".join(plan)]
    case = case_sentence(facts, language)
    if case:
        said.append(case)
    return said
