"""The briefing's fixed texts in every language it prints in.

``LABELS`` holds the headings, column heads, sentences and status words of the
briefing; ``COUNTED`` the texts with a count in them, in the singular and the
plural (see :func:`counted`); ``CODE_LABELS`` the names of the lifecycle stages
and stakeholder attitudes. Names of dimensions and levels come from the frameworks, and user
text from the workbook, so neither is here.
"""

from __future__ import annotations

from alliance_desk.domain import notation
from alliance_desk.domain.changes import CODE_WORDS

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Alliance briefing",
        "board_pack": "Board pack: alliance portfolio",
        "prepared_for": "Prepared for senior management of {org} · {date}",
        "overview": "Portfolio overview",
        "alliance": "Alliance",
        "partner": "Partner",
        "status": "Status",
        "stage": "Stage",
        "health": "Health trend",
        "asked": "Decisions asked",
        "appendix": "Appendix: pending decisions",
        "goals": "Goals and progress",
        "goals_ours": "Ours",
        "goals_partner": "The partner's",
        "goals_shared": "Shared",
        "trend": "Health trend (overall score)",
        "x_axis": "Health check date",
        "y_axis": "Score (1–5)",
        "views": "Our view vs the partner's",
        "dimension": "Dimension",
        "we": "Us",
        "they": "Partner",
        "joint": "Joint",
        "gap": "Gap",
        "maturity": "Alliance maturity (latest level)",
        "maturity_target": "target {level} by {date}",
        "maturity_target_missed": "missed",
        "maturity_target_reached": "reached",
        "stakeholders": "Key stakeholders and sponsor support",
        "risks": "Top risks",
        "risk": "Risk",
        "owner": "Owner",
        "score": "L×I",
        "decisions": "Decisions asked of senior management",
        "recommendation": "Recommendation",
        "deadline": "Deadline",
        "asked_of": "Asked of",
        "ahead": "Next 90 days",
        "next_check": "Next health check: {date}",
        "overdue": "overdue",
        "more": "+ {count} more",
        "none": "—",
        "no_checks": "No health checks recorded yet.",
        "no_pair": "No health check by both sides yet.",
        "no_decisions": "No decisions are asked of senior management.",
        "nothing_ahead": "Nothing falls due in the next 90 days.",
        "was": "was {old}",
        "unchanged": "unchanged since {date}",
        "sponsor": "sponsor",
        "page": "Page {page} of {pages}",
        "page_column": "Page",
        "confidential": "Confidential",
        "contents": "Contents",
        "summary": "Executive summary",
        "changes": "What changed since {date}",
        "alliances_section": "The alliances, one page each",
        "pages": "{first}–{last}",
        "more_see": "+ {count} more, see page {page}",
        "shortened": "Text ending in … is shortened; the full text is in the workbook.",
        "shortened_appendix": (
            "Text ending in … is shortened; the decisions in full are in the appendix, page {page},"
            " the rest in the workbook."
        ),
        "views_note": (
            "Checks compared: ours of {ours}, the partner's of {theirs}. Gap = our score − the"
            " partner's; + means we see it more favourably."
        ),
        "risks_note": "L×I: likelihood × impact, each 1–5; 25 is the highest.",
        "at_glance": "The portfolio at a glance",
        "chart_x": "Latest overall health (1–5)",
        "chart_y": "Change since the previous check",
        "chart_note": (
            "One mark per alliance: status by shape and colour, hollow when not assessed;"
            " those needing attention are named where there is room."
        ),
        "attention": "Needing attention: red, then amber, then falling",
        "attention_none": "No alliance is red, amber or falling.",
        "attention_rest": "+ {count} more: the portfolio overview lists them first",
        "latest": "Health",
        "overdue_heading": "Overdue",
        "warnings": "Early warnings",
        "decision": "Decision",
        "action": "Action",
        "green": "ON TRACK",
        "amber": "ATTENTION",
        "red": "AT RISK",
        "not_assessed": "NOT ASSESSED",
        "up": "↑ improving",
        "steady": "→ steady",
        "down": "↓ declining",
    },
    "nl": {
        "title": "Alliantiebriefing",
        "board_pack": "Bestuursmap: portfolio van allianties",
        "prepared_for": "Opgesteld voor het senior management van {org} · {date}",
        "overview": "Portfolio-overzicht",
        "alliance": "Alliantie",
        "partner": "Partner",
        "status": "Status",
        "stage": "Fase",
        "health": "Trend gezondheid",
        "asked": "Gevraagde besluiten",
        "appendix": "Bijlage: openstaande besluiten",
        "goals": "Doelen en voortgang",
        "goals_ours": "Onze doelen",
        "goals_partner": "Doelen van de partner",
        "goals_shared": "Gezamenlijke doelen",
        "trend": "Gezondheidstrend (totaalscore)",
        "x_axis": "Datum gezondheidscheck",
        "y_axis": "Score (1–5)",
        "views": "Ons beeld naast dat van de partner",
        "dimension": "Dimensie",
        "we": "Wij",
        "they": "Partner",
        "joint": "Gezamenlijk",
        "gap": "Verschil",
        "maturity": "Alliantievolwassenheid (laatste niveau)",
        "maturity_target": "doel {level} uiterlijk {date}",
        "maturity_target_missed": "niet gehaald",
        "maturity_target_reached": "gehaald",
        "stakeholders": "Stakeholders en steun van de sponsors",
        "risks": "Grootste risico's",
        "risk": "Risico",
        "owner": "Eigenaar",
        "score": "K×I",
        "decisions": "Besluiten gevraagd aan het senior management",
        "recommendation": "Advies",
        "deadline": "Uiterlijk",
        "asked_of": "Gevraagd aan",
        "ahead": "Komende 90 dagen",
        "next_check": "Volgende gezondheidscheck: {date}",
        "overdue": "te laat",
        "more": "+ nog {count}",
        "none": "—",
        "no_checks": "Nog geen gezondheidschecks vastgelegd.",
        "no_pair": "Nog geen gezondheidscheck door beide partijen.",
        "no_decisions": "Er worden geen besluiten gevraagd aan het senior management.",
        "nothing_ahead": "Niets met een termijn in de komende 90 dagen.",
        "was": "was {old}",
        "unchanged": "ongewijzigd sinds {date}",
        "sponsor": "sponsor",
        "page": "Pagina {page} van {pages}",
        "page_column": "Pagina",
        "confidential": "Vertrouwelijk",
        "contents": "Inhoud",
        "summary": "Managementsamenvatting",
        "changes": "Wat er is veranderd sinds {date}",
        "alliances_section": "De allianties, één pagina per alliantie",
        "pages": "{first}–{last}",
        "more_see": "+ nog {count}, zie pagina {page}",
        "shortened": (
            "Tekst die eindigt op … is ingekort; de volledige tekst staat in het werkboek."
        ),
        "shortened_appendix": (
            "Tekst die eindigt op … is ingekort; de besluiten staan volledig in de bijlage,"
            " pagina {page}, de rest in het werkboek."
        ),
        "views_note": (
            "Vergeleken checks: de onze van {ours}, die van de partner van {theirs}. Verschil ="
            " onze score − die van de partner; + betekent dat wij het gunstiger zien."
        ),
        "risks_note": "K×I: kans × impact, elk van 1 tot 5; 25 is het hoogst.",
        "at_glance": "Het portfolio in één oogopslag",
        "chart_x": "Laatste totaalscore gezondheid (1–5)",
        "chart_y": "Verandering sinds de vorige check",
        "chart_note": (
            "Eén teken per alliantie: de status in vorm en kleur, open als die niet beoordeeld is;"
            " allianties die aandacht vragen staan er met naam bij als er plaats is."
        ),
        "attention": "Vragen aandacht: eerst rood, dan oranje, dan dalend",
        "attention_none": "Geen alliantie staat op rood of oranje of gaat achteruit.",
        "attention_rest": "+ nog {count}: het portfolio-overzicht noemt ze als eerste",
        "latest": "Gezondheid",
        "overdue_heading": "Termijn verstreken",
        "warnings": "Vroegtijdige signalen",
        "decision": "Besluit",
        "action": "Actie",
        "green": "OP KOERS",
        "amber": "AANDACHT",
        "red": "IN GEVAAR",
        "not_assessed": "NIET BEOORDEELD",
        "up": "↑ verbetert",
        "steady": "→ stabiel",
        "down": "↓ verslechtert",
    },
}
# Key -> (text for a count of one, text for any other count), both with {count}.
COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "alliances": ("{count} alliance", "{count} alliances"),
        "red": ("{count} at risk", "{count} at risk"),
        "amber": ("{count} needs attention", "{count} need attention"),
        "green": ("{count} on track", "{count} on track"),
        "not_assessed": ("{count} not assessed", "{count} not assessed"),
        "asked": ("{count} decision asked", "{count} decisions asked"),
        "backlog": ("+ {count} overdue, due {date}", "+ {count} overdue, the oldest due {date}"),
        "late_decisions": (
            "{count} decision past its deadline",
            "{count} decisions past their deadline",
        ),
        "late_checks": ("{count} health check overdue", "{count} health checks overdue"),
        "late_actions": ("{count} action overdue", "{count} actions overdue"),
        "replaced": (
            "{count} character the font cannot show is printed as {mark}.",
            "{count} characters the font cannot show are printed as {mark}.",
        ),
    },
    "nl": {
        "alliances": ("{count} alliantie", "{count} allianties"),
        "red": ("{count} in gevaar", "{count} in gevaar"),
        "amber": ("{count} vraagt aandacht", "{count} vragen aandacht"),
        "green": ("{count} op koers", "{count} op koers"),
        "not_assessed": ("{count} niet beoordeeld", "{count} niet beoordeeld"),
        "asked": ("{count} gevraagd besluit", "{count} gevraagde besluiten"),
        "backlog": (
            "+ {count} punt te laat, sinds {date}",
            "+ {count} punten te laat, het oudste sinds {date}",
        ),
        "late_decisions": (
            "{count} besluit waarvan de termijn verstreken is",
            "{count} besluiten waarvan de termijn verstreken is",
        ),
        "late_checks": (
            "{count} gezondheidscheck te laat",
            "{count} gezondheidschecks te laat",
        ),
        "late_actions": ("{count} actie te laat", "{count} acties te laat"),
        "replaced": (
            "{count} teken dat het lettertype niet kent, staat er als {mark}.",
            "{count} tekens die het lettertype niet kent, staan er als {mark}.",
        ),
    },
}


def counted(language: str, key: str, count: int, **params: object) -> str:
    """The text of ``key`` for ``count`` in ``language``: singular for exactly one (in
    English and Dutch alike, zero takes the plural); thousands grouped as the language does."""
    singular, plural = COUNTED[language][key]
    shown = notation.count(count, language)
    return (singular if count == 1 else plural).format(count=shown, **params)


# Stages and attitudes as the sentences of "what changed" name them: one set of words.
CODE_LABELS: dict[str, dict[str, str]] = CODE_WORDS
