"""What a figure counts: killed, wounded, missing ... from the words around it.

Order of evidence: a verb that takes the figure as its object ("killed at least 103 people"),
the head itself ("11 wounded"), a passive or intransitive verb after it ("were killed",
"died", "are missing"), a figure it is coordinated with ("four soldiers and two civilians
died"), a count word before it ("the death toll at close to 100"), then the head noun's own
default (troops, hostages). Things (houses, strikes) are always "other".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from claimcheck.extract.lexicon import (
    CATEGORY_WORDS,
    DRIVING_OUT_VERBS,
    INTRANSITIVE_CUES,
    NUMBER_LABEL_VERBS,
    ORDERING_VERBS,
    RESIDENT_GROUPS,
    PARTICIPLE_CATEGORIES,
    SAYING_VERBS,
    SUBJECT_NOUNS,
    SUBJECT_DEFAULT_CATEGORY,
    CAPTOR_NOUNS,
    ESCAPE_PHRASES,
    ILLNESS_WORDS,
    RELEASE_PHRASES,
    NOUNS_FOR_A_GROUP,
    PLACE_PLURALS,
    THING_SUBJECTS,
    TRANSITIVE_CATEGORY_VERBS,
)
from claimcheck.extract.patterns import alternation
from claimcheck.extract.counts import (
    CAMP_HOLDS_BEFORE,
    DRIVEN_OUT_BEFORE,
    FROM_HOMES_AFTER,
    NUMBER_OF_AFTER,
    ORDERS_COVER_BEFORE,
    TOLL_REVISED_TO,
    last_clause_start,
)
from claimcheck.extract.mentions import Mention

# Small patterns of the functions below, compiled once: re's own cache costs a lookup
# on every call, and these run for every figure.
# ("before" opens a clause, but "will appear before a magistrate" is one verb)
_STOP = re.compile(
    r"[;:]|\s(?:while|but|whereas|although|though|after|when)\s|(?<!appear)(?<!appeared)(?<!brought)\sbefore\s|—"
    # "puts the number aboard at 500 and the number missing at 350": the next count's label
    r"|\sand\s+the\s+(?:number|figure|toll|tally|count)\s"
)
_NON_SPACE_RUN = re.compile(r"\S+")
_RELATIVE_ONLY = re.compile(r"\s*,?\s*(?:who|that)\s+(?:have\s+|had\s+|has\s+)?", re.I)
_ONLY_COMMAS = re.compile(r"[\s,]*")
_OBJECT_AFTER_VERB = re.compile(r"\s+(?:the|a|an|\d|at least|more than|some|dozens|hundreds|scores)\b", re.I)
_WORD_RUN = re.compile(r"[\w\-]+")
# what may stand between two coordinated figures: "four soldiers and two civilians died",
# "187 pupils from the secondary school and 125 from the primary school were missing"
_LIST_JOIN = re.compile(r"(?:\s+(?:from|in|at)\s+(?:the|a|an|their|its)\s+[\w\s\-]{1,40}?)?\s*(?:,|and|,\s*and|or)\s*")

_AUX = r"(?:were|was|are|is|been|be|being|have|has|had|will|would|got|get|remain|remained|remains|later|all|still|now|reportedly|believed\s+to\s+be|known\s+to\s+have|thought\s+to\s+have|feared|confirmed|said\s+to\s+have|were\s+believed\s+to\s+be|to\s+have|to\s+be|as|went|gone|left)"
_PASSIVE_BEFORE = re.compile(rf"\b{_AUX}\s+(?:\w+\s+){{0,2}}$", re.I)
_CATEGORY_PHRASES = sorted(
    ((p, c) for c, ps in CATEGORY_WORDS.items() for p in ps), key=lambda pc: -len(pc[0])
)
_CATEGORY_RE = re.compile(
    r"\b(?P<w>" + alternation((p for p, _ in _CATEGORY_PHRASES), space=r"\ ") + r")\b", re.I
)
_CATEGORY_OF = {p: c for p, c in reversed(_CATEGORY_PHRASES)}
_INTRANSITIVE = INTRANSITIVE_CUES
_TRANSITIVE_RE = re.compile(
    r"\b(?P<v>" + alternation(TRANSITIVE_CATEGORY_VERBS, space=r"\ ")
    # a verb in scare quotes counts too: 'Troops "neutralised" 15 assailants'
    + r")[\"”’']?(?:\s+(?:the|a|an|another|a\s+further|further|some|all|its|their|his|her))?\s*$",
    re.I,
)
_COUNT_WORDS_BEFORE = re.compile(
    r"\b(?P<w>death\s+toll|toll|deaths|dead|deceased|death|killed|died|martyrs|fatalities|bodies|body|funerals|burials|casualties|"
    r"injured|wounded|injuries|missing|displaced|evacuated|rescued|arrested|detained|"
    r"abducted|kidnapped|hostages|troops|troop|soldiers|forces|personnel|deployment|survivors|"
    r"evacuation\s+orders?|unaccounted\s+for|"
    r"escapees|fugitives)\b",
    re.I,
)
_COUNT_WORD_CATEGORY = {
    "death toll": "killed", "toll": "killed", "deaths": "killed", "dead": "killed", "deceased": "killed",
    "death": "killed", "killed": "killed", "died": "killed", "martyrs": "killed", "fatalities": "killed", "bodies": "killed", "body": "killed", "funerals": "killed", "burials": "killed",
    "casualties": "other", "injured": "wounded", "wounded": "wounded", "injuries": "wounded",
    "missing": "missing", "displaced": "displaced", "evacuated": "evacuated",
    "rescued": "evacuated", "arrested": "detained", "detained": "detained",
    "abducted": "detained", "kidnapped": "detained", "hostages": "detained",
    "troops": "troops", "soldiers": "troops", "forces": "troops", "personnel": "troops",
    "evacuation orders": "evacuated", "evacuation order": "evacuated", "unaccounted for": "missing",
    "deployment": "troops", "troop": "troops", "survivors": "evacuated",
    # an escape is no detention: "put the number of escapees at 228"
    "escapees": "other", "fugitives": "other",
}
_ESCAPE = re.compile(r"^[^.;]{0,20}?\b(?:" + alternation(ESCAPE_PHRASES, space=r"\ ") + r")\b", re.I)
_PART_OF_PREVIOUS = re.compile(
    r"\b(?:including|among\s+them(?:\s+(?:are|were))?|among\s+whom|of\s+whom|of\s+which)\s*(?:at\s+least\s+|some\s+|about\s+)?$", re.I
)
_FROM_PLACES_GAP = re.compile(r"\s+(?:from|in|of|across)\s+(?:some\s+|about\s+|the\s+)?", re.I)
_NO_BEFORE = re.compile(r"\bno\s+$", re.I)
_LEFT_HOME_PLACE_AFTER = re.compile(
    r"\s+(?:have|had|has)\s+(?:\w+\s+)?left\s+(?:the\s+|their\s+)?(?:town|city|area|region|village|district|valley|country)\b",
    re.I,
)
_SET_FREE_BEFORE = re.compile(
    r"\b(?:frees|freed|free|freeing|releases|released|release|releasing|handed\s+over|hands\s+over|exchanged)\s+"
    r"(?:(?:at\s+least|more\s+than|about|some|another|the\s+remaining|all|the)\s+)?$",
    re.I,
)
_RESCUERS_BEFORE = re.compile(
    r"\b(?:troops|soldiers|army|police|commandos|special\s+forces|security\s+forces|rescuers|forces)\b[^.;]{0,60}$", re.I
)
_TRANSITIVE_NAME_AND = re.compile(
    # "killing Barakat and two aides", "killing the commander Omar Said and three bodyguards"
    r"\b(?P<v>killing|killed|kills)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z][\w\-’']+\s+){1,3}and\s+(?:the\s+)?[\"“]?$"
)
_REMAINS_OF_BEFORE = re.compile(r"\b(?:remains|bodies)\s+of\s+(?:the\s+|their\s+|its\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_HOSTAGE_AFTER = re.compile(r"\s+(?:as\s+)?hostages?\b", re.I)
_LIST_OPENS_BEFORE = re.compile(r"(?:\(|:)\s*$")
_UP_DOWN_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+)?$", re.I)
# "ordered some 18,000 residents of 11 villages to leave", "forced 2,000 families to flee"
_ORDERED_BEFORE = re.compile(rf"\b(?:{alternation(ORDERING_VERBS)})\s+$", re.I)
# ... "to leave" or "to evacuate" with no object of its own ("to evacuate the wounded" is a task)
_TO_LEAVE_AFTER = re.compile(r"[^.;]{0,60}?\bto\s+(?P<v>leave|evacuate|flee)\b(?!\s+(?:the|their|its)\s+(?:wounded|injured|dead|bodies))", re.I)

# A verb right after a figure that is not a category cue ("97 remained at large", "400,000
# others stranded"): the figure is not carried along by a list.
_OWN_VERB = re.compile(
    r"\s*(?:(?:were|was|are|is|have|has|had|had been|have been|remain|remained|remains)\s+)?"
    # "the 21 announced by the ministry": a figure's reporting is no verb of its own
    r"(?!(?:announced|reported|given|cited|quoted|stated|confirmed|released|published|provided)\b)"
    r"(?:remain\w*|stranded|escaped|at large|fled|survived|returned|went|came|stayed|[a-z]+ed)\b",
    re.I,
)
_WHOLE_PARTICIPLE = re.compile(
    r"\s+(?:reported\s+|still\s+)?[a-z]+(?:ed|en|ing)\s+(?=(?:have|has|had|were|was)\b)", re.I
)
# an aside between a figure and its verb: "200 people, including 10 civilians, were killed",
# "An estimated 3,500 people, or some 700 households, have fled"
_PARENTHETICAL = re.compile(
    # "31 individuals suspected of complicity, among whom 6 guards, have been arrested"
    r"^(?:\s+[a-z]+){0,4}?\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|or(?:\s+(?:some|about|around|nearly|roughly))?)\s*$"
    r"|^\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b",
    re.I,
)

# "about 450 people had been aboard, among them 30 children, and ...": the figure's verb
# comes before the aside, so what follows the aside is not the figure's
_VERB_BEFORE_ASIDE = re.compile(r"^[^,]*?\b(?:were|was|are|is|been|had|have|has)\b[^,]*,", re.I)


def _window_after(sentence: str, mentions: Sequence[Mention], i: int) -> str:
    """Text after mention i that can hold its verb: up to the next figure (skipping an
    "including ..." aside), a clause break, or about ten words."""
    m = mentions[i]
    end = len(sentence)
    j = i + 1
    while j < len(mentions):
        gap = sentence[m.end : mentions[j].start]
        if mentions[j].subject in PLACE_PLURALS and _FROM_PLACES_GAP.fullmatch(sentence, mentions[j - 1].end, mentions[j].start):
            # "3,000 people from 14 villages ... are unable to return": where they are from
            # is part of the figure's phrase, and its verb comes after it
            j += 1
            continue
        if _PARENTHETICAL.match(gap) and j == i + 1 and not _VERB_BEFORE_ASIDE.match(gap):
            close = sentence.find(",", mentions[j].end)
            if close != -1:
                # resume after the aside: "200 people, including 10 civilians, were killed"
                tail = sentence[close:]
                stop = _first_stop(tail)
                return sentence[m.end : mentions[j].start] + " " + tail[:stop]
        end = mentions[j].start
        break
    text = sentence[m.end : end]
    return text[: _first_stop(text)]


def _first_stop(text: str) -> int:
    stop = _STOP.search(text)
    cut = stop.start() if stop else len(text)
    words = list(_NON_SPACE_RUN.finditer(text[:cut]))
    if len(words) > 12:
        cut = words[12].start()
    return cut


# "..., and has treated 450 injured": the sentence's subject goes on with a verb of its own
_OWN_CLAUSE_AFTER = re.compile(
    r"\s*,?\s*and\s+(?:that\s+)?(?:it|he|she|they|we|has|have|had|is|are|was|were|will)\b", re.I
)
# "attended a vigil for the dead": a category word inside a phrase of its own
_OF_PHRASE_ONLY = re.compile(r"\s*of\s+(?:the\s+|their\s+|its\s+)?(?:[\w\-]+\s+){1,4}", re.I)
# ... or a noun of its own: "300 soldiers had joined the rescue" (but "were among the dead")
_IN_PHRASE_BEFORE = re.compile(
    r"\b(?:for|of|to|with|from|about)\s+(?:the|their|those|his|her)\s+$|(?<!among)\s(?:the|a|an)\s+$", re.I
)
_HELD_AFTER_CHARGE = re.compile(r"\b(?:remanded|in\s+custody|in\s+detention|jailed|detained|held)\b", re.I)
_AND_NOUN_ONLY = re.compile(r"\s+(?:and|or)\s+[a-z]+\s+", re.I)
_FINITE_AFTER = re.compile(r"\b(?:were|was|are|is|have|has|had)\b", re.I)
_FOR_NOUN_BEFORE = re.compile(r"\b(?P<n>[a-z]+)\s+for\s+(?:the\s+|all\s+|some\s+)?$", re.I)


def _nearest_in_size(m: Mention, before: Sequence[Mention], cats: Sequence[str | None]) -> str | None:
    """The category of the figure before that a "down from N" is likeliest to be an earlier
    value of: the nearest in size ("4,000 people in the 12 shelters, down from 5,000" is the
    people; "400 people in 12 shelters, down from 20" the shelters)."""
    def size(x: Mention) -> float:
        return max(x.high if x.high is not None else (x.low or 1), 1)

    sized = [(abs(math.log(size(m) / size(p))), c) for p, c in zip(before, cats) if p.high is not None or p.low]
    return min(sized, key=lambda sc: sc[0])[1] if sized else None


_ILLNESS = re.compile(r"\b(?:" + alternation(ILLNESS_WORDS) + r")\b", re.I)
_RECEIVED_BEFORE = re.compile(
    r"\b(?:received|receiving|admitted|admitting|taken\s+in|took\s+in)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|some|nearly|around|upwards\s+of)\s+)?$",
    re.I,
)
_DIED_AFTER = re.compile(
    r"\s+(?:(?:later|also|then|have|has|had|subsequently)\s+)*(?:died|perished|succumbed|passed\s+away)\b", re.I
)


def _verb_after(window: str) -> str | None:
    if _OWN_CLAUSE_AFTER.match(window):
        return None
    for m in _CATEGORY_RE.finditer(window):
        word = m.group("w").lower()
        before = window[: m.start()]
        if before.endswith("re-"):
            before = before[:-3]  # "had been re-arrested", "re-apprehended": the verb again
        if _IN_PHRASE_BEFORE.search(before):
            continue
        # "6,000 people who lost their homes": a relative pronoun keeps the verb the figure's own
        direct = (
            not before.strip() or _ONLY_COMMAS.fullmatch(before) or _RELATIVE_ONLY.fullmatch(before)
            # "4 elements of the penitentiary guard fallen": the head's own "of" phrase
            or _OF_PHRASE_ONLY.fullmatch(before)
            # "dozens of women and girls taken away": a second noun joined to the head (but
            # in "the women and girls abducted on Tuesday were released" a verb follows)
            or (_AND_NOUN_ONLY.fullmatch(before) and not _FINITE_AFTER.search(window, m.end()))
        )
        passive = _PASSIVE_BEFORE.search(before) or word.split()[0] in (
            "were", "was", "have", "has", "had", "been", "are", "is"
        )
        if word == "charged" and _HELD_AFTER_CHARGE.search(window, m.end()):
            return "detained"  # "96 were charged and remanded in custody": still held
        if word.startswith("with ") and _DIED_AFTER.match(window, m.end()):
            return "killed"  # "two men with burns died in hospital": what they had, then what befell them
        if passive or (direct and word in _INTRANSITIVE) or word in ("died", "dead", "perished", "lost their lives", "fled", "missing", "flocked", "homeless", "unaccounted for"):
            # an active transitive verb followed by an object makes the figure the agent
            after = window[m.end() :]
            if not passive and word.endswith("ed") and _OBJECT_AFTER_VERB.match(after) and word not in ("died", "fled", "flocked"):
                return None
            return _CATEGORY_OF[word]
        if len(before.split()) > 6:
            break
    return None


def _object_of(sentence: str, m: Mention) -> str | None:
    found = _TRANSITIVE_RE.search(sentence[: m.start]) or _TRANSITIVE_NAME_AND.search(sentence, max(0, m.start - 80), m.start)
    if found:
        return TRANSITIVE_CATEGORY_VERBS[" ".join(found.group("v").lower().split())]
    return None


def _count_word_before(sentence: str, m: Mention, prev_end: int) -> str | None:
    """"Death toll: 23", "rescued so far: 12". Not a count word that ends a sentence before
    the figure, nor one that is the speaker ("Survivors interviewed in Sfax say 80 people
    were on the boat": the survivors speak, they are not what is counted)."""
    left = sentence[prev_end : m.start][-90:]
    hits = list(_COUNT_WORDS_BEFORE.finditer(left))
    if not hits:
        return None
    between = left[hits[-1].end() :]
    if _NO_BEFORE.search(left, 0, hits[-1].start()):
        return None  # "There were no survivors among the 150 people aboard": none counted
    if not between.strip() and hits[-1].group("w").lower() in DRIVING_OUT_VERBS:
        return None  # "wildfire forces tens of thousands from homes": a verb, no troops
    if _SENTENCE_BREAK.search(between):
        return None
    speaker_part = between.split(",", 1)[0]
    if len(between) == len(speaker_part) and not SAYING_VERBS.isdisjoint(_WORD_RUN.findall(between.lower())):
        return None
    if speaker_part != between and _OBJECT_OF_PHRASE.search(left, 0, hits[-1].start()) and (
        not SAYING_VERBS.isdisjoint(_WORD_RUN.findall(between.lower())) or _THAT.search(between)
    ):
        # "After checking with survivors, the railway said 517 passengers were aboard": the
        # count word is in a phrase before the clause that gives the figure
        return None
    return _COUNT_WORD_CATEGORY[" ".join(hits[-1].group("w").lower().split())]


_THAT = re.compile(r"\bthat\b", re.I)
_OBJECT_OF_PHRASE = re.compile(r"\b(?:to|of|with|from|among|for)\s+(?:the\s+|its\s+|their\s+|[a-z]+\s+){0,2}$", re.I)
# "the number still held at 67", "the number of people in shelters on Sunday was 131,200"
_NUMBER_LABEL_BEFORE = re.compile(
    r"\bthe\s+number\s+(?P<label>(?:[\w\-]+\s+){1,3}?)(?:at|as)\s+$"
    r"|\bthe\s+number\s+(?P<label2>of\s+(?:[\w\-]+\s+){1,6}?)(?:was|is|were|stood\s+at|stands\s+at)\s+$",
    re.I,
)
_LOST_BEFORE = re.compile(r"\blost\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|only|just)\s+)?$", re.I)
_LOSABLE = frozenset({"troops", "soldiers", "police", "fighters", "militants", "people", "civilians", "men", "members"})


def _toll_figure(sentence: str, mentions: Sequence[Mention], i: int) -> bool:
    """A bare figure that a toll was raised, lowered or put at: "toll climbs to 13", "The toll
    in Sunday night's collision between ... rose to 13". The toll must be in the figure's
    own clause, with no other figure between them."""
    m = mentions[i]
    if _TOLL_BEFORE.search(sentence, max(0, m.start - 40), m.start):
        return True
    if TOLL_REVISED_TO.search(sentence, max(0, m.start - 140), m.start):
        return True
    lo = max(mentions[i - 1].end if i else 0, m.start - 160)
    left = sentence[lo : m.start]
    return _TOLL_CLAUSE.search(left, last_clause_start(left)) is not None


_TOLL_CLAUSE = re.compile(
    r"\b(?:death\s+)?toll\b[^,;:()]*\b(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|hit|stood|stands|"
    r"was|is|now|lowered|raised|revised)\s+(?:to\s+|at\s+)?(?:(?:at\s+least|more\s+than|over|about|nearly)\s+)?$",
    re.I,
)
_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+)?toll\s+(?:\w+\s+){0,2}(?:to|at|of|now|is|was|stands\s+at|reached|reaches|hit|hits|tops|topped)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|almost|some|around)\s+)?$",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?;][\"'“”‘’]?\s")


