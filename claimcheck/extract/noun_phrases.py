"""The noun phrase that names a speaker, cut out of the words around a speech verb: the
subject before it ("The Regional Relief Office (RRO), whose teams ..., says"), past
asides and fronted places, and cleaned of what is no part of a name (times, roles before a
name, clauses after it).
"""

from __future__ import annotations

import re

from claimcheck.extract.lexicon import (
    CONTACT_VERBS,
    DESCRIPTION_OPENERS,
    EVIDENCE_NOUNS,
    FRONTING_PREPOSITIONS,
    LY_NOUNS,
    MONTHS,
    NON_SPEAKER_HEADS,
    ORIGIN_PARTICIPLES,
    PERIODICAL_ENDINGS,
    PERSONAL_PRONOUNS,
    REPORTER_NOUNS,
    SUBJECT_NOUNS,
    WEEKDAYS,
)
from claimcheck.extract.patterns import CALENDAR_NAMES, alternation, sentence_words
from claimcheck.extract.speaker_kinds import TITLE_WORDS, is_person_role


# Small patterns of the functions below, compiled once: re's own cache costs a lookup
# on every call, and these run for every figure.
_DIGIT = re.compile(r"\d")
# a digit of a figure, not of an ordinal: "Colonel Ivo Brand of the 4th Brigade" names a unit
_FIGURE_DIGIT = re.compile(r"\d(?![\d,]*(?:st|nd|rd|th)\b)")


_COMMA_NOT_IN_NUMBER = re.compile(r",(?!\d)")


_APPOSITIVE_START = re.compile(r"(?:a|an|who|whose|which)\b", re.I)


_FRONTED_PHRASE = re.compile(rf"^(?:{alternation(FRONTING_PREPOSITIONS)})\s+[^,;:]{{1,60}},\s*(?=[a-zA-Z])")


# whom a speaker told, before the clause of what was told: "told reporters his people had ..."
_TOLD_WHOM = re.compile(
    r"(?:reporters|journalists|us|me|him|her|them|the\s+press|the\s+media|parliament|lawmakers)\s+(?:that\s+)?(?=(?:his|her|its|their|our|the|a|an)\s)",
    re.I,
)
# "..., who gave his name as Abu Karim, ": a source named only by what he chose to be called
_GAVE_NAME_AS_END = re.compile(
    r",\s*who\s+(?:gave|gives|give)\s+(?:his|her|their|only\s+his|only\s+her)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
    r"(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}),\s*$"
)
# a role and then a name, after a clause: ", a customs spokeswoman, Officer Lena Varga, "
_ROLE_THEN_NAME_END = re.compile(
    r",\s*an?\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,5},\s*"
    r"(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,4}),\s*$"
)


_NAME_THEN_ROLE = re.compile(
    r"(?:^|[.;:]\s+|\s-\s)(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+),\s+(?P<role>[a-z][\w’'\-]*(?:\s+[\w’'\-]+){0,7}),\s*$"
)


_WHICH_BEFORE_VERB = re.compile(
    # ("KRF, which still says 17 ...", "the ministry, which now says ...": an adverb between;
    # "the rebels, who said they lost 4 men": a person or a group)
    # ("The regional police, which had given 19 dead at dawn, raised their count": an auxiliary)
    r",\s*(?:which|who)\s+(?:(?:still|now|also|only|already|has|had|have)\s+){0,2}"
    r"(?:(?:on|in|at|by|last|earlier|initially|first|originally|previously|then|later)\b[\w\s]{0,30}?)?\s*$"
)
_MADE_BY = re.compile(r"\bby\s+(?=the\s|[A-Z])(?!(?i:" + CALENDAR_NAMES + r")\b)")
# a verb of meeting or reaching inside the phrase a relative hangs on: it is a clause, and the
# relative's speaker is its object, not the whole
_MET_IN_PHRASE = re.compile(r"\b(?:" + alternation(CONTACT_VERBS) + r")\b", re.I)
_CITED_BEFORE_WHICH = re.compile(r"\b(?:according\s+to|citing|quoting)\s+(?P<np>[^,;()]{2,80})$", re.I)
_BY_ASIDE = re.compile(
    r"^(?P<np>[^,]{2,80}?),\s+(?:chaired|led|headed|run|founded|appointed|set\s+up|created|commissioned)\s+by\s+[^;]{1,120},\s*$"
)


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
    "publicly", "not", "yet", "never", "just", "finally", "since", "formally", "officially", "dated",
}) | frozenset(WEEKDAYS)


