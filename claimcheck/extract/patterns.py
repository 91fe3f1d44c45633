"""Turn lexicon phrase tables into regex alternations, one way for every module.

Longest phrases first, so "no fewer than" wins over "fewer than"; the words of a phrase match
any run of whitespace, so a line break inside "at least" does not hide the qualifier.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache

from claimcheck.extract.lexicon import (
    CARE_PLACES, CLAIMED_ACT_NOUNS, KILLING_HAZARDS, MONTHS, QUALIFIERS_BEFORE, SPEECH_PARTICIPLES, WEEKDAYS,
)


def alternation(phrases: Iterable[str], *, space: str = r"\s+") -> str:
    """`a|b c|...` for use inside a group; no anchors, no flags. `space` is what a space
    between two words of a phrase matches.

    Written as a trie (`kill(?:ed|ing)?|wound(?:ed|s)?`), not a flat list. re tries the
    branches of a flat alternation one by one at every position it scans, and the lexicon's
    lists have hundreds of phrases; the trie rejects a position after a character or two.
    The matches are those of the flat list sorted longest first: two phrases that match at
    one position lie on one path of the trie (one is the other's prefix), and a longer
    path is tried before the phrase that ends earlier on it.
    """
    phrases = list(phrases)
    trie: dict = {}
    for phrase in phrases:
        words = phrase.split()
        if not words:
            return _flat_alternation(phrases, space)
        node = trie
        for i, word in enumerate(words):
            if i:
                node = node.setdefault(" ", {})
            for ch in word:
                node = node.setdefault(ch, {})
        node[_END] = {}
    try:
        return _trie_pattern(trie, space)
    except _CaseClash:
        return _flat_alternation(phrases, space)


_END = ""


class _CaseClash(Exception):
    """Two branches of a trie node differ only in case: under IGNORECASE both would match,
    and then the longest-first order of the flat list is no longer the trie's."""


def _flat_alternation(phrases: list[str], space: str) -> str:
    # longest first counted in its words' letters and single spaces, as the trie counts it
    return "|".join(
        space.join(re.escape(word) for word in phrase.split())
        for phrase in sorted(phrases, key=lambda p: len(" ".join(p.split())), reverse=True)
    )


def _trie_pattern(node: dict, space: str) -> str:
    branches = [key for key in node if key != _END]
    if len({key.lower() for key in branches}) < len(branches) or len({key.upper() for key in branches}) < len(branches):
        raise _CaseClash
    parts = [(space if key == " " else re.escape(key)) + _trie_pattern(node[key], space) for key in branches]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if _END in node:
        body = (body if len(parts) > 1 else "(?:" + body + ")") + "?"
    return body


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


_LETTER_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=256)
def sentence_words(text: str) -> frozenset[str]:
    """The runs of ASCII letters of the lower-cased text: what a pattern's key words are
    looked up in before the pattern itself runs."""
    return frozenset(_LETTER_RUN.findall(text.lower()))