def _participle_in(sentence: str, m: Mention) -> str | None:
    """"10 abducted residents": a category participle inside the noun phrase. Only of people:
    "the two evacuated blocks" are buildings emptied, not people evacuated."""
    if m.head and m.head.lower() not in SUBJECT_NOUNS and m.head.lower() not in PARTICIPLE_CATEGORIES:
        return None
    for w in _WORD_RUN.findall(sentence[m.number_end : m.end].lower()):
        if w in PARTICIPLE_CATEGORIES:
            return PARTICIPLE_CATEGORIES[w]
    return None


def categorize(sentence: str, mentions: Sequence[Mention], antecedent: str | None = None) -> list[str]:
    """The category of each mention of one sentence.

    `antecedent` is the category of the last figure of the previous sentence, for "of them".
    """
    cats: list[str | None] = []
    from_verb: list[bool] = []  # the category came from a verb after the figure
    for i, m in enumerate(mentions):
        cat: str | None = None
        from_verb.append(False)
        if m.subject in THING_SUBJECTS:
            cats.append("other")
            continue
        if "numbered-group" in m.notes:
            # "the gunmen, numbering more than 100": a group's size, not an event's count
            cats.append(SUBJECT_DEFAULT_CATEGORY.get(m.subject, "other"))
            continue
        if _REMAINS_OF_BEFORE.search(sentence, max(0, m.start - 30), m.start):
            cats.append("killed")  # "handed over the remains of 11 soldiers"
            continue
        if m.head_category == "killed" and m.head and m.head.lower() in ("bodies", "corpses"):
            cats.append("killed")  # "pulled 20 bodies from the rubble": bodies are dead
            continue
        if "whole-follows" in m.notes and i + 1 < len(mentions):
            # "131 of the 228 escaped inmates had been recaptured": the verb after the whole
            # says what the part did
            # ... or else what the whole is: "identified 17 of the 21 bodies"
            window = _window_after(sentence, mentions, i + 1)
            # ("4,000 of the 11,500 people displaced by the raids have returned": what the
            # whole underwent is no verb of the part's)
            relative = _REDUCED_RELATIVE_THEN_VERB.match(window)
            if relative:
                window = window[relative.end() :]
            cat = _verb_after(window) or mentions[i + 1].head_category
            if cat is None and relative:
                # "Six of the 40 people killed in the attack were children": no verb of the
                # part's own, so it is a part of what the whole underwent; "4,000 of the
                # 11,500 people displaced by the raids have returned" did something else
                cat = _reduced_relative(sentence, mentions[i + 1]) if _COPULA.match(window) else "other"
            if cat is not None:
                cats.append(cat)
                continue
        if i and "whole-follows" in mentions[i - 1].notes:
            # the whole itself ("228 escaped inmates") takes only its own words
            cat = (
                m.head_category or _participle_in(sentence, m) or _reduced_relative(sentence, m)
                or ("other" if _ESCAPE.match(sentence[m.number_end:]) else None)
            )
            cats.append(cat)
            continue
        if _ESCAPE.match(sentence[m.end :]):
            cats.append("other")  # "400 inmates fled a prison": an escape, not displacement
            continue
        if _ESCAPE.match(sentence[m.number_end : m.end]):
            # "60 escaped prisoners", unless they "had been re-arrested"
            caught = _verb_after(_window_after(sentence, mentions, i)) == "detained"
            cats.append("detained" if caught else "other")
            continue
        cat = _object_of(sentence, m)
        if (
            cat is None and m.subject == "patients" and _RECEIVED_BEFORE.search(sentence, max(0, m.start - 40), m.start)
            and not _ILLNESS.search(sentence)
        ):
            cat = "wounded"  # "the hospital had received 88 patients", not "... 300 patients with cholera"
        if cat is None and m.head and m.subject in _LOSABLE and _LOST_BEFORE.search(sentence, max(0, m.start - 30), m.start):
            cat = "killed"  # "the army had lost 31 soldiers"
        if cat is None and m.bare:
            counted = NUMBER_OF_AFTER.match(sentence, m.end)
            if counted:  # "elevated to 341 the number of injured", "... of people killed"
                cat = _COUNT_WORD_CATEGORY.get(counted.group("w").lower()) or (
                    _COUNT_WORD_CATEGORY.get(counted.group("w2").lower()) if counted.group("w2") else None
                )
        if cat is None and m.bare and _toll_figure(sentence, mentions, i):
            cat = "killed"  # "Toll climbs to 13 as injured woman succumbs": the toll is the dead
        if cat is None and m.partitive and m.anaphoric:
            # "five of those reported missing were rescued": the whole's participle names who
            # they are; the verb after it says what this part did
            later = _WHOLE_PARTICIPLE.match(sentence, m.end)
            if later:
                cat = _verb_after(_window_after(sentence, mentions, i)[later.end() - m.end :])
        if cat is None and m.partitive and m.head and m.head.lower() in PARTICIPLE_CATEGORIES:
            # "five of the wounded died in hospital": what the part did, not what the whole was
            cat = _verb_after(_window_after(sentence, mentions, i))
        if cat is None:
            cat = m.head_category
            if cat == "detained" and (m.head or "").lower() in _HELD_HEADS:
                # "29 hostages had been rescued", "two hostages were killed", "19 prisoners
                # received medical assistance": what happened to them, not what they were
                # (the figure's own clause: not "130 hostages remain in Gaza, and 30 are
                # thought to have died", nor "29 detainees, some of whom were wounded")
                befell = _verb_after(_window_after(sentence, mentions, i).split(",", 1)[0])
                cat = befell or cat
        if cat is None and _NAMES_OF_BEFORE.search(sentence, max(0, m.start - 20), m.start):
            # "confirmed the names of 26 people killed in the strike": the figure's own
            # participle, never the verb of the names
            cat = _reduced_relative(sentence, m)
        elif cat is None and not _for_a_noun(sentence, m):
            # ("The names of the three victims have not been released": the names were not)
            cat = _verb_after(_window_after(sentence, mentions, i))
            from_verb[i] = cat is not None
        if cat is None and m.head:
            cat = _participle_in(sentence, m)
        if (
            cat is None and i + 1 < len(mentions) and mentions[i + 1].subject in ("shelters", "camps")
            and _IN_SHELTERS_GAP.fullmatch(sentence, m.end, mentions[i + 1].start)
        ):
            cat = "displaced"  # "126,500 persons remain in 640 shelters"
        cats.append(cat)
    parts = [bool(_PART_OF_PREVIOUS.search(sentence[: m.start])) for m in mentions]
    # coordination: "four soldiers and two civilians died"
    for i in range(len(mentions) - 2, -1, -1):
        if cats[i] is None and not parts[i] and from_verb[i + 1] and cats[i + 1] != "other":
            gap = sentence[mentions[i].end : mentions[i + 1].start]
            # "toll rises to 14, five workers still missing": the toll word binds the first
            bound = _count_word_before(sentence, mentions[i], mentions[i - 1].end if i else 0)
            if _LIST_JOIN.fullmatch(gap) and bound is None:
                cats[i] = cats[i + 1]
                from_verb[i] = True
    out: list[str] = []
    for i, m in enumerate(mentions):
        cat = cats[i]
        if cat is None and m.anaphoric and m.partitive:
            prev = next((c for c in reversed(out) if c), None) or antecedent
            cat = prev
        if cat is None and i and parts[i]:
            cat = out[i - 1]  # "killed 18 civilians, including seven children"
        if cat is None and i and _UP_DOWN_FROM_BEFORE.search(sentence, max(0, m.start - 20), m.start):
            # "4,000 people are still in the 12 shelters ..., down from nearly 5,000": the
            # count before the things it was in
            cat = _nearest_in_size(m, mentions[:i], out)
        if cat is None and i and out[i - 1] != "other" and _LIST_OPENS_BEFORE.search(sentence, mentions[i - 1].end, m.start):
            # "pulled 23 people out alive (19 workers and four passers-by)", "The death toll
            # stands at 14, the ministry said: 11 workers, two firefighters and ...": the
            # figures that break the one before down
            cat = out[i - 1]
        if cat is None and not i and parts[i] and antecedent:
            cat = antecedent  # "... so the total is 37. Among them are 14 children."
        if cat is None and i and out[i - 1] != "other" and not _OWN_VERB.match(sentence[m.end :]):
            # a list or a revision carries on: "from 95 to 84 people", "three children, two girls"
            gap = sentence[mentions[i - 1].end : m.start]
            if re.fullmatch(
                # "34 civilians killed, up from the 21": a participle may close the first figure
                r"\s*(?:,|and|,\s*and|or|to|down to|up to|(?:[a-z]+)?,?\s*(?:up|down)\s+from(?:\s+the)?"
                # a rival source's figure: "hospital says 62 dead, ministry says 28"
                r"|(?:[a-z]+)?,\s*(?:the\s+)?(?:[\w’'\-]+\s+){1,4}(?:says|say|said)"
                # "21 civilians died in the attack, as well as three soldiers"
                r"|[^.;:]{0,80},\s*as\s+well\s+as)\s*",
                gap,
            ):
                cat = out[i - 1]
        if cat is None and _HOSTAGE_AFTER.match(sentence, m.end):
            cat = "detained"  # "gunmen hold dozens hostage", "took 30 people hostage"
        if cat is None and ORDERS_COVER_BEFORE.search(sentence, max(0, m.start - 60), m.start):
            cat = "evacuated"  # "evacuation orders now cover more than 40,000"
        if cat is None and m.subject not in THING_SUBJECTS and CAMP_HOLDS_BEFORE.search(sentence, max(0, m.start - 80), m.start):
            cat = "displaced"  # "the camp housed more than 25,000 people"
        if cat is None and m.subject in RESIDENT_GROUPS and _ORDERED_BEFORE.search(sentence, max(0, m.start - 12), m.start):
            leave = _TO_LEAVE_AFTER.match(sentence, m.end)
            if leave:
                cat = "displaced" if leave.group("v").lower() == "flee" else "evacuated"
        if cat is None and m.subject in RESIDENT_GROUPS and _LEFT_HOME_PLACE_AFTER.match(sentence, m.end):
            cat = "displaced"  # "fewer than 5,000 people had left the town" (not tourists leaving a city)
        if cat is None and DRIVEN_OUT_BEFORE.search(sentence, max(0, m.start - 12), m.start) and FROM_HOMES_AFTER.match(sentence, m.end):
            cat = "displaced"  # "wildfire forces tens of thousands from homes"
        label = cat is None and m.bare and _NUMBER_LABEL_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        words = (label.group("label") or label.group("label2")) if label else ""
        if label and not NUMBER_LABEL_VERBS.isdisjoint(words.lower().split()):
            label = None  # "the number now stands at 40": a verb, no label
        if label:
            # "puts the number aboard at 500 and the number missing at 350": each label
            # counts its own figure, and one that names no casualty counts no casualty
            word = _COUNT_WORDS_BEFORE.search(label.group())
            cue = None if word else _CATEGORY_RE.search(words)  # "the number still held at 67"
            cat = (
                _COUNT_WORD_CATEGORY[" ".join(word.group("w").lower().split())] if word
                else _CATEGORY_OF[cue.group("w").lower()] if cue else "other"
            )
        if cat is None:
            prev_end = mentions[i - 1].end if i else 0
            cat = _count_word_before(sentence, m, prev_end)
        if cat is None and m.anaphoric and not _OWN_VERB.match(sentence[m.end :]):
            # "another 2,000 who could go", "hundreds more": the group named before; but
            # "400,000 others stranded" has a verb of its own that is no category
            cat = next((c for c in reversed(out) if c), None) or (antecedent if m.bare else None)
        if cat is None and _names_victims(sentence, m):
            # "the remaining five victims", "two children were among the victims": the
            # victims of what the report last counted (the abducted, the dead)
            cat = next((c for c in reversed(out) if c in _VICTIM_CATEGORIES), None) or (
                antecedent if antecedent in _VICTIM_CATEGORIES else None
            )
        if cat is None:
            cat = SUBJECT_DEFAULT_CATEGORY.get(m.subject, "other")
            if cat == "evacuated" and (
                m.high == 1  # "one of the survivors, a teacher, said": a person, no count
                # "300 survivors of the 1994 genocide", "4,000 Holocaust survivors": people who
                # lived through something else, not the story's rescued
                or _OF_AFTER.match(sentence, m.end)
                or len(sentence[m.number_end : m.end].split()) > 1
            ):
                cat = "other"
        if cat == "troops" and m.subject not in SUBJECT_TROOPS:
            cat = "other" if not m.bare else cat
        if cat == "wounded" and _sick_not_wounded(sentence, m):
            cat = "other"
        if cat in ("evacuated", "detained") and (m.head or "").lower() in _HELD_HEADS and _SET_FREE_BEFORE.search(
            sentence, max(0, m.start - 40), m.start
        ) and not _RESCUERS_BEFORE.search(sentence, max(0, m.start - 100), m.start):
            cat = "other"  # "Dorvania frees 150 detainees", "the Brigades release 24 hostages": an exchange
        if cat == "evacuated" and (
            _RELEASED_AFTER.match(sentence, m.end)
            or _FREED_BY_CAPTORS.search(sentence, max(0, m.start - 100), m.start)
        ):
            cat = "other"  # "Courts free 312 on bail", "The kidnappers freed 20": a release
        out.append(cat)
    return out


