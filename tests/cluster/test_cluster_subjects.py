"""subject_group: the subjects reports use for one group."""

from __future__ import annotations

import pytest

from claimcheck.cluster.subjects import SUBJECT_GROUPS, subject_group

CASES = [
    ("people", "people"),
    ("persons", "people"),
    ("residents", "people"),
    ("victims", "people"),
    ("others", "people"),
    ("villagers", "people"),
    ("civilians", "civilians"),
    ("non-combatants", "civilians"),
    ("noncombatants", "civilians"),
    ("soldiers", "troops"),
    ("personnel", "troops"),
    ("service members", "troops"),
    ("homes", "houses"),
    ("dwellings", "houses"),
    ("explosions", "blasts"),
    ("airstrikes", "strikes"),
    ("captives", "hostages"),
    ("insurgents", "militants"),
    # the armed group of one attack: a ministry's "six attackers" and the group's own "12 of
    # its fighters" are rival counts of one quantity
    ("kidnappers", "militants"),
    ("gunmen", "militants"),
    ("assailants", "militants"),
    ("fighters", "militants"),
    # a side's dead under its enemy's name for them: a ministry's "60 occupiers were
    # eliminated" rivals the navy's own "four sailors"
    ("occupiers", "troops"),
    ("crusaders", "troops"),
    # an armed group's claim names the people it killed "apostates" or "infidels": one toll
    # with the health office's "people" and the police's "worshippers"
    ("apostates", "people"),
    ("infidels", "people"),
    # the crowd of a crush: "11 devotees have lost their lives" / "14 people died"
    ("devotees", "people"),
    ("mourners", "people"),
    ("spectators", "people"),
    # case and spaces do not matter
    ("  People ", "people"),
    ("Civilians", "civilians"),
    # fuzzy: a near spelling of a known subject
    ("soldier", "troops"),
    ("civilian", "civilians"),
    ("resident", "people"),
    # unknown subjects stay themselves
    ("coffins", "coffins"),
    ("army posts", "army posts"),
    # a review: a UN mission's peacekeepers and the host army's soldiers killed in one attack
    # are two tolls
    ("peacekeepers", "peacekeepers"),
    ("children", "children"),
]


@pytest.mark.parametrize("subject, group", CASES, ids=[c[0].strip() for c in CASES])
def test_subject_group(subject, group):
    assert subject_group(subject) == group


def test_groups_are_disjoint():
    seen: dict[str, str] = {}
    for group in SUBJECT_GROUPS:
        for subject in group:
            assert subject not in seen, f"{subject!r} is in {seen[subject]!r} and {group[0]!r}"
            seen[subject] = group[0]


def test_civilians_are_not_people():
    """A part named by its subject ("including 10 civilians") must not join the total."""
    assert subject_group("civilians") != subject_group("people")
