"""ClaimcheckApp: wiring only. It gets a finished Analysis and an open VerdictStore."""

from __future__ import annotations

import gc

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from claimcheck.models import Analysis
from claimcheck.tui.screens.review import ReviewScreen
from claimcheck.tui.view import ReviewModel

if TYPE_CHECKING:
    from claimcheck.store.verdicts import VerdictStore

DEFAULT_EXPORT_PATH = "claimcheck-report.csv"


class ClaimcheckApp(App[None]):
    """Review an analysis: clusters, their claims, and the analyst's verdicts."""

    CSS_PATH = "app.tcss"
    TITLE = "claimcheck review"
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        analysis: Analysis,
        store: VerdictStore,
        *,
        export_path: str | Path = DEFAULT_EXPORT_PATH,
        skipped: Sequence[str] = (),
    ) -> None:
        """`skipped`: one line per input the analysis could not read (shown on start)."""
        super().__init__()
        self.analysis = analysis
        self.store = store
        self.export_path = Path(export_path)
        self.skipped = tuple(skipped)

    def get_default_screen(self) -> ReviewScreen:
        model = ReviewModel(self.analysis, self.store.verdicts())
        # The analysis and the model live as long as the app: move them out of the cyclic
        # garbage collector's way, or a full collection over 100k claims stalls a keypress.
        gc.collect()
        gc.freeze()
        return ReviewScreen(model, self.store, export_path=self.export_path)

    def on_mount(self) -> None:
        if self.skipped:
            # stderr is hidden behind the UI; say here that something was left out.
            more = f" (and {len(self.skipped) - 1} more)" if len(self.skipped) > 1 else ""
            self.notify(
                f"{self.skipped[0]}{more}",
                title=f"{len(self.skipped)} input(s) skipped",
                severity="warning",
                timeout=10,
                markup=False,
            )
