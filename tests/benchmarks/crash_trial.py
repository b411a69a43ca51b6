"""Crash trial (not part of the suite): kill a process writing through the store, again and
again, and count the acknowledged writes that are not there after the restart.

    .venv/bin/python tests/benchmarks/crash_trial.py [TRIALS]

Each trial starts a writer that inserts organisations one commit at a time and prints each
id once its commit returned; after a random number of acknowledgements it is SIGKILLed, the
workbook is checked in full and opened (which replays the -wal), and every acknowledged id
must be present. POSIX only.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY))

from alliance_desk.store.workbook import (  # noqa: E402
    create_workbook,
    inspect_workbook,
    open_workbook,
)

WRITER = """
import sys
from alliance_desk.domain.partners import Organisation
from alliance_desk.store import records
from alliance_desk.store.workbook import open_workbook

workbook = open_workbook(sys.argv[1])
number = 0
while True:
    stored = records.insert(workbook.db, Organisation(name=f"org {number}"))
    print(stored.id, flush=True)
    number += 1
"""


def main(trials: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="crash-trial-"))
    path = create_workbook(folder / "Trial.alliance")
    rng = random.Random(13)
    acknowledged = lost = notices = 0
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    for _ in range(trials):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        assert writer.stdout is not None
        wanted, acks = rng.randint(20, 400), []
        while len(acks) < wanted:
            line = writer.stdout.readline()
            if not line:
                break
            acks.append(int(line))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        inspect_workbook(path, full=True)
        with open_workbook(path) as workbook:
            notices += len(workbook.notices)
            present = {row["id"] for row in workbook.db.query("SELECT id FROM organisation")}
        acknowledged += len(acks)
        lost += len(set(acks) - present)
    print(f"trials={trials} acknowledged={acknowledged} lost={lost} notices={notices}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
