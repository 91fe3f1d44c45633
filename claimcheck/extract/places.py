"""Where a figure is restricted to: "in Las Colinas", "In Sindh province alone, 347 ...",
"Guatemala, where two deaths were reported", "(Mbeza 30, Tolo 12)".

A place's figure is a part of the whole toll, so clustering keeps it apart from the whole
(its scope); this module only reads the place, records.py decides what it makes of it.
"""

from __future__ import annotations

import re

from claimcheck.extract.patterns import alternation, qualifier_tail
from claimcheck.extract.lexicon import EVENT_LINK_PHRASES, INCIDENT_NOUNS, MONTHS, WEEKDAYS
from claimcheck.extract.counts import breakdown_place, colon_list_place, colon_share_place
from claimcheck.extract.speaker_kinds import looks_like_org

# an optional qualifier before the figure (patterns.qualifier_tail)
_QUALIFIER = qualifier_tail()
_QUALIFIER_OR_ANOTHER_A_FURTHER = qualifier_tail(('another', 'a further'))

# The stretch after a figure where its place may be named: up to a comma, and never into a
# phrase about the event itself ("41 people are dead after the collapse of a mine in
# Shabunda": the mine is in Shabunda, the figure is the whole toll; "died as a result of the
# explosion at the plant in Ostmere": the plant is).
_SCOPE_WINDOW = (
    r"^(?:(?!\b(?:after|following|when|during|since|amid|" + alternation(EVENT_LINK_PHRASES)
    + r"|(?:the|an?)\s+(?:[\w\-]+\s+){0,2}(?:" + alternation(INCIDENT_NOUNS) + r"))\b)[^,;]){0,60}?"
)


_PLACE_OF = re.compile(
    _SCOPE_WINDOW + r"\bin\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}"
    r"(?:city|town|village|neighbou?rhood|district|area|province|region|county|suburb|community)"
    r"\s+of\s+(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)"
)


_PLACE_NAME = re.compile(_SCOPE_WINDOW + r"\bin\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+|adjacent\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)")


_PLACE_GENERIC = re.compile(
    _SCOPE_WINDOW + r"\bin\s+(?:a|the|this|one)\s+(?:small\s+|nearby\s+|single\s+|local\s+)?"
    r"(?P<p>village|town|neighbou?rhood|district|hospital|suburb|camp)\b"
)


_WHOLE_SCOPE = re.compile(r"^[^,;]{0,40}?\b(?:nationwide|across the country|in total|in all|overall)\b")


_WHERE_PLACE = re.compile(r"(?P<p>[A-Z][\w\-]+(?:\s+(?:and\s+)?[A-Z][\w\-]+)*),?\s+where\s+$")


_LOCAL_BEFORE = re.compile(
    r"\bin\s+(?:this|the|a)\s+(?:[\w\-]+\s+){0,3}(?P<p>neighbou?rhood|village|district|suburb|town)\b[^.;]{0,30},\s*[a-z]+ing\s+$"
)


# "In Lee County alone, the sheriff said officials had confirmed eight deaths": every figure
# of a sentence that opens on a place and "alone" is that place's
ALONE_OPENING = re.compile(
    r"^\W*In\s+(?:the\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)"
    r"(?:\s+(?:province|district|state|region|city|county|town|village|governorate|area))?\s+alone\b"
)


# "Moatize accounts for 912 cases": the place's share
_ACCOUNTS_FOR_BEFORE = re.compile(
    r"(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)(?:\s+(?:district|province|state|region|city|county))?"
    r"\s+(?:alone\s+)?accounts?\s+for\s+" + _QUALIFIER
    + r"(?:[^,;.]{0,40}?\band\s+)?$"
)


# "In Sindh province alone, 347 people have been killed": "alone" marks a part of the whole
_ALONE_BEFORE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)"
    r"(?:\s+(?:province|district|state|region|city|county|town|village|governorate|area))?\s+alone\s*,?\s+"
    + _QUALIFIER + r"$"
)


# "In neighbouring Thailand, at least 18 people were killed": a sentence that opens on a
# place and goes straight to the figure counts in that place
_PLACE_OPENING = re.compile(
    r"^(?:In|Across)\s+(?:neighbou?ring\s+|nearby\s+|the\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)"
    r"(?:\s+(?:province|district|state|region|city|county|town|village|governorate|area))?\s*,\s+"
    + _QUALIFIER_OR_ANOTHER_A_FURTHER + r"$"
)


