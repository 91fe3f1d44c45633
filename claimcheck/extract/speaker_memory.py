"""What an article has said about who speaks, as it goes: the names met so far, the last
person and organisation, so that "he", "the ministry" and "Lopez" resolve to the speaker the
text named before. One instance per source, fed sentence by sentence by claims.py.
"""

from __future__ import annotations

import re

from claimcheck.extract.lexicon import REPORTER_NOUNS, SCALES, SUBJECT_NOUNS, TENS, UNITS
from claimcheck.extract.patterns import alternation
from claimcheck.extract.speaker_kinds import (
    TITLE_WORDS,
    has_title,
    is_bare_pronoun,
    is_person_role,
    is_pronoun,
    looks_like_org,
    looks_like_person,
)

_ROLE_THEN_NAME = re.compile(
    r"^(?P<role>(?:The|A|An)\s+[^,]{3,90}),\s+(?:(?:Honourable|Hon\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|General|Gen\.|Colonel|Col\.|Professor|Prof\.)\s+)?"
    r"(?P<n>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}),\s+(?:[a-z]+\s+){0,2}[a-z]+\b"
)


_COMMON_SPEAKER_NOUNS = frozenset(SUBJECT_NOUNS) | REPORTER_NOUNS | {"police", "rescuers", "authorities", "doctors"}


_DEFINITE = re.compile(r"^the\s+(?P<h>[a-z]+)$", re.I)


_SENTENCE_SUBJECT = re.compile(
    # ("The National Rail Safety Authority": a body's name may run to six words)
    r"^(?P<n>(?:[A-Z][\w’'\-]+\s+){0,5}[A-Z][\w’'\-]+"
    # "The High Command of the National Army", "The Ministry of Health", "The Association of
    # Families of the Lost Crew"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+){0,2})"
    # ("... Armed Forces on Saturday accused")
    r"(?:\s+on\s+[A-Z][a-z]+day)?"
    # ("The Harbour Supporters Club, which represents 4,000 fans, disputes": past a relative aside)
    r"(?:,\s+(?:which|who|whose)\b(?:[^,;.:]|(?<=\d)[,.](?=\d)){1,90},)?"
    r"\s+(?!(?:to|of|in|on|at|for|and|by|with)\b)[a-z]"
)


# "Eleven people are still missing": a figure opening a sentence is no one's name
_PREPOSITIONS_OPENING = frozenset({
    "By", "From", "With", "Until", "Under", "Over", "Through", "Across", "Around", "Near", "Within",
    "Without", "Throughout", "Following", "Amid", "Among", "Between", "Along", "Against", "Toward",
    "Towards", "Upon", "Like", "Unlike", "Of", "For", "Inside", "Outside", "Beyond",
})
_LEADING_PHRASE_WORDS = frozenset({"In", "On", "At", "After", "Before", "During", "Speaking", "Asked", "Later", "Earlier"}) | _PREPOSITIONS_OPENING


_SUBJECT_AFTER_OPENING = re.compile(
    r"^(?:In|On|At|After|Before|During|Speaking|Asked|Later|Earlier)\b[^,]{0,80},\s+(?:[a-z]+\s+){0,3}"
    r"(?P<n>(?:[A-Z][\w’'\-.]+\s+){1,4}[A-Z][\w’'\-]+)\s+(?:[a-z]+ed|[a-z]+s|has|have|had|was|is|will|said|told)\b"
)


_NUMBER_START = re.compile(rf"(?:{alternation(list(UNITS) + list(TENS) + list(SCALES))})\b", re.I)


_NOT_ORGS = frozenset({"it", "its", "they", "their", "the statement", "a statement"})


_COMMON_STARTERS = frozenset({
    "The", "A", "An", "In", "On", "At", "But", "And", "It", "This", "That", "There", "He",
    "She", "They", "We", "I", "After", "Before", "When", "While", "As", "For", "Some", "Many",
    "According", "Speaking", "Confirming", "Explaining", "Asked", "Meanwhile", "However",
    "Earlier", "Later", "Also", "Since", "During", "Despite", "Although", "Though", "If",
    "Our", "My", "Their", "His", "Her", "Its", "Your", "Us",  # a quote's "Our staff ..." names no one
}) | _PREPOSITIONS_OPENING  # "By Monday the toll had climbed": a time, not a name


