"""The words around a figure that say what it counts, each read on its own: the verb after
it ("30 were killed"), a transitive verb before it ("quake kills dozens"), a count word or
label before it ("Death toll: 23", "the number still held at 67"), a toll it was raised to,
a participle or relative clause of its head, and what makes the injured sick instead.
category.py decides between them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from claimcheck.extract.counts import CATEGORY_OF, CATEGORY_RE, TOLL_REVISED_TO, last_clause_start
from claimcheck.extract.lexicon import (
    ARMED_PARTY_WORDS,
    CONTAINER_HOLDERS,
    DRIVING_OUT_VERBS,
    FALLING_ILL_PHRASES,
    FLIGHT_NOUNS,
    ILLNESS_WORDS,
    INHALED_HARM_WORDS,
    INTRANSITIVE_CUES,
    NOUNS_FOR_A_GROUP,
    PARTICIPLE_CATEGORIES,
    PLACE_PLURALS,
    RESPIRATORY_ILLNESS_WORDS,
    SAYING_VERBS,
    SICKENING_PHRASES,
    SUBJECT_DEFAULT_CATEGORY,
    SUBJECT_NOUNS,
    THING_SUBJECTS,
    TRANSITIVE_CATEGORY_VERBS,
)
from claimcheck.extract.heads import singular_head
from claimcheck.extract.mentions import Mention
from claimcheck.extract.patterns import CLAIM_FORMS, alternation, hazard_claims, qualifier_tail

# an optional qualifier before the figure (patterns.qualifier_tail)
_QUALIFIER = qualifier_tail()


# Small patterns of the functions below, compiled once: re's own cache costs a lookup
# on every call, and these run for every figure.
# ("before" opens a clause, but "will appear before a magistrate" is one verb)
_STOP = re.compile(
    r"[;:]|\s(?:while|but|whereas|although|though|after|when)\s|(?<!appear)(?<!appeared)(?<!brought)\sbefore\s|—"
    # "puts the number aboard at 500 and the number missing at 350": the next count's label
    r"|\sand\s+the\s+(?:number|figure|toll|tally|count)\s"
)


_NON_SPACE_RUN = re.compile(r"\S+")


_RELATIVE_ONLY = re.compile(
    r"\s*,?\s*(?:who|that)\s+(?:have\s+|had\s+|has\s+)?"
    # "nine sailors slightly injured", "40 people critically wounded": a manner adverb
    r"|\s*(?:slightly|lightly|seriously|severely|critically|gravely|badly|mildly|moderately"
    # "9,400 villagers newly displaced by the fighting": when, not how
    r"|newly|recently)\s+",
    re.I,
)


_ONLY_COMMAS = re.compile(r"[\s,]*")


_OBJECT_AFTER_VERB = re.compile(r"\s+(?:the|a|an|\d|at least|more than|some|dozens|hundreds|scores)\b", re.I)


_WORD_RUN = re.compile(r"[\w\-]+")


_AUX = r"(?:were|was|are|is|been|be|being|have|has|had|will|would|could|can|cannot|not|got|get|remain|remained|remains|continue|continues|later|all|still|now|reportedly|believed\s+to\s+be|known\s+to\s+have|thought\s+to\s+have|feared|confirmed|said\s+to\s+have|were\s+believed\s+to\s+be|to\s+have|to\s+be|as|went|gone|left)"


# ("were pre-emptively evacuated": a hyphenated adverb between)
_PASSIVE_BEFORE = re.compile(rf"\b{_AUX}\s+(?:[\w\-]+\s+){{0,2}}$", re.I)




_INTRANSITIVE = INTRANSITIVE_CUES


_TRANSITIVE_RE = re.compile(
    r"\b(?P<v>" + alternation(TRANSITIVE_CATEGORY_VERBS, space=r"\ ")
    # a verb in scare quotes counts too: 'Troops "neutralised" 15 assailants'
    + r")[\"”’']?(?:\s+(?:the|a|an|another|a\s+further|further|some|all|its|their|his|her))?"
    # "to free the remaining five hostages"
    + r"(?:\s+remaining)?\s*$",
    re.I,
)


COUNT_WORD_CATEGORY = {
    "death toll": "killed", "toll": "killed", "deaths": "killed", "dead": "killed", "deceased": "killed",
    # "the county's fatality count was lowered to 11"
    "fatality count": "killed", "fatality toll": "killed", "fatality figure": "killed",
    "death": "killed", "killed": "killed", "died": "killed", "martyrs": "killed", "fatalities": "killed", "bodies": "killed", "body": "killed", "funerals": "killed", "burials": "killed",
    "casualties": "other", "injured": "wounded", "wounded": "wounded", "injuries": "wounded", "those hurt": "wounded",
    "missing": "missing", "displaced": "displaced", "evacuated": "evacuated",
    "rescued": "evacuated", "arrested": "detained", "detained": "detained",
    "abducted": "detained", "kidnapped": "detained", "hostages": "detained",
    "abductions": "detained", "kidnappings": "detained", "arrests": "detained",
    "troops": "troops", "soldiers": "troops", "forces": "troops", "personnel": "troops",
    "evacuation orders": "evacuated", "evacuation order": "evacuated", "unaccounted for": "missing",
    "deployment": "troops", "troop": "troops", "survivors": "evacuated",
    # an escape is no detention: "put the number of escapees at 228"
    "escapees": "other", "fugitives": "other",
}
# The count words of the table above, one pattern (the two never drift apart)
COUNT_WORDS_BEFORE = re.compile(r"\b(?P<w>" + alternation(COUNT_WORD_CATEGORY) + r")\b", re.I)


# (a named place first, too: "about 12,000 residents of Marrow and 6 villages were evacuated")
_FROM_PLACES_GAP = re.compile(
    r"\s+(?:from|in|of|across)\s+(?:(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}\s+and\s+)?(?:some\s+|about\s+|the\s+)?"
)


_NO_BEFORE = re.compile(r"\bno\s+$", re.I)


_TRANSITIVE_NAME_AND = re.compile(
    # "killing Barakat and two aides", "killing the commander Omar Said and three bodyguards"
    r"\b(?P<v>killing|killed|kills)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z][\w\-’']+\s+){1,3}and\s+(?:the\s+)?[\"“]?$"
)


# an aside between a figure and its verb: "200 people, including 10 civilians, were killed",
# "An estimated 2,100 people, or some 400 families, have fled"
_PARENTHETICAL = re.compile(
    # "22 persons suspected of aiding them, among whom 4 warders, have been held"
    r"^(?:\s+[a-z]+){0,4}?\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|or(?:\s+(?:some|about|around|nearly|roughly))?)\s*$"
    # (a translation's "9 civilians, of which 3 children, were killed")
    r"|^\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which)\b"
    # a rival or earlier figure's aside: "Eight people, not nine as first reported, were killed"
    r"|^\s*,\s*not\s*$"
    # who they are, in apposition: "Three employees of the operator, its director and two
    # engineers, were detained" (the list's last figure, then the verb)
    r"|^(?:\s+of\s+[^,;()]{1,50})?\s*,\s*(?:the|a|an|its|their|his|her)\s+[^,;()\d]{1,50}?\s+and\s*$",
    re.I,
)


# "about 300 people were on the bus, among them 25 pupils, and ...": the figure's verb
# comes before the aside, so what follows the aside is not the figure's
_VERB_BEFORE_ASIDE = re.compile(r"^[^,]*?\b(?:were|was|are|is|been|had|have|has)\b[^,]*,", re.I)


_BRACKET_OPENS = re.compile(r"\s*\(\s*")
_COMMA_GAP = re.compile(r"\s*,\s*")


def window_after(sentence: str, mentions: Sequence[Mention], i: int) -> str:
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
        if j == i + 1 and _BRACKET_OPENS.fullmatch(gap):
            close = sentence.find(")", mentions[j].end)
            if close != -1 and "(" not in sentence[mentions[j].end : close]:
                # resume after the bracket: "12 people (5 of them children) died"
                tail = sentence[close + 1 :]
                return tail[: _first_stop(tail)]
        of_them = (
            # "Eleven people, four of them children, drowned": a part's aside, then the verb
            j == i + 1 and mentions[j].partitive and (mentions[j].head or "").lower() == "them"
            and _COMMA_GAP.fullmatch(gap) is not None
        )
        if (_PARENTHETICAL.match(gap) or of_them) and j == i + 1 and not _VERB_BEFORE_ASIDE.match(gap):
            close = sentence.find(",", mentions[j].end)
            if close != -1:
                # resume after the aside: "200 people, including 10 civilians, were killed"
                tail = sentence[close:]
                stop = _first_stop(tail)
                return sentence[m.end : mentions[j].start] + " " + tail[:stop]
        end = mentions[j].start
        break
    text = sentence[m.end : end]
    aside = _ASIDE_THEN_VERB.match(text)
    if aside:
        # "Eight workers, who had been fixing the roof, are still missing", "Three sailors of
        # the freighter, moored at the quay, lost their lives": the verb after the aside
        text = " " + text[aside.end() :]
    return text[: _first_stop(text)]


def _first_stop(text: str) -> int:
    stop = _STOP.search(text)
    cut = stop.start() if stop else len(text)
    words = list(_NON_SPACE_RUN.finditer(text[:cut]))
    if len(words) > 12:
        cut = words[12].start()
    return cut


# a comma-closed aside right after the figure, then the figure's own finite verb
_ASIDE_THEN_VERB = re.compile(
    # (the figure's own "of" phrase may come first: "Three sailors of the freighter, ...")
    r"(?:\s+(?:of|from)\s+[^,;.]{1,40}?)?,\s*[^,;.\"“”()]{3,80},\s+(?=(?:are|were|is|was|have|has|had|remain|remains|remained|lost|died|still)\b)",
    re.I,
)
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


_PART_AFTER = re.compile(r"\s+part\b", re.I)
_HELD_AFTER_CHARGE = re.compile(r"\b(?:remanded|in\s+custody|in\s+detention|jailed|detained|held)\b", re.I)


_AND_NOUN_ONLY = re.compile(r"\s+(?:and|or)\s+[a-z]+\s+", re.I)


_FINITE_AFTER = re.compile(r"\b(?:were|was|are|is|have|has|had)\b", re.I)


# (an aside may open on it: "A vigil, for the 14 miners, was held")
_FOR_NOUN_BEFORE = re.compile(r"\b(?P<n>[a-z]+),?\s+for\s+(?:the\s+|all\s+|some\s+)?$", re.I)


def nearest_in_size(m: Mention, before: Sequence[Mention], cats: Sequence[str | None]) -> str | None:
    """The category of the figure before that a "down from N" is likeliest to be an earlier
    value of: the nearest in size ("4,000 people in the 12 shelters, down from 5,000" is the
    people; "400 people in 12 shelters, down from 20" the shelters)."""
    def size(x: Mention) -> float:
        return max(x.high if x.high is not None else (x.low or 1), 1)

    sized = [(abs(math.log(size(m) / size(p))), c) for p, c in zip(before, cats) if p.high is not None or p.low]
    return min(sized, key=lambda sc: sc[0])[1] if sized else None


_DIED_AFTER = re.compile(
    r"\s+(?:(?:later|also|then|have|has|had|subsequently)\s+)*(?:died|perished|succumbed|passed\s+away)\b", re.I
)
# "were wounded in the clash and later died", "were injured and died in hospital": the hurt who
# died are the dead (a short complement may stand before "and": "by gunfire", "in the blast")
_AND_DIED_AFTER = re.compile(
    r"(?:\s+(?:by|in|during|at)\s+[^,;.]{1,30}?)?,?\s+and" + _DIED_AFTER.pattern, re.I
)


# "Six workers injured in the explosion later died": the hurt, then what befell them, with no
# "and" (the clause's own verb after a participle phrase)
# (the phrase holds no clause of its own: "injured at the funeral of a man who died" did not die)
_SHORT_PHRASE = (
    r"(?:(?!\b(?:who|whom|whose|which|where|that|when|while|as|after|before|since|until|was|were|is|are|"
    r"had|has|have)\b)[^,;.]){1,30}?"
)
_PARTICIPLE_DIED_AFTER = re.compile(
    r"(?:\s+(?:by|in|during|at|from|after|on)\s+" + _SHORT_PHRASE + r")?" + _DIED_AFTER.pattern, re.I
)
# "Six climbers listed as missing were later found alive", "three fishermen missing since
# Friday have been rescued": the missing who were found are the rescued (and those "found
# dead" the dead)
_FOUND_ALIVE_AFTER = re.compile(
    # (after a phrase, a singular verb has a subject of its own: "missing since their mother was
    # found dead")
    r"(?:(?:\s+(?:since|after|in|on|at|from|for|during|off|near)\s+" + _SHORT_PHRASE + r",?\s+"
    r"(?:(?:and|but|have|had|were|been|later|since|now|all|also|subsequently|then|eventually|safely)\s+)*)"
    r"|,?\s+(?:(?:and|but|have|has|had|were|was|been|later|since|now|all|also|subsequently|then|"
    r"eventually|safely)\s+)*)"
    r"(?:(?:found|turned\s+up|traced|located|discovered)\s+(?:(?P<dead>dead)|alive|safe|unharmed|"
    r"in\s+good\s+health)|rescued)\b(?!\s+(?:to|for)\s)",
    re.I,
)


_SINCE_A_YEAR_AFTER = re.compile(r"(?:\s+(?:since|in))?\s+(?:the\s+)?(?:1[89]|20)\d\d", re.I)
_WHOSE = re.compile(r"\bwhose\b", re.I)


def verb_after(window: str, whole: bool = False) -> str | None:
    """The category the verb after a figure gives it. `whole`: the figure is the whole of a
    part before it ("three of the 58 people wounded later died"), so what the part did is
    not the whole's."""
    if _OWN_CLAUSE_AFTER.match(window):
        return None
    for m in CATEGORY_RE.finditer(window):
        word = m.group("w").lower()
        before = window[: m.start()]
        if before.endswith("re-"):
            before = before[:-3]  # "had been re-arrested", "re-apprehended": the verb again
        before = before.rstrip("\"“‘'")  # 'were "neutralised"': a verb in scare quotes
        if _IN_PHRASE_BEFORE.search(before):
            continue
        # "6,000 people who lost their homes": a relative pronoun keeps the verb the figure's own
        direct = (
            not before.strip() or _ONLY_COMMAS.fullmatch(before) or _RELATIVE_ONLY.fullmatch(before)
            # "4 elements of the penitentiary guard fallen": the head's own "of" phrase
            or _OF_PHRASE_ONLY.fullmatch(before)
            # "dozens of women and girls taken away": a second noun joined to the head (but
            # in "the girls taken on Friday were freed" a verb follows)
            or (_AND_NOUN_ONLY.fullmatch(before) and not _FINITE_AFTER.search(window, m.end()))
        )
        passive = _PASSIVE_BEFORE.search(before) or word.split()[0] in (
            "were", "was", "have", "has", "had", "been", "are", "is"
        )
        if word == "taken" and _PART_AFTER.match(window, m.end()):
            continue  # "450 deputies had taken part": who joined in, not who was held
        if word == "sheltered in" and _PLACE_WORD_AFTER.match(window, m.end()):
            continue  # "Hundreds of shoppers sheltered in place": they stayed, no one was displaced
        if word == "held" and not passive and _HELD_OBJECT_AFTER.match(window, m.end()):
            continue  # "426 passengers held tickets", "3,000 people held a vigil": they held something
        if word == "charged" and _HELD_AFTER_CHARGE.search(window, m.end()):
            return "detained"  # "96 were charged and remanded in custody": still held
        if word in ("never been found", "never found", "not been found") and _VERDICT_AFTER.match(window, m.end()):
            continue  # "40 were never found guilty": a verdict, not the missing
        if word.startswith(("not been seen", "not seen")) and (
            _SINCE_A_YEAR_AFTER.match(window, m.end()) or _WHOSE.search(before)
        ):
            # "crowds like these have not been seen since 2011": a comparison; "40 survivors,
            # whose mayor has not been seen since Tuesday": another's fate
            continue
        if word in ("found safe", "turned up safe") and _PURPOSE_AFTER.match(window, m.end()):
            continue  # "220 were found safe to occupy": buildings inspected, not people found
        if word.startswith("with ") and _DIED_AFTER.match(window, m.end()):
            return "killed"  # "two men with burns died in hospital": what they had, then what befell them
        if passive or (direct and word in _INTRANSITIVE) or word in ("died", "dead", "perished", "lost their lives", "fled", "missing", "flocked", "homeless", "unaccounted for", "disappeared"):
            # an active transitive verb followed by an object makes the figure the agent
            after = window[m.end() :]
            if not passive and word.endswith("ed") and _OBJECT_AFTER_VERB.match(after) and word not in ("died", "fled", "flocked"):
                return None
            if word in FALLING_ILL_PHRASES and _AND_DIED_AFTER.match(window, m.end()):
                return "killed"  # "three of the hostages fell ill and died in captivity"
            if CATEGORY_OF[word] == "wounded" and (
                _AND_DIED_AFTER.match(window, m.end())
                # "Two children hit by stray bullets died": the harm's agent, then the death (but
                # "several of the 58 people wounded have since died": the dead are a part)
                or " by " in word and _DIED_AFTER.match(window, m.end())
                or direct and not whole and _PARTICIPLE_DIED_AFTER.match(window, m.end())
            ):
                return "killed"
            found = (
                CATEGORY_OF[word] == "missing" and not whole and "," not in before and len(before.split()) <= 5
                and _FOUND_ALIVE_AFTER.match(window, m.end())
            )
            if found:
                return "killed" if found.group("dead") else "evacuated"
            return CATEGORY_OF[word]
        if len(before.split()) > 6:
            break
    return None


