"""Build the packaged alliance_desk for this platform, and report its figures.

    .venv/bin/python resources/packaging/build.py     (after pip install -e '.[package]')

Steps: render the icon from ``resources/icons/alliance_desk.svg``; gather the licence
texts of everything bundled; run PyInstaller on ``alliance_desk.spec`` (one folder,
``dist/alliance_desk/``); put the licences beside the executable; then make this
platform's package: on Linux a tarball with a menu entry, icons, the ``.alliance`` file
type and ``install.sh``; on macOS ``alliance_desk.app`` in a ``.dmg``; on Windows an
Inno Setup installer (when ``iscc`` is on the PATH). Last, a report: build time, size
unpacked and packed, and the start to the painted main window against the same app
started from this Python (``--no-timing`` leaves that out).

Everything comes from this checkout and the packages installed in this Python; nothing
is downloaded. The archive is reproducible: sorted entries, fixed owners, and times
from the last commit (``SOURCE_DATE_EPOCH``).
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
RESOURCES = ROOT / "resources"
ICON_SVG = RESOURCES / "icons" / "alliance_desk.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The distributions bundled besides Python and alliance_desk (licence files from their
# dist-info); PyInstaller's bootloader starts the program, so its licence goes too.
BUNDLED = (
    "pyside6_essentials",
    "shiboken6",
    "reportlab",
    "pillow",
    "charset_normalizer",
    "pypdfium2",
    "openpyxl",
    "et_xmlfile",
    "pypdf",
    "pyinstaller",
)
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
SMOKE = "smoke test: main window painted "

sys.path.insert(0, str(ROOT))
from alliance_desk import __version__  # noqa: E402


def render_icons(staging: Path) -> Path:
    """PNGs at the usual sizes (and .ico / .icns where the platform wants them)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (painting needs it)
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {ICON_SVG}")
    folder = staging / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(folder / f"{size}.png")):
            raise SystemExit(f"cannot write the {size} px icon")
    if sys.platform == "win32":
        QImage(str(folder / "256.png")).save(str(staging / "alliance_desk.ico"))
    if sys.platform == "darwin":
        iconset = staging / "alliance_desk.iconset"
        iconset.mkdir(exist_ok=True)
        for size in (16, 32, 128, 256, 512):
            shutil.copyfile(folder / f"{size}.png", iconset / f"icon_{size}x{size}.png")
            if size * 2 in ICON_SIZES:
                shutil.copyfile(folder / f"{size * 2}.png", iconset / f"icon_{size}x{size}@2x.png")
        subprocess.run(
            ["iconutil", "-c", "icns", str(iconset), "-o", str(staging / "alliance_desk.icns")],
            check=True,
        )
    return folder


