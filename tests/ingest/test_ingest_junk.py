"""The page-junk table: well-formed, and it marks furniture without touching prose."""

from __future__ import annotations

import pytest

from claimcheck.ingest.junk import LINE_PHRASES, LINE_PATTERNS, is_junk_line, junk_spans


def test_phrase_table_has_no_duplicates() -> None:
    lowered = [p.lower() for p in LINE_PHRASES]
    assert len(lowered) == len(set(lowered))
    assert len(LINE_PATTERNS) == len(set(LINE_PATTERNS))


@pytest.mark.parametrize("phrase", LINE_PHRASES)
def test_every_phrase_is_junk_as_a_line(phrase: str) -> None:
    assert is_junk_line(f"  {phrase}  ")
    assert is_junk_line(phrase.upper())


JUNK = [
    ("exit", "Exit mobile version"),
    ("photo-credit", "(photo credit: REUTERS)"),
    ("read-more", "Read more: Iran lowers death toll to 84"),
    ("cookies", "We use cookies to improve your experience on our site."),
    ("newsletter", "Sign up for our daily newsletter"),
    ("follow", "Follow us on Twitter and Facebook"),
    ("ellipsis", "Loading..."),
]
PROSE = [
    ("sentence-with-share", "Share prices fell after the blast killed 14 people."),
    ("advert-in-sentence", "An advertisement for the rally said 500 people would attend."),
    ("source-in-sentence", "Source: a police official said 20 people were kidnapped."),
    ("read-sentence", "Read the statement, he said."),
    ("long-read-more", "Read more: " + "very long " * 20),
]


@pytest.mark.parametrize("line", [j[1] for j in JUNK], ids=[j[0] for j in JUNK])
def test_junk_lines(line: str) -> None:
    assert is_junk_line(line)
    assert junk_spans(f"Body.\n{line}\nMore.") == [(6, 6 + len(line))]


@pytest.mark.parametrize("line", [p[1] for p in PROSE], ids=[p[0] for p in PROSE])
def test_prose_is_not_junk(line: str) -> None:
    assert not is_junk_line(line)
    assert junk_spans(f"{line}\n") == []


def test_inline_photo_credit_and_relative_spans() -> None:
    text = "Head\nA soldier at a post (Photo: AFP) near the village.\nAdvertisement\n"
    start = text.index("A soldier")
    spans = junk_spans(text, start)
    credit = text.index("(Photo: AFP)") - start
    advert = text.index("Advertisement") - start
    assert spans == [(credit, credit + len("(Photo: AFP)")), (advert, advert + len("Advertisement"))]
