"""Claim mentions in one sentence: a figure with its qualifier, range and head noun.

Rules are written against the lexicon tables so they hold for news text in general: a figure is
a claim when it counts people, or things and events tied to the story; masks (masks.py), head
nouns (heads.py) and the cues of a bare count (counts.py) each have a module of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from claimcheck.extract.counts import (
    CAMP_HOLDS_BEFORE,
    CAPACITY_BEFORE_RE,
    CATEGORY_OF,
    CLAUSE_ENDS_AFTER,
    NOT_BEFORE,
    SENTENCE_OPENS,
    STRONG_CUES,
    WERE_GROUP_AFTER,
    bare_is_count,
    fact_label,
    gapped_subject,
    group_size,
    rival_alone,
    rival_of_before,
    thing_label,
)
from claimcheck.extract.heads import head_noun
from claimcheck.extract.intervals import apply_rule
from claimcheck.extract.lexicon import (
    ABOUT_AS_PREPOSITION_AFTER,
    BACKGROUND_AFTER,
    BACKGROUND_BEFORE,
    BARE_TALK_VERBS,
    CAPACITY_BEFORE,
    CAPACITY_GLUED,
    CURRENCY_PREFIXES,
    ENGAGEMENT_COUNTS,
    FIGURE_GIVING_VERBS,
    HEARING_VERBS,
    IDENTIFIER_WORDS,
    NUMBERED_PART_NAMES,
    INCIDENT_NOUNS,
    MONEY_CUES,
    NON_STORY_NOUNS,
    PARTICIPLE_CATEGORIES,
    PLURAL_PRONOUNS,
    QUALIFIERS_AFTER,
    OVER_PARTICLE_VERBS,
    QUALIFIERS_BEFORE,
    RATE_AFTER,
    REPORTER_NOUNS,
    Rule,
    SAYING_VERBS,
    SINGULAR_HEAD_CATEGORIES,
    SPEECH_VERBS,
    SUBJECT_NOUNS,
    S_ENDING_NON_PLURALS,
    TENS,
    THING_SUBJECTS,
    UNITS,
    UNIT_NOUNS,
    YEAR_NAMED_NOUN_PEOPLE,
    YEAR_NAMED_NOUNS,
)
from claimcheck.extract.masks import inside, masked, past_a_date
from claimcheck.extract.numbers import NumberSpan, find_numbers
from claimcheck.extract.patterns import TO_A_CARE_PLACE, alternation, key_words, qualifier_tail, sentence_words
from claimcheck.extract.words import prev_words, words_from

# an optional qualifier before the figure (patterns.qualifier_tail)
_QUALIFIER = qualifier_tail()


# Small patterns of the functions below, compiled once: re's own cache costs a lookup
# on every call, and these run for every figure.
_FOUR_DIGITS = re.compile(r"\d{4}")


_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w’'\-]*,\s*$")


_COMMA_OR_PAREN_AFTER = re.compile(r"\s*[,)]")


_HYPHEN_GLUED = re.compile(r"-([A-Za-z]+)")


_NEXT_FREE_WORD = re.compile(r"\s*([^\s]+)")


# "the gunmen, numbering more than 100", "the attackers numbered about 30", "rebels, who number
# about 2,000": the size of the group named before
_NUMBERED_GROUP = re.compile(
    r"\b([A-Za-z][\w\-]*)\s*,?\s*(?:(?:who|which)\s+(?:(?:\w+\s+){1,3}(?:said|say|says|estimated)\s+)?)?"
    # ("The raiders, who villagers said numbered about 40")
    r"(?:numbering|numbered|numbers|number)\s*$"
)


def _numbered_group(sentence: str, start: int) -> re.Match | None:
    """"the attackers numbered" just before `start`, naming a group the lexicon knows."""
    m = _NUMBERED_GROUP.search(sentence, 0, start)
    return m if m is not None and m.group(1).lower() in SUBJECT_NOUNS else None


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


_FROM_OR_BY_BEFORE = re.compile(r"\b(?:from|by)\s+(?:[a-z]+\s+){0,2}$", re.I)


_CAPACITY_KEYS = key_words(CAPACITY_BEFORE)
# the people a place or a vessel is built for: its capacity, not people counted
_CAPACITY_PEOPLE = frozenset({"people", "inmates", "passengers", "spectators", "fans", "patients", "students"})
_AMMUNITION_AFTER = re.compile(r"\s+of\s+(?:live\s+|unfired\s+)?(?:ammunition|ammo|bullets)\b", re.I)
_FIRED_BEFORE = re.compile(r"\b(?:fired|fire|fires|firing|shot|sprayed|unloaded)\s+(?:[\w ]{0,14})$", re.I)
_STRONG_CROWD_AFTER = re.compile(
    r"-strong\s+(?:[\w\-]+\s+){0,2}?(crowd|gathering|audience|congregation|march|protest|demonstration)\b", re.I
)
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


_QUAL_BEFORE = re.compile(
    r"(?:^|(?<=[\s(“\"‘'—–\[\]]))(?P<q>" + alternation(QUALIFIERS_BEFORE) + r")\s+$", re.I
)


_QUAL_AFTER = re.compile(r"^[\s\-]*(?P<q>" + alternation(QUALIFIERS_AFTER) + r")(?!\w)", re.I)


_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and|or)\s*$", re.I)


_COUNT_OF_BEFORE = re.compile(r"\b(?:figure|toll)\s+of\s+$", re.I)  # not "a total of 23 trains"


# what makes a four-digit figure a year whatever follows it: a preposition of time ("a
# tsunami in 1998 killed ..."; never "said Tuesday 2000 people", "In Kharkiv 1800 homes")
_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill)\s+$")


_DIGIT = re.compile(r"\d")
_HEARD_BEFORE = re.compile(r"\b(?:" + alternation(HEARING_VERBS, space=r"\s+") + r")\s+(?:from\s+)?$", re.I)
# "the 2041 floods", "the 1998 earthquake": a year that names an event
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:" + alternation(INCIDENT_NOUNS) + r")\b", re.I)
# ... and, after a determiner, what a year names: "the 2064 ceasefire arrangements" (never
# "About 1850 war veterans", "some 2000 election observers": a qualifier counts them)
_YEAR_NAMED_AFTER = re.compile(
    r"\s+(?:" + alternation(YEAR_NAMED_NOUNS) + r")\b(?!\s+(?:" + alternation(YEAR_NAMED_NOUN_PEOPLE) + r")\b)", re.I
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|this|that|last|a)\s+$", re.I)


def _is_year(num: NumberSpan) -> bool:
    return (
        num.kind == "digits"
        and _FOUR_DIGITS.fullmatch(num.text) is not None
        and 1800 <= num.low <= 2100
    )


_CHILDREN_UNDER_BEFORE = re.compile(
    r"\b(?:children|child|kids|girls|boys|infants|babies|minors|toddlers|pupils)\s+(?:under|below|aged|over|younger\s+than|under\s+the\s+age\s+of)\s+$",
    re.I,
)


def _looks_like_age(sentence: str, num: NumberSpan) -> bool:
    """"Arturo Magana, 25, wandered" / "Carmen de Marin, 41, wept"."""
    if num.low < 20 and _CHILDREN_UNDER_BEFORE.search(sentence, max(0, num.start - 40), num.start):
        return True  # "16 children under 10", "children under five": an age limit, no count
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


_OF_CASUALTIES_BEFORE = re.compile(
    r"^\W*Of\s+(?:(?:the|those|these)\s+(?:wounded|injured|dead|deceased|killed|missing|victims|hurt|hospitalised"
    r"|hospitalized|displaced|evacuated|evacuees|abducted|detainees|hostages|deaths|fatalities|casualties)"
    # "Of these, 640 are in four collective centres": the figure just before is the whole
    r"|these|those|them|the\s+latter|the\s+former)"
    r"\s*,\s*(?:at\s+least\s+|some\s+|about\s+|only\s+|nearly\s+)?$",
    re.I,
)


def _about_is_preposition(sentence: str, about: int) -> bool:
    """"reports about hundreds of dead": "about" after a noun of talk is a preposition. But
    "Harbour masters report about 140 boats were at sea": the bare verb after a plural
    subject ("officials claim about 200") takes "about" as its figure's qualifier."""
    before = prev_words(sentence, about, 2)
    if not before or before[-1] not in ABOUT_AS_PREPOSITION_AFTER:
        return False
    verb_after_plural = (
        before[-1] in BARE_TALK_VERBS and len(before) == 2
        and (before[0] in PLURAL_PRONOUNS or (
            before[0].endswith("s") and before[0] not in S_ENDING_NON_PLURALS
            and not before[0].endswith(("'s", "’s"))  # "the ministry's report about": a noun
        ))
    )
    return not verb_after_plural


