"""Categories and subjects (DESIGN.md 'Categories'): realistic news sentences for all eight
categories, with the category word after the figure, before it (a transitive verb), in a
headline, in a toll, and in force sizes. Expected values are written by hand from DESIGN.md."""

from __future__ import annotations

import pytest

from .support import claim_with, same_subject

ANY = None  # subject not checked (no normalised head noun in DESIGN for it)

# (id, text, figure in the mention, category, subject)
CASES: list[tuple[str, str, str, str, str | None]] = [
    # --- killed --------------------------------------------------------------------------
    ("killed-died-after-1", "Four soldiers and two civilians died in the shelling, the ministry said.", "Four soldiers", "killed", "soldiers"),
    ("killed-died-after-2", "Four soldiers and two civilians died in the shelling, the ministry said.", "two civilians", "killed", "civilians"),
    ("killed-transitive", "The blasts killed at least 103 people near the cemetery.", "103", "killed", "people"),
    ("killed-toll-rose-to", "The death toll rose to 340 on Monday, officials said.", "340", "killed", "people"),
    ("killed-headline", "Quake kills dozens in western Nepal\n\nThe quake struck at dawn.", "dozens", "killed", "people"),
    ("killed-bodies-recovered", "Divers recovered 27 bodies from the river on Sunday.", "27 bodies", "killed", "people"),
    ("killed-lost-their-lives", "At least 12 people lost their lives when the bus plunged into a gorge.", "12", "killed", "people"),
    ("killed-toll-stood-at", "The toll stood at 1,204 on Sunday evening, the disaster agency said.", "1,204", "killed", "people"),
    ("killed-drowned", "Police said 18 migrants drowned when their boat capsized.", "18", "killed", "migrants"),
    ("killed-dead-participle", "The attack left 30 people dead and 52 injured.", "30", "killed", "people"),
    ("wounded-injured-participle", "The attack left 30 people dead and 52 injured.", "52", "wounded", "people"),
    ("killed-one-soldier", "One soldier was killed in the ambush, the army said.", "One soldier", "killed", "soldiers"),
    ("killed-deaths-noun", "Health officials reported 9 deaths from the heatwave.", "9 deaths", "killed", "people"),
    ("killed-among-the-dead", "Three police officers were among the dead.", "Three police officers", "killed", "police"),
    ("killed-fatalities", "Authorities confirmed 76 fatalities by Tuesday night.", "76", "killed", "people"),
    ("killed-headline-toll", "Kerman blasts: death toll climbs to 95\n\nThe blasts hit a crowd.", "95", "killed", "people"),
    # --- wounded -------------------------------------------------------------------------
    ("wounded-others-after", "Eleven others were wounded, the governor said.", "Eleven others", "wounded", "people"),
    ("wounded-transitive-others", "The blasts injured more than 170 others, state media said.", "170", "wounded", "people"),
    ("wounded-hospitalised", "At least 45 people were hospitalised with burns.", "45", "wounded", "people"),
    ("wounded-hurt", "Some 60 people were hurt in the stampede.", "60", "wounded", "people"),
    ("wounded-transitive-civilians", "The shelling wounded 23 civilians, the ombudsman said.", "23 civilians", "wounded", "civilians"),
    ("wounded-n-injured", "The crash left 2 dead and 14 injured.", "14", "wounded", "people"),
    # --- missing -------------------------------------------------------------------------
    ("missing-unaccounted-for", "Dozens remain unaccounted for after the landslide.", "Dozens", "missing", "people"),
    ("missing-still-missing", "About 1,200 people are still missing, the Red Cross said.", "1,200", "missing", "people"),
    ("missing-fishermen", "Eight fishermen have been missing since the storm hit.", "Eight fishermen", "missing", "fishermen"),
    ("missing-n-missing", "Officials said 40 were dead and 60 missing.", "60", "missing", "people"),
    # --- displaced -----------------------------------------------------------------------
    ("displaced-headline-homeless", "Floods leave 2,000 homeless in Assam\n\nRivers burst their banks.", "2,000", "displaced", "people"),
    ("displaced-living-in-camps", "More than 20,000 people are living in camps near the border.", "20,000", "displaced", "people"),
    ("displaced-transitive-families", "The storm displaced 4,500 families, the agency said.", "4,500", "displaced", "families"),
    ("displaced-sheltering", "About 3,000 people are sheltering in schools and churches.", "3,000", "displaced", "people"),
    ("displaced-made-homeless", "Nearly 900 residents were made homeless by the fire.", "900", "displaced", "residents"),
    ("displaced-refugees", "Some 250,000 refugees have crossed into Chad.", "250,000", "displaced", "refugees"),
    # --- evacuated -----------------------------------------------------------------------
    ("evacuated-transitive", "Authorities evacuated 8,000 residents from low-lying areas.", "8,000", "evacuated", "residents"),
    ("evacuated-passive", "More than 3,100 civilians have been evacuated, the ministry said.", "3,100", "evacuated", "civilians"),
    ("evacuated-rescued", "The coast guard rescued 56 migrants off the coast.", "56", "evacuated", "migrants"),
    ("evacuated-freed-hostages", "Police freed 12 hostages in a dawn raid.", "12", "evacuated", "hostages"),
    # --- detained ------------------------------------------------------------------------
    ("detained-arrested", "Police arrested 45 protesters on Saturday.", "45", "detained", "protesters"),
    ("detained-held-hostages", "The militants held 12 hostages for three days.", "12 hostages", "detained", "hostages"),
    ("detained-abducted", "Gunmen abducted 30 students from a boarding school.", "30", "detained", "students"),
    ("detained-were-kidnapped", "At least 20 villagers were kidnapped, a resident said.", "20", "detained", "residents"),
    ("detained-some", "Security forces detained some 200 people after the riots.", "200", "detained", "people"),
    ("detained-in-custody", "Some 300 people remain in custody, the police said.", "300", "detained", "people"),
    ("detained-seized-passengers", "Bandits seized 17 passengers from a bus.", "17", "detained", "passengers"),
    # --- troops --------------------------------------------------------------------------
    ("troops-deployed", "The Pentagon deployed 5,000 troops to the border.", "5,000", "troops", "troops"),
    ("troops-strong-force", "A 3,000-strong force will be sent to the region.", "3,000", "troops", ANY),
    ("troops-peacekeepers", "Russia has about 2,000 peacekeeping troops in the region.", "2,000", "troops", "peacekeepers"),
    ("troops-send-soldiers", "The country could send 5,000 soldiers to the front.", "5,000", "troops", "soldiers"),
    ("troops-police-deployed", "Some 1,500 police officers were deployed across the capital.", "1,500", "troops", "police"),
    ("troops-stationed", "The UN has 12,000 peacekeepers stationed in the country.", "12,000", "troops", "peacekeepers"),
    # --- other ---------------------------------------------------------------------------
    ("other-destroyed-homes", "The strikes destroyed 300 homes in the valley.", "300", "other", "houses"),
    ("other-fired-rockets", "Militants fired 40 rockets at the town.", "40", "other", "rockets"),
    ("other-rescuers", "Hundreds of rescuers joined the search.", "Hundreds", "other", "rescuers"),
    ("other-strikes", "Four strikes hit the airfield overnight, the ministry said.", "Four strikes", "other", "strikes"),
    ("other-crowd", "Several hundred people gathered outside parliament.", "Several hundred", "other", "people"),
    ("other-buildings", "The quake damaged more than 1,000 buildings.", "1,000", "other", "buildings"),
    ("other-casualties-no-split", "There were 112 casualties, the hospital said.", "112", "other", "people"),
    ("other-two-explosions", "Two explosions struck the procession, the agency said.", "Two explosions", "other", "blasts"),
    # --- more phrasings: verbs before and after, tolls, partitives, headlines -------------
    ("killed-claimed-the-lives-of", "The bombing claimed the lives of at least 64 people.", "64", "killed", "people"),
    ("killed-claimed-n-lives", "Floods have claimed 64 lives in the province.", "64", "killed", "people"),
    ("killed-among-the-dead-were", "Among the dead were 12 children, the ministry said.", "12 children", "killed", "children"),
    ("killed-bare-after-verb", "The quake killed 5 and injured 30 in the village.", "5", "killed", "people"),
    ("wounded-bare-after-verb", "The quake killed 5 and injured 30 in the village.", "30", "wounded", "people"),
    ("killed-crushed-to-death", "Five people were crushed to death in the stampede.", "Five people", "killed", "people"),
    ("killed-among-those-killed", "Three aid workers were among those killed.", "Three aid workers", "killed", "aid workers"),
    ("killed-and-taken-hostage-1", "Israel said 1,200 people were killed and 240 taken hostage.", "1,200", "killed", "people"),
    ("detained-and-taken-hostage-2", "Israel said 1,200 people were killed and 240 taken hostage.", "240", "detained", "people"),
    ("wounded-thousands-more", "At least 300 people were killed and thousands more wounded.", "thousands more", "wounded", "people"),
    ("killed-have-died", "17 people have died and 40 are missing, officials said.", "17", "killed", "people"),
    ("missing-are-missing", "17 people have died and 40 are missing, officials said.", "40", "missing", "people"),
    ("killed-militants", "The army said it killed 25 militants in the operation.", "25", "killed", "militants"),
    ("killed-died-of-injuries", "At least 13 people died of their injuries in hospital.", "13", "killed", "people"),
    ("wounded-partitive-injured", "Seven of the injured are in critical condition.", "Seven", "wounded", "people"),
    ("wounded-a-further", "A further 40 people were injured in the second blast.", "40", "wounded", "people"),
    ("wounded-treated-for-injuries", "More than 60 people were treated for injuries.", "60", "wounded", "people"),
    ("wounded-by-shrapnel", "Some 40 people were wounded by shrapnel.", "40", "wounded", "people"),
    ("missing-number-of-missing", "The number of missing rose to 87 on Thursday.", "87", "missing", "people"),
    ("displaced-left-homeless", "The earthquake left 1,200 homeless.", "1,200", "displaced", "people"),
    ("detained-were-arrested", "At least 150 people were arrested across the country.", "150", "detained", "people"),
    ("detained-still-holding", "The kidnappers are still holding 21 passengers.", "21", "detained", "passengers"),
    ("evacuated-rescued-girls", "Troops rescued 76 girls from the forest.", "76", "evacuated", "girls"),
    ("troops-another", "Another 2,000 troops will arrive next week.", "2,000", "troops", "troops"),
    ("troops-sent-police", "Nigeria sent 500 police officers to the area.", "500", "troops", "police"),
    ("other-shot-down-drones", "Ukraine said it shot down 30 drones overnight.", "30", "other", "drones"),
    ("other-washed-away", "About 500 homes were washed away.", "500", "other", "houses"),
    ("other-vehicles", "The explosion damaged 40 vehicles.", "40", "other", "vehicles"),
    ("other-passengers-carried", "The ferry was carrying 120 passengers.", "120", "other", "passengers"),
    ("headline-toll-rises", "Death toll in Kerman bombings rises to 95\n\nThe blasts hit a crowd.", "95", "killed", "people"),
    ("headline-kidnap", "Gunmen kidnap 30 in Zamfara\n\nThe attack began at night.", "30", "detained", "people"),
    ("headline-strikes-kill", "Israeli strikes kill 20 in Gaza\n\nThe strikes hit a camp.", "20", "killed", "people"),
    ("headline-dead-comma-1", "Storm leaves 12 dead, 40 missing\n\nThe storm hit the coast.", "12", "killed", "people"),
    ("headline-dead-comma-2", "Storm leaves 12 dead, 40 missing\n\nThe storm hit the coast.", "40", "missing", "people"),
    ("headline-troops", "500 troops head to border\n\nThe move was announced late.", "500", "troops", "troops"),
    ('displaced-tens-of-thousands-fled', 'Tens of thousands fled the city as the rebels advanced.', 'Tens of thousands', 'displaced', 'people'),
    ('evacuated-pulled-survivors', 'Rescuers pulled 14 survivors from the rubble.', '14', 'evacuated', 'survivors'),
    ('killed-transitive-murdered', 'Gunmen murdered 40 villagers in the raid.', '40', 'killed', 'residents'),
    ('killed-transitive-executed', 'Militants executed 12 prisoners on Friday.', '12', 'killed', 'prisoners'),
    ('killed-massacred', 'Gunmen massacred 40 villagers in Plateau State.', '40', 'killed', 'residents'),
    ('displaced-sought-refuge', 'Up to 400 people have sought refuge in the church.', '400', 'displaced', 'people'),
    ('killed-were-slain', 'Seven villagers were slain in the overnight raid.', 'Seven villagers', 'killed', 'residents'),
    # a second verb of harm leaves out the noun the first gave: its figure counts that group,
    # not the group the report last counted in its category
    ('gapped-harm-verb-after-patients', 'The clinic is treating 30 patients.\n\nThe blast killed 6 people and injured 41, the mayor said.', '41', 'wounded', 'people'),
    ('gapped-harm-verb-soldiers', 'Doctors saw 12 patients.\n\nThe mine killed two soldiers and wounded at least nine.', 'nine', 'wounded', 'soldiers'),
    ('gapped-harm-verb-comma', 'The ward holds 40 patients.\n\nThe shelling killed 3 fishermen, wounding 8.', '8', 'wounded', 'fishermen'),
    # ... never things the first verb counted ("flattened 2,000 buildings, killing 150")
    ('gapped-harm-verb-after-things', 'The quake flattened 2,000 buildings, killing at least 150.', '150', 'killed', 'people'),
    ('gapped-harm-verb-past-a-part-after-patients', 'The clinic is treating 30 patients. The strike killed 9 people, including two children, and wounded 14.', '14', 'wounded', 'people'),
    # ... but not the part between ("including two children"): the whole's people
    # the hurt carried to a shelter stay hurt
    ('injured-brought-to-a-shelter', 'Rescuers brought 14 injured residents to a shelter.', '14', 'wounded', 'residents'),
    # a crowd's or a town's count named as a count is no toll
    ('count-of-protesters-guard', 'The shelling killed 4 people. The police count of 3,000 protesters at the march was disputed.', '3,000', 'other', ANY),
    # what was done to a force is no force of its own
    ('force-surrounded-guard', 'The army has 300 militants surrounded in the valley.', '300', 'other', ANY),
    # people carried to a shelter are evacuated (never detained by "took")
    ('brought-to-shelters', 'Snowplough crews brought about 200 motorists to shelters in the valley.', '200', 'evacuated', ANY),
    ('took-to-emergency-shelters', 'Volunteers took 80 people to emergency shelters.', '80', 'evacuated', 'people'),
    ('took-to-an-evacuation-centre', 'Boats took 45 villagers to an evacuation centre.', '45', 'evacuated', 'residents'),
    ('took-to-their-camp-guard', 'Gunmen took 30 people to their camp.', '30', 'detained', 'people'),
    # a force's size: "the group has N fighters" (not what befell them: "has 30 fighters wounded")
    ('force-has-fighters', 'Analysts believe the movement has between 150 and 250 fighters, many of them in the forest.', '150', 'troops', 'fighters'),
    ('force-fields-militants', 'The movement fields about 2,000 militants.', '2,000', 'troops', ANY),
    ('force-has-wounded-guard', 'The militia has 30 fighters wounded.', '30 fighters', 'wounded', 'fighters'),
    ('force-has-lost-guard', 'The rebels have lost 40 fighters.', '40 fighters', 'killed', 'fighters'),
    # a headline's present tense of a verb of seizing: the people seized
    ('headline-seize', 'Rebels seize 40 at river checkpoint\n\nThe attack began at dawn.', '40', 'detained', 'people'),
    ('headline-seizes', 'Militia seizes 12 in border raid\n\nThe raid began at dawn.', '12', 'detained', 'people'),
    ('seize-things-guard', 'Police seize 40 rifles in the raid.', '40 rifles', 'other', ANY),
    # "in its care" says no harm: a shelter's evacuees and an orphanage's children are in care too
    ('in-its-care-guard', 'The orphanage has 40 children in its care.', '40 children', 'other', 'children'),
    ('evacuees-in-its-care-guard', 'The shelter said 200 evacuees remain in its care.', '200', 'evacuated', ANY),
    # a list's label of six words that names its category in its own words
    ('list-label-of-six-words', 'KEY FIGURES\n- Residents evacuated from the riverside streets: 2,300', '2,300', 'evacuated', 'residents'),
    # a fact box's label whose participle follows its noun
    ('fact-label-deaths-confirmed', 'KEY FIGURES\n- Deaths confirmed: 5\n- Reported missing: 4', '5', 'killed', 'people'),
    ('fact-label-deaths-recorded', 'Deaths recorded: 11', '11', 'killed', 'people'),
    # the size of a crowd is a count of people (other), as reports set one against another
    ('crowd-of', 'A crowd of 5,000 gathered at the gate.', '5,000', 'other', 'people'),
    ('held-a-crowd-of', 'The stadium held a crowd of 31,000, the club said.', '31,000', 'other', 'people'),
    # a count named as a count ("its count stands at", "a figure of") that names its people is
    # a rival count of what the report last counted
    ('count-named-civilians', 'The shelling killed 20 people, the ministry said.\n\nThe monitor\'s own count stands at 26 civilians.', '26 civilians', 'killed', 'civilians'),
    ('figure-of-victims', 'Floods killed 12 people in the valley.\n\nThe chief gave a figure of 15 victims.', '15 victims', 'killed', ANY),
    ('tally-of-residents-guard', 'Floods killed 12 people in the valley.\n\nThe council tally is 900 residents.', '900 residents', 'other', 'residents'),
    ('tally-of-migrants', 'The capsizing left 30 missing.\n\nThe charity\'s tally is 41 migrants.', '41 migrants', 'missing', 'migrants'),
    # ... not those aboard, nor things
    ('figure-of-people-aboard', 'The storm killed 4 fishermen.\n\nOn the operator\'s figure of 120 people on board, 30 are missing.', '120 people', 'other', 'people'),
    ('count-of-houses', 'The quake killed 9 people.\n\nThe council count stands at 40 houses.', '40 houses', 'other', 'houses'),
    ('gapped-harm-verb-past-a-part', 'The strike killed 9 people, including two children, and wounded 14.', '14', 'wounded', 'people'),
]


