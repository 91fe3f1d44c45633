"""Shared helpers of the ingest tests: where the fixtures are, and how to read everything."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import read_sources
from claimcheck.models import Source

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "fixtures" / "bad_input"
GOOD = ROOT / "fixtures" / "ingest"
SEED = ROOT / "seeds" / "000_ff300813a446f845.txt"
DEV_DOCS = ROOT.parent / "shared" / "dev" / "docs"


class Ingested(NamedTuple):
    sources: list[Source]
    errors: list[InputError]


def ingest(paths: Iterable[str | Path]) -> Ingested:
    errors: list[InputError] = []
    sources = list(read_sources(paths, errors.append))
    return Ingested(sources, errors)


def file_text(path: Path, encoding: str = "utf-8-sig") -> str:
    """The file as Python reads it, independently of ingest's own reader."""
    with open(path, encoding=encoding, newline=None) as handle:
        return handle.read()


def assert_offsets(source: Source, text: str) -> None:
    """The contract: `text` is a verbatim slice of the file text at `offset`."""
    assert text[source.offset : source.offset + len(source.text)] == source.text
    for start, end in source.skip_spans:
        assert 0 <= start < end <= len(source.text)


@pytest.fixture
def seed_sources() -> list[Source]:
    got = ingest([SEED])
    assert got.errors == []
    return got.sources
