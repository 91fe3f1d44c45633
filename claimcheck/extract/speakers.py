"""Speech events: every attribution in a sentence (a speech verb's subject or inverted
speaker, "according to", "given by", a heading's "Red Cross: ...", the owner of a count, an
organisation doing what it counts, evidence made by a body) with where its verb sits.
Which event a figure takes is attribution.py's job.
"""

from __future__ import annotations


import re
from dataclasses import dataclass, replace

from claimcheck.extract.lexicon import (
    ABOARD_WORDS,
    ARMED_PARTY_WORDS,
    KILLING_HAZARDS,
    LABEL_SPEAKER_GROUPS,
    SPEECH_PARTICIPLES,
    MEDIA_CHANNELS,
    ACCORDING_TO,
    AGENT_COUNT_VERBS,
    BLAME_HOLD_VERBS,
    BLAME_HOLD_WORDS,
    NOT_SOURCES_ACCORDING_TO,
    SOURCELESS_DOCUMENT_WORDS,
    ORG_WORDS,
    ORIGIN_PARTICIPLES,
    REPORTER_NOUNS,
    REVISION_VERBS,
    RUMOUR_ADJECTIVES,
    RUMOUR_LINKS,
    RUMOUR_NOUNS,
    SUBJECT_NOUNS,
    THING_SUBJECTS,
    SOURCE_DOCUMENTS,
    KEEPERS_LISTS,
    EVIDENCE_MAKING,
    EVIDENCE_SPEAKS,
    FACT_LABELS,
    HEADING_LABELS,
    NON_SPEAKER_HEADS,
    OWNED_COUNT_ADJECTIVES,
    ORG_DOCUMENTS,
    OWNED_COUNT_NOUNS,
    PERSONAL_DOCUMENTS,
    PLACE_NOUNS,
    EVIDENCE_NOT_MAKERS,
    PLACE_NAME_WORDS,
    PERFECT_SPEECH_VERBS,
    SPEECH_VERBS,
    SPEECH_VERBS_ALSO_NOUNS,
    REPORT_NOUN_ADJECTIVES,
    MONTHS,
    TENS,
    UNITS,
    WEEKDAYS,
)
from claimcheck.extract.noun_phrases import clean_np, main_subject, np_before
from claimcheck.extract.numbers import find_numbers
from claimcheck.extract.patterns import (
    CLAIM_FORMS,
    CLAIMED_ACT_AFTER,
    TO_A_CARE_PLACE,
    hazard_claims,
    Caseless,
    alternation,
    key_words,
    qualifier_tail,
    sentence_words,
)
from claimcheck.extract.speaker_kinds import TITLE_WORDS, has_title, is_person_role, is_pronoun, looks_like_org, looks_like_person


_NP_CLAUSE_CUT = re.compile(r"\s+(?:that|who|which|on|in|as)\s+")


# ("could not be independently verified": an adverb inside the passive)
# ("who I am told died": "am" too, the speaker's own hearsay, not a speaker)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|is|are|am|been|be|being)(?:\s+[a-z]+ly)?\s*$")


# "Residents are saying 30 were held", "The army has been claiming ...": the subject speaks
_PROGRESSIVE_BEFORE = re.compile(r"\s*\b(?:(?:has|have|had)\s+been|is|are|was|were)(?:\s+[a-z]+ly|\s+still|\s+now)?$")


_DATA_BY = re.compile(
    r"(?:the\s+)?(?:preliminary\s+)?(?:data|figures|statistics|records|numbers|information|a\s+tally|a\s+count|a\s+list)\s+"
    r"(?:collected|compiled|gathered|released|published|provided|kept|issued)\s+by\s+",
    re.I,
)


_FROM_TAIL = re.compile(r"\s+from\s+")


_ORIGIN_TAIL = re.compile(r"\s+(?:" + alternation(ORIGIN_PARTICIPLES) + r")\b(?P<by>\s+by\s+)?")


_DOCUMENT_OF = re.compile(r"\b(?:" + alternation(SOURCE_DOCUMENTS) + r")\s+(?:of|by|from)\s+(?=(?:the\s+)?[A-Z])")


def _origin_cut(np: str) -> str:
    """"a UN report released Monday": the UN's report; "a report issued by the governor's
    office", "the spot report of the Provincial Police": the office and the police, who gave
    them."""
    owner = _DOCUMENT_OF.search(np)
    if owner is not None:
        return np[owner.end() :]
    tail = _ORIGIN_TAIL.search(np)
    if tail is None:
        return np
    return np[tail.end() :] if tail.group("by") else np[: tail.start()]


_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


# "its estimate that about 200 were aboard", "the coast guard's report of": after a
# determiner or a possessive the word is a noun, and nobody speaks through it
# a determiner (not a possessive: "St Mary's confirmed 14 deaths" is a hospital speaking)
# (an ordinal too: "A second alleged gunman was arrested")
_DETERMINER_JUST_BEFORE = re.compile(
    r"\b(?:(?:its|their|his|her|our|my|the|an?|this|these|those|whose|another)"
    r"|(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|further))\s*$",
    re.I,
)
# a bare verb after an auxiliary or "to", right before an "-ed" form: "will not take reported
# sightings", "failed to find reported survivors": the "-ed" word is its object's adjective (a
# finite verb cannot follow a bare one; "has not yet confirmed" and "to have reported" can)
_BARE_VERB_JUST_BEFORE = re.compile(
    r"\b(?:not|never|to|will|would|can|cannot|could|may|might|must|should|did|do|does)\s+"
    r"(?!(?:have|has|had|be|been|being|yet|also|still|already|ever|even|just|now|then|again|once|first|finally|further)\b)"
    r"(?![a-z]+ly\b)[a-z]+\s*$",
    re.I,
)
# a figure given as "put the toll at 40", "puts the toll at over 300", "have
# put the death toll above 300"
# "had earlier given", "has since given": the perfect that makes "given" its subject's act
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|had)(?:\s+(?:[a-z]+ly|earlier|already|since|also|just|once|first|now|itself))*$", re.I
)
# ... of a figure: "given a toll of 17", "given its own figure of 40", "given 12 dead"
_GIVEN_FIGURE_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:toll|figure|count|tally|number|estimate|total)\s+(?:of|at|as)\s|(?:at\s+least\s+|about\s+|some\s+)?\d)",
    re.I,
)
_PUT_AT_AFTER = re.compile(r"\s+[^\d.;]{0,60}?\b(?:at|above|below|over|under|near|around|between|beyond)\b")
# the object of a verb, whatever its adjectives: "keeps a typed-up list of 9 people", "has
# drawn up its own hand-checked list" (a noun; "The families list 40 names" is a verb)
_OBJECT_OF_A_VERB_BEFORE = re.compile(
    r"\b(?:keeps|kept|keep|keeping|has|have|had|holds|held|hold|drew\s+up|drawn\s+up|compiled|compiles|"
    r"maintains|maintained|published|publishes|released|releases)\s+(?:a|an|its|their|his|her|the|this|our|my)"
    r"(?:\s+[\w\-]+){0,2}\s*$",
    re.I,
)
_NOUN_AFTER_DETERMINER = re.compile(
    r"(?:\b(?:its|their|his|her|our|my|the|an?|this|these|those|whose)|\w['’]s)"
    # (two may stand there: "the official line list")
    rf"(?:\s+(?:{alternation(REPORT_NOUN_ADJECTIVES)})){{0,2}}\s*$",
    re.I,
)


_NAME_AFTER_TITLE = re.compile(
    r",\s*((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Lt)\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)+)\s*(?=[.,;]|$)"
)


# the channel a statement went out on, right after its verb: "wrote on Telegram", "said on
# state television", "posted on its Facebook page"
# (a time may come first: "said on Monday the minister of health" names him after it)
_PREPOSITION_OPENS = re.compile(r"(?:at|in|during|after|before|from|with|via|through|over|until)\b", re.I)
_CHANNEL_AFTER_VERB = re.compile(
    r"(?:on|in|via|through|to)\s+(?:(?:its|his|her|their|the|an?|official)\s+)*(?:" + alternation(MEDIA_CHANNELS) + r")\b", re.I
)


_REVISING = frozenset(REVISION_VERBS)
# (only a document read out or passed on: in "Officials dismissed the report by Dask Radio,
# saying ..." the officials say it)
_DOCUMENT_FROM_BEFORE = re.compile(
    r"\b(?:read|read\s+out|issued|released|published|posted|circulated|shared|sent)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w\-]+\s+)?(?:" + alternation((*SOURCE_DOCUMENTS, *ORG_DOCUMENTS, *PERSONAL_DOCUMENTS)) + r")\s+"
    r"from\s+(?P<np>(?:the\s+)?[A-Z][^,;:()\"“”]{1,80}?)\s*$"
)
# "a figure the port denies", "a claim the company rejects": a statement, then the subject of
# a relative clause on it with "that" left out
_STATEMENT_THEN_SUBJECT = re.compile(
    r"(?:a|an|the|that|this)\s+(?:figure|claim|number|count|toll|account|estimate|version|allegation)s?\s+"
    r"(?:the|a|an|its|their|his|her)\s",
    re.I,
)


