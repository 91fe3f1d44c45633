"""Who the text credits a figure to: "X said", "said X", "according to X", "citing X".

News nests attributions ("X said, the agency reported") and refers back with pronouns ("He
said" after "Vahidi said"); the rule DESIGN.md asks for is the innermost named speaker, so a
claim takes the speech event closest to it, with "citing"/"quoting" counting as inner and a
trailing "according to" after another report as outer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.extract.lexicon import (
    ACCORDING_TO,
    AGENT_COUNT_VERBS,
    FIGURE_GIVING_VERBS,
    HEADING_LABELS,
    MONTHS,
    NON_SPEAKER_HEADS,
    EVIDENCE_MAKING,
    EVIDENCE_NOUNS,
    EVIDENCE_SPEAKS,
    FACT_LABELS,
    FRONTING_PREPOSITIONS,
    ORIGIN_PARTICIPLES,
    PERSONAL_PRONOUNS,
    OWNED_COUNT_ADJECTIVES,
    OWNED_COUNT_NOUNS,
    PLACE_NOUNS,
    REPORTER_NOUNS,
    SPEAKER_PRONOUNS,
    SPEECH_VERBS,
    SPEECH_VERBS_ALSO_NOUNS,
    WEEKDAYS,
)
from claimcheck.extract.patterns import Caseless, alternation, key_words, sentence_words

# Small patterns of the functions below, compiled once: re's own cache costs a lookup
# on every call, and these run for every figure.
_DIGIT = re.compile(r"\d")
_COMMA_NOT_IN_NUMBER = re.compile(r",(?!\d)")
_APPOSITIVE_START = re.compile(r"(?:a|an|who|whose|which)\b", re.I)
_NP_CLAUSE_CUT = re.compile(r"\s+(?:that|who|which|on|in|as)\s+")
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|is|are|been|be|being)\s*$")
_FRONTED_PHRASE = re.compile(rf"^(?:{alternation(FRONTING_PREPOSITIONS)})\s+[^,;:]{{1,60}},\s*(?=[a-zA-Z])")
_DATA_BY = re.compile(
    r"(?:the\s+)?(?:preliminary\s+)?(?:data|figures|statistics|records|numbers|information|a\s+tally|a\s+count|a\s+list)\s+"
    r"(?:collected|compiled|gathered|released|published|provided|kept|issued)\s+by\s+",
    re.I,
)
_FROM_TAIL = re.compile(r"\s+from\s+")
_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
_NAME_THEN_ROLE = re.compile(
    r"(?:^|[.;:]\s+|\s-\s)(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+),\s+(?P<role>[a-z][\w’'\-]*(?:\s+[\w’'\-]+){0,7}),\s*$"
)
# "its estimate that about 200 were aboard", "the coast guard's report of": after a
# determiner or a possessive the word is a noun, and nobody speaks through it
_NOUN_AFTER_DETERMINER = re.compile(r"(?:\b(?:its|their|his|her|our|my|the|an?|this|these|those|whose)|\w['’]s)\s*$", re.I)
_NAME_AFTER_TITLE = re.compile(
    r",\s*((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Lt)\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)+)\s*(?=[.,;]|$)"
)
_INVERTED_SPEAKER = re.compile(r"\s+((?:the\s+|a\s+)?[A-Za-z][^,;.]*?)(?=[,;.]|$)")

_SPEECH = re.compile(
    r"\b(?P<v>" + alternation(SPEECH_VERBS, space=r"\ ") + r")\b"
)
_ACCORDING = Caseless(
    r"\b(?P<v>" + "|".join(re.escape(a) for a in ACCORDING_TO if a != "per") + r")\s+"
    # "according to U.N. figures": a dotted abbreviation does not end the phrase
    # ("- around 1,200 soldiers, according to the military - are clearing": a dash ends it)
    r"(?P<np>(?:[A-Z]\.(?:[A-Z]\.)+|(?!\s[-–—]\s)[^,;.—–])+)",
    needs=key_words(a for a in ACCORDING_TO if a != "per"),
)
_QUOTED_AS = re.compile(
    r"\b(?:quoted|cited)\s+(?P<np>[^,;.]+?)\s+as\s+(?:saying|stating)\b"
    r"|\b(?:a|the)\s+statement\s+(?:by|from)\s+(?P<np2>(?:the\s+)?[A-Z][^,;.]*?)(?=[,;.]|$)"
)
_CLAIM_OF = re.compile(
    r"(?P<np>(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w\-]*)[’']s\s+(?:earlier\s+|latest\s+|new\s+)?"
    r"(?:claim|statement|estimate|assertion|announcement|figure)\s+that\b"
)
# words without which the two patterns above cannot match: most sentences skip them
_GIVEN_BY = re.compile(
    r"\b(?P<v>given|provided|released|announced|reported|issued|published|compiled|cited|"
    r"confirmed|recorded|acknowledged|admitted|registered|documented|verified)\s+by\s+(?P<np>(?:the\s+)?[^,;.]+)",
    re.I,
)
_GIVEN_BY_KEYS = frozenset({"by"})
_GIVEN_BY_TAIL = re.compile(r"\s+(?:earlier|later|on|in|at|last|this|that|yesterday|today)\b.*$", re.I)
# between a figure and "given by X": nothing but a few words of its own noun phrase
_BOUND_GAP = re.compile(r"[^,;.()“”\"]{0,40}")
_QUOTED_AS_KEYS = frozenset({"quoted", "cited", "statement"})
_CLAIM_OF_KEYS = frozenset({"claim", "statement", "estimate", "assertion", "announcement", "figure"})
_ISSUED = re.compile(r"\b(?:issued|released|published|put out)\s+(?:a|an|its)\s+\w*\s*(?:statement|report|communique)\s*$")
_BOUNDARY_WORDS = frozenset({
    "that", "when", "while", "after", "because", "as", "but", "if", "although", "though",
    "who", "which", "where", "whereas", "so", "than", "and", "since", "until", "before",
})
_TRAILING_SKIP = frozenset({
    "has", "have", "had", "also", "already", "earlier", "later", "previously", "again", "so", "far",
    "still", "only",
    "are", "were", "is", "was",
    "then", "now", "recently", "initially", "first", "last", "further", "separately",
    "officially", "reportedly", "on", "in", "at", "late", "early", "today", "yesterday",
    "tonight", "would", "will", "could", "did", "does", "do", "is", "was", "were", "are",
    "publicly", "not",
}) | frozenset(WEEKDAYS)
_LEADING_PREPOSITIONS = frozenset({
    "at", "on", "in", "during", "after", "before", "by", "for", "since", "shortly", "earlier",
    "later", "late", "early", "however", "meanwhile", "also", "but", "and", "yet", "still",
    "so", "now", "then", "speaking", "confirming", "explaining", "asked", "responding",
    "addressing", "writing", "though", "although", "separately", "overall", "still",
})
_TIME_WORDS = frozenset({
    "the", "a", "this", "that", "last", "next", "early", "late", "same", "day", "days",
    "morning", "evening", "night", "afternoon", "week", "weekend", "one", "point", "time",
    "first", "hours", "later", "earlier", "monday's", "friday's",
})
# and the outlet speaking of itself: "Our reporter counted nearly two dozen police vehicles"
_FIRST_PERSON = frozenset({
    "i", "we", "our", "my", "us", "me", "our reporter", "our correspondent", "our reporters",
    "our correspondents", "this reporter", "this newspaper", "our team", "this correspondent",
})
# A phrase ending in one of these is cut short, not a speaker: "the number of", "a list of".
_OPEN_ENDS = frozenset({"of", "to", "for", "with", "from", "by", "the", "a", "an", "and", "or"})
_SOURCE_DATA = frozenset({"figures", "numbers", "count", "tally", "data", "statistics"})
_DESCRIPTIVE_ONLY = frozenset({
    "rival", "conflicting", "competing", "contradictory", "unverified", "false", "new", "fresh",
    "latest", "unconfirmed", "initial", "early",
})
_NOT_SPEAKERS = frozenset({
    "this", "that", "there", "which", "what", "who", "the number", "the figure",
    "the toll", "the report", "reports",
})
_ORG_WORDS = (
    "ministry", "agency", "command", "police", "army", "military", "government", "office",
    "committee", "council", "organization", "organisation", "department", "service",
    "media", "network", "news", "statement", "force", "forces", "authorities", "officials",
    "red cross", "crescent", "un", "nations", "pentagon", "kremlin", "white house",
    "railway", "railways", "hospital", "coastguard", "coast guard", "directorate",
    "civil defence", "civil defense", "civil protection",
)
_TOKEN = re.compile(r"[\w’'\-.]+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class SpeechEvent:
    """An attribution in a sentence: who, and where its verb sits."""

    speaker: str
    pos: int  # verb position in the sentence
    end: int  # end of the whole attribution (for trailing ones)
    kind: str  # "lead" (X said ...), "after" (according to / citing X), "inverted" (said X),
    # "by" (the 21 announced by X), "owner" (X's toll of 24), "agent" (MSF treated 87 ...)
    verb: str = ""  # the speech verb of a "lead" or "inverted" event


def _is_time_token(tok: str) -> bool:
    low = tok.lower()
    return (
        low.strip(",") in _TIME_WORDS or low.strip(",") in WEEKDAYS or low.strip(".,") in MONTHS
        or tok[0].isdigit()
    )


_WHAT_VERBS = frozenset({"said", "told", "says", "tells", "reported", "stated", "announced"})


def _clean_segment(seg: str) -> str | None:
    toks = seg.split()
    if len(toks) > 1 and toks[0].lower() == "what":
        # "according to what a source in the naval command said": the source, before its verb
        toks = toks[1:]
        verb = next((i for i, t in enumerate(toks) if t.lower().strip(",.") in _WHAT_VERBS), None)
        toks = toks[:verb] if verb else toks
    # drop a leading adverbial: "On Monday the ministry", "At one point President Trump"
    if toks and toks[0].lower() in _LEADING_PREPOSITIONS:
        i = 1
        while i < len(toks) and _is_time_token(toks[i]):
            i += 1
        if i == 1 and toks[0].lower() in ("earlier", "later") and len(toks) > 3 and toks[1].lower() in ("on", "in", "that", "this"):
            # "Earlier on Wednesday the agency": a time, then the speaker
            j = 2
            while j < len(toks) and _is_time_token(toks[j]):
                j += 1
            if j > 2 and j < len(toks):
                toks = toks[j:]
        elif i == 1 and toks[0].lower() in ("earlier", "later", "initially", "previous"):
            pass  # "Earlier reports had put the toll at 73": an adjective, part of the speaker
        elif i < len(toks):
            toks = toks[i:]
        elif toks[0].lower() not in ("earlier", "later", "initially"):
            return None
    while toks and toks[-1].lower().strip(",") in _TRAILING_SKIP | frozenset(MONTHS):
        toks.pop()
    while toks and toks[-1][0].isdigit():
        toks.pop()
    # (lower case: "The WHO" is the World Health Organization, no relative clause)
    who = next((i for i, t in enumerate(toks) if t in ("who", "whom", "whose") and i > 0), None)
    if who is not None:
        toks = toks[:who]  # "a senior officer who spoke on condition of anonymity"
    np = " ".join(toks).strip(" ,;:")
    if not np or (np.lower() in _NOT_SPEAKERS and not (np.isupper() and len(np) > 1)) or len(toks) > 14:
        return None  # (an acronym in capitals is a name: "WHO said")
    head = toks[-1].lower().strip(",.;:")
    if head in EVIDENCE_NOUNS and not any(t[:1].isupper() for t in toks):
        # "confirmed by laboratory tests", "citing hospital data" (but "The Office of Vital
        # Records said", "citing U.N. data" name who gives them)
        return None
    if head in NON_SPEAKER_HEADS:
        if len(toks) >= 2 and head in _SOURCE_DATA and any(t[0].isupper() for t in toks[:-1]):
            return np  # "according to U.N. figures": the figures name their source
        return None  # "Death toll raised to 57": the toll is what was raised
    if head in _OPEN_ENDS:
        return None  # "the number of confirmed deaths": "confirmed" qualifies the deaths
    if len(toks) >= 2 and toks[-2].lower() == "to":
        return None  # "continues to receive reports": a verb phrase, not who spoke
    if len(toks) >= 2 and head in ("it", "he", "she", "they", "we"):
        return toks[-1]  # "a number it says will rise": the pronoun is the speaker
    if np.lower() in _DESCRIPTIVE_ONLY:
        return None  # "Rival claims over the strike": an adjective, not a speaker
    if (_DIGIT.search(np) or _NUMBER_WORD.search(np)) and head not in REPORTER_NOUNS:
        # "two deaths were reported", "five of those reported": a figure, not a speaker; but
        # "three aid workers said" names who spoke (and their count is no claim)
        return None
    if np.lower() in _FIRST_PERSON:
        return None  # "We counted 73 bodies," said Dr X: the quote's speaker is X
    return np


_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
    r"thousands|scores)\b",
    re.I,
)


# Small words inside a proper name: "Democratic Voice of Burma", "Committee to Protect
# Journalists", "Abu Bakr al-Baghdadi", "Ursula von der Leyen".
_NAME_CONNECTIVES = frozenset({
    "de", "al", "bin", "van", "von", "der", "du", "des", "la", "le", "el", "y", "of", "the",
    "for", "and", "to", "on",
})


def _is_name(seg: str) -> bool:
    toks = seg.split()
    return (
        # "At Khandar Regional Hospital, director Farid Nazarov said": a place, not a name
        0 < len(toks) <= 7 and toks[0][0].isupper() and toks[0].lower() not in _LEADING_PREPOSITIONS
        # "since Wednesday, a military source said": a day, not a name the source is put after
        and not _is_time_token(toks[0])
        and all(t[0].isupper() for t in toks if t.lower() not in _NAME_CONNECTIVES)
    )


def _clean_np(np: str) -> str | None:
    """Trim a candidate speaker phrase to the speaker itself.

    "Confirming the incident, the FCT police spokesperson, Anjuguri Manzah" -> the name;
    "Babak Yektaparast, a spokesman for ..." -> the name; "A US official, speaking on
    condition of anonymity" -> the official.
    """
    np = np.strip(" ,;:—–-\"“”‘’'()")
    segments = [s.strip() for s in _COMMA_NOT_IN_NUMBER.split(np) if s.strip()]
    for k in range(len(segments) - 1, -1, -1):
        seg = segments[k]
        if k > 0 and _is_name(segments[k - 1]) and (
            _APPOSITIVE_START.match(seg)
            or (seg.split()[0].lower() in _TITLE_WORDS and len(segments[k - 1].split()) >= 2)
            # "Dr Amal Haroun, the hospital director, said"
            or (seg.lower().startswith("the ") and is_person_role(seg) and len(segments[k - 1].split()) >= 2)
        ):
            # "Dr. Yusuf Haddad, director of Al-Rahma Hospital, said": the name spoke
            return _clean_segment(segments[k - 1])
        cleaned = _clean_segment(seg)
        if cleaned and not _ASIDE_OPENER.match(seg):
            return cleaned
    return None


_ASIDE_OPENER = re.compile(
    r"(?:speaking|asked|responding|writing|addressing|citing|quoting|according)\b", re.I
)
_TRAILING_ASIDE = re.compile(
    r"(?:\s*\([^()]{1,60}\)|,\s*(?:who|which|whose|one\s+of|an?(?=\s+[a-z])|speaking|"
    # "The Committee of Families, formed on Sunday, said": how the speaker came to be
    + alternation(ORIGIN_PARTICIPLES) + r"|quoted|citing|quoting|according|"
    r"asked|writing|responding|in\s+a\s+statement|in\s+an\s+interview)\b[^,]*"
    # "..., who flew in from the regional capital, Medra, put": a name in apposition inside
    r"(?:,\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}(?=,))?,)\s*"
    # "The fans' association, which on Sunday put the toll at 31, yesterday raised its count"
    r"(?:(?:has|have|had|not|also|later|then|again|once\s+again|on\s+\w+|yesterday|today|earlier|now|last\s+\w+|this\s+\w+)\s+)*$",
    re.I,
)


_ISSUED_KEYS = frozenset({"issued", "released", "published", "put"})
_TOKEN_CHAR = re.compile(r"[\w’'\-.]")
_TOKEN_WINDOW = 300  # characters: far more than the 19 tokens a speaker phrase may take


def _last_tokens(left: str) -> list[re.Match[str]]:
    """`_TOKEN`'s tokens of `left`, or at least its last 19: the walk back to the start of a
    speaker phrase never goes further, and tokenising a long sentence's whole left part for
    every speech verb was a tenth of extraction."""
    lo = max(0, len(left) - _TOKEN_WINDOW)
    while lo > 0 and _TOKEN_CHAR.match(left, lo - 1):
        lo -= 1  # start at a token boundary, so the tokens are those of the whole text
    toks = list(_TOKEN.finditer(left, lo))
    if lo > 0 and len(toks) <= 19:
        return list(_TOKEN.finditer(left))
    return toks


def _np_before(sentence: str, pos: int) -> str | None:
    """The subject phrase that ends just before a speech verb at `pos`."""
    left = sentence[:pos]
    words = sentence_words(sentence)
    issued = None if _ISSUED_KEYS.isdisjoint(words) else _ISSUED.search(left)
    if issued:
        left = left[: issued.start()]
    # "Médecins Sans Frontières (MSF) said", "The RSF, which controls the area, put",
    # "A senior official, speaking on condition of anonymity because ..., said"
    if left.count(",") >= 3:
        fronted = _FRONTED_PHRASE.match(left)
        if fronted:
            # "In the camps, a local councillor, Peter Lomuria, claimed": the place is no
            # subject, and the aside after it is (blanked, so offsets stay those of the sentence)
            left = " " * fronted.end() + left[fronted.end() :]
    if ")" in left or left.count(",") >= 2:  # an aside needs one or the other
        left = _TRAILING_ASIDE.sub("", left)
        if left.endswith(")"):
            # "The International Migration Agency (IMA), whose staff ..., says": the
            # acronym's brackets were an aside before the clause's
            left = _TRAILING_ASIDE.sub("", left)
    toks = _last_tokens(left)
    i = len(toks)
    while i > 0:
        t = toks[i - 1].group()
        tl = t.lower()
        if t in (".", ";", ":", "“", "”", '"', "(", ")", "—", "–", "-") or (
            tl in _BOUNDARY_WORDS and not (t.isupper() and len(t) > 1)  # "WHO" is no "who"
        ):
            # (a lone "-" is a dash: "KALRI BALA - District Commissioner ... lowered")
            break
        if tl in ("said", "says", "say", "told", "added", "reported") and i < len(toks):
            break  # "The police said they estimated": the inner speaker starts after "said"
        if t in ("--", "—", "–"):
            break  # a dateline "TEHRAN -- Iranian Interior Minister ..."
        i -= 1
        if tl in PERSONAL_PRONOUNS and i and toks[i - 1].group() == ",":
            break  # "Working from the register, we have confirmed": the pronoun is the subject
        if len(toks) - i > 18:
            break
    start = toks[i].start() if i < len(toks) else len(left)
    if i == len(toks) and i >= 2 and toks[i - 1].group().lower() == "which" and toks[i - 2].group() == ",":
        # "The army's General Command, which put the toll at 37, has not updated it": the
        # phrase the relative clause hangs on
        return _np_before(sentence, toks[i - 2].start())
    if i == len(toks) and i and toks[i - 1].group().lower() == "and":
        return _shared_subject(left[: toks[i - 1].start()])
    if 1 < i < len(toks) and toks[i - 1].group().lower() == "who" and "," not in left[start:]:
        # "A senior officer who spoke on condition of anonymity said": the officer
        return _np_before(sentence, toks[i - 1].start())
    named = _NAME_THEN_ROLE.search(left) if left.count(",") >= 2 else None
    if named and named.start("name") >= start:
        # "Hamidou Teguel, chairman of the camp committee, told": the name, not the role
        return named.group("name")
    whose = left.find(", whose ", start)
    if whose != -1:
        # "The World Health Bureau, whose bulletin last week listed 52 deaths": the bureau
        return _clean_np(left[start:whose])
    return _clean_np(left[start:])


# "He promised compensation and said ...": the clause's subject, one clause with no aside
_CLAUSE_SUBJECT = re.compile(
    r"\s*(?P<np>He|She|They|It|We|(?:[A-Z][\w’'\-.]*\s+){0,4}[A-Z][\w’'\-.]*)\s+"
    r"(?:[a-z]+ed|[a-z]+s|has|have|had|was|were|is|are|will|would|also)\b"
)
_CLAUSE_BREAK_WORDS = frozenset({"that", "who", "which", "when", "while", "after", "because", "if"})


_SPEECH_PARTICIPLES = frozenset({
    "saying", "adding", "telling", "noting", "stating", "reporting", "announcing",
    "confirming", "estimating", "putting",
})
_SUBJECT_END = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
    "also", "said", "says", "told", "did", "does", "do",
})


def _main_subject(before: str) -> str | None:
    """The subject of the sentence's main clause: its words up to the first auxiliary or past
    tense verb ("The army denied ...", "Tunisian authorities have ..."), with no comma before."""
    words = before.split()
    for i, word in enumerate(words[:9]):
        low = word.lower()
        if "," in word or low in _BOUNDARY_WORDS:
            return None
        if i and (low in _SUBJECT_END or (low.endswith("ed") and word.islower())):
            return _clean_np(" ".join(words[:i]))
    return None


def _shared_subject(first_clause: str) -> str | None:
    """The subject of the verb before "and said", when the sentence is that one clause."""
    m = _CLAUSE_SUBJECT.match(first_clause)
    if m is None or any(ch in first_clause for ch in ",;:\"“”()"):
        return None
    if not _CLAUSE_BREAK_WORDS.isdisjoint(w.lower() for w in first_clause.split()):
        return None
    return _clean_np(m.group("np"))


def is_pronoun(speaker: str) -> bool:
    return speaker.lower() in SPEAKER_PRONOUNS or speaker.lower() in PERSONAL_PRONOUNS


_ORG_RE = re.compile(r"\b(?:" + alternation(_ORG_WORDS, space=r"\ ") + r")\b")


@lru_cache(maxsize=4096)  # every sentence's subject is asked about; names recur
def has_title(speaker: str) -> bool:
    """A person's title among the words: "Interior Minister Ahmad Vahidi", "Dr. Amina
    Kheiri", "spokesman Daniel Okwen", "the Human Rights Ombudsman"."""
    return any(w.strip(".,").lower() in _PERSON_TITLES for w in speaker.split())



