"""The headless commands: demo, info, check, backup, restore, export, import, evaluations,
briefing, signals, the questionnaire rounds' commands (:mod:`alliance_desk.cli_rounds`),
import-sheet (:mod:`alliance_desk.cli_sheets`) and capability (:mod:`alliance_desk.cli_capability`).

Each command prints what it did on stdout. A problem is one line on stderr
and exit status 1; a usage error exits 2; nothing ends in a traceback
(unexpected errors are written to a log file in the user's data folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from alliance_desk import __version__
from alliance_desk.cli_capability import CAPABILITY_COMMANDS, add_capability_commands
from alliance_desk.cli_rounds import ROUND_COMMANDS, add_round_commands
from alliance_desk.cli_sheets import SHEET_COMMANDS, add_sheet_commands
from alliance_desk.domain.validation import ValidationError
from alliance_desk.log import log_unexpected
from alliance_desk.store import backup as backups
from alliance_desk.store import exchange, records
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.tables import RECORD_TYPES
from alliance_desk.store.workbook import (
    Workbook,
    inspect_workbook,
    open_workbook,
    restore_backup,
)

PROG = "alliance-desk"
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class CommandFailed(Exception):
    """A problem a command reports in one line (exit 1)."""


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-30") from None


def _opened(workbook: Path, backup_dir: Path | None) -> Workbook:
    """Open for a command; what the user must hear about opening goes to stderr."""
    opened = open_workbook(workbook, backup_dir)
    for notice in opened.notices:
        print(f"{PROG}: {notice}", file=sys.stderr)
    return opened


def _demo(args: argparse.Namespace) -> int:
    from alliance_desk.demo.builder import build_demo

    path = build_demo(args.path, size=args.size, seed=args.seed, anchor=args.as_of)
    print(f"Created the {args.size} demo workbook {path}")
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    with _opened(args.workbook, args.backup_dir) as workbook:
        print(
            f"Workbook: {workbook.path}"
            + (" (read-only media: opened read-only)" if workbook.read_only else "")
        )
        print(f"Schema version: {workbook.db.scalar('PRAGMA user_version')}")
        width = max(len(record_type.TABLE) for record_type in RECORD_TYPES)
        for record_type in RECORD_TYPES:
            print(f"  {record_type.TABLE:<{width}}  {records.count(workbook.db, record_type):>8}")
        audit = workbook.db.scalar("SELECT count(*) FROM audit_log")
        print(f"  {'audit_log':<{width}}  {audit:>8}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    version = inspect_workbook(Path(args.workbook), args.backup_dir, full=True)
    print(f"{args.workbook}: sound (integrity check passed, schema version {version}).")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    workbook_path = Path(args.workbook)
    if args.list:
        found = backups.list_backups(workbook_path, args.backup_dir)
        if not found:
            print(f"No backups of {workbook_path} yet.")
        for item in found:
            print(f"{item.taken_at:%Y-%m-%d %H:%M:%S}  {item.path}")
        return EXIT_OK
    with _opened(workbook_path, args.backup_dir) as workbook:
        target = workbook.back_up()
    print(f"Backed up to {target} (verified).")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    workbook_path = Path(args.workbook)
    chosen = args.backup
    if chosen is None:
        chosen = backups.newest_good_backup(workbook_path, args.backup_dir)
        if chosen is None:
            raise CommandFailed(f"{workbook_path}: there is no good backup to restore.")
    kept = restore_backup(workbook_path, chosen, args.backup_dir)
    print(f"Restored {workbook_path} from {chosen}.")
    if kept is not None:
        print(f"What it held before is kept in {kept}.")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with _opened(args.workbook, args.backup_dir) as workbook:
        counts = exchange.export_workbook(workbook.db.connection, workbook.path, Path(args.output))
    print(f"Exported {sum(counts.values())} rows to {args.output}.")
    return EXIT_OK


def _delimiter(text: str) -> str:
    from alliance_desk.reports.evaluation_export import DELIMITERS

    chosen = "\t" if text in ("tab", "\\t") else text
    if chosen not in DELIMITERS:
        raise argparse.ArgumentTypeError(f"'{text}' is not a delimiter (use , ; | or tab)")
    return chosen


def _evaluations(args: argparse.Namespace) -> int:
    from alliance_desk.reports import evaluation_export as report

    output = Path(args.output)
    try:
        chosen = report.ExportFormat.for_path(output)
    except ValueError as error:
        args.parser.error(str(error))
    if args.decimal_comma and args.delimiter == ",":
        args.parser.error("--decimal-comma needs another --delimiter than ',' (use ';')")
    selection = report.Selection(
        alliances=tuple(args.alliance or ()), since=args.since, until=args.until, side=args.side
    )
    with _opened(args.workbook, args.backup_dir) as workbook:
        count = report.export_evaluations(
            workbook.db,
            output,
            selection=selection,
            wide=args.wide,
            language=args.lang,
            export_format=chosen,
            delimiter=args.delimiter,
            bom=args.bom,
            decimal_comma=args.decimal_comma,
        )
    form = "evaluations" if args.wide else "evaluation scores"
    print(f"Exported {count} {form} to {output}.")
    return EXIT_OK


def _briefing(args: argparse.Namespace) -> int:
    from alliance_desk.reports.briefing import build_briefing
    from alliance_desk.store.board_packs import remember_board_pack

    output = Path(args.output)
    today = args.date or dt.date.today()
    with _opened(args.workbook, args.backup_dir) as workbook:
        alliance_ids = None
        if args.alliance:
            alliance_ids = []
            for name in args.alliance:
                found = workbook.db.query(
                    "SELECT id FROM alliance WHERE name = :name ORDER BY id", {"name": name}
                )
                if not found:
                    raise CommandFailed(f"{args.workbook}: there is no alliance named '{name}'.")
                alliance_ids += [row["id"] for row in found]
        pages = build_briefing(
            workbook.db,
            output,
            alliance_ids,
            language=args.lang,
            paper=args.paper,
            today=today,
            board_pack=True if args.board_pack else None,
            since=args.since,
            confidentiality=args.confidentiality,
        )
        board_pack = bool(args.board_pack) or alliance_ids is None
        # The next pack tells what changed since this one; a workbook on read-only media
        # cannot remember it, and says so below.
        remembered = board_pack and not workbook.read_only
        if remembered:
            remember_board_pack(workbook.db, today)
    what = "board pack" if board_pack else "briefing"
    print(f"Wrote the {what} ({pages} page{'' if pages == 1 else 's'}) to {output}.")
    if board_pack and not remembered:
        print(
            "The workbook is on read-only media, so it does not remember this board pack"
            " for the next one's 'what changed'."
        )
    return EXIT_OK


def _json_value(value: object) -> object:
    """Figures as JSON: dates in ISO, lists and mappings all the way down."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): _json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    return value