# (a dash ends the speaker as a comma does: "..., say fishermen - a figure the port denies")
_BRACKETED_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
_INVERTED_SPEAKER = re.compile(r"\s+((?:the\s+|a\s+)?[A-Za-z][^,;.]*?)(?=[,;.]|\s+-\s|\s*[–—]|$)")


_SPEECH = re.compile(
    r"\b(?P<v>" + alternation((*SPEECH_VERBS, *PERFECT_SPEECH_VERBS), space=r"\ ") + r")\b"
)


_ACCORDING = Caseless(
    r"\b(?P<v>" + alternation(ACCORDING_TO) + r")\s+"
    # "according to U.N. figures": a dotted abbreviation does not end the phrase
    # ("- about 900 troops, according to the army - are clearing": a dash ends it)
    # ("Toll: 31 dead, according to the county police: 19 locals, 12 visitors": a colon ends it too)
    r"(?P<np>(?:[A-Z]\.(?:[A-Z]\.)+|(?!\s[-–—]\s)[^,;.:—–])+)",
    needs=key_words(ACCORDING_TO),
)


# the words that make "per X" a source ("per police", "per the health ministry", "per a
# UN report") rather than a rate ("per day", "per cent", "per 100 people", "per household")
_PER_SOURCE = re.compile(r"\b(?:" + alternation([*ORG_WORDS, *REPORTER_NOUNS, *SOURCE_DOCUMENTS]) + r")\b")


def _per_names_a_source(sentence: str, start: int, np: str) -> bool:
    """"per" credits a source when a name (a capital) or a source's word is among its first
    few words, and no figure stands right before it ("12 per 1,000", "5% per year")."""
    if _FIGURE_BEFORE_PER.search(sentence, 0, start):
        return False
    words = np.split()[:4]
    if not words or not words[0][0].isalpha():
        return False
    if start and words[0].islower() and words[0] not in ("the", "a", "an", "its", "their", "our"):
        # "4 injuries per firm", "30 workers per company shift": a rate (a sentence that opens
        # on "Per state media, ..." names its source)
        return False
    return any(w[0].isupper() for w in words) or _PER_SOURCE.search(" ".join(words).lower()) is not None


_PREPOSITION_BEFORE = re.compile(r"\b(?:on|of|from|in|to|with|by|for|after|amid|under)\s*$", re.I)
_RELATIVE_NEGATED_BEFORE = re.compile(r",\s*(?:which|that)\s+[^,;]*\b(?:not|never|cannot|n't)(?:\s+\w+ly)?\s*$", re.I)
# "14 more deaths that it cannot verify": a check not made, in a relative clause after the
# figure, so no one gives it (a hedge reads these words); the comma-less twin of the pattern
# above ("The authorities have never confirmed 80 arrests" keeps its subject: a row says so)
_CHECK_NEGATED_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:[\w’'\-]+\s+){1,4}?(?:not|never|cannot|\w+n['’]t|unable\s+to)\s+"
    r"(?:(?:independently|immediately|officially|be\s+able\s+to)\s+)*$",
    re.I,
)
# an aside's document right before an "-ed" form: "The group, in a video posted on Sunday,
# said": a participle of the document, not a verb whose subject is the document
_ASIDE_DOCUMENT_BEFORE = re.compile(
    r",\s*(?:in|on|via|through|with|under)\s+(?:a|an|the|its|their|his|her|our)\s+"
    r"(?:(?!(?:the|a|an)\b)[\w'’\-]+\s+){0,2}[\w'’\-]+\s*$",
    re.I,
)


# "said in a statement posted online that ...", "said in a video released on Sunday": the
# participle tells how the document came out, and the document speaks for no one
# (how a document came out: "posted", "released"; never "The spokesman in a video confirmed")
_DOCUMENT_PARTICIPLES = frozenset(ORIGIN_PARTICIPLES)
_IN_A_DOCUMENT_BEFORE = re.compile(
    r"\b(?:in|on|via|through)\s+(?:a|an|the|its|their|his|her|our)\s+(?:[\w'’\-]+\s+){0,2}"
    r"(?:" + alternation((*ORG_DOCUMENTS, *PERSONAL_DOCUMENTS, *SOURCE_DOCUMENTS, "video", "audio", "recording", "posting")) + r")\s*$",
    re.I,
)


_DATA_WORD = re.compile(r"\b(?:" + alternation(SOURCE_DOCUMENTS) + r")\b")


_FIGURE_BEFORE_PER = re.compile(r"[\d%]\s*$")


_QUOTED_AS = re.compile(
    r"\b(?:quoted|cited|quotes|cites|quoting|citing)\s+(?P<np>[^,;.]+?)\s+as\s+(?:saying|stating|telling\s+it)\b"
    r"|\b(?:a|the)\s+statement\s+(?:by|from)\s+(?P<np2>(?:the\s+)?[A-Z][^,;.]*?)(?=[,;.]|$)"
)


_CLAIM_OF = re.compile(
    r"(?P<np>(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w\-]*)[’']s\s+(?:earlier\s+|latest\s+|new\s+)?"
    r"(?:claim|statement|estimate|assertion|announcement|figure)\s+that\b"
)


# words without which the two patterns above cannot match: most sentences skip them
_FIGURE_JUST_BEFORE = re.compile(r"(?<!No\.)(?:^|\s)(?:\d[\d,.]*\d|\d)$")
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|cannot|n't)\s+(?:been\s+|be\s+)?(?:[a-z]+ly\s+)?$", re.I)
_NOT_FIGURE_AS_BEFORE = re.compile(
    r"\bnot\s+[\w,.]+\s+as\s+(?:first\s+|initially\s+|earlier\s+|previously\s+)?$", re.I
)
_GIVEN_BY_VERBS = (
    "given", "provided", "released", "announced", "reported", "issued", "published", "compiled", "cited",
    "claimed", "stated", "confirmed", "recorded", "acknowledged", "admitted", "registered", "documented",
    "verified", "circulated",
)
_GIVEN_BY = re.compile(
    r"\b(?P<v>" + alternation(_GIVEN_BY_VERBS) + ")"
    # ("was confirmed on Monday by the coroner": a time between the verb and its agent)
    r"(?:\s+(?:yesterday|today|earlier|later|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week)))?"
    # (the agent's phrase ends at a colon too: "confirmed by the coastguard: six fishermen ...")
    r"\s+by\s+(?P<np>(?:the\s+)?(?:[^,;.:]|(?<=\d):(?=\d))+)",
    re.I,
)


_COLON_AFTER_AGENT = re.compile(r"\s*:(?!\d)")
_GIVEN_BY_KEYS = frozenset({"by"})
_PUBLISHED_COLON = re.compile(
    r"\b(?P<v>published|issued|released|put\s+out)\s+(?:its|their|a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:report|statement|figures|bulletin|update|findings|assessment|tally|count|data)\s*:",
    re.I,
)
# a body's name, then the clause's verb: "the Coastal Fishermen and Boat Owners'
# Association included ..."
_NAME_THEN_VERB = re.compile(
    r"(?P<n>(?:the\s+)?[A-Z][\w’'.&\-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w’'.&\-]*)*)"
    r"\s+(?!(?:of|and|for|the|de|du|la|el|al|bin|ibn)\b)[a-z]"
)
# the name in apposition after a role: "by the operator, Marlow Ferries Ltd, on ..."
# ... and one that closes the sentence or its clause: "according to the village imam, Sheikh
# Omar Bakri."
_APPOSED_NAME_ENDS = re.compile(
    # (not a list: "according to the police, Red Cross, and hospital officials")
    r",\s+(?P<n>[A-Z][\w’'.&\-]*(?:\s+[A-Z][\w’'.&\-]*){1,4})\s*(?=;|,(?!\s*(?:and|or)\b)|\.?\s*$|\.\s)"
)
_APPOSED_NAME = re.compile(r",\s+(?P<n>[A-Z][\w’'.&\-]*(?:\s+[A-Z][\w’'.&\-]*){1,4})\s*(?=,)")
# (not the means: "the group has verified by name the deaths of 42", "confirmed by phone that ...")
_BY_AGENT_AFTER = re.compile(r"\s+by\s(?!(?:name|hand|phone|telephone|satellite|video|e-?mail|letter)\b)", re.I)


