"""What the text says around a figure: is it hedged, when is it from, was it revised."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.extract.numbers import find_numbers
from claimcheck.extract.patterns import (
    CLAIM_FORMS,
    CLAIMED_ACT_AFTER,
    DAY_OF_MONTH,
    MODAL_MAY,
    hazard_claims,
    TIME_BETWEEN,
    Caseless,
    alternation,
    key_words,
    sentence_words,
)
from claimcheck.extract.lexicon import (
    CHECK_PARTICIPLES,
    FIGURE_DISPUTE_VERBS,
    FIGURE_NOUNS,
    EARLIER_FIGURE_PHRASES,
    EARLIER_GIVING_ADVERBS,
    EARLIER_GIVING_VERBS,
    HEDGE_BACKREF_STATEMENTS,
    HEDGE_BACKREF_WORDS,
    HEDGE_PHRASES,
    VERIFICATION_HEDGES,
    MONTHS,
    NEITHER_NOUNS,
    QUALIFIERS_BEFORE,
    RELATIVE_TIMES,
    REVISION_VERBS,
    TENS,
    UNITS,
    WEEKDAYS,
)


_HEDGE = Caseless(rf"\b(?:{alternation(HEDGE_PHRASES)})\b", needs=key_words(HEDGE_PHRASES))
_VERIFY = Caseless(rf"\b(?:{alternation(VERIFICATION_HEDGES)})\b", needs=key_words(VERIFICATION_HEDGES))
_BACKREF = Caseless(rf"\b(?:{alternation(HEDGE_BACKREF_WORDS)})\b", needs=key_words(HEDGE_BACKREF_WORDS))
_BACKREF_STATEMENT = Caseless(
    rf"\b(?:{alternation(HEDGE_BACKREF_STATEMENTS)})\b", needs=key_words(HEDGE_BACKREF_STATEMENTS)
)
# ("the account of the evacuation", "His report on the cause of the fire": of something else;
# but "Its report on the casualties" is of the figures)
_OF_AFTER = re.compile(
    r"\s+(?:of|(?:on|about|into)\s+(?:the\s+)?(?:cause|causes|origin|origins|circumstances|conditions|fire|blast|"
    r"explosion|collapse|crash|investigation|inquiry|response|evacuation)\b)",
    re.I,
)
# "Her account could not be verified": one person's words, so only that person's figures
_PERSONAL_STATEMENT = re.compile(r"\b(?:her|his)\s+(?:account|accounts|report|reports|allegation|allegations|list|lists)\b", re.I)
# "Neither figure has been confirmed by the ministry": both figures before are unchecked
_NEITHER_CHECKED = Caseless(
    # (never "Neither account of the evacuation ...": an account of something else)
    rf"\b(?:neither\s+(?:of\s+(?:the|these|those|their)\s+)?"
    # "None of the rebel claims has been independently checked": each of the figures just given
    r"|none\s+of\s+(?:the|these|those|their|its|his|her)\s+(?:[\w'’\-]+\s+){0,2}?)"
    rf"(?:{alternation(NEITHER_NOUNS)})s?\s+(?!of\b)"
    r"(?:[\w'’]+\s+){0,3}?(?:has|have|had|could|can|was|were|is|are)\s+(?:yet\s+)?(?:been\s+|be\s+)?"
    rf"(?:independently\s+)?(?:{alternation(CHECK_PARTICIPLES)})\b",
    needs=frozenset({"neither", "none"}),
)
_CLAUSE_BREAK = Caseless(
    r",\s*and\s+that\b|;|\s+and\s+that\b|,\s*while\b|,\s*but\b|\s+but\s+|\s+whereas\s+"
    # "18 were killed ... in Bangkok, where 76 workers are believed to be trapped"
    r"|,\s*where\b"
    # "... had first reported 11 dead, and the police gave 19": another speaker's clause
    r"|,\s*and\s+(?=(?:the\s+|its\s+|their\s+)?(?:[\w’'\-]+\s+){0,3}?(?:later\s+|then\s+)?(?:gave|said|says|reported|put|counted|confirmed)\s)"
    # a wire dateline: "NAIROBI, July 1 (AFP) - At least 39 people ..." (its date is the
    # filing date, not the figure's time)
    r"|\)\s*(?:-{1,2}|–|—)\s"
    # '..., De said, adding that some passengers were believed to be trapped'
    r"|,\s*adding\s+that\b"
    # "put the toll at 41, after initially reporting 35": the earlier figure's own clause, its
    # "initially" no time of the new one
    rf"|,\s*(?=(?:after|having)\s+(?:{alternation(EARLIER_GIVING_ADVERBS)})\b|revising\s+(?:an?|the|its|their)\s+(?:earlier|previous|initial)\b)"
    # 'Rival claims over the strike as toll rises to 43'
    r"|\s+as\s+(?:the\s+)?(?:death\s+)?toll\b"
)
# "..., a figure the ministry disputes": an aside right after the figure that points back at it
# and has a party deny it (no negation: "a figure no one disputes"; no passive of another's
# claim: "the claim by insurgents was dismissed")
_DISPUTER_WORD = r"(?!(?:no|not|never|nobody|none|neither|by|was|were|is|are|been|be|whose|who|of|in|on|at|for|to)\b)[\w’'\-]+"
_FIGURE_DISPUTED = Caseless(
    rf",\s*(?:a|the)\s+(?:{alternation(FIGURE_NOUNS)})\s+(?:that\s+|which\s+)?(?:the\s+|its\s+|their\s+)?"
    rf"(?:{_DISPUTER_WORD}\s+){{1,3}}?(?:has\s+|have\s+|had\s+)?(?:since\s+|also\s+|strongly\s+|flatly\s+|repeatedly\s+)?"
    rf"(?:{alternation(FIGURE_DISPUTE_VERBS)})\b",
    needs=frozenset(FIGURE_NOUNS),
)
# "..., a figure neither side has confirmed", "a claim no one has been able to verify": an
# aside that says nobody checked it
_FIGURE_UNCHECKED = Caseless(
    rf",\s*(?:a|the)\s+(?:{alternation(FIGURE_NOUNS)})\s+(?:that\s+|which\s+)?(?:neither|no|nobody|none)\b"
    r"(?:\s+[\w’'\-]+){0,3}?\s+(?:has|have|had|could|can|was|were|is|are)\s+"
    r"(?:(?:yet|independently|so\s+far|been\s+able\s+to|able\s+to)\s+)*"
    r"(?:confirm|confirmed|verify|verified|corroborate|corroborated|check|checked)\b",
    needs=frozenset(FIGURE_NOUNS),
)
_FIGURE_JUST_BEFORE = re.compile(rf"(?:\d|\b(?:{alternation([*UNITS, *TENS])}))\s+$", re.I)
# (who they are: "alleged smugglers", "alleged members"; not what befell them, "alleged deaths")
_AGENT_AFTER = re.compile(r"\s+(?:[a-z\-]{2,}(?:ers|ors|ists|ants|ents|ees|men|ites|ians)|members|militants|insurgents)\b", re.I)
_GOVERNING_HEDGES = frozenset({"claimed", "claims", "claiming", "alleged", "allegedly"})
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(WEEKDAYS)
_DAY_OF_MONTH = DAY_OF_MONTH
_TIME = Caseless(
    rf"""\b(?:
        (?:on\s+|since\s+|by\s+|until\s+|last\s+|this\s+|early\s+|late\s+)?(?:{_DAY})(?:,?\s+(?:{_MONTH})\.?\s+\d{{1,2}})?
          (?:\s+(?:morning|afternoon|evening|night))?
      | (?:on\s+|since\s+|by\s+)?(?:{_MONTH})\.?\s+{_DAY_OF_MONTH}(?:,\s*\d{{4}})?
      | (?:on\s+|since\s+|by\s+)?{_DAY_OF_MONTH}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})(?:,?\s*\d{{4}})?
      | (?:in|since|by|during|of)\s+(?:the\s+)?(?:(?:{_MONTH})\.?\s+)?(?:19|20)\d{{2}}
      | {alternation(RELATIVE_TIMES)}
    )\b""",
    re.VERBOSE,
)
_REVISION = Caseless(
    # ("rose from four on Monday to seven": the earlier figure's own time before "to")
    rf"\b(?:{alternation(REVISION_VERBS)})\b[^.;]{{0,80}}?\bfrom\s+(?P<a>[\d,.\s]+?|[a-z\-]+)"
    r"(?:\s+(?:on|by|at|in)\s+(?:the\s+)?[\w\-]+(?:\s+(?:morning|evening|night|afternoon))?)?\s+(?:to|down to|up to)\s+",
    needs=key_words(REVISION_VERBS),
)
_REVISION_TO_FROM = Caseless(
    # ("lifted the toll to 73 late on Tuesday, from 29 at noon": a time between)
    rf"\b(?:{alternation(REVISION_VERBS)})\b[^.;]{{0,80}}?\bto\s+(?:[\d,.]+|[a-z\-]+)\s+"
    r"(?:\w+\s+|" + TIME_BETWEEN + r",\s+)?from\s+"
    r"(?P<a>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)",
    needs=key_words(REVISION_VERBS),
)
# "It cut the number from 1,460 after removing duplicates": the new figure was given before
_REVISED_COUNT_FROM = Caseless(
    rf"\b(?:{alternation(REVISION_VERBS)})\s+(?:the|its|their|his|her|this|that)\s+(?:[a-z\-]+\s+)?"
    r"(?:number|toll|figure|count|tally|estimate|total)\s+from\s+(?P<a>\d[\d,.]*)",
    needs=frozenset({"from"}),
)
# "up from 32", "up from two this morning"
_NUMBER_WORD = alternation(list(UNITS) + list(TENS))
_UP_FROM = Caseless(
    r"\b(?:up|down)\s+from\s+(?:the\s+)?"
    # "down from an earlier estimate of 25"
    r"(?:(?:an?|its|their)\s+)?(?:(?:earlier|previous|initial|first|original)\s+(?:estimate|figure|count|toll|tally|number)\s+of\s+)?"
    # ("down from an earlier estimate of between 30 and 40": the range's first figure)
    r"(?:some\s+|about\s+|around\s+|between\s+|more\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|over\s+)?"
    rf"(?P<a>[\d][\d,.]*|(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD}))?)\b",
    needs=frozenset({"from"}),
)
# where a figure's change from an older one begins: "8 are missing, down from 35 on Monday"
# (after a comma: "the miners were winched up from the shaft" is no change of a figure)
_CHANGE_FROM = re.compile(r",\s+(?:up|down)\s+from\b", re.I)
# ", after initially reporting 35", ", having earlier given 60"
_EARLIER_GAVE = Caseless(
    rf"\b(?:after|having)\s+(?:{alternation(EARLIER_GIVING_ADVERBS)})\s+(?:{alternation(EARLIER_GIVING_VERBS)})\s+"
    rf"(?:(?:some|about|around|more\s+than|at\s+least)\s+)?(?P<a>[\d][\d,.]*|(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD}))?)\b",
    needs=frozenset({"after", "having"}),
)
_EARLIER = Caseless(rf"\b(?:{alternation(EARLIER_FIGURE_PHRASES)})\b", needs=key_words(EARLIER_FIGURE_PHRASES))


@lru_cache(maxsize=512)
def _breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence))


@lru_cache(maxsize=512)
def _hedges(sentence: str) -> tuple[tuple[int, str], ...]:
    return tuple(
        (m.start(), m.group().lower()) for m in _HEDGE.finditer(sentence)
        # "nine workers abducted in May have been freed": the month, not the modal
        if not (m.group().startswith("May") and m.start() > 0 and not sentence[: m.start()].rstrip().endswith(("“", '"')))
    )


# Every time expression holds a weekday, a month, a relative time's key word or a year.
_TIME_KEYS = frozenset(WEEKDAYS) | frozenset(MONTHS) | key_words(RELATIVE_TIMES)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=512)
def _times(sentence: str) -> tuple[tuple[int, str], ...]:
    if _TIME_KEYS.isdisjoint(sentence_words(sentence)) and not _YEAR_DIGITS.search(sentence):
        return ()
    return tuple((m.start(), m.group()) for m in _TIME.finditer(sentence) if not MODAL_MAY.search(m.group()))


def clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """The clause of `sentence` that holds `pos`, split at ", and that", ";", ", but" ..."""
    start, end = 0, len(sentence)
    for b_start, b_end in _breaks(sentence):
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


_ON_BY = re.compile(r"^(?:on|by)\s+", re.I)
# "claimed the lives of 19 people"; "Rival claims over the strike": a noun, not a hedging verb
_NOT_HEDGE_AFTER = re.compile(r"\s+(?:(?:the\s+)?lives\b|over\b)", re.I)


# a yes/no question's opening, at the sentence's start or after a label ("Fact check: Were
# 112 people killed ...?"); a wh-question ("Why did 40 people die?") still asserts its figure
_YES_NO_OPENING = re.compile(
    r"(?:^|[:;—–]\s*)\W*(?:were|was|did|is|are|has|have|had|do|does|could|can|will|would|should)\s",
    re.I,
)


_HOW_MANY_OF_BEFORE = re.compile(r"\bhow\s+many\s+of\s+(?:the|those|these)\s+$", re.I)
_SUBORDINATE = re.compile(r",|\b(?:when|while|after|because|since|although|though|if|that|as|where)\b", re.I)


def hedged_in_sentence(sentence: str, pos: int, is_heading: bool) -> bool:
    """A hedge in the clause of the figure, or a hedging speech verb governing it."""
    if is_heading and sentence.rstrip().endswith("?"):
        return True
    if sentence.rstrip(" \"”’'").endswith("?"):
        asked = _YES_NO_OPENING.search(sentence, 0, pos)
        if asked and not _SUBORDINATE.search(sentence, asked.end(), pos) and not _HOW_MANY_OF_BEFORE.search(
            sentence, max(0, pos - 30), pos
        ):
            # ("Will she say how many of the 40 detained are minors?": the 40 is taken as given)
            # "Fact check: Did 90 people die at the crossing?": asked, not asserted (but "Is
            # the Minister in order when families have buried 23 people?" asserts its figure)
            return True
    start, end = clause_bounds(sentence, pos)
    for h_start, word in _hedges(sentence):
        if _NOT_HEDGE_AFTER.match(sentence, h_start + len(word)):
            continue  # "claimed the lives of 19 people" is no claim in the hedging sense
        if word in CLAIM_FORMS and (
            CLAIMED_ACT_AFTER.match(sentence, h_start + len(word)) or hazard_claims(sentence, h_start)
        ):
            continue  # "claimed responsibility for the ambush, which killed 14"; "Floods claim 12 lives"
        if word == "alleged" and _FIGURE_JUST_BEFORE.search(sentence, 0, h_start) and _AGENT_AFTER.match(sentence, h_start + len(word)):
            continue  # "two alleged smugglers were arrested": who they are is alleged, not how many
        if start <= h_start < end:
            return True
        if word in _GOVERNING_HEDGES and h_start < pos:
            return True
    disputed = _FIGURE_DISPUTED.search(sentence, pos) or _FIGURE_UNCHECKED.search(sentence, pos)
    if disputed is not None and len(find_numbers(sentence[pos : disputed.start()])) <= 1:
        return True  # (the figure's own, and no other between, which the words would point at)
    if end < len(sentence):
        return _later_clause_unchecks(sentence, pos, end)
    return False


def _later_clause_unchecks(sentence: str, pos: int, end: int) -> bool:
    """"The rebels say 60 died; that figure could not be checked": a later clause of the
    sentence that points back at the figure ("that figure", "the claim", "their account")
    and says it was not checked. Only when no other figure stands between, which the words
    would point at instead."""
    verify = _VERIFY.search(sentence, end)
    if verify is None:
        return False
    start = clause_bounds(sentence, verify.start())[0]
    # (the words nearest the hedge: in "the rebels put the toll at 45, a figure that could not
    # be verified" the figure is the 45, not the toll before it)
    back = None
    for back in _BACKREF.finditer(sentence, start, verify.start()):
        pass
    back = back or _BACKREF_STATEMENT.search(sentence, start, verify.start())
    if back is None or _BACKREF_OF_ITS_OWN.match(sentence, back.end()):
        # "the army's claim of 40 could not be verified", "the militants' claim to have downed
        # a jet", "the number who have since returned": a figure or a thing of its own
        return False
    # (no other figure before the words that point back: "; the rebels put it at 45, a figure
    # that could not be verified" is about the 45)
    return not find_numbers(sentence[end : back.start()])


_BACKREF_OF_ITS_OWN = re.compile(r"\s+(?:of|to|that|who|whom|which|whose|about|on)\b", re.I)


# an aside about someone, closed by a comma or by the sentence's end ("blaming the RSF, which
# has been at war with the army since April 2023.")
_ASIDE = re.compile(
    r",\s*(?:who|which|that|whose|one\s+of|an?\s"
    # the figure an aside says came first: "The toll, initially given as nine, was lowered to eight"
    # (not "A video, first posted on Tuesday, shows ...": that aside's time is the claim's)
    r"|(?:initially|first|earlier|originally|previously)\s+(?:given|put|reported|estimated|announced|stated|set|placed)\b)"
    r"[^,]{0,160}(?:,|[.!?]?[\"”’]?\s*$)"
)
_DURATION_CLAUSE = re.compile(r"\s+[a-z]+ing\b")
_POSSESSIVE_DAY = re.compile(r"['’]s?\b")


def personal_statement(sentence: str) -> bool:
    """The statement pointed back at is one person's ("Her account could not be verified"):
    it hedges what a person said, not a ministry's figure in the same sentence."""
    return _PERSONAL_STATEMENT.search(sentence) is not None and _BACKREF.search(sentence) is None


