"""`claimcheck review`: the terminal UI over the analysis of PATH... and the verdict store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import app
from claimcheck.cli.common import (
    DEFAULT_DB,
    JobsOption,
    PathsArgument,
    analyse_cli,
    fail,
    one_line,
    unmatched_verdicts_note,
)
from claimcheck.errors import ClaimcheckError

DEFAULT_EXPORT = Path("claimcheck-report.csv")


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


@app.command("review")
def review(
    paths: PathsArgument,
    db: Annotated[
        Path, typer.Option("--db", help="Verdict database (SQLite); created when missing.")
    ] = DEFAULT_DB,
    export: Annotated[
        Path, typer.Option("--export", help="Where the `e` key writes the CSV report.")
    ] = DEFAULT_EXPORT,
    jobs: JobsOption = 0,
) -> None:
    """Review where sources disagree, in a terminal UI, and record verdicts on claims.

    Clusters are listed conflicts first. Enter opens a cluster's claims; v, d, x, u mark the
    selected claim verified, disputed, rejected or unreviewed; n adds a note; z undoes; /
    filters; s sorts; e exports the CSV report; ? lists every key. Every verdict is saved to
    the database (with an audit log) the moment the key is pressed.

    Example: claimcheck review seeds/000_ff300813a446f845.txt --db claimcheck.db
    """
    if not _is_terminal():
        fail(
            "the review UI needs an interactive terminal (stdin/stdout is not a TTY); "
            "use `claimcheck report` to write the report to a file instead"
        )

    # Imported here so `claimcheck --help` and the other commands do not pay for Textual.
    from claimcheck.store.verdicts import VerdictStore
    from claimcheck.tui.app import ClaimcheckApp

    try:
        analysis, inputs = analyse_cli(paths, jobs, keep_text=True)
    except ClaimcheckError as error:
        fail(error)
    if not analysis.claims:
        fail("no figures found in the input; nothing to review")

    try:
        with VerdictStore(db) as store:
            store.register_claims(analysis.claims)
            unmatched = unmatched_verdicts_note(store.verdicts(), analysis.claims, db)
            ClaimcheckApp(
                analysis,
                store,
                export_path=export,
                skipped=[one_line(e) for e in inputs.skipped],
            ).run()
    except ClaimcheckError as error:
        fail(error)
    if unmatched:
        typer.echo(unmatched, err=True)
    if inputs.skipped:
        # The lines printed before the UI started are under it now; say it once more.
        typer.echo(f"{len(inputs.skipped)} input(s) skipped (listed above)", err=True)
    raise typer.Exit(inputs.exit_code)