_GIVEN_BY_TAIL = re.compile(r"\s+(?:earlier|later|on|in|at|last|this|that|yesterday|today)\b.*$", re.I)


_QUOTED_AS_KEYS = frozenset({"quoted", "cited", "quotes", "cites", "quoting", "citing", "statement"})


_CLAIM_OF_KEYS = frozenset({"claim", "statement", "estimate", "assertion", "announcement", "figure"})


@dataclass(frozen=True, slots=True)
class SpeechEvent:
    """An attribution in a sentence: who, and where its verb sits."""

    speaker: str
    pos: int  # verb position in the sentence
    end: int  # end of the whole attribution (for trailing ones)
    kind: str  # "lead" (X said ...), "after" (according to / citing X), "inverted" (said X),
    # "by" (the 21 announced by X), "owner" (X's toll of 24), "agent" (MSF treated 87 ...),
    # "as" (not 55 as residents are saying: the figure right before it only)
    verb: str = ""  # the speech verb of a "lead" or "inverted" event


_SPEECH_PARTICIPLES = frozenset(SPEECH_PARTICIPLES)
# "the number of deaths recorded ...", "the total of cases reported ...": the count's noun,
# then a participle that says how it was counted, not who speaks
_OBJECT_FIGURE_AFTER = re.compile(
    r"\s+(?:that\b|(?:(?:at\s+least|more\s+than|nearly|about|some|over|around|almost)\s+)?\d)", re.I
)
_COUNT_OF_BEFORE = re.compile(
    r"\b(?:number|total|toll|tally|count)\s+of\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*$", re.I
)


_CUE_WORDS = frozenset(v.split()[0] for v in SPEECH_VERBS) | {
    "according", "citing", "quoting", "quoted", "cited", "statement", "claim", "per",
    # "The figure of 230 given by the operator": a figure's source after a participle
    *_GIVEN_BY_VERBS,
    *BLAME_HOLD_WORDS,
}


def speech_events(sentence: str) -> list[SpeechEvent]:
    """Every attribution in one sentence, in order of the verb."""
    events = _events_as_written(sentence)
    if not events and _shouted(sentence):
        events = _shouted_events(sentence)
    return events


def _shouted(sentence: str) -> bool:
    """A line in capitals throughout: a TV ticker's, a wire flash's, a headline's."""
    return sentence.isupper() and sum(len(w) > 1 and w.isalpha() for w in sentence.split()) >= 3


def _shouted_events(sentence: str) -> list[SpeechEvent]:
    """The speakers of a line in capitals ("ARMY SAYS 9 SOLDIERS KILLED"), read in sentence
    case: speech verbs are matched as written, and in capitals every word looks like a name.
    The speaker is given back as the line writes it."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return []  # a letter whose lower case is longer: the offsets would not hold
    cased = lowered[:1].upper() + lowered[1:]
    closing = _SHOUTED_SAYS_TAIL.search(cased)
    if closing:
        # "22 WORKERS RESCUED SO FAR, SAYS NERC": the speaker after a closing "says" is a name
        cased = cased[: closing.start("sp")] + closing.group("sp").title()
    events = []
    for e in _events_as_written(cased):
        at = cased.rfind(e.speaker, 0, max(e.pos, e.end) + len(e.speaker))
        if at != -1:
            e = replace(e, speaker=sentence[at : at + len(e.speaker)])
        events.append(e)
    return events


_SHOUTED_SAYS_TAIL = re.compile(r",\s+(?:says|said|say)\s+(?P<sp>[a-z][\w\s’'.\-]{1,60})$")


def _events_as_written(sentence: str) -> list[SpeechEvent]:
    events = _speech_events(sentence)
    more = (
        _owner_events(sentence) + _agent_events(sentence) + _evidence_events(sentence) + _ranged_sources(sentence)
        + _dash_sources(sentence) + _by_count_events(sentence) + _rumour_events(sentence)
    )
    if more:
        events = sorted(events + more, key=lambda e: e.pos)
    return events


# "posts on other sites claiming 9 dead", "Reports on social media of 200 drowned": the posts
# and reports hand the figure on, with nobody named (a body's own reports, "the ministry's
# reports of 40 deaths", are its owner's)
_RUMOUR = re.compile(
    r"(?<!['’]s\s)(?<![\w'’])(?P<np>(?:(?:" + alternation(RUMOUR_ADJECTIVES) + r")\s+){0,2}(?:" + alternation(RUMOUR_NOUNS) + r")"
    r"(?:\s+(?:on|from|in|across)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)?)"
    r"\s+(?P<v>" + alternation(RUMOUR_LINKS) + r")\s+",
    re.I,
)
_RUMOUR_KEYS = frozenset(RUMOUR_NOUNS)
_SPEECH_VERB_WORDS = frozenset(v for v in SPEECH_VERBS if " " not in v) - _RUMOUR_KEYS
_FIGURE_NEXT = re.compile(
    r"[\"“‘']?" + qualifier_tail() + r"(?:\d|(?:" + alternation([*UNITS, *TENS, "dozens", "hundreds", "thousands"]) + r")\b)",
    re.I,
)


# ... only as their clause's subject, at a line's or a quotation's start or after "There
# were": never after a subject, a comma or "but", where "claims" and "reports" are verbs ("The
# ministry reports that", "The army denies the raid but claims that"), nor as an object ("The
# monitor has received reports of 14 more deaths": the receiver speaks)
_RUMOUR_OPENS = re.compile(
    r"(?:^\W*|^[^,;]{0,40}:\s*|\bthere\s+(?:are|were|have\s+been|has\s+been|is|was)\s+)[\"“‘']?$", re.I
)


def _rumour_events(sentence: str) -> list[SpeechEvent]:
    if _RUMOUR_KEYS.isdisjoint(sentence_words(sentence)):
        return []
    out = []
    for m in _RUMOUR.finditer(sentence):
        if not _RUMOUR_OPENS.search(sentence, 0, m.start()):
            continue
        if m.group("np").split()[-1].lower() in _SPEECH_VERB_WORDS:
            continue  # "Some posts on social media claim that ...": the verb reads it
        if m.group("v").lower() == "of" and not _FIGURE_NEXT.match(sentence, m.end()):
            continue  # "reports of shelling": nothing counted
        # "reports of 30 dead" give that figure only (an owner's reach): "Earlier reports of 30
        # dead were revised to 25 by police" leaves the 25 to the police
        kind = "owner" if m.group("v").lower() == "of" else "lead"
        out.append(SpeechEvent(m.group("np"), m.start("v"), m.end(), kind, m.group("v")))
    return out


# "By the army's own count, 64 had been wounded", "By its count, ...": whose reckoning
# the clause gives, as "According to X, ..." does
_BY_COUNT = re.compile(
    r"\b[Bb]y\s+(?:(?P<np>(?:the\s+)?[A-Za-z][\w.&\- ]{0,60}?)(?:'s|’s)|(?P<pr>its|their))\s+"
    r"(?:(?:own|latest|official|provisional|running|initial)\s+){0,2}"
    # (or closing its sentence: "..., by the ministry's own tally.")
    r"(?:count|tally|reckoning|estimate|calculations?|figures|numbers)(?:\s*,|(?=\s*[.;]?\s*$))"
)


_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:which|that|who)\s*$", re.I)
_COUNTS_OBJECT_AFTER = re.compile(
    r"\s+(?:that\b|(?:(?:at\s+least|more\s+than|nearly|about|some|over|around|almost|only|just)\s+)?"
    r"(?:\d|(?:" + alternation([*UNITS, *TENS, "dozens", "hundreds", "thousands"]) + r")\b))",
    re.I,
)
# "... and the families informed.": a participle that ends its clause (but "The governor
# informed: 12 dead", "informed of 40 new deaths", "informed reporters that ...")
_HAZARD_NOUN = re.compile(r"(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:" + alternation(KILLING_HAZARDS) + r")", re.I)
_CARRYING_VERB_BEFORE = re.compile(
    r"\b(?:keeps|kept|keep|continues\s+to|continued\s+to|continue\s+to|went\s+on|goes\s+on|insists\s+on|insisted\s+on"
    # a press release's "The Directorate wishes to inform the public that ..."
    r"|wishes\s+to|wish\s+to|would\s+like\s+to)\s*$"
)
_TO_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?:be|have)\b")
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.;!?]|$|,\s*(?:and|but|while)\b)")
_TIME_OWNERS = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS)) | {"today", "yesterday", "tonight", "evening", "morning", "night"}


_BY_COUNT_KEYS = frozenset({"count", "tally", "reckoning", "estimate", "calculation", "calculations", "figures", "numbers"})


def _by_count_events(sentence: str) -> list[SpeechEvent]:
    if "y " not in sentence or _BY_COUNT_KEYS.isdisjoint(sentence_words(sentence)):
        return []
    out = []
    for m in _BY_COUNT.finditer(sentence):
        if m.group("pr"):
            out.append(SpeechEvent(m.group("pr"), m.start(), m.end(), "after"))
        elif m.group("np").split()[-1].lower() in _TIME_OWNERS:
            continue  # "By Friday's count": when, not whose
        elif looks_like_org(m.group("np")) or has_title(m.group("np")) or looks_like_person(m.group("np")):
            out.append(SpeechEvent(clean_np(m.group("np")) or m.group("np"), m.start(), m.end(), "after"))
    return out


# A headline's source after a dash, at the end of its clause: "Storm death toll rises to 27
# —NDRA; province counts 11", "Floods kill 30 — Red Cross"
# (a wire flash's lower-case source too: "About 30 trapped - district collector")
_DASH_SOURCE = re.compile(
    r"\s[—–-]\s?(?P<sp>[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,3}|[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s*(?=;|\||$)"
)


def _dash_sources(sentence: str) -> list[SpeechEvent]:
    if "—" not in sentence and "–" not in sentence and " - " not in sentence:
        return []
    return [
        SpeechEvent(m.group("sp"), m.start(), m.end(), "after")
        for m in _DASH_SOURCE.finditer(sentence)
        if looks_like_org(m.group("sp")) or has_title(m.group("sp"))
        or (m.group("sp").islower() and is_person_role(m.group("sp")))
    ]


_AGENT_VERB = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?)?(?P<v>" + alternation(AGENT_COUNT_VERBS) + r")\b"
)


_AGENT_KEYS = frozenset(AGENT_COUNT_VERBS)


def _agent_events(sentence: str) -> list[SpeechEvent]:
    """An organisation doing what it counts: "MSF treated 87 patients at the hospital" is
    MSF's figure though nobody "says" it. Only an organisation (a named body or an acronym):
    "rescuers recovered 127 bodies" and "troops freed 38" credit no one, and "gunmen
    abducted 40" is no source either (violence verbs are not here)."""
    if _AGENT_KEYS.isdisjoint(sentence_words(sentence)):
        return []
    out: list[SpeechEvent] = []
    for m in _AGENT_VERB.finditer(sentence):
        if _AGENT_PASSIVE.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "14 of the survivors were still being treated": no agent named
        np = np_before(sentence, m.start())
        if np and looks_like_org(np) and not is_pronoun(np):
            out.append(SpeechEvent(np, m.start(), m.end(), "agent", m.group("v")))
    return out