def looks_like_org(speaker: str) -> bool:
    """An organisation's words ("ministry", "army"), or an acronym ("the RSF", "IOM"): people
    are not named in capitals."""
    return _ORG_RE.search(speaker.lower()) is not None or _ACRONYM.fullmatch(speaker) is not None


_ACRONYM = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,7}")


_TITLE_WORDS = frozenset({
    "chief", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "director",
    "commissioner", "governor", "mayor", "head", "secretary", "general", "colonel", "captain",
    "sheriff", "superintendent", "inspector", "sergeant", "lieutenant", "major", "officer",
    "coordinator", "administrator", "prosecutor", "judge", "senator", "deputy", "assistant",
})


# a person's title, for has_title: the titles before a name, and honorifics
_PERSON_TITLES = _TITLE_WORDS | {"dr", "mr", "mrs", "ms", "prof", "professor", "ombudsman", "ambassador"}

_PERSON_ROLES = frozenset({
    "official", "source", "witness", "resident", "survivor", "doctor", "nurse", "officer",
    "commander", "councillor", "councilor", "trader", "farmer", "fisherman", "teacher",
    "father", "mother", "man", "woman", "relative", "neighbour", "neighbor", "medic",
})


def is_person_role(speaker: str) -> bool:
    """"a local official", "the spokesman": one person, so a later "he" or "she" is them."""
    words = speaker.split()
    last = words[-1].lower().strip(",.") if words else ""
    return last in _PERSON_ROLES or last in _TITLE_WORDS


