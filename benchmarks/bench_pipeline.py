"""Pipeline benchmark: seconds per stage, articles/s, claims and peak RSS for N articles.

    python benchmarks/bench_pipeline.py --sizes 1000,10000 --jobs 1,2
    python benchmarks/bench_pipeline.py --sizes 100000 --jobs 2 --skip-stages

For each N the corpus is `benchmarks/out/c<N/1000>k` (made by make_corpus.py with --seed 1 when
missing). Two kinds of figure:

* stages, in this process, one after the other over the folder of .txt files: ingest (a
  streaming pass of `read_sources`, nothing kept), ingest+extract (`extract_all` as the
  pipeline runs it: sources streamed to `jobs` workers, no text kept), cluster+compare
  (`cluster_claims`) and the CSV report (`report_frame` + `write_csv`). Extraction alone is
  (ingest+extract) - ingest for jobs 1; with jobs 2 ingest overlaps the workers.
* the whole command, `claimcheck report DIR --csv FILE --db FILE --jobs J`, as a child
  process. Its peak memory is sampled every 20 ms over the child AND its worker processes:
  `tree` is the peak of their summed RSS, `main` the peak of the main process alone (what
  `/usr/bin/time -v` would print as "Maximum resident set size").

Outputs of different --jobs must be identical: the claim records (extract's JSONL) and the
CSV report are hashed and compared, and a mismatch is printed loudly (exit 1).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))


def corpus(n: int, seed: int = 1) -> Path:
    """The corpus folder for N articles, generated when missing."""
    from benchmarks.make_corpus import write_corpus

    folder = OUT / (f"c{n // 1000}k" if n % 1000 == 0 else f"c{n}")
    if not (folder / "articles.jsonl").exists():
        print(f"generating {n} articles -> {folder}", file=sys.stderr)
        write_corpus(n, seed, folder)
    return folder


def _claim_hash(analysis) -> str:
    from claimcheck.report.table import claim_records

    digest = hashlib.sha256()
    for record in claim_records(analysis):
        digest.update((json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode())
    return digest.hexdigest()[:16]


def stages(path: Path, jobs: int) -> dict:
    """Time each stage in this process."""
    from claimcheck.cluster import cluster_claims
    from claimcheck.ingest import read_sources
    from claimcheck.models import Analysis
    from claimcheck.pipeline import extract_all
    from claimcheck.report.csv import write_csv
    from claimcheck.report.table import report_frame

    errors: list = []
    t0 = time.perf_counter()
    n = sum(1 for _ in read_sources([str(path)], errors.append))
    t_ingest = time.perf_counter() - t0

    t0 = time.perf_counter()
    kept, claims, features = extract_all(
        read_sources([str(path)], errors.append), jobs=jobs, keep_text=False
    )
    t_extract = time.perf_counter() - t0

    t0 = time.perf_counter()
    stories, clusters = cluster_claims(features, claims)
    t_cluster = time.perf_counter() - t0

    analysis = Analysis.model_construct(
        sources=tuple(kept), claims=tuple(claims), stories=tuple(stories), clusters=tuple(clusters)
    )
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        write_csv(report_frame(analysis, {}), Path(tmp) / "report.csv")
        t_report = time.perf_counter() - t0
    return {
        "articles": n, "claims": len(claims), "stories": len(stories), "clusters": len(clusters),
        "conflicts": sum(1 for c in clusters if c.status.value == "conflict"),
        "ingest_s": t_ingest, "ingest_extract_s": t_extract, "cluster_compare_s": t_cluster,
        "report_csv_s": t_report, "claims_hash": _claim_hash(analysis),
        "largest_story": max((len(s.source_ids) for s in stories), default=0),
    }


def whole_run(path: Path, jobs: int, extra: list[str] | None = None) -> dict:
    """`claimcheck report` as a child process: wall seconds, peak RSS of the process tree."""
    with tempfile.TemporaryDirectory() as tmp:
        csv_path, db = Path(tmp) / "report.csv", Path(tmp) / "verdicts.db"
        cmd = [str(Path(sys.executable).with_name("claimcheck")), "report", str(path), "--csv", str(csv_path),
               "--db", str(db), "--jobs", str(jobs), *(extra or [])]
        t0 = time.perf_counter()
        proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
        peak_tree = peak_main = 0
        while proc.poll() is None:
            try:
                procs = [proc, *proc.children(recursive=True)]
                rss = []
                for p in procs:
                    try:
                        rss.append(p.memory_info().rss)
                    except psutil.Error:
                        rss.append(0)
                peak_tree = max(peak_tree, sum(rss))
                peak_main = max(peak_main, rss[0])
            except psutil.Error:
                pass
            time.sleep(0.02)
        wall = time.perf_counter() - t0
        err = proc.stderr.read().decode(errors="replace")
        if proc.returncode not in (0, 3):
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
        digest = hashlib.sha256(csv_path.read_bytes()).hexdigest()[:16]
    # the kernel's own figure for the largest finished child (main process or a worker)
    kernel_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return {"wall_s": wall, "peak_tree_mb": peak_tree / 2**20, "peak_main_mb": peak_main / 2**20,
            "children_maxrss_mb": kernel_max / 2**20, "csv_hash": digest, "stderr": err.strip()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated N (1000,10000,100000)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    parser.add_argument("--skip-stages", action="store_true", help="whole-command runs only")
    parser.add_argument("--skip-whole", action="store_true", help="stage timings only")
    parser.add_argument("--engine-dask", action="store_true",
                        help="also run the whole command with --engine dask (LocalCluster)")
    parser.add_argument("--json", type=Path, help="append every result as a JSON line here")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    mismatch = False
    for n in sizes:
        folder = corpus(n)
        path = folder / "txt"
        hashes: dict[str, set[str]] = {"claims": set(), "csv": set()}
        for jobs in jobs_list:
            result: dict = {"n": n, "jobs": jobs}
            if not args.skip_stages:
                s = stages(path, jobs)
                result.update(s)
                hashes["claims"].add(s["claims_hash"])
                total = s["ingest_extract_s"] + s["cluster_compare_s"] + s["report_csv_s"]
                print(
                    f"N={n:>6} jobs={jobs} stages: ingest {s['ingest_s']:7.2f}s | ingest+extract "
                    f"{s['ingest_extract_s']:7.2f}s | cluster+compare {s['cluster_compare_s']:7.2f}s | "
                    f"report csv {s['report_csv_s']:6.2f}s | {s['articles'] / total:6.0f} articles/s | "
                    f"{s['claims']} claims, {s['stories']} stories (largest {s['largest_story']}), "
                    f"{s['clusters']} clusters ({s['conflicts']} conflict) | claims {s['claims_hash']}",
                    flush=True,
                )
            if not args.skip_whole:
                w = whole_run(path, jobs)
                result.update({f"whole_{k}": v for k, v in w.items()})
                hashes["csv"].add(w["csv_hash"])
                print(
                    f"N={n:>6} jobs={jobs} `claimcheck report --csv`: {w['wall_s']:7.2f}s wall, "
                    f"{n / w['wall_s']:6.0f} articles/s, peak RSS tree {w['peak_tree_mb']:6.0f} MB "
                    f"(main {w['peak_main_mb']:.0f} MB) | csv {w['csv_hash']}",
                    flush=True,
                )
            if args.engine_dask and not args.skip_whole:
                w = whole_run(path, jobs, ["--engine", "dask"])
                result.update({f"dask_{k}": v for k, v in w.items()})
                hashes["csv"].add(w["csv_hash"])
                print(f"N={n:>6} --engine dask: {w['wall_s']:7.2f}s wall, peak RSS tree "
                      f"{w['peak_tree_mb']:6.0f} MB | csv {w['csv_hash']}", flush=True)
            if args.json:
                with open(args.json, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps(result) + "\n")
        for what, seen in hashes.items():
            if len(seen) > 1:
                mismatch = True
                print(f"N={n}: {what} DIFFER between runs: {sorted(seen)}", flush=True)
            elif seen:
                print(f"N={n}: {what} identical across jobs {jobs_list}: {seen.pop()}", flush=True)
    return 1 if mismatch else 0


if __name__ == "__main__":
    sys.exit(main())
