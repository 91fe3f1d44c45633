"""The vocabulary of extraction, as data.

Every word list the extractor matches lives here so that adding a phrasing is a data change,
reviewed in one place, and a test can check the tables for duplicates and gaps. Regexes in the
other modules are built from these tables; they never spell words of their own.

Phrases are lower case; multi-word phrases are matched on word boundaries with any run of
whitespace between the words.
"""

from __future__ import annotations

from enum import StrEnum


class Rule(StrEnum):
    """How a qualifier turns a figure N into an interval (DESIGN.md 'Words to intervals')."""

    EXACT = "exact"  # [N, N]
    AT_LEAST = "at_least"  # [N, open]
    MORE_THAN = "more_than"  # [N+1, open]
    NEARLY = "nearly"  # [0.9N, N]
    ABOUT = "about"  # [0.9N, 1.1N]
    UP_TO = "up_to"  # [1, N]
    FEWER_THAN = "fewer_than"  # [0, N-1]


# Qualifiers written before the figure. Longest match wins, so "no fewer than" beats "fewer than".
QUALIFIERS_BEFORE: dict[str, Rule] = {
    "at least": Rule.AT_LEAST,
    "no fewer than": Rule.AT_LEAST,
    "no less than": Rule.AT_LEAST,
    "not less than": Rule.AT_LEAST,
    "not fewer than": Rule.AT_LEAST,
    "a minimum of": Rule.AT_LEAST,
    "at a minimum": Rule.AT_LEAST,
    "more than": Rule.MORE_THAN,
    "over": Rule.MORE_THAN,
    "upwards of": Rule.MORE_THAN,
    "upward of": Rule.MORE_THAN,
    "above": Rule.MORE_THAN,
    "in excess of": Rule.MORE_THAN,
    "exceed": Rule.MORE_THAN,
    "exceeded": Rule.MORE_THAN,
    "exceeds": Rule.MORE_THAN,
    "exceeding": Rule.MORE_THAN,
    # a toll that "has passed 36,000" or "topped 1,000" is above it
    "passed": Rule.MORE_THAN,
    "passes": Rule.MORE_THAN,
    # ... and one that "could pass 450" would be (a modal before it: "pass 3 villages" is a road)
    "will pass": Rule.MORE_THAN, "would pass": Rule.MORE_THAN, "could pass": Rule.MORE_THAN,
    "may pass": Rule.MORE_THAN, "might pass": Rule.MORE_THAN,
    "surpassed": Rule.MORE_THAN,
    "surpasses": Rule.MORE_THAN,
    "topped": Rule.MORE_THAN,
    "tops": Rule.MORE_THAN,
    "well over": Rule.MORE_THAN,
    "just over": Rule.MORE_THAN,
    "nearly": Rule.NEARLY,
    "almost": Rule.NEARLY,
    "close to": Rule.NEARLY, "closer to": Rule.NEARLY,
    # a literal translation's "near 500 elements" (French "près de")
    "near": Rule.NEARLY, "near to": Rule.NEARLY,
    "just under": Rule.NEARLY,
    "just shy of": Rule.NEARLY,
    "about": Rule.ABOUT,
    "around": Rule.ABOUT,
    "some": Rule.ABOUT,
    "roughly": Rule.ABOUT,
    # a witness's guess: "maybe fifty of us", "perhaps 30 people"
    "maybe": Rule.ABOUT,
    "perhaps": Rule.ABOUT,
    "an estimated": Rule.ABOUT,
    "estimated": Rule.ABOUT,
    "approximately": Rule.ABOUT,
    "approx.": Rule.ABOUT,
    "est.": Rule.ABOUT,
    "circa": Rule.ABOUT,
    "nearly about": Rule.ABOUT,
    "up to": Rule.UP_TO,
    "as many as": Rule.UP_TO,
    "as high as": Rule.UP_TO,
    "a maximum of": Rule.UP_TO,
    "at most": Rule.UP_TO,
    "no more than": Rule.UP_TO, "not more than": Rule.UP_TO,
    "fewer than": Rule.FEWER_THAN,
    "less than": Rule.FEWER_THAN,
    "under": Rule.FEWER_THAN,
    "below": Rule.FEWER_THAN,
}

# Verbs whose "over" is their particle, not a qualifier: "handed over 12 bodies" are twelve.
OVER_PARTICLE_VERBS: frozenset[str] = frozenset({
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning",
})

# Qualifiers written after the figure ("200 or more", "5,000-plus").
QUALIFIERS_AFTER: dict[str, Rule] = {
    "or more": Rule.AT_LEAST,
    "or so": Rule.ABOUT,
    "plus": Rule.AT_LEAST,
    "+": Rule.AT_LEAST,
    "or fewer": Rule.UP_TO,
    "or less": Rule.UP_TO,
}

# Number words. Units and teens are values; tens combine with units ("forty-two").
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    # South Asian English: "over 2 lakh people displaced", "1.5 crore"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# Abbreviated scales after digits ("1.5m people", "20k").
SCALE_ABBREVIATIONS: dict[str, int] = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}

# Vague quantities: the whole phrase -> interval (DESIGN.md). Longest match wins.
VAGUE_QUANTITIES: dict[str, tuple[int, int]] = {
    "a dozen": (12, 12),
    "dozens": (24, 99),
    "several dozen": (24, 99),
    "a few dozen": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (200, 999),
    "a few hundred": (200, 999),
    "thousands": (2000, 9999),
    "several thousand": (2000, 9999),
    "a few thousand": (2000, 9999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "several million": (2_000_000, 9_999_999),
    "a hundred": (100, 100),
    "a thousand": (1000, 1000),
    "a million": (1_000_000, 1_000_000),
    "half a million": (500_000, 500_000),
    "a couple of": (2, 2),
    "half a dozen": (6, 6),
    "a half-dozen": (6, 6), "a half dozen": (6, 6),
    # "a score of ambulances" (one score; "scores" is the plural above)
    "a score of": (20, 20),
}

# Phrases that are category cues with no auxiliary before them (INTRANSITIVE_CUES) as well
# as category words (CATEGORY_WORDS): written once here, used by both tables.
_WOUND_PHRASES: tuple[str, ...] = (
    # "11 persons who received injuries", "40 suffered wounds"
    "received injuries", "sustained injuries", "suffered injuries", "received wounds",
    "sustained wounds", "suffered wounds",
    # "only 4 people suffered minor injuries", "12 sustained gunshot wounds"
    *(f"{verb} {kind} {noun}" for verb in ("received", "sustained", "suffered")
      for kind in ("minor", "light", "slight", "serious", "severe", "critical", "grave", "multiple",
                   "life-threatening", "gunshot", "bullet", "shrapnel", "head", "burn")
      for noun in ("injuries", "wounds")),
    # "143 people for gas exposure", "more than 200 sought hospital treatment"
    "for gas exposure", "for chemical exposure", "for chlorine exposure", "for toxic exposure",
    "for exposure", "for smoke inhalation", "for gas inhalation", "sought hospital treatment",
    "sought medical treatment", "sought treatment", "sought medical care", "sought medical help",
    # "52 patients with gunshot wounds", "27 inmates received medical assistance"
    "with gunshot wounds", "with bullet wounds", "with stab wounds", "with shrapnel wounds",
    "treated for burns", "for burns", "with severe burns",
    "with wounds", "with injuries", "with burns", "received medical assistance",
    "received medical treatment", "received medical care", "needed medical treatment",
    # "about 90 patients had sought treatment at the clinic" (an auxiliary
    # before the phrase: written with it)
    "had sought treatment", "have sought treatment", "has sought treatment",
    "had sought medical treatment", "have sought medical treatment", "needed treatment",
    "required treatment", "required medical treatment", "received treatment",
    # "Three passers-by were hit by stray bullets": struck and alive (a death says so itself)
    "hit by stray bullets", "hit by a stray bullet", "struck by stray bullets",
    "struck by a stray bullet", "hit by shrapnel", "struck by shrapnel", "hit by gunfire",
    "hit by bullets",
    # "Nine remain critical, fighting for their lives": the gravely hurt
    "fighting for their lives", "fighting for his life", "fighting for her life",
    "battling for their lives", "battling for his life", "battling for her life",
)
# "17 persons whose families have no news of them"
_NO_NEWS_PHRASES: tuple[str, ...] = (
    "without news", "have had no news", "has had no news", "have no news", "has no news", "had no news",
)
# "12,000 people forced from their homes": the participle right after the head, with no
# auxiliary, says what befell them (as "were forced from" does)
# sleeping where no one lives: "are still sleeping on the floor of a gym" (not "are sleeping on
# it", a decision put off)
_SLEEPING_ROUGH: tuple[str, ...] = tuple(
    f"{aux} sleeping on {what}"
    for aux in ("are", "are still", "are now")
    for what in ("the floor", "floors", "mats", "camp beds", "mattresses", "the ground", "the streets", "cots")
)
_DRIVEN_FROM_HOME_PHRASES: tuple[str, ...] = tuple(
    f"{verb} {way} {home}"
    for verb in ("forced", "driven", "chased", "pushed")
    for way in ("from", "out of")
    for home in ("their homes", "their houses", "their villages", "home")
)
# "Some 8,000 people have left the settlement" (not "left the city": tourists leave
# cities); "Some 3,000 people ... are still unable to return to their homes"
_UNHOUSED_PHRASES: tuple[str, ...] = (
    "left the camp", "left the camps", "unable to return to their homes", "unable to return home",
    "unable to go home", "cannot return to their homes", "cannot return home", "cannot go home",
    # after an earthquake: "12,000 people are still in tents", "3,000 have no shelter",
    # "hundreds slept outdoors", "spent the night in the open"
    "in tents", "in collective shelters", "in collective centres", "in collective centers",
    # a fire's or a flood's households rehoused for now: "the council put 70 families into
    # temporary accommodation", "90 families are in hotels", "staying with friends"
    "in emergency accommodation", "in temporary accommodation", "into emergency accommodation",
    "into temporary accommodation", "in hotels", "in hotel rooms", "put up in",
    "staying with family", "staying with friends", "staying with family or friends",
    "staying with friends or family", "staying with relatives or friends",
    # a relief agency's words: "2,004 persons are currently served inside 31 evacuation
    # centres", "880 persons are served outside" (home-based, still displaced)
    "served inside", "served outside", "inside evacuation centers", "inside evacuation centres",
    "have no shelter", "had no shelter", "has no shelter", "with no shelter",
    "spent the night in the open", "spent the night outdoors", "spent the night in cars",
    "slept in the open", "sleeping in the open", "slept outdoors", "sleeping outdoors",
    # villagers who fled an attack into the countryside: "thousands remain in hiding in the forest"
    # (never "in hiding" alone: "three suspects remain in hiding")
    "hiding in the forest", "hiding in the forests", "hiding in the bush",
    "hiding in the jungle", "hiding in the hills", "hiding in the mountains",
)
# "19 people remain in captivity", "5,000 still languish in the enemy's jails"
_HELD_PHRASES: tuple[str, ...] = (
    "in our custody", "in their custody", "in its custody",
    "in captivity", "held captive", "in prisons", "in the prisons", "in prison", "in jail",
    "behind bars",
)
# counts whose phrase says what they are and that is none of the categories: casualties with
# no split (DESIGN: "19 children were killed or injured"), people not evacuated yet ("1,200 more
# are awaiting medical evacuation"), a release in an exchange ("handed to officials")
# Sickness, not harm or capture: "90 pupils taken ill", "40 fell ill after the meal" (unless
# they "fell ill and died")
FALLING_ILL_PHRASES: tuple[str, ...] = (
    "taken ill", "fell ill", "fallen ill", "falling ill", "became ill", "become ill", "been taken ill",
)
_OTHER_PHRASES: tuple[str, ...] = (
    # things harmed: "seven suffered serious damage" (not "serious" hurt)
    "suffered damage", "suffered serious damage", "suffered heavy damage", "suffered minor damage",
    "killed or injured", "killed or wounded", "dead or injured", "dead or wounded",
    "killed and injured", "killed and wounded", "awaiting medical evacuation",
    "awaiting evacuation", "waiting to be evacuated", "handed over", "handed to",
    # "261 had been reunited with their families": found, no longer missing
    "reunited with their families", "reunited with families", "reunited with their parents",
    "reunited",
    # "Nine police officers have been suspended": what befell them, no deployment
    "have been suspended", "were suspended", "was suspended", "has been suspended",
    "have been dismissed", "were dismissed", "were sacked", "have been sacked",
    *FALLING_ILL_PHRASES,
)

# The wards of the badly hurt, where a bare figure is a count of the wounded (as "in intensive
# care" is): "Seven are in the burns unit".
BURNS_WARDS: tuple[str, ...] = (
    "in the burns unit", "in the burn unit", "in a burns unit", "in the burns centre", "in the burns center",
    "in a burns centre", "in the burns ward", "in the trauma unit", "in the intensive care unit",
    "in critical care",
)

# Categories and the words that signal them. Checked in the mention itself, then in the verb
# phrase after it, then in a transitive verb just before it.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed", "kill", "kills", "killing", "killings", "dead", "died", "die", "dies", "dying", "deaths",
        # "officials believe at least 12 of them are no longer alive"
        "no longer alive",
        # "Three of the passengers did not survive" (not "did not make it": "to the summit")
        "did not survive", "didn't survive",
        "death", "death toll", "toll", "bodies", "body", "lost their lives", "lost his life",
        "fatality count", "fatality toll",
        # "the four victims will be buried on Saturday": funerals
        "will be buried", "to be buried", "were buried in",
        # funerals: "Eight of our men were buried this week" (not "buried under the rubble")
        "were laid to rest", "were buried this week", "were buried on", "were buried yesterday",
        # ... and graves: "35 infants are buried in the cemetery behind the clinic"
        "buried in the cemetery", "buried in a cemetery", "buried in the graveyard",
        "buried in the camp cemetery", "buried in the village cemetery", "buried in the town cemetery",
        "buried in the city cemetery", "buried in the local cemetery", "buried in the municipal cemetery",
        "buried in the village graveyard",
        "buried in a mass grave", "buried in mass graves",
        "lost her life", "fatalities", "fatality", "perished", "martyrs", "martyred",
        # South Asian English "had embraced martyrdom"; a translation's "found in a state of death"
        "embraced martyrdom", "in a state of death",
        "were slain", "slain", "murdered", "massacred", "executed", "drowned", "lives",
        # hunger's dead: "5,000 people had starved", "died of starvation"
        "starved", "starved to death", "died of hunger", "died of starvation", "died of malnutrition",
        "corpses", "casualties dead", "have died", "has died", "fatally", "mortally wounded", "mortally injured", "lifeless",
        "killed by", "buried alive", "murdered", "massacred", "executed", "slain", "shot dead",
        # "over 100 workers burned alive": fire's dead
        "burned alive", "burnt alive", "burned to death", "burnt to death",
        # '"We have 34 of our neighbours in the morgue"': only the dead lie there
        "in the morgue", "in the mortuary", "in the morgues", "in the mortuaries",
        "passed away", "succumbed", "succumbed to their injuries", "succumbed to his injuries",
        # an army's own words: "17 soldiers fallen with arms in hand", "fell in combat"
        "fallen", "fell in combat", "fell in battle",
        # "Seven were brought in dead", "12 were dead on arrival"
        "brought in dead", "brought dead", "dead on arrival",
        # a literal translation: "four lost the life" ("perdieron la vida")
        "lost the life", "lost the lives", "lost life",
        "succumbed to her injuries",
        "claimed the lives of", "beheaded", "neutralised", "neutralized",
        # an army's own dead: "Three of our soldiers paid the ultimate price"
        # funerals: "26 victims were laid to rest in Orsk", "were buried side by side" (not
        # "buried under the rubble": trapped, dead or alive)
        "laid to rest", "buried side by side", "were buried on", "buried in a mass grave",
        "paid the ultimate price", "made the ultimate sacrifice", "made the supreme sacrifice",
        "laid down their lives", "laid down his life",
        # Indian English: "the families of the 23 deceased", "The deceased include 14 women"
        "deceased",
    ),
    "wounded": (
        "wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt", "hospitalised",
        "hospitalized", "in hospital", "treated", "maimed", "wounds",
        *_WOUND_PHRASES,
        # "31 had been taken to hospitals": the injured, not detainees ("taken" alone)
        "taken to hospital", "taken to hospitals", "taken to a hospital", "taken to the hospital",
        "rushed to hospital", "rushed to hospitals", "rushed to a hospital", "rushed to the hospital",
        "admitted to hospital", "admitted to hospitals", "admitted to a hospital",
        "admitted to the hospital",
        # "another 11 have been moved to the burns unit": a hospital is no evacuation
        "moved to hospital", "moved to a hospital", "moved to the hospital", "moved to the burns unit",
        "moved to a burns unit", "moved to intensive care", "transferred to hospital",
        "transferred to a hospital", "transferred to the hospital", "in critical condition",
        # "Six were in our ICU", "Two are still on ventilator support"
        "in icu", "in the icu", "in our icu", "in its icu", "in the intensive care unit",
        "on ventilator", "on ventilators", "on a ventilator", "on ventilator support", "on life support",
        # "28 marchers received medical attention", "Nine needed medical attention"
        "received medical attention", "receiving medical attention", "needed medical attention",
        "required medical attention",
        "in a critical condition", "in serious condition", "in a serious condition",
        # "40 people injured, six critical", "seven hurt, two serious", "three critically"
        "critical", "serious", "critically", "recovering", "treated for injuries", "treated for wounds", "receiving treatment",
        "being treated",
        # "In all 64 had received treatment for injuries in hospital"
        "treatment for injuries", "treatment for their injuries", "treatment for wounds",
        "received hospital treatment for injuries", "received treatment for injuries",
        # "24 people remained in its wards, six of them in intensive care"
        "in its wards", "in the wards", "in intensive care", "in the icu", "in icu",
        # "Seven are in the burns unit at Varo General": a ward of the hurt
        *BURNS_WARDS,
        "remain admitted", "remained admitted", "still admitted", "referred to",
        # "six people were shot and survived": hit, not killed
        "shot and survived", "shot but survived", "were shot and survived",
        # "37 hit by gunfire had lived": hit, not killed
        "struck by gunfire", "hit by gunfire", "struck by bullets", "hit by bullets",
        # "nine tourists receiving hospital treatment"
        "receiving hospital treatment", "receiving medical treatment", "in hospital care",
        # "Three are in critical condition. Two are stable."
        "stable", "in stable condition", "in a stable condition",
        # patients sent home after treatment: "25 patients have been discharged"
        "discharged", "been discharged",
    ),
    "missing": (
        "missing", "unaccounted for", "unaccounted", "disappeared", "whereabouts",
        # "at least 90 men not yet accounted for"
        "not accounted for", "not yet accounted for", "still not accounted for",
        # "some 30 miners may be under the rubble"; "could not be traced"
        "be under the debris", "be under the rubble", "still under the rubble",
        "still under the debris", "could not be traced", "cannot be traced", "not been traced",
        "untraced", "yet to be traced",
        # "12 villagers whose whereabouts remain unknown"
        "whose whereabouts are unknown", "whose whereabouts remain unknown",
        "whose whereabouts are not known", "whose whereabouts are still unknown",
        # "51 were still being traced" (children lost in a disaster)
        "being traced", "still being traced", "yet to be traced", "not yet traced",
        # "153 of the 389 students could not be accounted for"
        "not accounted for", "not be accounted for", "not been accounted for",
        "not yet been accounted for", "still not been accounted for",
        "looking for", "searching for", "search for",
        *_NO_NEWS_PHRASES,
        # "12 fishermen had not been heard from since Friday", "Two soldiers have not been
        # found", "four are yet to be located"
        "not been heard from", "not heard from", "not been found", "not yet been found",
        # "nine fishermen have not been seen since the storm"
        "not been seen since", "not seen since", "not been seen again",
        # "a list of 9 people no one has seen since the flood"
        "no one has seen since", "nobody has seen since", "no one had seen since", "nobody had seen since",
        "no one has heard from since", "nobody has heard from since",
        "never been found", "never found",
        "yet to be found", "not been located", "not yet been located", "yet to be located",
        # "as many as 25 more people are feared to be in the river"
        "feared to be in the water", "believed to be in the water", "feared drowned",
        "lost at sea",
        # ("trapped" is no category: trapped miners are found, if not yet reached; DESIGN
        # lists only "missing" and "unaccounted for", and every blind set counts them apart)
    ),
    "displaced": (
        "displaced", "homeless", "fled", "flee", "fleeing", "in camps", "camp", "camps",
        "shelters", "sheltering", "refugees", "evicted", "uprooted", "flocked", "forced from",
        "left their homes", "made homeless", "internally displaced", "taken shelter",
        # "9,000 people are still sleeping in schools", "sleeping in the open"
        # (never "who were sleeping in the hostels" when the raid came: where they were)
        "are sleeping in", "are still sleeping in", "are now sleeping in", "sleeping outdoors",
        *_SLEEPING_ROUGH,
        "sleeping in the open", "sleeping rough",
        "took shelter", "taking shelter", "sought refuge", "seeking refuge", "sought shelter",
        "sheltered in", "sheltered overnight", "sheltered through the night",
        "relief centres", "relief centers", "relief camps", "lost their homes",
        "lost their houses", "staying in", "in shelters", "evacuation centres",
        "in relief centres", "in relief centers", "in relief camps", "in evacuation centres",
        "in evacuation centers", "in displacement camps", "in temporary shelters",
        # "25,000 people had no home to return to"
        "no home to return to", "no homes to return to", "nowhere to live",
        # a translation's "2.480 persons remain without dwelling", "702 are lodged in shelters"
        "without dwelling", "without dwellings", "without a home", "without homes", "lodged in",
        "without shelter",
        # "forced more than 31,000 people from their homes"
        "from their homes", "out of their homes", *_DRIVEN_FROM_HOME_PHRASES,
        # "1.2 million people have crossed into neighbouring countries": refugees
        "crossed into", "crossed the border", "crossed over", "fled across",
        "crossed the river", "crossed the frontier",
        # forced across a border: "2,600 were expelled", "deported to
        # the border" (DESIGN has no category of its own for expulsion: forced displacement)
        "expelled", "deported", "pushed back across the border",
        # "21,000 people have crossed from Valdera", "5,200 crossed at the ford", "have
        # arrived from Valdera this week": people who came over a border
        "crossed from", "crossed at", "arrived from", "have arrived from", "had arrived from",
        # "not less than 900 families are without shelter"
        "without shelter", "without a roof",
        # "4,300 families have arrived in camps since May", "drove thousands into camps"
        "arrived in the camps", "arrived in camps", "arrived at the camps", "come into the camps",
        "came into the camps", "into the camps", "into camps",
        # "600 families who are staying with relatives": taken in, not at home
        "staying with relatives", "staying with host families", "living with relatives",
        "with host families",
        *_UNHOUSED_PHRASES,
    ),
    "evacuated": ("evacuated", "evacuate", "evacuating", "rescued", "rescue", "rescuing",
                  # ("released" is not: captors letting hostages go is no rescue)
                  "pulled out alive", "brought out", "pulled from", "freed",
                  # "31 residents were dug out of the rubble alive"
                  "out of the rubble alive", "out of the debris alive", "from the rubble alive",
                  "from the debris alive", "out of the ruins alive",
                  "survivors", "survivor", "evacuees", "picked up", "brought to shore", "brought back",
                  "brought ashore", "airlifted",
                  # "the last 60 residents were taken off the island": off an island, a ship, a
                  # roof ("taken" alone is a capture)
                  "taken off", "taken to safety",
                  # ferried out of a place or to safety (not "2,000 fans were ferried to the stadium")
                  "ferried to safety", "ferried to the mainland", "ferried off", "ferried out", "ferried from",
                  "ferried across",
                  # "Twelve people were pulled alive from the river" (not "survived": "Of the
                  # 60 passengers, 21 had survived" would make the 60 rescued too)
                  "pulled alive",
                  # a translation's "17 have been liberated by our units"
                  "liberated", "out alive", "found alive",
                  # "17 have been found safe", "two turned up alive in a lodge"
                  "found safe", "turned up alive", "turned up safe",
                  # a mine's or a cave's survivors: "31 miners reached the surface", "came
                  # out alive", "were brought to the surface"
                  "came out alive", "come out alive", "got out alive", "walked out alive",
                  "made it out alive", "reached the surface", "brought to the surface",
                  "hoisted to the surface", "reached safety",
                  # South Asian English: "12,000 persons have been shifted to relief camps"
                  "shifted to", "shifted to safe places", "shifted to safer places",
                  "moved to safety",
                  # "some 700 villagers were moved out of the valley"
                  "moved out of", "bussed out", "bused out",
                  # a flood: "boat teams took 50 people off rooftops"
                  "off rooftops", "off roofs", "from rooftops", "from roofs", "off their roofs",
                  # "3,000 residents were ordered to leave their homes": an evacuation order
                  "ordered to leave", "ordered to evacuate", "told to leave", "told to evacuate",
                  "forced to evacuate",
                  # "800,000 people were moved to 9,000 cyclone shelters"
                  "moved to", "relocated",
                  # patients out of a struck hospital: "90 patients had been transferred to Sarvan"
                  "transferred to",
                  # "10,000 people still under orders", "forced 16,000 residents to evacuate"
                  "under evacuation orders", "under evacuation order", "under orders",
                  "to evacuate"),
    "detained": (
        "arrested", "detained", "held", "kidnapped", "kidnap", "kidnapping", "abducted",
        *_HELD_PHRASES,
        "abduct", "abducting", "hostages", "hostage", "captives", "captive", "taken hostage",
        # "had taken 45 soldiers prisoner"
        "prisoner",
        "seized", "taken", "taken away", "captured", "prisoners", "in custody", "into custody", "jailed",
        # a charge sheet's "five accused are in judicial custody"
        "in judicial custody", "in police custody",
        "imprisoned", "carried off", "abductees", "detainees", "arrests", "recaptured",
        # "40 men were rounded up"
        "rounded up",
        # "dozens more are still in the hands of the gang"
        "in the hands of", "in the hands of their captors",
        # "so seven students remain with the abductors"
        *(f"with {det} {noun}" for det in ("the", "their") for noun in ("kidnappers", "abductors", "captors", "hostage-takers")),
        "rearrested", "in police custody", "in detention", "apprehended", "under arrest",
        # escapees caught again: "eight were caught and returned to custody"
        "returned to custody", "back in custody", "back into custody",
        # "more than 270 people had been arraigned in court", "the remaining 12 will appear
        # before the magistrates": brought before a court, so held
        "arraigned", "remanded", "appear before", "appeared before", "brought before",
        "presented to the prosecutor", "presented to the public prosecutor", "appear in court",
        "appeared in court",
        # a translation's "were deprived of liberty 1,214 persons"
        "deprived of liberty", "deprived of their liberty",
    ),
    "troops": (
        "deployed", "deploy", "deploying", "deployment", "stationed", "sent", "send",
        "dispatched", "mobilised", "mobilized", "on duty", "called up", "troops",
    ),
    # counts whose verb says what they are, and that is none of the above: "17 workers were
    # still trapped" are not missing, "14 were released" neither held nor rescued
    # ... and "96 have been charged" (five blind sets count those charged apart from the held)
    "other": ("trapped", "released", "charged", *_OTHER_PHRASES),
}

