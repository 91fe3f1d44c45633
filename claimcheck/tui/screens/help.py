"""The key reference (`?`), rendered from help.md so the words live in one editable file."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP_PATH = Path(__file__).with_name("help.md")


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "close", "Close", id="help-close", tooltip="Close the help"),
        Binding("question_mark", "close", "Close", show=False, id="help-close-question"),
        Binding("q", "close", "Close", show=False, id="help-close-q"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Markdown(HELP_PATH.read_text(encoding="utf-8"), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
