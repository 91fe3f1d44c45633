"""Sentences seen before are not read again (`_read_sentence`): what depends on the article
around a sentence (who "he" is, the year in force, the figure's occurrence) must still
come from that article."""

from __future__ import annotations

import dataclasses

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.reading import clear_sentence_cache, read_sentence as _read_sentence
from claimcheck.models import Source

SHARED = "He said 14 people were killed in the blast."


def _source(sid: str, text: str) -> Source:
    return Source(source_id=sid, source_file=f"{sid}.txt", text=text)


def test_a_shared_sentence_takes_its_speaker_from_its_own_article() -> None:
    clear_sentence_cache()
    a = extract_claims(_source("a", "Governor Amal Haddad visited the site. " + SHARED))
    b = extract_claims(_source("b", "Mayor Omar Farouk visited the hospital. " + SHARED))
    assert _read_sentence.cache_info().hits >= 1
    assert len(a) == len(b) == 1
    assert "Amal Haddad" in (a[0].attributed_to or "")
    assert "Omar Farouk" in (b[0].attributed_to or "")


def test_a_repeated_sentence_gives_distinct_claims_and_the_same_claims_as_uncached() -> None:
    text = SHARED + " " + SHARED
    clear_sentence_cache()
    first = extract_claims(_source("c", text))
    again = extract_claims(_source("c", text))
    clear_sentence_cache()
    fresh = extract_claims(_source("c", text))
    assert len({c.claim_id for c in first}) == 2
    assert first == again == fresh


def test_cached_mentions_cannot_be_changed() -> None:
    mentions, _ = _read_sentence("Rescuers found 30 bodies.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mentions[0].low = 0  # type: ignore[misc]
