"""`claimcheck report` through Typer's CliRunner: the CSV contract, formula cells, JSONL,
ClaimReview, and verdicts read back from the database."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.store.verdicts import VerdictStore
from claimcheck.report.table import NUMERIC_COLUMNS, REPORT_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ff300813a446f845.txt"

runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def read_report(path: Path) -> pd.DataFrame:
    # keep_default_na=False: a text cell is read as written ('' stays '', not NaN)
    return pd.read_csv(path, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> tuple[pd.DataFrame, Path]:
    tmp = tmp_path_factory.mktemp("report")
    out, db = tmp / "out.csv", tmp / "tmp.db"
    result = run("report", SEED, "--csv", out, "--db", db)
    assert result.exit_code == 0, result.stderr
    return read_report(out), db


@pytest.fixture(scope="module")
def seed_extract() -> list[dict]:
    result = run("extract", SEED)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_csv_has_exactly_the_report_columns(seed_report):
    frame, _ = seed_report
    assert list(frame.columns) == list(REPORT_COLUMNS)


def test_csv_has_one_row_per_extracted_claim(seed_report, seed_extract):
    frame, _ = seed_report
    assert sorted(frame["claim_id"]) == sorted(r["claim_id"] for r in seed_extract)


def test_csv_rows_carry_the_cluster_extract_gave(seed_report, seed_extract):
    frame, _ = seed_report
    rows = frame.set_index("claim_id")
    for r in seed_extract:
        assert rows.loc[r["claim_id"], "cluster_id"] == r["cluster_id"]
        assert rows.loc[r["claim_id"], "cluster_status"] == r["cluster_status"]


def test_csv_starts_with_the_wounded_conflict(seed_report):
    frame, _ = seed_report
    first = frame["cluster_id"].iloc[0]
    top = frame[frame["cluster_id"] == first]
    # the first cluster's rows come first, together
    assert list(top.index) == list(range(len(top)))
    assert set(top["cluster_status"]) == {"conflict"}
    assert set(top["cluster_label"]) == {"wounded: people"}
    assert {11.0, 23.0} <= set(top["value_low"])
    assert "11 wounded" in set(top["mention"]) and "23 wounded" in set(top["mention"])


def test_csv_clusters_are_contiguous_and_conflicts_first(seed_report):
    frame, _ = seed_report
    order = ["conflict", "evolving", "agree", "single"]
    ranks = [order.index(s) for s in frame["cluster_status"]]
    assert ranks == sorted(ranks)
    seen: list[str] = []
    for cid in frame["cluster_id"]:
        if not seen or seen[-1] != cid:
            assert cid not in seen, f"cluster {cid} is split across the report"
            seen.append(cid)


@pytest.mark.parametrize("column", NUMERIC_COLUMNS)
def test_csv_numeric_columns_are_numbers(seed_report, column):
    frame, _ = seed_report
    assert pd.api.types.is_numeric_dtype(frame[column]), frame[column].head()


def test_csv_verdicts_start_unreviewed(seed_report):
    frame, _ = seed_report
    assert set(frame["verdict"]) == {"unreviewed"}
    assert frame["verdict_at"].isna().all()


# --- formula cells -----------------------------------------------------------------------------

FORMULA_ARTICLE = (
    "Blast kills 12 in Kerman\n\n"
    '=HYPERLINK("http://evil.example","click") At least 12 people were killed in the blast, '
    "police said.\n\n"
    "@SUM(A1) Some 40 people were wounded, police said.\n\n"
    "-1 More than 5,000 people fled, officials said.\n\n"
    "+1 Dozens of people were arrested, the governor said.\n"
)


@pytest.fixture
def formula_report(tmp_path) -> pd.DataFrame:
    article = tmp_path / "formula.txt"
    article.write_text(FORMULA_ARTICLE, encoding="utf-8")
    out = tmp_path / "formula.csv"
    result = run("report", article, "--csv", out, "--no-db")
    assert result.exit_code == 0, result.stderr
    return read_report(out)


@pytest.mark.parametrize(
    "mention, sentence_start",
    [
        ("At least 12 people", "'=HYPERLINK("),
        ("Some 40 people", "'@SUM(A1)"),
        ("More than 5,000 people", "'-1 More"),
        ("Dozens of people", "'+1 Dozens"),
    ],
)
def test_formula_like_sentence_is_neutralised(formula_report, mention, sentence_start):
    row = formula_report[formula_report["mention"] == mention]
    assert len(row) == 1, formula_report[["mention", "sentence"]]
    assert row["sentence"].iloc[0].startswith(sentence_start)


def test_no_text_cell_starts_a_formula(formula_report):
    for column in formula_report.columns:
        if formula_report[column].dtype == object or pd.api.types.is_string_dtype(formula_report[column]):
            for value in formula_report[column].dropna():
                assert not str(value).startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)


def test_numeric_columns_stay_numbers_next_to_formula_text(formula_report):
    for column in ("value_low", "value_high", "start", "end", "origins", "disagreement"):
        assert pd.api.types.is_numeric_dtype(formula_report[column]), column
    row = formula_report[formula_report["mention"] == "More than 5,000 people"].iloc[0]
    assert row["value_low"] == 5001 and pd.isna(row["value_high"])


# --- JSONL, ClaimReview and verdicts ------------------------------------------------------------


def test_jsonl_rows_are_the_csv_rows(tmp_path):
    out_csv, out_jsonl, db = tmp_path / "r.csv", tmp_path / "r.jsonl", tmp_path / "r.db"
    result = run("report", SEED, "--csv", out_csv, "--jsonl", out_jsonl, "--db", db)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in out_jsonl.read_text(encoding="utf-8").splitlines()]
    frame = read_report(out_csv)
    assert [list(r) for r in rows] == [list(REPORT_COLUMNS)] * len(frame)
    assert [r["claim_id"] for r in rows] == list(frame["claim_id"])
    wounded = rows[0]
    assert wounded["cluster_status"] == "conflict" and wounded["cluster_high"] is None


def test_verdict_shows_in_the_report_and_claimreview(tmp_path, seed_extract):
    db = tmp_path / "tmp.db"
    out = tmp_path / "report.csv"
    review = tmp_path / "review.jsonld"
    first = run("report", SEED, "--csv", out, "--claimreview", review, "--db", db)
    assert first.exit_code == 0, first.stderr
    assert json.loads(review.read_text(encoding="utf-8"))["@graph"] == []

    target = next(r for r in seed_extract if r["mention"] == "23 wounded")
    verdict = run("verdict", target["claim_id"], "verified", "--note", "ombudsman list", "--db", db)
    assert verdict.exit_code == 0, verdict.stderr
    assert verdict.stdout.strip() == f"{target['claim_id']}: unreviewed -> verified (note: ombudsman list)"

    second = run("report", SEED, "--csv", out, "--claimreview", review, "--db", db)
    assert second.exit_code == 0, second.stderr
    frame = read_report(out).set_index("claim_id")
    assert frame.loc[target["claim_id"], "verdict"] == "verified"
    assert frame.loc[target["claim_id"], "verdict_note"] == "ombudsman list"
    assert pd.notna(frame.loc[target["claim_id"], "verdict_at"])
    others = frame.drop(index=target["claim_id"])
    assert set(others["verdict"]) == {"unreviewed"}

    document = json.loads(review.read_text(encoding="utf-8"))
    assert document["@context"] == "https://schema.org"
    graph = document["@graph"]
    assert [item["identifier"] for item in graph] == [target["claim_id"]]
    item = graph[0]
    assert item["@type"] == "ClaimReview"
    assert item["claimReviewed"] == target["sentence"]
    assert item["reviewRating"]["alternateName"] == "Verified"
    assert item["reviewBody"] == "ombudsman list"


def test_verdicts_on_claims_no_longer_in_the_input_are_reported_not_lost(tmp_path):
    """Editing the sentence of a judged claim makes a new claim id: the report says the old
    verdict is in the database on no claim of this input, and the database still has it."""
    article, db = tmp_path / "quake.txt", tmp_path / "v.db"
    article.write_text("Quake kills 12\n\nAt least 12 people were killed, police said.\n", encoding="utf-8")
    first = run("report", article, "--csv", tmp_path / "a.csv", "--db", db)
    assert "note:" not in first.stderr
    claim_id = read_report(tmp_path / "a.csv").iloc[-1]["claim_id"]
    assert run("verdict", claim_id, "disputed", "--db", db).exit_code == 0

    article.write_text("Quake kills 12\n\nAt least 12 people were killed, the police said.\n", encoding="utf-8")
    second = run("report", article, "--csv", tmp_path / "b.csv", "--db", db)
    assert second.exit_code == 0, second.stderr
    assert f"note: 1 verdict in {db} is on claims not in this input" in second.stderr
    assert claim_id not in set(read_report(tmp_path / "b.csv")["claim_id"])
    with VerdictStore(db) as store:
        assert store.get(claim_id).status.value == "disputed"


def test_report_without_output_writes_csv_to_stdout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("report", SEED, "--no-db")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == ",".join(REPORT_COLUMNS)
    assert not (tmp_path / "claimcheck.db").exists()


def test_unwritable_report_is_an_error(tmp_path):
    result = run("report", SEED, "--csv", tmp_path / "missing" / "out.csv", "--no-db")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot write report")
    # the file asked for, never the hidden one written beside it first
    assert f"{tmp_path / 'missing' / 'out.csv'}: " in result.stderr
    assert ".partial" not in result.stderr
    assert "Traceback" not in result.output
