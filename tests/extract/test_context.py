"""What the text says around a figure (DESIGN.md 'A claim'): who said it (attributed_to), is it
hedged, when is it from (time_ref), and was it revised (superseded). Expected values follow
DESIGN.md and the annotators' conventions in ../shared/dev/gold_claims.jsonl (plans such as
"could send 5,000 troops" are not hedged; a forecast of a toll is)."""

from __future__ import annotations

import pytest

from .support import claim_with, speaker_ok

# (id, text, figure, expected speaker key words; None = the outlet itself)
ATTRIBUTION: list[tuple[str, str, str, str | None]] = [
    ("said-after", "Gegham Stepanyan said at least 200 people were killed.", "200", "Stepanyan"),
    ("said-trailing", "At least 200 people were killed, Gegham Stepanyan said.", "200", "Stepanyan"),
    ("pronoun-next-sentence", "Interior Minister Ahmad Vahidi visited the wounded on Thursday. He said 284 people had been injured.", "284", "Vahidi"),
    ("pronoun-after-named-speaker", "Ahmad Vahidi said the toll was 84. He said 284 people had been injured.", "284", "Vahidi"),
    ("according-to", "At least 50 people were killed, according to the health ministry.", "50", "health ministry"),
    ("according-to-front", "According to the Red Crescent, 2,300 families are living in tents.", "2,300", "Red Crescent"),
    ("nested-agency-reported", "Mayor Ana Ruiz said 30 people were missing, the agency reported.", "30", "Ruiz"),
    ("nested-reported-quoting", "Some 40 people were killed, AFP reported quoting local officials.", "40", "officials"),
    ("citing-after", "Seventeen people died, the broadcaster said, citing hospital sources.", "Seventeen", "hospital sources"),
    ("told-reporters-that", "Police spokesman John Okafor told reporters that 45 protesters were arrested.", "45", "Okafor"),
    ("estimated-that", "The UN refugee agency estimated that 120,000 people had fled.", "120,000", "UN refugee agency"),
    ("army-said-it", "The army said it had deployed 3,000 troops.", "3,000", "army"),
    ("outlet-itself", "Floods killed 64 people in the province on Monday.", "64", None),
    ("outlet-itself-after-quote-para", "Gegham Stepanyan spoke to reporters.\n\nThe floods destroyed 300 homes.", "300", None),
    ("statement-said", "In a statement, the Nigerian army said troops rescued 76 girls.", "76", "Nigerian army"),
    ("told-agency", "A police officer, Musa Ibrahim, told AFP that 17 inmates were recaptured.", "17", "Musa Ibrahim"),
    ('quote-said-name-after', '“They killed 12 of our men,” said village head Musa Bello.', '12', 'Musa Bello'),
    ('quoted-by-state-tv', 'The ministry, quoted by state television, said 95 people died.', '95', 'ministry'),
    ('citing', 'Citing hospital sources, the broadcaster said 17 people had died.', '17', 'hospital sources'),
    ('quote-said-dr', '“We have counted 73 bodies,” said Dr. Amir Hassan, head of the hospital.', '73', 'Amir Hassan'),
]

