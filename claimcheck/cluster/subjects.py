"""Which subjects count the same group: "people" ~ "persons" ~ "residents" ~ "victims".

The lexicon already normalises surface nouns ("persons" -> "people"); this groups the
normalised subjects that reports use interchangeably, and falls back on rapidfuzz for nouns the
lexicon does not know ("policeman" ~ "policemen").
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from claimcheck.extract.lexicon import SUBJECT_NOUNS

# Subjects that reports use for one group. The first entry names the group.
SUBJECT_GROUPS: tuple[tuple[str, ...], ...] = (
    ("people", "residents", "victims", "persons", "others", "inhabitants", "villagers",
     "individuals", "citizens", "miners", "passengers", "pilgrims", "worshippers", "workers"),
    ("civilians", "non-combatants", "noncombatants"),
    ("troops", "soldiers", "service members", "personnel", "military personnel", "servicemen"),
    ("houses", "homes", "dwellings", "apartments"),
    ("blasts", "explosions", "bombings"),
    ("migrants", "asylum seekers", "refugees"),
    ("militants", "fighters", "insurgents", "rebels", "jihadists"),
    ("gunmen", "attackers", "assailants", "bandits", "kidnappers"),
    ("strikes", "airstrikes", "air strikes"),
    ("hostages", "captives"),
    ("inmates", "prisoners", "escapees", "convicts"),
)
# Groups that a report names where another says "people" for the same toll ("21 civilians
# were killed" / "34 people were killed"; "nine migrants drowned" / "17 bodies"): one quantity
# with "people", unless a source gives both, which shows they differ for it.
VICTIM_GROUPS: frozenset[str] = frozenset({"civilians", "migrants"})
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