_AGENT_PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being|be)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?$", re.I)


# "The health ministry's toll of 24", "the army's figure of 37", "the ministry's running
# tally (24 dead, 41 injured)": whose count a figure is
_OWNED_COUNT = re.compile(
    r"(?:'s|’s)\s+(?:(?:" + alternation(OWNED_COUNT_ADJECTIVES) + r")\s+){0,3}"
    r"(?:" + alternation(OWNED_COUNT_NOUNS) + r")\b",
    re.I,
)


_ADJUNCT_OWNER = re.compile(
    # (not "the army toll": often the toll of the army's own dead)
    r"\b[Tt]he\s+(?P<o>police|government|ministry|[A-Z]{2,6})\s+(?:(?:"
    + alternation(OWNED_COUNT_ADJECTIVES) + r")\s+){0,2}(?:" + alternation(OWNED_COUNT_NOUNS) + r")\b"
)
_OWNED_KEYS = frozenset(w for n in OWNED_COUNT_NOUNS for w in n.split())
# a sentence that opens on a body's own count: "Its list has grown to", "Their tally stands at"
# (a kept record only: "Its toll rose to 40" may be a storm's)
_ITS_COUNT_OPENS = re.compile(
    r"(?P<pr>Its|Their)\s+(?:(?:" + alternation(OWNED_COUNT_ADJECTIVES) + r")\s+){0,2}"
    r"(?:list|lists|tally|count|register|records)\b"
)


_EVIDENCE_BY = re.compile(
    # (a body named in common nouns after "the" too: "assessments by the district council")
    rf"\b(?:{alternation(EVIDENCE_MAKING)})\s+by\s+(?P<np>(?:the\s+[a-z]|(?:the\s+)?[A-Z])[^,;:()]{{0,60}}?)\s+"
    rf"(?:(?:has|have|had)\s+)?(?P<v>{alternation(EVIDENCE_SPEAKS)})\b"
)


_EVIDENCE_KEYS = frozenset(w for phrase in EVIDENCE_MAKING for w in phrase.split()[:1])


def _evidence_events(sentence: str) -> list[SpeechEvent]:
    """The maker of the evidence a figure comes from: "Satellite images reviewed by Amnesty
    show that 300 houses burned" is Amnesty's count, though no one "says" it."""
    if " by " not in sentence or _EVIDENCE_KEYS.isdisjoint(sentence_words(sentence)):
        return []
    out = []
    for m in _EVIDENCE_BY.finditer(sentence):
        speaker = clean_np(m.group("np"))
        if speaker and speaker.split()[-1].lower() in EVIDENCE_NOT_MAKERS:
            continue  # "A tally by the weekend found 65 dead": a time, no maker
        if speaker:
            out.append(SpeechEvent(speaker, m.start("v"), m.end(), "lead", m.group("v")))
    return out


# A monitor's range of reports, each figure with its source in brackets: "Reported fatalities
# range from 23 (the provincial government, 16 March) to 94 (the diocese)"
RANGE_OF_REPORTS = re.compile(r"\b(?:range[sd]?|ranging|var(?:y|ies|ied))\s+from\b", re.I)
_FIGURE_SOURCE = re.compile(r"\d[\d,]*\s*(?P<b>\()(?P<src>(?:the\s+[a-z]|[A-Z])[^(),;]{1,60})(?:,[^()]*)?\)")


def _ranged_sources(sentence: str) -> list[SpeechEvent]:
    if "(" not in sentence or not RANGE_OF_REPORTS.search(sentence):
        return []
    out = []
    for m in _FIGURE_SOURCE.finditer(sentence):
        speaker = clean_np(m.group("src"))
        if speaker:
            out.append(SpeechEvent(speaker, m.start("b"), m.end(), "by"))
    return out


def _owner_events(sentence: str) -> list[SpeechEvent]:
    """The owner of a count noun, as the source of the figures that noun governs: an
    organisation named before "'s" ("the province's toll" names a place, and a place's toll
    is a scope, not a source)."""
    its = _ITS_COUNT_OPENS.match(sentence)
    if its:
        # "Its list has grown to 352 names": the body the article named last keeps the count
        return [SpeechEvent(its.group("pr"), its.end(), its.end(), "owner")]
    if _OWNED_KEYS.isdisjoint(sentence_words(sentence)):
        return []
    out: list[SpeechEvent] = []
    for m in _ADJUNCT_OWNER.finditer(sentence):
        # "the police toll of 11", "The army figure": a body's name used as a modifier
        if looks_like_org(m.group("o")) and m.group("o").lower() not in PLACE_NOUNS:
            out.append(SpeechEvent(m.group("o"), m.end(), m.end(), "owner"))
    if "'s" not in sentence and "’s" not in sentence:
        return out
    for m in _OWNED_COUNT.finditer(sentence):
        np = np_before(sentence, m.start())
        if not np:
            continue
        if " the " in np:
            np = np[np.rindex(" the ") + 1 :]  # "Residents disputed the ministry": the ministry
        if np.split()[-1].lower() in PLACE_NOUNS:
            continue
        # a body that counts: "The blast's toll", "Hurricane Ian's toll", "Turkey's death
        # toll" name the event or the place, not a source
        if looks_like_org(np) or (is_person_role(np) and _COUNT_STANDS_AFTER.match(sentence, m.end())) or (
            # ("the district commissioner's figure was 64": an office keeps a count too)
            # "Valdoria's tally of its fallen": a country or a party keeps a count (but
            # "Turkey's death toll" is the toll in Turkey)
            m.group().split()[-1].lower() in _KEPT_COUNTS and np[:1].isupper() and len(np.split()) <= 3
            and not np.lower().startswith(("the ", "a ", "an "))  # a name, not "The skipper"
            and np.split()[0].lower() not in _HAZARD_WORDS  # nor "Storm Ciaran's tally"
        ):
            out.append(SpeechEvent(np, m.end(), m.end(), "owner"))
    return out


_HAZARD_WORDS = frozenset(KILLING_HAZARDS)
_COUNT_STANDS_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:was|is|stood|stands|rose|reached)\b")
_KEPT_COUNTS = frozenset({"count", "tally", "figure", "figures", "estimate", "estimates"})


