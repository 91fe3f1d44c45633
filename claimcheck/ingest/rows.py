"""JSONL and CSV rows -> Sources, one row at a time.

A corpus export can be far larger than memory, so rows are streamed: one line (JSONL) or
one record (CSV) is parsed, turned into a Source and yielded before the next is read. A bad
row is reported with its 1-based line and skipped; the rows after it are still read. Each
row passes through `SourceRow`, the edge schema of DESIGN.md "Inputs", so a row is either a
clean Source or one clear message. An unparseable `published` is not worth dropping a row
for: it becomes None.
"""

from __future__ import annotations

import re

import json

import csv
import sys
from collections.abc import Callable, Iterator

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from claimcheck.errors import InputError
from claimcheck.ingest.dates import parse_published
from claimcheck.ingest.decode import describe_os_error, detect_encoding
from claimcheck.ingest.ids import IdAllocator, content_hash
from claimcheck.ingest.junk import junk_spans
from claimcheck.ingest.outlet import domain_of
from claimcheck.ingest.walk import InputFile
from claimcheck.models import Source

COLUMNS = ("id", "title", "outlet", "url", "published", "text")
DELIMITERS = ",;\t"
SNIFF_CHARS = 64 * 1024


class SourceRow(BaseModel):
    """One input row. Unknown columns are ignored; only `text` is required."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    """The row's own key; numbers are accepted ("id": 17) because exports write them so."""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    """Kept as written; parsed to a date by `parse_published`."""
    text: str
    """The article text; offsets of claims are into it."""

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


OnError = Callable[[InputError], None]


def read_jsonl(item: InputFile, on_error: OnError) -> Iterator[Source]:
    """Sources of a JSONL file: one JSON object a line; blank lines are allowed."""
    encoding = detect_encoding(item.path, item.shown)
    ids = IdAllocator(item.key)
    try:
        with open(item.path, encoding=encoding, newline=None) as handle:
            good_rows = 0
            # JSONL that is not articles at all (a gold file, a claims dump) gets one line,
            # not one complaint per row: hold back text-less leading rows until a good row
            # shows the file is articles after all.
            held: list[InputError] = []
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = SourceRow.model_validate_json(line)
                except ValidationError as exc:
                    error = InputError(item.shown, _row_problem(exc), line=number)
                    if good_rows == 0 and _lacks_text(line):
                        held.append(error)
                        if len(held) >= _NOT_ARTICLES_AFTER:
                            raise InputError(
                                item.shown,
                                "no `text` field in its first rows: not an article file, skipped",
                                line=held[0].line,
                            ) from None
                        continue
                    on_error(error)
                    continue
                good_rows += 1
                for error in held:
                    on_error(error)
                held.clear()
                source = _source_of(row, item, number, ids, on_error)
                if source is not None:
                    yield source
            for error in held:
                on_error(error)
    except (OSError, UnicodeError) as exc:
        raise InputError(item.shown, describe_os_error(exc)) from exc


_NOT_ARTICLES_AFTER = 3


def _lacks_text(line: str) -> bool:
    """A JSON object row with no `text` key at all (not a row whose text is merely bad)."""
    try:
        value = json.loads(line)
    except ValueError:
        return False
    return isinstance(value, dict) and "text" not in value


