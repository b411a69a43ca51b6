"""One app per user for workbooks opened from outside (a double click, a second start).

The running app listens on a local socket (a Unix socket, or a named pipe on Windows)
whose name is keyed to the user and their data folder. A second start with a workbook
first asks that app to open it and ends: two programs never fight over a workbook's lock.
One request is one line of JSON, ``{"open": PATH}``; the answer is one line, ``ok``, or
``busy`` while the running app waits for an answer in a dialog (the second start then
says so).
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from alliance_desk.paths import user_data_dir

WAIT_MS = 3000  # how long a second start waits for the running app's answer
OK = "ok"
BUSY = "busy"


def server_name() -> str:
    """The socket's name: one per user (named pipes on Windows are machine-wide)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password file
        user = ""
    key = hashlib.sha256(f"{user}\0{user_data_dir()}".encode()).hexdigest()[:16]
    return f"alliance_desk-{key}"


def hand_over(workbook: Path, wait_ms: int = WAIT_MS) -> str | None:
    """Ask the running app to open ``workbook``: its answer (``ok`` or ``busy``), or None
    when no app answers (then this start opens it itself)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(wait_ms):
        return None
    request = json.dumps({"open": str(workbook.resolve())}) + "\n"
    socket.write(request.encode("utf-8"))
    socket.flush()
    while not socket.canReadLine():
        if not socket.waitForReadyRead(wait_ms):
            socket.abort()
            return None
    answer = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
    socket.disconnectFromServer()
    return answer if answer in (OK, BUSY) else None


class InstanceServer(QObject):
    """Listens for workbooks handed over by later starts; ``open_requested`` brings each
    one, after the answer was sent."""

    open_requested = Signal(Path)

    def __init__(self, is_busy: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.is_busy = is_busy
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; False when another app already does (it keeps the name)."""
        name = server_name()
        # Asked first: listening with access options replaces a socket of the same name.
        probe = QLocalSocket()
        probe.connectToServer(name)
        alive = probe.waitForConnected(500)
        probe.abort()
        if alive:
            return False
        QLocalServer.removeServer(name)  # left behind by an app that was killed
        return self.server.listen(name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            path = Path(json.loads(line)["open"])
        except (ValueError, KeyError, TypeError):
            socket.abort()
            return
        busy = self.is_busy()
        socket.write(f"{BUSY if busy else OK}\n".encode())
        socket.flush()
        socket.disconnectFromServer()
        if not busy:
            # Opened after this slot returns: opening may show a dialog of its own.
            QTimer.singleShot(0, lambda: self.open_requested.emit(path))
