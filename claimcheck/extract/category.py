"""What a figure counts: killed, wounded, missing, displaced, evacuated, detained, troops or
other (DESIGN.md), decided from the cues around it (cues.py).

Order of evidence: a verb that takes the figure as its object ("killed at least 103 people"),
the head itself ("11 wounded"), a passive or intransitive verb after it ("were killed",
"died", "are missing"), a figure it is coordinated with ("four soldiers and two civilians
died"), a count word before it ("the death toll at close to 100"), then the head noun's own
default (troops, hostages). Things (houses, strikes) are always "other".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.extract.counts import (
    AMONG_GROUP_AFTER,
    BODIES_OF_BEFORE,
    bracket_part,
    CAMP_HOLDS_BEFORE,
    CATEGORY_OF,
    CATEGORY_RE,
    colon_lead_category,
    colon_list_place,
    colon_share_place,
    DRIVEN_OUT_BEFORE,
    FROM_HOMES_AFTER,
    HURT_BEFORE,
    LIST_ITEM_BEFORE,
    LIST_ITEM_GAP,
    NUMBER_OF_AFTER,
    one_items_after,
    one_items_before,
    ORDERS_COVER_BEFORE,
    PLACE_ITEM_AFTER,
    same_count_in_brackets,
    SEVERITY_ITEM_AFTER,
    TIME_ITEM_AFTER,
)
from claimcheck.extract.cues import (
    COUNT_WORDS_BEFORE,
    COUNT_WORD_CATEGORY,
    PAST_PARTICIPLES,
    PEOPLE_SUBJECTS,
    count_word_before,
    for_a_noun,
    names_victims,
    nearest_in_size,
    object_of,
    participle_in,
    rescue_to_come,
    reduced_relative,
    sick_not_wounded,
    toll_figure,
    verb_after,
    window_after,
)
from claimcheck.extract.lexicon import (
    ABOARD_WORDS,
    AMONG_GROUP_CATEGORY,
    CREW_HEADS,
    DANGER_WORDS,
    VESSEL_WORDS,
    FORCE_AT_WORK_CUES,
    CAMP_HOLDS_VERBS,
    CAPTOR_NOUNS,
    CARE_PLACES,
    CAUSE_WORDS,
    DEATH_PLACES,
    ESCAPE_PHRASES,
    ILLNESS_WORDS,
    INCIDENT_NOUNS,
    MILITARY_SITES,
    NUMBER_LABEL_VERBS,
    ORDERING_VERBS,
    PARTICIPLE_CATEGORIES,
    BORDER_CROSSER_SUBJECTS,
    COMBATANT_SUBJECTS,
    RELEASE_PHRASES,
    RESIDENT_GROUPS,
    SHELTERING_PLACES,
    SUBJECT_DEFAULT_CATEGORY,
    THING_SUBJECTS,
    VICTIM_GROUPS,
    TO_SAFETY_AFTER,
)
from claimcheck.extract.mentions import Mention
from claimcheck.extract.patterns import INCLUDES_AFTER_FIGURE, LEFT_HOME_PLACE_AFTER, PART_OWNER, alternation, qualifier_tail

# an optional qualifier before the figure (patterns.qualifier_tail)
_QUALIFIER_OR_ANOTHER_THE_REMAINING_ALL_THE = qualifier_tail(('another', 'the remaining', 'all', 'the'))
_QUALIFIER = qualifier_tail()
_QUALIFIER_OR_ONLY_JUST = qualifier_tail(('only', 'just'))
_QUALIFIER_OR_ANOTHER_THE_REMAINING_ALL = qualifier_tail(('another', 'the remaining', 'all'))


# what may stand between two coordinated figures: "four soldiers and two civilians died",
# "187 pupils from the secondary school and 125 from the primary school were missing"
_OWN_VERB_OPENS = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|is|been|also|later|reportedly|all|since|then|subsequently|"
    r"known|said|believed|thought|feared|to|now|so|far|already|[a-z]+ly)\s+)*",
    re.I,
)
_FLEEING = re.compile(r"\b(?:fleeing|fled|flee|seeking\s+refuge|sought\s+refuge|seek\s+refuge|refugees?)\b", re.I)
_VANISHED_AFTER = re.compile(r"\s+(?:(?:have|had|has)\s+)?disappeared\b", re.I)
_ELIMINATED_AFTER = re.compile(
    # (past the figure's own "of" phrase: "25 militants of the group were eliminated")
    r"(?:\s+of\s+[^,;.]{1,40}?)?"
    r"\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been|reportedly|also)\s+)+(?:eliminated|liquidated)\b", re.I
)
_CROSSED_AFTER = re.compile(r"[\s,]+(?:(?:have|had|has)\s+)?(?:crossed|arrived)\b", re.I)
_CROSSED_NAMED_AFTER = re.compile(
    r"[\s,]+(?:(?:have|had|has)\s+)?crossed\s+the\s+(?:[A-Z][\w’'\-]*\s+){1,3}(?:[Rr]iver|[Bb]order|[Ff]rontier)\b"
)
# "three of the 58 people wounded later died": the figure is the whole a part is taken from
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|those|these|all)\s+$", re.I)
_PART_JOIN = re.compile(r"\s*,?\s*(?:of\s+which|of\s+whom|among\s+them|among\s+whom|including)\s*", re.I)
# between two parts of one list after "including" / "among them": the first part's own "of"
# phrase (a name's capitals allowed), then a comma or "and"
_NEXT_PART_GAP = re.compile(r"(?:\s+of\s+[^,;.()]{1,50}?)?\s*(?:,|,?\s*and)\s*(?:the\s+)?")
_LIST_JOIN = re.compile(r"(?:\s+(?:from|in|at)\s+(?:the|a|an|their|its)\s+[\w\s\-]{1,40}?)?\s*(?:,|and|,\s*and|or)\s*")


_ESCAPE = re.compile(r"^[^.;]{0,20}?\b(?:" + alternation(ESCAPE_PHRASES, space=r"\ ") + r")\b", re.I)


_IDENTIFIED = re.compile(r"\b(?:identified|identify|identifying|identification)\b", re.I)
# what makes an identification the dead's ("40 victims of the abuse ring" identified by police
# are alive)
_FORENSIC = re.compile(r"\b(?:forensic|remains|bodies|dna|morgue|mortuary|post-mortem|autops(?:y|ies)|coroner)\b", re.I)


_AMONG_THE_GROUP = re.compile(r"\bamong\s+(?:the|those)\s+(?P<w>[a-z]+)\b[^.;,]{0,40}$", re.I)


_PART_OF_PREVIOUS = re.compile(
    r"\b(?:including|incl\.|among\s+them(?:\s+(?:are|were))?|among\s+whom|of\s+whom|of\s+which"
    r"|" + INCLUDES_AFTER_FIGURE +
    # "Among the 19 dead are two officers": a part of the figure just named (two words at
    # least: "Among the dead were 11 children" names no figure, and is read by its word)
    r"|among\s+(?:the|those)\s+\S+\s+[^.;,]{0,59}?\S\s+(?:were|was|are|is))\s*"
    # ("including the two drivers": an article may open the part, in this reading only)
    + PART_OWNER + r"(?:the\s+)?(?:at\s+least\s+|some\s+|about\s+)?$", re.I
)




_SET_FREE_BEFORE = re.compile(
    r"\b(?:frees|freed|free|freeing|releases|released|release|releasing|handed\s+over|hands\s+over|exchanged)\s+"
    + _QUALIFIER_OR_ANOTHER_THE_REMAINING_ALL_THE + r"$",
    re.I,
)


_RESCUERS_BEFORE = re.compile(
    r"\b(?:troops|soldiers|army|police|commandos|special\s+forces|security\s+forces|rescuers|forces)\b[^.;]{0,60}$", re.I
)


_REMAINS_OF_BEFORE = re.compile(r"\b(?:remains|bodies)\s+of\s+(?:the\s+|their\s+|its\s+)?$", re.I)


_OF_AFTER = re.compile(r"\s+of\b", re.I)


_HOSTAGE_AFTER = re.compile(r"\s+(?:as\s+)?hostages?\b", re.I)


_LIST_OPENS_BEFORE = re.compile(r"(?:\(|:)\s*$")


_WHO_WERE_AFTER = re.compile(r"\s+(?:who|that)\s+(?:had\s+been|have\s+been|were|was)\s+", re.I)
_KILLING_ALL_AFTER = re.compile(
    r"[^,;.]{0,50},\s*(?P<v>killing|wounding|injuring)\s+(?:both|all|all\s+of\s+them|both\s+of\s+them|them\s+all|every\s+one\s+of\s+them)\b",
    re.I,
)
_DEATHS_AFTER = re.compile(r"\s+(deaths|fatalities|injuries)\b", re.I)
_LOSSES_BEFORE = re.compile(r"\blosses\b[^.;:]*$", re.I)
# the crew's verb, past the other counts of its list ("900 rescuers, 30 dogs and 12 cranes are
# at the site"), within its clause
_AT_WORK_AFTER = re.compile(
    r"[^.;:!?\"“”()]{0,90}?\b(?:are|were|is|was|have\s+been|had\s+been|still|now)?\s*(?:"
    + alternation(FORCE_AT_WORK_CUES) + r")\b",
    re.I,
)
#: Who is at work at a scene when a verb there says so (never "people": "300 people took part
#: in the march" is a crowd).
# (not medics: "40 doctors took part in the protest" is a strike; medical teams count as a
# force only when a verb deploys them, SUBJECT_TROOPS)
_FORCE_AT_WORK_SUBJECTS = frozenset({"rescuers", "volunteers", "police", "agents", "personnel", "guards", "divers"})
_UP_DOWN_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+)?$", re.I)


# "ordered some 9,000 residents of six villages to leave", "forced 800 families to flee"
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


_ILLNESS = re.compile(r"\b(?:" + alternation(ILLNESS_WORDS) + r")\b", re.I)


_RECEIVED_BEFORE = re.compile(
    r"\b(?:received|receiving|admitted|admitting|taken\s+in|took\s+in)\s+"
    + _QUALIFIER + r"$",
    re.I,
)


# "the number still held at 41", "the number of people in shelters on Friday was 52,300"
_NUMBER_LABEL_BEFORE = re.compile(
    # (a headline drops the article: "Navy puts number of seized sailors at 11")
    # ("put the number of people taken to hospital at 61": an "of" label runs longer)
    r"\b(?:the\s+|(?<=puts\s)|(?<=put\s))number\s+(?P<label>of\s+(?:[\w\-]+\s+){1,6}?|(?:[\w\-]+\s+){1,3}?)(?:at|as)\s+$"
    # ("the total number of visitors this summer reached 2.9 million": a count of visitors,
    # whatever the sentence before counted)
    r"|\bthe\s+(?:total\s+)?number\s+(?P<label2>of\s+(?:[\w\-]+\s+){1,6}?)(?:was|is|were|stood\s+at|stands\s+at"
    r"|(?:has\s+|had\s+)?(?:reached|rose\s+to|climbed\s+to|risen\s+to|climbed\s+to)"
    # "the number of villagers whose whereabouts remain unknown was cut from 52 to 20"
    r"|(?:has\s+|had\s+)?(?:been\s+|was\s+|were\s+)?(?:reduced|lowered|revised|cut|raised|increased)\s+(?:from|to)(?:\s+[\d,]+\s+to)?)\s+$",
    re.I,
)


# "Some 800 residents, the mayor says, spent two nights in basements": driven from home by
# the danger, if only for nights
_NIGHTS_SHELTERING_AFTER = re.compile(
    r"(?:\s*,[^,;.]{1,60},)?\s+(?:have\s+|had\s+)?spent\s+(?:the|a|at\s+least\s+one|one|two|three|several|many|most)\s+"
    r"(?:\w+\s+)?nights?\b[^.;]{0,40}?\bin\s+(?:the\s+|their\s+)?"
    rf"(?:{alternation(SHELTERING_PLACES)})\b",
    re.I,
)
_OF_NOUN = re.compile(r"of\s+[\w\-]+")
_VICTIM_LABEL = re.compile(r"\b(?:victims|casualties)\b", re.I)


_LOST_BEFORE = re.compile(r"\blost\s+" + _QUALIFIER_OR_ONLY_JUST + r"$", re.I)


_LOSABLE = frozenset({"troops", "soldiers", "police", "fighters", "militants", "people", "civilians", "men", "members"})


# a figure with nothing after it but a place or a time: "and three in hospital", "and
# two at home"
_GAPPED = re.compile(
    r"\s+(?:in|at|on)\s+(?:the\s+|a\s+|their\s+)?[\w\-]+(?:\s+[\w\-]+)?\s*(?:[.;,]|$)"
    # "and six of smoke inhalation": a cause, the verb of the clause before left out
    r"|\s+(?:of|from)\s+(?i:" + alternation(CAUSE_WORDS) + r")\b"
)
_RANGE_TO_BEFORE = re.compile(r"^\s*\([^()]{1,100}\)\s*to\s+$")
# where the dead died, not where the living are: "at the site", "on the spot"
_SCENE_AFTER = re.compile(
    r"\s+(?:" + alternation([p for p, where in DEATH_PLACES.items() if where == "at the scene"]) + r")\b",
    re.I,
)
# the gap of a list's next item ("eleven dead, nine at the site"), and an "and" alone between
# two figures, which leaves no verb out ("16 dead and 41 in hospital")
_LIST_GAP = re.compile(r"\s*[,:;]\s*")
_AND_ONLY = re.compile(r"\s+and\s+")
_AND_BEFORE = re.compile(r"\band\s+(?:another\s+|a\s+further\s+)?$")
_OWN_CLAUSE_OPENS = re.compile(r"\s+(?:who|that)\s|\s+[a-z]+ed\s*(?:[.,;]|$)", re.I)


_OF_GROUP_OPENING = re.compile(r"\W*Of\s+(?:the|those)\s+(?P<w>[a-z]+)\s*,\s*(?:[a-z]+\s+){0,2}$", re.I)


# "the army's figure of 12", 'its estimate of "up to 12"': a count named by what it is
_FIGURE_OF_BEFORE = re.compile(
    r"\b(?P<w>figure|count|estimate|tally|total)\s+(?:of|is|was|stands\s+at|stood\s+at)\s+[\"“‘']?$", re.I
)


# (the people a toll counts, not those aboard, "a figure of 120 people on board", nor inmates,
# whose count may be of those who got away: "the prison's count of 30 escaped convicts", nor
# a crowd's or a town's: "the police count of 3,000 protesters", "a tally of 900 residents")
_COUNTED_VICTIMS = frozenset({"people", "victims", "civilians", *VICTIM_GROUPS} - {"inmates", "protesters", "demonstrators"})
_ABOARD_AFTER = re.compile(r"\s+(?:" + alternation(w for w in ABOARD_WORDS if w != "underground") + r")\b", re.I)
# (a count that names its people is named by "figure", "count" or "tally": "a total of 40
# pupils", "an estimate of 300 residents" say what, not whose rival count)
_PEOPLE_COUNT_WORDS = frozenset({"figure", "count", "tally"})


def categorize(sentence: str, mentions: Sequence[Mention], antecedent: str | None = None) -> list[str]:
    """The category of each mention of one sentence.

    `antecedent` is the category of the last figure of the previous sentence, for "of them".
    """
    cats: list[str | None] = []
    from_verb: list[bool] = []  # the category came from a verb after the figure
    held_head: set[int] = set()  # the category is only what the head is ("38 prisoners")
    for i, m in enumerate(mentions):
        cat: str | None = None
        from_verb.append(False)
        if m.subject in THING_SUBJECTS or "capacity" in m.notes or "group-size" in m.notes:
            cats.append("other")  # (and what a place holds: "a capacity of 1,200")
            continue
        if (
            m.subject == "victims" and _IDENTIFIED.search(sentence) and _FORENSIC.search(sentence)
            and CATEGORY_RE.search(sentence) is None
        ):
            # "Forensic teams have identified 40 of the 45 victims": victims named by forensic
            # identification are the dead (but not "treated 30 victims, identified by ...")
            cats.append("killed")
            continue
        if SUBJECT_DEFAULT_CATEGORY.get(m.subject) == "troops" and _GARRISON_BEFORE.search(sentence, max(0, m.start - 80), m.start):
            # "the camp, which held 500 soldiers": an army camp's garrison, neither people
            # displaced to a camp nor soldiers held captive
            cats.append("troops")
            continue
        if m.subject in COMBATANT_SUBJECTS and not m.partitive and _FORCE_HAS_BEFORE.search(
            sentence, max(0, m.start - 40), m.start
        ) and CATEGORY_RE.search(re.split(r"[,;:.]", sentence[m.end :], maxsplit=1)[0]) is None and not (
            _ABOARD_AFTER.match(sentence, m.end)  # "The destroyer had 210 sailors on board": a crew
            # "the army has 300 militants surrounded": what was done to them, no force of its own
            or _PARTICIPLE_AFTER_FORCE.match(sentence, m.end)
        ):
            # "the group has between 150 and 250 fighters": a force's size, as "troops" are
            # (not "has lost 40 fighters", nor "has 40 fighters dead": a verb of what befell them)
            cats.append("troops")
            continue
        if "numbered-group" in m.notes:
            # "the gunmen, numbering more than 100": a group's size, not an event's count
            cats.append(SUBJECT_DEFAULT_CATEGORY.get(m.subject, "other"))
            continue
        if _REMAINS_OF_BEFORE.search(sentence, max(0, m.start - 30), m.start):
            cats.append("killed")  # "handed over the remains of 11 soldiers"
            continue
        if i and m.bare and cats[-1] and _RANGE_TO_BEFORE.search(sentence, mentions[i - 1].end, m.start):
            cats.append(cats[-1])  # "range from 23 (the government) to 94 (the diocese)": one count
            continue
        if (
            i and m.bare and cats[-1] == "killed" and _SCENE_AFTER.match(sentence, m.end)
            and _LIST_GAP.fullmatch(sentence, mentions[i - 1].end, m.start)
        ):
            # "fourteen dead, twelve on the spot and two in hospital": where the dead died
            cats.append("killed")
            continue
        # ("19 were killed on the spot and two more in a clinic, ...": "more" is no noun of its own)
        gapped = i and (m.bare or (m.head or "").lower() == "more") and cats[-1] and _GAPPED.match(sentence, m.end)
        if gapped and _AND_BEFORE.search(sentence, mentions[i - 1].end, m.start):
            # "28 died at the scene and three in hospital": the verb of the clause before,
            # left out; "in hospital" is where they died, not what they are (but "14 dead
            # and 52,000 in relief camps" are where they live, and "14 dead and 52 in
            # hospital" are hurt: the adjective leaves no verb out)
            own = verb_after(gapped.group())
            adjective_only = _AND_ONLY.fullmatch(sentence, mentions[i - 1].end, m.start) is not None
            if own is None or (own == "wounded" and cats[-1] == "killed" and not adjective_only):
                cats.append(cats[-1])
                continue
        if m.head_category == "killed" and m.head and m.head.lower() in ("bodies", "corpses"):
            cats.append("killed")  # "pulled 20 bodies from the rubble": bodies are dead
            continue
        if m.head_category in (None, "wounded") and m.subject != "medics" and (
            # (not the doctors sent to a hospital to work there)
            _CARRIED_TO_CARE_AFTER.match(sentence, m.end)
            or (_CARRIED_BEFORE.search(sentence, max(0, m.start - 40), m.start) and _TO_CARE_AFTER.match(sentence, m.end))
            # "The leak sent 19 workers to hospital": what happened sent them (never "Police
            # sent 50 officers to the hospital to keep order")
            or (_INCIDENT_SENT_BEFORE.search(sentence, max(0, m.start - 60), m.start) and _TO_CARE_AFTER.match(sentence, m.end))
        ):
            # "Seven persons were taken to the Zenith General Hospital", "crews drove 30
            # people to two clinics": the hurt, not people taken away or rescued
            cats.append("wounded")
            continue
        if "whole-follows" in m.notes and i + 1 < len(mentions):
            # "131 of the 228 escaped inmates had been recaptured": the verb after the whole
            # says what the part did
            # ... or else what the whole is: "identified 17 of the 21 bodies"
            window = window_after(sentence, mentions, i + 1)
            # ("2,000 of the 9,400 people displaced by the floods have gone home": what the
            # whole underwent is no verb of the part's)
            relative = _REDUCED_RELATIVE_THEN_VERB.match(window)
            if relative:
                window = window[relative.end() :]
            # ("Police freed 6 of 10 hostages": the verb before the part, then the whole's word)
            cat = verb_after(window) or object_of(sentence, m) or mentions[i + 1].head_category
            if cat is None and relative:
                # "Six of the 40 people killed in the attack were children": no verb of the
                # part's own, so it is a part of what the whole underwent; "2,000 of the
                # 9,400 people displaced by the floods have gone home" did something else
                cat = reduced_relative(sentence, mentions[i + 1]) if _COPULA.match(window) else "other"
            if cat is not None:
                cats.append(cat)
                continue
        if i and "whole-follows" in mentions[i - 1].notes:
            # the whole itself ("228 escaped inmates") takes only its own words
            cat = (
                m.head_category or participle_in(sentence, m) or reduced_relative(sentence, m)
                or ("other" if _ESCAPE.match(sentence[m.number_end:]) else None)
            )
            cats.append(cat)
            continue
        if _ESCAPE.match(sentence[m.end :]):
            cats.append("other")  # "400 inmates fled a prison": an escape, not displacement
            continue
        if _ESCAPE.match(sentence[m.number_end : m.end]):
            # "60 escaped prisoners", unless they "had been re-arrested" or "were shot dead"
            # (never displaced: "fled to the hills" is the escape again)
            befell = verb_after(window_after(sentence, mentions, i))
            cats.append(befell if befell in ("detained", "killed", "wounded", "missing") else "other")
            continue
        cat = object_of(sentence, m)
        default = SUBJECT_DEFAULT_CATEGORY.get(m.subject)
        carried = _CARRIED_OFF_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        if (
            cat in (None, "detained", "troops") and m.subject not in THING_SUBJECTS and default != "detained"
            # (the hurt carried to a shelter stay hurt: "brought 14 injured residents to a shelter")
            and m.head_category is None and CATEGORY_RE.search(sentence, m.number_end, m.end) is None
            # (people in custody taken off a ship are moved, not rescued)
            and (m.head or "").lower() not in _HELD_HEADS | _SUSPECT_HEADS
            and (
                carried and (safe := _TO_SAFETY_AFTER.match(sentence, m.end))
                # (a route to the mainland or from a place is a rescue only in danger: "carried
                # 4 million passengers from the capital to the mainland" is a ferry's year)
                and (
                    not (safe.group("route") or "mainland" in safe.group().lower())
                    or _DANGER.search(sentence) is not None
                )
                # (a force carried ashore or ferried is deployed: only its men picked out of
                # the water, or brought ashore, are rescued)
                and (default != "troops" or carried.group("v").lower() in _RESCUING_CARRIERS)
                or default != "troops" and carried and carried.group("v").lower() == "ferried"
                and _PASSAGE_AFTER.match(sentence, m.end) and _DANGER.search(sentence) is not None
            )
        ):
            cat = "evacuated"
        if (
            cat is None and (m.head or "").lower() in CREW_HEADS and m.head_category is None
            and CATEGORY_RE.search(sentence, m.number_end, m.end) is None  # ("dead marines on board": the dead)
            and (
                _ON_SHIP_AFTER.match(sentence, m.end)
                or _CARRYING_BEFORE.search(sentence, max(0, m.start - 40), m.start) and _VESSEL.search(sentence)
            )
        ):
            cat = "other"
        if (
            cat is None and m.subject == "patients" and _RECEIVED_BEFORE.search(sentence, max(0, m.start - 40), m.start)
            and not _ILLNESS.search(sentence)
        ):
            cat = "wounded"  # "the hospital had received 88 patients", not "... 300 patients with cholera"
        if cat is None and m.head and m.subject in _LOSABLE and _LOST_BEFORE.search(sentence, max(0, m.start - 30), m.start):
            cat = "killed"  # "the army had lost 31 soldiers"
        if cat is None and m.bare:
            counted = NUMBER_OF_AFTER.match(sentence, m.end)
            if counted and counted.group("p"):  # "bringing to 87 the number detained"
                cat = PARTICIPLE_CATEGORIES[counted.group("p").lower()]
            elif counted:  # "elevated to 341 the number of injured", "... of people killed"
                cat = COUNT_WORD_CATEGORY.get(counted.group("w").lower()) or (
                    COUNT_WORD_CATEGORY.get(counted.group("w2").lower()) if counted.group("w2") else None
                )
        among_group = AMONG_GROUP_AFTER.match(sentence, m.end) if cat is None and m.bare else None
        if among_group:
            cat = AMONG_GROUP_CATEGORY[among_group.group("w").lower()]  # "and 9 among the injured"
        if cat is None and m.bare and toll_figure(sentence, mentions, i):
            cat = "killed"  # "Toll climbs to 13 as injured woman succumbs": the toll is the dead
        if cat is None and m.partitive and m.anaphoric:
            # "five of those reported missing were rescued": the whole's participle names who
            # they are; the verb after it says what this part did
            later = _WHOLE_PARTICIPLE.match(sentence, m.end)
            if later:
                cat = verb_after(window_after(sentence, mentions, i)[later.end() - m.end :])
        if cat is None and m.partitive and m.head and m.head.lower() in PARTICIPLE_CATEGORIES:
            # "five of the wounded died in hospital": what the part did, not what the whole was
            cat = verb_after(window_after(sentence, mentions, i))
            if cat not in (None, "killed") and PARTICIPLE_CATEGORIES[m.head.lower()] == "killed":
                # "Eight of the dead were taken to the city hospital": nothing befalls the dead
                # but where they are taken
                cat = "killed"
        if cat is None:
            cat = m.head_category
            if cat == "detained" and (m.head or "").lower() in _HELD_HEADS:
                # "29 hostages had been rescued", "two hostages were killed", "19 prisoners
                # received medical assistance": what happened to them, not what they were
                # (the figure's own clause: not "130 hostages remain in Gaza, and 30 are
                # thought to have died", nor "29 detainees, some of whom were wounded")
                befell = verb_after(window_after(sentence, mentions, i).split(",", 1)[0])
                if befell is None and (harm := participle_in(sentence, m)) in ("killed", "wounded", "missing"):
                    befell = harm  # "14 injured detainees": hurt, not held
                if befell is None:
                    held_head.add(i)
                cat = befell or cat
            elif cat in ("displaced", "evacuated") and (m.head or "").lower() in PARTICIPLE_CATEGORIES:
                # "Nineteen refugees died on the journey", "five evacuees were hurt": what
                # befell the uprooted, when it is a harm (not "4,000 refugees were relocated")
                own = window_after(sentence, mentions, i).split(",", 1)[0]
                cue = CATEGORY_RE.search(own)
                befell = verb_after(own) if cue and _OWN_VERB_OPENS.fullmatch(own, 0, cue.start()) else None
                if befell in ("killed", "wounded", "missing", "detained") and not (befell == "wounded" and _ILLNESS.search(sentence)):
                    # (its own verb, right after it: not "are facing death", "fear being
                    # killed", "searching for missing relatives")
                    cat = befell
        share = cat is None and _SHARE_OF_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        if cat is None and (
            _NAMES_OF_BEFORE.search(sentence, max(0, m.start - 20), m.start)
            # "90% of Gaza's 2.3 million people have been displaced": the share did it, and
            # the figure is the whole it is a share of ("40% of the 300 people killed were
            # children": the whole's own participle still says what it counts)
            or share
        ):
            # "confirmed the names of 26 people killed in the strike": the figure's own
            # participle, never the verb of the names ("the names of 19 people who died",
            # "the names of 40 people killed.": its own relative clause or participle too)
            cat = reduced_relative(sentence, m)
            if cat is None and share:
                verb = _PARTICIPLE_THEN_VERB.match(sentence, m.end)
                cat = PARTICIPLE_CATEGORIES[verb.group("w").lower()] if verb else None
            opens = _OWN_CLAUSE_OPENS.match(sentence, m.end)
            if cat is None and opens and not (share and opens.group().strip().endswith((".", ",", ";", "d"))):
                # (after a share, "residents fled." is the share's verb, not the whole's own)
                cat = verb_after(window_after(sentence, mentions, i))
        elif cat is None and not for_a_noun(sentence, m):
            # ("The names of the two dead have not been made public": the names were not)
            whole = _OF_THE_BEFORE.search(sentence, max(0, m.start - 16), m.start) is not None
            cat = verb_after(window_after(sentence, mentions, i), whole)
            fleeing = _FLEEING.search(sentence) is not None
            if (
                cat == "displaced" and m.subject not in BORDER_CROSSER_SUBJECTS and not fleeing
                and _CROSSED_AFTER.match(sentence, m.end)
            ):
                # "300 soldiers crossed from the north", "60 rescuers arrived from Turkey": a
                # force or a team on the move, no refugees (but soldiers "fleeing the fighting" are)
                cat = None
            if (
                cat is None and (m.subject in BORDER_CROSSER_SUBJECTS or fleeing)
                and _CROSSED_NAMED_AFTER.match(sentence, m.end)
            ):
                cat = "displaced"  # "3,700 people crossed the Meral river": a named river or border
            if cat == "missing" and m.subject not in PEOPLE_SUBJECTS and _VANISHED_AFTER.match(sentence, m.end):
                cat = None  # "300 jobs disappeared": no people
            if cat is None and m.subject in COMBATANT_SUBJECTS | {"occupiers"} and _ELIMINATED_AFTER.match(sentence, m.end):
                cat = "killed"  # a defence ministry's "60 enemy fighters were eliminated"
            from_verb[i] = cat is not None
        if cat is None and m.head and not share:
            cat = participle_in(sentence, m)
        if cat is None and m.head and (among_after := AMONG_GROUP_AFTER.match(sentence, m.end)):
            cat = AMONG_GROUP_CATEGORY[among_after.group("w").lower()]  # "counted four women among the fatalities"
        if (
            cat is None and i + 1 < len(mentions) and _shelters(sentence, mentions[i + 1])
            and _IN_SHELTERS_GAP.fullmatch(sentence, m.end, mentions[i + 1].start)
        ):
            cat = "displaced"  # "126,500 persons remain in 640 shelters", "We have 9,300 persons in 22 relief camps"
        cats.append(cat)
    parts = [bool(_PART_OF_PREVIOUS.search(sentence[: m.start])) for m in mentions]
    for i in range(1, len(mentions)):
        if not parts[i] and parts[i - 1] and _NEXT_PART_GAP.fullmatch(sentence, mentions[i - 1].end, mentions[i].start):
            parts[i] = True  # "including the three nurses of Ward B and two porters of the clinic"
    # coordination: "four soldiers and two civilians died"
    for i in range(len(mentions) - 2, -1, -1):
        if (
            # (a held head's own category gives way to a harm: "14 detainees and 9 guards were
            # injured")
            (cats[i] is None or (i in held_head and cats[i + 1] in ("killed", "wounded", "missing")))
            and not parts[i] and from_verb[i + 1] and cats[i + 1] != "other"
        ):
            gap = sentence[mentions[i].end : mentions[i + 1].start]
            # "toll rises to 14, five workers still missing": the toll word binds the first
            bound = count_word_before(sentence, mentions[i], mentions[i - 1].end if i else 0)
            if _LIST_JOIN.fullmatch(gap) and bound is None:
                cats[i] = cats[i + 1]
                from_verb[i] = True
            elif _PART_JOIN.fullmatch(gap) and bound is None:
                # "9 civilians of which 3 children were killed": the verb after the part is the
                # whole's too
                cats[i] = cats[i + 1]
    out: list[str] = []
    listed: set[int] = set()  # the figures a list after a total gave its category to
    for i, m in enumerate(mentions):
        cat = cats[i]
        opening = _OF_GROUP_OPENING.match(sentence, 0, m.start) if cat is None and m.partitive else None
        if opening and opening.group("w").lower() in COUNT_WORD_CATEGORY:
            # "Of the deceased, 14 are minors": the group named is the category, whatever
            # the report counted last
            cat = COUNT_WORD_CATEGORY[opening.group("w").lower()]
        if cat is None and m.anaphoric and m.partitive:
            prev = next((c for c in reversed(out) if c), None) or antecedent
            cat = prev
        if (
            cat == "troops" and i and parts[i] and from_verb[i] and out[i - 1] not in (None, "other", "troops")
            and _WHO_WERE_AFTER.match(sentence, m.end)
        ):
            # "Forty villagers were reported missing, among them six divers who were sent down to
            # search": the part's relative clause says why they were there, the whole what
            # befell them
            cat = None
        if cat is None and i and parts[i]:
            cat = out[i - 1]  # "killed 18 civilians, including seven children"
        if cat is None and i and _UP_DOWN_FROM_BEFORE.search(sentence, max(0, m.start - 20), m.start):
            # "4,000 people are still in the 12 shelters ..., down from nearly 5,000": the
            # count before the things it was in
            cat = nearest_in_size(m, mentions[:i], out)
        if (
            i and (cat is None or i in held_head and out[i - 1] not in (None, "detained"))
            and out[i - 1] != "other" and _LIST_OPENS_BEFORE.search(sentence, mentions[i - 1].end, m.start)
        ):
            # (a list after "died:" is of the dead, prisoners among them)
            # "pulled 17 people out alive (12 miners and five drivers)", "The death toll
            # stands at 14, the ministry said: 11 workers, two firefighters and ...": the
            # figures that break the one before down
            cat = out[i - 1]
            listed.add(i)
        if (cat is None or i in held_head) and i - 1 in listed and LIST_ITEM_GAP.fullmatch(sentence, mentions[i - 1].end, m.start):
            # "... died: six members of the crew and one police constable": the list goes on
            cat = out[i - 1]
            listed.add(i)
        among = _AMONG_THE_GROUP.search(sentence, max(0, m.start - 60), m.start) if cat is None and parts[i] else None
        if among and among.group("w").lower() in COUNT_WORD_CATEGORY:
            # "among the dead are two infants": the group named, whatever the report
            # counted last (the wounded of the sentence before)
            cat = COUNT_WORD_CATEGORY[among.group("w").lower()]
        if cat is None and not i and parts[i] and antecedent:
            cat = antecedent  # "... so the total is 52. Among them are 9 children."
        if (
            cat is None and i and m.bare and out[i - 1]
            and (PLACE_ITEM_AFTER.match(sentence, m.end) or TIME_ITEM_AFTER.match(sentence, m.end))
            and LIST_ITEM_BEFORE.search(sentence, mentions[i - 1].end, m.start)
        ):
            # "12 are from Hirapur, eight from Kanpa", "stood at 9 on 2 May, 38 on 4 May": the
            # list goes on
            cat = out[i - 1]
        if cat is None and i and out[i - 1] != "other" and not _OWN_VERB.match(sentence[m.end :]):
            # a list or a revision carries on: "from 95 to 84 people", "three children, two girls"
            gap = sentence[mentions[i - 1].end : m.start]
            if re.fullmatch(
                # ("20 members of the police, 25 rebels": the head's own "of" phrase)
                r"(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})?"
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
        if cat is None and m.subject in PEOPLE_SUBJECTS and _FELL_AFTER.match(sentence, m.end):
            cat = "killed"  # "Seven of our fighters fell", "12 soldiers fell in battle" (not "fell ill")
        if cat is None and m.subject not in THING_SUBJECTS and _TO_SAFETY.match(sentence, m.end):
            cat = "evacuated"  # "Rescue teams brought 438 persons to safety"
        if (
            cat is None and m.subject not in THING_SUBJECTS and _OUT_AFTER.match(sentence, m.end)
            and _CARRIED_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        ):
            cat = "evacuated"  # "crews carried 120 patients out of the wing", "took 9,000 people out"
        if cat is None and m.subject not in THING_SUBJECTS and _SUSTAINED_HARM_AFTER.match(sentence, m.end):
            cat = "wounded"  # "One guard sustained a slight knee wound" (the plural forms are cues)
        if cat is None and m.subject not in THING_SUBJECTS and CAMP_HOLDS_BEFORE.search(sentence, max(0, m.start - 80), m.start):
            cat = "displaced"  # "the camp housed more than 25,000 people"
        if cat is None and m.subject in RESIDENT_GROUPS and _NIGHTS_SHELTERING_AFTER.match(sentence, m.end):
            cat = "displaced"  # "900 households spent two nights in basements"
        if cat is None and m.subject in RESIDENT_GROUPS and _ORDERED_BEFORE.search(sentence, max(0, m.start - 12), m.start):
            leave = _TO_LEAVE_AFTER.match(sentence, m.end)
            if leave:
                cat = "displaced" if leave.group("v").lower() == "flee" else "evacuated"
        if cat is None and m.subject in RESIDENT_GROUPS and LEFT_HOME_PLACE_AFTER.match(sentence, m.end):
            cat = "displaced"  # "fewer than 5,000 people had left the town" (not tourists leaving a city)
        if cat is None and DRIVEN_OUT_BEFORE.search(sentence, max(0, m.start - 12), m.start) and FROM_HOMES_AFTER.match(sentence, m.end):
            cat = "displaced"  # "wildfire forces tens of thousands from homes"
        label = cat is None and m.bare and _NUMBER_LABEL_BEFORE.search(sentence, max(0, m.start - 100), m.start)
        words = (label.group("label") or label.group("label2")) if label else ""
        if label and not NUMBER_LABEL_VERBS.isdisjoint(words.lower().split()):
            label = None  # "the number now stands at 40": a verb, no label
        if label:
            # "puts the number aboard at 500 and the number missing at 350": each label
            # counts its own figure, and one that names no casualty counts no casualty
            word = COUNT_WORDS_BEFORE.search(label.group())
            cue = CATEGORY_RE.search(words)  # "the number still held at 67"
            of_noun = _OF_NOUN.match(words)
            cat = (
                COUNT_WORD_CATEGORY[" ".join(word.group("w").lower().split())] if word
                # "the number of people taken to the health centre as 63": the hurt
                else "wounded" if of_noun and _CARRIED_TO_CARE_AFTER.match(words, of_noun.end())
                else CATEGORY_OF[cue.group("w").lower()] if cue
                # "The number of victims rose to 64": the victims of what was counted before
                else None if _VICTIM_LABEL.search(words) else "other"
            )
            if cat == "troops" and cue and CATEGORY_OF[cue.group("w").lower()] != "troops":
                cat = CATEGORY_OF[cue.group("w").lower()]  # "the number of abducted troops at 17"
        if cat in (None, "other") and m.subject not in THING_SUBJECTS and SUBJECT_DEFAULT_CATEGORY.get(m.subject) != "troops" and _AIRLIFTED_ALONE.match(sentence, m.end):
            # a key figure's "240 people airlifted" (not "Five soldiers airlifted to the
            # capital died": a main verb follows)
            cat = "evacuated"
        if cat is None and m.bare and BODIES_OF_BEFORE.search(sentence, max(0, m.start - 30), m.start):
            cat = "killed"  # "the remains of all 12 were flown home"
        if cat is None and i and "gapped" in m.notes:
            cat = out[i - 1]  # "Ardenia confirmed 52 deaths, Belmora 11": the same count
        if cat is None:
            prev_end = mentions[i - 1].end if i else 0
            cat = count_word_before(sentence, m, prev_end)
        if cat is None and i:
            total = _appositive_total(sentence, mentions, i)
            if total is not None and out[total]:
                # "15 employees were held, 12 clerks and three drivers, as ...": a list that adds up
                # to the count before it says who they were
                cat = out[total]
        if cat is None and m.bare and i and out[i - 1] and bracket_part(sentence, m.start, m.end):
            cat = next((c for c in reversed(out) if c), None)  # "Deaths: 71 (48 in treatment centres, ...)"
        if cat is None and m.bare and i and SEVERITY_ITEM_AFTER.match(sentence, m.end) and HURT_BEFORE.search(sentence, 0, m.start):
            cat = "wounded"  # "..., 9 seriously and 22 with minor injuries": how badly hurt
        if cat is None and m.bare and i and out[i - 1] and same_count_in_brackets(sentence, m.start, m.end):
            cat = out[i - 1]  # "41 people are missing (57 last night)": the same count, earlier
        if cat is None and (
            m.bare and _FIGURE_OF_BEFORE.search(sentence, max(0, m.start - 40), m.start)
            # ... and one that names its people ("the council's count stands at 17 civilians",
            # "gave a figure of 15 victims"; not "a total of 40 pupils", not things)
            or m.subject in _COUNTED_VICTIMS and not m.partitive
            and (named := _FIGURE_OF_BEFORE.search(sentence, max(0, m.start - 40), m.start)) is not None
            and named.group("w").lower() in _PEOPLE_COUNT_WORDS
            and not _ABOARD_AFTER.match(sentence, m.end)
        ):
            # "The army's figure of 12 is contradicted by every other source": a rival count
            # of what the report last counted
            cat = next((c for c in reversed(out) if c and c != "other"), None) or antecedent
        shared = (
            cat is None and m.bare and i and ":" in sentence[: m.start]
            and not colon_list_place(sentence, m.start, m.end) and colon_share_place(sentence, m.start, m.end)
        )
        if shared:
            # "The injured were taken to three hospitals: 96 at the CHU, 58 at ...": the group
            # the lead opens with, never its verb ("taken")
            cat = colon_lead_category(sentence, m.start, first=True)
        if cat is None and m.bare and i and ":" in sentence[: m.start] and colon_list_place(sentence, m.start, m.end):
            # "17 died in two districts: Marova, 13; Tessin, 4": the places share out the
            # people counted before them, not the count of districts
            cat = next(
                (c for c, p in zip(reversed(out), reversed(mentions[:i])) if c and p.subject not in THING_SUBJECTS), None
            ) or colon_lead_category(sentence, m.start)  # "Deaths were reported from four counties: ..."
        if cat is None and m.anaphoric and not _OWN_VERB.match(sentence[m.end :]):
            # "another 2,000 who could go", "hundreds more": the group named before; but
            # "400,000 others stranded" has a verb of its own that is no category
            # ("There are dozens more under the rubble." after a count of bodies: the count
            # before, across the sentence break)
            cat = next((c for c in reversed(out) if c), None) or (
                antecedent if m.bare or (m.head or "").lower() == "more" else None
            )
        if cat is None and names_victims(sentence, m):
            # "the remaining five victims", "two children were among the victims": the
            # victims of what the report last counted (the abducted, the dead)
            cat = next((c for c in reversed(out) if c in _VICTIM_CATEGORIES), None) or (
                antecedent if antecedent in _VICTIM_CATEGORIES else None
            )
        if cat is None and m.subject != "medics" and _IN_A_HOSPITAL_AFTER.match(sentence, m.end):
            cat = "wounded"  # "Four crew are in the Queen's Infirmary", "remain at St Mary Hospital"
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
        if cat in (None, "troops", "other") and m.subject not in THING_SUBJECTS and (
            killing_all := _KILLING_ALL_AFTER.match(sentence, m.end)
        ):
            # "opened fire on the two guards at the gate, killing both", "ambushed a patrol of
            # six soldiers, wounding all of them": what befell the group just counted
            cat = "killed" if killing_all.group("v").lower().startswith("kill") else "wounded"
        if cat in (None, "troops", "other") and m.head and (died := _DEATHS_AFTER.match(sentence, m.end)):
            # "a count of three militia deaths", "nine guard fatalities": the group's dead
            cat = "killed" if died.group(1).lower() in ("deaths", "fatalities") else "wounded"
        if cat == "troops" and not m.bare and _LOSSES_BEFORE.search(sentence, max(0, m.start - 60), m.start):
            # "enemy losses this week came to 2,300 troops": the killed and wounded
            # together, casualties with no split (a bare "bringing its losses to 298" after
            # a count of the dead goes on counting them)
            cat = "other"
        if cat == "other" and m.subject in _FORCE_AT_WORK_SUBJECTS and not m.partitive and _AT_WORK_AFTER.match(sentence, m.end):
            cat = "troops"  # "Thirty firefighters battled the warehouse fire overnight"
        if cat == "troops" and m.subject not in SUBJECT_TROOPS:
            cat = "other" if not m.bare else cat
        if cat == "troops" and SUBJECT_DEFAULT_CATEGORY.get(m.subject) != "troops" and (
            _SENT_AWAY_AFTER.match(sentence, m.end)
            or _SENT_BEFORE.search(sentence, max(0, m.start - 12), m.start) and _HOME_AFTER.match(sentence, m.end)
        ):
            # "500 workers were sent home", "sent 300 volunteers back": no deployment (soldiers
            # are a force whichever way they go)
            cat = "other"
        if cat == "wounded" and sick_not_wounded(sentence, m):
            cat = "other"
        if (
            cat == "displaced" and SUBJECT_DEFAULT_CATEGORY.get(m.subject) == "troops"
            and _TOOK_SHELTER_AFTER.match(sentence, m.end) and "displaced" not in sentence.lower()
        ):
            cat = "troops"  # "70 soldiers took shelter in the school": a force under fire, not the displaced
        if cat in ("evacuated", "detained") and (m.head or "").lower() in _HELD_HEADS and _SET_FREE_BEFORE.search(
            sentence, max(0, m.start - 40), m.start
        ) and not _RESCUERS_BEFORE.search(sentence, max(0, m.start - 100), m.start) and not rescue_to_come(sentence, m.start):
            cat = "other"  # "Valdren frees 90 detainees", "the rebels release 17 hostages": an exchange
        if cat == "evacuated" and (
            _RELEASED_AFTER.match(sentence, m.end)
            or _FREED_BY_CAPTORS.search(sentence, max(0, m.start - 100), m.start)
        ):
            cat = "other"  # "Courts free 312 on bail", "The kidnappers freed 20": a release
        if cat == "wounded" and m.partitive and (m.bare or m.anaphoric) and _BORE_WOUNDS_AFTER.match(sentence, m.end) and (
            next((c for c in reversed(out) if c), None) or antecedent
        ) == "killed":
            # "Of the 58 bodies examined, 41 had gunshot wounds", "23 bodies, 19 of them with
            # gunshot wounds": wounds the dead bore
            cat = "killed"
        if cat == "wounded" and m.partitive and (m.bare or m.anaphoric) and _STATE_AFTER.match(sentence, m.end) and (
            _OF_THE_DEAD_OPENS.match(sentence)
            or (not _OF_THE_LIVING_OPENS.match(sentence) and (next((c for c in reversed(out) if c), None) or antecedent) == "killed")
        ):
            # "Of the dead, four were patients in the ICU", "Nine died. Five of them
            # were in the ICU": what the dead were, not a count of the hurt
            cat = "killed"
        out.append(cat)
    for i in range(len(mentions) - 2, -1, -1):
        # "5,120 families or 21,300 persons were evacuated", "410 families comprising 1,900
        # persons are in relief camps": one group counted twice, in families and in people
        if (
            (out[i] == "other") != (out[i + 1] == "other")
            and mentions[i].subject not in THING_SUBJECTS and mentions[i + 1].subject not in THING_SUBJECTS
            and _SAME_GROUP_GAP.fullmatch(sentence, mentions[i].end, mentions[i + 1].start)
        ):
            out[i] = out[i + 1] = out[i] if out[i] != "other" else out[i + 1]
    return out


_AIRLIFTED_ALONE = re.compile(
    r"\s+(?:airlifted|flown\s+out)(?:\s+(?:to\s+safety|out|from\s+[^,.;:]{1,40}))?\s*(?:[.;]|$)", re.I
)
_STATE_AFTER = re.compile(
    r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+"
    r"(?!(?:\w+ly\s+)?(?:injured|wounded|hurt|treated|hospitali[sz]ed|admitted|discharged|released)\b)",
    re.I,
)
def _of_the_group_opens(groups: str) -> re.Pattern[str]:
    """A sentence that opens on the group its parts come from: "Of the dead, ...", "Among
    those injured, ..." """
    return re.compile(rf"\W*(?:of|among)\s+(?:the|those)\s+(?:\d[\d,]*\s+)?(?:{groups})\b", re.I)