def key_words(phrases: Iterable[str]) -> frozenset[str]:
    """One word per phrase that any match of the phrase must contain: its longest letter run.

    Valid for a phrase matched whole between word boundaries (`\\b(?:...)\\b`): each of its
    letter runs is then a run of the text too, so a text without any key word cannot match.
    A phrase with no letters gives no key, and then nothing may be skipped.
    """
    keys = set()
    for phrase in phrases:
        runs = _LETTER_RUN.findall(phrase.lower())
        if not runs:
            raise ValueError(f"phrase {phrase!r} has no letters to key on")
        keys.add(max(runs, key=len))
    return frozenset(keys)


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

    __slots__ = ("ignorecase", "lowered", "needs", "pattern")

    def __init__(self, pattern: str, flags: int = 0, *, needs: frozenset[str] | None = None) -> None:
        """`needs`: words one of which every match holds (see `key_words`); a text without
        any of them is not scanned at all, which is most sentences for most patterns."""
        self.pattern = pattern
        self.ignorecase = re.compile(pattern, flags | re.IGNORECASE)
        self.lowered = re.compile(_lower_literals(pattern), flags & ~re.IGNORECASE)
        self.needs = needs

    def _skip(self, text: str) -> bool:
        return self.needs is not None and self.needs.isdisjoint(sentence_words(text))

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator:
        if self._skip(text):
            return iter(())
        low = _lowered(text)
        if low is None:
            return self.ignorecase.finditer(text, pos, endpos)
        return (_OriginalCaseMatch(m, text) for m in self.lowered.finditer(low, pos, endpos))

    def finditer_folded(self, text: str) -> Iterator[re.Match[str]]:
        """Matches whose groups give lower-cased characters (offsets are the text's).

        For the hottest callers, which lower-case what they read anyway: wrapping every match
        to hand back the original characters cost more than the scan itself.
        """
        if self._skip(text):
            return iter(())
        low = _lowered(text)
        if low is None:
            return self.ignorecase.finditer(text)
        return self.lowered.finditer(low)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._one("search", text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._one("match", text, pos, endpos)

    def _one(self, how: str, text: str, pos: int, endpos: int):
        if self._skip(text):
            return None
        low = _lowered(text)
        if low is None:
            return getattr(self.ignorecase, how)(text, pos, endpos)
        m = getattr(self.lowered, how)(low, pos, endpos)
        return m and _OriginalCaseMatch(m, text)


def qualifier_tail(extra: Iterable[str] = ()) -> str:
    """An optional qualifier right before a figure, for patterns that end where the figure
    begins ("put the toll at more than 40"): every qualifier of the lexicon, and `extra`
    words a pattern also allows there ("another", "the remaining"). Written once, so a
    qualifier added to the lexicon reaches every such pattern."""
    return rf"(?:(?:{alternation([*QUALIFIERS_BEFORE, *extra])})\s+)?"


#: Where "admitted" sends patients, after the verb: "to a field hospital", "to Harbour Road
#: Hospital" (the name, or one word of its kind, before the care place; not "admitted to 12
#: deaths in the hospital"). One pattern, for the figure finder (mentions.py: no count of
#: sources) and the speech reader (speakers.py: no concession).
TO_A_CARE_PLACE = (
    r"\s+(?:to|into|at)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}(?i:" + alternation(CARE_PLACES) + r")\b"
)


#: A time phrase between a revision's two figures: "raised the toll to 73 late on Tuesday,
#: from 29 at noon". One pattern, for the figure finder (counts.py) and the revision reader
#: (context.py).
TIME_BETWEEN = r"(?:on|in|at|by|late|early)\s+[\w ]{1,30}?"



#: What opens a part of the figure just given, for the category reader (category.py) and the
#: part marker (records.py), which read the same words: "a toll of 34, which includes six
#: women" (right after a figure or a count's noun, not "a rally that included 3,000
#: marchers"), and the owner that may stand before the part ("including the mill's two
#: co-owners", "including its three guards").
INCLUDES_AFTER_FIGURE = (
    r"(?:\d[\d,]*|toll|figure|count|tally|total|number)(?:\s+[a-z]+){0,2}\s*,?\s*(?:which|that)\s+(?:include|includes|included)"
    # ("The 30 dead include 12 soldiers": the verb right after the whole's noun, too; never
    # after a day or a year, "losses since February 24 include", "the 2019 floods include")
    # (a month's last letters before the day: fixed-width look-behinds)
    r"|(?<!ary\s)(?<!rch\s)(?<!ril\s)(?<!may\s)(?<!une\s)(?<!uly\s)(?<!ust\s)(?<!ber\s)"
    r"\b(?!(?:1[89]|20)\d\d\b)\d[\d,]*(?:\s+[a-z]+){1,2}\s*,?\s*(?:include|includes|included)"
    # ("this figure includes two persons who ...": a count's noun and its verb)
    r"|\b(?:toll|figure|count|tally|total|number)\s+(?:also\s+)?(?:include|includes|included)"
)
PART_OWNER = r"(?:(?:the\s+)?[\w\-]+['’]s\s+|its\s+|their\s+|his\s+|her\s+)?"


#: After a form of "claim": the act claimed, up to two words away ("claimed responsibility
#: for", "claims Tuesday's bombing"), never a figure in between. The hedge reader
#: (context.py) and the speech reader (speakers.py) both skip such a "claim", unless the act
#: is the subject of a clause the claim reports ("claimed the attack killed 40 soldiers"), or
#: the claimant goes on to speak ("claimed the attack on Telegram, saying its men had
#: killed 73 soldiers": the figures are the claimant's).
CLAIMED_ACT_AFTER = re.compile(
    rf"\s+(?:(?!\d)[\w'’\-]+\s+){{0,2}}?(?:{alternation(CLAIMED_ACT_NOUNS)})\b"
    # the act closes what is claimed: a comma, "for", a relative clause, a place or a time,
    # the end; not "claimed the raid on the garrison killed 35", "claimed the assault was"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:for|which|that|who|in\s+which|where)\b"
    r"|\s+(?:on|in|at|near|against)\s+(?:(?!\b(?:killed|left|was|were|is|are|had|has|caused|wounded|injured)\b)[^,;.])*(?:[,.;]|$))"
    rf"(?![^.;]*,\s+(?:{alternation(SPEECH_PARTICIPLES)})\b)"
    # "claimed the bombing in a statement that said 22 people died": the claimant speaks on
    r"(?![^.;]*\b(?:that|which)\s+(?:said|says|stated|put|gave)\b)",
    re.I,
)
CLAIM_FORMS = frozenset({"claim", "claims", "claimed", "claiming"})

#: Before a form of "claim": a hazard as its subject ("Heat claims 19 pilgrims", "the floods
#: have claimed 12 lives", "the blast itself claimed 40": a focus word may stand between). The
#: claim is a killing: no speech, no hedge, and its object is dead.
HAZARD_BEFORE_CLAIM = re.compile(
    rf"\b(?:{alternation(KILLING_HAZARDS)})(?:['’]s)?\s+(?:(?:has|have|had|now|already|so\s+far|itself|themselves|alone|also|ultimately|eventually)\s+){{0,3}}$",
    re.I,
)
# ... unless the hazard only ends a phrase about the claimants: "Survivors of the crash
# claim", "Groups monitoring the violence claim", "Both sides in the conflict claim"
_HAZARD_IN_A_PHRASE = re.compile(
    r"\b(?:of|in|by|from|with|about|on|at|for|after|during|over|against|[a-z]+ing)\s+(?:(?:the|a|an|this|that|those|these)\s+)?"
    r"(?:[\w’'\-]+\s+){0,2}$",
    re.I,
)


def hazard_claims(sentence: str, verb_start: int) -> bool:
    """True when the subject of the "claim" verb at `verb_start` is a hazard ("Heat claims 19
    pilgrims"), not a phrase about people that ends on one."""
    m = HAZARD_BEFORE_CLAIM.search(sentence, 0, verb_start)
    return m is not None and _HAZARD_IN_A_PHRASE.search(sentence, 0, m.start()) is None

#: The capitals of a character class, accented ones too: `re` has no `\p{Lu}`, and a
#: transcript's "HÉLIO MARÇAL DAMASCENO:" or a name like "Ángel" must read as capitals.
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())


