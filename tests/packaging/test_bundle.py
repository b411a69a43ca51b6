"""The packaged app, built as a user gets it and smoke-tested headless: the build script
makes the Linux bundle and tarball in a temporary folder, the platforms' shared smoke test
runs the executable, and install.sh installs it into a private home and takes it away."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from alliance_desk import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "resources" / "packaging"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed: pip install -e '.[package]' (the test extra has it)",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The build's dist folder (about a minute)."""
    folder = tmp_path_factory.mktemp("package")
    subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--dist",
            str(folder / "dist"),
            "--work",
            str(folder / "work"),
            "--no-timing",
        ],
        check=True,
        timeout=900,
        capture_output=True,
    )
    return folder / "dist"


def test_the_built_app_passes_the_smoke_test(built: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "smoke_test.py"), str(built / "alliance_desk")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout


def test_the_bundle_holds_only_the_qt_it_uses(built: Path) -> None:
    internal = built / "alliance_desk" / "_internal"
    modules = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.so")}
    # The Python modules the app imports; Qt's SVG library comes only as the icon's plugin.
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtNetwork"}
    # About shows the bundled versions from their metadata.
    assert list(internal.glob("reportlab-*.dist-info")) and list(
        internal.glob("pypdfium2-*.dist-info")
    )
    assert not list(internal.rglob("*Qml*")) and not list(internal.rglob("*WebEngine*"))
    size = sum(
        path.stat().st_size
        for path in built.joinpath("alliance_desk").rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    assert size < 152e6  # Qt bloat is megabytes a module; our own code grows by kilobytes


def test_the_tarball_installs_for_the_user_and_uninstalls(built: Path, tmp_path: Path) -> None:
    archives = list(built.glob(f"alliance_desk-{__version__}-linux-*.tar.gz"))
    assert len(archives) == 1
    with tarfile.open(archives[0]) as tar:
        names = set(tar.getnames())
        tar.extractall(tmp_path / "unpacked", filter="tar")
    top = archives[0].name.removesuffix(".tar.gz")
    for size in (16, 32, 48, 128, 256, 512):
        assert f"{top}/share/icons/hicolor/{size}x{size}/apps/alliance-desk.png" in names
    home = tmp_path / "home"
    environment = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
    }
    subprocess.run(
        [str(tmp_path / "unpacked" / top / "install.sh")],
        env=environment,
        check=True,
        timeout=120,
        capture_output=True,
    )
    share = home / ".local" / "share"
    desktop = (share / "applications" / "alliance-desk.desktop").read_text(encoding="utf-8")
    program = home / ".local" / "lib" / "alliance_desk" / "alliance-desk"
    assert f'Exec="{program}" %f' in desktop
    assert (share / "mime" / "packages" / "alliance-desk.xml").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "alliance-desk.png").is_file()
    if os.path.exists("/usr/bin/update-mime-database"):
        assert (share / "mime" / "application" / "x-alliance-desk.xml").is_file()
    version = subprocess.run(
        [str(home / ".local" / "bin" / "alliance-desk"), "--version"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert version.stdout.strip() == f"alliance-desk {__version__}"

    subprocess.run(
        [str(tmp_path / "unpacked" / top / "install.sh"), "--uninstall"],
        env=environment,
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert not program.exists()
    assert not (share / "applications" / "alliance-desk.desktop").exists()
    assert not (home / ".local" / "bin" / "alliance-desk").exists()
