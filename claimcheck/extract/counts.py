"""When a figure with no head noun is still a count: the words around it say so (a toll
word, a casualty verb, a fact-box label, a breakdown in brackets, "of them"). Without one,
"14" in "Route 14" or "by 100" in "cut the toll by 100" is no claim.
"""

from __future__ import annotations

import re

from claimcheck.extract.heads import unknown_plural
from claimcheck.extract.lexicon import (
    ABOARD_WORDS,
    AMONG_GROUP_CATEGORY,
    BREAKDOWN_GROUPS,
    CAMP_HOLDS_VERBS,
    CAPACITY_BEFORE,
    CARE_PLACES,
    CATEGORY_WORDS,
    CAUSE_WORDS,
    DEATH_PLACES,
    DEICTIC_DAYS,
    RUNNING_TOTAL_CUES,
    COUNT_CLAUSE_WORDS,
    COUNT_CONTEXT_BEFORE,
    DRIVING_OUT_VERBS,
    EARLIER_GIVING_ADVERBS,
    EARLIER_GIVING_VERBS,
    EARLIER_TIME_WORDS,
    FACT_LABEL_PARTICIPLES,
    FACT_LABELS,
    FACT_LABELS_THAT_SPEAK,
    IDENTIFIER_WORDS,
    KILLING_HAZARDS,
    MONTHS,
    NP_STOP_WORDS,
    ORDER_COVER_VERBS,
    ORDER_NOUNS,
    PARTICIPLE_CATEGORIES,
    REVISION_VERBS,
    SEVERITY_ADJECTIVES,
    SEVERITY_ADVERBS,
    SOURCE_DOCUMENTS,
    KEEPERS_LISTS,
    SPEECH_VERBS,
    SUBJECT_NOUNS,
    TENS,
    THING_SUBJECTS,
    TRANSITIVE_CATEGORY_VERBS,
    UNITS,
    WEEKDAYS,
)
from claimcheck.extract.numbers import NumberSpan
from claimcheck.extract.speaker_kinds import is_person_role, looks_like_org
from claimcheck.extract.patterns import LEFT_HOME_PLACE_AFTER, TIME_BETWEEN, UPPER, alternation, qualifier_tail
from claimcheck.extract.words import prev_words

# an optional qualifier before the figure (patterns.qualifier_tail)
_QUALIFIER = qualifier_tail()


# a bare figure counted among a group: "and 9 among the injured", "two were among the dead"
AMONG_GROUP_AFTER = re.compile(
    r"\s+(?:(?:were|are|was|is)\s+(?:also\s+)?)?among\s+(?:the|those)\s+(?P<w>" + alternation(AMONG_GROUP_CATEGORY) + r")\b",
    re.I,
)
_OF_THEM_AFTER = re.compile(
    # "they are 8,000, a figure this newspaper could not confirm"
    r"\s*(?:(?:of|among) (?:them|whom|those|these)|figure|mark|total|,\s*a\s+figure)\b"
)


WERE_GROUP_AFTER = re.compile(
    r"\s+(?:were|are)\s+(?:all\s+)?(?P<g>" + alternation(("children", "women", "minors", "girls", "boys", "students",
                                                        "civilians", "soldiers", "foreigners", "pupils"))
    + r")\b(?!\s+(?:of|in|at|from|who|whose)\b)"
)


SENTENCE_OPENS = re.compile(r"^\W*(?:(?:of\s+those|of\s+them|among\s+them),?\s*)?$", re.I)


_MODAL_AFTER = re.compile(r"\s*(?:who|had|have|were|was|are|could|would|will|may|might)\b")


# ("not 45 as a regional paper reported": the source's name up to three words)
_AS_SOURCE_SAID_AFTER = re.compile(r"\s+as\s+(?:the\s+|an?\s+|some\s+|one\s+|its\s+|their\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,2}?\s+(?:has\s+|had\s+|have\s+)?(?:first\s+|initially\s+|earlier\s+|previously\s+)?(?:said|reported|claimed|stated|says|announced)\b"
    # "not 55 as some residents are saying", "not 80, as rumours have been claiming"
    r"|^,?\s+as\s+(?:the\s+|an?\s+|some\s+|one\s+|its\s+|their\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,2}?\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:saying|claiming|reporting)\b"
    # '"not five, as the Government says"'
    r"|^,\s*as\s+(?:the\s+|an?\s+|some\s+|one\s+|its\s+|their\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,2}?\s+(?:says|said|claims|claimed|states|stated)\b"
    # "not 70 as first announced by the navy": the passive, its source after "by"
    r"|^,?\s+as\s+(?:first\s+|initially\s+|earlier\s+|previously\s+)?"
    r"(?:stated|announced|reported|given|claimed|published|put\s+out)\s+(?:(?:on|in|at|last)\s+[^,;.]{1,30}?\s+)?by\b")


_ADDITION_BEFORE = re.compile(
    r"\b(?:another|a further|further|an additional|additional|other|remaining|the)\s*$"
)


_NUMBERING_BEFORE = re.compile(r"\bnumbering\s*$")


_CATEGORY_PHRASES = sorted(
    ((p, c) for c, ps in CATEGORY_WORDS.items() for p in ps), key=lambda pc: -len(pc[0])
)


#: Any category word of the lexicon (CATEGORY_WORDS), and the category of each: what a
#: heading, a label or the words around a figure say it counts.
CATEGORY_RE = re.compile(
    # (never "toll-free": a phone line)
    r"\b(?P<w>" + alternation((p for p, _ in _CATEGORY_PHRASES), space=r"\ ") + r")\b(?!-free)", re.I
)
CATEGORY_OF = {p: c for p, c in reversed(_CATEGORY_PHRASES)}


# A label of a report's list that FACT_LABELS does not hold: a few words before a colon
# ("- People in collective shelters: 2,415", "Staff deployed: 1,380"). A label opens its
# line or follows a bullet; a clause that ends on a colon ("all got out alive: 12 freed ...",
# "The governor said seven people died: six ...") is no label.
_ANY_LABEL = re.compile(
    r"(?:^\s*(?P<bullet>[•·\-–—*]\s*)?|[|/;]\s*)(?P<label>[A-Za-z][A-Za-z\-’' ]{0,60}?)(?:\s*\([^()]{1,30}\))?\s*:\s*$"
)


_PER_AFTER = re.compile(r"[\d,.]+\s+per\b", re.I)


_SPEECH_OR_NUMBER_WORD = frozenset(v for v in SPEECH_VERBS if " " not in v) | frozenset(UNITS) | frozenset(TENS)


def _cue_label(sentence: str, start: int) -> tuple[str, str | None] | None:
    """The category a list's label says in its own words, by the lexicon's category words
    ("Deceased", "Staff deployed", "People in collective shelters"), and the group it
    names; None when it holds no category word."""
    label = _ANY_LABEL.search(sentence, 0, start) if start <= 80 else None
    if label is None or len(label.group("label").split()) > (8 if label.group("bullet") else 6):
        return None
    if not label.group("bullet") and not _SPEECH_OR_NUMBER_WORD.isdisjoint(label.group("label").lower().split()):
        return None
    cue = CATEGORY_RE.search(label.group("label"))
    words = label.group("label").lower().split()
    if cue is None or "rate" in words or _PER_AFTER.match(sentence, start):
        return None  # ("Death rate: 12 per 1,000" counts no one)
    # (the group is a noun of the label that is no category word: "Dead livestock" counts animals)
    group = next((SUBJECT_NOUNS[w] for w in words if w in SUBJECT_NOUNS and w not in CATEGORY_OF), None)
    things = next((SUBJECT_NOUNS.get(w, w) for w in words if SUBJECT_NOUNS.get(w, w) in THING_SUBJECTS), None)
    if group in THING_SUBJECTS or (group is None and things):
        # "Dead cattle: 950 head", "- Evacuation centres open: 45": animals and places are no
        # casualties (but "People in collective shelters" are people)
        return "other", group or things
    return CATEGORY_OF[cue.group("w").lower()], group


