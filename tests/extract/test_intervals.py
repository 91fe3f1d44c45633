"""Words to intervals (DESIGN.md): one row per row of the table, then compositions, number
words, digit groups, non-ASCII digits and scales. Expected bounds are written by hand from the
table; each row goes through `extract_claims` and checks the claim whose mention holds the
figure."""

from __future__ import annotations

import pytest

from .support import bound_ok, claim_with

OPEN = None

# (id, text, figure in the mention, expected low, expected high)
CASES: list[tuple[str, str, str, float | None, float | None]] = [
    # --- exact figures ---------------------------------------------------------------------
    ("digits", "The attack killed 42 people in the market.", "42", 42, 42),
    ("number-word-hyphen", "Forty-two people were killed in the attack.", "Forty-two", 42, 42),
    ("number-word-spaced", "Police said forty two people were injured.", "forty two", 42, 42),
    ("number-word-twenty-three", "Twenty-three people were injured in the crash.", "Twenty-three", 23, 23),
    ("number-word-two-hundred", "The floods destroyed two hundred homes.", "two hundred", 200, 200),
    ("number-word-hundred-and", "One hundred and twenty people were rescued from the ferry.", "One hundred and twenty", 120, 120),
    ("number-word-three-thousand", "Three thousand people have fled the town.", "Three thousand", 3000, 3000),
    ("number-word-two-million", "Two million people were displaced by the war.", "Two million", 2_000_000, 2_000_000),
    ("one-soldier", "One soldier was killed in the ambush.", "One soldier", 1, 1),
    ("digit-group-comma", "More than a week on, 6,700 people were still missing.", "6,700", 6700, 6700),
    ("digit-group-space", "The ministry said 6 700 people were evacuated.", "6 700", 6700, 6700),
    ("digit-group-nbsp", "Officials said 12\u00a0000 people were displaced.", "12\u00a0000", 12000, 12000),
    ("digit-group-narrow-nbsp", "Officials said 12\u202f000 people were displaced.", "12\u202f000", 12000, 12000),
    # South Asian English: lakh = 100,000, crore = 10,000,000, and the grouping that goes with them
    ("lakh-digits", "Over 2 lakh people have been displaced by the floods.", "2 lakh", 200_001, None),
    ("lakh-decimal", "As many as 1.5 lakh pilgrims were at the venue.", "1.5 lakh", 1, 150_000),
    ("lakh-words", "Two lakh people were evacuated from the coast.", "Two lakh", 200_000, 200_000),
    ("crore-digits", "The floods have displaced 1.2 crore people.", "1.2 crore", 12_000_000, 12_000_000),
    ("lakh-grouping", "Nearly 2,50,000 people were moved to relief camps.", "2,50,000", 225_000, 250_000),
    ("crore-grouping", "Officials said 1,20,00,000 people were displaced.", "1,20,00,000", 12_000_000, 12_000_000),
    ("arabic-indic-digits", "The ministry said \u0664\u0662 people were killed.", "\u0664\u0662", 42, 42),
    ("devanagari-digits", "Officials said \u096a\u0968 people were killed.", "\u096a\u0968", 42, 42),
    ("fullwidth-digits", "Police said \uff14\uff12 people were arrested.", "\uff14\uff12", 42, 42),
    ("decimal-million", "The war has displaced 1.5 million people.", "1.5 million", 1_500_000, 1_500_000),
    ("decimal-m-abbrev", "The floods have displaced 2.3m people.", "2.3m", 2_300_000, 2_300_000),
    ("digits-with-million", "Aid agencies said 4 million people had fled the country.", "4 million", 4_000_000, 4_000_000),
    ("a-hundred", "A hundred people were arrested after the march.", "A hundred", 100, 100),
    ("half-a-million", "Half a million people have fled the fighting.", "Half a million", 500_000, 500_000),
    # --- at least N, no fewer than N, N+, N or more -----------------------------------------
    ("at-least", "At least 103 people were killed in the blasts.", "103", 103, OPEN),
    ("no-fewer-than", "No fewer than 10 people were abducted from the village.", "10", 10, OPEN),
    ("est-abbreviated", "Cars stranded: est. 2,100.", "2,100", 1890, 2310),
    ("not-fewer-than", "Not fewer than 35 of the miners are still trapped.", "35", 35, OPEN),
    # a toll that "could pass 80": above it (a modal before "pass"; "pass 3 checkpoints" is a road)
    ("will-pass", "Officials warn the toll will pass 80 before the week is out.", "80", 81, OPEN),
    ("could-pass", "Rescuers said the toll could pass 120 by Friday.", "120", 121, OPEN),
    ("pass-a-road-guard", "The aid trucks had to pass 3 checkpoints on the way.", "3", 3, 3),
    # "handed over 12 bodies": the verb's particle, not a qualifier
    ("handed-over-particle", "The rebels handed over 12 bodies to the Red Cross.", "12", 12, 12),
    ("turned-over-particle", "Police turned over 25 detainees to the army.", "25", 25, 25),
    ("over-qualifier-guard", "The storm killed over 25 people in the hills.", "25", 26, OPEN),
    ("n-plus", "Officials said 200+ people were killed in the floods.", "200", 200, OPEN),
    ("n-or-more", "Police said 50 or more people were injured in the stampede.", "50", 50, OPEN),
    # --- more than N, over N, upwards of N, above N -----------------------------------------
    ("more-than", "The blasts injured more than 170 others.", "170", 171, OPEN),
    ("over", "Over 150 people died in the landslide.", "150", 151, OPEN),
    ("upwards-of", "Upwards of 2,000 people fled the fighting.", "2,000", 2001, OPEN),
    ("above", "Officials said above 300 people were killed.", "300", 301, OPEN),
    ("well-over", "Well over 100 people were injured in the clashes.", "100", 101, OPEN),
    ("in-excess-of", "In excess of 400 soldiers were killed in the offensive.", "400", 401, OPEN),
    # --- nearly N, almost N, close to N -----------------------------------------------------
    ("nearly", "Nearly 200 people were injured in the explosion.", "200", 180, 200),
    ("almost", "Almost 5,000 people have fled their homes.", "5,000", 4500, 5000),
    ("close-to", "Close to 100 people died in the quake.", "100", 90, 100),
    ("just-under", "Just under 500 people were evacuated from the island.", "500", 450, 500),
    # --- about, around, some, roughly, an estimated, approximately N ------------------------
    ("about", "About 1,200 people are missing, the Red Cross said.", "1,200", 1080, 1320),
    ("around", "Around 5,800 troops were deployed to the border.", "5,800", 5220, 6380),
    ("some", "Some 340 people were killed in the earthquake.", "340", 306, 374),
    ("roughly", "Roughly 3,500 migrants were stranded at the border.", "3,500", 3150, 3850),
    ("an-estimated", "An estimated 20,000 people were displaced by the floods.", "20,000", 18000, 22000),
    ("approximately", "Approximately 800 soldiers were sent to the area.", "800", 720, 880),
    ("or-so", "Police said 300 or so protesters were arrested.", "300", 270, 330),
    # --- up to N, as many as N --------------------------------------------------------------
    ("up-to", "Up to 1,200 people are missing after the mudslide.", "1,200", 1, 1200),
    ("as-many-as", "The president said as many as 15,000 troops could be deployed.", "15,000", 1, 15000),
    ("as-high-as", "The toll could be as high as 7,000 people, officials said.", "7,000", 1, 7000),
    # --- fewer than / less than N -----------------------------------------------------------
    ("fewer-than", "Fewer than 50 people were hurt in the blast.", "50", 0, 49),
    ("less-than", "Less than 20 people were arrested during the protest.", "20", 0, 19),
    # --- between A and B, A to B, A-B -------------------------------------------------------
    ("between-and", "Between 10,000 and 15,000 troops will be deployed.", "10,000", 10000, 15000),
    ("a-to-b", "Between the two villages, 200 to 300 homes were destroyed.", "200", 200, 300),
    ("a-hyphen-b", "The army will deploy 5,000-8,000 troops to the border.", "5,000", 5000, 8000),
    ("a-en-dash-b", "The army will deploy 5,000\u20138,000 troops to the border.", "5,000", 5000, 8000),
    ("about-a-to-b", "He said about 5,000 to 8,000 troops would be sent.", "5,000", 4500, 8800),
    ("words-a-to-b", "Police said ten to fifteen people were kidnapped.", "ten", 10, 15),
    # --- vague quantities -------------------------------------------------------------------
    ("a-dozen", "A dozen people were wounded in the shooting.", "dozen", 12, 12),
    ("dozens", "Dozens of people were killed when the building collapsed.", "Dozens", 24, 99),
    ("scores", "Scores of people were killed in the raid.", "Scores", 40, 99),
    ("hundreds", "Hundreds of people were injured in the blasts.", "Hundreds", 200, 999),
    ("several-hundred", "Several hundred people fled across the border.", "Several hundred", 200, 999),
    ("thousands", "Thousands of residents fled the city.", "Thousands", 2000, 9999),
    ("several-thousand", "Several thousand migrants were stranded at the border.", "Several thousand", 2000, 9999),
    ("tens-of-thousands", "Tens of thousands of people were displaced by the fighting.", "Tens of thousands", 20_000, 99_999),
    ("hundreds-of-thousands", "Hundreds of thousands of people fled the region.", "Hundreds of thousands", 200_000, 999_999),
    ("millions", "Millions of people were displaced by the war.", "Millions", 2_000_000, 9_999_999),
    # --- compositions -----------------------------------------------------------------------
    ("more-than-a-dozen", "More than a dozen people were killed in the attack.", "dozen", 13, OPEN),
    ("at-least-dozens", "At least dozens of people were killed in the strike.", "dozens", 24, OPEN),
    ("at-least-1.5-million", "At least 1.5 million people have fled the country.", "1.5 million", 1_500_000, OPEN),
    ("more-than-1.5-million", "More than 1.5 million people have been displaced.", "1.5 million", 1_500_001, OPEN),
    ("nearly-two-hundred-words", "Nearly two hundred people were injured.", "two hundred", 180, 200),
    ("fewer-than-a-dozen", "Fewer than a dozen people were arrested.", "dozen", 0, 11),
    ("up-to-a-dozen", "Up to a dozen people were wounded in the clashes.", "dozen", 1, 12),
    ("about-a-dozen", "About a dozen people were killed in the raid.", "dozen", 10.8, 13.2),
    ("at-least-hundreds", "At least hundreds of people were killed, the group said.", "hundreds", 200, OPEN),
    ("at-least-number-word", "At least twenty-three people were killed.", "twenty-three", 23, OPEN),
    ("more-than-thousands", "More than 1,000 people were arrested across the country.", "1,000", 1001, OPEN),
    ("some-arabic-indic", "Officials said some \u0663\u0660\u0660 people were killed.", "\u0663\u0660\u0660", 270, 330),
    ("estimated-million-abbrev", "An estimated 1.2m people were displaced.", "1.2m", 1_080_000, 1_320_000),
    ("at-least-digit-space", "At least 6 700 people were killed in 2020.", "6 700", 6700, OPEN),
    ('n-plus-word', 'The government deployed 5,000-plus troops to the region.', '5,000', 5000, None),
    ('two-dozen', 'Two dozen people were injured in the collision.', 'Two dozen', 24, 24),
]


@pytest.mark.parametrize(("text", "figure", "low", "high"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_interval(text: str, figure: str, low: float | None, high: float | None) -> None:
    claim = claim_with(text, figure)
    assert bound_ok(claim.value_low, low) and bound_ok(claim.value_high, high), (
        f"{claim.mention!r}: got [{claim.value_low}, {claim.value_high}], expected [{low}, {high}]"
    )


def test_ids_are_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
