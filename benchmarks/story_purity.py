"""How well story grouping recovers the generated corpus's own stories.

    python benchmarks/story_purity.py benchmarks/out/c10k/articles.jsonl

The generator names every article `SSSSSS-NN` (story, then report), so the true stories are
known. Prints the pair precision (of the pairs of sources grouped together, the share that are
one true story) and pair recall (of the true same-story pairs, the share grouped together).
Merged stories are what turns two events' tolls into false conflicts, so precision matters.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from claimcheck.cluster.stories import group_stories
from claimcheck.ingest import read_sources
from claimcheck.pipeline import _features


def _pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def _story(source_id: str) -> str:
    return source_id.rsplit("#", 1)[-1].rsplit("/", 1)[-1].split("-")[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a generated corpus (articles.jsonl or its txt folder)")
    args = parser.parse_args(argv)
    feats = [_features(s) for s in read_sources([args.path], lambda e: None)]
    t0 = time.perf_counter()
    groups = group_stories(feats)
    seconds = time.perf_counter() - t0
    together = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    right = sum(_pairs(Counter(_story(s) for s in g)) for g in groups)
    truth = _pairs(Counter(_story(f.source_id) for f in feats))
    stories = len({_story(f.source_id) for f in feats})
    print(f"{len(feats)} sources: {len(groups)} stories found, {stories} generated")
    print(f"pair precision {right / together if together else 1.0:.4f}, "
          f"pair recall {right / truth if truth else 1.0:.4f}, grouping {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
