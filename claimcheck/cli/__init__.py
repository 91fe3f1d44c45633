"""Command line: thin commands over the library (see docs/cli.md)."""

from __future__ import annotations

from claimcheck.cli.app import app

# Importing the command modules registers their commands on `app`.
from claimcheck.cli import extract_cmd, report_cmd, review_cmd, verdict_cmd  # noqa: E402,F401


def main() -> None:
    app()