_DIGIT_BEFORE = re.compile(r"\d")
_PLACE_WORD_AFTER = re.compile(r"\s*place\b", re.I)
_FOUND_THE_WHEREABOUTS = re.compile(
    r"\b(?:established|establish|confirmed|traced|determined|located|published|disclosed|revealed|know|knew)\s+(?:the\s+)?$", re.I
)
_NOT_FOUND_BEFORE = re.compile(r"\b(?:not|never|unable|failed|yet|no\s+one|nobody|trying|try|tried)\b[^.;,]{0,25}$", re.I)
_UNKNOWN_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:still\s+|also\s+)?"
    r"(?:unknown|unclear|not\s+known|uncertain)\b",
    re.I,
)
_HELD_AFTER = re.compile(r"\s+(?:who\s+(?:were|was|are)\s+)?(?:held|detained|arrested|abducted|kidnapped|seized|taken|jailed|imprisoned)\b", re.I)
_VERDICT_AFTER = re.compile(
    r"\s+(?:guilty|fit|unfit|liable|responsible|innocent|competent|eligible|wanting|suitable|culpable)\b", re.I
)
_PURPOSE_AFTER = re.compile(r"\s+(?:to|for)\s", re.I)
_PARTY_BEFORE = re.compile(
    r"\b(?:army|military|government|ministry|" + alternation(ARMED_PARTY_WORDS) + r"|group|forces|side|movement|front)\b", re.I
)
_CARE_BEFORE = re.compile(
    r"\b(?:hospitals?|clinics?|wards?|infirmary|medical|health\s+cent(?:re|er)s?|doctors|surgeons|facility|facilities|"
    r"unit|emergency|trauma|burns|centre|center|icu|er)\b",
    re.I,
)


