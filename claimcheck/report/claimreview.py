"""schema.org ClaimReview JSON-LD for claims an analyst has judged, so fact-check platforms
and search engines can read the verdicts."""

from __future__ import annotations

from collections.abc import Mapping

from claimcheck.models import Analysis, Verdict, VerdictStatus

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
        item = {
            "@type": "Claim",
            "appearance": {"@type": "CreativeWork", "url": c.url, "headline": c.source_title},
        }
        if c.attributed_to:
            item["author"] = {"@type": "Organization", "name": c.attributed_to}
        if c.published:
            item["datePublished"] = c.published.isoformat()
        graph.append({
            "@type": "ClaimReview",
            "identifier": c.claim_id,
            "claimReviewed": c.sentence,
            "itemReviewed": item,
            "reviewRating": {
                "@type": "Rating", "ratingValue": value, "bestRating": 3, "worstRating": 1,
                "alternateName": label,
            },
            "reviewBody": v.note,
            "datePublished": v.at.date().isoformat() if v.at else None,
        })
    return {"@context": "https://schema.org", "@graph": graph}
