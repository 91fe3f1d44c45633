"""Invariants of extraction over random news-like text built from fragments (figures,
qualifiers, head nouns, verbs, speakers, junk, unicode, markup), not just "does not crash":

- every claim's span is inside the text and `text[start:end] == mention` (offsets into the
  source text, shifted by `Source.offset` when the source is a slice of a file);
- `value_low <= value_high` when both are set, and the sentence holds the mention;
- the same text gives the same claims (extraction depends on the source alone);
- claim ids are stable when an unrelated paragraph is appended or prepended.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract.claims import extract_claims
from claimcheck.models import Source

FIGURES = [
    "42", "6,700", "6 700", "12\u00a0000", "1.5 million", "2.3m", "forty-two", "two hundred",
    "Twenty-three", "a dozen", "dozens", "hundreds", "scores", "tens of thousands", "thousands",
    "\u0664\u0662", "\uff11\uff12", "200-300", "5,000\u20138,000", "10,000 and 15,000", "0", "1",
    "one", "an", "3:00 p.m.", "$5 million", "40%", "2020", "March 24", "7.6", "25,", "F-16",
    "Resolution 2334", "1,500-foot", "0130hrs", "\u20ac300", "9/11", "200+", "5,000-plus",
    "half a million", "two dozen", "1,000th",
]
QUALIFIERS = [
    "", "at least ", "At least ", "more than ", "nearly ", "about ", "some ", "Some ", "up to ",
    "fewer than ", "between ", "an estimated ", "upwards of ", "no fewer than ", "as many as ",
    "close to ", "over ", "a further ", "another ",
]
NOUNS = [
    "people", "civilians", "troops", "others", "homes", "soldiers", "of them", "more", "",
    "residents", "bodies", "wounded", "dead", "peacekeeping troops", "army posts", "students",
    # a partitive cut short, and its longer forms ("of Marva's", "more of the")
    "of", "more of", "more of the", "of Marva's", "of Marva's pre-war",
]
VERBS = [
    "were killed", "died", "were wounded", "are missing", "fled", "were arrested",
    "were evacuated", "were deployed", "", "said", "killed", "injured", "remain unaccounted for",
    "were kidnapped", "lost their lives", "were left homeless",
]
LEADS = [
    "", "The ministry said ", "According to police, ", "Vahidi said ", "He said ", "Officials lowered the toll from ",
    "On Tuesday, ", "Earlier reports had put the toll at ", "The death toll rose to ", "Gunmen abducted ",
    "\u201c", "'", "(", "[bold]", "Citing officials, ",
]
JUNK = [
    ",", ".", ";", " \u2014", "(", ")", "\u201c", "\u201d", "\"", "'", "[bold]", "[/bold]", "\n",
    "\n\n", "  ", "\t", "\u00e9", "\U0001F642", "\u200b", "\u00a0", "&amp;", "<b>", "</b>", "*",
    "- ", "\u2022 ", "?", "Photo caption: ", "Source: http://x.y/z", "Exit mobile version", "\r\n",
    ", the agency reported", ", a toll that could not be independently verified",
    " on Jan. 3, 2020", " since February 24", " so far", " in 2020",
]

sentence = st.builds(
    lambda lead, q, f, n, v, junk: f"{lead}{q}{f} {n} {v}{junk}",
    st.sampled_from(LEADS), st.sampled_from(QUALIFIERS), st.sampled_from(FIGURES),
    st.sampled_from(NOUNS), st.sampled_from(VERBS), st.sampled_from(JUNK),
)
free_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30
)
piece = st.one_of(sentence, sentence, sentence, st.sampled_from(JUNK), free_text)
document = st.lists(piece, min_size=1, max_size=12).map(lambda parts: " ".join(parts))

UNRELATED = st.sampled_from([
    "Separately, the weather service forecast light rain for the weekend.",
    "In other news, the football league announced its new season schedule.",
    "Exit mobile version",
    "Source: https://example.org/story",
    "Markets closed higher on Friday as investors weighed the outlook.",
])

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _claims(text: str, offset: int = 0):
    return extract_claims(Source(source_id="prop", source_file="prop.txt", text=text, offset=offset))


@SETTINGS
@given(document)
def test_spans_and_intervals(text: str) -> None:
    for c in _claims(text):
        assert 0 <= c.start < c.end <= len(text), (c.start, c.end, len(text))
        assert text[c.start : c.end] == c.mention
        assert c.mention in c.sentence
        if c.value_low is not None and c.value_high is not None:
            assert c.value_low <= c.value_high
        assert c.value_low is None or c.value_low >= 0


@SETTINGS
@given(document, st.integers(min_value=1, max_value=10_000))
def test_offsets_shift_with_the_source_offset(text: str, offset: int) -> None:
    base = _claims(text)
    shifted = _claims(text, offset)
    assert [(c.start + offset, c.end + offset, c.mention) for c in base] == [
        (c.start, c.end, c.mention) for c in shifted
    ]
    for c in shifted:
        assert text[c.start - offset : c.end - offset] == c.mention


@SETTINGS
@given(document)
def test_same_text_same_claims(text: str) -> None:
    assert [c.model_dump() for c in _claims(text)] == [c.model_dump() for c in _claims(text)]


@SETTINGS
@given(document, UNRELATED, st.booleans())
def test_ids_stable_under_unrelated_paragraph(text: str, other: str, prepend: bool) -> None:
    before = _claims(text)
    new_text = f"{other}\n\n{text}" if prepend else f"{text}\n\n{other}"
    shift = len(other) + 2 if prepend else 0
    after = {(c.start, c.mention, c.sentence): c.claim_id for c in _claims(new_text)}
    for c in before:
        key = (c.start + shift, c.mention, c.sentence)
        assert key in after, f"claim {c.mention!r} lost after adding {other!r}"
        assert after[key] == c.claim_id, f"id of {c.mention!r} changed"


@SETTINGS
@given(document)
def test_ids_unique_within_a_source(text: str) -> None:
    ids = [c.claim_id for c in _claims(text)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("text", [
    "The toll now stands at 12 of",          # a partitive cut off at the text's end
    "Officials said two more of",
    "About 300 of Marva's",
    "About 300 of Marva's pre-war",
])
def test_a_partitive_cut_short_is_read_without_error(text: str) -> None:
    """A regression: a figure followed by "of" and nothing after it raised IndexError."""
    claims = extract_claims(Source(source_id="t", source_file="t.txt", text=text))
    assert all(text[c.start : c.end] == c.mention for c in claims)
