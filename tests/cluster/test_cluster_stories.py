"""group_stories: reports of one event together, unrelated events apart."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.cluster import cluster_claims
from claimcheck.cluster.stories import group_stories, source_features
from claimcheck.models import Source
from claimcheck.pipeline import analyse

KERMAN_1 = (
    "Blasts kill at least 103 in Iran's Kerman at Soleimani memorial",
    "KERMAN, Iran - Two explosions struck a crowd marking the anniversary of the killing of "
    "General Qassem Soleimani near his tomb in Kerman on Wednesday, killing at least 103 people, "
    "Iranian state media said. Interior Minister Ahmad Vahidi said 141 people were wounded.",
)
KERMAN_2 = (
    "Iran: death toll from Kerman blasts near Soleimani tomb rises",
    "The death toll from twin bombings near the tomb of Qassem Soleimani in Kerman rose to 84, "
    "Interior Minister Ahmad Vahidi said. Iranian state media said 284 people were injured in "
    "the attack on Wednesday.",
)
QUAKE_1 = (
    "Quake kills hundreds in El Salvador; Las Colinas buried",
    "SAN SALVADOR, El Salvador (AP) - A magnitude 7.6 earthquake struck El Salvador on Saturday, "
    "and a landslide buried hundreds of homes in the Las Colinas neighborhood of Santa Tecla. "
    "Red Cross spokesman Carlos Lopez Medina said 61 people were known to have died.",
)
QUAKE_2 = (
    "El Salvador earthquake: Santa Tecla landslide toll climbs",
    "Rescuers in Santa Tecla dug through the mud of Las Colinas as the toll from the El "
    "Salvador earthquake rose to 340, officials said. President Francisco Flores declared a "
    "national emergency.",
)
KHOY = (
    "Earthquake in Iran's Khoy injures hundreds",
    "TEHRAN, Iran - A magnitude 5.9 earthquake struck Khoy in West Azerbaijan province on "
    "Saturday, injuring more than 800 people, Iranian state media said. The Red Crescent sent "
    "tents to the city.",
)


def features(articles: dict, dates: dict | None = None):
    dates = dates or {}
    return [
        source_features(sid, title, text, dates[sid].toordinal() if sid in dates else None)
        for sid, (title, text) in articles.items()
    ]


def as_sets(groups):
    return {frozenset(g) for g in groups}


def test_reports_of_one_event_merge_and_events_stay_apart():
    groups = group_stories(features(
        {"kerman_1": KERMAN_1, "quake_1": QUAKE_1, "kerman_2": KERMAN_2, "quake_2": QUAKE_2}
    ))
    assert as_sets(groups) == {
        frozenset({"kerman_1", "kerman_2"}), frozenset({"quake_1", "quake_2"})
    }


def test_groups_keep_first_seen_order():
    groups = group_stories(features(
        {"quake_1": QUAKE_1, "kerman_1": KERMAN_1, "quake_2": QUAKE_2, "kerman_2": KERMAN_2}
    ))
    assert groups == [["quake_1", "quake_2"], ["kerman_1", "kerman_2"]]


def test_one_shared_country_name_does_not_merge_events():
    groups = group_stories(features({"kerman_1": KERMAN_1, "khoy": KHOY, "kerman_2": KERMAN_2}))
    assert as_sets(groups) == {frozenset({"kerman_1", "kerman_2"}), frozenset({"khoy"})}


def test_same_names_months_apart_are_different_events():
    groups = group_stories(features(
        {"kerman_1": KERMAN_1, "kerman_2": KERMAN_2},
        {"kerman_1": dt.date(2024, 1, 3), "kerman_2": dt.date(2024, 9, 3)},
    ))
    assert as_sets(groups) == {frozenset({"kerman_1"}), frozenset({"kerman_2"})}


def test_same_names_days_apart_merge():
    groups = group_stories(features(
        {"kerman_1": KERMAN_1, "kerman_2": KERMAN_2},
        {"kerman_1": dt.date(2024, 1, 3), "kerman_2": dt.date(2024, 1, 5)},
    ))
    assert as_sets(groups) == {frozenset({"kerman_1", "kerman_2"})}


def test_every_source_is_in_exactly_one_story():
    articles = {"kerman_1": KERMAN_1, "quake_1": QUAKE_1, "khoy": KHOY, "kerman_2": KERMAN_2}
    groups = group_stories(features(articles))
    members = [sid for g in groups for sid in g]
    assert sorted(members) == sorted(articles)


def test_empty_corpus():
    assert group_stories([]) == []


def _sources(articles: dict) -> list[Source]:
    return [
        Source(source_id=sid, title=title, source_file=f"{sid}.txt", text=f"{title}\n\n{text}\n")
        for sid, (title, text) in articles.items()
    ]


def test_clusters_never_cross_stories():
    """Both events have a killed toll of people; they must be separate quantities."""
    analysis = analyse(_sources(
        {"kerman_1": KERMAN_1, "quake_1": QUAKE_1, "kerman_2": KERMAN_2, "quake_2": QUAKE_2}
    ))
    story_of = {sid: s.story_id for s in analysis.stories for sid in s.source_ids}
    claims = {c.claim_id: c for c in analysis.claims}
    assert len(analysis.stories) == 2
    for cluster in analysis.clusters:
        stories = {story_of[claims[cid].source_id] for cid in cluster.claim_ids}
        assert stories == {cluster.story_id}
    killed_people = [c for c in analysis.clusters if c.label == "killed: people"]
    assert len(killed_people) == 2


def test_cluster_ids_are_stable_and_unique():
    articles = {"kerman_1": KERMAN_1, "quake_1": QUAKE_1, "kerman_2": KERMAN_2, "quake_2": QUAKE_2}
    first = analyse(_sources(articles))
    again = analyse(_sources(articles))
    ids = [c.cluster_id for c in first.clusters]
    assert len(set(ids)) == len(ids)
    assert ids == [c.cluster_id for c in again.clusters]


def test_every_claim_is_in_one_cluster():
    analysis = analyse(_sources({"kerman_1": KERMAN_1, "kerman_2": KERMAN_2}))
    in_clusters = [cid for c in analysis.clusters for cid in c.claim_ids]
    assert sorted(in_clusters) == sorted(c.claim_id for c in analysis.claims)


def test_cluster_claims_takes_features_not_text():
    stories, clusters = cluster_claims([], [])
    assert (stories, clusters) == ([], [])


# --- what is no evidence of one event -------------------------------------------------------

DAILY_QUAKE = (
    "Quake in Tarito kills 390",
    "TARITO - An earthquake destroyed much of Tarito on Monday, the Valley Daily Courier "
    "learned. Governor Amina Bello said 390 people had died, the Valley Daily Courier reported.",
)
DAILY_FLOODS = (
    "Flash floods hit Ravebai",
    "RAVEBAI - Floods swept through Ravebai on Thursday, the Valley Daily Courier learned. "
    "Mayor Omar Kante told the Valley Daily Courier that 123 people had died.",
)


def test_an_outlets_own_name_links_none_of_its_reports():
    feats = [
        source_features("q", *DAILY_QUAKE, outlet="The Valley Daily Courier"),
        source_features("f", *DAILY_FLOODS, outlet="The Valley Daily Courier"),
    ]
    assert "valley daily courier" not in feats[0].names
    assert as_sets(group_stories(feats)) == {frozenset({"q"}), frozenset({"f"})}
    # without the outlet known, its name is shared, but as one name (not four: "valley daily
    # courier", "valley", "daily", "courier"), which is too little to link two events
    plain = [source_features("q", *DAILY_QUAKE), source_features("f", *DAILY_FLOODS)]
    assert "valley daily courier" in plain[0].names & plain[1].names
    assert as_sets(group_stories(plain)) == {frozenset({"q"}), frozenset({"f"})}


@pytest.mark.parametrize(
    ("title", "kinds"),
    [
        ("Quake kills hundreds in El Salvador; Las Colinas buried", {"natural"}),
        ("Landslide buries Las Colinas after earthquake", {"natural"}),
        ("Blasts kill at least 103 in Iran's Kerman", {"violence"}),
        ("10 abducted as gunmen storm Abuja community", {"violence"}),
        ("Death and devastation strike El Salvador", set()),  # "strike" is a verb here
        ("US to send 800 troops to the border", set()),
        ("Cholera outbreak kills 22 in Zambia's Mansa", {"disease"}),
        ("Cholera spreads in flood camps", {"disease", "natural"}),
        ("Families of hostages wait for news in Mbandi", {"violence"}),
    ],
)
def test_event_kinds_of_a_headline(title, kinds):
    assert source_features("s", title, "").event_kinds == kinds


def test_an_earthquake_and_a_bombing_in_one_place_are_two_stories():
    quake = ("Earthquake kills 40 in Khoy", "KHOY, Iran - An earthquake struck Khoy in West "
             "Azerbaijan province, Governor Ali Rezaei said, killing 40.")
    bomb = ("Bombing kills 12 in Khoy market", "KHOY, Iran - A bomb exploded in a market in Khoy "
            "in West Azerbaijan province, Governor Ali Rezaei said, killing 12.")
    groups = group_stories([source_features("q", *quake), source_features("b", *bomb)])
    assert as_sets(groups) == {frozenset({"q"}), frozenset({"b"})}


# A daily and a live page on one mine collapse: the daily names its reporter and the local
# administrator, the live page the rescue officials, so the bodies share only the place names.
MINE_DAILY = (
    "Ndeke mine: toll climbs to 19 as relatives keep vigil",
    "By Amani Kiza | Published: 3 March 2025\n\n"
    "WALIKALE - The number of people killed in Monday's collapse at the Ndeke tin mine has risen "
    "to 19, the administrator of Walikale territory, Colonel Prosper Mutombo, said on Tuesday. "
    "Mutombo said 14 people had been pulled out alive. Relatives camped at the pit overnight, "
    "said Esther Kahindo, whose brother is among the missing.",
)
MINE_LIVE = (
    "LIVE: Ndeke mine collapse - rescuers dig through second night",
    "Tuesday 4 March 2025\n\n"
    "21:05 GMT - The provincial governor, Théo Ngwabidje, said 23 bodies had been recovered at "
    "the Ndeke site near Walikale. Red Cross coordinator Josué Aruna said teams were working "
    "under floodlights. Civil protection chief Martin Lokwa said about 40 miners were missing.",
)
OTHER_STORIES = {
    "kerman_1": KERMAN_1, "kerman_2": KERMAN_2, "quake_1": QUAKE_1, "quake_2": QUAKE_2, "khoy": KHOY,
}


def test_headlines_naming_one_place_link_reports_whose_bodies_share_little():
    groups = group_stories(features(
        {**OTHER_STORIES, "mine_daily": MINE_DAILY, "mine_live": MINE_LIVE},
        {"mine_daily": dt.date(2025, 3, 3), "mine_live": dt.date(2025, 3, 4)},
    ))
    assert frozenset({"mine_daily", "mine_live"}) in as_sets(groups)


@pytest.mark.parametrize(
    ("live_title", "live_date"),
    [
        # the same headlines weeks apart: another collapse at the same pit
        ("LIVE: Ndeke mine collapse - rescuers dig through second night", dt.date(2025, 3, 20)),
        # only the place in common: a protest in the same town is another story
        ("LIVE: Ndeke protest - police fire tear gas", dt.date(2025, 3, 4)),
    ],
)
def test_a_headline_name_alone_or_days_apart_does_not_link(live_title, live_date):
    groups = group_stories(features(
        {**OTHER_STORIES, "mine_daily": MINE_DAILY, "mine_live": (live_title, MINE_LIVE[1])},
        {"mine_daily": dt.date(2025, 3, 3), "mine_live": live_date},
    ))
    assert frozenset({"mine_daily"}) in as_sets(groups)
    assert frozenset({"mine_live"}) in as_sets(groups)


QUETTA_WIRE = (
    "Bus bombing in Quetta kills 14, injures dozens",
    "QUETTA, Pakistan (AP) - A bomb hidden in a motorcycle exploded next to a bus carrying "
    "government employees in Quetta on Saturday, killing 14 people, police said. Police official Abdul "
    "Khaliq said eight of the wounded were in critical condition.",
)
QUETTA_LOCAL = (
    "Quetta blast: death toll climbs to 19",
    "The death toll from Saturday's bombing of a bus in Quetta rose to 19 on Sunday, provincial health "
    "officials said. A spokesman for the Civil Hospital, Dr Waseem Baig, said 33 people were "
    "still being treated.",
)


def test_headlines_naming_one_place_and_one_kind_of_event_link():
    # "bombing" and "blast" are one kind of event (violence); Quetta is in both headlines
    groups = group_stories(features(
        {**OTHER_STORIES, "quetta_wire": QUETTA_WIRE, "quetta_local": QUETTA_LOCAL},
        {"quetta_wire": dt.date(2025, 5, 3), "quetta_local": dt.date(2025, 5, 4)},
    ))
    assert frozenset({"quetta_wire", "quetta_local"}) in as_sets(groups)


def test_a_weekday_in_the_possessive_is_no_name():
    f = source_features("q", *QUETTA_LOCAL)
    assert "saturday" not in f.names
    assert "quetta" in f.names


# Two wire stories of different events that one editor handled: the credit line is the
# only name they share.
BLAST_WIRE = (
    "Blast at Indian fertiliser plant kills six",
    "TALOJA, India (Reuters) - An explosion tore through a fertiliser plant in Maharashtra on Tuesday, "
    "killing six workers, police said. Rescuers searched the debris in Raigad district.\n\n"
    "(Reporting by Ritu Deshmane in Pune; Editing by Fiona Ashcombe and Mark Pilgrim)",
)
CHOLERA_WIRE = (
    "Zambia health officials report 22 deaths in Luapula",
    "LUSAKA (Reuters) - Health officials in Luapula province said 22 people had died since "
    "mid-February, as aid agencies warned of camps for flood victims.\n\n"
    "(Reporting by Chanda Mulenga in Lusaka; Editing by Fiona Ashcombe and Mark Pilgrim)",
)


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by Chanda Mulenga in Lusaka; Editing by Fiona Ashcombe)",
        "(Additional reporting by Chanda Mulenga; Writing by Fiona Ashcombe)",
        "By Chanda Mulenga and Fiona Ashcombe",
        "Associated Press writers Chanda Mulenga and Fiona Ashcombe contributed to this report.",
    ],
)
def test_staff_credits_give_no_names(text):
    names = source_features("s", "Headline", "Body of the report.\n" + text).names
    assert not names & {"chanda mulenga", "mulenga", "fiona ashcombe", "ashcombe", "fiona"}


def test_a_shared_editor_does_not_link_two_events():
    feats = [source_features("b", *BLAST_WIRE), source_features("c", *CHOLERA_WIRE)]
    assert as_sets(group_stories(feats)) == {frozenset({"b"}), frozenset({"c"})}


def test_a_name_in_the_body_still_counts():
    """Only the credit is dropped: "Fiona Ashcombe said" in the body is a name of the event."""
    names = source_features("s", "Headline", "Rescuer Fiona Ashcombe said 12 were found.").names
    assert {"fiona", "ashcombe"} <= names


def test_a_short_item_sharing_rare_headline_words_links():
    """A radio item names the city once and no venue; its headline shares "hotel" and "toll"
    with the others, words few headlines in the corpus use."""
    wire = ("Palembang hotel fire: toll rises to 17", "PALEMBANG, Indonesia (Reuters) - A fire at the Musi Indah hotel in Palembang "
            "killed 17 people, fire service head Budi Santoso said. Police detained the owner.")
    radio = ("Indonesia hotel fire: toll 17, president orders review", "Indonesia's president has ordered a safety review "
             "after a fire at a hotel in the city of Palembang killed 17 people. Our correspondent Dewi Lestari reports.")
    others = {
        "q": ("Quake kills 40 in Khoy", "KHOY, Iran - An earthquake struck Khoy, Governor Ali Rezaei said, killing 40."),
        "b": ("Bombing kills 12 in Quetta market", "QUETTA, Pakistan - A bomb exploded in a market in Quetta, police said."),
        "f": ("Malawi police fire on protesters", "BLANTYRE, Malawi (AFP) - Police fired tear gas at protesters in Blantyre."),
    }
    feats = [source_features("w", *wire), source_features("r", *radio)] + [source_features(k, *v) for k, v in others.items()]
    groups = as_sets(group_stories(feats))
    assert frozenset({"w", "r"}) in groups



COMMUNIQUE = (
    "Press release on the assault on the garrison",
    "The General Staff informs the public that the Korvale garrison came under attack at dawn near "
    "Dessaro and Minkele. Nine soldiers fell. Colonel Idris Fane commands the sector, with "
    "Captain Lamine Toure. Reinforcements left Tamba.",
)
WIRE = (
    "Gunmen overrun army post in Orsania",
    "BELMAR, Orsania (Reuters) - Gunmen attacked the Korvale garrison near Dessaro and Minkele on "
    "Monday, killing at least 14 soldiers, a local official said. Resident Amina Sow said the "
    "fighting lasted three hours. Trader Paul Mercer fled.",
)


def test_three_names_few_reports_use_link_a_communique_and_a_wire():
    """A communiqué and a wire share little but the three places of the attack; in a small
    folder those names are each in two or three reports, which is one event's mark."""
    others = {
        "q": ("Quake kills 40 in Khoy", "KHOY, Iran - An earthquake struck Khoy, Governor Ali Rezaei said, killing 40."),
        "b": ("Bombing kills 12 in Quetta market", "QUETTA, Pakistan - A bomb exploded in a market in Quetta, police said."),
        "f": ("Malawi police fire on protesters", "BLANTYRE, Malawi (AFP) - Police fired tear gas at protesters in Blantyre."),
    }
    feats = [source_features("r", *COMMUNIQUE), source_features("w", *WIRE)]
    feats += [source_features(k, *v) for k, v in others.items()]
    groups = as_sets(group_stories(feats))
    assert frozenset({"r", "w"}) in groups


