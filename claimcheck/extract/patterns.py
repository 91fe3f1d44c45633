"""Turn lexicon phrase tables into regex alternations, one way for every module.

Longest phrases first, so "no fewer than" wins over "fewer than"; the words of a phrase match
any run of whitespace, so a line break inside "at least" does not hide the qualifier.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache


def alternation(phrases: Iterable[str]) -> str:
    """`a|b c|...` for use inside a group; no anchors, no flags."""
    return "|".join(
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
    )


def _lower_literals(pattern: str) -> str:
    """Lower-case a pattern's literals but not its escapes (`\\S`, `\\W`, `\\B` keep their
    meaning) nor its group names."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : close + 1])
            i = close + 1
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)


@lru_cache(maxsize=256)
def _lowered(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


class _OriginalCaseMatch:
    """A match found in the lower-cased text that hands back the original text's characters."""

    __slots__ = ("_m", "_text")

    def __init__(self, m: re.Match[str], text: str) -> None:
        self._m, self._text = m, text

    def group(self, g: int | str = 0) -> str | None:
        a, b = self._m.span(g)
        return None if a < 0 else self._text[a:b]

    def start(self, g: int | str = 0) -> int:
        return self._m.start(g)

    def end(self, g: int | str = 0) -> int:
        return self._m.end(g)

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return self._m.span(g)


class Caseless:
    """A case-insensitive pattern that runs on the lower-cased text.

    `re.IGNORECASE` folds the case of every character it compares, which makes the big
    alternations of the lexicon about three times slower than the same pattern matched
    against lower-cased text; extraction runs them on every sentence. Offsets are those of the
    original text (lower-casing keeps the length; when it does not, as for "İ", the
    IGNORECASE pattern runs instead) and groups give back the original characters.
    """

    __slots__ = ("ignorecase", "lowered", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.ignorecase = re.compile(pattern, flags | re.IGNORECASE)
        self.lowered = re.compile(_lower_literals(pattern), flags & ~re.IGNORECASE)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator:
        low = _lowered(text)
        if low is None:
            return self.ignorecase.finditer(text, pos, endpos)
        return (_OriginalCaseMatch(m, text) for m in self.lowered.finditer(low, pos, endpos))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _lowered(text)
        if low is None:
            return self.ignorecase.search(text, pos, endpos)
        m = self.lowered.search(low, pos, endpos)
        return m and _OriginalCaseMatch(m, text)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _lowered(text)
        if low is None:
            return self.ignorecase.match(text, pos, endpos)
        m = self.lowered.match(low, pos, endpos)
        return m and _OriginalCaseMatch(m, text)
