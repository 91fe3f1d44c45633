"""`claimcheck review`: the terminal UI over the analysis of PATH... and the verdict store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import app
from claimcheck.errors import ClaimcheckError, InputError

DEFAULT_DB = Path("claimcheck.db")
DEFAULT_EXPORT = Path("claimcheck-report.csv")


def _one_line(text: object) -> str:
    """A message as one printable line: newlines and control characters escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


def _fail(message: object) -> typer.Exit:
    typer.echo(f"error: {_one_line(message)}", err=True)
    return typer.Exit(1)


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


@app.command("review")
def review(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders to analyse: a bundle, .txt, .md, .jsonl, .csv, or a folder.",
            show_default=False,
        ),
    ],
    db: Annotated[
        Path, typer.Option("--db", help="Verdict database (SQLite); created when missing.")
    ] = DEFAULT_DB,
    export: Annotated[
        Path, typer.Option("--export", help="Where the `e` key writes the CSV report.")
    ] = DEFAULT_EXPORT,
) -> None:
    """Review where sources disagree, in a terminal UI, and record verdicts on claims.

    Clusters are listed conflicts first. Enter opens a cluster's claims; v, d, x, u mark the
    selected claim verified, disputed, rejected or unreviewed; n adds a note; z undoes; /
    filters; s sorts; e exports the CSV report; ? lists every key. Every verdict is saved to
    the database (with an audit log) the moment the key is pressed.

    Example: claimcheck review seeds/000_ff300813a446f845.txt --db claimcheck.db
    """
    if not _is_terminal():
        raise _fail(
            "the review UI needs an interactive terminal (stdin/stdout is not a TTY); "
            "use `claimcheck report` to write the report to a file instead"
        )

    # Imported here so `claimcheck --help` and the other commands do not pay for Textual.
    from claimcheck.pipeline import analyse_paths
    from claimcheck.store.verdicts import VerdictStore
    from claimcheck.tui.app import ClaimcheckApp

    skipped: list[InputError] = []

    def on_error(error: InputError) -> None:
        skipped.append(error)
        typer.echo(f"skipped: {_one_line(error)}", err=True)

    try:
        analysis = analyse_paths([str(p) for p in paths], on_error=on_error)
    except ClaimcheckError as error:
        raise _fail(error) from None
    if not analysis.claims:
        raise _fail("no figures found in the input; nothing to review")

    try:
        with VerdictStore(db) as store:
            store.register_claims(analysis.claims)
            ClaimcheckApp(
                analysis,
                store,
                export_path=export,
                skipped=[_one_line(e) for e in skipped],
            ).run()
    except ClaimcheckError as error:
        raise _fail(error) from None
    if skipped:
        typer.echo(
            f"error: {len(skipped)} input(s) skipped (listed above the review)", err=True
        )
        raise typer.Exit(1)