# a place or a vessel that holds things, right before "held" / "holding"
_CONTAINER_HOLDS = re.compile(r"\b(?:" + alternation(CONTAINER_HOLDERS) + r")\s+(?:that\s+|which\s+)?(?:had\s+|has\s+)?$", re.I)


def object_of(sentence: str, m: Mention) -> str | None:
    found = _TRANSITIVE_RE.search(sentence[: m.start]) or _TRANSITIVE_NAME_AND.search(sentence, max(0, m.start - 80), m.start)
    if found:
        verb = " ".join(found.group("v").lower().split())
        if verb == "lost" and m.subject not in PEOPLE_SUBJECTS:
            return None  # "lost 300 homes", "lost 2,000 jobs": not the dead
        if verb in ("rounded up", "rounding up") and m.subject not in PEOPLE_SUBJECTS:
            return None  # "rounded up 30 stray dogs": no one detained
        if verb in ("held", "holding") and (
            m.subject in THING_SUBJECTS or _CONTAINER_HOLDS.search(sentence, max(0, found.start("v") - 30), found.start("v"))
        ):
            return None  # "The shed held about 200 paint tins", "a yard holding 25 fuel tankers"
        if verb.endswith(("admitted", "admitting")) and (
            _CLAUSE_VERB_AFTER.match(sentence, m.end)
            # "the rebels, in a communiqué, admitted 23": a concession of a figure, by a party
            # to the fighting, where no hospital is near
            or m.bare and (
                _PARTY_BEFORE.search(sentence, max(0, m.start - 80), m.start) is not None
                or _DIGIT_BEFORE.search(sentence, 0, m.start) is not None  # a rival figure before it
            )
            and not _CARE_BEFORE.search(sentence, max(0, m.start - 80), m.start)
        ):
            return None  # "The army admitted 12 civilians were killed": a clause, not a patient
        if verb.startswith("evacuation") and (m.head_category is not None or CATEGORY_RE.search(sentence, m.number_end, m.end)):
            return None  # "the evacuation of 30 critically wounded patients": the wounded
        if verb in ("free", "rescue") and rescue_to_come(sentence, m.start):
            return "detained"
        if verb.startswith("pull") and (
            SUBJECT_DEFAULT_CATEGORY.get(m.subject) == "troops"
            or verb in ("pull", "pulls", "pulling") and not _PULLED_OUT_AFTER.match(sentence, m.end)
        ):
            # "will pull 300 troops out of the valley": a withdrawal; "hopes to pull 50,000
            # people onto the streets": a crowd; only "pull 14 people alive", "from the
            # rubble" is a rescue
            return None
        if verb == "whereabouts of" and (
            (_FOUND_THE_WHEREABOUTS.search(sentence, max(0, found.start("v") - 40), found.start("v"))
             and not _NOT_FOUND_BEFORE.search(sentence, max(0, found.start("v") - 60), found.start("v")))
            or SUBJECT_DEFAULT_CATEGORY.get(m.subject) == "detained" or _HELD_AFTER.match(sentence, m.end)
        ):
            return None  # "police have established the whereabouts of 30": found, not missing
        if verb == "fate of" and not _UNKNOWN_AFTER.match(sentence, m.end):
            return None  # "to decide the fate of 300 detainees": no one is missing
        if verb in ("flown out", "flew out") and (
            m.subject in THING_SUBJECTS or m.subject in FLIGHT_NOUNS or SUBJECT_DEFAULT_CATEGORY.get(m.subject) == "troops"
            or m.head_category is not None or CATEGORY_RE.search(sentence, m.number_end, m.end)
        ):
            # "flew out 12 sorties", "has flown out 2,500 troops", "flew out 12 critically
            # injured patients": no rescue of people, or one that names who they are
            return None
        if verb in CLAIM_FORMS and not hazard_claims(sentence, found.start("v")):
            return None  # "Rebels claim 40 soldiers": what they say, not what killed them
        return TRANSITIVE_CATEGORY_VERBS[verb]
    if _EVACUATION_OF_BEFORE.search(sentence, max(0, m.start - 80), m.start) and m.head_category is None:
        return "evacuated"  # "ordered the evacuation overnight of about 2,500 residents"
    relative = _OBJECT_RELATIVE_AFTER.match(sentence, m.end) if m.head else None
    if relative and relative.group("v").lower() in _RELATIVE_CATEGORY_VERBS:
        # "the 6 hostages the army freed", "the 12 men the police say they arrested": the
        # figure is the object of the relative clause's verb
        return TRANSITIVE_CATEGORY_VERBS[relative.group("v").lower()]
    return None


