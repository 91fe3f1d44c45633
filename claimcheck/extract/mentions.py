"""Find the figure mentions of one sentence: qualifier + figure + head noun, or a bare figure
the context shows is a count, and drop what is not a claim (dates, ages, money, units ...).

Rules are written against the lexicon tables so they hold for news text in general: a figure is
a claim when it counts people or things of the story, which the words right after it (the head
noun) or right before it (a count word such as "toll") show.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from claimcheck.extract.intervals import apply_rule
from claimcheck.extract.lexicon import (
    BACKGROUND_AFTER,
    BACKGROUND_BEFORE,
    CATEGORY_WORDS,
    COUNT_CONTEXT_BEFORE,
    FACT_LABELS,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    IDENTIFIER_WORDS,
    MONTHS,
    NP_MODIFIER_WORDS,
    NP_STOP_WORDS,
    NON_STORY_NOUNS,
    DRIVING_OUT_VERBS,
    ORDER_COVER_VERBS,
    ORDER_NOUNS,
    CAMP_HOLDS_VERBS,
    PHONE_WORDS,
    RATE_AFTER,
    PARTICIPLE_CATEGORIES,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    REPORTER_NOUNS,
    REVISION_VERBS,
    SPEECH_VERBS,
    SUBJECT_NOUNS,
    THING_SUBJECTS,
    TRANSITIVE_CATEGORY_VERBS,
    UNIT_NOUNS,
    WEEKDAYS,
    Rule,
)
from claimcheck.extract.lexicon import TENS, UNITS
from claimcheck.extract.numbers import NumberSpan, find_numbers
from claimcheck.extract.patterns import Caseless, alternation

# Small patterns of the functions below, compiled once: re's own cache costs a lookup
# on every call, and these run for every figure.
_FOUR_DIGITS = re.compile(r"\d{4}")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w’'\-]*,\s*$")
_COMMA_OR_PAREN_AFTER = re.compile(r"\s*[,)]")
_HYPHEN_GLUED = re.compile(r"-([A-Za-z]+)")
_NEXT_FREE_WORD = re.compile(r"\s*([^\s]+)")
_DIGIT_WORD = re.compile(r"\d[\d,.]*")
_OF_THEM_AFTER = re.compile(
    # "they are 8,000, a figure this newspaper could not confirm"
    r"\s*(?:(?:of|among) (?:them|whom|those|these)|figure|mark|total|,\s*a\s+figure)\b"
)
_WERE_GROUP_AFTER = re.compile(
    r"\s+(?:were|are)\s+(?:all\s+)?(?P<g>" + alternation(("children", "women", "minors", "girls", "boys", "students",
                                                        "civilians", "soldiers", "foreigners", "pupils"))
    + r")\b(?!\s+(?:of|in|at|from|who|whose)\b)"
)
_SENTENCE_OPENS = re.compile(r"^\W*(?:(?:of\s+those|of\s+them|among\s+them),?\s*)?$", re.I)
_MODAL_AFTER = re.compile(r"\s*(?:who|had|have|were|was|are|could|would|will|may|might)\b")
_AS_SOURCE_SAID_AFTER = re.compile(r"\s+as\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)?\s+(?:has\s+|had\s+|have\s+)?(?:first\s+|initially\s+|earlier\s+|previously\s+)?(?:said|reported|claimed|stated|says|announced)\b"
    # '"not five, as the Government says"'
    r"|^,\s*as\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)?\s+(?:says|said|claims|claimed|states|stated)\b")
_ADDITION_BEFORE = re.compile(
    r"\b(?:another|a further|further|an additional|additional|other|remaining|the)\s*$"
)
_NUMBERING_BEFORE = re.compile(r"\bnumbering\s*$")
_NUMBERED_GROUP = re.compile(r"\b([A-Za-z][\w\-]*)\s*,?\s*numbering\s*$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_FROM_OR_BY_BEFORE = re.compile(r"\b(?:from|by)\s+(?:[a-z]+\s+){0,2}$", re.I)
_STRONG_FORCE_AFTER = re.compile(r"-strong\s+(?:[\w\-]+\s+){0,2}?(force|army|contingent|unit|battalion|brigade|mission|deployment|troops)\b", re.I)
_SOURCE_SAID_AFTER = re.compile(r"(?:\S+ ){0,2}(?:said|told|say|says|reported|confirmed|described)\b")
_PASSIVE_AUX_AFTER = re.compile(r"(?:were|was|had|have)\b")
_ACCORDING_BEFORE = re.compile(r"\b(?:according to|citing|quoting|told)$")
_SAID = re.compile(r"\bsaid\b")
_SOURCE_PP_SAID_AFTER = re.compile(r"(?:at|from|of|in|with|for)\s+(?:\S+\s+){1,6}?(?:said|told|say|says)\b")


@dataclass(frozen=True)
class Mention:
    """A figure mention inside one sentence (offsets relative to the sentence)."""

    start: int
    end: int
    number_text: str
    low: float | None
    high: float | None
    head: str | None  # surface head noun, e.g. "peacekeeping troops", "wounded"
    subject: str  # normalised group
    head_category: str | None = None  # category the head itself says ("11 wounded")
    partitive: bool = False  # "five of the victims", "220 of them"
    anaphoric: bool = False  # head refers back ("of them", "others", "more")
    bare: bool = False
    number_start: int = 0
    number_end: int = 0
    qualifier: str | None = None
    notes: list[str] = field(default_factory=list)


_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_](?:[\w'’\-]*[^\W_])?|[^\w\s]")
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MASKS = [
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),  # ISO dates
    re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),  # 10/09/2020
    re.compile(r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs?|GMT|UTC|local)?", re.I),
    # "March 15", "Jan. 3, 2024", and a span of days, "the March 15-16 raids"
    # (unspaced: in "KABUL, Oct. 3 - 14 people died" the dash ends a dateline)
    re.compile(rf"\b(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:[-–]\d{{1,2}}(?:st|nd|rd|th)?)?\b(?:,?\s+\d{{4}})?", re.I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORDS})\b\.?(?:,?\s+\d{{4}})?", re.I),
    re.compile(rf"\b(?:{_MONTH_WORDS})\.?,?\s+\d{{4}}\b", re.I),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I),  # ordinals
    re.compile(r"\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I),
    re.compile(r"\b\d{3,4}\s*(?:hrs|hours|GMT|UTC|local time)\b", re.I),
    re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)", re.I),
    re.compile(rf"[{re.escape(CURRENCY_SYMBOLS)}]\s*\d[\d,.]*(?:\s*(?:million|billion|m|bn|k)\b)?", re.I),
    re.compile(r"\b(?:aged|age|ages)\s+\d+", re.I),
    re.compile(r"\b\d+\s*(?:-|\s)?years?[\s-]old\b", re.I),
    re.compile(r"\b(?:19|20)\d{2}s\b"),  # decades
    # ratios: "one in five residents", "six in 10 people"
    re.compile(r"\b(?:one|two|three|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.I),
    # reference numbers and emergency lines: "Index Number: AFR 36/8812/2025", "911 calls"
    re.compile(r"\b\d+(?:/\d+){2,}\b|\b[A-Z]{2,5}\s?\d+/\d+\b"),
    re.compile(r"\b(?:911|999|112)\s+(?:calls?|operators?|dispatchers?|centers?|centres?|lines?|system)\b", re.I),
    # phone numbers: "033-2350-1234", "06452-239000", "+249 912 345 678", "555-123-4567"
    re.compile(r"\b0\d{2,4}[-\s]\d{3,8}(?:-\d{3,4})?\b"),
    re.compile(r"\b\d{3}-\d{3,4}-\d{4}\b"),
    re.compile(r"\+\d{1,3}[\s-]?\d{2,4}(?:[\s-]\d{2,4}){2,3}\b"),
    # a number to call, whatever its grouping: "WhatsApp number 94150 22817", "the helpline
    # on 1800 180 5555" (seven digits at least, so "call 911" stays the rule above)
    re.compile(
        rf"\b(?:{alternation(PHONE_WORDS)})"
        r"(?:\s+(?:number|no\.|line))?(?:\s+(?:on|at))?\s*:?\s*\+?\d(?:[\s-]?\d){6,}\b",
        re.I,
    ),
    # "one latrine for every 90 people", "a rate of 12 per 100,000"
    re.compile(r"\b(?:for|per)\s+every\s+\d[\d,]*\b|\bper\s+\d[\d,]*\b", re.I),
]
_QUAL_BEFORE = re.compile(
    r"(?:^|(?<=[\s(“\"‘'—–\[\]]))(?P<q>" + alternation(QUALIFIERS_BEFORE) + r")\s+$", re.I
)
_QUAL_AFTER = re.compile(r"^[\s\-]*(?P<q>" + alternation(QUALIFIERS_AFTER) + r")(?!\w)", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*$", re.I)
_MAX_NOUN_WORDS = max(len(k.split()) for k in SUBJECT_NOUNS)


# Every mask needs one of these nearby: a separator, an ordinal suffix, a month, a clock or
# money word, a four-digit number or a decimal. A cheap test before the full alternation,
# which is worth it only if it is selective: the cue words are whole words ("st" and "no"
# also began "still" and "north", so it held near almost every figure), and "in" counts only
# in a ratio ("six in 10").
_MASK_HINT = Caseless(
    rf"[:/%+{re.escape(CURRENCY_SYMBOLS)}]|\d(?:st|nd|rd|th|h\d)|\d\.\d|\d{{4}}|\d-\d{{3}}|\b0\d{{2,4}}\s\d{{3}}"
    r"|\d\s*(?:am|pm)\b|\s(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:am|pm|a\.m|p\.m|hrs|hours|gmt|utc|local|percent|per|every|aged?|ages|years?|911|999|112|street|st|"
    r"avenue|ave|road|rd|boulevard|blvd|lane|drive|square|no|nr|number|"
    rf"{alternation(PHONE_WORDS)})\b",
)
_MASK_RE = Caseless("|".join(f"(?:{rx.pattern})" for rx in _MASKS))
# Masks that need their capitals (the alternation above is matched without case): addresses
# and numbered documents, "at 14 Hretska Street", "COMMUNIQUÉ No. 047", "Hospital No. 8"
_CASED_MASK_RE = re.compile(
    r"\b\d+[a-z]?\s+[A-Z][\w\-]+\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Square)\b"
    r"|\b(?:No|NO|Nr)\.\s*\d+\b"
)


def _masked(sentence: str, nums: list[NumberSpan]) -> list[tuple[int, int]]:
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
            spans.extend((m.start(), m.end()) for m in _MASK_RE.finditer(sentence, lo, hi))
            spans.extend((m.start(), m.end()) for m in _CASED_MASK_RE.finditer(sentence, lo, hi))
        covered = hi
    return spans


_COUNT_OF_BEFORE = re.compile(r"\b(?:figure|toll)\s+of\s+$", re.I)  # not "a total of 23 trains"
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")


def _past_a_date(sentence: str, num: NumberSpan, masks) -> NumberSpan:
    """"KABUL, Oct. 3 - 14 people died": a range whose low end is a masked date's day is the
    figure after the dash alone."""
    if num.kind != "digits" or num.low == num.high or not any(s <= num.start < e for s, e in masks):
        return num
    dash = _RANGE_DASH.search(num.text)
    if dash is None:
        return num
    start = num.start + dash.end()
    return NumberSpan(start, num.end, sentence[start : num.end], num.high, num.high, "digits")


def _inside(spans, start, end) -> bool:
    return any(s <= start and end <= e for s, e in spans)


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


def _words_from(sentence: str, pos: int) -> list[tuple[int, int, str]]:
    """`words(sentence[pos:])`, offsets relative to `pos`, from the sentence's own words."""
    toks, starts, _ = _sentence_words(sentence)
    j = bisect_left(starts, pos)
    if j > 0 and toks[j - 1][1] > pos:
        return words(sentence[pos:])
    return [(s - pos, e - pos, w) for s, e, w in toks[j:]]


