"""Group the claims of one story into quantities: same category, same subject group, same
scope (a year the figure is about, a place it is restricted to, or a part of a total).

"200 people, including 10 civilians" are two quantities because their subjects differ; "220 of
them in hospital" is a part of the 284 injured; "127 bodies in Las Colinas" is one town's toll
when the same source gives a larger national one. Everything else of one category and subject
in a story is one quantity, whatever the wording.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from claimcheck.cluster.sides import StorySides, story_sides
from claimcheck.cluster.subjects import CATEGORY_PEOPLE_GROUPS, VICTIM_GROUPS, subject_group
from claimcheck.compare import RUNNING_COUNTS, bounds
from claimcheck.extract.context import clause_bounds
from claimcheck.extract.lexicon import (
    CATEGORY_SUBJECT_GROUPS,
    CONVEYANCE_NOUNS,
    DEATH_PLACES,
    INCIDENT_HARM_WORDS,
    INCIDENT_NOUNS,
    INTERCEPT_VERBS,
    PART_STATES,
    SUBJECT_NOUNS,
    TENS,
    UNITS,
    UNNAMED_TOLL_NOT_GROUPS,
    UNNAMED_TOLL_WORDS,
    WEAPON_SUBJECTS,
)
from claimcheck.extract.patterns import alternation, qualifier_tail
from claimcheck.models import Category, Claim

_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_INCREMENT_CATEGORIES = frozenset({Category.KILLED, Category.WOUNDED, Category.OTHER})
_MORE = re.compile(r"\s+more\b", re.I)
# "403 new cases in the week to 3 February": what was added, not the running total
_NEW = re.compile(r"\s+new\b", re.I)
# "found another 10 bodies on a beach": an addition to a toll, not a rival toll
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)
_RECENT_SPAN = re.compile(r"since\s+(?:this|last|early|late)?\s*(?:morning|night|afternoon|evening|midnight|dawn)", re.I)
_HOMELESS = re.compile(r"\bhomeless\b", re.I)
_SINCE = re.compile(
    r"since\s+(?:it|the\s+\w+)\s+(?:began|started)|since\s+the\s+(?:start|beginning|outbreak)"
    # ("since June": a year's running total; "since June 12", a day, is the incident's start)
    r"|(?:so\s+far\s+|in\s+the\s+first\s+half\s+of\s+)?this\s+year|since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)"
    # "over the past week": a total over days, not one night's count
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|\w+\s+(?:days|weeks|months))",
    re.I,
)
# A calendar month as a whole ("In June 2038", "in May"): a monitor's monthly total, not one
# incident's toll (a day in it, "on 14 June", is an incident's moment; a month of another
# year is that year's background)
_FULL_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTH_PERIOD = re.compile(r"(?:in|during|throughout|for)\s+(?P<m>" + _FULL_MONTHS + r")(?:\s+(?:19|20)\d{2})?", re.I)


_OTHER_INCIDENT = re.compile(r"\b(?:hours|days|weeks|minutes|a day|the day|shortly)\s+(?:after|before)\b", re.I)
# A part that names a group within the whole ("including 12 children", "the dead included
# five children", "Among the dead were 11 women"): comparable with the same group elsewhere.
_INCLUDING = re.compile(
    r"\b(?:including|among them|among whom"
    r"|among\s+(?:the\s+|those\s+)?(?:dead|killed|victims|injured|wounded|missing|casualties|fatalities)"
    r"\s+(?:were|was|are|is)"
    r"|(?:dead|deceased|victims|injured|wounded|casualties)\s+(?:include|includes|included)"
    # "Among the named dead are 14 children", "among the 900 people arrested were 40 children"
    r"|among\s+(?:the|those)\s+[^.;,]{1,60}?\s+(?:were|was|are|is))"
    # ... and the list it opens: "included eight women and five children"
    r"\s+(?:[^,;.]{1,40}?(?:,|\s+and|,\s+and)\s+){0,4}(?:at least\s+|some\s+|about\s+)?$",
    re.I,
)
_LOCAL_CATEGORIES = (RUNNING_COUNTS - {Category.TROOPS}) | {Category.OTHER}


_WAR_TOTAL = re.compile(
    r"\b(?:the|this|a)\s+(?:civil\s+)?(?:war|conflict|fighting|insurgency)\s+(?:has|had|have)\s+(?:\w+\s+){0,2}"
    r"(?:killed|displaced|uprooted|left|forced|claimed|wounded|injured)\b",
    re.I,
)


def _year_scope(c: Claim, story_years: frozenset[int] = frozenset()) -> str | None:
    """A figure about another year ("in 2020" in a 2023 report) is background; one tied to
    another event ("hours after four soldiers died") is another incident; one of a whole
    month of this year ("In June") is a monthly total. A source with no date of its own (a
    court filing, a statement) is of its story's years: its "June 7, 2050" is this event's."""
    if _WAR_TOTAL.search(c.sentence):
        return "running total"  # "The war has killed more than 20,000 people": not this event's
    if not c.time_ref:
        return None
    if _after_another_incident(c):
        return "earlier incident"
    if _SINCE.match(c.time_ref) and not _YEAR.search(c.time_ref):
        return "running total"  # "has killed tens of thousands since it began", "this year"
    m = _YEAR.search(c.time_ref)
    if m:
        year = int(m.group(1))
        if (year != c.published.year) if c.published else (year not in story_years):
            return "in " + m.group(1)
    month = _MONTH_PERIOD.fullmatch(c.time_ref.strip())
    if month:
        return "in " + month.group("m").lower()  # "In June 2038, the mission recorded 58 killed"
    return None


def _after_another_incident(c: Claim) -> bool:
    """"hours after four soldiers died": a time given from another incident, one with a
    count of its own. Not a time given from a clock ("shortly after 9:15 a.m.") or from the
    event itself ("two days after the boat capsized", "a day after the stampede"): those are
    this event's moments."""
    m = _OTHER_INCIDENT.search(c.time_ref or "")
    if m is None:
        return False
    at = c.sentence.find(c.time_ref or "")
    if at >= 0 and _ANOTHER_EVENT.search(c.sentence, 0, at):
        # "A second boat capsized two days after the ferry disaster, killing 8": the figure is
        # of the other event, whatever the time is given from
        return True
    tail = c.sentence[at + m.end() : at + m.end() + 80] if at >= 0 else (c.time_ref or "")[m.end() :]
    return _INCIDENT_FIGURE.search(_CLAUSE_END.split(tail, 1)[0]) is not None


