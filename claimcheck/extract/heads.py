"""The head noun of a figure: the group it counts ("about 2,000 peacekeeping troops",
"five of the victims", "a 3,000-strong force"), normalised to a subject, skipping the
modifiers in between.
"""

from __future__ import annotations

import re

from claimcheck.extract.lexicon import (
    KIN_NOUNS,
    POPULATION_WORDS,
    MONTHS,
    WEEKDAYS,
    NON_STORY_NOUNS,
    NP_MODIFIER_WORDS,
    NP_STOP_WORDS,
    PARTICIPLE_CATEGORIES,
    SPEECH_VERBS,
    SUBJECT_DEFAULT_CATEGORY,
    SUBJECT_NOUNS,
    TENS,
    THING_SUBJECTS,
    UNITS,
    UNIT_NOUNS,
)
from claimcheck.extract.words import words_from


_DIGIT_WORD = re.compile(r"\d[\d,.]*")


_MAX_NOUN_WORDS = max(len(k.split()) for k in SUBJECT_NOUNS)


def _singular(plural: str) -> str | None:
    """"soldiers" -> "soldier", "gunmen" -> "gunman", "bodies" -> "body"; None when the word
    does not end like an English plural."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "sses", "xes", "uses")):
        return plural[:-2]
    if plural.endswith("s") and not plural.endswith("ss"):
        return plural[:-1]
    return None


# "one attacker", "a single soldier": a count of one names its group in the singular
_SINGULAR_SUBJECTS = {
    single: subject
    for plural, subject in SUBJECT_NOUNS.items()
    if subject and " " not in plural and (single := _singular(plural)) and single not in SUBJECT_NOUNS
} | {"child": SUBJECT_NOUNS.get("children") or "children"}


def singular_head(word: str) -> bool:
    """A person's noun in the singular, as a count of one names it ("one man", "a child")."""
    return word.lower() in _SINGULAR_SUBJECTS


def head_noun(
    sentence: str, pos: int, singular: bool = False
) -> tuple[str | None, str | None, int, bool, bool]:
    """Scan right of a figure for its head noun.

    Returns (surface head, normalised subject, end offset, partitive, anaphoric). The scan
    stops at a verb-like stop word; modifiers in between ("more powerful", "active-duty",
    "Nagorno-Karabakh") are skipped.
    """
    head, subject, end, partitive, anaphoric = _head_noun(sentence, pos, singular)
    if (
        head is not None and head.lower() in _MEMBER_WORDS and not sentence[pos : end - len(head)].strip()
        and (of := _MEMBERS_OF.match(sentence, end))
    ):
        # (not "five family members of the victims": kin, no victims)
        # "six members of the security forces", "one member of our cabin crew": the members
        # of a group the lexicon knows are that group, as "six security forces personnel"
        inner, group, inner_end, _, _ = _head_noun(sentence, of.end(), False)
        if (
            inner is not None and inner[:1].islower() and group in _KNOWN_SUBJECTS
            and group not in ("people", "members", "families") and group not in THING_SUBJECTS
            # (not "members of the victims' families": the group's own possessive goes on)
            and not sentence.startswith(("'", "’"), inner_end) and not sentence.startswith(("'s", "’s"), inner_end)
            # (a group that says what it counts, "security forces", keeps "members": "cases
            # against 28 members of the security forces" are no force deployed)
            and group not in SUBJECT_DEFAULT_CATEGORY
        ):
            return sentence[end - len(head) : inner_end], group, inner_end, partitive, anaphoric
    return head, subject, end, partitive, anaphoric


_MEMBER_WORDS = frozenset({"members", "member"})
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?(?=\S)")
_KNOWN_SUBJECTS = frozenset(v for v in SUBJECT_NOUNS.values() if v)


