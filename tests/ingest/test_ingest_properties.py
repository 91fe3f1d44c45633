"""Property: whatever text is in a file, every Source is a verbatim slice of it, skip spans
lie inside the Source, ids are unique, and problems only ever reach on_error."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimcheck.errors import InputError
from claimcheck.ingest import read_sources
from claimcheck.ingest.decode import _bomless_utf16

from .conftest import assert_offsets, file_text

SNIPPETS = [
    "Azerbaijan Captures Over 60 Army Posts in Karabakh; Armenian PM Dials Blinken",
    "Army Deploys 500 Troops as Floodwaters Rise Across Three Provinces",
    "Officials said at least 200 people were killed and more than 400 others were wounded in the fighting.",
    "Source: https://www.example.com/a/1",
    "  source:   http://news.example.org/x?y=1  ",
    "Exit mobile version",
    "Advertisement",
    "(photo credit: REUTERS)",
    "• 12 missing",
    "January 14, 2001",
    "Xinhua | Updated: 2024-01-04 21:39",
    "SAN SALVADOR, El Salvador (AP) - A quake struck.",
    "# A markdown headline",
    "",
    " ",
    "\u00a0",
]
NEWLINES = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"])
LINES = st.one_of(
    st.sampled_from(SNIPPETS),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=60),
)


@st.composite
def documents(draw) -> str:
    lines = draw(st.lists(LINES, max_size=25))
    parts = []
    for line in lines:
        parts.append(line)
        parts.append(draw(NEWLINES))
    return "".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents(), bom=st.booleans())
def test_sources_are_verbatim_slices_of_any_text(document: str, bom: bool) -> None:
    data = (b"\xef\xbb\xbf" if bom else b"") + document.encode("utf-8")
    # NULs in every other byte make a real UTF-16 file without a BOM: that is read as one
    # (tested in test_ingest_bad_input), not as text with NULs
    assume(bom or _bomless_utf16(data[:65536]) is None)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.txt"
        path.write_bytes(data)
        errors: list[InputError] = []
        sources = list(read_sources([path], errors.append))  # nothing may escape
        assert all(isinstance(e, InputError) and e.path == str(path) for e in errors)
        assert len(errors) <= 1
        if "\x00" in document or not document.strip():
            assert errors and not sources
            return
        text = file_text(path)
        for source in sources:
            assert_offsets(source, text)
            assert source.text.strip()
            assert source.title is None or source.title == source.title.strip() != ""
        assert len({s.source_id for s in sources}) == len(sources)
        offsets = [s.offset for s in sources]
        assert offsets == sorted(offsets)
        for before, after in zip(sources, sources[1:]):
            assert before.offset + len(before.text) <= after.offset  # articles never overlap


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.one_of(st.text(max_size=40), st.sampled_from(['{"text": "x"}', '{"id": 1, "text": "y"}', "[]", "{"])), max_size=10))
def test_jsonl_rows_never_raise(rows: list[str]) -> None:
    body = "\n".join(r.replace("\n", " ").replace("\r", " ") for r in rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.jsonl"
        path.write_text(body, encoding="utf-8", errors="surrogatepass")
        errors: list[InputError] = []
        sources = list(read_sources([path], errors.append))
        assert all(e.path == str(path) for e in errors)
        assert all(s.source_line is not None and s.offset == 0 for s in sources)


@settings(max_examples=300, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(st.characters(max_codepoint=255), max_size=200).map(lambda t: t.encode("latin-1")),
        st.text(max_size=100).map(lambda t: t.encode("utf-16", "surrogatepass")),
    ),
    suffix=st.sampled_from([".txt", ".md", ".jsonl", ".csv", ".dat"]),
)
def test_any_bytes_in_any_kind_of_file_never_raise(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        errors: list[InputError] = []
        sources = list(read_sources([path], errors.append))
        assert all(e.path == str(path) for e in errors)
        if suffix in (".txt", ".md", ".dat"):
            assert len(errors) + len(sources) >= 1  # a file is read or reported, never lost