def fact_label(sentence: str, start: int, end: int | None = None) -> tuple[str, str | None] | None:
    """A fact box's category for the figure after its label, and the group the label names
    ("Children killed: 8" counts children), if it names one.

    A label that may be a speaker too ("Survivors: 153" in an infobox, "Survivors: 80 to 90
    on board" in a live page) is a fact box's only when the figure ends its line (`end`)."""
    before = sentence[:start]
    label = _FACT_LABEL.search(before) if ":" in before or "|" in before or before.endswith("now ") else None
    if label is None:
        return _cue_label(sentence, start) if ":" in before else None
    if (
        label.group("label").lower() in FACT_LABELS_THAT_SPEAK and end is not None
        and sentence[end:].strip(" .;,)]") != ""
    ):
        return None
    group = next((SUBJECT_NOUNS[w] for w in label.group("lead").lower().split() if w in SUBJECT_NOUNS), None)
    if group is None and FACT_LABELS[label.group("label").lower()] == "other":
        # "Houses destroyed: 2,214": the label's own noun of a thing (but "In shelters:
        # 60,000" counts people)
        group = next(
            (SUBJECT_NOUNS[w] for w in label.group("label").lower().split() if SUBJECT_NOUNS.get(w) in THING_SUBJECTS),
            None,
        )
    return FACT_LABELS[label.group("label").lower()], group


# A fact box's line that counts things: "Houses fully destroyed: 11,870", "• Bridges damaged:
# 14", "Road sections blocked: 86"; the label's first noun of a thing is what is counted.
_THING_LABEL = re.compile(
    r"(?:^|[•·\-–—*|/;]\s*)(?P<label>(?:[A-Za-z][\w\-’']*\s+){0,5}?[A-Za-z][\w\-’']*)"
    r"(?:\s*\([^()]{1,30}\))?\s*:\s*$"
)


def thing_label(sentence: str, start: int) -> str | None:
    """The things a fact-box label counts ("houses" for "Houses fully destroyed:"), or None
    when its label names no thing (people are counted by FACT_LABELS, never here)."""
    before = sentence[max(0, start - 80) : start]
    label = _THING_LABEL.search(before) if ":" in before else None
    if label is None:
        return None
    words = label.group("label").lower().split()
    for k, word in enumerate(words):
        # "armoured fighting vehicles: 6", "unmanned aerial vehicles: 19": the longest name first
        for n in (3, 2):
            longer = SUBJECT_NOUNS.get(" ".join(words[k : k + n])) if k + n <= len(words) else None
            if longer in THING_SUBJECTS:
                return longer
        subject = SUBJECT_NOUNS.get(word)
        if subject in THING_SUBJECTS or word in THING_SUBJECTS:
            return subject or word
        if subject is not None or word in NP_STOP_WORDS:
            return None  # a group of people, or a clause: "Officials said:"
        if unknown_plural(word):
            return word
    return None


STRONG_CUES = re.compile(
    r"\b(?:"
    + alternation((c for c in COUNT_CONTEXT_BEFORE if c not in ("at", "to", "from", "put", "put the", "up to")), space=r"\ ")
    + r")\b"
)


_WEAK_CUES = re.compile(r"\b(?:at|to|from|put|up to)\b")


# a copula right before the figure, which counts only with a toll word in its clause: "the
# number of people in shelters on Friday was 52,300", never "the temperature was 40"
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|stood)(?:\s+now)?\s+$")


_ASIDE_THEN_COPULA = re.compile(
    r",\s*[^,;:]{1,60},\s*(?:(?:was|were|is|stood)(?:\s+now)?|now\s+stands\s+at|stands\s+at"
    # "The death toll, first given as nine, was lowered to eight": a revision past the aside
    r"|(?:(?:was|has\s+been|had\s+been|is\s+now)\s+)?(?:later\s+)?(?:lowered|raised|revised|cut|reduced|corrected|increased"
    r"|rose|risen|climbed|fell|fallen|dropped|jumped)(?:\s+(?:down|up))?\s+to)\s+$"
)
_TOLL_WORDS = re.compile(r"\b(?:" + alternation(COUNT_CLAUSE_WORDS) + r")\b")
# a step of a toll's rise or fall, its toll word and verb right before the first "from" or the
# first "to": "The death toll climbed again, from 12 on Monday to ", "raised their count of the
# missing, from 30 to ", "raised to 20 by the army that night and to " (never
# "victims aged from 18 to 45", "the price of bread rose from 3 to 5")
_STEP = r"[\w,.\-]+(?:\s+(?:on|by|at|in|late|early)\s+[\w\-]+(?:\s+[\w\-]+)?)?"
_RISE = r"(?:risen|rose|raised|climbed|increased|grown|grew|jumped|gone\s+up|went\s+up|fallen|fell|dropped|lowered|revised)"
_TOLL_WORD = r"(?:death\s+toll|toll|tally|count|number\s+of\s+(?:dead|deaths|bodies))"
_TOLL_RISE_CHAIN_BEFORE = re.compile(
    rf"(?:\b{_TOLL_WORD}\b[^.;]{{0,100}}?\b{_RISE}\b|\b{_RISE}\s+(?:the|its|their|his|her)\s+{_TOLL_WORD}\b[^.;]{{0,40}}?)"
    rf"(?:\s+(?:again|twice|three\s+times|sharply|steadily))?,?\s+"
    rf"(?:from\s+{_STEP}\s+to\s+(?:{_STEP},?\s+and(?:\s+then)?\s+to\s+)?|to\s+{_STEP}[^.;]{{0,40}}?,?\s+and(?:\s+then)?\s+to\s+)$",
    re.I,
)


# a fact box ("Dead: 31", "• Missing: 14") or a table row ("| People displaced | 414,000 |")
_FACT_LABEL = re.compile(
    # the label may name who was counted, and how sure the count is: "• Civilians reportedly
    # killed: 19–24"; a run of labels on one line is split by slashes: "Dead: 17 / Injured: 61"
    # ... and several may share a line split by semicolons: "Killed: 17; injured: 61"; an
    # aside in brackets may follow the label: "Fatalities (coded): 45"
    r"(?:^|[•·\-–—*|/;]\s*)(?P<lead>(?:[A-Za-z][\w\-’']*\s+){0,3}?)(?P<label>"
    + alternation(FACT_LABELS, space=r"\ ")
    # (a terse bulletin's "Dead now 15. Rescued 71.": the label, "now", the figure; a
    # participle after the label's noun: "Deaths confirmed: 7")
    + r")(?:\s+(?:" + alternation(FACT_LABEL_PARTICIPLES) + r"))?(?:\s*\([^()]{1,30}\))?(?:\s*(?::|\|)|\s+now)\s*$",
    re.I,
)


_CATEGORY_AFTER = re.compile(
    # "160 have since been recaptured": adverbs between the auxiliary and the verb; "five who
    # were hurt while fleeing": a relative pronoun before them
    r"\s*(?:who\s+)?(?:(?:were|was|are|is|have|has|had|remain|remained|remains|been|being|now|still|also|later|reportedly"
    r"|allegedly|since|already|subsequently|all|actually|currently|officially|only"
    # "officials fear 20 may have died": a modal before the auxiliary
    r"|may|might|could|would|will|must|be"
    # "five are confirmed dead", "30 are feared dead", "two are thought to have died"
    r"|confirmed|believed|feared|presumed|reported|listed\s+as|(?:thought|known|said|confirmed|believed)\s+to\s+(?:be|have)"
    # "31 were found dead", "29 were pronounced dead", "three are listed in serious condition"
    r"|found|pronounced|declared|listed"
    # "2 million were left without power", "5,000 were left homeless"
    r"|left"
    r")\s+)*"
    r"(?:" + "|".join(
        re.escape(w) for c, ws in CATEGORY_WORDS.items() if c != "troops" for w in sorted(ws, key=len, reverse=True)
    ) + r"|at large|deployed|stationed|on\s+duty|escaped"
    # people an event befell, though no category names them: "with 33 million affected", "left
    # 2 million without power"
    r"|affected|without\s+(?:power|electricity|water|food|shelter))\b",
    re.I,
)


# (a verb of being first: "killing 71 on board", "all 132 aboard died" are the dead, not a
# count of who was there)
_ABOARD_AFTER = re.compile(
    r"\s+(?:(?:still|reportedly|believed\s+to\s+have\s+been)\s+)?(?:were|was|are|is|had\s+been|have\s+been)\s+"
    r"(?:(?:still|reportedly|all|probably)\s+)?(?:" + alternation(ABOARD_WORDS) + r")\b",
    re.I,
)
# ... or a label's figure: "Survivors: 70 to 80 on board"
_ABOARD_BARE = re.compile(r"\s+(?:" + alternation(ABOARD_WORDS) + r")\b", re.I)
_COUNT_NOUN_OF_BEFORE = re.compile(r"\b(?:figure|count|number|total|estimate|tally)\s+of\s+$", re.I)
_COLON_JUST_BEFORE = re.compile(r":\s*$")
_OF_A_WHOLE_OPENS = re.compile(r"\W*Of\s+(?:the|its|their|these|those)\b", re.I)
_ONE_OF_BEFORE = re.compile(r"\b(?:the|only|each|every|no)\s*$", re.I)