def _prev_words(sentence: str, pos: int, n: int) -> list[str]:
    return [w.lower() for _, _, w in _words_until(sentence, pos)[-n:]]


def _is_year(num: NumberSpan) -> bool:
    return (
        num.kind == "digits"
        and _FOUR_DIGITS.fullmatch(num.text) is not None
        and 1800 <= num.low <= 2100
    )


def _looks_like_age(sentence: str, num: NumberSpan) -> bool:
    """"Arturo Magana, 25, wandered" / "Carmen de Marin, 41, wept"."""
    before = sentence[: num.start]
    after = sentence[num.end :]
    return (
        num.kind == "digits"
        and num.low < 120
        and _NAME_COMMA_BEFORE.search(before) is not None
        and _COMMA_OR_PAREN_AFTER.match(after) is not None
    )


def _next_word_info(sentence: str, pos: int) -> tuple[str, str]:
    """The word glued to the figure by a hyphen ("1,500-foot") and the next free word."""
    rest = sentence[pos:]
    glued = _HYPHEN_GLUED.match(rest)
    free = _NEXT_FREE_WORD.match(rest)
    return (glued.group(1).lower() if glued else "", free.group(1).lower().strip(",.;:()") if free else "")


def _singular(plural: str) -> str | None:
    """"soldiers" -> "soldier", "gunmen" -> "gunman", "bodies" -> "body"; None when the word
    does not end like an English plural."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "sses", "xes", "uses")):
        return plural[:-2]
    if plural.endswith("s") and not plural.endswith("ss"):
        return plural[:-1]
    return None


# "one attacker", "a single soldier": a count of one names its group in the singular
_SINGULAR_SUBJECTS = {
    single: subject
    for plural, subject in SUBJECT_NOUNS.items()
    if subject and " " not in plural and (single := _singular(plural)) and single not in SUBJECT_NOUNS
} | {"child": SUBJECT_NOUNS.get("children") or "children"}


def _head_noun(
    sentence: str, pos: int, singular: bool = False
) -> tuple[str | None, str | None, int, bool, bool]:
    """Scan right of a figure for its head noun.

    Returns (surface head, normalised subject, end offset, partitive, anaphoric). The scan
    stops at a verb-like stop word; modifiers in between ("more powerful", "active-duty",
    "Nagorno-Karabakh") are skipped.
    """
    toks = _words_from(sentence, pos)
    i = 0
    partitive = anaphoric = False
    # "of" right after the figure: "thousands of residents", "five of the victims", "220 of them"
    if len(toks) > 1 and toks[0][2].lower() == "among" and toks[1][2].lower() in ("them", "whom"):
        # "142 among them have been recaptured": a translation's "of them"
        return toks[1][2], "people", pos + toks[1][1], True, True
    if toks and toks[0][2].lower() == "of":
        nxt = toks[1][2].lower() if len(toks) > 1 else ""
        if nxt in ("them", "whom", "those", "these", "which"):
            return toks[1][2], "people", pos + toks[1][1], True, True
        if nxt in ("the", "her", "his", "their", "its", "our"):
            partitive = True
            i = 2
        else:
            i = 1
    modifiers = 0
    while i < len(toks) and modifiers <= 5:
        s, e, w = toks[i]
        lw = w.lower()
        # longest known multi-word noun starting here
        for n in range(min(_MAX_NOUN_WORDS, len(toks) - i), 0, -1):
            phrase = " ".join(t[2].lower() for t in toks[i : i + n])
            if phrase in SUBJECT_NOUNS and not (
                n == 1 and phrase in PARTICIPLE_CATEGORIES and i + 1 < len(toks)
                and toks[i + 1][2].lower() in SUBJECT_NOUNS
            ) and not (
                # "eleven police vans", "two refugee camps": a group naming the thing counted
                n == 1 and i + 1 < len(toks) and SUBJECT_NOUNS.get(toks[i + 1][2].lower()) in THING_SUBJECTS
                and SUBJECT_NOUNS[phrase] not in THING_SUBJECTS
            ):
                end = toks[i + n - 1][1]
                surface = sentence[pos + toks[i][0] : pos + end]
                return surface, SUBJECT_NOUNS[phrase], pos + end, partitive, phrase == "others"
        if singular and lw in _SINGULAR_SUBJECTS:
            return sentence[pos + toks[i][0] : pos + e], _SINGULAR_SUBJECTS[lw], pos + e, partitive, False
        if lw in ("more", "others") and modifiers == 0 and (
            i + 1 >= len(toks) or toks[i + 1][2].lower() in NP_STOP_WORDS or not toks[i + 1][2][0].isalnum()
        ):
            return w, "people", pos + e, partitive, True
        if lw in PARTICIPLE_CATEGORIES and modifiers == 0:
            nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
            # ("the two evacuated blocks": a noun of its own follows the participle)
            if nxt not in SUBJECT_NOUNS and not _unknown_plural(nxt):
                return w, "people", pos + e, partitive, False
        if not w[0].isalnum():
            break
        if _is_number_word(lw):
            # "five of the 10 abducted residents": the whole follows; this figure is a part
            if partitive:
                return None, None, pos, True, True
            break
        if lw == "and" and modifiers and i + 1 < len(toks) and (
            toks[i + 1][2].lower() in NP_MODIFIER_WORDS or toks[i + 1][2][0].isupper()
        ):
            modifiers += 1
            i += 1
            continue  # "hundreds of American and coalition service members"
        if lw in SPEECH_VERBS and lw.endswith("ed") and i + 1 < len(toks) and toks[i + 1][2].lower() in SUBJECT_NOUNS:
            modifiers += 1
            i += 1
            continue  # "22,800 registered IDPs": a participle before its noun, not a verb
        if lw in NP_STOP_WORDS or lw in UNIT_NOUNS or lw in SPEECH_VERBS:
            break
        nxt_tok = toks[i + 1][2] if i + 1 < len(toks) else ""
        if (
            w[0].isupper() and lw.endswith("s") and not lw.endswith("ss") and lw.isalpha()
            and lw not in NP_MODIFIER_WORDS
            and not (nxt_tok[:1].isalpha() and (nxt_tok.lower() in SUBJECT_NOUNS or nxt_tok[0].isupper()))
        ):
            # a demonym or group name as the head: "14 Palestinians", "300 Rohingyas"
            return sentence[pos + toks[i][0] : pos + e], lw, pos + e, partitive, False
        if lw in NP_MODIFIER_WORDS or "-" in w or w[0].isupper() or w[0].isdigit():
            modifiers += 1
            i += 1
            continue
        # An unknown plural noun still counts things of the story ("3,000 coffins"), unless a
        # known noun follows it ("two munitions experts": a modifier)
        if (
            lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3 and lw.isalpha()
            and lw not in NON_STORY_NOUNS
            and not (i + 1 < len(toks) and toks[i + 1][2].lower() in SUBJECT_NOUNS)
        ):
            return sentence[pos + toks[i][0] : pos + e], lw, pos + e, partitive, False
        # An unknown adjective or adverb before a known noun: "14 combat vehicles",
        # "30 critically wounded patients", "two correctional officers"
        if lw.isalpha() and modifiers < 3 and _noun_ahead(toks, i + 1):
            modifiers += 1
            i += 1
            continue
        break
    return None, None, pos, partitive, False


def _noun_ahead(toks, j: int) -> bool:
    """A known head noun within the next two words, before any stop word."""
    for k in range(j, min(j + 2, len(toks))):
        w = toks[k][2].lower()
        if w in NP_STOP_WORDS or not w[:1].isalpha():
            return False
        if w in SUBJECT_NOUNS or " ".join(t[2].lower() for t in toks[k : k + 2]) in SUBJECT_NOUNS:
            return True
        if w.endswith("s") and not w.endswith("ss") and len(w) > 3 and w not in NON_STORY_NOUNS:
            return True
    return False


def _fact_label(sentence: str, start: int) -> tuple[str, str | None] | None:
    """A fact box's category for the figure after its label, and the group the label names
    ("Children killed: 8" counts children), if it names one."""
    before = sentence[:start]
    label = _FACT_LABEL.search(before) if ":" in before or "|" in before else None
    if label is None:
        return None
    group = next((SUBJECT_NOUNS[w] for w in label.group("lead").lower().split() if w in SUBJECT_NOUNS), None)
    return FACT_LABELS[label.group("label").lower()], group


# A fact box's line that counts things: "Houses fully destroyed: 11,870", "• Bridges damaged:
# 14", "Road sections blocked: 86"; the label's first noun of a thing is what is counted.
_THING_LABEL = re.compile(
    r"(?:^|[•·\-–—*|/;]\s*)(?P<label>(?:[A-Za-z][\w\-’']*\s+){0,5}?[A-Za-z][\w\-’']*)"
    r"(?:\s*\([^()]{1,30}\))?\s*:\s*$"
)


def _thing_label(sentence: str, start: int) -> str | None:
    """The things a fact-box label counts ("houses" for "Houses fully destroyed:"), or None
    when its label names no thing (people are counted by FACT_LABELS, never here)."""
    before = sentence[max(0, start - 80) : start]
    label = _THING_LABEL.search(before) if ":" in before else None
    if label is None:
        return None
    for word in label.group("label").lower().split():
        subject = SUBJECT_NOUNS.get(word)
        if subject in THING_SUBJECTS or word in THING_SUBJECTS:
            return subject or word
        if subject is not None or word in NP_STOP_WORDS:
            return None  # a group of people, or a clause: "Officials said:"
        if _unknown_plural(word):
            return word
    return None


def _is_number_word(word: str) -> bool:
    return _DIGIT_WORD.fullmatch(word) is not None or word in UNITS or word in TENS


_STRONG_CUES = re.compile(
    r"\b(?:"
    + alternation((c for c in COUNT_CONTEXT_BEFORE if c not in ("at", "to", "from", "put", "put the", "up to")), space=r"\ ")
    + r")\b"
)
_WEAK_CUES = re.compile(r"\b(?:at|to|from|put|up to)\b")
# a copula right before the figure, which counts only with a toll word in its clause: "the
# number of people in shelters on Sunday was 131,200", never "the temperature was 40"
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|stood)\s+$")
_TOLL_WORDS = re.compile(r"\b(?:toll|number|figure|total|tally|count|dead|deaths|casualties|losses)\b")
# a fact box ("Dead: 31", "• Missing: 14") or a table row ("| People displaced | 414,000 |")
_FACT_LABEL = re.compile(
    # the label may name who was counted, and how sure the count is: "• Civilians reportedly
    # killed: 19–24"; a run of labels on one line is split by slashes: "Dead: 17 / Injured: 61"
    # ... and several may share a line split by semicolons: "Killed: 17; injured: 61"; an
    # aside in brackets may follow the label: "Fatalities (coded): 45"
    r"(?:^|[•·\-–—*|/;]\s*)(?P<lead>(?:[A-Za-z][\w\-’']*\s+){0,3}?)(?P<label>"
    + alternation(FACT_LABELS, space=r"\ ")
    + r")(?:\s*\([^()]{1,30}\))?\s*(?::|\|)\s*$",
    re.I,
)
_CATEGORY_AFTER = re.compile(
    # "160 have since been recaptured": adverbs between the auxiliary and the verb; "five who
    # were hurt while fleeing": a relative pronoun before them
    r"\s*(?:who\s+)?(?:(?:were|was|are|is|have|has|had|remain|remained|remains|been|now|still|also|later|reportedly"
    r"|allegedly|since|already|subsequently|all)\s+)*"
    r"(?:" + "|".join(
        re.escape(w) for c, ws in CATEGORY_WORDS.items() if c != "troops" for w in sorted(ws, key=len, reverse=True)
    ) + r"|at large|deployed|stationed|escaped)\b",
    re.I,
)
_LIST_BEFORE = re.compile(r"(?:,|\band)\s+$")
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|remain\s+admitted|remained)\b(?!\s+(?:by|to|that)\b)"
    # "four remained in critical condition and nine were in fair condition"
    r"|\s+(?:were|are|remain|remained)\s+(?:still\s+)?in\s+(?:\w+\s+){0,3}condition\b"
)
_PLACE_PHRASE_AFTER = re.compile(r"\s+(?:from|in|at)\s+(?:the|a|an|their|its)\s+[a-z]")
_ELLIPTICAL = re.compile(r"^\s+in\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+|adjacent\s+)?[A-Z]")
_RIVAL_SAYS_BEFORE = re.compile(r",\s*(?:the\s+)?(?:[\w’'\-]+\s+){1,4}(?:says|say|said)\s+$", re.I)
# a rival figure given on its own after a figure in the sentence before: "Your latest figure
# is 63 deaths. The ministry says 44." ("The ministry says seven, but ...")
_RIVAL_SENTENCE_BEFORE = re.compile(r"^\W*(?:The\s+|the\s+)?(?:[\w’'\-]+\s+){1,4}(?:says|say|said)\s+$")
def _rival_alone(sentence: str, start: int, end: int) -> bool:
    return _RIVAL_SENTENCE_BEFORE.match(sentence[:start]) is not None and _RIVAL_SENTENCE_END.match(sentence, end) is not None


_RIVAL_SENTENCE_END = re.compile(r"\s*(?:[.;!?\"”’]*$|,\s*(?:but|while|whereas|not)\b)")
_CLAUSE_END = re.compile(r"\s*(?:$|[.;:)\]]|,\s)")


_REVISION = alternation(REVISION_VERBS)
#: "elevated to 341 the number of injured": the figure before what it counts
NUMBER_OF_AFTER = re.compile(
    # "elevated to 341 the number of injured", "raised to seven from four the number of
    # people killed": the count is named after its figure (and the figure it replaced)
    r"(?:\s+from\s+[\w,.]+)?\s+the\s+(?:number|figure|toll|count|tally|total)\s+of\s+(?:the\s+)?(?P<w>[a-z]+)"
    r"(?:\s+(?P<w2>[a-z]+))?",
    re.I,
)
_NUMBER_OF_AFTER = NUMBER_OF_AFTER
_GROUP_IS_BEFORE = re.compile(
    r"\b(?:dead|deceased|deaths|injured|wounded|missing|detained|arrested|displaced|evacuated)\s+"
    r"(?:are|is|were|was|stand\s+at|stands\s+at|number|numbered|total|totalled|totaled)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?$",
    re.I,
)
_SPEAK_OF_BEFORE = re.compile(
    r"\b(?:speak|speaks|spoke|talk|talks|talked)\s+of\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?$", re.I
)
_OF_WHICH_BEFORE = re.compile(r",\s*(?:of\s+which|of\s+whom)\s+$", re.I)
_TO_FROM_BEFORE = re.compile(r"\bto\s+\d[\d,.]*\s+from\s+$")
# "cut the toll by three, to 44 from 47", "rose by 5 to 40": the size of a change is no count
_BY_DELTA_BEFORE = re.compile(rf"\b(?:{_REVISION})\b[^.;]{{0,60}}\bby\s+$", re.I)
#: ... and the figure after "to" in that clause is the toll itself, however far back the toll
#: word is: "cut the toll of Sunday's ferry disaster by three, to 44"
#: "wildfire forces tens of thousands from homes": driven out, so displaced
DRIVEN_OUT_BEFORE = re.compile(rf"\b(?:{alternation(DRIVING_OUT_VERBS)})\s+$", re.I)
FROM_HOMES_AFTER = re.compile(r"\s+(?:out\s+)?(?:of|from)\s+(?:their\s+)?homes\b", re.I)
#: "the camp is home to some 23,000 people": the displaced, never a background population
CAMP_HOLDS_BEFORE = re.compile(
    rf"\bcamps?\b[^.;]{{0,40}}?\b(?:{alternation(CAMP_HOLDS_VERBS)})\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|almost|around|an\s+estimated)\s+)?$",
    re.I,
)
#: "evacuation orders now cover more than 40,000": the figure is who must leave
ORDERS_COVER_BEFORE = re.compile(
    rf"\b(?:{alternation(ORDER_NOUNS)})\s+(?:now\s+|still\s+|already\s+)?(?:{alternation(ORDER_COVER_VERBS)})\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|almost|around)\s+)?$",
    re.I,
)
TOLL_REVISED_TO = re.compile(
    rf"\b(?:{_REVISION})\s+(?:the|its|their|his|her)\s+(?:death\s+)?toll\b[^.;]{{0,80}}?\bto\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly)\s+)?$",
    re.I,
)


def _unknown_plural(word: str) -> bool:
    return (
        word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word.isalpha()
        and word not in SUBJECT_NOUNS and word not in NP_STOP_WORDS and word not in UNIT_NOUNS
        and word not in PARTICIPLE_CATEGORIES
    )


def _bare_is_count(sentence: str, num: NumberSpan, start: int, end: int, has_previous: bool) -> bool:
    """A figure with no head noun is a claim only where the words say it is a count."""
    if _BY_DELTA_BEFORE.search(sentence, max(0, start - 80), start):
        return False
    if TOLL_REVISED_TO.search(sentence, max(0, start - 140), start):
        return True
    if ORDERS_COVER_BEFORE.search(sentence, max(0, start - 60), start):
        return True
    if FROM_HOMES_AFTER.match(sentence, end) and DRIVEN_OUT_BEFORE.search(sentence, max(0, start - 12), start):
        return True  # "wildfire forces tens of thousands from homes"
    if has_previous and _TO_FROM_BEFORE.search(sentence, max(0, start - 30), start):
        return True  # "..., to 44 from 47": the figure the count replaced
    if _NUMBER_OF_AFTER.match(sentence, end):
        return True  # "elevated to 341 the number of injured"
    if _GROUP_IS_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "the deceased are 14", "the injured are 1,140"
    if has_previous and _SPEAK_OF_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # a rival figure: "..., rights groups speak of 14"
    if has_previous and _OF_WHICH_BEFORE.search(sentence, max(0, start - 20), start):
        return True  # "Houses damaged: 1,870, of which 415 fully destroyed"
    before = " ".join(_prev_words(sentence, start, 6))
    after = sentence[end:].lower()
    if _OF_THEM_AFTER.match(after):
        return True
    if has_previous is False and _WERE_GROUP_AFTER.match(sentence, end) and _SENTENCE_OPENS.match(sentence[:start]):
        # "Eleven were children, she said.": who the figure before were, a part of it
        return True
    if _TRANSITIVE_BEFORE.search(sentence[:start]):
        return True  # "quake kills dozens", "blasts kill at least 103 in Iran"
    if _CATEGORY_AFTER.match(sentence[end:]):
        return True  # "officials said 30 were killed", "97 remained at large", "Tens of thousands fled"
    if _MODAL_AFTER.match(after) and _ADDITION_BEFORE.search(before):
        return True
    if _FACT_LABEL.search(sentence[:start]):
        return True  # a fact box: "Dead: 31"
    if _thing_label(sentence, start):
        return True  # "Houses fully destroyed: 11,870"
    if _AS_SOURCE_SAID_AFTER.match(sentence[end:]):
        return True  # "462 inmates, not 294 as the NCS has said"
    if _NUMBERING_BEFORE.search(sentence[:start]):
        return True  # "the gunmen, numbering more than 100"
    if has_previous and _ELLIPTICAL.match(sentence[end:]):
        return True  # "19 people in Sunamganj, eight in Sylhet and four in Moulvibazar"
    if has_previous and _PART_END.match(sentence, end) and breakdown_place(sentence, start):
        return True  # "68 have died (Karuva 51, Sembe 13, Dallow 4)"
    if has_previous and _LIST_BEFORE.search(sentence, 0, start) and _PARTICIPLE_AFTER.match(sentence, end):
        return True  # "23 trains cancelled, 17 diverted", "238 destroyed and 31 damaged"
    if has_previous and _LIST_BEFORE.search(sentence, 0, start) and _PLACE_PHRASE_AFTER.match(sentence, end):
        return True  # "187 pupils from the secondary school and 125 from the primary school"
    if has_previous and _RIVAL_SAYS_BEFORE.search(sentence, 0, start) and _CLAUSE_END.match(sentence, end):
        return True  # a headline's rival figure: "hospital says 62 dead, ministry says 28"
    if _rival_alone(sentence, start, end):
        return True  # "The ministry says 44.": the whole of what a rival says
    if _STRONG_CUES.search(before) or _STRONG_CUES.search(sentence[start : num.start].lower()):
        return True  # the cue may be the qualifier itself: "the toll topped 1,000"
    if _WEAK_CUES.search(before) is None and start == num.start and not _COPULA_BEFORE.search(sentence, max(0, start - 8), start):
        return False
    # "revised the death toll from the floods in Derna to 4,352", "the death toll from the
    # earthquake ... has passed 2,000": a toll word in the figure's clause, before the cue or
    # the qualifier, however far back
    left = sentence[max(0, start - 120) : start]
    return _TOLL_WORDS.search(left[last_clause_start(left) :].lower()) is not None


_NAMED_PART_BEFORE = re.compile(r"[(,;]\s*(?:and\s+)?(?P<p>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}):?\s+$")
_PART_END = re.compile(r"\s*(?:[,;)]|and\b)")
_FIGURE_BEFORE_BRACKET = re.compile(r"\d\s*(?:[a-z]+\s+){0,3}$")


def breakdown_place(sentence: str, start: int) -> str | None:
    """The place of a figure in a breakdown by place, in brackets after the figure it breaks
    down: "Karuva" in "68 people have died (Karuva 51, Sembe 13, Dallow 4)"."""
    opened = sentence.rfind("(", 0, start)
    if opened < 0 or opened < sentence.rfind(")", 0, start):
        return None
    named = _NAMED_PART_BEFORE.search(sentence, max(opened, start - 40), start)
    if named is None or not _FIGURE_BEFORE_BRACKET.search(sentence, max(0, opened - 40), opened):
        return None
    return named.group("p")
_CLAUSE_CUT = re.compile(r"[,;:()—–\"“”]|\.(?:\s|$)")


def last_clause_start(left: str) -> int:
    """Where the clause that ends `left` begins: after its last comma, bracket, quote or full
    stop. A figure's toll word or cue counts only inside its own clause."""
    return max((m.end() for m in _CLAUSE_CUT.finditer(left)), default=0)
