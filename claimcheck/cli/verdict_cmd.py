"""`claimcheck verdict`, `claimcheck undo`, `claimcheck log`: the verdict store from the shell.

Each command opens the VerdictStore, calls one method and prints one result; store errors
become one `error: ...` line on stderr and exit code 1 (usage errors stay Typer's 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimcheck.cli.app import app
from claimcheck.errors import ClaimcheckError
from claimcheck.models import VerdictChange, VerdictStatus
from claimcheck.store import AmbiguousClaimError, UnknownClaimError, VerdictStore, parse_status
from claimcheck.store.verdicts import MIN_PREFIX

DEFAULT_DB = Path("claimcheck.db")

DbOption = Annotated[
    Path,
    typer.Option(
        "--db",
        help="Verdict database (SQLite) written by `claimcheck report --db`; never created here.",
    ),
]


def _one_line(text: object) -> str:
    """Text as one printable line: newlines and control characters escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


def _fail(message: object) -> NoReturn:
    typer.echo(f"error: {_one_line(message)}", err=True)
    raise typer.Exit(1)


def _report_hint(db: Path) -> str:
    return f"run 'claimcheck report PATH --db {db}' first so the store knows the claims"


def _open(db: Path) -> VerdictStore:
    """The existing store at `db`; a missing file is an error, not a new empty database."""
    if not db.exists():
        _fail(f"no verdict database at {db} ({_report_hint(db)})")
    try:
        return VerdictStore(db, create=False)
    except ClaimcheckError as exc:
        _fail(exc)


def _resolve(store: VerdictStore, claim_id: str, db: Path) -> str:
    try:
        return store.resolve(claim_id)
    except UnknownClaimError as exc:
        if len(claim_id.strip()) < MIN_PREFIX:
            _fail(
                f"unknown claim id {exc.claim_id!r} in {db}: a prefix needs at least {MIN_PREFIX} "
                f"characters of the 12-character id ({_report_hint(db)})"
            )
        _fail(f"unknown claim id {exc.claim_id!r} in {db} ({_report_hint(db)})")
    except AmbiguousClaimError as exc:
        shown = ", ".join(exc.matches[:5]) + (", ..." if len(exc.matches) > 5 else "")
        _fail(f"ambiguous claim id {exc.prefix!r} in {db}: matches {shown} (give more characters)")


def _describe(change: VerdictChange) -> str:
    line = f"{change.claim_id}: {change.old_status} -> {change.new_status}"
    if change.note:
        line += f" (note: {change.note})"
    return _one_line(line)


def _parse_status_arg(value: str) -> VerdictStatus:
    try:
        return parse_status(value)
    except ClaimcheckError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command("verdict")
def verdict(
    claim_id: Annotated[
        str,
        typer.Argument(
            help="The claim id (from `extract` or the report), or a unique prefix of 6+ characters.",
            metavar="CLAIM_ID",
            show_default=False,
        ),
    ],
    status: Annotated[
        VerdictStatus,
        typer.Argument(
            help="verified, disputed, rejected, or unreviewed to reset (any case).",
            metavar="STATUS",
            parser=_parse_status_arg,
            show_default=False,
        ),
    ],
    note: Annotated[
        str | None,
        typer.Option(
            "--note",
            help='Why: kept with the verdict and in the audit log. Without --note the claim keeps '
            'the note it has (as in the review UI); --note "" clears it.',
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Record an analyst's verdict on one claim (every change goes to the audit log).

    The claim must be known to the database: `claimcheck report PATH --db FILE` registers the
    claims it reads. Prints `CLAIM_ID: OLD -> NEW`.

    \b
    Example:
        claimcheck verdict 3f9a1c2b7d10 disputed --note "ministry figure, single origin"
    """
    with _open(db) as store:
        full_id = _resolve(store, claim_id, db)
        if note is None:
            note = store.get(full_id).note  # a verdict keeps the claim's note, as in the UI
        try:
            change = store.set(full_id, status, note)
        except ClaimcheckError as exc:
            _fail(exc)
    typer.echo(_describe(change))


@app.command("undo")
def undo(db: DbOption = DEFAULT_DB) -> None:
    """Revert the last verdict change (undoing again walks further back).

    The undo is itself written to the audit log; prints the change it made.

    \b
    Example:
        claimcheck undo --db claimcheck.db
    """
    with _open(db) as store:
        try:
            change = store.undo()
        except ClaimcheckError as exc:
            _fail(exc)
    if change is None:
        typer.echo(f"nothing to undo in {db}")
        return
    typer.echo(f"undid change {change.undo_of}: {_describe(change)}")


@app.command("log")
def log(
    claim_id: Annotated[
        str | None,
        typer.Argument(
            help="Only this claim's changes (full id or unique prefix of 6+ characters).",
            metavar="CLAIM_ID",
            show_default=False,
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Print the audit log of verdict changes, oldest first.

    \b
    Example:
        claimcheck log 3f9a1c2b7d10 --db claimcheck.db
    """
    with _open(db) as store:
        try:
            full_id = _resolve(store, claim_id, db) if claim_id is not None else None
            changes = store.log(full_id)
        except ClaimcheckError as exc:
            _fail(exc)
    if not changes:
        typer.echo(f"no verdict changes in {db}" + (f" for {full_id}" if full_id else ""))
        return
    table = Table(box=None, pad_edge=False)
    for column in ("change", "at (UTC)", "claim", "old", "new", "undo of"):
        table.add_column(column, no_wrap=True)  # ids and times are never cut or folded
    table.add_column("note", overflow="fold", min_width=12)
    for c in changes:
        # Text objects, never markup strings: a note like "[bold]" prints as typed.
        table.add_row(
            Text(str(c.change_id)),
            Text(c.at.strftime("%Y-%m-%d %H:%M:%S")),
            Text(c.claim_id),
            Text(c.old_status.value),
            Text(c.new_status.value),
            Text("" if c.undo_of is None else str(c.undo_of)),
            Text(_one_line(c.note or "")),
        )
    console = Console(highlight=False, emoji=False)
    if not console.is_terminal:  # a pipe or a file: no width to fit, so never fold a note
        console = Console(highlight=False, emoji=False, width=100_000)
    console.print(table)
