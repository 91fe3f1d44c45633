"""What is no count though it holds a figure: dates, times, money, percentages, ages,
phone numbers, reference numbers, ratios and addresses. Their spans are masked before a
sentence's figures are read, so "March 15" and "$500" never become claims.
"""

from __future__ import annotations

import re

from claimcheck.extract.lexicon import CURRENCY_SYMBOLS, MONTHS, PHONE_WORDS, UNITS
from claimcheck.extract.numbers import NumberSpan
from claimcheck.extract.patterns import DAY_OF_MONTH, MODAL_MAY, Caseless, alternation


_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = DAY_OF_MONTH


_MASKS = [
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),  # ISO dates
    re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),  # 10/09/2020
    re.compile(r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs?|GMT|UTC|local)?", re.I),
    # "March 15", "Jan. 3, 2024", and a span of days, "the March 15-16 raids"
    # (unspaced: in "KABUL, Oct. 3 - 14 people died" the dash ends a dateline)
    re.compile(rf"\b(?:{_MONTH_WORDS})\.?\s+{_DAY}(?:st|nd|rd|th)?(?:[-–]{_DAY}(?:st|nd|rd|th)?)?\b(?:,?\s+\d{{4}})?", re.I),
    re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORDS})\b\.?(?:,?\s+\d{{4}})?", re.I),
    # a span of days before its month: "from 14 to 16 May", "between 3 and 5 June"
    re.compile(rf"\b{_DAY}(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORDS})\b", re.I),
    re.compile(rf"\b(?:{_MONTH_WORDS})\.?,?\s+\d{{4}}\b", re.I),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I),  # ordinals
    re.compile(r"\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I),
    re.compile(r"\b\d{3,4}\s*(?:hrs|hours|GMT|UTC|local time)\b", re.I),
    re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)", re.I),
    re.compile(rf"[{re.escape(CURRENCY_SYMBOLS)}]\s*\d[\d,.]*(?:\s*(?:million|billion|m|bn|k)\b)?", re.I),
    re.compile(r"\b(?:aged|age|ages)\s+\d+", re.I),
    re.compile(r"\b\d+\s*(?:-|\s)?years?[\s-]old\b", re.I),
    re.compile(r"\b(?:19|20)\d{2}s\b"),  # decades
    # reference numbers and emergency lines: "Index Number: AFR 36/8812/2025", "911 calls"
    re.compile(r"\b\d+(?:/\d+){2,}\b|\b[A-Z]{2,5}\s?\d+/\d+\b"),
    re.compile(r"\b(?:911|999|112)\s+(?:calls?|operators?|dispatchers?|centers?|centres?|lines?|system)\b", re.I),
    # phone numbers: "033-2350-1234", "06452-239000", "+249 912 345 678", "555-123-4567"
    re.compile(r"\b0\d{2,4}(?:[-\s]\d{3,8}){1,2}(?:-\d{3,4})?\b"),
    re.compile(r"\b\d{3}-\d{3,4}-\d{4}\b"),
    re.compile(r"\(\d{3}\)\s?\d{3}[-\s.]\d{4}\b"),  # "(555) 014-4310"
    re.compile(r"\+\d{1,3}[\s-]?\d{2,4}(?:[\s-]\d{2,4}){2,3}\b"),
    # a line's short number after its label: "Toll-free line: 1550", "Hotline: 1122"
    re.compile(rf"\b(?:{alternation(PHONE_WORDS)})(?:\s+(?:line|number|no\.))?\s*:\s*\d{{3,6}}\b", re.I),
    # a number to call, whatever its grouping: "WhatsApp number 94150 22817", "the helpline
    # on 1800 180 5555" (seven digits at least, so "call 911" stays the rule above)
    re.compile(
        rf"\b(?:{alternation(PHONE_WORDS)})"
        r"(?:\s+(?:number|no\.|line))?(?:\s+(?:on|at))?\s*:?\s*\+?\d(?:[\s-]?\d){6,}\b",
        re.I,
    ),
    # a forum post's or a profile's own counts: "| Posts: 1,412", "Reputation: 88"
    re.compile(r"(?:^|\|)\s*(?:posts|likes|views|replies|reputation|karma|messages|followers)\s*:\s*\d[\d,]*", re.I),
    # a gallery's or a thread's counter on a line of its own: "9 of 14", "Photo 3 of 12", "2/7"
    re.compile(r"^\W*(?:(?:image|photo|picture|slide|page|part)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\W*$", re.I),
    # "one latrine for every 90 people", "a rate of 12 per 100,000"
    re.compile(r"\b(?:for|per)\s+every\s+\d[\d,]*\b|\bper\s+\d[\d,]*\b", re.I),
]