def _one_counted_as(sentence: str, head_end: int, head: str) -> str | None:
    """What a count of one is, from its singular noun ("The council counts one death"). Not a
    noun that modifies the next ("one death sentence", "one arrest warrant"): the noun must end
    its phrase."""
    if head.lower() in SINGULAR_HEAD_CATEGORIES and _PHRASE_ENDS_AFTER.match(sentence, head_end):
        return SINGULAR_HEAD_CATEGORIES[head.lower()]
    return None


# what may follow a noun that ends its phrase: punctuation, a verb, a preposition or "and"
_PHRASE_ENDS_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?)\"”’]|(?:was|is|has|had|were|in|at|on|among|from|and|or|during|after|since|to|for|so|near)\b)",
    re.I,
)


# a word alone before a heading's number, and what follows the number
_LABEL_WORD_BEFORE = re.compile(r"\s*(?:[A-Z][a-z]{2,12}|[A-Z]{3,12})\s+")
_LABEL_NUMBER_AFTER = re.compile(r"\s*(?::|[\-–—]\s|$)")
_SOURCES_MET_BEFORE = re.compile(
    r"\b(?:spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|interviewing|surveyed)\s+"
    + _QUALIFIER + r"$",
    re.I,
)


_IN_A_NAME = re.compile(r"\b[A-Z]{2,6}\s$")
# "Reactor 3", "Pier 6": a numbered part named with a capital, not after "the"
_NUMBERED_PART_BEFORE = re.compile(r"(?<!\bthe )(?<!\bThe )\b(?:" + "|".join(NUMBERED_PART_NAMES) + r")\s$")


