"""The headless command ``import-sheet``: a CSV or XLSX list into the workbook.

Registered by :func:`alliance_desk.cli.command_parser`; the conventions are
cli.py's (one line on stderr and exit 1 for a problem, never a traceback). The
rules are the app's (:mod:`alliance_desk.store.sheet_import`): ``--dry-run``
prints the preview's summary; refused rows stop the import (nothing stored)
unless ``--skip-invalid``; duplicates are skipped and counted unless
``--duplicates update|add``, so the same import run twice adds nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from alliance_desk.domain.sheet_fields import Target, fold
from alliance_desk.domain.sheet_preview import Duplicates, Preview, RowStatus, field_names
from alliance_desk.domain.sheet_values import DateOrder
from alliance_desk.store.db import Database
from alliance_desk.store.response_files import FileRefused

SHEET_COMMANDS = ("import-sheet",)
EXIT_OK, EXIT_PROBLEM = 0, 1
SHOWN_MAX = 50  # refused rows listed one per line; the rest counted


def _failed() -> type[Exception]:
    from alliance_desk.cli import CommandFailed

    return CommandFailed


def _alliance_id(db: Database, workbook: Path, name: str) -> int:
    from alliance_desk.cli_rounds import _alliance_id as by_name

    return by_name(db, workbook, name)


def _mapping(
    target: Target, headers: list[object], suggested: dict[int, str], given: list[str]
) -> dict[int, str]:
    """The suggested mapping with each ``COLUMN=FIELD`` of ``--map`` applied (an empty
    FIELD leaves the column out)."""
    mapping = dict(suggested)
    folded = [fold(str(header)) if header is not None else "" for header in headers]
    allowed = field_names(target)
    for item in given:
        column, sep, field = item.partition("=")
        if not sep:
            raise _failed()(f"--map {item!r}: write it as COLUMN=FIELD")
        if fold(column) not in folded:
            listed = ", ".join(str(header) for header in headers if header is not None)
            raise _failed()(f"--map: the file has no column {column!r} (its columns: {listed})")
        index = folded.index(fold(column))
        field = field.strip()
        if field and field not in allowed:
            raise _failed()(
                f"--map: {target.value} have no field {field!r} (the fields: {', '.join(allowed)})"
            )
        for other, name in list(mapping.items()):
            if name == field or other == index:
                del mapping[other]
        if field:
            mapping[index] = field
    return mapping


def summary(preview: Preview, name: str) -> str:
    """What the preview would do, in lines: counts, then each refused row's reasons."""
    counts = preview.counts()
    lines = [
        f"{name}: {counts[RowStatus.ADD]} to add, {counts[RowStatus.UPDATE]} to update,"
        f" {counts[RowStatus.SKIP]} to skip, {counts[RowStatus.REFUSE]} refused"
        f" ({preview.target.value})."
    ]
    mapped = ", ".join(
        f"{preview.headers[index]} → {field}" for index, field in sorted(preview.mapping.items())
    )
    lines.append(f"Columns: {mapped or 'none recognised'}.")
    left = [
        header
        for index, header in enumerate(preview.headers)
        if index not in preview.mapping and header.strip()
    ]
    if left:
        lines.append(f"Not imported: {', '.join(left)}.")
    skipped = [row for row in preview.rows if row.status is RowStatus.SKIP]
    workbook = sum(1 for row in skipped if row.duplicate_of is not None)
    in_file = sum(1 for row in skipped if row.duplicate_of is None and row.same_as_row)
    if workbook or in_file:
        lines.append(
            f"Duplicates skipped: {workbook} already in the workbook, {in_file} repeated in"
            " the file."
        )
    if preview.new_organisations:
        lines.append(f"Organisations to create: {', '.join(preview.new_organisations)}.")
    if preview.ambiguous_dates:
        lines.append("Some dates read both ways: give --date-order dmy or mdy.")
    problems = preview.problems
    for problem in problems[:SHOWN_MAX]:
        lines.append(f"  refused: {problem}")
    if len(problems) > SHOWN_MAX:
        lines.append(f"  … and {len(problems) - SHOWN_MAX} more problems.")
    return "\n".join(lines)


