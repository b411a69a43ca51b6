"""Which assessment of a stakeholder is their current one, as SQL: the stakeholder map and
the portfolio's signals read it the same way. A module of its own: the signals are judged
before the window's first paint, the map (its record types and queries) is not needed
then (issue 15, start-up)."""

from __future__ import annotations

# The id of the newest assessment of the stakeholder of the row being read (``stakeholder``).
LATEST_ASSESSMENT = (
    "(SELECT latest.id FROM stakeholder_assessment AS latest"
    " WHERE latest.stakeholder_id = stakeholder.id"
    " ORDER BY latest.assessed_on DESC, latest.id DESC LIMIT 1)"
)