# "treated more than 600 people for heatstroke and dehydration": the sick, not the wounded
_FOR_ILLNESS_AFTER = re.compile(
    r"(?:\s+[\w\-]+){0,3}?\s+for\s+(?:suspected\s+|severe\s+|acute\s+)?(?:" + alternation(ILLNESS_WORDS) + r")\b",
    re.I,
)
# "Treated for heat illness: more than 2,300": a fact line's label
_FOR_ILLNESS_LABEL = re.compile(
    r"\bfor\s+(?:" + alternation(ILLNESS_WORDS) + r")\s*[:\-–]\s*(?:(?:more\s+than|over|about|at\s+least|nearly)\s+)?$", re.I
)


_FREED_BY_CAPTORS = re.compile(
    r"\b(?:" + alternation(CAPTOR_NOUNS) + r")\b[^,;.]{0,60}?\b(?:freed|free|frees|set\s+free|let\s+go)\s+"
    r"(?:(?:at\s+least|more\s+than|about|some|another|the\s+remaining|all)\s+)?$",
    re.I,
)
_COPULA = re.compile(r"\s*(?:were|was|are|is)\b(?!\s+(?:\w+\s+)?[a-z]+ed\b)", re.I)
_RELEASED_AFTER = re.compile(
    r"(?:\s+[\w\-]+){0,4}?\s+(?:" + alternation(RELEASE_PHRASES) + r")\b", re.I
)