@lru_cache(maxsize=4096)
def looks_like_person(speaker: str) -> bool:
    words = speaker.split()
    if any(w[0].isupper() for w in words) and not looks_like_org(speaker):
        return True
    # "Police chief Amadou Sall", "Police Chief Marisol Grant": an organisation's title before
    # a person's full name
    tail: list[str] = []
    for w in reversed(words):
        if not w[0].isupper() or w.lower() in _TITLE_WORDS or _ORG_RE.search(w.lower()):
            break
        tail.append(w)
    return len(tail) >= 2


_CUE_WORDS = frozenset(v.split()[0] for v in SPEECH_VERBS) | {
    "according", "citing", "quoting", "quoted", "cited", "statement", "claim", "per",
}


def speech_events(sentence: str) -> list[SpeechEvent]:
    """Every attribution in one sentence, in order of the verb."""
    events = _speech_events(sentence)
    more = _owner_events(sentence) + _agent_events(sentence) + _evidence_events(sentence)
    if more:
        events = sorted(events + more, key=lambda e: e.pos)
    return events


_AGENT_VERB = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?)?(?P<v>" + alternation(AGENT_COUNT_VERBS) + r")\b"
)
_AGENT_KEYS = frozenset(AGENT_COUNT_VERBS)
# An agent's figures are what its verb acts on: "MSF treated 87 patients at the hospital, 19
# of them for gunshot wounds", never a clause of its own after it ("UNICEF treated children
# in the camp, where 30 people have died", "has distributed 2,600 tents, but 40,000 ...").
_AGENT_REACH = 80
_AGENT_GAP_CUT = re.compile(
    r";|,\s*(?:but|and|while|where|as|after|when|although|though|because|since)\b"
    r"|\b(?:as|where|while|when|after|because|although|though|since|but|whose|who|which)\b"
)


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
        np = _np_before(sentence, m.start())
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
_OWNED_KEYS = frozenset(w for n in OWNED_COUNT_NOUNS for w in n.split())
# what may stand between the count noun and its figure: "toll of 24", "toll stood at 24",
# "tally (24 dead, 41 injured": the figures listed after the first one too
_OWNER_GAP = re.compile(
    r"\s*(?:(?:of|at|(?:stood|stands|stand|was|is|rose|rises|climbed|climbs|reached|now)(?:\s+(?:at|to))?)\s+"
    # "tally (24 dead, 41 injured)": the figures listed inside its brackets
    r"|\(\s*(?:[^()]{0,60}?,\s*)?)"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|around|almost|roughly)\s+)?",
    re.I,
)