# (id, text, figure, hedged)
HEDGES: list[tuple[str, str, str, bool]] = [
    ("next-sentence-verified", "The rebels said they had killed 150 soldiers. That claim could not be independently verified.", "150", True),
    ("same-sentence-verified", "The rebels said 200 soldiers were killed, a toll that could not be independently verified.", "200", True),
    ("reportedly", "Rebels reportedly killed 30 soldiers near the town.", "30", True),
    ("claimed", "The group claimed it had killed 50 troops.", "50", True),
    ("believed", "At least 300 people are believed to have died.", "300", True),
    ("unconfirmed", "Unconfirmed reports said 80 people had died.", "80", True),
    ("forecast-could-reach", "Officials warned the death toll could reach 30,000.", "30,000", True),
    ("forecast-could-pass", "Officials warned the death toll could pass 120 by Friday.", "120", True),
    ("feared-dead", "At least 20 people were feared dead after the collapse.", "20", True),
    ("may-have", "Residents said up to 60 people may have been abducted.", "60", True),
    ("could-not-be-confirmed-next", "Local media said 45 people were arrested. Those figures could not be confirmed.", "45", True),
    ("allegedly", "Soldiers allegedly shot 12 protesters.", "12", True),
    # "neither X has been confirmed" points back at the figures just given, both of them
    ("neither-figure-confirmed-first", "A tabloid put the dead at 25 and a union says 31 lost their lives. Neither figure has yet been confirmed by police.", "25", True),
    ("neither-figure-confirmed-second", "A tabloid put the dead at 25 and a union says 31 lost their lives. Neither figure has yet been confirmed by police.", "31", True),
    ("neither-account-could-be-checked", "The militia said it shot down 4 drones. Neither account could be checked.", "4", True),
    ("neither-side-is-no-backref", "The militia said it shot down 4 drones. Neither side gave details.", "4", False),
    # an aside that says nobody checked the figure
    ("aside-neither-side-has-confirmed", "A research group puts the dead at 900 or more, a figure neither side has confirmed.", "900", True),
    ("aside-no-one-able-to-verify", "Rebels say they killed 40 soldiers, a figure no one has been able to verify.", "40", True),
    ("aside-confirmed-by-a-party-is-no-hedge", "The ministry says 40 died, a figure the army has confirmed.", "40", False),
    # "None of the X claims could be verified": each of the figures just given
    ("none-of-the-claims-verified", "The rebels said they had downed two helicopters and killed 60 soldiers. None of the rebel claims has been independently checked.", "60", True),
    ("none-of-these-figures-verified", "The militia said it shot down 4 drones. None of these numbers could be checked.", "4", True),
    # ... the named party's figures only ("None of the rebel claims": not the army's)
    ("none-of-a-partys-claims-not-the-other-partys", "The army said 6 of its soldiers were killed. The rebels said they had killed 40 soldiers. None of the rebel claims could be verified.", "6", False),
    ("none-of-a-partys-claims-its-own", "The army said 6 of its soldiers were killed. The rebels said they had killed 40 soldiers. None of the rebel claims could be verified.", "40", True),
    # ... but every figure when no speaker is of the party the words name
    ("none-of-the-conflicting-claims-all", "The army said 6 of its soldiers were killed. The rebels said they had killed 40 soldiers. None of the conflicting claims could be verified.", "6", True),
    ("none-of-the-armed-groups-claims", "The army said 6 soldiers died. The armed group said it killed 40. None of the armed group's claims could be verified.", "6", False),
    # ... never "none of the victims" nor a "none" that checks nothing
    ("none-of-the-victims-is-no-backref", "Police said 12 died. None of the victims have been named.", "12", False),
    ("none-of-their-bodies-is-no-backref", "The army said 12 soldiers died. None of their bodies has been recovered.", "12", False),
    # a person's account, by "his" or "her", in the next sentence
    ("her-account-not-verified", 'A nurse said she had counted 70 bodies. Her account has not been independently verified by us.', "70", True),
    ("his-account-not-confirmed", 'A farmer said gunmen took 35 children. The radio could not confirm his account.', "35", True),
    # British "checked", a figure given with no evidence, reports that no count supports
    ("could-not-be-checked", "The rebels say 60 soldiers died; that figure could not be independently checked.", "60", True),
    ("but-this-not-confirmed", "A doctor said 7 bodies were at the morgue, but this has not been confirmed by the clinic.", "7", True),
    # ... but a later clause about a figure of its own, or another figure between, is not the first's
    ("later-claim-of-its-own", "The army says 12 soldiers died; the rebels' claim of 40 could not be verified.", "12", False),
    ("later-clause-other-figure-between", "Police said 10 died; the rebels said 30, and that figure could not be verified.", "10", False),
    ("given-no-evidence", "The front still speaks of 80 dead, a figure for which it has given no evidence.", "80", True),
    ("not-supported-by-any", 'Claims that "more than 200" drowned are not supported by any hospital record.', "200", True),
    ("not-consistent-with", "Reports that 90 died are not consistent with the figures from the hospitals.", "90", True),
    ("therefore-not-correct", "The figure of 150 tenants given by the landlord is therefore not correct.", "150", True),
    # ... in two sentences, one figure each
    ("neither-over-two-sentences", "The army said 30 soldiers died. The rebels said 12 fighters died. Neither figure has yet been confirmed.", "30", True),
    ("neither-of-something-else", "Neither account of the evacuation was confirmed until Monday, but 300 people left.", "300", False),
    # the words nearest the hedge say which figure: the rival's, not the first
    ("later-clause-rival-then-a-figure", "The ministry said 20 people died; the rebels put the toll at 45, a figure that could not be verified.", "20", False),
    ("later-clause-claim-to-something", "Police said 12 people were killed; the militants' claim to have downed a jet could not be verified.", "12", False),
    ("later-clause-number-who", "About 4,000 people were evacuated, but the number who have since returned could not be checked.", "4,000", False),
    # checks of other things: a search, a cause, a law
    ("not-checked-for-damage", "Engineers said 200 homes have not been checked for structural damage.", "200", False),
    ("could-not-check-villages", "The army said 40 civilians were killed. Rescuers could not check those villages until Tuesday.", "40", False),
    ("not-consistent-with-a-cause", "Doctors said the 14 deaths are not consistent with a gas leak.", "14", False),
    ("not-consistent-next-sentence", "The army said 40 civilians were killed. This is not consistent with the ceasefire.", "40", False),
    # one person's account: that person's figures, not a body's in the same sentence, and not
    # a report on something else
    ("her-account-not-the-ministry", "The ministry said 40 people died, while a nurse, Ana Ruiz, said at least 65 bodies had reached her clinic. Her account could not be verified.", "40", False),
    ("her-account-the-nurse", "The ministry said 40 people died, while a nurse, Ana Ruiz, said at least 65 bodies had reached her clinic. Her account could not be verified.", "65", True),
    ("his-account-not-police", "Police said 12 people were arrested, including a man who said he was beaten. His account could not be verified.", "12", False),
    ("his-report-on-something-else", "The governor said 30 houses burned. His report on the cause of the fire could not be verified.", "30", False),
    ("his-account-a-role-of-a-body", "The hospital director said 40 people died. We could not independently verify his account.", "40", True),
    ("its-report-on-the-casualties", "The agency said 300 people died. Its report on the casualties could not be verified.", "300", True),
    # a corrected figure is superseded, not unconfirmed
    ("first-figure-was-wrong", "Its first figure, 39, was wrong.", "39", False),
    # not hedged
    ("said-plain", "The ministry said 84 people died.", "84", False),
    ("confirmed", "The hospital confirmed 12 deaths on Friday.", "12", False),
    ("plan-could-send", "The Pentagon could send 5,000 troops to the border.", "5,000", False),
    ("plan-might-send", "Trump said the Pentagon might send between 10,000 and 15,000 troops.", "10,000", False),
    ("outlet-plain", "Floods killed 64 people in the province on Monday.", "64", False),
    ("verified-hedge-about-other-figure", "Police said 10 people were abducted. The gunmen's demands could not be verified.", "10", False),
    ('not-verified-toll-clause', 'The toll, which has not been independently verified, stood at 120.', '120', True),
    ('headline-question', 'Are 500 dead in Derna?\n\nThe city was hit by floods.', '500', True),
    # a yes/no question in the body, or after a label, asks its figure; a wh-question or a
    # figure in a clause under the question asserts it
    ("label-then-question", "Fact check: Did 90 people die at the crossing? The claim spread fast.", "90", True),
    ("body-question", "The minister was asked one thing. Were 300 fighters really killed?", "300", True),
    ("wh-question-asserts", "Why did 40 people die in the fire? Inspectors blame the locks.", "40", False),
    ("figure-under-a-when", "Members were angry. Is the minister right to speak of calm when families have buried 23 people?", "23", False),
]