# (an addition word may follow the joiner: "200 homes were destroyed and another 450 damaged")
_LIST_BEFORE = re.compile(r"(?:,|\band)\s+(?:(?:another|a\s+further|an\s+additional|further|some)\s+)?$")


_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|remain\s+admitted|remained)\b(?!\s+(?:by|to|that)\b)"
    # "three stayed in critical condition and seven were in stable condition"
    r"|\s+(?:were|are|remain|remained)\s+(?:still\s+)?in\s+(?:\w+\s+){0,3}condition\b"
)


_PLACE_PHRASE_AFTER = re.compile(r"\s+(?:from|in|at)\s+(?:the|a|an|their|its)\s+[a-z]")


_CLAIMED_BY_AFTER = re.compile(
    r"\s*[\"”’]?\s+(?:claimed|given|put\s+forward|cited|announced|reported|quoted)\s+by\s+", re.I
)
_ELLIPTICAL = re.compile(
    r"^\s+in\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+|adjacent\s+)?[A-Z]"
    # "11 died of exposure and six of smoke inhalation": a cause, the verb left out
    r"|^\s+(?:of|from|by)\s+(?i:" + alternation(CAUSE_WORDS) + r")\b"
    # "Eight of the dead went to the general hospital and three to a mission clinic"
    r"|^\s+(?:to|at)\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}(?i:" + alternation((*CARE_PLACES, "morgue", "mortuary")) + r")\b"
)


_RIVAL_SAYS_BEFORE = re.compile(
    r",\s*(?:the\s+)?(?:[\w’'\-]+\s+){1,4}"
    # ("..., and the police gave 19 on Thursday evening", "and the ministry later gave 17,400",
    # "the company has so far reported ten": a rival's figure in the verbs rivals give it with)
    r"(?:(?:has|have|had)\s+)?(?:(?:so\s+far|later|since|now|only)\s+)?"
    r"(?:says|say|said|gave|gives|reported|reports|counted|counts|confirmed|put\s+it\s+at|puts\s+it\s+at)\s+$",
    re.I,
)


# a rival figure given on its own after a figure in the sentence before: "Your latest figure
# is 63 deaths. The ministry says 44." ("The ministry says seven, but ...")
# (or a clause after a semicolon: "The army says 17 were taken prisoner; the rebels claim 218.")
_RIVAL_SENTENCE_BEFORE = re.compile(
    # (after a transcript's speaker label: "MORALES: The operator tells us 70.")
    r"(?:^\W*(?:(?!(?:READ|WATCH|LISTEN|RELATED|ALSO|MORE|SEE|UPDATE|LIVE|BREAKING)\b)[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,2}:\s+)?|;\s*)(?:The\s+|the\s+)?(?:[\w’'\-]+\s+){0,3}[\w’'\-]+"
    # "The mayor, Colonel X, has said between 55 and 70.", "The union, which rebuilt the
    # lists, says at least 72.": past an aside and an auxiliary
    r"(?:,\s[^,;:.\"“”]{1,90},)?\s+(?:has\s+|had\s+|have\s+)?"
    # "the inspectorate has so far confirmed 14": an adverb (not "been able to confirm", whose
    # speaker the speech reader does not yet see, so the figure would go to its rival)
    # ("The union has always said 30", "the rebels still say 40")
    r"(?:(?:so\s+far|now|only|since|also|already|yet|always|still|consistently|repeatedly)\s+)?"
    # ("the committee says there are 1,400")
    r"(?:(?:says|say|said)(?:\s+there\s+(?:are|were|is|was|have\s+been))?|claims|claim|claimed|insists|insist|speaks\s+of|spoke\s+of|puts\s+it\s+at|put\s+it\s+at"
    # "the union counts 58", "the observers have confirmed nine", "the rebels
    # admit to three": a rival's count, in the verbs rivals give counts with
    r"|counts|count|counted|lists|listed|confirms|confirm|confirmed|admits\s+to|admit\s+to|admitted\s+to"
    r"|acknowledges|acknowledge|acknowledged|records|recorded"
    # "Residents say 25 died; the company has so far reported ten."
    r"|reported|reports|gave|gives|announced|announces"
    # "Today he tells us 231.": the figure told to the reporter
    r"|tells\s+us|told\s+us|tells\s+reporters|told\s+reporters)\s+$"
)


# "Ardenia confirmed 52 deaths, Belmora 11 and Castrel 7": a clause that leaves out its
# verb and its noun, with a subject of its own in capitals right before its figure, which
# ends the clause
_GAPPED_SUBJECT = re.compile(
    rf"(?P<skip>(?:\s+[a-z]+){{0,3}}?)\s*(?:,|,?\s+and|;)\s+(?P<fb>followed\s+by\s+)?(?P<np>(?:the\s+)?[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{0,2}})\s+"
    # "Orlen accounted for eleven deaths, Vasko for six", "Orlen led with 12, Vasko with five"
    r"(?P<prep>(?:for|with)\s+)?"
)
_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?$", re.I)
_IN_SOURCE_AFTER = re.compile(
    rf"\s+(?:in|by|from|on)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){{0,3}}?\s+(?:{alternation((*SOURCE_DOCUMENTS, *KEEPERS_LISTS))}|lists?)\b"
    # "against the 260 recorded by the county's assessors": the rival's verb, then who
    r"|\s+(?:counted|recorded|registered|listed|reported|given)\s+by\s+(?:the\s+)?[\w’'\-]",
    re.I,
)
_GAPPED_END = re.compile(r"\s*(?:[,.;]|\s+and\b|$)")
_AND_FIGURE_AFTER = re.compile(r"\s+and\s+\d")


def gapped_subject(sentence: str, prev_end: int, start: int, end: int) -> str | None:
    """The subject of a gapped clause whose bare figure starts at `start`, right after the
    figure that ends at `prev_end` ("..., Serantau 14"); None when there is none, or when the
    capitals are a time ("deaths on Monday 14")."""
    m = _GAPPED_SUBJECT.fullmatch(sentence, prev_end, start)
    if m is None or not _GAPPED_END.match(sentence, end) or _AND_FIGURE_AFTER.match(sentence, end):
        return None  # ("Blocks 12 and 14 were sealed off": numbers that name things)
    words = m.group("np").lower().split()
    if any(w in MONTHS or w in WEEKDAYS for w in words) or words[-1].rstrip("s") in IDENTIFIER_WORDS:
        return None
    if m.group("prep") and m.group("prep").split()[0] in m.group("skip").split():
        return None  # "jailed 12 protesters for ten years, and Ahmed for five": the years again
    if words[0] in _HAZARDS or (words[0] == "the" and len(words) > 1 and words[1] in _HAZARDS):
        return None  # "followed by Hurricane Milton with 24": another event's toll, no share
    return m.group("np")


_HAZARDS = frozenset(h for h in KILLING_HAZARDS if " " not in h)


def gapped_place(sentence: str, prev_end: int, start: int, end: int) -> str | None:
    """The place a gapped share fell in ("Vasko district for six", "followed by Vasko with
    12"); None when the clause names who gives its figure, or a body, a person or an event
    ("ISWAP for 120", "followed by Hurricane Milton with 24")."""
    m = _GAPPED_SUBJECT.fullmatch(sentence, prev_end, start)
    if m is None or not (m.group("fb") or m.group("prep")):
        return None
    np = gapped_subject(sentence, prev_end, start, end)
    if np is None or looks_like_org(np) or is_person_role(np):
        return None
    if np.isupper():
        return None  # initials name a body ("ISWAP")
    return np


def rival_alone(sentence: str, start: int, end: int) -> bool:
    if _OPENS_ALONE.fullmatch(sentence, 0, start) and _SOURCE_CLOSES_AFTER.fullmatch(sentence, end):
        return True  # "Fifteen, according to local officials.": the whole sentence is a rival's figure
    return _RIVAL_SENTENCE_BEFORE.search(sentence, 0, start) is not None and _RIVAL_SENTENCE_END.match(sentence, end) is not None


