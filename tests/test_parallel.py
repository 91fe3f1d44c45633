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


def test_jobs_2_reports_skipped_input_in_the_same_order(tmp_path):
    """Workers read the files with jobs > 1: skipped input is still named in input order,
    listing problems (a broken link) included, and the good files give the same claims."""
    import shutil

    from claimcheck.pipeline import analyse_paths
    from claimcheck.report.table import claim_records

    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "fixtures" / "bad_input", tree)
    (tree / "m_broken.txt").symlink_to(tmp_path / "nowhere.txt")
    for i, art in enumerate(generate_articles(6, seed=5)):
        (tree / f"k{i}.txt").write_text(art.as_file(), encoding="utf-8")
    runs = {}
    for jobs in (1, 2):
        errors: list[str] = []
        analysis = analyse_paths([str(tree)], lambda e: errors.append(str(e)), jobs=jobs, keep_text=False)
        runs[jobs] = (claim_records(analysis), errors)
    assert any("broken symbolic link" in e for e in runs[1][1])
    assert len(runs[1][1]) > 5 and runs[1][0]
    assert runs[2] == runs[1]