# a count of the other incident's harm: a figure, then a word of harm within a few words
# ("after four soldiers died", "days after 20 were killed"; not a clock's "after 9:15", a
# date's "on 3 March", a magnitude's "7.8", nor "one of two bombs")
_INCIDENT_FIGURE = re.compile(
    r"(?<![:.\d])\b(?:\d[\d,]*|" + alternation([*UNITS, *TENS, "dozens", "hundreds", "thousands", "scores"]) + r")\b"
    r"(?![:.]\d)(?:\s+[\w\-]+){0,3}?\s+(?:" + alternation(INCIDENT_HARM_WORDS) + r")\b",
    re.I,
)
_ANOTHER_EVENT = re.compile(
    r"\b(?:a\s+second|another|a\s+separate)\s+(?:[\w\-]+\s+){0,2}?(?:"
    + alternation((*INCIDENT_NOUNS, *CONVEYANCE_NOUNS, "quake", "aftershock", "bomb")) + r")\b", re.I
)


def _is_local_part(c: Claim, same_source: Sequence[Claim]) -> bool:
    """A place-restricted figure is a part when its source also gives a larger total."""
    if not c.place or c.category not in _LOCAL_CATEGORIES:
        return False
    group = subject_group(c.subject)
    low, high = bounds(c)
    if c.source_title and c.sentence == c.source_title and not any(
        o is not c and o.sentence == c.sentence and o.category == c.category and bounds(o)[0] > high
        for o in same_source
    ):
        # a headline gives the event's figure ("Gunmen abduct scores in Tirin villages"),
        # unless it gives the larger total itself ("Floods kill 12 in Sindh as national
        # toll climbs to 300")
        return False
    return any(
        o is not c and o.category == c.category and subject_group(o.subject) == group
        and (o.place or "") != c.place
        # a larger total elsewhere, or a figure for another place beside it ("at least 76
        # people were killed in Turkey and 42 in Syria": two places, two counts)
        and (bounds(o)[0] > high or (o.place and o.sentence == c.sentence))
        for o in same_source
    )


