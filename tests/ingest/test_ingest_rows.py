"""JSONL and CSV rows: fields, ids, dates, junk spans, BOMs and quoted multi-line text."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from claimcheck.ingest import SourceRow

from .conftest import GOOD, ingest


def test_jsonl_rows() -> None:
    path = GOOD / "rows.jsonl"
    got = ingest([path])
    assert got.errors == []
    first, second, third = got.sources
    assert first.source_id == "rows.jsonl#k1"
    assert (first.title, first.outlet, first.url) == ("Iran lowers toll", "Xinhua", "https://www.chinadaily.com.cn/a/1")
    assert first.published == dt.date(2024, 1, 4)
    assert (first.offset, first.source_line, first.source_file) == (0, 1, str(path))
    advert = first.text.index("Advertisement")
    assert first.skip_spans == ((advert, advert + len("Advertisement")),)
    # No id: a content hash; no outlet: the URL's domain; a date in words.
    assert second.source_id.startswith("rows.jsonl#") and len(second.source_id) == len("rows.jsonl#") + 12
    assert second.outlet == "example.com"
    assert second.published == dt.date(2024, 1, 3)
    # A repeated id is kept apart; an unreadable date is None, not an error.
    assert third.source_id == "rows.jsonl#k1~2"
    assert third.published is None
    assert third.source_line == 3


def test_row_hash_ids_are_stable_across_runs_and_row_order(tmp_path) -> None:
    lines = (GOOD / "rows.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    reordered = tmp_path / "rows.jsonl"
    reordered.write_text(lines[1] + lines[0], encoding="utf-8")
    before = {s.text: s.source_id for s in ingest([GOOD / "rows.jsonl"]).sources}
    after = {s.text: s.source_id for s in ingest([reordered]).sources}
    assert all(before[text] == source_id for text, source_id in after.items())


def test_csv_with_bom_crlf_and_quoted_newlines() -> None:
    path = GOOD / "rows_bom.csv"
    got = ingest([path])
    assert got.errors == []
    first, second = got.sources
    assert first.source_id == "rows_bom.csv#c1"  # the BOM did not end up in the `id` header
    assert first.text == "Some 340 people died.\r\nHundreds are missing."
    assert (first.outlet, first.published, first.source_line) == ("bbc.co.uk", dt.date(2001, 1, 15), 2)
    assert second.text == 'Commas, "quotes" and; semicolons'
    assert (second.outlet, second.url, second.source_line) == ("AP", None, 4)


ROWS = [
    ("text-only", '{"text": "t"}', {"text": "t", "id": None}),
    ("numeric-id", '{"id": 17, "text": "t"}', {"text": "t", "id": "17"}),
    ("extra-ignored", '{"text": "t", "views": 3}', {"text": "t"}),
]


@pytest.mark.parametrize(("line", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_source_row_accepts(line: str, expected: dict) -> None:
    row = SourceRow.model_validate_json(line)
    assert {k: getattr(row, k) for k in expected} == expected


BAD_ROWS = [
    ("no-text", '{"title": "x"}'),
    ("numeric-text", '{"text": 5}'),
    ("null-text", '{"text": null}'),
    ("list-title", '{"text": "t", "title": ["a"]}'),
    ("bool-id", '{"text": "t", "id": true}'),
]


@pytest.mark.parametrize("line", [r[1] for r in BAD_ROWS], ids=[r[0] for r in BAD_ROWS])
def test_source_row_rejects(line: str) -> None:
    with pytest.raises(ValidationError):
        SourceRow.model_validate_json(line)
