"""A modal that asks for a note on one claim; dismisses with the text, or None if cancelled."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from claimcheck.tui.text import one_line


class NoteScreen(ModalScreen[str | None]):
    """Enter saves the note (with the claim's current status); Escape cancels."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="note-cancel", tooltip="Close without saving"),
    ]

    def __init__(self, mention: str, note: str | None) -> None:
        super().__init__()
        self._mention = mention
        self._note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Label(Text("Note on: ") + Text(one_line(self._mention), style="bold"), id="note-title")
            yield Input(value=self._note, placeholder="Why this verdict? (Enter saves, Escape cancels)", id="note-input")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def save_note(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