@pytest.mark.parametrize(("text", "figure", "category", "subject"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, figure: str, category: str, subject: str | None) -> None:
    claim = claim_with(text, figure)
    got = (claim.category.value, claim.subject)
    ok = claim.category.value == category and (subject is None or same_subject(claim.subject, subject))
    assert ok, f"{claim.mention!r}: got {got}, expected {(category, subject)}"


def test_ids_are_unique() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# --- a story of people made ill: its patients are sick, not hurt ------------------------------

from claimcheck.extract.claims import extract_claims  # noqa: E402
from claimcheck.models import Source  # noqa: E402

SICK_STORY_CASES = [
    # (headline, sentence, figure, category)
    ("Toxic liquor kills 31 in Sendhal", "57 patients remain admitted at the district hospital.", "57", "other"),
    ("Cholera outbreak spreads in Tete", "The hospital admitted 40 patients overnight.", "40", "other"),
    # a sentence that says they are hurt keeps them wounded, whatever the headline
    ("Toxic liquor kills 31 in Sendhal", "Police said 12 people were injured when the crowd stormed the shop.", "12", "wounded"),
    # a headline of an attack leaves patients wounded
    ("Gunmen attack market in Dorra", "57 patients remain admitted at the district hospital.", "57", "wounded"),
    # a headline that says what made them ill: eating, an illness
    ("Two guests die after eating at wedding feast", "Some 40 guests are being treated in hospital.", "40", "other"),
    ("Notice on the illness at the Hillside care home", "Nine residents remain in hospital.", "Nine", "other"),
]


@pytest.mark.parametrize(("title", "sentence", "figure", "category"), SICK_STORY_CASES,
                         ids=["liquor-patients", "cholera-patients", "liquor-injured", "attack-patients",
                              "after-eating-patients", "illness-notice-patients"])
def test_patients_of_a_sickness_story(title: str, sentence: str, figure: str, category: str) -> None:
    text = f"{title}\n\n{sentence}"
    claims = extract_claims(Source(source_id="t", source_file="t.txt", text=text, title=title))
    claim = next(c for c in claims if figure in c.number_text and c.sentence == sentence)
    assert claim.category.value == category
