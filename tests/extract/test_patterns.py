"""`Caseless` must find exactly what the IGNORECASE pattern finds, with the same offsets and
the original characters in its groups: extraction relies on it for speed, never for meaning."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import context, masks, numbers
from claimcheck.extract.patterns import Caseless, _lower_literals

SENTENCES = [
    "On Tuesday, the Ministry said AT LEAST 23 people were killed, up from 19.",
    "Officials REVISED the toll from 95 to 84 on March 3, 2024 at 10:30 GMT.",
    "İstanbul officials said 14 died; the number could not be independently verified.",
    "Tens of thousands fled, while Dozens were reported missing since last week.",
    "A 7.6-magnitude quake hit at 3 p.m. local time, Killing Two Hundred And Five people.",
    "Ünal Şahin, 45, told AFP that ٣٠ bodies were recovered in the 1990s.",
]

PATTERNS = {
    "time": context._TIME,
    "hedge": context._HEDGE,
    "clause": context._CLAUSE_BREAK,
    "revision": context._REVISION,
    "up from": context._UP_FROM,
    "mask": masks._MASK_RE,
    "number": numbers._NUMBER_RE,
}


def _found(matches) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.group()) for m in matches]


@pytest.mark.parametrize("name", sorted(PATTERNS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_caseless_finds_what_ignorecase_finds(name: str, sentence: str) -> None:
    pattern = PATTERNS[name]
    assert _found(pattern.finditer(sentence)) == _found(pattern.ignorecase.finditer(sentence))
    searched, expected = pattern.search(sentence), pattern.ignorecase.search(sentence)
    assert (searched and searched.span()) == (expected and expected.span())


def test_groups_keep_the_original_case() -> None:
    rx = Caseless(r"\b(?P<verb>revised)\s+the\s+(?P<what>TOLL)\b")
    m = rx.search("Officials Revised the Toll on Friday.")
    assert m is not None
    assert m.group() == "Revised the Toll"
    assert m.group("verb") == "Revised" and m.group("what") == "Toll"
    assert m.start("what") == 22 and m.end("what") == 26


def test_text_whose_length_changes_when_lowered_falls_back_to_ignorecase() -> None:
    text = "İİİ said 23 were KILLED"  # "İ".lower() is two characters
    assert len(text.lower()) != len(text)
    m = Caseless(r"killed").search(text)
    assert m is not None and m.span() == (17, 23) and m.group() == "KILLED"


@pytest.mark.parametrize(
    ("pattern", "lowered"),
    [
        (r"\S+\W\B\D\A\Z", r"\S+\W\B\D\A\Z"),  # escapes keep their meaning
        (r"(?P<Q>AT Least)(?P=Q)", r"(?P<Q>at least)(?P=Q)"),  # group names are names
        (r"[A-Z]\u00A0GMT", r"[a-z]\u00a0gmt"),
    ],
)
def test_lower_literals(pattern: str, lowered: str) -> None:
    assert _lower_literals(pattern) == lowered
    re.compile(lowered)


def test_match_and_endpos_follow_re() -> None:
    rx = Caseless(r"\s+$")
    assert rx.search("at least 23", 0, 9).span() == (8, 9)  # "$" at endpos, as in re
    assert Caseless(r"least").match("At Least", 3).group() == "Least"
    assert Caseless(r"least").match("At Least") is None


def test_claims_share_one_fields_set_and_copies_do_not_touch_it() -> None:
    from claimcheck.extract.claims import extract_claims
    from claimcheck.models import Source

    src = Source(source_id="s", source_file="f.txt", text="Police said 12 people were killed and 30 injured.")
    a, b = extract_claims(src)
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    shared = set(a.__pydantic_fields_set__)
    copy = a.model_copy(update={"hedged": True})
    assert copy.hedged and not a.hedged
    assert a.__pydantic_fields_set__ == shared


@pytest.mark.parametrize(
    ("phrases", "keys"),
    [
        (["could not be independently verified", "reportedly"], {"independently", "reportedly"}),
        (["un-verified"], {"verified"}),
        (["at least"], {"least"}),
    ],
)
def test_key_words_take_the_longest_letter_run(phrases, keys) -> None:
    from claimcheck.extract.patterns import key_words

    assert key_words(phrases) == keys


def test_key_words_refuse_a_phrase_without_letters() -> None:
    from claimcheck.extract.patterns import key_words

    with pytest.raises(ValueError):
        key_words(["100"])


def test_a_text_without_key_words_is_not_scanned_and_one_with_them_is() -> None:
    rx = Caseless(r"\b(?:could\s+not\s+be\s+verified)\b", needs=frozenset({"verified"}))
    assert rx.search("The toll could not be VERIFIED.").group() == "could not be VERIFIED"
    assert rx.search("The toll could not be confirmed.") is None
    # the gate only skips what cannot match: a pattern that could match is never gated away
    wrong = Caseless(r"confirmed", needs=frozenset({"verified"}))
    assert wrong.search("confirmed") is None  # documents the contract: needs must be right


GATED = {
    "hedge": context._HEDGE,
    "verify": context._VERIFY,
    "backref": context._BACKREF,
    "earlier": context._EARLIER,
    "revision": context._REVISION,
    "revision to-from": context._REVISION_TO_FROM,
    "up from": context._UP_FROM,
}
GATE_SENTENCES = SENTENCES + [
    "The death toll was revised down to 61 from 75, up from 32 a day earlier.",
    "Earlier reports had put the figure at 73; these claims were unverified.",
    "Authorities allegedly lowered the count from 95 to 84, but this could not be confirmed.",
]


@pytest.mark.parametrize("name", sorted(GATED))
@pytest.mark.parametrize("sentence", GATE_SENTENCES)
def test_gated_patterns_find_what_the_ungated_pattern_finds(name: str, sentence: str) -> None:
    pattern = GATED[name]
    assert pattern.needs is not None
    assert _found(pattern.finditer(sentence)) == _found(pattern.ignorecase.finditer(sentence))


@pytest.mark.parametrize("sentence", GATE_SENTENCES + [
    "Two hundred and five people died, and dozens more were hurt.",
    "Police said 1.5 million fled and 20-30 were missing.",
    "٣٠ bodies and tens of thousands of displaced people",
])
def test_find_numbers_gives_what_the_full_pattern_gives(sentence: str) -> None:
    full = [(m.span(), m.group()) for m in numbers._NUMBER_RE.finditer(sentence)]
    got = [(n.start, n.text) for n in numbers.find_numbers(sentence)]
    # find_numbers may split word runs or drop unreadable digits, never find more or elsewhere
    for start, text in got:
        assert any(s <= start < e for (s, e), _ in full), (start, text)
    assert len(got) >= len([1 for _, t in full if t and t[0].isdigit()])


def test_the_time_gate_keeps_years_and_relative_times() -> None:
    assert context._times("The floods of 2019 killed 12.") == ((11, "of 2019"),)
    assert context._times("So far 12 have died.")[0][1] == "So far"
    assert context._times("Police said 12 died.") == ()


# The trie that `alternation` writes must match what the flat list of its phrases, longest
# first, matches: same spans, same groups, in every context a pattern puts it in.
_TRIE_PHRASES = [
    ["killed", "kill", "killing", "killings", "wounded", "wound", "at least", "at", "at least some"],
    ["death toll", "death", "deaths", "toll", "dead", "un-verified", "a.m.", "U.N."],
    ["Kill", "killed"],  # differ only in case: the flat list is kept
    ["per cent", "per", "percent", "per  cent"],
    ["a b", "ab", "a", "b"],
]
_TRIE_TEXTS = [
    "At least 23 were killed and 40 wounded; killings at least some said.",
    "The death toll, deaths and the dead: un-verified at 3 a.m. U.N. said",
    "KILL Killed kill killedx per cent per\ncent percent per  cent",
    "a b ab a\tb ba abab a  b",
]
_TRIE_CONTEXTS = [r"\b(?P<w>{})\b", r"(?P<w>{})", r"\b(?:{})\s+\w+", r"^[^.;]{{0,30}}?\b(?:{})\b", r"(?:{})\s*$"]


@pytest.mark.parametrize("phrases", _TRIE_PHRASES)
@pytest.mark.parametrize("context", _TRIE_CONTEXTS)
@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("space", [r"\s+", r"\ "])
def test_trie_alternation_matches_the_flat_longest_first_list(phrases, context, flags, space) -> None:
    from claimcheck.extract.patterns import _flat_alternation, alternation

    trie = re.compile(context.format(alternation(phrases, space=space)), flags)
    flat = re.compile(context.format(_flat_alternation(phrases, space)), flags)
    for text in _TRIE_TEXTS:
        assert [(m.span(), m.groups()) for m in trie.finditer(text)] == [
            (m.span(), m.groups()) for m in flat.finditer(text)
        ], text


def test_trie_alternation_shares_prefixes() -> None:
    from claimcheck.extract.patterns import alternation

    assert alternation(["killed", "kill", "killing", "wounded"]) == "(?:kill(?:ed|ing)?|wounded)"
    assert alternation(["at least", "at"]) == r"at(?:\s+least)?"
    # a case clash under IGNORECASE would break longest-first: the flat list is written
    assert alternation(["Kill", "killed"]) == "killed|Kill"


@given(
    phrases=st.lists(st.text(alphabet="abAB -.", min_size=1, max_size=6).filter(str.split), min_size=1, max_size=8),
    text=st.text(alphabet="abAB -.\n", max_size=40),
    flags=st.sampled_from([0, re.I]),
)
@settings(max_examples=300, deadline=None)
def test_trie_alternation_property(phrases, text, flags) -> None:
    from claimcheck.extract.patterns import _flat_alternation, alternation

    for context in _TRIE_CONTEXTS:
        trie = re.compile(context.format(alternation(phrases)), flags)
        flat = re.compile(context.format(_flat_alternation(phrases, r"\s+")), flags)
        assert [(m.span(), m.groups()) for m in trie.finditer(text)] == [
            (m.span(), m.groups()) for m in flat.finditer(text)
        ]


def test_qualifier_tail_takes_every_lexicon_qualifier_and_the_extras():
    """Patterns that end where a figure begins allow any qualifier of the lexicon there, so a
    qualifier added to QUALIFIERS_BEFORE reaches all of them ("lost upwards of 30")."""
    import re

    from claimcheck.extract.lexicon import QUALIFIERS_BEFORE
    from claimcheck.extract.patterns import qualifier_tail

    tail = re.compile(qualifier_tail(("another",)) + r"$", re.I)
    for phrase in QUALIFIERS_BEFORE:
        assert tail.fullmatch(phrase + " "), phrase
    assert tail.fullmatch("another ") and tail.fullmatch("")
    assert not tail.fullmatch("several ")