_OF_THE_DEAD_OPENS = _of_the_group_opens("dead|killed|deceased|victims|fatalities|bodies")
# ... but "Of the injured, four remain in a serious state" names a whole of the living
_OF_THE_LIVING_OPENS = _of_the_group_opens(
    "wounded|injured|hurt|missing|rescued|survivors|evacuated|detained|arrested|displaced|patients|casualties"
)
_BORE_WOUNDS_AFTER = re.compile(
    r"\s+(?:had|bore|showed|with)\s+(?:[\w\-]+\s+){0,2}(?:wounds|injuries|signs\s+of)\b", re.I
)


_SAME_GROUP_GAP = re.compile(
    r"\s*,?\s*(?:or|comprising|consisting\s+of|equivalent\s+to|that\s+is)\s+" + qualifier_tail(), re.I
)


_FREED_BY_CAPTORS = re.compile(
    r"\b(?:" + alternation(CAPTOR_NOUNS) + r")\b[^,;.]{0,60}?\b(?:freed|free|frees|set\s+free|let\s+go)\s+"
    + _QUALIFIER_OR_ANOTHER_THE_REMAINING_ALL + r"$",
    re.I,
)


_COPULA = re.compile(r"\s*(?:were|was|are|is)\b(?!\s+(?:\w+\s+)?[a-z]+ed\b)", re.I)


