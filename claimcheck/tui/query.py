"""Choosing and ordering what the tables show: the `/` filter, the `s` sort, and pages.

Pure Python (no Textual), unit-tested on its own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, TypeVar

from claimcheck.models import STATUS_ORDER, Category, ClusterStatus

if TYPE_CHECKING:
    from claimcheck.tui.view import ClusterRow

T = TypeVar("T")

PAGE_SIZE = 200
"""Rows per table page: DataTable is virtual, but building 100k rows of cells still costs."""


class SortKey(StrEnum):
    """Orders of the cluster list; `s` cycles through them in this order."""

    STATUS = "status"
    DISAGREEMENT = "disagreement"
    SIZE = "size"
    LABEL = "label"

    def next(self) -> SortKey:
        members = list(SortKey)
        return members[(members.index(self) + 1) % len(members)]


class FilterError(ValueError):
    """A filter token the review screen cannot apply (the message says what is allowed)."""


# -- filter -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filter:
    """A parsed filter: free words (all must match) plus `status:`, `category:` and `story:`
    tokens.

    Several values of one key are alternatives (`status:conflict status:evolving`); different
    keys must all hold. `story:` words are matched against the story's headline only, from
    the start of a word, and all must match: the way to keep one event of a corpus that
    covers many, whose clusters share labels ("killed: people") and speakers.
    """

    words: tuple[str, ...] = ()
    statuses: frozenset[ClusterStatus] = frozenset()
    categories: frozenset[Category] = frozenset()
    text: str = ""
    stories: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.statuses or self.categories or self.stories)


def _choose(kind: str, value: str, choices: Sequence[StrEnum]) -> StrEnum:
    """Exact value or a unique prefix (`status:conf`)."""
    value = value.casefold()
    exact = [c for c in choices if c.value == value]
    if exact:
        return exact[0]
    matches = [c for c in choices if c.value.startswith(value)] if value else []
    if len(matches) == 1:
        return matches[0]
    allowed = ", ".join(c.value for c in choices)
    raise FilterError(f"unknown {kind} {value!r}; use one of: {allowed}")


# `story:"a phrase"`, with straight or typographic quotes, closed or not (the box is typed in)
_TOKEN = re.compile(r'(?i:(story):["“]([^"”]*)["”]?)|"([^"]*)"|(\S+)')


def parse_filter(text: str) -> Filter:
    """Parse the `/` filter line: words, `"quoted phrases"`, `status:X`, `category:X`,
    `story:X` and `story:"a phrase"`."""
    words: list[str] = []
    stories: list[str] = []
    statuses: set[ClusterStatus] = set()
    categories: set[Category] = set()
    for match in _TOKEN.finditer(text):
        story_key, story_phrase, quoted, bare = match.groups()
        if story_key is not None:
            if not story_phrase.strip():
                raise FilterError('empty story:""; give words of the story\'s headline, e.g. story:quake')
            stories.append(story_phrase.casefold())
            continue
        if quoted is not None:
            if quoted.strip():
                words.append(quoted.casefold())
            continue
        key, sep, value = bare.partition(":")
        key = key.casefold()
        if sep and key == "story":
            if not value:
                raise FilterError("empty story:; give words of the story's headline, e.g. story:quake")
            stories.append(value.casefold())
        elif sep and key in ("status", "s"):
            statuses.add(_choose("status", value, list(ClusterStatus)))  # type: ignore[arg-type]
        elif sep and key in ("category", "cat", "c"):
            categories.add(_choose("category", value, list(Category)))  # type: ignore[arg-type]
        else:
            words.append(bare.casefold())
    return Filter(tuple(words), frozenset(statuses), frozenset(categories), text.strip(), tuple(stories))


# -- paging -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of rows; `number` is 0-based and already clamped to the pages there are."""

    items: tuple[T, ...]
    number: int
    count: int
    total: int
    size: int

    @property
    def first_index(self) -> int:
        return self.number * self.size


def page(rows: Sequence[T], number: int, size: int = PAGE_SIZE) -> Page[T]:
    """Slice `rows` into page `number` (clamped); an empty list has one empty page."""
    if size < 1:
        raise ValueError("page size must be positive")
    count = max(1, math.ceil(len(rows) / size))
    number = min(max(number, 0), count - 1)
    start = number * size
    return Page(tuple(rows[start : start + size]), number, count, len(rows), size)



def sort_key(sort: SortKey):
    """The key function for ClusterRow under `sort`; ties always fall back to review order."""

    def review(row: ClusterRow) -> tuple:
        return (STATUS_ORDER[row.status], -row.disagreement, -row.claims, row.label.casefold(), row.cluster_id)

    if sort is SortKey.STATUS:
        return review
    if sort is SortKey.DISAGREEMENT:
        return lambda row: (-row.disagreement, *review(row))
    if sort is SortKey.SIZE:
        return lambda row: (-row.claims, *review(row))
    return lambda row: (row.label.casefold(), *review(row))