# "None of the rebel claims", "none of the Tessmarkan figures": whose figures the words point at
_PARTY_CLAIMS = re.compile(
    rf"\bnone\s+of\s+(?:the|their|its)\s+(?P<party>(?:[\w’'\-]+\s+){{1,2}}?)(?:{alternation(NEITHER_NOUNS)})s?\b",
    re.I,
)
_NOT_PARTY_WORDS = frozenset({"other", "official", "earlier", "latest", "new", "two", "three", "casualty", "death", "such"})


def checked_party(sentence: str) -> tuple[str, ...]:
    """The party a back-referring check names by the word before its noun ("rebel",
    "tessmarkan", "group" of "the armed group's claims"), or () when it names none ("None of
    these figures", "Neither figure"). The caller hedges every figure pointed at when no
    speaker is of the party ("None of the conflicting claims")."""
    m = _PARTY_CLAIMS.search(sentence) if "none" in sentence.lower() else None
    if m is None:
        return ()
    last = m.group("party").lower().split()[-1].removesuffix("'s").removesuffix("’s").rstrip("'’")
    return () if last in _NOT_PARTY_WORDS else (last,)


def speaks_for_party(speaker: str | None, party: tuple[str, ...]) -> bool:
    """The speaker is of the party ("The rebels" for "rebel claims", "Tessmark's General
    Staff" for "Tessmarkan claims"): a word of each shares its first five letters."""
    if not speaker:
        return False
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w’'\-]+", speaker)]
    return any(w[:5] == p[:5] for w in words for p in party if len(w) >= 4 and len(p) >= 4)