def _head_noun(sentence: str, pos: int, singular: bool) -> tuple[str | None, str | None, int, bool, bool]:
    toks = words_from(sentence, pos)
    i = 0
    partitive = False
    if len(toks) > 2 and toks[0][2].lower() == "more" and toks[1][2].lower() == "of":
        # "three more of the injured died": a part of the group, as "three of the injured"
        # (the "more" stays in the mention: an addition, cluster/quantities.py)
        toks = toks[1:]
    # "of" right after the figure: "thousands of residents", "five of the victims", "220 of them"
    if len(toks) > 1 and toks[0][2].lower() == "among" and toks[1][2].lower() in ("them", "whom"):
        # "142 among them have been recaptured": a translation's "of them"
        return toks[1][2], "people", pos + toks[1][1], True, True
    if toks and toks[0][2].lower() == "of":
        nxt = toks[1][2].lower() if len(toks) > 1 else ""
        if nxt in ("them", "whom", "those", "these", "which"):
            return toks[1][2], "people", pos + toks[1][1], True, True
        if nxt in ("us", "you"):
            # "There were 14 of us in the boat", "5,000 of us live here": the speaker's
            # own group, counted whole (no part of a figure before)
            return toks[1][2], "people", pos + toks[1][1], False, False
        if nxt in ("the", "her", "his", "their", "its", "our", "my"):
            partitive = True
            i = 2
        elif (
            len(toks) > 2 and toks[1][2][:1].isupper() and nxt.endswith(("'s", "’s")) and len(nxt) > 3
            and (toks[2][2].lower() in POPULATION_WORDS or toks[2][2][:1].isdigit())
        ):
            # "About 9,000 of Marva's 30,000 residents", "of Marva's pre-war population": a
            # part of the named place's people, as "of the town's"
            partitive = True
            i = 2
        elif _is_number_word(nxt) and not singular:
            # "shot down 112 of 145 drones": a part of the figure after it, with no "the"
            # (but "She was one of 11 patients flown": which one, not how many)
            return None, None, pos, True, True
        else:
            i = 1
    modifiers = 0
    while i < len(toks) and modifiers <= 5:
        s, e, w = toks[i]
        lw = w.lower()
        # longest known multi-word noun starting here
        for n in range(min(_MAX_NOUN_WORDS, len(toks) - i), 0, -1):
            phrase = " ".join(t[2].lower() for t in toks[i : i + n])
            if phrase in SUBJECT_NOUNS and not (
                n == 1 and phrase in PARTICIPLE_CATEGORIES and i + 1 < len(toks)
                and (
                    toks[i + 1][2].lower() in SUBJECT_NOUNS
                    # "One injured man died": a count of one, then its noun in the singular
                    or (singular and toks[i + 1][2].lower() in _SINGULAR_SUBJECTS)
                    # "hundreds of dead Orlenian soldiers": a people's adjective, then the noun
                    or (
                        i + 2 < len(toks) and demonym_head(toks[i + 1][2])
                        and toks[i + 2][2].lower() in SUBJECT_NOUNS
                    )
                )
            ) and not (
                # "eleven police vans", "two refugee camps": a group naming the thing counted
                n == 1 and i + 1 < len(toks) and SUBJECT_NOUNS.get(toks[i + 1][2].lower()) in THING_SUBJECTS
                and SUBJECT_NOUNS[phrase] not in THING_SUBJECTS
            ) and not (
                # "800 more Mountain Rifles troops": a capitalised word of a name before the noun
                n == 1 and toks[i][2][:1].isupper() and i + 1 < len(toks) and toks[i + 1][2].islower()
                and toks[i + 1][2] in SUBJECT_NOUNS
                and toks[i + 1][2] not in PARTICIPLE_CATEGORIES and toks[i + 1][2] != "accused"
                and (SUBJECT_NOUNS[phrase] in THING_SUBJECTS or (i > 0 and toks[i - 1][2][:1].isupper()))
            ):
                end = toks[i + n - 1][1]
                surface = sentence[pos + toks[i][0] : pos + end]
                return surface, SUBJECT_NOUNS[phrase], pos + end, partitive, phrase == "others"
        if singular and lw in _SINGULAR_SUBJECTS:
            return sentence[pos + toks[i][0] : pos + e], _SINGULAR_SUBJECTS[lw], pos + e, partitive, False
        if lw in ("more", "others") and modifiers == 0 and (
            i + 1 >= len(toks) or toks[i + 1][2].lower() in NP_STOP_WORDS or not toks[i + 1][2][0].isalnum()
            # "Hundreds more slept outdoors", "Dozens more fled": a verb, no
            # noun, follows
            or (
                not singular and toks[i + 1][2].islower() and toks[i + 1][2] not in SUBJECT_NOUNS
                and not unknown_plural(toks[i + 1][2]) and toks[i + 1][2] not in NP_MODIFIER_WORDS
                and toks[i + 1][2] not in UNIT_NOUNS and toks[i + 1][2] not in _TIME_NOUNS
                and not _noun_ahead(toks, i + 1)
            )
        ):
            return w, "people", pos + e, partitive, True
        if lw in PARTICIPLE_CATEGORIES and modifiers == 0:
            nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
            # ("the two evacuated blocks": a noun of its own follows the participle)
            nationals = (  # ("dead Orlenian soldiers": the adjective, then the noun)
                i + 2 < len(toks) and demonym_head(toks[i + 1][2]) and toks[i + 2][2].lower() in SUBJECT_NOUNS
            )
            # ("One injured man died": a count of one takes its noun in the singular)
            if nxt not in SUBJECT_NOUNS and not unknown_plural(nxt) and not nationals and not (
                singular and nxt in _SINGULAR_SUBJECTS
            ):
                return w, "people", pos + e, partitive, False
        if not w[0].isalnum():
            break
        if _is_number_word(lw):
            # "five of the 10 abducted residents": the whole follows; this figure is a part
            if partitive:
                return None, None, pos, True, True
            break
        if lw == "and" and modifiers and i + 1 < len(toks) and (
            toks[i + 1][2].lower() in NP_MODIFIER_WORDS or toks[i + 1][2][0].isupper()
        ):
            modifiers += 1
            i += 1
            continue  # "hundreds of American and coalition service members"
        if lw in SPEECH_VERBS and lw.endswith("ed") and i + 1 < len(toks) and (
            toks[i + 1][2].lower() in SUBJECT_NOUNS
            # "two alleged smugglers" (but "12 reported beatings": a verb and its object)
            or lw == "alleged" and agent_plural(toks[i + 1][2].lower())
        ):
            modifiers += 1
            i += 1
            continue  # "22,800 registered IDPs", "two alleged smugglers": a participle before its noun
        if partitive and i == 2 and lw in UNIT_NOUNS:
            # "in 20 of my years at sea", "three of the 12 hours": a share of a measure, no
            # part of a count of people
            return None, None, pos, False, False
        if lw in NP_STOP_WORDS or lw in UNIT_NOUNS or lw in SPEECH_VERBS:
            break
        nxt_tok = toks[i + 1][2] if i + 1 < len(toks) else ""
        if (
            w[0].isupper() and lw.endswith("s") and not lw.endswith("ss") and lw.isalpha()
            and lw not in NP_MODIFIER_WORDS
            and not (nxt_tok[:1].isalpha() and (nxt_tok.lower() in SUBJECT_NOUNS or nxt_tok[0].isupper()))
        ):
            # a demonym or group name as the head: "14 Palestinians", "300 Rohingyas"
            return sentence[pos + toks[i][0] : pos + e], lw, pos + e, partitive, False
        if (
            demonym_head(w)
            and (not nxt_tok or nxt_tok in (",", ";", ".", ":") or nxt_tok.lower() in ("and", "or"))
        ):
            # a list of nationalities: "seven Orlenian, four Vaskan and two Tamarese
            # nationals", "two Vaskan and one Orlenian": a demonym that ends
            # its item is its head, counting what the list's last item names ("... and four
            # Afghan rugs": rugs)
            return sentence[pos + toks[i][0] : pos + e], _list_noun(toks, i + 1), pos + e, partitive, False
        hyphenated_head = (
            # "the mill's four co-workers": a hyphenated plural is a noun when no noun follows it
            "-" in w and not w[0].isupper() and _plural_shaped(lw) and lw not in NON_STORY_NOUNS
            and not (nxt_tok.lower() in SUBJECT_NOUNS or unknown_plural(nxt_tok.lower()))
        )
        if (lw in NP_MODIFIER_WORDS or "-" in w or w[0].isupper() or w[0].isdigit()) and not hyphenated_head:
            modifiers += 1
            i += 1
            continue
        if partitive and lw in KIN_NOUNS and toks[i - 1][2].lower() in ("our", "their", "his", "her", "my", "the"):
            # "Two of our neighbours were killed", "three of her sons": people of the story
            # (alone, "his two sons", "the two neighbours" are background or countries)
            return sentence[pos + toks[i][0] : pos + e], "people", pos + e, partitive, False
        # An unknown plural noun still counts things of the story ("3,000 coffins"), unless a
        # known noun follows it ("two munitions experts": a modifier)
        if (
            _plural_shaped(lw) and lw not in NON_STORY_NOUNS
            and not (i + 1 < len(toks) and toks[i + 1][2].lower() in SUBJECT_NOUNS)
        ):
            return sentence[pos + toks[i][0] : pos + e], lw, pos + e, partitive, False
        # An unknown adjective or adverb before a known noun: "14 combat vehicles",
        # "30 critically wounded patients", "two correctional officers"
        if lw.isalpha() and modifiers < 3 and _noun_ahead(toks, i + 1, singular):
            modifiers += 1
            i += 1
            continue
        break
    return None, None, pos, partitive, False