_OF_CASUALTIES_BEFORE = re.compile(
    r"^\W*Of\s+(?:the|those)\s+(?:wounded|injured|dead|killed|missing|victims|hurt|hospitalised|hospitalized)"
    r"\s*,\s*(?:at\s+least\s+|some\s+|about\s+|only\s+|nearly\s+)?$",
    re.I,
)
_SOURCES_MET_BEFORE = re.compile(
    r"\b(?:spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|interviewing|surveyed)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|some|nearly)\s+)?$",
    re.I,
)
_IN_A_NAME = re.compile(r"\b[A-Z]{2,6}\s$")
_CAPITAL_NEXT = re.compile(r"\s[A-Z][a-z]")
_OF_WHOLE_BEFORE = re.compile(
    r"^\W*Of\s+(?:the|those|these|all)\s+[^,;]{1,60},\s*(?:at\s+least\s+|some\s+|about\s+|only\s+|nearly\s+)?$", re.I
)


def find_mentions(sentence: str) -> list[Mention]:
    """The claim mentions of one sentence, in order."""
    nums = find_numbers(sentence)
    if not nums:
        return []  # most sentences: skip the masks and context work entirely
    masks = _masked(sentence, nums)
    nums = [_past_a_date(sentence, n, masks) for n in nums if not _inside(masks, n.start, n.end)]
    out: list[Mention] = []
    skip_next = False
    for idx, num in enumerate(nums):
        if skip_next:
            skip_next = False
            continue
        if num.decimal or _is_year(num) and not _followed_by_noun(sentence, num.end):
            continue
        if _looks_like_age(sentence, num):
            continue
        glued, nxt = _next_word_info(sentence, num.end)
        strong = glued == "strong"
        if glued and not strong and glued != "plus":
            continue  # "1,500-foot", "two-story", "17-year-old": a modifier, not a count
        if nxt in UNIT_NOUNS:
            continue
        prev = (_prev_words(sentence, num.start, 1) or [""])[-1]
        if _IN_A_NAME.search(sentence, max(0, num.start - 12), num.start) and _CAPITAL_NEXT.match(sentence, num.end):
            continue  # "Stay with KWCH 12 News": a number inside a name
        if _SOURCES_MET_BEFORE.search(sentence, max(0, num.start - 30), num.start):
            continue  # "Our investigators spoke to 27 survivors": whom the report talked to
        if prev in ("magnitude", "aged", "age", "ages", "number", "no", "no."):
            continue
        if prev == "by" and not _by_is_agent(sentence, num.start):
            continue  # "cut the toll by 100": the size of a change
        if prev in IDENTIFIER_WORDS or prev in CURRENCY_PREFIXES:
            continue  # "Resolution 2334", "Rs 500"

        low, high = num.low, num.high
        start, end = num.start, num.end
        number_start, number_end = num.start, num.end
        # a range "200 to 300", "between 10,000 and 15,000", "5,000-8,000"
        if idx + 1 < len(nums):
            nxt_num = nums[idx + 1]
            gap = sentence[num.end : nxt_num.start]
            between = _BETWEEN_BEFORE.search(sentence[: num.start])
            joiner = gap.strip().lower()
            # "from 95 to 84" and "by 100 to 250" are a change and its result, not a range
            revision = _FROM_OR_BY_BEFORE.search(sentence[: num.start])
            if (
                _RANGE_JOIN.match(gap)
                and (joiner != "and" or between)
                and joiner != "or"
                and not revision
                and nxt_num.low >= num.low
                and not nxt_num.decimal
                and not _inside(masks, nxt_num.start, nxt_num.end)
            ):
                high = nxt_num.high
                end = nxt_num.end
                number_end = nxt_num.end
                skip_next = True
                if between:
                    start = between.start()
                if _next_word_info(sentence, end)[1] in UNIT_NOUNS:
                    continue  # "between 200 and 500 shillings": money, not a count
        qual = _QUAL_BEFORE.search(sentence[:start])
        rule = Rule.EXACT
        qualifier = None
        if qual:
            rule = QUALIFIERS_BEFORE[" ".join(qual.group("q").lower().split())]
            qualifier = qual.group("q")
            start = qual.start("q")
            before_qual = (_prev_words(sentence, start, 1) or [""])[-1]
            if before_qual == "by" and not _by_is_agent(sentence, start):
                continue  # "cut the toll by more than 100": the size of a change
        post = _QUAL_AFTER.match(sentence[end:])
        if post and rule is Rule.EXACT:
            rule = QUALIFIERS_AFTER[" ".join(post.group("q").lower().split())]
            qualifier = post.group("q")
            end = end + post.end()
        if num.kind == "vague" and rule in (Rule.MORE_THAN,):
            v_low, v_high = apply_rule(rule, high if num.low == num.high else low, high)
        else:
            v_low, v_high = apply_rule(rule, low, high)

        if strong:
            # "a 3,000-strong force": the size of a force
            head, subject, head_end, partitive, anaphoric = _head_noun(sentence, end + len("-strong"))
            if head is None:
                forces = _STRONG_FORCE_AFTER.match(sentence[end:])
                if forces:
                    head, subject, head_end = forces.group(1), "troops", end + forces.end()
            elif subject in ("people",):
                subject = "troops"
            if head is None:
                continue
        else:
            head, subject, head_end, partitive, anaphoric = _head_noun(sentence, end, singular=high == 1)
            if (
                head and head[:1].islower() and head.lower() not in SUBJECT_NOUNS
                and head.lower() not in PARTICIPLE_CATEGORIES
                and _COUNT_OF_BEFORE.search(sentence, max(0, start - 40), start)
            ):
                # "the directorate's figure of 22 refers to all the dead": after "figure of"
                # the figure is the count itself, and an unknown word after it is its verb
                head, subject, head_end = None, None, end
        bare = head is None
        numbered = None
        if bare:
            # "the gunmen, numbering more than 100": the size of the group named before
            numbered = "numbering" in sentence and _NUMBERED_GROUP.search(sentence, 0, start)
            if numbered and numbered.group(1).lower() in SUBJECT_NOUNS:
                subject = SUBJECT_NOUNS[numbered.group(1).lower()]
            else:
                numbered = None
        whole_follows = bare and partitive
        if whole_follows and high == 1 and not (idx + 1 < len(nums) and nums[idx + 1].start - end < 25):
            continue  # "a committee, one of the neighbourhood groups that ...": which, not how many
        # "Of the 24 dead, 15 were from Kisumu": a part of the whole that opens the sentence
        of_whole = bare and (
            out and _OF_WHOLE_BEFORE.search(sentence, 0, start) is not None
            # "Of the wounded, six were in critical condition"
            or _OF_CASUALTIES_BEFORE.search(sentence, 0, start) is not None
        )
        if of_whole:
            partitive = True
        elif bare and not whole_follows and not _bare_is_count(sentence, num, start, end, bool(out)):
            continue  # a bare figure needs a count word or a casualty verb to be a claim
        if (
            _BACKGROUND_BEFORE.search(sentence[:start]) and not CAMP_HOLDS_BEFORE.search(sentence, max(0, start - 80), start)
        ) or _BACKGROUND_AFTER.match(sentence[head_end if head else end:]):
            continue  # "a nation of 170 million people", "12 earthquakes through history"
        if head is not None and subject in REPORTER_NOUNS_NORMALISED and _is_reporting(sentence, head_end, start):
            if not (prev == "the" and _STRONG_CUES.search(" ".join(_prev_words(sentence, num.start, 4)))):
                continue
            # "up from the 17 police reported on Sunday": the figure the police gave
            head, subject, head_end, bare = None, "people", end, True
        if subject is not None and subject in NON_STORY_NOUNS:
            continue
        if subject in THING_SUBJECTS and prev in ("first", "top", "last"):
            continue  # "the first two general coaches": which ones, not how many
        fact = _fact_label(sentence, start)
        labelled = bool(not head and fact and fact[1])  # "Children killed: 8": the label says who
        if labelled:
            subject = fact[1]
        elif not head and not fact and bare:
            things = _thing_label(sentence, start)
            if things:
                fact, labelled, subject = ("other", things), True, things
        m = Mention(
            start=start,
            end=head_end if head else end,
            number_text=sentence[number_start:number_end],
            low=v_low,
            high=v_high,
            head=head,
            subject=subject or "people",
            head_category=(
                # "In relief camps: 12,400 people": a fact label names the category of a
                # figure whose head does not
                (PARTICIPLE_CATEGORIES.get(head.lower()) if head else None) or (fact and fact[0])
            ),
            partitive=partitive,
            anaphoric=(anaphoric or bare) and not labelled,
            bare=bare and not labelled,
            number_start=number_start,
            number_end=number_end,
            qualifier=qualifier,
        )
        if whole_follows:
            m.notes.append("whole-follows")
        if numbered:
            m.notes.append("numbered-group")
        if bare and _rival_alone(sentence, start, end):
            m.notes.append("rival-alone")  # a claim only after a figure it rivals (claims.py)
        group = _WERE_GROUP_AFTER.match(sentence, end) if bare and not out else None
        if group and _SENTENCE_OPENS.match(sentence[:start]):
            # "Eleven were children": a part of the figure before, a claim only after one
            m = replace(m, subject=SUBJECT_NOUNS.get(group.group("g").lower(), group.group("g").lower()))
            m.notes.append("part-of-before")
        out.append(m)
    # "five of the 10 abducted residents": the part takes the whole's group
    for i, (a, b) in enumerate(zip(out, out[1:])):
        if "whole-follows" in a.notes:
            out[i] = replace(a, subject=b.subject)
    return out


