"""Reading a workbook's ``-wal`` file the way SQLite replays it, to tell what a replay loses.

After a crash SQLite rebuilds the workbook from its write-ahead log, frame by
frame, and stops at the first frame whose checksum fails: whatever was
committed after a damaged frame is silently dropped, and the log is removed at
the next checkpoint. :func:`read_wal` finds out beforehand whether committed
transactions lie beyond such a frame (frames of the same log generation, same
salts, marked as a commit), so they can be reported and the log kept.

The format is SQLite's (https://www.sqlite.org/fileformat2.html#walformat):
a 32-byte header, then frames of a 24-byte header and one page.
"""

from __future__ import annotations

import dataclasses
import struct
from pathlib import Path

_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # checksums over little- or big-endian words
_HEADER = 32
_FRAME_HEADER = 24


@dataclasses.dataclass(frozen=True)
class WalReport:
    frames: int  # whole frames in the file
    replayed_commits: int  # transactions SQLite will recover
    lost_commits: int  # committed transactions beyond the first damaged frame


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & mask
        s1 = (s1 + words[index + 1] + s0) & mask
    return s0, s1


def read_wal(path: Path) -> WalReport:
    """What replaying the log at ``path`` recovers, and what it would lose."""
    data = path.read_bytes()
    if len(data) < _HEADER:
        return WalReport(0, 0, 0)
    magic, _version, page_size, _sequence, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", data[:_HEADER]
    )
    order = _MAGIC.get(magic)
    frame_size = _FRAME_HEADER + page_size
    frames = (len(data) - _HEADER) // frame_size if page_size else 0
    header_sound = (
        order is not None
        and page_size >= 512
        and page_size & (page_size - 1) == 0
        and _checksum(data[:24], order, 0, 0) == (sum1, sum2)
    )
    replayed = lost = 0
    broken = not header_sound
    s0, s1 = (sum1, sum2) if header_sound else (0, 0)
    for number in range(frames):
        start = _HEADER + number * frame_size
        page, commit, frame_salt1, frame_salt2, frame_sum1, frame_sum2 = struct.unpack(
            ">6I", data[start : start + _FRAME_HEADER]
        )
        ours = (frame_salt1, frame_salt2) == (salt1, salt2)
        if not broken:
            if not ours or page == 0 or order is None:
                break  # an older generation of the log (or its end): the replay ends here
            s0, s1 = _checksum(data[start : start + 8], order, s0, s1)
            s0, s1 = _checksum(data[start + _FRAME_HEADER : start + frame_size], order, s0, s1)
            if (s0, s1) != (frame_sum1, frame_sum2):
                broken = True
            elif commit:
                replayed += 1
                continue
            else:
                continue
        if broken and ours and commit:
            lost += 1
    return WalReport(frames, replayed, lost)
