"""The source article of the selected claim, mention highlighted and scrolled into view.

The article is shown as plain `rich.text.Text` built from the string, never as markup, so an
article containing `[bold]` or `[link=...]` shows those characters. Control characters are
made visible first (ESC -> ␛) so a hostile text cannot drive the terminal.

The text is split into three blocks (before the mention's paragraph, the paragraph, after)
so the paragraph is a widget the container can scroll to: three widgets whatever the length.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from claimcheck.tui.text import display_text, one_line
from claimcheck.tui.view import SourceView

MENTION_STYLE = "bold reverse"


def source_blocks(view: SourceView) -> tuple[Text, Text, Text]:
    """The text before the mention's paragraph, the paragraph (mention styled), the rest."""
    text = display_text(view.text)
    start, end = view.start, view.end
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", max(end - 1, start))
    if para_end < 0:
        para_end = len(text)
    before = text[:para_start]
    if before.endswith("\n"):
        before = before[:-1]
    paragraph = Text(text[para_start:para_end])
    if end > start:
        paragraph.stylize(MENTION_STYLE, start - para_start, end - para_start)
    after = text[para_end + 1 :]
    return Text(before), paragraph, Text(after)


def source_title(view: SourceView) -> Text:
    parts = [one_line(view.outlet) or "(no outlet)"]
    if view.published:
        parts.append(view.published.isoformat())
    if view.title:
        parts.append(one_line(view.title)[:80])
    return Text(" · ".join(parts))


class SourceText(VerticalScroll, can_focus=True):
    """Read-only article view; arrow keys and the mouse scroll it when focused."""

    def compose(self) -> ComposeResult:
        yield Static(id="source-before", classes="source-block", markup=False)
        yield Static(id="source-mention", classes="source-block", markup=False)
        yield Static(id="source-after", classes="source-block", markup=False)

    claim_id: str | None = None
    """The claim whose source is shown (None: none is)."""

    def show(self, view: SourceView | None, claim_id: str | None = None, note: str | None = None) -> None:
        self.claim_id = claim_id if view is not None else None
        before_w = self.query_one("#source-before", Static)
        mention_w = self.query_one("#source-mention", Static)
        after_w = self.query_one("#source-after", Static)
        if view is None:
            self.border_title = Text("Source")
            self.border_subtitle = None
            before_w.display = after_w.display = False
            mention_w.update(Text("No claim selected.", style="dim"))
            return
        before, paragraph, after = source_blocks(view)
        self.border_title = Text("Source: ") + source_title(view)
        self.show_claim(claim_id, note)
        before_w.update(before)
        before_w.display = bool(before.plain)
        mention_w.update(paragraph)
        after_w.update(after)
        after_w.display = bool(after.plain)
        # Two refreshes: the first lays out the new text, the second scrolls within it.
        self.call_after_refresh(self.call_after_refresh, self._scroll_to_mention)

    def show_claim(self, claim_id: str | None, note: str | None) -> None:
        """The claim id (for `claimcheck verdict` / `log`) and its note, under the text."""
        subtitle = Text()
        if note:
            subtitle.append(f"note: {one_line(note)}", style="italic")
            subtitle.append(" · ")
        if claim_id:
            subtitle.append(f"claim {claim_id}")
        self.border_subtitle = subtitle if subtitle.plain else None

    def _scroll_to_mention(self) -> None:
        self.scroll_to_center(self.query_one("#source-mention"), animate=False, immediate=True)

    def shown_text(self) -> str:
        """Everything the view currently shows, as plain text (for tests)."""
        parts = []
        for block in self.query(".source-block").results(Static):
            if block.display:
                content = block.content
                parts.append(content.plain if isinstance(content, Text) else str(content))
        return "\n".join(parts)