# an evacuation whose object comes after a time or a place: "evacuation overnight of", "the
# evacuation on Tuesday of" ("evacuation of" itself is TRANSITIVE_CATEGORY_VERBS')
_EVACUATION_OF_BEFORE = re.compile(
    r"\bevacuations?\s+(?:[\w\-]+\s+){1,3}?of\s+(?:the\s+)?" + qualifier_tail() + "$",
    re.I,
)
# a relative clause whose object is the figure: "(that) the police (say they) rescued"
_OBJECT_RELATIVE_AFTER = re.compile(
    r"\s+(?:that\s+|whom\s+)?(?:the|its|their)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:(?:say|says|said|believe|believes)\s+(?:they|it|he|she)\s+)?(?:had\s+|have\s+|has\s+)?(?P<v>[a-z]+ed)\b"
)
# (past forms only: "rescued", "arrested", "killed", "evacuated", ...)
_RELATIVE_CATEGORY_VERBS = frozenset(v for v in TRANSITIVE_CATEGORY_VERBS if " " not in v and v.endswith("ed"))


# what follows an active "held": its object ("held tickets", "held a vigil", "held their
# ground"), never how or where people are held ("held hostage", "held in", "held by")
_HELD_OBJECT_AFTER = re.compile(
    # (not a time: "85 protesters held the whole weekend", "held an average of six days")
    r"\s+(?:(?:a|an|their)\s+)?(?:tickets?|talks|placards|banners|candles|signs|meetings?|rallies|rally|vigils?|protests?"
    r"|hands|onto|press\s+conference|minute['’]s\s+silence|march|sit-in)\b",
    re.I,
)