_RELEASED_AFTER = re.compile(
    r"(?:\s+[\w\-]+){0,4}?\s+(?:" + alternation(RELEASE_PHRASES) + r")\b", re.I
)


_REDUCED_RELATIVE_THEN_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:" + "|".join(PAST_PARTICIPLES) + r")\s+(?:by|from|in|during|after|at|on|since|over)\s+"
    r"(?:[\w\-’']+\s+){1,6}?(?=(?:have|has|had|were|was|are|is|remain\w*)\b)",
    re.I,
)


_IN_SHELTERS_GAP = re.compile(
    # (the verb may be left out: "We have 9,300 persons in 22 relief camps")
    r"\s+(?:(?:still\s+)?(?:remain|remained|are|were|stay|stayed|staying|living|sleeping|sheltering|housed)\s+)?"
    r"(?:still\s+)?in\s+(?:the\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?",
    re.I,
)
# a military site and what it holds: "the camp, which held 500 soldiers", "the base houses 300 troops"
_PARTICIPLE_AFTER_FORCE = re.compile(r"\s+(?:[a-z]+ed|caught|held|pinned\s+down|holed\s+up)\b")
_FORCE_HAS_BEFORE = re.compile(
    r"\b(?:has|have|had|fields|fielded|commands|commanded)\s+(?:(?:some|still|now|only)\s+)?" + qualifier_tail() + r"$", re.I
)
_GARRISON_BEFORE = re.compile(
    rf"\b(?:{alternation(MILITARY_SITES)})\b[^.;]{{0,60}}?\b(?:{alternation(CAMP_HOLDS_VERBS + ('had', 'has'))})\s+"
    + qualifier_tail() + r"$",
    re.I,
)
_FELL_AFTER = re.compile(
    # ("19 of our officers and men fell": a second noun joined to the head)
    r"(?:\s+and\s+[a-z]+)?\s+(?:also\s+|have\s+|had\s+|has\s+)?(?:fell|fallen)\b"
    # (not "fell back", "fell under his command")
    r"(?!\s+(?:back|under|to|for|on)\b)"
    # (not "fell ill", "fell seriously ill", "fell into the river")
    r"(?!\s+(?:[a-z]+ly\s+)?(?:ill|sick)\b"
    r"|\s+(?:into|from|off|down|asleep|silent|victim|behind|out|apart|short|through|in\s+love))",
    re.I,
)
_TO_SAFETY = re.compile(r"\s+(?:" + alternation(TO_SAFETY_AFTER) + r")\b", re.I)
_SHELTER_KIND = re.compile(r"\b(?:relief|evacuation|displacement|temporary|transit|emergency)\b", re.I)


