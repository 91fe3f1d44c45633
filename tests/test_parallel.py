"""`--jobs 2` gives byte-for-byte the output of `--jobs 1` on a generated corpus.

About 300 articles (two extraction batches, so both workers get work) from the benchmark
corpus generator, as a folder of text files and as JSONL.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.make_corpus import generate_articles  # noqa: E402

ARTICLES = 300


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    (root / "txt").mkdir()
    with open(root / "rows.jsonl", "w", encoding="utf-8") as rows:
        import json

        for i, art in enumerate(generate_articles(ARTICLES, seed=3)):
            target = (root / "txt" / f"{art.id}.txt") if i % 2 == 0 else None
            if target is not None:
                target.write_text(art.as_file(), encoding="utf-8")
            else:
                rows.write(json.dumps(art.as_row(), ensure_ascii=False) + "\n")
    return root


def _extract(path: Path, jobs: int) -> str:
    result = CliRunner().invoke(app, ["extract", str(path), "--jobs", str(jobs)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_jobs_2_output_identical_to_jobs_1(corpus):
    one = _extract(corpus, 1)
    two = _extract(corpus, 2)
    assert one.count("\n") > 1000, "the corpus must give many claims"
    assert two == one
