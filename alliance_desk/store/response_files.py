"""Reading an answered questionnaire file, which comes from outside and is not trusted.

Before a parser sees a file: its size is checked (a questionnaire is some tens
of kilobytes; 10 MB is far above any honest one); an XLSX, a zip archive, is
checked entry by entry from its directory (how many entries, the declared
uncompressed sizes and how far each is compressed: a zip bomb declares what it
would become), and every XML part is refused if it declares a DOCTYPE or an
ENTITY (the only door for entity expansion, and nothing a spreadsheet program
writes); a PDF's form is counted before its fields are read. Python's zipfile
stops every entry at its declared size and checks its CRC, so an entry cannot
become larger than it said. Any failure of the parsers on what passed these
checks is reported as an unreadable file.

What comes back is :class:`FileContent`: the identity text and its seal as
found, and per dimension code the raw answer and comment, for
:mod:`alliance_desk.store.responses` to judge.
"""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from pathlib import Path

from alliance_desk.domain.questionnaire import (
    XLSX_ANSWER_COLUMN,
    XLSX_CODE_COLUMN,
    XLSX_COMMENT_COLUMN,
    XLSX_HEADER_MARK,
    XLSX_ID_SHEET,
    XLSX_SHEET,
)

FILE_MAX = 10 * 1024 * 1024
ZIP_ENTRIES_MAX = 100
UNPACKED_MAX = 50 * 1024 * 1024
RATIO_MAX = 100  # an XML part packs 5 to 30 times; a bomb, thousands of times
RATIO_FROM = 1024 * 1024  # small parts may pack very well (a run of empty cells)
ROWS_MAX = 500  # rows read of the questionnaire sheet
FIELDS_MAX = 400  # form fields read of a PDF (60 dimensions take 121)
_XML_DANGER = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
SUFFIXES = (".xlsx", ".pdf")


class FileRefused(Exception):
    """Why a file cannot be read as a questionnaire: ``reason`` (a stable key) and an
    English sentence; ``params`` for a translation."""

    def __init__(self, reason: str, sentence: str, **params: object):
        self.reason = reason
        self.params = params
        super().__init__(sentence)


@dataclasses.dataclass(frozen=True)
class FileContent:
    payload: object  # the identity text as found (None: none found)
    mark: object  # its seal as found
    answers: dict[str, tuple[object, object]]  # code -> (answer, comment) as found
    order: tuple[str, ...]  # the codes in the order of the file's rows or fields


def read_bytes(path: Path, limit: int = FILE_MAX, what: str = "a questionnaire") -> bytes:
    """The file's bytes, refused unread when it is larger than ``limit`` (``what`` it should
    be names the file in the refusal)."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise FileRefused(
                "too_large",
                f"the file is {size / 1024 / 1024:.0f} MB; {what} is far smaller"
                f" (at most {limit // 1024 // 1024} MB is read)",
                size=size,
            )
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise FileRefused(
            "unreadable", f"the file cannot be read ({error.strerror or error})"
        ) from None
    if len(data) > limit:  # grew while we looked
        raise FileRefused("too_large", f"the file is too large to be {what}")
    return data


def read_file(path: Path) -> FileContent:
    data = read_bytes(path)
    if data.startswith(b"PK"):
        return read_xlsx(data)
    if data.startswith(b"%PDF"):
        from alliance_desk.store.response_pdf import read_pdf

        return read_pdf(data)
    raise FileRefused("not_a_questionnaire", "this is neither an XLSX nor a PDF questionnaire")


def check_zip(
    data: bytes,
    kind: str = "a questionnaire",
    entries_max: int = ZIP_ENTRIES_MAX,
    unpacked_max: int = UNPACKED_MAX,
) -> None:
    """Refuse a zip archive that would unpack too large, or holds XML with a DOCTYPE.

    Shared by every XLSX that comes from outside (questionnaires, spreadsheets to import);
    ``kind`` names what the file should be in the refusals."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise FileRefused("unreadable", "the file is damaged (not a readable XLSX)") from None
    with archive:
        entries = archive.infolist()
        if len(entries) > entries_max:
            raise FileRefused(
                "zip_bomb",
                f"the file holds {len(entries)} parts; {kind} holds far fewer"
                f" (at most {entries_max} are read)",
            )
        total = sum(entry.file_size for entry in entries)
        if total > unpacked_max:
            raise FileRefused(
                "zip_bomb",
                f"the file would unpack to {total / 1024 / 1024:.0f} MB (a zip bomb?);"
                f" {kind} unpacks to far less (at most {unpacked_max // 1024 // 1024} MB is read)",
            )
        for entry in entries:
            ratio = entry.file_size / max(entry.compress_size, 1)
            if entry.file_size > RATIO_FROM and ratio > RATIO_MAX:
                raise FileRefused(
                    "zip_bomb",
                    f"the part {entry.filename} is packed {ratio:.0f} times (a zip bomb?)",
                )
        for entry in entries:
            if not entry.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue
            try:
                part = archive.read(entry)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
                raise FileRefused(
                    "unreadable", "the file is damaged (a part cannot be read)"
                ) from None
            if _declares_entities(part):
                raise FileRefused(
                    "xml_entities",
                    f"the part {entry.filename} declares a DOCTYPE or ENTITY, which no"
                    " spreadsheet program writes (an XML attack?)",
                )


def _declares_entities(part: bytes) -> bool:
    if part.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            part = part.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return True
    return _XML_DANGER.search(part) is not None


def read_xlsx(data: bytes) -> FileContent:
    check_zip(data)
    import openpyxl

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception as error:  # a third-party parser on outside data: anything is possible
        raise FileRefused(
            "unreadable", f"the file cannot be read as a spreadsheet ({type(error).__name__})"
        ) from None
    try:
        if XLSX_ID_SHEET not in book.sheetnames or XLSX_SHEET not in book.sheetnames:
            raise FileRefused(
                "not_a_questionnaire", "the spreadsheet is not one of our questionnaires"
            )
        identity_rows = [
            row + (None,)
            for row in book[XLSX_ID_SHEET].iter_rows(max_row=2, max_col=1, values_only=True)
        ]
        payload = identity_rows[0][0] if identity_rows else None
        mark = identity_rows[1][0] if len(identity_rows) > 1 else None
        answers: dict[str, tuple[object, object]] = {}
        order: list[str] = []
        in_answers = False
        width = XLSX_CODE_COLUMN
        for values in book[XLSX_SHEET].iter_rows(max_row=ROWS_MAX, max_col=width, values_only=True):
            cells = tuple(values) + (None,) * (width - len(values))
            code = cells[XLSX_CODE_COLUMN - 1]
            if code == XLSX_HEADER_MARK:
                in_answers = True
                continue
            if not in_answers or code is None:
                continue
            order.append(str(code))
            answers[str(code)] = (
                cells[XLSX_ANSWER_COLUMN - 1],
                cells[XLSX_COMMENT_COLUMN - 1],
            )
    except FileRefused:
        raise
    except Exception as error:  # as above
        raise FileRefused(
            "unreadable", f"the spreadsheet cannot be read ({type(error).__name__})"
        ) from None
    finally:
        book.close()
    return FileContent(payload, mark, answers, tuple(order))