_OPENS_ALONE = re.compile(r"[\W_]*")
# ... its source closing the sentence: ", according to X." / ", the governor said."
_SOURCE_CLOSES_AFTER = re.compile(
    r",\s*(?:according\s+to\s+[^,;.:]{2,60}|(?:the\s+)?[^,;.:]{2,50}?\s+(?:said|says|told\s+\w+|reported|reports))"
    r"(?:\s+on\s+\w+)?\s*[.!]?\s*[\"”’]?\s*"
)


# (or a comparison with the figure before: "The rebels admit to three, far fewer than the army claims")
# ("The council says 2,300; the rest are sleeping in the open": its clause ends at a semicolon)
# ("The coastguard gave 17 on Friday night and has kept to it": a day, then "and" and the same
# subject's next verb; never "said 40 on Friday and 55 on Saturday had been rescued")
_SAME_SUBJECT_GOES_ON = r"(?:has|have|had|is|are|was|were|did|does|do|would|will|then|later|since|also|still|not)\b"

# A day of the week as a figure's time: "on Friday", "late on Tuesday night", "last Sunday"
# (one pattern for a rival's figure, its clause's end and a count's next step)
_WEEKDAY_TIME = (
    r"(?:on|by|late\s+on|early\s+on|last)\s+(?i:" + alternation(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
)

# ("the navy gave three on the second day", "the bishop spoke of 14 the next morning")
_RIVAL_TIME = (
    r"(?:" + _WEEKDAY_TIME
    + r"|(?i:on\s+the\s+(?:first|second|third|next|following)\s+(?:day|morning|evening|night)"
    r"|(?:the\s+same|that|the\s+next|the\s+following)\s+(?:day|morning|afternoon|evening|night)|last\s+night|overnight))"
)
_RIVAL_SENTENCE_END = re.compile(
    r"(?:\s+" + _RIVAL_TIME + r""
    r"(?=\s*(?:[.;!?]|$|,|\s+and\s+" + _SAME_SUBJECT_GOES_ON + r"))(?:\s+and(?=\s+" + _SAME_SUBJECT_GOES_ON + r"))?)?"
    # (", a figure the police confirmed": the figure named as one)
    r"\s*(?:;|[.;!?\"”’]*$|,\s*(?:but|while|whereas|not|(?:far\s+|well\s+)?(?:fewer|more|less|higher|lower)\s+than"
    r"|(?:a|the)\s+(?:figure|number|count|toll|tally))\b)"
    r"|\s+" + _RIVAL_TIME + r"\s+and\s+" + _SAME_SUBJECT_GOES_ON
)


_CLAUSE_END = re.compile(r"\s*(?:$|[.;:)\]]|,\s)")
_GAVE = re.compile(r"\b(?:gave|gives)\b")
# a sentence about money, where "gave 2,000" is a sum ("Residents raised 3,000 ...")
_MONEY_WORDS = re.compile(r"\b(?:raised|donated|donations?|pledged|paid|funds?|grants?|compensation)\b|[$€£¥₹₦]", re.I)
# "... gave 19 on Thursday evening.": a time, then the clause's end
# ("... gave 13 on Sunday evening.": a day, then the clause's end; not "3 in the morning", a
# time of day)
_TIME_THEN_CLAUSE_END = re.compile(
    r"\s+" + _WEEKDAY_TIME + r"\s*(?:$|[.;:)\]]|,\s)",
    re.I,
)


_REVISION = alternation(REVISION_VERBS)


#: "elevated to 341 the number of injured": the figure before what it counts
NUMBER_OF_AFTER = re.compile(
    # "elevated to 341 the number of injured", "raised to seven from four the number of
    # people killed": the count is named after its figure (and the figure it replaced)
    # ("raising from 12 to 20 the count of victims": the figure replaced, then the new one)
    r"(?:\s+(?:from|to)\s+[\w,.]+)?\s+the\s+(?:number|figure|toll|count|tally|total)\s+"
    r"(?:of\s+(?:the\s+)?(?P<w>[a-z]+)(?:\s+(?P<w2>[a-z]+))?"
    # "bringing to 87 the number detained since Friday"
    r"|(?P<p>" + alternation(PARTICIPLE_CATEGORIES) + r")\b)",
    re.I,
)


_NUMBER_OF_AFTER = NUMBER_OF_AFTER


_GROUP_IS_BEFORE = re.compile(
    r"\b(?:dead|deceased|deaths|victims|injured|wounded|missing|detained|arrested|displaced|evacuated)\s+"
    r"(?:are|is|were|was|stand\s+at|stands\s+at|number|numbered|total|totalled|totaled)\s+"
    + _QUALIFIER + r"$",
    re.I,
)


_SPEAK_OF_BEFORE = re.compile(
    r"\b(?:speak|speaks|spoke|talk|talks|talked)\s+of\s+" + _QUALIFIER + r"$", re.I
)


_OF_WHICH_BEFORE = re.compile(r",\s*(?:of\s+which|of\s+whom)\s+$", re.I)


RANGED_BEFORE = re.compile(
    r"\b(?:range[sd]?|ranging|var(?:y|ies|ied))\s+from\s+(?:[^;]{0,100}?\)\s*to\s+)?$", re.I
)
_RANGED_BEFORE = RANGED_BEFORE
_SOURCE_IN_BRACKETS_AFTER = re.compile(r"\s*\((?:the\s+[a-z]|[A-Z])")
# ("fallen to 87, from the 120 announced by the company")
# ("put the toll at 9 on Monday, and at 12 on Tuesday", "gave a figure of 9 on Monday, and
# yesterday 12": the same count's next step, its time said with it)
_STEP_TIME = (
    r"(?:" + _WEEKDAY_TIME
    + r"|(?:yesterday|today|this|last)\s+(?:morning|afternoon|evening|night)|yesterday|overnight|(?:by|at)\s+(?:noon|midday|midnight|dawn|nightfall))"
)
_TIMED_STEP_BEFORE = re.compile(
    r"(?:\d[\d,]*|\b(?:" + alternation([*UNITS, *TENS]) + r"))"
    r"(?:(?P<t1>\s+" + _STEP_TIME + r"))?\s*,?\s+(?:and|then|and\s+then|but)\s+"
    r"(?:(?:at|to)\s+)?(?:(?P<t2>" + _STEP_TIME + r")\s+)?(?:(?:at|to)\s+)?$",
    re.I,
)
_TIME_AFTER_STEP = re.compile(r"\s+" + _STEP_TIME + r"\b", re.I)


def _timed_step(sentence: str, start: int, end: int) -> bool:
    """A second figure of the same count, its time said with it or with the one before."""
    m = _TIMED_STEP_BEFORE.search(sentence, max(0, start - 70), start)
    return m is not None and bool(m.group("t1") or m.group("t2") or _TIME_AFTER_STEP.match(sentence, end))


_TO_FROM_BEFORE = re.compile(
    # ("lifted the toll to 73 late on Tuesday, from 29 at noon": its time between)
    r"\bto\s+\d[\d,.]*(?:\s+" + TIME_BETWEEN + r")?\s*,?\s+from\s+(?:the\s+)?$"
)


# "cut the toll by three, to 44 from 47", "rose by 5 to 40": the size of a change is no count
_BY_DELTA_BEFORE = re.compile(rf"\b(?:{_REVISION})\b[^.;]{{0,60}}\bby\s+$", re.I)


#: ... and the figure after "to" in that clause is the toll itself, however far back the toll
#: word is: "cut the toll of Monday's mine collapse by two, to 31"
#: "wildfire forces tens of thousands from homes": driven out, so displaced
DRIVEN_OUT_BEFORE = re.compile(rf"\b(?:{alternation(DRIVING_OUT_VERBS)})\s+$", re.I)


FROM_HOMES_AFTER = re.compile(r"\s+(?:out\s+)?(?:of|from)\s+(?:their\s+)?homes\b", re.I)


#: "the camp is home to some 23,000 people": the displaced, never a background population
CAMP_HOLDS_BEFORE = re.compile(
    rf"\bcamps?\b[^.;]{{0,40}}?\b(?:{alternation(CAMP_HOLDS_VERBS)})\s+"
    + _QUALIFIER + r"$",
    re.I,
)


# '"We were 38 in the truck"', "There were 60 of us": how many the speaker's group was
_WE_WERE_BEFORE = re.compile(
    r"(?:^|[\"“«(]\s*|[,;:]\s+)(?:we|there)\s+were\s+(?:only\s+|about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)
def group_size(sentence: str, start: int, end: int) -> bool:
    """How many a group was, a count of its own (category other, people), never the group or
    category of the figure before: '"We were 38 in the truck"', "41 were on board"."""
    return _WE_WERE_BEFORE.search(sentence, max(0, start - 30), start) is not None or _aboard(sentence, start, end)


def _aboard(sentence: str, start: int, end: int) -> bool:
    """"41 were on board"; a label's "Survivors: 70 to 80 on board"; "its figure of 198 on board"."""
    return _ABOARD_AFTER.match(sentence, end) is not None or _ABOARD_BARE.match(sentence, end) is not None and (
        _COLON_JUST_BEFORE.search(sentence, 0, start) is not None
        or _COUNT_NOUN_OF_BEFORE.search(sentence, max(0, start - 30), start) is not None  # "its figure of 198 on board"
    )


def rival_of_before(sentence: str, start: int, end: int) -> bool:
    """"96 trucks, not the 71 the ministry reported": the figure before, as a rival gave it;
    "put the toll at 41, after initially reporting 35": as its source gave it before."""
    return (
        _NOT_THE_BEFORE.search(sentence, max(0, start - 10), start) is not None and _GIVEN_BY_AFTER.match(sentence, end) is not None
    ) or EARLIER_GAVE_BEFORE.search(sentence, max(0, start - 60), start) is not None


EARLIER_GAVE_BEFORE = re.compile(
    rf"\b(?:after|having)\s+(?:{alternation(EARLIER_GIVING_ADVERBS)})\s+(?:{alternation(EARLIER_GIVING_VERBS)})\s+"
    + _QUALIFIER + r"$",
    re.I,
)


# "..., not the 71 the ministry gave", "not the 9 she announced on Monday", "well above the
# 88 that it gave on Monday"
# a lead that names the count its colon gives: "Our count of measles deaths in the camp, from
# clinic records: at least 58" (the count's noun and its category word, then the colon)
_COUNT_OF_CATEGORY_LEAD = re.compile(
    r"\b(?:count|tally|toll|number|total|figure|list)\s+of\s+(?:[\w\-]+\s+){0,2}"
    r"(?:" + alternation((p for p, _ in _CATEGORY_PHRASES), space=r"\ ") + r")\b[^:;.!?]{0,110}:\s*$",
    re.I,
)
# the running total a death or a find brings the count to: "..., which would make 18.",
# "which brings the toll to 40."
_MAKES_TOTAL_BEFORE = re.compile(
    r",\s*(?:which|that|this)\s+(?:would\s+|will\s+|could\s+|now\s+)?(?:makes?|brings?|takes?|raises?)\s+"
    r"(?:it\s+|the\s+(?:total|toll|number|count|tally)\s+)?(?:to\s+)?$",
    re.I,
)
_DEATH_OR_FIND_BEFORE = re.compile(r"\b(?:" + alternation(RUNNING_TOTAL_CUES) + r")\b", re.I)
# a correction's rejected figure, on its own at its clause's end: "..., not 300."
NOT_BEFORE = re.compile(r"(?:,|\s[—–-])\s*(?:and\s+)?not\s+$")
CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.;!?)\"”’]|$)")
_CLAUSE_ENDS_AFTER = CLAUSE_ENDS_AFTER
_NOT_THE_BEFORE = re.compile(r"\b(?:not|over|than|above|below|under|beyond)\s+the\s+$", re.I)
_GIVEN_BY_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:[\w’'\-]+\s+){1,5}?(?:had\s+|has\s+|have\s+)?"
    r"(?:said|says|announced|announces|reported|reports|claimed|claims|gave|gives|cited|cites|estimated|put\s+forward)\b"
)


