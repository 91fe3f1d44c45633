"""speech_events: who each attribution in a sentence names, exactly (the phrasing corpora
check key words only, so trimming a speaker phrase is checked here)."""

from __future__ import annotations

import pytest

from claimcheck.extract.speakers import speech_events
from claimcheck.extract.speaker_memory import SpeakerMemory

CASES = [
    # (id, sentence, the speakers it names, in order)
    ("adverb-after-subject", "The army still says it has lost 11 soldiers.", ["The army"]),
    # a manner adverb before the verb (but "family" and "assembly" end in -ly and are speakers)
    ("manner-adverb-before-verb", "The coastguard privately told families that 16 were dead.", ["The coastguard"]),
    ("manner-adverb-before-lead", "Officials quietly said 16 were dead.", ["Officials"]),
    ("ly-noun-is-a-speaker", "The victim's family said 16 were dead.", ["The victim's family"]),
    ("ly-noun-assembly", "The national assembly said 16 were dead.", ["The national assembly"]),
    ("periodical-is-a-speaker", "The bimonthly said 16 were dead.", ["The bimonthly"]),
    # a relative clause's speech verb after an adverb hangs on the body before it
    ("which-still-says", "The morgue staff counted 40, said the Port Authority, which still says 31 died.",
     ["The morgue staff", "the Port Authority", "the Port Authority"]),
    # "claims" after a modal and its verb is their object, a noun, and nobody speaks
    ("modal-clause-claims-is-a-noun", "The owners of the 30 flats that burned may bring insurance claims.", []),
    ("modal-will-file-claims", "Families of the 12 dead will file claims.", []),
    # ... but a modal before a speech verb keeps its speaker
    ("modal-before-speech-verb", "The mayor would only say that 12 were hurt.", ["The mayor"]),
    # a time before the subject, and a translator's bracket around a name
    ("by-then-time", "By then the Central Hospital had already said 52 died.", ["Central Hospital"]),
    ("translator-bracket", "We were not 200, as the Minister of the Interior [TN: Ion Varga] told the nation.", ["Ion Varga"]),
    # a ticker line in capitals with its source after a closing "says"
    ("shouted-closing-says-name", "11 MINERS BROUGHT UP ALIVE, SAYS MINES RESCUE SERVICE", ["MINES RESCUE SERVICE"]),
    ("shouted-closing-says-acronym", "40 HOMES FLOODED, SAYS NDMA", ["NDMA"]),
    # a statement read out by someone else: the body it is from speaks
    ("statement-from-body-saying",
     "A councillor read out a statement from the Harbour Residents' Association saying that 47 families had lost their homes.",
     ["the Harbour Residents' Association"]),
    ("dash-dateline", "MIRAN - Governor Ali Baig on Monday lowered the toll to 27 from 30.", ["Governor Ali Baig"]),
    ("according-to-between-dashes",
     "Army medics - some 450 troops, according to the military - are staffing the field hospital.", ["the military"]),
    ("a-day-is-no-name", "The army has sent 3,500 soldiers north since Monday, a military source said.", ["a military source"]),
    # one person of a group speaks: a count word before a role is no figure
    ("one-of-a-group-inverted", '"We dug out 14 of them by hand," said one farmer.', ["one farmer"]),
    ("another-of-a-group-inverted", '"Forty died," said another resident.', ["another resident"]),
    # an acronym in brackets after the name keeps both its brackets
    ("acronym-bracket-closed", "Some 900 families fled, according to the Provincial Disaster Office (PDO).",
     ["the Provincial Disaster Office (PDO)"]),
    # an "and" inside a name is no boundary; after a place it is
    ("and-inside-a-name", "The Ministry of Water and Sanitation said 14 people drowned.", ["The Ministry of Water and Sanitation"]),
    ("and-inside-a-capitals-run", "The Coastal Search and Rescue Agency said 14 people drowned.",
     ["The Coastal Search and Rescue Agency"]),
    ("and-after-a-place", "Nine porters died near Lhoksar and Police Chief Dawa Tenzin said 14 were hurt.",
     ["Police Chief Dawa Tenzin"]),
    ("and-before-lower-case", "Fire and army officials said 14 people drowned.", ["army officials"]),
    # "per" credits a source as "according to" does, and is a rate otherwise
    ("per-a-source", "Nine miners died in the shaft, per the regional police.", ["the regional police"]),
    ("per-sentence-start", "Per state media, 31 villagers were detained.", ["state media"]),
    ("per-a-name", "At least 7 guards were wounded, per Kessler Security.", ["Kessler Security"]),
    ("per-a-rate-is-no-source", "Clinics saw 40 patients per day, and 200 per household were fed.", []),
    ("per-cent-is-no-source", "Turnout fell 12 per cent as 300 voters stayed home.", []),
    ("per-the-agreement-is-no-source", "Some 90 prisoners were freed per the agreement signed in May.", []),
    # a document's giver is the source: "released Monday" is when, "issued by X" and "the
    # report of X" who
    ("document-released-when", "Four pilots died, according to an ICAO bulletin released Friday.", ["an ICAO bulletin"]),
    ("document-issued-by", "Four pilots died, according to a notice issued by the port authority on Friday.",
     ["the port authority"]),
    ("document-of-the-giver", "Four pilots died, per the first report of the Coastal Rescue Service.",
     ["the Coastal Rescue Service"]),
    ("fronted-place", "At Provincial General Hospital, chief surgeon Marta Dias said 64 patients were treated.",
     ["chief surgeon Marta Dias"]),
    ("relative-clause-then-again", "Mayor Pedro Alves, who toured the site on Monday, again said 30 homes were lost.",
     ["Mayor Pedro Alves"]),
    ("a-clause-after-said-is-no-speaker", "Governor Ana Reyes, who visited the camp, said the real toll was higher.",
     ["Governor Ana Reyes"]),
    ("inverted-reports", "Number of dead rises to seven, reports the Ministry of Health.", ["the Ministry of Health"]),
    ("hospital-admitted", "Dr. Lena Ortiz said the clinic had admitted 46 injured.", ["Dr. Lena Ortiz"]),
    ("army-admitted", "The army admitted 12 soldiers were killed.", ["The army"]),
    ("according-to-what", "The toll reached 22, according to what a police source said.", ["a police source"]),
    ("label-org", "Red Cross: 140 missing after landslide", ["Red Cross"]),
    ("label-live", "LIVE: 12 dead in Bellavista", []),
    ("label-sector", "WASH: Partners are trucking water to 30,000 people daily.", []),
    ("label-city-dateline", "MULTAN: The death toll from the collapse rose to 14 on Sunday.", []),
    ("label-after-timestamp", "14:20 - Governor: 41 dead, 12 missing", ["Governor"]),
    ("headline-subject", "Army blames rebels for depot blast, says 26 killed", ["Army", "Army"]),  # blames and says
    ("which-clause", "The regional command, which put the toll at 44 on Sunday, has not updated it.",
     ["The regional command", "The regional command"]),
    ("told-names-the-listener", '"We have 19 bodies," Dr. Sara Mendes, who runs the hospital, told Reuters.',
     ["Dr. Sara Mendes"]),
    ("agent-organisation", "MSF treated 64 patients at the district hospital.", ["MSF"]),
    ("agent-rescuers-are-no-organisation", "Rescuers treated 20 people at the scene.", []),
    ("owner-of-a-count", "Residents disputed the Karsh Health Directorate’s figure of 44.",
     ["the Karsh Health Directorate"]),
    ("owner-is-no-place", "The district's toll of 12 was confirmed by the police.", ["the police"]),
    ("relative-clause-with-a-place-in-apposition",
     "Governor Ines Kovac, who drove down from the provincial capital, Lorvik, put the number of missing at 30.",
     ["Governor Ines Kovac"]),
    # a speech verb that is also a noun, after a determiner or a possessive, names nobody
    ("noun-after-possessive-pronoun", "The figure rests on their estimate that about 300 were on the ferry.", []),
    ("noun-after-article", "Villagers dismissed the reports of 40 dead.", []),
    ("noun-after-genitive", "The skipper's estimate that 90 were aboard was revised.", []),
    # ... though an organisation's estimate is its own figure (the "owner" event)
    ("org-genitive-owns-its-estimate", "The navy's estimate that 90 were aboard was revised.", ["The navy"]),
    # ... but a name that ends in 's still speaks, and so does a plural subject's verb
    ("name-ending-in-s-speaks", "St Anne's says 14 people are being treated.", ["St Anne's"]),
    ("plural-subject-estimate", "Aid workers estimate that 5,000 fled.", ["Aid workers"]),
    # "whose X" speaks for what it hangs on
    ("whose-clause", "The Red Cross, whose update on Monday listed 40 dead, now says 52 died.",
     ["The Red Cross", "The Red Cross"]),
    # a passive "were being treated" names no agent
    ("passive-agent-verb", "At Central Hospital, 20 of the injured were still being treated.", []),
    # evidence is no speaker: "confirmed by laboratory tests"
    # a name before its bare role speaks, not the role
    ("name-then-bare-role", "Omar Haidari, chairman of the relief committee, told reporters that 30 died.",
     ["Omar Haidari"]),
    # a fronted place is no subject; the speaker in apposition after it is
    ("fronted-place-then-apposition", "In the northern camps, a local councillor, Lina Moussa, said 60 had died.",
     ["Lina Moussa"]),
    ("fronted-place-then-relative", "At the clinic, Dr Ana Ruiz, who runs the ward, said 30 were treated.", ["Dr Ana Ruiz"]),
    # how a body came to be is an aside
    ("participle-aside", "The Families Committee, formed on Sunday, said 274 people were missing.",
     ["The Families Committee"]),
    # "WHO" in capitals is the World Health Organization, never a relative "who"
    ("who-in-capitals", "The WHO, which tracks outbreaks, said 40 people had died.", ["The WHO"]),
    ("who-alone-in-capitals", "WHO said 40 people had died.", ["WHO"]),
    ("citing-data-is-no-speaker", "The ministry, citing hospital data, said 40 people had died.",
     ["The ministry", "The ministry"]),
    ("citing-named-data", "The agency, citing U.N. data, said 40 people had died.", ["U.N. data", "The agency"]),
    ("evidence-is-no-speaker", "The ministry said 300 cases were recorded, 40 of them confirmed by laboratory tests.",
     ["The ministry"]),
    # a time after the speaker, or fronted before it, is no part of it
    ("according-to-then-a-time", "Four were dead according to the police at noon.", ["the police"]),
    ("according-to-then-an-hour-later", "Seven were dead according to a hospital official an hour later.",
     ["a hospital official"]),
    ("fronted-by-midnight", "By midnight the navy had said 15 sailors died.", ["the navy"]),
    ("fronted-late-on-monday", "Late on Monday a police spokesman said 9 people died.", ["a police spokesman"]),
    ("report-dated", "According to the incident report of the Provincial Police Office dated 2 May, 20 persons died.",
     ["the Provincial Police Office"]),
    ("a-place-after-the-speaker-stays", "According to officials at the hospital, 20 persons died.",
     ["officials at the hospital"]),
    # a live page's or a ticker log's time (and code) before a source's label
    ("time-then-label", "14:05 Police: 13 killed, dozens injured", ["Police"]),
    ("ticker-code-then-label", "07:12 STRAP  ARMY: 6 SOLDIERS KILLED IN CHECKPOINT BLAST", ["ARMY"]),
    ("ticker-two-word-label", "07:40 TICKER  AMBULANCE SERVICE: 22 INJURED TAKEN TO HOSPITAL", ["AMBULANCE SERVICE"]),
    ("time-zone-is-no-speaker", "11:30 AM IST: Two more bodies found", []),
    # an adverb between the auxiliary and the verb is no part of the speaker
    ("adverb-after-has", "The observatory has independently confirmed 17 civilian deaths.", ["The observatory"]),
    ("adverb-after-had", "The agency had publicly estimated that 40 people died.", ["The agency"]),
    ("speak-of", "On Monday the union had spoken of at least 12 bodies recovered.", ["the union"]),
    # a speech verb that is a noun after a figure or "so-called": no speaker
    ("figure-then-states", "Storms kill at least 20 in 4 states; rescue teams search ruins", []),
    ("so-called-claim", "The army dismissed the so-called claim of 300 dead.", []),
    # who revises a toll gives it, whatever the verb ("cut" only with what it cuts)
    ("cut-the-death-toll", "The governor on Monday cut the death toll to 16 from 19.", ["The governor"]),
    ("cut-the-fence", "Workers cut the fence to free 12 people.", []),
    # "put" gives a figure only as "put the toll at 40"
    ("put-on-trucks", "The government put hundreds of deportees on trucks to the border.", []),
    ("put-its-figure-far-higher-at", "The agency put its figure far higher, at 310.", ["The agency"]),
    # a partitive opener is the figure's own clause, no speaker
    ("of-these-confirmed", "Of these, 300 have now confirmed that they are safe.", []),
    # a fronted place with no comma ends where the speaker's own article begins
    ("in-the-region-the-speaker", "In the south the navy said nine sailors were missing.", ["the navy"]),
    ("in-a-town-a-speaker", "In Port Elara a coroner said 17 bodies had been identified.", ["a coroner"]),
    ("in-a-name-with-of-the", "At the Ministry of the Interior a spokesman said 12 died.", ["a spokesman"]),
    # where it was said, between commas, is no speaker, and its participle no speech
    ("aside-with-a-posted-video", "The rebels, in a video posted on a messaging app, said 40 soldiers were captured.",
     ["The rebels"]),
    ("aside-on-a-page", "The fire service, on its social media page, put the number of injured at 23.",
     ["The fire service"]),
    # an "-ed" form after a bare verb is an adjective, and "not yet" is no part of a speaker
    ("bare-verb-then-ed-adjective", "The militia could not hold claimed ground after 14 raids.", []),
    ("has-not-yet-confirmed", "The interior ministry has not yet confirmed 26 deaths.", ["The interior ministry"]),
    # a headline's plural party ("Insurgents admit ...") speaks, not its whole first clause
    ("headline-party-plural-verb", "Insurgents admit convoy ambush, say 12 of their fighters died",
     ["Insurgents", "Insurgents"]),
    # a date after a fronted "On", then the speaker's own article
    ("on-the-morning-of-a-date", "On the morning of 4 May the clinic reported 9 deaths.", ["the clinic"]),
    # the outlet's failed check inside a relative clause is no source
    ("which-x-could-not-verify", "Footage, which the Tribune could not verify, showed 15 bodies.", []),
    # a clause after a semicolon has its own subject, past a relative aside
    ("semicolon-then-relative-aside", "Police say 60 were arrested; the union, which represents them, says 85.",
     ["Police", "the union"]),
    # a line in capitals (a ticker, a flash) is read in sentence case, its speaker kept as written
    ("capitals-lead", "COAST GUARD SAYS 31 PASSENGERS PULLED FROM WATER", ["COAST GUARD"]),
    ("capitals-trailing", "FOUR MINERS STILL UNDERGROUND, COMPANY SAYS", ["COMPANY"]),
    ("capitals-flash-label", "FLASH: HEALTH OFFICIALS SAY 70 PUPILS IN HOSPITAL", ["HEALTH OFFICIALS"]),
    ("capitals-label-is-a-speaker", "GOVERNOR: 4 HOUSES DESTROYED", ["GOVERNOR"]),
    ("capitals-without-a-verb", "DEATH TOLL RISES TO 19 IN DEPOT BLAST", []),
    # a dash ends an inverted speaker as a comma does
    ("inverted-speaker-before-a-spaced-dash", "Nine more were aboard, say fishermen - a figure the port denies.", ["fishermen"]),
    # a live page's entry stamp before the speaker
    ("clock-stamp-then-speaker", "13:40 The governor of Lora province says 2,600 families were moved.",
     ["The governor of Lora province"]),
    ("clock-and-zone-then-speaker", "09:15 GMT Police say 14 people were detained.", ["Police"]),
    ("pm-stamp-then-speaker", "2.15pm The Red Cross says 40 are missing.", ["The Red Cross"]),
    # a progressive speech verb: the subject speaks (the auxiliary is no passive)
    ("progressive-are-saying", "Residents are saying 30 people were arrested.", ["Residents"]),
    ("progressive-have-been-saying", "Relatives have been saying 30 died.", ["Relatives"]),
    ("progressive-still-reporting", "Hospitals are still reporting 30 deaths.", ["Hospitals"]),
    ("passive-being-reported-is-no-speaker", "Two deaths were being reported.", []),
    ("fronted-mid-afternoon", "By mid-afternoon the agency said 40 had died.", ["the agency"]),
    # an ordinal before "alleged": an adjective, no one alleges
    ("ordinal-then-alleged", "A second alleged gunman was arrested on Friday.", []),
    # ... but an adverb "first" or "further" before the verb leaves it a verb (review)
    ("adverb-first-reported", "Police first reported 12 deaths on Monday.", ["Police"]),
    ("adverb-further-reported", "The army further reported 30 soldiers wounded.", ["The army"]),
    # two digits before a capital are a clock's minutes only after a colon (review)
    ("count-of-sources-is-no-clock", "15 Valdorians told reporters that 40 people were detained.", []),
    # the two parties to a war speak, however many
    ("the-two-armies-claim", "Taken together, the two armies say they killed 300 soldiers.", ["the two armies"]),
    # a live entry's label before a quotation: the quotation is the label's
    ("clock-dash-label-quote", '21:15 - Governor: "Eleven were hurt in the blast"', ["Governor"]),
    # a body's figures "give" a count
    ("figures-give", "The coroner's final figures give 41 dead.", ["The coroner's final figures"]),
    ("claim-then-relative-subject", "Relatives say 8 more were inside, a claim the contractor denies.", ["Relatives"]),
    ("inverted-speaker-before-an-em-dash", "Nine more were aboard, say fishermen — the port disputes it.", ["fishermen"]),
    # the subject right after a speech verb is the next verb's: the source within the source
    ("source-within-the-source", "The firm states the ledger lists 96 passengers.", ["The firm", "the ledger"]),
    ("source-within-the-source-that", "The governor said that police reported 40 dead.", ["The governor", "police"]),
    # ... but not an object before a participle: who denies the claim says the figure
    ("object-before-a-participle", "The army denied the story, saying 20 soldiers died.", ["The army", "The army"]),
    ("quotes-as-saying", "The agency quotes the harbour master as saying that 14 crew are missing.", ["the harbour master"]),
    ("according-to-then-which", "Some 40 stallholders who were in the hall were hurt, according to the traders' guild, which says 12 are in hospital.", ["the traders' guild", "the traders' guild"]),
    ("acronym-in-an-inverted-name", "At least 60 are unaccounted for, says the Federation of Relatives of Lost Lake Fishermen (FRLLF), which keeps its own list.", ["the Federation of Relatives of Lost Lake Fishermen (FRLLF)"]),
    # a description in lower case after a name is the name's: the name spoke
    ("description-after-an-org-name", "The Green Cross of Varnia, the biggest aid group in the country, said it had flown in 30 doctors.", ["The Green Cross of Varnia"]),
    ("description-after-a-role-after-a-name", "Dr Ilse Moor, head of Port Clinic, the last clinic open in the valley, said it had 12 bodies.", ["Dr Ilse Moor"]),
    # a description with a relative clause of its own is an aside too
    ("description-with-its-own-that", "The clinic run by the Union, the party that governs the valley, raised its toll to 46.", ["The clinic run by the Union"]),
    ("description-with-its-own-who", "Marta Olsen, the nurse who ran the triage tent, said 14 children were hurt.", ["Marta Olsen"]),
    # ... but a fronted word or phrase is no name, a body's plain name no description, and a
    # list no description
    ("description-after-an-adverb", "Meanwhile, the relief agency said 300 families had fled.", ["the relief agency"]),
    ("body-after-a-fronted-place", "Inside Gaza, the health ministry said 40 people were killed.", ["the health ministry"]),
    ("body-after-a-fronted-event", "After Storm Elena, the agency said 300 families had fled.", ["the agency"]),
    ("speaker-in-an-aside-after-a-name", "Kovo General Hospital, the ministry said, has received 60 wounded.", ["the ministry"]),
    # a relative "who" right before the verb: the speaker is what it hangs on
    ("who-said-hangs-on-the-body", "The army said it killed 30 fighters; the rebels, who said they lost 4 men, gave no evidence.", ["The army", "the rebels", "the rebels"]),
    ("who-said-hangs-on-the-person", "The mayor, who said 40 people died, resigned on Friday.", ["The mayor"]),
    # a name, then a role whose head stands before "of", then a description: the name spoke
    ("name-then-leader-of-then-description", "Ama Pell, the leader of the river patrol, a volunteer outfit, told us 11 hostages were now free.", ["Ama Pell"]),
    # "which had put": an auxiliary between the relative and its verb
    ("which-had-put-hangs-on-the-body", "The regional police, which had put the toll at 19 at dawn, raised it to 27 by evening.", ["The regional police", "The regional police"]),
    # a relative after a cited tally hangs on the body that made the tally
    ("which-after-a-tally-by", "The toll has reached 71, according to a tally by the Doctors Network, which had given 40 on Friday.", ["the Doctors Network", "the Doctors Network"]),
    # ... but not a clause of someone meeting the person: the person speaks
    ("who-after-a-meeting-clause", "The BBC spoke to Omar Haddad, who said 9 people were killed.", []),
    ("role-after-a-fronted-place", "Across Varnia, the army's top commander said 40 soldiers died.", ["the army's top commander"]),
    ("role-after-a-fronted-amid", "Amid the chaos, the hospital director said 60 wounded arrived.", ["the hospital director"]),
    ("relative-description-then-a-name", "Hours later, the official who leads the rescue, Ana Ruiz, said 14 miners were trapped.", ["Ana Ruiz"]),
    # "given" in a perfect tense before a figure or a figure's noun: its subject gave the count
    ("perfect-given-a-toll", "The district office had first given a toll of 23.", ["The district office"]),
    ("perfect-given-adverb-figure", "Rescuers have since given 40 dead.", ["Rescuers"]),
    ("perfect-given-its-figure", "The union has already given its own estimate of 300.", ["The union"]),
    # an ordinal in a unit's name is no figure: the officer of the unit speaks
    ("ordinal-unit-after-a-name", "Colonel Ivo Brand of the 4th Brigade said 12 soldiers had died.", ["Colonel Ivo Brand of the 4th Brigade"]),
    ("ordinal-unit-is-the-speaker", "The 93rd Brigade said 14 of its men were missing.", ["The 93rd Brigade"]),
    ("ordinal-unit-after-a-role", "A spokesman for the 21st Regiment said 40 fighters had surrendered.", ["A spokesman for the 21st Regiment"]),
    # ... while a count still is: a count of the sources names no one
    ("count-of-sources-still-no-speaker", "Two officials of the brigade said 12 soldiers had died.", []),
    # a list kept, drawn up or held is a noun, whatever its adjectives (no "keeps a typed-up"
    # speaking), while "The families list 40 names" is the families' verb
    ("kept-list-is-a-noun", "In Ostra the headman keeps a typed-up list of 9 people.", []),
    ("drawn-up-list-is-a-noun", "The union has compiled a hand-checked list of 30 names.", []),
    ("plural-subject-lists", "The families list 40 names of the missing.", ["The families"]),
    # ... never a passive nor a preposition
    ("passive-given-no-speaker", "The displaced were given 500 tents.", []),
    ("given-as-preposition", "Given the rain, 30 homes were flooded.", []),
]