# (id, text, figure, expected time_ref substring; None = no time reference)
TIME_REFS: list[tuple[str, str, str, str | None]] = [
    ("on-weekday", "On Tuesday, the shelling killed two civilians.", "two civilians", "Tuesday"),
    # the modal "may" after a figure is no month, and no month has a 58th day
    ("modal-may-no-month", "Of the 40 wounded, 12 may never walk again.", "40 wounded", None),
    ("day-past-31-no-date", "Lawyers for 20 of the families of the 58 May victims met.", "20", None),
    ("day-of-may", "On 12 May, 40 people were killed.", "40", "12 May"),
    ("since-date", "More than 8,000 people have been arrested since February 24.", "8,000", "February 24"),
    ("so-far", "So far 127 bodies have been recovered.", "127", "so far"),
    ("on-weekday-after", "The death toll rose to 340 on Monday.", "340", "Monday"),
    ("yesterday", "Yesterday, police arrested 45 protesters.", "45", "yesterday"),
    ("in-year", "More than 6,700 people were killed in 2020.", "6,700", "2020"),
    ("by-weekday-evening", "By Thursday evening, 67 people were confirmed dead.", "67", "Thursday"),
    ("on-date", "At least 12 people were killed on Jan. 3.", "12", "Jan"),
    ("last-week", "About 800 troops were sent to the border last week.", "800", "last week"),
    ("no-time", "The attack killed 42 people.", "42", None),
    ("possessive-day-names-the-event", "The toll from Monday's explosion has risen to 15, officials say.", "15", None),
    ("duration-before-ing-is-no-time", "Twelve fire engines fought the blaze for three hours before bringing it under control.", "Twelve", None),
    ("hours-before-an-event-is-a-time", "Ten soldiers were killed hours before the ceasefire took effect.", "Ten", "hours before"),
    ("time-in-a-speakers-aside", "A village council, one of the groups that have run shelters since the start of the floods, said it had counted more than 45 dead.", "45", None),
    ("time-in-a-closing-relative-clause", "More than 40 people were wounded, the ministry said, blaming the Kordai Front, which has been at war with the army since March 2021.", "40", None),
    ("dateline-date-is-no-time", "NAIROBI, July 1 (AFP) - At least 39 people have been killed in the protests.", "39", None),
    # a change from an older figure: the older one's time is its own, not the new figure's
    ("new-figure-not-the-olds-time", "Eight people remain unaccounted for, the agency said, down from 35 on Monday.", "Eight", None),
    ("old-figure-keeps-its-time", "Eight people remain unaccounted for, the agency said, down from 35 on Monday.", "35", "Monday"),
    ("new-figure-keeps-its-own-time", "On Friday the agency lifted its count of the dead to 61, up from 44 on Tuesday.", "61", "Friday"),
    ("earlier-estimate-is-the-olds", "Eight people remain unaccounted for, down from an earlier estimate of 30.", "Eight", None),
    # ("brought up from" is no change of a figure)
    ("winched-up-from-keeps-the-time", "Six miners were winched up from the shaft at dawn.", "Six", "at dawn"),
]