_CAPITAL_NEXT = re.compile(r"\s[A-Z][a-z]")


_OF_WHOLE_BEFORE = re.compile(
    r"^\W*Of\s+(?:the|those|these|all)\s+[^,;]{1,60},\s*(?:at\s+least\s+|some\s+|about\s+|only\s+|nearly\s+)?$", re.I
)


# "Of the 38, 33 were pulled from the rubble": a whole named by its figure alone (the toll
# just given), then its part; the whole is the count it repeats, the part a claim of its own
_OF_BARE_WHOLE_BEFORE = re.compile(r"^\W*Of\s+(?:the|those|these|all)\s+$", re.I)
_PART_FOLLOWS = re.compile(r"\s*,\s*(?:(?:only|just|at\s+least|about|some|nearly|more\s+than|over)\s+)?(?=[\w])")


def _bare_whole(sentence: str, nums: list, idx: int, start: int, end: int, out: list) -> bool:
    """"Of the 38, 33 were ...": the sentence's first figure, the whole of the part right after."""
    if out or idx + 1 >= len(nums) or not _OF_BARE_WHOLE_BEFORE.match(sentence, 0, start):
        return False
    gap = _PART_FOLLOWS.match(sentence, end)
    return gap is not None and gap.end() == nums[idx + 1].start


_ALL_OPENS = re.compile(r"\W*All\s+(?:of\s+)?(?:the\s+)?", re.I)
_LABEL_OPENS = re.compile(r"[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,4}\s*:\s*", re.I)
_LABEL_ENDS = re.compile(r"\s*(?:people|persons|cases|deaths)?\s*[.;]?\s*")
# "87 of 104 drones", "five of the 10 abducted residents": between a part and its whole
_PART_OF_WHOLE_GAP = re.compile(
    r"\s+of\s+(?:(?:the|her|his|their|its|our)\s+)?(?:[\w’'\-]+(?:\s+[\w’'\-]+)?['’]s\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?",
    re.I,
)
# a part whose whole is a figure of things ("11 of 16 districts", "nine of the 14 provinces";
# not a bare repeat of a count: "Nine of the 40, a quarter of them, were guests")
_FIGURE_WHOLE_AFTER = re.compile(
    r"\s+of\s+(?:(?:the|her|his|their|its|our)\s+)?(?:\d[\d,]*|" + alternation([*UNITS, *TENS]) + r")\s+"
    r"(?!(?:were|was|are|is|had|have|has|who|that|which|remain|remained|died|in|on|at|from)\b)[A-Za-z]",
    re.I,
)
# "Orlen 8, Vasko 5, Upper Tamar 4.": a sentence of names and their
# figures alone, each figure a label's (claims.py: a claim only as a share of a count)
# (two pairs are a breakdown only when they add up to ten or more: claims._breakdown_whole;
# "Rovers 2, United 1" is a score)
_NAME_FIGURE_PAIRS = re.compile(
    r"\s*(?:(?:and\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}\s+\d[\d,]*\s*(?:[,;]\s*|\.?\s*$)){2,}"
)
# "Capital District 3": a name of two words that ends on an identifier word ("Ward 4" alone is a ward)
_NAMED_BEFORE_IDENTIFIER = re.compile(r"[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+\s+$")
_ANSWER_OPENS = re.compile(r"\W*(?:(?:A|Answer)\s*[:.\-–—]\s*)?(?:(?:about|around|some|at\s+least|more\s+than|over|nearly)\s+)?", re.I)
_ANSWER_ENDS = re.compile(r"\s*(?:[.!,;]|$)")
_OPENS_SENTENCE = re.compile(r"[\W_]*")
_PART_VERB_AFTER = re.compile(
    r"\s+(?:were|was|have|has|had|are|is)\s+(?:(?:been|being|still|also|later|since|now|then|already|reportedly)\s+){0,3}"
    r"(?:[a-z]+ed|found|taken|held|sought|shot|caught|brought|seen|known)\b"
)


