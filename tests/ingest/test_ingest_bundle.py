"""Bundles split into their articles; one-article files stay whole; offsets stay verbatim."""

from __future__ import annotations

import pytest

from claimcheck.ingest.bundle import is_body_prose, is_bundle, is_headline_like
from claimcheck.ingest.lines import Line

from .conftest import GOOD, SEED, assert_offsets, file_text, ingest

SEED_ARTICLES = [
    (
        "Azerbaijan claims full control over the Nagorno-Karabakh region as Armenian forces agree to disarm",
        None,
        None,
    ),
    (
        "Azerbaijan Captures Over 60 Army Posts in Karabakh; Armenian PM Dials Blinken, Macron | Top Updates",
        "news18.com",
        "https://www.news18.com/world/azerbaijan-armenia-conflict-nagorno-karabakh-anti-terror-operation-russia-un-eu-world-news-8583943.html",
    ),
    (
        "Azerbaijan expresses outrage after Russia says it violated ceasefire",
        "jpost.com",
        "https://www.jpost.com/breaking-news/article-702402",
    ),
]


def test_seed_bundle_splits_into_three_articles(seed_sources) -> None:
    got = [(s.title, s.outlet, s.url) for s in seed_sources]
    assert got == SEED_ARTICLES


def test_seed_articles_are_verbatim_slices(seed_sources) -> None:
    text = file_text(SEED)
    for source in seed_sources:
        assert_offsets(source, text)
        assert source.source_file == str(SEED)
        assert source.source_line is None


def test_seed_articles_end_where_they_should(seed_sources) -> None:
    first, second, third = seed_sources
    assert first.text.startswith(SEED_ARTICLES[0][0])
    assert first.text.endswith("had evacuated more than 3,100 civilians.")
    assert "Top Updates in the ongoing" in second.text  # the subheading did not split
    assert second.text.endswith("world-news-8583943.html")
    assert third.text.endswith("Source: https://www.jpost.com/breaking-news/article-702402")
    assert first.offset + len(first.text) <= second.offset < third.offset


def test_seed_page_junk_is_outside_or_skipped(seed_sources) -> None:
    text = file_text(SEED)
    junk_at = text.index("Exit mobile version")
    for source in seed_sources:
        rel = junk_at - source.offset
        if 0 <= rel < len(source.text):
            assert any(s <= rel < e for s, e in source.skip_spans)
    third = seed_sources[2]
    credit = third.text.index("(photo credit: REUTERS)")
    assert (credit, credit + len("(photo credit: REUTERS)")) in third.skip_spans


def test_seed_source_trailers_are_skipped(seed_sources) -> None:
    for source in seed_sources[1:]:
        trailer = source.text.rindex("Source: ")
        assert any(s <= trailer and e == len(source.text) for s, e in source.skip_spans)


def test_seed_ids_are_stable_slugs(seed_sources) -> None:
    assert [s.source_id for s in seed_sources] == [
        "000_ff300813a446f845.txt#azerbaijan-claims-full-control-over-the-nagorno-karabakh",
        "000_ff300813a446f845.txt#azerbaijan-captures-over-60-army-posts-in-karabakh-armenian",
        "000_ff300813a446f845.txt#azerbaijan-expresses-outrage-after-russia-says-it-violated",
    ]


def test_ids_do_not_move_when_an_article_is_added_before(tmp_path, seed_sources) -> None:
    extra = (
        "An Extra Article Added at the Top of the Bundle Today\n\n"
        "This new paragraph says that 5 people were hurt somewhere else entirely, officials said.\n\n"
        "Source: https://example.com/extra\n\n"
    )
    path = tmp_path / SEED.name
    path.write_text(extra + file_text(SEED), encoding="utf-8")
    got = ingest([path])
    assert got.errors == []
    assert [s.source_id for s in got.sources][1:] == [s.source_id for s in seed_sources]
    for source in got.sources:
        assert_offsets(source, file_text(path))


def test_one_article_with_trailing_source_line_stays_one() -> None:
    path = GOOD / "one_article_with_source.txt"
    got = ingest([path])
    assert got.errors == []
    [source] = got.sources
    assert source.source_id == "one_article_with_source.txt"
    assert source.offset == 0 and source.text == file_text(path)
    assert source.title == "Floods displace thousands in the river valley"
    assert source.url == "https://www.example.com/world/floods-riverton-2023"
    assert source.outlet == "example.com"
    assert source.published is not None and source.published.isoformat() == "2023-03-03"
    advert = source.text.index("Advertisement")
    assert any(s <= advert < e for s, e in source.skip_spans)


def test_bundle_rules_fixture() -> None:
    path = GOOD / "bundle_rules.txt"
    text = file_text(path)
    got = ingest([path])
    assert got.errors == []
    assert [(s.title, s.url) for s in got.sources] == [
        ("Floods displace thousands in the river valley", "https://www.example.org/floods-1"),
        ("Army Deploys 500 Troops as Floodwaters Rise Across Three Provinces", None),
        ("Dam Breach Forces Mass Evacuation of Riverside Towns in the North", "https://news.example.net/dam-breach"),
        ("Floods displace thousands in the river valley", "https://www.example.org/floods-2"),
    ]
    ids = [s.source_id for s in got.sources]
    assert ids[0] == "bundle_rules.txt#floods-displace-thousands-in-the-river-valley"
    assert ids[3] == ids[0] + "~2"
    assert [s.outlet for s in got.sources] == ["example.org", None, "news.example.net", "example.org"]
    first = got.sources[0]
    assert "Rescue Efforts Continue" in first.text  # short subheading: no split
    assert "• 12 missing" in first.text  # subheading before bullets: no split
    assert "Share this article" not in got.sources[1].text  # furniture between articles
    for source in got.sources:
        assert_offsets(source, text)
        assert "Exit mobile version" not in source.text


def test_whole_file_is_not_a_bundle_without_source_lines() -> None:
    assert not is_bundle("Headline\n\nBody text.\n")


HEADLINES = [
    ("seed-title-case", "Azerbaijan Captures Over 60 Army Posts in Karabakh; Armenian PM Dials Blinken, Macron | Top Updates", True),
    ("title-case-plain", "Army Deploys 500 Troops as Floodwaters Rise Across Three Provinces", True),
    ("seed-subheading", "Top Updates in the ongoing Azerbaijan-Armenia conflict in Nagorno-Karabakh", False),
    ("sentence-case", "Azerbaijan expresses outrage after Russia says it violated ceasefire", False),
    ("sentence", "Officials Said That Most Of The Victims Were Civilians.", False),
    ("bullet", "• At Least Two Civilians Were Killed In The Capital", False),
    ("short", "Rescue Efforts Continue", False),
    ("junk", "Share This Article", False),
    ("source-line", "Source: https://www.example.com/A-B-C-D", False),
    ("caption-credit", "Several Hundred People Responded To A Call (AFP)", True),
]


@pytest.mark.parametrize(("line", "expected"), [h[1:] for h in HEADLINES], ids=[h[0] for h in HEADLINES])
def test_headline_like(line: str, expected: bool) -> None:
    assert is_headline_like(line) is expected


def test_body_prose_needs_length_and_a_sentence_end() -> None:
    long = "x " * 50
    assert is_body_prose([Line(0, 0, long.strip() + ".")])
    assert not is_body_prose([Line(0, 0, long.strip())])
    assert not is_body_prose([Line(0, 0, "Short.")])