_EVIDENCE_BY = re.compile(
    rf"\b(?:{alternation(EVIDENCE_MAKING)})\s+by\s+(?P<np>(?:the\s+)?[A-Z][^,;:()]{{0,60}}?)\s+"
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
        speaker = _clean_np(m.group("np"))
        if speaker:
            out.append(SpeechEvent(speaker, m.start("v"), m.end(), "lead", m.group("v")))
    return out


def _owner_events(sentence: str) -> list[SpeechEvent]:
    """The owner of a count noun, as the source of the figures that noun governs: an
    organisation named before "'s" ("the province's toll" names a place, and a place's toll
    is a scope, not a source)."""
    if "'s" not in sentence and "’s" not in sentence:
        return []
    if _OWNED_KEYS.isdisjoint(sentence_words(sentence)):
        return []
    out: list[SpeechEvent] = []
    for m in _OWNED_COUNT.finditer(sentence):
        np = _np_before(sentence, m.start())
        if not np:
            continue
        if " the " in np:
            np = np[np.rindex(" the ") + 1 :]  # "Residents disputed the ministry": the ministry
        if np.split()[-1].lower() in PLACE_NOUNS:
            continue
        # a body that counts: "The blast's toll", "Hurricane Ian's toll", "Turkey's death
        # toll" name the event or the place, not a source
        if looks_like_org(np):
            out.append(SpeechEvent(np, m.end(), m.end(), "owner"))
    return out


def _speech_events(sentence: str) -> list[SpeechEvent]:
    words = sentence_words(sentence)
    if _CUE_WORDS.isdisjoint(words):
        # no speech verb, "according to" or "statement": only a source in closing brackets,
        # or one before a heading's colon
        return _bracketed_source(sentence) or _labelled_source(sentence)
    events: list[SpeechEvent] = []
    taken: list[tuple[int, int]] = []
    for m in () if _QUOTED_AS_KEYS.isdisjoint(words) else _QUOTED_AS.finditer(sentence):
        sp = _clean_np(m.group("np") or m.group("np2"))
        if sp:
            kind = "lead" if m.group("np") else "after"
            events.append(SpeechEvent(sp, m.end() if kind == "lead" else m.start(), m.end(), kind))
            taken.append((m.start(), m.end()))
    for m in () if _CLAIM_OF_KEYS.isdisjoint(words) else _CLAIM_OF.finditer(sentence):
        sp = _clean_np(m.group("np"))
        if sp:
            events.append(SpeechEvent(sp, m.end(), m.end(), "lead"))
    for m in _ACCORDING.finditer(sentence):
        np = _NP_CLAUSE_CUT.split(m.group("np"))[0]
        data = _DATA_BY.match(np)
        if data:
            # "according to data collected by CGA from its field teams": CGA
            np = _TRAILING_BRACKETS.sub("", _FROM_TAIL.split(np[data.end() :])[0])
        sp = _clean_np(np)
        if sp:
            kind = "cite" if m.group("v").lower() in ("citing", "quoting") else "after"
            events.append(SpeechEvent(sp, m.start(), m.end(), kind))
            taken.append((m.start(), m.end()))
    for m in () if _GIVEN_BY_KEYS.isdisjoint(words) else _GIVEN_BY.finditer(sentence):
        # "the figure of about 70 given by rescuers", "the 21 announced by the ministry"
        np = _NP_CLAUSE_CUT.split(m.group("np"))[0]
        sp = _clean_np(_GIVEN_BY_TAIL.sub("", np))
        if sp:
            events.append(SpeechEvent(sp, m.start(), m.end(), "by", m.group("v").lower()))
            taken.append((m.start(), m.end()))
    for m in _SPEECH.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        verb = m.group("v")
        before = sentence[: m.start()].rstrip()
        after = sentence[m.end() :]
        if _NOT_SPEECH_AFTER.match(after) and not (verb in _SAY_VERBS and _CASUALTY_AFTER.match(after)):
            continue  # "claimed the lives of", "reported missing", "put in place"
        if verb.lower() in ("updates", "update", "reports", "claims") and _NOUN_USE_AFTER.match(after) and not (
            # "The Government reports that the toll ...": a body before it makes it a verb
            _SUBJECT_BODY_BEFORE.search(before) and looks_like_org(_SUBJECT_BODY_BEFORE.search(before).group(1))
        ):
            continue  # "LIVE updates: toll rises to 12", "Rival claims over the strike"
        if verb.lower().endswith("admitted") and _HOSPITAL_SUBJECT.search(before):
            continue  # "the hospital had admitted 118 injured": patients, not a concession
        # inverted: ', said Carlos Lopez.' / '" said the minister'
        if _PASSIVE_BEFORE.search(before):
            continue  # passive: "two deaths were reported"
        if verb.lower() in SPEECH_VERBS_ALSO_NOUNS and _NOUN_AFTER_DETERMINER.search(before):
            continue
        if (before.endswith((",", "”", '"', "’")) or not before) and verb in _INVERTING_VERBS:
            after = _TITLE_DOT.sub(lambda t: t.group(1) + " ", after)  # "Dr. Amir Hassan"
            inv = _INVERTED_SPEAKER.match(after)
            if inv and (len(inv.group(1).split()) > 8 or _FINITE_VERB.search(inv.group(1))):
                inv = None  # ", said the real figure was higher": a clause, not who spoke
            if inv and (
                any(w[0].isupper() for w in inv.group(1).split())
                or inv.group(1).lower().startswith(("the ", "a ", "its ", "his ", "her ", "their "))
                # a heading's "Toll now 12, says railway", "..., say police"
                or (len(inv.group(1).split()) <= 2 and looks_like_org(inv.group(1)))
            ):
                named = _NAME_AFTER_TITLE.match(after, inv.end())
                if named and inv.group(1).lower().startswith(("its ", "his ", "her ", "their ")):
                    # '..., says its superintendent, Dr Kalpesh Shah.': the name is who spoke
                    events.append(SpeechEvent(named.group(1), m.start(), m.end() + named.end(), "inverted", verb))
                    continue
                sp = _clean_np(inv.group(1))
                if sp and not sp.lower().startswith(("that", "it")):
                    events.append(SpeechEvent(sp, m.start(), m.end() + inv.end(), "inverted", verb))
                    continue
        if verb in _SPEECH_PARTICIPLES and before.endswith(",") and events:
            # '"Most victims died of smoke," he said, adding that 14 bodies were found': the
            # speaker of the clause before goes on
            sp = events[-1].speaker
        elif verb in _SPEECH_PARTICIPLES and before.endswith(","):
            # "Tunisian authorities stepped up patrols, saying ...": the main clause's subject
            sp = _main_subject(before)
        else:
            sp = _np_before(sentence, m.start())
            if sp and len(sp.split()) >= 4 and before.endswith(",") and not sentence.rstrip().endswith("."):
                # a headline's "Army blames rebels for market attack, says 37 killed": the
                # subject of its first verb speaks, not the whole clause
                head = _HEADLINE_SUBJECT.match(sentence)
                if head and (looks_like_org(head.group("n")) or is_person_role(head.group("n"))):
                    sp = head.group("n")
        bound = None if sp else _FIGURE_THEN_SPEAKER.search(before)
        if bound and _clean_np(bound.group("np")):
            # "up from the nine the army reported on Thursday": the speaker phrase holds the
            # figure, so it is found from the figure's side
            events.append(SpeechEvent(_clean_np(bound.group("np")), bound.start("np"), m.end(), "by", verb))
            continue
        if sp and sp.lower() not in _DETERMINERS:  # "An estimated 6,500 families" is no speech
            bound = _AS_SPEAKER_BEFORE.search(before)
            if bound and bound.group("np").endswith(sp) and _FIGURE_END.search(before, 0, bound.start()):
                # "at least 61 people, not 23 as the army stated": the figure just before
                # is the army's
                # (bound from the end of the figure: '"not five, as the Government says"')
                events.append(SpeechEvent(sp, len(before[: bound.start()].rstrip(" ,")), m.end(), "by", verb))
                continue
            bound = _FIGURE_THEN_SPEAKER.search(before)
            if bound and bound.group("np").endswith(sp):
                # "the 33 it gave on Saturday": the figure just before is its
                events.append(SpeechEvent(sp, bound.start("np"), m.end(), "by", verb))
                continue
            events.append(SpeechEvent(sp, m.start(), m.end(), "lead", verb))
    if not events:
        events = _bracketed_source(sentence) or _labelled_source(sentence)
    events.sort(key=lambda e: e.pos)
    return events


# "Red Crescent: 'more than 100 dead'", "Governor: 112 dead in Zarav", "UN: 20,000 displaced"
_SPEAKER_LABEL = re.compile(r"^\W*(?:\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?\s*[-–—|:]\s*)?(?P<sp>[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,3})\s*:\s+(?P<rest>\S.*)$")
_MAX_LABELLED_WORDS = 12


def _labelled_source(sentence: str) -> list[SpeechEvent]:
    """A headline or a live page's entry heading that opens on who gives the figure and a
    colon. Only an organisation or a title: "Kerman attack: toll climbs to 103" names the
    event, and "LIVE:" or "UPDATE:" no one."""
    m = _SPEAKER_LABEL.match(sentence)
    rest = m.group("rest") if m else ""
    if m is None or len(rest.split()) > _MAX_LABELLED_WORDS or _FINITE_VERB.search(rest):
        return []  # a heading has no auxiliary: "Partners are trucking water" is a sentence
    if rest.rstrip().endswith(".") and len(rest.split()) > 6:
        return []  # "MULTAN: The death toll from the collapse rose to 14 on Sunday.": a dateline
    sp = m.group("sp")
    if sp.lower() in HEADING_LABELS or sp.lower() in NON_SPEAKER_HEADS:
        return []
    if any(sp.lower().endswith(label) for label in FACT_LABELS):
        return []  # "• Police officers injured: 14" is a fact box, not the police speaking
    if not (looks_like_org(sp) or sp.split()[-1].lower() in _TITLE_WORDS):
        return []
    return [SpeechEvent(sp, m.start("sp"), m.end("sp"), "lead", ":")]


def _bracketed_source(sentence: str) -> list[SpeechEvent]:
    """"43 people killed and 76 injured (Federal Ministry of Health)": a bullet or fact line
    that names its source in closing brackets."""
    closing = _SOURCE_IN_BRACKETS.search(sentence) if sentence.endswith((")", ").", ");")) else None
    if closing is None:
        return []
    before = sentence[: closing.start()].rstrip().rsplit(" ", 1)[-1]
    if before[:1].isupper():
        return []  # "at Katihar Medical College Hospital (KMCH).": an abbreviation, not a source
    sp = _clean_np(closing.group("np"))
    if sp and looks_like_org(sp):
        return [SpeechEvent(sp, closing.start(), closing.end(), "after")]
    return []


_SOURCE_IN_BRACKETS = re.compile(r"\((?P<np>[A-Z][^()\d]{2,60})\)\s*[.;]?\s*$")


_DETERMINERS = frozenset({"a", "an", "the", "some", "this", "that", "these", "those", "another"})


# A leading speaker's words stop at a clause about another moment ("announced the operation
# hours after four soldiers died"), unless the attribution itself ends with a comma
# ("the ministry said on Saturday, after rescuers recovered 12 bodies").
_TITLE_DOT = re.compile(r"\b(Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Prof|Gov|Sen|Rep|Maj|Brig|St)\.")
_LEAD_SCOPE_CUT = re.compile(
    r"(?<!,)\s(?:hours|days|minutes|shortly|soon|weeks)?\s*(?:after|before|because|since)\b"
    # "rescued alive since the collapse": a time phrase, not a clause about another moment
    r"(?!\s+(?:the|a|an|its|their|his|her|this|that|then|last|dawn|midnight|noon|early|late"
    # "had died since mid-June", "since Monday", "since 2019"
    r"|mid-?[a-z]+|\d+|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + "|" + "|".join(WEEKDAYS) + r")\b)",
    re.I,
)
# "an attack that a local mayor says killed 52 people": "says" + a casualty verb is speech;
# "reported killed", "confirmed dead" are not
_SAY_VERBS = frozenset({"says", "said", "say", "told", "tells"})
_SUBJECT_BODY_BEFORE = re.compile(r"(?:^\W*|[,;:]\s*|\b[Tt]he\s+)((?:[\w’'\-]+\s+){0,4}[\w’'\-]+)$")
_NOUN_USE_AFTER = re.compile(r"\s*(?::|over\b|of\b|that\s+(?:the|a)\b)", re.I)
_CASUALTY_AFTER = re.compile(r"\s+(?:killed|injured|wounded|hurt)\b", re.I)
# verbs that may come before their speaker: '..., said the minister', '..., reports the Ministry'
# (not "told": '..., Dr Kheiri told AFP by phone' names who was told)
_INVERTING_VERBS = frozenset({
    "said", "says", "added", "adds", "stated", "states", "wrote", "writes", "reports",
    "reported", "announced", "announces", "confirmed", "confirms", "explained",
    "explains", "indicated", "indicates", "declared", "declares", "affirmed", "affirms",
})
_HEADLINE_SUBJECT = re.compile(r"^\W*(?P<n>[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,2}?)\s+[a-z]+s\b")
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could)\b", re.I)
_AS_SPEAKER_BEFORE = re.compile(r"\bas\s+(?P<np>(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)(?:\s+(?:has|had|have|had\s+first|first))?$", re.I)
_FIGURE_END = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands))"
    r"(?:\s+[a-z]+)?\s*,?\s*$"
)
# "the 33 it gave on Saturday": a figure, then at once who gave it
_FIGURE_THEN_SPEAKER = re.compile(
    r"\b(?:the|its|their)\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<np>(?:(?:the|its|their|a|an)\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,2}?)(?:\s+(?:had|has|have|first|initially|earlier))?$",
    re.I,
)
_HOSPITAL_SUBJECT = re.compile(
    r"\b(?:hospitals?|clinics?|wards?|infirmary|medical\s+(?:centre|center|college)|health\s+(?:centre|center))"
    r"(?:\s+(?:had|has|have))?\s*$",
    re.I,
)
_NOT_SPEECH_AFTER = re.compile(
    r"\s+(?:the\s+lives|lives|missing|dead|killed|injured|wounded|hurt|in\s+place|on\s+alert)",
    re.I,
)


