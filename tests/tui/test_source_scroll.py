"""The source pane is scrolled to the mention while it is laid out, not a refresh later.

SourceText sets its scroll offset in `arrange` (where the compositor reads it next) instead of
calling `scroll_to_center` after the new text has been drawn once. These tests hold the two
things that must stay true: the offset is the one Textual's own `scroll_to_center` chooses
(checked against it, so a Textual upgrade that changes either side fails here), and no frame
sent to the terminal shows a new claim's source without its mention.
"""

from __future__ import annotations

import pytest
from conftest import SIZE
from textual.containers import VerticalScroll
from textual.widgets import Static

from claimcheck.tui.widgets.source_text import SourceBlock, SourceText
from test_review import screen_text, widgets
from test_terminal_output import Terminal, attach, drawn_afresh

# (keys, what the mention says): each moves the claim cursor to another place in an article,
# from the top line of one to the last paragraph of the other and back.
STEPS = [
    ((), "11 wounded"),
    (("slash", *"evacuated", "enter"), "more than 3,100 civilians"),
    (("slash", *"2020", "enter"), "More than 6,700 people"),
    (("slash", *"army posts", "enter"), "Over 60 Army Posts"),
    (("slash", *"ombudsman", "enter"), "11 wounded"),
    (("enter", "down", "down"), "23 wounded"),
    (("escape", "slash", *"status:evolving", "enter", "enter", "down"), "at least 213 people"),
    (("escape", "slash", *"evacuated", "enter"), "more than 3,100 civilians"),
]

SCROLLBAR_BLOCKS = str.maketrans(dict.fromkeys("▁▂▃▄▅▆▇█", " "))

SIZES = [SIZE, (80, 24), (60, 20), (140, 30)]


def mention_window(source: SourceText) -> tuple[int, int, int]:
    """The mention paragraph's top and bottom (in the pane's virtual lines) and the first line
    of the window."""
    mention = source.query_one("#source-mention")
    region = mention.virtual_region
    return region.y, region.bottom, round(source.scroll_y)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_the_offset_is_where_scroll_to_center_puts_it(app, size):
    async with app.run_test(size=size) as pilot:
        for keys, mention in STEPS:
            await pilot.press(*keys)
            await pilot.pause()
            source = widgets(app)[2]
            assert mention in source.query_one("#source-mention").content.plain
            ours = source.scroll_y
            top, bottom, first = mention_window(source)
            height = source.scrollable_content_region.height
            assert first <= top < first + height, "the mention's paragraph starts in view"
            if bottom - top <= height:
                assert bottom <= first + height, "a paragraph that fits is wholly in view"
            source.scroll_to_center(source.query_one("#source-mention"), animate=False, immediate=True)
            await pilot.pause()
            assert source.scroll_y == ours, keys
            source._follow_mention = True  # as after `show`: the stock call above let go


async def test_every_frame_with_a_new_source_shows_its_mention(app, monkeypatch):
    """Replays what is sent to the terminal: the first drawing of a new claim's source is
    already scrolled to the mention (before, the source was drawn at the old offset and
    scrolled a refresh later)."""
    attach(app, monkeypatch)
    frames: list[list[str]] = []
    original = Terminal.write

    def write(self, segments):
        original(self, segments)
        frames.append(["".join(character for character, _ in row) for row in self.cells])

    monkeypatch.setattr(Terminal, "write", write)
    async with app.run_test(size=SIZE) as pilot:
        for keys, mention in STEPS[1:]:
            await pilot.press(*keys[:-1])
            await pilot.pause()
            frames.clear()
            await pilot.press(keys[-1])
            await pilot.pause()
            await pilot.pause()
            # The text and the scrollbar (drawn as blocks, which no article here holds); the
            # scrollbar may come or go as the new text is laid out.
            region = widgets(app)[2].content_region

            def pane(frame: list[str]) -> str:
                rows = (row[region.x : region.right] for row in frame[region.y : region.bottom])
                return "\n".join(rows).translate(SCROLLBAR_BLOCKS)

            panes = [pane(frame) for frame in frames]
            changed = [text for before, text in zip(panes, panes[1:]) if text != before]
            assert changed or mention in " ".join(panes[0].split()), keys
            for text in changed:
                assert mention in " ".join(text.split()), (keys, text)


async def test_the_pane_stays_where_the_analyst_scrolls_it(app):
    """Following the mention stops once the analyst scrolls the source; a new claim
    starts it again."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"evacuated", "enter")
        await pilot.pause()
        source = widgets(app)[2]
        centred = source.scroll_y
        assert centred > 0
        await pilot.press("tab", "tab")
        assert app.focused is source
        await pilot.press("home")
        await pilot.pause()
        assert source.scroll_y == 0
        await pilot.resize_terminal(110, 40)  # a new layout of the pane keeps the analyst's place
        await pilot.pause()
        assert source.scroll_y == 0
        await pilot.press("shift+tab", "shift+tab", "slash", *"ombudsman", "enter")
        await pilot.pause()
        assert "11 wounded" in source.query_one("#source-mention").content.plain
        top, _, first = mention_window(source)
        assert first <= top < first + source.scrollable_content_region.height


async def observe(app, monkeypatch, size) -> list:
    """After each step (and a resize): the screen, the pane's offset and sizes, the blocks'
    regions; and the replayed terminal must equal a full redraw."""
    terminal = attach(app, monkeypatch) if size == SIZE else None  # (a Terminal is SIZE)
    seen = []
    async with app.run_test(size=size) as pilot:
        for keys, _ in [*STEPS, (("tab", "tab", "down", "down"), None), (("end",), None)]:
            await pilot.press(*keys)
            await pilot.pause()
            await pilot.pause()
            source = widgets(app)[2]
            blocks = [(block.id, block.display, block.region) for block in source.query(SourceBlock)]
            seen.append((screen_text(app), source.scroll_y, source.virtual_size, source.show_vertical_scrollbar, blocks))
            if terminal is not None:
                assert terminal.cells == drawn_afresh(app), keys
        await pilot.resize_terminal(size[0] - 17, size[1] - 5)
        await pilot.pause()
        await pilot.pause()
        seen.append((screen_text(app), source.scroll_y, source.virtual_size, source.show_vertical_scrollbar))
    return seen


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_sizes_taken_without_a_second_layout_look_as_stock(make_app, monkeypatch, size):
    """SourceBlock and SourceText take their new sizes without the extra layout Textual asks
    for (`_size_updated(layout=False)`): the screen, offsets and sizes must be those of
    Textual's own `_size_updated`."""
    ours = await observe(make_app(), monkeypatch, size)
    with monkeypatch.context() as patch:
        patch.setattr(SourceBlock, "_size_updated", Static._size_updated)
        patch.setattr(SourceText, "_size_updated", VerticalScroll._size_updated)
        stock = await observe(make_app(), patch, size)
    assert ours == stock


async def test_a_new_claim_lays_the_screen_out_once(app, monkeypatch):
    """A move in the claims table lays the screen out once, for the new source text: neither
    scrolling to the mention nor the sizes that layout settles ask for another."""
    from textual.screen import Screen

    layouts = []
    original = Screen._refresh_layout

    def refresh_layout(self, *args, **kwargs):
        layouts.append(kwargs.get("scroll", False))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", refresh_layout)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        source = widgets(app)[2]
        for mention in ("11 others", "23 wounded"):
            layouts.clear()
            await pilot.press("down")
            await pilot.pause()
            await pilot.pause()
            assert mention in source.query_one("#source-mention").content.plain
            assert layouts == [False]
