"""PagedTable draws one-line cells itself (`cell_line`): it must draw what DataTable draws.

Checked two ways: `cell_line` against DataTable's own rendering for cells of every kind the
tables hold and some they do not (wide characters, justification, overflow, spans, markup
look-alikes, controls), and whole tables on screen, segment for segment, with the fast path
and without it.
"""

from __future__ import annotations

import pytest
from conftest import SIZE
from rich.console import Console
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.renderables.styled import Styled
from textual.widgets import DataTable

from claimcheck.tui.widgets.claim_table import ClaimTable
from claimcheck.tui.widgets.cluster_list import ClusterList
from claimcheck.tui.widgets.paged_table import PagedTable, cell_line


def _verdict() -> Text:
    text = Text("! ", style="bold red")
    text.append_text(Text("disputed", style="bold yellow"))
    text.append(" ✎")
    text.no_wrap, text.overflow = True, "ellipsis"
    return text


CELLS = [
    ("plain", Text("killed: people", no_wrap=True, overflow="ellipsis")),
    ("styled", Text("CONFLICT", style="bold red")),
    ("right", Text("12,345", justify="right", style="bold")),
    ("center", Text("mid", justify="center")),
    ("left", Text("left", justify="left")),
    ("spans", _verdict()),
    ("empty", Text("")),
    ("empty-no-end", Text("", no_wrap=True, end="")),
    ("too-long-ellipsis", Text("a cluster label far longer than its column", no_wrap=True, overflow="ellipsis")),
    ("too-long-crop", Text("a cluster label far longer than its column", overflow="crop")),
    ("too-long-fold", Text("a cluster label far longer than its column")),
    ("too-long-right", Text("1234567890123", justify="right")),
    ("wide", Text("死者数 二十三人", no_wrap=True, overflow="ellipsis")),
    ("emoji", Text("🔥 fire 🔥🔥", overflow="ellipsis")),
    ("markup-look-alike", Text("[bold]not bold[/] ␛[31m", no_wrap=True)),
    ("trailing-spaces", Text("pad   ", justify="right")),
    ("italic-dim", Text("hedged, single origin", style="italic dim", no_wrap=True, overflow="ellipsis")),
    ("styled-empty", Text("", style="bold")),
    ("style-object", Text("≥200", style=Style(color="red", bold=True), justify="right")),
    ("center-too-long", Text("a centred label too long", justify="center", overflow="ellipsis")),
    ("left-too-long", Text("a left label far too long", justify="left", overflow="ellipsis")),
    ("right-wide-crop", Text("二十三人死亡した", justify="right", overflow="crop")),
    ("center-wide-odd", Text("死 x", justify="center")),
]

STYLES = [
    (Style(bgcolor="#1e1e1e", color="#e0e0e0") + Style.from_meta({"row": 3, "column": 1}), Style.null()),
    (Style(bgcolor="#0178d4", bold=True) + Style.from_meta({"row": 0, "column": 0}), Style(color="#ffffff") + Style(bgcolor="#0178d4")),
    (Style.from_meta({"row": 1, "column": 2}), Style.null()),
]


def datatable_cell(console: Console, cell: Text, width: int, padding: int, pre: Style, post: Style) -> list[Segment]:
    """What DataTable._render_cell does for a one-line body cell."""
    options = console.options.update_dimensions(width, 1).update(no_wrap=True)
    lines = console.render_lines(Styled(Padding(cell, (0, padding)), pre_style=pre, post_style=post), options)
    assert len(lines) == 1
    return lines[0]


@pytest.mark.parametrize("width", [3, 5, 8, 12, 46])
@pytest.mark.parametrize("padding", [0, 1, 2])
@pytest.mark.parametrize("styles", range(len(STYLES)))
@pytest.mark.parametrize("name,cell", CELLS, ids=[name for name, _ in CELLS])
def test_cell_line_draws_what_datatable_draws(name, cell, width, padding, styles):
    console = Console(width=120, color_system="truecolor")
    pre, post = STYLES[styles]
    ours = cell_line(console, cell, width, padding, pre, post)
    if ours is None:
        assert width - 2 * padding < 1, "only a cell without room is left to DataTable here"
        return
    assert ours == datatable_cell(console, cell, width, padding, pre, post)


@pytest.mark.parametrize(
    "cell",
    [
        Text("two\nlines"),
        Text("a\ttab"),
        Text("wrapping allowed", no_wrap=False),
        Text("full", justify="full"),
        Text("other end", end=" "),
        "a string",
    ],
    ids=["newline", "tab", "no_wrap-false", "full-justify", "end", "str"],
)
def test_cell_line_leaves_other_cells_to_datatable(cell):
    assert cell_line(Console(), cell, 12, 1, Style(), Style()) is None


def table_lines(table: PagedTable) -> list[list[tuple[str, Style | None]]]:
    """Every line the table draws now, from empty caches, as (text, style) runs."""
    table._line_cache.clear()
    table._row_render_cache.clear()
    table._cell_render_cache.clear()
    strips = [table.render_line(y) for y in range(table.size.height)]
    return [[(segment.text, segment.style) for segment in strip] for strip in strips]


async def test_tables_draw_as_datatable_draws(make_app, monkeypatch):
    """Both tables, focused and not, cursor on several rows, hover on one: the same segments
    (text and style, meta included) with PagedTable's cells as with DataTable's."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        seen = []
        for keys in ((), ("down", "down"), ("enter",), ("down",), ("escape", "down")):
            await pilot.press(*keys)
            await pilot.pause()
            for table in (app.screen.query_one(ClusterList), app.screen.query_one(ClaimTable)):
                table.hover_coordinate = table.cursor_coordinate.down()
                with monkeypatch.context() as patch:
                    ours = table_lines(table)
                    patch.setattr(PagedTable, "_render_cell", DataTable._render_cell)
                    stock = table_lines(table)
                assert ours == stock
                seen.append(len(ours))
        assert all(seen)
