"""Cluster stage: sources -> stories -> quantities -> compared clusters."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from claimcheck.cluster.dates import dates_from_stories
from claimcheck.cluster.quantities import group_quantities
from claimcheck.cluster.stories import SourceFeatures, group_stories, source_features
from claimcheck.compare import compare_claims
from claimcheck.models import Category, Claim, Cluster, ClusterStatus, Story

__all__ = ["cluster_claims", "source_features", "SourceFeatures", "group_stories"]


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]


def _label_noun(group: str, members: Sequence[Claim]) -> str:
    """The noun a cluster is shown under: its group's name when a member uses it, else what
    its members call themselves ("troops: peacekeepers", "killed: soldiers"), since the group
    name alone ("troops: troops") says less than the reports do."""
    subjects = [c.subject.lower() for c in members]
    if group in subjects or not subjects:
        return group
    counts = Counter(subjects)
    return max(counts, key=lambda s: (counts[s], -subjects.index(s)))


def cluster_claims(
    features: Sequence[SourceFeatures], claims: Iterable[Claim]
) -> tuple[list[Story], list[Cluster]]:
    """Stories of the sources, and the compared clusters of the claims within each story.

    Takes source features rather than sources so that a streaming run need not keep every
    article's text in memory.
    """
    story_groups = group_stories(features)
    story_of: dict[str, str] = {}
    stories: list[Story] = []
    titles = {f.source_id: f.title for f in features}
    for source_ids in story_groups:
        story_id = "s" + _short_hash(min(source_ids))
        label = titles.get(source_ids[0]) or source_ids[0]
        stories.append(Story(story_id=story_id, label=label, source_ids=tuple(source_ids)))
        for sid in source_ids:
            story_of[sid] = story_id
    # a year-less dateline takes its year from the story, for comparison only: the claims
    # keep the date their article gives
    dated = dates_from_stories(features, story_groups)
    by_story: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.source_id in dated:
            c = c.model_copy(update={"published": dated[c.source_id]})
        by_story[story_of.get(c.source_id, "s" + _short_hash(c.source_id))].append(c)
    clusters: list[Cluster] = []
    for story_id, story_claims in by_story.items():
        for (category, group, scope), members in group_quantities(story_claims).items():
            comparison = compare_claims(members, scope)
            status = comparison.status
            if scope == "increment" and status is ClusterStatus.CONFLICT:
                status = ClusterStatus.EVOLVING  # "five more bodies", "three more": additions, not rivals
            shown = scope.split(" of ", 1)[0] if scope.startswith("part of ") else scope  # one breakdown's part
            label = f"{category}: {_label_noun(group, members)}" + (f" ({shown})" if shown else "")
            clusters.append(
                Cluster(
                    cluster_id="c" + _short_hash(story_id, category, group, scope),
                    story_id=story_id,
                    label=label,
                    category=Category(category),
                    subject=group,
                    status=status,
                    low=comparison.low,
                    high=comparison.high,
                    origins=comparison.origins,
                    disagreement=comparison.disagreement,
                    claim_ids=tuple(c.claim_id for c in members),
                )
            )
    return stories, clusters