def _speech_events(sentence: str) -> list[SpeechEvent]:
    words = sentence_words(sentence)
    if _CUE_WORDS.isdisjoint(words):
        # no speech verb, "according to" or "statement": only a source in closing brackets,
        # or one before a heading's colon
        return _bracketed_source(sentence) or _labelled_source(sentence)
    events: list[SpeechEvent] = []
    taken: list[tuple[int, int]] = []
    for m in () if _QUOTED_AS_KEYS.isdisjoint(words) else _QUOTED_AS.finditer(sentence):
        sp = clean_np(m.group("np") or m.group("np2"))
        if sp:
            kind = "lead" if m.group("np") else "after"
            events.append(SpeechEvent(sp, m.end() if kind == "lead" else m.start(), m.end(), kind))
            taken.append((m.start(), m.end()))
    for m in () if _CLAIM_OF_KEYS.isdisjoint(words) else _CLAIM_OF.finditer(sentence):
        sp = clean_np(m.group("np"))
        if sp:
            events.append(SpeechEvent(sp, m.end(), m.end(), "lead"))
    for m in _ACCORDING.finditer(sentence):
        if m.group("v").lower() == "per" and not _per_names_a_source(sentence, m.start(), m.group("np")):
            continue
        if not NOT_SOURCES_ACCORDING_TO.isdisjoint(sentence_words(" ".join(m.group("np").split()[:4]))):
            continue  # "buried according to local custom": a way of doing, no source
        if m.group("np").islower() and sentence_words(m.group("np")) <= SOURCELESS_DOCUMENT_WORDS:
            continue  # "according to preliminary information": no body named (but "The Information" is an outlet)
        np = _NP_CLAUSE_CUT.split(m.group("np"))[0]
        data = _DATA_BY.match(np)
        if data:
            # "according to data collected by CGA from its field teams": CGA
            np = _TRAILING_BRACKETS.sub("", _FROM_TAIL.split(np[data.end() :])[0])
        else:
            np = _origin_cut(np)
        sp = clean_np(np)
        named = _APPOSED_NAME_ENDS.match(sentence, m.end()) if sp and sp.lower().startswith(("the ", "its ", "his ", "her ", "their ")) else None
        name = named.group("n").rstrip(".") if named else ""
        if sp and name and name.split()[-1].lower() not in PLACE_NOUNS and PLACE_NAME_WORDS.isdisjoint(
            w.lower() for w in name.split()
        ) and (
            is_person_role(sp) and looks_like_person(name) or looks_like_org(name)
        ):
            # "according to the town's mayor, Anna Veldt.": the name the description stands
            # for (not a place after it: "the governor, Northern Province")
            sp = name
        if sp:
            kind = "cite" if m.group("v").lower() in ("citing", "quoting") else "after"
            events.append(SpeechEvent(sp, m.start(), m.end(), kind))
            taken.append((m.start(), m.end()))
    for m in () if _GIVEN_BY_KEYS.isdisjoint(words) else _GIVEN_BY.finditer(sentence):
        # "the figure of about 70 given by rescuers", "the 21 announced by the ministry"
        if _NEGATED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "could not be verified by the broadcaster": who could not check it
        if any(s <= m.start() < e for s, e in taken):
            continue  # "according to a notice issued by X": X is named once
        np = _NP_CLAUSE_CUT.split(m.group("np"))[0]
        named = _NAME_THEN_VERB.match(np)
        if named and looks_like_org(named.group("n")):
            np = named.group("n")  # "published by the Boat Owners' Association included": the name
        sp = clean_np(_GIVEN_BY_TAIL.sub("", np))
        apposed = _APPOSED_NAME.match(sentence, m.end()) if sp and sp.lower().startswith("the ") else None
        if apposed:
            sp = apposed.group("n")  # "given by the operator, Marlow Ferries Ltd, on ...": its name
        if sp and _HAZARD_NOUN.fullmatch(sp):
            continue  # "smoke given off by the blaze": the hazard, no source
        if sp:
            # "31 died, not 26 as stated by the agency": the rival figure's source only
            kind = "as" if _NOT_FIGURE_AS_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) else "by"
            events.append(SpeechEvent(sp, m.start(), m.end(), kind, m.group("v").lower()))
            taken.append((m.start(), m.end()))
            colon = _COLON_AFTER_AGENT.match(sentence, m.end())
            if colon and kind == "by":
                # "Nine fatalities were confirmed by the coastguard: six fishermen and three
                # divers": the list after the colon is the agent's too
                events.append(SpeechEvent(sp, colon.end(), colon.end(), "lead", m.group("v").lower()))
    for m in () if ":" not in sentence else _PUBLISHED_COLON.finditer(sentence):
        # "the Ombudsman's Office released its interim report: about 600 homes
        # destroyed, ...": the figures after the colon are the publisher's
        sp = np_before(sentence, m.start())
        if sp and not is_pronoun(sp):
            events.append(SpeechEvent(sp, m.start(), m.end(), "lead", m.group("v").lower()))
            taken.append((m.start(), m.end()))
    for m in () if "against" not in sentence else _AGAINST_IN_SOURCE.finditer(sentence):
        group = "np" if m.group("np") else "by"
        sp = clean_np(m.group(group))
        if sp:
            events.append(SpeechEvent(sp, m.start(group), m.end(), "as", "against"))
            taken.append((m.start(group), m.end()))
    for m in () if " as " not in sentence else _AS_THEY_ARE_SAYING.finditer(sentence):
        sp = clean_np(m.group("np"))
        if sp:
            events.append(SpeechEvent(sp, m.start("np"), m.end(), "as", m.group("v").lower()))
            taken.append((m.start("np"), m.end()))
    for m in _SPEECH.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        verb = m.group("v")
        before = sentence[: m.start()].rstrip()
        after = sentence[m.end() :]
        if _NOT_SPEECH_AFTER.match(after) and not (verb in _SAY_VERBS and _CASUALTY_AFTER.match(after)):
            continue  # "claimed the lives of", "reported missing", "put in place"
        if verb.lower().endswith("ed") and _COUNT_OF_BEFORE.search(before) and not _OBJECT_FIGURE_AFTER.match(after):
            # (but "the commission charged with the tally of the disappeared confirmed 3,100
            # cases": a verb with its figure)
            continue  # "the number of deaths recorded since the storm stood at 318": a participle
        if verb.lower() in CLAIM_FORMS and (
            CLAIMED_ACT_AFTER.match(after) or hazard_claims(sentence, m.start("v"))
        ):
            continue  # "claimed responsibility for the ambush, which killed 14"; "Heat claims 19"
        if verb.lower() in ("updates", "update", "reports", "claims") and _NOUN_USE_AFTER.match(after) and (
            # "there were unconfirmed reports of at least 90": a determiner or an adjective
            # before it makes it a noun, whatever body stands before
            _NOUN_MODIFIER_BEFORE.search(before)
            # "The Government reports that the toll ...": a body before it makes it a verb
            or not ((body := _SUBJECT_BODY_BEFORE.search(before)) and looks_like_org(body.group(1)))
        ):
            continue  # "LIVE updates: toll rises to 12", "Rival claims over the strike"
        if verb.lower().endswith("admitted") and (
            _HOSPITAL_SUBJECT.search(before) or _STILL_BEFORE.search(before) or _ADMITTED_TO_CARE_AFTER.match(after)
        ):
            # "the clinic had admitted 97 injured", "four of whom are still admitted", "27
            # survivors admitted to Harbour Road Hospital": patients, not a concession
            continue
        # inverted: ', said Carlos Lopez.' / '" said the minister'
        progressive = verb.lower().endswith("ing") and _PROGRESSIVE_BEFORE.search(before)
        if _PASSIVE_BEFORE.search(before) and not progressive:
            continue  # passive: "two deaths were reported" (not "residents are saying")
        if verb.lower() in ("counts", "records") and (not _COUNTS_OBJECT_AFTER.match(after) or _RELATIVE_JUST_BEFORE.search(before)):
            # "Vote counts showed ...": a noun; "The mission, which counts some 13,000
            # peacekeepers": a size; "The agency now counts 812 homes destroyed": a verb
            continue
        if verb.lower() in ("put", "puts") and not _PUT_AT_AFTER.match(after):
            continue  # "put hundreds of deportees on trucks": no "put the toll at 40"
        if verb.lower() in PERFECT_SPEECH_VERBS and not (_PERFECT_BEFORE.search(before) and _GIVEN_FIGURE_AFTER.match(after)):
            continue  # "they were given 40 tents", "given the weather": no one gives a count
        if verb.lower() == "believed" and _TO_INFINITIVE_AFTER.match(after):
            continue  # "a dozen miners believed to be under the debris": a participle, no one speaks
        if verb.lower().startswith(("verif", "confirm")) and (
            _RELATIVE_NEGATED_BEFORE.search(before) or _CHECK_NEGATED_BEFORE.search(sentence, 0, m.start("v"))
        ):
            # "Footage, which the Tribune could not verify, showed 15 bodies": the outlet's own
            # check, a hedge, and no source
            continue
        if verb.lower() == "informed" and _CLAUSE_ENDS_AFTER.match(after):
            continue  # "12 bodies were returned and the families informed.": told, not telling
        if verb.lower().endswith("ed") and _BY_AGENT_AFTER.match(after):
            continue  # "names added by agencies": a participle (its agent is _GIVEN_BY's to find)
        if verb.lower().endswith("ed") and (
            _FIGURE_JUST_BEFORE.search(before) or _DETERMINER_JUST_BEFORE.search(before)
            or _BARE_VERB_JUST_BEFORE.search(before) or _ASIDE_DOCUMENT_BEFORE.search(before)
            or verb.lower() in _DOCUMENT_PARTICIPLES and _IN_A_DOCUMENT_BEFORE.search(before, max(0, len(before) - 60))
        ):
            # "61 confirmed cases", "the confirmed death toll stands at", "cannot hold confirmed
            # gains": an adjective, not a verb
            continue
        if verb.lower() in SPEECH_VERBS_ALSO_NOUNS and (
            _NOUN_AFTER_DETERMINER.search(before) or _PREPOSITION_BEFORE.search(before)
            or _FIGURE_JUST_BEFORE.search(before)
            or verb.lower() in ("list", "lists") and _OBJECT_OF_A_VERB_BEFORE.search(before)
        ):
            # "its estimate that ...", "based on reports from its 12 wards", "kill 31 in 3
            # states": a noun
            continue
        if (before.endswith((",", "”", '"', "’")) or not before) and verb in _INVERTING_VERBS:
            after = _TITLE_DOT.sub(lambda t: t.group(1) + " ", after)  # "Dr. Amir Hassan"
            inv = _INVERTED_SPEAKER.match(after)
            # (an acronym in brackets is no word of a clause: "the Union of Boatmen and
            # Porters of the Lakes (UBPL)" is a name of eight words)
            if inv and (len(_BRACKETED_ASIDE.sub("", inv.group(1)).split()) > 8 or _FINITE_VERB.search(inv.group(1))):
                inv = None  # ", said the real figure was higher": a clause, not who spoke
            elif inv and _PREPOSITION_OPENS.match(inv.group(1)):
                # ", the company's chief, Ana Ruiz, said at a briefing on Sunday": where it
                # was said, never who (the subject is before the verb)
                inv = None
            elif inv and _CHANNEL_AFTER_VERB.match(inv.group(1)):
                # ", the mayor, Ana Ruiz, wrote on Facebook on Sunday": where it was said, not
                # who; the subject is before the verb (but "said on Monday the minister" names him)
                inv = None
            if inv and (
                any(w[0].isupper() for w in inv.group(1).split())
                or inv.group(1).lower().startswith(("the ", "a ", "an ", "its ", "his ", "her ", "their "))
                # '..., said one farmer.', '..., said another witness.': one person of a group
                or (inv.group(1).lower().startswith(("one ", "another ")) and is_person_role(inv.group(1)))
                # "Eight killed in clashes, say witnesses", '..." say villagers from the hamlet': a
                # group that reports
                or inv.group(1).split()[0].lower() in REPORTER_NOUNS
                or (verb.lower() == "say" and inv.group(1).split()[0].lower() in SUBJECT_NOUNS)
                # a heading's "Toll now 12, says railway", "..., say police", "..., says governor"
                or (len(inv.group(1).split()) <= 2 and (looks_like_org(inv.group(1)) or has_title(inv.group(1))))
            ):
                named = _NAME_AFTER_TITLE.match(after, inv.end())
                if named and inv.group(1).lower().startswith(("its ", "his ", "her ", "their ")):
                    # '..., says its superintendent, Dr Kalpesh Shah.': the name is who spoke
                    events.append(SpeechEvent(named.group(1), m.start(), m.end() + named.end(), "inverted", verb))
                    continue
                sp = clean_np(inv.group(1))
                if sp and not sp.lower().startswith(("that", "it")):
                    events.append(SpeechEvent(sp, m.start(), m.end() + inv.end(), "inverted", verb))
                    continue
        from_doc = _DOCUMENT_FROM_BEFORE.search(before) if verb in _SPEECH_PARTICIPLES else None
        issuer = clean_np(from_doc.group("np")) if from_doc else None
        if issuer:
            # "read a statement from the Neighbours' Committee saying that ...": the body
            # the statement is from
            events.append(SpeechEvent(issuer, m.start(), m.end(), "lead", verb))
            continue
        if verb in _SPEECH_PARTICIPLES and before.endswith(",") and events:
            # '"Most victims died of smoke," he said, adding that 14 bodies were found': the
            # speaker of the clause before goes on
            sp = events[-1].speaker
        elif verb in _SPEECH_PARTICIPLES and before.endswith(","):
            # "Tunisian authorities stepped up patrols, saying ...": the main clause's subject
            sp = main_subject(before)
        else:
            # "The mayor, Ana Ruiz, keeps saying the toll is higher": the subject of the verb
            # that carries the saying
            carried = _CARRYING_VERB_BEFORE.search(before)
            sp = np_before(sentence, carried.start() if carried else progressive.start() if progressive else m.start())
            if (
                before.endswith(",") and events and events[-1].kind == "lead" and (not sp or sp[0].islower())
                # (not past a semicolon: "The bureau says 540; the union, which ..., says 700")
                and ";" not in sentence[events[-1].end : m.start()]
            ):
                # "The bureau, the health authority in the south, gave 63 dead on Monday,
                # raised it to 71 on Tuesday": a verb right after the comma goes on the first
                # verb's subject, not on the aside
                sp = events[-1].speaker
            if sp and len(sp.split()) >= 4 and before.endswith(",") and not sentence.rstrip().endswith("."):
                # a headline's "Army blames rebels for market attack, says 37 killed": the
                # subject of its first verb speaks, not the whole clause
                for head in (_HEADLINE_PARTY.match(sentence), _HEADLINE_SUBJECT.match(sentence)):
                    if head and (
                        looks_like_org(head.group("n")) or is_person_role(head.group("n"))
                        # "Rebels claim market bombing, say 40 soldiers killed": a party to the war
                        or head.group("n").split()[-1].lower() in ARMED_PARTY_WORDS
                    ):
                        sp = head.group("n")
                        break
        bound = None if sp else _FIGURE_THEN_SPEAKER.search(before)
        if bound and clean_np(bound.group("np")):
            # "up from the six the police gave on Monday": the speaker phrase holds the
            # figure, so it is found from the figure's side ("the 6 hostages the army says
            # it freed": past the figure's own noun)
            at = bound.start("np")
            noun_then = _NOUN_THEN_DETERMINER.match(bound.group("np"))
            if noun_then:
                at += noun_then.end()
            events.append(SpeechEvent(clean_np(sentence[at : bound.end("np")]) or bound.group("np"), at, m.end(), "by", verb))
            continue
        if sp and verb.lower().startswith("show") and (events or _DATA_WORD.search(sp.lower()) is None):
            # "Hospital data seen by the Tribune show that ...": a body's data speak for it,
            # but not "the post-mortems show that", nor a list within someone's words
            # ("he said the union's list showed that 40 ...": he speaks)
            continue
        if sp and sp.lower().startswith(("of these", "of those", "of them", "of whom")):
            continue  # "Of these, 300 have since confirmed that they are safe": the figure acts
        statement = _STATEMENT_THEN_SUBJECT.match(sp) if sp else None
        reviser = clean_np((sp or "")[statement.end() - 1 :]) if statement and verb.lower() in _REVISING else None
        if reviser:
            # "..., a figure the interior minister raised to 74": who revises the figure gives
            # the new one
            sp = reviser
        elif statement:
            # "..., say fishermen - a figure the port denies": a relative clause on the
            # figure with "that" left out; who denies it gives no figure
            continue
        if sp and sp.lower() not in _DETERMINERS:  # "An estimated 6,500 families" is no speech
            bound = _AS_SPEAKER_BEFORE.search(before)
            if bound and not _AS_CLAUSE_ENDS.match(after):
                bound = None  # "killed 17, as a group said the real toll was higher": its own clause
            if bound and bound.group("np").endswith(sp) and _FIGURE_END.search(before, 0, bound.start()):
                # "at least 48 people, not 19 as the police said": the figure just before
                # is the army's
                # (bound from the end of the figure: '"not five, as the Government says"')
                # ("48 people died, not 19 as the police said": the rival figure's only)
                rival = _NOT_FIGURE_AS_BEFORE.search(before, max(0, bound.start() - 40), bound.start() + 3)
                at = len(before[: bound.start()].rstrip(" ,"))
                events.append(SpeechEvent(sp, at, m.end(), "as" if rival else "by", verb))
                continue
            bound = _FIGURE_THEN_SPEAKER.search(before)
            if bound and bound.group("np").endswith(sp):
                # "the 33 it gave on Saturday": the figure just before is its ("the 6 hostages
                # the army says it freed": from where the speaker's words begin)
                at = bound.start("np") + bound.group("np").rfind(sp)
                events.append(SpeechEvent(sp, at, m.end(), "by", verb))
                continue
            if verb.lower() == "counts" and not (looks_like_org(sp) or has_title(sp) or is_person_role(sp) or is_pronoun(sp)):
                continue  # "Kharoon counts 76 dead": a district's toll, no source
            if verb.lower() == "counted" and sp.lower().startswith("our "):
                continue  # "Our camera crew counted over 30 fire engines": the outlet's own count
            inner = events[-1] if events and events[-1].kind == "lead" and events[-1].verb else None
            gap = _REPORTED_SUBJECT.fullmatch(sentence, inner.end, m.start()) if inner and inner.end < m.start() else None
            if inner is not None and gap and sentence.rfind(sp, 0, m.start()) < inner.pos and not verb.lower().endswith("ing"):
                # "The firm states the ledger lists 96": the subject right after the
                # first speech verb is the second's, the source within the source
                sp = clean_np(gap.group("np")) or sp
            events.append(SpeechEvent(sp, m.start(), m.end(), "lead", verb))
    for m in () if _BLAME_KEYS.isdisjoint(words) else _HELD_RESPONSIBLE.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken) or _PASSIVE_BEFORE.search(sentence, 0, m.start()):
            continue  # "the militia was held responsible": who holds it is not said
        sp = np_before(sentence, m.start())
        if sp and sp.lower() not in _DETERMINERS:
            events.append(SpeechEvent(sp, m.start(), m.end(), "lead", m.group("v")))
    if not events:
        events = _bracketed_source(sentence) or _labelled_source(sentence)
    events.sort(key=lambda e: e.pos)
    return events


