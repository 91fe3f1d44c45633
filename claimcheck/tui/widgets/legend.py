"""One line under the tables: the status words with their colours, sort, filter, verdict totals."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.widgets import Static

from claimcheck.models import ClusterStatus, VerdictStatus
from claimcheck.tui.view import SortKey, format_value, one_line
from claimcheck.tui.widgets.styles import STATUS_STYLE, VERDICT_STYLE


def legend_text(
    totals: Mapping[VerdictStatus, int],
    *,
    sort: SortKey,
    filter_text: str,
    shown: int,
    clusters: int,
) -> Text:
    text = Text()
    for status in ClusterStatus:
        text.append(status.value.upper(), style=STATUS_STYLE[status])
        text.append(" ")
    text.append("│ ", style="dim")
    text.append(f"sort: {sort.value} ")
    if filter_text:
        text.append("│ ", style="dim")
        text.append(f"filter: {one_line(filter_text)[:40]} ", style="bold")
        text.append(f"({format_value(shown)}/{format_value(clusters)}) ")
    text.append("│ ", style="dim")
    claims = sum(totals.values())
    verified = totals.get(VerdictStatus.VERIFIED, 0)
    text.append(f"{format_value(claims)} claim{'' if claims == 1 else 's'}: ")
    for status in (VerdictStatus.VERIFIED, VerdictStatus.DISPUTED, VerdictStatus.REJECTED):
        text.append(f"{format_value(totals.get(status, 0))} {status.value}", style=VERDICT_STYLE[status])
        text.append(" · ")
    text.append(f"{format_value(claims - verified)} unverified", style="bold")
    return text


class ReviewLegend(Static):
    """Always-visible key to the colours, so a status is never told by colour alone."""

    def show_state(
        self,
        totals: Mapping[VerdictStatus, int],
        *,
        sort: SortKey,
        filter_text: str,
        shown: int,
        clusters: int,
    ) -> None:
        self.update(
            legend_text(totals, sort=sort, filter_text=filter_text, shown=shown, clusters=clusters)
        )
