"""Engines that run ingest+extract somewhere other than this process's pool.

`partitions` cuts the input into pieces that can be read and extracted independently (whole
files, or line ranges of a large JSONL file) and reads one partition; it needs nothing beyond
the core. `dask_engine` runs those partitions on a Dask cluster and needs the `dask` extra,
imported only when that engine is asked for, so the core never depends on it.
"""

from __future__ import annotations

DASK_MISSING = "the Dask engine needs the dask extra: pip install 'claimcheck[dask]'"

__all__ = ["DASK_MISSING"]
