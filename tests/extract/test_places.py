"""Places a figure is restricted to: named directly, by 'X, where', or by 'this neighborhood'
after the article named the neighbourhood."""

from __future__ import annotations

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.models import Source

CASES = [
    # a place that names the event ("the Port Lenz runway accident") gives the whole toll
    ("event-named-by-place", "Police say 11 people died in the Port Lenz runway accident.", "11", None),
    ("event-named-by-place-bare", "At least nine miners were killed in Dolny pit collapse, officials said.", "nine", None),
    ("place-then-clause-keeps-place", "Eight people died in Dolny when a bridge fire spread.", "Eight", "Dolny"),
    ("in-named", "Rescuers recovered 127 bodies from houses in Las Colinas.", "127", "Las Colinas"),
    ("where-clause", "The quake also shook Honduras and Guatemala, where two deaths were reported.", "two", "Honduras and Guatemala"),
    (
        "generic-named-before",
        "A landslide came down above the Las Colinas neighborhood.\n\nIt covered 300 homes in this lower-middle-class neighborhood, killing scores of people.",
        "scores", "Las Colinas",
    ),
    (
        "village-of-named-before",
        "Gunmen attacked the village of Tina at dawn.\n\nThey killed 12 people in the village.",
        "12", "Tina",
    ),
    ("generic-unnamed", "And 25 people were known to have died in a small village nearby.", "25", "village"),
    ("no-place", "At least 30 people were killed, officials said.", "30", None),
    # the place of the event itself, not of the figure: the whole toll
    (
        "event-after", "The governor says 41 people are dead after the collapse of a mine in Shabunda territory.",
        "41", None,
    ),
    ("event-when", "Nine people were killed when a bus overturned in Kasese.", "Nine", None),
    ("event-following", "Some 200 were detained following protests in Lagos.", "200", None),
    ("in-place-alone", "In Sindh province alone, 347 people have been killed, officials said.", "347", "Sindh"),
    ("in-place-alone-qualified", "In Gaza City alone, at least 40 people died.", "40", "Gaza City"),
    ("place-before-event-clause", "Eleven people died in Kasese after the bus overturned.", "Eleven", "Kasese"),
    # the place of an incident named between figure and place: where it happened, the whole toll
    (
        "event-result-of", "By noon 11 workers had died as a result of the blast at the Vantor plant in Rellik.",
        "11", None,
    ),
    ("event-noun", "Eight people died in the fire at a hostel in Marsk.", "Eight", None),
    ("event-airstrike", "Five people were killed in an airstrike on a market in Idlib.", "Five", None),
    ("event-due-to", "Six villagers drowned due to flash flooding in Kessa.", "Six", None),
]


@pytest.mark.parametrize(("text", "figure", "place"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_place(text: str, figure: str, place: str | None) -> None:
    claims = extract_claims(Source(source_id="t", source_file="t.txt", text=text))
    claim = next(c for c in claims if figure in c.number_text)
    assert claim.place == place


def _texts() -> list[str]:
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "fixtures" / "phrasings"
    return [json.loads(line)["text"] for f in sorted(root.glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_each_place_pattern_holds_its_cue():
    """_place scans a pattern only when its cue is in the text before the figure: that is
    exact only if every match holds the cue. Checked at every figure of the phrasing tables."""
    import re

    from claimcheck.extract.places import PLACES_BEFORE as _PLACES_BEFORE

    prefixes = [t[: m.start()] for t in _texts() for m in re.finditer(r"\d|\b(?:[Tt]wo|three|dozens)\b", t)]
    assert len(prefixes) > 500
    hits = 0
    for rx, cue in _PLACES_BEFORE:
        for before in prefixes:
            m = rx.search(before)
            if m:
                hits += 1
                assert cue in m.group(), (cue, m.group())
    assert hits > 0


def test_a_breakdown_by_place_in_brackets_gives_each_part_its_place():
    """ "57 people (Orrin 31, Havel 20)": each part is its place's share, so it is compared
    with that place's figures, never with the whole."""
    from tests.extract.support import extract

    claims = extract("The floods have killed 57 people (Orrin 31, Havel 20, Brask 6), officials said.")
    assert [(c.mention, c.place) for c in claims] == [("57 people", None), ("31", "Orrin"), ("20", "Havel"), ("6", "Brask")]


LIST_CASES = [
    ("Of the 27 deceased, 11 are from Amboli, eight from Tandulwadi and three from Morgaon.", "eight", "Tandulwadi"),
    ("48 patients remain admitted, 27 at the City Hospital and 21 at Varnel District Hospital.", "21", "Varnel District Hospital"),
    ("Thirty migrants from Syria drowned.", "Thirty", None),  # where they came from, not a list
]


@pytest.mark.parametrize(("text", "figure", "place"), LIST_CASES, ids=["from-list", "at-list", "from-not-list"])
def test_place_of_a_breakdown_item(text: str, figure: str, place: str | None) -> None:
    claims = extract_claims(Source(source_id="t", source_file="t.txt", text=text))
    claim = next(c for c in claims if figure in c.number_text)
    assert claim.place == place


COLON_LIST_CASES = [
    ("semicolons", "By district, the dead were: Norra, 31; Vesta, 12; Lund, 8.", "12", "killed", "Vesta"),
    ("commas-and", "Injured by hospital: Central 40, Mercy 12 and St Luke 9.", "9", "wounded", "St Luke"),
    ("heading-word", "Deaths by province: Kabul 12, Herat 8, Kandahar 5.", "5", "killed", "Kandahar"),
    ("forces-no-place", "Casualties: Army 12, Police 4.", "4", "other", None),
]


@pytest.mark.parametrize(("text", "figure", "category", "place"), [c[1:] for c in COLON_LIST_CASES], ids=[c[0] for c in COLON_LIST_CASES])
def test_a_list_of_places_after_a_colon_that_names_the_count(text: str, figure: str, category: str, place: str | None) -> None:
    """ "the dead were: Norra, 31; Vesta, 12": bare figures, each a place's share of the count
    the lead names."""
    [claim] = [c for c in extract_claims(Source(source_id="t", source_file="t.txt", text=text)) if c.mention == figure]
    assert (claim.category.value, claim.place) == (category, place)


@pytest.mark.parametrize("text", ["The schedule: Route 14, Highway 9.", "Final score: Arsenal 2, Chelsea 1 after extra time."])
def test_a_colon_list_without_a_count_word_is_no_claim(text: str) -> None:
    assert extract_claims(Source(source_id="t", source_file="t.txt", text=text)) == []