# ("41 had gunshot wounds, and at least 9 had burns": a verb of having after the part)
_NEXT_PART = re.compile(
    r"\s+(?:were|are|was|is|had|have|has)\s+[^,;.]{1,40}?(?:,|;|,?\s+and|,?\s+while)\s*"
    r"(?:at\s+least\s+|some\s+|about\s+|only\s+|nearly\s+|more\s+than\s+)?"
)


_THAN_AFTER = re.compile(r"\s+than\b")
# (one word, then the phrase ends: "4 million leva for the families"; never "12,000 political
# prisoners", "10,000 more prisoners", "10,000 of the hostages", "20,000 who had been held")
_MONEY_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|more|who|which|that|other|others|additional|further|new)\b)[a-z]+"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|to|in|on|as|from|and|each|per|towards|over|after|before|if|when|because|by|into|at)\b)"
)
_MONEY_CUE_BEFORE = re.compile(
    r"\b(?:" + alternation(MONEY_CUES) + r")\s+" + qualifier_tail(("a further", "an additional", "another", "a total of")) + r"$",
    re.I,
)


# ", Ana Ruiz-Cole, said", ", Omar Haddad, 34, told": a person named after "One of them", who speaks
_ONE_NAMED_SPEAKS = re.compile(
    r",\s+(?:[A-Z][\w’'\-]+\s+){1,3}?[A-Z][\w’'\-]+,\s+(?:\d{1,3},\s+)?(?:" + alternation(SAYING_VERBS) + r")\b"
)
# "this week", "last day", "that night", "every week" right before a figure: when, not which
_TIME_PHRASE_BEFORE = re.compile(r"\b(?:this|last|next|that|each|every|the\s+same|the\s+following|the\s+previous)\s+(?:day|week)\s*,?\s*$", re.I)