class SpeakerMemory:
    """Running memory of who spoke, to resolve "he", "the ministry", "Lopez"."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.full_names: dict[str, str] = {}
        self.last_person: str | None = None
        self.last_org: str | None = None
        self.last_any: str | None = None
        # per name pattern: (offset just past a break it cannot match, its last match before it)
        self._scanned: dict[re.Pattern[str], tuple[int, str | None]] = {}

    def remember(self, speaker: str) -> None:
        if is_pronoun(speaker):
            if looks_like_org(speaker) and speaker.lower() not in _NOT_ORGS:
                self.last_org = speaker  # "The army said ...": what a later "it" stands for
            elif not is_bare_pronoun(speaker) and is_person_role(speaker) and self.last_person is None:
                # "The minister said 15 had died. She said 28 were missing.": a role, when no
                # person was named before, is whom a later "she" stands for
                self.last_person = speaker
            return
        body = self._named_body(speaker)
        for tok in _CAPITALISED.findall(speaker):
            if len(tok) > 2:
                self.full_names.setdefault(tok, speaker)
        self.last_any = speaker
        if looks_like_person(speaker) or is_person_role(speaker) or _person_of_body(speaker):
            self.last_person = speaker
        if looks_like_org(speaker) or body:
            self.last_org = speaker

    def _named_body(self, speaker: str) -> bool:
        """One capitalised word that is no one's name met before ("Varnex said ... In an
        update it raised"): a company or a group named by its name alone, which a later
        "it" stands for (a person's surname alone was met in full first)."""
        return (
            " " not in speaker and speaker[:1].isupper() and speaker[1:].islower() and len(speaker) > 2
            and speaker not in self.full_names and not any(speaker in full for full in self.full_names.values())
            # (news names a person in full before the surname alone; "Residents said" opens
            # a sentence on a common noun)
            and not is_person_role(speaker) and speaker.lower() not in _COMMON_SPEAKER_NOUNS
        )

    def remember_subject(self, sentence: str) -> None:
        role_named = _ROLE_THEN_NAME.match(sentence)
        if role_named and (has_title(role_named.group("role")) or is_person_role(role_named.group("role"))):
            # "The senator for Halvik, Honourable Grace Omondi, went further. She claimed ...":
            # the person the next "he" stands for
            self.last_person = role_named.group("n")
            return
        m = _SENTENCE_SUBJECT.match(sentence)
        if m is None or m.group("n").split()[0] in _LEADING_PHRASE_WORDS:
            # "In a recorded statement sent to reporters, army spokesman Colonel
            # Idris Karam called ...": the subject after an opening phrase
            after = _SUBJECT_AFTER_OPENING.match(sentence)
            if after and looks_like_person(after.group("n")):
                self.last_person = after.group("n")
                return
        if m and looks_like_org(m.group("n")):
            # "The RSF denied targeting civilians. It said ...": what a later "it" stands for
            self.last_org = m.group("n")
            return
        of_body = _PERSON_OF_BODY_SUBJECT.match(sentence)
        if of_body and looks_like_person(of_body.group("n")) and (has_title(of_body.group("n")) or " " in of_body.group("n")):
            # "Major Ana Ruiz of the civil defence directorate backed the order. She said
            # ...": the person, named with the body she serves
            self.last_person = of_body.group("n")
            return
        body = _BODY_SUBJECT.match(sentence)
        if body and looks_like_org(body.group("head")) and not _NOT_AFTER.match(sentence, body.end()):
            # (not "The ministry did not respond": a body that gave nothing is no antecedent)
            # "The dockworkers' union does not agree. It says ...": a body named in
            # common nouns is what the next "it" stands for too
            self.last_org = body.group("n")
            return
        if (
            m and m.group("n").split()[0] not in _COMMON_STARTERS and not _NUMBER_START.match(m.group("n"))
            # "Bangladesh's state minister ... said": a possessive names whose, not who
            and not m.group("n").endswith(("'s", "’s"))
        ):
            name = m.group("n")
            full = self._expand(name)
            # one capitalised word opening a sentence ("Gas cutters are being used") is a
            # person only when it is the surname of someone named before
            if looks_like_person(full) and (" " in full or name in self.full_names):
                self.last_person = full

    def _titled(self, letters: str, upto: int) -> str | None:
        """The person an office's initials stand for, named in full before: "the DC" after
        "Deputy Commissioner Orlen Aman Qadir", "the DG" after "Director General NDMA ..."
        (South Asian officialese). Only offices: "the UN" is no one's title."""
        words = r"[ \t]+".join(rf"{letter}[a-z]+" for letter in letters)
        found = None
        if re.search(rf"\(\s*{letters}\s*\)", self.text[:upto]):
            return None  # "the Democratic Congress (DC)": the initials are a body's
        for m in re.finditer(rf"\b({words})((?:[ \t]+[A-Z][\w\-]*){{1,5}})", self.text[:upto]):
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            line_end = self.text.find("\n", m.end())
            line = self.text[line_start : line_end if line_end != -1 else len(self.text)]
            if (
                all(w.lower() in TITLE_WORDS for w in m.group(1).split())
                and _NOT_NAME_WORDS.isdisjoint(m.group(2).split())
                # a headline in title case: "Deputy Commissioner Visits Flood-Hit Areas"
                and not _TITLE_CASE_LINE.fullmatch(line.strip())
            ):
                found = m
        return " ".join(found.group(0).split()) if found else None

    def _last_match(self, pattern: re.Pattern[str], upto: int) -> str | None:
        """`pattern.findall(self.text[:upto])[-1]`, without scanning the whole text again for
        every speaker of a long text (that made a 2 MB transcript quadratic).

        A name pattern matches only letters, digits, hyphens, apostrophes, spaces and tabs, so
        a scan that starts just after any other character (a full stop, a comma, a line break)
        finds the same matches past it as a scan from the start: what was found up to the last
        such break already read is kept per pattern, and only the text after it is read again.
        """
        scanned, last = self._scanned.get(pattern, (0, None))
        if upto < scanned:
            found = pattern.findall(self.text[:upto])
            return found[-1] if found else None
        tail = self.text[scanned:upto]
        matches = pattern.findall(tail)
        after_break = max(tail.rfind(ch) for ch in _NAME_BREAKS) + 1  # (0: no break in the new text)
        if after_break:
            before_break = pattern.findall(tail[:after_break])
            self._scanned[pattern] = (scanned + after_break, before_break[-1] if before_break else last)
        return matches[-1] if matches else last

    def _expand(self, name: str) -> str:
        if " " not in name and name in self.full_names:
            return self.full_names[name]
        return name

    def resolve(self, speaker: str, before_in_sentence: list[str], upto: int, sentence: str = "", pos: int = 0) -> str:
        """The name a speaker phrase stands for; `sentence` and `pos` (the phrase's offset in
        it) let an "it" stand for the organisation that opens its own sentence."""
        low = speaker.lower()
        if (low in ("it", "its") or low.startswith(("its ", "their "))) and not any(
            not is_pronoun(s) for s in before_in_sentence
        ) and sentence:
            # "Doctors Aid, which lost three staff, has given no total since the day of the
            # attack, when it said at least 30 had died": the sentence's subject
            own = _ORG_OPENING.match(sentence)
            if own is not None and own.end("n") < pos and looks_like_org(own.group("n")):
                return own.group("n")
            # "The Ministry of Mines stood by its figures and said 21 were missing according
            # to its lists": the lists of the body the sentence opens with
            subject = _ORG_SUBJECT.match(sentence) if low != "it" else None
            if subject is not None and subject.end("n") < pos and looks_like_org(subject.group("n")):
                return subject.group("n")
        if low in ("he", "she", "his", "her", "him"):  # ("..., according to him")
            named = [s for s in before_in_sentence if not is_pronoun(s) and looks_like_person(s)]
            return named[-1] if named else (self.last_person or speaker)
        if low in ("it", "its", "the statement", "a statement"):
            # an organisation speaks as "it" and issues statements, never "a local official"
            # ("On Monday the army said three ...; on Tuesday it said five": the army, a
            # description that stands for a name, before any name further back)
            named = [s for s in before_in_sentence if not is_pronoun(s)] or [
                s for s in before_in_sentence if not is_bare_pronoun(s) and looks_like_org(s)
            ]
            return named[-1] if named else (self.last_org or self.last_any or speaker)
        if low.startswith(("its ", "their ", "his ", "her ")) and before_in_sentence:
            # "the group said its researchers had documented 50 deaths": the group's count;
            # "the chief told reporters his people had counted 80 dead": the chief's
            named = [s for s in before_in_sentence if not is_pronoun(s)]
            if named:
                return named[-1]
        if low in ("they", "their", "we", "them"):
            named = [s for s in before_in_sentence if not is_pronoun(s)]
            return named[-1] if named else (self.last_any or speaker)
        acronym = _TITLE_ACRONYM.fullmatch(speaker)
        if acronym:
            titled = self._titled(acronym.group("a"), upto)
            if titled:
                return titled
        if low in _MINISTRY_ALIASES:
            # a translation's "the portfolio" (Spanish "la cartera"): the ministry named before
            speaker = "the ministry"
        definite = _DEFINITE.match(speaker)
        if definite:
            head = definite.group("h")
            # (the words of one line: a name never runs over a line break, "By X, Port
            # Vessan\n\nThe Ministry")
            pattern = re.compile(
                rf"((?:[A-Z][\w\-]*(?:’s|'s)?[ \t]+){{1,5}}{head.capitalize()}"
                # "the ministry" is "the Ministry of Interior and Civil Protection"
                rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w\-]*){{0,5}})?)\b"
            )
            found = self._last_match(pattern, upto)
            if found is not None:
                return found.strip()
            return speaker
        return self._expand(speaker)


