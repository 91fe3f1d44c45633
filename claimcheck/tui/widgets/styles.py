"""How statuses and verdicts look: always a word, and a colour on top (never colour alone)."""

from __future__ import annotations

from rich.text import Text

from claimcheck.models import ClusterStatus, VerdictStatus

STATUS_STYLE: dict[ClusterStatus, str] = {
    ClusterStatus.CONFLICT: "bold red",
    ClusterStatus.EVOLVING: "bold yellow",
    ClusterStatus.AGREE: "bold green",
    ClusterStatus.SINGLE: "dim",
}

VERDICT_STYLE: dict[VerdictStatus, str] = {
    VerdictStatus.UNREVIEWED: "dim",
    VerdictStatus.VERIFIED: "bold green",
    VerdictStatus.DISPUTED: "bold yellow",
    VerdictStatus.REJECTED: "bold red",
}

UNVERIFIED_MARK = "!"
VERIFIED_MARK = "✓"


def status_text(status: ClusterStatus) -> Text:
    """`CONFLICT` in red, `SINGLE` dim ... the word carries the meaning, colour repeats it."""
    return Text(status.value.upper(), style=STATUS_STYLE[status])


def verdict_text(status: VerdictStatus) -> Text:
    return Text(status.value, style=VERDICT_STYLE[status])


def plain(text: str, style: str = "") -> Text:
    """A literal cell: DataTable would read a `str` as markup, a `Text` it shows as is."""
    return Text(text, style=style, no_wrap=True, overflow="ellipsis")
