"""Smoke test of a packaged alliance_desk, the same on every platform, headless.

    python resources/packaging/smoke_test.py dist/alliance_desk      (or dist/alliance_desk.app)

Runs the built executable, never this checkout's Python code: ``--version``; ``demo``
makes a workbook; ``check`` finds it sound; ``briefing`` writes the board pack PDF;
``evaluations`` exports CSV and XLSX; ``round``, ``questionnaires`` and ``responses`` make
a questionnaire round, write its XLSX and PDF questionnaires and read them back (refused as
unfilled: proof that openpyxl and pypdf are in the bundle); and the app opens the workbook
offscreen, paints its main window with its icon and quits by itself
(``ALLIANCE_DESK_SMOKE_TEST=1``). Also checks the licence texts beside the executable.
Needs only Python's standard library; exit status 0 when all is well.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

APPLICATION_ID = bytes.fromhex("416C4473")  # PRAGMA application_id of a workbook
TIMEOUT = 180


class SmokeFailure(Exception):
    pass


def executables(bundle: Path) -> tuple[Path, Path]:
    """(the app, the one for headless commands): the same but on Windows, where the app
    is windowed and alliance-desk-cli.exe runs in the console."""
    if bundle.suffix == ".app":
        bundle = bundle / "Contents" / "MacOS"
    if sys.platform == "win32":
        return bundle / "alliance-desk.exe", bundle / "alliance-desk-cli.exe"
    return bundle / "alliance-desk", bundle / "alliance-desk"


def run(command: list[str], environment: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, cwd=cwd, timeout=TIMEOUT
    )
    if done.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(command)} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
        )
    return done.stdout


def smoke_test(bundle: Path) -> None:
    app, cli = executables(bundle)
    for program in {app, cli}:
        if not program.is_file():
            raise SmokeFailure(f"no executable at {program}")
    with tempfile.TemporaryDirectory(prefix="alliance_desk-smoke-") as scratch:
        folder = Path(scratch)
        # A private home: settings, log and the single-instance socket of this test alone.
        environment = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=str(folder / "home"),
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_DATA_HOME=str(folder / "data"),
            LOCALAPPDATA=str(folder / "data"),
        )
        environment.pop("ALLIANCE_DESK_SMOKE_TEST", None)

        def step(name: str, command: list[str], **extra: str) -> str:
            output = run([str(cli), *command], dict(environment, **extra), folder)
            print(f"ok  {name}")
            return output

        version = step("--version", ["--version"]).strip()
        if not re.fullmatch(r"alliance-desk \d+\.\d+\.\d+\S*", version):
            raise SmokeFailure(f"--version said {version!r}")

        workbook = folder / "Demo.alliance"
        step("demo", ["demo", str(workbook), "--as-of", "2026-11-15"])
        header = workbook.read_bytes()[:100]
        if not header.startswith(b"SQLite format 3\0") or header[68:72] != APPLICATION_ID:
            raise SmokeFailure("the demo is not a workbook")
        step("check", ["check", str(workbook)])

        pdf = folder / "board-pack.pdf"
        step("briefing", ["briefing", str(workbook), "-o", str(pdf), "--lang", "nl"])
        if not pdf.read_bytes().startswith(b"%PDF") or pdf.stat().st_size < 10_000:
            raise SmokeFailure("the briefing is not a PDF")

        csv_file, xlsx_file = folder / "evaluations.csv", folder / "evaluations.xlsx"
        step("evaluations (CSV)", ["evaluations", str(workbook), "-o", str(csv_file)])
        step("evaluations (XLSX)", ["evaluations", str(workbook), "-o", str(xlsx_file)])
        if len(csv_file.read_text(encoding="utf-8").splitlines()) < 10:
            raise SmokeFailure("the CSV export is nearly empty")
        if not xlsx_file.read_bytes().startswith(b"PK"):
            raise SmokeFailure("the XLSX export is not a workbook")

        alliance = "Brenner optical sensor co-development"
        step(
            "round",
            [
                "round",
                str(workbook),
                "--alliance",
                alliance,
                "--kind",
                "health",
                "--respondents",
                "us:Sales",
                "partner:R&D",
            ],
        )
        sent = {}
        for form in ("xlsx", "pdf"):
            out = folder / f"questionnaires-{form}"
            out.mkdir()
            step(
                f"questionnaires ({form.upper()})",
                [
                    "questionnaires",
                    str(workbook),
                    "--alliance",
                    alliance,
                    "-o",
                    str(out),
                    "--format",
                    form,
                ],
            )
            sent[form] = sorted(out.glob(f"*.{form}"))[0]
        back = subprocess.run(
            [str(cli), "responses", str(workbook), *map(str, sent.values())],
            capture_output=True,
            text=True,
            env=environment,
            cwd=folder,
            timeout=TIMEOUT,
        )
        if back.returncode != 1 or back.stderr.count("no dimension is answered") != 2:
            raise SmokeFailure(f"responses said {back.stdout!r} {back.stderr!r}")
        print("ok  responses (XLSX and PDF read back)")
        said = step("app opens and quits", [str(workbook)], ALLIANCE_DESK_SMOKE_TEST="1")
        if "main window painted" not in said or "icon set" not in said:
            raise SmokeFailure(f"the app said {said!r}")
        if "Demo.alliance" not in said:
            raise SmokeFailure(f"the app did not open the workbook: {said!r}")
        if app != cli:
            run([str(app), str(workbook)], dict(environment, ALLIANCE_DESK_SMOKE_TEST="1"), folder)
            print("ok  windowed app opens and quits")

    licences = (
        bundle / "Contents" / "Resources" / "licenses"
        if bundle.suffix == ".app"
        else (bundle / "licenses")
    )
    for text in ("Qt/LGPL-3.0.txt", "DejaVu-fonts/LICENSE.txt", "Python/LICENSE.txt"):
        if not (licences / text).is_file():
            raise SmokeFailure(f"missing licence text {licences / text}")
    print("ok  licence texts")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the built folder (or the macOS .app)")
    args = parser.parse_args()
    try:
        smoke_test(args.bundle.resolve())
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as problem:
        print(f"FAILED  {problem}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