_MODALS = frozenset({"can", "may", "must", "should", "might"})
_CLAUSE_MODALS = _MODALS | {"will", "would", "could", "shall"}
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "are", "were", "will", "would", "could"})
_TIME_ADVERBS = frozenset({"always", "still", "now", "already", "also", "since", "never", "often"})


_PRONOUN_OBJECT_END = re.compile(r"\s+(?:under|about|on|of|beneath|below|above|with|against)\s+(?:it|them)\s*$", re.I)
_DOCUMENT_PLACE_NOUNS = frozenset({"page", "pages", "p.", "paragraph", "section", "chapter", "item"})
_LEADING_PREPOSITIONS = frozenset({
    "at", "on", "in", "during", "after", "before", "by", "for", "since", "shortly", "earlier",
    "later", "late", "early", "however", "meanwhile", "also", "but", "and", "yet", "still",
    "so", "now", "then", "speaking", "confirming", "explaining", "asked", "responding",
    "addressing", "writing", "though", "although", "separately", "overall", "still",
    # "Across Varnia, the army's top commander said": a place fronted, not a name
    *(w.lower() for w in FRONTING_PREPOSITIONS),
})


_TIME_WORDS = frozenset({
    "the", "a", "this", "that", "last", "next", "early", "late", "same", "day", "days",
    "morning", "evening", "night", "afternoon", "week", "weekend", "one", "point", "time",
    "first", "hours", "later", "earlier", "monday's", "friday's",
    # "By midnight the army had raised its count"
    "midnight", "noon", "midday", "dawn", "dusk", "nightfall", "sunset", "sunrise", "daybreak",
    "mid-morning", "mid-afternoon", "mid-evening", "lunchtime", "teatime",
    # "By then the hospital had received 63 bodies"
    "then",
})
_TIME_NOUNS = frozenset({
    "midnight", "noon", "midday", "dawn", "dusk", "nightfall", "sunset", "sunrise", "daybreak",
    "mid-morning", "mid-afternoon", "mid-evening", "lunchtime", "teatime",
    "morning", "evening", "night", "afternoon", "weekend",
}) | frozenset(WEEKDAYS)
# A time after the speaker: "according to the police at noon", "according to a hospital
# official an hour later"
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:at|by|around|after|before|until)\s+)?(?:about\s+)?(?:noon|midnight|midday|dawn|dusk|nightfall|sunset|sunrise|daybreak"
    r"|(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:o['’]clock|[ap]\.?m\.?)"
    r"|(?:an?|one|two|three|several|a\s+few|some)\s+(?:hour|hours|minute|minutes|day|days)\s+(?:later|earlier|after|before))$",
    re.I,
)


# and the outlet speaking of itself: "Our correspondent counted about 20 army trucks"
# people who head a group named after "of": "the heads of the five villages", "leaders of
# the two unions"
_GROUP_HEADS = frozenset({
    "heads", "head", "chiefs", "chief", "leaders", "leader", "mayors", "representatives",
    "members", "elders", "spokesmen", "spokespeople",
})


_DETERMINER_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


# A degree or an honour after a name, between commas: "Mr. Rudi Santoso, S.H., M.Si.,
# conveyed", "Dr Ana Ruiz, Ph.D., said": part of the name, never the speaker
_DEGREE_SEGMENT = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.){1,3}|Ph\.?D\.?|MD|MBE|OBE|CBE|KC|QC")


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


_TOKEN = re.compile(r"[\w’'\-.]+|[^\w\s]")


def _is_time_token(tok: str) -> bool:
    low = tok.lower()
    return (
        low.strip(",") in _TIME_WORDS or low.strip(",") in WEEKDAYS or low.strip(".,") in MONTHS
        or tok[0].isdigit()
    )