# A rescue or release still to come, of people held now: "an operation to free the remaining
# 12 hostages", "talks to secure the release of 9 aid workers abducted in May"
_TO_FREE_BEFORE = re.compile(
    r"\b(?:efforts?|operations?|bid|attempts?|working|trying|seeking|under\s+way|underway|push|"
    r"talks|negotiations|plans?|mission|struggling|continue|continuing|continues|will\s+try)\s+to\s+"
    r"(?:free|rescue|release|secure\s+the\s+release\s+of)\s+"
    r"(?:(?:the|all|remaining|other|at\s+least|more\s+than|about|some|another)\s+){0,3}$",
    re.I,
)
_CAPTIVITY = re.compile(r"\b(?:hostages?|captives?|captors?|kidnap\w*|abduct\w*|held|still\s+with)\b", re.I)


def rescue_to_come(sentence: str, start: int) -> bool:
    """The figure at `start` counts people someone is trying to free: they are still held.
    Not "helped to rescue 140 migrants" (done), nor "to rescue 30 trapped miners" (no captors)."""
    return bool(_TO_FREE_BEFORE.search(sentence, max(0, start - 120), start)) and bool(_CAPTIVITY.search(sentence))


_PULLED_OUT_AFTER = re.compile(r"\s+(?:alive\b|(?:[\w\-]+\s+){0,2}?(?:from|out\s+of)\b)", re.I)