#: "an official capacity of 800", "built for 25,000": what a place holds, a count of its own
CAPACITY_BEFORE_RE = re.compile(rf"\b(?:{alternation(CAPACITY_BEFORE)})\s+" + _QUALIFIER + r"$", re.I)


#: "evacuation orders now cover more than 40,000": the figure is who must leave
ORDERS_COVER_BEFORE = re.compile(
    rf"\b(?:{alternation(ORDER_NOUNS)})\s+(?:now\s+|still\s+|already\s+)?(?:{alternation(ORDER_COVER_VERBS)})\s+"
    + _QUALIFIER + r"$",
    re.I,
)


TOLL_REVISED_TO = re.compile(
    rf"\b(?:{_REVISION})\s+(?:the|its|their|his|her)\s+(?:death\s+)?toll\b[^.;]{{0,80}}?\bto\s+"
    + _QUALIFIER + r"$",
    re.I,
)


# "12 are from Hirapur, eight from Kanpa and three from Dhunga", "48 patients remain
# admitted, 31 at the city hospital and 26 at the district hospital": a list that breaks the
# figure before down by place, its verb left out
# ("six at the checkpoint and four inside the depot": a place may be a building)
PLACE_ITEM_AFTER = re.compile(
    r"\s+(?:from|at|in|over|near|inside|outside)\s+(?:the\s+)?[A-Z][\w\-]+"
    # (only where the item ends: "12 outside the building were given blankets" is a clause)
    r"|\s+(?:inside|outside|near)\s+the\s+[a-z][\w\-]+(?=\s*(?:[,.;:()]|$|\s+(?:and|during|in|on|at|when|after|before)\b))"
)
LIST_ITEM_BEFORE = re.compile(r"(?:,|\band)\s*$")
# a running count's values with their days: "stood at nine on 2 April, 38 on 4 April and 47
# on 6 April", "12 on Monday, 19 by Tuesday evening", "300 on Sunday and 640 today." (a day
# named from the report's own, then the clause's end)
TIME_ITEM_AFTER = re.compile(
    r"\s+(?:(?:on|by)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + alternation(tuple(MONTHS)) + r")\b|(?:" + alternation(tuple(MONTHS))
    + r")\.?\s+\d{1,2}\b|(?:" + alternation(WEEKDAYS) + r")\b)"
    + r"|(?:" + alternation(DEICTIC_DAYS) + r")\b(?=\s*(?:[.;,)!?\"”]|$|(?:and|but)\b)))",
    re.I,
)


# "gave 20 dead on Monday, raised it to 25 on Tuesday and to 31": "it" is the figure before
# "... rose to 670, though local authorities put it at more than 2,000": a rival figure for
# the count just given
_PUT_IT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate)\s+it\s+at\s+" + _QUALIFIER + r"$", re.I)


_REVISED_IT_TO = re.compile(
    rf"\b(?:{_REVISION})\s+it\b[^.;:]{{0,60}}?\bto\s+" + _QUALIFIER + r"$",
    re.I,
)


_INCLUDING_BARE_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+" + _QUALIFIER + r"$", re.I)
_FROM_OR_IN_AFTER = re.compile(r"\s+(?:from|in|on|at)\s+(?:the\s+)?[\w\-]+")
# "took in 52 patients, including 7 moved from another hospital", "including nine who
# were later flown abroad": what befell the part, a participle and where, says nothing of
# its category, which is the whole's
_PARTICIPLE_PLACE_AFTER = re.compile(
    r"\s+(?:who\s+(?:were|was|had\s+been|have\s+been)\s+)?(?:later\s+|since\s+|then\s+)?"
    r"(?:[a-z]{3,}ed|taken|brought|flown|sent)\s+(?:from|to|into|in|at|by|abroad|home|overseas)\b"
)


BODIES_OF_BEFORE = re.compile(r"\b(?:the\s+)?(?:bodies|remains|corpses)\s+of\s+(?:another\s+|all\s+)?$", re.I)


_AND_NOW_GIVES_BEFORE = re.compile(
    r"\b(?:and|but)\s+(?:now|later|since|has\s+since|then)\s+"
    r"(?:says?|said|acknowledges?|acknowledged|admits?|admitted|concedes?|conceded|gives?|gave|reports?|reported|counts?)\s+"
    r"(?:(?:at\s+least|more\s+than|about|nearly|some|around|over)\s+)?$",
    re.I,
)


# "the checked one", "the real one", "the only one": "one" standing for a thing named before
_THE_ADJECTIVE_BEFORE = re.compile(r"\bthe\s+(?:[a-z\-]+\s+)?$", re.I)
_ONE_ENDS_AFTER = re.compile(r"[\"”’']?\s*(?:[.,;:!?)]|$|(?:the|that|which|we|they|it|he|she|you|i|most)\b)", re.I)


