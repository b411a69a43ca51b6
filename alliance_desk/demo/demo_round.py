"""The small demo's questionnaire round: a health check of the Dutch home-monitoring
partnership, asked of nine people on both sides, with six answers in and three missing
before the deadline.

The round is made through the store like any other; its identity is fixed (not random)
so the same arguments still give the same workbook.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from alliance_desk.domain.codes import Language, RoundKind, Side
from alliance_desk.store import round_results, rounds
from alliance_desk.store.db import Database

ALLIANCE = "Thuismonitoring Oost public-private partnership"
HELD_ON = "2026-11-02"  # in content dates (the demo's today is 2026-11-15)
DEADLINE = "2026-11-24"
ANSWERED_ON = "2026-11-09"

# Side, department, role, stakeholder (named) or None (anonymous), language, and the answers
# (strategic fit, value creation, operational effectiveness, governance, relationship,
# executive support, learning) with a comment on some; None: not answered yet.
_SLOTS: tuple[tuple[Side, str, str | None, str | None, Language, object], ...] = (
    (
        Side.US,
        "Sales",
        "Account manager",
        "Mark Hoekstra",
        Language.EN,
        [
            (5, None),
            (4, None),
            (4, None),
            (3, "Steering decisions wait for the hospital board."),
            (5, None),
            (5, None),
            (4, None),
        ],
    ),
    (
        Side.US,
        "R&D",
        "Engineer",
        None,
        Language.EN,
        [
            (4, None),
            (4, None),
            (5, "Data exchange with the ward runs smoothly now."),
            (3, None),
            (4, None),
            (5, None),
            (4, None),
        ],
    ),
    (
        Side.US,
        "Quality & Regulatory",
        None,
        None,
        Language.EN,
        [
            (5, None),
            (4, None),
            (3, None),
            (2, "Nobody owns the grant reporting calendar."),
            (4, None),
            (4, None),
            (5, "The readmission study is a model for other pilots."),
        ],
    ),
    (
        Side.US,
        "Finance",
        "Controller",
        None,
        Language.EN,
        [(4, None), (5, None), (4, None), (4, None), (4, None), (4, None), (4, None)],
    ),
    (Side.US, "Legal", None, None, Language.EN, None),
    (
        Side.PARTNER,
        "Cardiology",
        "Cardiologist",
        None,
        Language.NL,
        [
            (5, None),
            (5, "Minder heropnames, dat zien patiënten ook."),
            (4, None),
            (4, None),
            (5, None),
            (4, None),
            (5, None),
        ],
    ),
    (Side.PARTNER, "Cardiology", "Nurse specialist", None, Language.NL, None),
    (
        Side.PARTNER,
        "IT",
        None,
        None,
        Language.NL,
        [
            (4, None),
            (5, None),
            (5, None),
            (4, "Besluiten over de koppeling duren te lang."),
            (5, None),
            (4, None),
            (4, None),
        ],
    ),
    (Side.PARTNER, "Legal", None, None, Language.NL, None),
)


def add_demo_round(db: Database, shift: object, anchor: dt.date) -> None:
    """Make the round (dates moved by ``shift``, a content date to the demo's) and store
    the answers that are in."""
    assert callable(shift)
    alliance_id = db.scalar("SELECT id FROM alliance WHERE name = :name", {"name": ALLIANCE})
    people = dict(
        db.tuples("SELECT name, id FROM stakeholder WHERE alliance_id = :id", {"id": alliance_id})
    )
    # A fixed identity: the demo is the same for the same arguments (and holds no secrets).
    seed = f"alliance_desk small demo {anchor.isoformat()}"
    db.execute(
        "INSERT OR REPLACE INTO workbook_info (key, value) VALUES (:k1, :v1), (:k2, :v2)",
        {
            "k1": rounds.WORKBOOK_ID_KEY,
            "v1": hashlib.sha256(seed.encode()).hexdigest()[:32],
            "k2": rounds.SECRET_KEY,
            "v2": hashlib.sha256(f"{seed} secret".encode()).hexdigest(),
        },
    )
    slots = [
        rounds.Slot(
            side,
            department,
            role,
            stakeholder_id=people.get(name) if name else None,
            anonymous=name is None,
            language=language,
        )
        for side, department, role, name, language, _ in _SLOTS
    ]
    made = rounds.create_round(
        db,
        int(alliance_id),
        RoundKind.HEALTH,
        dt.date.fromisoformat(shift(HELD_ON)),
        slots,
        deadline=dt.date.fromisoformat(shift(DEADLINE)),
    )
    asked = [item.id for item in made.framework_snapshot.dimensions]
    answered_on = dt.date.fromisoformat(shift(ANSWERED_ON))
    for slot, (*_, given) in zip(rounds.respondents(db, made.id or 0), _SLOTS, strict=True):
        if given is not None:
            assert isinstance(given, list)
            round_results.put_answers(db, slot, dict(zip(asked, given, strict=True)), answered_on)
    round_results.refresh_results(db, made.id or 0)
