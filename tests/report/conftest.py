"""A small hand-built Analysis for the report tests: three clusters of one story."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import Analysis, Claim, Cluster, ClusterStatus, Story, Verdict, VerdictStatus


def _claim(cid: str, mention: str, low, high, *, category="killed", subject="people", **fields) -> Claim:
    sentence = fields.pop("sentence", f"Officials said {mention} were counted.")
    start = sentence.find(mention)
    return Claim(
        claim_id=cid, source_id="a.txt", source_title="Quake", outlet="AP",
        url="https://example.org/quake", published=dt.date(2001, 1, 14), source_file="a.txt",
        start=start, end=start + len(mention), mention=mention, sentence=sentence,
        number_text=mention.split()[0], value_low=low, value_high=high, category=category,
        subject=subject, **fields,
    )


@pytest.fixture
def analysis() -> Analysis:
    claims = (
        _claim("single000001", "300 houses", 300, 300, category="other", subject="houses"),
        _claim("agree0000001", "at least 61 people", 61, None, attributed_to="Red Cross"),
        _claim("agree0000002", "close to 100", 90, 100, attributed_to="national police"),
        _claim("confl0000001", "11 wounded", 11, 11, category="wounded"),
        _claim("confl0000002", "23 wounded", 23, 23, category="wounded",
               sentence="=HYPERLINK(\"http://x\") 23 wounded were counted.", attributed_to="@ombudsman"),
    )
    story = Story(story_id="s1", label="Quake", source_ids=("a.txt",))
    clusters = (
        Cluster(cluster_id="c-single", story_id="s1", label="other: houses", category="other",
                subject="houses", status=ClusterStatus.SINGLE, low=300, high=300, origins=1,
                disagreement=0, claim_ids=("single000001",)),
        Cluster(cluster_id="c-agree", story_id="s1", label="killed: people", category="killed",
                subject="people", status=ClusterStatus.AGREE, low=90, high=100, origins=2,
                disagreement=0, claim_ids=("agree0000001", "agree0000002")),
        Cluster(cluster_id="c-conflict", story_id="s1", label="wounded: people", category="wounded",
                subject="people", status=ClusterStatus.CONFLICT, low=11, high=23, origins=2,
                disagreement=0.5, claim_ids=("confl0000001", "confl0000002")),
    )
    return Analysis(claims=claims, stories=(story,), clusters=clusters)


@pytest.fixture
def verdicts() -> dict[str, Verdict]:
    at = dt.datetime(2024, 1, 5, 12, 30, tzinfo=dt.UTC)
    return {
        "confl0000002": Verdict(claim_id="confl0000002", status=VerdictStatus.DISPUTED,
                                note="=1+1 single origin", at=at),
        "agree0000001": Verdict(claim_id="agree0000001", status=VerdictStatus.VERIFIED, at=at),
        "single000001": Verdict(claim_id="single000001", status=VerdictStatus.UNREVIEWED),
    }