def bare_is_count(sentence: str, num: NumberSpan, start: int, end: int, has_previous: bool) -> bool:
    """A figure with no head noun is a claim only where the words say it is a count."""
    if _BY_DELTA_BEFORE.search(sentence, max(0, start - 80), start):
        return False
    if (
        num.text.lower() == "one" and _THE_ADJECTIVE_BEFORE.search(sentence, max(0, start - 30), start)
        and _ONE_ENDS_AFTER.match(sentence, end)
    ):
        # 'the ministry insists its count is "the checked one"', "the one the courts accept": a pronoun
        # for a figure (but "the last one is still being held" counts a person)
        return False
    if TOLL_REVISED_TO.search(sentence, max(0, start - 140), start):
        return True
    if ORDERS_COVER_BEFORE.search(sentence, max(0, start - 60), start):
        return True
    if CAPACITY_BEFORE_RE.search(sentence, max(0, start - 50), start):
        return True  # "against an official capacity of 800"
    if _WE_WERE_BEFORE.search(sentence, max(0, start - 30), start):
        return True  # '"We were 38 in the truck," she says': how many they were
    if has_previous and _NOT_THE_BEFORE.search(sentence, max(0, start - 10), start) and _GIVEN_BY_AFTER.match(sentence, end):
        return True  # "96 trucks, not the 71 the ministry gave": a rival's figure
    if has_previous and EARLIER_GAVE_BEFORE.search(sentence, max(0, start - 60), start):
        return True  # "put the toll at 41, after initially reporting 35": the figure it replaced
    if FROM_HOMES_AFTER.match(sentence, end) and DRIVEN_OUT_BEFORE.search(sentence, max(0, start - 12), start):
        return True  # "wildfire forces tens of thousands from homes"
    if has_previous and (
        _REVISED_IT_TO.search(sentence, max(0, start - 120), start) or _PUT_IT_AT.search(sentence, max(0, start - 40), start)
    ):
        return True
    if has_previous and LIST_ITEM_BEFORE.search(sentence, max(0, start - 6), start) and (
        PLACE_ITEM_AFTER.match(sentence, end) or TIME_ITEM_AFTER.match(sentence, end)
    ):
        return True
    if has_previous and _TO_FROM_BEFORE.search(sentence, max(0, start - 70), start):
        return True  # "..., to 44 from 47": the figure the count replaced
    if has_previous and _timed_step(sentence, start, end):
        return True  # "put the toll at 9 on Monday, and at 12 on Tuesday": the count's next step
    if has_previous and _TOLL_RISE_CHAIN_BEFORE.search(sentence, max(0, start - 160), start):
        # "The death toll climbed again, from 12 on Monday to 15 on Wednesday, and then to
        # 17 on Friday": each step of a toll's rise
        return True
    if _NUMBER_OF_AFTER.match(sentence, end):
        return True  # "elevated to 341 the number of injured"
    if has_previous and _AND_NOW_GIVES_BEFORE.search(sentence, max(0, start - 60), start):
        return True  # "put the number at 140 on Friday, and has since acknowledged 163": its new figure
    if BODIES_OF_BEFORE.search(sentence, max(0, start - 30), start):
        return True  # "the bodies of six were pulled out": six dead
    if _GROUP_IS_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "the deceased are 14", "the injured are 1,140"
    if has_previous and _SPEAK_OF_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # a rival figure: "..., rights groups speak of 14"
    if _RANGED_BEFORE.search(sentence, max(0, start - 120), start) and _SOURCE_IN_BRACKETS_AFTER.match(sentence, end):
        return True  # "fatalities range from 23 (the government) to 94 (the diocese)"
    if has_previous and _INCLUDING_BARE_BEFORE.search(sentence, max(0, start - 30), start) and _FROM_OR_IN_AFTER.match(sentence, end):
        return True  # "48 fighters were killed, including 30 from the government side"
    if has_previous and _INCLUDING_BARE_BEFORE.search(sentence, max(0, start - 30), start) and _PARTICIPLE_PLACE_AFTER.match(sentence, end):
        return True
    if has_previous and _OF_WHICH_BEFORE.search(sentence, max(0, start - 20), start):
        return True  # "Homes damaged: 2,310, of which 640 fully destroyed"
    before = " ".join(prev_words(sentence, start, 6))
    after = sentence[end:].lower()
    if _OF_THEM_AFTER.match(after):
        return True
    if AMONG_GROUP_AFTER.match(sentence, end):
        return True  # "four women were among the dead and 9 among the injured"
    if has_previous is False and WERE_GROUP_AFTER.match(sentence, end) and SENTENCE_OPENS.match(sentence[:start]):
        # "Eleven were children, she said.": who the figure before were, a part of it
        return True
    if _TRANSITIVE_BEFORE.search(sentence[:start]):
        return True  # "quake kills dozens", "blasts kill at least 103 in Iran"
    if _CATEGORY_AFTER.match(sentence[end:]):
        return True  # "officials said 30 were killed", "97 remained at large", "Tens of thousands fled"
    if num.kind == "vague" and LEFT_HOME_PLACE_AFTER.match(sentence, end):
        return True  # "Thousands have left the city since Monday": who fled
    if (
        _aboard(sentence, start, end) and num.high != 1 and not _ONE_OF_BEFORE.search(sentence, max(0, start - 12), start)
        and not _OF_A_WHOLE_OPENS.match(sentence)
    ):
        # "41 were on board, not 39", "63 were underground": who was there (not "the only one on
        # board", nor a share of a whole named first: "Of its 12 floors, 3 are underground")
        return True
    if _MODAL_AFTER.match(after) and _ADDITION_BEFORE.search(before):
        return True
    if fact_label(sentence, start, end):
        return True  # a fact box: "Dead: 31"
    if thing_label(sentence, start):
        return True  # "Houses fully destroyed: 11,870"
    if has_previous and _CLAIMED_BY_AFTER.match(sentence, end):
        return True  # 'far above the "about 40" claimed by a chief': a rival's figure
    if not has_previous and ":" in sentence[max(0, start - 4) : start] and _COUNT_OF_CATEGORY_LEAD.search(
        sentence, max(0, start - 160), start
    ):
        return True  # "Our count of cholera deaths, from clinic records: at least 58 since June"
    if (
        (total := _MAKES_TOTAL_BEFORE.search(sentence, max(0, start - 50), start))
        and _CLAUSE_ENDS_AFTER.match(sentence, end)
        and _DEATH_OR_FIND_BEFORE.search(sentence, max(0, total.start() - 80), total.start())
    ):
        # "a further passenger died this morning, which would make 18.": a death or a find
        # in the clause right before (not "taken to a third hospital, which makes 3")
        return True
    if _AS_SOURCE_SAID_AFTER.match(sentence[end:]):
        return True  # "462 inmates, not 294 as the NCS has said"
    if _NUMBERING_BEFORE.search(sentence[:start]):
        return True  # "the gunmen, numbering more than 100"
    if has_previous and _ELLIPTICAL.match(sentence[end:]):
        return True  # "19 people in Sunamganj, eight in Sylhet and four in Moulvibazar"
    if has_previous and _DIED_WHERE_AFTER.match(sentence, end) and _LIST_ITEM_GAP_BEFORE.search(sentence, max(0, start - 4), start):
        return True  # "fourteen dead, twelve on the spot and two in hospital": where they died
    if has_previous and bracket_part(sentence, start, end):
        return True  # "Deaths: 71 (48 in treatment centres, 23 in the villages)"
    if has_previous and _PART_END.match(sentence, end) and (breakdown_place(sentence, start) or breakdown_group(sentence, start)):
        return True  # "47 have died (Mbeza 30, Tolo 12, Rundu 5)"
    if has_previous and _AGAINST_BEFORE.search(sentence, max(0, start - 12), start) and _IN_SOURCE_AFTER.match(sentence, end):
        return True  # "22 missing, against 14 in the agency's data": a rival's figure
    if has_previous and SEVERITY_ITEM_AFTER.match(sentence, end) and HURT_BEFORE.search(sentence, 0, start):
        return True  # "35 were hurt: 4 critically, 9 seriously and 22 with minor injuries"
    if has_previous and same_count_in_brackets(sentence, start, end):
        return True  # "41 people are missing (57 last night)"
    if ":" in sentence[:start] and (colon_list_place(sentence, start, end) or colon_share_place(sentence, start, end)):
        return True  # "the dead were: Norra, 31; Vesta, 12; Lund, 8"
    if has_previous and _LIST_BEFORE.search(sentence, 0, start) and _PARTICIPLE_AFTER.match(sentence, end):
        return True  # "23 trains cancelled, 17 diverted", "238 destroyed and 31 damaged"
    if has_previous and _LIST_BEFORE.search(sentence, 0, start) and _PLACE_PHRASE_AFTER.match(sentence, end):
        return True  # "187 pupils from the secondary school and 125 from the primary school"
    rival = _RIVAL_SAYS_BEFORE.search(sentence, 0, start) if has_previous else None
    if rival and (_CLAUSE_END.match(sentence, end) or _TIME_THEN_CLAUSE_END.match(sentence, end)) and (
        # ("Residents raised 3,000, and the council gave 2,000": money, not a rival's count)
        not _GAVE.search(rival.group()) or _MONEY_WORDS.search(sentence) is None
    ):
        return True  # a headline's rival figure: "hospital says 62 dead, ministry says 28"
    if rival_alone(sentence, start, end):
        return True  # "The ministry says 44.": the whole of what a rival says
    if STRONG_CUES.search(before) or STRONG_CUES.search(sentence[start : num.start].lower()):
        return True  # the cue may be the qualifier itself: "the toll topped 1,000"
    if _WEAK_CUES.search(before) is None and start == num.start and not _COPULA_BEFORE.search(sentence, max(0, start - 8), start):
        return False
    # "revised the death toll from the floods in Derna to 4,352", "the death toll from the
    # earthquake ... has passed 2,000": a toll word in the figure's clause, before the cue or
    # the qualifier, however far back
    left = sentence[max(0, start - 120) : start]
    aside = _ASIDE_THEN_COPULA.search(left)
    if aside:
        # "The agency's tally, updated overnight, is 77": the toll word before the aside
        left = left[: aside.start()]
    return _TOLL_WORDS.search(left[last_clause_start(left) :].lower()) is not None


