"""The headless commands of questionnaire rounds: round, rounds, questionnaires, responses and
joint-report. Registered by :func:`alliance_desk.cli.command_parser`; the conventions are
cli.py's (one line on stderr and exit 1 for a problem, never a traceback)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alliance_desk.domain.codes import Language, RoundKind, RoundStatus
from alliance_desk.domain.rounds import SPEC_HELP, parse_respondent_spec
from alliance_desk.store import rounds
from alliance_desk.store.db import Database

ROUND_COMMANDS = ("round", "rounds", "questionnaires", "responses", "joint-report")
EXIT_OK, EXIT_PROBLEM = 0, 1


def _failed() -> type[Exception]:
    from alliance_desk.cli import CommandFailed

    return CommandFailed


def _alliance_id(db: Database, workbook: Path, name: str) -> int:
    found = [row["id"] for row in db.query("SELECT id FROM alliance WHERE name = :n", {"n": name})]
    if not found:
        names = "; ".join(
            sorted((row[0] for row in db.tuples("SELECT name FROM alliance")), key=str.casefold)
        )
        raise _failed()(
            f"{workbook}: there is no alliance named '{name}'"
            f" (the alliances are: {names or 'none'})."
        )
    if len(found) > 1:
        raise _failed()(f"{workbook}: {len(found)} alliances are named '{name}'; rename one.")
    return int(found[0])


def _chosen_round(db: Database, workbook: Path, alliance_id: int, round_id: int | None) -> int:
    """The round asked for, which must be the alliance's; else its newest round."""
    made = rounds.rounds_of(db, alliance_id)
    if round_id is None:
        if not made:
            raise _failed()(
                f"{workbook}: the alliance has no questionnaire round yet (make one with"
                " 'alliance-desk round')."
            )
        open_ones = [item for item in made if item.status is RoundStatus.OPEN]
        return int((open_ones or made)[0].id or 0)
    if round_id not in {item.id for item in made}:
        listed = ", ".join(str(item.id) for item in made) or "none"
        raise _failed()(
            f"{workbook}: the alliance has no round {round_id} (its rounds are: {listed})."
        )
    return round_id


def _round(args: argparse.Namespace) -> int:
    from alliance_desk.cli import _opened

    try:
        specs = [parse_respondent_spec(text) for text in args.respondents]
    except ValueError as error:
        args.parser.error(str(error))
    held_on = args.date or dt.date.today()
    if args.deadline is not None and args.deadline < held_on:
        args.parser.error(f"the deadline {args.deadline} is before the round's date {held_on}")
    languages = {"us": Language(args.lang), "partner": Language(args.partner_lang or args.lang)}
    slots = [
        rounds.Slot(
            spec.side,
            spec.department,
            spec.role,
            anonymous=not args.named,
            language=languages[spec.side.value],
        )
        for spec in specs
        for _ in range(spec.count)
    ]
    with _opened(args.workbook, args.backup_dir) as workbook:
        db = workbook.db
        alliance_id = _alliance_id(db, args.workbook, args.alliance)
        made = rounds.create_round(
            db, alliance_id, RoundKind(args.kind), held_on, slots, deadline=args.deadline
        )
    deadline = f", deadline {made.deadline}" if made.deadline else ""
    print(
        f"Made round {made.id} of '{args.alliance}' ({made.kind.value}, {made.held_on}{deadline})"
        f" with {len(slots)} respondents and {len(made.framework_snapshot.dimensions)}"
        " dimensions."
    )
    return EXIT_OK


def _rounds(args: argparse.Namespace) -> int:
    from alliance_desk.cli import _opened

    with _opened(args.workbook, args.backup_dir) as workbook:
        db = workbook.db
        alliances = (
            [(_alliance_id(db, args.workbook, args.alliance), args.alliance)]
            if args.alliance
            else list(db.tuples("SELECT id, name FROM alliance ORDER BY name COLLATE NOCASE"))
        )
        lines = []
        for alliance_id, name in alliances:
            for made in rounds.rounds_of(db, alliance_id):
                slots = rounds.respondents(db, made.id or 0)
                answered = sum(1 for slot in slots if slot.answered_on)
                deadline = f", deadline {made.deadline}" if made.deadline else ""
                lines.append(
                    f"{name}\tround {made.id}\t{made.kind.value}\t{made.held_on}{deadline}"
                    f"\t{made.status.value}\t{answered} of {len(slots)} answered"
                )
                for slot in slots:
                    state = f"answered {slot.answered_on}" if slot.answered_on else "not answered"
                    role = f" · {slot.role}" if slot.role else ""
                    lines.append(
                        f"\tslot {slot.id}\t{slot.side.value}\t{slot.department}{role}"
                        f"\t{slot.language.value}\t{state}"
                    )
    from alliance_desk.cli import _write

    return _write(("\n".join(lines) if lines else "No questionnaire rounds.") + "\n")


def _questionnaires(args: argparse.Namespace) -> int:
    from alliance_desk.cli import _opened
    from alliance_desk.reports.questionnaires import write_questionnaires

    output = Path(args.output)
    if not output.is_dir():
        raise _failed()(f"{output}: there is no such folder.")
    with _opened(args.workbook, args.backup_dir) as workbook:
        db = workbook.db
        alliance_id = _alliance_id(db, args.workbook, args.alliance)
        round_id = _chosen_round(db, args.workbook, alliance_id, args.round)
        language = Language(args.lang) if args.lang else None
        written = write_questionnaires(db, round_id, output, args.format, language)
    print(f"Wrote {len(written)} questionnaires of round {round_id} to {output}.")
    return EXIT_OK