def _sick_not_wounded(sentence: str, m: Mention) -> bool:
    return _FOR_ILLNESS_AFTER.match(sentence, m.end) is not None or _FOR_ILLNESS_LABEL.search(
        sentence, max(0, m.start - 60), m.start
    ) is not None


_PAST_PARTICIPLES = sorted((w for w in PARTICIPLE_CATEGORIES if w.endswith("ed")), key=len, reverse=True)
# "the 11 men rescued from the chamber", "the 11,500 people displaced by the raids": a
# participle after the head, opening a phrase of its own, says what the group underwent
_REDUCED_RELATIVE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?P<w>" + "|".join(_PAST_PARTICIPLES) + r")\s+(?:by|from|in|during|after|at|on|since|when|over)\b",
    re.I,
)
_REDUCED_RELATIVE_THEN_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:" + "|".join(_PAST_PARTICIPLES) + r")\s+(?:by|from|in|during|after|at|on|since|over)\s+"
    r"(?:[\w\-’']+\s+){1,6}?(?=(?:have|has|had|were|was|are|is|remain\w*)\b)",
    re.I,
)


def _reduced_relative(sentence: str, m: Mention) -> str | None:
    found = _REDUCED_RELATIVE.match(sentence, m.end)
    return PARTICIPLE_CATEGORIES[found.group("w").lower()] if found else None


