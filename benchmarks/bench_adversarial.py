"""Hostile shapes of input, timed: extraction must grow with the input's length, never its square.

    python benchmarks/bench_adversarial.py --sizes 1000,4000,16000

For each N it times extract_claims, then the clustering and comparison of what it found
(cluster_claims), on documents built to defeat rules that look back over a sentence, over the
claims read so far or over every pair of claims of one quantity: one "sentence" of N figures
("dead now 1, dead now 2, ..."), N short sentences in one paragraph or in N paragraphs, and
one line repeating one quantity N times (a scraped feed of one story in one file: before
session 28 the comparison of every pair of its claims and a scan of the whole text for every
"the governor" made it quadratic). It prints seconds and claims per second; a growth of about
4x for 4x the input is linear.
"""

from __future__ import annotations

import argparse
import time

from claimcheck.cluster import cluster_claims, source_features
from claimcheck.extract.claims import extract_claims
from claimcheck.models import Source

SHAPES = {
    "one long sentence": lambda n: ", ".join(f"dead now {i}" for i in range(n)) + ".",
    "n sentences, one paragraph": lambda n: " ".join(f"Police said {i} people died." for i in range(n)),
    "n sentences, n paragraphs": lambda n: "\n\n".join(f"Police said {i} people died." for i in range(n)),
    # two figures a sentence, each sentence new: no sentence cache helps, and every figure
    # looks back at the claims before it
    "2n figures, n sentences": lambda n: ". ".join(f"Officials said {i} people died and {i + 1} were hurt" for i in range(n)) + ".",
    # a list after a count, named one by one, that never adds up (session 27: the pattern that
    # reads such lists tried every split of its "and"s before a review's mend)
    "n-item list after a colon": lambda n: "Police detained 5 people: " + " and ".join(
        ("a man", "a boy", "a girl", "a woman")[i % 4] for i in range(n)
    ) + ", and fled with 3 men.",
    # one quantity, one speaker named by a description, N times on one line: one cluster of N
    # claims, all alike, or each with its own figure
    "one quantity repeated": lambda n: "At least 12 people were killed, the governor said. " * n,
    "one quantity, n figures": lambda n: "".join(f"At least {12 + i} people were killed, the governor said. " for i in range(n)),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,4000,16000")
    args = parser.parse_args(argv)
    for name, build in SHAPES.items():
        for n in (int(s) for s in args.sizes.split(",")):
            text = build(n)
            source = Source(source_id="bench", source_file="bench.txt", text=text)
            t0 = time.perf_counter()
            claims = extract_claims(source)
            t1 = time.perf_counter()
            cluster_claims([source_features(source.source_id, None, text, None, None, None)], claims)
            t2 = time.perf_counter()
            dt = t2 - t0
            print(
                f"{name:28s} N={n:6d} {len(text):9d} chars {dt:7.2f}s (extract {t1 - t0:6.2f}s, "
                f"cluster {t2 - t1:6.2f}s) {len(claims) / dt:8.0f} claims/s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