def points_at_both(sentence: str) -> bool:
    """"Neither figure has been confirmed": the words point at two figures, which may stand in
    two sentences before it ("X said 30. Y said 12. Neither figure ...")."""
    return _NEITHER_CHECKED.search(sentence) is not None


def backref_hedge_at(sentence: str, right_after: bool = False) -> int | None:
    """Where a sentence like "Her count could not be checked independently."
    says so, or None. `right_after`: the figures are the sentence just before's, which a
    statement's words ("We could not check the report") may point back to as well (but not
    "the accounts of fans who said ...": an account of something else).

    The caller checks that nothing the sentence itself reports comes before it: in
    "Families say the men held are fishermen, a claim we have not been able to verify" the
    hedge is about the residents' words, not the figures before.
    """
    neither = _NEITHER_CHECKED.search(sentence)
    if neither is not None:
        return neither.start()
    verify = _VERIFY.search(sentence)
    if verify is None:
        return None
    if _BACKREF.search(sentence) is None:
        statement = _BACKREF_STATEMENT.search(sentence) if right_after else None
        if statement is None or _OF_AFTER.match(sentence, statement.end()):
            return None
    return verify.start()


def time_ref(sentence: str, pos: int) -> str | None:
    """The time expression nearest to the figure within its clause."""
    start, end = clause_bounds(sentence, pos)
    if "from" in sentence:
        for change in _CHANGE_FROM.finditer(sentence, start, end):
            # "8 are missing, down from an earlier 35 on Monday": the older figure's time is
            # its own, not the new figure's
            if change.start() >= pos:
                end = change.start()
                break
            start = change.start()
    best = None
    asides = None
    for t_start, found in _times(sentence):
        if not (start <= t_start < end):
            continue
        if asides is None:
            asides = [a.span() for a in _ASIDE.finditer(sentence)] if "," in sentence else []
        if any(a <= t_start < b and not a <= pos < b for a, b in asides):
            continue  # "a union, one of the bodies that have run the relief effort since the flood, said"
        if _DURATION_CLAUSE.match(sentence, t_start + len(found)) and found.rstrip().lower().endswith(("before", "after")):
            continue  # "fought the blaze for four hours before bringing it under control"
        if _POSSESSIVE_DAY.match(sentence, t_start + len(found)):
            continue  # "Monday's explosion": the day names the event, not the figure's time
        text = _ON_BY.sub("", found.strip())
        dist = abs(t_start - pos)
        if best is None or dist < best[0]:
            best = (dist, text)
    return best[1] if best else None


