"""Whose people a figure counts, in a story of two states at war.

Each side of a war counts its own dead and the other's. "Talvaro says nine of its soldiers
died" and "Sorbenia said it killed 50 Talvaran troops" are rival figures for
one quantity, Talvaro's military dead; Sorbenia's civilian toll and Talvaro's are two tolls,
and setting them side by side as a conflict is the error an analyst would catch first.

Only a story that shows a war between named states is split: one side's figure for the
other's people ("it killed 50 Talvaran troops"). Two governments speaking of one shipwreck
or one earthquake give one toll, and a story without such a figure keeps its quantities whole.
A figure whose side the text does not show stays with the quantity as a whole.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.extract.heads import demonym_head
from claimcheck.extract.lexicon import (
    BOTH_SIDES_PHRASES,
    ENEMY_WORDS,
    OWN_SIDE_WORDS,
    PORTFOLIO_WORDS,
    REGION_WORDS,
    SIDE_AGENT_NOUNS,
    SIDE_HARM_VERBS,
    STATE_BODY_WORDS,
)
from claimcheck.extract.patterns import alternation, qualifier_tail
from claimcheck.models import Category, Claim

__all__ = ["BOTH_SIDES", "StorySides", "same_state", "speaker_state", "story_sides", "title_state"]

BOTH_SIDES = "both sides"

_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_BODY = re.compile(rf"\b(?:{alternation(STATE_BODY_WORDS)})\b", re.I)
# "Sorbenia's Defence Ministry", "the Talvaran army", "... of the Republic of Talvaro"
_POSSESSOR = re.compile(rf"^(?:[Tt]he\s+)?(?P<p>{_NAME})['’]s\s+(?P<body>.+)$")
_DEMONYM_BODY = re.compile(rf"^(?:[Tt]he\s+)?(?P<p>{_NAME})\s+(?P<body>.+)$")
_OF_STATE = re.compile(
    rf"^(?P<body>.+?)\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|Federation|State|Emirate|Union)\s+of\s+)?(?P<p>{_NAME})"
    # "the General Staff of the Sorbenian Armed Forces"
    r"(?:\s+(?:Armed\s+Forces|Army|Military|Government|Forces|Navy|Air\s+Force|Defence\s+Forces))?$"
)
_BARE = re.compile(rf"^(?:[Tt]he\s+)?(?P<p>{_NAME})$")
_REGION = alternation(REGION_WORDS)
# "Sorbenia's Hallen province", "the Wick region of Talvaro"
_REGION_OF = re.compile(
    rf"\b(?P<p>{_NAME})['’]s\s+(?:\w+ern\s+)?(?P<r>{_NAME})\s+(?:{_REGION})\b"
    rf"|\b(?P<r2>{_NAME})\s+(?:{_REGION})\s+(?:of|in)\s+(?:\w+ern\s+)?(?P<p2>{_NAME})\b"
)
_BOTH = re.compile(rf"\b(?:{alternation(BOTH_SIDES_PHRASES)})\b", re.I)
_ENEMY = rf"(?:{alternation(ENEMY_WORDS)})(?!\w)"
# the other side's people themselves, not the other side as a cause ("the enemy's provocation")
_ENEMY_IN = re.compile(rf"\b{_ENEMY}", re.I)
_ENEMY_AFTER = re.compile(rf"^\s*(?:of|from|among)\s+the\s+{_ENEMY}", re.I)
_LOSS = r"(?:losses|casualties|dead|toll|personnel|manpower)\b|(?:has\s+|had\s+|have\s+)?(?:lost|suffered|sustained)\b"
_ENEMY_BEFORE = re.compile(rf"\b{_ENEMY}\s+(?:{_LOSS})[^,.;]{{0,40}}$", re.I)
# "Talvaro lost 40 servicemen", "Sorbenian losses stood at 12"
_PARTY_LOSS = re.compile(rf"\b(?P<p>{_NAME})\s+(?:{_LOSS})[^,.;]{{0,40}}$")
_OWN = re.compile(
    rf"\b(?:of\s+)?(?:{alternation(OWN_SIDE_WORDS)})\s+(?:\w+\s+){{0,2}}?"
    r"(?:toll|losses|casualties|dead|servicemen|soldiers|troops|personnel|civilians|citizens|nationals|"
    r"fighters|service\s+members|people|residents)\b",
    re.I,
)
_HARM_TAIL = re.compile(
    rf"(?:\b(?P<pron>it|we)|\b(?:its|our)\s+(?:{alternation(SIDE_AGENT_NOUNS)})"
    rf"|\b(?P<agent>{_NAME})\s+(?:{alternation(SIDE_AGENT_NOUNS)}))"
    rf"\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:{alternation(SIDE_HARM_VERBS)})\s+(?:{qualifier_tail()})?$"
)
_QUOTE_OR_SAID = re.compile(r"[\"“”]|\b(?:said|says|told|added)\b")
# "displaced on the Talvaran side", "killed on the Sorbenian side of the border"
_SIDE_AFTER = re.compile(rf"^\s*(?:\w+\s+){{0,2}}?on\s+the\s+(?P<p>{_NAME})\s+side\b")
# "were killed in Orvalia's Dunmere province", "killed in the Calder region" (not "killed in
# Tesmarki shelling": the agent's, not the victims')
_IN_AFTER = re.compile(
    rf"^[^,.;]{{0,30}}?\bin\s+(?:the\s+)?(?:\w+ern\s+)?(?P<p>{_NAME})(?!\s+(?:{alternation(SIDE_AGENT_NOUNS)}|attacks?)\b)"
)
_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# Tolls a state gives of its own people by default: its dead, wounded, missing and evacuated,
# and its damaged homes. Kit ("three tanks") is as often the enemy's as one's own.
_OWN_BY_DEFAULT = frozenset({
    Category.KILLED, Category.WOUNDED, Category.MISSING, Category.EVACUATED, Category.DISPLACED,
})
_OWN_THINGS = frozenset({"houses", "homes", "buildings", "schools"})


def same_state(a: str, b: str) -> bool:
    """A state's name and its people's ("Talvaro" ~ "Talvaran", "Ukraine" ~ "Ukrainians",
    "Lebanon" ~ "Lebanese"): one stem, for names the tool has never seen."""
    a, b = a.lower().removesuffix("s"), b.lower().removesuffix("s")
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    if long_.startswith(short):
        return True
    common = 0
    for x, y in zip(short, long_):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= len(short) - 2


@dataclass
class StorySides:
    """The states of one story and the regions its text gives each."""

    parties: list[str]
    regions: dict[str, str] = field(default_factory=dict)
    # people whose office one of their sentences gives ("The governor of Talvaro's Wick
    # region, Imre Dobasz, said ..."), for their sentences that do not ("He said ...")
    officials: dict[str, str] = field(default_factory=dict)

    def party(self, word: str | None) -> str | None:
        """The state a name, a people's adjective or a region stands for."""
        if not word:
            return None
        for p in self.parties:
            if same_state(p, word):
                return p
        return self.regions.get(word.lower())

    def other(self, party: str | None) -> str | None:
        """The enemy of a side, when the story has exactly two."""
        if party is None or len(self.parties) != 2:
            return None
        return self.parties[1] if party == self.parties[0] else self.parties[0]

    def speaker_party(self, speaker: str | None) -> str | None:
        """The state a speaker speaks for: its body ("Sorbenia's Defence Ministry"), its bare
        name ("Talvaro says ..."), or an official of one of its regions ("Hallen governor ...")."""
        if not speaker:
            return None
        name = speaker_state(speaker)
        if name:
            return self.party(name)
        bare = _BARE.match(speaker)
        if bare:
            return self.party(bare.group("p"))
        if speaker in self.officials:
            return self.officials[speaker]
        for word in _WORD.findall(speaker):
            if word.lower() in self.regions:
                return self.regions[word.lower()]
        return None

    def office_state(self, c: Claim) -> str | None:
        """The state of a person whose sentence introduces them by office: "The governor of
        Talvaro's Wick region, Imre Dobasz, said ..." (one state named before the
        name, and no other)."""
        speaker = c.attributed_to
        # (a name, "Imre Dobasz"; not "rescuers" or "the regional governor")
        if not speaker or len(_WORD.findall(speaker)) < 2:
            return None
        pos = c.sentence.find(speaker)
        if pos <= 0:
            return None
        # (not a quotation's words before "said NAME")
        window = _QUOTE_OR_SAID.split(c.sentence[max(0, pos - 60) : pos])[-1]
        found = {self.party(w) for w in _WORD.findall(window)} - {None}
        return found.pop() if len(found) == 1 else None

    def side(self, c: Claim) -> str | None:
        """The state whose people (or homes) the figure counts, BOTH_SIDES, or None when
        the text does not say."""
        return self.reading(c)[0]

    def reading(self, c: Claim) -> tuple[str | None, bool]:
        """(side, shown): `shown` when the figure's own words name the side (a people's
        adjective, a place, "its", "of the enemy", an agent), not only its speaker's state.
        A state's figure is its own people's by default, but an attacker also speaks of its
        victims ("fewer than a dozen died", says the striking state's ministry): only
        figures whose words show two sides split a quantity."""
        pos = c.sentence.find(c.mention)
        before = c.sentence[:pos] if pos >= 0 else ""
        after = c.sentence[pos + len(c.mention) : pos + len(c.mention) + 40] if pos >= 0 else ""
        clause_before = re.split(r"[;:]|,\s+(?:and|but|while)\s", before)[-1]
        if _BOTH.search(after.split(".", 1)[0]) or _BOTH.search(c.mention) or _BOTH.search(clause_before[-40:]):
            return BOTH_SIDES, True
        for word in _WORD.findall(c.mention):
            p = self.party(word) if (word in self.parties or demonym_head(word) or word.endswith("s")) else None
            if p:
                return p, True
        named_side = _SIDE_AFTER.match(after)
        if named_side and self.party(named_side.group("p")):
            return self.party(named_side.group("p")), True
        place = self.party(c.place)
        if place:
            return place, True
        where = _IN_AFTER.match(after)
        if where and self.party(where.group("p")):
            return self.party(where.group("p")), True
        speaker = self.speaker_party(c.attributed_to) or self.office_state(c) or (
            self.party(title_state(c.source_title)) if c.attributed_to is None else None
        )
        if _ENEMY_IN.search(c.mention) or _ENEMY_AFTER.search(after) or _ENEMY_BEFORE.search(clause_before):
            return self.other(speaker), True
        # ("Our losses since dawn: 4 soldiers dead": a label before the figure)
        own_words = clause_before if clause_before.strip() else before
        if _OWN.search(c.mention) or _OWN.search(own_words[-50:]):
            return speaker, True
        loss = _PARTY_LOSS.search(clause_before)
        if loss and self.party(loss.group("p")):
            return self.party(loss.group("p")), True
        harm = _HARM_TAIL.search(clause_before)
        if harm:
            if harm.group("agent"):
                agent = self.party(harm.group("agent"))
                return (self.other(agent) if agent else None), True
            return self.other(speaker), True
        if speaker and (c.category in _OWN_BY_DEFAULT or c.subject.lower() in _OWN_THINGS):
            return speaker, False
        return None, False


