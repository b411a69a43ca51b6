"""The rules of collaborative skills: a person's current level per skill, and a department's
standing per skill (people, mean, lowest, who is below the required level)."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desk.domain.codes import Side
from alliance_desk.domain.skills import (
    LevelGiven,
    Person,
    SkillScore,
    Training,
    current_levels,
    department_skills,
    organisation_total,
)
from alliance_desk.domain.validation import ValidationError

DAY = dt.date(2026, 3, 1)


def test_the_latest_assessment_gives_the_current_level() -> None:
    given = [
        LevelGiven(1, 2, DAY, 10),
        LevelGiven(1, 4, DAY + dt.timedelta(days=30), 11),
        LevelGiven(2, 3, DAY, 10),
    ]
    current = current_levels(given)
    assert {skill: item.level for skill, item in current.items()} == {1: 4, 2: 3}


def test_a_skill_left_out_of_the_re_assessment_keeps_its_earlier_level() -> None:
    given = [LevelGiven(1, 2, DAY, 10), LevelGiven(2, 1, DAY, 10), LevelGiven(1, 3, DAY, 12)]
    assert current_levels(given)[2].level == 1


def test_on_the_same_day_the_later_record_wins_whatever_the_order() -> None:
    given = [LevelGiven(1, 5, DAY, 12), LevelGiven(1, 2, DAY, 11)]
    assert current_levels(given)[1].level == 5
    assert current_levels(reversed(given))[1].level == 5


def _person(number: int, side: Side, department: str, **levels: int) -> Person:
    return Person(
        stakeholder_id=number,
        name=f"P{number}",
        side=side,
        department=department,
        levels={int(key[1:]): value for key, value in levels.items()},
        has_counterpart=number % 2 == 0,
    )


def test_a_department_shows_its_people_mean_lowest_and_gap() -> None:
    people = [
        _person(1, Side.US, "Sales", s1=2, s2=4),
        _person(2, Side.US, "Sales", s1=4),
        _person(3, Side.US, "Sales"),  # not assessed: counted as a person, not in the levels
        _person(4, Side.PARTNER, "R&D", s1=1, s2=1),
        _person(5, Side.US, "finance", s1=3, s2=3),
    ]
    (finance, sales, research) = department_skills(people, [(1, 3), (2, None)])

    assert (finance.department, sales.department, research.department) == (
        "finance",
        "Sales",
        "R&D",
    )
    assert sales.side is Side.US and research.side is Side.PARTNER
    assert sales.people == 3 and sales.with_counterpart == 1 and sales.assessed_people == 2
    first, second = sales.skills
    assert (first.assessed, first.mean, first.lowest, first.below_people) == (2, 3.0, 2, ("P1",))
    assert first.has_gap and sales.gaps == 1
    # A skill without a required level has no gap, whatever the levels.
    assert (second.assessed, second.mean, second.below) == (1, 4.0, 0)
    assert research.skills[0].below_people == ("P4",)
    assert finance.gaps == 0


def test_nobody_assessed_gives_no_mean_and_no_gap() -> None:
    (only,) = department_skills([_person(1, Side.US, "Legal")], [(1, 3)])
    assert only.skills[0].mean is None and only.skills[0].lowest is None
    assert only.gaps == 0 and only.assessed_people == 0


def test_the_organisation_total_takes_every_department_of_its_side() -> None:
    people = [
        _person(1, Side.US, "Sales", s1=2),
        _person(2, Side.US, "R&D", s1=5),
        _person(3, Side.PARTNER, "Sales", s1=1),
    ]
    total = organisation_total(Side.US, people, [(1, 3)])
    assert total.people == 2 and total.skills[0].mean == 3.5
    assert total.skills[0].below_people == ("P1",)


def test_levels_and_training_are_checked_like_every_record() -> None:
    with pytest.raises(ValidationError):
        SkillScore(assessment_id=1, dimension_id=1, level=6)
    with pytest.raises(ValidationError):
        Training(stakeholder_id=1, received_on=DAY, title="")
    with pytest.raises(ValidationError):
        Training(stakeholder_id=1, received_on=DAY, title="Workshop", kind="lecture")