def _import_sheet(args: argparse.Namespace) -> int:
    from alliance_desk.cli import _opened
    from alliance_desk.store import sheet_files, sheet_import

    target = Target(args.into)
    try:
        sheet = sheet_files.read_sheet(
            args.file, sheet=args.sheet, encoding=args.encoding, delimiter=args.delimiter
        )
    except FileRefused as refused:
        raise _failed()(f"{args.file}: {refused}; nothing was imported.") from None
    with _opened(args.workbook, args.backup_dir) as workbook:
        db = workbook.db
        alliance_id = _alliance_id(db, args.workbook, args.alliance) if args.alliance else None
        suggested = sheet_import.suggested_mapping(db, target, sheet.headers)
        mapping = _mapping(target, sheet.headers, suggested, args.map or [])
        preview = sheet_import.preview_sheet(
            db,
            target,
            sheet,
            mapping,
            alliance_id=alliance_id,
            date_order=DateOrder(args.date_order) if args.date_order else None,
            duplicates=Duplicates(args.duplicates),
        )
        print(summary(preview, str(args.file)))
        refusals = preview.counts()[RowStatus.REFUSE]
        if args.dry_run:
            print("Dry run: nothing was stored.")
            return EXIT_OK
        if refusals and not args.skip_invalid:
            print(
                f"{args.file}: {refusals} row{'s' if refusals != 1 else ''} refused; nothing was"
                " imported (fix them, or give --skip-invalid to import the others).",
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        step = sheet_import.import_preview(db, preview)
        if args.map or sheet_import.saved_mapping(db, target, sheet.headers) is None:
            sheet_import.save_mapping(db, target, sheet.headers, mapping)
    made = step.created_organisations
    created = f", created {made} organisation{'s' if made != 1 else ''}" if made else ""
    print(f"Imported: added {step.added}, updated {step.updated}{created}.")
    return EXIT_OK


def _delimiter(text: str) -> str:
    chosen = "\t" if text in ("tab", "\\t") else text
    if chosen not in (",", ";", "\t"):
        raise argparse.ArgumentTypeError(f"'{text}' is not a delimiter (use , ; or tab)")
    return chosen


def add_sheet_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_workbook: Callable[[argparse.ArgumentParser], None],
) -> None:
    sheet = commands.add_parser(
        "import-sheet",
        help="import organisations, stakeholders, actions, decisions or risks from CSV/XLSX",
        description="Import a spreadsheet list (CSV with , ; or tab, UTF-8 or Windows-1252; "
        "or XLSX) into the workbook. The header row is matched to the fields in English and "
        "Dutch; --map changes that. Refused rows stop the import unless --skip-invalid; "
        "duplicates (same name and organisation, or same title in the alliance, case and "
        "accents ignored) are skipped unless --duplicates says otherwise.",
    )
    add_workbook(sheet)
    sheet.add_argument("file", type=Path, help="the CSV or XLSX file")
    sheet.add_argument("--into", required=True, choices=[item.value for item in Target])
    sheet.add_argument("--alliance", metavar="NAME", help="the alliance of rows without one")
    sheet.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="import COLUMN as FIELD (COLUMN= leaves it out); repeat for several",
    )
    sheet.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first)")
    sheet.add_argument("--dry-run", action="store_true", help="print the preview, store nothing")
    sheet.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, leave refused ones"
    )
    sheet.add_argument(
        "--duplicates",
        choices=[item.value for item in Duplicates],
        default="skip",
        help="a row that duplicates a record: skip it (default), update the record, or add it",
    )
    sheet.add_argument(
        "--date-order",
        choices=[item.value for item in DateOrder],
        help="how 03-04-2026 reads: dmy (3 April) or mdy (4 March); default: from the column",
    )
    sheet.add_argument("--encoding", help="a CSV's encoding (default: detected; e.g. cp1252)")
    sheet.add_argument("--delimiter", type=_delimiter, help="a CSV's delimiter (default: detected)")
    sheet.set_defaults(run=_import_sheet)
