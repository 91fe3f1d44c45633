"""The input cut into partitions that are read and extracted on their own, and reading one.

A partition is a run of consecutive pieces: whole input files, or line ranges of a JSONL file
too large for one partition. Reading the pieces of every partition in order gives the same
Sources, in the same order, with the same input errors, as `read_sources` over the paths:

* a whole file is read by the same function `read_sources` uses for its kind;
* a line range is read by `read_jsonl` itself, from a copy of its bytes behind as many blank
  lines as precede it in the file (blank lines are skipped but counted, so every row keeps
  its line number and message). Only UTF-8 files whose lines all end in LF or CRLF are cut,
  so the cut is at a line end whatever the decoder does;
* what a range cannot know is the rest of its file: row ids are made unique per file, and a
  file of non-articles is recognised by its first rows. So when ranges of one file give the
  same source id twice, or a later range gives up on the file as a whole, the caller reads
  that file again in one piece (`needs_whole_read`) - rare, and exact.

No Dask here: the Dask engine ships these pieces to workers and back.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from claimcheck.cluster import SourceFeatures
from claimcheck.errors import InputError
from claimcheck.ingest.decode import describe_os_error, detect_encoding
from claimcheck.ingest.rows import read_csv, read_jsonl
from claimcheck.ingest.textfile import read_text_file
from claimcheck.ingest.walk import InputFile, iter_input_files
from claimcheck.models import Claim, Source

# The pipeline's own per-source step (claims + story features), so both engines share it.
from claimcheck.pipeline import _extract_batch

OnError = Callable[[InputError], None]
ErrorRecord = tuple[str, str, "int | None"]  # InputError does not pickle; its parts do
_SPLIT_ENCODINGS = frozenset({"utf-8", "utf-8-sig"})
_SCAN_BLOCK = 8 << 20


class WholeFile(NamedTuple):
    item: InputFile


class RowRange(NamedTuple):
    """Bytes [start, end) of a JSONL file, starting at a line start; `index` 0 is the first."""

    item: InputFile
    start: int
    end: int
    first_line: int
    index: int


class Failed(NamedTuple):
    """A file that failed while the partitions were planned; reported in its place."""

    error: ErrorRecord


Piece = WholeFile | RowRange | Failed


@dataclass
class PieceResult:
    """What reading and extracting one piece gave."""

    piece: Piece
    sources: list[Source] = field(default_factory=list)
    claims: list[list[Claim]] = field(default_factory=list)  # per source
    features: list[SourceFeatures] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)  # row errors, in order
    failure: ErrorRecord | None = None  # the error that ended the piece's file, if any


def to_record(err: InputError) -> ErrorRecord:
    return (err.path, err.reason, err.line)


def to_error(record: ErrorRecord) -> InputError:
    return InputError(*record)


# ---- planning (driver) ---------------------------------------------------------------------


def plan_partitions(paths: Iterable[str | Path], *, target_bytes: int) -> list[list[Piece]]:
    """The input files under `paths`, cut into partitions of about `target_bytes` each.

    A problem met while listing (a folder that cannot be listed, a broken link) becomes a
    `Failed` piece where it was met, so it is reported in the order `read_sources` reports it.
    """
    target_bytes = max(1, target_bytes)
    pieces: list[tuple[Piece, int]] = []

    def listing_error(err: InputError) -> None:
        pieces.append((Failed(to_record(err)), 0))

    for item in iter_input_files(paths, listing_error):
        try:
            size = os.stat(item.path).st_size
        except OSError:
            size = 0  # reading it will say what is wrong
        if item.kind == "jsonl" and size > target_bytes:
            pieces.extend(_cut_jsonl(item, size, target_bytes))
        else:
            pieces.append((WholeFile(item), size))
    partitions: list[list[Piece]] = []
    current: list[Piece] = []
    filled = 0
    for piece, size in pieces:
        if current and filled + size > target_bytes:
            partitions.append(current)
            current, filled = [], 0
        current.append(piece)
        filled += size
    if current:
        partitions.append(current)
    return partitions


def _cut_jsonl(item: InputFile, size: int, target: int) -> list[tuple[Piece, int]]:
    try:
        encoding = detect_encoding(item.path, item.shown)
    except InputError as err:
        return [(Failed(to_record(err)), 0)]
    if encoding not in _SPLIT_ENCODINGS:
        return [(WholeFile(item), size)]
    try:
        cuts = _line_cuts(item.path, target)
    except OSError:
        return [(WholeFile(item), size)]
    if cuts is None:
        return [(WholeFile(item), size)]
    bounds = [*cuts, (size, 0)]
    return [
        (RowRange(item, start, end, first_line, i), end - start)
        for i, ((start, first_line), (end, _)) in enumerate(zip(bounds, bounds[1:]))
        if end > start
    ]


def _line_cuts(path: Path, target: int) -> list[tuple[int, int]] | None:
    """[(byte offset, line number)] of range starts about `target` bytes apart, each just
    after a LF; None when the file has a lone CR (a line end that a byte cut cannot see)."""
    cuts = [(0, 1)]
    next_cut = target
    pos = newlines = lone_cr = 0
    last = b""
    with open(path, "rb") as fh:
        while block := fh.read(_SCAN_BLOCK):
            lone_cr += block.count(b"\r") - block.count(b"\r\n")
            if last == b"\r" and block[:1] == b"\n":
                lone_cr -= 1
            while next_cut < pos + len(block):
                i = block.find(b"\n", max(0, next_cut - pos))
                if i < 0:
                    next_cut = pos + len(block)  # look on in the next block
                    break
                cut = pos + i + 1
                cuts.append((cut, newlines + block.count(b"\n", 0, i + 1) + 1))
                next_cut = cut + target
            newlines += block.count(b"\n")
            pos += len(block)
            last = block[-1:]
    return None if lone_cr > 0 else cuts


# ---- reading one partition (worker) --------------------------------------------------------


def run_partition(partition: Sequence[Piece], keep_text: bool = False) -> list[PieceResult]:
    """Read and extract every piece of a partition, in order."""
    return [run_piece(piece, keep_text) for piece in partition]


def run_piece(piece: Piece, keep_text: bool = False) -> PieceResult:
    result = PieceResult(piece)
    if isinstance(piece, Failed):
        result.failure = piece.error
        return result
    try:
        for source in _read_piece(piece, lambda e: result.errors.append(to_record(e))):
            result.sources.append(source)
    except InputError as err:  # the rows before it stand, as in read_sources
        result.failure = to_record(err)
    sources = result.sources
    for source, (claims, feats) in zip(sources, _extract_batch(sources), strict=True):
        result.claims.append(claims)
        result.features.append(feats)
    if not keep_text:
        result.sources = [s.model_copy(update={"text": ""}) for s in sources]
    return result


def _read_piece(piece: WholeFile | RowRange, on_error: OnError) -> Iterator[Source]:
    if isinstance(piece, WholeFile):
        return read_whole(piece.item, on_error)
    return _read_range(piece, on_error)


def read_whole(item: InputFile, on_error: OnError) -> Iterator[Source]:
    """One input file, read as `read_sources` reads it (errors in the file are raised)."""
    if item.kind == "jsonl":
        return read_jsonl(item, on_error)
    if item.kind == "csv":
        return read_csv(item, on_error)
    return read_text_file(item)


def _read_range(r: RowRange, on_error: OnError) -> Iterator[Source]:
    try:
        with open(r.item.path, "rb") as fh:
            fh.seek(r.start)
            data = fh.read(r.end - r.start)
    except OSError as exc:
        raise InputError(r.item.shown, describe_os_error(exc)) from exc
    with tempfile.TemporaryDirectory(prefix="claimcheck-range-") as tmp:
        copy = Path(tmp) / "rows.jsonl"
        with open(copy, "wb") as out:
            out.write(b"\n" * (r.first_line - 1))
            out.write(data)
        del data
        view = InputFile(copy, r.item.shown, r.item.key, "jsonl")
        yield from read_jsonl(view, on_error)


def needs_whole_read(results: Sequence[PieceResult]) -> bool:
    """Whether the ranges of one file must be replaced by a read of the whole file: they
    repeat a source id (ids are unique per file), or a later range ended the file."""
    seen: set[str] = set()
    for res in results:
        assert isinstance(res.piece, RowRange)
        if res.failure is not None and res.piece.index > 0:
            return True
        for s in res.sources:
            if s.source_id in seen:
                return True
            seen.add(s.source_id)
    return False


# ---- gathering (driver) --------------------------------------------------------------------


class Gatherer:
    """Takes piece results in input order and keeps what `read_sources` + extraction would
    have given: sources, claims, story features; input errors go to `on_error` in order.

    The ranges of one JSONL file are held until the last one arrives, then checked together
    (`needs_whole_read`); everything else is taken as it comes.
    """

    def __init__(self, on_error: OnError, *, keep_text: bool = False) -> None:
        self.on_error = on_error
        self.keep_text = keep_text
        self.sources: list[Source] = []
        self.claims: list[Claim] = []
        self.features: list[SourceFeatures] = []
        self._ranges: list[PieceResult] = []

    def add(self, res: PieceResult) -> None:
        piece = res.piece
        if self._ranges:
            first = self._ranges[0].piece
            if not (isinstance(piece, RowRange) and piece.item == first.item
                    and piece.index == len(self._ranges)):
                self._take_ranges()
        if isinstance(piece, RowRange):
            self._ranges.append(res)
        else:
            self._take(res)

    def finish(self) -> Gatherer:
        if self._ranges:
            self._take_ranges()
        return self

    def _take_ranges(self) -> None:
        ranges, self._ranges = self._ranges, []
        if needs_whole_read(ranges):
            self._take(read_here(ranges[0].piece.item, self.keep_text))
            return
        for res in ranges:
            self._take(res)
            if res.failure is not None:
                break  # the file ended there, as in read_sources

    def _take(self, res: PieceResult) -> None:
        for err in res.errors:
            self.on_error(to_error(err))
        self.sources.extend(res.sources)
        for claims in res.claims:
            self.claims.extend(claims)
        self.features.extend(res.features)
        if res.failure is not None:
            self.on_error(to_error(res.failure))


def read_here(item: InputFile, keep_text: bool) -> PieceResult:
    """A whole file read and extracted in this process (when its ranges cannot decide)."""
    return run_piece(WholeFile(item), keep_text)
