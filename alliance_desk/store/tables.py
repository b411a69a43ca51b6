"""Which record type lives in which table, in an order that respects references."""

from __future__ import annotations

from alliance_desk.domain.development_records import DevelopmentPlan, DevelopmentTarget
from alliance_desk.domain.evaluations import (
    Dimension,
    Evaluation,
    EvaluationScore,
    Framework,
    MaturityAssessment,
    MaturityScore,
    PulseCheck,
    ScaleLevel,
)
from alliance_desk.domain.follow_up import Action, Decision, Meeting, Risk
from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.domain.record import Record
from alliance_desk.domain.rounds import QuestionnaireRound, RoundAnswer, RoundRespondent
from alliance_desk.domain.skills import SkillAssessment, SkillScore, Training, TrainingSkill
from alliance_desk.domain.stakeholders import Counterpart, Stakeholder, StakeholderAssessment

# Parents before children: the order for import, and for counting in `info`.
RECORD_TYPES: tuple[type[Record], ...] = (
    Organisation,
    Alliance,
    Goal,
    Stakeholder,
    StakeholderAssessment,
    Counterpart,
    Framework,
    Dimension,
    ScaleLevel,
    QuestionnaireRound,
    RoundRespondent,
    RoundAnswer,
    Evaluation,
    EvaluationScore,
    PulseCheck,
    MaturityAssessment,
    MaturityScore,
    DevelopmentPlan,
    DevelopmentTarget,
    SkillAssessment,
    SkillScore,
    Training,
    TrainingSkill,
    Meeting,
    Action,
    Decision,
    Risk,
)

RECORD_TYPE_BY_TABLE: dict[str, type[Record]] = {cls.TABLE: cls for cls in RECORD_TYPES}

# Tables that are not domain records but belong to the workbook all the same.
AUDIT_COLUMNS = (
    "id",
    "changed_at",
    "table_name",
    "record_id",
    "change",
    "field",
    "old_value",
    "new_value",
)
INFO_COLUMNS = ("key", "value")
