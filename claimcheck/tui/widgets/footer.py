"""The key bar, changed only where the keys it shows change.

Textual's Footer removes and remounts all its key widgets whenever any widget says the
bindings may have changed; one focus change says so twice, and the tables say so on page
changes. Remounting the bar was the largest single cost of Enter in the filter box (about
60 ms at 120x40), for a bar that usually looks the same or gains or loses a few keys.
"""

from __future__ import annotations

from textual.compose import compose
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


def _identity(widget: Widget) -> tuple | None:
    """What a key widget shows and does, as `Footer.compose` set it (None: not a plain key)."""
    if type(widget) is not FooterKey:
        return None
    return (
        widget.key,
        widget.key_display,
        widget.description,
        widget.action,
        widget._disabled,
        widget.tooltip,
        widget.has_class("-command-palette"),
        widget.has_class("-grouped"),
    )


class ReviewFooter(Footer):
    """A Footer that keeps every key widget it has made and only shows or hides them.

    Focus moving between the filter box and a table swaps half a dozen keys each way; a
    key that goes is hidden, and shown again when it comes back, instead of being removed
    and built anew (a mount costs a style pass per widget and more layout passes). Relies on
    Footer internals (its compose and FooterKey's fields): textual is pinned in pyproject.toml,
    and anything but plain keys (binding groups) takes Footer's own path.
    """

    _composed: tuple | None = None

    def _keys(self) -> tuple | None:
        """Everything `Footer.compose` reads."""
        if not self._bindings_ready:
            return None
        return (
            self.compact,
            self.show_command_palette,
            tuple(
                (key, binding, enabled, tooltip)
                for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            ),
        )

    def compose(self):
        self._composed = self._keys()
        yield from super().compose()

    def shown_keys(self) -> list[FooterKey]:
        """The key widgets on show, left to right (hidden ones wait to be shown again)."""
        return [widget for widget in self.query_children(FooterKey) if widget.display]

    async def recompose(self) -> None:
        if not self.is_attached or self._pruning:
            return
        if self._composed is not None and self._keys() == self._composed:
            return
        made = list(self.query_children("*").exclude(".-textual-system"))
        wanted = compose(self)
        wanted_ids = [_identity(widget) for widget in wanted]
        made_ids = [_identity(widget) for widget in made]
        if None in wanted_ids or None in made_ids or len(set(wanted_ids)) < len(wanted_ids):
            await super().recompose()
            return
        pool = dict(zip(made_ids, made))
        keep = set()
        async with self.batch():
            previous: Widget | None = None
            for identity, fresh in zip(wanted_ids, wanted):
                widget = pool.get(identity)
                if widget is None:
                    widget = fresh
                    if previous is not None:
                        await self.mount(widget, after=previous)
                    elif self.children:
                        await self.mount(widget, before=0)
                    else:
                        await self.mount(widget)
                else:
                    if previous is not None and self.children.index(widget) < self.children.index(previous):
                        self.move_child(widget, after=previous)
                    widget.display = True
                keep.add(widget)
                previous = widget
            for widget in made:
                if widget not in keep:
                    widget.display = False
