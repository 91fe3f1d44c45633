"""The 16 real dev articles (../shared/dev/docs): headline, date line and outlet as a reader
sees them. Skipped where the shared folder is not beside the checkout."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import DEV_DOCS, assert_offsets, file_text, ingest

pytestmark = pytest.mark.skipif(not DEV_DOCS.is_dir(), reason="shared/dev/docs not present")

D = dt.date

#: file stem -> (published, outlet); a date only where the article has a date line on top.
EXPECTED = {
    "el_salvador_quake_2001__ap": (D(2001, 1, 14), "AP"),
    "el_salvador_quake_2001__bbc": (D(2001, 1, 15), None),
    "el_salvador_quake_2001__cnn": (None, "CNN"),
    "el_salvador_quake_2001__sun_sentinel": (D(2001, 1, 15), "The New York Times"),
    "kerman_bombing_2024__1lurer": (None, None),
    "kerman_bombing_2024__china_daily": (D(2024, 1, 4), "Xinhua"),
    "kerman_bombing_2024__pakistan_observer": (None, None),
    "kerman_bombing_2024__pledge_times": (D(2024, 1, 3), None),
    "tungan_maje_kidnap_2020__new_telegraph": (None, None),
    "tungan_maje_kidnap_2020__olisa_tv": (None, None),
    "tungan_maje_kidnap_2020__ripples_nigeria": (None, None),
    "tungan_maje_kidnap_2020__the_nation": (None, None),  # "By Nicholas Kalu, Abuja": a place
    "us_border_troops_2018__business_standard": (None, None),
    "us_border_troops_2018__news_am": (D(2018, 11, 1), None),
    "us_border_troops_2018__the_hill": (None, None),
    "us_border_troops_2018__wtvr": (D(2018, 11, 15), None),
}


@pytest.fixture(scope="module")
def dev_sources():
    got = ingest([DEV_DOCS])
    assert got.errors == []
    return {s.source_id.removesuffix(".txt"): s for s in got.sources}


def test_every_dev_file_is_one_article(dev_sources) -> None:
    assert sorted(dev_sources) == sorted(EXPECTED)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_dev_article_header(dev_sources, stem: str) -> None:
    source = dev_sources[stem]
    path = DEV_DOCS / f"{stem}.txt"
    first_line = file_text(path).split("\n", 1)[0].strip()
    assert source.title == first_line
    assert (source.published, source.outlet) == EXPECTED[stem]
    assert source.offset == 0
    assert_offsets(source, file_text(path))
