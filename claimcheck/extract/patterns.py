"""Turn lexicon phrase tables into regex alternations, one way for every module.

Longest phrases first, so "no fewer than" wins over "fewer than"; the words of a phrase match
any run of whitespace, so a line break inside "at least" does not hide the qualifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(phrases: Iterable[str]) -> str:
    """`a|b c|...` for use inside a group; no anchors, no flags."""
    return "|".join(
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
    )
