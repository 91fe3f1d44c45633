"""What is not a claim (DESIGN.md 'What counts'): dates, years, ages, durations, times, money,
percentages, measurements, ordinals, identifiers, "one/a/an" as a single thing, the size of a
change, counts of the reporting sources and background counts. Then mixed sentences where the
claim is found and the date, age or amount beside it is not."""

from __future__ import annotations

import pytest

from .support import claims_with, describe, extract

# (id, sentence): no claim may be extracted.
NEGATIVE: list[tuple[str, str]] = [
    # dates
    ("date-month-day", "The attack happened on March 24."),
    ("date-day-month-year", "The ceasefire was signed on 24 March 2022."),
    ("date-abbrev-month", "The report was first published Jan. 3, 2020."),
    ("date-ordinal-of", "The vote is due on the 14th of May."),
    ("date-iso", "The agency updated its page on 2024-01-04."),
    ("date-slashes", "The decree was issued on 10/09/2020."),
    ("date-9-11", "The memorial honours the victims of the 9/11 attacks."),
    # years
    ("year-in", "The same valley flooded in 2020."),
    ("year-since", "The region has been unstable since 1994."),
    ("year-adjective", "The 2001 earthquake destroyed much of the old town."),
    ("year-decade", "The conflict dates back to the 1990s."),
    # ages
    ("age-apposition", "Arturo Magana, 25, said he heard the blast from his house."),
    ("age-year-old", "Police questioned the 14-year-old suspect on Friday."),
    ("age-aged", "The driver, aged 62, told police he lost control."),
    ("age-suspect-comma", "Police said the suspect, 34, was arrested at the scene."),
    # durations
    ("duration-weeks", "The talks lasted for six weeks."),
    ("duration-minutes-later", "Twenty minutes later, a second explosion shook the area."),
    ("duration-years-since", "Crowds gathered to mark four years since his death."),
    ("duration-hour-curfew", "Authorities imposed a 24-hour curfew on the city."),
    ("duration-days", "The siege lasted 11 days."),
    # times of day
    ("time-pm", "The explosion happened at 3:00 p.m."),
    ("time-hrs", "The convoy left the base at 0130hrs."),
    ("time-local", "The first blast struck at 15:04 local time."),
    ("time-gmt", "The strike was reported at 1130 GMT."),
    ("time-pm-no-colon", "The shooting began shortly after 9 pm."),
    # money
    ("money-dollars-million", "The government pledged $5 million in aid."),
    ("money-dollars-word", "Each family will receive 2,000 dollars in compensation."),
    ("money-euro", "The fine was set at \u20ac300."),
    ("money-naira", "The kidnappers demanded \u20a650 million in ransom."),
    ("money-pounds-word", "The charity has raised 40,000 pounds so far."),
    # percentages
    ("percent-word", "Turnout fell by 40 percent."),
    ("percent-sign", "Food prices rose 12% in a month."),
    ("per-cent", "Only 15 per cent of the aid has arrived."),
    # measurements
    ("magnitude-of", "The earthquake had a magnitude of 7.6."),
    ("magnitude-before", "A magnitude 7.6 earthquake struck off the coast."),
    ("magnitude-hyphen", "The 7.8-magnitude quake struck at dawn."),
    ("meters", "The second blast was 700 meters from the tomb."),
    ("foot-landslide", "A 1,500-foot landslide blocked the road."),
    ("miles", "The storm moved 65 miles inland."),
    ("kilometres", "The explosion was heard 10 kilometres away."),
    ("storeys", "A 20-storey building collapsed in the capital."),
    ("degrees", "Temperatures reached 45 degrees in the camps."),
    ("rainfall-mm", "The city received 300 mm of rain in a day."),
    ("capacity-in-cubic-metres", "The reservoir had a capacity of 9,000 cubic metres when it burst."),
    ("parliament-seats", "The ruling party won 40 seats in the assembly."),
    # ordinals
    ("ordinal-anniversary", "The city marked the fourth anniversary of the war."),
    ("ordinal-century", "It was the worst disaster of the 20th century."),
    ("ordinal-second-time", "The dam burst for the second time this year."),
    # names and identifiers
    ("id-resolution", "The Security Council passed Resolution 2334."),
    ("id-tb2", "The drone was identified as a Bayraktar TB2."),
    ("id-peugeot", "The bomb was hidden in a Peugeot 405."),
    ("id-route", "Traffic was diverted from Route 66."),
    ("id-covid", "Hospitals were already stretched by COVID-19."),
    ("id-f16", "An F-16 crashed near the base."),
    ("id-mh17", "Flight MH17 was shot down over eastern Ukraine."),
    ("id-boeing", "The airline grounded its Boeing 737 fleet."),
    ("id-g20", "Leaders discussed the crisis at the G20 summit."),
    ("id-article", "The court cited Article 51 of the UN Charter."),
    ("id-brigade", "The 5th Brigade took control of the area."),
    # one / a / an meaning a single thing
    ("single-one-of", "One of the victims' relatives said the family was devastated."),
    ("single-a-spokesman", "A spokesman for the ministry declined to comment."),
    ("single-one-day", "Officials declared a one-day national mourning."),
    # "one" standing for a figure named before: "the checked one", "the real one"
    ("pronoun-one-after-the-adjective", "The ministry insists its count is the checked one."),
    ("pronoun-one-after-the", "Of all the tallies, the union's is the one the courts accept."),
    # the size of a change
    ("change-cut-by", "Officials cut the toll by more than 100."),
    ("change-rose-by", "The number of displaced rose by 2,000 overnight."),
    # counts of the reporting sources
    ("source-officials-said", "Two defense officials said the plan was under review."),
    ("source-according-to-witnesses", "According to three witnesses, the gunmen arrived on motorbikes."),
    ("source-diplomats", "Three diplomats told Reuters the talks had stalled."),
    ("source-two-sources", "Two security sources confirmed the raid."),
    # background, not the story
    ("background-family", "He lived with his family of three in a rented flat."),
    ("background-children", "The mother of four said she had nowhere to go."),
    # more: qualifiers before durations, names with digits, populations
    ("duration-over-the-past", "Over the past 24 hours, the situation has worsened."),
    ("duration-more-than-hours", "More than 48 hours after the quake, rescuers were still searching."),
    ("duration-decades", "For more than two decades the valley has been at war."),
    ("duration-half-hour", "Half an hour later the shelling resumed."),
    ("duration-sentenced", "He was sentenced to 10 years in prison in absentia."),
    ("duration-minute-drive", "The camp is a 10-minute drive from the border."),
    ("duration-two-hour-gunfight", "Soldiers fought a two-hour gunbattle with the attackers."),
    ("time-oclock", "The sirens sounded at 10 o'clock."),
    ("ordinal-1000th-day", "Ukraine marked the 1,000th day of the war."),
    ("id-m23", "The M23 rebels seized the town of Bunagana."),
    ("id-ak47", "The attackers carried AK-47 rifles."),
    ("id-category-hurricane", "It made landfall as a Category 4 hurricane."),
    ("id-section", "Police imposed Section 144 in the district."),
    ("id-interstate", "Police closed Interstate 35 in both directions."),
    ("money-rupees", "The state announced Rs 5 lakh for each victim's family."),
    ("money-bn", "The damage was estimated at $2.5bn."),
    ("money-shillings", "Each household was given KSh 10,000."),
    ("measure-degree-target", "Delegates debated the 1.5-degree target."),
    ("age-putin", "Putin, 71, did not comment on the attack."),
    ('background-history', 'The country has suffered 12 major earthquakes through history.'),
    ('background-city-population', 'Kerman, a city of about 500,000 people, lies in south-eastern Iran.'),
    # a phone number with its area code in brackets, and "each one"/"every one" of a group
    ("phone-area-code-brackets", "The crisis desk for relatives is on (415) 020-7731."),
    ("each-one-is-no-count", "Lawyers asked the bureau to say in which jail each one is now."),
    ("every-one-is-no-count", "The mayor said she would visit every one of the families."),
    ("measure-millimetres", "Forecasters expect another 40 millimetres of rain by Friday."),
]


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVE], ids=[c[0] for c in NEGATIVE])
def test_not_a_claim(text: str) -> None:
    claims = extract(text)
    assert not claims, f"no claim expected, got {describe(claims)}"


