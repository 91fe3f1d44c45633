"""The claims of the selected cluster, with their verdicts; verdict cells update in place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from claimcheck.tui.query import PAGE_SIZE, Page, page
from claimcheck.tui.text import one_line
from claimcheck.tui.view import ClaimRow
from claimcheck.tui.widgets.styles import UNVERIFIED_MARK, VERIFIED_MARK, plain, verdict_text

COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("interval", "Interval", 8),
    ("mention", "Mention", 19),
    ("outlet", "Outlet", 11),
    ("speaker", "Speaker", 14),
    ("hedged", "Hdg", 3),
    ("when", "When", 12),
    ("verdict", "Verdict", 12),
    ("weak", "Why weak", 21),
)

# The cells a verdict changes; everything else about a claim is fixed by the analysis.
VERDICT_COLUMNS = ("verdict",)


class ClaimTable(DataTable):
    """Claims as rows keyed by claim_id. The verdict keys act on the row under the cursor."""

    BINDINGS = [
        Binding("v", "screen.set_verdict('verified')", "Verified", id="verdict-verified", tooltip="Mark the claim verified"),
        Binding("d", "screen.set_verdict('disputed')", "Disputed", id="verdict-disputed", tooltip="Mark the claim disputed"),
        Binding("x", "screen.set_verdict('rejected')", "Rejected", id="verdict-rejected", tooltip="Mark the claim rejected"),
        Binding("u", "screen.set_verdict('unreviewed')", "Unreviewed", id="verdict-unreviewed", tooltip="Clear the claim's verdict"),
        Binding("n", "screen.edit_note", "Note", id="verdict-note", tooltip="Write a note on the claim"),
        Binding("escape", "screen.focus_clusters", "Clusters", id="back-to-clusters", tooltip="Back to the cluster list"),
        Binding("right_square_bracket", "next_page", "Next page", id="claims-next-page", tooltip="Next page of claims"),
        Binding("left_square_bracket", "prev_page", "Prev page", id="claims-prev-page", tooltip="Previous page of claims"),
    ]

    @dataclass
    class ClaimHighlighted(Message):
        """The cursor moved to a claim (its source should show)."""

        claim_id: str | None

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ClaimTable.ClaimHighlighted)

    def __init__(self, *, page_size: int = PAGE_SIZE, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._rows: list[ClaimRow] = []
        self._index: dict[str, int] = {}
        self._page_size = page_size
        self._page: Page[ClaimRow] = page([], 0, page_size)
        self.cluster_id: str | None = None

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            self.add_column(label, key=key, width=width)

    @property
    def current_page(self) -> Page[ClaimRow]:
        return self._page

    @property
    def current_claim_id(self) -> str | None:
        if not self._page.items or self.cursor_row < 0:
            return None
        return self._page.items[min(self.cursor_row, len(self._page.items) - 1)].claim_id

    def show(self, cluster_id: str | None, rows: Sequence[ClaimRow]) -> None:
        """Show another cluster's claims (cursor on the first)."""
        self.cluster_id = cluster_id
        self._rows = list(rows)
        self._index = {row.claim_id: i for i, row in enumerate(self._rows)}
        self._show_page(0)

    def _show_page(self, number: int) -> None:
        self._page = page(self._rows, number, self._page_size)
        self.clear()
        for row in self._page.items:
            self.add_row(*self._cells(row), key=row.claim_id)
        if self._page.items:
            self.move_cursor(row=0, animate=False, scroll=True)
        self.post_message(self.ClaimHighlighted(self.current_claim_id))
        self.refresh_bindings()

    def select_claim(self, claim_id: str) -> bool:
        """Move the cursor to `claim_id` (changing page if needed); False if not listed."""
        at = self._index.get(claim_id)
        if at is None:
            return False
        number = at // self._page_size
        if number != self._page.number:
            self._show_page(number)
        self.move_cursor(row=at % self._page_size, animate=False, scroll=True)
        return True

    @staticmethod
    def _cells(row: ClaimRow) -> list[Text]:
        # The mark makes unverified claims stand out whatever their verdict word says.
        if row.unverified:
            verdict = Text(f"{UNVERIFIED_MARK} ", style="bold red")
        else:
            verdict = Text(f"{VERIFIED_MARK} ", style="bold green")
        verdict.append_text(verdict_text(row.verdict))
        if row.note:
            verdict.append(" ✎")
        verdict.no_wrap = True
        verdict.overflow = "ellipsis"
        return [
            plain(row.interval_text),
            plain(one_line(row.mention), "bold"),
            plain(one_line(row.outlet)),
            plain(one_line(row.speaker)),
            plain("yes" if row.hedged else "", "yellow"),
            plain(row.when),
            verdict,
            plain(row.weak_text, "italic"),
        ]

    def update_row(self, row: ClaimRow) -> None:
        """Refresh the verdict cells of one claim in place (no table rebuild)."""
        at = self._index.get(row.claim_id)
        if at is None:
            return
        self._rows[at] = row
        first = self._page.first_index
        if not first <= at < first + len(self._page.items):
            return
        items = list(self._page.items)
        items[at - first] = row
        self._page = Page(tuple(items), self._page.number, self._page.count, self._page.total, self._page.size)
        for (key, _, _), cell in zip(COLUMNS, self._cells(row), strict=True):
            if key in VERDICT_COLUMNS:
                self.update_cell(row.claim_id, key, cell)

    def cell_text(self, claim_id: str, column: str) -> str:
        """The plain text a cell shows (used by tests)."""
        value = self.get_cell(claim_id, column)
        return value.plain if isinstance(value, Text) else str(value)

    def action_next_page(self) -> None:
        if self._page.number + 1 < self._page.count:
            self._show_page(self._page.number + 1)

    def action_prev_page(self) -> None:
        if self._page.number > 0:
            self._show_page(self._page.number - 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_page", "prev_page"):
            return self._page.count > 1
        return True

    @on(DataTable.RowHighlighted)
    def _announce_claim(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.ClaimHighlighted(self.current_claim_id))

    @on(DataTable.RowSelected)
    def _swallow_select(self, event: DataTable.RowSelected) -> None:
        event.stop()