# a bare figure after a list's comma, then where the dead died ("fourteen dead, twelve on the
# spot"): a part of the toll; after "and" it may be the living ("3 dead and 186 on site")
_DIED_WHERE_AFTER = re.compile(r"\s+(?:" + alternation(DEATH_PLACES) + r")\b", re.I)
_LIST_ITEM_GAP_BEFORE = re.compile(r"[,:;]\s*$")
_NAMED_PART_BEFORE = re.compile(r"[(,;]\s*(?:and\s+)?(?P<p>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}):?\s+$")


_PART_END = re.compile(r"\s*(?:[,;)]|and\b)")


_FIGURE_BEFORE_BRACKET = re.compile(r"\d\s*(?:[a-z]+\s+){0,4}$")
# a figure in words before a breakdown by cause: "Fourteen people died (nine by drowning, ...)"
# (by place it may be of things: "Three helicopters (two from the Air Force, ...)")
_WORD_FIGURE_BEFORE_BRACKET = re.compile(r"\b(?i:" + alternation([*UNITS, *TENS]) + r")\s*(?:[a-z]+\s+){0,4}$")


# (an item after "and" alone too: "(nine by drowning and five from hypothermia)")
_BRACKET_ITEM_OPEN = re.compile(r"\(\s*(?:[^()]*?(?:[,;]\s*(?:and\s+)?|(?<=\s)and\s+))?")
# ... by what killed them: "9 deaths (7 by drowning, 2 from burns)"
_BRACKET_CAUSE_AFTER = re.compile(
    r"\s+(?:by|from|of|through|due\s+to)\s+(?:" + alternation(CAUSE_WORDS) + r")(?=\s*(?:[,;)]|\s+and\b))", re.I
)
_BRACKET_ITEM_AFTER = re.compile(
    r"\s+(?:in|at|from|on|inside|outside)\s+[^,;()]{1,50}?(?=\s*(?:[,;)]|\s+and\b))|" + _BRACKET_CAUSE_AFTER.pattern,
    re.I,
)


def bracket_part(sentence: str, start: int, end: int) -> bool:
    """An item of a breakdown in brackets after the figure it breaks down, by where it fell:
    "71 (48 in treatment centres, 23 in the villages)"."""
    opened = sentence.rfind("(", 0, start)
    if opened < 0 or sentence.rfind(")", 0, start) > opened:
        return False
    if not _BRACKET_ITEM_OPEN.fullmatch(sentence, opened, start):
        return False
    if not _FIGURE_BEFORE_BRACKET.search(sentence, max(0, opened - 40), opened):
        return bool(
            _WORD_FIGURE_BEFORE_BRACKET.search(sentence, max(0, opened - 50), opened)
            and _BRACKET_CAUSE_AFTER.match(sentence, end)
        )
    return _BRACKET_ITEM_AFTER.match(sentence, end) is not None


# "Dead: 18 (males 11, females 5, infants 2)": a breakdown by who they were
_GROUP_PART_BEFORE = re.compile(
    r"[(,;]\s*(?:and\s+)?(?P<g>" + alternation(BREAKDOWN_GROUPS) + r")\s*:?\s+$", re.I
)


def breakdown_group(sentence: str, start: int) -> str | None:
    """The group of a figure in a breakdown by group, in brackets after the figure it breaks
    down: "females" in "18 (males 11, females 5, infants 2)"."""
    group = _breakdown_label(sentence, start, _GROUP_PART_BEFORE, 20, "g")
    return group.lower() if group else None


def breakdown_place(sentence: str, start: int) -> str | None:
    """The place of a figure in a breakdown by place, in brackets after the figure it breaks
    down: "Mbeza" in "47 people have died (Mbeza 30, Tolo 12, Rundu 5)"."""
    return _breakdown_label(sentence, start, _NAMED_PART_BEFORE, 40, "p")


def _breakdown_label(sentence: str, start: int, label: re.Pattern[str], reach: int, name: str) -> str | None:
    """The label before a figure inside brackets that open right after another figure."""
    opened = sentence.rfind("(", 0, start)
    if opened < 0 or opened < sentence.rfind(")", 0, start):
        return None
    named = label.search(sentence, max(opened, start - reach), start)
    if named is None or not _FIGURE_BEFORE_BRACKET.search(sentence, max(0, opened - 40), opened):
        return None
    return named.group(name)


# "By district, the dead were: Norra, 31; Vesta, 12; Lund, 8": a list of places after a colon
# whose lead names the count, each item a place and its figure
# a place's name in such a list: capitals, with the particles of names between them ("Tamar del
# Norte", "Isla de la Luz"), or the rest ("other provinces 2")
_LIST_PLACE = (
    r"(?:[A-Z][\w’'\-]+(?:\s+(?:(?:del|de|la|las|los|di|da|du|van|von|al|el|of|the)\s+){0,2}[A-Z][\w’'\-]+){0,3}"
    r"|other\s+(?:provinces|districts|regions|areas|towns|villages|states|counties|municipalities))"
)
# (each item "Place, 31", "Place 31" or "Place (31)": "reported from four counties: Northfield
# (5), Eastvale (3) and Hilltop (1)")
_COLON_ITEM_BEFORE = re.compile(
    rf"(?:[:;]|,\s*and|,|\band)\s*(?P<p>{_LIST_PLACE})(?:,?\s+|\s*\(\s*)$"
)
_COLON_ITEM_END = re.compile(r"\)?\s*(?:[;.]|,\s*(?:and\s+)?[A-Z]|\s+and\s+[A-Z]|,\s*(?:and\s+)?other\s|$)")
_COLON_ITEMS = re.compile(
    rf"(?:\s*(?:and\s+)?(?:{_LIST_PLACE})(?:,?\s+\d[\d,]*|\s*\(\s*\d[\d,]*\s*\))\s*[;,]?)*\s*(?:[;,]\s*)?(?:and\s+)?"
)
_LEAD_COUNT_WORD = re.compile(
    r"\b(?:" + alternation(tuple(w for words in CATEGORY_WORDS.values() for w in words) + COUNT_CLAUSE_WORDS) + r")\b",
    re.I,
)


def colon_list_place(sentence: str, start: int, end: int) -> str | None:
    """The place of a figure in a list of places after a colon that names the count:
    "Vesta" in "the dead were: Norra, 31; Vesta, 12; Lund, 8"."""
    colon = sentence.rfind(":", 0, start)
    if colon < 0 or not _COLON_ITEM_END.match(sentence, end):
        return None
    item = _COLON_ITEM_BEFORE.search(sentence, max(colon, start - 50), start)
    if item is None or item.start() < colon or not _COLON_ITEMS.fullmatch(sentence, colon + 1, item.start("p")):
        return None
    if not _LEAD_COUNT_WORD.search(sentence, max(0, colon - 60), colon):
        return None
    return item.group("p")


