"""Opening, creating, migrating and restoring workbook files.

Opening refuses, leaving the file byte-identical, anything that is not a
sound workbook of this version or older: a missing, empty or non-SQLite
file, somebody else's SQLite database, a workbook from a newer program, a
damaged workbook (pointing to the newest good backup) and a workbook open
in another running instance. An older workbook is backed up, then migrated
one step per transaction.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from alliance_desk import __version__
from alliance_desk.domain.validation_error import utc_now_stamp
from alliance_desk.store import backup, wal
from alliance_desk.store.db import (
    APPLICATION_ID,
    Database,
    apply_workbook_pragmas,
    connect,
    is_environment_error,
    on_read_only_medium,
    storage_error,
)
from alliance_desk.store.errors import (
    DamagedJournal,
    DamagedWorkbook,
    NewerWorkbook,
    NotAWorkbook,
    StorageFailure,
    UnreadableWorkbook,
    WorkbookError,
    WorkbookExists,
    WorkbookNotFound,
)
from alliance_desk.store.files import place_new_file, remove_stale_partials
from alliance_desk.store.lock import WorkbookLock
from alliance_desk.store.schema import MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".alliance"


class Workbook:
    """An open workbook: its connection, its lock and where its backups go."""

    def __init__(self, path: Path, db: Database, lock: WorkbookLock, backup_dir: Path):
        self.path = path
        self.db = db
        self.lock = lock
        self.backup_dir = backup_dir
        # What the user must hear about opening it (a crash's journal that was damaged).
        self.notices: list[WorkbookError] = []

    @property
    def read_only(self) -> bool:
        """On read-only media: readable, every change refused (ReadOnlyWorkbook)."""
        return self.db.read_only

    def back_up(self, label: str | None = None) -> Path:
        return backup.take_backup(self.db.connection, self.path, self.backup_dir, label)

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.lock.release()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _check_header(path: Path) -> None:
    if not path.exists():
        raise WorkbookNotFound(path)
    if path.is_dir():
        raise NotAWorkbook(path, "folder")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise StorageFailure(path, doing="read", detail=error.strerror or str(error)) from error
    if not header:
        raise NotAWorkbook(path, "empty")
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotAWorkbook(path, "not_sqlite")


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def inspect_workbook(
    path: Path, backup_dir: Path | None = None, *, full: bool = False, pages: bool = True
) -> int:
    """Check a workbook file without changing it; return its schema version.

    ``full`` runs ``integrity_check`` and ``foreign_key_check`` instead of the
    faster ``quick_check``; ``pages=False`` checks only what the file is (which
    program, which version) and leaves the page check to the caller.
    """
    _check_header(path)
    if full:
        found = damaged_journal(path, keep=False)
        if found is not None:
            raise found
    existing = {sidecar for sidecar in _sidecars(path) if sidecar.exists()}
    try:
        connection = connect(path, read_only=True)
    except sqlite3.Error as error:
        raise StorageFailure(path, doing="opened", detail=str(error)) from error
    try:
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise _unreadable_or_damaged(path, error, backup_dir) from error
        if application_id != APPLICATION_ID:
            raise NotAWorkbook(path, "foreign")
        if version > SCHEMA_VERSION:
            raise NewerWorkbook(path, found=version, supported=SCHEMA_VERSION)
        if not pages and version == SCHEMA_VERSION:
            return int(version)
        try:
            check = "integrity_check" if full else "quick_check"
            problems = [row[0] for row in connection.execute(f"PRAGMA {check}")]
            if problems == ["ok"] and full:
                dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
                problems = [f"{len(dangling)} broken references"] if dangling else problems
            if problems == ["ok"] and full and version == SCHEMA_VERSION:
                # Sound to SQLite is not enough: every value must be one the app can read.
                # (Imported here: the rules of every table, which opening does not need.)
                from alliance_desk.store import content

                unreadable = content.first_unreadable(connection)
                problems = [unreadable] if unreadable else problems
        except sqlite3.DatabaseError as error:
            raise _unreadable_or_damaged(path, error, backup_dir) from error
        unreadable = _unreadable_pages(problems)
        if unreadable:
            raise UnreadableWorkbook(path, doing="read", detail=unreadable)
        if problems != ["ok"]:
            raise _damaged(path, backup.describe_problems(problems), backup_dir)
        return int(version)
    finally:
        connection.close()
        # A read-only look at a WAL file leaves empty -wal/-shm files: tidy them.
        for sidecar in _sidecars(path):
            if sidecar not in existing and sidecar.exists():
                try:
                    sidecar.unlink()
                except OSError:
                    pass


# integrity_check names a page it could not fetch, with SQLite's error code, as a problem.
_PAGE_NOT_READ = re.compile(r"unable to get the page\. error code=(\d+)")


def _unreadable_pages(problems: list[str]) -> str:
    """What the check says of pages the disk did not give back (an I/O error), if any."""
    for problem in problems:
        found = _PAGE_NOT_READ.search(problem)
        if found and int(found[1]) & 0xFF == sqlite3.SQLITE_IOERR:
            return f"disk I/O error ({found[0]})"
    return ""


def _unreadable_or_damaged(
    path: Path, error: sqlite3.DatabaseError, backup_dir: Path | None
) -> WorkbookError:
    """A disk that fails to give the file back is not a damaged file: telling the user
    "damaged" could make them restore a backup over good data."""
    if is_environment_error(error):
        return storage_error(path, error, "read")
    return _damaged(path, str(error), backup_dir)


def _damaged(path: Path, detail: str, backup_dir: Path | None) -> DamagedWorkbook:
    return DamagedWorkbook(path, detail, backup.newest_good_backup(path, backup_dir))


def open_workbook(
    path: Path | str, backup_dir: Path | None = None, *, check_pages: bool = True
) -> Workbook:
    """Open a workbook for daily use, migrating an older one after backing it up.

    ``check_pages=False`` skips the ``quick_check`` of every page (most of the
    time it takes to open a large workbook) for a caller that runs
    :func:`inspect_workbook` itself right after, in the background. A workbook
    that needs migrating is always checked first.
    """
    path = Path(path)
    folder = backup_dir or backup.default_backup_dir(path)
    _check_header(path)
    if on_read_only_medium(path):
        return _open_read_only(path, folder, check_pages)
    lock = WorkbookLock(path)
    lock.acquire()
    for used in (path.parent, folder):
        remove_stale_partials(used)
    try:
        # Nobody else has it open (we hold the lock), so a -wal is what a crash left;
        # look at it, and keep it if damaged, before SQLite replays and removes it.
        notice = damaged_journal(path, keep=True)
        version = inspect_workbook(path, folder, pages=check_pages)
        try:
            connection = connect(path)
            apply_workbook_pragmas(connection)
        except sqlite3.Error as error:
            raise StorageFailure(path, doing="opened", detail=str(error)) from error
        db = Database(connection, path)
        try:
            if version < SCHEMA_VERSION:
                backup.take_backup(connection, path, folder, label=f"before-v{SCHEMA_VERSION}")
                migrate(db, version)
        except BaseException:
            db.close()
            raise
    except BaseException:
        lock.release()
        raise
    opened = Workbook(path, db, lock, folder)
    if notice is not None:
        opened.notices.append(notice)
    return opened


def damaged_journal(path: Path, *, keep: bool) -> DamagedJournal | None:
    """Whether the workbook's ``-wal`` holds saved changes beyond a damaged frame, which
    SQLite's replay would drop; ``keep`` keeps a copy of it beside the workbook first."""
    journal = path.with_name(path.name + "-wal")
    try:
        if not journal.exists() or journal.stat().st_size == 0:
            return None
        report = wal.read_wal(journal)
        if not report.lost_commits:
            return None
        written = dt.datetime.fromtimestamp(journal.stat().st_mtime).astimezone()
        copy = None
        if keep:
            stamp = written.strftime("%Y%m%d-%H%M%S")
            copy = path.with_name(f"{path.stem}.damaged-journal-{stamp}{SUFFIX}-wal")
            shutil.copyfile(journal, copy)
            with open(copy, "rb") as handle:
                os.fsync(handle.fileno())
    except OSError as error:
        raise StorageFailure(path, doing="read", detail=error.strerror or str(error)) from error
    return DamagedJournal(
        path,
        lost=report.lost_commits,
        written_at=written.strftime("%Y-%m-%d %H:%M:%S %Z").strip(),
        copy=copy,
    )


