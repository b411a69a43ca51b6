"""Test setup: headless Qt, private settings and data folders, fresh workbooks per test,
and helpers that make damaged and foreign files and tell whether a file was left as it was."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

# Before anything imports Qt: no display, and settings/logs in a private folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_PRIVATE_HOME = Path(tempfile.mkdtemp(prefix="alliance_desk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_PRIVATE_HOME / "data")

import pytest  # noqa: E402

from alliance_desk.domain.partners import Organisation  # noqa: E402
from alliance_desk.store import records  # noqa: E402
from alliance_desk.store.workbook import Workbook, create_workbook, open_workbook  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def template_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new empty workbook made once; tests get copies (creating one runs every migration)."""
    path = tmp_path_factory.mktemp("template") / "template.alliance"
    create_workbook(path)
    return path


@pytest.fixture
def workbook_path(template_workbook: Path, tmp_path: Path) -> Path:
    """A fresh, empty workbook file of this test's own."""
    path = tmp_path / "Partners.alliance"
    shutil.copyfile(template_workbook, path)
    return path


@pytest.fixture
def workbook(workbook_path: Path) -> Iterator[Workbook]:
    """The fresh workbook, open; closed after the test."""
    opened = open_workbook(workbook_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from alliance_desk.demo.builder import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "Demo.alliance")


@pytest.fixture
def small_demo_path(small_demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Demo.alliance"
    shutil.copyfile(small_demo_template, path)
    return path


@pytest.fixture(autouse=True)
def _forget_settings() -> Iterator[None]:
    """Each test starts from default settings (language, recent files, losing touch days)."""
    yield
    from alliance_desk.ui.preferences import settings

    settings().clear()


FILLED_ORGANISATIONS = 300
NOTE_LENGTH = 500
# B-tree page types: interior index, interior table, leaf index, leaf table.
_BTREE_PAGE_TYPES = {2, 5, 10, 13}


def digest(path: Path) -> str:
    """A fingerprint of a file's bytes, or of a folder's listing."""
    if path.is_dir():
        listing = "\n".join(sorted(str(item.relative_to(path)) for item in path.rglob("*")))
        return "folder:" + hashlib.sha256(listing.encode()).hexdigest()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> set[str]:
    return {item.name for item in folder.iterdir()}


def plain_quick_check(path: Path) -> list[str]:
    """``quick_check`` through plain sqlite3, without touching the file (immutable)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        return [f"error: {error}"]
    finally:
        connection.close()


def damage(path: Path, pages: int = 6) -> None:
    """Spoil the headers of a few b-tree pages in the middle of the file.

    Only bytes 5-6 of each page (where its cells start) are overwritten, so the
    file still looks like SQLite but ``quick_check`` reports free-space corruption.
    """
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    page_count = len(data) // page_size
    spoiled = 0
    for page in range(page_count // 2, page_count):
        start = page * page_size
        if data[start] in _BTREE_PAGE_TYPES:
            data[start + 5 : start + 7] = b"\xff\xff"
            spoiled += 1
            if spoiled == pages:
                break
    assert spoiled == pages, "the workbook is too small to damage in the middle"
    path.write_bytes(bytes(data))
    assert plain_quick_check(path) != ["ok"], "the damage did not make quick_check fail"


@pytest.fixture(scope="session")
def filled_template(template_workbook: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook with 300 organisations with long notes: several hundred pages."""
    path = tmp_path_factory.mktemp("filled") / "Filled.alliance"
    shutil.copyfile(template_workbook, path)
    with open_workbook(path) as workbook, workbook.db.transaction():
        for number in range(FILLED_ORGANISATIONS):
            records.insert(
                workbook.db,
                Organisation(name=f"Partner {number}", notes=f"note {number} " * NOTE_LENGTH),
            )
    return path


@pytest.fixture
def filled_path(filled_template: Path, tmp_path: Path) -> Path:
    """A copy of the filled workbook of this test's own, with no backups yet."""
    path = tmp_path / "Filled.alliance"
    shutil.copyfile(filled_template, path)
    return path


@pytest.fixture
def damaged_path(filled_path: Path) -> Path:
    """The filled workbook, damaged in the middle; no backups."""
    damage(filled_path)
    return filled_path


@pytest.fixture
def damaged_with_backup(filled_path: Path) -> tuple[Path, Path]:
    """The filled workbook with a good backup taken, then damaged: (workbook, backup)."""
    with open_workbook(filled_path) as workbook:
        good = workbook.back_up()
    damage(filled_path)
    return filled_path, good


def _foreign(path: Path, wal: bool) -> None:
    connection = sqlite3.connect(path)
    try:
        if wal:
            assert connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        connection.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO customer (name) VALUES ('Acme')")
        connection.commit()
    finally:
        connection.close()


def _newer(template: Path, path: Path, version: int) -> None:
    shutil.copyfile(template, path)
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA user_version = {version}")
        connection.commit()
    finally:
        connection.close()


@pytest.fixture
def make_file(tmp_path: Path, template_workbook: Path) -> Callable[[str], Path]:
    """Make one kind of file that is not a workbook this version can open."""
    from alliance_desk.store.schema import SCHEMA_VERSION

    def make(kind: str) -> Path:
        path = tmp_path / f"{kind}.alliance"
        if kind == "missing":
            pass
        elif kind == "empty":
            path.write_bytes(b"")
        elif kind == "random":
            path.write_bytes(random.Random(20).randbytes(8192))
        elif kind == "text":
            path.write_text("name,partner\nAcme,Globex\n" * 20, encoding="utf-8")
        elif kind == "folder":
            path.mkdir()
            (path / "inside.txt").write_text("a folder, not a workbook", encoding="utf-8")
        elif kind == "foreign":
            _foreign(path, wal=False)
        elif kind == "foreign_wal":
            _foreign(path, wal=True)
        elif kind == "newer":
            _newer(template_workbook, path, SCHEMA_VERSION + 1)
        else:
            raise AssertionError(f"unknown kind {kind}")
        return path

    return make


@pytest.fixture(scope="session")
def tools() -> SimpleNamespace:
    """The helpers above, for test modules (they cannot import a conftest)."""
    return SimpleNamespace(
        digest=digest,
        listing=folder_listing,
        damage=damage,
        plain_quick_check=plain_quick_check,
    )


def _mount(*arguments: str) -> str | None:
    """Run ``mount``; None when it worked, else why not."""
    import subprocess

    if sys.platform != "linux":
        return "read-only and size-limited mounts are made with Linux mount"
    try:
        done = subprocess.run(["mount", *arguments], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    return None if done.returncode == 0 else done.stderr.strip() or "mount failed"


def _unmount(folder: Path) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30, check=False)


@pytest.fixture
def read_only_medium() -> Iterator[Callable[[Path], None]]:
    """``make(folder)`` turns ``folder`` into a read-only file system (a read-only bind
    mount of itself), as a locked memory stick or a read-only share is: even root cannot
    write there, unlike a folder made read-only with chmod. Skips where it cannot mount."""
    mounted: list[Path] = []

    def make(folder: Path) -> None:
        problem = _mount("--bind", str(folder), str(folder))
        if problem is None:
            mounted.append(folder)
            problem = _mount("-o", "remount,bind,ro", str(folder))
        if problem is not None:
            pytest.skip(f"cannot make a read-only mount here (needs root on Linux): {problem}")

    yield make
    for folder in reversed(mounted):
        _unmount(folder)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[int], Path]]:
    """``make(size)`` is a folder on a file system of ``size`` bytes (a tmpfs), to fill up.
    Skips where it cannot mount."""
    mounted: list[Path] = []

    def make(size: int) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        problem = _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
        if problem is not None:
            pytest.skip(f"cannot mount a small file system here (needs root on Linux): {problem}")
        mounted.append(folder)
        return folder

    yield make
    for folder in reversed(mounted):
        _unmount(folder)


