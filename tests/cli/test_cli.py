"""The headless commands, driven through ``alliance_desk.__main__.main`` (and, twice, through a
real ``python -m alliance_desk``): what they print, their exit status, and that a problem is
one line on stderr that leaves the file exactly as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import alliance_desk
from alliance_desk.__main__ import main
from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import backup, records
from alliance_desk.store.db import APPLICATION_ID
from alliance_desk.store.schema import SCHEMA_VERSION
from alliance_desk.store.tables import RECORD_TYPES
from alliance_desk.store.workbook import Workbook, open_workbook

REPOSITORY = Path(__file__).resolve().parents[2]
PROG = "alliance-desk"
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
)


# --- helpers ---------------------------------------------------------------------------------


def run(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one command (a usage error exits via SystemExit)."""
    try:
        status = main(list(argv))
    except SystemExit as leaving:
        code = leaving.code
        status = 0 if code is None else code if isinstance(code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_problem(status: int, out: str, err: str, *mentions: Path) -> None:
    assert status == 1, (out, err)
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith(f"{PROG}: ")
    assert "Traceback" not in out + err
    for path in mentions:
        assert str(path) in err


def digest(path: Path) -> str | None:
    if not path.exists():
        return None
    if path.is_dir():
        return "folder:" + ",".join(sorted(item.name for item in path.iterdir()))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> set[str]:
    return {item.name for item in folder.iterdir()}


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM organisation ORDER BY id")]
    finally:
        connection.close()


def damage(path: Path) -> None:
    """Spoil where the cells start on a few b-tree pages in the middle of the file."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    spoiled = 0
    for page in range(pages // 2, pages):
        start = page * page_size
        if data[start] in {2, 5, 10, 13} and spoiled < 6:
            data[start + 5 : start + 7] = b"\xff\xff"
            spoiled += 1
    assert spoiled == 6
    path.write_bytes(bytes(data))
    check = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert [row[0] for row in check.execute("PRAGMA quick_check")] != ["ok"]
    except sqlite3.DatabaseError:
        pass
    finally:
        check.close()


def add(path: Path, *names: str) -> None:
    with open_workbook(path) as workbook:
        for name in names:
            records.insert(workbook.db, Organisation(name=name))


@pytest.fixture(scope="module")
def filled_template(template_workbook: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-filled") / "Filled.alliance"
    shutil.copyfile(template_workbook, path)
    with open_workbook(path) as workbook, workbook.db.transaction():
        for number in range(300):
            records.insert(
                workbook.db, Organisation(name=f"Partner {number}", notes="words " * 700)
            )
    return path


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


BAD_KINDS = (
    "missing",
    "empty",
    "random",
    "text",
    "folder",
    "foreign",
    "foreign_wal",
    "newer",
    "damaged",
    "damaged_with_backup",
    "in_use",
)


@pytest.fixture
def bad_file(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    template_workbook: Path,
    filled_template: Path,
) -> Iterator[tuple[Path, Path | None]]:
    """(a file of the kind asked for, the good backup the message should name or None)."""
    kind = request.param
    folder = tmp_path / "workbooks"
    folder.mkdir()
    path = folder / f"{kind}.alliance"
    good: Path | None = None
    holder: Workbook | None = None
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(random.Random(11).randbytes(5000))
    elif kind == "text":
        path.write_text("This is a note, not a workbook.\n" * 10, encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    elif kind in ("foreign", "foreign_wal"):
        connection = sqlite3.connect(path)
        if kind == "foreign_wal":
            connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
        connection.commit()
        connection.close()
    elif kind == "newer":
        shutil.copyfile(template_workbook, path)
        connection = sqlite3.connect(path)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        connection.commit()
        connection.close()
    elif kind in ("damaged", "damaged_with_backup"):
        shutil.copyfile(filled_template, path)
        if kind == "damaged_with_backup":
            with open_workbook(path) as workbook:
                good = workbook.back_up()
        damage(path)
    elif kind == "in_use":
        shutil.copyfile(template_workbook, path)
        holder = open_workbook(path)
    else:
        assert kind == "missing"
    try:
        yield path, good
    finally:
        if holder is not None:
            holder.close()


# --- every bad file through info, check and export ----------------------------------------


# ``check`` only reads, so it may look at a workbook open elsewhere (tested below).
BAD_CASES = [
    pytest.param(kind, command, id=f"{command}-{kind}")
    for command in ("info", "check", "export")
    for kind in BAD_KINDS
    if (kind, command) != ("in_use", "check")
]


@pytest.mark.parametrize(("bad_file", "command"), BAD_CASES, indirect=["bad_file"])
def test_a_bad_file_is_one_line_on_stderr_and_left_as_it_was(
    bad_file: tuple[Path, Path | None],
    command: str,
    exports: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, good = bad_file
    before, neighbours = digest(path), listing(path.parent)
    output = exports / "out.json"
    argv = [command, str(path)] + (["-o", str(output)] if command == "export" else [])

    status, out, err = run(argv, capsys)

    assert_one_line_problem(status, out, err, path)
    if good is not None:
        assert str(good) in err
    assert digest(path) == before
    assert listing(path.parent) == neighbours
    assert listing(exports) == set()


@pytest.mark.parametrize("bad_file", ["in_use"], indirect=True)
def test_check_reads_a_workbook_that_is_open_elsewhere(
    bad_file: tuple[Path, Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = bad_file
    before, neighbours = digest(path), listing(path.parent)

    status, out, err = run(["check", str(path)], capsys)

    assert (status, err) == (0, "")
    assert "sound" in out
    assert digest(path) == before
    assert listing(path.parent) == neighbours


# --- the commands at work ------------------------------------------------------------------


def test_demo_creates_a_sound_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("alliance_desk.demo.small_content")
    target = tmp_path / "Demo.alliance"

    status, out, err = run(["demo", str(target), "--as-of", "2026-11-30"], capsys)

    assert (status, err) == (0, "")
    assert str(target) in out
    assert run(["check", str(target)], capsys)[0] == 0
    assert len(names_in(target)) > 1


def test_demo_refuses_an_existing_file(
    workbook_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(workbook_path)

    status, out, err = run(["demo", str(workbook_path)], capsys)

    assert_one_line_problem(status, out, err, workbook_path)
    assert "already exists" in err
    assert digest(workbook_path) == before


def counts_printed(out: str) -> dict[str, int]:
    counts = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            counts[parts[0]] = int(parts[1])
    return counts


def test_info_prints_the_counts(workbook_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_workbook(workbook_path) as workbook:
        partner = records.insert(workbook.db, Organisation(name="Globex"))
        records.insert(workbook.db, Organisation(name="Initech"))
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Joint research"))
        frameworks = workbook.db.scalar("SELECT count(*) FROM framework")

    status, out, err = run(["info", str(workbook_path)], capsys)

    assert (status, err) == (0, "")
    assert f"Workbook: {workbook_path}" in out
    assert f"Schema version: {SCHEMA_VERSION}" in out
    counts = counts_printed(out)
    assert set(counts) == {record_type.TABLE for record_type in RECORD_TYPES} | {"audit_log"}
    assert counts["organisation"] == 3  # our own, made with the workbook, and two partners
    assert counts["alliance"] == 1
    assert counts["stakeholder"] == 0
    assert counts["audit_log"] == 3  # the three inserts above
    assert counts["framework"] == frameworks > 0


def test_check_passes_a_sound_workbook(
    workbook_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(workbook_path)

    status, out, err = run(["check", str(workbook_path)], capsys)

    assert (status, err) == (0, "")
    assert str(workbook_path) in out and "sound" in out
    assert f"schema version {SCHEMA_VERSION}" in out
    assert digest(workbook_path) == before


def test_check_fails_a_damaged_workbook(
    filled_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Broken.alliance"
    shutil.copyfile(filled_template, path)
    damage(path)

    status, out, err = run(["check", str(path)], capsys)

    assert_one_line_problem(status, out, err, path)
    assert "damaged" in err
    assert out == ""


def test_check_finds_broken_references(
    workbook_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(workbook_path)
    connection.execute(
        "INSERT INTO alliance (partner_id, name, alliance_type, lifecycle_stage, status_rag)"
        " VALUES (999, 'Orphan', 'other', 'knowledge', 'green')"
    )
    connection.commit()
    connection.close()

    status, out, err = run(["check", str(workbook_path)], capsys)

    assert_one_line_problem(status, out, err, workbook_path)
    assert "1 broken references" in err


def test_backup_takes_a_verified_backup(
    workbook_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(workbook_path, "Worth keeping")

    status, out, err = run(["backup", str(workbook_path)], capsys)

    assert (status, err) == (0, "")
    (taken,) = backup.list_backups(workbook_path)
    assert f"Backed up to {taken.path} (verified)." in out
    assert backup.verify(taken.path) is None
    assert "Worth keeping" in names_in(taken.path)


def test_backup_into_a_chosen_folder(
    workbook_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "elsewhere"

    status, out, err = run(["backup", str(workbook_path), "--backup-dir", str(folder)], capsys)

    assert (status, err) == (0, "")
    (taken,) = folder.iterdir()
    assert str(taken) in out
    assert backup.list_backups(workbook_path) == []
    status, out, _ = run(
        ["backup", str(workbook_path), "--list", "--backup-dir", str(folder)], capsys
    )
    assert status == 0 and str(taken) in out


def test_backup_list(workbook_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["backup", str(workbook_path), "--list"], capsys)
    assert (status, err) == (0, "")
    assert out == f"No backups of {workbook_path} yet.\n"

    with open_workbook(workbook_path) as workbook:
        older = backup.take_backup(
            workbook.db.connection, workbook_path, workbook.backup_dir, now=dt.datetime(2026, 1, 2)
        )
        newer = backup.take_backup(
            workbook.db.connection, workbook_path, workbook.backup_dir, now=dt.datetime(2026, 3, 4)
        )

    status, out, err = run(["backup", str(workbook_path), "--list"], capsys)

    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2026-03-04 00:00:00") and lines[0].endswith(str(newer))
    assert lines[1].startswith("2026-01-02 00:00:00") and lines[1].endswith(str(older))


def test_restore_a_chosen_backup(workbook_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add(workbook_path, "In the backup")
    run(["backup", str(workbook_path)], capsys)
    (chosen,) = backup.list_backups(workbook_path)
    add(workbook_path, "Added later")

    status, out, err = run(["restore", str(workbook_path), str(chosen.path)], capsys)

    assert (status, err) == (0, "")
    assert f"Restored {workbook_path} from {chosen.path}." in out
    assert "What it held before is kept in" in out
    assert "Added later" not in names_in(workbook_path)
    assert "In the backup" in names_in(workbook_path)
    kept = Path(out.splitlines()[1].removeprefix("What it held before is kept in ").rstrip("."))
    assert "Added later" in names_in(kept)


def test_restore_the_newest_good_backup(
    workbook_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(workbook_path, "First")
    with open_workbook(workbook_path) as workbook:
        backup.take_backup(
            workbook.db.connection, workbook_path, workbook.backup_dir, now=dt.datetime(2026, 1, 1)
        )
        records.insert(workbook.db, Organisation(name="Second"))
        newest = backup.take_backup(
            workbook.db.connection, workbook_path, workbook.backup_dir, now=dt.datetime(2026, 2, 1)
        )
        records.insert(workbook.db, Organisation(name="Third"))

    status, out, err = run(["restore", str(workbook_path)], capsys)

    assert (status, err) == (0, "")
    assert f"from {newest}." in out
    names = names_in(workbook_path)
    assert "Second" in names and "Third" not in names


def test_restore_without_backups(workbook_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(workbook_path)

    status, out, err = run(["restore", str(workbook_path)], capsys)

    assert_one_line_problem(status, out, err, workbook_path)
    assert "no good backup" in err
    assert digest(workbook_path) == before


@pytest.mark.parametrize("bad_file", ["damaged_with_backup"], indirect=True)
def test_restore_a_damaged_workbook(
    bad_file: tuple[Path, Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = bad_file
    assert good is not None
    damaged = digest(path)

    status, out, err = run(["restore", str(path)], capsys)

    assert (status, err) == (0, "")
    (aside,) = [item for item in path.parent.iterdir() if ".damaged-" in item.name]
    assert f"kept in {aside}." in out
    assert digest(aside) == damaged
    assert run(["check", str(path)], capsys)[0] == 0


def test_export_writes_every_table(
    workbook_path: Path, exports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(workbook_path, "Exported <&> 😀")
    output = exports / "all.json"

    status, out, err = run(["export", str(workbook_path), "-o", str(output)], capsys)

    assert (status, err) == (0, "")
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    organisations = [row["name"] for row in data["tables"]["organisation"]]
    assert organisations == names_in(workbook_path)
    assert "Exported <&> 😀" in organisations
    rows = sum(len(table) for table in data["tables"].values())
    assert f"Exported {rows} rows to {output}." in out
    assert listing(exports) == {"all.json"}


def test_import_builds_a_new_workbook(
    workbook_path: Path, exports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(workbook_path, "Travelling partner")
    export = exports / "all.json"
    assert run(["export", str(workbook_path), "-o", str(export)], capsys)[0] == 0
    target = exports / "Imported.alliance"

    status, out, err = run(["import", str(export), "-o", str(target)], capsys)

    assert (status, err) == (0, "")
    assert str(target) in out
    assert names_in(target) == names_in(workbook_path)
    assert run(["check", str(target)], capsys)[0] == 0


def test_import_refuses_an_existing_target(
    workbook_path: Path, exports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = exports / "all.json"
    assert run(["export", str(workbook_path), "-o", str(export)], capsys)[0] == 0
    target = exports / "Taken.alliance"
    shutil.copyfile(workbook_path, target)
    add(target, "Must survive")
    before, neighbours = digest(target), listing(exports)

    status, out, err = run(["import", str(export), "-o", str(target)], capsys)

    assert_one_line_problem(status, out, err, target)
    assert "already exists" in err
    assert digest(target) == before
    assert listing(exports) == neighbours


def test_import_refuses_a_file_that_is_not_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.json"
    source.write_text('{"hello": "world"', encoding="utf-8")
    target = tmp_path / "New.alliance"

    status, out, err = run(["import", str(source), "-o", str(target)], capsys)

    assert_one_line_problem(status, out, err, source)
    assert not target.exists()


# --- usage -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["info"], id="missing-workbook"),
        pytest.param(["export", "Some.alliance"], id="missing-output"),
        pytest.param(["import"], id="missing-source"),
        pytest.param(["info", "Some.alliance", "--frobnicate"], id="unknown-option"),
        pytest.param(["check", "a.alliance", "b.alliance"], id="extra-argument"),
        pytest.param(["demo", "New.alliance", "--as-of", "2026-02-30"], id="bad-as-of"),
        pytest.param(["demo", "New.alliance", "--as-of", "tomorrow"], id="as-of-not-a-date"),
        pytest.param(["demo", "New.alliance", "--size", "huge"], id="bad-size"),
        pytest.param(["demo", "New.alliance", "--seed", "x"], id="bad-seed"),
        pytest.param(["--frobnicate"], id="unknown-app-option"),
        pytest.param(["--demo", "Some.alliance"], id="demo-and-workbook"),
    ],
)
def test_a_usage_error_exits_2_with_one_line(
    argv: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)

    status, out, err = run(argv, capsys)

    assert status == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith(PROG)
    assert f"(see '{PROG}" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing was created


def test_a_bad_as_of_date_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["demo", str(tmp_path / "New.alliance"), "--as-of", "30-11-2026"], capsys)

    assert status == 2
    assert "'30-11-2026' is not a date like 2026-11-30" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run([command, "--help"], capsys)

    assert (status, err) == (0, "")
    assert out.startswith(f"usage: {PROG} {command}")
    assert "--help" in out


def test_the_program_has_help_and_a_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["--help"], capsys)
    assert (status, err) == (0, "")
    assert out.startswith(f"usage: {PROG}")
    for command in COMMANDS:
        assert command in out

    status, out, err = run(["--version"], capsys)
    assert (status, out, err) == (0, f"{PROG} {alliance_desk.__version__}\n", "")


# --- through a real process ----------------------------------------------------------------


def run_process(argv: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPOSITORY),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "alliance_desk", *argv],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
    )


def test_the_entry_point_runs_commands(workbook_path: Path, tmp_path: Path) -> None:
    sound = run_process(["check", str(workbook_path)], tmp_path)
    assert (sound.returncode, sound.stderr) == (0, "")
    assert "sound" in sound.stdout

    empty = tmp_path / "Empty.alliance"
    empty.write_bytes(b"")
    refused = run_process(["info", str(empty)], tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and str(empty) in refused.stderr
    assert "Traceback" not in refused.stdout + refused.stderr

    usage = run_process(["info"], tmp_path)
    assert usage.returncode == 2 and usage.stderr.count("\n") == 1


def test_an_unexpected_error_is_one_line_and_a_log_entry(tmp_path: Path) -> None:
    # A file that passes every check (our id, this version, intact) yet has none of our
    # tables: the command fails in a way nobody planned for.
    hollow = tmp_path / "Hollow.alliance"
    connection = sqlite3.connect(hollow)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    connection.commit()
    connection.close()

    result = run_process(["info", str(hollow)], tmp_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"{PROG}: unexpected error")
    log_file = tmp_path / "data" / "alliance_desk" / "alliance_desk.log"
    assert f"details are in {log_file}" in result.stderr
    assert "Traceback" in log_file.read_text(encoding="utf-8")
