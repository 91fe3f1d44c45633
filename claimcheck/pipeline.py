"""The pipeline: ingest -> extract -> cluster -> compare, composed once for every front end.

The CLI, the review UI and the benchmarks all call `analyse_paths`, so they cannot drift.
Extraction of a source depends on that source alone, which is what makes `jobs > 1` give the
same claims in the same order as one process.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from claimcheck.cluster import SourceFeatures, cluster_claims, source_features
from claimcheck.engine.collector import quiet_collector
from claimcheck.errors import InputError
from claimcheck.extract.claims import extract_claims
from claimcheck.ingest import read_sources
from claimcheck.models import Analysis, Claim, Source

Progress = Callable[[int, int], None]  # (sources done, claims so far)
_BATCH = 256


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def _extract_batch(sources: list[Source]) -> list[tuple[list[Claim], SourceFeatures]]:
    with quiet_collector():
        return [(extract_claims(s), _features(s)) for s in sources]


def _features(source: Source) -> SourceFeatures:
    return source_features(
        source.source_id,
        source.title,
        source.text,
        source.published.toordinal() if source.published else None,
        source.outlet,
        source.dateline_day,
    )


def _settle() -> None:
    """Take what is gathered so far out of the cyclic collector's reach.

    The gathered claims are kept to the end and hold no cycles, but every full collection
    walks them all again: at 100k articles that was 21 s of the run. Frozen objects are
    never walked; `_release` hands them back once the analysis is built.
    """
    gc.freeze()


def _release() -> None:
    gc.unfreeze()


def _batches(items: Iterable[Source], size: int) -> Iterator[list[Source]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_all(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    keep_text: bool = True,
) -> tuple[list[Source], list[Claim], list[SourceFeatures]]:
    """Extract every source, streaming: batches go to worker processes as they are read, so
    a large folder is never held in memory whole. With `keep_text=False` the returned Sources
    carry no text (the report does not need it; the review UI does)."""
    kept: list[Source] = []
    claims: list[Claim] = []
    features: list[SourceFeatures] = []
    done = 0

    def take(batch: list[Source], results) -> None:
        nonlocal done
        for source, (source_claims, feats) in zip(batch, results):
            kept.append(source if keep_text else source.model_copy(update={"text": ""}))
            claims.extend(source_claims)
            features.append(feats)
        done += len(batch)
        _settle()
        if progress:
            progress(done, len(claims))

    if jobs <= 1:
        for batch in _batches(sources, _BATCH):
            take(batch, _extract_batch(batch))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            pending: list[tuple[list[Source], object]] = []
            for batch in _batches(sources, _BATCH):
                pending.append((batch, pool.submit(_extract_batch, batch)))
                # keep a bounded number of batches in flight: memory stays flat
                while len(pending) > jobs * 2:
                    b, fut = pending.pop(0)
                    take(b, fut.result())
            for b, fut in pending:
                take(b, fut.result())
    return kept, claims, features


def analyse(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    keep_text: bool = True,
) -> Analysis:
    """Sources -> the full analysis: claims, stories and compared clusters."""
    kept, claims, features = extract_all(sources, jobs=jobs, progress=progress, keep_text=keep_text)
    stories, clusters = cluster_claims(features, claims)
    _release()
    return Analysis.model_construct(
        sources=tuple(kept), claims=tuple(claims), stories=tuple(stories), clusters=tuple(clusters)
    )


def analyse_paths(
    paths: Iterable[str],
    on_error: Callable[[InputError], None],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    keep_text: bool = True,
) -> Analysis:
    """Files and folders -> Analysis; unreadable input goes to `on_error` and is skipped.

    With jobs > 1 the workers read the files as well as extract them (the driver only lists
    and gathers), so ingest is parallel too and no article text is sent to a worker: the
    partitions of engine/partitions.py, which give `read_sources`' sources in its order.
    """
    if jobs <= 1:
        return analyse(read_sources(paths, on_error), jobs=1, progress=progress, keep_text=keep_text)
    kept, claims, features = _extract_partitioned(paths, on_error, jobs, progress, keep_text)
    _settle()
    stories, clusters = cluster_claims(features, claims)
    _release()
    return Analysis.model_construct(
        sources=tuple(kept), claims=tuple(claims), stories=tuple(stories), clusters=tuple(clusters)
    )


#: Input per worker task when the workers read the files: about _BATCH news articles.
_PARTITION_BYTES = 256 * 1024


def _extract_partitioned(paths, on_error, jobs: int, progress: Progress | None, keep_text: bool):
    from claimcheck.engine.partitions import Gatherer, plan_partitions, run_partition

    plan = list(plan_partitions(paths, target_bytes=_PARTITION_BYTES))
    gathered = Gatherer(on_error, keep_text=keep_text)

    def take(parts) -> None:
        for piece in parts:
            gathered.add(piece)
        _settle()
        if progress:
            progress(len(gathered.sources), len(gathered.claims))

    if len(plan) <= 1:
        # one partition (a single bundle, a small folder): worker start-up would only add
        # time, so it runs here
        for partition in plan:
            take(run_partition(partition, keep_text))
        gathered.finish()
        return gathered.sources, gathered.claims, gathered.features
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = []
        for partition in plan:
            pending.append(pool.submit(run_partition, partition, keep_text))
            # a bounded number of partitions in flight: memory stays flat
            while len(pending) > jobs * 2:
                take(pending.pop(0).result())
        for fut in pending:
            take(fut.result())
    gathered.finish()
    return gathered.sources, gathered.claims, gathered.features
