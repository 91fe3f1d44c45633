"""`claimcheck extract` through Typer's CliRunner: formats, offsets, output file, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.models import Claim

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ff300813a446f845.txt"
SEED_CLAIMS = 18
RECORD_FIELDS = [*Claim.model_fields, "cluster_id", "cluster_label", "cluster_status"]

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_records() -> list[dict]:
    result = run("extract", SEED)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_jsonl_has_one_record_per_seed_claim(seed_records):
    assert len(seed_records) == SEED_CLAIMS


def test_jsonl_records_have_every_claim_field_and_the_cluster(seed_records):
    for record in seed_records:
        assert list(record) == RECORD_FIELDS
        assert record["cluster_id"] and record["cluster_label"]
        assert record["cluster_status"] in {"conflict", "evolving", "agree", "single"}
        Claim.model_validate({k: record[k] for k in Claim.model_fields})


def test_jsonl_offsets_point_into_the_file_as_python_reads_it(seed_records):
    text = SEED.read_text(encoding="utf-8")  # universal newlines, as open() reads it
    for record in seed_records:
        assert Path(record["source_file"]).resolve() == SEED.resolve()
        assert text[record["start"] : record["end"]] == record["mention"]
        assert record["mention"] in record["sentence"]


def test_jsonl_claim_ids_are_unique_and_stable(seed_records):
    ids = [r["claim_id"] for r in seed_records]
    assert len(set(ids)) == len(ids)
    again = [json.loads(line)["claim_id"] for line in run("extract", SEED).stdout.splitlines()]
    assert again == ids


def test_jsonl_seed_figures(seed_records):
    by_mention = {r["mention"]: r for r in seed_records}
    first = by_mention["at least 200 people"]
    assert (first["value_low"], first["value_high"], first["category"]) == (200, None, "killed")
    assert first["hedged"] is True and "Gegham Stepanyan" in first["attributed_to"]
    wounded = by_mention["23 wounded"]
    assert wounded["cluster_status"] == "conflict"
    assert by_mention["11 wounded"]["cluster_id"] == wounded["cluster_id"]


def test_csv_parses_with_pandas():
    result = run("extract", SEED, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame.columns) == RECORD_FIELDS
    assert len(frame) == SEED_CLAIMS
    assert pd.api.types.is_numeric_dtype(frame["start"])
    assert pd.api.types.is_numeric_dtype(frame["value_low"])


def test_csv_of_input_without_figures_still_has_its_header(tmp_path):
    """docs/bad-input.md: empty output keeps its header, for extract as for report."""
    article = tmp_path / "quiet.txt"
    article.write_text("Nothing was counted today.\n", encoding="utf-8")
    result = run("extract", article, "--format", "csv")
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame.columns) == RECORD_FIELDS
    assert frame.empty


def test_table_shows_rich_markup_literally(tmp_path):
    article = tmp_path / "markup.txt"
    article.write_text(
        "Blast in [red]Kerman[/red]\n\n"
        "At least 12 people were killed in the blast, [bold]Ahmad Vahidi[/bold] said on Monday.\n",
        encoding="utf-8",
    )
    result = run("extract", article, "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert "[bold]Ahmad Vahidi[/bold]" in result.stdout
    assert "At least 12 people" in result.stdout
    assert "\x1b[" not in result.stdout


def test_output_file(tmp_path):
    out = tmp_path / "claims.jsonl"
    result = run("extract", SEED, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == SEED_CLAIMS
    assert json.loads(lines[0])["mention"] == "at least 200 people"


def test_binary_file_in_folder_is_skipped_with_exit_3(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_good.txt").write_text(
        "Quake kills dozens\n\nAt least 40 people were killed on Monday, police said.\n",
        encoding="utf-8",
    )
    binary = folder / "b_binary.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    (folder / "c_good.md").write_text(
        "Floods\n\nMore than 300 people were evacuated, officials said.\n", encoding="utf-8"
    )
    result = run("extract", folder)
    assert result.exit_code == 3
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 1
    assert str(binary) in skipped[0]
    mentions = [json.loads(line)["mention"] for line in result.stdout.splitlines()]
    assert "At least 40 people" in mentions and "More than 300 people" in mentions


def test_nonexistent_output_folder_is_an_error(tmp_path):
    out = tmp_path / "no" / "such" / "folder" / "claims.jsonl"
    result = run("extract", SEED, "-o", out)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot write ")
    assert "Traceback" not in result.output
    assert not out.exists()


def test_bad_format_is_a_usage_error():
    result = run("extract", SEED, "--format", "xml")
    assert result.exit_code == 2


# --- found bugs (not committed: reported, for the extraction owner) -------------------------


def _claims_of(tmp_path, body: str) -> list[dict]:
    article = tmp_path / "bug.txt"
    article.write_text(f"Quake\n\n{body}\n", encoding="utf-8")
    result = run("extract", article)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    "body, figure, low",
    [
        ("The quake killed 6,700, officials said.", "6,700", 6700),
        ("The ministry put the toll at 1,200, up from 900.", "1,200", 1200),
    ],
)
def test_bug_thousands_group_before_a_comma(tmp_path, body, figure, low):
    records = _claims_of(tmp_path, body)
    assert [(r["number_text"], r["value_low"]) for r in records][:1] == [(figure, low)]


def test_bug_citing_inside_an_apposition(tmp_path):
    records = _claims_of(tmp_path, "The agency, citing the Red Crescent, said 40 people were killed.")
    assert records[0]["attributed_to"] == "the Red Crescent"


def test_a_folder_with_no_article_says_why(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "notes.docx").write_bytes(b"PK...")
    result = run("extract", tmp_path)
    assert result.exit_code == 0
    assert "warning: no article found in" in result.stderr
    assert ".txt" in result.stderr and "PDF" in result.stderr


def test_a_folder_with_articles_gives_no_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Flood toll\n\nAt least 12 people died, police said.\n", encoding="utf-8")
    result = run("extract", tmp_path)
    assert result.exit_code == 0
    assert "warning" not in result.stderr
