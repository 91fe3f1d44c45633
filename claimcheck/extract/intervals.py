"""Qualifier + figure -> the interval the words allow (DESIGN.md 'Words to intervals')."""

from __future__ import annotations

import math

from claimcheck.extract.lexicon import Rule


def _floor(x: float) -> float:
    return float(math.floor(round(x, 6)))


def _ceil(x: float) -> float:
    return float(math.ceil(round(x, 6)))


def apply_rule(rule: Rule, low: float, high: float) -> tuple[float | None, float | None]:
    """Compose a qualifier with the interval of the figure itself.

    `low`/`high` are the figure's own bounds: equal for "42", wider for "dozens" or for a
    range "200 to 300". Composition follows the table: "more than a dozen" -> [13, open].
    """
    if rule is Rule.EXACT:
        return low, high
    if rule is Rule.AT_LEAST:
        return low, None
    if rule is Rule.MORE_THAN:
        return _floor(low) + 1, None
    if rule is Rule.NEARLY:
        return _floor(0.9 * low), high
    if rule is Rule.ABOUT:
        return _floor(0.9 * low), _ceil(1.1 * high)
    if rule is Rule.UP_TO:
        return min(1.0, high), high
    if rule is Rule.FEWER_THAN:
        return 0.0, max(0.0, _ceil(low) - 1)
    raise ValueError(f"unknown rule {rule!r}")
