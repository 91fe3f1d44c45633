"""The discrepancy report as a table: one row per claim, grouped by cluster, conflicts first.

Verdicts come in as a plain mapping so this module never touches the database: the CLI reads
the store and passes what it found.
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Mapping
from enum import Enum
from itertools import chain, repeat
from operator import itemgetter

import pandas as pd

from claimcheck.models import STATUS_ORDER, Analysis, Claim, Verdict

CLUSTER_COLUMNS = (
    "cluster_id", "cluster_label", "cluster_status", "cluster_low", "cluster_high", "origins",
    "disagreement",
)
CLAIM_COLUMNS = tuple(Claim.model_fields)
VERDICT_COLUMNS = ("verdict", "verdict_note", "verdict_at")
REPORT_COLUMNS = CLUSTER_COLUMNS + CLAIM_COLUMNS + VERDICT_COLUMNS
#: extract's records: every claim field, then the cluster it joined
EXTRACT_COLUMNS = CLAIM_COLUMNS + ("cluster_id", "cluster_label", "cluster_status")
NUMERIC_COLUMNS = ("cluster_low", "cluster_high", "origins", "disagreement", "start", "end",
                   "value_low", "value_high", "source_line")


def claim_records(analysis: Analysis) -> list[dict]:
    """Every claim as a dict with its cluster's id, label and status (extract's JSONL)."""
    cluster_of = analysis.cluster_of()
    out = []
    for c in analysis.claims:
        d = c.model_dump(mode="json")
        cl = cluster_of.get(c.claim_id)
        d["cluster_id"] = cl.cluster_id if cl else None
        d["cluster_label"] = cl.label if cl else None
        d["cluster_status"] = cl.status.value if cl else None
        out.append(d)
    return out


def ordered_clusters(analysis: Analysis):
    """Clusters in review order: conflicts first, then by disagreement and size."""
    return sorted(
        analysis.clusters,
        key=lambda c: (STATUS_ORDER[c.status], -c.disagreement, -len(c.claim_ids), c.label, c.cluster_id),
    )


def _json_column(field: str):
    """How `model_dump(mode="json")` writes a column of a claim field that is not JSON already
    (a date, an enum); None for fields kept as they are."""
    kinds = {field_type for field_type in _annotation_types(Claim.model_fields[field].annotation)}
    if any(isinstance(k, type) and issubclass(k, dt.date) for k in kinds):
        return _iso_dates
    if any(isinstance(k, type) and issubclass(k, Enum) for k in kinds):
        return _enum_values
    return None


def _iso_dates(column: list) -> list:
    """Each distinct date formatted once: 10k articles hold about 3,000 dates in 68k claims,
    and `isoformat` call by call was most of this column's time."""
    text = {d: d.isoformat() for d in set(column) if d is not None}
    text[None] = None
    return [text[d] for d in column]


def _enum_values(column: list) -> list:
    # `_value_` is the member's own attribute; `.value` goes through a Python-level descriptor
    return [None if v is None else v._value_ for v in column]


def _annotation_types(annotation) -> tuple:
    args = typing.get_args(annotation)
    return tuple(t for a in args for t in _annotation_types(a)) if args else (annotation,)


_CLAIM_JSON = {name: fn for name in CLAIM_COLUMNS if (fn := _json_column(name)) is not None}
_CLAIM_FIELDS = itemgetter(*CLAIM_COLUMNS)
_CHUNK = 256


def report_frame(analysis: Analysis, verdicts: Mapping[str, Verdict] | None = None) -> pd.DataFrame:
    """One row per claim with the contract's columns, in report order.

    Built a column at a time from the claims' attributes: dumping 68k claims one by one
    (`model_dump`) and handing pandas a list of dicts took most of the report's time.
    """
    verdicts = verdicts or {}
    clusters = ordered_clusters(analysis)
    sizes = [len(cl.claim_ids) for cl in clusters]
    claims = {c.claim_id: c for c in analysis.claims}
    ids = [cid for cl in clusters for cid in cl.claim_ids]
    columns: dict[str, list] = {
        "cluster_id": _repeat([cl.cluster_id for cl in clusters], sizes),
        "cluster_label": _repeat([cl.label for cl in clusters], sizes),
        "cluster_status": _repeat([cl.status.value for cl in clusters], sizes),
        "cluster_low": _repeat([cl.low for cl in clusters], sizes),
        "cluster_high": _repeat([cl.high for cl in clusters], sizes),
        "origins": _repeat([cl.origins for cl in clusters], sizes),
        "disagreement": _repeat([cl.disagreement for cl in clusters], sizes),
    }
    columns.update(_claim_columns([claims[cid].__dict__ for cid in ids]))
    found = [verdicts.get(cid) for cid in ids]
    columns["verdict"] = [v.status.value if v else "unreviewed" for v in found]
    columns["verdict_note"] = [v.note if v else None for v in found]
    columns["verdict_at"] = [v.at.isoformat() if v and v.at else None for v in found]
    return typed_numbers(pd.DataFrame(columns, columns=list(REPORT_COLUMNS)))


def typed_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """The numeric columns as numbers; a column of whole numbers with gaps as nullable
    integers, so the CSV reads "11" and not "11.0" (a float column is what a gap would
    otherwise make of it, and "11.0 wounded" in a spreadsheet looks like a measurement)."""
    for col in NUMERIC_COLUMNS:
        if col not in frame.columns:
            continue
        values = pd.to_numeric(frame[col])
        if values.dtype.kind == "f" and col != "disagreement":  # a share stays a float
            known = values.dropna()
            if known.eq(known.round()).all() and known.abs().lt(2**53).all():
                values = values.astype("Int64")
        frame[col] = values
    return frame


def _repeat(values: list, counts: list[int]) -> list:
    """Each cluster's value once for each of its claims."""
    return list(chain.from_iterable(map(repeat, values, counts)))


def _claim_columns(fields: list[dict]) -> dict[str, list]:
    """The claim columns from the claims' field dicts (a pydantic model keeps its fields in
    `__dict__`), read a chunk of claims at a time.

    One pass a column over all the claims touches every claim's dict again for each of the
    23 columns, and at 68k claims those dicts no longer fit in the CPU cache: 0.5 s. Each
    chunk's fields are read once as rows and turned into columns by `zip`: 0.17 s.
    """
    columns: dict[str, list] = {name: [] for name in CLAIM_COLUMNS}
    for start in range(0, len(fields), _CHUNK):
        rows = map(_CLAIM_FIELDS, fields[start:start + _CHUNK])
        for column, values in zip(columns.values(), zip(*rows)):
            column.extend(values)
    for name, convert in _CLAIM_JSON.items():
        columns[name] = convert(columns[name])
    return columns
