"""The words of a sentence with their offsets, read once per sentence: the mention
finder looks at the words before and after every figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache


_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_](?:[\w'’\-]*[^\W_])?|[^\w\s]")


def words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=64)
def _sentence_words(sentence: str) -> tuple[list[tuple[int, int, str]], list[int], list[int]]:
    """The words of a sentence once, with their starts and ends for bisecting: every figure
    looks at the words around it, and tokenising the prefix or rest again each time was a
    tenth of extraction."""
    toks = words(sentence)
    return toks, [t[0] for t in toks], [t[1] for t in toks]


def _words_until(sentence: str, pos: int) -> list[tuple[int, int, str]]:
    """`words(sentence[:pos])`: the sentence's own words when no word runs across `pos`."""
    toks, _, ends = _sentence_words(sentence)
    i = bisect_right(ends, pos)
    if i < len(toks) and toks[i][0] < pos:
        return words(sentence[:pos])
    return toks[:i]


def words_from(sentence: str, pos: int) -> list[tuple[int, int, str]]:
    """`words(sentence[pos:])`, offsets relative to `pos`, from the sentence's own words."""
    toks, starts, _ = _sentence_words(sentence)
    j = bisect_left(starts, pos)
    if j > 0 and toks[j - 1][1] > pos:
        return words(sentence[pos:])
    return [(s - pos, e - pos, w) for s, e, w in toks[j:]]


def prev_words(sentence: str, pos: int, n: int) -> list[str]:
    return [w.lower() for _, _, w in _words_until(sentence, pos)[-n:]]