# the speaker opens the next clause: ", and the UN children's agency Unicef says"; not
# ", and recovered nine bodies, national guard spokesman Mohamed Ali Zribi said"
_NEXT_CLAUSE_SPEAKER = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+[^,;]{1,80}$")


def speaker_for(events: Sequence[SpeechEvent], sentence: str, claim_start: int, claim_end: int) -> SpeechEvent | None:
    """The innermost attribution of a claim at [claim_start, claim_end) in the sentence."""
    for e in events:
        # "the health ministry's toll of 24": the count's owner is the innermost
        if e.kind == "owner" and e.pos <= claim_start and _OWNER_GAP.fullmatch(sentence, e.pos, claim_start):
            return e
    for e in events:
        # "about 70 given by rescuers": a source bound to the figure itself is the innermost
        if e.kind == "by" and claim_end <= e.pos and _BOUND_GAP.fullmatch(sentence, claim_end, e.pos):
            return e
    found = _innermost([e for e in events if e.kind != "agent"], sentence, claim_start, claim_end)
    if found is not None:
        return found
    # no one is said to give it: "MSF treated 87 patients" is MSF's figure, but in "Dr. X
    # said the hospital had received 31 bodies" the doctor speaks
    agents = [e for e in events if e.kind == "agent" and e.end <= claim_start
              and claim_start - e.end <= _AGENT_REACH and not _AGENT_GAP_CUT.search(sentence, e.end, claim_start)]
    return max(agents, key=lambda e: e.pos) if agents else None


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
        for e in leading:
            # "The agency, citing the Red Crescent, said ..." / "Citing hospital sources, the
            # broadcaster said ...": the cited source is inner
            if e.kind == "cite" and e.pos < chosen.pos and "," in sentence[e.end - 1 : chosen.pos]:
                return e
        return chosen
    trailing = [
        e for e in events
        if e.pos >= claim_end and e.kind != "owner"  # an owner credits only its count's figures
        and not (e.kind == "lead" and e.verb in FIGURE_GIVING_VERBS)
        # "Power was cut to 600,000 people, and Unicef says 250,000 of them ...": a speaker
        # of the next clause says nothing of this one
        and not (e.kind == "lead" and _NEXT_CLAUSE_SPEAKER.search(sentence, claim_end, e.pos))
    ]
    if not trailing:
        return None
    cites = [e for e in trailing if e.kind == "cite"]
    if cites:
        return cites[0]
    return min(trailing, key=lambda e: e.pos)
