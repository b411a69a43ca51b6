"""A workbook opened while alliance_desk runs goes to the running app: a second start
hands it over and ends, so two programs never fight over the workbook's lock."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from alliance_desk.ui.single_instance import BUSY, OK, InstanceServer, hand_over, server_name

CHECKOUT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server(qapp: object) -> Iterator[InstanceServer]:
    running = InstanceServer(lambda: False)
    assert running.listen()
    yield running
    running.close()


def _second_start(*arguments: str) -> subprocess.Popen[str]:
    """alliance_desk started again, as by a double click (same user, same data folder)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "alliance_desk", *arguments],
        cwd=CHECKOUT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_name_is_keyed_to_the_user_and_their_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    name = server_name()
    assert name.startswith("alliance_desk-") and name == server_name()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    monkeypatch.setattr("pathlib.Path.home", lambda: tmp_path)
    assert server_name() != name


def test_a_second_start_hands_its_workbook_to_the_running_app(
    qtbot: QtBot, server: InstanceServer, workbook_path: Path
) -> None:
    second = _second_start(str(workbook_path))
    try:
        with qtbot.waitSignal(server.open_requested, timeout=60_000) as opened:
            pass
        assert second.wait(timeout=60) == 0, second.stderr.read() if second.stderr else ""
    finally:
        second.kill()
        second.communicate()
    assert opened.args == [workbook_path.resolve()]


def test_a_busy_app_says_no_and_opens_nothing(qtbot: QtBot, workbook_path: Path) -> None:
    busy = InstanceServer(lambda: True)
    assert busy.listen()
    requested: list[Path] = []
    busy.open_requested.connect(requested.append)
    script = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from alliance_desk.ui.single_instance import hand_over\n"
        "app = QCoreApplication([])\n"
        "print(hand_over(Path(sys.argv[1])))\n"
    )
    asking = subprocess.Popen(
        [sys.executable, "-c", script, str(workbook_path)],
        cwd=CHECKOUT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: asking.poll() is not None, timeout=60_000)
        assert asking.communicate()[0].strip() == BUSY
    finally:
        asking.kill()
        busy.close()
    qtbot.wait(50)
    assert requested == []


def test_without_a_running_app_nobody_answers(qapp: object, workbook_path: Path) -> None:
    assert hand_over(workbook_path, wait_ms=500) is None


def test_a_second_server_leaves_the_running_one_alone(
    qtbot: QtBot, server: InstanceServer, workbook_path: Path
) -> None:
    other = InstanceServer(lambda: False)
    assert not other.listen()
    other.close()
    # The running one still answers.
    script = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from alliance_desk.ui.single_instance import hand_over\n"
        "app = QCoreApplication([])\n"
        "print(hand_over(Path(sys.argv[1])))\n"
    )
    asking = subprocess.Popen(
        [sys.executable, "-c", script, str(workbook_path)],
        cwd=CHECKOUT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        with qtbot.waitSignal(server.open_requested, timeout=60_000):
            pass
        assert asking.communicate(timeout=60)[0].strip() == OK
    finally:
        asking.kill()