def test_headline_words_keep_their_accents():
    assert "nyamé" in source_features("s", "Nyamé: rights group disputes army figures", "").title_words


def test_a_multi_word_name_shared_counts_once():
    """"Security Council" is one name two reports share, not three ("security council",
    "security", "council"): two strikes of one war that both mention the Council, and little
    else, stay two stories."""
    from claimcheck.cluster.stories import _names_counted

    a = source_features("a", "Strike hits Orlen market", "The Security Council met. Orlen was hit. Mayor Tavi Rusk spoke.")
    b = source_features("b", "Shelling in Pravec port", "The Security Council met. Pravec was shelled. Governor Ilse Brandt spoke.")
    shared = a.names & b.names
    assert {"security council", "security", "council"} <= shared
    assert _names_counted(shared, a, b) == len(shared) - 2
    # the words of one institution written with and without a prefix are one name too
    c = source_features("c", "x", "The UN Human Rights Monitoring Mission said.")
    d = source_features("d", "y", "The Human Rights Monitoring Mission said.")
    assert _names_counted(c.names & d.names, c, d) == 1


@pytest.mark.parametrize(
    ("dated", "month_day", "apart"),
    [
        (dt.date(2026, 3, 17), (6, 9), 84),
        (dt.date(2026, 12, 30), (1, 2), 3),  # across the new year
        (dt.date(2026, 6, 3), (6, 9), 6),
    ],
)
def test_a_year_less_dateline_is_days_from_a_full_date(dated, month_day, apart):
    from claimcheck.cluster.stories import SourceFeatures, days_apart

    a = SourceFeatures("a", frozenset(), frozenset(), "", dated.toordinal())
    b = SourceFeatures("b", frozenset(), frozenset(), "", None, dateline_day=month_day)
    assert days_apart(a, b) == days_apart(b, a) == apart
    c = SourceFeatures("c", frozenset(), frozenset(), "", None, dateline_day=(12, 30))
    d = SourceFeatures("d", frozenset(), frozenset(), "", None, dateline_day=(1, 2))
    assert days_apart(c, d) == 3
    assert days_apart(a, SourceFeatures("e", frozenset(), frozenset(), "")) is None


