"""Which speech event a figure takes: the innermost one whose reach covers it (a lead
verb's clause after it, an "according to" after the figure, an inverted "said X" at the end).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.extract.lexicon import (
    FIGURE_GIVING_VERBS,
    OWN_EARLIER_TEXT_PHRASES,
    OWN_KNOWLEDGE_NOUNS,
    PART_CONNECTORS,
    SAYING_VERBS,
)
from claimcheck.extract.patterns import CALENDAR_NAMES, alternation, qualifier_tail
from claimcheck.extract.speaker_kinds import is_bare_pronoun
from claimcheck.extract.speakers import SpeechEvent

# an optional qualifier before the figure (patterns.qualifier_tail)
_QUALIFIER = qualifier_tail()


# between a figure and "given by X": nothing but a few words of its own noun phrase
_BOUND_GAP = re.compile(r"[^,;.()“”\"]{0,40}")


# An agent's figures are what its verb acts on: "MSF treated 87 patients at the hospital, 19
# of them for gunshot wounds", never a clause of its own after it ("UNICEF treated children
# in the camp, where 30 people have died", "has distributed 2,600 tents, but 40,000 ...").
_AGENT_REACH = 80


_AGENT_GAP_CUT = re.compile(
    r";|,\s*(?:but|and|while|where|as|after|when|although|though|because|since)\b"
    r"|\b(?:as|where|while|when|after|because|although|though|since|but|whose|who|which)\b"
)


# the day a count is given for, right after its noun: "The coastguard's count on Sunday
# night was 23", "The bureau's count on 2 March, 310 cases and 12 deaths, ..."
_DAY_WORD = (
    r"(?:" + CALENDAR_NAMES + r"|\d{1,2}(?:st|nd|rd|th)?|morning|afternoon|evening|night|noon|midday)\b\.?"
)
_DAY_WORDS = r"(?:on|by|as\s+of)\s+" + _DAY_WORD + r"(?:,?\s+" + _DAY_WORD + r"){0,3}"
_COUNT_DAY = _DAY_WORDS + r"\s+"


# what may stand between the count noun and its figure: "toll of 24", "toll stood at 24",
# "tally (24 dead, 41 injured": the figures listed after the first one too
_OWNER_GAP = re.compile(
    # (a figure in quotation marks too: 'the army's figure of "up to 12"')
    # ("the army's toll at the time was 27": a time before the verb)
    # ("The Interior Ministry's count, drawn from hospital lists, stands at 52": an aside)
    # ("The council's tally of the dead stood at 15": what it counts, then its verb)
    # ("The agency's figure for the wounded is 52")
    # ("The bureau's estimate is that about 300 ...", "NDRO's count ... has been revised to 388")
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Za-z\-]+(?:\s+[A-Za-z\-]+){0,2}?(?=\s*,|\s+(?:stood|stands|stand|was|is|rose|rises|climbed|climbs|reached|now)\b))?"
    r"(?:\s*,\s*[^,;]{1,90},)?"
    r"\s*(?:(?:of|at|(?:(?:at\s+the\s+time|then|so\s+far|by\s+then|now|this\s+(?:morning|afternoon|evening|week)|today|tonight)\s+|" + _COUNT_DAY + r")?(?:stood|stands|stand|was|is|rose|rises|climbed|climbs|reached|now|grew|grows|(?:has|have|had)\s+(?:grown|risen|climbed|reached)|(?:has|have|had)\s+been\s+(?:revised|raised|lowered|updated|corrected))(?:\s+(?:at|to|from|that))?)\s+[\"“‘']?"
    # "tally (24 dead, 41 injured)": the figures listed inside its brackets
    r"|\(\s*(?:[^()]{0,60}?,\s*)?)"
    + _QUALIFIER,
    re.I,
)


# "The council's figure, 45 dead, includes ...": the figure in apposition, set off by commas
# on both sides (not "Per the agency's figures, 75 people were hurt", which the lead reads)
_OWNER_APPOSITION = re.compile(r"(?:\s+" + _DAY_WORDS + r")?\s*,\s*" + _QUALIFIER, re.I)
_APPOSITION_CLOSES = re.compile(r"[^,;]{0,30},")


def _apposed(sentence: str, at: int) -> bool:
    """The figure at `at` is set off by commas on both sides (its opening one checked by
    _OWNER_APPOSITION)."""
    return _APPOSITION_CLOSES.match(sentence, at) is not None


def _owned_figure_at(e: SpeechEvent, sentence: str, limit: int) -> int | None:
    """Where the figure an owner's count noun governs begins, if one begins before `limit`."""
    m = _OWNER_GAP.match(sentence, e.pos, limit)
    if m and sentence[m.end() : m.end() + 1].isalnum():
        return m.end()
    m = _OWNER_APPOSITION.match(sentence, e.pos, limit)
    return m.end() if m and _apposed(sentence, m.end()) and not _in_time_phrase(e, sentence) else None


