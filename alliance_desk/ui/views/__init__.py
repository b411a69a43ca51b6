"""The pages of the main window: one sub-package per page, holding its models and dialogs
(``page.py`` has the page itself)."""

from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP

# The pages in navigation order: module, class (also its translation context), title.
PAGES: tuple[tuple[str, str, str], ...] = (
    (
        "alliance_desk.ui.views.portfolio.page",
        "PortfolioView",
        QT_TRANSLATE_NOOP("PortfolioView", "Portfolio"),
    ),
    (
        "alliance_desk.ui.views.profile.page",
        "ProfileView",
        QT_TRANSLATE_NOOP("ProfileView", "Profile"),
    ),
    (
        "alliance_desk.ui.views.stakeholders.page",
        "StakeholdersView",
        QT_TRANSLATE_NOOP("StakeholdersView", "Stakeholders"),
    ),
    (
        "alliance_desk.ui.views.evaluations.page",
        "EvaluationsView",
        QT_TRANSLATE_NOOP("EvaluationsView", "Evaluations"),
    ),
    (
        "alliance_desk.ui.views.maturity.page",
        "MaturityView",
        QT_TRANSLATE_NOOP("MaturityView", "Maturity"),
    ),
    (
        "alliance_desk.ui.views.follow_up.page",
        "FollowUpView",
        QT_TRANSLATE_NOOP("FollowUpView", "Actions & decisions"),
    ),
    (
        "alliance_desk.ui.views.meetings.page",
        "MeetingsView",
        QT_TRANSLATE_NOOP("MeetingsView", "Meetings"),
    ),
    (
        "alliance_desk.ui.views.organisations.page",
        "OrganisationsView",
        QT_TRANSLATE_NOOP("OrganisationsView", "Organisations"),
    ),
    (
        "alliance_desk.ui.views.history.page",
        "HistoryView",
        QT_TRANSLATE_NOOP("HistoryView", "History"),
    ),
)
PROFILE_ROW = 1  # "the first page about one alliance", shown when an alliance is chosen