def test_a_year_less_wire_months_from_a_dated_report_is_another_story():
    """The wire's "June 9" is three months from a statement dated 17 March: the same army and
    city names do not make them one event."""
    names = (
        "Korvan Defence Forces struck Halden. Colonel Ruth Amsel of the Korvan Defence Forces "
        "said the Brennic Front used the building. The Brennic Front denied it. "
    )
    statement = source_features("s", "Statement on the strike in Halden", names, dt.date(2026, 3, 17).toordinal())
    wire_f = source_features("w", "Strike on Halden market kills 12", "HALDEN (Reuters) - " + names)
    wire = wire_f.__class__(**{**{k: getattr(wire_f, k) for k in wire_f.__slots__}, "dateline_day": (6, 9)})
    assert as_sets(group_stories([statement, wire])) == {frozenset({"s"}), frozenset({"w"})}
    same_week = wire.__class__(**{**{k: getattr(wire, k) for k in wire.__slots__}, "dateline_day": (3, 19)})
    assert as_sets(group_stories([statement, same_week])) == {frozenset({"s", "w"})}


@pytest.mark.parametrize(
    "subjects, label",
    [
        # every member says "soldiers": the label says so, not "troops: troops"
        (["soldiers", "soldiers"], "killed: soldiers"),
        # mixed names: the group's own name when a member uses it
        (["soldiers", "troops"], "killed: troops"),
        # else what most members say, the first said on a tie
        (["personnel", "soldiers", "personnel"], "killed: personnel"),
        (["soldiers", "personnel"], "killed: soldiers"),
    ],
)
def test_cluster_label_names_what_the_reports_say(make_claim, subjects, label):
    claims = [
        make_claim(f"{n + 3} {subject}", n + 3, n + 3, source="camp", subject=subject)
        for n, subject in enumerate(subjects)
    ]
    feats = [source_features("camp.txt", "Camp attacked", "Camp attacked.", None)]
    _, clusters = cluster_claims(feats, claims)
    assert [c.label for c in clusters] == [label]
    assert clusters[0].subject == "troops"
