"""Review UI responsiveness at scale: time to the first screen and to answer a keypress.

    python benchmarks/bench_tui.py --claims 10000,100000

The analysis is real pipeline output: generated articles (make_corpus.py, seed 1) run through
`analyse` once, then repeated with fresh ids (sources, claims, stories, clusters) until it
holds the number of claims asked for, so cluster sizes, labels and source texts are those of
real runs. It is cached in benchmarks/out/tui_base.pickle. Each size gets a temporary
VerdictStore with every claim registered (timed apart: that is the review command's start,
not the UI's).

Through `App.run_test(size=(120, 40))` (`--size` to change it) it times:
* first screen: from building `ClaimcheckApp` to the first idle screen (clusters, claims and
  source shown);
* the harness itself: a key that nothing is bound to (what press + pause cost with no work);
* per keypress, each pressed --presses times and followed by `pilot.pause()` (the key's
  handlers and the refresh it asks for): `down` in the cluster list, `down` in the claims
  table, a verdict `v`, and a filter: `/` and a word typed (timed together), then Enter
  (timed alone: that is when the cluster list is filtered). That Enter applies the same word
  each time, so from the second on the cluster under the cursor stays; `filter_enter_new`
  then alternates two words, so that each Enter also brings another cluster's claims and
  source, as a new filter usually does (the line says how many did).
Figures: median (and max) wall time over the presses, and median CPU time of this process
(the UI's own work: the harness's waiting costs wall time but no CPU).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import asyncio
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))
SIZE = (120, 40)
BASE_ARTICLES = 1500


def base_analysis():
    """The pipeline's analysis of BASE_ARTICLES generated articles (cached)."""
    cache = OUT / "tui_base.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from benchmarks.make_corpus import generate_articles
    from claimcheck.models import Source
    from claimcheck.pipeline import analyse, default_jobs

    sources = (
        Source(source_id=a.id, title=a.title, outlet=a.outlet, url=a.url, source_file=f"{a.id}.txt",
               published=dt.date.fromisoformat(a.published), text=a.as_file())
        for a in generate_articles(BASE_ARTICLES, seed=1)
    )
    analysis = analyse(sources, jobs=default_jobs(), keep_text=True)
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(analysis))
    return analysis


def scaled(base, claims: int):
    """`base` repeated with fresh ids until it holds at least `claims` claims, cut there at a
    cluster boundary."""
    from claimcheck.models import Analysis

    sources, out_claims, stories, clusters = [], [], [], []
    copy = 0
    while len(out_claims) < claims:
        sfx = f"~r{copy}"
        sources += [s.model_copy(update={"source_id": s.source_id + sfx}) for s in base.sources]
        out_claims += [
            c.model_copy(update={"claim_id": c.claim_id + sfx, "source_id": c.source_id + sfx})
            for c in base.claims
        ]
        stories += [
            s.model_copy(update={"story_id": s.story_id + sfx, "source_ids": tuple(i + sfx for i in s.source_ids)})
            for s in base.stories
        ]
        clusters += [
            c.model_copy(update={"cluster_id": c.cluster_id + sfx, "story_id": c.story_id + sfx,
                                 "claim_ids": tuple(i + sfx for i in c.claim_ids)})
            for c in base.clusters
        ]
        copy += 1
    keep: set[str] = set()
    kept_clusters = []
    for c in clusters:
        if len(keep) >= claims:
            break
        kept_clusters.append(c)
        keep.update(c.claim_ids)
    out_claims = [c for c in out_claims if c.claim_id in keep]
    return Analysis.model_construct(sources=tuple(sources), claims=tuple(out_claims),
                                    stories=tuple(stories), clusters=tuple(kept_clusters))


async def _press_timings(pilot, keys: tuple[str, ...], times: int) -> list[tuple[float, float]]:
    """(wall, cpu) seconds per press. The UI runs on this one thread, so the process CPU
    time is the work the key caused; wall adds the harness's idle polling."""
    out = []
    for _ in range(times):
        t0, c0 = time.perf_counter(), time.process_time()
        await pilot.press(*keys)
        await pilot.pause()
        out.append((time.perf_counter() - t0, time.process_time() - c0))
    return out