_BACKGROUND_BEFORE = re.compile(
    r"\b(?:" + alternation(BACKGROUND_BEFORE, space=r"\ ") + r")\s+(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+|over\s+)?$",
    re.I,
)
_BACKGROUND_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:" + alternation(BACKGROUND_AFTER, space=r"\ ") + r")\b"
    # a rate right after the phrase, not "died an hour later" or "a day after the blast"
    r"|^\s*(?:" + alternation(RATE_AFTER, space=r"\ ") + r")\b(?!\s+(?:after|later|before|earlier|ago|of)\b)",
    re.I,
)
_TRANSITIVE_BEFORE = re.compile(
    r"\b(?:" + alternation(TRANSITIVE_CATEGORY_VERBS, space=r"\ ") + r")\s+$",
    re.I,
)
REPORTER_NOUNS_NORMALISED = frozenset(SUBJECT_NOUNS.get(n, n) for n in REPORTER_NOUNS) | REPORTER_NOUNS


def _followed_by_noun(sentence: str, pos: int) -> bool:
    head, *_ = _head_noun(sentence, pos)
    return head is not None and head.lower() not in UNIT_NOUNS


def _by_is_agent(sentence: str, pos: int) -> bool:
    """"killed by 20 gunmen" keeps the figure; "cut the toll by 100" is the size of a change."""
    before = " ".join(_prev_words(sentence, pos, 5))
    return not _CHANGE_VERB.search(before)


