"""Find figures written as digits, number words or vague quantities, and read their value.

Figures come as "6,700", "6 700", "1.5 million", "twenty-three", "two hundred", "a dozen",
"tens of thousands" or in non-ASCII digits; all are read here so the rest of the extractor
deals with one shape, `NumberSpan`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.patterns import Caseless, alternation, sentence_words
from claimcheck.extract.lexicon import (
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNITS,
    VAGUE_QUANTITIES,
)

# Small patterns of the functions below, compiled once: re's own cache costs a lookup
# on every call, and these run for every figure.
_DIGIT_GROUPING = re.compile(r"[,\u00a0\u202f\u2009 ]")
_WORD_SEPARATORS = re.compile(r"[\s\-]+")
_DOZEN_AFTER = re.compile(r"\s+dozen\b(?!\s+of\b)", re.I)
_DOZEN_AT_END = re.compile(r"\s+dozen$", re.I)
_LETTER_WORD = re.compile(r"[A-Za-z]+")
_POINT_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A figure in a sentence: its span, its words and the interval the words alone give."""

    start: int
    end: int
    text: str
    low: float
    high: float
    kind: str  # "digits", "words" or "vague"
    decimal: bool = False  # a decimal without a scale word ("7.6"): a measurement, not a count


_WORD_NUMBER = alternation(list(UNITS) + list(TENS))
_SCALE = alternation(SCALES)
# A digit run. The pattern starts with the digit itself and looks behind it afterwards
# (`\d(?<![\w.,/]\d)` is `(?<![\w.,/])\d`): a pattern that opens with a character class lets
# the regex engine jump from digit to digit instead of trying every position of the sentence,
# which made the figure scan of a sentence about four times faster.
# South Asian grouping ("2,00,000", "12,34,567": lakhs and crores) before the usual one.
_DIGIT_RUN = (
    r"(?:\d?(?:,\d{2})+,\d{3}(?!\d|,\d)"
    r"|\d{0,2}(?:[,\u00a0\u202f\u2009\x20]\d{3})+(?!\d|,\d)(?:\.\d+)?|\d*(?:\.\d+)?)"
)
_DIGITS = rf"\d{_DIGIT_RUN}"
_LONE_DIGITS = rf"(?P<digits>\d(?<![\w.,/]\d)(?<!\w-\d){_DIGIT_RUN})"
_VAGUE_PART = rf"(?P<vague>\b(?:{alternation(VAGUE_QUANTITIES)})\b)"
_DIGITS_PART = rf"""
    {_LONE_DIGITS}
        (?:(?P<dscale>\s*(?:{_SCALE})\b)|(?P<dabbr>(?:{alternation(SCALE_ABBREVIATIONS)})\b))?
        (?:(?P<dash>\s?[-–—]\s?)(?P<digits2>{_DIGITS})(?![\d\-/]))?
"""
_WORDS_PART = rf"(?P<words>\b(?:{_WORD_NUMBER})(?:(?:[\s\-]+|\s+and\s+)(?:{_WORD_NUMBER}|{_SCALE}))*\b)"
# "a hundred and twenty-three": the vague "a hundred" goes on in number words
_A_SCALE_GOES_ON = re.compile(
    rf"(?:[\s\-]+|\s+and\s+)(?:{_WORD_NUMBER})(?:(?:[\s\-]+|\s+and\s+)(?:{_WORD_NUMBER}|{_SCALE}))*\b", re.I
)
# The same groups, never matching: a sentence without digits (or without number words)
# scans only the alternatives that can match it, with the same group names. The digits-only
# pattern keeps its digit first (see `_DIGITS`) and carries the other groups after it.
_NO_DIGITS = "(?P<digits>(?!))(?P<dscale>)(?P<dabbr>)(?P<dash>)(?P<digits2>)"
_NUMBER_RE = Caseless(f"{_VAGUE_PART} | {_DIGITS_PART} | {_WORDS_PART}", re.VERBOSE)
_DIGIT_NUMBER_RE = Caseless(f"{_DIGITS_PART} (?:(?!)(?P<vague>)(?P<words>))?", re.VERBOSE)
_WORD_NUMBER_RE = Caseless(f"{_VAGUE_PART} | {_NO_DIGITS} | {_WORDS_PART}", re.VERBOSE)


_MAX_COUNT = 1e13


def read_digits(text: str) -> float:
    """'6,700' / '6 700' / '٦٧٠٠' / '1.5' -> number."""
    cleaned = _DIGIT_GROUPING.sub("", text)
    if "." in cleaned:
        whole, frac = cleaned.split(".", 1)
        return float(f"{int(whole)}.{int(frac) if frac else 0:0{len(frac)}d}") if frac else float(int(whole))
    return float(int(cleaned))


def read_words(text: str) -> int | None:
    """'two hundred and forty-two' -> 242; None when the words do not make a number."""
    total = current = 0
    seen = False
    for tok in _WORD_SEPARATORS.split(text.lower()):
        if tok == "and" or not tok:
            continue
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# A cheap first look: most sentences of an article hold no figure at all. A digit search and
# a set lookup of the lower-cased words rule them out far faster than the full pattern.
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset(
    {p for w in VAGUE_QUANTITIES for p in w.split() if p not in ("a", "of")}
    | set(UNITS) | set(TENS) | set(SCALES)
)


