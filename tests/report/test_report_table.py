"""report_frame, claim_records and ClaimReview on a hand-built Analysis."""

from __future__ import annotations

import json

import pandas as pd

from claimcheck.models import Claim
from claimcheck.report.claimreview import claimreview_document
from claimcheck.report.table import (
    NUMERIC_COLUMNS,
    REPORT_COLUMNS,
    claim_records,
    ordered_clusters,
    report_frame,
)


def test_report_columns_are_cluster_then_claim_then_verdict():
    assert REPORT_COLUMNS[:7] == (
        "cluster_id", "cluster_label", "cluster_status", "cluster_low", "cluster_high",
        "origins", "disagreement",
    )
    assert REPORT_COLUMNS[7:-3] == tuple(Claim.model_fields)
    assert REPORT_COLUMNS[-3:] == ("verdict", "verdict_note", "verdict_at")
    assert set(NUMERIC_COLUMNS) <= set(REPORT_COLUMNS)


def test_clusters_in_review_order(analysis):
    assert [c.cluster_id for c in ordered_clusters(analysis)] == ["c-conflict", "c-agree", "c-single"]


def test_report_frame_rows(analysis):
    frame = report_frame(analysis)
    assert list(frame.columns) == list(REPORT_COLUMNS)
    assert list(frame["claim_id"]) == [
        "confl0000001", "confl0000002", "agree0000001", "agree0000002", "single000001",
    ]
    assert list(frame["cluster_status"]) == ["conflict", "conflict", "agree", "agree", "single"]
    assert set(frame["verdict"]) == {"unreviewed"}
    assert frame["verdict_note"].isna().all() and frame["verdict_at"].isna().all()


def test_report_frame_numeric_columns(analysis):
    frame = report_frame(analysis)
    for column in NUMERIC_COLUMNS:
        assert pd.api.types.is_numeric_dtype(frame[column]), column
    row = frame.set_index("claim_id").loc["agree0000001"]
    assert row["value_low"] == 61 and pd.isna(row["value_high"])
    assert (row["cluster_low"], row["cluster_high"], row["origins"]) == (90, 100, 2)


def test_report_frame_verdicts(analysis, verdicts):
    frame = report_frame(analysis, verdicts).set_index("claim_id")
    assert frame.loc["confl0000002", "verdict"] == "disputed"
    assert frame.loc["confl0000002", "verdict_note"] == "=1+1 single origin"  # neutralised only on write
    assert frame.loc["confl0000002", "verdict_at"] == "2024-01-05T12:30:00+00:00"
    assert frame.loc["agree0000001", "verdict"] == "verified"
    assert frame.loc["single000001", "verdict"] == "unreviewed"
    assert frame.loc["agree0000002", "verdict"] == "unreviewed"


def test_empty_analysis_has_the_columns():
    from claimcheck.models import Analysis

    frame = report_frame(Analysis())
    assert list(frame.columns) == list(REPORT_COLUMNS) and frame.empty


def test_claim_records_add_the_cluster(analysis):
    records = claim_records(analysis)
    assert [r["claim_id"] for r in records] == [c.claim_id for c in analysis.claims]
    first = records[0]
    assert list(first) == [*Claim.model_fields, "cluster_id", "cluster_label", "cluster_status"]
    assert (first["cluster_id"], first["cluster_label"], first["cluster_status"]) == (
        "c-single", "other: houses", "single",
    )
    assert first["published"] == "2001-01-14"
    json.dumps(records)  # plain JSON types only


def test_claimreview_only_judged_claims(analysis, verdicts):
    document = claimreview_document(analysis, verdicts)
    assert document["@context"] == "https://schema.org"
    graph = {item["identifier"]: item for item in document["@graph"]}
    assert set(graph) == {"confl0000002", "agree0000001"}  # unreviewed left out
    disputed = graph["confl0000002"]
    assert disputed["@type"] == "ClaimReview"
    assert disputed["reviewRating"]["ratingValue"] == 2
    assert disputed["reviewRating"]["alternateName"] == "Disputed"
    assert disputed["reviewBody"] == "=1+1 single origin"
    assert disputed["datePublished"] == "2024-01-05"
    assert disputed["itemReviewed"]["author"] == {"@type": "Organization", "name": "@ombudsman"}
    assert disputed["itemReviewed"]["appearance"]["url"] == "https://example.org/quake"
    assert graph["agree0000001"]["reviewRating"]["ratingValue"] == 3
    json.dumps(document)