def find_mentions(sentence: str) -> list[Mention]:
    """The claim mentions of one sentence, in order."""
    nums = find_numbers(sentence)
    if not nums:
        return []  # most sentences: skip the masks and context work entirely
    masks = masked(sentence, nums)
    nums = [past_a_date(sentence, n, masks) for n in nums if not inside(masks, n.start, n.end)]
    out: list[Mention] = []
    skip_next = False
    pairs = len(nums) >= 2 and _NAME_FIGURE_PAIRS.fullmatch(sentence) is not None
    # (a capacity phrase's key word must be in the sentence before its pattern is tried)
    capacity_cued = not _CAPACITY_KEYS.isdisjoint(sentence_words(sentence))
    for idx, num in enumerate(nums):
        if skip_next:
            skip_next = False
            continue
        if num.decimal or _is_year(num) and (
            not _followed_by_noun(sentence, num.end) or _YEAR_BEFORE.search(sentence, max(0, num.start - 30), num.start)
            or _EVENT_NOUN_AFTER.match(sentence, num.end)
            or _YEAR_NAMED_AFTER.match(sentence, num.end) and _DETERMINER_BEFORE.search(sentence, max(0, num.start - 10), num.start)
        ):
            continue
        if _looks_like_age(sentence, num):
            continue
        glued, nxt = _next_word_info(sentence, num.end)
        strong = glued == "strong"
        if glued and not strong and glued != "plus" and glued not in CAPACITY_GLUED:
            continue  # "1,500-foot", "two-story", "17-year-old": a modifier, not a count
        capacity = glued in CAPACITY_GLUED or (
            capacity_cued and CAPACITY_BEFORE_RE.search(sentence, max(0, num.start - 60), num.start) is not None
        )
        if nxt in UNIT_NOUNS and not (capacity and nxt == "seats"):
            continue
        if (
            (num.high or 0) >= 10_000 and _MONEY_NOUN_AFTER.match(sentence, num.end)
            and nxt not in SUBJECT_NOUNS and nxt not in THING_SUBJECTS
            and _MONEY_CUE_BEFORE.search(sentence, max(0, num.start - 40), num.start)
        ):
            # "released 4 million leva", "demanding 80 million kyats": a sum in a currency the
            # lexicon does not list (a large one only: "released 140 Ostrian detainees",
            # "promised three more" are people and things)
            continue
        prev = (prev_words(sentence, num.start, 1) or [""])[-1]
        if _IN_A_NAME.search(sentence, max(0, num.start - 12), num.start) and _CAPITAL_NEXT.match(sentence, num.end):
            continue  # "Stay with KWCH 12 News": a number inside a name
        if _NUMBERED_PART_BEFORE.search(sentence, max(0, num.start - 14), num.start):
            continue  # "Reactor 3 was left without electricity": a part's number
        if _SOURCES_MET_BEFORE.search(sentence, max(0, num.start - 30), num.start):
            continue  # "Our investigators spoke to 27 survivors": whom the report talked to
        # "the troops number 4,500": a verb after a group, not "number 12"
        group_verb = prev == "number" and _numbered_group(sentence, num.start) is not None
        if prev in ("magnitude", "aged", "age", "ages", "number", "no", "no.") and not group_verb:
            continue
        if prev == "by" and not _by_is_agent(sentence, num.start):
            continue  # "cut the toll by 100": the size of a change
        if prev in ("each", "every") and num.high == 1:
            continue  # "where each one is held", "every one of the 40 names": no count
        if (
            prev in IDENTIFIER_WORDS and not group_verb and not (pairs and _NAMED_BEFORE_IDENTIFIER.search(sentence, 0, num.start))
            # ("Last week 12 people were killed": a time phrase before the figure, not "Week 30")
            and not _TIME_PHRASE_BEFORE.search(sentence, max(0, num.start - 24), num.start)
        ) or prev in CURRENCY_PREFIXES:
            continue  # "Resolution 2334", "Rs 500"
        if num.start < 16 and _LABEL_WORD_BEFORE.fullmatch(sentence, 0, num.start) and _LABEL_NUMBER_AFTER.match(sentence, num.end) and (
            prev not in CATEGORY_OF
        ):
            # a fact-check's "CLAIM 1:", a page's "Update 3 - Monday": a heading's number (but a
            # category word is a fact label's, "Killed 40: ministry")
            continue

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
                and not inside(masks, nxt_num.start, nxt_num.end)
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
        if qual and qual.group("q").lower() == "about" and _about_is_preposition(sentence, qual.start("q")):
            qual = None  # "reports about hundreds of dead": a preposition, no "about"
        elif qual and qual.group("q").lower() == "over" and (
            (prev_words(sentence, qual.start("q"), 1) or [""])[-1].lower() in OVER_PARTICLE_VERBS
        ):
            qual = None  # "handed over 12 bodies": the verb's particle, no "over"
        rule = Rule.EXACT
        qualifier = None
        if qual:
            rule = QUALIFIERS_BEFORE[" ".join(qual.group("q").lower().split())]
            qualifier = qual.group("q")
            start = qual.start("q")
            before_qual = (prev_words(sentence, start, 1) or [""])[-1]
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

        head: str | None
        subject: str | None
        if glued in CAPACITY_GLUED:
            # "the 38,000-seat stadium", "a 400-bed hospital": what a place holds
            head, subject = glued, CAPACITY_GLUED[glued]
            head_end, partitive, anaphoric = end + 1 + len(glued), False, False
        elif strong:
            # "a 3,000-strong force": the size of a force
            head, subject, head_end, partitive, anaphoric = head_noun(sentence, end + len("-strong"))
            if head is None:
                forces = _STRONG_FORCE_AFTER.match(sentence[end:])
                crowd = _STRONG_CROWD_AFTER.match(sentence[end:]) if forces is None else None
                if forces:
                    head, subject, head_end = forces.group(1), "troops", end + forces.end()
                elif crowd:
                    # "the 18,000-strong crowd": the size of a crowd, people at large
                    head, subject, head_end = crowd.group(1), "people", end + crowd.end()
                    strong = False
            elif subject in ("people",):
                subject = "troops"
            if head is None:
                continue
        else:
            head, subject, head_end, partitive, anaphoric = head_noun(sentence, end, singular=high == 1)
            if (
                head and head[:1].islower() and head.lower() not in SUBJECT_NOUNS
                and head.lower() not in PARTICIPLE_CATEGORIES
                and _COUNT_OF_BEFORE.search(sentence, max(0, start - 40), start)
            ):
                # "the agency's figure of 18 covers all the dead": after "figure of"
                # the figure is the count itself, and an unknown word after it is its verb
                head, subject, head_end = None, None, end
        if anaphoric and head == "more" and _THAN_AFTER.match(sentence, head_end) and (
            sentence[end:head_end].strip() == "more" or high == 1
        ):
            # "36 more than the 137 it gave on Wednesday": the size of a change; "one of more
            # than 200,000 displaced": a person of the group (the group's figure follows)
            continue
        bare = head is None
        if bare and capacity:
            subject = "capacity"  # "against an official capacity of 800"
        numbered = None
        if bare:
            # "the gunmen, numbering more than 100": the size of the group named before
            numbered = _numbered_group(sentence, start) if "number" in sentence else None
            if numbered:
                subject = SUBJECT_NOUNS[numbered.group(1).lower()]
        whole_follows = bare and partitive
        if whole_follows and high == 1 and not (idx + 1 < len(nums) and nums[idx + 1].start - end < 25):
            continue  # "a union, one of the local bodies that ...": which, not how many
        # "Of the 24 dead, 15 were from Kisumu": a part of the whole that opens the sentence
        of_whole = bare and (
            out and _OF_WHOLE_BEFORE.search(sentence, 0, start) is not None
            # "Of the injured, four were in a serious state"
            or _OF_CASUALTIES_BEFORE.search(sentence, 0, start) is not None
            # "Of the 40 dead, 31 were passengers and nine were members of the crew": the
            # next part of the same whole
            or (
                # (the whole may be the sentence before's: "Of those, 41 had ..., and 9 ...")
                out and out[-1].partitive and out[-1].bare
                and _NEXT_PART.fullmatch(sentence, out[-1].number_end, start) is not None
            )
            # "38 of the dead were miners and five were rescuers": the next part
            # of the whole the first part named
            or (
                out and out[-1].partitive and not out[-1].bare and not out[-1].anaphoric
                and _NEXT_PART.fullmatch(sentence, out[-1].end, start) is not None
            )
        )
        if bare and nxt in NON_STORY_NOUNS and not capacity:
            continue  # "the centre took 214 calls.": the figure's noun is one never counted
        bare_whole = bare and not whole_follows and not numbered and (
            _bare_whole(sentence, nums, idx, start, end, out)
            # "All 20 have now been identified.": the count given before, whole again
            or not out and _ALL_OPENS.fullmatch(sentence, 0, start) is not None
        )
        # "Ardenia confirmed 52 deaths, Belmora 11 and Castrel 7": a gapped clause's figure
        gapped = (
            bare and not whole_follows and bool(out) and (not out[-1].bare or "gapped" in out[-1].notes)
            and gapped_subject(sentence, out[-1].end, start, end) is not None
        )
        # "Five." or "A: Seventeen, most of them deckhands.": a lone figure that may answer a
        # question ("How many have died?"); a claim only after one (claims.py)
        answer_alone = (
            bare and not out and _ANSWER_OPENS.fullmatch(sentence, 0, start) is not None
            and _ANSWER_ENDS.match(sentence, end) is not None
        )
        # "Hypothermia: 15" as a sub-bullet under "- Deceased: 23": a part of its parent
        # line's count, a claim only under one (claims.py)
        label_alone = (
            bare and not out and not answer_alone and _LABEL_OPENS.fullmatch(sentence, 0, start) is not None
            and _LABEL_ENDS.fullmatch(sentence, end) is not None
        ) or (bare and pairs)
        opens_alone = False
        # "27 patients died in the fire, not 19.": the figure a correction sets aside, a count
        # of what the figure before counts (no other number between: "died in Block 7, not 9")
        rejected = bool(
            bare and out and NOT_BEFORE.search(sentence, max(0, start - 12), start)
            and CLAUSE_ENDS_AFTER.match(sentence, end) and not _DIGIT.search(sentence, out[-1].end, start)
        )
        if of_whole:
            partitive = True
        elif (
            bare and not whole_follows and not numbered and not bare_whole and not gapped and not answer_alone
            and not label_alone and not rejected
            and not bare_is_count(sentence, num, start, end, bool(out))
        ):
            # "Three inmates died. Two were found in the east wing.": a lone figure that opens
            # its sentence, a passive verb after it, is a part of the count just before
            # (claims.py: a claim only right after one)
            opens_alone = (
                not out and _OPENS_SENTENCE.fullmatch(sentence, 0, start) is not None
                and _PART_VERB_AFTER.match(sentence, end) is not None
            )
            if not opens_alone:
                continue  # a bare figure needs a count word or a casualty verb to be a claim
        if (
            _BACKGROUND_BEFORE.search(sentence[:start]) and not CAMP_HOLDS_BEFORE.search(sentence, max(0, start - 80), start)
        ) or _BACKGROUND_AFTER.match(sentence[head_end if head else end:]):
            continue  # "a nation of 170 million people", "12 earthquakes through history"
        if head is not None and subject in REPORTER_NOUNS_NORMALISED and _is_reporting(sentence, head_end, start):
            if not (prev == "the" and STRONG_CUES.search(" ".join(prev_words(sentence, num.start, 4)))):
                continue
            # "up from the 17 police reported on Sunday": the figure the police gave
            head, subject, head_end, bare = None, "people", end, True
        if head and head.lower().endswith("witnesses") and _HEARD_BEFORE.search(sentence, max(0, start - 40), start):
            continue  # "the court heard 58 witnesses": those a hearing or a report heard, no victims
        if subject is not None and subject in NON_STORY_NOUNS and not capacity and not (
            subject == "rounds" and (
                _AMMUNITION_AFTER.match(sentence, head_end)
                or _FIRED_BEFORE.search(sentence, max(0, start - 25), start)
            )
        ):
            # (but "a capacity of 52,000 seats" is what the arena holds, and "fired 300
            # rounds", "900 rounds of ammunition" are shots, not rounds of talks)
            continue
        if (head or "").lower() == "figures" and prev in ("the", "both", "these", "those", "their", "its"):
            continue  # "the two figures do not match": the counts themselves (but "five public figures")
        if subject in THING_SUBJECTS and prev in ("first", "top", "last"):
            continue  # "the first two general coaches": which ones, not how many
        fact = fact_label(sentence, start, end)
        labelled = bool(not head and fact and fact[1])  # "Children killed: 8": the label says who
        if labelled and fact:
            subject = fact[1]
        elif not head and not fact and bare:
            things = thing_label(sentence, start)
            if things and things in ENGAGEMENT_COUNTS:
                continue  # "Posts: 1,412", "Likes: 3": a forum's or a channel's own counts
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
                (PARTICIPLE_CATEGORIES.get(head.lower()) if head else None)
                or (_one_counted_as(sentence, head_end, head) if head and v_high == 1 else None)
                or (fact and fact[0])
            ),
            partitive=partitive,
            anaphoric=(anaphoric or bare) and not labelled,
            bare=bare and not labelled,
            number_start=number_start,
            number_end=number_end,
            qualifier=qualifier,
        )
        if capacity:
            m.notes.append("capacity")  # what a place holds: category "other" (category.py)
            if head and subject in _CAPACITY_PEOPLE:
                # "built for 1,000 people", "a capacity of 250 passengers": the place's size
                m = replace(m, subject="capacity")
        if bare and not partitive and group_size(sentence, start, end):
            m.notes.append("group-size")  # '"We were 38 in the truck"', "41 were on board": other, people
        if bare and out and rival_of_before(sentence, start, end):
            # "96 trucks, not the 71 the ministry reported": the count before, as a rival gave it
            m = replace(m, subject=out[-1].subject)
            m.notes.append("rival-of-before")
        if whole_follows:
            m.notes.append("whole-follows")
        if bare_whole and not bare_is_count(sentence, num, start, end, bool(out)):
            m.notes.append("repeats-before")  # "Of the 38, ...": a claim only as a figure given before
        if numbered:
            m.notes.append("numbered-group")
        if opens_alone:
            m.notes.append("opens-alone")
        if answer_alone:
            m.notes.append("answer-alone")
        if label_alone and "label-alone" not in m.notes and not bare_is_count(sentence, num, start, end, False):
            m.notes.append("label-alone")
        if gapped:
            m.notes.append("gapped")  # its category is the figure's before (category.py)
        if rejected:
            m.notes.append("rejected")  # superseded: the figure a correction sets aside (claims.py)
        if bare and rival_alone(sentence, start, end):
            m.notes.append("rival-alone")  # a claim only after a figure it rivals (claims.py)
        if m.low == m.high == 1 and _ONE_NAMED_SPEAKS.match(sentence, m.end):
            # "One of them, Ana Ruiz-Cole, said her son had left": one person of a group the
            # report goes on to quote, no count
            continue
        group = WERE_GROUP_AFTER.match(sentence, end) if bare and not out else None
        if group and SENTENCE_OPENS.match(sentence[:start]):
            # "Eleven were children": a part of the figure before, a claim only after one
            m = replace(m, subject=SUBJECT_NOUNS.get(group.group("g").lower(), group.group("g").lower()))
            m.notes.append("part-of-before")
        out.append(m)
    _drop_gapped_parts(out)
    # "five of the 10 abducted residents": the part takes the whole's group; a part whose
    # whole is no count of its own ("11 of 16 districts", "9 of 14 provinces") counts
    # districts too, and is dropped, not paired with a later figure
    kept: list[Mention] = []
    for i, a in enumerate(out):
        if "whole-follows" in a.notes and a.bare:
            b = out[i + 1] if i + 1 < len(out) else None
            paired = b is not None and _PART_OF_WHOLE_GAP.fullmatch(sentence, a.number_end, b.number_start) is not None
            if not paired and _FIGURE_WHOLE_AFTER.match(sentence, a.number_end):
                continue
            if b is not None:
                a = replace(a, subject=b.subject)
        kept.append(a)
    return kept


