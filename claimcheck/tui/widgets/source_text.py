"""The source article of the selected claim, mention highlighted and scrolled into view.

The article is shown as plain `rich.text.Text` built from the string, never as markup, so an
article containing `[bold]` or `[link=...]` shows those characters. Control characters are
made visible first (ESC -> ␛) so a hostile text cannot drive the terminal.

The text is split into three blocks (before the mention's paragraph, the paragraph, after)
so the paragraph is a widget the container can scroll to: three widgets whatever the length.
The pane is scrolled to the paragraph while it is laid out (`arrange`), so a new claim's source
is drawn once, already in place.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.geometry import Offset, Region, Size, clamp
from textual.layout import DockArrangeResult
from textual.widget import Widget
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


class SourceBlock(Static):
    """A block of the article: laid out once when its text changes (see `_size_updated`)."""

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        """Take the size the layout has just settled without asking for another layout.

        Textual stores a widget's new virtual size through a reactive that asks for one more
        layout and repaint of the widget. A block of text is exactly as big as the region
        the layout gave it, so every claim shown laid out the pane and drew its text a
        second time, a refresh later (5-8 ms of a cursor move in the claims table at 120x40).
        `layout=False` is what Textual passes itself when a scroll moves widgets. Overrides a
        private method: textual is pinned in pyproject.toml, and
        tests/tui/test_source_scroll.py compares the screen with stock `_size_updated`.
        """
        return super()._size_updated(size, virtual_size, container_size, layout=False)


class SourceText(VerticalScroll, can_focus=True):
    """Read-only article view; arrow keys and the mouse scroll it when focused."""

    def compose(self) -> ComposeResult:
        yield SourceBlock(id="source-before", classes="source-block", markup=False)
        yield SourceBlock(id="source-mention", classes="source-block", markup=False)
        yield SourceBlock(id="source-after", classes="source-block", markup=False)

    claim_id: str | None = None
    """The claim whose source is shown (None: none is)."""

    _follow_mention = False
    """Keep the mention's paragraph centred through every layout, until the analyst scrolls."""

    def show(self, view: SourceView | None, claim_id: str | None = None, note: str | None = None) -> None:
        self.claim_id = claim_id if view is not None else None
        before_w = self.query_one("#source-before", Static)
        mention_w = self.query_one("#source-mention", Static)
        after_w = self.query_one("#source-after", Static)
        self._follow_mention = view is not None
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

    def show_claim(self, claim_id: str | None, note: str | None) -> None:
        """The claim id (for `claimcheck verdict` / `log`) and its note, under the text."""
        subtitle = Text()
        if note:
            subtitle.append(f"note: {one_line(note)}", style="italic")
            subtitle.append(" · ")
        if claim_id:
            subtitle.append(f"claim {claim_id}")
        self.border_subtitle = subtitle if subtitle.plain else None

    def arrange(self, size: Size, optimal: bool = False) -> DockArrangeResult:
        """Lay out the blocks and scroll to the mention's paragraph in the same pass.

        Where the paragraph lands is known only once the new text is laid out; scrolling
        after that (`scroll_to_center` after a refresh) drew the pane a second time, a
        repaint of the screen on every claim shown: about 10 ms of a cursor move and of a
        filter Enter at 120x40. The compositor reads the scroll offset right after this
        returns (as it does for Textual's own anchored widgets), so setting it here places
        the text scrolled in the first drawing. tests/tui/test_source_scroll.py holds the
        offset to what `scroll_to_center` would choose.
        """
        arrangement = super().arrange(size, optimal)
        if self._follow_mention:
            y = self._mention_scroll_y(arrangement, size)
            if y is not None and y != self.scroll_y:
                # As the compositor sets an anchored widget's offset: no watcher, which
                # would ask for another layout of what is being laid out now.
                self.set_reactive(Widget.scroll_y, y)
                self.set_reactive(Widget.scroll_target_y, y)
                self.vertical_scrollbar.position = y
        return arrangement

    def _mention_scroll_y(self, arrangement: DockArrangeResult, size: Size) -> float | None:
        """The scroll_y `scroll_to_center(mention, origin_visible=True)` would go to, from
        the arrangement about to be placed (`Widget.scroll_to_region`'s arithmetic)."""
        mention = self.query_one("#source-mention")
        placement = next((p for p in arrangement.placements if p.widget is mention), None)
        if placement is None:
            return None
        region = placement.region.grow(placement.margin)
        if not region.size:
            return None
        scroll_x, scroll_y = self.scroll_offset
        window = Region(scroll_x, scroll_y, size.width, size.height)
        max_y = max(0, arrangement.total_region.bottom - size.height)

        def clamp_y(delta_y: int) -> int:
            return clamp(scroll_y + delta_y, 0, max_y) - scroll_y

        delta_y = clamp_y(int(region.center[1] - window.center[1] + 0.5))
        if region.offset not in window.translate(Offset(0, delta_y)):
            delta_y = clamp_y(Region.get_scroll_to_visible(window, region, top=True).y)
        return float(scroll_y + delta_y)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        """As `SourceBlock._size_updated`: the pane's scrollable size is its blocks' sizes,
        just laid out; its scrollbars still follow (`_scroll_update`, which asks for a layout
        when one appears or goes)."""
        return super()._size_updated(size, virtual_size, container_size, layout=False)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        # Only a scroll made elsewhere calls this (the analyst's keys, wheel or scrollbar):
        # from then on the pane stays where they put it.
        self._follow_mention = False
        super().watch_scroll_y(old_value, new_value)

    def shown_text(self) -> str:
        """Everything the view currently shows, as plain text (for tests)."""
        parts = []
        for block in self.query(".source-block").results(Static):
            if block.display:
                content = block.content
                parts.append(content.plain if isinstance(content, Text) else str(content))
        return "\n".join(parts)
