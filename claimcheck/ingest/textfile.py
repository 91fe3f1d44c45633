"""A text file (.txt, .md, or any file named explicitly) -> its articles as Sources.

A file is one article unless it is a bundle (bundle.py). A one-article file's Source is the
whole text at offset 0 -- the same string object, so a 50 MB article is not copied. A bundle
article is the slice from its headline to its last line of prose (its Source trailer
included), at that slice's offset.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.errors import InputError
from claimcheck.ingest.article import read_header
from claimcheck.ingest.bundle import Span, has_prose, is_bundle, split_bundle
from claimcheck.ingest.decode import read_text
from claimcheck.ingest.ids import IdAllocator, slugify
from claimcheck.ingest.junk import junk_spans
from claimcheck.ingest.outlet import SOURCE_LINE
from claimcheck.ingest.walk import InputFile
from claimcheck.models import Source

NO_PROSE = "no article text (only page furniture), skipped"


def read_text_file(item: InputFile) -> Iterator[Source]:
    """The articles of one text file; InputError when it has none."""
    text = read_text(item.path, item.shown)
    if is_bundle(text):
        spans = split_bundle(text)
        if not spans:
            raise InputError(item.shown, NO_PROSE)
        ids = IdAllocator(item.key)
        for span in spans:
            yield _source(text, span, item, ids, in_bundle=True)
        return
    if not has_prose(text):
        raise InputError(item.shown, NO_PROSE)
    yield _source(text, Span(0, len(text)), item, IdAllocator(item.key), in_bundle=False)


def _source(text: str, span: Span, item: InputFile, ids: IdAllocator, in_bundle: bool) -> Source:
    header = read_header(text, span.start, span.end)
    body = text if span == (0, len(text)) else text[span.start : span.end]
    return Source(
        source_id=ids.allocate(slugify(header.title) if in_bundle else None),
        title=header.title,
        outlet=header.outlet,
        url=header.url,
        published=header.published,
        dateline_day=header.dateline_day,
        source_file=item.shown,
        offset=span.start,
        text=body,
        skip_spans=_skip_spans(text, span),
    )


def _skip_spans(text: str, span: Span) -> tuple[tuple[int, int], ...]:
    """Junk lines, and Source trailers (a URL is not prose, and its digits are no figure)."""
    spans = junk_spans(text, span.start, span.end)
    spans += [
        (m.start("line") - span.start, m.end("line") - span.start)
        for m in SOURCE_LINE.finditer(text, span.start, span.end)
    ]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)
