"""What a questionnaire file carries to be recognised when it comes back, and its seal.

Each file names the workbook, the round, the slot, the round's kind and the
dimensions and scale it asks, as one canonical JSON text. The text is sealed
with an HMAC-SHA256 under a secret that only the workbook holds, so a file
from another workbook, or one whose identity or questions were altered, is
told apart from a genuine one; the answers are read back by dimension code,
never by byte layout, so a file that Excel or LibreOffice saved again (new
styles, shared strings, dates) still matches.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
from typing import Any

FORMAT = "alliance_desk questionnaire"
FORMAT_VERSION = 1
PAYLOAD_MAX = 20_000  # characters: far above 60 dimensions, far below a cell's limit

# Where the files keep what is read back (written by reports, read by the store).
XLSX_SHEET = "Questionnaire"
XLSX_ID_SHEET = "ID"  # very hidden: the payload in A1, its seal in A2, the levels in column C
XLSX_CODE_COLUMN = 6  # F: each answer row's dimension code (hidden)
XLSX_ANSWER_COLUMN = 3  # C
XLSX_COMMENT_COLUMN = 4  # D
XLSX_HEADER_MARK = "alliance_desk:answers"  # in the code column of the header row
PDF_PAYLOAD_FIELD = "alliance_desk_identity"
PDF_MARK_FIELD = "alliance_desk_seal"


def pdf_answer_field(code: str) -> str:
    return f"answer_{code}"


def pdf_comment_field(code: str) -> str:
    return f"comment_{code}"


@dataclasses.dataclass(frozen=True)
class QuestionnaireIdentity:
    workbook_id: str
    round_id: int
    slot_id: int
    kind: str
    language: str
    dimensions: tuple[tuple[int, str], ...]  # (dimension id, code) in the order asked
    levels: tuple[int, ...]  # the scale's values

    def payload(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "workbook": self.workbook_id,
                "round": self.round_id,
                "slot": self.slot_id,
                "kind": self.kind,
                "language": self.language,
                "dimensions": [list(item) for item in self.dimensions],
                "levels": list(self.levels),
            },
            ensure_ascii=True,
            sort_keys=True,
            separators=(",", ":"),
        )

    def codes(self) -> list[str]:
        return [code for _, code in self.dimensions]


def seal(payload: str, secret: bytes) -> str:
    return hmac.new(secret, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def is_sealed(payload: str, mark: str, secret: bytes) -> bool:
    return hmac.compare_digest(seal(payload, secret), mark.strip().lower())


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not a whole number")
    return value


def parse_identity(payload: object) -> QuestionnaireIdentity:
    """The identity in a file's payload; ValueError if it is not one (not what we wrote)."""
    if not isinstance(payload, str) or len(payload) > PAYLOAD_MAX:
        raise ValueError("no identity")
    data = json.loads(payload)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a questionnaire")
    if data.get("version") != FORMAT_VERSION:
        raise ValueError("another questionnaire version")
    dimensions = data["dimensions"]
    if not isinstance(dimensions, list) or not all(
        isinstance(item, list)
        and len(item) == 2
        and isinstance(item[1], str)
        and _whole(item[0]) > 0
        for item in dimensions
    ):
        raise ValueError("malformed dimensions")
    workbook, kind, language = data["workbook"], data["kind"], data["language"]
    if not all(isinstance(value, str) for value in (workbook, kind, language)):
        raise ValueError("malformed identity")
    return QuestionnaireIdentity(
        workbook_id=workbook,
        round_id=_whole(data["round"]),
        slot_id=_whole(data["slot"]),
        kind=kind,
        language=language,
        dimensions=tuple((int(item[0]), str(item[1])) for item in dimensions),
        levels=tuple(_whole(value) for value in data["levels"]),
    )


def level_label(value: int, name: str) -> str:
    """How a level is offered in a drop-down or a choice field: "3 - Repeatable"."""
    return f"{value} - {name}"


def level_of(answer: object, levels: tuple[int, ...]) -> int | None:
    """The level an answer cell or field holds: None for blank; ValueError when it is not a
    level of the scale. Takes "3 - Repeatable" (as offered), "3" or the number 3 (a
    spreadsheet may store a typed digit as a number)."""
    if answer is None:
        return None
    if isinstance(answer, bool):
        raise ValueError(answer)
    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)
    if isinstance(answer, int):
        value = answer
    elif isinstance(answer, str):
        text = answer.strip()
        if not text:
            return None
        head = text.split("-", 1)[0].strip()
        if not head.isdigit() or len(head) > 2:
            raise ValueError(answer)
        value = int(head)
    else:
        raise ValueError(answer)
    if value not in levels:
        raise ValueError(answer)
    return value
