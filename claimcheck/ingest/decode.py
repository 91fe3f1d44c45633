"""Bytes on disk -> the text every offset refers to.

Offsets are only meaningful against one exact text, so the rule is fixed and public
(`read_text`): the text is what ``open(path, encoding=E, newline=None).read()`` returns, with
universal newlines (``\\r\\n`` and ``\\r`` become ``\\n``) and E chosen as follows:

* a BOM decides: UTF-8 with a BOM is read as ``utf-8-sig``, so the BOM is *not* part of the
  text (as ``open(encoding="utf-8-sig")`` reads it, and as an analyst's editor shows it);
  UTF-16 and UTF-32 with a BOM are read with the codec that consumes it;
* otherwise, when the head has NULs in every other byte and nowhere else, UTF-16 without a
  BOM (LE or BE; Windows tools write it), since only that explains such a pattern in text;
* otherwise UTF-8 if the whole file is valid UTF-8;
* otherwise the guess of charset-normalizer on a sample, except that cp1252 wins when it
  reads the bytes as plausibly as the best guess: Western news text is by far the most
  common legacy input, and the guess between equally plausible Latin code pages (cp1250,
  cp775 ...) would turn "Peña" into "Peńa". Latin-1 files read the same under cp1252 except
  for C1 control bytes, which no article means.

A file with a NUL byte is binary (unless it is UTF-16/32): replacing or dropping NULs would
shift every offset after them, and real articles do not contain them. A decoded text of
which more than MAX_CONTROL_SHARE is control characters is binary too. A file with no
character other than whitespace is empty.

The whole file is scanned once in CHUNK-sized pieces before it is read, so that a 50 MB
file is never held as several copies and a JSONL/CSV file can be rejected before any of
its rows are yielded. The common case, an article of at most SMALL bytes in UTF-8 without a
BOM, is read and decoded once instead (`_small_utf8`), to the same text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import NamedTuple

import charset_normalizer

from claimcheck.errors import InputError

CHUNK = 1 << 20
SMALL = 4 * CHUNK  # files up to this size are read and decoded once (see _small_utf8)
HEAD = 64 * 1024
SAMPLE = 512 * 1024
MAX_CONTROL_SHARE = 0.05

BINARY = "binary file, skipped"
EMPTY = "empty file, skipped"
WHITESPACE_ONLY = "empty file (whitespace only), skipped"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]")
_NON_SPACE_RE = re.compile(r"\S")


class _Scan(NamedTuple):
    error_at: int | None  # byte offset of the first undecodable byte
    has_nul: bool
    has_text: bool
    controls: int
    chars: int


def read_text(path: str | Path, display: str | None = None) -> str:
    """The text of a file as ingest reads it; the one text that Source offsets point into."""
    shown = str(path) if display is None else display
    small = _small_utf8(path, shown)
    if small is not None:
        return small
    encoding = detect_encoding(path, shown)
    try:
        with open(path, encoding=encoding, newline=None) as handle:
            # Chunks, joined once: read() would hold the bytes, the decoded text and its
            # newline-translated copy at the same time.
            return "".join(iter(lambda: handle.read(CHUNK), ""))
    except (OSError, UnicodeError) as exc:  # changed or vanished since it was scanned
        raise InputError(shown, describe_os_error(exc)) from exc


def _small_utf8(path: str | Path, shown: str) -> str | None:
    """The common case read once: a file of at most SMALL bytes, without a BOM or a NUL, that
    is valid UTF-8 and passes the checks below, decoded with universal newlines as
    `open(newline=None)` would. None sends the file down the general path, which decides
    everything else (and says why a file is refused). Scanning, then reopening and decoding
    again, cost an article three opens and two decodes."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(SMALL + 1)
    except OSError as exc:
        raise InputError(shown, describe_os_error(exc)) from exc
    if not data or len(data) > SMALL or b"\x00" in data or any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _NON_SPACE_RE.search(text) is None or len(_CONTROL_RE.findall(text)) > MAX_CONTROL_SHARE * len(text):
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def detect_encoding(path: str | Path, display: str | None = None) -> str:
    """The codec to read `path` with; raises InputError for binary, empty or unreadable files."""
    shown = str(path) if display is None else display
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD)
    except OSError as exc:
        raise InputError(shown, describe_os_error(exc)) from exc
    if not head:
        raise InputError(shown, EMPTY)
    encoding = next((enc for bom, enc in _BOMS if head.startswith(bom)), None)
    if encoding is None and b"\x00" in head:
        encoding = _bomless_utf16(head)
        if encoding is None:
            raise InputError(shown, BINARY)
    scan = _scan(path, shown, encoding or "utf-8")
    if scan.error_at is not None and encoding is None:
        encoding = _guess_legacy(path, shown, scan.error_at)
        scan = _scan(path, shown, encoding) if encoding else scan
    if scan.error_at is not None or scan.has_nul:
        raise InputError(shown, BINARY)
    if not scan.has_text:
        raise InputError(shown, WHITESPACE_ONLY)
    if scan.controls > MAX_CONTROL_SHARE * scan.chars:
        raise InputError(shown, BINARY)
    return encoding or "utf-8"


def describe_os_error(exc: BaseException) -> str:
    """One line a user understands, for the reasons a file cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied, skipped"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, UnicodeError):
        return "file changed while it was read (no longer decodes), skipped"
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"cannot be read ({reason}), skipped"


def _scan(path: str | Path, shown: str, encoding: str) -> _Scan:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset = controls = chars = 0
    has_text = has_nul = False
    try:
        with open(path, "rb") as handle:
            while True:
                chunk = handle.read(CHUNK)
                final = not chunk
                try:
                    text = decoder.decode(chunk, final=final)
                except UnicodeDecodeError as exc:
                    return _Scan(offset + max(exc.start, 0), has_nul, has_text, controls, chars)
                offset += len(chunk)
                chars += len(text)
                has_nul = has_nul or "\x00" in text
                has_text = has_text or _NON_SPACE_RE.search(text) is not None
                controls += sum(1 for _ in _CONTROL_RE.finditer(text))
                if final:
                    return _Scan(None, has_nul, has_text, controls, chars)
    except OSError as exc:
        raise InputError(shown, describe_os_error(exc)) from exc


def _bomless_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in (nearly) every other byte, the high byte of Latin text."""
    size = len(head) - len(head) % 2
    if size < 4:
        return None
    even, odd = head[0:size:2], head[1:size:2]
    for encoding, zero_half, other_half in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # nearly every high byte zero: Latin text, with a curly quote or a dash here and there;
        # half of them is a text file that merely holds some NULs ("0\x00\r\n")
        if zero_half.count(0) >= 0.9 * len(zero_half) and other_half.count(0) <= 0.01 * len(other_half):
            try:
                head[:size].decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def _guess_legacy(path: str | Path, shown: str, error_at: int) -> str | None:
    """Guess a non-UTF-8 codec from the head and the stretch where UTF-8 failed."""
    try:
        with open(path, "rb") as handle:
            sample = handle.read(SAMPLE)
            if error_at > len(sample):
                handle.seek(max(error_at - HEAD, 0))
                sample += b"\n" + handle.read(2 * HEAD)
    except OSError as exc:
        raise InputError(shown, describe_os_error(exc)) from exc
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        return None
    western = charset_normalizer.from_bytes(sample, cp_isolation=["cp1252"]).best()
    if western is not None and western.chaos <= best.chaos:
        return "cp1252"
    return best.encoding
