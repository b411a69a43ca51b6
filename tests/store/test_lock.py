"""The workbook lock under every interleaving of its steps.

Each holder runs in a thread of its own and stops before every file operation
(the lock's ``pause`` hook); a scheduler lets exactly one of them take its next
step at a time and tries every order of the steps (a depth-first search over
the choices, re-running each order from the start). After every step at most
one holder may believe it holds the workbook. ``flock`` locks belong to open
files, not to processes, so threads contend exactly as processes do; one test
with real processes confirms that.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from alliance_desk.store.errors import WorkbookInUse
from alliance_desk.store.lock import WorkbookLock

REPOSITORY = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock interleavings are POSIX")


class Holder:
    """One would-be holder of the lock, run step by step in a thread."""

    def __init__(
        self,
        workbook: Path,
        plan: Callable[[WorkbookLock], None],
        lock: WorkbookLock | None = None,
    ):
        self.lock = lock or WorkbookLock(workbook)
        self.lock._pause = self._pause
        self._plan = plan
        self._go = threading.Semaphore(0)
        self._parked = threading.Semaphore(0)
        self.done = False
        self.steps: list[str] = []
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._wait()  # up to its first step (or the end)

    def step(self) -> None:
        self._go.release()
        self._wait()

    def _wait(self) -> None:
        assert self._parked.acquire(timeout=10), f"a holder is stuck after {self.steps}"

    def _pause(self, step: str) -> None:
        self.steps.append(step)
        self._parked.release()
        self._go.acquire()

    def _run(self) -> None:
        try:
            self._plan(self.lock)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            self.failure = error
        finally:
            self.done = True
            self._parked.release()

    def finish(self) -> None:
        self._thread.join(timeout=10)
        assert not self._thread.is_alive()
        self.lock._pause = lambda _step: None
        if self.lock.held:
            self.lock.release()


def acquire(lock: WorkbookLock) -> None:
    try:
        lock.acquire()
    except WorkbookInUse:
        pass  # somebody else holds it: a refusal is a fine outcome


def acquire_and_release(lock: WorkbookLock) -> None:
    acquire(lock)
    if lock.held:
        lock.release()


def release(lock: WorkbookLock) -> None:
    lock.release()


def run_order(
    workbook: Path, plans: list[Callable[[WorkbookLock], None]], prefix: list[int]
) -> tuple[list[tuple[int, list[int]]], list[bool]]:
    """Run one order of steps: ``prefix`` first, then the lowest runnable holder each time.

    The first holder starts holding the lock (taken before the steps are watched).
    Returns each choice with the holders that could have moved then, and who held
    the lock at the end.
    """
    first = WorkbookLock(workbook)
    first.acquire()
    holders = [Holder(workbook, plans[0], first)] + [Holder(workbook, plan) for plan in plans[1:]]
    for holder in holders:
        holder.start()
    choices: list[tuple[int, list[int]]] = []
    try:
        while True:
            runnable = [index for index, holder in enumerate(holders) if not holder.done]
            if not runnable:
                break
            depth = len(choices)
            wanted = prefix[depth] if depth < len(prefix) else runnable[0]
            chosen = wanted if wanted in runnable else runnable[0]
            choices.append((chosen, runnable))
            holders[chosen].step()
            holding = [index for index, holder in enumerate(holders) if holder.lock.held]
            assert len(holding) <= 1, (
                f"holders {holding} hold the workbook at once after "
                f"{[holders[index].steps for index in range(len(holders))]}"
            )
        for holder in holders:
            assert holder.failure is None, holder.failure
        # Whoever holds it really does; when nobody does, nothing stale blocks.
        held = [holder.lock.held for holder in holders]
        probe = WorkbookLock(workbook)
        if any(held):
            with pytest.raises(WorkbookInUse):
                probe.acquire()
        else:
            probe.acquire()
            probe.release()
    finally:
        for holder in holders:
            holder.finish()
    return choices, held


def every_order(workbook: Path, plans: list[Callable[[WorkbookLock], None]]) -> int:
    """Run every interleaving of the holders' steps; return how many there were."""
    pending: list[list[int]] = [[]]
    runs = 0
    while pending:
        prefix = pending.pop()
        choices, _ = run_order(workbook, plans, prefix)
        runs += 1
        for depth in range(len(prefix), len(choices)):
            chosen, runnable = choices[depth]
            taken = [choice for choice, _ in choices[:depth]]
            pending.extend(taken + [other] for other in runnable if other != chosen)
    return runs


def test_the_gap_the_issue_found_is_closed(tmp_path: Path) -> None:
    """The order reported: B opens the lock file, A releases and unlinks it, B locks the
    old file, C creates a new one and locks it."""
    workbook = tmp_path / "Partners.alliance"
    a, b, c = 0, 1, 2
    order = [b, a, a, a, b, c, c, c, c]  # then B to its end, C to its end
    _, held = run_order(workbook, [release, acquire, acquire], order)
    assert held == [False, False, True]  # B found its file gone, tried again, met C


def test_one_release_and_two_acquires_in_every_order(tmp_path: Path) -> None:
    runs = every_order(tmp_path / "Partners.alliance", [release, acquire, acquire])
    assert runs > 100  # the search did reach every order


@pytest.mark.slow
def test_a_release_and_an_acquire_release_and_an_acquire_in_every_order(tmp_path: Path) -> None:
    runs = every_order(tmp_path / "Partners.alliance", [release, acquire_and_release, acquire])
    assert runs > 100


# --- real processes --------------------------------------------------------------------------

ROUNDS = 400
TURNS = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from alliance_desk.store.errors import WorkbookInUse
    from alliance_desk.store.lock import WorkbookLock

    lock = WorkbookLock(Path(sys.argv[1]))
    log = os.open(sys.argv[2], os.O_WRONLY | os.O_APPEND)
    sys.stdin.readline()  # everybody starts together
    for _ in range(int(sys.argv[3])):
        try:
            lock.acquire()
        except WorkbookInUse:
            continue
        os.write(log, f"in {os.getpid()}\\n".encode())
        os.write(log, f"out {os.getpid()}\\n".encode())
        lock.release()
    """
)


def test_processes_taking_turns_never_hold_it_together(tmp_path: Path) -> None:
    workbook = tmp_path / "Partners.alliance"
    log = tmp_path / "turns.log"
    log.write_bytes(b"")
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", TURNS, str(workbook), str(log), str(ROUNDS)],
            stdin=subprocess.PIPE,
            env=environment,
        )
        for _ in range(4)
    ]
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        process.stdin.close()
    for process in processes:
        assert process.wait(timeout=120) == 0

    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines, "nobody ever held the lock"
    # Every "in" is followed by the same process's "out": never two inside at once.
    for entered, left in zip(lines[::2], lines[1::2], strict=True):
        assert entered.startswith("in ") and left == "out " + entered[3:], (entered, left)
