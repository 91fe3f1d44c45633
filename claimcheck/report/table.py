"""The discrepancy report as a table: one row per claim, grouped by cluster, conflicts first.

Verdicts come in as a plain mapping so this module never touches the database: the CLI reads
the store and passes what it found.
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Mapping
from enum import Enum

import pandas as pd

from claimcheck.models import STATUS_ORDER, Analysis, Claim, Verdict

CLUSTER_COLUMNS = (
    "cluster_id", "cluster_label", "cluster_status", "cluster_low", "cluster_high", "origins",
    "disagreement",
)
CLAIM_COLUMNS = tuple(Claim.model_fields)
VERDICT_COLUMNS = ("verdict", "verdict_note", "verdict_at")
REPORT_COLUMNS = CLUSTER_COLUMNS + CLAIM_COLUMNS + VERDICT_COLUMNS
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


def _json_value(field: str):
    """How `model_dump(mode="json")` writes a claim field that is not JSON already (a date,
    an enum); None for fields kept as they are."""
    kinds = {field_type for field_type in _annotation_types(Claim.model_fields[field].annotation)}
    if any(isinstance(k, type) and issubclass(k, dt.date) for k in kinds):
        return lambda v: None if v is None else v.isoformat()
    if any(isinstance(k, type) and issubclass(k, Enum) for k in kinds):
        return lambda v: None if v is None else v.value
    return None


def _annotation_types(annotation) -> tuple:
    args = typing.get_args(annotation)
    return tuple(t for a in args for t in _annotation_types(a)) if args else (annotation,)


_CLAIM_JSON = {name: fn for name in CLAIM_COLUMNS if (fn := _json_value(name)) is not None}


def report_frame(analysis: Analysis, verdicts: Mapping[str, Verdict] | None = None) -> pd.DataFrame:
    """One row per claim with the contract's columns, in report order.

    Built a column at a time from the claims' attributes: dumping 68k claims one by one
    (`model_dump`) and handing pandas a list of dicts took most of the report's time.
    """
    verdicts = verdicts or {}
    claims = {c.claim_id: c for c in analysis.claims}
    rows = [(cl, claims[cid]) for cl in ordered_clusters(analysis) for cid in cl.claim_ids]
    columns: dict[str, list] = {
        "cluster_id": [cl.cluster_id for cl, _ in rows],
        "cluster_label": [cl.label for cl, _ in rows],
        "cluster_status": [cl.status.value for cl, _ in rows],
        "cluster_low": [cl.low for cl, _ in rows],
        "cluster_high": [cl.high for cl, _ in rows],
        "origins": [cl.origins for cl, _ in rows],
        "disagreement": [cl.disagreement for cl, _ in rows],
    }
    fields = [c.__dict__ for _, c in rows]  # a pydantic model keeps its fields there
    for name in CLAIM_COLUMNS:
        column = [f[name] for f in fields]
        convert = _CLAIM_JSON.get(name)
        columns[name] = [convert(v) for v in column] if convert else column
    found = [verdicts.get(c.claim_id) for _, c in rows]
    columns["verdict"] = [v.status.value if v else "unreviewed" for v in found]
    columns["verdict_note"] = [v.note if v else None for v in found]
    columns["verdict_at"] = [v.at.isoformat() if v and v.at else None for v in found]
    frame = pd.DataFrame(columns, columns=list(REPORT_COLUMNS))
    for col in NUMERIC_COLUMNS:
        frame[col] = pd.to_numeric(frame[col])
    return frame