_CLOCK_PART = re.compile(r"\d{1,2}")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?|h|hrs)?:?", re.I)
_ZONE = re.compile(r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|IST|EAT|WAT|CAT|SAST|AEST|AEDT|JST|LT):?")


_WHAT_VERBS = frozenset({"said", "told", "says", "tells", "reported", "stated", "announced"})


def _clean_segment(seg: str) -> str | None:
    toks = seg.split()
    if len(toks) > 1 and toks[0].lower() == "what":
        # "according to what a source in the port authority said": the source, before its verb
        toks = toks[1:]
        verb = next((i for i, t in enumerate(toks) if t.lower().strip(",.") in _WHAT_VERBS), None)
        toks = toks[:verb] if verb else toks
    while len(toks) > 1 and (_CLOCK.fullmatch(toks[0]) or (_ZONE.fullmatch(toks[0]) and toks[0].isupper())):
        toks = toks[1:]  # a live page's entry stamp: "2.15pm Police say ...", "GMT The governor"
    # drop a leading adverbial: "On Monday the ministry", "At one point President Trump"
    if len(toks) > 3 and toks[0].lower() in ("late", "early", "shortly", "just") and toks[1].lower() in ("on", "in", "at", "after", "before"):
        toks = toks[1:]  # "Late on Monday a police spokesman"
    if len(toks) > 2 and toks[0].lower() in ("yesterday", "today", "tonight", "overnight") and toks[1].lower() in ("the", "a", "an"):
        toks = toks[1:]  # "Minister, yesterday the ministry spoke of 61 deaths"
    if (
        len(toks) > 3 and toks[0].lower() in ("this", "last", "that") and toks[1].lower() in _TIME_NOUNS
        and toks[2].lower() in ("the", "a", "an")
    ):
        toks = toks[2:]  # "This morning the Ombudsman's Office released"
    if len(toks) > 3 and toks[0].lower() == "as" and toks[1].lower() == "of" and _is_time_token(toks[2]):
        toks = toks[1:]  # "As of 24 March the prison service": the date, as "On 24 March"
    if toks and (toks[0].lower() in _LEADING_PREPOSITIONS or (toks[0].lower() == "of" and len(toks) > 1 and _is_time_token(toks[1]))):
        i = 1
        while i < len(toks) and (
            _is_time_token(toks[i])
            # "On page 5 the paper reports": where in the paper, not a speaker
            or (toks[i].lower() in _DOCUMENT_PLACE_NOUNS and i + 1 < len(toks) and toks[i + 1][:1].isdigit())
            # "On the evening of 3 May the clinic": a time noun's "of" and its date
            or (toks[i].lower() == "of" and toks[i - 1].lower() in _TIME_NOUNS and i + 1 < len(toks) and _is_time_token(toks[i + 1]))
        ):
            i += 1
        if (
            2 < i < len(toks) and toks[i - 1].lower() in ("the", "a", "this", "that")
            and (toks[i - 2].lower() in _TIME_NOUNS or (
                # "On 16 March the hospital": a date's last word, then the speaker's article
                _is_time_token(toks[i - 2]) and toks[i - 2].lower() not in _TIME_WORDS
            ))
        ):
            i -= 1  # "By midnight the army": the article is the speaker's
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
            lead, toks = toks[0].lower(), toks[i:]
            if lead in ("in", "at"):
                # "In Kharkiv the governor", "In the north the army": the place ends where the
                # speaker's own article begins (but "at the Ministry of the Interior")
                k = next(
                    (k for k in range(1, min(len(toks) - 1, 5))
                     if toks[k] in ("the", "a", "an") and toks[k - 1].lower() not in _NAME_CONNECTIVES),
                    None,
                )
                if k is not None:
                    toks = toks[k:]
        elif toks[0].lower() not in ("earlier", "later", "initially"):
            return None
    timed = _TRAILING_TIME.search(" ".join(toks))
    if timed and timed.start() > 0:
        toks = " ".join(toks)[: timed.start()].split()
    while toks and (
        toks[-1].lower().strip(",") in _TRAILING_SKIP | frozenset(MONTHS) and not (
            toks[-1].isupper() and len(toks[-1]) > 1 and not " ".join(toks).isupper()
        )
        or toks[-1][0].isdigit()
    ):
        toks.pop()  # ("the report of the police office dated 2 May"; but "the DID" is an acronym)
    while len(toks) > 1 and toks[-1] in _MODALS:
        toks.pop()  # "I can confirm it" (in lower case only: "Governor Ahmet Can" keeps his name)
    while len(toks) > 2 and toks[-1].islower() and (
        toks[-1].endswith("ly") or toks[-1] in _TIME_ADVERBS
    ) and toks[-2].lower() in _AUXILIARIES:
        # "The institute has visually confirmed", "The union has always said": an adverb
        # after the auxiliary (not "the family")
        toks = toks[:-2]
    while (
        len(toks) > 1 and toks[-1].isalpha() and toks[-1].islower() and toks[-1].endswith("ly") and len(toks[-1]) >= 6
        and toks[-1] not in LY_NOUNS and not toks[-1].endswith(PERIODICAL_ENDINGS)
    ):
        toks.pop()  # "The ministry quietly lowered its figure": a manner adverb before the verb
    # (lower case: "The WHO" is the World Health Organization, no relative clause)
    who = next((i for i, t in enumerate(toks) if t in ("who", "whom", "whose") and i > 0), None)
    if who is not None:
        toks = toks[:who]  # "an officer who asked not to be named"
    acting = next(
        (i for i in range(1, len(toks)) if toks[i].lower().endswith("ing") and toks[i - 1].lower() in REPORTER_NOUNS),
        None,
    )
    if acting is not None:
        toks = toks[:acting]  # "Three European diplomats following the talks"
    if any(t in _CLAUSE_MODALS for t in toks[:-1]):
        # "Relatives may bring claims.", "the 74 may bring civil claims": a modal with its verb
        # makes a clause, and the "speech verb" after it is their object, a noun
        return None
    np = " ".join(toks).strip(" ,;:")
    if not np or (np.lower() in _NOT_SPEAKERS and not (np.isupper() and len(np) > 1)) or len(toks) > 14:
        return None  # (an acronym in capitals is a name: "WHO said")
    head = toks[-1].lower().strip(",.;:")
    if head in EVIDENCE_NOUNS and not any(
        t[:1].isupper() or t.endswith(("'s", "’s")) for t in toks if t.lower() not in _DETERMINER_WORDS
    ):
        # "confirmed by laboratory tests", "citing hospital data" (but "The Office of Vital
        # Records said", "citing U.N. data" name who gives them)
        return None
    opening = [t.lower() for t in toks if t.lower() not in _DETERMINER_WORDS][:2]
    if len(opening) == 2 and opening[0] in NON_SPEAKER_HEADS and opening[1] == "of" and opening[0] not in _SOURCE_DATA:
        # "The number of cars trapped on the pass on Friday evening is estimated at ...": what
        # was estimated, whatever noun ends the phrase
        return None
    if head in NON_SPEAKER_HEADS:
        if len(toks) >= 2 and head in _SOURCE_DATA and any(
            (t[0].isupper() and t.lower() not in _DETERMINER_WORDS) or t.endswith(("'s", "’s")) for t in toks[:-1]
        ):
            return np  # "according to U.N. figures", "per the agency's figures": they name their source
        return None  # "Death toll raised to 57": the toll is what was raised
    if head in _OPEN_ENDS:
        return None  # "the number of confirmed deaths": "confirmed" qualifies the deaths
    if len(toks) >= 2 and toks[-2].lower() == "to":
        return None  # "continues to receive reports": a verb phrase, not who spoke
    if len(toks) >= 2 and head in ("it", "he", "she", "they", "we"):
        return toks[-1]  # "a number it says will rise": the pronoun is the speaker
    if np.lower() in _DESCRIPTIVE_ONLY:
        return None  # "Rival claims over the strike": an adjective, not a speaker
    of_head = next(
        (toks[i - 1].lower() for i in range(1, len(toks) - 1) if toks[i].lower() == "of" and toks[i + 1].lower() == "the"),
        None,
    )
    if (
        (_FIGURE_DIGIT.search(np) or _NUMBER_WORD.search(np)) and head not in REPORTER_NOUNS and not _ONE_PERSON.fullmatch(np)
        and not _THE_TWO_PARTIES.fullmatch(np)  # "the two armies claim": the parties speak
        # ("The chiefs of the three flooded villages told aid workers": the chiefs speak)
        and of_head not in _GROUP_HEADS
    ):
        # ("one farmer", "another resident": one person of a group speaks)
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
        # "At Orsk General Hospital, director Lev Antonov said": a place, not a name
        0 < len(toks) <= 7 and toks[0][0].isupper() and toks[0].lower() not in _LEADING_PREPOSITIONS
        # "since Wednesday, a military source said": a day, not a name the source is put after
        and not _is_time_token(toks[0])
        and all(t[0].isupper() for t in toks if t.lower() not in _NAME_CONNECTIVES)
    )