# (id, sentence, figures that must be the claims, each in exactly one mention, and nothing else)
MIXED: list[tuple[str, str, tuple[str, ...]]] = [
    ("mixed-date-first", "On March 24, gunmen killed 12 villagers.", ("12",)),
    ("mixed-age-speaker", "Arturo Magana, 25, said 14 people were injured.", ("14",)),
    ("mixed-year", "In 2020, more than 6,700 people were killed.", ("6,700",)),
    ("mixed-magnitude-date", "The 7.6-magnitude quake killed at least 340 people on Jan. 13, 2001.", ("340",)),
    ("mixed-officials-troops", "Two defense officials said 5,000 troops would be deployed.", ("5,000",)),
    ("mixed-meters", "The explosions, about 700 meters apart, killed 84 people and injured 284.", ("84 people", "284")),
    ("mixed-money", "The government pledged $5 million for the 2,000 families left homeless.", ("2,000",)),
    ("mixed-change", "Officials cut the toll by 11 to 84.", ("84",)),
    ("mixed-time", "At 15:04 local time, the blasts killed 103 people.", ("103",)),
    ("mixed-duration", "The militants held 12 hostages for three days.", ("12",)),
    ("mixed-percent", "About 40 percent of the 3,000 displaced people are children.", ("3,000",)),
    ("mixed-ordinal", "On the fourth day, rescuers pulled out 14 survivors.", ("14",)),
    ("mixed-identifier", "Flight 302 crashed, killing all 157 people on board.", ("157",)),
    ("mixed-age-boy", "A 14-year-old boy was among 9 people killed.", ("9",)),
    ("mixed-witnesses", "According to three witnesses, 20 people were abducted.", ("20",)),
    ("mixed-date-day-month", "Since 24 February, more than 8,000 people have been detained.", ("8,000",)),
    # a time phrase before the figure is no identifier ("Week 30"): when, not which
    ("mixed-last-week", "Last week 12 people were killed in the town.", ("12 people",)),
    ("mixed-that-day", "That day 40 passengers were rescued from the ferry.", ("40 passengers",)),
    ("mixed-week-number", "In week 30 of the season, 12 people were hurt.", ("12 people",)),
]


@pytest.mark.parametrize(("text", "figures"), [c[1:] for c in MIXED], ids=[c[0] for c in MIXED])
def test_only_the_claims(text: str, figures: tuple[str, ...]) -> None:
    claims = extract(text)
    problems = []
    for figure in figures:
        if len(claims_with(claims, figure)) != 1:
            problems.append(f"{figure!r} not in exactly one mention")
    extra = [c.mention for c in claims if not any(f.lower() in c.mention.lower() for f in figures)]
    if extra:
        problems.append(f"not claims but extracted: {extra}")
    assert not problems, f"{problems}; all: {describe(claims)}"


def test_ids_are_unique() -> None:
    ids = [c[0] for c in NEGATIVE] + [c[0] for c in MIXED]
    assert len(ids) == len(set(ids))
