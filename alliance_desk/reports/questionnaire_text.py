"""The words of the questionnaire files and of the joint results report, in English and Dutch.

Plain Python like the briefing's texts (:mod:`briefing_text`): the files are
read by people outside the app, in their own language.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title_health": "Health check of the alliance {alliance}",
        "title_maturity": "Alliance maturity self-assessment of {organisation}",
        "intro_health": (
            "{ours} and {partner} ask the people who work in this alliance, on both sides, how"
            " they see it. The answers of both organisations are put side by side and"
            " discussed together in a joint session."
        ),
        "intro_maturity": (
            "How able is {organisation} to work in alliances? Both organisations assess"
            " themselves on the same dimensions; the results are discussed together, to see"
            " where each can grow."
        ),
        "how_xlsx": (
            "For each dimension choose the level that fits best in the column 'Your answer' (a"
            " list appears when you select the cell), and add a comment if you wish. Leave a"
            " dimension blank if you cannot judge it."
        ),
        "how_pdf": (
            "For each dimension choose the level that fits best, and add a comment if you wish."
            " Leave a dimension blank if you cannot judge it. Fill it in with any PDF reader or"
            " web browser and save it."
        ),
        "anonymous": (
            "Your answers are anonymous: only your side ({side}), department and role are kept"
            " with them."
        ),
        "named": "Your name ({name}) is kept with your answers.",
        "return": (
            "Save the file and send it back by {deadline}. Keep its layout: the file carries a"
            " code that links your answers to this round."
        ),
        "return_no_deadline": (
            "Save the file and send it back. Keep its layout: the file carries a code that"
            " links your answers to this round."
        ),
        "respondent": "{side} · {department}",
        "side_us": "{ours}",
        "side_partner": "{partner}",
        "dimension": "Dimension",
        "meaning": "What it means",
        "answer": "Your answer",
        "comment": "Comment",
        "scale": "The levels",
        "no_answer": "(no answer)",
    },
    "nl": {
        "title_health": "Gezondheidscheck van de alliantie {alliance}",
        "title_maturity": "Zelfbeoordeling alliantievolwassenheid van {organisation}",
        "intro_health": (
            "{ours} en {partner} vragen de mensen die aan beide kanten in deze alliantie"
            " werken hoe zij haar zien. De antwoorden van beide organisaties worden naast"
            " elkaar gelegd en samen besproken in een gezamenlijke sessie."
        ),
        "intro_maturity": (
            "Hoe goed kan {organisation} samenwerken in allianties? Beide organisaties"
            " beoordelen zichzelf op dezelfde dimensies; de uitkomsten worden samen besproken,"
            " om te zien waar elk kan groeien."
        ),
        "how_xlsx": (
            "Kies per dimensie in de kolom 'Uw antwoord' het niveau dat het best past (er"
            " verschijnt een lijst als u de cel kiest), en geef desgewenst een toelichting."
            " Laat een dimensie leeg als u die niet kunt beoordelen."
        ),
        "how_pdf": (
            "Kies per dimensie het niveau dat het best past, en geef desgewenst een"
            " toelichting. Laat een dimensie leeg als u die niet kunt beoordelen. Vul het"
            " formulier in met een pdf-lezer of webbrowser en sla het op."
        ),
        "anonymous": (
            "Uw antwoorden zijn anoniem: alleen uw kant ({side}), afdeling en rol worden erbij"
            " bewaard."
        ),
        "named": "Uw naam ({name}) wordt bij uw antwoorden bewaard.",
        "return": (
            "Sla het bestand op en stuur het uiterlijk {deadline} terug. Laat de opmaak zoals"
            " die is: het bestand draagt een code die uw antwoorden aan deze ronde koppelt."
        ),
        "return_no_deadline": (
            "Sla het bestand op en stuur het terug. Laat de opmaak zoals die is: het bestand"
            " draagt een code die uw antwoorden aan deze ronde koppelt."
        ),
        "respondent": "{side} · {department}",
        "side_us": "{ours}",
        "side_partner": "{partner}",
        "dimension": "Dimensie",
        "meaning": "Wat het betekent",
        "answer": "Uw antwoord",
        "comment": "Toelichting",
        "scale": "De niveaus",
        "no_answer": "(geen antwoord)",
    },
}


def text(language: str, key: str, **params: Any) -> str:
    return TEXTS[language][key].format(**params)