# "Since the ministry's count on Monday, 40 more bodies ... have been found": the count names a
# moment, and the figure after it is what came since
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:since|after|before|until|following)\s+$", re.I)


def _breakdown_goes_elsewhere(events: Sequence[SpeechEvent], sentence: str, claim_end: int) -> bool:
    """After a colon, a figure with a verb of its own, or with a source later in the sentence,
    is no item of the owned count's breakdown ("40 dead: 300, the rebels said")."""
    return _OWN_VERB_AFTER.match(sentence, claim_end) is not None or any(
        o.pos >= claim_end and o.kind in ("after", "cite", "by", "as", "inverted", "lead") for o in events
    )


def _in_time_phrase(e: SpeechEvent, sentence: str) -> bool:
    at = sentence.rfind(e.speaker, 0, e.pos)
    return at != -1 and _TIME_PREPOSITION_BEFORE.search(sentence, max(0, at - 12), at) is not None


# after a breakdown's figure, a verb of its own: "23 dead: 14 more bodies were later found" is a
# new clause, not a part of the 23
_OWN_VERB_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:were|was|are|is|have|has|had)\b")


# after an owned figure, its parts and the rest of its list: "The ministry's figure is 104
# dead, including 39 civilians", "the army's tally of 30 dead includes 12 soldiers" (the
# whole's own words, then the joining word; never past a clause break, a bracket or another
# figure)
_OWNED_PART = re.compile(
    r"(?:\d[\d,.]*|[A-Za-z\-]+)[^;:()\d]{0,40}?(?:,\s*|\s+)(?:" + alternation(PART_CONNECTORS) + r")\s+" + _QUALIFIER
    # ... and the next figure of its list: "The ministry's count was 112 cases and 71 deaths"
    # (not past ", and", which may open a clause of the outlet's own)
    # (and on over the items between: "was 176 cases, 63 admissions and 2 deaths"; or its
    # breakdown after a colon: "was 17 dead: 15 passengers and 2 crew")
    # (the colon after digits only: "figure is higher: more than 5,000" is no breakdown)
    + r"|(?:(?:\d[\d,.]*|[A-Za-z\-]+)(?:\s+[a-z]+){0,2}(?:\s*,|\s+and)\s+" + _QUALIFIER
    + r"|\d[\d,.]*(?:\s+[a-z]+){0,2}\s*:\s+" + _QUALIFIER + r"){1,8}"
    # ... and what it became: "The agency's first count of 140 homes was revised to 215",
    # "The ministry's toll of 40 rose to 52"
    + r"|(?:\d[\d,.]*|[A-Za-z\-]+)(?:\s+[a-z]+){0,3}\s+(?:(?:(?:has|have|had)\s+been|was|were)\s+(?:later\s+|since\s+|now\s+)?"
    r"(?:revised|raised|lowered|updated|corrected|adjusted)(?:\s+(?:up|down|upwards?|downwards?))?"
    r"|(?:(?:has|have|had)\s+)?(?:rose|risen|climbed|fell|fallen|dropped|grew|grown|jumped|increased|decreased))"
    r"\s+to\s+" + _QUALIFIER,
    re.I,
)
# ... and no other speaker's clause between: "The army's toll is 14 dead, but doctors say ..."
_OWNED_PART_CUT = re.compile(
    r"\b(?:but|while|whereas|although|though|says?|said|according|as|when|after|before|where|because|since"
    r"|until|who|which)\b",
    re.I,
)


_LEAD_SCOPE_CUT = re.compile(
    r"(?<!,)\s(?:hours|days|minutes|shortly|soon|weeks)?\s*(?:after|before|because|since)\b"
    # "rescued alive since the collapse": a time phrase, not a clause about another moment
    r"(?!\s+(?:the|a|an|its|their|his|her|this|that|then|last|dawn|midnight|noon|early|late|first"
    # "had died since mid-June", "since Monday", "since 2019"
    r"|mid-?[a-z]+|\d+|" + CALENDAR_NAMES + r")\b)",
    re.I,
)