# (id, text, figure, superseded)
SUPERSEDED: list[tuple[str, str, str, bool]] = [
    ("lowered-from", "The ministry lowered the death toll from 95 to 84.", "95", True),
    ("lowered-to", "The ministry lowered the death toll from 95 to 84.", "84", False),
    ("earlier-reports", "The toll now stands at 84. Earlier reports had put the toll at 73.", "73", True),
    ("earlier-reports-current", "The toll now stands at 84. Earlier reports had put the toll at 73.", "84", False),
    ("raised-from", "The health ministry raised the toll from 12 to 19.", "12", True),
    ("raised-to", "The health ministry raised the toll from 12 to 19.", "19", False),
    ("initially", "The toll was initially put at 40 but rose to 52 by nightfall.", "40", True),
    ("revised-down-to", "Officials revised the figure down to 61 from 75.", "61", False),
    ("plain-not-superseded", "Floods killed 64 people in the province.", "64", False),
    ('first-put-at', 'The toll was first put at 40 but later rose to 52.', '40', True),
    ('initially-later', 'The toll was initially put at 40 but rose to 52 by nightfall.', '52', False),
    ('revised-down-to-from', 'Officials revised the figure down to 61 from 75.', '75', True),
    # "down from" an older figure with its qualifier, or a range
    ("down-from-an-earlier-range", "Eight people remain unaccounted for, officials said, down from an earlier estimate of between 30 and 40.", "30", True),
    ("down-from-more-than", "The coastguard says 9 people are missing, down from more than 20 at dawn.", "20", True),
    # ... after "It" goes on with a count named before
    ("it-count-up-from", "The army's toll has climbed. It reached 220 on Friday, up from 90 a day earlier.", "90", True),
    ("down-from-the-new-figure", "The coastguard says 9 people are missing, down from more than 20 at dawn.", "9", False),
]


@pytest.mark.parametrize(("text", "figure", "speaker"), [c[1:] for c in ATTRIBUTION], ids=[c[0] for c in ATTRIBUTION])
def test_attribution(text: str, figure: str, speaker: str | None) -> None:
    claim = claim_with(text, figure)
    assert speaker_ok(claim.attributed_to, speaker), f"{claim.mention!r}: attributed_to={claim.attributed_to!r}, expected {speaker!r}"