def test_claimreview_names_the_figure_types_the_author_and_writes_no_nulls(analysis, verdicts):
    """Two judged figures of one sentence are told apart by the figure (`name`); a named
    person is a Person; a verdict without a note has no reviewBody rather than a null."""
    import datetime as dt

    from claimcheck.models import Analysis, Verdict, VerdictStatus

    sentence = "Interior Minister Ahmad Vahidi said 284 people died and 220 of them were pilgrims."
    base = analysis.claims[1]
    two = [
        base.model_copy(update={"claim_id": cid, "mention": m, "sentence": sentence, "url": None,
                                "attributed_to": "Interior Minister Ahmad Vahidi"})
        for cid, m in (("fig000000284", "284 people"), ("fig000000220", "220 of them"))
    ]
    at = dt.datetime(2024, 1, 5, tzinfo=dt.UTC)
    judged = {c.claim_id: Verdict(claim_id=c.claim_id, status=VerdictStatus.VERIFIED, at=at) for c in two}
    graph = claimreview_document(Analysis(claims=tuple(two)), judged)["@graph"]
    assert [g["claimReviewed"] for g in graph] == [sentence, sentence]
    assert {g["itemReviewed"]["name"] for g in graph} == {"284 people (killed: people)", "220 of them (killed: people)"}
    assert all(g["itemReviewed"]["author"]["@type"] == "Person" for g in graph)
    assert "null" not in json.dumps(graph)
    assert all("reviewBody" not in g and "url" not in g["itemReviewed"]["appearance"] for g in graph)
    org = claimreview_document(analysis, verdicts)["@graph"]
    assert {g["itemReviewed"]["author"]["@type"] for g in org} == {"Organization"}  # Red Cross, @ombudsman
    watch = [two[0].model_copy(update={"attributed_to": "Human Rights Watch"})]
    graph = claimreview_document(Analysis(claims=tuple(watch)), judged)["@graph"]
    assert graph[0]["itemReviewed"]["author"]["@type"] == "Organization"  # a name, but a body


def test_claimreview_ignores_verdicts_of_unknown_claims(analysis, verdicts):
    from claimcheck.models import Verdict, VerdictStatus

    extra = dict(verdicts, gone=Verdict(claim_id="gone", status=VerdictStatus.REJECTED))
    ids = [item["identifier"] for item in claimreview_document(analysis, extra)["@graph"]]
    assert "gone" not in ids


def _frame_by_dumping(analysis, verdicts):
    """The report built the plain way, one `model_dump` per claim: the column-wise build
    must give exactly this frame."""
    import pandas as pd

    from claimcheck.report.table import REPORT_COLUMNS, ordered_clusters, typed_numbers

    claims = {c.claim_id: c for c in analysis.claims}
    rows = []
    for cl in ordered_clusters(analysis):
        for cid in cl.claim_ids:
            v = verdicts.get(cid)
            row = {"cluster_id": cl.cluster_id, "cluster_label": cl.label,
                   "cluster_status": cl.status.value, "cluster_low": cl.low,
                   "cluster_high": cl.high, "origins": cl.origins, "disagreement": cl.disagreement}
            row.update(claims[cid].model_dump(mode="json"))
            row["verdict"] = v.status.value if v else "unreviewed"
            row["verdict_note"] = v.note if v else None
            row["verdict_at"] = v.at.isoformat() if v and v.at else None
            rows.append(row)
    return typed_numbers(pd.DataFrame(rows, columns=list(REPORT_COLUMNS)))


def test_report_frame_equals_dumping_every_claim(analysis, verdicts):
    import pandas as pd

    pd.testing.assert_frame_equal(report_frame(analysis, verdicts), _frame_by_dumping(analysis, verdicts))


def test_report_frame_equals_dumping_every_claim_on_real_articles():
    import pandas as pd

    from pathlib import Path

    from claimcheck.pipeline import analyse_paths

    docs = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "docs"
    analysis = analyse_paths([str(docs)], lambda e: None)
    assert len(analysis.claims) > 100
    pd.testing.assert_frame_equal(report_frame(analysis, {}), _frame_by_dumping(analysis, {}))
