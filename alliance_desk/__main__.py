"""Entry point: ``alliance-desk [WORKBOOK]`` opens the app, ``alliance-desk COMMAND`` runs one."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

from alliance_desk import __version__
from alliance_desk.cli import COMMANDS, PROG, _Parser, report_problems, run_command


def app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Open the alliance_desk desktop app. Headless commands: "
        + ", ".join(COMMANDS)
        + f" (see '{PROG} COMMAND --help').",
    )
    parser.add_argument("workbook", nargs="?", type=Path, help="the workbook to open (.alliance)")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("--lang", choices=("en", "nl"), default=None, help="interface language")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # In the packaged app a worker drawing a board pack's pages (reports/briefing_pool.py)
    # is this executable started again: this runs the worker instead of the app.
    multiprocessing.freeze_support()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in COMMANDS:
        return run_command(arguments)
    parser = app_parser()
    args = parser.parse_args(arguments)
    if args.demo and args.workbook:
        parser.error("give a workbook or --demo, not both")
    if args.workbook is not None and not args.workbook.exists():
        # A mistyped command must not start the app (headless it would wait for ever).
        parser.error(
            f"'{args.workbook}' is neither a command nor an existing file; "
            f"the commands are {', '.join(COMMANDS)}"
        )

    def start() -> int:
        from alliance_desk.ui.desktop_session import problem

        missing = problem()  # before Qt, which would abort with messages of its own
        if missing is not None:
            print(missing, file=sys.stderr)
            return 1
        from alliance_desk.ui.app import run_app

        return run_app(args.workbook, demo=args.demo, language=args.lang)

    return report_problems(start)


if __name__ == "__main__":
    sys.exit(main())
