"""split_sentences: where a full stop ends a sentence and where it closes an abbreviation."""

from __future__ import annotations

import pytest

from claimcheck.extract.sentences import split_sentences

CASES = [
    # (id, text, the sentences it is split into)
    ("two-sentences", "Ten died. Four were hurt.", ["Ten died.", "Four were hurt."]),
    ("title-abbreviation", "Lt. Gen. Omar Saleh said 12 died.", ["Lt. Gen. Omar Saleh said 12 died."]),
    ("middle-initial", "John F. Kennedy Hospital took 30.", ["John F. Kennedy Hospital took 30."]),
    ("dotted-initials", "The U.S. sent 200 troops. They landed.", ["The U.S. sent 200 troops.", "They landed."]),
    ("time-then-new-sentence", "The curfew starts at 9 p.m. The army said 14 were held.",
     ["The curfew starts at 9 p.m.", "The army said 14 were held."]),
    ("time-then-weekday", "It hit at 7 a.m. Monday, killing 5.", ["It hit at 7 a.m. Monday, killing 5."]),
    # a possessive "'s" before the full stop is no initial "s."
    ("possessive-at-sentence-end", "The toll is higher than the government's. Its envoy said 40 died.",
     ["The toll is higher than the government's.", "Its envoy said 40 died."]),
    ("curly-possessive-at-sentence-end", "The figure was the army’s. Rebels said 9.",
     ["The figure was the army’s.", "Rebels said 9."]),
    ("headline-line", "Blast kills 12\nPolice said 12 died.", ["Blast kills 12", "Police said 12 died."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)
