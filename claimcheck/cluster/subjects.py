"""Which subjects count the same group: "people" ~ "persons" ~ "residents" ~ "victims".

The lexicon already normalises surface nouns ("persons" -> "people"); this groups the
normalised subjects that reports use interchangeably, and falls back on rapidfuzz for nouns the
lexicon does not know ("policeman" ~ "policemen").
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from claimcheck.extract.lexicon import CATEGORY_PEOPLE_GROUPS, SUBJECT_GROUPS, SUBJECT_NOUNS, VICTIM_GROUPS

__all__ = ["CATEGORY_PEOPLE_GROUPS", "SUBJECT_GROUPS", "VICTIM_GROUPS", "subject_group"]

_GROUP_OF = {s: g[0] for g in SUBJECT_GROUPS for s in g}
_KNOWN = sorted(_GROUP_OF)
# Subjects the lexicon names itself are never fuzzy-matched: "villages" is not "villagers".
_LEXICON_SUBJECTS = frozenset(v for v in SUBJECT_NOUNS.values() if v)


@lru_cache(maxsize=4096)
def subject_group(subject: str) -> str:
    """The group a normalised subject belongs to (itself when it has none)."""
    key = subject.lower().strip()
    if key in _GROUP_OF:
        return _GROUP_OF[key]
    if key in _LEXICON_SUBJECTS:
        return key
    match = process.extractOne(key, _KNOWN, scorer=fuzz.ratio, score_cutoff=88)
    return _GROUP_OF[match[0]] if match else key