def _drop_gapped_parts(out: list[Mention]) -> None:
    """"Thirty people died, Kandor 14, Belmora 9 and Castrel 7": gapped figures that add up to
    the figure before them share it out by place, they are no counts of their own."""
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and "gapped" in out[j].notes:
            j += 1
        chain = out[i + 1 : j]
        # (a gapped figure is a share itself, never the whole of the shares after it:
        # "Vasko five, Tamar three and Selby two")
        if chain and "gapped" not in out[i].notes and out[i].low is not None and out[i].low == out[i].high and all(
            m.low is not None and m.low == m.high for m in chain
        ) and sum(m.low or 0.0 for m in chain) == out[i].low:
            del out[i + 1 : j]
        i += 1


_BACKGROUND_BEFORE = re.compile(
    # (a translation's "the communiqué made state of 9 dead", French "faisait état de", reports)
    r"\b(?<!made )(?<!makes )(?<!make )(?<!making )(?:" + alternation(BACKGROUND_BEFORE, space=r"\ ") + r")\s+(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+|over\s+)?$",
    re.I,
)


_BACKGROUND_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:" + alternation(BACKGROUND_AFTER, space=r"\ ") + r")\b"
    # a rate right after the phrase, not "died an hour later" or "a day after the blast"
    r"|^\s*(?:" + alternation(RATE_AFTER, space=r"\ ") + r")\b(?!\s+(?:after|later|before|earlier|ago|of)\b)",
    re.I,
)