def read_csv(item: InputFile, on_error: OnError) -> Iterator[Source]:
    """Sources of a CSV file with a header row; the delimiter (, ; tab) is sniffed."""
    encoding = detect_encoding(item.path, item.shown)
    _allow_large_fields()
    ids = IdAllocator(item.key)
    reader = None
    try:
        with open(item.path, encoding=encoding, newline="") as handle:
            dialect = _sniff(handle.read(SNIFF_CHARS))
            handle.seek(0)
            reader = csv.reader(handle, dialect)
            columns = [c.strip().lower() for c in next(reader, None) or []]
            if "text" not in columns:
                raise InputError(item.shown, "CSV header has no `text` column, skipped", line=1)
            first_line = reader.line_num + 1
            for record in reader:
                number, first_line = first_line, reader.line_num + 1
                if not record or not any(cell.strip() for cell in record):
                    continue
                if len(record) != len(columns):
                    on_error(InputError(
                        item.shown,
                        f"ragged row: {len(record)} fields where the header has {len(columns)}",
                        line=number,
                    ))
                    continue
                values = {c: v for c, v in zip(columns, record, strict=True) if c in COLUMNS and v != ""}
                try:
                    row = SourceRow.model_validate(values)
                except ValidationError as exc:
                    on_error(InputError(item.shown, _row_problem(exc), line=number))
                    continue
                source = _source_of(row, item, number, ids, on_error)
                if source is not None:
                    yield source
    except csv.Error as exc:
        line = reader.line_num if reader is not None else None
        raise InputError(item.shown, f"malformed CSV ({exc}), rest of file skipped", line=line) from exc
    except (OSError, UnicodeError) as exc:
        raise InputError(item.shown, describe_os_error(exc)) from exc


def _source_of(row: SourceRow, item: InputFile, line: int, ids: IdAllocator,
               on_error: OnError) -> Source | None:
    if not row.text.strip():
        on_error(InputError(item.shown, "row has empty `text`, skipped", line=line))
        return None
    title = _clean(row.title)
    url = _clean(row.url)
    row_id = _clean(row.id)
    key = row_id if row_id is not None else content_hash(title, url, row.text[:200])
    return Source(
        source_id=ids.allocate(key),
        title=title,
        outlet=_clean(row.outlet) or (domain_of(url) if url else None),
        url=url,
        published=parse_published(row.published),
        source_file=item.shown,
        source_line=line,
        offset=0,
        text=row.text,
        skip_spans=tuple(junk_spans(row.text)),
    )


def _row_problem(exc: ValidationError) -> str:
    """The first problem of a row, in words rather than pydantic's error dump."""
    error = exc.errors()[0]
    kind, loc = error["type"], error.get("loc", ())
    field = str(loc[0]) if loc else None
    if kind == "json_invalid":
        return f"malformed JSON ({_json_reason(error.get('ctx', {}).get('error', error['msg']))}), row skipped"
    if kind == "model_type" or kind == "model_attributes_type":
        return "row is not a JSON object, skipped"
    if kind == "missing" and field == "text":
        return "row has no `text`, skipped"
    if field is not None:
        return f"`{field}` is not a string, row skipped"
    return f"invalid row ({error['msg']}), skipped"


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _sniff(sample: str) -> type[csv.Dialect]:
    """The dialect of a sample, trusted only if its header then has a `text` column.

    csv.Sniffer guesses from character counts, and long quoted article text full of commas
    and semicolons can mislead it; the header row cannot, so it has the last word.
    """
    cut = sample.rfind("\n")
    sample = sample[: cut + 1] if cut > 0 else sample  # whole records only
    candidates: list[type[csv.Dialect]] = []
    try:
        candidates.append(csv.Sniffer().sniff(sample, delimiters=DELIMITERS))
    except csv.Error:
        pass
    for delimiter in DELIMITERS:
        candidates.append(type("Sniffed", (csv.excel,), {"delimiter": delimiter}))
    for dialect in candidates:
        header = next(csv.reader(sample.splitlines(), dialect), [])
        if "text" in (c.strip().lower() for c in header):
            return dialect
    return candidates[0]


def _allow_large_fields() -> None:
    """Articles are long; the csv default (128 KiB) would reject a long text field."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # C long is 32 bits on some platforms
            limit //= 2


_JSON_WHERE = re.compile(r" at line (\d+) column (\d+)$")


def _json_reason(reason: str) -> str:
    """The parser's reason with its place in the row: "at line 1 column 2" is the row's own
    first line, not the file's, so it says "at column 2" (and a row cut short "at the end of
    the row"); the file's line is already in the message's PATH:LINE."""
    where = _JSON_WHERE.search(reason)
    if where is None:
        return reason
    place = f"at column {where.group(2)}" if where.group(1) == "1" else "at the end of the row"
    return reason[: where.start()] + " " + place