# Category cues that need no auxiliary before them: "died", "fled", "dead", "missing", and
# those a relative pronoun or a comma may stand before ("6,000 people who lost their homes").
# Nearly all are CATEGORY_WORDS too; a transitive verb here ("killed") counts only when no
# object follows it.
INTRANSITIVE_CUES: frozenset[str] = frozenset({
    "died", "dead", "deceased", "perished", "fled", "missing", "homeless", "lost their lives", "drowned",
    "did not survive", "didn't survive",
    "unaccounted for", "unaccounted", "displaced", "injured", "wounded", "hurt", "flocked",
    "not accounted for", "not yet accounted for", "still not accounted for",
    "not yet been accounted for", "still not been accounted for",
    "were laid to rest", "were buried this week", "were buried on", "were buried yesterday",
    "flee", "flees", "neutralised", "neutralized", "fallen", "captured",
    "lost their homes", "lost their houses", "critical", "serious", "critically", "stable",
    "recovering", "treated for injuries", "treatment for injuries", "treatment for their injuries",
    "treatment for wounds", "in judicial custody", "in police custody",
    "received hospital treatment for injuries", "received treatment for injuries",
    "lost the life", "lost the lives", "discharged", "lost at sea",
    "treated for wounds", "receiving treatment", "being treated", "passed away", "succumbed",
    "receiving hospital treatment", "receiving medical treatment", "struck by gunfire", "hit by gunfire",
    "are sleeping in", "are still sleeping in", "sleeping outdoors", "sleeping in the open",
    # "Some 300 villagers took shelter in the mosque", "About 800 people sheltered in the
    # stadium overnight": the figure's own act, with no auxiliary
    "took shelter", "sought shelter", "sought refuge", "sheltered in", "sheltered overnight",
    "sheltered through the night",
    # "a list of 9 people no one has seen since the flood": a relative clause with no pronoun
    "no one has seen since", "nobody has seen since", "no one had seen since", "nobody had seen since",
    "no one has heard from since", "nobody has heard from since",
    # a live page's "Coastguard: 1,200 people ferried to the mainland"
    "ferried to safety", "ferried to the mainland", "ferried off", "ferried out", "ferried from", "ferried across",
    # "300 flood victims are still sleeping on the floor of a gym"
    *_SLEEPING_ROUGH,
    "under evacuation orders",
    "under evacuation order", "under orders", "to evacuate", "in intensive care", "in its wards", *BURNS_WARDS,
    "out of the rubble alive", "out of the debris alive", "from the rubble alive", "from the debris alive",
    "out of the ruins alive", "be under the debris", "be under the rubble",
    "still under the rubble", "still under the debris", "could not be traced", "cannot be traced",
    "not been traced", "untraced", "yet to be traced",
    "in the wards", "remain admitted", "remained admitted", "still admitted",
    "have died", "has died", "in hospital", "hospitalised", "hospitalized", "in camps",
    "in relief centres", "in relief centers", "in relief camps", "in evacuation centres",
    "in evacuation centers", "in displacement camps", "in temporary shelters", "in shelters",
    "into camps", "into the camps", "starved", "starved to death", "died of hunger",
    "died of starvation", "died of malnutrition",
    "killed", "kidnapped", "abducted", "detained", "arrested", "rescued", "evacuated",
    "taken hostage", "held", "sheltering", "taken", "taken away", "deployed", "stationed",
    "sent", "dispatched", "on duty", "called up", "brought out", "freed", "released",
    "wounds", "injuries", "missing", "recaptured", "rearrested", "re-arrested", "murdered",
    "massacred", "executed", "slain", "martyred", "no home to return to", "no homes to return to",
    "nowhere to live", "paid the ultimate price", "made the ultimate sacrifice",
    "made the supreme sacrifice", "laid down their lives", "remanded", "appear before", "appeared before", "brought before",
    "presented to the prosecutor", "presented to the public prosecutor", "appear in court",
    "appeared in court", "charged", "apprehended", "liberated", "from their homes", "under arrest",
    "out of their homes", "shifted to", "shifted to safe places", "shifted to safer places",
    "moved to safety", "deprived of liberty", "deprived of their liberty", "out alive",
    # "four bodies recovered and 11 workers pulled out alive": alive, they pulled no one
    "pulled out alive", "pulled alive", "burned alive", "burnt alive", "burned to death", "burnt to death",
    "in the morgue", "in the mortuary", "in the morgues", "in the mortuaries",
    "received medical attention", "receiving medical attention", "needed medical attention",
    "required medical attention", "in icu", "in the icu", "in our icu", "in its icu",
    "in the intensive care unit", "on ventilator", "on ventilators", "on a ventilator",
    "on ventilator support", "on life support",
    "came out alive", "come out alive", "got out alive", "walked out alive", "made it out alive",
    "reached the surface", "brought to the surface", "hoisted to the surface", "reached safety",
    "found alive", "trapped", "no longer alive", "found safe", "turned up alive", "turned up safe",
    "whose whereabouts are unknown", "whose whereabouts remain unknown",
    "whose whereabouts are not known", "whose whereabouts are still unknown",
    # "Forty people disappeared", "the 118 people reported disappeared"
    "disappeared",
    # "two men fatally wounded in the shooting": the adverb says they died
    "fatally", "mortally wounded", "mortally injured",
    # "40 people killed by the army": the phrase is a category word of its own
    "killed by", "shot dead", "will be buried", "to be buried",
    # "The newcomers, about 4,000 in all, crossed at the ford": over a border
    "crossed from", "crossed at", "crossed into", "crossed over", "crossed the border",
    "crossed the river", "crossed the frontier", "arrived from", "fled across",
    # "had taken nine men into custody": where the object went says what it is
    "into custody",
    # "had taken 200 soldiers prisoner", "30 villagers captive": what they were taken as
    "prisoner", "captive", "hostage",
    *_WOUND_PHRASES, *_NO_NEWS_PHRASES, *_UNHOUSED_PHRASES, *_HELD_PHRASES, *_OTHER_PHRASES,
    *_DRIVEN_FROM_HOME_PHRASES,
})

# Verbs that, right before the figure, take it as their object ("killed at least 103 people").
TRANSITIVE_CATEGORY_VERBS: dict[str, str] = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed",
    "claimed the lives of": "killed", "left dead": "killed",
    "injured": "wounded", "injuring": "wounded", "injures": "wounded", "wounded": "wounded", "wounds": "wounded",
    "wounding": "wounded", "hurt": "wounded", "hurting": "wounded",
    # a hospital "treating 160 people" counts the injured it received
    "treating": "wounded", "treated": "wounded",
    # and one that "had admitted 37 survivors" (never "admitted that ...": no figure follows)
    "admitted": "wounded", "admitting": "wounded", "has admitted": "wounded", "had admitted": "wounded",
    # "helicopters have flown out 190 trekkers": an airlift
    "flown out": "evacuated", "flew out": "evacuated",
    "abducted": "detained", "abducting": "detained", "abduct": "detained", "abducts": "detained",
    "kidnapped": "detained", "kidnapping": "detained", "kidnap": "detained", "kidnaps": "detained",
    "arrested": "detained", "arresting": "detained", "detained": "detained",
    "detaining": "detained", "seized": "detained", "captured": "detained", "holding": "detained",
    "seize": "detained", "seizes": "detained",
    "capturing": "detained", "capture": "detained", "captures": "detained", "seizing": "detained",
    # "claims capture of 95 soldiers", "the arrest of 40 protesters": the act as a noun
    "capture of": "detained", "arrest of": "detained", "abduction of": "detained",
    "kidnapping of": "detained", "detention of": "detained",
    "took": "detained", "taking": "detained", "carried off": "detained",
    "kill": "killed", "injure": "wounded", "wound": "wounded", "evacuate": "evacuated",
    "murdered": "killed", "massacred": "killed", "executed": "killed", "slew": "killed",
    "neutralised": "killed", "neutralized": "killed", "buried": "killed",
    # "the families cremated 23 villagers on Sunday": the dead, as "buried"
    "cremated": "killed", "cremating": "killed",
    # "the charity lost three staff": people lost are dead (cues.object_of: people only)
    "lost": "killed",
    # "as the town mourned two students and a teacher": the mourned are the dead
    "mourned": "killed", "mourning": "killed", "mourns": "killed",
    "eliminated": "killed", "eliminating": "killed",
    "deprived of liberty": "detained", "deprived of their liberty": "detained",
    "shot dead": "killed", "claimed the lives of": "killed", "claiming the lives of": "killed",
    # "Heat claims 19 pilgrims": a killing only after a hazard (cues.object_of), never after
    # a claimant ("Rebels claim 40 soldiers")
    "claims": "killed", "claimed": "killed", "claim": "killed",
    "pulled": "evacuated", "evacuates": "evacuated", "pull": "evacuated", "pulls": "evacuated",
    "pulling": "evacuated",
    # "Police deported 40 migrants", "expelled more than 3,000 people": forced across a border
    "deported": "displaced", "deporting": "displaced", "expelled": "displaced", "expelling": "displaced",
    # captors or police letting people go: no rescue, and no longer held
    "released": "other", "releasing": "other",
    "recaptured": "detained", "rearrested": "detained", "held": "detained",
    # "police rounded up 25 students near the university"
    "rounded up": "detained", "rounding up": "detained",
    # "the shelter was housing 212 people": the displaced it shelters
    "housing": "displaced", "sheltering": "displaced", "hosting": "displaced",
    # "has killed 18 people and sickened over 900": the ill are counted, as other
    "sickened": "other", "sickening": "other", "infected": "other", "infecting": "other",
    # "investigate the killing of at least 14 protesters"
    "killing of": "killed", "killings of": "killed", "deaths of": "killed",
    # "funeral prayers for 21 of the victims": funerals are for the dead
    "funeral prayers for": "killed", "funerals for": "killed", "funeral for": "killed",
    "funeral prayers were held for": "killed", "funerals were held for": "killed",
    # "reported the death of three workers and the injury of nine more", "ordered the
    # evacuation of 5,000 villagers"
    # "the whereabouts of 17 residents are still being sought" (cues.object_of: not after
    # "established" or "traced", which found them)
    "whereabouts of": "missing",
    # "the fate of about 30 residents remained unknown" (cues.object_of: only when the fate
    # is said to be unknown, not "to decide the fate of 300 detainees")
    "fate of": "missing",
    "death of": "killed", "injury of": "wounded", "injuries of": "wounded", "injuring of": "wounded",
    "wounding of": "wounded", "evacuation of": "evacuated", "evacuations of": "evacuated",
    "arrest of": "detained", "arrests of": "detained", "detention of": "detained",
    "looking for": "missing", "searching for": "missing", "search for": "missing",
    "rescue": "evacuated", "rescues": "evacuated", "free": "evacuated", "frees": "evacuated",
    "arrest": "detained", "arrests": "detained", "detain": "detained",
    "evacuated": "evacuated", "evacuating": "evacuated", "rescued": "evacuated",
    "rescuing": "evacuated", "freed": "evacuated", "pulled out": "evacuated",
    # "Soldiers have brought back 17 of the girls", "helicopters airlifted 96 stranded hikers"
    "brought back": "evacuated", "airlifted": "evacuated", "airlifting": "evacuated",
    # "a navy crew plucked nine sailors from the sea"
    "plucked": "evacuated", "plucking": "evacuated",
    "displaced": "displaced", "displacing": "displaced", "uprooted": "displaced",
    "deployed": "troops", "deploying": "troops", "deploy": "troops", "send": "troops",
    "sent": "troops", "sending": "troops", "dispatched": "troops", "dispatch": "troops",
    "stationed": "troops", "mobilised": "troops", "mobilized": "troops",
}