_A_SCALE = frozenset({"a hundred", "a thousand"})
# a figure in words repeated in digits, as official and legal texts write it: "Eight (8)"
_DIGITS_ECHO = re.compile(r"\s*\((\d[\d,]*)\)")
_WORDS_ECHO = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z\- ]{1,60}?)\s*\)")


def _echo_value(digits: str) -> float | None:
    try:
        return read_digits(digits)
    except (ValueError, OverflowError):
        return None


def find_numbers(sentence: str) -> list[NumberSpan]:
    """Every figure-like span of `sentence`, in order; filtering non-claims is not done here."""
    has_digits = _DIGIT.search(sentence) is not None
    has_words = not _NUMBER_WORDS.isdisjoint(sentence_words(sentence))
    if not (has_digits or has_words):
        return []
    # every vague or word figure holds one of the number words, every other one a digit
    pattern = _NUMBER_RE if has_digits and has_words else _DIGIT_NUMBER_RE if has_digits else _WORD_NUMBER_RE
    out: list[NumberSpan] = []
    taken = 0  # the end of "a hundred and twenty-three", whose words are read already
    for m in pattern.finditer_folded(sentence):
        if m.start() < taken:
            continue
        vague, digits, dscale, dabbr, digits2, words = m.group("vague", "digits", "dscale", "dabbr", "digits2", "words")
        if vague:
            key = " ".join(vague.lower().split())
            more = _A_SCALE_GOES_ON.match(sentence, m.end()) if key in _A_SCALE else None
            whole = read_words("one " + key[2:] + sentence[m.end() : more.end()]) if more else None
            if more and whole is not None:
                taken = more.end()
                out.append(NumberSpan(m.start(), taken, sentence[m.start():taken], whole, whole, "words"))
                continue
            least, most = VAGUE_QUANTITIES[key]
            out.append(NumberSpan(m.start(), m.end(), sentence[m.start():m.end()], least, most, "vague"))
        elif digits:
            try:
                value = read_digits(digits)
            except (ValueError, OverflowError):
                continue
            scale = 1
            if dscale:
                scale = SCALES[dscale.strip().lower()]
            elif dabbr:
                scale = SCALE_ABBREVIATIONS[dabbr.lower()]
            decimal = "." in digits and scale == 1
            if decimal and _POINT_GROUPED.fullmatch(digits):
                # "2.480 persons": a translation keeps the source's thousands point (Spanish,
                # Portuguese, German, ...); no count has three decimals
                value, decimal = float(digits.replace(".", "")), False
            value = round(value * scale, 6)
            if not value < _MAX_COUNT:
                continue  # "1111…1 people": no count of a story, and no float can hold it
            high = value
            end = m.end()
            if digits2:
                # "20-30 people": a range, when it reads as one (low below high, same scale)
                try:
                    second = read_digits(digits2)
                except (ValueError, OverflowError):
                    second = 0.0
                if value < second < _MAX_COUNT and not decimal:
                    high = second
                else:
                    end = m.start("dash")
            spelled = _WORDS_ECHO.match(sentence, end) if "(" in sentence and high == value else None
            if spelled and read_words(spelled.group(1).lower()) == value:
                # "57 (fifty-seven) deaths": a legal text's figure spelled out again
                end = taken = spelled.end()
            out.append(NumberSpan(m.start(), end, sentence[m.start():end], value, high, "digits", decimal))
        else:
            for start, end in _split_word_runs(words, m.start()):
                dozen = _DOZEN_AFTER.match(sentence[end:])
                if dozen:  # "two dozen people": a multiple of twelve
                    end += dozen.end()
                text = sentence[start:end]
                spoken = read_words(_DOZEN_AT_END.sub("", text))
                if spoken is not None and dozen:
                    spoken *= 12
                echo = _DIGITS_ECHO.match(sentence, end)
                if spoken is not None and echo and _echo_value(echo.group(1)) == spoken:
                    # "Eight (8) fishermen": the words and their digits are one figure
                    end = taken = echo.end()
                    text = sentence[start:end]
                if spoken is not None and spoken < _MAX_COUNT:
                    out.append(NumberSpan(start, end, text, spoken, spoken, "words"))
    return out


def _split_word_runs(text: str, base: int) -> list[tuple[int, int]]:
    """Split "twenty-three and two" into two figures: "and" only joins after a scale word
    ("two hundred and forty-two"); neither do two units in a row ("one two")."""
    pieces: list[tuple[int, int]] = []
    start = None
    prev = None
    prev_end = 0  # set with `start`: a piece is only closed after a word was taken
    for tok in _LETTER_WORD.finditer(text):
        word = tok.group().lower()
        if word == "and":
            if prev not in SCALES:
                if start is not None:
                    pieces.append((start, prev_end))
                start = None
            continue
        small = word in UNITS or word in TENS
        joins = start is not None and (
            word in SCALES or (prev in TENS and word in UNITS and UNITS[word] < 10)
            or prev in SCALES
        )
        if start is not None and not joins:
            pieces.append((start, prev_end))
            start = None
        if start is None:
            if not small:
                prev = word
                continue
            start = tok.start()
        prev, prev_end = word, tok.end()
    if start is not None:
        pieces.append((start, prev_end))
    return [(base + s, base + e) for s, e in pieces]