def revised_from_values(sentence: str) -> list[str]:
    """Figures a revision verb says were replaced: "lowered the toll from 95 to 84" -> ["95"]."""
    found = [m.group("a").strip() for m in _REVISION.finditer(sentence)]
    # "revised the figure down to 61 from 75"
    found += [m.group("a").strip(" ,.") for m in _REVISION_TO_FROM.finditer(sentence)]
    found += [m.group("a").strip(" ,.") for m in _REVISED_COUNT_FROM.finditer(sentence)]
    # "rose to 41, up from 32"
    found += [m.group("a").strip(" ,.") for m in _EARLIER_GAVE.finditer(sentence)]
    return found + [m.group("a").strip(" ,.") for m in _UP_FROM.finditer(sentence)]


# A correction note's figure, given by the corrected text's verb: "A previous version put the
# toll at 26", "An earlier version, quoting a medic, said 60 ...", "In our edition of Monday we
# reported that 1,500 ...", "misstated the number of evacuees as 4,000". The figure was wrong;
# a figure the note merely names ("misspelled the name of one of the 12 people killed") was not.
_CORRECTED_FIGURE_BEFORE = re.compile(
    r"\b(?:earlier|previous|original|first)\s+(?:version|edition|update|story|article|report)\b"
    r"(?:\s+of\s+(?:this|the|our)\s+\w+)?(?:\s*,[^,]{1,80},)?\s+(?:said|says|gave|put|reported|stated|listed|misstated)\b"
    r"|\bour\s+(?:edition|update|report)\s+of\b[^.;]{0,60}?\bwe\s+(?:said|reported|gave|put|wrote|stated)\b"
    r"|\b(?:misstated|misreported|incorrectly\s+(?:gave|reported|stated))\s+the\s+(?:number|toll|figure|count|total)\b",
    re.I,
)


