"""The benchmark's demo workbooks, built once and kept between runs.

A workbook of N alliances (the large demo's generator with ``large.ALLIANCES = N``) is
cached as ``<cache>/demo-<N>-<key>.alliance``, where the key is a hash of the demo
builder's source, the schema's source and this module's format: a change to how the demo
or the schema is made builds it again, and older copies are removed. The cache folder is
``$ALLIANCE_DESK_BENCH_CACHE`` or ``~/.cache/alliance_desk-bench``.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import alliance_desk.demo
import alliance_desk.store.schema
from alliance_desk.demo import large
from alliance_desk.demo.builder import build_demo

CACHE = Path(
    os.environ.get("ALLIANCE_DESK_BENCH_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "alliance_desk-bench"
)
_FORMAT = "1"


def builder_key() -> str:
    """A hash of everything that decides what the demo builder writes."""
    digest = hashlib.sha256(_FORMAT.encode())
    demo = Path(alliance_desk.demo.__file__).parent
    for path in [*sorted(demo.glob("*.py")), Path(alliance_desk.store.schema.__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached_demo(alliances: int) -> Path:
    """The demo workbook of ``alliances`` alliances, built now if the cache has none."""
    CACHE.mkdir(parents=True, exist_ok=True)
    key = builder_key()
    path = CACHE / f"demo-{alliances}-{key}.alliance"
    if path.exists():
        return path
    for stale in CACHE.glob(f"demo-{alliances}-*.alliance*"):
        stale.unlink()
    kept = large.ALLIANCES
    large.ALLIANCES = alliances  # fill_large reads it when called
    try:
        return build_demo(path, size="large")  # all or nothing: built aside, then linked
    finally:
        large.ALLIANCES = kept