_IN_SHELTERS_GAP = re.compile(
    r"\s+(?:still\s+)?(?:remain|remained|are|were|stay|stayed|staying|living|sleeping|sheltering|housed)\s+"
    r"(?:still\s+)?in\s+(?:the\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?",
    re.I,
)
_HELD_HEADS = frozenset({"hostages", "captives", "abductees", "prisoners", "detainees"})


def _for_a_noun(sentence: str, m: Mention) -> bool:
    found = _FOR_NOUN_BEFORE.search(sentence, max(0, m.start - 30), m.start)
    return found is not None and found.group("n").lower() in NOUNS_FOR_A_GROUP


_NAMES_OF_BEFORE = re.compile(r"\b(?:names|identities|identity|bodies)\s+of\s+(?:the\s+|all\s+)?$", re.I)
_VICTIM_CATEGORIES = frozenset({"killed", "wounded", "detained", "missing"})  # never the rescued
_AMONG_VICTIMS = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?victims\b", re.I)


def _names_victims(sentence: str, m: Mention) -> bool:
    return (m.head or "").lower() in ("victims", "victim") or _AMONG_VICTIMS.match(sentence, m.end) is not None


SUBJECT_TROOPS = frozenset({
    "troops", "soldiers", "peacekeepers", "national guardsmen", "police", "security forces",
    "guards", "fighters", "militants", "rebels", "people", "staff", "personnel", "crew", "agents",
})