_THE_TWO_PARTIES = re.compile(
    r"(?:[Tt]he\s+)?(?:[Tt]wo|[Bb]oth)\s+(?:sides|armies|parties|governments|countries|ministries|militaries|"
    r"forces|camps|neighbours|neighbors|states|capitals|defence\s+ministries|defense\s+ministries)"
)
_ONE_PERSON = re.compile(r"(?:[Oo]ne|[Aa]nother)\s+(?:[a-z]+\s+)?[a-z]+")


def clean_np(np: str) -> str | None:
    """Trim a candidate speaker phrase to the speaker itself.

    "Confirming the incident, the FCT police spokesperson, Anjuguri Manzah" -> the name;
    "Babak Yektaparast, a spokesman for ..." -> the name; "A US official, speaking on
    condition of anonymity" -> the official.
    """
    np = np.strip(" ,;:—–-\"“”‘’'()")
    # a translator's bracket around the name ("[TN: Ana Ruiz]") leaves one bracket unmatched;
    # a matched pair is the text's own ("[bold]Ana Ruiz[/bold]" is shown as written)
    while np.endswith("]") and np.count("]") > np.count("["):
        np = np[:-1].rstrip()
    while np.startswith("[") and np.count("[") > np.count("]"):
        np = np[1:].lstrip()
    if np.count("(") > np.count(")") and np.rfind("(") > np.rfind(")"):
        np += ")"  # "the National Emergency Management Agency (NEMA)": its acronym's bracket
    segments = [s.strip() for s in _COMMA_NOT_IN_NUMBER.split(np) if s.strip() and not _DEGREE_SEGMENT.fullmatch(s.strip())]
    for k in range(len(segments) - 1, -1, -1):
        seg = segments[k]
        if k > 0 and _is_name(segments[k - 1]) and (
            _APPOSITIVE_START.match(seg)
            or (seg.split()[0].lower() in TITLE_WORDS and len(segments[k - 1].split()) >= 2)
            # "Dr Amal Haroun, the hospital director, said"
            # ("Ana Ruiz, the leader of the river patrol, said": the role's head before "of")
            or (seg.lower().startswith("the ") and is_person_role(seg.split(" of ")[0]) and len(segments[k - 1].split()) >= 2)
        ):
            # "Dr. Selim Barzani, head of Al-Noor Hospital, said": the name spoke
            return _clean_segment(segments[k - 1])
        if 0 < k == len(segments) - 1 and _DESCRIPTION.fullmatch(seg) and any(
            len(s.split()) >= 2 and _is_name(s.removeprefix("The ")) for s in segments[:k]
        ):
            # "The Blue Star Society of Kovia, the country's largest relief group, said", "Dr
            # Ana Ruiz, director of the hospital, the only one still open, told": a description
            # of the name before it, which spoke
            continue
        cleaned = _clean_segment(seg)
        if cleaned and not _ASIDE_OPENER.match(seg):
            return cleaned
    return None