def says_earlier_figure(sentence: str, pos: int | None = None) -> bool:
    """"Earlier reports had put the toll at 73", "was at first expected to exceed 7,000".

    With `pos`, only a cue in the figure's own clause before it counts: in "initially put at
    40 but rose to 52", 52 is the new figure.
    """
    if pos is None:
        return _EARLIER.search(sentence) is not None or _CORRECTED_FIGURE_BEFORE.search(sentence) is not None
    if _CORRECTED_FIGURE_BEFORE.search(sentence, 0, pos):
        return True
    start, _ = clause_bounds(sentence, pos)
    cue = _EARLIER.search(sentence, start, pos)
    if cue is not None and "," in sentence[cue.end() : pos] and _REVISED_TO_BEFORE.search(sentence, cue.end(), pos):
        # "The toll, initially given as nine, was lowered to eight": the cue is the aside's,
        # and the revision's target after it is the new figure
        aside = next((a for a in _ASIDE.finditer(sentence) if a.start() <= cue.start() < a.end() <= pos), None)
        if aside is not None:
            cue = _EARLIER.search(sentence, aside.end(), pos)
    if cue is not None and cue.group().lower().startswith("later") and _REVISED_TO_BEFORE.search(sentence, cue.end(), pos):
        # "The ministry later revised the toll to 84 from 95": the revision's new figure; the
        # cue is the earlier one's only after it ("a first count of 30, later revised")
        return _EARLIER.search(sentence, cue.end(), pos) is not None
    return cue is not None


# a revision's target: "revised the toll down to 84", "corrected it to about 90"
_REVISED_TO_BEFORE = re.compile(r"\bto\s+(?:" + alternation(QUALIFIERS_BEFORE) + r"\s+)?$", re.I)
