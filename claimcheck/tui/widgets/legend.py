"""One line under the tables: the status words with their colours, and the verdict totals."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.widgets import Static

from claimcheck.models import ClusterStatus, VerdictStatus
from claimcheck.tui.text import format_value
from claimcheck.tui.widgets.styles import STATUS_STYLE, VERDICT_STYLE


def legend_text(totals: Mapping[VerdictStatus, int]) -> Text:
    """`CONFLICT EVOLVING AGREE SINGLE │ 19 claims: 1 verified · 1 disputed · 0 rejected ·
    17 unreviewed (18 unverified)`: the four verdicts add up to the claims, and the
    unverified (every claim not verified, DESIGN.md) are said apart, since a disputed claim
    is one of them."""
    text = Text()
    for status in ClusterStatus:
        text.append(status.value.upper(), style=STATUS_STYLE[status])
        text.append(" ")
    text.append("│ ", style="dim")
    claims = sum(totals.values())
    verified = totals.get(VerdictStatus.VERIFIED, 0)
    text.append(f"{format_value(claims)} claim{'' if claims == 1 else 's'}: ")
    for status in (VerdictStatus.VERIFIED, VerdictStatus.DISPUTED, VerdictStatus.REJECTED):
        text.append(f"{format_value(totals.get(status, 0))} {status.value}", style=VERDICT_STYLE[status])
        text.append(" · ")
    unreviewed = totals.get(VerdictStatus.UNREVIEWED, 0)
    text.append(f"{format_value(unreviewed)} unreviewed", style="bold")
    text.append(f" ({format_value(claims - verified)} unverified)", style="dim")
    return text


class ReviewLegend(Static):
    """Always-visible key to the colours, so a status is never told by colour alone."""

    _shown: dict[VerdictStatus, int] | None = None

    def show_totals(self, totals: Mapping[VerdictStatus, int]) -> None:
        # The screen calls this on every cluster move and filter; an update asks for a
        # layout pass of the whole screen, so only a change of the totals earns one.
        if totals == self._shown:
            return
        self._shown = dict(totals)
        self.update(legend_text(totals))