_HELD_RESPONSIBLE = re.compile(
    r"\b(?P<v>" + alternation(BLAME_HOLD_VERBS) + r")\s+[^,;.]{1,80}?\s+(?:" + alternation(BLAME_HOLD_WORDS) + r")\s+for\b"
)
_BLAME_KEYS = frozenset(BLAME_HOLD_WORDS)


# "Red Crescent: 'more than 100 dead'", "Governor: 112 dead in Zarav", "UN: 20,000 displaced"
# (after a live page's or a ticker log's time, and its code: "14:05 Police: 13 killed",
# "22:41 TICKER  POLICE: 13 KILLED")
_SPEAKER_LABEL = re.compile(r"^\W*(?:\[[^\]\n]{1,30}\]\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.))?(?:\s*[A-Z]{2,4})?(?:\s*[-–—|:]\s*|\s+)(?:[A-Z]{3,8}\s+)?(?!(?:UTC|GMT|[A-Z]{1,3}T)\s*:))?(?P<sp>[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,4})\s*:\s+(?P<rest>\S.*)$")


_MAX_LABELLED_WORDS = 16
# a figure that is part of a name: "Radio 7", "Channel 4"
_NAME_BEFORE_FIGURE = re.compile(r"\b[A-Z][\w’'.\-]*\s+$")
_PART_OF_LIST_OPENS = re.compile(r"(?:among|one\s+of|aged|\d{1,3},)\b", re.I)
_ARTICLE_OPENS = re.compile(r"(?:The|A|An|In|On|At)\s")
_BARE_COUNT_OPENS = re.compile(
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|up\s+to)\s+)?[\d][\d,.]*\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:"
    + "|".join(("killed", "dead", "died", "injured", "wounded", "hurt", "detained", "arrested", "held",
                "evacuated", "rescued", "missing", "displaced", "damaged", "destroyed", "abducted"))
    + r")\b",
    re.I,
)