def _increment(c: Claim, same_source: Sequence[Claim] = ()) -> bool:
    """"five more bodies", "another 10 bodies", "recovered seven bodies since this morning":
    what was added in a short span, not the running total."""
    if c.category not in _INCREMENT_CATEGORIES:
        return False
    pos = c.mention.find(c.number_text)
    tail = c.mention[pos + len(c.number_text) :] if pos >= 0 else ""
    at = c.sentence.find(c.mention)
    # "killing eight workers and injuring dozens more": more people than those killed, not
    # more wounded than before
    more = bool(_MORE.match(tail)) and not (
        _MORE.fullmatch(tail.rstrip())  # no noun of its own after "more"
        and any(o.sentence == c.sentence and o.start < c.start and o.category != c.category for o in same_source)
    )
    return (
        more or bool(c.time_ref and _RECENT_SPAN.match(c.time_ref)) or bool(_NEW.match(tail))
        or (
            at >= 0 and _ANOTHER_BEFORE.search(c.sentence, 0, at) is not None
            # "another" adds to a figure of this category the source gave before; after a
            # toll of the dead, "a further 141 people were injured" is the wounded count
            and any(o.category == c.category and o.start < c.start for o in same_source)
        )
    )


def _remaining(c: Claim) -> bool:
    """"to free the remaining five hostages": what is left of a total after some were freed,
    found or counted, not the total itself."""
    at = c.sentence.find(c.mention)
    return at > 0 and _REMAINING_BEFORE.search(c.sentence, max(0, at - 40), at) is not None


_REMAINING_BEFORE = re.compile(r"\bremaining\s+" + qualifier_tail() + r"$", re.I)


def _homeless(c: Claim) -> bool:
    pos = c.sentence.find(c.mention)
    window = c.sentence[max(0, pos - 25) : pos + len(c.mention) + 40] if pos >= 0 else c.mention
    return c.category is Category.DISPLACED and _HOMELESS.search(window) is not None


def _damaged(c: Claim) -> bool:
    """"412 homes were destroyed and 57 damaged": the damaged are not the destroyed."""
    if c.category is not Category.OTHER:
        return False
    pos = c.sentence.find(c.mention)
    if pos < 0:
        return False
    # ... or a fact box's "Houses partially damaged: 30,415"
    return _DAMAGED_AFTER.match(c.sentence, pos + len(c.mention)) is not None or (
        _DAMAGED_LABEL.search(c.sentence, max(0, pos - 40), pos) is not None
    )


_DAMAGED_LABEL = re.compile(r"\bdamaged\s*(?:\([^()]{1,30}\))?\s*:\s*$", re.I)
_DAMAGED_AFTER = re.compile(
    r"(?:\s+(?:were|was|have\s+been|had\s+been|are|been))?\s+(?:partially\s+|partly\s+|badly\s+)?damaged\b", re.I
)


def _span_of(c: Claim, category: Category) -> tuple[int, int] | None:
    """Where a claim of `category` sits in its sentence, for the scope tests that read the words
    around it; None for another category (or a mention its sentence does not hold)."""
    if c.category is not category:
        return None
    pos = c.sentence.find(c.mention)
    return (pos, pos + len(c.mention)) if pos >= 0 else None


def _in_hospital(c: Claim) -> bool:
    """"Almost 40 people remain in hospital", "the hospital is treating 29": the injured still
    in care, a count of its own that falls as patients go home, not the toll of the wounded."""
    span = _span_of(c, Category.WOUNDED)
    if span is None:
        return False
    pos, end = span
    return (
        _IN_HOSPITAL_AFTER.match(c.sentence, end) is not None
        or _TREATING_BEFORE.search(c.sentence, max(0, pos - 40), pos) is not None
    )


