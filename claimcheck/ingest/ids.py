"""Stable source ids: the same article gets the same id on every run.

Claim ids are built on source ids, and analysts' verdicts are keyed by claim id, so a source
id must not move when the input changes around it. Hence no offsets or positions: the file
name (not the path, so running from another folder keeps ids), plus the article's headline
slug in a bundle, or the row's own id (or a hash of its content) in JSONL/CSV.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG_CHARS = 60


def slugify(title: str | None) -> str:
    """`Azerbaijan Captures Over 60 Army Posts...` -> `azerbaijan-captures-over-60-army-posts`."""
    ascii_text = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG_CHARS:
        cut = slug.rfind("-", 0, MAX_SLUG_CHARS + 1)
        slug = slug[: cut if cut > 0 else MAX_SLUG_CHARS]
    return slug or "article"


def content_hash(*parts: str | None) -> str:
    """A short hash of the parts that identify a row which has no id of its own."""
    digest = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:12]


class IdAllocator:
    """Hands out ids unique within one file: a repeated key gets `~2`, `~3`, ..."""

    def __init__(self, file_key: str) -> None:
        self._file_key = file_key
        self._used: set[str] = set()

    def allocate(self, key: str | None) -> str:
        base = self._file_key if key is None else f"{self._file_key}#{key}"
        candidate, count = base, 1
        while candidate in self._used:
            count += 1
            candidate = f"{base}~{count}"
        self._used.add(candidate)
        return candidate
