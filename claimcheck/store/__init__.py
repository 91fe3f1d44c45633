"""The verdict database: analysts' verdicts and their append-only audit log (SQLite).

Outside the domain packages: ingest, extract, cluster, compare and report never import it;
the CLI and the TUI hand verdicts to them as plain `Verdict` models.
"""

from __future__ import annotations

from claimcheck.store.migrations import MIGRATIONS, Migration, migrate
from claimcheck.store.verdicts import (
    AmbiguousClaimError,
    UnknownClaimError,
    VerdictStore,
    parse_status,
)

__all__ = [
    "MIGRATIONS",
    "AmbiguousClaimError",
    "Migration",
    "UnknownClaimError",
    "VerdictStore",
    "migrate",
    "parse_status",
]