# the speaker opens the next clause: ", and the UN children's agency Unicef says"; not
# ", and pulled out six bodies, civil defence spokesman Karim Haddou said"
_NEXT_CLAUSE_SPEAKER = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+[^,;]{1,80}$")


_IN_LATER_BRACKET = re.compile(r"\([^()]*$")
_RELATIVE_CLAUSE_SPEAKER = re.compile(r",\s*(?:which|who|whom|where)\s+[^,;]{1,60}$", re.I)


def speaker_for(events: Sequence[SpeechEvent], sentence: str, claim_start: int, claim_end: int) -> SpeechEvent | None:
    """The innermost attribution of a claim at [claim_start, claim_end) in the sentence."""
    owners = [e for e in events if e.kind == "owner" and e.pos <= claim_start]
    for e in owners:
        # "the health ministry's toll of 24": the count's owner is the innermost
        if _OWNER_GAP.fullmatch(sentence, e.pos, claim_start) or (
            _OWNER_APPOSITION.fullmatch(sentence, e.pos, claim_start) and _apposed(sentence, claim_start)
            and not _in_time_phrase(e, sentence)
        ):
            return e
    for e in events:
        # "about 70 given by rescuers": a source bound to the figure itself is the innermost
        if e.kind in ("by", "as") and claim_end <= e.pos and _BOUND_GAP.fullmatch(sentence, claim_end, e.pos):
            return e
    opened = sentence.rfind("(", 0, claim_start)
    if opened != -1 and sentence.rfind(")", 0, claim_start) < opened:
        closed = sentence.find(")", claim_end)
        inside = [e for e in events if e.kind != "agent" and claim_end <= e.pos and (closed == -1 or e.pos < closed)]
        if inside:
            return inside[0]  # "40 arrests (55 according to lawyers)": the bracket's own source
    for e in owners:
        # ... and of the parts and the rest of the list after its figure ("..., including 39
        # civilians"), unless a source of their own follows them ("..., 45 according to the
        # opposition", "... 45 by the opposition's count")
        whole = _owned_figure_at(e, sentence, claim_start)
        if (
            whole is not None and _OWNED_PART.fullmatch(sentence, whole, claim_start)
            and not _OWNED_PART_CUT.search(sentence, whole, claim_start)
            and not any(o.pos >= claim_end and o.kind in ("after", "cite", "by", "as", "inverted")
                        and _BOUND_GAP.fullmatch(sentence, claim_end, o.pos) for o in events)
            and not (":" in sentence[whole:claim_start] and _breakdown_goes_elsewhere(events, sentence, claim_end))
        ):
            return e
    found = _innermost([e for e in events if e.kind != "agent"], sentence, claim_start, claim_end)
    if found is not None and found.kind == "lead" and _PAPERS.search(found.speaker):
        # "A port official said the vessel's manifest listed 140 passengers", "The manifest
        # gave 90 names, the coastguard said": whoever reads the papers out
        reader = [e for e in events if e is not found and (
            e.kind == "lead" and e.pos < found.pos or e.kind in ("after", "cite"))]
        if reader:
            return reader[0]
    if found is not None:
        return found
    # no one is said to give it: "MSF treated 87 patients" is MSF's figure, but in "Dr. X
    # said the hospital had received 31 bodies" the doctor speaks
    agents = [e for e in events if e.kind == "agent" and e.end <= claim_start
              and claim_start - e.end <= _AGENT_REACH and not _AGENT_GAP_CUT.search(sentence, e.end, claim_start)]
    return max(agents, key=lambda e: e.pos) if agents else None


# A vessel's or a building's papers: they speak only where no one reads them out
_PAPERS = re.compile(r"\b(?:manifest|manifests|register|passenger\s+list)$", re.I)


_OWN_EARLIER_TEXT = re.compile(r"\b(?:" + alternation(OWN_EARLIER_TEXT_PHRASES) + r")\b", re.I)


def _own_earlier_text(event: SpeechEvent, sentence: str) -> bool:
    """"A previous version gave the toll as ..." / "In our edition of Monday we reported
    ...": the outlet's own words, corrected; no speaker of the figure."""
    if _OWN_EARLIER_TEXT.search(event.speaker):
        return True
    return event.speaker.lower() == "we" and _OWN_EARLIER_TEXT.search(sentence) is not None


