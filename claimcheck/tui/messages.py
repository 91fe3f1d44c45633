"""Messages the review screen posts for the rest of the app (and for tests to observe).

Widget-local messages (a row highlighted) live on their widgets, e.g.
`ClusterList.ClusterHighlighted`; these are the ones that cross widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from claimcheck.models import Verdict, VerdictChange


@dataclass
class VerdictChanged(Message):
    """A verdict was written to the store (a verdict key, a note, or an undo)."""

    change: VerdictChange
    """The audit-log row the store wrote."""
    verdict: Verdict
    """The claim's verdict as the store now has it."""
    undo: bool = False
    """True when the change reverted an earlier one."""


@dataclass
class ReportExported(Message):
    """The discrepancy CSV was written."""

    path: str
    rows: int