def _shelters(sentence: str, m: Mention) -> bool:
    """A count of places where the displaced stay: "640 shelters", "22 relief camps", "41
    evacuation centres" (never "3 health centres")."""
    return m.subject in ("shelters", "camps") or (m.subject == "centres" and _SHELTER_KIND.search(sentence, m.start, m.end) is not None)


_TOOK_SHELTER_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:took|taking|sought|seeking|sheltered|sheltering)\b", re.I)
_HELD_HEADS = frozenset({"hostages", "captives", "abductees", "prisoners", "detainees"})
_SUSPECT_HEADS = frozenset({"suspects", "inmates", "convicts", "smugglers", "traffickers"})


_NAMES_OF_BEFORE = re.compile(r"\b(?:names|identities|identity|bodies)\s+of\s+(?:the\s+|all\s+)?$", re.I)


def _appositive_total(sentence: str, mentions: Sequence[Mention], i: int) -> int | None:
    """The index of the count a list in apposition after it breaks down: the list opens after
    a comma close behind the count, its items add up to it exactly, and it ends the clause."""
    def item_gap(a: int, b: int) -> bool:
        return bool(LIST_ITEM_GAP.fullmatch(sentence, a, b) or _BREAKDOWN_ITEM_GAP.fullmatch(sentence, a, b))

    first = i
    while first > 0 and item_gap(mentions[first - 1].end, mentions[first].start):
        first -= 1
    last = i
    while last + 1 < len(mentions) and item_gap(mentions[last].end, mentions[last + 1].start):
        last += 1
    if first == 0:
        return None
    total = mentions[first - 1]
    gap = sentence[total.end : mentions[first].start]
    # ("four people: the ferry's captain and three deckhands": items named one by one count one each)
    ones_before = one_items_before(sentence, total.end, mentions[first].start)
    ones_after = one_items_after(sentence, mentions[last].end)
    if ones_after is None or not ones_before and (not _APPOSITION_OPENS.search(gap) or len(gap) > 40):
        return None
    ones = ones_before + ones_after
    if last == first and not ones:
        return None
    items = mentions[first : last + 1]
    if total.low is None or total.low != total.high or any(p.low is None or p.low != p.high for p in items):
        return None
    return first - 1 if sum(p.low or 0.0 for p in items) + ones == total.low else None


