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
        "dimension": "Dimension",
        "meaning": "What it means",
        "answer": "Your answer",
        "comment": "Comment",
        "scale": "The levels",
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
        "dimension": "Dimensie",
        "meaning": "Wat het betekent",
        "answer": "Uw antwoord",
        "comment": "Toelichting",
        "scale": "De niveaus",
    },
}


# The joint results report.
REPORT: dict[str, dict[str, str]] = {
    "en": {
        "title_health": "Joint results: health check of {alliance}",
        "title_maturity": "Joint results: alliance maturity self-assessment, {alliance}",
        "subtitle": "Round {round} of {date} · {ours} and {partner}",
        "answered": "{side}: {answered} of {invited} answered",
        "chart": "Scores per dimension: each side's mean (marker) and the range from its lowest"
        " to its highest answer (line)",
        "scale_axis": "1 = {low} … {top} = {high}",
        "table": "Both sides per dimension",
        "dimension": "Dimension",
        "mean": "Mean",
        "range": "Range",
        "n": "n",
        "gap": "Gap",
        "gap_note": "Gap: {ours} minus {partner}; a gap of {gap} or more is a perception gap"
        " to discuss. Range: lowest to highest answer; {spread} points or more between a"
        " side's own people (marked ↕) is a disagreement to discuss.",
        "topics": "Topics for the joint session",
        "topic_gap": "{dimension}: {ours} sees it {more} than {partner} ({gap}).",
        "more": "more favourably",
        "less": "less favourably",
        "topic_spread": "{dimension}: the people of {side} disagree ({low} to {high}).",
        "no_topics": "No perception gap of {gap} or more and no disagreement within a side.",
        "comments": "Comments",
        "no_comments": "No comments were given.",
        "anonymous": "anonymous",
        "actions": "Action plan agreed in the joint session",
        "action": "Action",
        "owner": "Owner",
        "due": "Due",
        "agreed": "Agreed on ______________ by ______________________ and ______________________",
        "page": "Page {page} of {pages}",
        "footer": "{alliance} · joint results of round {round}",
        "none": "–",
    },
    "nl": {
        "title_health": "Gezamenlijke uitkomsten: gezondheidscheck van {alliance}",
        "title_maturity": "Gezamenlijke uitkomsten: zelfbeoordeling alliantievolwassenheid,"
        " {alliance}",
        "subtitle": "Ronde {round} van {date} · {ours} en {partner}",
        "answered": "{side}: {answered} van {invited} beantwoord",
        "chart": "Scores per dimensie: het gemiddelde van elke kant (markering) en de spreiding"
        " van het laagste tot het hoogste antwoord (lijn)",
        "scale_axis": "1 = {low} … {top} = {high}",
        "table": "Beide kanten per dimensie",
        "dimension": "Dimensie",
        "mean": "Gem.",
        "range": "Spreiding",
        "n": "n",
        "gap": "Verschil",
        "gap_note": "Verschil: {ours} min {partner}; een verschil van {gap} of meer is een"
        " verschil in beeld om te bespreken. Spreiding: laagste tot hoogste antwoord;"
        " {spread} punten of meer tussen de eigen mensen van een kant (gemarkeerd ↕) is"
        " onenigheid om te bespreken.",
        "topics": "Onderwerpen voor de gezamenlijke sessie",
        "topic_gap": "{dimension}: {ours} ziet het {more} dan {partner} ({gap}).",
        "more": "positiever",
        "less": "minder positief",
        "topic_spread": "{dimension}: de mensen van {side} verschillen van mening ({low} tot"
        " {high}).",
        "no_topics": "Geen verschil in beeld van {gap} of meer en geen onenigheid binnen een kant.",
        "comments": "Toelichtingen",
        "no_comments": "Er zijn geen toelichtingen gegeven.",
        "anonymous": "anoniem",
        "actions": "Actieplan, afgesproken in de gezamenlijke sessie",
        "action": "Actie",
        "owner": "Eigenaar",
        "due": "Gereed op",
        "agreed": "Afgesproken op ______________ door ______________________ en"
        " ______________________",
        "page": "Pagina {page} van {pages}",
        "footer": "{alliance} · gezamenlijke uitkomsten van ronde {round}",
        "none": "–",
    },
}


def text(language: str, key: str, **params: Any) -> str:
    return TEXTS[language][key].format(**params)


def report_text(language: str, key: str, **params: Any) -> str:
    return REPORT[language][key].format(**params)