def _responses(args: argparse.Namespace) -> int:
    from alliance_desk.cli import PROG, _opened
    from alliance_desk.store import responses

    today = args.date or dt.date.today()
    with _opened(args.workbook, args.backup_dir) as workbook:
        db = workbook.db
        try:
            batch = responses.read_responses(db, args.files, args.round)
        except ValueError as error:
            raise _failed()(f"{args.workbook}: {error}.") from None
        refused = [str(refusal) for refusal in batch.refused]
        taken = batch.responses
        if not args.replace:
            refused += [
                f"{item.path}: this respondent has answered before; nothing was imported from"
                " it (use --replace to replace the earlier answers)."
                for item in batch.replacing
            ]
            taken = [item for item in taken if not item.replaces]
        if taken:
            responses.import_responses(db, taken, today)
    for line in refused:
        print(f"{PROG}: {line}", file=sys.stderr)
    if not taken and not refused:
        print("No questionnaire files found.")
        return EXIT_PROBLEM
    replaced = sum(1 for item in taken if item.replaces)
    note = f" ({replaced} replacing earlier answers)" if replaced else ""
    print(f"Imported {len(taken)} answered questionnaire{'' if len(taken) == 1 else 's'}{note}.")
    return EXIT_PROBLEM if refused else EXIT_OK


def _joint_report(args: argparse.Namespace) -> int:
    from alliance_desk.cli import _opened
    from alliance_desk.reports.round_report import write_round_report

    output = Path(args.output)
    with _opened(args.workbook, args.backup_dir) as workbook:
        db = workbook.db
        alliance_id = _alliance_id(db, args.workbook, args.alliance)
        round_id = _chosen_round(db, args.workbook, alliance_id, args.round)
        pages = write_round_report(db, round_id, output, language=args.lang, paper=args.paper)
    print(f"Wrote the joint results of round {round_id} ({pages} pages) to {output}.")
    return EXIT_OK


def add_round_commands(
    commands: Any, add_workbook: Callable[[argparse.ArgumentParser], None], date: Any
) -> None:
    """Register the round commands on the command parser's sub-parsers."""
    made = commands.add_parser(
        "round",
        help="make a questionnaire round (health check or maturity self-assessment)",
        description="Make a questionnaire round of an alliance: a health check, or each "
        "organisation's self-assessment of its alliance maturity, asked of respondents on "
        f"both sides. Each SPEC is {SPEC_HELP}. Answers are anonymous unless --named.",
    )
    add_workbook(made)
    made.add_argument("--alliance", required=True, metavar="NAME", help="the alliance (exact)")
    made.add_argument("--kind", required=True, choices=("health", "maturity"))
    made.add_argument(
        "--respondents", required=True, nargs="+", metavar="SPEC", help="who is asked"
    )
    made.add_argument("--deadline", type=date, help="answers wanted by (YYYY-MM-DD)")
    made.add_argument("--date", type=date, help="the round's date (default: today)")
    made.add_argument(
        "--lang", choices=("en", "nl"), default="en", help="language of our questionnaires"
    )
    made.add_argument(
        "--partner-lang", choices=("en", "nl"), help="language of the partner's (default --lang)"
    )
    made.add_argument(
        "--named", action="store_true", help="keep the names with the answers (not anonymous)"
    )
    made.set_defaults(run=_round, parser=made)

    listing = commands.add_parser(
        "rounds", help="list the questionnaire rounds and who has answered"
    )
    add_workbook(listing)
    listing.add_argument("--alliance", metavar="NAME", help="only this alliance (exact name)")
    listing.set_defaults(run=_rounds)

    out = commands.add_parser(
        "questionnaires",
        help="write a round's questionnaire files (XLSX or fillable PDF), one per respondent",
    )
    add_workbook(out)
    out.add_argument("--alliance", required=True, metavar="NAME", help="the alliance (exact)")
    out.add_argument("-o", "--output", required=True, type=Path, help="the folder to write to")
    out.add_argument(
        "--round", type=int, metavar="ID", help="the round (default: the newest open one)"
    )
    out.add_argument("--format", choices=("xlsx", "pdf"), default="xlsx")
    out.add_argument(
        "--lang", choices=("en", "nl"), help="language of every file (default: each respondent's)"
    )
    out.set_defaults(run=_questionnaires)

    back = commands.add_parser(
        "responses",
        help="import answered questionnaires (files or folders); exit 1 if any is refused",
        description="Import answered questionnaires. Every file is checked whole before "
        "anything is stored; a refused file is named on stderr with the reason and nothing "
        "is imported from it (exit status 1); the others are imported.",
    )
    add_workbook(back)
    back.add_argument("files", nargs="+", type=Path, metavar="FILE|DIR")
    back.add_argument("--round", type=int, metavar="ID", help="refuse files of other rounds")
    back.add_argument(
        "--replace",
        action="store_true",
        help="replace the answers of respondents who answered before (default: refuse them)",
    )
    back.add_argument("--date", type=date, help="the day the answers came in (default: today)")
    back.set_defaults(run=_responses)

    report = commands.add_parser(
        "joint-report",
        help="write a round's joint results report (PDF) to share with the partner",
    )
    add_workbook(report)
    report.add_argument("--alliance", required=True, metavar="NAME", help="the alliance (exact)")
    report.add_argument("-o", "--output", required=True, type=Path, help="OUT.pdf")
    report.add_argument(
        "--round", type=int, metavar="ID", help="the round (default: the newest open one)"
    )
    report.add_argument("--lang", choices=("en", "nl"), default="en", help="language")
    report.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    report.set_defaults(run=_joint_report)
