"""schema.org ClaimReview JSON-LD for claims an analyst has judged, so fact-check platforms
and search engines can read the verdicts."""

from __future__ import annotations

from collections.abc import Mapping

from claimcheck.extract.speaker_kinds import has_title, is_person_role, looks_like_org
from claimcheck.models import Analysis, Claim, Verdict, VerdictStatus

_RATING = {
    VerdictStatus.VERIFIED: (3, "Verified"),
    VerdictStatus.DISPUTED: (2, "Disputed"),
    VerdictStatus.REJECTED: (1, "Rejected"),
}


def claimreview_document(analysis: Analysis, verdicts: Mapping[str, Verdict]) -> dict:
    """A JSON-LD @graph with one ClaimReview per judged claim."""
    claims = {c.claim_id: c for c in analysis.claims}
    graph = []
    for cid, v in sorted(verdicts.items()):
        c = claims.get(cid)
        if c is None or v.status not in _RATING:
            continue
        value, label = _RATING[v.status]
        review = {
            "@type": "ClaimReview",
            "identifier": c.claim_id,
            "claimReviewed": c.sentence,
            "itemReviewed": _item(c),
            "reviewRating": {
                "@type": "Rating", "ratingValue": value, "bestRating": 3, "worstRating": 1,
                "alternateName": label,
            },
            "reviewBody": v.note,
            "datePublished": v.at.date().isoformat() if v.at else None,
        }
        graph.append(_without_nulls(review))
    return {"@context": "https://schema.org", "@graph": graph}


def _item(c: Claim) -> dict:
    """The claim reviewed: its figure as `name` (one sentence may hold several judged
    figures, and `claimReviewed` is the sentence), where it appeared, and who said it."""
    item: dict = {
        "@type": "Claim",
        "name": f"{c.mention} ({c.category.value}: {c.subject})",
        "appearance": {"@type": "CreativeWork", "url": c.url, "headline": c.source_title},
    }
    if c.attributed_to:
        # an Organization unless the words say a person: a role ("a police source", "the
        # ombudsman") or a title before a name ("Interior Minister Ahmad Vahidi", "Dr. X");
        # "Human Rights Watch" and "Al Jazeera" look like names too
        name = c.attributed_to
        person = is_person_role(name) or (has_title(name) and not looks_like_org(name))
        item["author"] = {"@type": "Person" if person else "Organization", "name": name}
    if c.published:
        item["datePublished"] = c.published.isoformat()
    return item


def _without_nulls(value):
    """JSON-LD leaves an unknown property out rather than writing null."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    return value