def _aboard(c: Claim) -> bool:
    """"180 persons on board", "more than 290 were crammed into the boat", "a ferry carrying
    about 240": how many were aboard, one count however each report words it (not the crowd,
    the stranded or the rescuers that "other: people" also holds)."""
    span = _span_of(c, Category.OTHER)
    if span is None:
        return False
    pos, end = span
    return bool(_ABOARD_AFTER.match(c.sentence, end) or _CARRYING_BEFORE.search(c.sentence, max(0, pos - 30), pos))


_ABOARD_AFTER = re.compile(
    r"(?:\s+(?:people|persons|passengers))?(?:\s+(?:who\s+)?(?:were|was|had\s+been|may\s+have\s+been|are))?"
    r"(?:\s+(?:crammed|packed|travelling|traveling|squeezed|sailing))?"
    r"\s+(?:aboard|on\s*board(?!\s+with\b)|onboard|(?:on|in|into|onto)\s+(?:the|this|that|her|its)\s+(?:"
    + alternation(CONVEYANCE_NOUNS) + r")(?!\s+(?:station|stop|terminal|depot|park|yard|shelter|driver|drivers|company|firm|crash)\b))\b",
    re.I,
)
_CARRYING_BEFORE = re.compile(
    r"\b(?:" + alternation(CONVEYANCE_NOUNS) + r"),?\s+(?:was\s+|were\s+)?(?:carrying|carried)\s+" + qualifier_tail() + r"$",
    re.I,
)


def _died_where(c: Claim, same_source: Sequence[Claim], killed_sentences: Counter[str] | None = None) -> str:
    """"died at the scene" or "died in hospital" for a toll's part that says where its dead
    died ("17 miners were killed on the spot", "Died in hospital: 4"), else "": a report's split
    of its toll counts other people than the toll, and than each other. Only a breakdown's part:
    a label of a split, a part, or a figure beside another of the dead in its sentence ("Forty
    people died in the hospital fire" alone is the whole toll)."""
    span = _span_of(c, Category.KILLED)
    if span is None:
        return ""
    pos, end = span
    label = _DIED_WHERE_LABEL.search(c.sentence, max(0, pos - 50), pos)
    own = c.category is Category.KILLED
    if killed_sentences is None:
        killed_sentences = _killed_sentences(same_source)
        own = own and any(o is c for o in same_source)
    # (another of the dead in its sentence: the sentence's count of them, less itself)
    beside = c.part_of_total or killed_sentences[c.sentence] > (1 if own else 0)
    if label is None and not beside:
        return ""
    where = label or (
        _DIED_WHERE_AFTER.match(c.sentence, end)
        or (_DIED_LAST.search(c.mention) and _WHERE_AFTER.match(c.sentence, end))  # "Eight died" at the scene
        # "medics found 14 bodies at the scene" (but bodies pulled from the rubble may be the whole toll)
        or (_BODIES_LAST.search(c.mention) and _AT_THE_SCENE_AFTER.match(c.sentence, end))
    )
    return "died " + DEATH_PLACES[" ".join(where.group("where").lower().split())] if where else ""


