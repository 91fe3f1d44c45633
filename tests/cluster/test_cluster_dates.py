"""A year-less wire dateline takes its year from the dated reports of its story."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.cluster.dates import MAX_DAYS_FROM_STORY, dates_from_stories
from claimcheck.cluster.stories import source_features
from claimcheck.ingest import read_sources
from claimcheck.models import ClusterStatus
from claimcheck.pipeline import analyse

D = dt.date


def _feats(sid: str, published: dt.date | None = None, day: tuple[int, int] | None = None):
    return source_features(sid, "Headline", "Body.", published.toordinal() if published else None,
                           dateline_day=day)


CASES = [
    # (id, dated reports of the story, the year-less day, the date it takes)
    ("same-year", [D(2025, 3, 5)], (3, 4), D(2025, 3, 4)),
    ("across-new-year-back", [D(2026, 1, 2)], (12, 30), D(2025, 12, 30)),
    ("across-new-year-forward", [D(2025, 12, 30)], (1, 2), D(2026, 1, 2)),
    ("nearest-of-several", [D(2024, 5, 1), D(2025, 5, 20)], (5, 18), D(2025, 5, 18)),
    ("leap-day", [D(2024, 2, 27)], (2, 29), D(2024, 2, 29)),
    ("too-far-from-story", [D(2025, 3, 5)], (9, 4), None),
    ("story-undated", [], (3, 4), None),
]


@pytest.mark.parametrize(("dated", "day", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_year_from_story(dated, day, expected):
    feats = [_feats(f"d{i}", published=d) for i, d in enumerate(dated)] + [_feats("w", day=day)]
    got = dates_from_stories(feats, [[f.source_id for f in feats]])
    assert got.get("w") == expected
    assert set(got) <= {"w"}  # dated reports keep their own date


def test_only_the_own_story_dates_a_report():
    feats = [_feats("a", published=D(2025, 3, 5)), _feats("w", day=(3, 4)), _feats("b", published=D(2019, 3, 5))]
    assert dates_from_stories(feats, [["b", "w"], ["a"]]) == {"w": D(2019, 3, 4)}


def test_the_bound_is_story_grouping_s():
    from claimcheck.cluster import stories

    assert MAX_DAYS_FROM_STORY == stories._MAX_DAYS_APART


DATED = """Ministry says 12 killed in Khandar depot blast

March 4, 2025

KHANDAR - A blast at a fuel depot in Khandar killed 12 people, the Lirean
interior ministry said. Firefighters from Khandar and Velna worked through the night.
"""

YEARLESS = """Rebels say 40 died in Khandar depot blast

KHANDAR, March 4 (Reuters) - A blast at a fuel depot in Khandar killed 40 people,
the Lirean Liberation Front said in a statement. Firefighters from Khandar and Velna worked
through the night.
"""


def test_rival_tolls_of_one_day_conflict_when_the_wire_leaves_out_its_year(tmp_path):
    # Without the story's year the wire is undated, and a dated and an undated toll cannot be
    # put at one moment: the rival counts read as a change over time.
    (tmp_path / "ministry.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(YEARLESS, encoding="utf-8")
    errors = []
    analysis = analyse(read_sources([str(tmp_path)], errors.append))
    assert not errors
    assert len(analysis.stories) == 1
    killed = [c for c in analysis.clusters if c.category == "killed"]
    assert [c.status for c in killed] == [ClusterStatus.CONFLICT]
    # the claims keep the date their article gives
    wire = [c for c in analysis.claims if c.source_id.startswith("wire")]
    assert wire and all(c.published is None for c in wire)