# The list opens after a comma or a colon: "15 employees were held, 12 clerks and three
# drivers", "The police report gave 31 dead: 29 gunmen and two officers", "The death toll
# stands at 45: the 41 neutralised and our four agents"
_APPOSITION_OPENS = re.compile(r"[,:]\s*(?:(?:the|our|their|its|his|her)\s*)?$", re.I)
# ... and an item may carry its own participle, and the next one a determiner ('29 gunmen
# "neutralised" and two officers', "the 41 neutralised and our four agents")
_BREAKDOWN_ITEM_GAP = re.compile(
    r"\s+[\"“‘']?[a-z]+[\"”’']?\s*(?:,|,?\s*and)\s*(?:(?:the|our|their|its|his|her)\s+)?", re.I
)


_CARE_PLACE_NAMED = (
    # ("rushed to regional hospitals", "airlifted to military hospitals")
    r"(?:(?:the|a|an|two|three|four|five|several|local|nearby|area|specialist|regional|district|field"
    r"|military|private|public|other|different)\s+){0,2}"
    r"(?:[A-Z][\w’'.\-]*\s+){0,5}(?i:" + alternation(CARE_PLACES) + r")\b(?!\s*(?:morgue|mortuary))"
)
# ("shifted", "referred": South Asian English for taking the hurt to a hospital; not
# "transferred", which moves a hospital's patients out of it: an evacuation)
_CARRYING_VERBS = r"(?:taken|rushed|brought|transported|ferried|airlifted|flown|driven|carried|evacuated|shifted|referred|admitted)"
_CARRIED_TO_CARE_AFTER = re.compile(
    # (past an aside or a relative pronoun: "Nine guests, among them two toddlers, were
    # rushed to ...", "the 14 miners who were brought alive to clinics")
    r"(?:\s*,\s*(?:including|among\s+them)\s+[^,;.]{1,40},|\s*,(?=\s+(?:were|had|have|are)\b))?"
    # (the figure's own "from the blast", and a time before "to": "Six patients from the
    # blast were rushed overnight to the Army Hospital")
    r"(?:\s+from\s+the\s+[\w\-]+)?"
    r"\s+(?:who\s+|that\s+)?(?:(?:had|have|has)\s+been\s+|were\s+(?:being\s+)?|was\s+|are\s+being\s+|later\s+)?"
    + _CARRYING_VERBS + r"(?:\s+alive)?"
    r"(?:\s+(?:(?:late\s+|early\s+)?on\s+[A-Z]\w+|overnight|later|last\s+night|that\s+night|on\s+the\s+night))?"
    r"\s+to\s+" + _CARE_PLACE_NAMED  # "brought alive to clinics"
)
_CARRIED_BEFORE = re.compile(
    r"\b(?:took|taken|rushed|brought|transported|ferried|airlifted|flew|carried|drove)\s+"
    + qualifier_tail(("another",)) + r"$",
    re.I,
)
_TO_CARE_AFTER = re.compile(r"\s+to\s+" + _CARE_PLACE_NAMED)
# people carried out of danger: "trawlers brought 25 sailors ashore", "a tanker crew picked up
# 14 migrants from the water", "took 50 people off rooftops" (a capture's "took 30 hostages"
# goes nowhere)
_CARRIED_OFF_BEFORE = re.compile(
    r"\b(?P<v>took|taken|brought|ferried|carried|picked\s+up|plucked|winched|lifted|shuttled)\s+"
    + qualifier_tail(("another", "a further")) + r"$",
    re.I,
)
_TO_SAFETY_AFTER = re.compile(
    # ("from Orsa to the mainland": where from, then where to)
    r"(?P<route>\s+from\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})?"
    r"\s+(?:alive\s+)?(?:ashore|to\s+shore|to\s+(?:the\s+)?safety|to\s+(?:the\s+)?mainland|to\s+safer\s+ground|to\s+higher\s+ground"
    # ("brought 200 motorists to shelters", "took 80 people to an evacuation centre")
    r"|to\s+(?:an?\s+|the\s+)?(?:(?:emergency|temporary|evacuation|relief|public)\s+)?(?:shelters?|evacuation\s+cent(?:re|er)s?|relief\s+camps?)"
    r"|off\s+(?:the\s+)?(?:island|islands|ship|vessel|boat|wreck|roofs?|rooftops|mountain|ledge)"
    # an island by its name: "taken 3,000 people off Orsa and Velt" (a capital, as written:
    # never "off benefits", "off duty")
    r"|off\s+(?-i:[A-Z])[\w’'\-]+(?=\s+and\s+(?-i:[A-Z])|\s*[,.;]|\s+(?:by|since|on|in|overnight)\b)"
    r"|(?:out\s+)?(?:of|from)\s+(?:the\s+)?(?:water|sea|river|waves|life\s*rafts?|lifeboats?|wreck|wreckage|roofs?|rooftops|floodwaters?))\b",
    re.I,
)
_RESCUING_CARRIERS = frozenset({"brought", "picked up", "plucked", "winched"})
_DANGER = re.compile(rf"\b(?:{alternation(DANGER_WORDS)})\b", re.I)
# ... and a ferry's passage out of a place or to safety: "launches ferried 1,200 people off the
# island", "from Orsa", "to the mainland" (not "ferried 2,000 fans to the stadium")
_PASSAGE_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:from|across|off|out|to\s+(?:the\s+)?(?:mainland|safety|shore|safer|evacuation|shelters?|camps?)"
    r"|to\s+(?-i:[A-Z]))",
    re.I,
)
# a vessel's crew, counted aboard: "the destroyer had 210 sailors on board", "a sub carrying
# 90 crew" (what the ship carried, not a force deployed)
_ON_SHIP_AFTER = re.compile(
    r"\s+(?:who\s+(?:were|was)\s+|(?:were|was)\s+)?(?:still\s+)?(?:aboard|on\s+board|onboard"
    rf"|on\s+(?:that|the|this)\s+(?:{alternation(VESSEL_WORDS)}))\b",
    re.I,
)
_CARRYING_BEFORE = re.compile(r"\bcarrying\s+" + qualifier_tail(()) + r"$", re.I)
# ... a ship's, not a convoy's ("a convoy carrying 90 personnel to the front": a deployment)
_VESSEL = re.compile(rf"\b(?:{alternation(VESSEL_WORDS)})s?\b", re.I)
_INCIDENT_SENT_BEFORE = re.compile(
    # (its own phrase between: "a diesel spill at the depot sent nine workers")
    r"\b(?:" + alternation((*INCIDENT_NOUNS, "release", "spill", "gas", "smoke", "fumes", "heat")) + r")\b"
    r"(?:\s+(?:of|from|at|in|on|the|a|an|same|[\w\-]+)){0,6}?\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:sent|sends|sending)\s+" + qualifier_tail(("another",)) + r"$",
    re.I,
)
_OUT_AFTER = re.compile(r"\s+(?:alive\s+)?out\b(?!\s+(?:for|on)\b)", re.I)
_SUSTAINED_HARM_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:sustained|suffered|received)\s+(?:an?\s+)?(?:[a-z\-]+\s+){0,2}"
    r"(?:injury|injuries|wound|wounds|burns)\b",
    re.I,
)


