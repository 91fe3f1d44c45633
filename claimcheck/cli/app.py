"""The Typer application object; command modules register themselves on it."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="claimcheck",
    help=(
        "Extract the figures news reports give (killed, wounded, missing, displaced ...), "
        "group the reports of the same quantity, and show where sources disagree.\n\n"
        "Example: claimcheck report seeds/ --csv report.csv"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