def _person_of_body(speaker: str) -> bool:
    """"Inspector Ada Morrow of the River Police": a person named with the body she serves,
    whom a later "she" stands for, though the body's words make the whole look like an
    organisation (a titled name, or a name of two words or more, before "of")."""
    head, of, _ = speaker.partition(" of ")
    words = head.split()
    return bool(of) and len(words) >= 2 and all(w[:1].isupper() for w in words) and (
        has_title(head) or looks_like_person(head)
    ) and not looks_like_org(head)


# characters no name pattern of `resolve` matches (it reads [\w\-’'] and [ \t] only)
_NAME_BREAKS = (".", ",", ";", ":", "\n", "(", ")", '"', "“", "”")


_MINISTRY_ALIASES = frozenset({"the portfolio", "the health portfolio", "that portfolio", "this portfolio"})


# (not an owner's name: "Orlen's Interior Ministry" is no full name of "Orlen")
_CAPITALISED = re.compile(r"[A-Z][\w\-]+(?![\w\-]|['’]s\b)")
# words after an office that name no one: "Deputy Commissioner Office Sialkot"
_NOT_NAME_WORDS = frozenset({
    "In", "Of", "On", "At", "To", "For", "The", "And", "Office", "Offices", "Secretariat",
    "Department", "Directorate", "Headquarters", "Complex", "Court",
})
_TITLE_CASE_LINE = re.compile(r"(?:[A-Z][\w’'\-]*[,:;]?\s+){3,}[A-Z][\w’'\-]*[.!?]?")
# "the DC", "The DG", "the SSP": initials that may stand for an office
_TITLE_ACRONYM = re.compile(r"(?:[Tt]he\s+)?(?P<a>[A-Z]{2,4})")