# Head nouns: normalised subject group for each surface form. A figure whose next noun is here
# is a count of that group. The category default applies when no verb says otherwise.
SUBJECT_NOUNS: dict[str, str] = {
    # people in general
    "people": "people", "persons": "people", "person": "people", "others": "people",
    "individuals": "people", "inhabitants": "residents", "residents": "residents",
    "villagers": "residents", "locals": "residents", "citizens": "people", "lives": "people",
    "victims": "victims", "casualties": "people", "dead": "people", "wounded": "people",
    "injured": "people", "missing": "people", "deaths": "people", "bodies": "people",
    "fatalities": "people", "martyrs": "people", "survivors": "survivors",
    # "Four of the deceased were minors", "26 cadavers were brought to the morgue", a log's
    # "7 DOA at scene" (dead on arrival)
    "deceased": "people", "cadavers": "people", "cadaver": "people", "doa": "people",
    "corpses": "people",
    "survivor": "survivors", "families": "families", "households": "households",
    "civilians": "civilians", "non-combatants": "civilians", "noncombatants": "civilians",
    # a toll noun with the group before it: "11,086 civilian deaths", "40 child deaths"
    "civilian deaths": "civilians", "civilian casualties": "civilians",
    "civilian fatalities": "civilians", "civilian dead": "civilians",
    "child deaths": "children", "child casualties": "children", "child fatalities": "children",
    "military deaths": "troops", "military casualties": "troops", "military fatalities": "troops",
    "children": "children", "kids": "children", "minors": "children", "boys": "children",
    "girls": "girls", "women": "women", "men": "men", "babies": "children",
    "infants": "children", "students": "students", "pupils": "students",
    "schoolchildren": "children", "schoolgirls": "girls", "schoolboys": "children",
    "pilgrims": "pilgrims", "worshippers": "worshippers", "worshipers": "worshippers",
    "passengers": "passengers", "workers": "workers", "journalists": "journalists",
    "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
    "migrants": "migrants", "refugees": "refugees", "asylum seekers": "migrants",
    "evacuees": "people", "hostages": "hostages", "captives": "hostages",
    # "the camp hosted 22,800 registered IDPs": internally displaced people
    "idps": "idps", "idp": "idps",
    "prisoners": "prisoners", "detainees": "detainees", "suspects": "suspects",
    "patients": "patients", "doctors": "medics", "medics": "medics", "nurses": "medics",
    "rescuers": "rescuers", "firefighters": "rescuers", "volunteers": "volunteers",
    "aid workers": "aid workers", "farmers": "farmers", "fishermen": "fishermen",
    "miners": "miners", "tourists": "tourists", "foreigners": "foreigners",
    # trades and passers-through, so that one of them counts too ("one driver and one soldier")
    "drivers": "drivers", "conductors": "crew", "motorists": "motorists",
    "pedestrians": "pedestrians", "commuters": "commuters", "shoppers": "shoppers",
    "porters": "porters", "hikers": "hikers", "climbers": "climbers", "labourers": "labourers",
    "laborers": "labourers", "engineers": "engineers", "technicians": "technicians",
    "paramedics": "medics", "teachers": "teachers", "spectators": "spectators",
    "herders": "herders", "traders": "traders", "vendors": "traders", "cyclists": "cyclists",
    "swimmers": "swimmers", "divers": "divers", "cooks": "cooks", "cleaners": "cleaners",
    "clerks": "clerks",
    # a translation's "4 elements of the penitentiary guard", "1,500 elements of the FDS",
    # "4,000 effectives of the Armed Forces"
    "elements": "troops", "effectives": "troops",
    # South Asian English: "11,000 affectees are residing in relief camps"
    "affectees": "people", "passers-by": "people", "passersby": "people", "bystanders": "people",
    "inmates": "inmates", "escapees": "inmates", "convicts": "inmates", "escaped inmates": "inmates",
    "nationals": "nationals", "settlers": "settlers",
    # armed people
    "soldiers": "soldiers", "soldier": "soldiers", "troops": "troops",
    "servicemen": "soldiers", "service members": "troops", "servicemembers": "troops",
    # South Asian English: "14 jawans martyred in ambush"
    "jawans": "soldiers", "jawan": "soldiers",
    "personnel": "troops", "military personnel": "troops", "marines": "troops",
    "guardsmen": "national guardsmen", "national guardsmen": "national guardsmen",
    "national guard members": "national guardsmen", "guard members": "national guardsmen",
    "national guard troops": "national guardsmen", "reservists": "troops",
    "peacekeepers": "peacekeepers", "peacekeeping troops": "peacekeepers",
    # "Some 200 gendarmes and soldiers cordoned off the square", "150 sappers were sent"
    "gendarmes": "police", "sappers": "soldiers", "commandos": "soldiers", "paratroopers": "soldiers",
    # soldiers who rose against their command: a force of their own, never the loyal troops
    # sent against them ("300 mutineers" / "2,000 soldiers deployed to retake the base")
    "mutineers": "mutineers", "mutinous soldiers": "mutineers",
    "policemen": "police", "police officers": "police", "officers": "police",
    # an army's officers with its soldiers or men: "more than 2,000 officers and soldiers rose
    # with us" (a police force's "officers and men" is rarer)
    "officers and soldiers": "soldiers", "officers and men": "soldiers",
    "cops": "police", "troopers": "police", "state troopers": "police", "sheriff's deputies": "police",
    # one of them: "six members of the crew and one police constable"
    "police officer": "police", "police constable": "police", "police constables": "police",
    "constable": "police", "constables": "police", "policeman": "police", "policewoman": "police",
    "police": "police", "policemen and women": "police", "security personnel": "security forces",
    "security forces": "security forces", "guards": "guards", "fighters": "fighters",
    # the staff of a prison, however a report names them
    "prison guards": "guards", "agents": "agents", "federal agents": "agents",
    # a raid's force, however a report names it
    "law enforcement personnel": "police", "law enforcement officers": "police",
    "law enforcement agents": "police", "law enforcement officials": "police",
    "weapons experts": "experts", "military experts": "experts", "experts": "experts",
    "police posts": "posts", "police stations": "stations", "police station": "stations",
    "police vehicles": "vehicles", "police cars": "vehicles", "correctional officers": "guards", "prison officers": "guards",
    "warders": "guards", "prison warders": "guards", "jailers": "guards", "wardens": "guards",
    "militants": "militants", "insurgents": "militants", "rebels": "rebels",
    "jihadists": "militants", "terrorists": "militants", "gunmen": "gunmen",
    "attackers": "attackers", "assailants": "attackers", "bandits": "gunmen",
    "hoodlums": "gunmen", "kidnappers": "gunmen", "suicide bombers": "suicide bombers",
    "abductors": "gunmen", "captors": "gunmen", "raiders": "attackers", "hijackers": "attackers",
    "pirates": "attackers", "rioters": "rioters", "looters": "looters",
    "marchers": "protesters", "mourners": "mourners",
    "bombers": "bombers", "militiamen": "militants", "combatants": "fighters",
    "mercenaries": "fighters", "recruits": "troops", "conscripts": "troops",
    "commanders": "commanders", "officials": "officials", "members": "members",
    "staff": "staff", "employees": "staff", "crew": "crew", "sailors": "troops",
    "crew members": "crew", "crewmembers": "crew",
    "pilots": "pilots", "contractors": "contractors", "agents": "agents",
    # things and events tied to a story
    "homes": "houses", "houses": "houses", "dwellings": "houses", "buildings": "buildings",
    "structures": "buildings", "apartments": "houses", "shelters": "shelters",
    "schools": "schools", "hospitals": "hospitals", "clinics": "hospitals",
    "mosques": "mosques", "churches": "churches", "shops": "shops", "businesses": "shops",
    "villages": "villages", "towns": "towns", "settlements": "villages",
    "communities": "communities", "neighborhoods": "neighborhoods",
    "bridges": "bridges", "roads": "roads", "vehicles": "vehicles", "cars": "vehicles",
    "trucks": "vehicles", "buses": "vehicles", "vans": "vehicles", "lorries": "vehicles",
    "pickups": "vehicles", "minibuses": "vehicles", "tanks": "tanks", "aircraft": "aircraft",
    "planes": "aircraft", "jets": "aircraft", "helicopters": "helicopters",
    "drones": "drones", "missiles": "missiles", "rockets": "rockets", "shells": "shells",
    # an army's kit by kind: drones are drones whatever a bulletin calls them, and armour is
    # no lorry ("8 armoured fighting vehicles" and "motor vehicles: 20" are two tallies)
    "unmanned aerial vehicles": "drones", "uavs": "drones", "armoured vehicles": "armoured vehicles",
    "armored vehicles": "armoured vehicles", "armoured fighting vehicles": "armoured vehicles",
    "armored fighting vehicles": "armoured vehicles", "infantry fighting vehicles": "armoured vehicles",
    "armoured personnel carriers": "armoured vehicles", "armored personnel carriers": "armoured vehicles",
    "apcs": "armoured vehicles", "bmps": "armoured vehicles", "artillery systems": "artillery",
    "artillery pieces": "artillery", "motor vehicles": "vehicles",
    "mortars": "shells", "bombs": "bombs", "mines": "mines", "landmines": "mines",
    "strikes": "strikes", "airstrikes": "strikes", "air strikes": "strikes", "raids": "raids",
    "attacks": "attacks", "blasts": "blasts", "explosions": "blasts", "bombings": "blasts",
    "explosives": "bombs", "incidents": "incidents", "clashes": "clashes",
    "aftershocks": "aftershocks", "tremors": "aftershocks", "quakes": "earthquakes",
    "earthquakes": "earthquakes", "landslides": "landslides", "fires": "fires",
    "coffins": "coffins", "graves": "graves", "tents": "tents", "boats": "boats",
    # relief items an agency sends: "flew in 3,000 blankets and 900 tarpaulins"
    "blankets": "blankets", "mats": "mats", "sleeping mats": "mats", "tarpaulins": "tarpaulins",
    "mosquito nets": "nets", "food parcels": "parcels", "hygiene kits": "kits",
    "ships": "ships", "vessels": "ships", "posts": "posts", "army posts": "army posts",
    "positions": "positions", "checkpoints": "checkpoints", "bases": "bases",
    "weapons": "weapons", "guns": "weapons", "rifles": "weapons", "rounds": "rounds",
    # "recovered three suicide belts": explosives found in raids, no people held
    "suicide vests": "explosive vests", "suicide belts": "explosive vests", "explosive vests": "explosive vests",
    "explosive belts": "explosive vests", "vests": "explosive vests", "grenades": "grenades",
    # "the 31 arrests announced by the army": as many people arrested
    "arrests": "people",
    "cases": "cases", "flights": "flights", "camps": "camps",
    # animals lost are no people: "the death of 860 heads of cattle"
    "heads of cattle": "livestock", "head of cattle": "livestock", "cattle": "livestock",
    "livestock": "livestock", "animals": "livestock", "goats": "livestock", "sheep": "livestock",
    "cows": "livestock", "buffaloes": "livestock", "camels": "livestock",
    # the Philippines' smallest unit of local government: "evacuated in 310 barangays"
    "barangays": "villages",
    # an outbreak's confirmed cases are a count of their own, never a rival of its cases; the
    # suspected cases are what most reports call its cases
    "suspected cases": "cases", "confirmed cases": "confirmed cases",
    # teams sent to the scene (not a sports "team", which NON_STORY_NOUNS drops)
    **{f"{kind} teams": "response teams" for kind in (
        "medical", "rescue", "response", "rapid response", "search", "search and rescue", "burial",
        "canine", "health", "mobile medical", "mobile", "emergency", "clearance", "surveillance",
        "tracing", "contact tracing", "vaccination", "dog")},
    # "Eleven accused are in our custody"
    "accused": "accused",
    "probable cases": "probable cases", "suspect cases": "cases",
    "lab-confirmed cases": "confirmed cases", "laboratory-confirmed cases": "confirmed cases",
    "sites": "sites", "targets": "targets", "facilities": "facilities",
}

# Nouns that make a figure NOT a count of the story (measurements, durations, money ...).
UNIT_NOUNS: frozenset[str] = frozenset({
    # length, area, weight, volume, speed, energy
    "meters", "metres", "meter", "metre", "m", "km", "kms", "kilometers", "kilometres",
    "kilometer", "kilometre", "miles", "mile", "mi", "feet", "foot", "ft", "inches", "inch",
    "yards", "yard", "cm", "centimeters", "centimetres", "mm", "millimeters", "millimetres",
    "millimeter", "millimetre", "hectares",
    "acres", "sq", "square", "cubic", "kg", "kilograms", "kilos", "grams", "g", "tons", "tonnes",
    "ton", "tonne", "pounds", "lbs", "lb", "liters", "litres", "gallons", "barrels",
    "mph", "kph", "km/h", "knots", "degrees", "°c", "°f", "°", "magnitude", "richter",
    "megawatts", "mw", "kw", "volts", "decibels", "calories", "bytes", "gb", "mb",
    # time
    "seconds", "second", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr",
    "days", "day", "nights", "night", "weeks", "week", "months", "month", "years", "year",
    "decades", "decade", "centuries", "century", "a.m.", "p.m.", "am", "pm", "gmt", "utc",
    "et", "pt", "bst", "cet", "hrs.", "o'clock", "years-old", "yrs", "generations",
    # money and ratios
    "dollars", "dollar", "usd", "euros", "euro", "pounds sterling", "rupees", "naira",
    "yuan", "yen", "rubles", "roubles", "pesos", "riyals", "dinars", "shekels", "francs",
    "shillings", "shilling", "hryvnias", "hryvnia", "rand", "cedis", "kwacha", "birr", "taka", "lira", "liras", "dirhams",
    "rials", "afghanis", "kyat", "leones", "meticais", "ringgit",
    "rupiah", "baht", "pounds", "rs", "sh", "ksh", "dram", "drams", "tenge", "som", "soms",
    "lari", "manat", "manats", "kip", "dong", "zloty", "zlotys", "forint", "koruna", "lei",
    "leu", "lev", "denars", "dinar", "soles", "bolivars", "quetzales", "lempiras", "cordobas",
    "colones", "guaranis", "ariary", "ouguiyas", "dalasis", "somoni", "pula", "emalangeni",
    # the crown and the mark in their languages' English ("fined 2.4 million marks", Bosnia's
    # convertible marks; Czech, Swedish, Danish, Norwegian crowns), and the forint's plural
    "crowns", "kronor", "kroner", "korunas", "marks", "forints", "thalers",
    "percent", "per cent", "pct", "percentage", "points", "%", "times", "fold",
    # sports, votes, pages, misc. quantities not about people or things in the story
    "votes", "seats", "pages", "words", "goals", "runs", "wickets", "laps", "calibre",
    "caliber", "mm", "pages", "episodes", "stories", "floors", "storeys", "lanes",
})

# Money markers written before a figure.
# What is done with a sum of money, said right before it: a figure after one of these whose
# noun is no word of people or things the lexicon knows is a sum in a currency it does not
# list ("released 4 million leva", "demanding 80 million kyats")
MONEY_CUES: tuple[str, ...] = (
    "released", "allocated", "pledged", "promised", "paid", "pay", "pays", "paying", "fined",
    "fine of", "cost of", "at a cost of", "ransom of", "ransom", "levy of", "demanding", "demanded",
    "demands", "appeal for", "budget of", "worth", "compensation of", "donated", "raised", "spent",
    "earmarked", "set aside", "grant of", "loan of", "price of", "sum of", "bail of",
)
CURRENCY_SYMBOLS = "$£€¥₹₦₽₩₪"
CURRENCY_PREFIXES: tuple[str, ...] = ("us$", "usd", "eur", "gbp", "rs", "rs.", "n", "sh", "ksh")

# Words that, right before a number, make it part of a name or identifier ("Resolution 2334").
IDENTIFIER_WORDS: frozenset[str] = frozenset({
    "resolution", "article", "section", "chapter", "route", "highway", "road", "flight",
    "room", "no.", "no", "number", "page", "paragraph", "item", "unit", "brigade", "division",
    "battalion", "regiment", "squadron", "platoon", "corps", "model", "version", "phase",
    "level", "category", "grade", "class", "type", "mark", "mk", "block", "building", "gate",
    "terminal", "platform", "line", "channel", "bus", "train", "tb", "su", "mig", "f",
    "boeing", "airbus", "covid", "covid-", "g", "windows", "iphone", "apollo",
    "district", "ward", "zone", "sector", "plot", "lot", "camp", "kilometre", "km", "mile",
    "exit", "interstate", "street", "avenue", "precinct", "station", "cell", "wing", "bay",
    "post", "checkpoint", "hill", "height", "point", "base", "sub", "vol", "vol.", "ch.",
    "art.", "para", "para.", "rule", "law", "act", "bill", "decree", "order", "code",
    "question", "q", "round", "stage", "day", "week", "group", "team", "league", "cup",
    "covid19", "sars", "mh", "ps", "ak", "m", "t", "s-", "ii", "iii",

    "annex", "appendix", "footnote",
})

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

