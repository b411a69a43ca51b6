"""Whether the desktop app can open a window here, asked before Qt is loaded.

Without a display, or without a system library that Qt's X11 plugin needs, Qt
aborts with messages of its own ("could not connect to display", "no Qt
platform plugin could be initialized"). :func:`problem` finds those cases the
way Qt would meet them (the platform Qt would choose, loading its X11 plugin,
connecting to the X server) and says in one sentence what is missing. Windows
and macOS always have their desktop; the headless commands never get here.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

# The Debian/Ubuntu package of each system library PySide6's X11 plugin loads (the
# README lists them); for the rest the library's own name has to do.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
}
PROGRAM = "alliance-desk"
_MISSING = re.compile(r"([^\s:]+\.so[.\d]*): cannot open shared object file")


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin as PySide6 ships it (None if it is not where expected)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_library(plugin: Path) -> str | None:
    """The first library ``plugin`` needs that cannot be found, as Qt would find it when
    it loads the plugin; None when it loads (or fails for another reason: then Qt says)."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        found = _MISSING.search(str(error))
        return found.group(1) if found else None
    return None


def x_server_answers(display: str) -> bool:
    """Whether the X server of ``display`` accepts a connection (what Qt tries first)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # the plugin check names the missing library
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)


def _xcb_problem(environ: Mapping[str, str], plugin: Path | None) -> str | None:
    display = environ.get("DISPLAY", "")
    if not display:
        return _no_session("no display: neither DISPLAY nor WAYLAND_DISPLAY is set")
    if plugin is not None:
        library = missing_library(plugin)
        if library is not None:
            package = DEBIAN_PACKAGES.get(library)
            where = f" (on Debian or Ubuntu: apt install {package})" if package else ""
            return (
                f"{PROGRAM}: cannot open a window: Qt's X11 support needs the system "
                f"library {library}, which is not installed{where}; see the README."
            )
    if not x_server_answers(display):
        return _no_session(f"cannot connect to the display {display}")
    return None


def _no_session(reason: str) -> str:
    return (
        f"{PROGRAM}: the desktop app needs a desktop session ({reason}); "
        f"the headless commands need none ({PROGRAM} --help)."
    )


def problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    plugin: Path | None = None,
) -> str | None:
    """Why no window can be opened here, as the one line for stderr; None when one can."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    chosen = [name.strip() for name in environ.get("QT_QPA_PLATFORM", "").split(";")]
    chosen = [name for name in chosen if name]
    if not chosen:  # Qt's own choice: Wayland in a Wayland session, else X11
        chosen = ["wayland", "xcb"] if environ.get("WAYLAND_DISPLAY") else ["xcb"]
    reasons = []
    for name in chosen:
        if name.startswith("wayland"):
            if environ.get("WAYLAND_DISPLAY"):
                return None
            reasons.append(_no_session("no display: WAYLAND_DISPLAY is not set"))
        elif name.startswith("xcb"):
            reason = _xcb_problem(environ, plugin if plugin is not None else xcb_plugin())
            if reason is None:
                return None
            reasons.append(reason)
        else:
            return None  # offscreen, vnc, eglfs …: chosen on purpose, Qt knows best
    return reasons[0]
