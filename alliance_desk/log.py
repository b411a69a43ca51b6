"""The log file for bugs: details for the developers, never a traceback in the user's face."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from alliance_desk.paths import log_file as log_path


def log_unexpected(error: BaseException) -> Path | None:
    """Write the details of a bug to the log file; return its path (None if impossible)."""
    try:
        log_file = log_path()
        log_file.parent.mkdir(parents=True, exist_ok=True)
        logger = logging.getLogger("alliance_desk")
        if not logger.handlers:
            handler = logging.FileHandler(log_file, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
        logger.error(
            "unexpected error\n%s",
            "".join(traceback.format_exception(type(error), error, error.__traceback__)),
        )
        return log_file
    except OSError:
        return None
