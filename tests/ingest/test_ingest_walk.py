"""Paths -> files: stable order, ids from names, each file once."""

from __future__ import annotations

from .conftest import BAD, GOOD, ingest


def test_ids_do_not_depend_on_the_working_folder(monkeypatch) -> None:
    absolute = ingest([GOOD / "one_article_with_source.txt"]).sources
    monkeypatch.chdir(GOOD)
    relative = ingest(["one_article_with_source.txt"]).sources
    assert [s.source_id for s in absolute] == [s.source_id for s in relative]
    assert relative[0].source_file == "one_article_with_source.txt"  # the path as given


def test_a_file_given_twice_is_read_once() -> None:
    path = GOOD / "one_article_with_source.txt"
    got = ingest([path, GOOD, str(path)])
    assert sum(1 for s in got.sources if s.title == "Floods displace thousands in the river valley"
               and s.url and "riverton" in s.url) == 1


def test_walk_order_is_sorted_and_repeatable() -> None:
    first = [s.source_id for s in ingest([BAD / "tree", GOOD]).sources]
    second = [s.source_id for s in ingest([BAD / "tree", GOOD]).sources]
    assert first == second
    good_part = [i for i in first if i.startswith(("bundle_rules", "one_article", "rows"))]
    assert good_part[0].startswith("bundle_rules.txt#") and good_part[-1].startswith("rows_bom.csv#")


def test_read_sources_is_lazy() -> None:
    from claimcheck.ingest import read_sources

    errors: list = []
    stream = read_sources([BAD / "no_such.txt", GOOD], errors.append)
    assert errors == []  # nothing happens before the first item is asked for
    next(stream)
    assert len(errors) == 1