# Words around a bare figure (no head noun) that show it is a count of the story's quantity:
# "the toll reached 340", "peaked at 5,900", "backed the 5,000 figure".
COUNT_CONTEXT_BEFORE: tuple[str, ...] = (
    "toll", "death toll", "number", "figure", "total", "tally", "count", "peaked at",
    "peaks at", "peak at", "peak of", "topped out at", "numbers", "up from", "down from",
    "reached", "reaches", "rose to", "risen to", "rises to", "climbed to", "climbs to",
    "jumped to", "increased to", "grew to", "went up to", "up to", "stood at", "stands at",
    "put", "put the", "at", "to", "from", "tops out at", "topped", "hit", "hits",
    # headlines in the present: "as deaths reach 38", "toll rise to 40"
    "reach", "rise to", "climb to", "jump to", "stand at",
    # the size of a crowd, which reports set against each other as they do tolls
    "crowd of", "crowds of", "turnout of", "attendance of",
)

# Who a breakdown in brackets sorts the counted into: "18 dead (males 11, females 5, infants 2)".
BREAKDOWN_GROUPS: tuple[str, ...] = (
    "men", "women", "children", "boys", "girls", "adults", "minors", "infants", "elderly",
    "foreigners", "foreign nationals", "nationals", "civilians", "soldiers", "police", "workers",
    "residents", "males", "females",
)

# The groups a bare figure can be counted among, and what they count: "At least six children
# were among the dead and 9 among the injured" (the second figure has no noun of its own).
AMONG_GROUP_CATEGORY: dict[str, str] = {
    "dead": "killed", "killed": "killed", "fatalities": "killed", "deceased": "killed",
    "injured": "wounded", "wounded": "wounded", "hurt": "wounded",
    "missing": "missing", "hostages": "detained", "detained": "detained", "arrested": "detained",
}

# Words that make a bare figure in their clause a count, after a weak cue ("put", "at",
# "to"): "put the death toll at 30", "raised the total to 41", and the size of a crowd,
# which reports set against each other as they do tolls ("police put the crowd at a few
# hundred", "organisers estimated the turnout at 20,000").
COUNT_CLAUSE_WORDS: tuple[str, ...] = (
    "toll", "number", "figure", "total", "tally", "count", "dead", "deaths", "casualties",
    "losses", "crowd", "crowds", "turnout",
)

# Where rescuers take the people a figure counts, said right after it whatever the verb
# before: "Rescue teams brought 438 persons to safety", "boats ferried 1,200 residents to
# higher ground" (evacuated).
TO_SAFETY_AFTER: tuple[str, ...] = (
    "to safety", "to safer ground", "to higher ground", "to safe places", "to safer places",
)

# What a crew or a force does at the scene, said after its count: "some 700 firefighters and
# six planes are battling the wildfire", "250 rescuers are at the site", "about 450 officers
# had taken part". Rescuers, firefighters, police and agents at work there
# are personnel deployed (DESIGN's troops), as blind sets' annotators count them.
FORCE_AT_WORK_CUES: tuple[str, ...] = (
    "battling", "battled", "fought", "fighting", "on the ground", "at the site", "on site",
    "on the site", "at the scene", "on the scene", "on scene", "attended", "were involved",
    "was involved", "took part", "taking part", "take part", "taken part", "on the fire lines", "on the lines",
    "on the front lines", "stormed", "raided", "assigned",
)

# Where a force is stationed: what such a place holds or houses is its garrison ("the camp,
# which held 500 soldiers"), not soldiers held captive.
MILITARY_SITES: tuple[str, ...] = (
    "camp", "camps", "base", "bases", "barracks", "garrison", "outpost", "outposts", "fort",
    "post", "posts", "checkpoint",
)

# When an earlier value of a count was given, said in brackets after it: "MISSING: 38
# persons (52 last night)", "41 people are missing (57 on Monday)". The bracketed figure is
# the same count at that earlier time, replaced by the one before the bracket.
EARLIER_TIME_WORDS: tuple[str, ...] = (
    "yesterday", "last night", "overnight", "earlier", "previously", "before", "this morning",
    "a day earlier", "the day before", "the previous day", "last week", "on the eve",
)

# What a camp does for the people in it: "the camp housed more than 25,000 people", "is home
# to some 23,000 people" (a camp's population is the displaced, not a background figure).
CAMP_HOLDS_VERBS: tuple[str, ...] = (
    "housed", "houses", "housing", "hosted", "hosts", "hosting", "sheltered", "shelters",
    "sheltering", "is home to", "was home to", "has been home to", "home to", "held", "holds",
    # plural camps: "the three camps now hold about 210,000 people"
    "hold", "house", "host", "shelter", "are home to", "were home to",
)

# Residents ordered out: "ordered some 9,000 residents of six villages to leave" (never troops
# or journalists ordered to leave, nor fans urged to).
ORDERING_VERBS: tuple[str, ...] = ("ordered", "told", "forced")
RESIDENT_GROUPS: frozenset[str] = frozenset({
    "people", "residents", "families", "villagers", "inhabitants", "households", "citizens",
    "locals", "persons", "idps",
})
# Verbs that drive people from their homes: "wildfire forces tens of thousands from homes"
DRIVING_OUT_VERBS: tuple[str, ...] = (
    "forces", "forced", "forcing", "drives", "drove", "driven", "driving", "chases", "chased",
)
# Words that say "the number <label> at N" is no label but a verb: "the number now stands at 40"
NUMBER_LABEL_VERBS: frozenset[str] = frozenset({
    "stands", "stood", "stand", "now", "currently", "reached", "reaches", "rose", "climbed",
    "is", "was", "has", "had", "remains", "remained", "jumped", "fell", "dropped", "rises",
})

# What carries the people a capsize, a crash or a sinking counts "aboard": "about 240 people
# were on the ferry", "more than 290 crammed into the boat" (cluster/quantities.py: one
# quantity, the people aboard, whatever each report calls them)
CONVEYANCE_NOUNS: tuple[str, ...] = (
    "boat", "ferry", "vessel", "ship", "barge", "canoe", "dhow", "launch", "bus", "minibus",
    "coach", "plane", "aircraft", "airliner", "helicopter", "train", "truck", "lorry",
)

# What evacuation orders do to the people they name: "evacuation orders now cover more than
# 40,000", "the order applies to 3,000 residents" (the figure is who must leave).
ORDER_NOUNS: tuple[str, ...] = ("evacuation order", "evacuation orders", "orders to evacuate", "orders to leave")
# What a place or a vessel is built to hold: "an official capacity of 800", "a stadium built
# for 40,000", "a boat designed to carry 50". The figure is a count (category "other") that
# reports set against the crowd, the inmates or the people aboard.
CAPACITY_BEFORE: tuple[str, ...] = (
    "capacity of", "capacity for", "capacity is", "capacity was", "built for", "built to hold",
    "built to house", "built to accommodate", "built to carry", "designed for", "designed to hold",
    "designed to house", "designed to carry", "designed to accommodate", "meant for",
    "meant to hold", "meant to carry", "intended for", "intended to hold", "licensed to carry",
    "licensed for", "rated for", "certified to carry", "certified for", "can hold", "could hold",
    "can accommodate", "could accommodate", "can carry", "could carry", "can house",
    "able to hold", "able to accommodate",
)
# ... and glued to the figure: "the 38,000-seat stadium", "a 400-bed hospital"
CAPACITY_GLUED: dict[str, str] = {
    "seat": "seats", "seater": "seats", "capacity": "seats", "bed": "beds", "berth": "berths",
}

ORDER_COVER_VERBS: tuple[str, ...] = (
    "cover", "covers", "covered", "covering", "affect", "affects", "affecting", "apply to",
    "applies to", "applied to", "extend to", "extends to", "include", "includes",
)

# Words before a number to call: "WhatsApp number 94150 22817", "the helpline on 1800 180 5555"
PHONE_WORDS: tuple[str, ...] = (
    "phone", "telephone", "helpline", "hotline", "whatsapp", "mobile", "landline", "toll-free",
    "sms", "call",
)

# Verbs of revision: "lowered the toll from 95 to 84" makes 95 superseded.
REVISION_VERBS: tuple[str, ...] = (
    "lowered", "lowers", "lower", "revised", "revises", "revise", "raised", "raises", "raise",
    "cut", "cuts", "reduced", "reduces", "corrected", "corrects", "updated", "updates",
    "increased", "increases", "rose", "rises", "risen", "climbed", "climbs", "jumped", "jumps",
    "fell", "falls", "fallen", "dropped", "drops", "adjusted", "adjusts", "brought", "bringing", "brings", "pushed",
    "pushes", "downgraded", "upgraded", "amended",
    # the participle of a clause after the news: ", raising from 12 to 20 the count of victims"
    "raising", "lowering", "revising", "increasing", "reducing", "cutting", "correcting", "updating",
)
# Phrases that say an earlier figure was replaced.
# A figure given earlier, in a clause after the new one: "put the toll at 41, after initially
# reporting 35", "revised it to 52, having earlier given 60": the earlier figure, replaced.
EARLIER_GIVING_VERBS: tuple[str, ...] = (
    "reported", "reporting", "announced", "announcing", "given", "giving", "said", "saying",
    "cited", "citing", "stated", "stating", "put it at", "putting it at", "estimated", "estimating",
    "counted", "counting", "confirmed", "confirming",
)
EARLIER_GIVING_ADVERBS: tuple[str, ...] = ("first", "initially", "earlier", "previously", "originally")

EARLIER_FIGURE_PHRASES: tuple[str, ...] = (
    "earlier reports", "earlier report", "earlier toll", "earlier figure", "earlier count",
    "initially", "at first", "first reported", "had earlier", "was initially",
    "initial reports", "initial report", "initial toll", "previous toll", "previous figure",
    "previously reported", "before being revised", "later revised", "later corrected",
    "first put", "initially put", "first estimated", "earlier put",
    # "A day earlier, officials had put the toll at 30"
    "had put", "a day earlier", "the day before", "the previous day",
    # "The coastguard had said on Monday that 14 bodies were found": the figure before
    "had announced", "had reported", "had given",
    # "Previously, the number reported missing was 22, but the number was revised"
    "previously",
)

# The outlet's own earlier text in a correction note: "A previous version put the toll at
# 22, citing the hospital" credits the source it cited, or no one (the outlet); a
# "we" speaks for the outlet only in a sentence with one of these.
OWN_EARLIER_TEXT_PHRASES: tuple[str, ...] = (
    "earlier version", "previous version", "original version", "earlier edition",
    "previous edition", "our edition", "earlier update", "previous update", "our update",
    "earlier story", "earlier article",
)

# Channels a statement goes out on: "wrote on Telegram", "said on state television". After a
# speech verb they say where it was said, never who said it.
MEDIA_CHANNELS: tuple[str, ...] = (
    "telegram", "facebook", "twitter", "x", "instagram", "whatsapp", "youtube", "tiktok",
    "weibo", "wechat", "vk", "threads", "bluesky", "social media", "social network",
    "television", "state television", "state tv", "tv", "radio", "state radio", "local radio",
    "national radio", "national television", "a video", "video", "a post", "a statement",
    "messaging app", "its website", "website", "channel", "account", "page",
)

# What a group claims when it claims an act, not a figure: "claimed responsibility for the
# ambush", "claimed the bombing". After "claim" these make the verb neither a hedge nor a
# speech verb: the figure in the sentence is the narrator's, or the next speaker's.
# Participles that carry a speech verb's subject on into a clause of its own: "..., saying
# 14 bodies were found", "..., adding that ...".
SPEECH_PARTICIPLES: tuple[str, ...] = (
    "saying", "adding", "telling", "noting", "stating", "reporting", "announcing",
    "confirming", "estimating", "putting", "alleging that",
)
CLAIMED_ACT_NOUNS: tuple[str, ...] = (
    "responsibility", "credit", "attack", "attacks", "bombing", "bombings", "ambush", "ambushes",
    "blast", "blasts", "raid", "raids", "assault", "killing", "killings", "kidnapping", "kidnappings",
    "abduction", "abductions", "massacre", "explosion", "explosions", "shooting", "beheading",
)

# Hedges: the text marks the figure as unconfirmed.
HEDGE_PHRASES: tuple[str, ...] = (
    "could not be independently verified", "could not immediately be independently verified",
    "could not be verified", "could not be immediately verified",
    "could not be immediately confirmed", "could not immediately be confirmed",
    "could not be confirmed", "could not be independently confirmed", "cannot be verified",
    "cannot be independently verified", "cannot be independently confirmed",
    "can not be independently verified",
    "cannot be confirmed", "can not be verified", "not independently verified",
    "were not independently verified", "was not independently verified",
    "has not been verified", "have not been verified", "has not been confirmed",
    "has not been independently verified", "have not been independently verified",
    "had not been independently verified", "not been independently verified",
    "have not been confirmed", "unable to verify", "unable to confirm", "not verified",
    # the outlet's own check, in the active voice: "We have not been able to verify the number"
    "not been able to verify", "not been able to independently verify", "not able to verify",
    "could not independently verify", "could not verify", "cannot independently verify",
    "could not immediately verify", "could not immediately confirm", "could not confirm",
    "could not independently confirm", "cannot verify", "cannot confirm", "can't verify",
    "can't confirm", "couldn't verify", "couldn't confirm", "cannot independently confirm",
    "could not be authenticated", "could not be independently authenticated",
    "could not immediately independently verify", "not immediately verified", "not immediately confirmed",
    "can not independently verify", "did not independently verify", "unable to independently verify",
    # "reports of up to seven more deaths that it has yet to confirm"
    "not been able to confirm", "not yet been able to confirm", "not able to confirm",
    "not yet able to confirm", "not yet confirmed", "never confirmed", "yet to confirm",
    "yet to be confirmed", "yet to verify", "yet to be verified",
    # "eight more cases are under verification", "the names are being verified"
    "under verification", "being verified", "pending verification", "awaiting verification",
    "not yet verified",
    "unverified", "unconfirmed", "reportedly", "allegedly", "purportedly", "supposedly",
    "claimed", "claims", "claiming", "believed", "is believed", "are believed",
    "were believed", "was believed", "thought to", "feared", "are feared", "were feared",
    "is feared", "may have", "might have", "could have", "rumoured", "rumored",
    "according to unconfirmed", "said to be", "said to have", "alleged",
    "could reach", "could rise", "may rise", "might rise", "could climb", "expected to rise",
    # "some 30 miners may still be underground": a guess
    "could still be", "may still be", "might still be",
    "could exceed", "may exceed", "projected to", "forecast to", "estimates suggest",
    # "the toll could pass 120": a forecast, as "could reach"
    "could pass", "may pass", "might pass", "will pass", "would pass",
    # a forecast or an estimate: "up to 9,000 more people may need to be evacuated", "the
    # number killed probably lies between 47 and 79", "the toll is likely to rise"
    "may need to", "might need to", "could need to", "probably", "likely to",
    # 'killing "dozens of terrorists", a claim Hamas rejected': one side's figure, disputed
    "a claim", "a figure disputed", "disputed by", "presented as", "what it presented as",
    # "a figure police did not confirm", "the figure ... was fabricated", "Police rejected the claim"
    "did not confirm", "would not confirm", "declined to confirm", "has not confirmed",
    "have not confirmed", "fabricated", "exaggerated", "rejected the claim", "rejected the figure",
    "denied the claim", "denied the figure",
    # "Reports that at least ten died are not correct": the figure denied
    "are not correct", "is not correct", "are incorrect", "is incorrect", "are untrue", "is untrue",
    "are false", "is false",
    "is therefore not correct", "are therefore not correct",
    # "Claims of 90 dead are not supported by any hospital record" (a figure's standing, so
    # after a copula: "not supported by any aid group" alone is who helps)
    "are not supported by any", "is not supported by any",
    # ... or at odds with the figures (not "not consistent with a gas leak": a cause)
    "not consistent with the figures", "not consistent with official figures",
    "not consistent with the official figures",
    # the outlet's check in British usage: "The figure could not be independently checked"
    # (not "have not been checked for damage" or "could not check the villages": a search)
    "could not be checked", "could not be independently checked", "cannot be checked",
    "cannot be independently checked", "not been independently checked", "could not independently check",
    "unable to independently check",
    # "Israel says it has killed more than 17,000 militants, without providing evidence"
    "without providing evidence", "without offering evidence", "without giving evidence",
    "without evidence", "without providing proof", "provided no evidence", "offered no evidence",
    "gave no evidence", "did not provide evidence", "did not offer evidence",
    # "the 80 dead it speaks of, for which it has given no evidence"
    "given no evidence", "produced no evidence", "presented no evidence",
    # a speaker's own hearsay: "a guard who, I am told, was shot twice"
    "i am told", "i'm told", "i am informed", "we are told", "i have been told", "i've been told",
)
# Hedges that say a figure could not be checked; only these, not forecasts, make a following
# sentence ("His casualty figures could not be verified") hedge the figures before it.
VERIFICATION_HEDGES: tuple[str, ...] = tuple(
    p for p in HEDGE_PHRASES
    if any(w in p for w in ("verif", "confirm", "reject", "denied", "check", "correct"))
)

# Verbs a party denies a figure with, in a later clause that points back at it: "60 strikers
# were arrested, a figure the ministry disputes".
FIGURE_DISPUTE_VERBS: tuple[str, ...] = (
    "deny", "denies", "denied", "dispute", "disputes", "disputed", "reject", "rejects", "rejected",
    "dismiss", "dismisses", "dismissed", "contest", "contests", "contested",
)
# ... and the nouns that point back at it
FIGURE_NOUNS: tuple[str, ...] = ("figure", "claim", "number", "toll", "count", "tally", "total")

# Hedge sentences that refer back to the figures of the previous sentence.
HEDGE_BACKREF_WORDS: tuple[str, ...] = (
    "figure", "figures", "toll", "tally", "count", "numbers", "number", "claim", "claims",
    "casualty figures", "these", "those", "this",
)
# ... and a statement's words, for the figures of the sentence right before only: "A paper said
# 25 bodies were found. We could not confirm the report." (a definite one: "According to
# unconfirmed reports, a second car ..." starts news of its own)
HEDGE_BACKREF_STATEMENTS: tuple[str, ...] = tuple(
    f"{det} {noun}" for det in ("the", "these", "those", "this", "that", "their", "its", "such", "her", "his")
    for noun in ("report", "reports", "account", "accounts", "allegation", "allegations", "list", "lists")
)

