"""What every command shares: error lines, exit codes, reading input with progress.

Exit codes (docs/cli.md): 0 done; 1 error, nothing written; 2 usage error; 3 done, but some
input was skipped (each skipped file or row named on stderr).
"""

from __future__ import annotations

import gc

import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from claimcheck.errors import InputError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
DEFAULT_DB = Path("claimcheck.db")

PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        help="Files or folders: a bundle, .txt, .md, .jsonl, .csv, or a folder of them.",
        show_default=False,
    ),
]
JobsOption = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Worker processes for extraction; 0 = all cores."),
]


class Engine(StrEnum):
    local = "local"
    dask = "dask"


EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="Where ingest+extract run: local processes (--jobs), or a Dask cluster "
        "(pip install 'claimcheck[dask]'; see docs/scaling.md).",
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786) for --engine dask; without it a "
        "local cluster of 2 worker processes is started.",
        show_default=False,
    ),
]


def one_line(text: object) -> str:
    """A message as one printable line: newlines and control characters escaped, so text
    from an article can never move the cursor or fake another line on the terminal."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


def fail(message: object) -> NoReturn:
    typer.echo(f"error: {one_line(message)}", err=True)
    raise typer.Exit(EXIT_ERROR)


class InputReport:
    """Collects skipped inputs and prints one line for each as it happens."""

    def __init__(self) -> None:
        self.skipped: list[InputError] = []

    def __call__(self, error: InputError) -> None:
        self.skipped.append(error)
        typer.echo(f"skipped: {one_line(error)}", err=True)

    @property
    def exit_code(self) -> int:
        return EXIT_SKIPPED if self.skipped else EXIT_OK


class StderrProgress:
    """Progress on stderr for long runs: silent for small inputs and when stderr is not a
    terminal (so logs stay clean), a rich status line with articles/s otherwise."""

    def __init__(self, *, after_seconds: float = 1.0) -> None:
        self._start = time.monotonic()
        self._after = after_seconds
        self._status = None
        self._enabled = sys.stderr.isatty()

    def __call__(self, sources: int, claims: int) -> None:
        if not self._enabled:
            return
        elapsed = time.monotonic() - self._start
        if self._status is None:
            if elapsed < self._after:
                return
            from rich.console import Console

            self._status = Console(stderr=True).status("")
            self._status.start()
        rate = sources / elapsed if elapsed else 0.0
        self._status.update(f"{sources:,} articles, {claims:,} claims ({rate:,.0f} articles/s)")

    def close(self) -> None:
        if self._status is not None:
            self._status.stop()


def resolve_jobs(jobs: int) -> int:
    from claimcheck.pipeline import default_jobs

    return default_jobs() if jobs == 0 else jobs


def analyse_cli(
    paths: list[Path],
    jobs: int,
    *,
    keep_text: bool = False,
    engine: Engine = Engine.local,
    scheduler: str | None = None,
):
    """Run the pipeline for a command: (analysis, input report)."""
    from claimcheck.pipeline import analyse_paths

    engine = Engine(engine)
    if scheduler is not None and engine is not Engine.dask:
        typer.echo("error: --scheduler needs --engine dask", err=True)
        raise typer.Exit(EXIT_USAGE)
    report = InputReport()
    progress = StderrProgress()
    try:
        if engine is Engine.dask:
            analysis = _analyse_dask(paths, report, progress, keep_text, scheduler)
        else:
            analysis = analyse_paths(
                [str(p) for p in paths], report, jobs=resolve_jobs(jobs), progress=progress,
                keep_text=keep_text,
            )
    finally:
        progress.close()
    if not analysis.sources and not report.skipped:
        # a folder of PDFs or Word files reads as nothing at all: say why, not just an empty table
        shown = ", ".join(str(p) for p in paths)
        typer.echo(
            f"warning: no article found in {shown} (a folder is read for .txt, .md, .jsonl and .csv "
            "files; convert PDF or Word files to text first)",
            err=True,
        )
    # The analysis lives until the command ends: keep the collector from walking it again
    # while the report is built (the review UI does the same).
    gc.freeze()
    return analysis, report


def _analyse_dask(paths, report, progress, keep_text: bool, scheduler: str | None):
    from claimcheck.engine.dask_engine import analyse_paths_dask
    from claimcheck.errors import ClaimcheckError

    try:
        return analyse_paths_dask(
            [str(p) for p in paths], report, scheduler, progress=progress, keep_text=keep_text
        )
    except ClaimcheckError as exc:
        fail(exc)


def unmatched_verdicts_note(verdicts, claims, db: Path) -> str | None:
    """A line saying how many verdicts in `db` are on no claim of this input, or None.

    A claim's id depends on its source and its sentence, so an article renamed or a sentence
    edited since the verdict was given makes a new claim, and the verdict no longer shows. It
    is not lost (the database and its audit log keep it); this says so, so that the analyst
    is not left to find out from a report with fewer verdicts than they gave. Verdicts on
    another input kept in the same database are counted too: the line says both.
    """
    ids = {c.claim_id for c in claims}
    given = [v for v in verdicts.values() if v.claim_id not in ids and (v.status.value != "unreviewed" or v.note)]
    if not given:
        return None
    n = len(given)
    return (
        f"note: {n} verdict{'s' if n != 1 else ''} in {db} {'are' if n != 1 else 'is'} on claims not in this input "
        "(claims of other input, or of an article renamed or a sentence edited since: a claim's id "
        f"depends on both); nothing is lost, `claimcheck log --db {db}` lists every verdict given"
    )
