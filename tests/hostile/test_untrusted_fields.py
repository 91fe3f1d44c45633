"""Nothing from a source is ever used as a path or a command.

A JSONL row whose id, title, outlet and url are path traversals, shell substitutions and
formulas goes through `extract` and `report` (real processes, default database in the working
folder): nothing is created anywhere but the named outputs, no command runs, and the values
come out verbatim (a formula-like one with only the leading apostrophe added in the CSV).
"""

from __future__ import annotations

import csv
import json
import os
import uuid
from pathlib import Path

import pytest

from .conftest import assert_safe_csv_cell, run_cli

PWNED = Path("/tmp/pwned")


def hostile_row(marker: Path) -> dict[str, str]:
    return {
        "id": "../../etc/passwd",
        "title": "../../etc/passwd",
        "outlet": "$(rm -rf /)",
        "url": f"; touch {PWNED}; touch {marker}",
        "published": "`touch " + str(marker) + "`",
        "text": "At least 17 people were killed in the blast, officials said.",
    }


def formula_row(marker: Path) -> dict[str, str]:
    return {
        "id": "$(touch " + str(marker) + ")",
        "title": "=cmd|' /C calc'!A0",
        "outlet": "@SUM(1+1)*cmd|' /C calc'!A0",
        "url": "-2+3+cmd|' /C calc'!A0",
        "text": "\t=HYPERLINK(\"http://evil.example\") 6 soldiers were wounded, the army said.",
    }


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def hostile_input(tmp_path: Path):
    marker = tmp_path / f"marker-{uuid.uuid4().hex}"
    inputs = tmp_path / "in"
    inputs.mkdir()
    # The file name is hostile too: it is the user's, but it still must never reach a shell.
    path = inputs / "$(touch pwned);rows.jsonl"
    rows = [hostile_row(marker), formula_row(marker)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    existed = PWNED.exists()
    yield path, work, rows, marker
    assert not marker.exists(), "a value from the source was run as a command"
    if not existed:
        assert not PWNED.exists(), "a value from the source was run as a command"
    assert tree(inputs) == {path.name}, "something was written next to the input"


def test_extract_uses_no_value_as_path_or_command(hostile_input) -> None:
    path, work, rows, _ = hostile_input
    result = run_cli("extract", path, "--format", "jsonl", "-o", "claims.jsonl", cwd=work)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert tree(work) == {"claims.jsonl"}
    records = [json.loads(line) for line in (work / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    by_mention = {r["mention"]: r for r in records}
    blast = by_mention["At least 17 people"]
    assert (blast["source_title"], blast["outlet"], blast["url"]) == (
        rows[0]["title"], rows[0]["outlet"], rows[0]["url"]
    )
    assert blast["source_id"].endswith("../../etc/passwd")
    assert blast["published"] is None  # a shell command is not a date
    army = by_mention["6 soldiers"]
    assert (army["source_title"], army["outlet"], army["url"]) == (
        rows[1]["title"], rows[1]["outlet"], rows[1]["url"]
    )


def test_report_uses_no_value_as_path_or_command(hostile_input) -> None:
    path, work, rows, _ = hostile_input
    result = run_cli("report", path, "--csv", "report.csv", "--jsonl", "report.jsonl",
                     "--claimreview", "review.jsonld", cwd=work)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    # The default database is claimcheck.db in the working folder (WAL files go on close).
    assert tree(work) - {"claimcheck.db-wal", "claimcheck.db-shm"} == {
        "report.csv", "report.jsonl", "review.jsonld", "claimcheck.db"
    }
    with open(work / "report.csv", encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    assert len(records) == 2
    for record in records:
        for column, cell in record.items():
            assert_safe_csv_cell(column, cell)
    by_mention = {r["mention"]: r for r in records}
    blast = by_mention["At least 17 people"]
    # Not formula-like: verbatim.
    assert (blast["source_title"], blast["outlet"], blast["url"]) == (
        "../../etc/passwd", "$(rm -rf /)", rows[0]["url"]
    )
    army = by_mention["6 soldiers"]
    # Formula-like: neutralised with one leading apostrophe, the rest verbatim.
    assert army["source_title"] == "'" + rows[1]["title"]
    assert army["outlet"] == "'" + rows[1]["outlet"]
    assert army["url"] == "'" + rows[1]["url"]
    assert army["sentence"].startswith("'") and army["sentence"][1:].lstrip("\t").startswith("=HYPERLINK")
    # JSONL is data, not a spreadsheet: values stay exactly as they were.
    jsonl = [json.loads(line) for line in (work / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["source_title"] for r in jsonl} == {rows[0]["title"], rows[1]["title"]}


async def test_review_ui_export_path_never_comes_from_a_source(tmp_path: Path) -> None:
    """The UI's export goes to the path it was given, whatever the sources say."""
    from claimcheck.errors import InputError
    from claimcheck.pipeline import analyse_paths
    from claimcheck.store.verdicts import VerdictStore
    from claimcheck.tui.app import ClaimcheckApp

    marker = tmp_path / "marker"
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps(hostile_row(marker)) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    analysis = analyse_paths([str(rows)], errors.append)
    assert not errors and analysis.claims
    out = tmp_path / "out"
    out.mkdir()
    cwd = os.getcwd()
    with VerdictStore(tmp_path / "v.db") as store:
        store.register_claims(analysis.claims)
        app = ClaimcheckApp(analysis, store, export_path=out / "export.csv")
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("enter", "e")
            await app.workers.wait_for_complete()
            await pilot.pause()
    assert os.getcwd() == cwd
    assert tree(out) == {"export.csv"}
    assert not marker.exists()


@pytest.mark.parametrize(
    "args",
    [("extract", "--format", "csv"), ("report", "--no-db"), ("report", "--no-db", "--csv", "out.csv")],
    ids=["extract-csv", "report-stdout", "report-file"],
)
def test_a_carriage_return_inside_a_row_never_splits_a_csv_row(tmp_path, args):
    # a JSONL text field may hold a lone CR, which spreadsheets and csv readers take for a
    # line end: the cell must be quoted, or the row would break in two
    src = tmp_path / "cr.jsonl"
    # no comma in the sentences: a comma would get the cell quoted anyway
    rows = [{"id": "a", "text": "At least 17 people\rwere killed in the blast."},
            {"id": "b", "text": "Nine people were wounded\rin the attack."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = run_cli(*args[:1], src, *args[1:], cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    text = (tmp_path / "out.csv").read_bytes().decode("utf-8") if "--csv" in args else done.stdout.decode()
    table = list(csv.reader(text.splitlines(keepends=True)))  # a lone CR splits an unquoted cell here
    header, body = table[0], table[1:]
    assert len(body) == 2 and all(len(row) == len(header) for row in body)
    sentences = [row[header.index("sentence")] for row in body]
    assert any("\r" in s for s in sentences)
