"""What one sentence says on its own: its figures, speech events, categories and the
context of each figure (hedge, time, earlier figure, place).

These depend on the sentence's text alone, so they are cached by text: news repeats itself
(wire copies, boilerplate), and a sentence read once is not read again. The cached results
are shared between sources, so nothing may change them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claimcheck.extract.category import categorize
from claimcheck.extract.context import hedged_in_sentence, revised_from_values, says_earlier_figure, time_ref
from claimcheck.extract.counts import earlier_bracket_after, earlier_in_brackets
from claimcheck.extract.lexicon import QUALIFIERS_BEFORE, REVISION_VERBS
from claimcheck.extract.mentions import Mention, find_mentions
from claimcheck.extract.numbers import find_numbers
from claimcheck.extract.patterns import alternation
from claimcheck.extract.places import figure_place
from claimcheck.extract.speakers import SpeechEvent, speech_events

@lru_cache(maxsize=4096)
def read_sentence(text: str) -> tuple[tuple[Mention, ...], tuple[SpeechEvent, ...]]:
    """The figures and speech events of one sentence: they depend on its text alone.

    News repeats itself: wire copies run word for word in many outlets, and boilerplate
    ("It was not immediately clear who was responsible.") recurs across reports; a sentence
    seen before is not read again. The results are shared, so nothing may change them.
    """
    return tuple(find_mentions(unquote_figures(text))), tuple(speech_events(text))


# A figure in scare quotes: 'its fighters had killed "dozens" of people', 'detained "hundreds"'.
_QUOTED_WORDS = re.compile(
    r"[\"“]([\w,. \-]{1,30})[\"”]"
    # a headline's single quotes: "'At least nine' dead after ferry fire" (never an apostrophe:
    # the mark opens after a space and closes before one)
    r"|(?:^|(?<=[\s(—–]))['‘]([\w,. \-]{1,30})['’](?=[\s,.;:!?)]|$)"
)


def unquote_figures(text: str) -> str:
    """The text with the quotation marks around a lone figure, or a short phrase opening on
    one, blanked (same length, so every
    offset holds): the figure then meets its verb and its noun as it would unquoted. The
    speaker finder still sees the marks."""
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
        return text
    out = text
    for m in _QUOTED_WORDS.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        spans = find_numbers(inner)
        lone = len(spans) == 1 and spans[0].end == len(inner.rstrip(" ,."))
        # 'killing "dozens of terrorists"': a short quoted phrase that opens on its figure
        phrase = len(spans) == 1 and len(inner.split()) <= 4
        # 'that "more than 100" had been rescued': a qualifier may open the quotation
        opens = spans and (spans[0].start == 0 or " ".join(inner[: spans[0].start].lower().split()) in QUALIFIERS_BEFORE)
        if opens and (lone or phrase):
            out = out[: m.start()] + " " + inner + " " + out[m.end() :]
    return out


@lru_cache(maxsize=4096)
def sentence_categories(text: str, antecedent: str | None) -> tuple[tuple[str, ...], frozenset[tuple[float, str]]]:
    """The categories of a sentence's figures and the figures a revision in it replaced.

    They depend on the text and on the category of the figure before it ("of them"), so a
    repeated sentence takes them from the cache as it takes its figures.
    """
    mentions = read_sentence(text)[0]
    categories = categorize(unquote_figures(text), mentions, antecedent)
    return tuple(categories), frozenset(revised_figures(text, mentions, categories))


@lru_cache(maxsize=8192)
def figure_context(text: str, start: int, end: int, heading: bool) -> tuple[bool, str | None, bool, str | None]:
    """What the sentence says around one figure: hedged, its time, earlier figure, place.

    All of it is read from the sentence alone, so repeated sentences reuse it.
    """
    bracket = earlier_bracket_after(text, end)
    return (
        hedged_in_sentence(text, start, heading),
        # "41 people are missing (57 last night)": the bracket's time is its figure's only
        time_ref(text[:bracket] if bracket is not None else text, start),
        says_earlier_figure(text, start) or earlier_in_brackets(text, start, end)
        or (_AS_FIRST_REPORTED_AFTER.match(text, end) is not None and _NOT_BEFORE.search(text, max(0, start - 16), start) is not None),
        figure_place(text, start, end),
    )


# "Eight people, not nine as first reported, were killed": the figure the news first gave
_AS_FIRST_REPORTED_AFTER = re.compile(
    r"\s+as\s+(?:was\s+)?(?:first|initially|originally|earlier|previously)\s+"
    r"(?:reported|stated|announced|given|said|thought|feared|believed|claimed)\b",
    re.I,
)


# ... only when the figure is the one set aside ("12 deaths as first reported by local media"
# confirms it)
_NOT_BEFORE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+$", re.I)


def clear_sentence_cache() -> None:
    """Forget sentences read before (benchmarks time the reading itself)."""
    for cached in (read_sentence, sentence_categories, figure_context, value_as_written):
        cached.cache_clear()


def revised_figures(sentence: str, mentions: Sequence[Mention], categories: list[str]) -> set[tuple[float, str]]:
    """(value as written, category) of figures a revision in this sentence replaced."""
    out: set[tuple[float, str]] = set()
    for raw in revised_from_values(sentence):
        for n in find_numbers(raw):
            for m, cat in zip(mentions, categories):
                if raw_value(m) == n.low:
                    out.add((n.low, cat))
    later = _LATER_REVISED_TO.search(sentence) if len(mentions) > 1 else None
    if later is not None:
        # "Police had said nine people died but later lowered the figure to eight": the
        # figures of the revision's category before it are the ones it replaced
        new = next(((m, c) for m, c in zip(mentions, categories) if m.start >= later.end()), None)
        if new is not None and new[0].start - later.end() <= 20 and new[1] != "other":
            for m, cat in zip(mentions, categories):
                value = raw_value(m)
                if m.end <= later.start() and cat == new[1] and value is not None and value != raw_value(new[0]):
                    out.add((value, cat))
    return out


_LATER_REVISED_TO = re.compile(
    r"\b(?:but|and)\s+(?:has\s+|have\s+|had\s+)?(?:later|since|then|subsequently|now)\s+"
    rf"(?:{alternation(REVISION_VERBS)})\s+"
    r"(?:the|its|their|that|this|it)\b(?:\s+(?:death\s+)?(?:toll|figure|number|count|tally|estimate|total))?"
    r"(?:\s+(?:down|up))?\s+to\s+",
    re.I,
)


def raw_value(m: Mention) -> float | None:
    """The figure's own value, before its qualifier: 400 for "about 400"."""
    raw = value_as_written(m.number_text)
    return m.low if raw is None else raw


@lru_cache(maxsize=4096)
def value_as_written(number_text: str) -> float | None:
    spans = find_numbers(number_text)
    return spans[0].low if spans else None