def gather_licences(target: Path) -> list[str]:
    """The licence texts of everything bundled, one folder per component; what was found."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    found = []
    for name in BUNDLED:
        distribution = metadata.distribution(name)
        for file in distribution.files or []:
            parts = Path(file).parts
            if not parts[0].endswith(".dist-info") or not LICENCE_FILE.search(str(file)):
                continue
            source = Path(str(distribution.locate_file(file)))
            if source.is_file():
                destination = target / distribution.metadata["Name"] / Path(*parts[1:])
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, destination)
        found.append(f"{distribution.metadata['Name']} {distribution.version}")
    # Qt and PySide6 are LGPL-3.0, which their wheels do not carry as text.
    qt = target / "Qt"
    qt.mkdir()
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        shutil.copyfile(RESOURCES / "licenses" / text, qt / text)
    (target / "DejaVu-fonts").mkdir()
    shutil.copyfile(
        RESOURCES / "fonts" / "DejaVu-LICENSE.txt", target / "DejaVu-fonts" / "LICENSE.txt"
    )
    python_licence = [
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt",
    ]
    for candidate in python_licence:
        if candidate.is_file():
            (target / "Python").mkdir()
            shutil.copyfile(candidate, target / "Python" / "LICENSE.txt")
            break
    else:
        raise SystemExit("Python's LICENSE.txt was not found in " + sys.base_prefix)
    (target / "README.txt").write_text(
        f"alliance_desk {__version__} (MIT) bundles the following; their licence texts are "
        "in the folders beside this file.\n\n"
        "- Qt and PySide6 (Qt for Python), shiboken6: LGPL-3.0 (Qt/). You may replace them\n"
        "  with builds of your own: they are the PySide6 and Qt libraries in this folder.\n"
        "- reportlab: BSD-3-Clause. Pillow: MIT-CMU. charset-normalizer: MIT.\n"
        "- pypdfium2: Apache-2.0 or BSD-3-Clause; PDFium and its third-party libraries: see\n"
        "  pypdfium2/licenses/BUILD_LICENSES.\n"
        "- openpyxl: MIT. et_xmlfile: MIT. pypdf: BSD-3-Clause.\n"
        "- DejaVu fonts: Bitstream Vera and Arev font licences (DejaVu-fonts/).\n"
        "- Python: PSF licence (Python/). PyInstaller's bootloader: GPL-2.0 with an exception\n"
        "  that allows it in any program (pyinstaller/).\n"
        "- Linux: the system libraries in the bundle (system-libraries/, where found).\n",
        encoding="utf-8",
    )
    return found


def system_library_licences(bundle: Path, target: Path) -> int:
    """On Debian-like systems, the copyright files of the system libraries PyInstaller
    copied into the bundle (libcups, ICU, glib...); how many packages."""
    if not shutil.which("dpkg"):
        return 0
    packages = set()
    for library in sorted((bundle / "_internal").glob("lib*.so*")):
        owner = subprocess.run(
            ["dpkg", "-S", f"*/{library.name}"], capture_output=True, text=True, check=False
        )
        for line in owner.stdout.splitlines():
            packages.add(line.split(":", 1)[0])
    folder = target / "system-libraries"
    for package in sorted(packages):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            folder.mkdir(exist_ok=True)
            shutil.copyfile(copyright_file, folder / f"{package}.txt")
    return len(packages)


def run_pyinstaller(dist: Path, work: Path, staging: Path) -> Path:
    environment = dict(os.environ, ALLIANCE_DESK_STAGING=str(staging), PYTHONHASHSEED="0")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(HERE / "alliance_desk.spec"),
        ],
        check=True,
        env=environment,
        cwd=ROOT,
    )
    return dist / "alliance_desk"


def source_date() -> int:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    last_commit = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    return int(last_commit.stdout.strip() or 0)


def linux_tarball(bundle: Path, icons: Path, dist: Path) -> Path:
    """alliance_desk-VERSION-linux-ARCH.tar.gz: the program, the desktop files, install.sh."""
    name = f"alliance_desk-{__version__}-linux-{platform.machine()}"
    tree = dist / name
    if tree.exists():
        shutil.rmtree(tree)
    shutil.copytree(bundle, tree / "alliance_desk", symlinks=True)
    share = tree / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(
        HERE / "linux" / "alliance-desk.desktop", share / "applications" / "alliance-desk.desktop"
    )
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(
        HERE / "linux" / "alliance-desk.xml", share / "mime" / "packages" / "alliance-desk.xml"
    )
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        for context, icon_name in (
            ("apps", "alliance-desk"),
            ("mimetypes", "application-x-alliance-desk"),
        ):
            folder = hicolor / f"{size}x{size}" / context
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(icons / f"{size}.png", folder / f"{icon_name}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ICON_SVG, hicolor / "scalable" / "apps" / "alliance-desk.svg")
    shutil.copyfile(HERE / "linux" / "install.sh", tree / "install.sh")
    (tree / "install.sh").chmod(0o755)
    (tree / "README.txt").write_text(
        f"alliance_desk {__version__}\n\n"
        "Install for yourself (no administrator rights):  ./install.sh\n"
        "Then open it from the applications menu, or double-click a .alliance workbook.\n"
        "Run without installing:  ./alliance_desk/alliance-desk\n"
        "Uninstall:  ./install.sh --uninstall\n",
        encoding="utf-8",
    )
    archive = dist / f"{name}.tar.gz"
    mtime = source_date()

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = mtime
        return info

    with (
        open(archive, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime, compresslevel=9) as packed,
        tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path in sorted([tree, *tree.rglob("*")]):
            tar.add(path, arcname=str(path.relative_to(dist)), recursive=False, filter=normalise)
    shutil.rmtree(tree)
    return archive


def macos_dmg(dist: Path) -> Path:
    app = dist / "alliance_desk.app"
    image = dist / f"alliance_desk-{__version__}-macos-{platform.machine()}.dmg"
    image.unlink(missing_ok=True)
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "alliance_desk",
            "-srcfolder",
            str(app),
            "-fs",
            "HFS+",
            "-format",
            "UDZO",
            "-ov",
            str(image),
        ],
        check=True,
    )
    return image


def windows_installer(dist: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = (
        Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
        / "Inno Setup 6"
        / "ISCC.exe"
    )
    if iscc is None and default.is_file():
        iscc = str(default)
    if iscc is None:
        print("Inno Setup (iscc) not found: no installer made", file=sys.stderr)
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={__version__}",
            f"/DDistDir={dist}",
            f"/O{dist}",
            str(HERE / "windows" / "alliance_desk.iss"),
        ],
        check=True,
    )
    return dist / f"alliance_desk-{__version__}-windows-setup.exe"


def folder_size(folder: Path) -> int:
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def start_seconds(command: list[str], workbook: Path, runs: int) -> float:
    """Median seconds from process start to the main window painted (the smoke mode)."""
    environment = dict(os.environ, ALLIANCE_DESK_SMOKE_TEST="1", QT_QPA_PLATFORM="offscreen")
    seen = []
    for _ in range(runs):
        done = subprocess.run(
            [*command, str(workbook)], capture_output=True, text=True, env=environment, timeout=120
        )
        line = next((text for text in done.stdout.splitlines() if text.startswith(SMOKE)), None)
        if done.returncode != 0 or line is None:
            raise SystemExit(f"the start of {command[0]} failed:\n{done.stdout}\n{done.stderr}")
        seen.append(float(line.removeprefix(SMOKE).split()[0]))
    return statistics.median(seen)


def executable(bundle: Path) -> Path:
    return bundle / ("alliance-desk.exe" if sys.platform == "win32" else "alliance-desk")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the results go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--no-timing", action="store_true", help="leave out the start timing")
    parser.add_argument("--runs", type=int, default=5, help="starts timed for each (median)")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.perf_counter()
    staging = work / "staging"
    staging.mkdir(parents=True, exist_ok=True)
    icons = render_icons(staging)
    components = gather_licences(staging / "licenses")
    bundle = run_pyinstaller(dist, work, staging)
    licences = bundle / "licenses"
    shutil.copytree(staging / "licenses", licences, dirs_exist_ok=True)
    system_packages = system_library_licences(bundle, licences)
    packed: Path | None = None
    if sys.platform == "linux":
        packed = linux_tarball(bundle, icons, dist)
    elif sys.platform == "darwin":
        resources = dist / "alliance_desk.app" / "Contents" / "Resources" / "licenses"
        shutil.copytree(staging / "licenses", resources, dirs_exist_ok=True)
        packed = macos_dmg(dist)
    elif sys.platform == "win32":
        packed = windows_installer(dist)
    build_seconds = time.perf_counter() - started

    print(f"\nalliance_desk {__version__} packaged for {sys.platform} ({platform.machine()})")
    print(f"  build time             {build_seconds:6.0f} s")
    print(f"  bundle                 {bundle}")
    print(f"  unpacked               {folder_size(bundle) / 1e6:6.1f} MB (aim: at most 150)")
    if packed is not None and packed.exists():
        print(f"  packed                 {packed.stat().st_size / 1e6:6.1f} MB  {packed.name}")
    print(
        f"  licences               {', '.join(components)}, Qt, DejaVu, Python"
        + (f", {system_packages} system packages" if system_packages else "")
    )
    if args.no_timing or not Path("/proc/self/stat").exists():
        print("  start to main window   not timed (--no-timing, or no /proc to time it by)")
    else:
        workbook = work / "timing" / "Demo.alliance"
        if workbook.exists():
            workbook.unlink()
        workbook.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(executable(bundle)), "demo", str(workbook)], check=True, capture_output=True
        )
        frozen = start_seconds([str(executable(bundle))], workbook, args.runs)
        from_python = start_seconds([sys.executable, "-m", "alliance_desk"], workbook, args.runs)
        print(
            f"  start to main window   {frozen:6.2f} s packaged, {from_python:.2f} s from Python: "
            f"{frozen / from_python:.2f}x (aim: at most 1.2x; median of {args.runs})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
