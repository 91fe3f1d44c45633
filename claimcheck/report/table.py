"""The discrepancy report as a table: one row per claim, grouped by cluster, conflicts first.

Verdicts come in as a plain mapping so this module never touches the database: the CLI reads
the store and passes what it found.
"""

from __future__ import annotations

from collections.abc import Mapping

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


def report_frame(analysis: Analysis, verdicts: Mapping[str, Verdict] | None = None) -> pd.DataFrame:
    """One row per claim with the contract's columns, in report order."""
    verdicts = verdicts or {}
    claims = {c.claim_id: c for c in analysis.claims}
    rows = []
    for cl in ordered_clusters(analysis):
        for cid in cl.claim_ids:
            c = claims[cid]
            v = verdicts.get(cid)
            row = {
                "cluster_id": cl.cluster_id,
                "cluster_label": cl.label,
                "cluster_status": cl.status.value,
                "cluster_low": cl.low,
                "cluster_high": cl.high,
                "origins": cl.origins,
                "disagreement": cl.disagreement,
            }
            row.update(c.model_dump(mode="json"))
            row["verdict"] = v.status.value if v else "unreviewed"
            row["verdict_note"] = v.note if v else None
            row["verdict_at"] = v.at.isoformat() if v and v.at else None
            rows.append(row)
    frame = pd.DataFrame(rows, columns=list(REPORT_COLUMNS))
    for col in NUMERIC_COLUMNS:
        frame[col] = pd.to_numeric(frame[col])
    return frame