_IN_A_HOSPITAL_AFTER = re.compile(
    # "Six survivors remain at Harrowgate District Hospital": only "remain" at a named one
    # (relatives "remain at the hospital", guards "were at the hospital" are no patients)
    r"\s+(?:remain|remained|remains|are\s+still|were\s+still)\s+at\s+(?:[A-Z][\w’'.\-]*\s+){1,5}"
    r"(?i:" + alternation(CARE_PLACES) + r")\b(?!\s+[a-z])"
    r"|\s+(?:are|were|is|was|remain|remained|remains)\s+(?:still\s+|now\s+)?(?:being\s+treated\s+)?in\s+"
    r"(?:(?:the\s+|a\s+)?(?:[A-Z][\w’'.\-]*\s+){0,5}(?i:" + alternation(CARE_PLACES) + r")\b"
    # "Nine patients are in the operating theatre at this hour"
    r"|(?:the\s+)?(?:operating\s+(?:theatres?|theaters?|rooms?)|surgery|intensive\s+care))"
)


_SHARE_OF_BEFORE = re.compile(
    r"(?:%|\bper\s?cent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\btenths?)\s+of\s+"
    r"(?:(?:the|its|their|all|[\w\-]+[’']s)\s+){0,2}$",
    re.I,
)
_PARTICIPLE_THEN_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?P<w>" + alternation(PARTICIPLE_CATEGORIES) + r")\s+(?:were|was|are|is|have|has|had)\b", re.I
)


_VICTIM_CATEGORIES = frozenset({"killed", "wounded", "detained", "missing"})  # never the rescued


_SENT_AWAY_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being|been)\s+sent\s+(?:home|back|away)\b", re.I
)
_SENT_BEFORE = re.compile(r"\bsent\s+(?:\w+\s+){0,2}$", re.I)
_HOME_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:home|back|away)\b", re.I)


SUBJECT_TROOPS = frozenset({
    "troops", "soldiers", "peacekeepers", "national guardsmen", "police", "security forces", "mutineers",
    "guards", "fighters", "militants", "rebels", "people", "staff", "personnel", "crew", "agents",
    # rescue crews deployed to a scene are personnel deployed (DESIGN's troops): "more than
    # 200 rescue workers are at the site", "a crew of 12 firefighters was dispatched"
    "rescuers", "volunteers", "divers",
    # ... and medical teams sent in: "deployed 9 doctors and 31 nurses to the camp"
    "medics", "vaccinators",
    # ... and the teams sent to look into it: "the transport agency has sent nine
    # investigators", "the truce mission deployed 16 monitors along the line"
    "investigators", "inspectors", "monitors", "observers", "counsellors", "counselors",
})