def _open_read_only(path: Path, folder: Path, check_pages: bool) -> Workbook:
    """A workbook on read-only media, opened for reading: nobody can change it there, so
    it needs no lock; an older one cannot be upgraded in place."""
    version = inspect_workbook(path, folder, pages=check_pages)
    if version < SCHEMA_VERSION:
        raise StorageFailure(
            path,
            doing="opened",
            detail="it is on read-only media and was made by an older alliance_desk, so it "
            "must be upgraded first; copy it to a writable folder and open the copy",
        )
    try:
        connection = connect(path, read_only=True)
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise StorageFailure(path, doing="opened", detail=str(error)) from error
    db = Database(connection, path)
    db.read_only = True
    return Workbook(path, db, WorkbookLock(path), folder)


def _statements(script: str) -> list[str]:
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer[:60]}")
    return statements


def migrate(db: Database, from_version: int) -> None:
    """Run the missing migration steps, each in its own transaction.

    Foreign keys are not enforced while the steps run: a step that rebuilds a
    table (SQLite cannot change a CHECK in place) drops the old one, and with
    enforcement on that drop would first delete, through ``ON DELETE CASCADE``,
    every row that refers to it. The pragma has no effect inside a transaction,
    so it is switched around them; each step must leave no broken reference
    (``foreign_key_check``) or it is rolled back.
    """
    enforced = db.scalar("PRAGMA foreign_keys")
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(from_version, SCHEMA_VERSION):
            with db.transaction():
                for statement in _statements(MIGRATIONS[version]):
                    db.execute(statement)
                broken = db.query("PRAGMA foreign_key_check")
                if broken:
                    raise ValueError(
                        f"migration to version {version + 1} left {len(broken)} broken references"
                    )
                db.execute(f"PRAGMA user_version = {version + 1}")
                db.execute(
                    "INSERT OR REPLACE INTO workbook_info (key, value) "
                    "VALUES ('schema_version', :v)",
                    {"v": str(version + 1)},
                )
    finally:
        if enforced:
            db.execute("PRAGMA foreign_keys = ON")


