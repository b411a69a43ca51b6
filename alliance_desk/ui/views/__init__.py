"""The pages of the main window, one module each."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

# The pages in navigation order: module, class (also its translation context), title.
PAGES: tuple[tuple[str, str, str], ...] = (
    (
        "alliance_desk.ui.views.portfolio",
        "PortfolioView",
        QT_TRANSLATE_NOOP("PortfolioView", "Portfolio"),
    ),
    ("alliance_desk.ui.views.profile", "ProfileView", QT_TRANSLATE_NOOP("ProfileView", "Profile")),
    (
        "alliance_desk.ui.views.stakeholders",
        "StakeholdersView",
        QT_TRANSLATE_NOOP("StakeholdersView", "Stakeholders"),
    ),
    (
        "alliance_desk.ui.views.evaluations",
        "EvaluationsView",
        QT_TRANSLATE_NOOP("EvaluationsView", "Evaluations"),
    ),
    (
        "alliance_desk.ui.views.maturity",
        "MaturityView",
        QT_TRANSLATE_NOOP("MaturityView", "Maturity"),
    ),
    (
        "alliance_desk.ui.views.follow_up",
        "FollowUpView",
        QT_TRANSLATE_NOOP("FollowUpView", "Actions & decisions"),
    ),
    (
        "alliance_desk.ui.views.meetings",
        "MeetingsView",
        QT_TRANSLATE_NOOP("MeetingsView", "Meetings"),
    ),
    (
        "alliance_desk.ui.views.organisations",
        "OrganisationsView",
        QT_TRANSLATE_NOOP("OrganisationsView", "Organisations"),
    ),
    ("alliance_desk.ui.views.history", "HistoryView", QT_TRANSLATE_NOOP("HistoryView", "History")),
)
PROFILE_ROW = 1  # "the first page about one alliance", shown when an alliance is chosen
