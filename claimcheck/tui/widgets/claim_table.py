"""The claims of the selected cluster, with their verdicts; verdict cells update in place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from rich.text import Text
from textual.binding import Binding
from textual.message import Message

from claimcheck.tui.query import PAGE_SIZE
from claimcheck.tui.text import one_line
from claimcheck.tui.view import ClaimRow
from claimcheck.tui.widgets.paged_table import PagedTable
from claimcheck.tui.widgets.styles import UNVERIFIED_MARK, VERIFIED_MARK, plain, verdict_text

COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("interval", "Interval", 8),
    ("mention", "Mention", 19),
    ("outlet", "Outlet", 11),
    ("speaker", "Speaker", 14),  # at least; it takes the width the others leave
    ("hedged", "Hdg", 3),
    ("when", "When", 12),
    ("verdict", "Verdict", 12),
    ("weak", "Why weak", 21),
)

# The cells a verdict changes; everything else about a claim is fixed by the analysis.
VERDICT_COLUMNS = ("verdict",)


class ClaimTable(PagedTable[ClaimRow]):
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

    COLUMNS = COLUMNS
    # the speaker is what a narrow column cut most ("ethnic Armeni…"): spare width goes to it
    FILL = "speaker"
    FILL_HIDES = False

    def __init__(self, *, page_size: int = PAGE_SIZE, id: str | None = None) -> None:
        super().__init__(page_size=page_size, id=id)
        self.cluster_id: str | None = None

    row_key = staticmethod(attrgetter("claim_id"))

    def announce(self) -> None:
        self.post_message(self.ClaimHighlighted(self.current_claim_id))

    @property
    def current_claim_id(self) -> str | None:
        return self.current_key()

    def show(self, cluster_id: str | None, rows: Sequence[ClaimRow]) -> None:
        """Show another cluster's claims (cursor on the first)."""
        self.cluster_id = cluster_id
        self.set_rows(rows)
        self.show_page(0)

    def select_claim(self, claim_id: str) -> bool:
        """Move the cursor to `claim_id` (changing page if needed); False if not listed."""
        at = self.position(claim_id)
        if at is None:
            return False
        number = at // self._page_size
        if number != self._page.number:
            self.show_page(number)
        self.move_cursor(row=at % self._page_size, animate=False, scroll=True)
        return True

    @staticmethod
    def cells(row: ClaimRow) -> list[Text]:
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
        self.replace_row(row, VERDICT_COLUMNS)
