"""The questionnaire rounds in the portfolio's reminder: each open round whose deadline
has passed or is near, with how many questionnaires are still out, linked to that
alliance's rounds tab."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QObject

from alliance_desk.store.portfolio import RoundDue
from alliance_desk.ui import notation

SHOWN = 3  # rounds named one by one; the rest are counted
LINK = "round:"  # a link to a round: LINK + its id


class RoundReminder(QObject):
    """The reminder's words for rounds due."""

    def parts(self, due: Sequence[RoundDue], today: dt.date) -> list[str]:
        """HTML parts, each round a link."""
        shown = []
        for item in due[:SHOWN]:
            if item.overdue(today):
                words = self.tr(
                    "{alliance}: %n of {invited} questionnaire(s) not answered, "
                    "deadline {date} passed",
                    "",
                    item.missing,
                )
            else:
                words = self.tr(
                    "{alliance}: %n of {invited} questionnaire(s) not answered, deadline {date}",
                    "",
                    item.missing,
                )
            text = words.format(
                alliance=item.alliance,
                invited=notation.count(item.invited),
                date=notation.date_medium(item.deadline),
            )
            shown.append(f"<a href='{LINK}{item.round_id}'>{html.escape(text)}</a>")
        if len(due) > SHOWN:
            more = self.tr("%n more round(s) with questionnaires out", "", len(due) - SHOWN)
            shown.append(html.escape(more))
        return shown


def round_of(link: str) -> int | None:
    """The round a reminder link names, or None for another link."""
    if not link.startswith(LINK):
        return None
    try:
        return int(link.removeprefix(LINK))
    except ValueError:
        return None