# an organisation that opens its sentence, with an aside or a relative clause after it
_ORG_SUBJECT = re.compile(
    r"(?P<n>(?:The\s+)?[A-Z][\w’'\-]+(?:\s+(?:of|for|and)\s+(?:the\s+)?[A-Z][\w’'\-]+|\s+[A-Z][\w’'\-]+){0,5})"
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|stood|said|says|told|gave|put|has|had|is|was)\b"
)
_ORG_OPENING = re.compile(
    r"(?P<n>(?:The\s+)?(?:[A-Z][\w’'\-]+\s+){0,4}[A-Z][\w’'\-]+)(?:\s*\([^()]{1,30}\))?"
    r"(?:,\s+(?:which|who)\b|\s+(?:has|have|had|said|says|is|was)\b)"
)


# a body that gave nothing ("did not respond", "was not available for comment"); one that
# "does not agree" still speaks
_NOT_AFTER = re.compile(
    r"(?:\s+not|n[’']t)\s+(?:immediately\s+)?(?:respond|reply|answer|comment|return|available|be\s+reached)", re.I
)
# a body named in common nouns that opens its sentence and acts: "The dockworkers' union
# does not agree", "The health ministry disputed this"
_BODY_SUBJECT = re.compile(
    r"^(?P<n>The\s+(?:[\w’'\-]+\s+){0,4}?(?P<head>[a-z][\w\-]+))"
    r"\s+(?:\w+ly\s+)?(?:does|did|has|had|is|was|disputes|disputed|rejects|rejected|denies|denied|disagrees|disagreed|agrees|agreed)\b"
)

# a person named with the body they serve, as the sentence's subject: "Major Ana Ruiz of the
# civil defence directorate backed ..."
_PERSON_OF_BODY_SUBJECT = re.compile(
    r"^(?P<n>(?:[A-Z][\w’'\-.]+\s+){1,4}[A-Z][\w’'\-]+)\s+of\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?"
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|says|told|gave|has|had|is|was)\b"
)