def _signals(args: argparse.Namespace) -> int:
    import json

    from alliance_desk.domain.signals import sentence, weight
    from alliance_desk.store.signals import signals

    today = args.date or dt.date.today()
    with open_workbook(args.workbook, args.backup_dir) as workbook:
        db = workbook.db
        names = {row["id"]: row["name"] for row in db.query("SELECT id, name FROM alliance")}
        alliance_ids = None
        if args.alliance:
            unknown = [name for name in dict.fromkeys(args.alliance) if name not in names.values()]
            if unknown:
                listed = ", ".join(f"'{name}'" for name in unknown)
                noun = "alliance" if len(unknown) == 1 else "alliances"
                choices = "; ".join(sorted(set(names.values()), key=str.casefold)) or "none"
                raise CommandFailed(
                    f"{args.workbook}: there is no {noun} named {listed}"
                    f" (the alliances are: {choices})."
                )
            wanted = set(args.alliance)
            alliance_ids = [key for key, name in names.items() if name in wanted]
        found = signals(db, today, alliance_ids=alliance_ids)

    def at_risk(alliance_id: int) -> tuple[object, ...]:
        counts = tuple(-count for count in weight(found[alliance_id]))
        return (*counts, names[alliance_id].casefold(), alliance_id)

    ordered = [
        (alliance_id, signal)
        for alliance_id in sorted(found, key=at_risk)
        for signal in found[alliance_id]
    ]
    if args.json:
        document = {
            "format_version": 1,
            "as_of": today.isoformat(),
            "language": args.lang,
            "signals": [
                {
                    "alliance": names[alliance_id],
                    "alliance_id": alliance_id,
                    "kind": signal.kind.value,
                    "severity": signal.severity.name.lower(),
                    "arose_on": signal.arose_on.isoformat(),
                    "sentence": sentence(signal, args.lang),
                    "figures": _json_value(dict(signal.figures)),
                }
                for alliance_id, signal in ordered
            ],
        }
        return _write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return _write(
        "".join(
            "\t".join(
                (
                    names[alliance_id],
                    signal.severity.name,
                    signal.kind.value,
                    signal.arose_on.isoformat(),
                    sentence(signal, args.lang),
                )
            )
            + "\n"
            for alliance_id, signal in ordered
        )
    )