_DEATH_PLACE = alternation(DEATH_PLACES, space=r"\s+")
_DIED_WHERE_AFTER = re.compile(
    r"(?:\s+(?:people|persons|victims))?(?:\s+(?:who|that))?(?:\s+(?:had|have|has))?(?:\s+(?:later|subsequently|since))?"
    r"\s+(?:died|were\s+killed|was\s+killed|perished|succumbed|were\s+pronounced\s+dead)"
    r"(?:\s+(?:later|subsequently))?\s+(?P<where>" + _DEATH_PLACE + r")\b",
    re.I,
)
_BODIES_LAST = re.compile(r"\b(?:bodies|corpses)$", re.I)
_AT_THE_SCENE_AFTER = re.compile(r"(?:\s+(?:were|was))?(?:\s+(?:counted|found|lying|seen))?\s+(?P<where>at\s+the\s+scene)\b", re.I)
_DIED_LAST = re.compile(r"\b(?:died|killed|perished|succumbed|dead)$", re.I)
_WHERE_AFTER = re.compile(r"(?:\s+(?:later|subsequently))?\s+(?P<where>" + _DEATH_PLACE + r")\b", re.I)
_DIED_WHERE_LABEL = re.compile(
    r"\b(?:died|dead|killed|deaths)\s+(?P<where>" + _DEATH_PLACE + r")\s*(?:\([^()]{1,30}\))?\s*(?::|(?:\.\s?){3,}|…[…. ]*)\s*$", re.I
)  # (a label's colon, or a report's dot leader: "Died in hospital .... 7")


_IN_HOSPITAL_AFTER = re.compile(
    r"\s+(?:are\s+|were\s+|is\s+)?(?:still\s+|now\s+)?(?:remain|remains|remained|still|being\s+treated)"
    r"\s+(?:in\s+)?(?:hospital|hospitals|treatment|care|the\s+hospital|admitted|its\s+wards|the\s+wards)\b"
    # "nine people are still receiving treatment"
    r"|\s+(?:are\s+|were\s+|is\s+)?(?:still\s+)?(?:receiving|being\s+given)\s+treatment\b",
    re.I,
)
# one hospital's patients: "the civil hospital is treating 29", "Kosti Teaching Hospital had
# received 48 wounded people"
_TREATING_BEFORE = re.compile(
    r"\b(?:hospital|clinic|hospitals)\s+(?:is|was|are|were|has|had|have)?\s*(?:still\s+|already\s+)?"
    r"(?:treating|treated|received|admitted)\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly|around)\s+)?$",
    re.I,
)


_INTERCEPTED = re.compile(rf"\b(?:{alternation(INTERCEPT_VERBS)})\b", re.I)


def _intercepted(c: Claim) -> bool:
    """Weapons brought down ("379 drones and 31 missiles downed", "air defences destroyed 47
    drones") are not the weapons fired: a verb of interception in the figure's clause."""
    if c.subject not in WEAPON_SUBJECTS:
        return False
    pos = c.sentence.find(c.mention)
    if pos < 0:
        return False
    if _WHOLE_OF_A_PART.search(c.sentence, 0, pos):
        return False  # "18 of the 23 missiles were shot down": the 23 is what was fired
    start, end = clause_bounds(c.sentence, pos)
    return _INTERCEPTED.search(c.sentence, start, end) is not None


_WHOLE_OF_A_PART = re.compile(r"\b\d[\d,]*\s+of\s+(?:the\s+)?$")


def _killed_sentences(same_source: Sequence[Claim]) -> Counter[str]:
    """How many figures of the dead each sentence of a source holds."""
    return Counter(o.sentence for o in same_source if o.category is Category.KILLED)