def build_new_file(
    path: Path | str, fill: Callable[[Database], None], references_checked_after: bool = False
) -> Path:
    """Create ``path`` as a new workbook filled by ``fill``, all or nothing.

    With ``references_checked_after``, SQLite does not look up each row's references
    while ``fill`` runs (foreign keys off: a third of a bulk load's time): the one
    ``foreign_key_check`` of every row afterwards refuses the file all the same.

    The workbook is built under a temporary name beside the target and linked
    into place only when complete, so an interrupted build (even a killed
    process) never leaves a half-made file under the chosen name, and an
    existing file is never overwritten.
    """
    from alliance_desk.store import search  # a new file's index: opening does not need it

    path = Path(path)
    if path.exists():
        raise WorkbookExists(path)
    if not path.parent.is_dir():
        raise StorageFailure(path, doing="created", detail="the folder does not exist")
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    remove_stale_partials(path.parent)
    try:
        _remove([partial, *_sidecars(partial)])
        try:
            connection = connect(partial, create=True)
        except sqlite3.Error as error:
            raise OSError(errno.EROFS if _read_only(path.parent) else 0, str(error)) from error
        try:
            # Speed over durability while building: the file is not in place yet.
            connection.execute("PRAGMA journal_mode = MEMORY")
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db = Database(connection, path)
            db.audit = False  # a new file has no history yet; imports bring their own
            migrate(db, 0)
            if references_checked_after:
                connection.execute("PRAGMA foreign_keys = OFF")
            with db.transaction():
                db.execute(
                    "INSERT OR REPLACE INTO workbook_info (key, value) VALUES "
                    "('created_at', :at), ('created_by', :by)",
                    {"at": utc_now_stamp(), "by": f"alliance_desk {__version__}"},
                )
                with search.bulk_loading(db):
                    fill(db)
            connection.execute("PRAGMA foreign_keys = ON")
            problems = connection.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ValueError(f"{len(problems)} broken references in the new workbook")
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        try:
            place_new_file(partial, path)
        except FileExistsError:
            raise WorkbookExists(path) from None
    except OSError as error:
        raise StorageFailure(path, doing="created", detail=_os_detail(error, path)) from error
    except sqlite3.Error as error:
        if not is_environment_error(error):
            raise
        raise StorageFailure(path, doing="created", detail=str(error)) from error
    finally:
        _remove([partial, *_sidecars(partial)])
    return path


