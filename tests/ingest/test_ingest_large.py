"""Big inputs: a 50 MB article and a 50 MB JSONL are read without several copies in memory,
and a 1 MB single line is read whole."""

from __future__ import annotations

import gc
import json
import tracemalloc
from pathlib import Path

from claimcheck.ingest import read_sources
from claimcheck.ingest.article import read_header

from .conftest import assert_offsets, file_text, ingest

MB = 1 << 20
PARAGRAPH = (
    "Rescue workers said at least 14 people were killed and 30 injured in the blast, "
    "and the toll could rise as the search went on through the night.\n\n"
)


def _peak_while(run) -> tuple[object, int]:
    gc.collect()
    tracemalloc.start()
    try:
        result = run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def test_50_mb_article_is_read_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    head = "A very long article\n\nJanuary 14, 2001\n\n"
    body = PARAGRAPH * (50 * MB // len(PARAGRAPH))
    path.write_text(head + body + "\u201cThe end.\u201d\r\n", encoding="utf-8", newline="")
    size = path.stat().st_size
    assert size >= 50 * MB
    del body

    errors: list = []
    sources, peak = _peak_while(lambda: list(read_sources([path], errors.append)))
    assert errors == []
    [source] = sources
    assert source.title == "A very long article"
    assert source.published is not None
    assert source.text.endswith("\u201cThe end.\u201d\n")
    assert peak < 6 * size, f"peak {peak / MB:.0f} MiB for a {size / MB:.0f} MiB file"
    assert_offsets(source, file_text(path))


def test_50_mb_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    row_text = PARAGRAPH * 20
    with path.open("w", encoding="utf-8") as handle:
        written = 0
        n = 0
        while written < 50 * MB:
            line = json.dumps({"id": f"r{n}", "text": row_text}) + "\n"
            handle.write(line)
            written += len(line)
            n += 1
    size = path.stat().st_size

    def count_rows() -> int:
        errors: list = []
        total = sum(1 for _ in read_sources([path], errors.append))
        assert errors == []
        return total

    rows, peak = _peak_while(count_rows)
    assert rows == n
    # Streaming: memory stays far below the file size (ids of rows seen are kept, nothing else).
    assert peak < size / 5, f"peak {peak / MB:.0f} MiB for a {size / MB:.0f} MiB file"


def test_1_mb_single_line_text_file(tmp_path: Path) -> None:
    path = tmp_path / "one_line.txt"
    line = ("word " * (MB // 5)).strip()
    path.write_text("Headline of a long one\n" + line + "\n", encoding="utf-8")
    got = ingest([path])
    assert got.errors == []
    [source] = got.sources
    assert len(source.text) > MB
    assert_offsets(source, file_text(path))


def test_1_mb_single_line_jsonl_and_csv(tmp_path: Path) -> None:
    text = "x" * MB
    jsonl = tmp_path / "big.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    csv_path = tmp_path / "big.csv"
    csv_path.write_text(f"id,text\nb,{text}\n", encoding="utf-8")
    got = ingest([jsonl, csv_path])
    assert got.errors == []
    assert [(s.source_id, len(s.text)) for s in got.sources] == [("big.jsonl#a", MB), ("big.csv#b", MB)]


def test_header_of_an_article_without_date_lines_never_calls_dateparser(monkeypatch) -> None:
    """dateparser costs milliseconds a call; an article with no candidate date line must not
    reach it. (Timing it here would flake; benchmarks/bench_pipeline.py times ingest.)"""
    from claimcheck.ingest import dates

    def no_dateparser(text):
        raise AssertionError(f"dateparser called on {text!r}")

    monkeypatch.setattr(dates, "_dateparser_cached", no_dateparser)
    text = (
        "Pentagon could send thousands more troops to Mexico border\n\n"
        + "The Pentagon may send thousands more troops to the US-Mexico border, a US official said.\n\n" * 40
    )
    header = read_header(text)
    assert header.published is None