@pytest.mark.parametrize(("sentence", "speakers"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_named(sentence, speakers):
    assert [e.speaker for e in speech_events(sentence)] == speakers


def test_a_definite_speaker_is_named_from_one_line_never_across_a_break():
    """ "the ministry said" is the Ministry the text named before, in full; the words before a
    line break (a byline's place) are no part of its name."""
    from tests.extract.support import extract

    text = (
        "Toll lowered\n\nBy Ana Ruiz, Port Kelso\n\nThe Ministry of Home Affairs and Civil Defence on "
        "Tuesday lowered the toll. About 7,000 people were still in shelters, the ministry said."
    )
    [claim] = [c for c in extract(text) if c.mention.startswith("About 7,000")]
    assert claim.attributed_to == "The Ministry of Home Affairs and Civil Defence"


# --- what kind of speaker a name is ----------------------------------------------------------

from claimcheck.extract.speaker_kinds import looks_like_org  # noqa: E402

ORG_CASES = [
    ("Mercy Relief International", True),  # an aid group: "it" stands for it
    ("the Syrian Observatory", True),
    ("Human Rights Watch", True),
    ("the health authority", True),
    ("The Ministry of Health", True),
    ("the IOM", True),
    ("Amina Kheiri", False),
    ("a local councillor", False),
    ("witnesses", False),
]


@pytest.mark.parametrize(("name", "org"), ORG_CASES, ids=[c[0] for c in ORG_CASES])
def test_looks_like_org(name: str, org: bool) -> None:
    assert looks_like_org(name) is org


@pytest.mark.parametrize("outlet, text, speaker", [
    # the outlet's own tally: no one else speaks the figure
    ("Harbour Times", "At least 80 sailors died, according to a Harbour Times tally of port records.", None),
    ("Harbour Times", "At least 80 sailors died, according to our count of port records.", None),
    # another outlet's tally is a source like any other
    ("Harbour Times", "At least 80 sailors died, according to a Coastline News tally of port records.",
     "a Coastline News tally of port records"),
    # a review: another body's tally that only shares a word with the outlet's name
    ("The Independent", "At least 40 people died, according to an independent tally by the monitoring group Skywatch.",
     "an independent tally by the monitoring group Skywatch"),
    ("The National", "According to the national tally kept by the civil defence, 61 people have died.",
     "the national tally kept by the civil defence"),
])
def test_an_outlet_s_own_tally_is_no_speaker(outlet, text, speaker):
    from claimcheck.extract.claims import extract_claims
    from claimcheck.models import Source

    claims = extract_claims(Source(source_id="t", title="t", text=text, source_file="t.txt", outlet=outlet))
    assert [c.attributed_to for c in claims] == [speaker]


@pytest.mark.parametrize("sentence, expected", [
    ("Firefighters evacuated 40 residents, and Blocks 12 and 14 were sealed off.", None),
    ("Ardenia confirmed 52 deaths, Belmora 11 and Castrel 7.", "Belmora"),
])
def test_gapped_subject_is_no_numbered_thing(sentence, expected):
    from claimcheck.extract.counts import gapped_subject

    first = sentence.index("40 residents") + len("40 residents") if "40" in sentence else sentence.index("52 deaths") + 9
    figure = "12" if "Blocks" in sentence else "11"
    start = sentence.index(figure, first)
    assert gapped_subject(sentence, first, start, start + len(figure)) == expected


@pytest.mark.parametrize(
    "said, later, resolved",
    [
        # a surname stands for the full name met before
        ("Maria Lopez", "Lopez", "Maria Lopez"),
        # an owner's name is no surname: the country after its ministry stays the country
        ("Orlen's Health Ministry", "Orlen", "Orlen"),
        ("Orlen’s Health Ministry", "Orlen", "Orlen"),
    ],
)
def test_memory_expands_surnames_not_owners(said, later, resolved):
    memory = SpeakerMemory(f"{said} said 12 people died. {later} said 30 more died.")
    memory.remember(said)
    assert memory.resolve(later, [], 40) == resolved


@pytest.mark.parametrize(
    "said, pronoun, resolved",
    [
        # a person named with the body she serves is whom "she" stands for, though the body's
        # words ("Police", "Ministry") make the phrase look like an organisation
        ("Inspector Ada Morrow of the River Police", "She", "Inspector Ada Morrow of the River Police"),
        ("Dr Ana Ruiz of the Health Ministry", "she", "Dr Ana Ruiz of the Health Ministry"),
        # ... not a body named with "of": no one for "he"
        ("The Ministry of Health", "He", "He"),
        ("The Red Cross of Varnia", "He", "He"),
    ],
)
def test_memory_takes_a_person_of_a_body_for_a_pronoun(said, pronoun, resolved):
    memory = SpeakerMemory(f"{said} said 12 people died. {pronoun} said 30 more died.")
    memory.remember(said)
    assert memory.resolve(pronoun, [], 60) == resolved


@pytest.mark.parametrize(
    "text, initials, resolved",
    [
        ("Deputy Commissioner Orlen Aman Qadir told reporters 19 bodies were found.", "the DC",
         "Deputy Commissioner Orlen Aman Qadir"),
        ("Director General NDMA Sara Khan said 12 bridges were lost.", "The DG", "Director General NDMA Sara Khan"),
        # initials that stand for no office stay as written
        ("The United Nations Office said 40 died.", "the UN", "the UN"),
        ("Nobody was named.", "the DC", "the DC"),
    ],
)
def test_office_initials_resolve_to_the_official(text, initials, resolved):
    memory = SpeakerMemory(text + " Later the official spoke again.")
    assert memory.resolve(initials, [], len(text)) == resolved
