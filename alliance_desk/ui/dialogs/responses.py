"""Answered questionnaires into the workbook from the app: File → Import responses… and
the button on the evaluations page's rounds.

Every file is read and judged whole first (:func:`alliance_desk.store.responses.read_responses`);
a respondent who answered before is asked about before anything is replaced; the accepted
answers go in as one undo step (:class:`~alliance_desk.store.responses.ResponseImport`).
Refused files are listed in one dialog, one line each with the reason, and nothing of them
is stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import responses
from alliance_desk.store.errors import WorkbookError
from alliance_desk.ui.field_texts import describe_validation
from alliance_desk.ui.labels import describe_error
from alliance_desk.ui.session import Session
from alliance_desk.ui.translation_marks import QT_TRANSLATE_NOOP

# Why a file was refused, by the store's stable reason key; {params} as the store names them.
REASONS = {
    "too_large": QT_TRANSLATE_NOOP(
        "ResponseImporter", "the file is too large to be a questionnaire"
    ),
    "unreadable": QT_TRANSLATE_NOOP("ResponseImporter", "the file is damaged or cannot be read"),
    "not_a_questionnaire": QT_TRANSLATE_NOOP(
        "ResponseImporter", "it is not a questionnaire of alliance_desk"
    ),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "ResponseImporter", "it would unpack to far more than a questionnaire holds (a zip bomb?)"
    ),
    "xml_entities": QT_TRANSLATE_NOOP(
        "ResponseImporter", "it declares XML entities, which no questionnaire does"
    ),
    "too_many_fields": QT_TRANSLATE_NOOP(
        "ResponseImporter", "its form has far more fields than a questionnaire"
    ),
    "missing": QT_TRANSLATE_NOOP("ResponseImporter", "there is no such file"),
    "duplicate": QT_TRANSLATE_NOOP(
        "ResponseImporter", "it answers the same questionnaire as {other}"
    ),
    "other_workbook": QT_TRANSLATE_NOOP("ResponseImporter", "it belongs to another workbook"),
    "changed": QT_TRANSLATE_NOOP(
        "ResponseImporter", "it was changed: its questions are not those its round asked"
    ),
    "other_round": QT_TRANSLATE_NOOP("ResponseImporter", "it belongs to another round"),
    "unknown_round": QT_TRANSLATE_NOOP(
        "ResponseImporter", "its round is no longer in the workbook"
    ),
    "round_closed": QT_TRANSLATE_NOOP("ResponseImporter", "its round is closed"),
    "outside_scale": QT_TRANSLATE_NOOP(
        "ResponseImporter", "the answer “{answer}” on “{dimension}” is not a level of the scale"
    ),
    "bad_comment": QT_TRANSLATE_NOOP(
        "ResponseImporter", "the comment on “{dimension}” cannot be kept"
    ),
    "empty": QT_TRANSLATE_NOOP(
        "ResponseImporter", "no question is answered (was it sent back unfilled?)"
    ),
}


def reason_text(refusal: responses.Refusal) -> str:
    """The refusal's reason in the interface language (the store's English if unknown)."""
    text = REASONS.get(refusal.reason)
    if text is None:
        return refusal.sentence
    params = {key: str(value) for key, value in refusal.params.items()}
    if "other" in params:
        params["other"] = Path(params["other"]).name
    try:
        return QCoreApplication.translate("ResponseImporter", text).format(**params)
    except (KeyError, IndexError):
        return refusal.sentence


@dataclasses.dataclass
class Outcome:
    imported: int = 0  # files whose answers were stored
    refused: int = 0
    kept: int = 0  # answered before, and the user kept the earlier answers


class ResponseImporter(QObject):
    """One import of answered questionnaires on behalf of ``parent`` (its dialogs' owner)."""

    def __init__(self, parent: QWidget, session: Session):
        super().__init__(parent)
        self.widget = parent
        self.session = session

    def choose_files(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self.widget,
            self.tr("Import responses"),
            "",
            self.tr("Answered questionnaires (*.xlsx *.pdf)"),
        )
        return [Path(name) for name in names]

    def run(self, paths: Sequence[Path] | None = None) -> Outcome | None:
        """Import ``paths``, else the files the user chooses; None when nothing was chosen
        or the import failed as a whole."""
        title = self.tr("Import responses")
        chosen = list(paths) if paths is not None else self.choose_files()
        if not chosen:
            return None
        try:
            batch = responses.read_responses(self.session.db, chosen)
        except ValueError as error:
            QMessageBox.warning(self.widget, title, str(error))
            return None
        taken = list(batch.responses)
        outcome = Outcome(refused=len(batch.refused))
        if batch.replacing and not self._replace(title, batch.replacing):
            taken = [response for response in taken if not response.replaces]
            outcome.kept = len(batch.replacing)
        if taken:
            try:
                self.session.run(title, [responses.ResponseImport(taken, self.session.today())])
            except ValidationError as error:
                QMessageBox.warning(self.widget, title, describe_validation(error))
                return None
            except WorkbookError as error:
                QMessageBox.warning(self.widget, title, describe_error(error))
                return None
            outcome.imported = len(taken)
        self._report(title, batch.refused, outcome)
        return outcome

    def _replace(self, title: str, replacing: Sequence[responses.Response]) -> bool:
        names = "\n".join(response.path.name for response in replacing)
        answer = QMessageBox.question(
            self.widget,
            title,
            self.tr(
                "%n respondent(s) answered before. Replace their earlier answers with these "
                "files?\n\n{files}\n\nNo keeps the earlier answers; an answer never counts twice.",
                "",
                len(replacing),
            ).format(files=names),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _summary(self, outcome: Outcome) -> str:
        text = self.tr("Imported the answers of %n file(s).", "", outcome.imported)
        if outcome.kept:
            text += " " + self.tr("Kept the earlier answers of %n respondent(s).", "", outcome.kept)
        return text

    def _report(self, title: str, refused: Sequence[responses.Refusal], outcome: Outcome) -> None:
        summary = self._summary(outcome)
        if refused:
            lines = [f"{refusal.path.name}: {reason_text(refusal)}" for refusal in refused]
            heading = self.tr(
                "%n file(s) refused; nothing was imported from them:", "", len(refused)
            )
            QMessageBox.warning(self.widget, title, "\n".join([summary, "", heading, *lines]))
            return
        window = self.widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(summary + " " + self.tr("Undo with Ctrl+Z."), 8000)


def import_responses(
    parent: QWidget, session: Session, paths: Sequence[Path] | None = None
) -> Outcome | None:
    """Import answered questionnaires on behalf of ``parent`` (see :class:`ResponseImporter`)."""
    importer = ResponseImporter(parent, session)
    try:
        return importer.run(paths)
    finally:
        importer.deleteLater()