_NOT_PLACES = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"monday’s", "the", "a", "icu", "er", "a&e"}


_GENERIC_PLACES = ("neighborhood", "neighbourhood", "village", "district", "suburb", "town", "camp")


def named_place(place: str | None, text_before: str) -> str | None:
    return _name_of_generic(place, text_before) if place else None


def _name_of_generic(place: str, text_before: str) -> str:
    """"this neighborhood" -> the neighbourhood the article named before ("the Las Colinas
    neighborhood", "the village of Tina"), so that one place is one scope."""
    if place.lower() not in _GENERIC_PLACES:
        return place
    noun = re.escape(place.lower()).replace("neighborhood", "neighbou?rhood")
    named = re.findall(
        rf"(?:([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)*)[ \t]+(?i:{noun})\b|(?i:{noun})\s+of\s+([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)*))",
        text_before,
    )
    if not named:
        return place
    first, second = named[-1]
    return first or second


def figure_place(sentence: str, start: int, end: int) -> str | None:
    """A place the figure is restricted to: "in Las Colinas", "Guatemala, where two deaths
    were reported", "in this neighborhood, killing scores"."""
    before = sentence[:start]
    if "(" in before:
        part = breakdown_place(sentence, start)  # "(Mbeza 30, Tolo 12)"
        if part:
            return part
    if ":" in before:
        # "the dead were: Norra, 31; Vesta, 12"; "the wounded went to three hospitals: 70 at
        # the Central Hospital, 41 at St Anne's"
        listed = colon_list_place(sentence, start, end) or colon_share_place(sentence, start, end)
        if listed and listed.split()[0].lower() not in _NOT_PLACES and not looks_like_org(listed):
            return listed  # (not "Casualties: Army 12, Police 4", a list of forces)
    for rx, cue in PLACES_BEFORE:
        # (each pattern holds its cue word: most figures are ruled out without a scan)
        m = rx.search(before) if cue in before else None
        if m and m.group("p").split()[0].lower() not in _NOT_PLACES:
            return m.group("p")
    after = sentence[end:]
    if _WHOLE_SCOPE.match(after):
        return None
    item = _LIST_PLACE.match(after)
    if item and item.group("p").split()[0].lower() not in _NOT_PLACES:
        return item.group("p")  # "12 are from Hirapur, eight from Kanpa": each village's
    for rx in (_PLACE_OF, _PLACE_GENERIC, _PLACE_NAME):
        m = rx.match(after)
        if m and m.group("p").split()[0].lower().rstrip("’'s") not in _NOT_PLACES:
            if _AND_PLACE.match(after, m.end()):
                return None  # "16 dead in Bangladesh and India": both places, the whole toll
            if after.startswith(("'s ", "’s "), m.end()):
                return None  # "kills 31 in Mozambique's Tete": where the event is, not a part of it
            if _EVENT_AFTER_PLACE.match(after, m.end()):
                return None  # "dead in the Port Lenz runway accident": the event's name, the whole toll
            return m.group("p")
    return None


_AND_PLACE = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?[A-Z]")
# (the place names the event when an incident noun follows it, with at most two modifiers:
# "the Port Lenz runway accident", "the Sarmast ambush"; not "Kerman when two blasts went off")
_EVENT_AFTER_PLACE = re.compile(
    r"\s+(?:(?!(?:when|after|as|and|or|where|while|which|who|that|in|on|at|of|by|from|with|the|a|an|two|three"
    r"|under|during|amid|amidst|overnight|following|despite|through|over|near|before|since"
    r"|province|district|region|county|city|town|village|state)\b)"
    r"[a-z][\w\-]*\s+){0,2}(?:" + alternation(INCIDENT_NOUNS) + r")\b"
)


# a breakdown's item: "eight from Kanpa", "30 at the City Hospital", "12 are from Hirapur" (the
# place right after the figure, then the list goes on or the sentence ends)
_LIST_PLACE = re.compile(
    r"^\s+(?:are\s+|were\s+)?(?:from|at)\s+(?:the\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)\s*(?:,|and\b|[.;]|$)"
)


# The patterns of a place named before the figure, in order, each with a string every match
# of it contains.
PLACES_BEFORE = (
    (_WHERE_PLACE, "where"), (_LOCAL_BEFORE, "ing"), (_ALONE_BEFORE, "alone"), (_PLACE_OPENING, ""),
    (_ACCOUNTS_FOR_BEFORE, "account"), (ALONE_OPENING, "alone"),
)
