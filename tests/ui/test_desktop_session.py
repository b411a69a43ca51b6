"""Without a display (or a system library Qt's X11 plugin needs) the app says so in one
line on stderr and exits with 1, instead of Qt's abort and its messages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desk.ui.desktop_session import problem, xcb_plugin

QT_WORDS = ("qt.qpa", "platform plugin", "Aborted", "core dumped")


def _start(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """``alliance-desk`` started as a user would, without any display variable."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-m", "alliance_desk", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="a display is a Linux matter")
def test_without_a_display_one_line_says_a_desktop_session_is_needed(tmp_path: Path) -> None:
    done = _start(tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "needs a desktop session" in lines[0] and "DISPLAY" in lines[0]
    assert "alliance-desk --help" in lines[0]
    assert not any(word in done.stderr for word in QT_WORDS)


@pytest.mark.skipif(sys.platform != "linux", reason="a display is a Linux matter")
def test_a_display_nobody_answers_on_is_named(tmp_path: Path) -> None:
    done = _start(tmp_path, DISPLAY=":8731")
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert not any(word in done.stderr for word in QT_WORDS)
    if "system library" not in lines[0]:  # with the libraries present, the display is next
        assert "cannot connect to the display :8731" in lines[0]


@pytest.mark.skipif(sys.platform != "linux", reason="Qt's X11 plugin is a Linux matter")
def test_a_missing_system_library_is_named(tmp_path: Path) -> None:
    plugin = xcb_plugin()
    assert plugin is not None
    # A copy away from PySide6 cannot find Qt's own XcbQpa library beside it: a missing
    # library as libxcb-cursor0 would be, found the way Qt finds it. In a process of its
    # own: a library loaded already would be found by name.
    copy = tmp_path / "libqxcb.so"
    shutil.copyfile(plugin, copy)
    code = (
        "import sys; from pathlib import Path; "
        "from alliance_desk.ui.desktop_session import problem; "
        f"print(problem({{'DISPLAY': ':0'}}, 'linux', Path({str(copy)!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert "needs the system library libQt6XcbQpa.so.6, which is not installed" in done.stdout


def test_no_check_where_qt_is_told_what_to_use_or_on_other_systems() -> None:
    assert problem({}, "win32") is None
    assert problem({}, "darwin") is None
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    wayland = problem({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert wayland is not None and "WAYLAND_DISPLAY is not set" in wayland
    assert problem({"QT_QPA_PLATFORM": "wayland;offscreen"}, "linux") is None