# a state body's document: "Army General Staff of Sorbenia: evening report"
_TITLE_BODY = re.compile(r"\b(?:Ministry|General\s+Staff|Armed\s+Forces|Army|Government)\b")
_OF_NAME = re.compile(rf"\bof\s+(?:the\s+)?(?:(?:Republic|Kingdom|Federation)\s+of\s+)?(?P<p>{_NAME})\b")


def title_state(title: str | None) -> str | None:
    """The state whose body issued a document, from its title: a bulletin's own figures
    are that state's word, though no one in its text is said to speak them."""
    if not title:
        return None
    body = _TITLE_BODY.search(title)
    if body is None:
        return None
    for m in _OF_NAME.finditer(title, body.start(), body.end() + 40):
        if m.group("p").lower() not in PORTFOLIO_WORDS:
            return m.group("p")
    return None


def speaker_state(speaker: str) -> str | None:
    """The state named in a state body's name, or None for a person or an agency."""
    for pattern in (_POSSESSOR, _OF_STATE):
        m = pattern.match(speaker)
        if m and _BODY.search(m.group("body")) and m.group("p").lower() not in PORTFOLIO_WORDS:
            return m.group("p")
    m = _DEMONYM_BODY.match(speaker)
    if m and demonym_head(m.group("p")) and _BODY.match(m.group("body")):
        return m.group("p")
    return None


