"""Fuzzing: real article text, mutated the way scraped text goes wrong, through every stage.

Each example starts from paragraphs of the seed article and applies a few mutations: inserted
or deleted characters, non-ASCII digits, markup, control characters, huge or malformed numbers
("99999999999999999999", "1,2,3,4", "1.2.3", "--5"). The text then goes

- to `extract_claims` directly,
- to ingest, written to a file in one of several encodings, then extracted,
- with a few more such articles, to the full `analyse` (cluster and compare).

Crashes it found are fixed; their reproductions live in test_fixed_bugs.py.

Invariants: no exception escapes (problems with a file reach on_error as InputError), every
claim's span lies inside its text and `text[start:end] == mention` (in the file as ingest
decodes it, for files), `value_low <= value_high` when both are set, no negative count, and
every cluster has a valid status, low <= high, and only known claims.

tests/ingest/test_ingest_properties.py covers arbitrary bytes through ingest alone; this file
is about text that is almost an article, end to end.
"""

from __future__ import annotations

import codecs
import math
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.errors import InputError
from claimcheck.extract.claims import extract_claims
from claimcheck.ingest import read_sources, read_text
from claimcheck.models import Claim, ClusterStatus, Source
from claimcheck.pipeline import analyse

from .conftest import SEED

PARAGRAPHS = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
WITH_FIGURES = [p for p in PARAGRAPHS if any(ch.isdigit() for ch in p)] or PARAGRAPHS

INSERTS = [
    # numbers that are too big, malformed, signed, or written in other scripts
    "99999999999999999999", "9" * 60, "1" * 400, "1,2,3,4", "1.2.3", "--5", "-5", "+5", "1e308", "0",
    "0.0000001", "1,000,000,000,000,000,000,000", "٣٤", "३००", "５０", "𝟙𝟚", "½", "1½", "Ⅻ",
    "twenty-twenty-twenty", "a dozen dozen", "between 5 and", "at least", "more than more than",
    # markup and escapes
    "[bold red]", "[/]", "[link=http://evil.example]", "\x1b[31m", "\x1b[0m", "\x1b]0;t\x07",
    "=HYPERLINK(\"x\")", "@", "\t",
    # controls, separators and invisible characters
    "\x07", "\x08", "\x0b", "\x0c", "\x7f", "\x85", "\u2028", "\u2029", "\u200b", "\u200d",
    "\ufeff", "\u00ad", "\u202e", "\r", "\n", "\n\n", " ", "\u00a0", ".", ",", ";", "\"", "’",
]
# Crashes this fuzzing found (a number past float range, a bracket in a URL) are fixed and
# kept as regression tests in test_fixed_bugs.py; no input is discarded any more.
FILE_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]
STATUSES = set(ClusterStatus)


@st.composite
def mutated_text(draw, max_mutations: int = 6) -> str:
    start = draw(st.integers(0, len(WITH_FIGURES) - 1))
    count = draw(st.integers(1, 3))
    text = "\n\n".join(WITH_FIGURES[start : start + count])
    for _ in range(draw(st.integers(0, max_mutations))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "insert", "delete", "replace-digit", "random"]))
        if kind == "insert":
            text = text[:at] + draw(st.sampled_from(INSERTS)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
        elif kind == "replace-digit":
            digits = [i for i, ch in enumerate(text) if ch.isdigit()]
            if digits:
                i = draw(st.sampled_from(digits))
                text = text[:i] + draw(st.sampled_from(["٧", "७", "７", "𝟕", "⁷", "₇", "x", ""])) + text[i + 1 :]
        else:
            chars = st.characters(blacklist_categories=("Cs",))
            text = text[:at] + draw(st.text(chars, max_size=8)) + text[at:]
    return text


def assert_claims_valid(claims: list[Claim], text: str, offset: int = 0) -> None:
    """`text` is what the claims' offsets point into, starting at `offset`."""
    for c in claims:
        start, end = c.start - offset, c.end - offset
        assert 0 <= start < end <= len(text), (c.start, c.end, len(text))
        assert text[start:end] == c.mention, (text[start:end], c.mention)
        for value in (c.value_low, c.value_high):
            assert value is None or (math.isfinite(value) and value >= 0), c
        if c.value_low is not None and c.value_high is not None:
            assert c.value_low <= c.value_high, c
    assert len({c.claim_id for c in claims}) == len(claims)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutated_text())