# Every mask needs one of these nearby: a separator, an ordinal suffix, a month, a clock or
# money word, a four-digit number or a decimal. A cheap test before the full alternation,
# which is worth it only if it is selective: the cue words are whole words ("st" and "no"
# also began "still" and "north", so it held near almost every figure), and "in" counts only
# in a ratio ("six in 10").
_MASK_HINT = Caseless(
    rf"[:/%+{re.escape(CURRENCY_SYMBOLS)}]|\d(?:st|nd|rd|th|h\d)|\d\.\d|\d{{4}}|\d-\d{{3}}|\b0\d{{2,4}}\s\d{{3}}"
    r"|\d\s*(?:am|pm)\b|\s(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d)"
    r"|^\W*(?:(?:image|photo|picture|slide|page|part)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\W*$"
    r"|\b(?:posts|reputation|karma|followers)\s*:"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:am|pm|a\.m|p\.m|hrs|hours|gmt|utc|local|percent|per|every|aged?|ages|years?|911|999|112|street|st|"
    r"avenue|ave|road|rd|boulevard|blvd|lane|drive|square|no|nr|number|"
    rf"{alternation(PHONE_WORDS)})\b",
)


_MASK_RE = Caseless("|".join(f"(?:{rx.pattern})" for rx in _MASKS))

# Ratios: "one in five residents", "six in 10 people", "one in three villages". Only a smaller
# figure in a larger one: "kill at least 31 in three states" is a toll and where it fell.
_RATIO = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.I,
)


def _ratio_value(word: str) -> int:
    return int(word) if word.isdigit() else UNITS[word.lower()]


# Masks that need their capitals (the alternation above is matched without case): addresses
# and numbered documents, "at 14 Hretska Street", "COMMUNIQUÉ No. 047", "Hospital No. 8"
_CASED_MASK_RE = re.compile(
    r"\b\d+[a-z]?\s+[A-Z][\w\-]+\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Square)\b"
    r"|\b(?:No|NO|Nr)\.\s*\d+\b"
)


def masked(sentence: str, nums: list[NumberSpan]) -> list[tuple[int, int]]:
    """Spans of dates, times, money, percentages, ages: figures inside them are no claims.

    One alternation, scanned only over the stretch of the sentence around its figures (a
    mask that holds no figure changes nothing).
    """
    spans: list[tuple[int, int]] = []
    covered = -1
    for n in nums:
        if n.end <= covered:
            continue
        lo, hi = max(0, n.start - 30), min(len(sentence), n.end + 30)
        if _MASK_HINT.search(sentence, lo, hi):  # most figures sit near none of the cues
            spans.extend(
                (m.start(), m.end()) for m in _MASK_RE.finditer(sentence, lo, hi)
                # the modal in lower case, no month: "officials fear 20 may have died"
                if not MODAL_MAY.search(sentence, m.start(), m.end())
            )
            spans.extend((m.start(), m.end()) for m in _CASED_MASK_RE.finditer(sentence, lo, hi))
            spans.extend(
                (m.start(), m.end()) for m in _RATIO.finditer(sentence, lo, hi)
                if _ratio_value(m[1]) < _ratio_value(m[2])
            )
        covered = hi
    return spans


_RANGE_DASH = re.compile(r"\s?[-–—]\s?")


def past_a_date(sentence: str, num: NumberSpan, masks) -> NumberSpan:
    """"KABUL, Oct. 3 - 14 people died": a range whose low end is a masked date's day is the
    figure after the dash alone."""
    if num.kind != "digits" or num.low == num.high or not any(s <= num.start < e for s, e in masks):
        return num
    dash = _RANGE_DASH.search(num.text)
    if dash is None:
        return num
    start = num.start + dash.end()
    return NumberSpan(start, num.end, sentence[start : num.end], num.high, num.high, "digits")


def inside(spans, start, end) -> bool:
    return any(s <= start and end <= e for s, e in spans)
