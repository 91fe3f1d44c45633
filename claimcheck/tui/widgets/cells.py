"""One table cell drawn as one line of segments, without Rich's general layout machinery.

DataTable draws every cell as `Styled(Padding(cell))` through `Console.render_lines`: two
rounds of line splitting and cropping, generators and option copies for what is, in both
review tables, a single line of fixed width. That was about 0.2 ms a cell, and a screen of
rows holds a hundred cells: most of the time a cluster move or a filter spends drawing.
`cell_line` takes the same steps for a one-line `Text` (wrap, justify, truncate and render
as `Text` does them, then the padding and the two styles as `Padding` and `Styled` apply
them) and gives up on anything else, which then goes through DataTable's own path.
tests/tui/test_cells.py holds it to the segments DataTable makes.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import DEFAULT_JUSTIFY, DEFAULT_OVERFLOW, Text

_NULL = Style.null()  # what `Padding(style="none")` pads with
_JOINER = Text("\n")  # Text.__rich_console__ joins its lines with this


def cell_line(
    console: Console, cell: object, width: int, padding: int, pre_style: Style, post_style: Style
) -> list[Segment] | None:
    """The segments DataTable would draw for `cell` in a one-line row, or None when the
    cell is not a plain one-line `Text` (DataTable must draw it)."""
    if type(cell) is not Text or cell.end not in ("\n", "") or cell.no_wrap is False:
        return None
    plain = cell.plain
    inner = width - 2 * padding
    if inner < 1 or padding < 0 or "\n" in plain or "\t" in plain:
        return None
    justify = cell.justify or DEFAULT_JUSTIFY
    overflow = cell.overflow or DEFAULT_OVERFLOW
    if justify == "full" or overflow == "ignore":
        return None
    if cell.spans:
        lines = cell.wrap(console, inner, justify=justify, overflow=overflow, no_wrap=True)
        rendered = list(_JOINER.join(lines).render(console))
    else:
        rendered = _unspanned(console, plain, cell.style, inner, justify, overflow)
    text_line = Segment.adjust_line_length(rendered, inner, style=_NULL, pad=True)
    if padding:
        gap = Segment(" " * padding, _NULL)
        segments = [gap, *text_line, gap]
    else:
        segments = text_line
    if pre_style:
        segments = [Segment(text, pre_style + style) for text, style, _ in segments]
    if post_style:
        segments = [Segment(text, style + post_style if style else post_style) for text, style, _ in segments]
    return Segment.adjust_line_length(segments, width, pad=True)


def _unspanned(console: Console, plain: str, style: str | Style, width: int, justify: str, overflow: str) -> list[Segment]:
    """What `Text.wrap` (no wrapping), `Text.join` and `Text.render` make of one line with a
    style of its own and no spans, without building the three Texts on the way: cut to
    `width` (`Text.truncate`), justified as `Lines.justify` does it, one segment."""
    if justify in ("center", "right"):
        plain = plain.rstrip()
    length = cell_len(plain)
    if length > width:
        plain = set_cell_size(plain, width - 1) + "…" if overflow == "ellipsis" else set_cell_size(plain, width)
    if justify == "left":
        if length < width:
            plain += " " * (width - length)
    elif justify == "center":
        plain = " " * ((width - cell_len(plain)) // 2) + plain
        plain += " " * (width - cell_len(plain))
    elif justify == "right":
        plain = " " * (width - cell_len(plain)) + plain
    if not style:
        return [Segment(plain)]
    return [Segment(plain, console.get_style(style, default=_NULL))] if plain else []
