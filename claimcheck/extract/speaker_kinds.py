"""What kind of speaker a name is: a person (a name, a title, a role), an organisation (its
words, an acronym), or a pronoun. The speaker memory, attribution and the ClaimReview export
all ask the same questions, so they are answered once, here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.extract.lexicon import ORG_WORDS, OUTLET_SELF_NAMES, PERSONAL_PRONOUNS, SPEAKER_PRONOUNS
from claimcheck.extract.patterns import alternation


def is_pronoun(speaker: str) -> bool:
    return speaker.lower() in SPEAKER_PRONOUNS or speaker.lower() in PERSONAL_PRONOUNS


def is_bare_pronoun(speaker: str) -> bool:
    """"it", "they", "he": no name at all (is_pronoun also takes "the ministry", a name that
    stands for one given before)."""
    return speaker.lower() in PERSONAL_PRONOUNS or speaker.lower() in ("it", "its", "his", "her", "their")


_ORG_RE = re.compile(r"\b(?:" + alternation(ORG_WORDS, space=r"\ ") + r")\b")


@lru_cache(maxsize=4096)  # every sentence's subject is asked about; names recur
def has_title(speaker: str) -> bool:
    """A person's title among the words: "Interior Minister Ahmad Vahidi", "Dr. Amina
    Kheiri", "spokesman Daniel Okwen", "the Human Rights Ombudsman"."""
    return any(w.strip(".,").lower() in _PERSON_TITLES for w in speaker.split())


def looks_like_org(speaker: str) -> bool:
    """An organisation's words ("ministry", "army"), or an acronym ("the RSF", "IOM"): people
    are not named in capitals."""
    return (
        _ORG_RE.search(speaker.lower()) is not None or _ACRONYM.fullmatch(speaker) is not None
        or speaker.lower() in OUTLET_SELF_NAMES
    )


# (a hyphenated one too: "MRCC-OSS", a rescue centre's call sign)
_ACRONYM = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z]{2,7}|[A-Z]{3,4}-[A-Z]{2,5})")  # (not "NORTH-EAST", "EL-FASHER")


TITLE_WORDS = frozenset({
    "chief", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "director",
    "commissioner", "governor", "mayor", "head", "secretary", "general", "colonel", "captain",
    "sheriff", "superintendent", "inspector", "sergeant", "lieutenant", "major", "officer",
    "coordinator", "administrator", "prosecutor", "judge", "senator", "deputy", "assistant",
    # a district's administrator in South Asia, and who rules on deaths
    "collector", "magistrate", "coroner",
})


# a person's title, for has_title: the titles before a name, and honorifics
_PERSON_TITLES = TITLE_WORDS | {"dr", "mr", "mrs", "ms", "prof", "professor", "ombudsman", "ambassador"}


_PERSON_ROLES = frozenset({
    "official", "source", "witness", "resident", "survivor", "doctor", "nurse", "officer",
    "commander", "councillor", "councilor", "trader", "farmer", "fisherman", "teacher",
    "father", "mother", "man", "woman", "relative", "neighbour", "neighbor", "medic",
    # "the leader of the hunters' guard", "the chairman of the council"
    "leader", "chairman", "chairwoman", "chairperson",
    # a community's own: "the village imam", "the camp's pastor", "the headman"
    "priest", "pastor", "imam", "bishop", "headman", "headteacher", "headmaster", "headmistress",
})


def is_person_role(speaker: str) -> bool:
    """"a local official", "the spokesman": one person, so a later "he" or "she" is them."""
    words = speaker.split()
    last = words[-1].lower().strip(",.") if words else ""
    return last in _PERSON_ROLES or last in TITLE_WORDS


@lru_cache(maxsize=4096)
def looks_like_person(speaker: str) -> bool:
    words = speaker.split()
    if any(w[0].isupper() for w in words) and not looks_like_org(speaker):
        return True
    # "Police chief Amadou Sall", "Police Chief Marisol Grant": an organisation's title before
    # a person's full name
    tail: list[str] = []
    for w in reversed(words):
        if not w[0].isupper() or w.lower() in TITLE_WORDS or _ORG_RE.search(w.lower()):
            break
        tail.append(w)
    return len(tail) >= 2