# "...: 70 at the Central Hospital, 41 at St Anne's and 9 at the Harbour clinic": each item a
# figure, then where (what comes between a colon or an item and the next figure)
_SHARE_GAP = re.compile(r"\s*(?::|[;,]\s*(?:and\s+)?|\s+and\s+)\s*$")
_SHARE_ITEM = re.compile(r"(?:\d[\d,]*)\s+(?:at|in|to)\s+(?:the\s+)?[A-Z][^,;:.]{0,60}?(?=\s*(?:[;,]|\s+and\s+|[.]|$))")


def colon_share_place(sentence: str, start: int, end: int) -> str | None:
    """Where a figure of a list after a colon fell, when the list gives the figure before
    its place and the lead names what it counts ("The injured were taken to three
    hospitals: 70 at the Central Hospital, 41 at St Anne's and 9 at the Harbour clinic")."""
    colon = sentence.rfind(":", 0, start)
    if colon < 0 or not _SHARE_GAP.search(sentence, max(colon, start - 8), start):
        return None
    # every item between the colon and the figure is a figure at a place
    between = sentence[colon + 1 : start]
    rest = _SHARE_ITEM.sub("", between)
    if rest.strip(" ,;") not in ("", "and"):
        return None
    after = PLACE_ITEM_AFTER.match(sentence, end)
    if after is None or not CATEGORY_RE.search(sentence, max(0, colon - 80), colon):
        return None
    return sentence[after.start() : after.end()].split(None, 1)[1].removeprefix("the ").strip()


def colon_lead_category(sentence: str, start: int, first: bool = False) -> str | None:
    """The category the words before a list's colon name ("Deaths were reported from four
    counties: ..." -> killed), for list items with no figure of people before them; `first`
    for a lead that opens with its group ("The injured were taken to ...")."""
    colon = sentence.rfind(":", 0, start)
    cues = list(CATEGORY_RE.finditer(sentence, max(0, colon - 80), colon)) if colon > 0 else []
    return CATEGORY_OF[cues[0 if first else -1].group("w").lower()] if cues else None


# "41 people are missing (57 last night)": the count's earlier value, in brackets after it
_OPEN_BRACKET_BEFORE = re.compile(r"\(\s*$")
_EARLIER_TIME_AFTER = re.compile(
    r"\s+(?:(?:on|at|as\s+of)\s+)?(?:"
    + alternation(EARLIER_TIME_WORDS + WEEKDAYS)
    + r"|\d{1,2}\s+(?:" + alternation(tuple(MONTHS)) + r")|(?:" + alternation(tuple(MONTHS)) + r")\s+\d{1,2}"
    + r"|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)(?:\s+[a-z]+)?\s*\)",
    re.I,
)


def earlier_in_brackets(sentence: str, start: int, end: int) -> bool:
    """True for "57" in "41 people are missing (57 last night)": the same count, earlier."""
    return bool(_OPEN_BRACKET_BEFORE.search(sentence, max(0, start - 3), start) and _EARLIER_TIME_AFTER.match(sentence, end))


#: a breakdown of the hurt by how badly: "4 critically, 9 seriously and 22 with minor injuries"
_SEVERITY = (
    rf"\s+(?:(?:{alternation(SEVERITY_ADVERBS)})"
    rf"|with\s+(?:{alternation(SEVERITY_ADJECTIVES)})\s+(?:injuries|wounds|burns))"
)
SEVERITY_ITEM_AFTER = re.compile(_SEVERITY + r"\s*(?:[,;.)]|and\b|$)", re.I)
#: ... of the hurt only (not "40 homes were hit, 12 badly")
HURT_BEFORE = re.compile(r"\b(?:injured|wounded|hurt|injuries|wounds|burned|burnt)\b", re.I)
#: ... and between two of its items
SEVERITY_ITEM_GAP = re.compile(_SEVERITY + r"\s*(?:,|;|,?\s*and)\s*", re.I)


def same_count_in_brackets(sentence: str, start: int, end: int) -> bool:
    """The count before, again in brackets: earlier ("(57 last night)") or a rival's ("12
    dead (11 according to the police)")."""
    return earlier_in_brackets(sentence, start, end) or bool(
        _OPEN_BRACKET_BEFORE.search(sentence, max(0, start - 3), start) and _RIVAL_SOURCE_AFTER.match(sentence, end)
    )


_RIVAL_SOURCE_AFTER = re.compile(
    r"\s+(?:according\s+to|says?|said|per|in\s+the\s+count\s+of|by\s+the\s+count\s+of)\s+[^()]{2,60}\)", re.I
)


_BRACKETED_FIGURE_AFTER = re.compile(r"[^()]{0,30}?(\()\s*\d[\d,.]*")


def earlier_bracket_after(sentence: str, end: int) -> int | None:
    """Where the bracket opens that gives the figure ending at `end` an earlier value ("41
    people are missing (57 last night)"), so that its time is not read as this figure's."""
    m = _BRACKETED_FIGURE_AFTER.match(sentence, end)
    return m.start(1) if m and _EARLIER_TIME_AFTER.match(sentence, m.end()) else None


# Between two items of a list: a comma, a semicolon, "and" or "as well as", after an item's own
# "of" phrase ("six members of the crew and one police constable"): where a breakdown's list goes on
LIST_ITEM_GAP = re.compile(
    # (the "of" phrase may name a body: "five workers of the Harlow Mill and two drivers")
    r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)?\s*(?:,|;|,?\s*and|,?\s*as\s+well\s+as)\s*"
)


# A list's item that names one person or thing with no figure: "the ferry's captain", "a
# welder", "its skipper" (each counts one in the sum a breakdown must make)
# (an item's words are never "and" nor a determiner, so an item and a separator can be read in
# one way only: a list that does not fit fails at once, not after trying every split)
_ITEM_WORD = r"(?!(?:and|the|a|an|its|his|her|their|our)\b)[A-Za-z’'\-]+"
_ONE_ITEM = rf"(?:the|a|an|its|his|her|their|our)\s+(?:{_ITEM_WORD}\s+){{0,3}}{_ITEM_WORD}"
_ITEM_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"  # (one way to read each: no backtracking blow-up)
# between a count and its list's first figure: "four people: the ferry's captain and three
# deckhands" (the items named one by one before the first figure)
_ONE_ITEMS_OPEN = re.compile(
    # (the count's own "of" phrase first: "five crew members of the trawler, its skipper and ...")
    r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)?"
    r"\s*[,:]\s*(?P<items>(?:" + _ONE_ITEM + _ITEM_SEPARATOR + r")+)(?:(?:the|our|their|its|his|her)\s+)?", re.I
)
# after a list's last figure, to the clause's end: "two mechanics, the shift foreman and a welder."
_ONE_ITEMS_CLOSE = re.compile(r"(?P<items>(?:" + _ITEM_SEPARATOR + _ONE_ITEM + r")+)\s*(?:[,;.)]|$)", re.I)
_SEPARATORS = re.compile(_ITEM_SEPARATOR, re.I)  # one a figure-less item, in the items' groups
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.)]|$)")


def one_items_before(sentence: str, total_end: int, first_start: int) -> int:
    """How many figure-less items ("the captain", "a welder") open the list between a count
    and its first figure; 0 when the gap is not such a list."""
    m = _ONE_ITEMS_OPEN.fullmatch(sentence, total_end, first_start)
    return len(_SEPARATORS.findall(m.group("items"))) if m else 0


def one_items_after(sentence: str, last_end: int) -> int | None:
    """How many figure-less items close the list after its last figure (0 when the clause
    ends right there); None when something else follows."""
    m = _ONE_ITEMS_CLOSE.match(sentence, last_end)
    if m is not None:
        return len(_SEPARATORS.findall(m.group("items")))
    return 0 if _CLAUSE_ENDS.match(sentence, last_end) else None


_CLAUSE_CUT = re.compile(r"[,;:()—–\"“”]|\.(?:\s|$)")


def last_clause_start(left: str) -> int:
    """Where the clause that ends `left` begins: after its last comma, bracket, quote or full
    stop. A figure's toll word or cue counts only inside its own clause."""
    return max((m.end() for m in _CLAUSE_CUT.finditer(left)), default=0)


_TRANSITIVE_BEFORE = re.compile(
    r"\b(?:" + alternation(TRANSITIVE_CATEGORY_VERBS, space=r"\ ") + r")\s+$",
    re.I,
)
