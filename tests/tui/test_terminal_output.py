"""What reaches the terminal: the updates the app sends must add up to the screen drawn afresh.

The review screen paints less than Textual would by default: a focus change does not repaint
the whole screen (ReviewScreen.focused), and keys repaint only the widgets they change. A
region left out of those updates would show stale cells in the terminal, while screenshots
(drawn from the widgets, not from what was sent) would still look right. So these tests replay
every update the app sends onto a grid of cells, as a terminal would, and compare the grid
with a full drawing of the screen after each key.
"""

from __future__ import annotations

import pytest
from conftest import SIZE
from rich.cells import cell_len
from rich.segment import ControlType, Segment
from textual.app import App

from test_review import big_analysis


class Terminal:
    """A grid of (character, style) cells that Textual's screen updates are written to."""

    def __init__(self, width: int, height: int) -> None:
        self.cells = [[(" ", "")] * width for _ in range(height)]
        self.x = self.y = 0

    def write(self, segments: list[Segment]) -> None:
        for text, style, control in segments:
            if control:
                for code in control:
                    if code[0] is ControlType.CURSOR_MOVE_TO:
                        self.x, self.y = code[1], code[2]  # 0-based, as rich.control.Control.move_to takes them
                continue
            look = str(style.clear_meta_and_links()) if style else ""
            for character in text:
                if character == "\n":
                    self.x, self.y = 0, self.y + 1
                    continue
                width = cell_len(character)
                row = self.cells[self.y]
                row[self.x] = (character, look)
                if width == 2:
                    row[self.x + 1] = ("", look)
                self.x += width


def attach(app: App, monkeypatch) -> Terminal:
    """Copy every screen update the app displays onto a Terminal."""
    terminal = Terminal(*SIZE)
    original = type(app)._display

    def display(self, screen, renderable):
        if renderable is not None and not self._batch_count:
            terminal.write(list(self.console.render(renderable)))
        return original(self, screen, renderable)

    monkeypatch.setattr(type(app), "_display", display)
    return terminal


def drawn_afresh(app: App) -> list:
    fresh = Terminal(*SIZE)
    fresh.write(list(app.console.render(app.screen._compositor.render_update(full=True))))
    return fresh.cells


KEYS = [
    ("focus into the claims", ("enter",)),
    ("a claim down", ("down",)),
    ("a verdict", ("v",)),
    ("back to the clusters", ("escape",)),
    ("source focused", ("tab", "tab")),
    ("clusters focused", ("tab",)),
    ("filter box opened", ("slash",)),
    ("a word typed", tuple("#1")),
    ("filter applied", ("enter",)),
    ("a cluster down", ("down",)),
    ("filter cleared", ("escape",)),
    ("sorted", ("s",)),
    ("next page", ("right_square_bracket",)),
    ("filter box opened and closed", ("slash", "escape")),
]


@pytest.mark.parametrize("analysis", ["seed", "big"])
async def test_the_terminal_shows_what_a_full_redraw_would(make_app, monkeypatch, analysis):
    app = make_app(big_analysis(450, 3) if analysis == "big" else None)
    terminal = attach(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for what, keys in KEYS:
            await pilot.press(*keys)
            await pilot.pause()
            await pilot.pause()
            assert terminal.cells == drawn_afresh(app), what
