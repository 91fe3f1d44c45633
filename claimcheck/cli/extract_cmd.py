"""`claimcheck extract`: every figure of PATH... with its cluster, as JSONL, CSV or a table."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import app
from claimcheck.cli.common import (
    EngineOption,
    JobsOption,
    PathsArgument,
    SchedulerOption,
    analyse_cli,
    fail,
    one_line,
)


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


@app.command("extract")
def extract(
    paths: PathsArgument,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    jobs: JobsOption = 0,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
) -> None:
    """Extract every numeric claim of PATH..., with its cluster and cluster status.

    One record per figure: the interval its words allow, category, subject, speaker, hedge,
    time, whether it was revised, its exact span in the input file, and the cluster it joined.

    Examples:

      claimcheck extract seeds/000_ff300813a446f845.txt --format table

      claimcheck extract articles/ --format jsonl -o claims.jsonl --jobs 0
    """
    from claimcheck.report.table import claim_records

    analysis, report = analyse_cli(paths, jobs, engine=engine, scheduler=scheduler)
    records = claim_records(analysis)
    try:
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    try:
        if fmt is Format.jsonl:
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif fmt is Format.csv:
            import pandas as pd

            from claimcheck.report.csv import write_csv
            from claimcheck.report.table import EXTRACT_COLUMNS, typed_numbers

            # the header even when no figure was found: a script reading the file still
            # finds its columns
            write_csv(typed_numbers(pd.DataFrame(records, columns=list(EXTRACT_COLUMNS))), out)
        else:
            _print_table(records, out)
    finally:
        if output:
            out.close()
    raise typer.Exit(report.exit_code)


def _print_table(records: list[dict], out) -> None:
    """A terminal table; every cell is plain Text, so markup or escapes in articles show
    literally instead of styling or moving the terminal."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False)
    for col in ("claim_id", "mention", "low", "high", "category", "subject", "attributed_to",
                "hedged", "status", "cluster"):
        table.add_column(col, overflow="fold")
    for r in records:
        cells = [
            r["claim_id"], r["mention"], _num(r["value_low"]), _num(r["value_high"]),
            r["category"], r["subject"], r["attributed_to"] or "", "yes" if r["hedged"] else "",
            r["cluster_status"] or "", r["cluster_label"] or "",
        ]
        table.add_row(*(Text(one_line(c)) for c in cells))
    Console(file=out, width=200 if not out.isatty() else None).print(table)


def _num(v) -> str:
    if v is None:
        return "open"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"
