"""The headless command of the capability report: capability. Registered by
:func:`alliance_desk.cli.command_parser`; the conventions are cli.py's (one line on stderr
and exit 1 for a problem, never a traceback)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

CAPABILITY_COMMANDS = ("capability",)
EXIT_OK = 0


def _capability(args: argparse.Namespace) -> int:
    from alliance_desk.cli import CommandFailed, _opened
    from alliance_desk.reports.capability import write_capability_report

    output = Path(args.output)
    with _opened(args.workbook, args.backup_dir) as workbook:
        db = workbook.db
        alliance_ids = None
        if args.alliance:
            alliance_ids = []
            for name in args.alliance:
                found = [
                    row[0]
                    for row in db.tuples(
                        "SELECT id FROM alliance WHERE name = :name ORDER BY id", {"name": name}
                    )
                ]
                if not found:
                    names = "; ".join(
                        sorted(
                            (row[0] for row in db.tuples("SELECT name FROM alliance")),
                            key=str.casefold,
                        )
                    )
                    raise CommandFailed(
                        f"{args.workbook}: there is no alliance named '{name}'"
                        f" (the alliances are: {names or 'none'})."
                    )
                alliance_ids += found
        pages = write_capability_report(
            db,
            output,
            alliance_ids,
            organisation=args.organisation,
            language=args.lang,
            paper=args.paper,
            today=args.date or dt.date.today(),
        )
    whose = "our organisation" if args.organisation == "ours" else "the partner"
    print(
        f"Wrote the capability report for {whose} ({pages} page{'' if pages == 1 else 's'})"
        f" to {output}."
    )
    return EXIT_OK


def add_capability_commands(
    commands: Any, add_workbook: Callable[[argparse.ArgumentParser], None], date: Any
) -> None:
    """Register the capability command on the command parser's sub-parsers."""
    report = commands.add_parser(
        "capability",
        help="write the capability report (PDF): maturity against targets, development plan,"
        " departments' skills, training",
        description="Write the capability report as PDF: per alliance one organisation's"
        " maturity against its development targets, its development plan with the support"
        " actions, its departments' collaborative skills against the required levels and the"
        " training its people received, with a headline finding. --organisation ours (the"
        " default) is for our own management; --organisation partner is for the partner's"
        " management and holds only the partner's part (the alliances must then share one"
        " partner). Without --alliance: every alliance.",
    )
    add_workbook(report)
    report.add_argument("-o", "--output", required=True, type=Path, help="OUT.pdf")
    report.add_argument(
        "--alliance",
        action="append",
        metavar="NAME",
        help="report on this alliance only (exact name; repeat for several)",
    )
    report.add_argument(
        "--organisation",
        choices=("ours", "partner"),
        default="ours",
        help="whose capability, for whose management (default: ours)",
    )
    report.add_argument("--lang", choices=("en", "nl"), default="en", help="language")
    report.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    report.add_argument("--date", type=date, default=None, help="as of this date (default: today)")
    report.set_defaults(run=_capability)