#: A day of a month, never a larger number ("the 74 may bring claims", "as many as 40 may
#: have drowned" name no date).
DAY_OF_MONTH = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
#: The month in lower case is the modal: "of whom 12 may never walk again".
MODAL_MAY = re.compile(r"\bmay\b")


#: The names of the days and the months (every spelling the lexicon has), for patterns that
#: read a day phrase ("count on Sunday night", "by 2 March"); match it without case and end it
#: on a word boundary.
CALENDAR_NAMES = alternation((*WEEKDAYS, *MONTHS))


#: People who have left the place where they live, for the category reader (category.py:
#: displaced) and the bare-figure reader (counts.py: "Thousands have left the city"): "have
#: left the town" (not "the town square", "the country's ruling party"), "have left for Kelo",
#: and a named place left since or after an attack or a disaster ("more than 4,000 people have
#: left Dorvask since the shelling began"; not "have left Chirp since the takeover")
LEFT_HOME_PLACE_AFTER = re.compile(
    r"\s+(?:have|had|has)\s+(?:\w+\s+)?(?:left|quit|quitted)\s+(?:the\s+|their\s+)?(?:town|city|area|region|village|district|valley|country)\b"
    r"(?![’'\-]|\s+(?:square|hall|centre|center|council|hospital|station|party|team|club|market|park)\b)"
    # "dozens of families have left for Kelo, fearing another attack"
    r"|\s+(?:have|had|has)\s+(?:\w+\s+)?(?:left|quit|quitted)\s+(?:for|towards)\s+(?-i:[A-Z])"
    r"|\s+(?:have|had|has)\s+(?:\w+\s+)?left\s+(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?"
    r"(?=\s+(?:fearing|(?:since|after|following|because\s+of|amid)\s+(?:the\s+|a\s+|last\s+\w+['’]s\s+)?"
    r"(?:" + alternation((*KILLING_HAZARDS, "strike", "offensive", "raids", "killings", "bombardment", *WEEKDAYS)) + r")\b))",
    re.I,
)