# ("one more day", "three more weeks": time, not people)
_TIME_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "night", "nights", "time", "times", "minute", "minutes"})


# a nationality's adjective: "Orlenian", "Kenyan", "Congolese", "Danish", "Iraqi", "Dutch"
_DEMONYM = re.compile(r"[a-z]{3,}(?:ian|an|ese|ish|i|ch|ic)")


_CALENDAR_WORDS = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


def demonym_head(word: str) -> bool:
    """A nationality's adjective standing for its people ("seven Orlenian, four Vaskan"):
    each is one nationality's share of a list."""
    low = word.lower()
    return (
        word[:1].isupper() and low.isalpha() and _DEMONYM.fullmatch(low) is not None
        and low not in NP_MODIFIER_WORDS and low not in _CALENDAR_WORDS
    )


def _list_noun(toks, j: int) -> str:
    """The noun that ends a list of nationalities, for the items that leave it out."""
    for k in range(j, min(j + 30, len(toks))):
        w = toks[k][2]
        if w in (";", ".", ":", "(", ")"):
            break
        if w.isalpha() and w.islower() and w not in ("and", "or") and not _is_number_word(w) and k and toks[k - 1][2][:1].isupper():
            if w in SUBJECT_NOUNS:
                return SUBJECT_NOUNS[w]
            return w if _plural_shaped(w) else "people"
    return "people"


