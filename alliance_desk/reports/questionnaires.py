"""The questionnaire files of a round: one per respondent slot, as XLSX or fillable PDF.

What each file shows and carries is gathered here once (:class:`Questionnaire`);
:mod:`questionnaire_xlsx` and :mod:`questionnaire_pdf` lay it out. Every file
is written under a temporary name and moved into place when complete.
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from alliance_desk.domain import notation
from alliance_desk.domain.codes import Language, RoundKind, Side
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.questionnaire import QuestionnaireIdentity, seal
from alliance_desk.domain.rounds import FrameworkSnapshot, QuestionnaireRound, RoundRespondent
from alliance_desk.domain.stakeholders import Stakeholder
from alliance_desk.reports.questionnaire_text import text
from alliance_desk.store import records, rounds
from alliance_desk.store.db import Database
from alliance_desk.store.errors import StorageFailure

FORMATS = ("xlsx", "pdf")


@dataclasses.dataclass(frozen=True)
class Questionnaire:
    """One respondent's questionnaire: its words in one language and its sealed identity."""

    identity: QuestionnaireIdentity
    mark: str  # the seal of identity.payload()
    language: str
    snapshot: FrameworkSnapshot
    slot: RoundRespondent
    title: str
    lines: tuple[str, ...]  # the instructions, paragraph by paragraph
    respondent: str  # "Kestrel Systems · Finance · Controller"

    @property
    def payload(self) -> str:
        return self.identity.payload()

    def file_stem(self) -> str:
        parts = [
            f"round{self.identity.round_id}",
            f"{self.identity.slot_id:03d}",
            self.slot.side.value,
            self.slot.department,
            self.slot.role or "",
        ]
        return "-".join(part for part in (_slug(item) for item in parts) if part)


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_")[:40]


def questionnaires(
    db: Database, round_id: int, language: Language | None = None
) -> list[Questionnaire]:
    """Every slot's questionnaire, in the slot's language unless ``language`` is given."""
    made = records.get(db, QuestionnaireRound, round_id)
    found = rounds.identity(db)
    if found is None:
        raise ValueError("the workbook has no questionnaire identity; make the round again")
    workbook_id, secret = found
    alliance = records.get(db, Alliance, made.alliance_id)
    partner = records.get(db, Organisation, alliance.partner_id).name
    own = records.select(db, Organisation, "is_own = 1")
    ours = own[0].name if own else "?"
    result = []
    for slot in rounds.respondents(db, round_id):
        assert slot.id is not None
        lang = (language or slot.language).value
        identity = QuestionnaireIdentity(
            workbook_id=workbook_id,
            round_id=round_id,
            slot_id=slot.id,
            kind=made.kind.value,
            language=lang,
            dimensions=tuple((item.id, item.code) for item in made.framework_snapshot.dimensions),
            levels=tuple(made.framework_snapshot.level_values()),
        )
        side_name = ours if slot.side is Side.US else partner
        if made.kind is RoundKind.HEALTH:
            title = text(lang, "title_health", alliance=alliance.name)
            intro = text(lang, "intro_health", ours=ours, partner=partner)
        else:
            title = text(lang, "title_maturity", organisation=side_name)
            intro = text(lang, "intro_maturity", organisation=side_name)
        name = None
        if not slot.anonymous and slot.stakeholder_id is not None:
            name = records.get(db, Stakeholder, slot.stakeholder_id).name
        privacy = (
            text(lang, "named", name=name) if name else text(lang, "anonymous", side=side_name)
        )
        back = (
            text(lang, "return", deadline=notation.date_long(made.deadline, lang))
            if made.deadline
            else text(lang, "return_no_deadline")
        )
        who = " · ".join(part for part in (side_name, slot.department, slot.role, name) if part)
        result.append(
            Questionnaire(
                identity=identity,
                mark=seal(identity.payload(), secret),
                language=lang,
                snapshot=made.framework_snapshot,
                slot=slot,
                title=title,
                lines=(intro, privacy, back),
                respondent=who,
            )
        )
    return result


Writer = Callable[[Questionnaire, Path], None]


def _writer(file_format: str) -> Writer:
    if file_format == "xlsx":
        from alliance_desk.reports.questionnaire_xlsx import write_xlsx

        return write_xlsx
    if file_format == "pdf":
        from alliance_desk.reports.questionnaire_pdf import write_pdf

        return write_pdf
    raise ValueError(f"unknown questionnaire format {file_format!r} (use xlsx or pdf)")


def write_questionnaires(
    db: Database,
    round_id: int,
    folder: Path,
    file_format: str = "xlsx",
    language: Language | None = None,
) -> list[Path]:
    """Write one file per slot into ``folder`` (replacing files of the same name); the paths."""
    write = _writer(file_format)
    if not folder.is_dir():
        raise StorageFailure(folder, doing="written", detail="the folder does not exist")
    written = []
    for item in questionnaires(db, round_id, language):
        target = folder / f"{item.file_stem()}.{file_format}"
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            write(item, partial)
            os.replace(partial, target)
        except OSError as error:
            raise StorageFailure(
                target, doing="written", detail=error.strerror or str(error)
            ) from error
        finally:
            partial.unlink(missing_ok=True)
        written.append(target)
    return written
