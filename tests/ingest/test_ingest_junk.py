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


LINK_LISTS = [
    # (id, text, the lines that are junk)
    ("related-coverage",
     "Body one.\nRELATED COVERAGE\nFire at Delhi factory kills 43\nBlaze toll rises to 112\n\nMore prose here.\n",
     ["RELATED COVERAGE", "Fire at Delhi factory kills 43", "Blaze toll rises to 112"]),
    ("blank-lines-between",
     "Body.\n\nMore on this story:\n\nGaza strike kills 40\n\nAid convoy hit...\n\nThe ministry said 12 died.\n",
     ["More on this story:", "Gaza strike kills 40", "Aid convoy hit..."]),
    ("ends-at-prose",
     "You may also like\nFloods: 20 dead\nThe river rose by two metres on Friday, officials said.\n",
     ["You may also like", "Floods: 20 dead"]),
    ("header-alone-at-end", "Body.\nRelated\n", ["Related"]),
]


@pytest.mark.parametrize("text,junk", [(t, j) for _, t, j in LINK_LISTS], ids=[i for i, _, _ in LINK_LISTS])
def test_link_list_under_a_header_is_junk(text: str, junk: list[str]) -> None:
    spans = junk_spans(text)
    assert len(spans) == 1
    s, e = spans[0]
    assert text[s:e].startswith(junk[0]) and text[s:e].endswith(junk[-1])
    kept = text[:s] + text[e:]
    assert not any(line in kept for line in junk)


def test_link_list_stops_after_max_lines() -> None:
    from claimcheck.ingest.junk import MAX_LIST_LINES

    heads = [f"Headline number {i}" for i in range(MAX_LIST_LINES + 3)]
    text = "Trending\n" + "\n".join(heads) + "\n"
    (s, e), = junk_spans(text)
    assert text[s:e].endswith(heads[MAX_LIST_LINES - 1])
    assert heads[MAX_LIST_LINES] not in text[s:e]


def test_a_prose_line_starting_like_a_header_opens_no_list() -> None:
    text = "Related fighting killed 12 people on Monday.\nVillagers fled\n"
    assert junk_spans(text) == []


def test_link_list_headlines_give_no_claims(tmp_path) -> None:
    from claimcheck.ingest import read_sources
    from claimcheck.extract.claims import extract_claims

    path = tmp_path / "a.txt"
    path.write_text(
        "Blast kills 17 at plant\n\nAn explosion killed 17 workers on Thursday, officials said.\n\n"
        "Related coverage\nFire at Delhi factory kills 43\nBangladesh blaze toll rises to 112\n",
        encoding="utf-8",
    )
    (source,) = read_sources([path], lambda e: None)
    values = sorted(c.value_low for c in extract_claims(source))
    assert values == [17, 17]


@pytest.mark.parametrize("line", [
    "© 2024 Harbour Media Group Ltd or its affiliates. All rights reserved.",
    "Copyright 2026 The Associated Press. All Rights Reserved.",
    "(c) 2024 Reuters",
])
def test_copyright_lines_are_junk(line: str) -> None:
    assert is_junk_line(line)


def test_a_sentence_about_copyright_is_prose() -> None:
    assert not is_junk_line("Copyright lawyers said 12 people had been charged.")