def _labelled_source(sentence: str) -> list[SpeechEvent]:
    """A headline or a live page's entry heading that opens on who gives the figure and a
    colon. Only an organisation or a title: "Kerman attack: toll climbs to 103" names the
    event, and "LIVE:" or "UPDATE:" no one."""
    m = _SPEAKER_LABEL.match(sentence)
    rest = m.group("rest") if m else ""
    owned = _OWNED_FIGURES_LABEL.fullmatch(m.group("sp")) if m else None
    if owned and owned.group("owner") not in ("Its", "Their") and not (
        looks_like_org(owned.group("owner")) or has_title(owned.group("owner")) or is_person_role(owned.group("owner"))
    ):
        owned = None  # "Sunday's figures: 31 dead", "The storm's count": no one's figures
    if m is not None and owned and not _FINITE_VERB.search(rest):
        # "The coroner's latest count: 17 dead", "Its final figures: 61 bodies recovered, ...":
        # the owner of the figures gives them ("Its" is resolved as any pronoun is)
        owner = {"its": "It", "their": "They"}.get(owned.group("owner").lower(), owned.group("owner"))
        return [SpeechEvent(owner, m.start("sp"), m.end("sp"), "lead", ":")]
    quoted = rest.startswith(("“", '"')) and rest.rstrip(" .").endswith(("”", '"'))
    if m is None or len(rest.split()) > _MAX_LABELLED_WORDS or (_FINITE_VERB.search(rest) and not quoted):
        # a heading has no auxiliary: "Partners are trucking water" is a sentence (but a
        # quotation after the label is the label's words: 'Governor: "Eleven were hurt"')
        return []
    if rest.rstrip().endswith(".") and len(rest.split()) > 6 and (m.group("sp").isupper() or _ARTICLE_OPENS.match(rest)):
        # "MULTAN: The death toll from the collapse rose to 14 on Sunday.": a dateline (but
        # "16:40 Coast guard: 27 bodies recovered, more than 90 rescued." is an entry head)
        return []
    sp = m.group("sp")
    if sp.lower() in HEADING_LABELS or sp.lower() in NON_SPEAKER_HEADS:
        return []
    group = sp.lower() in LABEL_SPEAKER_GROUPS
    # ("Survivors: 70 to 80 on board": how many were aboard, as the survivors tell it)
    told_where = group and _WHERE_THEY_WERE.match(rest) is not None
    if any(sp.lower().endswith(label) for label in FACT_LABELS) and not told_where:
        return []  # "• Police officers injured: 14" is a fact box, not the police speaking
    if SUBJECT_NOUNS.get(sp.lower()) in THING_SUBJECTS:
        return []  # a thread's "HOUSES: 212 destroyed": what is counted, in capitals
    # ("Health minister Dr Farid Osman: 37 dead": a title, then the person's name)
    titled_name = has_title(sp) and sp.split()[-1][:1].isupper() and len(sp.split()) >= 3
    if not (looks_like_org(sp) or sp.split()[-1].lower() in TITLE_WORDS or group or titled_name):
        return []
    if len(sp.split()) >= 5 and not titled_name:
        return []  # "Bomb hits Kessel police station: 9 dead": a headline's clause, no source
    if any(not _NAME_BEFORE_FIGURE.search(sp, 0, n.start) for n in find_numbers(sp)):
        # "Police detained four people: the ferry's captain and three deckhands": a clause with its own
        # figure, whose colon opens a list, not a label naming who speaks
        return []
    if titled_name and _PART_OF_LIST_OPENS.match(rest):
        return []  # a memorial list's "Sergeant Ali Haidar: among 14 soldiers killed ..."
    if group and _BARE_COUNT_OPENS.match(rest) and not told_where:
        return []  # "Doctors: 3 killed", "Residents: 4,000 evacuated": the group is what is counted
    return [SpeechEvent(sp, m.start("sp"), m.end("sp"), "lead", ":")]


# a label's count of who was aboard, right after the figure: "Survivors: 70 to 80 on board"
# (not "Doctors: 3 killed, including two trapped underground")
_WHERE_THEY_WERE = re.compile(
    qualifier_tail() + r"\d[\d,]*"
    r"(?:\s*(?:to|-|–)\s*\d[\d,]*)?\s+(?:(?:were|was)\s+)?(?:" + alternation(ABOARD_WORDS) + r")\b",
    re.I,
)