REPORTER_NOUNS_NORMALISED = frozenset(SUBJECT_NOUNS.get(n, n) for n in REPORTER_NOUNS) | REPORTER_NOUNS


def _followed_by_noun(sentence: str, pos: int) -> bool:
    head, *_ = head_noun(sentence, pos)
    return head is not None and head.lower() not in UNIT_NOUNS


def _by_is_agent(sentence: str, pos: int) -> bool:
    """"killed by 20 gunmen" keeps the figure; "cut the toll by 100" is the size of a change."""
    before = " ".join(prev_words(sentence, pos, 5))
    return not _CHANGE_VERB.search(before)


_CHANGE_VERB = re.compile(
    r"\b(?:cut|cuts|reduced|lowered|raised|increased|rose|fell|dropped|grew|up|down|higher|lower)\b"
)


_PASSIVE_REPORT_AFTER = re.compile(
    r"(?:believed|thought|said|reported|feared|known|understood)\s+to\b"
    # "six herders reported missing were rescued": a participle of their state
    r"|(?:reported|listed|declared|registered|confirmed)\s+(?:as\s+)?(?:" + alternation(PARTICIPLE_CATEGORIES) + r")\b"
    # (followed by no noun or figure of its own: "Three witnesses reported killed civilians")
    r"(?=\s*(?:[,.;:)]|$|(?:in|on|at|after|since|during|by|from|and|but|were|was|are|is|had|have|has|while|when)\b))"
)


