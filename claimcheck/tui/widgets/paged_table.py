"""A DataTable that shows a page of rows at a time and updates changed cells in place.

Both tables of the review screen need the same things: 100k rows must not become 100k table
rows, a verdict must not rebuild a table, and the cursor must survive a refresh. Subclasses
say how a row looks (`cells`), what identifies it (`row_key`) and what to announce when the
cursor moves (`announce`). New rows can be made ready (`prepare`) before the key that shows
them, and one-line cells are drawn by `cell_line` rather than through Rich's layout.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import ClassVar, Generic, TypeVar

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import DEFAULT_JUSTIFY, DEFAULT_OVERFLOW, Text
from textual import events, on
from textual.binding import Binding
from textual.geometry import Size
from textual.widgets import DataTable
from textual.widgets._data_table import Row
from textual.widgets.data_table import CellDoesNotExist, DuplicateKey, RowKey

from claimcheck.tui.query import PAGE_SIZE, Page, page

R = TypeVar("R")

_NULL = Style.null()  # what `Padding(style="none")` pads with
_JOINER = Text("\n")  # Text.__rich_console__ joins its lines with this


def cell_line(
    console: Console, cell: object, width: int, padding: int, pre_style: Style, post_style: Style
) -> list[Segment] | None:
    """The segments DataTable would draw for `cell` in a one-line row, or None when the
    cell is not a plain one-line `Text` (DataTable must draw it).

    DataTable draws every cell as `Styled(Padding(cell))` through `Console.render_lines`: two
    rounds of line splitting and cropping, generators and option copies for what is, in both
    review tables, a single line of fixed width. That was about 0.2 ms a cell, and a screen of
    rows holds a hundred cells: most of the time a cluster move or a filter spent drawing.
    This takes the same steps for a one-line `Text` (wrap, justify, truncate and render as
    `Text` does them, then the padding and the two styles as `Padding` and `Styled` apply
    them). tests/tui/test_cells.py holds it to the segments DataTable makes.
    """
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


@dataclass(frozen=True)
class PreparedRows(Generic[R]):
    """Rows made ready to show before the key that shows them: their index, the page the
    cursor will be on and that page's cells. Building these is most of what replacing a
    table's rows costs; a screen that knows the rows early (the filter while it is typed)
    builds them then, and the key itself only puts them in."""

    rows: list[R]
    index: dict[str, int]
    page: Page[R]
    cursor: int
    cells: list[tuple[str, list[Text]]]


class PagedTable(DataTable, Generic[R]):
    """Rows keyed by `row_key(row)`; only the current page is in the table."""

    # DataTable scrolls sideways on Home and End; a table of rows moves its cursor, as the
    # user guide says (Ctrl+Home and Ctrl+End still work too)
    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
    ]

    COLUMNS: ClassVar[tuple[tuple[str, str, int | None], ...]] = ()
    FILL: ClassVar[str | None] = None
    """The key of a column that takes the width the others leave; its COLUMNS width is the
    least it gets. Below that it is hidden when FILL_HIDES (text that is nice to have, such
    as a story's headline, never pushes the counts off a narrow terminal nor adds a
    horizontal scrollbar), else kept at its least width."""
    FILL_HIDES: ClassVar[bool] = True

    def __init__(self, *, page_size: int = PAGE_SIZE, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._rows: list[R] = []
        self._index: dict[str, int] = {}
        self._page_size = page_size
        self._page: Page[R] = page([], 0, page_size)
        self._paged = False
        self._drawn_width = -1

    # what a subclass says -------------------------------------------------------------
    @staticmethod
    def row_key(row: R) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    @staticmethod
    def cells(row: R) -> list[Text]:  # pragma: no cover - abstract
        raise NotImplementedError

    def announce(self) -> None:
        """Tell the screen which row is under the cursor now."""

    # shared behaviour ---------------------------------------------------------------
    def on_mount(self) -> None:
        for key, label, width in self.COLUMNS:
            self.add_column(label, key=key, width=width)
        self._fit_fill_column()

    def _fit_fill_column(self) -> None:
        column = self.columns.get(self.FILL) if self.FILL else None  # type: ignore[call-overload]
        if column is None or not self.size.width:
            return
        least = next(width for key, _, width in self.COLUMNS if key == self.FILL) or 0
        others = sum(c.get_render_width(self) for c in self.columns.values() if c is not column)
        # the vertical scrollbar is counted whether it shows yet or not: rows arrive later
        room = self.size.width - self.styles.scrollbar_size_vertical - others - 2 * self.cell_padding
        width = room if room >= least else 0 if self.FILL_HIDES else least
        if width != column.width:
            column.width = width
            column.label = Text(next(label for key, label, _ in self.COLUMNS if key == self.FILL) if width else "")
            self._require_update_dimensions = True
            self._clear_caches()  # private, like the overrides below: textual is pinned
            self.refresh()

    @property
    def current_page(self) -> Page[R]:
        return self._page

    def current_key(self) -> str | None:
        if not self._page.items or self.cursor_row < 0:
            return None
        return self.row_key(self._page.items[min(self.cursor_row, len(self._page.items) - 1)])

    def set_rows(self, rows: Sequence[R]) -> None:
        self._rows = list(rows)
        self._index = self._index_of(self._rows)

    def _index_of(self, rows: list[R]) -> dict[str, int]:
        return dict(zip(map(self.row_key, rows), range(len(rows))))

    def position(self, key: str) -> int | None:
        return self._index.get(key)

    def prepare(self, rows: Sequence[R], keep: str | None = None) -> PreparedRows[R]:
        """`rows` ready for `show_prepared`, the cursor on `keep` if it is listed (else on
        the first row). Reads nothing of the table's state but its page size: it may be
        built well before it is shown."""
        rows = list(rows)
        index = self._index_of(rows)
        at = index.get(keep, 0) if keep is not None else 0
        shown = page(rows, at // self._page_size, self._page_size)
        cursor = at - shown.first_index if shown.items else 0
        return PreparedRows(rows, index, shown, cursor, self._page_cells(shown))

    def show_prepared(self, prepared: PreparedRows[R]) -> None:
        """Replace the rows with prepared ones (see `prepare`)."""
        self._rows = prepared.rows
        self._index = prepared.index
        self._show(prepared.page, prepared.cells, prepared.cursor)

    def show_page(self, number: int, cursor: int = 0) -> None:
        shown = page(self._rows, number, self._page_size)
        self._show(shown, self._page_cells(shown), cursor)

    def _page_cells(self, shown: Page[R]) -> list[tuple[str, list[Text]]]:
        row_key, cells = self.row_key, self.cells
        return [(row_key(row), cells(row)) for row in shown.items]

    def _show(self, shown: Page[R], cells: list[tuple[str, list[Text]]], cursor: int) -> None:
        self._page = shown
        self.clear()
        self._add_rows(cells)
        if shown.items:
            self.move_cursor(row=min(cursor, len(shown.items) - 1), animate=False, scroll=True)
        self.announce()
        paged = self._page.count > 1
        if paged != self._paged:
            # The page keys' availability is all `check_action` depends on here. Refreshing
            # bindings makes the Footer recompose (new widgets, styles, a layout pass): on
            # every cluster move that was a good part of the keypress, for an unchanged footer.
            self._paged = paged
            self.refresh_bindings()

    def _add_rows(self, rows: Sequence[tuple[str, list[Text]]]) -> None:
        """`add_row` for a page at once: `rows` are (key, cells) pairs.

        DataTable.add_row does per row what a page needs once (list the columns, re-set the
        cursor, bump the render count, wake the idle handler): a fifth of Enter in the filter
        box went there. This is add_row's bookkeeping for one-line rows without labels, done
        once for the page. Overrides private state: textual is pinned in pyproject.toml.
        """
        if not rows:
            return
        columns = [column.key for column in self.ordered_columns]
        was_empty = self.row_count == 0
        locations, data, meta, new_rows = self._row_locations, self._data, self.rows, self._new_rows
        index = len(meta)
        for row_key, cells in rows:
            key = RowKey(row_key)
            if key in locations:
                raise DuplicateKey(f"The row key {key!r} already exists.")
            if len(cells) > len(columns):
                raise ValueError("More values provided than there are columns.")
            locations[key] = index
            index += 1
            data[key] = dict(zip_longest(columns, cells))
            meta[key] = Row(key, 1, None, False)
            new_rows.add(key)
        self._require_update_dimensions = True
        self.cursor_coordinate = self.cursor_coordinate
        if was_empty and self.columns and self.show_cursor and self.cursor_type != "none":
            self._highlight_cursor()
        self._update_count += 1
        self.check_idle()

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """Size the table without measuring its cells.

        DataTable measures every cell of every new row to size auto-width columns: 1,400
        measurements per page here, for nothing, as every column has a fixed width and every
        row one line. Anything else (an auto-width column, a row label, an auto-height row)
        still goes through DataTable's own sizing. Overrides a private method: textual is
        pinned in pyproject.toml.
        """
        rows = self.rows
        new_rows = list(new_rows)
        if (
            self._labelled_row_exists
            or any(column.auto_width for column in self.columns.values())
            or any(rows[key].auto_height or rows[key].label is not None for key in new_rows if key in rows)
        ):
            super()._update_dimensions(new_rows)
            return
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width + self._row_label_column_width, self._total_row_height + header)

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> list[list[Segment]]:
        """A cell of a one-line row or header through `cell_line`, cached as DataTable caches it.

        Drawing cells was most of the time a cluster move or a filter spent painting (see
        `cell_line`). Labels, fixed cells, taller rows and anything `cell_line` gives
        up on go through DataTable. Overrides a private method: textual is pinned in
        pyproject.toml, and tests/tui/test_cells.py compares with DataTable's own drawing.
        """
        header = row_index == -1
        if column_index < self.fixed_columns or column_index < 0 or (not header and row_index < self.fixed_rows):
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        row_key = self._header_row_key if header else self._row_locations.get_key(row_index)
        cache_key = (
            row_key,
            self._column_locations.get_key(column_index),
            base_style,
            cursor,
            hover,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cache = self._cell_render_cache
        if cache_key in cache:
            return cache[cache_key]
        row = None if header else self.rows.get(row_key)
        if (self.header_height if header else row.height if row is not None else 0) != 1:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        _, cells = self._get_row_renderables(row_index)
        component_style, post_style = self._get_styles_to_render_cell(
            header,
            False,
            False,
            hover,
            cursor,
            self.show_cursor,
            self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        pre_style = base_style + Style.from_meta({"row": row_index, "column": column_index}) + component_style
        line = cell_line(self.app.console, cells[column_index], width, self.cell_padding, pre_style, post_style)
        if line is None:
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        cache[cache_key] = lines = [line]
        return lines

    def _on_resize(self, event: events.Resize) -> None:
        """Keep the rendered rows when only the height changes.

        DataTable drops every rendered line on any resize. Its rows here are one line of
        fixed-width cells, so a taller or shorter table draws the same lines; showing or
        hiding the filter box resizes both tables, and redrawing them was a good part of
        that keypress. A change of width still goes through DataTable.
        """
        if event.size.width != self._drawn_width:
            self._drawn_width = event.size.width
            self._fit_fill_column()
            super()._on_resize(event)
        event.prevent_default()

    def replace_row(self, row: R, columns: Sequence[str]) -> None:
        """Put a changed row in place and redraw only `columns` of it, if it is on the page."""
        key = self.row_key(row)
        at = self._index.get(key)
        if at is None:
            return
        self._rows[at] = row
        first = self._page.first_index
        if not first <= at < first + len(self._page.items):
            return
        items = list(self._page.items)
        items[at - first] = row
        self._page = Page(tuple(items), self._page.number, self._page.count, self._page.total, self._page.size)
        for (column, _, _), cell in zip(self.COLUMNS, self.cells(row), strict=True):
            if column in columns:
                try:
                    self.update_cell(key, column, cell)
                except CellDoesNotExist:  # pragma: no cover - the page changed under us
                    pass

    def cell_text(self, key: str, column: str) -> str:
        """The plain text a cell shows (used by tests and the screenshot script)."""
        value = self.get_cell(key, column)
        return value.plain if isinstance(value, Text) else str(value)

    def action_next_page(self) -> None:
        if self._page.number + 1 < self._page.count:
            self.show_page(self._page.number + 1)

    def action_prev_page(self) -> None:
        if self._page.number > 0:
            self.show_page(self._page.number - 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_page", "prev_page"):
            return self._page.count > 1
        return True

    @on(DataTable.RowHighlighted)
    def _announce_row(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.announce()

    @on(DataTable.RowSelected)
    def _swallow_select(self, event: DataTable.RowSelected) -> None:
        event.stop()
