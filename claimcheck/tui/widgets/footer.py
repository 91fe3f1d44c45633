"""The key bar, rebuilt only when the keys it would show change.

Textual's Footer removes and remounts all its key widgets whenever any widget says the
bindings may have changed; one focus change says so twice, and the tables say so on page
changes. Each rebuild costs a style pass and a layout pass of the whole screen (20-30 ms at
120x40), for a bar that usually looks the same.
"""

from __future__ import annotations

from textual.widgets import Footer


class ReviewFooter(Footer):
    """A Footer that skips a rebuild which would compose the same keys again."""

    _composed: tuple | None = None

    def _keys(self) -> tuple | None:
        """Everything `Footer.compose` reads (textual is pinned, so this list stays right)."""
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

    async def recompose(self) -> None:
        if self._composed is not None and self._keys() == self._composed:
            return
        await super().recompose()
