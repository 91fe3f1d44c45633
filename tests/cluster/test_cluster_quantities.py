"""quantity_key: (category, subject group, scope); one key is one quantity."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.cluster.quantities import group_quantities, quantity_key
from tests.cluster.conftest import build_claim

Y2023 = dt.date(2023, 9, 20)


def key(claim, same_source=None):
    return quantity_key(claim, same_source if same_source is not None else [claim])


def test_plain_claim(make_claim):
    assert key(make_claim("11 wounded", 11, 11, category="wounded")) == ("wounded", "people", "")


def test_subject_group_in_key(make_claim):
    c = make_claim("2,000 residents", 2000, 2000, category="displaced", subject="residents")
    assert key(c) == ("displaced", "people", "")


def test_part_of_total_of_them(make_claim):
    sentence = "Some 284 people were injured, 220 of them in hospital."
    whole = make_claim("Some 284 people", 255, 313, category="wounded", sentence=sentence)
    part = make_claim("220 of them", 220, 220, category="wounded", sentence=sentence, part_of_total=True)
    assert key(whole, [whole, part]) == ("wounded", "people", "")
    assert key(part, [whole, part]) == ("wounded", "people", "in hospital")


def test_including_part_keeps_its_own_subject_and_no_part_scope(make_claim):
    sentence = "At least 200 people, including 10 civilians, were killed."
    part = make_claim("10 civilians", 10, 10, subject="civilians", sentence=sentence, part_of_total=True)
    assert key(part) == ("killed", "civilians", "")


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("At least 52 people were killed, including 12 children.", "12 children"),
        ("The mayor said the dead included nine women and four children.", "nine women"),
        ("The mayor said the dead included nine women and four children.", "four children"),
        ("Among the dead were 11 women and 6 children.", "6 children"),
        ("The deceased include 14 women, 3 men and 6 children.", "6 children"),
    ],
)
def test_a_named_group_within_the_dead_is_comparable_with_that_group(make_claim, sentence, mention):
    """"the dead included five children" and "including at least 12 children" in another
    report count one quantity: the children among the dead."""
    group = mention.split()[1]
    part = make_claim(mention, 5, 5, subject=group, sentence=sentence, part_of_total=True)
    assert key(part) == ("killed", group, "")


def test_a_part_without_a_group_phrase_keeps_the_part_scope(make_claim):
    sentence = "The toll rose to 19 after five of the wounded died."
    part = make_claim("five", 5, 5, subject="people", sentence=sentence, part_of_total=True)
    assert key(part)[2] == "died"



@pytest.mark.parametrize(
    "sentence, mention, category, group",
    [
        ("Police said 6 people died: 5 soldiers and a medic.", "5 soldiers", "killed", "soldiers"),
        ("Coastguards detained four people: the captain and three deckhands.", "three deckhands", "detained", "deckhands"),
        ("The council reported 9 deaths (4 farmers, 2 teachers and 3 pupils).", "3 pupils", "killed", "pupils"),
    ],
)
def test_a_casualty_part_naming_its_group_is_that_group_s_count(make_claim, sentence, mention, category, group):
    """"6 dead: 5 soldiers and a medic" and another report's "five soldiers were killed"
    count one quantity: the part names its group, which keeps it from the total already."""
    subject = mention.split()[-1]
    part = make_claim(mention, 3, 3, category=category, subject=subject, sentence=sentence, part_of_total=True)
    assert key(part)[2] == ""
    assert key(part)[1] != "people"


@pytest.mark.parametrize(
    "sentence, mention, group",
    [
        # the group named right after the part: "of them civilians", "of the dead were children"
        ("The raid killed 30, 18 of them civilians.", "18 of them", "civilians"),
        ("Twelve of the dead were minors, the clinic said.", "Twelve of the dead", "children"),
        ("The fire killed 14; 9 of them were all firefighters.", "9 of them", "firefighters"),
    ],
)
def test_a_part_whose_group_is_named_after_it_is_that_group_s_count(make_claim, sentence, mention, group):
    part = make_claim(mention, 3, 3, subject=group, sentence=sentence, part_of_total=True)
    assert key(part) == ("killed", group, "")


@pytest.mark.parametrize(
    "sentence, mention, subject",
    [
        # the group only inherited from the figure before: a breakdown's part of that group
        ("Fifteen soldiers died; three of them were in the lead truck.", "three of them", "soldiers"),
        # another word after the part names no group ("were identified")
        ("The fire killed 14; 9 of them were identified.", "9 of them", "firefighters"),
    ],
)
def test_a_part_that_only_inherits_its_group_keeps_the_part_scope(make_claim, sentence, mention, subject):
    part = make_claim(mention, 3, 3, subject=subject, sentence=sentence, part_of_total=True)
    assert key(part)[2] == "part"


@pytest.mark.parametrize(
    "sentence, mention, category, subject",
    [
        # one family's: "his two sons" is no count of the children among the victims
        ("Those taken included a farmer and his two sons.", "two sons", "detained", "sons"),
        # a part of things: "95 of them destroyed" is one report's breakdown
        ("Some 1,400 homes were damaged, 95 destroyed outright.", "95 destroyed", "other", "homes"),
    ],
)
def test_a_family_s_or_a_thing_s_part_keeps_the_part_scope(make_claim, sentence, mention, category, subject):
    part = make_claim(mention, 3, 3, category=category, subject=subject, sentence=sentence, part_of_total=True)
    assert key(part)[2] == "part"

@pytest.mark.parametrize(
    "time_ref, published, scope",
    [
        ("in 2020", Y2023, "in 2020"),  # background: another year
        ("in 2020", None, "in 2020"),
        ("in 2023", Y2023, ""),  # this year: the story itself
        ("since 2019", Y2023, "in 2019"),
        ("Tuesday", Y2023, ""),
        ("so far", None, ""),
        (None, Y2023, ""),
        ("hours after four soldiers died", None, "earlier incident"),
        # a calendar month as a whole: a monitor's monthly total, not one incident's toll
        ("In June 2023", Y2023, "in june"),
        ("in May", None, "in may"),
        ("In June 2020", Y2023, "in 2020"),  # a month of another year: that year's background
        ("on 14 June", Y2023, ""),  # a day of the month: the incident's moment
        ("June 14", Y2023, ""),
        # since a month: the year's running total; since a day of it, the incident's start
        ("since June", Y2023, "running total"),
        ("since June 12", Y2023, ""),
        ("since 12 June", Y2023, ""),
    ],
    ids=str,
)
def test_year_scope(make_claim, time_ref, published, scope):
    c = make_claim("More than 6,700 people", 6701, None, time_ref=time_ref, published=published)
    assert key(c)[2] == scope


@pytest.mark.parametrize(
    ("sentence", "time_ref", "scope"),
    [
        # a time given from another incident with a count of its own
        ("The blast killed 14 people, hours after three guards died in a raid nearby.", "hours after", "earlier incident"),
        ("The blast killed 14 people, days after 20 were killed in the capital.", "days after", "earlier incident"),
        # a time given from a clock or from the event itself: this event's moment
        ("The blast killed 14 people shortly after 9:15 a.m. on Sunday.", "shortly after", ""),
        ("The blast killed 14 people shortly before 3 am local time.", "shortly before", ""),
        ("Divers found 14 people three days after the bus plunged.", "days after", ""),
        ("A day after the bridge collapsed, the toll stood at 14 people.", "A day after", ""),
        # a date's, a magnitude's or a bomb's number is no count of another incident's harm
        ("Divers found 14 people two days after the ferry capsized on 3 March.", "days after", ""),
        ("Rescuers pulled out 14 people hours after the 7.8-magnitude quake struck.", "hours after", ""),
        ("The 14 people died minutes after the second of two bombs went off.", "minutes after", ""),
        # ... but a second event named before the time is another incident, with or without a count
        ("A second boat capsized two days after the ferry disaster, killing 14 people.", "days after", "earlier incident"),
    ],
)
def test_a_time_from_another_incident_needs_a_count_of_its_own(make_claim, sentence, time_ref, scope):
    c = make_claim("14 people", 14, 14, sentence=sentence, time_ref=time_ref)
    assert key(c)[2] == scope


def test_local_part_when_source_gives_larger_total(make_claim):
    local = make_claim("127 bodies", 127, 127, place="Las Colinas", sentence="Rescuers found 127 bodies in Las Colinas.")
    total = make_claim("more than 700 people", 701, None)
    assert key(local, [local, total]) == ("killed", "people", "las colinas")
    assert key(total, [local, total]) == ("killed", "people", "")


def test_figures_for_two_places_in_one_sentence_are_each_places_part(make_claim):
    sentence = "Officials say at least 76 people were killed in Turkey and 42 in Syria."
    turkey = make_claim("at least 76 people", 76, None, place="Turkey", sentence=sentence)
    syria = make_claim("42", 42, 42, place="Syria", sentence=sentence)
    assert key(turkey, [turkey, syria]) == ("killed", "people", "turkey")
    assert key(syria, [turkey, syria]) == ("killed", "people", "syria")


def test_a_headline_figure_is_never_a_local_part(make_claim):
    """The headline gives the event's figure, in the event's place: a larger figure further
    down its report does not make it a share of that place."""
    headline = "Gunmen abduct scores in Tirin villages"
    scores = make_claim("scores", 40, 99, category="detained", place="Tirin", sentence=headline,
                        source_title=headline)
    total = make_claim("more than 100 people", 101, None, category="detained")
    assert key(scores, [scores, total]) == ("detained", "people", "")
    national = "Floods kill 12 in Sindh as national toll climbs to 300"
    sindh = make_claim("12", 12, 12, place="Sindh", sentence=national, source_title=national)
    toll = make_claim("300", 300, 300, sentence=national, source_title=national)
    assert key(sindh, [sindh, toll]) == ("killed", "people", "sindh")  # the headline gives the total too
    body = make_claim("scores", 40, 99, category="detained", place="Tirin",
                      sentence="Gunmen abducted scores in Tirin villages.", source_title=headline)
    assert key(body, [body, total]) == ("detained", "people", "tirin")


def test_place_alone_is_not_a_part(make_claim):
    local = make_claim("127 bodies", 127, 127, place="Las Colinas")
    assert key(local, [local]) == ("killed", "people", "")


def test_place_with_smaller_figure_elsewhere_is_not_a_part(make_claim):
    local = make_claim("127 bodies", 127, 127, place="Las Colinas")
    smaller = make_claim("61 people", 61, 61)
    assert key(local, [local, smaller])[2] == ""


def test_place_share_of_other_counts_is_a_part(make_claim):
    """300 homes in Las Colinas beside 1,000 homes in all: the town's share, as for a toll."""
    local = make_claim("300 homes", 300, 300, category="other", subject="houses", place="Las Colinas")
    total = make_claim("1,000 homes", 1000, 1000, category="other", subject="houses")
    assert key(local, [local, total])[2] == "las colinas"
    assert key(total, [local, total])[2] == ""


def test_troops_have_no_place_share(make_claim):
    local = make_claim("300 troops", 300, 300, category="troops", subject="troops", place="Tijuana")
    total = make_claim("5,000 troops", 5000, 5000, category="troops", subject="troops")
    assert key(local, [local, total])[2] == ""


def test_group_quantities_splits_by_key_and_keeps_text_order(make_claim):
    a = make_claim("11 wounded", 11, 11, category="wounded", source="a")
    b = make_claim("10 civilians", 10, 10, subject="civilians", source="a")
    c = make_claim("23 wounded", 23, 23, category="wounded", source="b")
    d = make_claim("2 civilians", 2, 2, subject="civilians", source="b")
    e = make_claim("More than 6,700 people", 6701, None, time_ref="in 2020", source="b")
    groups = group_quantities([a, b, c, d, e])
    assert groups == {
        ("wounded", "people", ""): [a, c],
        ("killed", "people", ""): [b, d],  # a toll of civilians is the story's toll of people
        ("killed", "people", "in 2020"): [e],
    }


@pytest.mark.parametrize(("category", "joins"), [("detained", True), ("other", False)])
def test_hostages_join_people_in_a_count_of_the_held(make_claim, category, joins):
    # "about 30 hostages" (the police) and "32 people were taken hostage" count the same people
    a = make_claim("about 30 hostages", 27, 33, source="a", category=category, subject="hostages")
    b = make_claim("32 people", 32, 32, source="b", category=category)
    keys = _keys(group_quantities([a, b]))
    assert (keys[id(a)] == keys[id(b)]) is joins


def test_a_toll_of_children_stays_apart_from_the_story_s_toll(make_claim):
    # "12 children were killed" (UNICEF) beside "40 people were killed" (the ministry) is most
    # often a part of the total, not a rival count: one quantity would be a false conflict
    deaths = make_claim("40 people", 40, 40, source="a")
    children = make_claim("12 children", 12, 12, subject="children", source="b")
    groups = group_quantities([deaths, children])
    assert groups == {("killed", "people", ""): [deaths], ("killed", "children", ""): [children]}


def test_an_undated_source_s_date_of_the_story_s_year_is_no_background(make_claim):
    # a court filing with no date of its own gives "June 7, 2023", the day of the raid
    dated = make_claim("279 people", 279, 279, category="detained", source="a", published=Y2023)
    filing = make_claim("284 arrests", 284, 284, category="detained", source="b", time_ref="June 7, 2023")
    old = make_claim("40 arrests", 40, 40, category="detained", source="c", time_ref="in 2020")
    groups = group_quantities([dated, filing, old])
    assert groups[("detained", "people", "")] == [dated, filing]
    assert groups[("detained", "people", "in 2020")] == [old]
    # ... but with no dated source in the story, the year says nothing of it
    assert ("detained", "people", "in 2023") in group_quantities([filing, old])


# --- a toll of civilians or migrants is the story's toll of people -------------------------


def _keys(groups):
    return {id(c): k for k, members in groups.items() for c in members}


@pytest.mark.parametrize(
    "victims",
    # inmates: a prison riot; protesters: a crackdown, whose toll one report gives as "at least
    # 19 protesters" and another as "23 deaths"; fishermen and hikers: a storm at sea or in the hills
    ["civilians", "migrants", "inmates", "protesters", "demonstrators", "fishermen", "hikers"],
)
def test_victim_group_joins_the_toll_of_people(make_claim, victims):
    a = make_claim(f"21 {victims}", 21, 21, source="a", subject=victims)
    b = make_claim("34 people", 34, 34, source="b")
    keys = _keys(group_quantities([a, b]))
    assert keys[id(a)] == keys[id(b)] == ("killed", "people", "")


@pytest.mark.parametrize("group", ["students", "pupils", "tourists", "men", "women", "children"])
def test_a_group_often_a_share_of_the_toll_stays_apart(make_claim, group):
    """"two pupils" or "at least 10 tourists" among a school's or a resort's dead are a share of
    the toll more often than the toll itself, written without "including"."""
    a = make_claim(f"21 {group}", 21, 21, source="a", subject=group)
    b = make_claim("34 people", 34, 34, source="b")
    keys = _keys(group_quantities([a, b]))
    assert keys[id(a)] != keys[id(b)]


def test_victim_group_stays_apart_where_the_story_counts_it_as_a_part(make_claim):
    sentence = "At least 200 people, including 10 civilians, were killed."
    whole = make_claim("At least 200 people", 200, None, source="a", sentence=sentence)
    part = make_claim("10 civilians", 10, 10, source="a", subject="civilians", sentence=sentence,
                      part_of_total=True)
    other = make_claim("2 civilians", 2, 2, source="b", subject="civilians")
    keys = _keys(group_quantities([whole, part, other]))
    assert keys[id(other)] == ("killed", "civilians", "")
    assert keys[id(whole)] == ("killed", "people", "")


def test_including_part_of_the_same_group_is_a_part(make_claim):
    sentence = "An estimated 6,500 families have been affected, including 2,100 families whose homes were destroyed."
    whole = make_claim("An estimated 6,500 families", 5850, 7150, source="a", category="other",
                       subject="families", sentence=sentence)
    part = make_claim("2,100 families", 2100, 2100, source="a", category="other", subject="families",
                      sentence=sentence, part_of_total=True)
    keys = _keys(group_quantities([whole, part]))
    assert keys[id(whole)] == ("other", "families", "")
    assert keys[id(part)] == ("other", "families", "part")


def test_another_after_a_figure_of_its_category_is_an_increment(make_claim):
    first = make_claim("two bodies", 2, 2, source="a", sentence="Two bodies have been recovered so far.")
    more = make_claim("10 bodies", 10, 10, source="a", sentence="Rescuers found another 10 bodies on a beach.")
    toll = make_claim("61 people", 61, 61, source="b")
    keys = _keys(group_quantities([first, more, toll]))
    assert keys[id(more)] == ("killed", "people", "increment")
    assert keys[id(first)] == keys[id(toll)] == ("killed", "people", "")


def test_a_further_figure_of_a_new_category_is_no_increment(make_claim):
    # after the toll of the dead, "a further 141 people were injured" is the wounded count
    dead = make_claim("84 people", 84, 84, source="a", sentence="The blasts killed 84 people.")
    hurt = make_claim("141 people", 141, 141, source="a", category="wounded",
                      sentence="Tasnim said a further 141 people were injured.")
    keys = _keys(group_quantities([dead, hurt]))
    assert keys[id(hurt)] == ("wounded", "people", "")


def test_n_more_after_another_category_in_its_sentence_is_no_increment(make_claim):
    sentence = "The blast killed at least eight workers and injured dozens more, police said."
    dead = make_claim("eight workers", 8, None, source="a", subject="workers", sentence=sentence)
    hurt = make_claim("dozens more", 24, 99, source="a", category="wounded", sentence=sentence)
    keys = _keys(group_quantities([dead, hurt]))
    assert keys[id(hurt)] == ("wounded", "people", "")


def test_n_more_of_its_own_category_is_an_increment(make_claim):
    more = make_claim("five more bodies", 5, 5, source="a", sentence="Rescuers found five more bodies on Tuesday.")
    keys = _keys(group_quantities([more]))
    assert keys[id(more)] == ("killed", "people", "increment")


def test_victim_merge_is_only_for_casualty_tolls(make_claim):
    a = make_claim("300 migrants", 300, 300, category="evacuated", subject="migrants")
    b = make_claim("500 people", 500, 500, category="evacuated")
    keys = _keys(group_quantities([a, b]))
    assert keys[id(a)] == ("evacuated", "migrants", "")


@pytest.mark.parametrize(
    ("category", "joins"),
    [("evacuated", True), ("killed", False), ("other", False)],
)
def test_survivors_join_people_only_in_a_rescue_count(make_claim, category, joins):
    # everyone rescued is a survivor; "survivors" elsewhere are witnesses or a group apart
    a = make_claim("29 survivors", 29, 29, source="a", category=category, subject="survivors")
    b = make_claim("23 people", 23, 23, source="b", category=category)
    keys = _keys(group_quantities([a, b]))
    assert (keys[id(a)] == keys[id(b)]) is joins


@pytest.mark.parametrize(("category", "joins"), [("killed", True), ("missing", True), ("other", False)])
def test_names_join_people_only_in_a_toll(make_claim, category, joins):
    # "the list of the dead has 17 names" counts the dead, "the list of the missing has 17
    # names" the missing; "27 names" elsewhere are a list's
    a = make_claim("17 names", 17, 17, source="a", category=category, subject="names")
    b = make_claim("21 people", 21, 21, source="b", category=category)
    keys = _keys(group_quantities([a, b]))
    assert (keys[id(a)] == keys[id(b)]) is joins


@pytest.mark.parametrize(("category", "joins"), [("other", True), ("killed", False)])
def test_men_join_people_only_in_a_count_with_no_casualty_category(make_claim, category, joins):
    # "43 men were trapped" counts the trapped; a toll's "men" may be a part of it
    a = make_claim("43 men", 43, 43, source="a", category=category, subject="men",
                   sentence="The company said 43 men were trapped underground.")
    b = make_claim("22 people", 22, 22, source="b", category=category,
                   sentence="Rescuers said 22 people were still trapped underground.")
    keys = _keys(group_quantities([a, b]))
    assert (keys[id(a)] == keys[id(b)]) is joins


def test_soldiers_never_join_the_toll_of_people(make_claim):
    a = make_claim("four soldiers", 4, 4, subject="soldiers")
    b = make_claim("30 people", 30, 30, source="b")
    keys = _keys(group_quantities([a, b]))
    assert keys[id(a)] != keys[id(b)]


@pytest.mark.parametrize(
    "sentence, mention, scope",
    [
        ("Almost 40 people remain in hospital, officials said.", "Almost 40 people", "in hospital"),
        ("Officials said 17 people were still in hospital.", "17 people", "in hospital"),
        ("The civil hospital is treating 29 people.", "29 people", "in hospital"),
        ("The blast injured 46 people, officials said.", "46 people", ""),
        ("Some 60 people were taken to hospital.", "60 people", ""),  # how many were hurt
    ],
)
def test_the_injured_still_in_hospital_are_a_count_of_their_own(make_claim, sentence, mention, scope):
    c = make_claim(mention, 40, 40, category="wounded", sentence=sentence)
    assert key(c)[2] == scope


@pytest.mark.parametrize(
    "sentence, mention, sister, scope",
    [
        ("The toll is 33: 21 were killed at the scene, 9 died in hospital and 3 at home.", "21", "9", "died at the scene"),
        ("The toll is 33: 21 were killed at the scene, 9 died in hospital and 3 at home.", "9", "21", "died in hospital"),
        ("Nine died on the spot and two more on the way to hospital.", "Nine died", "two more", "died at the scene"),
        ("Medics counted 33 bodies at the scene; 4 more died later.", "33 bodies", "4 more", "died at the scene"),
        ("Rescuers pulled 33 bodies from the scene; 4 more died later.", "33 bodies", "4 more", ""),  # recovered, not where they died
        ("The fire killed 33 people and injured 12, the mayor said.", "33 people", None, ""),
        # a figure alone in its sentence is the whole toll, wherever its dead died
        ("Two firefighters died at the scene.", "Two firefighters", None, ""),
        ("Forty people died in the hospital fire on Sunday.", "Forty people", None, ""),
        ("Six people were killed instantly when the bus overturned.", "Six people", None, ""),
    ],
)
def test_where_the_dead_died_splits_a_toll(make_claim, sentence, mention, sister, scope):
    """A toll's breakdown by where its dead died counts other people than the toll; a figure
    with no other of the dead beside it is the toll itself."""
    c = make_claim(mention, 9, 9, category="killed", sentence=sentence)
    others = [make_claim(sister, 2, 2, category="killed", sentence=sentence)] if sister else []
    assert key(c, [c, *others])[2] == scope


@pytest.mark.parametrize("label", ["Died in hospital (confirmed) ..... 14", "Deaths at scene: 19"])
def test_a_label_of_where_the_dead_died_is_a_part(make_claim, label):
    c = make_claim(label.split()[-1], 9, 9, category="killed", sentence=label)
    assert key(c)[2].startswith("died ")


def test_where_the_dead_died_is_only_for_the_dead(make_claim):
    c = make_claim("12 people", 12, 12, category="wounded", sentence="12 people were hurt at the scene.")
    assert key(c)[2] == ""


@pytest.mark.parametrize(
    "sentence, mention, scope",
    [
        ("Some 46 people were injured. Six of them were in a critical condition.", "Six of them", "critical"),
        ("Some 46 people were injured, nine of them on ventilators.", "nine of them", "intensive care"),
        ("Some 284 people were injured, 220 of them in hospital.", "220 of them", "in hospital"),
        ("Of those injured, 12 of them were children.", "12 of them", "part"),
    ],
)
def test_a_part_keeps_the_state_it_names(make_claim, sentence, mention, scope):
    """Parts in different states are different quantities, whatever their category (a part
    in no state and of no group of its own is its breakdown's: "part of <source>: ...")."""
    c = make_claim(mention, 6, 6, category="wounded", sentence=sentence, part_of_total=True)
    assert key(c)[2] == scope if scope != "part" else key(c)[2].startswith("part of ")


def test_new_cases_are_an_increment(make_claim):
    c = make_claim("287 new cases", 287, 287, category="other", subject="cases",
                   sentence="In the week to 9 March alone, 287 new cases were recorded.")
    assert key(c)[2] == "increment"


def test_a_place_share_of_other_counts_is_local(make_claim):
    """"Chibuto accounts for 734 cases" beside 1,486 cases province-wide: the place's share."""
    total = make_claim("1,486 suspected cases", 1486, 1486, source="a", category="other", subject="cases")
    share = make_claim("734 cases", 734, 734, source="a", category="other", subject="cases", place="Chibuto",
                       sentence="Chibuto accounts for 734 cases and 11 deaths.")
    keys = _keys(group_quantities([total, share]))
    assert keys[id(total)] == ("other", "cases", "")
    assert keys[id(share)] == ("other", "cases", "chibuto")


@pytest.mark.parametrize("sentence", [
    "The insurgency has killed more than 12,000 people, according to U.N. figures.",
    "The conflict has displaced 12 million people.",
    "The fighting has already forced 200,000 people from their homes.",
])
def test_a_war_wide_total_is_a_running_total(make_claim, sentence):
    c = make_claim("12,000 people", 12000, 12000, sentence=sentence)
    assert key(c)[2] == "running total"


def test_one_hospitals_admissions_are_not_the_total_wounded(make_claim):
    c = make_claim("37 wounded people", 37, 37, category="wounded",
                   sentence="Brennick Teaching Hospital had received 37 wounded people.")
    assert key(c)[2] == "in hospital"


def test_remain_admitted_is_in_hospital(make_claim):
    c = make_claim("21", 21, 21, category="wounded",
                   sentence="The hospital said 58 passengers were treated, and 21 remain admitted.")
    assert key(c)[2] == "in hospital"


def test_generic_people_counts_meet_across_word_forms(make_claim):
    """"more than 70 passengers boarded" and "about 60 people on board the boat" count one
    thing: the words are cut to their first five letters before they are compared."""
    a = make_claim("about 60 people", 54, 66, source="a", category="other",
                   sentence="The boat left the beach with about 60 people on board, he said.")
    b = make_claim("more than 70 passengers", 71, None, source="b", category="other", subject="passengers",
                   sentence="From what we were told, more than 70 passengers boarded the boat.")
    c = make_claim("2,000 people", 2000, 2000, source="b", category="other",
                   sentence="Around 2,000 people attended the funerals in the capital.")
    keys = _keys(group_quantities([a, b, c]))
    assert keys[id(a)] == keys[id(b)]
    assert keys[id(c)] != keys[id(a)]


def test_aboard_and_on_board_are_one_word(make_claim):
    """"had been aboard" and "were on board": the same count of people carried."""
    a = make_claim("about 300 people", 270, 330, source="a", category="other",
                   sentence="The navy said about 300 people were on board the trawler.")
    b = make_claim("nearly 500", 450, 500, source="b", category="other",
                   sentence="Nearly 500 had been aboard the trawler, the agency said.")
    keys = _keys(group_quantities([a, b]))
    assert keys[id(a)] == keys[id(b)]


@pytest.mark.parametrize("sentence, mention, scope", [
    ("The fire agency said 164 structures had been destroyed and 27 damaged.", "27", "damaged"),
    ("About 120 homes were partially damaged by the quake.", "About 120 homes", "damaged"),
    ("The fire agency said 164 structures had been destroyed and 27 damaged.", "164 structures", ""),
    # a fact box names the damage in its label
    ("Houses destroyed: 1,204; houses partially damaged: 3,877", "3,877", "damaged"),
    ("Houses destroyed: 1,204; houses partially damaged: 3,877", "1,204", ""),
])
def test_damaged_is_not_destroyed(make_claim, sentence, mention, scope):
    c = make_claim(mention, 31, 31, category="other", subject="buildings", sentence=sentence)
    assert key(c)[2] == scope


@pytest.mark.parametrize("sentence, mention, part", [
    ("Three people remained in critical condition on Tuesday.", "Three people", False),
    ("Of the wounded, eight were in critical condition.", "eight", True),
])
def test_the_critically_injured_are_one_quantity(make_claim, sentence, mention, part):
    c = make_claim(mention, 3, 3, category="wounded", sentence=sentence, part_of_total=part)
    assert key(c)[2] == "critical"


def test_still_receiving_treatment_is_in_hospital(make_claim):
    c = make_claim("9 people", 9, 9, category="wounded",
                   sentence="Of the 41 injured, 9 people are still receiving treatment.")
    assert key(c)[2] == "in hospital"


# --- an abduction's students and children are its abducted people -------------------------


@pytest.mark.parametrize("group", ["students", "children"])
def test_abducted_group_joins_the_abducted_people(make_claim, group):
    a = make_claim(f"109 {group}", 109, 109, source="a", category="detained", subject=group)
    b = make_claim("more than 150 people", 151, None, source="b", category="detained")
    keys = _keys(group_quantities([a, b]))
    assert keys[id(a)] == keys[id(b)] == ("detained", "people", "")


def test_named_group_among_the_dead_is_comparable_with_the_same_group(make_claim):
    """"Among the named dead are 12 children" and "the dead included 17 children" are two
    counts of the children, not a part of its own."""
    a = make_claim("12 children", 12, 12, source="a", subject="children", part_of_total=True,
                   sentence="Among the named dead are 12 children and 19 women.")
    b = make_claim("17 children", 17, 17, source="b", subject="children", part_of_total=True,
                   sentence="The dead included 17 children.")
    keys = _keys(group_quantities([a, b]))
    assert keys[id(a)] == keys[id(b)] == ("killed", "children", "")


def test_unnamed_parts_of_two_breakdowns_are_not_one_quantity(make_claim):
    """"Six were brought in dead and three passed on in the wards" (a hospital's 9) and
    another report's "two of them were buried by their families": parts that name no group of
    their own belong to their own breakdown, and comparing them would flag a conflict nobody
    made."""
    a = make_claim("Six", 6, 6, source="a", part_of_total=True,
                   sentence="Six were brought in dead and three passed on in the wards.")
    b = make_claim("two of them", 2, 2, source="b", part_of_total=True,
                   sentence="Of the 14, two of them were buried by their families.")
    keys = _keys(group_quantities([a, b]))
    assert keys[id(a)] != keys[id(b)]
    assert keys[id(a)][:2] == keys[id(b)][:2] == ("killed", "people")


@pytest.mark.parametrize("sentence, mention", [
    ("Talks continue to free the remaining six hostages, officials said.", "six hostages"),
    ("The remaining 14 detainees were moved to Karsa on Monday.", "14 detainees"),
    ("Police are still searching for the remaining about 20 people.", "20 people"),
])
def test_what_remains_of_a_total_is_a_quantity_of_its_own(make_claim, sentence, mention):
    # the rest still held after some were freed is not the count of all who were taken
    taken = make_claim("31 people", 31, 31, source="a", category="detained",
                       sentence="Gunmen abducted 31 people from the village.")
    rest = make_claim(mention, 6, 6, source="b", category="detained", subject="hostages", sentence=sentence)
    keys = _keys(group_quantities([taken, rest]))
    assert keys[id(rest)][2] == "remaining"
    assert keys[id(taken)][2] == ""


def test_remaining_after_the_figure_is_no_remainder(make_claim):
    # "remaining" after the figure names other people, not what is left of this count
    c = make_claim("31 people", 31, 31, source="a", category="detained",
                   sentence="Gunmen abducted 31 people, the remaining villagers fled.")
    assert _keys(group_quantities([c]))[id(c)][2] == ""


@pytest.mark.parametrize("sentence, mention, scope", [
    ("The enemy launched 96 drones and 14 missiles overnight.", "96 drones", ""),
    ("Air defences shot down 88 drones overnight.", "88 drones", "intercepted"),
    ("- Navy: 96 drones fired; 88 drones and 11 missiles downed", "88 drones", "intercepted"),
    ("- Navy: 96 drones fired; 88 drones and 11 missiles downed", "96 drones", ""),
    ("It said 11 of the 14 missiles were intercepted.", "14 missiles", ""),
    ("Police destroyed 40 houses in the raid.", "40 houses", ""),
])
def test_weapons_brought_down_are_apart_from_weapons_fired(make_claim, sentence, mention, scope):
    subject = mention.split()[1]
    c = make_claim(mention, *(2 * [float(mention.split()[0])]), category="other", subject=subject, sentence=sentence)
    assert key(c)[2] == scope


def test_weapons_that_rained_down_were_fired(make_claim):
    """A review: "down" alone is no interception."""
    c = make_claim("45 missiles", 45, 45, category="other", subject="missiles",
                   sentence="Overnight, 45 missiles rained down on the city, the mayor said.")
    assert key(c)[2] == ""



@pytest.mark.parametrize("county, city", [("Orlen County", "Orlen"), ("Tamar Province", "Tamar")])
def test_a_county_and_its_namesake_city_are_two_scopes(make_claim, county, city):
    """A review: a county's toll and its city's ("In Orlen County, 24 people have died" / "In
    Orlen, 11") are two quantities, so the kind of area stays part of the scope."""
    wide = make_claim("24 people", 24, 24, place=county, sentence=f"In {county}, 24 people have died.")
    narrow = make_claim("11 people", 11, 11, place=city, sentence=f"In {city}, 11 people have died.")
    total = make_claim("more than 90 people", 91, None)
    assert key(wide, [wide, total])[2] != key(narrow, [narrow, total])[2]


@pytest.mark.parametrize(
    "first, second, together",
    [
        # however each report words it, how many were aboard is one count
        (("The operator's list has 180 persons on board.", "180 persons"),
         ("A diver said more than 290 people were crammed into the boat.", "more than 290 people"), True),
        (("The ferry, carrying about 240 people, rolled over.", "about 240 people"),
         ("The authority now puts it at 262 people aboard.", "262 people"), True),
        # a crowd at a memorial is not the people aboard, nor a crowd at a bus station, nor
        # residents "on board with" a plan
        (("The operator's list has 180 persons on board.", "180 persons"),
         ("About 2,000 people came to the memorial service.", "About 2,000 people"), False),
        (("The ferry, carrying about 240 people, rolled over.", "about 240 people"),
         ("Over 300 people sat in the bus station when the storm hit.", "Over 300 people"), False),
        (("The ferry, carrying about 240 people, rolled over.", "about 240 people"),
         ("Some 300 residents are now on board with the relocation plan.", "Some 300 residents"), False),
    ],
)
def test_the_people_aboard_are_one_count(make_claim, first, second, together):
    a = make_claim(first[1], 180, 180, category="other", source="a", sentence=first[0])
    b = make_claim(second[1], 290, None, category="other", source="b", sentence=second[0])
    keys = _keys(group_quantities([a, b]))
    assert (keys[id(a)] == keys[id(b)]) is together


def _scopes(claims):
    return {c.mention: scope for (_, _, scope), members in group_quantities(claims).items() for c in members}


def test_a_story_with_no_dated_source_is_of_the_year_its_sources_name():
    """A ruling and a talk page carry no publication date: the year two of them name for
    their figures is the event's, so "9 March 2062" is no background year there."""
    ruling = build_claim("4 people", 4, 4, source="ruling", time_ref="9 March 2062")
    talk = build_claim("7 deaths", 7, 7, source="talk", time_ref="10 March 2062")
    undated = build_claim("at least 15 dead", 15, None, source="paper")
    assert set(_scopes([ruling, talk, undated]).values()) == {""}


def test_one_article_naming_a_past_year_keeps_it_background():
    """"since 2031, when 44 fishermen died": one source naming a year is no evidence that the
    story is of that year."""
    past = build_claim("44 fishermen", 44, 44, source="a", time_ref="since 2031")
    now = build_claim("12 fishermen", 12, 12, source="b")
    assert _scopes([past, now]) == {"44 fishermen": "in 2031", "12 fishermen": ""}


def test_a_list_of_names_of_who_was_aboard_counts_the_people_aboard():
    """"The families' list holds 352 names of people who boarded" and "about 230 people were
    on board" are rival counts of one quantity, as names already count the dead and missing."""
    names = build_claim("352 names", 352, 352, source="families", category="other", subject="names",
                        sentence="The families' list holds 352 names of people who boarded the ferry.")
    aboard = build_claim("about 230 people", 207, 253, source="operator", category="other",
                         sentence="The operator says about 230 people were on board the ferry.")
    groups = group_quantities([names, aboard])
    assert len(groups) == 1, groups


def test_an_organisations_staff_by_any_name_are_one_group():
    """"six aid workers were abducted" (the army) / "six of its staff" (the charity) / "six of
    our colleagues": one quantity; but never the people of the story at large."""
    aid = build_claim("five aid workers", 5, 5, source="wire", category="detained", subject="aid workers")
    staff = build_claim("six of its staff", 6, 6, source="paper", category="detained", subject="staff")
    ours = build_claim("six of our colleagues", 6, 6, source="charity", category="detained", subject="colleagues")
    people = build_claim("16", 16, 16, source="police", category="detained", subject="people")
    keys = {c.mention: key for key, members in group_quantities([aid, staff, ours, people]).items() for c in members}
    assert keys["five aid workers"] == keys["six of its staff"] == keys["six of our colleagues"]
    assert keys["16"] != keys["five aid workers"]


def test_a_past_year_two_undated_sources_repeat_stays_background():
    """"since 2031, when 40 died" in two undated reports is how both compare: a bare year sets
    no story year, only a date with its month does."""
    past_a = build_claim("40 people", 40, 40, source="a", time_ref="since 2031")
    past_b = build_claim("40 dead", 40, 40, source="b", time_ref="since 2031")
    now = build_claim("12 people", 12, 12, source="c", time_ref="on Tuesday")
    scopes = _scopes([past_a, past_b, now])
    assert scopes["40 people"] == scopes["40 dead"] == "in 2031"
    assert scopes["12 people"] == ""


def test_the_dead_of_two_employers_stay_apart():
    """The staff group is an abduction's: "two aid workers" of a charity and "five employees"
    of a haulage firm killed in one ambush are two tolls."""
    aid = build_claim("two aid workers", 2, 2, source="a", category="killed", subject="aid workers")
    firm = build_claim("five employees", 5, 5, source="b", category="killed", subject="staff")
    keys = {c.mention: key for key, members in group_quantities([aid, firm]).items() for c in members}
    assert keys["two aid workers"] != keys["five employees"]


def test_names_read_at_a_vigil_are_no_count_of_the_crowd():
    read = build_claim("41 names", 41, 41, source="a", category="other", subject="names",
                       sentence="At the vigil the mayor read out 41 names.")
    crowd = build_claim("About 3,000 people", 2700, 3300, source="b", category="other",
                        sentence="About 3,000 people gathered at the vigil.")
    listed = build_claim("352 names", 352, 352, source="c", category="other", subject="names",
                         sentence="Its list has grown to 352 names.")
    keys = {c.mention: key for key, members in group_quantities([read, crowd, listed]).items() for c in members}
    assert keys["41 names"][1] == "names"
    assert keys["352 names"][1] == "people"


def test_a_may_date_sets_the_year_of_an_undated_story():
    """"9 May 2062" is a date with its month like any other (the filter that kept month
    abbreviations out once dropped May too)."""
    ruling = build_claim("4 people", 4, 4, source="ruling", time_ref="9 May 2062")
    talk = build_claim("7 deaths", 7, 7, source="talk", time_ref="10 May 2062")
    undated = build_claim("at least 15 dead", 15, None, source="paper")
    assert set(_scopes([ruling, talk, undated]).values()) == {""}


# --- a toll that names no group is the toll of the one group the story names -----------------


def _named_story(make_claim, category, group, unnamed_mention, *, sources=("a", "b")):
    """Two reports name the victims ("12 nurses"), a third gives a toll that names no one."""
    named = [
        make_claim(f"12 {group}", 12, 12, source=s, category=category, subject=group,
                   sentence=f"Officials said 12 {group} had been hurt or lost.")
        for s in sources
    ]
    bare = make_claim(unnamed_mention, 15, 15, source="c", category=category,
                      sentence=f"By evening the figure stood at {unnamed_mention}, the council said.")
    return named, bare


@pytest.mark.parametrize(
    ("category", "group", "mention"),
    [
        ("killed", "patients", "15"),  # a ward fire: "the toll rose to 15"
        ("killed", "troops", "15 dead"),  # a ship lost in a war: "15 dead"
        ("killed", "crew", "15 deaths"),
        ("missing", "troops", "15 missing"),
        ("wounded", "firefighters", "15 injured"),
        ("killed", "patients", "15 victims"),
    ],
)
def test_an_unnamed_toll_joins_the_group_the_story_names(make_claim, category, group, mention):
    named, bare = _named_story(make_claim, category, group, mention)
    keys = _keys(group_quantities([*named, bare]))
    assert keys[id(bare)] == keys[id(named[0])] == keys[id(named[1])]


@pytest.mark.parametrize(
    ("case", "category", "group", "mention", "sources"),
    [
        # "15 people" names a group of its own: it stays the people's count
        ("names-people", "killed", "patients", "15 people", ("a", "b")),
        # one report's word is no story's: a hospital's "12 patients" alone
        ("one-source", "killed", "patients", "15", ("a",)),
        # survivors who died later, a hospital's patients among the injured: shares, not the toll
        ("survivors-died", "killed", "survivors", "15", ("a", "b")),
        ("patients-hurt", "wounded", "patients", "15 injured", ("a", "b")),
        # no casualty count: "15" of what was destroyed is no toll
        ("not-a-toll", "other", "houses", "15", ("a", "b")),
    ],
)
def test_an_unnamed_toll_stays_with_people(make_claim, case, category, group, mention, sources):
    named, bare = _named_story(make_claim, category, group, mention, sources=sources)
    keys = _keys(group_quantities([*named, bare]))
    assert keys[id(bare)] != keys[id(named[0])], case


def test_an_unnamed_toll_stays_with_people_when_the_story_names_two_groups(make_claim):
    # a war's "12 soldiers" and "9 fighters": "the toll of 15" is neither side's alone
    named, bare = _named_story(make_claim, "killed", "troops", "15")
    fighters = [make_claim("9 fighters", 9, 9, source=s, subject="fighters") for s in ("d", "e")]
    keys = _keys(group_quantities([*named, bare, *fighters]))
    assert keys[id(bare)] == ("killed", "people", "")
    assert keys[id(named[0])] == ("killed", "troops", "")