def story_sides(claims: Sequence[Claim]) -> StorySides | None:
    """The two or more states a story shows at war, or None.

    A war shows in one side's figure for the other's people or kit: without one, two
    governments' figures are read as one toll.
    """
    names: list[str] = []
    for speaker in dict.fromkeys(c.attributed_to for c in claims if c.attributed_to):  # (text order: one run like the next)
        name = speaker_state(speaker)
        if name and not any(same_state(name, n) for n in names):
            names.append(name)
    if len(names) < 2:
        return None
    # prefer a state's own name to its people's adjective where the text gives both
    names = [n if not demonym_head(n) else _name_for(n, claims) for n in names]
    sides = StorySides(sorted(names))
    for sentence in dict.fromkeys(c.sentence for c in claims):
        for m in _REGION_OF.finditer(sentence):
            p, r = (m.group("p"), m.group("r")) if m.group("p") else (m.group("p2"), m.group("r2"))
            party = sides.party(p)
            if party and not sides.party(r):
                sides.regions[r.lower()] = party
    introduced: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.attributed_to and sides.speaker_party(c.attributed_to) is None:
            party = sides.office_state(c)
            if party:
                introduced[c.attributed_to].add(party)
    sides.officials = {person: next(iter(ps)) for person, ps in introduced.items() if len(ps) == 1}
    crossed = any(
        (voice := sides.speaker_party(c.attributed_to)) is not None
        and (read := sides.reading(c))[1] and read[0] not in (None, BOTH_SIDES, voice)
        for c in claims
    )
    return sides if crossed else None


def _name_for(demonym: str, claims: Sequence[Claim]) -> str:
    """"Talvaro" for "Talvaran" when a speaker or place gives the name itself."""
    for c in claims:
        for text in (c.attributed_to, c.place):
            if text:
                for word in _WORD.findall(text):
                    if word != demonym and not demonym_head(word) and same_state(word, demonym):
                        return word
    return demonym
