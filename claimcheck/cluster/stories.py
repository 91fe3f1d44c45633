"""Group sources into stories: reports of the same event.

Claims are only compared inside a story, so this is what keeps a Kerman toll away from an
earthquake toll. Two sources are one story when they share enough rare names (places, people,
organisations: capitalised words weighted by how rare they are in the corpus) and their titles
are alike. Candidate pairs come from an inverted index of rare names, so the cost grows with
the number of sources that share a name, not with all pairs of the corpus.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.extract.lexicon import EVENT_KINDS, MONTHS, STAFF_CREDIT_PHRASES, WEEKDAYS
from claimcheck.extract.patterns import Caseless, alternation

# The capital first, the look behind it after: a pattern that opens with a character class is
# scanned capital to capital, not position by position (twice as fast on an article's head).
_NAME = re.compile(r"([A-Z](?<![\w’'][A-Z])[\w’'\-]{2,}(?:\s+[A-Z][\w’'\-]+)*)")
_COMMON_CAPITALISED = frozenset(
    w.capitalize() for w in (
        "the", "a", "an", "in", "on", "at", "but", "and", "it", "this", "that", "there", "he",
        "she", "they", "we", "after", "before", "when", "while", "as", "for", "some", "many",
        "according", "photo", "video", "source", "update", "updated", "news", "reuters",
        "associated", "press", "afp", "ap", "cnn", "bbc", "said", "his", "her", "their", "its",
        "one", "two", "three", "four", "five", "more", "most", "other", "also", "however",
        "meanwhile", "president", "minister", "ministry", "government", "police", "army",
        "officials", "official", "state", "national", "world", "top", "breaking", "live",
        "exit", "mobile", "version", "advertisement", "read", "share", "copyright", "just",
        "since", "during", "despite", "with", "from", "by", "of", "to", "who", "what", "why",
        "how", "where", "nearly", "about", "at", "least", "over", "more", "than", "up",
        "thousands", "hundreds", "dozens", "scores", "several", "speaking", "earlier",
    ) + tuple(MONTHS) + WEEKDAYS
)
# A staff credit and the names in it, up to the end of its line or bracket: "(Reporting by
# Tomás Veiga in Lisbon; Editing by Ruth Okonjo)", "By Anil Deshpande", "Associated
# Press writer Jo Brennan contributed."
_CREDIT_LINE = re.compile(
    rf"(?im)\((?:[^()\n]*?\b(?:{alternation(STAFF_CREDIT_PHRASES)})\b[^()\n]*)\)"
    rf"|^[^\S\n]*by\s+[^\n]{{0,80}}$"
    rf"|^[^\n]{{0,120}}\b(?:{alternation(STAFF_CREDIT_PHRASES)})\b[^\n]*$"
)
# Most articles carry no credit phrase: one scan for the words, then the line-by-line pattern
# only where one is; a byline alone is cheap to find at line starts.
_CREDIT_WORDS = Caseless(rf"\b(?:{alternation(STAFF_CREDIT_PHRASES)})\b")
_BYLINE = re.compile(r"(?im)^[^\S\n]*by\s+[^\n]{0,80}$")


def _without_credits(head: str) -> str:
    if _CREDIT_WORDS.search(head):
        return _CREDIT_LINE.sub(" ", head)
    return _BYLINE.sub(" ", head)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_MID_SENTENCE_CAPITAL = re.compile(r"[a-z,;]\s+([A-Z][\w’'\-]{2,})")
_OPENERS = frozenset('.!?:;\n•"“”')


def _opens_sentence(head: str, pos: int) -> bool:
    """Whether `pos` starts a sentence or line: look back over spaces only (a pattern
    anchored at `pos` would rescan the text for every name)."""
    j = pos - 1
    while j >= 0 and head[j] in " \t":
        j -= 1
    return j < 0 or head[j] in _OPENERS
# letters of any script: "Nyandé" is one word, not "nyand"
_TITLE_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|-){3,}")

_TITLE_STOP = frozenset({
    "says", "said", "after", "with", "from", "over", "into", "amid", "more", "than", "least",
    "about", "their", "this", "that", "have", "been", "were", "will", "could", "would",
})


@dataclass(frozen=True, slots=True)
class SourceFeatures:
    """What story grouping looks at for one source."""

    source_id: str
    names: frozenset[str]
    title_words: frozenset[str]
    title: str
    published_ordinal: int | None = None
    event_kinds: frozenset[str] = frozenset()  # what the headline says happened (EVENT_KINDS)
    dateline_day: tuple[int, int] | None = None  # (month, day) of a year-less dateline


def source_features(
    source_id: str, title: str | None, text: str, published_ordinal: int | None = None,
    outlet: str | None = None, dateline_day: tuple[int, int] | None = None,
) -> SourceFeatures:
    """Names and title words of one source (the first ~3,000 characters carry the event).

    The outlet's own name is left out: two reports of one newspaper share it whatever they
    are about.
    """
    head = _without_credits(text[:3000])
    names: set[str] = set()
    mid_sentence = set(_MID_SENTENCE_CAPITAL.findall(head))
    for m in _NAME.finditer(head):
        words = [w for w in m.group(1).split() if _POSSESSIVE.sub("", w) not in _COMMON_CAPITALISED]
        if len(words) == 1 and _opens_sentence(head, m.start()) and words[0] not in mid_sentence:
            # a lone capitalised word opening a sentence or line ("Residents", "Dead:") is a
            # name only if the text also capitalises it mid-sentence
            continue
        if not words:
            continue
        names.add(" ".join(words).lower().replace("’s", "").replace("'s", ""))
        for w in words:
            if len(w) > 3:
                names.add(w.lower().replace("’s", "").replace("'s", ""))
    if outlet:
        own = outlet.lower().removeprefix("the ").strip()
        names -= {own, *own.split()}
    title = title or ""
    title_words = frozenset(w for w in _TITLE_WORD.findall(title.lower()) if w not in _TITLE_STOP)
    kinds = frozenset(_KIND_OF[w] for w in _KIND_WORD.findall(title.lower()) if w in _KIND_OF)
    return SourceFeatures(
        source_id, frozenset(names), title_words, title, published_ordinal, kinds, dateline_day
    )


_KIND_OF = {word: kind for kind, words in EVENT_KINDS.items() for word in words}
_KIND_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


_MAX_DAYS_APART = 45


def days_apart(a: SourceFeatures, b: SourceFeatures) -> int | None:
    """Days between two reports' dates, or None when one is undated.

    A wire dateline without a year ("VELMORA, June 9 (Reuters) -") still says its day: it is
    compared with a full date in the nearest year, and with another such day around the
    calendar, so "March 17, 2026" and "June 9" are 84 days apart.
    """
    if a.published_ordinal is not None and b.published_ordinal is not None:
        return abs(a.published_ordinal - b.published_ordinal)
    if a.published_ordinal is not None and b.dateline_day is not None:
        return _to_day(dt.date.fromordinal(a.published_ordinal), b.dateline_day)
    if b.published_ordinal is not None and a.dateline_day is not None:
        return _to_day(dt.date.fromordinal(b.published_ordinal), a.dateline_day)
    if a.dateline_day is not None and b.dateline_day is not None:
        # 2000 is a leap year, so "Feb 29" stands
        gap = abs((dt.date(2000, *a.dateline_day) - dt.date(2000, *b.dateline_day)).days)
        return min(gap, 366 - gap)
    return None


def _to_day(date: dt.date, month_day: tuple[int, int]) -> int:
    gaps = []
    for year in (date.year - 1, date.year, date.year + 1):
        try:
            gaps.append(abs((dt.date(year, *month_day) - date).days))
        except ValueError:  # "Feb 29" in a common year
            continue
    return min(gaps, default=0)


def _similarity(a: SourceFeatures, b: SourceFeatures, idf: dict[str, float]) -> float:
    apart = days_apart(a, b)
    if apart is not None and apart > _MAX_DAYS_APART:
        return 0.0  # reports weeks apart are different events, whatever names they share
    if a.event_kinds and b.event_kinds and a.event_kinds.isdisjoint(b.event_kinds):
        return 0.0  # a quake and a flood are two stories, whatever names they share
    shared = a.names & b.names
    if not shared:
        return 0.0
    weight = sum(idf[n] for n in shared)
    norm = min(sum(idf[n] for n in a.names), sum(idf[n] for n in b.names)) or 1.0
    names_score = weight / norm
    title_score = 0.0
    if a.title_words and b.title_words:
        title_score = len(a.title_words & b.title_words) / min(len(a.title_words), len(b.title_words))
        title_score = max(title_score, fuzz.token_set_ratio(a.title, b.title) / 100 - 0.3)
    score = names_score + 0.5 * title_score
    if apart is not None and apart > _WEEK:
        # more than a week apart, the same places alone are weaker evidence: another
        # collapse at the same pit, another raid on the same town
        score -= _LATER_PENALTY
    return score


_WEEK = 7
_LATER_PENALTY = 0.1


def _linked(
    a: SourceFeatures, b: SourceFeatures, idf: dict[str, float], df: Counter[str], rare_df: int,
    threshold: float, title_df: Counter[str] | None = None,
) -> bool:
    """One event: similar enough overall, or a little less similar but sharing several rare
    names (four place or person names in common are rarely a coincidence), or a name in
    both headlines.

    Two headlines that name the same place or person and share another word, published
    within days of each other ("Kibira mine: toll rises to 32", "LIVE: Kibira mine collapse -
    rescue enters third day"), are one event even when the bodies share few names: a daily
    names its own reporter and local figures, a live page the rescue officials.
    """
    sim = _similarity(a, b, idf)
    if sim >= threshold:
        return True
    if sim <= 0.0:
        return False
    if _headlines_name_one_event(a, b, df, rare_df):
        return True
    if sim < _WEAK_THRESHOLD:
        return False
    rare_title = max(_HEADLINE_NAME_DF, rare_df)
    days_apart = (
        abs(a.published_ordinal - b.published_ordinal)
        if a.published_ordinal is not None and b.published_ordinal is not None else 0
    )
    if title_df is not None and days_apart <= _HEADLINE_DAYS_APART and sum(
        1 for w in a.title_words & b.title_words if title_df[w] <= rare_title
    ) >= _TITLE_WORDS_SHARED:
        # "Indonesia hotel fire: toll 21" and "Medan hotel fire: toll rises to 21": headline
        # words few reports use, and names in common
        return True
    shared = a.names & b.names
    if _names_counted({n for n in shared if df[n] <= _FEW_REPORTS}, a, b) >= _FEW_SHARED:
        # three names that only a few reports use ("Fandé", "Kossogou", "Tin-Abaro"): a
        # communiqué and a wire that share little else tell of one attack
        return True
    return _names_counted({n for n in shared if df[n] <= rare_df}, a, b) >= _RARE_SHARED


def _names_counted(shared: set[str] | frozenset[str], a: SourceFeatures, b: SourceFeatures) -> int:
    """How many names two reports share, each counted once: "Security Council" is one name
    shared, not three ("security council", "security", "council"), and so are the words of
    "UN Human Rights Monitoring Mission" that the other report writes without "UN"."""
    if len(shared) < 2:
        return len(shared)
    longer = [n.split() for n in (a.names | b.names) if " " in n]
    parent = {n: n for n in shared}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for words in longer:
        inside = [n for n in shared if n in words or (" " in n and n in " ".join(words))]
        for other in inside[1:]:
            parent[root(other)] = root(inside[0])
    return len({root(n) for n in shared})


def _headlines_name_one_event(a: SourceFeatures, b: SourceFeatures, df: Counter[str], rare_df: int) -> bool:
    """Both headlines name one place or person that few reports name, and either share
    another word or tell of the same kind of event ("Bus bombing in Quetta kills 14",
    "Quetta blast: death toll climbs to 19"). A name in many reports ("Gaza" in a war's
    coverage) heads many stories and links none."""
    shared_title = a.title_words & b.title_words
    named = [n for n in shared_title & a.names & b.names if df[n] <= max(_HEADLINE_NAME_DF, rare_df)]
    if not named:
        return False
    if len(shared_title) < 2 and not (a.event_kinds & b.event_kinds):
        return False
    if a.published_ordinal is None or b.published_ordinal is None:
        return True
    return abs(a.published_ordinal - b.published_ordinal) <= _HEADLINE_DAYS_APART


_WEAK_THRESHOLD = 0.18
_HEADLINE_DAYS_APART = 3
_HEADLINE_NAME_DF = 4
_RARE_SHARED = 4
_FEW_REPORTS = 3
_FEW_SHARED = 3
_TITLE_WORDS_SHARED = 2
_RECENT_COMPONENTS = 25
_BLOCKING_DF = 60


def group_stories(features: Sequence[SourceFeatures], threshold: float = 0.3) -> list[list[str]]:
    """Source ids grouped by story, in first-seen order.

    Blocking: sources are only compared when they share a name, and within one name's
    posting list a source is compared with one representative of each of the most recent
    story components there (not with every earlier source), so a name shared by a large
    story costs O(k) comparisons and a name shared across many stories at most
    O(k * _RECENT_COMPONENTS).
    """
    n = len(features)
    df: Counter[str] = Counter()
    for f in features:
        df.update(f.names)
    idf = {name: math.log((n + 1) / (c + 0.5)) + 0.1 for name, c in df.items()}
    title_df: Counter[str] = Counter()
    for f in features:
        title_df.update(f.title_words)
    # Names in more than _BLOCKING_DF sources ("Trump", "Pentagon") still weigh in the
    # similarity but open no candidate pairs: a big story is still linked through its many
    # rarer names, and a famous name would otherwise pair every story with every other.
    index: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        for name in f.names:
            if 1 < df[name] <= _BLOCKING_DF:
                index[name].append(i)
    # a name in three reports of a small folder may still be one story's own
    rare_df = max(3, n // 5)
    uf = _UnionFind(n)
    tried: set[tuple[int, int]] = set()
    for members in index.values():
        recent: list[int] = []  # one member per component, most recent last
        for i in members:
            root_i = uf.find(i)
            for j in reversed(recent[-_RECENT_COMPONENTS:]):
                root_j = uf.find(j)
                if root_j == root_i:
                    break
                pair = (j, i)
                if pair in tried:
                    continue
                tried.add(pair)
                if _linked(features[i], features[j], idf, df, rare_df, threshold, title_df):
                    uf.union(i, j)
                    root_i = uf.find(i)
                    break
            recent = [j for j in recent[-2 * _RECENT_COMPONENTS :] if uf.find(j) != root_i]
            recent.append(i)
    groups: dict[int, list[str]] = {}
    for i, f in enumerate(features):
        groups.setdefault(uf.find(i), []).append(f.source_id)
    return list(groups.values())