def _noun_ahead(toks, j: int, singular: bool = False) -> bool:
    """A known head noun within the next two words, before any stop word ("one prison
    guard": a singular one, for a count of one)."""
    for k in range(j, min(j + 2, len(toks))):
        w = toks[k][2].lower()
        if w in NP_STOP_WORDS or not w[:1].isalpha():
            return False
        if w in SUBJECT_NOUNS or " ".join(t[2].lower() for t in toks[k : k + 2]) in SUBJECT_NOUNS:
            return True
        if singular and w in _SINGULAR_SUBJECTS:
            return True
        if _plural_shaped(w) and w not in NON_STORY_NOUNS:
            return True
    return False


# "-men" words that are no plurals ("specimen", "regimen")
_MEN_SINGULARS = frozenset({"specimen", "regimen", "abdomen", "acumen", "stamen", "hymen", "omen", "amen", "semen"})


def _plural_shaped(word: str) -> bool:
    """An English plural by its ending: "coffins", and the "-men" of trades and crews
    ("quarrymen", "brigadesmen", "linemen")."""
    if "-" in word and all(part.isalpha() for part in word.split("-")):
        word = word.rsplit("-", 1)[1]  # "co-owners", "co-workers", "by-standers": the last part
    if len(word) <= 3 or not word.isalpha():
        return False
    if word.endswith("s"):
        # (never an adjective's "-ous", nor "virus" or "crisis": "two serious", "four previous")
        return not word.endswith(("ss", "ous", "us", "is"))
    return word.endswith(("men", "folk")) and word not in _MEN_SINGULARS


def _is_number_word(word: str) -> bool:
    return _DIGIT_WORD.fullmatch(word) is not None or word in UNITS or word in TENS


# people named by what they do: "smugglers", "traffickers", "militants", "detainees"
_AGENT_PLURAL = re.compile(r"[a-z\-]{2,}(?:ers|ors|ists|ants|ents|ees|men|ites|ians)")


def agent_plural(word: str) -> bool:
    return unknown_plural(word) and _AGENT_PLURAL.fullmatch(word) is not None


def unknown_plural(word: str) -> bool:
    return (
        _plural_shaped(word)
        and word not in SUBJECT_NOUNS and word not in NP_STOP_WORDS and word not in UNIT_NOUNS
        and word not in PARTICIPLE_CATEGORIES
    )
