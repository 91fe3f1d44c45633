"""cProfile of ingest, extraction and clustering on a generated corpus.

    python benchmarks/profile_stages.py benchmarks/out/c10k/txt --out /tmp/profile_10k.txt

Extraction runs in one process (jobs=1) so every call is seen; the listing is sorted by own
time (tottime) and by cumulative time, top 45 each.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time

from claimcheck.cluster import cluster_claims
from claimcheck.ingest import read_sources
from claimcheck.pipeline import extract_all


def _dump(prof: cProfile.Profile, title: str, out: io.StringIO, top: int) -> None:
    for key in ("tottime", "cumulative"):
        out.write(f"\n===== {title}: sorted by {key} =====\n")
        stats = pstats.Stats(prof, stream=out)
        stats.strip_dirs().sort_stats(key).print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--out", default="/tmp/profile.txt")
    parser.add_argument("--top", type=int, default=45)
    args = parser.parse_args(argv)
    errors = []
    report = io.StringIO()
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    sources = list(read_sources([args.path], errors.append))
    prof.disable()
    t_ingest = time.perf_counter() - t0
    _dump(prof, "read_sources (under cProfile)", report, args.top)

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    _, claims, features = extract_all(sources, jobs=1, keep_text=False)
    prof.disable()
    t_extract = time.perf_counter() - t0
    _dump(prof, "extract_all (jobs=1, under cProfile)", report, args.top)

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    stories, clusters = cluster_claims(features, claims)
    prof.disable()
    t_cluster = time.perf_counter() - t0
    _dump(prof, "cluster_claims (under cProfile)", report, args.top)

    head = (
        f"input {args.path}: {len(sources)} sources, {len(claims)} claims, {len(stories)} stories, "
        f"{len(clusters)} clusters, {len(errors)} input errors\n"
        f"wall under cProfile: ingest {t_ingest:.2f}s, extract {t_extract:.2f}s, "
        f"cluster_claims {t_cluster:.2f}s\n"
    )
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(head + report.getvalue())
    print(head, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
