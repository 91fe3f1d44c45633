"""Sides of a war between two states: each side's own toll is a quantity of its own, and one
side's figure for the other's losses is a rival of that side's own figure.

The stories go through extraction first, so the tests check what `claimcheck report` groups,
not a hand-built claim that extraction might never produce. Sorbenia and Talvaro are
invented; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from claimcheck.cluster.quantities import group_quantities
from claimcheck.cluster.sides import BOTH_SIDES, speaker_state, title_state, same_state, story_sides
from claimcheck.extract.claims import extract_claims
from claimcheck.models import Source


def _claims(docs: dict[str, str]):
    return [
        c for sid, text in docs.items() for c in extract_claims(Source(source_id=sid, source_file=f"{sid}.txt", text=text))
    ]


def _quantities(docs: dict[str, str]) -> dict[tuple[str, str, str], list[str]]:
    return {key: [c.mention for c in members] for key, members in group_quantities(_claims(docs)).items()}


WAR = {
    "a": "Sorbenia's Interior Ministry said six civilians were killed in Sorbenia's Hallen province on Sunday. "
    "Sorbenia's Defence Ministry said its forces had killed more than 40 Talvaran soldiers.",
    "b": "Talvaro's Health Ministry said nine civilians were killed in the Wick region of Talvaro. "
    "Talvaro's army said 12 of its soldiers had died.",
    "c": "A monitoring group said 15 civilians had been killed on both sides since Sunday.",
}


def test_each_side_s_civilian_toll_is_its_own_quantity():
    groups = _quantities(WAR)
    assert groups[("killed", "people", "Sorbenia")] == ["six civilians"]
    assert groups[("killed", "people", "Talvaro")] == ["nine civilians"]
    assert groups[("killed", "people", BOTH_SIDES)] == ["15 civilians"]


def test_one_side_s_claim_of_the_other_s_dead_rivals_the_other_s_own_count():
    groups = _quantities(WAR)
    soldiers = [members for (category, group, _), members in groups.items() if (category, group) == ("killed", "troops")]
    assert soldiers == [["more than 40 Talvaran soldiers", "12 of its soldiers"]]


@pytest.mark.parametrize(
    "docs, at_war",
    [
        pytest.param(
            {
                "a": "Sorbenia's coast guard said 78 migrants drowned when the boat sank.",
                "b": "Talvaro's Foreign Ministry said 80 people died in the sinking.",
            },
            False,
            id="two-governments-one-shipwreck",
        ),
        pytest.param(
            {
                "a": "Sorbenia's Defence Ministry said its missiles struck military targets and that fewer than "
                "ten people were killed. It said it had destroyed 14 Talvaran tanks.",
                "b": "Talvaro's emergency service said 31 people were killed in the market.",
            },
            True,
            id="the-attacker-speaks-of-the-victims",
        ),
    ],
)
def test_a_toll_two_states_speak_of_stays_one_quantity(docs, at_war):
    assert (story_sides(_claims(docs)) is not None) is at_war
    groups = _quantities(docs)
    killed = [members for (category, group, _), members in groups.items() if (category, group) == ("killed", "people")]
    assert len(killed) == 1 and len(killed[0]) == 2


def test_no_war_without_one_side_s_figure_for_the_other():
    claims = _claims({
        "a": "Sorbenia's Interior Ministry said six civilians were killed.",
        "b": "Talvaro's Health Ministry said nine civilians were killed.",
    })
    assert story_sides(claims) is None


@pytest.mark.parametrize(
    "sentence, mention, side",
    [
        ("Sorbenia's Defence Ministry said 30 Talvaran servicemen were killed.", "30 Talvaran servicemen", "Talvaro"),
        ("Talvaro's Defence Ministry said the enemy lost up to 50 servicemen.", "up to 50 servicemen", "Sorbenia"),
        ("Talvaro's Defence Ministry said up to 50 servicemen of the enemy were killed.", "up to 50 servicemen", "Sorbenia"),
        ("Talvaro's army said nine of its soldiers were killed.", "nine of its soldiers", "Talvaro"),
        ("Talvaro's Defence Ministry said it had killed 25 soldiers.", "25 soldiers", "Sorbenia"),
        ("Talvaran artillery killed four civilians, Sorbenia's Interior Ministry said.", "four civilians", "Sorbenia"),
        ("About 3,000 people were displaced on the Talvaran side, aid workers said.", "About 3,000 people", "Talvaro"),
        # the enemy as the cause, not the counted: the speaker's own people
        ("After the enemy's shelling, 2 civilians died, Talvaro's Defence Ministry said.", "2 civilians", "Talvaro"),
    ],
)
def test_side_of_a_figure(sentence, mention, side):
    claims = _claims({"war": WAR["a"] + " " + WAR["b"], "s": sentence})
    sides = story_sides(claims)
    assert sides is not None
    (claim,) = [c for c in claims if c.source_id == "s" and c.mention == mention]
    assert sides.side(claim) == side


def test_an_official_introduced_by_office_speaks_for_that_state_in_later_sentences():
    claims = _claims({
        "war": WAR["a"] + " " + WAR["b"],
        "s": "The governor of Talvaro's Wick region, Imre Dobasz, said four civilians had been killed. "
        "He said 2,900 residents had left.",
    })
    sides = story_sides(claims)
    assert sides is not None and sides.officials.get("Imre Dobasz") == "Talvaro"


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Sorbenia", "Sorbenian", True),
        ("Talvaro", "Talvaran", True),
        ("Ukraine", "Ukrainians", True),
        ("Lebanon", "Lebanese", True),
        ("Thailand", "Thai", True),
        ("Iran", "Iraqi", False),
        ("India", "Indonesian", False),
        ("Sorbenia", "Talvaran", False),
    ],
)
def test_a_state_s_name_and_its_people_s(a, b, same):
    assert same_state(a, b) is same


@pytest.mark.parametrize(
    "speaker, state",
    [
        ("The Talvaran MoD", "Talvaran"),
        ("the Talvaran MoD", "Talvaran"),
        ("General Staff of the Sorbenian Armed Forces", "Sorbenian"),
        ("Foreign Ministry of the Republic of Talvaro", "Talvaro"),
        ("The Ministry of Defence", None),  # a portfolio, not a state
        ("Talvaro's Health Ministry", "Talvaro"),
        ("Amnesty's researcher", None),
        ("Stanislaw Orl", None),
    ],
)
def test_the_state_a_speaker_speaks_for(speaker, state):
    assert speaker_state(speaker) == state


@pytest.mark.parametrize(
    "title, state",
    [
        ("Defence Ministry of Talvaro: evening report", "Talvaro"),
        ("Ministry of Health says 12 dead", None),
        ("Army General Staff of Sorbenia: situation update", "Sorbenia"),
        ("Floods kill 12 in the north", None),
    ],
)
def test_a_state_body_s_document_is_that_state_s(title, state):
    assert title_state(title) == state


def test_our_losses_before_a_colon_are_the_document_state_s():
    text = (
        "Talvaro's army said it had killed 50 Sorbenian troops.\n\n"
        "Our losses since dawn: 4 soldiers killed, 11 wounded."
    )
    claims = extract_claims(
        Source(source_id="b", source_file="b.txt", text=text, title="Defence Ministry of Talvaro: evening report")
    )
    claims += _claims({"a": "Sorbenia's Defence Ministry said 30 Talvaran soldiers were killed."})
    sides = story_sides(claims)
    assert sides is not None
    (four,) = [c for c in claims if c.mention.startswith("4 soldiers")]
    assert sides.reading(four) == ("Talvaro", True)
