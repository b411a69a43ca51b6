"""Coded values of the domain (stored as their lower-case string value).

Labels for people live in the user interface, where they are translated; the
codes themselves are stable and appear in the workbook file and in exports.
"""

from enum import StrEnum


class AllianceType(StrEnum):
    CO_DEVELOPMENT = "co_development"
    DISTRIBUTION = "distribution"
    JOINT_VENTURE = "joint_venture"
    LICENSING = "licensing"
    CO_MARKETING = "co_marketing"
    SUPPLY = "supply"
    RESEARCH = "research"
    PUBLIC_PRIVATE = "public_private"
    OTHER = "other"


class LifecycleStage(StrEnum):
    """ISO 44001's eight stages, in order."""

    OPERATIONAL_AWARENESS = "operational_awareness"
    KNOWLEDGE = "knowledge"
    INTERNAL_ASSESSMENT = "internal_assessment"
    PARTNER_SELECTION = "partner_selection"
    WORKING_TOGETHER = "working_together"
    VALUE_CREATION = "value_creation"
    STAYING_TOGETHER = "staying_together"
    EXIT_STRATEGY = "exit_strategy"


class Rag(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class Side(StrEnum):
    """Which organisation a person or an assessment belongs to."""

    US = "us"
    PARTNER = "partner"


class RespondentSide(StrEnum):
    """Who filled in an evaluation."""

    US = "us"
    PARTNER = "partner"
    JOINT = "joint"


class GoalKind(StrEnum):
    OURS = "ours"
    PARTNER = "partner"
    SHARED = "shared"


class Attitude(StrEnum):
    """From most to least supportive."""

    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    CRITIC = "critic"
    BLOCKER = "blocker"


class Direction(StrEnum):
    """Where a stakeholder stands from the alliance manager's point of view."""

    UPWARDS = "upwards"
    SIDEWARDS = "sidewards"
    DOWNWARDS = "downwards"
    OUTWARDS = "outwards"


class Seniority(StrEnum):
    EXECUTIVE = "executive"
    SENIOR = "senior"
    MIDDLE = "middle"
    OPERATIONAL = "operational"


class FrameworkKind(StrEnum):
    EVALUATION = "evaluation"
    MATURITY = "maturity"
    SKILLS = "skills"  # the collaborative skills of people, assessed per person


class TrainingKind(StrEnum):
    """How a person was helped to develop collaborative skills."""

    WORKSHOP = "workshop"
    JOINT_TRAINING = "joint_training"  # together with people of the partner
    COACHING = "coaching"
    COURSE = "course"
    STAFF_EXCHANGE = "staff_exchange"
    OTHER = "other"


class MeetingKind(StrEnum):
    STEERING_COMMITTEE = "steering_committee"
    EXECUTIVE_REVIEW = "executive_review"
    OPERATIONAL_REVIEW = "operational_review"
    WORKSHOP = "workshop"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class DecisionStatus(StrEnum):
    PENDING = "pending"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATING = "mitigating"
    CLOSED = "closed"


class RoundKind(StrEnum):
    """What a questionnaire round asks: a health check of the alliance, or each
    organisation's self-assessment of its alliance maturity."""

    HEALTH = "health"
    MATURITY = "maturity"


class RoundStatus(StrEnum):
    OPEN = "open"  # questionnaires out, answers coming in
    CLOSED = "closed"  # no more answers are taken


class Language(StrEnum):
    """The language a respondent's questionnaire is written in."""

    EN = "en"
    NL = "nl"