def _write(text: str) -> int:
    """Print ``text``; a reader that stops early (``| head``) is no problem of ours."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    counts = exchange.import_workbook(Path(args.source), Path(args.output))
    print(f"Imported {sum(counts.values())} rows into the new workbook {args.output}.")
    return EXIT_OK


def _add_workbook(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workbook", type=Path, help="the workbook file (.alliance)")
    parser.add_argument(
        "--backup-dir",
        type=Path,
        default=None,
        help="folder of the workbook's backups (default: NAME-backups beside the workbook)",
    )


def command_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="alliance_desk: the alliance manager's workbook. Without a command, "
        "'alliance-desk [WORKBOOK]' opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    demo = commands.add_parser("demo", help="create a demo workbook")
    demo.add_argument("path", type=Path, help="where to create it (must not exist)")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same workbook")
    demo.add_argument(
        "--as-of",
        type=_date,
        default=None,
        help="shift the demo's dates so that its 'today' is this date (YYYY-MM-DD)",
    )
    demo.set_defaults(run=_demo)

    info = commands.add_parser("info", help="count the records in a workbook")
    _add_workbook(info)
    info.set_defaults(run=_info)

    check = commands.add_parser("check", help="check integrity and schema (exit 0 when sound)")
    _add_workbook(check)
    check.set_defaults(run=_check)

    backup = commands.add_parser("backup", help="back up a workbook now (verified, rotated)")
    _add_workbook(backup)
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.set_defaults(run=_backup)

    restore = commands.add_parser(
        "restore", help="restore a workbook from a backup (its current content is kept aside)"
    )
    _add_workbook(restore)
    restore.add_argument(
        "backup", type=Path, nargs="?", help="the backup to restore (default: the newest good one)"
    )
    restore.set_defaults(run=_restore)

    export = commands.add_parser("export", help="export every record of a workbook to JSON")
    _add_workbook(export)
    export.add_argument("-o", "--output", required=True, type=Path, help="the JSON file")
    export.set_defaults(run=_export)

    importer = commands.add_parser("import", help="build a new workbook from a JSON export")
    importer.add_argument("source", type=Path, help="the JSON export")
    importer.add_argument(
        "-o", "--output", required=True, type=Path, help="the new workbook (must not exist)"
    )
    importer.set_defaults(run=_import)

    evaluations = commands.add_parser(
        "evaluations",
        help="export the evaluation history (health checks) to CSV, XLSX or JSON",
        description="Export the evaluation history: one row per evaluation and dimension, "
        "or with --wide one row per evaluation. The format follows the output's extension.",
    )
    _add_workbook(evaluations)
    evaluations.add_argument(
        "-o", "--output", required=True, type=Path, help="OUT.csv, OUT.xlsx or OUT.json"
    )
    evaluations.add_argument(
        "--alliance",
        action="append",
        metavar="NAME",
        help="only this alliance (exact name; repeat for several)",
    )
    evaluations.add_argument("--since", type=_date, help="from this date on (YYYY-MM-DD)")
    evaluations.add_argument("--until", type=_date, help="up to and including this date")
    evaluations.add_argument(
        "--side", choices=("us", "partner", "joint"), help="only this respondent side"
    )
    evaluations.add_argument(
        "--wide", action="store_true", help="one row per evaluation, one column per dimension"
    )
    evaluations.add_argument(
        "--delimiter",
        type=_delimiter,
        default=",",
        help="CSV delimiter: , ; | or tab (default ,; use ; for Dutch spreadsheets)",
    )
    evaluations.add_argument(
        "--bom", action="store_true", help="CSV: start with a UTF-8 byte order mark (for Excel)"
    )
    evaluations.add_argument(
        "--decimal-comma",
        action="store_true",
        help="CSV: fractions as 3,57 (Dutch spreadsheets); needs --delimiter other than ,",
    )
    evaluations.add_argument(
        "--lang", choices=("en", "nl"), default="en", help="language of the dimension names"
    )
    evaluations.set_defaults(run=_evaluations, parser=evaluations)

    briefing = commands.add_parser(
        "briefing",
        help="write the senior-management briefing (PDF): one page per alliance",
        description="Write the senior-management briefing as PDF: one page per alliance. "
        "Without --alliance: the board pack (cover with contents, executive summary, "
        "portfolio overview, every alliance by attention, appendix of pending decisions); "
        "with --alliance and --board-pack: the board pack of just those alliances; with "
        "--alliance alone: their one-pagers, in the order given.",
    )
    _add_workbook(briefing)
    briefing.add_argument("-o", "--output", required=True, type=Path, help="OUT.pdf")
    briefing.add_argument(
        "--alliance",
        action="append",
        metavar="NAME",
        help="brief on this alliance only (exact name; repeat for several)",
    )
    briefing.add_argument(
        "--board-pack",
        action="store_true",
        help="make the board pack of the --alliance selection (the default without --alliance)",
    )
    briefing.add_argument("--lang", choices=("en", "nl"), default="en", help="language")
    briefing.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    briefing.add_argument(
        "--date", type=_date, default=None, help="brief as of this date (default: today)"
    )
    briefing.add_argument(
        "--confidentiality",
        metavar="TEXT",
        default=None,
        help="the confidentiality line in every page's footer (default: 'Confidential' in "
        "the language of the briefing; '' for none)",
    )
    briefing.add_argument(
        "--since",
        type=_date,
        default=None,
        help="tell what changed since this date (YYYY-MM-DD; default: the date of the previous"
        " board pack made from this workbook, else 90 days before --date)",
    )
    briefing.set_defaults(run=_briefing)

    early = commands.add_parser(
        "signals",
        help="list the early-warning signals of the alliances (one per line, or JSON)",
        description="List every current early-warning signal: one per line as ALLIANCE, "
        "SEVERITY, KIND, DATE it arose and a sentence, separated by tabs, the alliances most "
        "at risk first; or with --json a JSON document for scripts. Exit status 0 whether or "
        "not there are signals.",
    )
    _add_workbook(early)
    early.add_argument(
        "--alliance",
        action="append",
        metavar="NAME",
        help="only this alliance (exact name; repeat for several)",
    )
    early.add_argument("--json", action="store_true", help="print a JSON document instead")
    early.add_argument(
        "--lang", choices=("en", "nl"), default="en", help="language of the sentences"
    )
    early.add_argument("--date", type=_date, default=None, help="as of this date (default: today)")
    early.set_defaults(run=_signals)
    add_round_commands(commands, _add_workbook, _date)
    add_sheet_commands(commands, _add_workbook)
    add_capability_commands(commands, _add_workbook, _date)
    return parser


COMMANDS = (
    "demo",
    "info",
    "check",
    "backup",
    "restore",
    "export",
    "import",
    "evaluations",
    "briefing",
    "signals",
    *ROUND_COMMANDS,
    *SHEET_COMMANDS,
    *CAPABILITY_COMMANDS,
)


def report_problems(action: Callable[[], int]) -> int:
    """Run ``action``; turn every failure into one line on stderr and an exit status."""
    try:
        return action()
    except (WorkbookError, ValidationError, CommandFailed) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted.", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: the person gets one line, the log gets the rest
        log_file = log_unexpected(error)
        where = f"; details are in {log_file}" if log_file else ""
        print(f"{PROG}: unexpected error ({type(error).__name__}: {error}){where}", file=sys.stderr)
        return EXIT_PROBLEM


def run_command(argv: Sequence[str]) -> int:
    args = command_parser().parse_args(argv)
    return report_problems(lambda: int(args.run(args)))