class FailingDisk:
    """Makes every read of a workbook through the connections already open on it fail as a
    damaged sector or a pulled-out stick would (SQLite: SQLITE_IOERR_READ, "disk I/O
    error"), and brings the disk back. Each open file descriptor of the workbook and its
    -wal is swapped (dup2) for a write-only one of a file as long: the size SQLite sees is
    unchanged, but every read fails with EBADF. The descriptor numbers stay taken, so
    nothing else can be opened under them. Linux only (it finds them in /proc/self/fd)."""

    def __init__(self, scratch: Path):
        self.scratch = scratch
        self.saved: list[tuple[int, int]] = []

    def fail(self, path: Path) -> None:
        names = {str(path.resolve()), str(path.resolve()) + "-wal"}
        for entry in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{entry}")
            except OSError:
                continue
            if target not in names:
                continue
            fd = int(entry)
            shadow = self.scratch / f"shadow-{fd}"
            with open(shadow, "wb") as out:
                out.truncate(os.fstat(fd).st_size)
            self.saved.append((fd, os.dup(fd)))
            unreadable = os.open(shadow, os.O_WRONLY)
            os.dup2(unreadable, fd)
            os.close(unreadable)
        assert self.saved, f"nothing has {path} open"

    def heal(self) -> None:
        for fd, original in reversed(self.saved):
            os.dup2(original, fd)
            os.close(original)
        self.saved.clear()


@pytest.fixture
def failing_disk(tmp_path: Path) -> Iterator[FailingDisk]:
    if not sys.platform.startswith("linux"):
        pytest.skip("the failing disk is made through /proc/self/fd (Linux)")
    scratch = tmp_path / "failing-disk"
    scratch.mkdir()
    disk = FailingDisk(scratch)
    yield disk
    disk.heal()