def _innermost(events: Sequence[SpeechEvent], sentence: str, claim_start: int, claim_end: int) -> SpeechEvent | None:
    """The nearest speaker before the claim, else the nearest after it (see speaker_for)."""
    leading = [
        e for e in events
        if e.kind == "lead" and e.pos < claim_start
        and not _LEAD_SCOPE_CUT.search(sentence[e.pos : claim_start])
    ]
    leading += [e for e in events if e.kind in ("after", "cite") and e.end <= claim_start]
    if leading:
        chosen = max(leading, key=lambda e: e.pos)
        if chosen.kind == "lead" and _own_earlier_text(chosen, sentence):
            # a correction note: the source the outlet cited then, or no one
            # ("A previous version, quoting a medic, said 60 ...", "... gave 22, citing the police")
            return next((e for e in events if e.kind == "cite"), None)
        for e in leading:
            # "The agency, citing the Red Crescent, said ..." / "Citing hospital sources, the
            # broadcaster said ...": the cited source is inner
            if e.kind == "cite" and e.pos < chosen.pos and "," in sentence[e.end - 1 : chosen.pos]:
                return e
        if chosen.kind == "lead" and chosen.speaker.lower() in ("they", "it") and chosen.verb.lower() not in SAYING_VERBS:
            # "They recorded about 2,500 visits, the mayor's office said.": a sentence closed
            # by its named speaker is theirs; the pronoun is what it tells of (shelters). Not
            # "It said 40 were missing, state television reported": who says it is innermost
            closing = [e for e in events if e.kind in ("inverted", "lead") and e.pos >= claim_end
                       and not sentence[e.end :].strip(" .!?\"”’")
                       and "," in sentence[claim_end : e.pos] and not is_bare_pronoun(e.speaker)]
            if closing:
                return closing[-1]
        return chosen
    trailing = [
        e for e in events
        if e.pos >= claim_end and e.kind not in ("owner", "as")  # these credit only their own figure
        and not (e.kind == "lead" and e.verb in FIGURE_GIVING_VERBS)
        # "Power was cut to 600,000 people, and Unicef says 250,000 of them ...": a speaker
        # of the next clause says nothing of this one
        and not (e.kind == "lead" and _NEXT_CLAUSE_SPEAKER.search(sentence, claim_end, e.pos))
        # "Hundreds suffered injuries in the explosion, which witnesses said shook buildings far away":
        # a speaker inside a relative clause speaks of what the clause says
        and not (e.kind == "lead" and _RELATIVE_CLAUSE_SPEAKER.search(sentence, claim_end, e.pos))
        # "12 dead (11 according to the police)": a bracket's source is its own figure's
        and not _IN_LATER_BRACKET.search(sentence, claim_end, e.pos)
    ]
    if not trailing:
        return None
    cites = [e for e in trailing if e.kind == "cite"]
    if cites:
        return cites[0]
    return min(trailing, key=lambda e: e.pos)


# "according to a Harbour Times tally of port records", "according to our count": the outlet
# counted itself, so no one else speaks the figure
# what the document's own author knows, in the first person ("our initial information",
# "our latest figures", "our records"): no one else speaks
_OUR_OWN_KNOWLEDGE = re.compile(r"^our\s+(?:[a-z\-]+\s+){0,2}(?:" + alternation(OWN_KNOWLEDGE_NOUNS) + r")$", re.I)
_OWN_TALLY = re.compile(
    r"^(?:a|an|the|our)\s+(?P<name>[\w’'\-]+(?:\s+[\w’'\-]+)?)\s+"
    r"(?:tally|count|analysis|review|calculation|compilation|survey|database)\b",
    re.I,
)


_KEPT_BY = re.compile(r"\b(?:by|of|from)\s+(?:the\s+)?[A-Z]")


def outlet_own_tally(speaker: str | None, outlet: str | None) -> bool:
    """True when `speaker` is the article's outlet's own tally ("a Reuters tally", "our
    count"): the outlet speaks for itself, and an outlet is no speaker."""
    if not speaker:
        return False
    if _OUR_OWN_KNOWLEDGE.match(speaker):
        return True  # "Our initial information is that 96 passengers were on board"
    m = _OWN_TALLY.match(speaker)
    if m is None or _KEPT_BY.search(speaker):
        return False  # "an independent tally by the monitoring group Airwars": Airwars's
    if speaker.lower().startswith("our "):
        return True
    # the outlet's name as it writes it, capitals and all: "a Reuters tally" in Reuters' copy,
    # never "the national tally" in The National
    names = [w for w in m.group("name").split() if w[:1].isupper()]
    outlet_words = (outlet or "").replace("’", "'").split()
    return bool(names) and all(w in outlet_words for w in names) and names[0] != "The"