def quantity_key(
    c: Claim, same_source: Sequence[Claim], story_years: frozenset[int] = frozenset(),
    killed_sentences: Counter[str] | None = None,
) -> tuple[str, str, str]:
    """(category, subject group, scope) of a claim; claims with one key are one quantity.

    `killed_sentences`: `_killed_sentences(same_source)`, counted once per source by a caller
    whose `same_source` holds `c`, so a source with thousands of figures is not read again for
    each of them."""
    group = subject_group(c.subject)
    # ("five aid workers were abducted" / "six of its staff" / "six of our colleagues": one
    # organisation's people held, where the dead of two employers in one ambush are not)
    group = CATEGORY_SUBJECT_GROUPS.get(c.category.value, {}).get(group, group)
    if group == "names" and c.category is Category.OTHER and (
        _aboard(c) or _NAMES_LISTED.search(c.sentence) and not _NAMES_HONOURED.search(c.sentence)
    ):
        # "the families' list holds 352 names of people who boarded", "its list has grown to
        # 352 names": a count of the people; not "41 names were read out at the vigil"
        group = "people"
    scope = (
        _year_scope(c, story_years) or ("increment" if _increment(c, same_source) else "") or ("homeless" if _homeless(c) else "")
        or ("in hospital" if _in_hospital(c) else "") or _died_where(c, same_source, killed_sentences)
        or ("damaged" if _damaged(c) else "")
        or ("remaining" if _remaining(c) else "") or ("intercepted" if _intercepted(c) else "")
    )
    if not scope and c.category is Category.WOUNDED and not c.part_of_total:
        # "three people remained in critical condition": the critically injured, however
        # the report counts them
        pos = c.sentence.find(c.mention)
        state = _state(c, pos)
        scope = state if state in ("critical", "intensive care") else ""
    if not scope and c.place and _is_local_part(c, same_source):
        scope = c.place.lower()
    if not scope and c.part_of_total:
        pos = c.sentence.find(c.mention)
        if not (pos >= 0 and _INCLUDING.search(c.sentence[:pos])):
            # "over 150 of them in Las Colinas" is that town's toll; a part without a place
            # ("220 of them in hospital") is a part of its own
            scope = c.place.lower() if c.place and c.category in _LOCAL_CATEGORIES else _part_scope(c, pos)
        elif _whole_in_sentence(c, group, same_source):
            scope = "part"  # "6,500 families, including 2,100 families whose homes were destroyed"
    return (c.category.value, group, scope)


def _part_scope(c: Claim, pos: int) -> str:
    """"part", or the state the part names ("critical" for "Six of them were in a critical
    condition"): a part in a state counts the same thing as a figure for that state."""
    state = _state(c, pos)
    if state:
        return state
    # a part that names no group of its own ("Seven were brought in dead and four died in the
    # wards"): one breakdown's part, not comparable with another report's
    if subject_group(c.subject) == "people":
        return f"part of {c.source_id}: {c.sentence}"
    # a casualty part that names its group ("6 dead: 5 soldiers and a medic", "eight
    # children among the dead") is that group's count, which another report may give alone
    # ("five soldiers were killed"); a part of things ("95 of them destroyed") stays apart
    # (not one family's: "a man and his two sons")
    if c.category is not Category.OTHER and _names_its_part_group(c, pos) and not (
        pos >= 0 and _FAMILY_OWNER_BEFORE.search(c.sentence, max(0, pos - 8), pos)
    ):
        return ""
    return "part"


def _names_its_part_group(c: Claim, pos: int) -> bool:
    """The part's own words name its group: before the figure's end ("eight children among the
    dead") or right after it ("18 of them civilians", "Twelve of the dead were minors"),
    not a group it only inherits from the figure before ("three of them" after "15 soldiers")."""
    subject = c.subject.lower()
    if subject in c.mention.lower():
        return True
    if pos < 0:
        return False
    after = _PART_GROUP_NAMED_AFTER.match(c.sentence, pos + len(c.mention))
    # (the word as the lexicon normalises it: "Twelve of the dead were minors" counts children)
    word = after.group("g").lower() if after else ""
    return bool(word) and subject in (word, SUBJECT_NOUNS.get(word))


_PART_GROUP_NAMED_AFTER = re.compile(r"\s*,?\s*(?:(?:were|are|was|is)\s+)?(?:all\s+)?(?P<g>[a-z]+)\b", re.I)


_FAMILY_OWNER_BEFORE = re.compile(r"\b(?:her|his|their|my|our)\s+$", re.I)


def _state(c: Claim, pos: int) -> str | None:
    """The state a wounded figure's clause gives it: "critical", "intensive care", ..."""
    if pos < 0:
        return None
    clause = _CLAUSE_END.split(c.sentence[pos + len(c.mention) : pos + len(c.mention) + 80], 1)[0]
    state = _PART_STATE.search(clause)
    return PART_STATES[" ".join(state.group().lower().split())] if state else None


_CLAUSE_END = re.compile(r"[.;,]\s")
_PART_STATE = re.compile(rf"\b(?:{alternation(PART_STATES)})\b", re.I)


