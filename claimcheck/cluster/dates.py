"""The year of a dateline that leaves it out, taken from the dated reports of its story.

Wires open "MAPUTO, Feb 6 (Reuters) -" and leave the year to the page around the story, which
a scraper often drops. Such a report is undated, and rival tolls from a dated and an undated
report cannot be ordered (`compare._same_moment`), so a real conflict reads as a change over
time or the other way round. The other reports of its story were published days from it, so
the year that puts the day nearest to one of them is its year; a day far from all of them
(another event, a wrong grouping) gets none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from claimcheck.cluster.stories import SourceFeatures

#: A dateline this far from every dated report of its story is not dated from them: story
#: grouping itself treats reports more than this far apart as separate events.
MAX_DAYS_FROM_STORY = 45


def dates_from_stories(
    features: Sequence[SourceFeatures], story_groups: Sequence[Sequence[str]]
) -> dict[str, dt.date]:
    """Source id -> the full date of each year-less dateline that its story dates."""
    by_id = {f.source_id: f for f in features}
    out: dict[str, dt.date] = {}
    for members in story_groups:
        feats = [by_id[sid] for sid in members if sid in by_id]
        dated = [f.published_ordinal for f in feats if f.published_ordinal is not None]
        if not dated:
            continue
        years = {dt.date.fromordinal(o).year for o in dated}
        for f in feats:
            if f.published_ordinal is not None or f.dateline_day is None:
                continue
            day = _nearest_day(f.dateline_day, years, dated)
            if day is not None:
                out[f.source_id] = day
    return out


def _nearest_day(month_day: tuple[int, int], years: set[int], dated: list[int]) -> dt.date | None:
    best: tuple[int, dt.date] | None = None
    month, day = month_day
    for year in sorted({y + d for y in years for d in (-1, 0, 1)}):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        gap = min(abs(candidate.toordinal() - o) for o in dated)
        if gap <= MAX_DAYS_FROM_STORY and (best is None or gap < best[0]):
            best = (gap, candidate)
    return best[1] if best else None