# Words that open a description set off after a name ("Kovia Aid, the country's largest relief
# group, said"; "Dr Ruiz, director of X, the only hospital still open, told"): a description
# that ranks or singles out, never a body's plain name ("Inside Kovia, the health ministry said").
DESCRIPTION_OPENERS: tuple[str, ...] = (
    "only", "main", "largest", "biggest", "leading", "oldest", "principal", "sole", "second-largest",
    "largest-ever", "foremost", "dominant", "last", "first",
)

# Verbs of meeting or reaching someone: a reporter's contact, never a speaker ("The BBC spoke to
# Omar Haddad, who said ...": Haddad speaks, not the BBC's clause).
CONTACT_VERBS: tuple[str, ...] = (
    "spoke", "speaks", "spoken", "met", "meets", "contacted", "interviewed", "visited", "reached",
    "asked", "phoned", "telephoned", "quoted", "cited", "joined", "talked",
)

# "Neither figure has been confirmed", "Neither account could be checked": the figures just
# given, each unchecked, though the words say "has been" and no hedge phrase is there.
NEITHER_NOUNS: tuple[str, ...] = (
    "figure", "number", "toll", "tally", "count", "estimate", "claim", "account", "report", "version",
)
CHECK_PARTICIPLES: tuple[str, ...] = (
    "confirmed", "verified", "checked", "corroborated", "substantiated", "authenticated",
)

# Speech verbs: "X said", "said X", "according to X".
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "stated",
    "states", "announced", "announces", "confirmed", "confirms", "added", "adds",
    "claimed", "claims", "estimated", "estimates", "put", "puts", "gave", "gives",
    # "The coroner's final figures give 41 dead"
    "give",
    "declared", "declares", "noted", "notes", "wrote", "writes", "tweeted", "posted",
    "quoted", "cited", "citing", "warned", "warns", "insisted", "insists", "insist", "maintains", "maintained", "contends", "contended", "explained", "explains",
    # a translation of Spanish "aseguró": "the mayor assured reporters that 12 had died"
    "assured", "assures",
    # a translation of Spanish "detalló": "the spokeswoman detailed that ..." (never
    # "a detailed report")
    "detailed that", "detailed in a statement", "detailed in a communiqué", "detailed in a release",
    # an incident log's "the authority advises that the figure is not reliable" (never "advised
    # residents to leave": a warning, no figure of its own)
    "advises that", "advised that", "advise that",
    # a gazette's "the Government recognises 52 workers as having died"; a body's running
    # count: "The Red Cross keeps its own count of 281"
    "recognises", "recognizes",
    "keeps its own count of", "keeps its own tally of", "keeps its own list of", "keeps a count of",
    # "the mayor had spoken of nine bodies", "rights groups speak of 14"
    "spoke of", "spoken of", "speaks of",
    # a translation of Indonesian "menyampaikan": "the Regent conveyed that 86 residents ..."
    "conveyed that",
    "disclosed", "revealed", "revealing", "indicated", "indicates", "acknowledged",
    "admitted", "affirmed", "affirms", "counted", "recorded",
    # a body's running count: "The agency now counts 812 homes destroyed", "The ministry's
    # line list records 2,641 cases" (a noun after a determiner: SPEECH_VERBS_ALSO_NOUNS; a
    # figure must follow: speakers.py)
    "counts", "records",
    # "videos shared online alleging that 60 detainees were beaten" (its own clause: never
    # "killed, with the opposition alleging that ...", nor "a lawsuit alleging negligence")
    "alleging that",
    # a figure given up under pressure: "The board now concedes that 15 employees were held"
    "acknowledges", "acknowledge", "admits", "admit", "concedes", "conceded", "concede",
    # translated and formal English: "Its director denounced that 23 persons remain ...",
    # "The minister informed that 4,000 troops patrol ...", "He repeated that five had died"
    "denounced", "denounces", "informed", "informs", "repeated", "repeats", "reiterated",
    # the plural present only with its hearer and "that": "The police inform us that ...",
    # "wishes to inform the general public that" (never "Hospitals must inform the ministry")
    "inform us that", "inform the public that", "inform the general public that",
    "reiterates", "asserted", "asserts", "stressed",
    # "Field teams estimate that at least 45 people died" ("estimate" alone is mostly a noun)
    "estimate that", "registered", "tallied", "listed", "lists", "list", "backed",
    # a monitor's or an inquiry's finding: "The monitor assessed that 19 civilians had been
    # killed", "Investigators found that 12 died" ("found" alone is finding bodies)
    "assessed that", "assesses that", "concluded that", "concludes that", "found that", "finds that",
    # a body's data: "Hospital data seen by the Tribune show that more than 250 were treated"
    "show that", "shows that", "showed that",
    # "Agency figures show 3,800 people were sleeping in schools": only a body's data speak so
    # (speakers.py: "photos show 40 bodies" names no source)
    "show", "shows", "showed",
    # who issues a statement speaks through it: "The ministry issued a statement on Monday."
    "issued a statement", "released a statement", "published a statement", "issued a communiqué",
    "lowered", "raised", "revised", "updated", "threatened", "lowers", "raises",
    # "The governor cut the death toll to 16 from 19" (never "cut" alone: "cut the fence")
    "cut the toll", "cut the death toll", "cut the number", "cut the count", "cut its toll",
    "cut its count", "cuts the toll", "reduced the toll", "reduced the death toll", "reduced the number",
    "reduced its toll", "corrected the toll", "corrected the number", "corrected its toll",
    "corrected its count",
    "revises", "updates", "believes", "believed", "alleged", "alleges", "allege", "verified", "documented",
    "has verified", "denied", "denies",
    # a live entry's "UN monitors verify 21 civilian deaths"; "Governor has given 34 dead"
    "verify", "verifies", "has given", "have given", "had given",
    # the plural present ("Officials confirm 12 dead"); not "estimate" or "warn", mostly
    # a noun ("its initial estimate of 7,000") or a warning of something ("warn of disease")
    "confirm", "believe",
    # "the rebels claim 218", "Residents claim that 40 died" (a noun after a determiner or a
    # preposition: SPEECH_VERBS_ALSO_NOUNS)
    "claim",
    "saying", "telling", "adding", "announcing", "confirming", "stating", "reporting",
    "estimating", "putting", "noting",
    # a rival's count given in passing: "the opposition speaks of at least 60 killed"
    "spoke of", "speaks of", "speak of", "talked of", "talks of", "talk of",
    # a literal translation of French "faire état de": "the communiqué made state of 9 dead"
    "made state of", "makes state of", "make state of",
    # who blames someone for a toll gives the toll: "The ministry blamed the militia for the
    # deaths of 40 civilians", "The army accuses the rebels of killing 12 villagers" (and
    # "holds X responsible for": BLAME_PHRASE_WORDS)
    "blamed", "blames", "accused", "accuses",
)
# "The agency holds the militia responsible for the deaths of 40": a verb of blame whose
# object stands between its two words ("holds" alone is no speech: "the stadium holds 40,000")
BLAME_HOLD_VERBS: tuple[str, ...] = ("holds", "hold", "held", "holding")
BLAME_HOLD_WORDS: tuple[str, ...] = ("responsible", "accountable", "liable")
# Speech verbs that are nouns too: after a determiner or a possessive ("its estimate that
# about 200 were aboard", "the reports of 40 dead") nobody speaks through them
# What stands between a determiner and a speech verb that is a noun there: "a detailed
# report of 40 deaths", "the latest estimates" (never "the ministry reports 40 deaths").
REPORT_NOUN_ADJECTIVES: tuple[str, ...] = (
    "detailed", "preliminary", "initial", "final", "official", "latest", "new", "first", "second",
    "internal", "confidential", "daily", "weekly", "monthly", "annual", "separate", "earlier",
    "previous", "recent", "joint", "full", "interim", "provisional", "unconfirmed", "unverified",
    "conflicting", "contradictory", "independent", "credible", "early", "later", "so-called",
    # "keeps its own list": a list of its own is a noun; an epidemic's "official line list"
    "own", "line",
)
SPEECH_VERBS_ALSO_NOUNS: frozenset[str] = frozenset({
    "report", "reports", "claims", "claim", "estimates", "estimate that", "notes", "updates", "states",
    "list", "lists", "counts", "records",
})
ACCORDING_TO: tuple[str, ...] = ("according to", "citing", "quoting", "as reported by", "per")
# What "according to" may name that is no source: "buried according to local custom", "moved
# according to plan"
NOT_SOURCES_ACCORDING_TO: frozenset[str] = frozenset({
    "rites", "rite", "tradition", "traditions", "custom", "customs", "plan", "plans", "schedule",
    "law", "laws", "protocol", "protocols", "procedure", "procedures", "rules", "regulations",
    "instructions", "guidelines", "practice", "religion", "faith",
})
# "According to preliminary information, ... it said": a kind of figure with no body behind
# it names no source (unless one follows: "preliminary data from the ministry")
SOURCELESS_DOCUMENT_WORDS: frozenset[str] = frozenset({
    "preliminary", "initial", "early", "latest", "available", "provisional", "updated",
    "information", "data", "figures", "estimates", "findings", "results", "the",
})
# What a source's figures come in, so that "per the latest report" credits a source as "per
# police" does, where "per day" or "per household" is a rate.
SOURCE_DOCUMENTS: tuple[str, ...] = (
    "report", "reports", "figures", "data", "statement", "statements", "tally", "records",
    "estimate", "estimates", "survey", "assessment", "bulletin", "update", "updates", "count",
)

# The lists a workplace, a ship or a camp keeps of who was there, which a rival's figure may
# come from: "against the 44 on the ferry's manifest", "the 30 on the site's roster".
KEEPERS_LISTS: tuple[str, ...] = ("register", "registers", "roll", "rolls", "roster", "rosters", "manifest", "manifests")
# Places and vessels that hold things: "The shed held about 200 paint tins", "a yard holding 25
# fuel tankers" are no one held (but "the prison held 2,300 inmates" is: a place of detention).
CONTAINER_HOLDERS: tuple[str, ...] = (
    "room", "rooms", "storeroom", "storerooms", "depot", "depots", "warehouse", "warehouses", "store",
    "stores", "shed", "sheds", "hall", "halls", "tank", "tanks", "truck", "trucks", "lorry", "lorries",
    "container", "containers", "vault", "vaults", "yard", "yards", "cellar", "basement", "silo", "silos",
    "garage", "hangar", "magazine", "bunker",
)
# Personal pronouns that stand for a speaker named elsewhere ("he said", "we have counted").
PERSONAL_PRONOUNS: frozenset[str] = frozenset({"we", "he", "she", "they", "i"})
# How a speaker came to be, said in an aside before the verb: "The Committee of Families,
# formed on Sunday, said", "The army's first communiqué, published Tuesday, made state of".
ORIGIN_PARTICIPLES: tuple[str, ...] = (
    "formed", "founded", "based", "created", "established", "headquartered", "launched", "set up",
    "published", "issued", "released", "posted", "broadcast", "dated",
)
# Prepositions of a fronted place or time phrase, which is never the subject: "In the camps, a
# local councillor, Peter Lomuria, claimed".
FRONTING_PREPOSITIONS: tuple[str, ...] = (
    "In", "At", "On", "From", "Across", "Inside", "Outside", "Near", "Around", "Throughout",
    "Along", "Within", "Beyond", "Behind", "Amid", "Following", "Despite",
)
# Documents quoted at length after "The statement read in full:": an organisation's, and a
# person's post.
ORG_DOCUMENTS: tuple[str, ...] = (
    "statement", "communiqué", "communique", "release", "press release", "letter", "note",
)
PERSONAL_DOCUMENTS: tuple[str, ...] = ("post", "tweet", "message", "update", "text")
# How a media monitor's digest heads the texts it quotes in full: "Text of statement by the
# Front, posted on ...:", "Excerpt from an audio message attributed to X:", "Report by
# Radio Y in its 18:00 bulletin:". The next paragraph, in quotation marks, is the source's.
QUOTED_DOCUMENT_HEADS: tuple[str, ...] = (
    "text", "full text", "excerpt", "excerpts", "extract", "extracts", "transcript",
    "report", "translation", "summary",
)

# Words that make a speaker an organisation rather than a person: "it" and "its statement"
# stand for the last one named, and a person's "he" or "she" never does.
ORG_WORDS: tuple[str, ...] = (
    "ministry", "agency", "command", "police", "army", "military", "government", "office",
    "committee", "council", "organization", "organisation", "department", "service",
    "media", "network", "news", "statement", "force", "forces", "authorities", "officials",
    "red cross", "crescent", "un", "nations", "pentagon", "kremlin", "white house",
    "railway", "railways", "hospital", "coastguard", "coast guard", "directorate",
    "civil defence", "civil defense", "civil protection",
    # aid groups and monitors: "Mercy Relief International", "the Syrian Observatory"
    "international", "bureau", "commission", "authority", "mission", "foundation", "society",
    "association", "federation", "institute", "observatory", "charity", "relief", "watch",
    # emergency services: "Fire brigade: at least 8 dead", "the fire service said"
    "brigade", "fire service", "fire department", "ambulance service", "emergency service",
    # the armed services' own names: "Navy: 88 drones intercepted", "the general staff said"
    "navy", "general staff",
    # a city's or a region's executive: "the municipal administration's tally"
    "administration", "mayor's office",
    # labour and church bodies: "the union, which counted its members, says 400"
    "union", "diocese", "archdiocese",
    # outlets: "The newspaper reports that the blast injured 31", "the broadcaster said" (not
    # "paper", "radio": a paper mill, a radio mast; the outlet as "the paper" is OUTLET_SELF_NAMES)
    "newspaper", "broadcaster",
    # oversight and rights bodies: "the mines inspectorate", "the Human Rights Forum"
    "inspectorate", "forum", "ombudsman",
    # a rescue or a crisis centre: "The Maritime Rescue Centre now counts 31 dead" (not
    # "centre" alone: "City centre: 14 killed" is a place)
    "rescue centre", "rescue center", "coordination centre", "coordination center",
    "crisis centre", "crisis center", "operations centre", "operations center",
    # businesses: "the company has so far reported ten", "the operator's figure of 198" ("4
    # injuries per firm" is a rate: speakers._per_names_a_source)
    "company", "corporation", "operator",
    # political parties: "The Civic Renewal Party issued a statement. It says ..."
    "party",
    # sports and supporters' clubs: "the club put the attendance at 18,500"
    "club",
)

# An outlet's words for itself or another outlet, as a whole speaker: "The paper reports that
# ...", "the station said" (ORG_WORDS would take "paper mill" and "radio mast" too)
OUTLET_SELF_NAMES: frozenset[str] = frozenset({
    "the paper", "the daily", "the station", "the channel", "the radio", "the weekly", "the tabloid",
})

# Who a border crossing or an arrival makes displaced: "21,000 people crossed from ...",
# never rescuers, fighters, fans or shoppers who cross or arrive (subjects as SUBJECT_NOUNS
# normalises them)
BORDER_CROSSER_SUBJECTS: frozenset[str] = frozenset({
    "people", "refugees", "families", "civilians", "migrants", "residents", "children", "women",
    "households", "men", "elderly",
})
# What an air force flies that is no one flown to safety: "flew out 12 sorties"
FLIGHT_NOUNS: frozenset[str] = frozenset({
    "sorties", "missions", "flights", "rotations", "trips", "runs", "operations",
})
# Who a defence ministry "eliminated" (killed): combatants, never jobs, firms or contestants
COMBATANT_SUBJECTS: frozenset[str] = frozenset({
    "fighters", "militants", "rebels", "soldiers", "troops", "occupiers", "insurgents", "gunmen",
    "jihadists", "mercenaries", "bandits", "terrorists", "enemy", "attackers", "combatants",
    "servicemen", "marines", "paratroopers",
})
# Parties to a war that give their own counts: "the rebels claim 218" rivals the army's 17,
# as a ministry's figure would.
ARMED_PARTY_WORDS: frozenset[str] = frozenset({
    "rebels", "rebel", "militia", "militias", "militants", "insurgents", "paramilitary",
    "paramilitaries", "junta", "guerrillas", "guerrilla", "separatists", "resistance",
})

# Pronouns that refer back to the last named speaker.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({
    "he", "she", "they", "it", "his", "her", "their", "its", "the minister", "the official",
    "the spokesman", "the spokeswoman", "the spokesperson", "the ministry", "the agency",
    "the statement", "the command", "the police", "the army", "the military", "the governor",
    "the resident", "the president", "the group", "the organization", "the organisation",
})

# How badly the hurt are hurt, in a breakdown of them: "4 critically, 9 seriously and 22 with
# minor injuries"
SEVERITY_ADVERBS: tuple[str, ...] = (
    "critically", "seriously", "severely", "gravely", "moderately", "slightly", "lightly", "badly", "mildly",
)
SEVERITY_ADJECTIVES: tuple[str, ...] = (
    "minor", "light", "slight", "moderate", "serious", "severe", "critical", "life-threatening",
)
# Where people spend nights away from danger: "spent two nights in basements" is displacement
SHELTERING_PLACES: tuple[str, ...] = (
    "shelter", "shelters", "cellar", "cellars", "basement", "basements", "bunker", "bunkers", "camp",
    "camps", "school", "schools", "tent", "tents", "open", "cars", "churches", "mosques",
)

# Groups whose work is counting, so a rival count in their name stands on its own ("the
# observers have confirmed nine"), as a body's or a party's does.
COUNTING_GROUPS: frozenset[str] = frozenset({
    "monitors", "observers", "investigators", "inspectors", "researchers", "officials",
    # a crowd's or a protest's rival counts ("Police said 30,000 marched. Organisers say
    # 120,000."), and those who count the dead and hurt at a scene
    "organisers", "organizers", "activists", "medics", "rescuers",
})
# Counts of the reporting sources themselves ("two officials said") are not claims.
REPORTER_NOUNS: frozenset[str] = frozenset({
    "officials", "official", "sources", "source", "witnesses", "witness", "diplomats",
    "residents", "resident", "survivor", "survivors", "people familiar", "officers",
    "spokesmen", "analysts", "experts", "doctors", "medics", "activists", "journalists",
    "reporters", "lawmakers", "senators", "ministers", "aides", "observers", "monitors",
    "police officers", "security sources", "medical sources", "hospital sources",
    "aid workers", "workers", "leaders", "community leaders", "elders", "relatives",
    # "The three chiefs, who keep a register of the dead, say 40 died": those who speak, counted
    "mayors", "heads", "village heads", "chiefs", "headmen", "nurses", "priests", "clerics",
    "imams", "governors", "spokespeople", "spokeswomen", "councillors", "councilors",
})

# Speech verbs only in a perfect tense and before a figure or a figure's noun: "The county has
# since given a death toll of 17" ("were given 300 blankets", "given the weather", "the toll of
# 12 given by the company" say nothing of who speaks, and no figure before them is a source's).
PERFECT_SPEECH_VERBS: tuple[str, ...] = ("given",)

