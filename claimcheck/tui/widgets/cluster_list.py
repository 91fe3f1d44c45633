"""The cluster list: one row per quantity, worst first; a page of rows at a time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist

from claimcheck.tui.query import PAGE_SIZE, Page, page
from claimcheck.tui.text import format_value, one_line
from claimcheck.tui.view import ClusterRow
from claimcheck.tui.widgets.styles import plain, status_text

COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("status", "Status", 8),
    ("label", "Cluster", 44),
    ("range", "Low–high", 14),
    ("claims", "Claims", 6),
    ("origins", "Origins", 7),
    ("unverified", "Unverified", 10),
    ("disagreement", "Disagree", 8),
)


class ClusterList(DataTable):
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

    def __init__(self, *, page_size: int = PAGE_SIZE, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._rows: list[ClusterRow] = []
        self._index: dict[str, int] = {}
        self._page_size = page_size
        self._page: Page[ClusterRow] = page([], 0, page_size)

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            self.add_column(label, key=key, width=width)

    @property
    def current_page(self) -> Page[ClusterRow]:
        return self._page

    @property
    def current_cluster_id(self) -> str | None:
        if not self._page.items or self.cursor_row < 0:
            return None
        row = min(self.cursor_row, len(self._page.items) - 1)
        return self._page.items[row].cluster_id

    def show(self, rows: Sequence[ClusterRow], keep: str | None = None) -> None:
        """Replace the rows (after a filter or a sort), keeping the cursor on `keep` if listed."""
        self._rows = list(rows)
        self._index = {row.cluster_id: i for i, row in enumerate(self._rows)}
        at = self._index.get(keep, 0) if keep else 0
        self._show_page(at // self._page_size, at % self._page_size)

    def _show_page(self, number: int, cursor: int = 0) -> None:
        self._page = page(self._rows, number, self._page_size)
        self.clear()
        for row in self._page.items:
            self.add_row(*self._cells(row), key=row.cluster_id)
        if self._page.items:
            self.move_cursor(row=min(cursor, len(self._page.items) - 1), animate=False, scroll=True)
        self.post_message(self.ClusterHighlighted(self.current_cluster_id))
        self.refresh_bindings()

    @staticmethod
    def _cells(row: ClusterRow) -> list[Text]:
        return [
            status_text(row.status),
            plain(one_line(row.label)),
            plain(row.range_text),
            Text(format_value(row.claims), justify="right"),
            Text(format_value(row.origins), justify="right"),
            Text(format_value(row.unverified), justify="right", style="bold" if row.unverified else "dim"),
            Text(f"{row.disagreement:.2f}", justify="right"),
        ]

    def update_row(self, row: ClusterRow) -> None:
        """Put a changed row's counts in place (the verdict keys call this on every press)."""
        at = self._index.get(row.cluster_id)
        if at is None:
            return
        self._rows[at] = row
        if self._page.first_index <= at < self._page.first_index + len(self._page.items):
            items = list(self._page.items)
            items[at - self._page.first_index] = row
            self._page = Page(tuple(items), self._page.number, self._page.count, self._page.total, self._page.size)
            for (key, _, _), cell in zip(COLUMNS, self._cells(row), strict=True):
                if key == "unverified":
                    try:
                        self.update_cell(row.cluster_id, key, cell)
                    except CellDoesNotExist:  # pragma: no cover - page changed under us
                        pass

    def cell_text(self, cluster_id: str, column: str) -> str:
        """The plain text a cell shows (used by tests and the screenshot script)."""
        value = self.get_cell(cluster_id, column)
        return value.plain if isinstance(value, Text) else str(value)

    def action_open_cluster(self) -> None:
        cluster_id = self.current_cluster_id
        if cluster_id is not None:
            self.post_message(self.ClusterOpened(cluster_id))

    def action_next_page(self) -> None:
        if self._page.number + 1 < self._page.count:
            self._show_page(self._page.number + 1)

    def action_prev_page(self) -> None:
        if self._page.number > 0:
            self._show_page(self._page.number - 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_page", "prev_page"):
            return True if self._page.count > 1 else False
        return True

    @on(DataTable.RowHighlighted)
    def _announce_cluster(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.ClusterHighlighted(self.current_cluster_id))

    @on(DataTable.RowSelected)
    def _swallow_select(self, event: DataTable.RowSelected) -> None:
        event.stop()