_SOURCE_ASIDE = re.compile(
    r"\s*,\s*(?:speaking|who|both|all|requesting|asking|citing|quoted)\b[^,;.]{0,120},", re.I
)


_ADMITTED_TO_AFTER = re.compile(r"\s+admitted" + TO_A_CARE_PLACE)


def _is_reporting(sentence: str, head_end: int, start: int) -> bool:
    """"two defense officials said" / "according to two officials": a count of the sources."""
    aside = _SOURCE_ASIDE.match(sentence, head_end)
    if aside:
        head_end = aside.end()  # "two aides, speaking on condition of anonymity, told"
    following = [w for _, _, w in words_from(sentence, head_end)[:10]]
    if _WHO_SAID_AFTER.match(sentence, head_end):
        return True  # "Two weapons analysts who studied the images said"
    after = " ".join(following[:4]).lower()
    before = " ".join(prev_words(sentence, start, 3))
    first = after.split(" ")[0] if after else ""
    if _PASSIVE_REPORT_AFTER.match(after):
        return False  # "40 residents believed to be trapped", "residents said to be missing"
    if first == "admitted" and _ADMITTED_TO_AFTER.match(sentence, head_end):
        return False  # "27 survivors admitted to Harbour Road Hospital": patients, no report
    second = after.split(" ")[1] if after.count(" ") >= 1 else ""
    return (
        first in SPEECH_VERBS
        # "two aid officials have put the toll above 300"
        or first in ("have", "has", "had") and (second in FIGURE_GIVING_VERBS or second in SAYING_VERBS)
        or _SOURCE_SAID_AFTER.match(after) is not None
        and not _PASSIVE_AUX_AFTER.match(after)
        or _ACCORDING_BEFORE.search(before) is not None
        or before.endswith("to") and "according" in before
        or not _said_by_another(sentence, head_end) and (
            # "two survivors from the boat said"
            (after.startswith("from") and _SAID.search(after) is not None)
            # "Two officials at the regional labour inspectorate said"
            or _SOURCE_PP_SAID_AFTER.match(" ".join(following).lower()) is not None
        )
    )


# ("Three European diplomats following the talks told reporters": a participle's
# phrase between the sources and their verb)
_WHO_SAID_AFTER = re.compile(
    r"\s+(?:who\s+[^,.;]{0,60}?"
    # (a participle's phrase crosses no verb of its own: not "Three journalists covering the
    # protest were arrested and later told Reuters")
    r"|[a-z]+ing\s+(?:(?!\b(?:were|was|are|is|had|have|has|been)\b)[^,.;]){0,60}?)\b(?:said|told|say|says)\b"
)


_SAYING_AFTER = re.compile(r"\b(?:said|told|say|says)\b")


def _said_by_another(sentence: str, head_end: int) -> bool:
    """"pulled 87 survivors from the water, he said": a comma before the verb, whose subject
    is its own."""
    verb = _SAYING_AFTER.search(sentence, head_end, head_end + 80)
    return verb is not None and "," in sentence[head_end : verb.start()]
