"""Errors that reach the user as one clear line, never as a traceback."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base of every error the CLI turns into a message and an exit code."""


class InputError(ClaimcheckError):
    """A file or row that could not be read; the rest of the input is still processed.

    Carries the path and (for JSONL/CSV) the 1-based line so the message can name both.
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class StoreError(ClaimcheckError):
    """The verdict database could not be read or written."""
