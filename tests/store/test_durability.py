"""A committed change survives the program being killed mid-work."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from alliance_desk.domain.partners import Organisation
from alliance_desk.store import records
from alliance_desk.store.lock import lock_path_for
from alliance_desk.store.schema import SCHEMA_VERSION
from alliance_desk.store.workbook import inspect_workbook, open_workbook

REPOSITORY = Path(__file__).resolve().parents[2]
ACKNOWLEDGEMENTS = 200
TIMEOUT_SECONDS = 60

WRITER = textwrap.dedent(
    """
    import sys
    from alliance_desk.domain.partners import Organisation
    from alliance_desk.store import records
    from alliance_desk.store.workbook import open_workbook

    workbook = open_workbook(sys.argv[1])
    number = 0
    while True:
        stored = records.insert(workbook.db, Organisation(name=f"org {number}"))
        print(stored.id, flush=True)  # only after the commit returned
        number += 1
    """
)


def read_acknowledgements(process: subprocess.Popen[str], wanted: int) -> list[int]:
    """Ids the writer reported as committed, until ``wanted`` of them (or the timeout)."""
    assert process.stdout is not None
    acknowledged: list[int] = []
    deadline = time.monotonic() + TIMEOUT_SECONDS
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while len(acknowledged) < wanted:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(timeout=remaining):
                break
            line = process.stdout.readline()
            if not line:
                break
            acknowledged.append(int(line))
    return acknowledged


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select on pipes are POSIX")
def test_every_acknowledged_insert_survives_a_kill(workbook_path: Path, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    process = subprocess.Popen(
        [sys.executable, str(script), str(workbook_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        acknowledged = read_acknowledgements(process, ACKNOWLEDGEMENTS)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=TIMEOUT_SECONDS)
        assert process.stderr is not None
        errors = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

    assert len(acknowledged) >= ACKNOWLEDGEMENTS, errors
    assert process.returncode == -signal.SIGKILL
    # The writer died holding the lock and with its changes in the WAL.
    assert lock_path_for(workbook_path).exists()

    assert inspect_workbook(workbook_path, full=True) == SCHEMA_VERSION

    with open_workbook(workbook_path) as workbook:  # the stale lock file does not block
        present = {
            row["id"]
            for row in workbook.db.query("SELECT id FROM organisation WHERE name LIKE 'org %'")
        }
        assert set(acknowledged) <= present
        assert records.count(workbook.db, Organisation) == len(present) + 1  # + our own
        records.insert(workbook.db, Organisation(name="After the crash"))
    assert not lock_path_for(workbook_path).exists()
    assert inspect_workbook(workbook_path, full=True) == SCHEMA_VERSION