def _bracketed_source(sentence: str) -> list[SpeechEvent]:
    """"29 people killed and 54 injured (State Health Ministry)": a bullet or fact line
    that names its source in closing brackets."""
    closing = _SOURCE_IN_BRACKETS.search(sentence) if sentence.endswith((")", ").", ");")) else None
    if closing is None:
        return []
    before = sentence[: closing.start()].rstrip().rsplit(" ", 1)[-1]
    if before[:1].isupper() and " " not in closing.group("np").strip():
        # "at Katihar Medical College Hospital (KMCH).": an abbreviation, not a source (but
        # "... by noon on Sunday (mountain rescue service)." names one)
        return []
    # ("Nine crew unaccounted for (KPA estimate)": the body whose estimate it is)
    sp = clean_np(_DOCUMENT_TAIL.sub("", closing.group("np")))
    if sp and looks_like_org(sp):
        return [SpeechEvent(sp, closing.start(), closing.end(), "after")]
    return []


# (the lexicon's owned counts, but no toll: "Its toll:" after "The earthquake struck" is the
# quake's, no one's figures)
_OWNED_FIGURES_LABEL = re.compile(
    r"(?P<owner>Its|Their|(?:The\s+)?[A-Z]?[\w’'.\-]+(?:\s+[\w’'.\-]+)?(?=['’]s\s))(?:['’]s)?"
    r"\s+(?:(?:" + alternation(OWNED_COUNT_ADJECTIVES) + r")\s+)?"
    r"(?:" + alternation(n for n in OWNED_COUNT_NOUNS if "toll" not in n) + r")"
)
_SOURCE_IN_BRACKETS = re.compile(
    # (a body in lower case too, "(police, Tuesday)", "(mountain rescue service)": it must
    # still look like a body, which "(see below)" or "(estimated)" do not)
    # (but never a gloss on a name before it, "(the county hospital)": a body in lower case
    # names itself without an article)
    r"\((?P<np>(?!the\s|a\s|an\s)[A-Za-z][^()\d,]{1,60})"
    # ("Deaths: 14 (GDCD, 13 November)": the source, then the day of its figure, or the day
    # and its part: "(police, Monday night)")
    r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?)(?:,?\s+\d{4})?)?"
    r"\)\s*[.;]?\s*$"
)
_DOCUMENT_TAIL = re.compile(r"(?:['’]s)?\s+(?:" + alternation((*SOURCE_DOCUMENTS, *OWNED_COUNT_NOUNS)) + r")$", re.I)


_DETERMINERS = frozenset({"a", "an", "the", "some", "this", "that", "these", "those", "another"})


# A leading speaker's words stop at a clause about another moment ("announced the operation
# hours after four soldiers died"), unless the attribution itself ends with a comma
# ("the ministry said on Saturday, after rescuers recovered 12 bodies").
_TITLE_DOT = re.compile(r"\b(Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Prof|Gov|Sen|Rep|Maj|Brig|St)\.")


# "a raid that a village chief says killed 33 people": "says" + a casualty verb is speech;
# "reported killed", "confirmed dead" are not
_SAY_VERBS = frozenset({"says", "said", "say", "told", "tells"})


_SUBJECT_BODY_BEFORE = re.compile(r"(?:^\W*|[,;:]\s*|\b[Tt]he\s+)((?:[\w’'\-]+\s+){0,4}[\w’'\-]+)$")


# what follows a speech verb when it is the subject of the next: "states (that) the manifest"
_REPORTED_SUBJECT = re.compile(r"\s+(?:that\s+)?(?P<np>(?:the|a|an|its|their|[A-Z])[^,;:\"“”()]{0,60}?)\s*")


_NOUN_USE_AFTER = re.compile(r"\s*(?::|over\b|of\b|that\s+(?:the|a)\b)", re.I)


_NOUN_MODIFIER_BEFORE = re.compile(
    # (not "media", "press" or "news": "social-media reports of 60 dead" name their source)
    r"\b(?:the|unconfirmed|unverified|several|many|some|numerous|early|initial|local"
    r"|conflicting|multiple|further|other|these|those|such|rival|first|latest|new"
    # ... or a verb or a preposition it is the object of: "it has received reports of 14 more
    # deaths", "amid reports of"
    r"|received|receiving|receives|receive|heard|hearing|checking|investigating|examining|denied"
    r"|denies|dismissed|rejected|following|amid|about|of|by|any|no)$",
    re.I,
)


_CASUALTY_AFTER = re.compile(r"\s+(?:killed|injured|wounded|hurt)\b", re.I)


# verbs that may come before their speaker: '..., said the minister', '..., reports the Ministry'
# (not "told": '..., Dr Kheiri told AFP by phone' names who was told)
_INVERTING_VERBS = frozenset({
    "said", "says", "say", "added", "adds", "stated", "states", "wrote", "writes", "reports",
    "reported", "announced", "announces", "confirmed", "confirms", "explained",
    "explains", "indicated", "indicates", "declared", "declares", "affirmed", "affirms",
})


_HEADLINE_SUBJECT = re.compile(r"^\W*(?P<n>[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,2}?)\s+[a-z]+s\b")
# a plural party's verb has no "s": "Rebels claim ...", "Separatists deny ..."
_HEADLINE_PARTY = re.compile(r"^\W*(?P<n>(?:[A-Z][\w’'\-]*\s+)?[A-Z]?[\w’'\-]+s)\s+(?:claim|deny|say|admit|report)\b")


_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could)\b", re.I)


# what may follow the verb of "not 19, as the police said": the sentence goes on, or a time
_AS_CLAUSE_ENDS = re.compile(
    r"\s*(?:[,.;:)\]”\"’—–-]|$|(?:on|in|at|last|earlier|later|yesterday|today|this|overnight|initially|first)\b)"
)


_AS_SPEAKER_BEFORE = re.compile(r"\bas\s+(?P<np>(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)(?:\s+(?:has|had|have|had\s+first|first))?$", re.I)


# "not 50 as the rebels have been claiming", "not 55 as some residents are saying": a rival's
# figure, credited to whoever is saying it
# "41 dead, against 29 in the ministry's report", "22 missing, against 14 in the agency's data": the
# rival figure's source, after it
_AGAINST_IN_SOURCE = re.compile(
    r"\bagainst\s+(?:the\s+)?(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?\d[\d,]*\s+"
    r"(?:(?:in|by|from|on)\s+"
    r"(?P<np>(?:the\s+)?(?:[A-Z][\w’'\-]*|[a-z]+['’]s)(?:\s+[\w’'\-]+){0,3}?(?:['’]s)?\s+"
    rf"(?:{alternation(SOURCE_DOCUMENTS)}|lists?|toll|numbers)"
    # ("the ferry's manifest", "the site's roster": a keeper's list names no body of its own)
    rf"|the\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{alternation(KEEPERS_LISTS)}))\b"
    # "against the 260 recorded by the county's assessors"
    r"|(?:counted|recorded|registered|listed|reported|given)\s+by\s+"
    # (whoever counted, named as the figure's own rule reads it: "counted by local doctors")
    r"(?P<by>(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)(?=\s*(?:[,.;]|$)))"
)
_AS_THEY_ARE_SAYING = re.compile(
    r"\d[\d,]*\s*,?\s+as\s+(?P<np>(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)\s+"
    r"(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+(?P<v>saying|claiming|reporting|suggesting)\b",
    re.I,
)


_FIGURE_END = re.compile(
    r"(?:\d[\d,.]*|\b(?:" + alternation([*UNITS, *TENS, "hundred", "thousand", "dozens", "hundreds", "thousands"]) + r"))"
    r"(?:\s+[a-z]+)?\s*,?\s*$"
)


# "the 33 it gave on Saturday": a figure, then at once who gave it
_FIGURE_THEN_SPEAKER = re.compile(
    r"\b(?:the|its|their)\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<np>(?:(?:the|its|their|a|an)\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,2}?)(?:\s+(?:had|has|have|first|initially|earlier))?$",
    re.I,
)


# the figure's own noun before the speaker's determiner: "hostages the army"
_NOUN_THEN_DETERMINER = re.compile(r"[a-z][\w’'\-]*\s+(?=(?:the|its|their)\s)")


_ADMITTED_TO_CARE_AFTER = re.compile(TO_A_CARE_PLACE)
_STILL_BEFORE = re.compile(r"\b(?:remain|remains|remained|still|stay|stays|stayed)\s*$", re.I)
_HOSPITAL_SUBJECT = re.compile(
    r"\b(?:hospitals?|clinics?|wards?|infirmary|medical\s+(?:centre|center|college)|health\s+(?:centre|center))"
    r"(?:\s+(?:had|has|have))?\s*$",
    re.I,
)


_NOT_SPEECH_AFTER = re.compile(
    # (and "a quarry wall gives way", "the dam gave way": a collapse)
    r"\s+(?:the\s+lives|lives|missing|dead|killed|injured|wounded|hurt|in\s+place|on\s+alert|way\b)",
    re.I,
)