_CHANGE_VERB = re.compile(
    r"\b(?:cut|cuts|reduced|lowered|raised|increased|rose|fell|dropped|grew|up|down|higher|lower)\b"
)


_PASSIVE_REPORT_AFTER = re.compile(r"(?:believed|thought|said|reported|feared|known|understood)\s+to\b")
_SOURCE_ASIDE = re.compile(
    r"\s*,\s*(?:speaking|who|both|all|requesting|asking|citing|quoted)\b[^,;.]{0,120},", re.I
)


def _is_reporting(sentence: str, head_end: int, start: int) -> bool:
    """"two defense officials said" / "according to two officials": a count of the sources."""
    aside = _SOURCE_ASIDE.match(sentence, head_end)
    if aside:
        head_end = aside.end()  # "two officials, speaking on condition of anonymity, told"
    following = [w for _, _, w in _words_from(sentence, head_end)[:10]]
    if _WHO_SAID_AFTER.match(sentence, head_end):
        return True  # "Two munitions experts who reviewed photographs said"
    after = " ".join(following[:4]).lower()
    before = " ".join(_prev_words(sentence, start, 3))
    first = after.split(" ")[0] if after else ""
    if _PASSIVE_REPORT_AFTER.match(after):
        return False  # "40 residents believed to be trapped", "residents said to be missing"
    return (
        first in SPEECH_VERBS
        or _SOURCE_SAID_AFTER.match(after) is not None
        and not _PASSIVE_AUX_AFTER.match(after)
        or _ACCORDING_BEFORE.search(before) is not None
        or before.endswith("to") and "according" in before
        or not _said_by_another(sentence, head_end) and (
            # "two survivors from the boat said"
            (after.startswith("from") and _SAID.search(after) is not None)
            # "Two officials at the state's industrial safety directorate said"
            or _SOURCE_PP_SAID_AFTER.match(" ".join(following).lower()) is not None
        )
    )


_WHO_SAID_AFTER = re.compile(r"\s+who\s+[^,.;]{0,60}?\b(?:said|told|say|says)\b")
_SAYING_AFTER = re.compile(r"\b(?:said|told|say|says)\b")


def _said_by_another(sentence: str, head_end: int) -> bool:
    """"pulled 87 survivors from the water, he said": a comma before the verb, whose subject
    is its own."""
    verb = _SAYING_AFTER.search(sentence, head_end, head_end + 80)
    return verb is not None and "," in sentence[head_end : verb.start()]


__all__ = ["Mention", "find_mentions", "words", "WEEKDAYS"]
