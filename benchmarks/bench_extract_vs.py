"""Per-sentence extraction: claimcheck side by side with quantulum3, same sentences, one run.

    pip install quantulum3        # benchmark-only; not a claimcheck dependency
    python benchmarks/bench_extract_vs.py --sentences 2000 --rounds 5

The sentences are the first N sentences (as claimcheck splits them) of generated articles
(benchmarks/make_corpus.py, seed 1): about a third carry a figure, the rest are prose, dates,
ages, money and other numbers, like real reports. Timed per round, A then B:

* claimcheck: `extract_claims` on a one-sentence Source (the whole claim: interval, category,
  subject, speaker, hedge, id), and the mention finder alone (`find_mentions`);
* quantulum3: `parser.parse(sentence)` (its default, without the optional classifier).

Each round times every sentence once per extractor; the figure is the median round, and the
ratio is taken round by round (so a machine that slows down mid-run moves both sides).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sentences(n: int) -> list[str]:
    from benchmarks.make_corpus import generate_articles
    from claimcheck.extract.sentences import split_sentences

    out: list[str] = []
    for art in generate_articles(max(50, n // 10), seed=1):
        for s in split_sentences(art.text):
            text = s.text.strip()
            if text and not text.startswith("Source:"):
                out.append(text)
        if len(out) >= n:
            break
    return out[:n]


def _time(fn, items) -> tuple[float, int]:
    found = 0
    t0 = time.perf_counter()
    for item in items:
        found += len(fn(item))
    return time.perf_counter() - t0, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from claimcheck.extract.claims import extract_claims
    from claimcheck.extract.reading import clear_sentence_cache
    from claimcheck.extract.mentions import find_mentions
    from claimcheck.models import Source

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            from quantulum3 import parser as q3
    except ImportError as exc:
        print(f"quantulum3 is not installed ({exc}): pip install quantulum3", file=sys.stderr)
        return 2

    sents = sentences(args.sentences)
    docs = [Source(source_id=f"s{i}", source_file="bench", text=s) for i, s in enumerate(sents)]
    q3.parse(sents[0])  # load its unit tables before timing
    extract_claims(docs[0])

    rows: list[tuple[float, float, float]] = []
    counts = (0, 0, 0)
    for r in range(args.rounds):
        clear_sentence_cache()  # every round reads every sentence afresh
        t_cc, n_cc = _time(extract_claims, docs)
        t_m, n_m = _time(find_mentions, sents)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            t_q, n_q = _time(q3.parse, sents)
        rows.append((t_cc, t_m, t_q))
        counts = (n_cc, n_m, n_q)
        print(f"round {r + 1}: claimcheck extract_claims {t_cc:.3f}s, find_mentions {t_m:.3f}s, "
              f"quantulum3 {t_q:.3f}s  (ratio {t_q / t_cc:.1f}x / {t_q / t_m:.1f}x)", flush=True)
    n = len(sents)
    med = [statistics.median(col) for col in zip(*rows)]
    ratio_cc = statistics.median(q / c for c, _, q in rows)
    ratio_m = statistics.median(q / m for _, m, q in rows)
    with_fig = sum(1 for s in sents if any(ch.isdigit() for ch in s))
    print(f"\n{n} sentences ({with_fig} with digits), {args.rounds} rounds, medians:")
    print(f"  claimcheck extract_claims : {med[0] / n * 1e6:9.1f} us/sentence  ({counts[0]} claims)")
    print(f"  claimcheck find_mentions  : {med[1] / n * 1e6:9.1f} us/sentence  ({counts[1]} mentions)")
    print(f"  quantulum3 parser.parse   : {med[2] / n * 1e6:9.1f} us/sentence  ({counts[2]} quantities)")
    print(f"  ratio quantulum3 / claimcheck: {ratio_cc:.1f}x (extract_claims), {ratio_m:.1f}x (find_mentions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
