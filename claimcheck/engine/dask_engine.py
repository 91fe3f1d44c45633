"""Ingest+extract on a Dask cluster; stories and clusters on the driver.

    analysis = analyse_paths_dask(["articles/"], on_error, scheduler="tcp://host:8786")

The driver lists the input files and cuts them into partitions (partitions.py), a
`dask.bag` maps `run_partition` over them on the workers, and the claims and story features
come back (not the article text, unless `keep_text`). Story grouping and clustering then run
here with the same `cluster_claims` as the local engine, blocked by story. The result is the
local engine's: same claims, same ids, same order, same clusters. Input errors met on the
workers come back as data and reach `on_error` here, in input order.

Workers read the input by path, so on a real cluster the paths must name the same files on
every worker (a shared or copied folder), and claimcheck must be installed there too.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from claimcheck.cluster import SourceFeatures, cluster_claims
from claimcheck.engine import DASK_MISSING
from claimcheck.engine.partitions import Gatherer, PieceResult, plan_partitions, run_partition
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.models import Analysis, Claim, Source
from claimcheck.pipeline import Progress

#: Local cluster when no scheduler is given: one single-threaded process per core of a laptop.
LOCAL_WORKERS = 2
#: Partition size bounds; within them, about PARTITIONS_PER_WORKER partitions per worker
#: thread, so a slow partition does not leave the others idle at the end.
MIN_PARTITION_BYTES = 256 << 10
MAX_PARTITION_BYTES = 16 << 20
PARTITIONS_PER_WORKER = 4


def require_dask() -> None:
    """Raise a ClaimcheckError saying how to install Dask when it is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ClaimcheckError(f"{DASK_MISSING} ({exc})") from None


@contextlib.contextmanager
def dask_client(scheduler: Any = None) -> Iterator[Any]:
    """A Client for `scheduler` (an address, or an existing Client), or for a LocalCluster
    of LOCAL_WORKERS single-threaded worker processes that lives as long as the block."""
    require_dask()
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        yield scheduler
        return
    if scheduler is None:
        with LocalCluster(
            n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.ERROR,
        ) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(str(scheduler), timeout="15s")
    except (OSError, TimeoutError) as exc:
        raise ClaimcheckError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        yield client


def analyse_paths_dask(
    paths: Iterable[str | Path],
    on_error: Callable[[InputError], None],
    scheduler: Any = None,
    partitions: int | None = None,
    *,
    progress: Progress | None = None,
    keep_text: bool = False,
) -> Analysis:
    """Files and folders -> Analysis, ingest+extract on Dask; the local engine's result.

    `scheduler`: a scheduler address ("tcp://host:8786"), a distributed.Client, or None for
    a LocalCluster. `partitions`: how many partitions to aim for (default: from the input
    size and the number of worker threads).
    """
    require_dask()
    import dask.bag as db
    from distributed import as_completed

    paths = [str(p) for p in paths]
    with dask_client(scheduler) as client:
        threads = sum(client.nthreads().values()) or 1
        total = _input_bytes(paths)
        if partitions:
            target = max(1, total // partitions)
        else:
            target = total // (threads * PARTITIONS_PER_WORKER)
            target = min(MAX_PARTITION_BYTES, max(MIN_PARTITION_BYTES, target))
        plan = plan_partitions(paths, target_bytes=target)
        if not plan:
            return _analysis([], [], [])
        bag = db.from_sequence(plan, npartitions=len(plan)).map(run_partition, keep_text=keep_text)
        futures = client.compute(bag.to_delayed())
        index = {f.key: i for i, f in enumerate(futures)}
        results: list[list[PieceResult] | None] = [None] * len(futures)
        done_sources = done_claims = 0
        try:
            for future in as_completed(futures):
                (parts,) = future.result()
                results[index[future.key]] = parts
                done_sources += sum(len(p.sources) for p in parts)
                done_claims += sum(len(c) for p in parts for c in p.claims)
                if progress:
                    progress(done_sources, done_claims)
                future.release()
        except ClaimcheckError:
            raise
        except Exception as exc:  # a worker died or lacks claimcheck: one line, not a trace
            raise ClaimcheckError(f"the Dask run failed: {type(exc).__name__}: {exc}") from exc
    gathered = Gatherer(on_error, keep_text=keep_text)
    for parts in results:
        for piece in parts or ():
            gathered.add(piece)
    gathered.finish()
    return _analysis(gathered.sources, gathered.claims, gathered.features)


def _input_bytes(paths: list[str]) -> int:
    import os

    from claimcheck.ingest.walk import iter_input_files

    total = 0
    for item in iter_input_files(paths, lambda _e: None):
        with contextlib.suppress(OSError):
            total += os.stat(item.path).st_size
    return total


def _analysis(sources: list[Source], claims: list[Claim], features: list[SourceFeatures]) -> Analysis:
    stories, clusters = cluster_claims(features, claims)
    return Analysis.model_construct(
        sources=tuple(sources), claims=tuple(claims), stories=tuple(stories), clusters=tuple(clusters)
    )
