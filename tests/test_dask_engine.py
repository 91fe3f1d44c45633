"""The Dask engine gives the local engine's analysis: same claims (ids, order, every field),
same stories and clusters, same input errors in the same order.

Runs on a LocalCluster of two worker processes, over the seed, every fixture of the repo
(real articles, bundles, JSONL, CSV and the bad-input tree), and generated JSONL cut into line
ranges. Skipped when the `dask` extra is not installed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.engine.partitions import RowRange, plan_partitions
from claimcheck.errors import ClaimcheckError
from claimcheck.pipeline import analyse_paths
from claimcheck.report.table import claim_records

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.make_corpus import generate_articles  # noqa: E402

try:
    import dask.bag  # noqa: F401
    import distributed

    HAVE_DASK = True
except ImportError:  # pragma: no cover - CI installs the extra
    HAVE_DASK = False

needs_dask = pytest.mark.skipif(not HAVE_DASK, reason="dask extra not installed (pip install 'claimcheck[dask]')")


@pytest.fixture(scope="module")
def client():
    if not HAVE_DASK:
        pytest.skip("dask extra not installed (pip install 'claimcheck[dask]')")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def _local(paths):
    errors = []
    analysis = analyse_paths([str(p) for p in paths], errors.append, jobs=1, keep_text=False)
    return analysis, [str(e) for e in errors]


def _both(paths, client, local=None, **kw):
    from claimcheck.engine.dask_engine import analyse_paths_dask

    local, local_errors = local or _local(paths)
    dask_errors = []
    remote = analyse_paths_dask([str(p) for p in paths], dask_errors.append, client, **kw)
    return local, remote, local_errors, [str(e) for e in dask_errors]


FIXTURES = [ROOT / "seeds", ROOT / "fixtures"]


@pytest.fixture(scope="module")
def fixtures_local():
    return _local(FIXTURES)


def _assert_same(local, remote, local_errors, dask_errors):
    assert claim_records(remote) == claim_records(local)
    assert [c.claim_id for c in remote.claims] == [c.claim_id for c in local.claims]
    assert remote.stories == local.stories
    assert [(c.cluster_id, c.status, c.claim_ids) for c in remote.clusters] == [
        (c.cluster_id, c.status, c.claim_ids) for c in local.clusters
    ]
    assert remote.clusters == local.clusters
    assert remote.sources == local.sources
    assert dask_errors == local_errors


@needs_dask
@pytest.mark.parametrize("partitions", [None, 3, 40], ids=["auto", "3-partitions", "40-partitions"])
def test_seed_and_fixtures_same_as_local(client, fixtures_local, partitions):
    local, remote, le, de = _both(FIXTURES, client, fixtures_local, partitions=partitions)
    assert local.claims, "the fixtures must give claims, or the test proves nothing"
    assert le, "the bad-input fixtures must give errors, or their order is not tested"
    _assert_same(local, remote, le, de)


def _write_rows(path: Path, rows: list[dict], newline: str = "\n") -> Path:
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + newline for r in rows).encode())
    return path


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [a.as_row() for a in generate_articles(60, seed=7)]


@needs_dask
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_jsonl_cut_into_line_ranges_same_as_local(client, rows, tmp_path, newline):
    bad = [{"id": 1}, {"text": ""}]  # no text; empty text
    path = _write_rows(tmp_path / "rows.jsonl", rows[:20] + bad + rows[20:], newline)
    with open(path, "ab") as fh:
        fh.write(b"{not json}\n\n" + json.dumps(rows[0]).encode() + b"\n")  # a bad row, a blank, a duplicate id
    plan = plan_partitions([path], target_bytes=path.stat().st_size // 6)
    assert sum(isinstance(p, RowRange) for part in plan for p in part) >= 5
    _assert_same(*_both([path], client, partitions=6))


@needs_dask
def test_duplicate_ids_across_ranges_read_whole_file(client, rows, tmp_path):
    dup = [dict(r, id="same") for r in rows[:30]]  # ids become same, same~2, ... per file
    path = _write_rows(tmp_path / "dups.jsonl", dup)
    local, remote, le, de = _both([path], client, partitions=5)
    assert len({s.source_id for s in remote.sources}) == 30
    _assert_same(local, remote, le, de)


@needs_dask
def test_non_article_jsonl_reported_once_as_locally(client, tmp_path):
    gold = [{"doc_id": "d", "claim_no": i, "mention": f"{i} people", "start": i, "end": i + 8}
            for i in range(400)]  # a gold file, not articles: no `text` in any row
    path = _write_rows(tmp_path / "gold.jsonl", gold)
    _assert_same(*_both([path], client, partitions=4))


@needs_dask
def test_cli_extract_engine_dask_same_output(client, tmp_path):
    from claimcheck.cli import app

    runner = CliRunner()
    seed = ROOT / "seeds"
    local = runner.invoke(app, ["extract", str(seed)], catch_exceptions=False)
    remote = runner.invoke(
        app, ["extract", str(seed), "--engine", "dask", "--scheduler", client.scheduler.address],
        catch_exceptions=False,
    )
    assert remote.exit_code == local.exit_code
    assert remote.stdout == local.stdout and local.stdout


def test_scheduler_without_dask_engine_is_a_usage_error():
    from claimcheck.cli import app

    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds"), "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.stderr


def test_missing_dask_says_how_to_install(monkeypatch):
    from claimcheck.engine import dask_engine

    monkeypatch.setitem(sys.modules, "dask.bag", None)  # import dask.bag -> ImportError
    with pytest.raises(ClaimcheckError, match=r"pip install 'claimcheck\[dask\]'"):
        dask_engine.analyse_paths_dask([str(ROOT / "seeds")], lambda e: None)


def test_core_does_not_import_dask():
    import subprocess

    code = "import claimcheck.pipeline, claimcheck.cli, claimcheck.engine.partitions, sys; " \
           "print(any(m == 'dask' or m.startswith(('dask.', 'distributed')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr
