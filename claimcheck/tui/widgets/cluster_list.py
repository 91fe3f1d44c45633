"""The cluster list: one row per quantity, worst first; a page of rows at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from rich.text import Text
from textual.binding import Binding
from textual.message import Message

from claimcheck.tui.text import format_value, one_line
from claimcheck.tui.view import ClusterRow
from claimcheck.tui.widgets.paged_table import PagedTable
from claimcheck.tui.widgets.styles import plain, status_text

COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("status", "Status", 8),
    ("label", "Cluster", 44),
    ("range", "Low–high", 14),
    ("claims", "Claims", 6),
    ("origins", "Origins", 7),
    ("unverified", "Unverified", 10),
    ("disagreement", "Disagree", 8),
    # the width the others leave, hidden below 16 (see PagedTable.FILL)
    ("story", "Story", 16),
)


class ClusterList(PagedTable[ClusterRow]):
    """Clusters as rows keyed by cluster_id; counts are updated in place, never rebuilt."""

    BINDINGS = [
        Binding("enter", "open_cluster", "Claims", id="open-cluster", tooltip="Focus the claims of this cluster"),
        Binding("right_square_bracket", "next_page", "Next page", id="clusters-next-page", tooltip="Next page of clusters"),
        Binding("left_square_bracket", "prev_page", "Prev page", id="clusters-prev-page", tooltip="Previous page of clusters"),
    ]

    @dataclass
    class ClusterHighlighted(Message):
        """The cursor moved to a cluster (its claims should show)."""

        cluster_id: str | None

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ClusterList.ClusterHighlighted)

    @dataclass
    class ClusterOpened(Message):
        """Enter on a cluster: the analyst wants to review its claims."""

        cluster_id: str

    COLUMNS = COLUMNS
    FILL = "story"

    row_key = staticmethod(attrgetter("cluster_id"))

    def announce(self) -> None:
        self.post_message(self.ClusterHighlighted(self.current_cluster_id))

    @property
    def current_cluster_id(self) -> str | None:
        return self.current_key()

    def show(self, rows: Sequence[ClusterRow], keep: str | None = None) -> None:
        """Replace the rows (after a filter or a sort), keeping the cursor on `keep` if listed."""
        self.show_prepared(self.prepare(rows, keep))

    @staticmethod
    def cells(row: ClusterRow) -> list[Text]:
        return [
            status_text(row.status),
            plain(one_line(row.label)),
            plain(row.range_text),
            Text(format_value(row.claims), justify="right"),
            Text(format_value(row.origins), justify="right"),
            Text(format_value(row.unverified), justify="right", style="bold" if row.unverified else "dim"),
            Text(f"{row.disagreement:.2f}", justify="right"),
            plain(one_line(row.story)),
        ]

    def update_row(self, row: ClusterRow) -> None:
        """Put a changed row's counts in place (the verdict keys call this on every press)."""
        self.replace_row(row, ("unverified",))

    def action_open_cluster(self) -> None:
        cluster_id = self.current_cluster_id
        if cluster_id is not None:
            self.post_message(self.ClusterOpened(cluster_id))