async def measure(analysis, presses: int, size: tuple[int, int] = SIZE) -> dict:
    from claimcheck.store.verdicts import VerdictStore
    from claimcheck.tui.app import ClaimcheckApp

    with tempfile.TemporaryDirectory() as tmp:
        with VerdictStore(Path(tmp) / "bench.db") as store:
            t0 = time.perf_counter()
            store.register_claims(analysis.claims)
            t_register = time.perf_counter() - t0
            t0 = time.perf_counter()
            app = ClaimcheckApp(analysis, store, export_path=Path(tmp) / "r.csv")
            async with app.run_test(size=size) as pilot:
                await pilot.pause()
                t_first = time.perf_counter() - t0
                res = {"register_s": t_register, "first_screen_s": t_first}
                # the harness's own cost: a key nothing is bound to
                res["unbound_key"] = await _press_timings(pilot, ("f19",), presses)
                res["down_clusters"] = await _press_timings(pilot, ("down",), presses)
                await pilot.press("enter")  # open the cluster: focus the claims table
                await pilot.pause()
                res["down_claims"] = await _press_timings(pilot, ("down",), min(presses, 3))
                res["verdict_v"] = await _press_timings(pilot, ("v",), presses)
                await pilot.press("escape")
                await pilot.pause()
                word = analysis.clusters[len(analysis.clusters) // 2].label.split(":")[0]
                res["filter_keys"] = len(word) + 1
                res["filter_typing"], res["filter_enter"] = [], []
                for _ in range(max(1, presses // 2)):
                    res["filter_typing"] += await _press_timings(pilot, ("slash", *word), 1)
                    res["filter_enter"] += await _press_timings(pilot, ("enter",), 1)
                other = next(w for w in (c.label.split(":")[0] for c in analysis.clusters) if w != word)
                res["filter_enter_new"], res["filter_new_moved"] = [], 0
                for i in range(presses):
                    await pilot.press("slash", *(other if i % 2 == 0 else word))
                    await pilot.pause()
                    before = app.screen.clusters.current_cluster_id
                    res["filter_enter_new"] += await _press_timings(pilot, ("enter",), 1)
                    res["filter_new_moved"] += app.screen.clusters.current_cluster_id != before
    return res


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", default="10000,100000", help="comma-separated claim counts")
    parser.add_argument("--presses", type=int, default=10)
    parser.add_argument("--size", default="120x40",
                        help="terminal WIDTHxHEIGHT (the cluster list's Story column shows from about 140 wide)")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="gc.freeze() once the analysis is built (what-if: no full GC passes over it)")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))
    base = base_analysis()
    print(f"base: {len(base.claims)} claims in {len(base.clusters)} clusters from {BASE_ARTICLES} articles")
    for n in (int(x) for x in args.claims.split(",")):
        analysis = scaled(base, n)
        if args.gc_freeze:
            gc.collect()
            gc.freeze()
        r = asyncio.run(measure(analysis, args.presses, (width, height)))

        def fmt(key: str) -> str:
            wall = [w for w, _ in r[key]]
            cpu = [c for _, c in r[key]]
            return (f"{key} {statistics.median(wall) * 1000:4.0f} ms wall (max {max(wall) * 1000:.0f}), "
                    f"{statistics.median(cpu) * 1000:4.0f} ms cpu")

        print(f"{len(analysis.claims):>7} claims / {len(analysis.clusters)} clusters: register "
              f"{r['register_s']:.2f}s | first screen {r['first_screen_s']:.2f}s", flush=True)
        for key in ("unbound_key", "down_clusters", "down_claims", "verdict_v", "filter_typing", "filter_enter",
                    "filter_enter_new"):
            extra = f" (/ + {r['filter_keys'] - 1} chars, together)" if key == "filter_typing" else ""
            if key == "filter_enter_new":
                extra = f" ({r['filter_new_moved']} of {len(r[key])} moved the cursor to another cluster)"
            print(f"    {fmt(key)}{extra}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
