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
    # a letter that ends a sentence: what opens the next is no surname
    ("letter-then-the", "The fire began in Hall D. The warden said 30 were moved.",
     ["The fire began in Hall D.", "The warden said 30 were moved."]),
    ("initial-then-surname", "Harry S. Truman Hospital took 30.", ["Harry S. Truman Hospital took 30."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


WRAPPED = (
    "1. The Harbour Authority deeply regrets to confirm that\n"
    "31 persons lost their lives in the capsizing of the ferry on\n"
    "Tuesday off the northern coast of the island. All 29\n"
    "passengers who had been trapped were reached by night.\n"
)


def test_a_hard_wrapped_paragraph_is_read_as_one():
    """Text from a PDF or a plain-text bulletin breaks its lines at a fixed width; a break
    inside such a paragraph is a space, so "All 29 / passengers" is one figure."""
    from claimcheck.extract.sentences import split_sentences, unwrap_lines
    from tests.extract.support import extract

    unwrapped = unwrap_lines(WRAPPED)
    assert len(unwrapped) == len(WRAPPED) and unwrapped.count("\n") == 1  # only the last
    texts = [s.text for s in split_sentences(unwrapped)]
    assert texts[0].startswith("The Harbour Authority") and texts[0].endswith("coast of the island.")
    claims = extract(WRAPPED)
    assert [(c.mention, c.category.value) for c in claims] == [
        ("31 persons", "killed"), ("29\npassengers", "other"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a live blog's entry heading and its paragraph
        "23:50 - Ministry: four dead, 38 officers hurt in the clashes tonight\n" + "The ministry said " * 10 + "it.\n",
        # a record's fields, one to a line
        "Incident date: 12 August 2027, about 21:15 local time\nLocation: Tel Varesh, Teskara province (to within 200 m)\nGrading: Good\n",
        # a fact box of short lines
        "Dead: 31\nInjured: 212\nMissing: 22\n",
        # aligned columns
        "District     Suspected   Confirmed   Deaths\nNkarra           58          31        16\nBelisi           27          11         6\n",
        # a list
        "The ministry listed the damage in three districts of the province:\n- 300 homes destroyed in the north\n- 120 homes destroyed in the south\n",
        # every line ends a sentence
        "The storm killed 12 people in the northern districts on Sunday night.\nOfficials said 40 more were missing in the hills near the border.\n",
    ],
)
def test_lines_that_are_not_wrapped_stay_lines(text):
    from claimcheck.extract.sentences import unwrap_lines

    assert unwrap_lines(text) == text


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # a question's line, then the answer's labelled line: two turns, though no blank line
        ("Q: How many are in hospital?\nRAMOS: Twenty. Two are critical.", [1, 2, 2]),
        ("Q: How many are in hospital?\nA: Twenty.\nQ: And the driver?", [1, 2, 3]),
        # a ticker's labelled lines after a line that asks nothing stay one block
        ("DEPOT FIRE\nPOLICE: 13 DEAD\nHOSPITAL: 3 IN ICU", [1, 1, 1]),
    ],
    ids=["answer-after-question", "q-and-a-lines", "ticker-labels"],
)
def test_a_transcript_turn_on_its_own_line_opens_a_paragraph(text, paragraphs):
    assert [s.paragraph for s in split_sentences(text)] == paragraphs


def test_an_overlong_sentence_is_read_in_pieces_cut_at_clause_breaks():
    # a "sentence" of 8,000 figures (a dump, or an attack) is read in pieces of at most 2,000
    # characters, so the rules that look back over a sentence cost its length, not its square
    text = ", ".join(f"dead now {i}" for i in range(8000)) + "."
    pieces = split_sentences(text)
    assert len(pieces) > 1
    assert all(len(p.text) <= 2000 for p in pieces)
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert all(p.text.endswith(",") for p in pieces[:-1])  # cut at a comma, never in a word
    assert "".join(text[p.start : p.end] for p in pieces).replace(" ", "") == text.replace(" ", "")


def test_sentences_of_news_length_are_never_cut():
    sentence = "Officials said " + ", ".join(f"{i} people died in district {i}" for i in range(40)) + "."
    assert len(sentence) < 2000
    assert [s.text for s in split_sentences(sentence)] == [sentence]


def test_records_of_a_sentence_are_found_at_the_end_of_the_list():
    from claimcheck.extract.claims import _records_of

    records = [{"_sentence": s, "n": i} for i, s in enumerate([0, 0, 1, 3, 3])]
    assert [r["n"] for r in _records_of(records, 3)] == [3, 4]
    assert [r["n"] for r in _records_of(records, 1)] == [2]
    assert _records_of(records, 2) == [] and _records_of(records, 4) == []
    assert [r["n"] for r in _records_of(records, 0)] == [0, 1]


def test_recent_records_are_found_at_the_end_of_the_list():
    from claimcheck.extract.records import recent

    records = [{"_sentence": s, "n": i} for i, s in enumerate([0, 2, 3, 3, 5])]
    assert [r["n"] for r in recent(records, 3)] == [2, 3, 4]
    assert [r["n"] for r in recent(records, 0)] == [0, 1, 2, 3, 4]
    assert recent(records, 6) == []