_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:had|have|has|were|was|are|is|would|could|might|may|did)\b")


# subjects that are people (for a verb like "lost" that counts the dead only among people)
PEOPLE_SUBJECTS = frozenset(v for v in SUBJECT_NOUNS.values() if v) - THING_SUBJECTS


def count_word_before(sentence: str, m: Mention, prev_end: int) -> str | None:
    """"Death toll: 23", "rescued so far: 12". Not a count word that ends a sentence before
    the figure, nor one that is the speaker ("Survivors interviewed in Sfax say 80 people
    were on the boat": the survivors speak, they are not what is counted)."""
    left = sentence[prev_end : m.start][-90:]
    hits = list(COUNT_WORDS_BEFORE.finditer(left))
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
    label = between.lstrip().startswith(":")  # "Abductions: reports range from 62": a label
    if not label and len(between) == len(speaker_part) and not SAYING_VERBS.isdisjoint(_WORD_RUN.findall(between.lower())):
        return None
    if speaker_part != between and _OBJECT_OF_PHRASE.search(left, 0, hits[-1].start()) and (
        not SAYING_VERBS.isdisjoint(_WORD_RUN.findall(between.lower())) or _THAT.search(between)
    ):
        # "After checking with survivors, the railway said 517 passengers were aboard": the
        # count word is in a phrase before the clause that gives the figure
        return None
    word = " ".join(hits[-1].group("w").lower().split())
    if COUNT_WORD_CATEGORY[word] == "troops" and _VERB_BETWEEN.search(between):
        return None  # "Soldiers fired at a crowd of 3,000 people": the soldiers act on them
    at = max(prev_end, m.start - 90) + hits[-1].start()  # (the word's offset in the sentence)
    if word in ("rescued", "evacuated") and _BODIES_JUST_BEFORE.search(sentence, 0, at):
        return "killed"  # "with the five bodies rescued since Wednesday the figure reaches 41"
    return COUNT_WORD_CATEGORY[word]


