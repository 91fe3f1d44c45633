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

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._composed: tuple | None = None  # the `_keys()` the shown widgets were arranged for
        # What Footer.compose makes of each set of keys, as identities (None: not plain keys):
        # a handful of focus states, each composed once instead of a dozen widgets per change.
        self._wanted: dict[tuple, list | None] = {}

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

    def shown_keys(self) -> list[FooterKey]:
        """The key widgets on show, left to right (hidden ones wait to be shown again)."""
        return [widget for widget in self.query_children(FooterKey) if widget.display]

    def _wanted_ids(self, keys: tuple) -> list | None:
        if keys not in self._wanted:
            # (Footer.compose also sets grid_size_columns, which its horizontal layout ignores.)
            with self._context():  # compose as in the footer's own handlers
                ids = [_identity(widget) for widget in compose(self)]
            self._wanted[keys] = None if None in ids or len(set(ids)) < len(ids) else ids
        return self._wanted[keys]

    def _made(self) -> tuple[list[Widget], dict | None]:
        """The key widgets there are, and by identity (None: not all plain keys)."""
        made = list(self.query_children("*").exclude(".-textual-system"))
        ids = [_identity(widget) for widget in made]
        return made, None if None in ids else dict(zip(ids, made))

    def follow_bindings(self) -> None:
        """Show the keys of the current focus now, if that takes no new key widget.

        Textual updates the bar two refreshes after a focus change, so a key that moves the
        focus lays out and paints the screen twice: once for itself, once for the bar. A
        screen that moves the focus itself can call this to put both in one refresh; the
        later `recompose` then finds nothing to do. Keys never shown before still wait for
        `recompose`, which mounts them.
        """
        if not self.is_attached or self._pruning or not self.app.app_focus:
            return
        keys = self._keys()
        if keys is None or keys == self._composed:
            return
        wanted_ids = self._wanted_ids(keys)
        made, pool = self._made()
        if wanted_ids is None or pool is None or not all(identity in pool for identity in wanted_ids):
            return
        with self.app.batch_update():
            self._arrange([pool[identity] for identity in wanted_ids], made)
        self._composed = keys

    def _arrange(self, widgets: list[Widget], made: list[Widget]) -> None:
        """Show `widgets` (all children already), in this order, and hide every other key."""
        previous: Widget | None = None
        for widget in widgets:
            if previous is not None and self.children.index(widget) < self.children.index(previous):
                self.move_child(widget, after=previous)
            widget.display = True
            previous = widget
        shown = set(widgets)
        for widget in made:
            if widget not in shown:
                widget.display = False

    async def recompose(self) -> None:
        if not self.is_attached or self._pruning:
            return
        keys = self._keys()
        if keys is not None and keys == self._composed:
            return
        wanted_ids = None if keys is None else self._wanted_ids(keys)
        made, pool = self._made()
        if wanted_ids is None or pool is None:
            await super().recompose()
            self._composed = keys
            return
        fresh = {}
        if not all(identity in pool for identity in wanted_ids):
            fresh = {_identity(widget): widget for widget in compose(self)}
        async with self.batch():
            placed: list[Widget] = []
            for identity in wanted_ids:
                widget = pool.get(identity)
                if widget is None:
                    widget = fresh[identity]
                    if placed:
                        await self.mount(widget, after=placed[-1])
                    elif self.children:
                        await self.mount(widget, before=0)
                    else:
                        await self.mount(widget)
                placed.append(widget)
            self._arrange(placed, made)
        self._composed = keys