def test_extract_claims_on_mutated_text(text: str) -> None:
    source = Source(source_id="fuzz#1", source_file="fuzz.txt", text=text)
    claims = extract_claims(source)
    assert_claims_valid(claims, text)


def _encode(text: str, encoding: str) -> bytes | None:
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutated_text(), encoding=st.sampled_from(FILE_ENCODINGS), crlf=st.booleans())
def test_ingest_then_extract_on_mutated_files(text: str, encoding: str, crlf: bool) -> None:
    if crlf:
        text = text.replace("\n", "\r\n")
    data = _encode(text, encoding)
    if data is None:
        data = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(data)
        errors: list[InputError] = []
        sources = list(read_sources([path], errors.append))
        assert all(isinstance(e, InputError) and e.path == str(path) for e in errors)
        if not sources:
            assert errors
            return
        file_text = read_text(path)
        for source in sources:
            assert file_text[source.offset : source.offset + len(source.text)] == source.text
            claims = extract_claims(source)
            # Claim offsets are into the file as ingest decodes it.
            assert_claims_valid(claims, file_text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(mutated_text(max_mutations=3), min_size=1, max_size=4),
       titles=st.lists(st.sampled_from(["Toll rises", "[b]Toll[/b]", "=1+1", "", "\x1b[1mX"]), min_size=4, max_size=4))
def test_full_analysis_on_mutated_articles(texts: list[str], titles: list[str]) -> None:
    sources = [
        Source(source_id=f"fuzz#{i}", title=titles[i] or None, outlet=f"outlet{i % 2}",
               source_file=f"fuzz{i}.txt", text=text)
        for i, text in enumerate(texts)
    ]
    analysis = analyse(sources)
    claims = {c.claim_id: c for c in analysis.claims}
    by_source = {s.source_id: s for s in analysis.sources}
    for c in analysis.claims:
        assert_claims_valid([c], by_source[c.source_id].text)
    clustered: list[str] = []
    for cluster in analysis.clusters:
        assert cluster.status in STATUSES
        assert cluster.claim_ids and set(cluster.claim_ids) <= claims.keys()
        assert 0 <= cluster.disagreement <= 1 and cluster.origins >= 1
        if cluster.low is not None and cluster.high is not None:
            assert cluster.low <= cluster.high, cluster
        clustered += cluster.claim_ids
    assert sorted(clustered) == sorted(claims), "every claim is in exactly one cluster"


FIELD_VALUES = st.one_of(
    st.sampled_from([
        "../../etc/passwd", "$(rm -rf /)", "; touch /tmp/pwned", "=1+1", "http://", "https://",
        "http://:80", "http://user@/x", "//example.org", "mailto:x@y", "file:///etc/passwd",
        "http://ex ample.org", "http://例え.jp/x", "http://xn--/", "9999-99-99", "0000-00-00",
        "January 32, 2001", "yesterday", "\x1b[31m", "[bold]x[/]", "",
    ]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.fixed_dictionaries({
    "id": FIELD_VALUES, "title": FIELD_VALUES, "outlet": FIELD_VALUES, "url": FIELD_VALUES,
    "published": FIELD_VALUES, "text": mutated_text(max_mutations=2),
}), min_size=1, max_size=3), kind=st.sampled_from(["jsonl", "csv"]))
def test_hostile_row_fields_never_escape(rows: list[dict[str, str]], kind: str) -> None:
    """Any id, title, outlet, url or date in a JSONL/CSV row: read, extracted, analysed."""
    import csv
    import json

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"rows.{kind}"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            if kind == "jsonl":
                handle.writelines(json.dumps(r) + "\n" for r in rows)
            else:
                writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
        errors: list[InputError] = []
        analysis = analyse(read_sources([path], errors.append))
        assert all(isinstance(e, InputError) for e in errors)
        texts = {s.source_id: s.text for s in analysis.sources}
        for c in analysis.claims:
            assert_claims_valid([c], texts[c.source_id])