# what soldiers or police do to a crowd ("fired live rounds at a crowd of 3,000"), where the
# count word is the agent, not the label of the figure ("troop numbers peaked at 5,800")
_FORCE_VERBS = (
    r"(?:fired|fire|fires|shot|shoot|shoots|opened\s+fire|attacked|attack|beat|beats|charged|dispersed|"
    r"tear-?gassed|clashed|confronted|surrounded|stormed|rounded\s+up)"
)
_VERB_BETWEEN = re.compile(
    rf"\b{_FORCE_VERBS}\b(?:(?:\s+[\w\-]+){{0,6}}?\s+(?:on|at|into|upon)\b|\s+(?:the|a|an|with)\b)"
)


_BODIES_JUST_BEFORE = re.compile(r"\b(?:bodies|body|corpses|remains)\s+$", re.I)


_THAT = re.compile(r"\bthat\b", re.I)


_OBJECT_OF_PHRASE = re.compile(r"\b(?:to|of|with|from|among|for)\s+(?:the\s+|its\s+|their\s+|[a-z]+\s+){0,2}$", re.I)


def toll_figure(sentence: str, mentions: Sequence[Mention], i: int) -> bool:
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
    r"was|is|now|lowered|raised|revised)\s+(?:to\s+|at\s+)?" + _QUALIFIER + r"$",
    re.I,
)


