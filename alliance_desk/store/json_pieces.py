"""A JSON text read from a file a piece at a time, so that a large document's values can be
taken one by one and let go: what is held is the piece being read and the value being taken,
never the whole file.

Any layout of the same JSON reads the same (one value per line, all on one line, indented by
another tool): a value that runs past the piece in hand is decoded again with more of the file.
A fault is named by line and column of the file, as ``json.loads`` names it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from json.scanner import make_scanner
from typing import Any, Protocol

PIECE = 1 << 20  # characters read at a time
_LINES_AT_ONCE = 1 << 17  # characters of whole lines of items decoded at once
_DECODE_ALL = json.JSONDecoder().decode
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# What follows an item of an array: a comma and the white space before the next, or the end.
_AFTER_ITEM = re.compile(r"[ \t\n\r]*(?:(,)[ \t\n\r]*|\])")
# A value at a place: (value, end), or StopIteration if none starts there.
_SCAN: Callable[[str, int], tuple[Any, int]] = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed names the class, not the decoder it takes


class Readable(Protocol):
    def read(self, size: int, /) -> str: ...


class JsonFault(Exception):
    """The text is not valid JSON: ``message`` at ``line`` and ``column`` (from 1)."""

    def __init__(self, message: str, line: int, column: int) -> None:
        self.message, self.line, self.column = message, line, column
        super().__init__(f"{message}: line {line} column {column}")


class JsonPieces:
    """The JSON text of ``handle``, read a piece at a time; the reading place moves on as
    values and structural characters are taken. ``read`` errors (OSError, UnicodeDecodeError)
    come through as they are."""

    def __init__(self, handle: Readable, piece: int | None = None) -> None:
        self._handle = handle
        self._piece = piece or PIECE
        self._text = ""
        self._at = 0  # the reading place in _text
        self._ended = False
        self._lines_before = 0  # line breaks in the text already let go
        self._column_before = 0  # characters after the last of them

    def _read_more(self, at_least: int = 0) -> bool:
        """Let go of what has been taken and add the next piece; False at the end."""
        piece = self._handle.read(max(self._piece, at_least))
        if not piece:
            self._ended = True
            return False
        taken = self._at
        breaks = self._text.count("\n", 0, taken)
        if breaks:
            self._lines_before += breaks
            self._column_before = taken - self._text.rfind("\n", 0, taken) - 1
        else:
            self._column_before += taken
        self._text = self._text[taken:] + piece
        self._at = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space, not taken ('' at the end)."""
        while True:
            self._at = _WHITESPACE.match(self._text, self._at).end()  # type: ignore[union-attr]
            if self._at < len(self._text):
                return self._text[self._at]
            if not self._read_more():
                return ""

    def take(self, character: str) -> bool:
        """Take ``character`` if it comes next (after white space)."""
        if self.peek() != character:
            return False
        self._at += 1
        return True

    def expect(self, character: str, message: str) -> None:
        """Take ``character``, or raise JsonFault with ``message`` where it should be."""
        if not self.take(character):
            raise self.fault(message)

    def value(self) -> Any:
        """The next JSON value (after white space), taken. RecursionError if it is nested
        deeper than Python can decode."""
        self.peek()
        while True:
            try:
                value, end = _SCAN(self._text, self._at)
            except (json.JSONDecodeError, StopIteration) as error:
                if self._ended:
                    if isinstance(error, StopIteration):  # its value: where none starts
                        raise self.fault("Expecting value", error.value) from None
                    raise self.fault(error.msg, error.pos) from None
                # It may run past this piece: decode it again with twice as much in hand.
                self._read_more(len(self._text) - self._at)
                continue
            if end < len(self._text) or self._ended or not self._read_more():
                self._at = end  # a number at the end of the piece may go on in the next
                return value

    def items(self) -> Iterator[Any]:
        """The values of the array that comes next, taken one at a time (each must be
        used before the next is asked for)."""
        self.expect("[", "Expecting value")
        if self.take("]"):
            return
        scan, after_item = _SCAN, _AFTER_ITEM.match
        by_lines = True  # whether the items come one per line, as far as read
        while True:
            if by_lines:
                lines = self._whole_lines()
                if lines is None:
                    by_lines = False
                elif not lines:  # no whole line in hand: the next piece, then again
                    by_lines = self._read_more(_LINES_AT_ONCE)
                    continue
                else:
                    values, comma_taken = lines
                    yield from values
                    if not comma_taken:
                        if self.take("]"):
                            return
                        self.expect(",", "Expecting ',' delimiter")
                    self.peek()
                    continue
            # An item well inside the piece in hand: one decode and one match.
            text, at = self._text, self._at
            try:
                value, end = scan(text, at)
            except (json.JSONDecodeError, StopIteration):
                pass
            else:
                follows = after_item(text, end)
                if follows is not None and follows.end() < len(text):
                    self._at = follows.end()
                    yield value
                    if follows.group(1) is None:
                        return
                    continue
            # Near the end of the piece, or a fault: step by step.
            yield self.value()
            if self.take("]"):
                return
            self.expect(",", "Expecting ',' delimiter")
            self.peek()

    def _whole_lines(self) -> tuple[list[Any], bool] | tuple[()] | None:
        """The items on the whole lines ahead in the piece (up to a line that closes the
        array), decoded at once, and whether the comma after them was taken; () if no
        whole line is in hand; None if those lines are not items (another layout, a row
        longer than the lines decoded at once, a fault: step by step then).

        A line break in JSON is only ever white space between values (never inside a
        string), so lines of whole items decode as they would one by one."""
        text, at = self._text, self._at
        cut = text.rfind("\n", at, at + _LINES_AT_ONCE)
        closing = text.find("\n]", at, cut)
        if closing != -1:
            cut = closing
        if cut <= at:
            return () if at + _LINES_AT_ONCE >= len(text) else None
        comma_taken = text[cut - 1] == ","
        try:
            values = _DECODE_ALL("[" + text[at : cut - comma_taken] + "]")
        except json.JSONDecodeError:
            return None
        if not isinstance(values, list) or not values:  # none: a comma where an item goes
            return None
        self._at = cut
        return values, comma_taken

    def ended(self) -> bool:
        """Whether nothing but white space is left."""
        return self.peek() == ""

    def fault(self, message: str, at: int | None = None) -> JsonFault:
        """A JsonFault at ``at`` in the text in hand (the reading place if None)."""
        at = self._at if at is None else at
        breaks = self._text.count("\n", 0, at)
        if breaks:
            return JsonFault(
                message, self._lines_before + breaks + 1, at - self._text.rfind("\n", 0, at)
            )
        return JsonFault(message, self._lines_before + 1, self._column_before + at + 1)