def _whole_in_sentence(c: Claim, group: str, same_source: Sequence[Claim]) -> bool:
    """An "including" part of the same group as a larger figure of its sentence: the parts
    of "200 people, including 10 civilians" differ by group already, these do not."""
    low, high = bounds(c)
    return any(
        o is not c and o.sentence == c.sentence and not o.part_of_total and o.category == c.category
        and subject_group(o.subject) == group and bounds(o)[0] > high
        for o in same_source
    )


_CONTENT = re.compile(r"[a-z]{4,}")
_STOP = frozenset({
    "said", "that", "with", "from", "have", "were", "their", "they", "this", "there", "which",
    "about", "after", "more", "than", "been", "into", "some", "people", "others", "also",
    "least", "over", "officials", "according", "would", "could", "when", "where", "while",
})


def _content_words(c: Claim) -> frozenset[str]:
    """Content words cut to five letters, so "boarded" and "on board", "carried" and
    "carrying" meet (and "aboard" and "onboard" too)."""
    return frozenset(
        _SAME_WORD.get(w[:5], w[:5]) for w in _CONTENT.findall(c.sentence.lower()) if w not in _STOP
    )


_SAME_WORD = {"aboar": "board", "onboa": "board"}


def _split_generic(members: list[Claim]) -> list[list[Claim]]:
    """"other: people" gathers unrelated counts (crowds, the stranded, rescuers): only claims
    whose sentences share what they are about (two content words, or both counting who was
    aboard) are one quantity."""
    words = [_content_words(c) for c in members]
    aboard = [_aboard(c) for c in members]
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if len(words[i] & words[j]) >= 2 or (aboard[i] and aboard[j]):
                parent[find(i)] = find(j)
    parts: dict[int, list[Claim]] = {}
    for i, c in enumerate(members):
        parts.setdefault(find(i), []).append(c)
    return list(parts.values())


_CASUALTY_CATEGORIES = frozenset({Category.KILLED.value, Category.WOUNDED.value, Category.MISSING.value})


def _counts_people(category: str, group: str) -> bool:
    return (category in _CASUALTY_CATEGORIES and group in VICTIM_GROUPS) or group in CATEGORY_PEOPLE_GROUPS.get(
        category, ()
    )