# a description in lower case, set off after a name, that ranks or singles it out ("the
# country's largest relief group", "the only hospital still open"); never a list ("the army and
# the police") nor a body's plain name, which after a fronted phrase is the speaker ("Inside
# Kovia, the health ministry said"; "Lev Antonov, the police said, was arrested")
_DESCRIPTION = re.compile(
    r"(?:the|its|their)\s+(?:[a-z]+(?:'s|’s)\s+)?(?:" + alternation(DESCRIPTION_OPENERS) + r")\s+"
    r"(?!(?:[^,]*\s)?(?:and|or)\s)[^A-Z,]+"
)


# "The clinic run by the Union, the party that governs the valley, raised": a description with
# a relative clause of its own, right before the verb (not "Hours later, the official who leads
# the rescue, Ana Ruiz, said", where the name after it spoke)
_RELATIVE_DESCRIPTION = re.compile(r",\s*the\s+(?:[a-z][\w’'\-]*\s+){1,4}?(?:that|which|who)\s[^,]{1,80},\s*$")


_ASIDE_OPENER = re.compile(
    r"(?:speaking|asked|responding|writing|addressing|citing|quoting|according)\b", re.I
)


_TRAILING_ASIDE = re.compile(
    # "The Board (RSB), meanwhile, told": a linking adverb between commas
    r"(?:,\s*(?:however|meanwhile|though|too|also|in\s+turn|for\s+(?:its|their|his|her)\s+part)\s*,\s*$|"
    r"\s*\([^()]{1,60}\)|,\s*(?:who|which|whose|one\s+of|an?(?=\s+[a-z])|speaking|"

    # "The Committee of Families, formed on Sunday, said": how the speaker came to be
    + alternation(ORIGIN_PARTICIPLES) + r"|quoted|citing|quoting|according|"
    r"asked|writing|responding|"
    # "The ministry, in a later statement, said", "..., in its daily bulletin, put", "The
    # group, in a video posted on Sunday, said": where it was said, whatever the medium
    r"(?:in|on|via|through)\s+(?:a|an|its|their|his|her)\s+(?=\w)|"
    # "A nurse at the clinic, reached by phone, said": how the reporter got the speaker
    r"reached|contacted|interviewed|approached|"
    # "Our correspondent Ana Ruiz, at the edge of the site, counted": where the speaker is
    # (a figure's thousands comma is no end: "which represents about 18,000 nurses")
    r"(?:at|near|outside|inside|from)\s+(?:the|a|an)\s)\b(?:[^,]|,(?=\d{3}\b))*"
    # "..., who drove in from the provincial capital, Talvo, put": a name in apposition inside
    r"(?:,\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}(?=,))?,)\s*"
    # "The union, which on Friday put the toll at 19, on Monday raised its count", "...,
    # has since raised"
    r"(?:(?:has|have|had|not|also|just|later|then|again|once\s+again|on\s+\w+|yesterday|today|earlier|now|since|already|last\s+\w+|this\s+\w+|first|initially|originally|previously)\s+)*$",
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


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower()


_NAME_LINKS = frozenset({"of", "for", "the", "on"})


def _name_runs_into(toks, at: int) -> bool:
    """The words before toks[at] ("and") are a name's own: capitals, back to the phrase's
    start or a link of a name ("Ministry of Health and Population"), not a place after a
    preposition ("died in Kandao and Police Chief X said")."""
    j = at - 1
    if j < 0 or not _capitalised(toks[j].group()):
        return False
    while j >= 0 and (_capitalised(toks[j].group()) or toks[j].group() in _NAME_LINKS):
        j -= 1
    return j < 0 or not toks[j].group()[:1].islower()


_TIME_CLAUSE_WORDS = frozenset({"after", "before", "since", "when", "while", "until", "as", "once"})
_INDEFINITE_SUBJECT_END = re.compile(r",\s+(?P<np>(?:a|an)\s+(?:[\w\-’']+\s+){0,3}[\w\-’']+)\s*$")


def np_before(sentence: str, pos: int) -> str | None:
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
            # "In the shelters, a local chief, John Ekiru, claimed": the place is no
            # subject, and the aside after it is (blanked, so offsets stay those of the sentence)
            left = " " * fronted.end() + left[fronted.end() :]
    closing = _INDEFINITE_SUBJECT_END.search(left) if ", a" in left or ", an" in left else None
    if closing and not _TIME_CLAUSE_WORDS.isdisjoint(closing.group("np").lower().split()):
        closing = None  # ", a day after the army said": a time's clause, no subject
    if closing and (found := clean_np(closing.group("np"))):
        # "... to shelters in Orly and Brant, a spokesman said": a role with "a" right before
        # the verb is its subject, not an apposition to the name before the comma (which
        # would close on a second comma: "Anna Berg, a spokeswoman, said")
        return found
    named_as = _GAVE_NAME_AS_END.search(left) if "name" in left else None
    if named_as:
        # "A commander in the town, who gave his name as Abu Karim, said": the name he gave
        return named_as.group("name")
    role_name = _ROLE_THEN_NAME_END.search(left) if left.count(",") >= 3 else None
    if role_name:
        # "Six raiders stormed the depot, a customs spokeswoman, Officer Lena Varga,
        # said": the role and the name after the clause are who speaks, not an aside
        return role_name.group("name")
    if ")" in left or left.count(",") >= 2:  # an aside needs one or the other
        left = _TRAILING_ASIDE.sub("", left)
        if left.count(",") >= 2:
            left = _RELATIVE_DESCRIPTION.sub("", left)
        if left.endswith(")"):
            # "The Regional Relief Office (RRO), whose teams ..., says": the
            # acronym's brackets were an aside before the clause's
            left = _TRAILING_ASIDE.sub("", left)
    which = _WHICH_BEFORE_VERB.search(left)
    cited = _CITED_BEFORE_WHICH.search(left, 0, which.start()) if which else None
    if cited:
        # "..., according to the traders' guild, which says 12 ...": the body
        # cited, not the clause before it
        np = cited.group("np")
        # ("according to a tally by the Doctors Network, which had ...": the body that made it)
        by = _MADE_BY.search(np)
        return np[by.end() :] if by else np
    if which:
        # "The ministry, which on Tuesday said 14 had died": the phrase the relative clause
        # hangs on, past a time between "which" and its verb (but not a clause of someone
        # meeting or reaching it: "The BBC spoke to Omar Haddad, who said")
        hung = np_before(sentence, which.start())
        return None if hung and _MET_IN_PHRASE.search(hung) else hung
    by_aside = _BY_ASIDE.match(left)
    if by_aside:
        # "The panel, chaired by the former chief justice, Rosa Valdes, said": the body,
        # not who chairs it
        return clean_np(by_aside.group("np"))
    toks = _last_tokens(left)
    i = len(toks)
    while i > 0:
        t = toks[i - 1].group()
        tl = t.lower()
        if t in (".", ";", ":", "“", "”", '"', "(", ")", "—", "–", "-") or (
            tl in _BOUNDARY_WORDS and not (t.isupper() and len(t) > 1)  # "WHO" is no "who"
            # "The Ministry of Health and Population", "the Search and Rescue Directorate":
            # an "and" inside a name
            and not (tl == "and" and i < len(toks) and _capitalised(toks[i].group()) and _name_runs_into(toks, i - 1))
            # "Authorities have so far confirmed", "The agency has since confirmed": adverbs
            and not (tl == "so" and i < len(toks) and toks[i].group().lower() == "far")
            and not (tl == "since" and i >= 2 and toks[i - 2].group().lower() in ("has", "have", "had"))
        ):
            # (a lone "-" is a dash: "KALRI BALA - District Commissioner ... lowered")
            break
        if tl in ("said", "says", "say", "told", "added", "reported") and i < len(toks):
            break  # "The police said they estimated": the inner speaker starts after "said"
        if tl == "what" and i < len(toks) and toks[i].group().lower() in PERSONAL_PRONOUNS:
            break  # "I also correct what I said": the pronoun after "what" speaks (not "at what remains of")
        if t in ("--", "—", "–"):
            break  # a dateline "TEHRAN -- Iranian Interior Minister ..."
        i -= 1
        if tl in PERSONAL_PRONOUNS and i and toks[i - 1].group() == ",":
            break  # "Working from the register, we have confirmed": the pronoun is the subject
        if len(toks) - i > 18:
            break
    if (
        2 <= i < len(toks) - 1 and toks[i - 1].group() == ":" and _CLOCK_PART.fullmatch(toks[i - 2].group())
        and _CLOCK_PART.fullmatch(toks[i].group()) and len(toks[i].group()) == 2 and toks[i + 1].group()[:1].isupper()
    ):
        i += 1  # the minutes of a clock the colon split: "13:40 The governor says ..."
    start = toks[i].start() if i < len(toks) else len(left)
    told = _TOLD_WHOM.match(left, start) if i and toks[i - 1].group().lower() == "told" else None
    if told:
        # "The chief told reporters his people had counted 80 dead": whom he told is no speaker
        start = told.end()
    if i == len(toks) and i >= 2 and toks[i - 1].group().lower() == "which" and toks[i - 2].group() == ",":
        # "The army's press office, which put the toll at 26, has not revised it": the
        # phrase the relative clause hangs on
        return np_before(sentence, toks[i - 2].start())
    if i == len(toks) and i and toks[i - 1].group().lower() in ("and", "but"):
        # "Rights Monitor Kesh welcomed the findings but said": the first verb's subject
        return _shared_subject(left[: toks[i - 1].start()])
    if (
        1 < i < len(toks) and toks[i - 1].group().lower() == "who" and "," not in left[start:]
        # ("The raiders, who villagers said numbered about 40": the villagers speak)
        and toks[i].group().lower() not in SUBJECT_NOUNS and not toks[i].group()[:1].isupper()
    ):
        # "An officer who asked not to be named said": the officer
        return np_before(sentence, toks[i - 1].start())
    named = _NAME_THEN_ROLE.search(left) if left.count(",") >= 2 else None
    if named and named.start("name") >= start:
        # "Omari Juma, head of the residents' committee, told": the name, not the role
        return named.group("name")
    whose = left.find(", whose ", start)
    if whose != -1:
        # "The health agency, whose report on Monday listed 38 deaths": the agency
        return clean_np(left[start:whose])
    found = clean_np(left[start:])
    if found in ("it", "them"):
        object_of = _PRONOUN_OBJECT_END.search(left, start)
        if object_of:
            # "A comment posted under it says": "it" is the preposition's object, and
            # the phrase before it the subject
            return clean_np(left[start : object_of.start()]) or found
    return found


# "He promised compensation and said ...": the clause's subject, one clause with no aside
_CLAUSE_SUBJECT = re.compile(
    r"\s*(?P<np>He|She|They|It|We|(?:[A-Z][\w’'\-.]*\s+){0,4}[A-Z][\w’'\-.]*)\s+"
    r"(?:[a-z]+ed|[a-z]+s|has|have|had|was|were|is|are|will|would|also)\b"
)


# ... a body named in common nouns: "The charity has deployed 80 volunteers and distributed ..."
_BODY_CLAUSE_SUBJECT = re.compile(
    r"\s*(?P<np>The\s+(?:[a-z][\w’'\-]*\s+){0,3}[a-z][\w’'\-]*)\s+(?:[a-z]+ed|has|have|had|was|were|is|are)\b"
)
_LINE_LABEL = re.compile(r"^\s*[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,4}:\s+(?=[A-Z])")


_CLAUSE_BREAK_WORDS = frozenset({"that", "who", "which", "when", "while", "after", "because", "if"})


_SUBJECT_END = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
    "also", "said", "says", "told", "did", "does", "do",
})


def main_subject(before: str) -> str | None:
    """The subject of the sentence's main clause: its words up to the first auxiliary or past
    tense verb ("The army denied ...", "Tunisian authorities have ..."), with no comma before."""
    words = before.split()
    for i, word in enumerate(words[:9]):
        low = word.lower()
        if "," in word or low in _BOUNDARY_WORDS:
            return None
        if i and (low in _SUBJECT_END or (low.endswith("ed") and word.islower())):
            return clean_np(" ".join(words[:i]))
    return None


def _shared_subject(first_clause: str) -> str | None:
    """The subject of the verb before "and said", when the sentence is that one clause."""
    # (a situation report's line label before it: "Relief items: The Red Crescent has ...")
    first_clause = _LINE_LABEL.sub("", first_clause, count=1)
    m = _CLAUSE_SUBJECT.match(first_clause) or _BODY_CLAUSE_SUBJECT.match(first_clause)
    if m is None or any(ch in first_clause for ch in ",;:\"“”()"):
        return None
    if not _CLAUSE_BREAK_WORDS.isdisjoint(w.lower() for w in first_clause.split()):
        return None
    return clean_np(m.group("np"))