_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+)?toll\s+(?:\w+\s+){0,2}(?:to|at|of|now|is|was|stands\s+at|reached|reaches|hit|hits|tops|topped)\s+"
    + _QUALIFIER + r"$",
    re.I,
)


_SENTENCE_BREAK = re.compile(r"[.!?;][\"'“”‘’]?\s")


def participle_in(sentence: str, m: Mention) -> str | None:
    """"10 abducted residents": a category participle inside the noun phrase. Only of people:
    "the two evacuated blocks" are buildings emptied, not people evacuated."""
    if (
        m.head and m.head.lower() not in SUBJECT_NOUNS and m.head.lower() not in PARTICIPLE_CATEGORIES
        and not (m.high == 1 and singular_head(m.head))  # "One injured child was flown out"
    ):
        return None
    for w in _WORD_RUN.findall(sentence[m.number_end : m.end].lower()):
        if w in PARTICIPLE_CATEGORIES:
            return PARTICIPLE_CATEGORIES[w]
    return None


# "treated over 400 people for heat exhaustion": the sick, not the wounded
_FOR_ILLNESS_AFTER = re.compile(
    r"(?:\s+[\w\-]+){0,3}?\s+for\s+(?:suspected\s+|severe\s+|acute\s+)?(?P<ill>" + alternation(ILLNESS_WORDS) + r")\b",
    re.I,
)
_RESPIRATORY = frozenset(RESPIRATORY_ILLNESS_WORDS)
_INHALED_HARM = re.compile(r"\b(?:" + alternation(INHALED_HARM_WORDS) + r")\b", re.I)


# "Treated for heat illness: more than 2,300": a fact line's label
_FOR_ILLNESS_LABEL = re.compile(
    r"\bfor\s+(?:" + alternation(ILLNESS_WORDS) + r")\s*[:\-–]\s*(?:(?:more\s+than|over|about|at\s+least|nearly)\s+)?$", re.I
)


# "over 50 persons were hospitalised after drinking the brew": what made them patients
_SICKENED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:" + alternation(SICKENING_PHRASES) + r")\b", re.I)


def sick_not_wounded(sentence: str, m: Mention) -> bool:
    ill = _FOR_ILLNESS_AFTER.match(sentence, m.end)
    if ill and " ".join(ill.group("ill").lower().split()) in _RESPIRATORY and _INHALED_HARM.search(sentence):
        return False  # "given treatment for breathing problems once the gas escaped": hurt by it
    return (
        ill is not None
        or _FOR_ILLNESS_LABEL.search(sentence, max(0, m.start - 60), m.start) is not None
        or _SICKENED_AFTER.match(sentence, m.end) is not None
    )


PAST_PARTICIPLES = sorted((w for w in PARTICIPLE_CATEGORIES if w.endswith("ed")), key=len, reverse=True)


# "the 11 men rescued from the chamber", "the 11,500 people displaced by the raids": a
# participle after the head, opening a phrase of its own, says what the group underwent
_REDUCED_RELATIVE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?P<w>" + "|".join(PAST_PARTICIPLES) + r")\s+(?:by|from|in|during|after|at|on|since|when|over)\b",
    re.I,
)


def reduced_relative(sentence: str, m: Mention) -> str | None:
    found = _REDUCED_RELATIVE.match(sentence, m.end)
    return PARTICIPLE_CATEGORIES[found.group("w").lower()] if found else None


def for_a_noun(sentence: str, m: Mention) -> bool:
    found = _FOR_NOUN_BEFORE.search(sentence, max(0, m.start - 30), m.start)
    return found is not None and found.group("n").lower() in NOUNS_FOR_A_GROUP


_AMONG_VICTIMS = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?victims\b", re.I)


def names_victims(sentence: str, m: Mention) -> bool:
    return (m.head or "").lower() in ("victims", "victim") or _AMONG_VICTIMS.match(sentence, m.end) is not None