# Speech verbs that credit a figure only as their object ("rescuers put the toll at 40",
# "the ministry gave a figure of 12"): one that comes after a figure ("60 workers were inside
# when the roof gave way") does not attribute it, as a trailing "..., officials said" does.
FIGURE_GIVING_VERBS: frozenset[str] = frozenset({
    "put", "puts", "putting", "gave", "gives", "give", "given", "counted", "recorded", "registered", "tallied",
    "listed", "backed", "lowered", "raised", "revised", "updated", "lowers", "raises",
    "revises", "updates", "threatened",
})

# Verbs of saying alone, whose subject is a speaker and never the thing counted ("Survivors
# interviewed in Sfax say 80 people were on board"): unlike "reported" or "confirmed", none
# of them follows a count word that labels a figure ("deaths confirmed: 12").
SAYING_VERBS: frozenset[str] = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "added", "adds",
    "explained", "insisted", "recalled", "recounted", "described", "warned",
})

# Count nouns whose owner is the figure's source: "the health ministry's toll of 24", "the
# army's figure of 37", "The ministry's running count (18 dead, 33 hurt)".
OWNED_COUNT_NOUNS: tuple[str, ...] = (
    "death toll", "casualty count", "casualty figures", "casualty figure", "casualty toll",
    "toll", "tally", "count", "figure", "figures", "estimate", "estimates", "numbers",
)
# Words that may stand between the owner's "'s" and the count noun ("the ministry's latest
# running tally").
OWNED_COUNT_ADJECTIVES: tuple[str, ...] = (
    "own", "latest", "running", "official", "provisional", "new", "revised", "updated",
    "previous", "initial", "earlier", "final", "last", "current", "daily", "highest", "lowest",
    "first", "confirmed", "verified",
    # "the company's last published figure", "the ministry's final surveillance count"
    "published", "preliminary", "surveillance", "cumulative", "overall", "weekly", "monthly",
)

# Verbs whose organisation subject is the source of the figure it acts on, with no verb of
# saying: "MSF treated 87 patients", "The Red Crescent has distributed 2,600 tents", "The
# hospital received 31 bodies" (verbs of saying, "counted", "recorded", are SPEECH_VERBS).
# Not "rescued" or "evacuated": "Police evacuated 2,000 residents" and "coast guard boats
# rescued 13" name who acted, and reports credit such counts to no one or to a spokesman.
AGENT_COUNT_VERBS: tuple[str, ...] = (
    "treated", "received", "distributed", "vaccinated", "assisted", "sheltered", "screened",
    "housed", "fed", "inoculated",
)

# Places, whose "toll" is a scope and not a source ("the province's toll of 38").
PLACE_NOUNS: frozenset[str] = frozenset({
    "province", "district", "city", "town", "village", "region", "state", "county", "country",
    "area", "governorate", "camp", "capital", "nation", "island", "municipality",
})

# The same places counted: "3,000 people from 14 villages", "40 people in 3 districts" (where
# the people are from is part of their phrase; the verb comes after it).
PLACE_PLURALS: frozenset[str] = frozenset({
    "provinces", "districts", "cities", "towns", "villages", "regions", "states", "counties",
    "countries", "areas", "governorates", "camps", "capitals", "municipalities", "islands",
    "neighbourhoods", "neighborhoods", "communities", "localities", "settlements", "hamlets",
})

# Labels that open a headline or a live page's entry and name no one ("LIVE: 12 dead",
# "UPDATE: toll rises to 40"): a label before a colon is a source only when it is not one.
HEADING_LABELS: frozenset[str] = frozenset({
    "live", "update", "updated", "updates", "breaking", "watch", "exclusive", "analysis",
    "opinion", "video", "photos", "read", "more", "note", "editor's note", "latest", "explainer",
    "factbox", "timeline", "q&a", "recap", "summary",
    # a wire's flash and a ticker's banner: "URGENT: Army says 9 soldiers killed"
    "urgent", "flash", "alert", "developing", "just in", "newsflash", "bulletin",
    # the sectors of a humanitarian update: "WASH: Partners are trucking water to 40,000 people"
    "wash", "health", "shelter", "protection", "education", "nutrition", "food security",
    "logistics", "camp management", "cccm", "nfi", "nfis", "access", "funding",
    # a broadcast script's on-screen text: "[SUPER: COUP ATTEMPT FAILS - 41 DEAD]"
    "super", "caption", "graphic", "lower third", "chyron", "cg", "strap",
})

# Head words of a phrase that is a figure, never a speaker ("Death toll raised to 57").
NON_SPEAKER_HEADS: frozenset[str] = frozenset({
    "toll", "tolls", "figure", "figures", "number", "numbers", "tally", "total", "count",
    "counts", "casualties",
    # a fact box's "Deaths confirmed: 7": what was confirmed, not who confirmed it
    "deaths", "death", "fatalities", "injuries",
    # what is declared, in a headline's passive: "State of emergency declared as toll rises to 31"
    "emergency", "famine", "curfew", "disaster", "mourning", "ceasefire", "truce",
})
# Evidence, not who gives it: "86 of them confirmed by laboratory tests" (but "The Office of
# Vital Records said" names an office: only a lower-case head is evidence).
EVIDENCE_NOUNS: frozenset[str] = frozenset({
    "tests", "test", "testing", "analysis", "analyses", "imagery", "footage", "samples",
    "autopsies", "autopsy", "dna", "records", "data",
})

# A broadcast's own voices: "PRESENTER (INGRID SOLBERG):" speaks for the outlet, and the name
# in its brackets is no wire credit.
# People who may head a live page's entry as its source: "Diplomats: at least 300 dead",
# "Medics: 12 killed" (a body or a title heads it too: "Air force: ...", "Mayor: ...")
# A transcript label's role that names a body too small for ORG_WORDS (where "the burns unit
# has received 38" would speak): "LT ANA RUIZ, NAVAL DIVING UNIT:" is a person
LABEL_ROLE_BODY_WORDS: frozenset[str] = frozenset({"unit", "team", "squad", "division", "corps", "brigade"})

LABEL_SPEAKER_GROUPS: frozenset[str] = frozenset({
    "diplomats", "officials", "medics", "doctors", "witnesses", "activists", "rescuers",
    "sources", "residents", "monitors", "survivors", "relatives", "paramedics", "hospitals",
})

# A broadcast script's cue for a recorded voice, in brackets before its words: "[SOT - ANA
# RUIZ, NURSE]", "[CLIP: RUIZ | 0'19\"]" (sound on tape, a clip, an actuality).
BROADCAST_CUES: tuple[str, ...] = (
    "sot", "vo/sot", "clip", "soundbite", "sound bite", "sound-bite", "actuality", "audio",
    "insert", "grab",
)

OUTLET_VOICES: frozenset[str] = frozenset({
    "presenter", "anchor", "host", "newsreader", "announcer", "narrator", "reporter",
    "correspondent", "interviewer", "moderator",
    # a press conference's "QUESTION (Channel 4):": a journalist asks; a figure in the
    # question is no source's claim
    "question", "q", "journalist",
})

# Evidence whose maker is the source: "Satellite images reviewed by Amnesty show that 300
# houses burned", "an assessment led by the Red Cross indicates". The maker follows "by" after
# one of these participles, and the evidence speaks through one of the verbs.
EVIDENCE_MAKING: tuple[str, ...] = (
    "reviewed", "analysed", "analyzed", "led", "conducted", "compiled", "collected", "gathered",
    "carried out", "commissioned", "verified", "examined",
    # (not "seen" or "obtained": "a report seen by Reuters" is not Reuters' own count)
    # the evidence named by its noun alone: "Early assessments by the district council
    # suggest that ...", "An inspection by the Red Cross found ..."
    "assessment", "assessments", "survey", "surveys", "analysis", "study", "census",
    "inspection", "inspections", "estimate", "estimates", "count", "tally",
)
# A plant's or a port's numbered parts, capitalised as names: "Reactor 3 was left without
# electricity", "Pier 6" (never "in the hangar 12 soldiers were wounded").
NUMBERED_PART_NAMES: tuple[str, ...] = (
    "Reactor", "Substation", "Turbine", "Pier", "Berth", "Dock", "Hangar", "Tower", "Shaft", "Tunnel",
)

# What makes a passage a rescue: a hazard or an evacuation named in the sentence ("ferried 300
# residents to Port Alva after the dam burst"; a ferry's route to the mainland is no rescue).
DANGER_WORDS: tuple[str, ...] = (
    "evacuate", "evacuated", "evacuating", "evacuation", "evacuees", "erupted", "erupting", "eruption",
    "volcano", "flood", "floods", "flooded", "flooding", "floodwaters", "fire", "blaze", "storm", "cyclone",
    "hurricane", "typhoon", "quake", "earthquake", "tsunami", "disaster", "danger", "threat", "threatened",
    "threatening", "rescue", "rescued", "rescuers", "survivor", "survivors", "burst", "collapse", "collapsed",
    "sinking", "sank", "capsized", "capsizing", "wreck", "wreckage", "shelling", "fighting", "attack", "attacks",
    "attacked", "bombardment", "ash", "lava", "landslide", "mudslide", "emergency", "stranded", "trapped",
)
# Vessels, whose crew counted aboard is no force deployed ("a sub carrying 90 crew"), and the
# heads of that crew.
VESSEL_WORDS: tuple[str, ...] = (
    "ship", "vessel", "frigate", "corvette", "destroyer", "submarine", "boat", "ferry", "warship", "cruiser",
)
CREW_HEADS: frozenset[str] = frozenset({"sailors", "seamen", "crew", "crewmen", "crewmembers", "personnel", "marines"})
# Words of place names, never of a person's: "according to the mayor, Port Elsby".
PLACE_NAME_WORDS: frozenset[str] = frozenset({
    "port", "lake", "new", "east", "west", "north", "south", "mount", "fort", "bay", "city", "island",
    "river", "upper", "lower", "saint", "st", "heights", "valley", "springs", "harbour", "harbor",
})

# What "by the ..." after an evidence noun may name that makes no evidence: a time or a place
# ("A tally by the weekend found ...", "A study by the coast ...").
EVIDENCE_NOT_MAKERS: frozenset[str] = frozenset({
    "weekend", "morning", "evening", "night", "afternoon", "dawn", "noon", "midnight", "end",
    "time", "day", "week", "month", "year", "hour", "coast", "border", "river", "sea", "shore",
    "roadside", "side", "way", "lake",
})
EVIDENCE_SPEAKS: tuple[str, ...] = (
    "show", "shows", "showed", "indicate", "indicates", "indicated", "suggest", "suggests",
    "suggested", "reveal", "reveals", "revealed", "found", "finds", "confirm", "confirms",
    "confirmed", "put", "puts", "estimate", "estimates", "estimated",
)

# What a running total follows: a death or a find in the clause before ("a further passenger
# died this morning, which would make 18").
RUNNING_TOTAL_CUES: tuple[str, ...] = (
    "died", "dies", "dead", "killed", "body", "bodies", "remains", "missing", "arrested",
    "detained", "rescued", "evacuated",
)
# Verbs of a hearing: the witnesses a court or a report heard are its sources ("the court heard
# 58 witnesses"), never a count of the story.
HEARING_VERBS: tuple[str, ...] = (
    "heard", "hears", "interviewed", "interviewing", "questioned", "called", "presented",
    "spoke to", "spoke with", "took evidence from",
)
# What the document's author knows in the first person ("our initial information", "our
# latest figures"), and, in a speech, the speaker's own teams besides.
OWN_KNOWLEDGE_NOUNS: tuple[str, ...] = (
    "information", "figures", "records", "data", "understanding", "assessment", "estimate", "estimates",
)
SPEAKERS_OWN_NOUNS: tuple[str, ...] = OWN_KNOWLEDGE_NOUNS + (
    "team", "teams", "staff", "crew", "crews", "surveillance", "count", "tally", "service",
    "services", "hospital", "hospitals", "ministry", "government", "people",
)


# A day named from the report's own: a running count's value "12 on Monday and 15 today".
DEICTIC_DAYS: tuple[str, ...] = (
    "today", "yesterday", "tonight", "last night", "this morning", "this afternoon", "this evening",
)


# Time expressions tied to a figure.
RELATIVE_TIMES: tuple[str, ...] = (
    # a total over days: "1,100 drones over the past week"
    "over the past week", "in the past week", "over the last week", "over the past month",
    "in the past month",
    "today", "yesterday", "tonight", "last night", "this morning", "this afternoon",
    "this evening", "on sunday", "so far", "currently", "now", "at one point", "at first",
    "initially", "earlier", "later", "last week", "last month", "last year", "this week",
    "this month", "this year", "overnight", "for now", "in the morning", "in the afternoon",
    "in the evening", "that afternoon", "that morning", "that night", "that evening",
    "before dawn", "at dawn", "at the time", "to date", "as of now", "in the early hours",
    "late last month", "early on", "by nightfall", "by evening", "since then",
    "since it began", "since the war began", "since the start of the war",
    "since the start of the year", "since the beginning of the year", "this year",
    "in the first half of this year", "so far this year",
    "since the conflict began", "since the fighting began", "since the beginning of the war",
    # ties to another event: "hours after four soldiers died" is a different incident
    "hours after", "hours before", "days after", "days before", "weeks after", "weeks before",
    "a day after", "a day before", "the day after", "the day before", "shortly after",
    "shortly before", "minutes after", "minutes before",
)

# Words that end a noun phrase when scanning right of a figure for its head noun.
NP_STOP_WORDS: frozenset[str] = frozenset({
    "and", "or", "but", "were", "was", "are", "is", "be", "been", "being", "had", "have",
    "has", "will", "would", "could", "should", "may", "might", "must", "can", "to", "who",
    "which", "that", "in", "on", "at", "by", "for", "from", "with", "as", "into", "after",
    "before", "during", "while", "when", "where", "since", "than", "said", "says", "the",
    "this", "these", "those", "its", "their", "his", "her", "our", "out", "up", "down",
    "over", "under", "across", "near", "inside", "outside", "amid", "among", "per", "via",
    "if", "because", "so", "not", "no", "did", "do", "does", "got", "get", "became",
    "remain", "remained", "remains", "went", "go", "came", "come",
    # verbs of a count in the third person, no plural heads: "The figure of 1,200 includes a
    # new wing", "the 12 comprises soldiers and police"
    "includes", "include", "included", "comprises", "comprise", "comprised", "represents",
    "exceeds", "contains",
    # reflexives, never a head: "We buried 30 of our neighbours ourselves"
    "ourselves", "themselves", "yourselves", "myself", "himself", "herself", "itself",
    # sentence adverbs, never a noun's modifier: "a total of 103 therefore understates the toll"
    "therefore", "thus", "hence", "however", "nevertheless", "consequently", "accordingly",
})

# Modifiers allowed between a figure and its head noun ("four more powerful aftershocks").
NP_MODIFIER_WORDS: frozenset[str] = frozenset({
    "more", "other", "others", "additional", "further", "extra", "new", "fresh",
    "separate", "different", "confirmed", "reported", "known", "unarmed", "innocent",
    "armed", "young", "old", "elderly", "local", "foreign", "active-duty", "active", "duty",
    "powerful", "strong", "deadly", "suspected", "alleged", "injured", "wounded", "dead",
    "kidnapped", "abducted", "missing", "displaced", "remaining", "total", "of", "whole",
    "entire", "small", "large", "big", "major", "minor", "heavy", "light", "us", "u.s.",
    "american", "russian", "ukrainian", "israeli", "palestinian", "syrian", "iraqi",
    "afghan", "iranian", "turkish", "armenian", "azerbaijani", "azeri", "chinese",
    "indian", "pakistani", "nigerian", "british", "french", "german", "national",
    "federal", "military", "army", "police", "security", "border", "peacekeeping",
    "government", "rebel", "enemy", "allied", "coalition", "pro-government", "regular",
    "reserve", "special", "elite", "civilian", "female", "male", "ethnic", "kidnap",
    "abduction", "rescue", "relief", "aid", "medical", "fire", "emergency", "suicide",
    "air", "ground", "naval", "marine", "sea", "land", "residential", "commercial",
    "public", "private", "school", "hospital", "health", "mud", "brick", "wooden",
    "separatist", "their", "central", "southern", "northern", "eastern", "western",
    "guard", "guards", "dozen",
    # levels of government: "450 county and state officers", "city and district workers"
    "state", "provincial", "regional", "municipal", "county", "city", "district", "tribal",
})


# A figure followed directly by one of these is a count whose head says its category
# ("11 wounded", "73 dead", "10 abducted").
PARTICIPLE_CATEGORIES: dict[str, str] = {
    "dead": "killed", "killed": "killed", "deaths": "killed", "bodies": "killed",
    "fatalities": "killed", "martyrs": "killed", "lives": "killed", "died": "killed",
    "deceased": "killed", "cadavers": "killed", "doa": "killed", "corpses": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "injuries": "wounded",
    # inside the phrase: "30 burn patients", "57 burns inpatients"
    "burn": "wounded", "burns": "wounded",
    "missing": "missing", "unaccounted": "missing",
    "displaced": "displaced", "homeless": "displaced", "refugees": "displaced",
    # "4,200 new arrivals were registered at the transit centre": refugees counted as they come
    "arrivals": "displaced",
    "evacuated": "evacuated", "rescued": "evacuated", "evacuees": "evacuated",
    "abducted": "detained", "kidnapped": "detained", "detained": "detained",
    "arrested": "detained", "hostages": "detained", "captives": "detained", "captured": "detained",
    "detainees": "detained", "prisoners": "detained", "arrests": "detained",
    "trapped": "other",  # "leaves 43 trapped": a count, but no missing (see CATEGORY_WORDS)
}

# A count of one names its noun in the singular: "The council counts one death", "one body
# was recovered" (mentions.py reads these only for a figure of one; not "hostage", whose fate
# the verb after it says: "one hostage died of heart failure")
SINGULAR_HEAD_CATEGORIES: dict[str, str] = {
    # (not "body": "One body representing drivers", a body of people)
    "death": "killed", "fatality": "killed", "corpse": "killed",
    "injury": "wounded", "arrest": "detained", "evacuee": "evacuated",
}