@pytest.mark.parametrize(("text", "figure", "hedged"), [c[1:] for c in HEDGES], ids=[c[0] for c in HEDGES])
def test_hedged(text: str, figure: str, hedged: bool) -> None:
    claim = claim_with(text, figure)
    assert claim.hedged is hedged, f"{claim.mention!r}: hedged={claim.hedged}, expected {hedged}"


@pytest.mark.parametrize(("text", "figure", "time"), [c[1:] for c in TIME_REFS], ids=[c[0] for c in TIME_REFS])
def test_time_ref(text: str, figure: str, time: str | None) -> None:
    claim = claim_with(text, figure)
    if time is None:
        assert claim.time_ref is None, f"{claim.mention!r}: time_ref={claim.time_ref!r}, expected none"
    else:
        assert time.lower() in (claim.time_ref or "").lower(), f"{claim.mention!r}: time_ref={claim.time_ref!r}, expected {time!r}"


@pytest.mark.parametrize(("text", "figure", "superseded"), [c[1:] for c in SUPERSEDED], ids=[c[0] for c in SUPERSEDED])
def test_superseded(text: str, figure: str, superseded: bool) -> None:
    claim = claim_with(text, figure)
    assert claim.superseded is superseded, f"{claim.mention!r}: superseded={claim.superseded}, expected {superseded}"


def test_ids_are_unique() -> None:
    ids = [c[0] for table in (ATTRIBUTION, HEDGES, TIME_REFS, SUPERSEDED) for c in table]
    assert len(ids) == len(set(ids))


def test_a_figure_named_again_takes_its_count_s_category() -> None:
    """"the figure of 14" names the toll given before, whatever the sentence between counted
    (a new user's report: it took the missing's category and made a false conflict)."""
    from .support import extract

    claims = extract(
        "The governor said 14 people had been killed. He said 30 people were missing. "
        "He later said the figure of 14 left out the outlying farms."
    )
    assert sorted((c.value_low, c.category.value) for c in claims) == [(14, "killed"), (14, "killed"), (30, "missing")]


def test_a_figure_named_again_takes_an_other_count_s_category_too() -> None:
    """"its figure of 23,400" names the crowd counted before, an "other" count, not the
    detentions counted in the sentence between."""
    from .support import extract

    claims = extract(
        "A crowd of 23,400 was inside the ground, the club said. Police have detained 12 people. "
        "The club has stood by its figure of 23,400."
    )
    assert sorted((c.value_low, c.category.value) for c in claims) == [(12, "detained"), (23400, "other"), (23400, "other")]


@pytest.mark.parametrize(("text", "speaker"), [
    # a role no name stood for is whom a later "she" stands for
    ("The minister said 15 people had died. She said 28 were missing.", "The minister"),
    # ... but never in place of a person named before
    ("Governor Ana Ruiz said 15 people had died. The governor spoke again. She said 28 were missing.", "Governor Ana Ruiz"),
])
def test_a_role_stands_for_a_later_pronoun_only_when_no_one_was_named(text: str, speaker: str) -> None:
    assert claim_with(text, "28").attributed_to == speaker


@pytest.mark.parametrize("text", [
    "Twelve people were killed in the blast, a day after the army said the town was secure.",
    "Nine people drowned, an hour after police said the river was safe.",
])
def test_a_time_clause_after_a_comma_is_no_speaker(text: str) -> None:
    """", a day after the army said": the time's clause holds no subject of "said"."""
    claim = claim_with(text, "people")
    assert not (claim.attributed_to or "").lower().startswith(("a day", "an hour"))


def test_a_figure_named_again_keeps_its_own_word_for_what_it_counts() -> None:
    """"its figure of 150 dead" after "150 people on board": the dead, whatever count of 150
    came before; "the police figure of 23,400" names the crowd of 23,400 (an owner between)."""
    from .support import extract

    claims = extract("The ferry had 150 people on board. The coastguard gave its figure of 150 dead on Friday.")
    assert sorted((c.mention, c.category.value) for c in claims) == [("150 dead", "killed"), ("150 people", "other")]
    claims = extract(
        "A crowd of 23,400 watched the match, the club said. Police have detained 12 people. "
        "The police figure of 23,400 is lower."
    )
    assert [c.category.value for c in claims if c.value_low == 23400] == ["other", "other"]
