"""Ingest: files and folders -> `Source` models, the first stage of the pipeline.

Everything downstream points into `Source.text` by offset, so this stage never cleans text:
it decodes it by one fixed rule (decode.py), cuts articles out as verbatim slices
(bundle.py), reads their headers (article.py), and marks page junk (junk.py). Bad input is
reported, never raised: each problem reaches `on_error` once as an InputError naming the
file (and line, for rows), and the rest of the input is still read.

Modules, one job each: walk (paths -> files), decode (bytes -> text), lines (text -> lines
with offsets), bundle (a text -> article spans), article (an article's headline, date,
outlet), dates (date lines), outlet (who published it), junk (the page-junk table), rows
(JSONL/CSV), textfile (a text file -> Sources), ids (stable source ids).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from claimcheck.errors import InputError
from claimcheck.ingest.decode import read_text
from claimcheck.ingest.rows import SourceRow, read_csv, read_jsonl
from claimcheck.ingest.textfile import read_text_file
from claimcheck.ingest.walk import InputFile, iter_input_files
from claimcheck.models import Source

__all__ = ["SourceRow", "read_sources", "read_text"]


def read_sources(
    paths: Iterable[str | Path], on_error: Callable[[InputError], None]
) -> Iterator[Source]:
    """Yield Sources from files/folders in a stable order (folders walked recursively, sorted);
    every problem is reported once through on_error and the rest of the input is still read.

    A generator, so a large JSONL/CSV is never held in memory whole.
    """
    for item in iter_input_files(paths, on_error):
        try:
            yield from _read_file(item, on_error)
        except InputError as err:
            on_error(err)


def _read_file(item: InputFile, on_error: Callable[[InputError], None]) -> Iterator[Source]:
    if item.kind == "jsonl":
        return read_jsonl(item, on_error)
    if item.kind == "csv":
        return read_csv(item, on_error)
    return read_text_file(item)