# Illnesses a hospital treats that are no wounds: "treated more than 600 people for
# heatstroke" counts the sick (category other), not the injured. Smoke inhalation and burns
# are injuries of the event, so they are not here.
ILLNESS_WORDS: tuple[str, ...] = (
    "heatstroke", "heat stroke", "heat illness", "heat illnesses", "heat-related illness",
    "heat-related illnesses", "heat exhaustion", "sunstroke", "dehydration", "hypothermia",
    "frostbite", "cholera", "diarrhoea", "diarrhea", "acute watery diarrhoea",
    "acute watery diarrhea", "malaria", "measles", "dengue", "typhoid", "fever", "pneumonia",
    "food poisoning", "illness", "illnesses", "respiratory infections", "respiratory illness",
    "respiratory problems", "breathing problems", "breathing difficulties", "suspected cholera",
    # what was drunk or eaten (a chemical leak's "gas exposure" is a wound: _WOUND_PHRASES)
    "methanol poisoning", "alcohol poisoning", "liquor poisoning", "poisoning",
)
# Troubles of breathing are an illness in an outbreak or a smog, but an injury of the event
# where something was breathed in ("given treatment for breathing problems once the chlorine
# escaped") or where they come with burns: then a sentence with one of INHALED_HARM_WORDS keeps
# its patients wounded.
RESPIRATORY_ILLNESS_WORDS: tuple[str, ...] = (
    "respiratory problems", "breathing problems", "breathing difficulties", "pneumonia",
)
INHALED_HARM_WORDS: tuple[str, ...] = (
    "gas", "gases", "smoke", "fumes", "leak", "leaked", "leaking", "chemical", "chemicals",
    "chlorine", "ammonia", "toxic", "tear gas", "teargas", "ash", "fire", "blaze", "explosion",
    "blast", "burns", "injuries",
)
# Causes of death and harm, for a clause that leaves its verb out: "11 died of exposure and
# six of smoke inhalation" (the six died too).
CAUSE_WORDS: tuple[str, ...] = (
    "hypothermia", "exposure", "frostbite", "smoke inhalation", "carbon monoxide",
    "carbon monoxide poisoning", "asphyxiation", "suffocation", "drowning", "burns",
    "gunshot wounds", "bullet wounds", "stab wounds", "shrapnel wounds", "wounds", "injuries",
    "heatstroke", "heat stroke", "dehydration", "starvation", "hunger", "malnutrition",
    "cholera", "disease", "their injuries", "their wounds",
)
# A headline that names these tells of people made ill, not hurt: its patients are sick unless
# a sentence says they are injured ("Toxic liquor kills 22 in Ramsar; 60 in hospital").
SICKNESS_STORY_WORDS: tuple[str, ...] = (
    "poisoning", "poisoned", "toxic liquor", "toxic alcohol", "bootleg", "spurious liquor",
    "hooch", "methanol", "moonshine", "illicit liquor", "illicit alcohol", "outbreak", "epidemic",
    "cholera", "fever", "measles", "dengue", "heatwave", "heat wave", "food poisoning",
    # a notice's "the illness at the care home"; a headline's "die after eating", "poison in
    # the well"
    "illness", "sickness", *FALLING_ILL_PHRASES, "after eating", "after drinking", "poison",
    "contaminated", "tainted",
)
# What makes a patient sick rather than hurt, said after the figure: "80 persons have been
# hospitalised after drinking home-brewed spirit", "97 persons with symptoms of ..."
SICKENING_PHRASES: tuple[str, ...] = (
    "after consuming", "after drinking", "after eating", "from drinking", "from consuming",
    "with symptoms of", "with symptoms",
)

# Who a count of "people" may be named as when nothing else says who they are: "the number of
# residents evacuated", and the next sentence's "about 12,000 residents left" (claims.py)
COUNTED_PEOPLE_AT_LARGE: frozenset[str] = frozenset({"people", "residents", "persons", "civilians", "inhabitants"})

# Kin as a partitive's own noun: "Two of our neighbours were killed", "three of her sons" are
# people of the story (alone, "his two sons" and "the two neighbours" are NON_STORY_NOUNS)
KIN_NOUNS: frozenset[str] = frozenset({
    "neighbours", "neighbors", "sons", "daughters", "brothers", "sisters", "siblings",
    "grandchildren", "wives", "husbands", "parents",
})

# Plural nouns that count things outside the story ("the two neighbors", "three times").
# A post's or a channel's engagement counts: "312 Reposts · 1,140 Likes", "388,902 subscribers",
# "Likes: 3" (never what a story counts)
ENGAGEMENT_COUNTS: frozenset[str] = frozenset({
    "reposts", "retweets", "likes", "quotes", "bookmarks", "shares", "views", "replies",
    "comments", "subscribers", "upvotes", "reactions",
})
NON_STORY_NOUNS: frozenset[str] = frozenset({
    "neighbors", "neighbours", "countries", "nations", "sides", "parties", "leaders",
    "sons", "daughters", "brothers", "sisters", "siblings", "grandchildren", "wives",
    "husbands", "parents", "times", "ways", "things", "reasons", "languages", "steps",
    "issues", "questions", "words", "terms", "points", "options", "goals",
    "teams", "matches", "games", "songs", "books", "films", "movies", "episodes",
    "chapters", "pages", "lines", "rules", "laws", "articles", "sections", "states",
    "provinces", "regions", "continents", "directions", "occasions", "consecutive",
    "straight", "rounds", "terms", "tasks", "demands", "conditions", "agencies",
    "outlets", "channels", "networks", "newspapers", "sources", "groups",
    "organisations", "organizations", "ministries", "governments", "powers",
    "allies", "partners", "delegations", "candidates", "votes", "seats",
    # what a report is made of, never what it counts: "reviewed 23 sources, among them two
    # military statements", "the hotline logged 1,200 calls"
    "statements", "documents", "videos", "photographs", "photos", "images", "interviews",
    "messages", "calls", "tweets", "complaints", "letters", "petitions", "testimonies",
    # ... and a report's own findings: "the inquiry made 42 recommendations"
    "recommendations",
    # the counts themselves: "the two figures do not match", "the three tolls differ"
    "tolls", "tallies", "estimates",
}) | ENGAGEMENT_COUNTS

# Subjects that are things or events, not people: their figures are always category "other".
THING_SUBJECTS: frozenset[str] = frozenset({
    "houses", "buildings", "shelters", "schools", "hospitals", "mosques", "churches", "shops",
    "villages", "towns", "communities", "neighborhoods", "bridges", "roads", "vehicles",
    "armoured vehicles", "artillery",
    "tanks", "aircraft", "helicopters", "drones", "missiles", "rockets", "shells", "bombs",
    "mines", "strikes", "raids", "attacks", "blasts", "incidents", "clashes", "aftershocks",
    "earthquakes", "landslides", "fires", "coffins", "graves", "tents", "boats", "ships",
    "posts", "army posts", "positions", "checkpoints", "bases", "weapons", "rounds", "cases",
    "explosive vests", "grenades",
    "flights", "camps", "sites", "targets", "facilities", "centres", "centers",
    "points", "beds", "wards", "coaches", "carriages", "wagons", "bogies", "trains",
    # what was seized, sent or used: "38 drums seized", "It took 14 fire engines"
    "drums", "pouches", "bottles", "barrels", "jerrycans", "sachets", "packets", "crates",
    "cartons", "sacks", "engines", "fire engines", "trucks", "ambulances", "buses", "cars",
    "excavators", "machines", "pumps", "generators", "kits", "vials", "doses", "latrines",
    "confirmed cases", "response teams", "premises", "livestock",
    "blankets", "mats", "tarpaulins", "nets", "parcels",
    # what police seize at a gate or a border: "seized 1,300 fake tickets", "40 forged passports"
    "tickets", "passports",
    # things buried, lost or unaccounted for: "buried 40 containers of waste", "300 ballots
    # were unaccounted for" (the verbs that count the dead and the missing count people only)
    "containers", "ballots", "ballot boxes", "boxes", "bags", "votes", "documents", "files",
}) | PLACE_PLURALS  # "died in three districts": a count of places is no count of people

# The category a head noun implies when no verb says otherwise.
SUBJECT_DEFAULT_CATEGORY: dict[str, str] = {
    "troops": "troops", "soldiers": "troops", "peacekeepers": "troops",
    "national guardsmen": "troops", "security forces": "troops", "mutineers": "troops",
    # DESIGN counts police deployed as troops: "about 140 officers from 12 agencies"
    "police": "troops",
    "hostages": "detained", "prisoners": "detained", "detainees": "detained",
    "refugees": "displaced", "idps": "displaced",
    # "the coast guard now counts 98 survivors": people brought out alive, unless a verb
    # says what befell them ("two survivors were injured")
    "survivors": "evacuated",
}

# What befalls buildings and cannot be undone: a later, lower count of homes "burned" or
# "destroyed" from another origin is a rival count (compare.py), as a lower toll is; homes
# "flooded" or "without power" may fall.
LASTING_DAMAGE_WORDS: tuple[str, ...] = (
    "destroyed", "burned", "burnt", "razed", "torched", "set ablaze", "set on fire", "flattened",
    "levelled", "leveled", "reduced to rubble", "gutted",
)
# Phrases after a figure that make it a count of the confirmed so far, i.e. a floor of the
# true number ("61 people were known to have died"); compare treats such figures as open above.
FLOOR_PHRASES: tuple[str, ...] = (
    "were known to have", "are known to have", "is known to have", "was known to have",
    "have been confirmed", "has been confirmed", "were confirmed", "are confirmed",
    "confirmed dead", "confirmed killed", "have been identified", "were identified",
)

# Words after "of" that make a figure a background size, not a count of the story:
# "a nation of 170 million people", "a city of about 500,000".
BACKGROUND_BEFORE: tuple[str, ...] = (
    "nation of", "country of", "city of", "town of", "population of", "home to",
    "a population of", "region of", "state of", "province of", "village of", "family of",
    "capital of", "metropolis of", "district of", "island of", "municipality of", "county of",
    "enclave of", "territory of",
)
# Words after a figure that place it outside the story ("12 earthquakes through history").
BACKGROUND_AFTER: tuple[str, ...] = (
    "through history", "throughout history", "in history", "on record", "since records began",
    "in recorded history", "in the past century", "over the centuries", "every year",
    "each year", "a year", "per year", "annually",
)
# A rate, not a count of the story, right after the figure's phrase: "carrying more than 20
# million passengers a day", "built to carry 8,000 people an hour" (never "died an hour
# later", "rescued a day after the blast": RATE_AFTER is matched only where no time word follows).
RATE_AFTER: tuple[str, ...] = (
    "a day", "per day", "each day", "every day", "a week", "per week", "each week", "a month",
    "per month", "each month", "an hour", "per hour", "each hour", "every hour", "a minute",
    "per minute",
)
# Category words that, alone in a section heading ("THE CAMP"), name the place the section
# is about rather than what its figures count
HEADING_PLACE_WORDS: frozenset[str] = frozenset({"camp", "shelter", "site"})
# Labels of fact boxes: "Dead: 31", "Missing: 14".
FACT_LABELS: dict[str, str] = {
    "dead": "killed", "deaths": "killed", "killed": "killed", "death toll": "killed", "deceased": "killed",
    "toll": "killed", "injured": "wounded", "wounded": "wounded", "missing": "missing",
    "killed or injured": "other", "killed or wounded": "other", "dead or injured": "other",
    "displaced": "displaced", "homeless": "displaced", "evacuated": "evacuated",
    "rescued": "evacuated", "arrested": "detained", "detained": "detained",
    "abducted": "detained", "kidnapped": "detained", "hostages": "detained",
    "troops": "troops", "in shelters": "displaced", "in relief centres": "displaced",
    "in relief camps": "displaced", "in camps": "displaced", "in relief centers": "displaced",
    "in evacuation centres": "displaced", "in evacuation centers": "displaced",
    "in evac. centres": "displaced", "in evac. centers": "displaced", "in evac centres": "displaced",
    "in displacement camps": "displaced", "in temporary shelters": "displaced",
    "houses damaged": "other", "homes damaged": "other", "houses destroyed": "other",
    "homes destroyed": "other",
    # a monitor's "Fatalities (coded): 45"; casualties with no split are `other` (DESIGN)
    "fatalities": "killed", "casualties": "other",
    # an infobox's "Survivors: 153", "Arrests: 4", "Injuries: 61"
    "survivors": "evacuated", "arrests": "detained", "injuries": "wounded", "injured persons": "wounded",
    # an outbreak's response: "People vaccinated (first round): 94,310" (no harm of the event)
    "vaccinated": "other", "inoculated": "other",
    "evacuees": "evacuated", "detainees": "detained",
    "in hospital": "wounded", "hospitalised": "wounded", "hospitalized": "wounded",
    "in intensive care": "wounded",
    # a situation report's split of its toll and of its patients: "Died in hospital: 12" (not
    # the wounded of "in hospital"), "On admission: 53"
    "died": "killed", "died at scene": "killed", "died at the scene": "killed",
    "died in hospital": "killed", "died in hospitals": "killed", "on admission": "wounded",
}
# What a fact box's label may add after its noun: "Deaths confirmed: 7", "Injuries reported: 40"
FACT_LABEL_PARTICIPLES: tuple[str, ...] = ("confirmed", "recorded", "reported", "registered", "counted", "so far")
# Where the hurt are cared for: "remain in Kessel General Hospital", "and three to a clinic"
CARE_PLACES: tuple[str, ...] = (
    "hospital", "hospitals", "clinic", "clinics", "infirmary", "medical centre", "medical center",
    # a rural district's first care: "carried to a health centre"
    "health centre", "health centres", "health center", "health centers",
)
# Labels that are speakers too, on a live page ("Survivors: 80 to 90 on board"): a fact box's
# only when the figure ends the line
FACT_LABELS_THAT_SPEAK: frozenset[str] = frozenset({"survivors", "evacuees", "detainees"})

# The first column of a Markdown table names what its rows are. Rows of periods give each
# figure its time ("| March 2026 | 2,140–2,560 |"), rows of places its place ("| North |
# 12 |"); a column header that opens on a partitive counts a part of the column before it
# ("| Civilians killed | Of whom children |").
TABLE_TIME_HEADERS: frozenset[str] = frozenset({
    "period", "month", "date", "year", "week", "day", "as of", "time", "reporting period",
    "dates", "months", "years", "weeks", "days",
})
# A hospital group's rows: where its patients are (a place of the row, and what makes a table
# one of patients)
TABLE_HOSPITAL_HEADERS: frozenset[str] = frozenset({
    "hospital", "hospitals", "facility", "facilities", "health facility", "health facilities",
})
TABLE_PLACE_HEADERS: frozenset[str] = frozenset({
    "region", "province", "district", "governorate", "state", "county", "city", "town",
    "location", "area", "department", "municipality", "country", "camp", "site", "village",
    "prefecture", "oblast", "regions", "provinces", "districts", "governorates", "states",
    "counties", "cities", "towns", "locations", "areas", "villages", "sites", "camps",
    *TABLE_HOSPITAL_HEADERS,
})
# A table's total row counts the whole, in no place or period of its own.
# An outbreak table's columns named by an adjective alone ("Suspected  Confirmed  Deaths"):
# each counts cases.
TABLE_CASE_HEADERS: frozenset[str] = frozenset({
    "suspected", "confirmed", "probable", "suspect", "lab-confirmed", "laboratory-confirmed",
})
# A column of people beside a column of shelters ("| Area | Evacuation centres | People |"):
# the people staying in them, i.e. the displaced.
TABLE_SHELTER_HEADERS: tuple[str, ...] = (
    "evacuation centres", "evacuation centers", "relief camps", "relief centres", "relief centers",
    "shelters", "camps", "displacement sites", "displacement camps", "collective centres",
    "collective centers", "evacuation sites", "temporary shelters",
)
TABLE_PEOPLE_HEADERS: frozenset[str] = frozenset({
    "people", "persons", "individuals", "residents", "occupants", "families", "households",
    "people sheltered", "persons sheltered", "population",
})
# A hospital's table of patients names its columns by what befell them or how they are
# ("Admitted  Critical  Serious  Died"): each header read as the fact-box label it
# stands for. (Not "Discharged": the blind sets differ on whether the sent-home are counted
# as hurt.)
TABLE_PATIENT_HEADERS: dict[str, str] = {
    "died": "dead", "deceased": "dead",
    "critical": "injured", "serious": "injured", "severe": "injured", "moderate": "injured",
    "light": "injured", "minor": "injured", "stable": "injured",
    "critical condition": "injured", "serious condition": "injured", "stable condition": "injured",
    "received": "injured", "admitted": "hospitalised", "treated": "injured",
    "in icu": "in intensive care", "icu": "in intensive care", "intensive care": "in intensive care",
    "hospitalised": "hospitalised", "hospitalized": "hospitalised",
}
# ... of which these are states of the patients received, each a part of them
TABLE_PATIENT_STATES: frozenset[str] = frozenset({
    "critical", "serious", "severe", "moderate", "light", "minor", "stable", "critical condition",
    "serious condition", "stable condition", "in icu", "icu", "intensive care",
})
TABLE_TOTAL_LABELS: frozenset[str] = frozenset({
    "total", "totals", "grand total", "all", "overall", "sum", "national", "nationwide", "all districts",
})
TABLE_PARTITIVE_HEADERS: tuple[str, ...] = (
    "of whom", "of which", "of them", "including", "incl.", "among them", "among whom",
)

# Nouns that end in "-ly" like the manner adverbs a speaker's phrase sheds ("The ministry
# quietly lowered its figure", "Officials privately said"): these end a speaker's name.
LY_NOUNS: frozenset[str] = frozenset({
    "family", "tally", "assembly", "supply", "elderly", "anomaly", "monopoly", "homily",
    "butterfly", "ally", "rally",
})
# ... and how often a publication appears, which ends any word that names one ("the daily",
# "the bimonthly", "the fortnightly" are papers, no adverbs)
PERIODICAL_ENDINGS: tuple[str, ...] = ("daily", "weekly", "monthly", "yearly", "nightly", "quarterly", "fortnightly")

# What passes a figure around without a name to it: "posts on other sites claiming 9 dead",
# "Reports on social media of 200 drowned", "unverified accounts saying 40 were killed". The
# posts or reports are the figure's source (and the hedge tables say they are unverified).
RUMOUR_NOUNS: tuple[str, ...] = (
    "posts", "reports", "rumours", "rumors", "messages", "videos", "claims", "accounts",
    "tweets", "allegations",
)
# ... the words that may stand before them ("unverified reports", "social media posts")
RUMOUR_ADJECTIVES: tuple[str, ...] = (
    "unverified", "unconfirmed", "online", "social media", "media", "local", "several", "some",
    "other", "earlier", "initial", "conflicting", "many", "numerous", "first",
)
# ... and the word that hands the figure on ("of" only right before the figure)
RUMOUR_LINKS: tuple[str, ...] = ("claiming", "saying", "suggesting", "alleging", "that", "of")

# Where a group was, for a bare figure that counts it: "41 were on board, not 39", "63 were
# underground when the gallery flooded" (counts.py), "Survivors: 70 to 80 on board" (speakers.py).
ABOARD_WORDS: tuple[str, ...] = ("aboard", "on board", "onboard", "underground")

# What joins a part to the figure it is part of, in running text: "104 dead, including 39
# civilians", "a tally of 30 dead includes 12 soldiers". The part is counted by whoever
# counted the whole.
PART_CONNECTORS: tuple[str, ...] = (
    "including", "incl.", "among them", "among whom", "of whom", "of which", "includes",
    "included", "with",
)

# Nouns a figure follows as "for N" ("Funerals for 19 of the victims were held", "tents for
# 300 families were delivered"): the verb after the figure is the noun's, not the figure's.
NOUNS_FOR_A_GROUP: frozenset[str] = frozenset({
    "funeral", "funerals", "burial", "burials", "vigil", "vigils", "prayers", "memorial",
    "memorials", "service", "services", "mass", "compensation", "coffins", "graves", "tents",
    "food", "aid", "rations", "kits", "blankets", "shelter", "justice",
})

# A prison escape is not displacement: "400 inmates fled a prison", "escaped", "broke out".
# Who holds hostages: when they free them it is a release (other), as "released" is; when
# troops or police free them it is a rescue ("Troops freed 38 hostages").
CAPTOR_NOUNS: tuple[str, ...] = (
    "kidnappers", "abductors", "captors", "hostage-takers", "gunmen", "militants", "rebels",
    "insurgents", "bandits", "jihadists", "militia", "militiamen", "the group",
)

# What ties a place after a figure to the event rather than to the count: "13 people died as
# a result of the explosion at the plant in Ostmere" is the whole toll of an explosion that
# happened in Ostmere, not Ostmere's share of a larger one.
EVENT_LINK_PHRASES: tuple[str, ...] = (
    "as a result of", "because of", "due to", "caused by", "in the wake of",
)
INCIDENT_NOUNS: tuple[str, ...] = (
    "explosion", "explosions", "blast", "blasts", "fire", "blaze", "collapse", "crash",
    "airstrike", "air strike", "bombing", "shelling", "raid", "attack", "ambush", "derailment",
    "shooting", "stampede", "crush", "accident", "sinking", "capsizing", "landslide",
    "earthquake", "flood", "floods", "flooding", "storm", "cyclone", "riot", "clashes",
    "massacre", "leak",
)

# What a year before a noun names, besides an incident: "the 2064 ceasefire arrangements",
# "the 2079 census", "since the 2068 elections" (a year, never a count of them).
YEAR_NAMED_NOUNS: tuple[str, ...] = (
    "ceasefire", "truce", "agreement", "agreements", "accord", "accords", "treaty", "deal",
    "election", "elections", "census", "constitution", "budget", "war", "uprising", "revolution",
    "coup", "protests", "referendum", "peace", "talks", "summit", "inquiry", "report", "season",
)

# ... but not before people, whom a figure then counts: "some 2000 election observers"
YEAR_NAMED_NOUN_PEOPLE: tuple[str, ...] = (
    "observers", "veterans", "workers", "suspects", "fighters", "monitors", "officials", "staff",
    "volunteers", "delegates",
)

# Subjects that "claim" people by killing them ("Heat claims 19 pilgrims", "Floods have
# claimed 12 lives"): no claimant speaks and nothing is hedged; the people are the dead.
KILLING_HAZARDS: tuple[str, ...] = INCIDENT_NOUNS + (
    "heat", "heatwave", "heat wave", "heatwaves", "cold", "cold wave", "cold snap", "snowstorm",
    "blizzard", "typhoon", "hurricane", "tornado", "quake", "tremor", "tsunami", "avalanche",
    "mudslide", "mudslides", "landslides", "wildfire", "wildfires", "fires", "storms", "rains",
    "outbreak", "epidemic", "disease", "cholera", "virus", "violence", "fighting", "war",
    "conflict", "strikes", "airstrikes", "air strikes", "attacks", "accidents", "crashes",
    "drought", "famine", "hunger", "sea", "waves",
)
# What makes a release no rescue: "Courts free 312 on bail", "14 were freed without charge".
RELEASE_PHRASES: tuple[str, ...] = ("on bail", "on bond", "without charge", "without charges", "on parole")

ESCAPE_PHRASES: tuple[str, ...] = (
    "fled a prison", "fled the prison", "fled prison", "fled the jail", "fled custody",
    "escaped", "broke out", "broke free", "fled the facility", "fled the centre",
    "fled the center", "at large", "on the run", "evaded",
)


# Kinds of event a headline names, for telling stories apart: a report of an earthquake and a
# report of a bombing in one country are two stories whatever names they share. Only two
# kinds, because disasters cascade (a quake sets off landslides and fires; a storm floods) and
# one raid is called an airstrike, a blast and an attack; and only words that are nouns of
# the event in a headline ("strike", "storm", "hit" are verbs there too: "Death and
# devastation strike El Salvador", "gunmen storm a village").
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "natural": ("earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors",
                "aftershock", "aftershocks", "tsunami", "flood", "floods", "flooding",
                "floodwaters", "landslide", "landslides", "mudslide", "mudslides", "cyclone",
                "hurricane", "typhoon", "monsoon", "downpours", "volcano", "eruption"),
    "violence": ("airstrike", "airstrikes", "air-strike", "shelling", "bombardment", "bombing",
                 "bombings", "bomber", "blast", "blasts", "explosion", "explosions", "attack",
                 "attacks", "attackers", "massacre", "ambush", "shooting", "gunmen", "gunman",
                 "militants", "jihadists", "insurgents", "kidnapping", "kidnappers",
                 "abduction", "abducted", "kidnapped", "jailbreak", "offensive", "clashes",
                 "hostage", "hostages"),
    "disease": ("cholera", "outbreak", "outbreaks", "epidemic", "pandemic", "ebola", "measles",
                "dengue", "mpox", "diphtheria", "malaria", "anthrax", "plague", "meningitis"),
}
# Staff credits name the newsroom, not the event: a Reuters editor's name in "(Reporting by
# ...; Editing by Claire Moreau)" appears under stories of every kind.
STAFF_CREDIT_PHRASES: tuple[str, ...] = (
    "reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
    "contributed to this report", "contributed reporting", "contributed to this story",
)


# Subjects that reports use for one group. The first entry names the group.
SUBJECT_GROUPS: tuple[tuple[str, ...], ...] = (
    ("people", "residents", "victims", "persons", "others", "inhabitants", "villagers",
     "individuals", "citizens", "miners", "passengers", "pilgrims", "worshippers", "workers",
     # the crowd of a crush or a fire: "11 devotees have lost their lives" / "14 people died"
     "devotees", "mourners", "spectators", "fans", "attendees", "churchgoers", "revellers",
     "festival-goers", "idps",
     # an armed group's claim names the people it killed by its own words for them ("more
     # than 100 apostates"), as a ministry names enemy soldiers "occupiers"
     "apostates", "infidels", "unbelievers", "disbelievers", "polytheists"),
    ("civilians", "non-combatants", "noncombatants"),
    # (a side's dead under its enemy's name for them: a ministry's "occupiers", a jihadist
    # claim's "crusaders")
    ("troops", "soldiers", "service members", "personnel", "military personnel", "servicemen",
     "occupiers", "crusaders"),
    ("houses", "homes", "dwellings", "apartments"),
    ("blasts", "explosions", "bombings"),
    ("migrants", "asylum seekers", "refugees"),
    ("militants", "fighters", "insurgents", "rebels", "jihadists",
     "gunmen", "attackers", "assailants", "bandits", "kidnappers"),
    ("strikes", "airstrikes", "air strikes"),
    ("hostages", "captives"),
    ("inmates", "prisoners", "escapees", "convicts"),
    # what a stadium holds: "a capacity of 40,000", "the 40,000-seat stadium"
    ("capacity", "seats"),
)
# Groups that a report names where another says "people" for the same toll ("21 civilians
# were killed" / "34 people were killed"; "nine migrants drowned" / "17 bodies"): one quantity
# with "people", unless the story counts that group as a part of a total ("200 people,
# including 10 civilians"). Not children: a children's toll from one source is most often a
# part of another's total ("12 children" from UNICEF, "40 people" from the ministry).
# (protesters: a crackdown's toll, "at least 19 protesters" in one report and "23 deaths" in
# another; not pupils, students or tourists, a school's or a resort's share of a larger toll
# more often than the toll itself)
VICTIM_GROUPS: frozenset[str] = frozenset({
    "civilians", "migrants", "inmates", "protesters", "demonstrators", "fishermen", "hikers",
})
# Words of harm after a figure that make a time phrase name another incident: "hours after four
# soldiers died", "days after 20 were killed in the capital".
INCIDENT_HARM_WORDS: tuple[str, ...] = (
    "died", "dead", "killed", "were killed", "was killed", "deaths", "wounded", "injured", "hurt",
    "drowned", "perished", "lost their lives", "kidnapped", "abducted", "missing",
)
# Words of a casualty figure that count the harm and not who suffered it ("the toll rose to 23",
# "16 dead", "two more deaths", "at least 30 casualties", "the victims"): such a figure is of
# whichever group the story's other figures of that category name, when they all name one
# ("9 patients were killed" / "the toll rose to 12": the patients' toll).
UNNAMED_TOLL_WORDS: frozenset[str] = frozenset({
    "dead", "deaths", "death", "bodies", "body", "fatalities", "fatality", "casualties", "casualty",
    "victims", "victim", "lives", "injured", "wounded", "injuries", "missing", "toll", "deceased",
})
# ... but not a group that is a share of such a toll more often than the whole of it: the
# "survivors" who died later, the "patients" one hospital treats of all the injured.
UNNAMED_TOLL_NOT_GROUPS: dict[str, frozenset[str]] = {
    "killed": frozenset({"survivors"}),
    "wounded": frozenset({"survivors", "patients"}),
    "missing": frozenset({"survivors"}),
}
# Groups that count the same people as "people" in one category only: everyone rescued is a
# survivor ("29 survivors were rescued" / "29 people were pulled out alive"), while the
# "survivors" of other figures ("survivors said 40 were on board") are witnesses.
# ... and the "men" of a count with no casualty category ("43 men were trapped", "230 men were
# underground") are its people, where a toll's "men" may be a part ("men, women and children").
# ... and an abduction's "students", "pupils" and "children" are the abducted people
# ("109 students were abducted" / "more than 150 children were taken"), and a siege's hostages
# the people it holds ("about 30 hostages" / "32 people were taken hostage").
CATEGORY_PEOPLE_GROUPS: dict[str, frozenset[str]] = {
    "evacuated": frozenset({"survivors"}), "other": frozenset({"men"}),
    # ... and a list of the dead counts them by name: "the list of the dead has 17 names"
    "killed": frozenset({"names"}),
    # ... and a list of the missing: "the police list has 9 names"
    "missing": frozenset({"names"}),
    "detained": frozenset({"students", "children", "hostages"}),
}

# Subjects that count one group in one category only: an abduction's "aid workers", "staff",
# "colleagues" and "employees" are the one organisation's people held ("five aid workers were
# abducted" / "six of its staff" / "six of our colleagues"); the dead of an ambush may be two
# employers' people. (A list's "names" of who was aboard count the people aboard:
# cluster/quantities.py.)
CATEGORY_SUBJECT_GROUPS: dict[str, dict[str, str]] = {
    "detained": {"aid workers": "staff", "colleagues": "staff", "employees": "staff", "humanitarian workers": "staff"},
}

# An air war's tallies of weapons: how many were fired and how many were brought down are two
# quantities ("launched 412 drones", "379 drones downed"), never one count in conflict.
WEAPON_SUBJECTS: frozenset[str] = frozenset({
    "drones", "missiles", "rockets", "shells", "bombs", "aircraft", "helicopters",
})
INTERCEPT_VERBS: tuple[str, ...] = (
    # (never "down" alone: "45 missiles rained down on the city" were fired)
    "shot down", "shoot down", "shooting down", "shoots down", "downed", "intercepted",
    "intercept", "intercepts", "intercepting", "destroyed", "destroy", "destroys", "neutralised",
    "neutralized", "jammed", "suppressed", "repelled", "repulsed", "brought down", "taken down",
    "were downed", "was downed",
)

# What a part of a total says of itself: "Six of them were in a critical condition" and "nine
# of them on ventilators" are two quantities, not two counts of one (longest phrase first).
PART_STATES: dict[str, str] = {
    "critical condition": "critical", "critical": "critical", "serious condition": "critical",
    "fighting for their lives": "critical", "battling for their lives": "critical",
    "seriously": "critical", "life-threatening": "critical", "critically": "critical",
    "gravely": "critical",
    "ventilators": "intensive care", "ventilator": "intensive care", "intensive care": "intensive care",
    "icu": "intensive care",
    "died": "died", "succumbed": "died", "later died": "died",
    "discharged": "discharged", "sent home": "discharged", "released from hospital": "discharged",
    "in hospital": "in hospital", "hospitalised": "in hospital", "hospitalized": "in hospital",
    "still being treated": "in hospital",
}


# Where the dead died, as a toll's breakdown gives it: "17 were killed on the spot and 6 died
# of their wounds" are two quantities, each a part of the toll, not three rival tolls.
DEATH_PLACES: dict[str, str] = {
    "at the scene": "at the scene", "at scene": "at the scene", "on the spot": "at the scene",
    "on site": "at the scene", "on-site": "at the scene", "instantly": "at the scene",
    "at the site": "at the scene", "on the site": "at the scene",
    "in hospital": "in hospital", "in hospitals": "in hospital", "in the hospital": "in hospital",
    "at hospital": "in hospital", "at the hospital": "in hospital", "in the hospitals": "in hospital",
    "on the way to hospital": "in hospital", "on the way to the hospital": "in hospital",
    "while receiving treatment": "in hospital", "of their injuries": "in hospital",
    "of their wounds": "in hospital", "from their injuries": "in hospital",
    "from their wounds": "in hospital",
}

# The sides of a war between two states (cluster/sides.py). A state speaks through its bodies:
# "Sorbenia's Defence Ministry", "the Foreign Ministry of the Republic of Talvaro", "the
# Talvaran army". A body's word tells a state from a person or an agency ("Amnesty's
# researcher", "the UN's envoy" are no side).
STATE_BODY_WORDS: frozenset[str] = frozenset({
    "ministry", "ministries", "minister", "mod", "army", "military", "government", "forces", "armed forces",
    "general staff", "defence", "defense", "emergencies", "emergency", "health", "interior", "foreign",
    "president", "presidency", "prime minister", "officials", "authorities", "air force",
    "navy", "border guard", "border guards", "border service", "cabinet", "state media",
    "state television", "state news agency", "command", "joint staff", "chief of staff",
})
# A ministry's portfolio, never a state: "the Ministry of Defence", "the Ministry of Foreign Affairs".
PORTFOLIO_WORDS: frozenset[str] = frozenset({
    "defence", "defense", "health", "interior", "justice", "information", "affairs", "situations",
    "emergencies", "finance", "education", "transport", "agriculture", "communications", "security",
    "war", "state", "energy", "labour", "labor", "welfare", "relief", "disasters",
})
# What makes a region one state's: "Sorbenia's Hallen province", "the Wick region of Talvaro".
REGION_WORDS: tuple[str, ...] = (
    "province", "region", "oblast", "district", "state", "governorate", "county", "prefecture",
)
# A state's word for its own people: "nine of its soldiers", "its civilian toll", "our losses".
OWN_SIDE_WORDS: tuple[str, ...] = ("its", "their", "our", "its own", "their own", "our own")
# Who acts for a side when its name is the agent: "Sorbenian fire killed ...", "Talvaran forces
# destroyed ...".
SIDE_AGENT_NOUNS: tuple[str, ...] = (
    "forces", "troops", "army", "military", "fire", "shelling", "artillery", "strikes", "strike",
    "drones", "drone", "units", "soldiers", "air defences", "air defenses", "air force", "navy",
    "missiles", "rockets",
)
# What one side does to the other's people and kit, in the active voice.
SIDE_HARM_VERBS: tuple[str, ...] = (
    "killed", "kill", "kills", "killing", "destroyed", "destroying", "eliminated", "eliminating",
    "neutralised", "neutralized", "wounded", "injured", "captured", "capturing", "took prisoner",
    "shot down", "downed", "hit", "wiped out", "liquidated",
)
# A side's word for the other: "up to 50 soldiers of the enemy", "enemy losses were put at".
ENEMY_WORDS: tuple[str, ...] = ("enemy", "enemy's", "adversary", "adversary's", "occupiers", "occupying forces")
# A figure for both sides at once: a total of its own, not either side's.
BOTH_SIDES_PHRASES: tuple[str, ...] = (
    "on both sides", "both sides", "on either side", "either side", "on each side", "of both sides",
    "both countries", "the two countries", "on both sides of the border",
)

# A digest's or a live page's header over a post: "Ministry of Defence (official), 09:12",
# "Valley Watch (pro-government blogger), 11:20" (turns.post_signers). A header
# with no time names what kind of account it is.
POST_HEADER_WORDS: frozenset[str] = frozenset({
    "official", "blogger", "channel", "telegram", "account", "twitter", "facebook", "statement",
    "post", "posts", "verified", "spokesperson", "spokesman", "spokeswoman",
})

# What a place's people are called after its possessive: "9,000 of Marva's pre-war population",
# "300 of Marva's 2,000 residents" (a part of the place's people; "six of Ahmed's children" is
# no such part).
POPULATION_WORDS: frozenset[str] = frozenset({
    "population", "pre-war", "prewar", "residents", "inhabitants", "people", "estimated", "some",
    "about", "roughly", "nearly", "around",
})

# Nouns "about" follows as a preposition, not a qualifier: "reports about hundreds of dead",
# "rumours about 40 bodies" (the figure is exact as written; "killed about 40" is a qualifier).
ABOUT_AS_PREPOSITION_AFTER: frozenset[str] = frozenset({
    "reports", "report", "propaganda", "claims", "claim", "rumours", "rumors", "rumour", "rumor",
    "news", "stories", "story", "information", "talk", "questions", "question", "worries",
    "concerns", "fears", "posts", "videos", "messages", "allegations", "statements",
})
# ... but the bare verb after a plural subject gives a figure: "harbour masters report about
# 140 boats", "they claim about 200" ("a news report about", "its claim about": nouns)
BARE_TALK_VERBS: frozenset[str] = frozenset({"report", "claim"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "we"})
# words ending in "s" that are no plural subject before such a verb
S_ENDING_NON_PLURALS: frozenset[str] = frozenset({
    "its", "his", "this", "was", "has", "is", "as", "us", "thus", "news", "various", "previous",
    "numerous", "serious",
})
