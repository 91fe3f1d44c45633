"""A factory for hand-built claims, shared by the cluster tests."""

from __future__ import annotations

import itertools

import pytest

from claimcheck.models import Claim

_ids = itertools.count()


def build_claim(
    mention: str = "10 people",
    low: float | None = 10,
    high: float | None = 10,
    *,
    source: str = "a",
    category: str = "killed",
    subject: str = "people",
    sentence: str | None = None,
    **fields,
) -> Claim:
    sentence = sentence or f"Officials said {mention} were counted."
    start = max(sentence.find(mention), 0)
    return Claim(
        claim_id=f"k{next(_ids):04d}",
        source_id=f"{source}.txt",
        source_file=f"{source}.txt",
        start=start,
        end=start + len(mention),
        mention=mention,
        sentence=sentence,
        number_text=mention.split()[0],
        value_low=low,
        value_high=high,
        category=category,
        subject=subject,
        **fields,
    )


@pytest.fixture
def make_claim():
    return build_claim
