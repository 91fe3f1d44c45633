"""`claimcheck report`: the discrepancy report (CSV, JSONL, ClaimReview) with verdicts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import app
from claimcheck.cli.common import (
    DEFAULT_DB,
    EngineOption,
    JobsOption,
    PathsArgument,
    SchedulerOption,
    analyse_cli,
    fail,
    unmatched_verdicts_note,
)
from claimcheck.errors import ClaimcheckError


@app.command("report")
def report(
    paths: PathsArgument,
    csv_path: Annotated[
        Path | None, typer.Option("--csv", help="Write the discrepancy report as CSV here.")
    ] = None,
    jsonl_path: Annotated[
        Path | None, typer.Option("--jsonl", help="Write the report rows as JSONL here.")
    ] = None,
    claimreview_path: Annotated[
        Path | None,
        typer.Option("--claimreview", help="Write schema.org ClaimReview JSON-LD here."),
    ] = None,
    db: Annotated[
        Path, typer.Option("--db", help="Verdict database; created when missing.")
    ] = DEFAULT_DB,
    no_db: Annotated[
        bool, typer.Option("--no-db", help="Do not read or create a verdict database.")
    ] = False,
    jobs: JobsOption = 0,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
) -> None:
    """Write the discrepancy report: one row per claim, grouped by cluster, conflicts first.

    The claims are registered in the verdict database (so `claimcheck verdict` knows their
    ids) and each row carries its verdict, note and time. Text cells that a spreadsheet
    would run as a formula are neutralised. With no output option the CSV goes to stdout.

    Examples:

      claimcheck report seeds/000_ff300813a446f845.txt --csv report.csv

      claimcheck report articles/ --csv report.csv --claimreview review.jsonld --db work.db
    """
    from claimcheck.report.claimreview import claimreview_document
    from claimcheck.report.csv import write_csv
    from claimcheck.report.table import report_frame

    analysis, inputs = analyse_cli(paths, jobs, engine=engine, scheduler=scheduler)
    verdicts = {}
    if not no_db:
        from claimcheck.store.verdicts import VerdictStore

        try:
            with VerdictStore(db) as store:
                store.register_claims(analysis.claims)
                verdicts = store.verdicts()
        except ClaimcheckError as exc:
            fail(exc)
        unmatched = unmatched_verdicts_note(verdicts, analysis.claims, db)
        if unmatched:
            typer.echo(unmatched, err=True)
    frame = report_frame(analysis, verdicts)
    try:
        if csv_path:
            write_csv(frame, csv_path)
        if jsonl_path:
            with open(jsonl_path, "w", encoding="utf-8") as fh:
                for row in frame.to_dict(orient="records"):
                    fh.write(json.dumps(_clean(row), ensure_ascii=False) + "\n")
        if claimreview_path:
            with open(claimreview_path, "w", encoding="utf-8") as fh:
                json.dump(claimreview_document(analysis, verdicts), fh, ensure_ascii=False, indent=2)
        if not (csv_path or jsonl_path or claimreview_path):
            write_csv(frame, sys.stdout)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        fail(f"cannot write report: {where}{exc.strerror or exc}")
    if csv_path:
        conflicts = sum(1 for c in analysis.clusters if c.status.value == "conflict")
        typer.echo(
            f"{_count(len(frame), 'claim')} in {_count(len(analysis.clusters), 'cluster')} "
            f"({conflicts} in conflict) -> {csv_path}",
            err=True,
        )
    raise typer.Exit(inputs.exit_code)


def _clean(row: dict) -> dict:
    """NaN (pandas' missing number) -> null in JSON."""
    return {k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