def _read_only(folder: Path) -> bool:
    """Whether ``folder`` is on a read-only file system or may not be written by us."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        pass
    return not os.access(folder, os.W_OK)


def _os_detail(error: OSError, path: Path) -> str:
    if error.errno == errno.EROFS or (error.errno == errno.EACCES and _read_only(path.parent)):
        return f"the folder {path.parent} is read-only (on read-only media or not yours to change)"
    return error.strerror or str(error)


def _remove(paths: list[Path]) -> None:
    """Remove what is there; a folder that cannot be changed had nothing of ours in it."""
    for leftover in paths:
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def create_workbook(path: Path | str, own_organisation: str = "Our organisation") -> Path:
    """A new, empty workbook with the shipped frameworks and our own organisation."""
    # Imported here: the framework and organisation records, which opening does not need.
    from alliance_desk.domain.partners import Organisation
    from alliance_desk.store import records
    from alliance_desk.store.frameworks import install_shipped_frameworks

    def fill(db: Database) -> None:
        install_shipped_frameworks(db)
        records.insert(db, Organisation(name=own_organisation, is_own=True))

    return build_new_file(path, fill)


def restore_backup(
    workbook: Path | str,
    chosen: Path | str,
    backup_dir: Path | None = None,
    progress: backup.Progress | None = None,
) -> Path | None:
    """Replace the workbook's content with a verified backup.

    What the workbook held before is kept: a sound workbook is backed up first
    (label ``before-restore``), a damaged one is moved aside as
    ``NAME.damaged-STAMP.alliance``. Returns where the old content went.
    """
    workbook, chosen = Path(workbook), Path(chosen)
    folder = backup_dir or backup.default_backup_dir(workbook)
    # The same checks as opening: a foreign, newer or damaged file is refused.
    inspect_workbook(chosen, full=True)
    lock = WorkbookLock(workbook)
    lock.acquire()
    try:
        partial = workbook.with_name(f".{workbook.name}.{os.getpid()}.restoring")
        partial.unlink(missing_ok=True)
        try:
            # Copy the chosen backup first: keeping the current content takes a
            # backup, whose rotation may remove the chosen one.
            source = connect(chosen, read_only=True)
            try:
                backup.copy_database(source, partial, progress)
            finally:
                source.close()
            kept = _keep_current(workbook, folder)
            for sidecar in _sidecars(workbook):
                sidecar.unlink(missing_ok=True)
            os.replace(partial, workbook)
        except OSError as error:
            raise StorageFailure(
                workbook, doing="restored", detail=error.strerror or str(error)
            ) from error
        finally:
            partial.unlink(missing_ok=True)
        return kept
    finally:
        lock.release()


def _keep_current(workbook: Path, folder: Path) -> Path | None:
    if not workbook.exists():
        return None
    try:
        inspect_workbook(workbook, folder)
    except WorkbookError:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = workbook.with_name(f"{workbook.stem}.damaged-{stamp}{SUFFIX}")
        counter = 2
        while aside.exists():  # never overwrite what an earlier restore set aside
            aside = workbook.with_name(f"{workbook.stem}.damaged-{stamp}-{counter}{SUFFIX}")
            counter += 1
        os.replace(workbook, aside)
        for sidecar in _sidecars(workbook):
            if sidecar.exists():
                os.replace(sidecar, aside.with_name(aside.name + sidecar.name[-4:]))
        return aside
    connection = connect(workbook)
    try:
        return backup.take_backup(connection, workbook, folder, label="before-restore")
    finally:
        connection.close()