def _merge_victim_groups(
    claims: Sequence[Claim], keys: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """A casualty toll of "civilians" or "migrants", or a rescue count of "survivors", joins
    the story's count of "people", unless the story counts that group as a part of a total
    ("200 people, including 10 civilians"): then it is a statistic of its own."""
    subsets = {
        (category, group)
        for c, (category, group, _) in zip(claims, keys)
        if c.part_of_total and _counts_people(category, group)
    }
    return [
        (category, "people", scope)
        if not scope and _counts_people(category, group)
        and (category, group) not in subsets and not c.part_of_total
        else (category, group, scope)
        for c, (category, group, scope) in zip(claims, keys)
    ]


_MENTION_WORD = re.compile(r"[a-z][a-z\-]*")


def _names_its_group(c: Claim) -> bool:
    """Whether a figure's own words say who it counts ("9 patients", "31 deckhands", "30
    people"), not only what befell them ("18", "16 dead", "two more deaths")."""
    return any(
        SUBJECT_NOUNS.get(w) and w not in UNNAMED_TOLL_WORDS for w in _MENTION_WORD.findall(c.mention.lower())
    )


def _unnamed_tolls_join_named_group(
    claims: Sequence[Claim], keys: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """A toll that names no group ("the toll rose to 12", "put the number of dead at 15") is
    the toll of the group the story's other figures of that category name, when they name one
    and only one: in a ward fire whose reports say "9 patients were killed", "12" later is
    the patients' toll, not a count of "people" beside it. When the story names two groups
    (or "people" itself) the figure stays with "people", as before."""
    # (read once: the mention's words decide both which groups are named and which tolls join)
    names = [category in _CASUALTY_CATEGORIES and _names_its_group(c) for c, (category, _, _) in zip(claims, keys)]
    named: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c, (category, group, scope), own in zip(claims, keys, names):
        if own and not scope and not c.part_of_total:
            named[category][group].add(c.source_id)
    # (named by two sources at least: one report's odd figure, "a hospital received 40
    # patients", is no story's word for its victims)
    sole = {
        category: group
        for category, groups in named.items()
        if len(groups) == 1
        for group, sources in groups.items()
        if group != "people" and len(sources) >= 2 and group not in UNNAMED_TOLL_NOT_GROUPS.get(category, ())
    }
    if not sole:
        return keys
    return [
        (category, sole[category], scope)
        if category in sole and group == "people" and not scope and not c.part_of_total and not own
        else (category, group, scope)
        for c, (category, group, scope), own in zip(claims, keys, names)
    ]


def _split_sides(
    groups: dict[tuple[str, str, str], list[Claim]], sides: StorySides
) -> dict[tuple[str, str, str], list[Claim]]:
    """A quantity whose figures' own words show two sides is one quantity a side (and one
    for both sides together); a figure whose side the text does not show stays with the
    whole, and one whose side only its speaker gives joins that side if it was shown."""
    out: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for (category, group, scope), members in groups.items():
        readings = [sides.reading(c) for c in members] if not scope else []
        shown = {side for side, is_shown in readings if side and is_shown}
        if len(shown) < 2:
            out[(category, group, scope)].extend(members)
            continue
        for c, (side, _) in zip(members, readings):
            out[(category, group, side if side in shown else scope)].append(c)
    return out


# a date with its month: "9 March 2062", "May 9, 2062", "in August 2063" (not "since 2031")
_DATED = re.compile(r"\b" + _FULL_MONTHS + r"\b[\s\d,]{0,5}?\s(?P<y>(?:19|20)\d{2})\b", re.I)


_NAMES_LISTED = re.compile(r"\b(?:list|lists|listed|manifest|register|roll|collected)\b", re.I)
_NAMES_HONOURED = re.compile(r"\b(?:read|memorial|vigil|monument|wall|plaque|remembered|mourned|prayers?|honou?red)\b", re.I)


def _named_years(claims: Sequence[Claim]) -> frozenset[int]:
    """A story none of whose sources is dated (a ruling, a talk page, a report note) is of the
    year its figures' dates name in the most sources: its "9 March 2062" is this event's, and
    only a figure of another year ("the 2031 ferry fire killed 40") is background."""
    named = {
        (int(m.group("y")), c.source_id) for c in claims if c.time_ref for m in [_DATED.search(c.time_ref)] if m
    }
    # (a date with its month, by two sources at least: a bare "since 2031, when 44 died" is
    # how reports compare, and any number of them may repeat it)
    counts: Counter[int] = Counter(year for year, _ in named)
    top = max(counts.values(), default=0)
    return frozenset(y for y, n in counts.items() if n == top) if top >= 2 else frozenset()


def group_quantities(claims: Sequence[Claim]) -> dict[tuple[str, str, str], list[Claim]]:
    """Claims of one story by quantity key, in text order."""
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[c.source_id].append(c)
    story_years = frozenset(c.published.year for c in claims if c.published) or _named_years(claims)
    killed = {source: _killed_sentences(members) for source, members in by_source.items()}
    keys = [quantity_key(c, by_source[c.source_id], story_years, killed[c.source_id]) for c in claims]
    keys = _unnamed_tolls_join_named_group(claims, _merge_victim_groups(claims, keys))
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c, key in zip(claims, keys):
        groups[key].append(c)
    sides = story_sides(claims)
    if sides is not None:
        groups = _split_sides(groups, sides)
    out: dict[tuple[str, str, str], list[Claim]] = {}
    for key, members in groups.items():
        category, group, scope = key
        if category == Category.OTHER.value and group == "people" and len(members) > 1:
            pieces = _split_generic(members)
            for n, piece in enumerate(pieces):
                out[(category, group, scope + (f"#{n + 1}" if n else ""))] = piece
        else:
            out[key] = members
    return out
