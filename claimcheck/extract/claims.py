"""extract_claims(source) -> the claims of one article, with every field of the contract.

The pass over an article's sentences that carries its state: who spoke so far
(speaker_memory.py), open quotations and paragraph turns (turns.py), the claims built; each
sentence's own reading comes from reading.py, each claim's fields from records.py, a
Markdown table's cells from tables.py.

Extraction of a source depends on that source alone (no corpus state), which is what lets a
large corpus be split across processes or a Dask cluster and give the same claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from claimcheck.extract.context import (
    backref_hedge_at,
    checked_party,
    personal_statement,
    points_at_both,
    speaks_for_party,
)
from claimcheck.extract.counts import CATEGORY_OF, CATEGORY_RE, gapped_place, gapped_subject
from claimcheck.extract.reading import figure_context, read_sentence, sentence_categories
from claimcheck.extract.records import claim_id, claim_record, mark_breakdown, mark_breakdown_of_before, norm_text, recent
from claimcheck.extract.sentences import Sentence, blank_controls, split_sentences, unwrap_lines
from claimcheck.extract.speaker_kinds import is_bare_pronoun, is_person_role, looks_like_org, looks_like_person
from claimcheck.extract.speaker_memory import SpeakerMemory
from claimcheck.extract.attribution import outlet_own_tally, speaker_for
from claimcheck.extract.speakers import SpeechEvent
from claimcheck.extract.tables import CellReading as TableCell, TableRow, table_rows
from claimcheck.extract.turns import (
    ANY_LABEL,
    INTRODUCES_QUOTE,
    OpenQuote,
    YOUR,
    credible_source,
    introducer,
    issued_statements,
    letter_signers,
    named_interviewee,
    question_follows,
    question_line,
    quoted_document_source,
    block_quote_signers,
    claim_sources,
    post_signers,
    told_by_speaker,
    post_author,
    speech_head,
    transcript_speaker,
    broadcast_cue,
)
from claimcheck.extract.lexicon import (
    COUNTED_PEOPLE_AT_LARGE,
    HEADING_PLACE_WORDS,
    PARTICIPLE_CATEGORIES,
    PLACE_NOUNS,
    SICKNESS_STORY_WORDS,
    SPEAKERS_OWN_NOUNS,
    SUBJECT_NOUNS,
    THING_SUBJECTS,
    UNIT_NOUNS,
)
from claimcheck.extract.noun_phrases import np_before
from claimcheck.extract.patterns import alternation
from claimcheck.models import Category, Claim, Source, share_fields_set

_YEAR_CONTEXT = re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d{2})\b")


def _in_skip(sentence: Sentence, skips) -> bool:
    return any(s <= sentence.start and sentence.end <= e for s, e in skips)


# Sources that do not speak: the owner of a count ("the ministry's toll") and a body doing
# what it counts ("MSF treated"); a later "she said" or "it said" is not theirs.
_NOT_SPEAKERS = frozenset({"owner", "agent"})


# "the group claimed 21 dead", "videos alleging that 60 were beaten": a hedging speech verb
_CLAIM_VERB = re.compile(r"\bclaim|\balleging\b", re.I)

# (not of how long, how far or how often: "How many times was he shot?", "How many days ...")
# (plural units only: "How many day labourers were killed?" asks for people)
_HOW_MANY = re.compile(r"\bhow\s+many\b(?!\s+(?:" + alternation([u for u in UNIT_NOUNS if u.endswith("s")]) + r")\b)", re.I)
_BULLET = re.compile(r"[ \t]*[-•*▪–]\s")
_DIGIT = re.compile(r"\d")
_SOURCE_BRACKETS = re.compile(r"\s*\([^()]{1,30}\)\s*$")
_SICKNESS_STORY = re.compile(r"\b(?:" + alternation(SICKNESS_STORY_WORDS) + r")\b", re.I)
_HURT_WORDS = re.compile(r"\b(?:injur|wound|hurt|burn|gunshot|shrapnel|fractur|bullet|stab)", re.I)


def _section_category(sentence: str) -> str | None:
    """A factbox's section heading in capitals ("DEAD", "INJURED", "MISSING CHILDREN"): the
    category of the figures listed under it, which often say only "78 people treated"."""
    sentence = _SOURCE_BRACKETS.sub("", sentence).strip()  # "FOREIGN DEAD BY COUNTRY (police)"
    if len(sentence) > 60 or not sentence.isupper() or len(sentence.split()) > 5:
        return None
    cue = CATEGORY_RE.search(sentence.lower())
    if cue is not None and cue.group("w").lower() in HEADING_PLACE_WORDS:
        return "none"  # "THE CAMP": the place the section is about, no count of displaced
    return CATEGORY_OF.get(cue.group("w").lower()) if cue else "none"


def _lead_category(sentence: str) -> Category | None:
    """"Deaths at the hands of the army, by district:": a list's lead line, which names what the
    bullets right under it count ("- Orlen: 14")."""
    if not sentence.endswith(":") or len(sentence.split()) > 8 or _DIGIT.search(sentence):
        return None
    cue = CATEGORY_RE.search(sentence)
    if cue is None or len(sentence[: cue.start()].split()) > 1:
        return None  # the lead's own head ("Deaths ...", "Killed ..."), not "Staff caring for the injured:"
    return Category(CATEGORY_OF[cue.group("w").lower()])


# what a speaker's "our" speaks for in a speech: their own teams and knowledge ("our teams",
# "our surveillance", "our latest figures"), never the others they quote ("our enemies claim")
_SPEAKERS_OWN = re.compile(r"^(?:we|our\s+(?:[a-z\-]+\s+){0,2}(?:" + alternation(SPEAKERS_OWN_NOUNS) + r"))$", re.I)


def _told_by(sentence: str, events: Sequence[SpeechEvent]) -> str | None:
    """Who a lead line ending on a colon gives the floor to: one who told the press ("The
    minister told reporters:"), or the person a briefing is by ("Briefing at the cordon by
    Chief Inspector Ana Ruiz, City Police."). A document's own list ("The Ministry announces
    the following:") stays the document's."""
    spoken = next((e.speaker for e in events if e.kind in ("lead", "inverted") and not is_bare_pronoun(e.speaker)), None)
    press = _TOLD_THE_PRESS.search(sentence)
    if press and not spoken:
        # "Police Commissioner Ana Drell has spoken to reporters. Main points:": no verb of
        # saying, the subject of the press contact
        spoken = np_before(sentence, press.start())
        spoken = None if not spoken or is_bare_pronoun(spoken) else spoken
    if spoken and press:
        return spoken
    cited = next((e.speaker for e in events if e.kind == "after" and not is_bare_pronoun(e.speaker)), None)
    if cited and _ACCORDING_ENDS_LEAD.search(sentence):
        # "Overall picture, according to the provincial authorities:": the list is theirs
        return cited
    given = _GIVEN_BY.search(sentence)
    return given.group("n") if given else None


# a lead line that ends on the source it cites: "..., according to the district office:"
_ACCORDING_ENDS_LEAD = re.compile(r"\baccording\s+to\s+[^,;:()]{2,80}:\s*$", re.I)
# a heading that names its source in brackets: "KEY FIGURES (source: Civil Defence Office, 4
# June, 10:00)", "Key figures (Source: Ministry of Health)": the bullets under it are that
# body's figures
_HEADING_SOURCE = re.compile(r"\(\s*[Ss]ources?\s*:\s*(?P<n>[A-Z][^,;()]{1,70}?)\s*(?:[,;][^()]*)?\)\s*:?\s*$")


_TOLD_THE_PRESS = re.compile(
    r"\b(?:(?:has\s+|have\s+|had\s+)?(?:told|briefed|addressed)|(?:(?:has|have|had)\s+)?(?:spoken|spoke|talked)\s+to)"
    r"\s+(?:reporters|journalists|the\s+press|the\s+pool|the\s+media|a\s+news\s+conference|a\s+briefing)\b"
)
# "Briefing at the cordon by Chief Inspector Ana Ruiz", "Remarks to the press by the Mayor"
_GIVEN_BY = re.compile(
    r"\b(?:[Bb]riefing|[Rr]emarks|[Pp]ress\s+conference)\b[^.:;]{0,60}?\bby\s+"
    r"(?P<n>(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+(?:[A-Z][\w’'\-.]*|of|and|for|the))*)"
)


def _records_of(records: list[dict], si: int) -> list[dict]:
    """The records of sentence `si`, found at the end of the list (records.recent)."""
    return [r for r in recent(records, si) if r["_sentence"] == si]


def _breakdown_whole(mentions, records: list[dict], si: int) -> dict | None:
    """The count of the sentence before that a sentence of labelled figures alone shares
    out ("Police said 17 people had died in the unrest. Orlen 8, Vasko 5, Upper
    Tamar 4."): only when every figure is a label's and they add up to it."""
    if len(mentions) < 2 or not all("label-alone" in m.notes for m in mentions):
        return None
    before = [r for r in records if r["_sentence"] in (si - 1, si - 2)]
    if not before or any(m.low is None or m.low != m.high for m in mentions):
        return None
    total = sum(m.low for m in mentions)
    if len(mentions) == 2 and total < 10:
        return None  # "Rovers 2, United 1" after "3 arrests at the match": a score, by chance
    return next((r for r in reversed(before) if r["value_low"] == total and r["value_high"] == total), None)


_FACT_AFTER_LABEL = re.compile(r"^[^:]{1,60}:\s*(?:\d|(?:about|at\s+least|more\s+than|over|some)\s+\d)")
_QA_LINE = re.compile(r"[QA]:\s")
# "Ghulam X, 51, has been a guard ...": a profile's subject, named with an age
_PROFILED = re.compile(r"(?m)^(?P<n>(?:[A-Z][\w’'\-]+[ \t]+){1,3}[A-Z][\w’'\-]+),[ \t]+\d{1,3},[ \t]")
_ANSWER_HEADING = re.compile(r"\s*(?:ANSWER|Answer|REPLY|Reply|RESPONSE|Response)\s*:?\s*")
_ANSWERED_BY = re.compile(
    r"\b(?:Answered|Replied|Answer\s+given|Reply\s+given)\s+by:?\s+(?:the\s+)?"
    r"(?P<n>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})"
)
# a sentence about a count, with no figure of its own, whose next sentence goes on with "It":
# "The army's own toll has climbed all week. It stood at 8 on Friday and 12 on Saturday."
_COUNT_SUBJECT = re.compile(
    r"(?:(?P<owner>(?:The\s+)?[A-Za-z][\w’'\-]*(?:\s+[\w’'\-]+){0,3}?)['’]s\s+|The\s+)"
    r"(?:(?:own|official|latest|running|overall)\s+)*"
    r"(?P<count>death\s+toll|toll|count|tally|number)(?:\s+of\s+(?:the\s+)?(?P<of>[a-z]+))?"
    r"\s+(?:has|had|have|is|was|keeps|kept|continued|continues|rose|climbed|fell|went)\b"
)
_IT_COUNT_OPENS = re.compile(
    r"It\s+(?:(?:now|then|later|first|had|has)\s+)?"
    r"(?:stood|stands|reached|rose|climbed|fell|dropped|jumped|went|grew|increased|decreased|was|is)\b"
)


def _count_subject(sentence: str) -> tuple[str, str | None] | None:
    """(category, owner) of the count a sentence is about, when it opens on one: the toll is the
    dead's, "the count of the missing" the missing's; its owner a body or a person ("The army's
    own toll"), never a place ("The province's toll" is a scope)."""
    m = _COUNT_SUBJECT.match(sentence)
    if m is None:
        return None
    if m.group("of"):
        category = CATEGORY_OF.get(m.group("of").lower())
    else:
        category = "killed" if "toll" in m.group("count").lower() else None
    if category is None:
        return None
    owner = m.group("owner")
    if owner is not None and owner.split()[-1].lower() in PLACE_NOUNS:
        owner = None  # "The province's toll": a scope, the toll all the same
    elif owner is not None and not (looks_like_org(owner) or is_person_role(owner)):
        return None  # "The storm's toll", "The bridge's toll" (a fee): no body's count
    return category, owner


# a sentence about a count that gives no figure of its own: "Figures for the number displaced
# differ sharply", "The number of people evacuated is not known"
_NUMBER_NAMED = re.compile(
    r"\b(?:the|a)\s+(?:total\s+)?number\s+(?:of\s+(?:" + alternation(COUNTED_PEOPLE_AT_LARGE) + r")\s+)?"
    r"(?P<p>" + alternation(sorted(p for p, c in PARTICIPLE_CATEGORIES.items() if c != "other" and " " not in p)) + r")\b",
    re.I,
)


def _asks_how_many(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") and _HOW_MANY.search(sentence) is not None


# "How many people ...", "How many passengers ..." (never euros, hectares, schools; nor who
# lives in a town: "How many people live in the town?" asks for its population)
_HOW_MANY_PEOPLE = re.compile(r"\bhow\s+many\s+(?P<a>[a-z\-]+)(?:\s+(?P<b>[a-z\-]+))?", re.I)
_LIVE = re.compile(r"\b(?:live|lives|living)\b", re.I)


def _asks_how_many_people(sentence: str) -> bool:
    m = _HOW_MANY_PEOPLE.search(sentence) if sentence.rstrip().endswith("?") else None
    if m is None or _LIVE.search(sentence, m.start()):
        return False
    nouns = [w.lower() for w in (m.group("a"), m.group("b")) if w]
    return any(n in SUBJECT_NOUNS and SUBJECT_NOUNS[n] not in THING_SUBJECTS for n in nouns)


_VICTIMS_ASKED = re.compile(r"\b(?:victims?|casualties|toll)\b", re.I)


def _asked_category(sentence: str) -> str | None:
    """What an interviewer's "How many children were taken?" asks for: the answer's
    "Eighty-four pupils and three cooks." says it only through the question."""
    if not _asks_how_many(sentence):
        return None
    cues = [CATEGORY_OF.get(c.group("w").lower()) for c in CATEGORY_RE.finditer(sentence)]
    cues = [c for c in cues if c]
    return cues[-1] if cues else None


def extract_claims(source: Source) -> list[Claim]:
    """All claims of one source, in text order."""
    text = unwrap_lines(blank_controls(source.text))
    original = source.text
    sentences = [s for s in split_sentences(text) if not _in_skip(s, source.skip_spans)]
    speakers = SpeakerMemory(text)
    records: list[dict] = []
    revised: set[tuple[float, str]] = set()
    antecedent: str | None = None
    last_claim_sentence: int | None = None
    occurrences: Counter[tuple[str, str]] = Counter()

    year_context: str | None = None
    paragraph = -1
    quote = OpenQuote()
    # who speaks a whole paragraph: a transcript's "SOLBERG: ...", or the issuer of a
    # statement quoted at length after "Its statement read in full:"
    turn: str | None = None
    turn_from_label = False  # the turn is a transcript label's, which goes on over paragraphs
    introduced: str | None = None
    interviewee: str | None = None  # "We asked Dr. Ilse Varnholt ... why."
    tables = table_rows(text)
    rows_read: set[int] = set()
    # (read on the lines as written: a head hard-wrapped into its first paragraph is still a head)
    speech_by, speech_starts = speech_head(original)  # (the head's own figures are the outlet's)
    parent: tuple[int, Category] | None = None  # (indent, category) of the last list line with a count
    asked: tuple[str, int] | None = None  # (category, paragraph) of the last "How many ...?"
    profiled = None  # the person a Q/A interview's introduction profiles (found at the first "A:")
    topic: tuple[str, int] | None = None  # (category, sentence) of "Figures for the number displaced ..."
    it_count: tuple[str, str | None, int] | None = None  # (category, owner, sentence) of "The army's toll has ..."
    section: tuple[str, int] | None = None  # (category, paragraph) of a factbox's capitals heading
    lead: Category | None = None  # what the bullets under a lead line ending on a colon count
    told: str | None = None  # who speaks the bullets under a lead line ending on a colon
    cue: tuple[str, int, bool] | None = None  # (voice, paragraph, alone) of a broadcast cue line
    for si, sent in enumerate(sentences):
        row = tables.get(text.rfind("\n", 0, sent.start) + 1) if tables else None
        if row is not None:
            # a Markdown table's data row: each cell is read with its column's header
            if row.start not in rows_read:
                rows_read.add(row.start)
                table = _table_records(source, sent, si, row, text, original, records)
                for cell in table:
                    column = cell.pop("_column_source", None)  # "Named by GMI"
                    cell["attributed_to"] = turn or row.source or column
                    cell["time_ref"] = cell["time_ref"] or year_context
                records.extend(table)
                if table:
                    last_claim_sentence, antecedent = si, table[-1]["category"]
            continue
        if sent.paragraph != paragraph:
            cue_goes_on = cue is not None and cue[1] == paragraph and cue[2]
            paragraph, year_context = sent.paragraph, None
            quote.new_paragraph(sent.text)
            line_end = text.find("\n", sent.start)
            labelled, turn = turn if turn_from_label else None, transcript_speaker(
                # the whole line: a label's "ST." must not end it
                text[sent.start : line_end if line_end != -1 else len(text)], text[: sent.start]
            )
            turn_from_label = turn is not None
            if turn is None and _ANSWER_HEADING.fullmatch(sent.text):
                # a written answer's "ANSWER" heading: the minister the record named as
                # answering ("Answered by: X, Minister of ...") speaks the paragraphs after it
                # (the nearest one before the heading: a record may hold several questions)
                answerer = None
                for answerer in _ANSWERED_BY.finditer(text, max(0, sent.start - 3000), sent.start):
                    pass
                if answerer:
                    turn, turn_from_label = answerer.group("n"), True
            post = post_author(sent.text) if turn is None else None
            if post is not None and not _paragraph_closes_on_quote(text, sent.start):
                post = None  # the outlet's own words after the post ("By morning 25 ...")
            if post is not None:
                turn = post  # '@CityFire, 21:40: "..."': the post's paragraph is its account's
            elif turn is None and labelled and not ANY_LABEL.match(sent.text):
                # a transcript's turn goes on over the speaker's next paragraphs until the
                # next label or question ("VARGA: Good morning ..." / "In total, 64 people ...")
                turn, turn_from_label = labelled, True
            elif turn is None and introduced and sent.text.startswith(("“", '"')):
                turn = introduced  # the quoted paragraphs go on
            elif turn is None and interviewee and si and question_line(sentences, si - 1, text):
                # a Q&A's answer, a paragraph of its own after the question's ("We spoke to
                # X ..." / "How many are still in shelters?" / "About 1,500 ...")
                turn = interviewee
            else:
                introduced = None
            if turn is None and cue_goes_on and cue is not None:
                turn = cue[0]  # the words after a cue line of their own: the recorded voice's
        elif sent.start and text[sent.start - 1] == "\n" and (label := _line_label(text, sent.start)):
            # "Answer\nPetra Lund-Okafor: The figures ...": a label on the line under a
            # heading of the same paragraph opens the turn all the same
            turn, turn_from_label = label, True
        elif interviewee and question_line(sentences, si - 1, text):
            # an interview's answer: the rest of the paragraph after a question on a line of
            # its own ("Who is to blame? At least 40 died ..." in a report asks no one)
            turn = interviewee
        if _QA_LINE.match(sent.text) and (sent.start == 0 or text[sent.start - 1] == "\n"):
            # a printed interview's "Q: ..." / "A: ..." lines: the answers are the person the
            # introduction profiles ("Ana Ruiz, 51, has been a guard for 26 years."), the
            # questions the outlet's
            if sent.text[0] == "Q":
                turn, turn_from_label = None, False
            else:
                if profiled is None:
                    profiled = _profiled_interviewee(text) or ""
                who = interviewee or profiled or None
                if who:
                    turn, turn_from_label = who, False
        if interviewee is None:
            interviewee = named_interviewee(sent.text)
        voice = broadcast_cue(sent.text, text[: sent.start]) if sent.text.startswith("[") else None
        if voice is not None:
            # a broadcast script's "[SOT - ANA RUIZ, NURSE]": she speaks the rest of its
            # paragraph (and the next, when the cue stands alone), not the presenter
            turn, turn_from_label, cue = voice, False, (voice, sent.paragraph, True)
        elif cue is not None and cue[1] == sent.paragraph:
            cue = (cue[0], cue[1], False)
        mentions, events = read_sentence(sent.text)
        marks = quote.enter(sent.text)
        if lead is not None and _BULLET.match(text, text.rfind("\n", 0, sent.start) + 1) is None:
            lead = None  # the lead's list ended
        if told is not None and _BULLET.match(text, text.rfind("\n", 0, sent.start) + 1) is None:
            told = None  # the speaker's list ended
        if not mentions and sent.text.endswith(":"):
            lead = _lead_category(sent.text)
            # "The minister told reporters:", "Briefing by Chief Inspector X. Main points:": the
            # bullets under it are the speaker's
            told = _told_by(sent.text, events) or (
                _told_by(sentences[si - 1].text, read_sentence(sentences[si - 1].text)[1])
                if si and sentences[si - 1].paragraph == sent.paragraph and len(sent.text) <= 40 else None
            )
        elif not mentions and "(" in sent.text and (source_named := _HEADING_SOURCE.search(sent.text)):
            told = source_named.group("n")
        heading = _section_category(sent.text) if not mentions else None
        if heading is not None:
            section = None if heading == "none" else (heading, sent.paragraph)
        if sent.text.endswith("?"):
            question = _asked_category(sent.text)
            asked = (question, sent.paragraph) if question else None
        named_count = _NUMBER_NAMED.search(sent.text) if not mentions and "number" in sent.text else None
        if not mentions and (about := _count_subject(sent.text)) is not None:
            it_count = (about[0], about[1], si)
        if named_count:
            # "Figures for the number displaced differ sharply.": the next sentence's figures
            # count the displaced
            topic = (PARTICIPLE_CATEGORIES[named_count.group("p").lower()], si)
        if not mentions:
            near = last_claim_sentence is not None and si - last_claim_sentence <= 2
            hedge_at = backref_hedge_at(sent.text, right_after=si - last_claim_sentence == 1) if near and last_claim_sentence is not None else None
            if (
                hedge_at is not None
                and not any(e.kind == "lead" and e.pos < hedge_at for e in events)
            ):
                # "Neither figure has been confirmed" after two sentences of one figure each
                # points back at both (of the paragraph)
                pointed = {last_claim_sentence}
                if points_at_both(sent.text) and last_claim_sentence is not None:
                    pointed |= {
                        r["_sentence"] for r in records
                        if last_claim_sentence - 2 <= r["_sentence"] < last_claim_sentence
                        and sentences[r["_sentence"]].paragraph == sent.paragraph
                    }
                personal = personal_statement(sent.text)
                party = checked_party(sent.text)
                if party and not any(
                    r["_sentence"] in pointed and speaks_for_party(r["attributed_to"], party) for r in records
                ):
                    party = ()  # no speaker of that party: the words point at every figure
                for r in records:
                    if r["_sentence"] in pointed and not (
                        # "Her account could not be verified": the person's figures only
                        personal and r["attributed_to"] is not None and looks_like_org(r["attributed_to"])
                        # ("The hospital director", "an army spokesman": a person all the same)
                        and not looks_like_person(r["attributed_to"]) and not is_person_role(r["attributed_to"])
                    ) and (not party or speaks_for_party(r["attributed_to"], party)):
                        # ("None of the rebel claims could be verified": the rebels' figures only)
                        r["hedged"] = True
            names: dict[int, str] = {}
            for e in events:
                names[id(e)] = speakers.resolve(e.speaker, [], sent.start, sent.text, e.pos)
                if e.kind not in _NOT_SPEAKERS:
                    speakers.remember(names[id(e)])
            told_by = told_by_speaker(sent.text) if last_claim_sentence == si - 1 else None
            if told_by:
                # "... amounted to 26. This was told by District Commissioner X while ...":
                # the figures before are X's
                for r in records:
                    if r["_sentence"] == si - 1 and r["attributed_to"] is None:
                        r["attributed_to"] = told_by
                speakers.remember(told_by)
            quote.leave(marks, events, names, [])
            # (the pattern ends on a colon: most sentences are ruled out without a scan)
            if sent.text.endswith(":") and INTRODUCES_QUOTE.search(sent.text):
                introduced = introducer(sent.text, events, names, speakers)
            elif sent.text.endswith(":"):
                # a monitor's digest: "Text of statement by the Front, posted on ...:"
                introduced = quoted_document_source(sent.text) or introduced
            speakers.remember_subject(sent.text)
            year = _YEAR_CONTEXT.search(sent.text)
            if year:
                year_context = year.group(0)
            continue
        line_start = text.rfind("\n", 0, sent.start) + 1
        bullet = _BULLET.match(text, line_start)
        indent = len(text[line_start : sent.start]) - len(text[line_start : sent.start].lstrip()) if bullet else -1
        if bullet is None:
            parent = None  # the list ended
        categories, replaced = sentence_categories(sent.text, antecedent)
        revised |= replaced
        if topic and topic[1] == si - 1 and "other" in categories and CATEGORY_RE.search(sent.text) is None:
            # (only a figure with no noun of its own, or one of people at large: "14 dogs" or
            # "300 volunteers" are counts of their own)
            categories = tuple(
                topic[0] if c == "other" and (m.bare or m.subject in COUNTED_PEOPLE_AT_LARGE) else c
                for c, m in zip(categories, mentions)
            )
        it_counts = (
            it_count if it_count is not None and it_count[2] == si - 1 and _IT_COUNT_OPENS.match(sent.text) else None
        )
        if it_counts is not None and "other" in categories:
            # "It stood at 8 on Friday, 12 on Saturday": the bare figures of the count the
            # sentence before was about (and the figure a revision in it replaced, too)
            categories = tuple(it_counts[0] if c == "other" and m.bare else c for c, m in zip(categories, mentions))
            revised |= {(value, it_counts[0]) for value, c in replaced if c == "other"}
        answers = bool(asked and sent.paragraph == asked[1] + 1 and sentences[si - 1].paragraph != sent.paragraph)
        if answers and asked and "other" in categories and CATEGORY_RE.search(sent.text) is None:
            # the answer to "How many children were taken?" (the first sentence of the next
            # paragraph): no word of its own says what its figures count
            categories = tuple(asked[0] if c == "other" else c for c in categories)
        if section and "other" in categories and (
            sent.paragraph == section[1] + 1 or _BULLET.match(text, text.rfind("\n", 0, sent.start) + 1)
        ):
            # "INJURED" / "- 78 people treated, 14 of them seriously": the heading says what
            # its list counts (its next paragraph, or its bullets)
            categories = tuple(
                section[0] if c == "other" and m.subject not in THING_SUBJECTS else c
                for c, m in zip(categories, mentions)
            )
        resolved: dict[int, str] = {}
        names_so_far: list[str] = []
        for e in events:
            name = speakers.resolve(e.speaker, names_so_far, sent.start, sent.text, e.pos)
            resolved[id(e)] = name
            names_so_far.append(name)
        _closing_speaker_names_pronouns(events, resolved, sent.text)
        adds_up_to = _breakdown_whole(mentions, records, si)
        for mi, (m, cat) in enumerate(zip(mentions, categories)):
            record = claim_record(source, sent, si, m, cat, mentions, mi, records, original)
            # (the heading's own bullets: its paragraph or the next, not a later list's)
            under_heading = section is not None and bullet is not None and sent.paragraph <= section[1] + 1
            if record is None or (
                "answer-alone" in m.notes and "rival-alone" not in m.notes and not (answers or under_heading)
            ):
                # a lone "Eight." that answers no "How many ...?" (but "THE MISSING" / "- 14,
                # says the ministry": a heading asks what its bullets answer; "Fifteen, according
                # to local officials." is a rival's figure, gated below as one)
                continue
            if "answer-alone" in m.notes and not answers and section is not None:
                record["category"] = Category(section[0])  # what the heading counts, not the last claim's
            if "opens-alone" in m.notes:
                # "Three inmates died. Two were found in the east wing.": a part of the count
                # of the sentence right before, of its category unless its own verb says
                before = (
                    records[-1] if records and last_claim_sentence == si - 1
                    and sentences[si - 1].paragraph == sent.paragraph else None
                )
                if before is None:
                    continue
                record["subject"], record["part_of_total"] = before["subject"], True
                if record["category"] == Category.OTHER:
                    record["category"] = before["category"]
            if "label-alone" in m.notes:
                # "  - Hypothermia: 15" under "- Deceased: 23": a part of the parent line's
                # count; "- Orlen: 14" under "Deaths by district:", the lead's; a list
                # "Orlen 8, Vasko 5." whose figures add up to the count just before, that
                # count's; a label of no category anywhere else is no claim
                if parent is not None and indent > parent[0]:
                    record["category"], record["part_of_total"] = parent[1], True
                elif lead is not None and bullet is not None:
                    record["category"], record["part_of_total"] = lead, True
                elif section and (sent.paragraph == section[1] + 1 or bullet is not None):
                    record["category"], record["part_of_total"] = Category(section[0]), True
                elif adds_up_to is not None:
                    record["category"], record["subject"] = adds_up_to["category"], adds_up_to["subject"]
                    record["part_of_total"] = True
                elif answers and mi == 0 and transcript_speaker(sent.text, text[: sent.start]):
                    # a transcript's "MORAN: Forty-one." after "How many are in hospital?":
                    # the speaker's answer, its category the question's (set above)
                    pass
                elif (
                    mi == 0 and records and last_claim_sentence == si - 1
                    and sentences[si - 1].paragraph != sent.paragraph
                    and transcript_speaker(sent.text, text[: sent.start])
                ):
                    # "REPORTER: Residents say 30 were held." / "BRILL: Twelve.": the
                    # speaker's own figure for the count the turn before gave
                    record["category"], record["subject"] = records[-1]["category"], records[-1]["subject"]
                else:
                    continue
            event: SpeechEvent | None = speaker_for(events, sent.text, m.start, m.end)
            if event is not None and event.verb.lower().startswith("alleging") and m.start < event.pos:
                # "12 were killed, with the opposition alleging that troops fired": what is
                # alleged follows the verb, the figure before is the report's own
                event = speaker_for([e for e in events if e is not event], sent.text, m.start, m.end)
            record["attributed_to"] = resolved.get(id(event)) if event else None
            if event is not None and event.kind == "owner" and is_bare_pronoun(record["attributed_to"] or ""):
                record["attributed_to"] = None  # "Their list has grown to 40" with no body named before
            if outlet_own_tally(record["attributed_to"], source.outlet):
                record["attributed_to"] = None  # "according to a Reuters tally": the outlet's own
            if record["attributed_to"] is None and it_counts is not None and it_counts[1] and m.bare:
                record["attributed_to"] = it_counts[1]  # "The army's own toll ... It stood at 8": the army's
            share = gapped_place(sent.text, mentions[mi - 1].end, m.start, m.end) if "gapped" in m.notes else None
            if (
                "gapped" in m.notes and not share
                and event is not None and event.kind == "lead" and event.pos < mentions[0].start
            ):
                # "Ardenia confirmed 52 deaths, Belmora 11": the gapped clause's own subject
                # gives its figure, as the first clause's subject gives the first
                record["attributed_to"] = gapped_subject(sent.text, mentions[mi - 1].end, m.start, m.end)
            elif share and record["place"] is None:
                # "Orlen accounted for eleven deaths, Vasko district for six": the gapped
                # clause's subject is where its share fell, and the figure that opened the
                # list is a share too (of a toll given elsewhere)
                record["place"] = share
                head = next((r for r in reversed(records) if r["_sentence"] == si), None)
                if head is not None and head["_offset"] == mentions[mi - 1].start and head["place"] is None:
                    head["part_of_total"] = True
            answered = "answer-alone" in m.notes and bool(answers or under_heading)
            # ("How many passengers were on board?" / "The operator tells us about 70."): the
            # answer to a question of how many people, with what the question asks for
            asked_people = "rival-alone" in m.notes and si > 0 and _asks_how_many_people(sentences[si - 1].text)
            if asked_people and (
                (asked_cat := _asked_category(sentences[si - 1].text)) or not _VICTIMS_ASKED.search(sentences[si - 1].text)
            ):
                # (what the question asks for, whatever was counted before it: "How many people
                # attended the concert?" / "The organisers say 18,500." counts the crowd, not the
                # toll before; but "How many people were victims of the crash?" asks for the toll)
                record["category"] = Category(asked_cat or "other")
            if "rival-alone" in m.notes and not answered and not (
                (
                    last_claim_sentence is not None and si - last_claim_sentence <= 2
                    # "The army says 17 were taken prisoner; the rebels claim 218.": in its sentence
                    or bool(records) and records[-1]["_sentence"] == si
                    or asked_people
                )
                and record["attributed_to"] and credible_source(record["attributed_to"])
            ):
                # "The ministry says 44." rivals a figure just before it; "His family says
                # three" or a "says 30" after no figure at all is no count
                continue
            if "repeats-before" in m.notes:
                # "Thirty-eight were injured. Of the 38, three died.": the whole is the count it
                # repeats, with that count's category (never its part's); with none, no claim
                given = next((
                    r for r in reversed(records)
                    if (r["value_low"], r["value_high"]) == (record["value_low"], record["value_high"])
                    or r["number_text"].replace(",", "") == record["number_text"].replace(",", "")  # "Some 200"
                ), None)
                if given is None:
                    continue
                record["category"], record["subject"] = given["category"], given["subject"]
            if "part-of-before" in m.notes:
                if last_claim_sentence is None or si - last_claim_sentence > 2:
                    continue  # "Five were children." after no figure counts nothing
                record["part_of_total"] = True
            own = record["attributed_to"]
            if own is None and interviewee and YOUR.search(sent.text, 0, m.start) and question_follows(sentences, si, text):
                # the interviewer's "Your latest figure is 63 deaths": the interviewee's
                record["attributed_to"] = own = interviewee
            if turn and (
                own is None or own.lower() == turn.split()[-1].lower() or own.lower() in ("we", "i")
                or own.lower().startswith(("our ", "we "))
            ):
                # (in a turn or a statement, "Our shop stewards counted 112" is the speaker's)
                record["attributed_to"] = turn
            elif told and bullet is not None and own is None:
                record["attributed_to"] = told  # a bullet under "The minister told reporters:"
            elif speech_by and sent.start + m.start >= speech_starts and (
                own is None or own.lower() in ("we", "i") or _SPEAKERS_OWN.match(own)
            ):
                # a published speech ("Remarks by President X on ..."): its figures, given in
                # the first person or with no source, are the speaker's
                record["attributed_to"] = speech_by
            hedge_verb = event is not None and event.speaker and _CLAIM_VERB.search(sent.text, max(0, event.pos - 2), event.pos + 12)
            hedged, when, earlier, _ = figure_context(sent.text, m.start, m.end, sent.is_heading)
            record["hedged"] = hedged or bool(hedge_verb)
            record["time_ref"] = when or year_context
            # ("..., not 19.": the figure the speaker sets aside is superseded too)
            record["superseded"] = earlier or "rejected" in m.notes
            records.append(record)
        own = _records_of(records, si)
        mark_breakdown(sent.text, own)
        previous = _records_of(records, si - 1)
        mark_breakdown_of_before(previous[-1] if previous else None, own, si)
        quote.leave(marks, events, resolved, _records_of(records, si))
        for e in events:
            if e.kind not in _NOT_SPEAKERS:
                speakers.remember(resolved[id(e)])
        speakers.remember_subject(sent.text)
        year = _YEAR_CONTEXT.search(sent.text)
        if year:
            year_context = year.group(0)
        if records and records[-1]["_sentence"] == si:
            last_claim_sentence = si
            antecedent = records[-1]["category"]
            if bullet and not records[-1]["part_of_total"]:
                parent = (indent, records[-1]["category"])  # a list line whose sub-bullets break it down

    _definite_repeats(records)
    if '"' in text or "“" in text:
        # a statement reproduced in full: its figures are its signer's
        _credit_blocks(records, block_quote_signers(text), source.offset)
    if "(" in text:
        # a digest's post under its header line: its figures are the account's
        _credit_blocks(records, post_signers(text), source.offset)
    if "tatement" in text or "TATEMENT" in text or "ommuniqu" in text or "OMMUNIQU" in text or "elease" in text:
        # a statement under its issuer's name: its figures are the issuer's
        _credit_blocks(records, issued_statements(text), source.offset)
    if "Source:" in text or "Said by:" in text or "Claimed by:" in text:
        # a fact-check's quoted claim over its "Source:" line
        _credit_blocks(records, claim_sources(text), source.offset)
    if "Sir," in text or "Madam," in text or "Dear " in text:
        # a letters page: each letter's figures are its writer's
        _credit_blocks(records, letter_signers(text), source.offset)
    if source.title and _SICKNESS_STORY.search(source.title):
        for r in records:
            # "57 patients remain admitted" in a poisoning's bulletin: sick, not hurt
            if r["category"] is Category.WOUNDED and not _HURT_WORDS.search(r["sentence"]):
                r["category"] = Category.OTHER
    claims: list[Claim] = []
    for r in records:
        if (r["_raw"], r["category"].value) in revised:
            # "lowered the toll from 95 to 84" elsewhere in the source: every 95 is revised
            r["superseded"] = True
        key = (r["_sentence_norm"], norm_text(r["mention"]))
        occurrence = occurrences[key]
        occurrences[key] += 1
        r["claim_id"] = claim_id(source.source_id, r["sentence"], r["mention"], occurrence)
        fields = {k: v for k, v in r.items() if not k.startswith("_")}
        claims.append(share_fields_set(Claim(**fields)))
    return claims


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# a figure named as a figure: "the figure of 15", "its earlier toll of 31", "that count of 8"
_NAMED_FIGURE_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|that|this)\s+(?:(?:earlier|previous|initial|first|original|official|same)\s+)?"
    # ("the police figure of 23,400": its owner's noun between)
    r"(?:[a-z][\w\-]*\s+)?(?:figure|toll|count|tally|total|number)\s+of\s+$",
    re.I,
)


def _profiled_interviewee(text: str) -> str | None:
    """The person a printed Q/A's introduction profiles: named with an age ("X, 51, has been a
    guard") in one of the two paragraphs right above its first question."""
    first_q = text.find("\nQ:")
    if first_q == -1:
        return None
    above = text[:first_q].rstrip().split("\n\n")[-2:]
    for para in reversed(above):
        m = _PROFILED.search(para)
        if m:
            return m.group("n")
    return None


def _paragraph_closes_on_quote(text: str, start: int) -> bool:
    end = text.find("\n\n", start)
    return text[start : end if end != -1 else len(text)].rstrip().endswith(('"', "”"))


def _line_label(text: str, start: int) -> str | None:
    """A label on the line under a heading of its own ("Answer", "Reply from the Minister"). A
    heading is short, has no figure and ends on no sentence mark: a line that does is prose or a
    fact line, which opens no one's turn."""
    heading = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
    if not heading or len(heading.split()) > 4 or heading[-1] in ".,;:!?\"”" or any(ch.isdigit() for ch in heading):
        return None
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end != -1 else len(text)]
    if _FACT_AFTER_LABEL.search(line):
        return None  # a casualty box's "POLICE: 14 injured" is a fact line, no one's turn
    return transcript_speaker(line, text[:start])


def _closing_speaker_names_pronouns(events, resolved: dict[int, str], sentence: str) -> None:
    """"The toll rose to 40, up from the 33 it gave on Saturday, the ministry said.": an "it"
    or "they" with no one named before it in the sentence is the speaker who closes it,
    not whoever the article named last."""
    closing = next((e for e in reversed(events) if e.kind in ("inverted", "lead") and not is_bare_pronoun(e.speaker)
                    and not sentence[e.end :].strip(" .!?\"”’")), None)
    if closing is None:
        return
    for e in events:
        if e.pos >= closing.pos or not is_bare_pronoun(e.speaker):
            break
        # (a figure's own "the 47 it gave" only: a subject "It said ..." keeps its antecedent)
        if e.kind == "by" and e.speaker.lower() in ("it", "they") and "," in sentence[e.end : closing.pos]:
            resolved[id(e)] = resolved[id(closing)]


def _count_given_before(records: list[dict], i: int, *, any_category: bool = False) -> dict | None:
    """The last whole count before record i with its exact figure and a category, of the same
    people (a figure of people at large may name any group's count). `any_category`: "other"
    too, for a figure named as a figure ("its figure of 23,400" after "a crowd of 23,400")."""
    r = records[i]
    low = r["value_low"]
    return next((
        e for e in reversed(records[:i])
        if e["value_low"] == low and e["value_high"] == low and (any_category or e["category"] is not Category.OTHER)
        and not e["part_of_total"] and r["subject"] in ("people", e["subject"])
    ), None)


def _definite_repeats(records: list[dict]) -> None:
    """"Among the 26 dead are three officers" after "the 26 soldiers killed": a definite
    figure that repeats an exact count the source gave before counts the same group."""
    for i, r in enumerate(records):
        low = r["value_low"]
        if low is None or low != r["value_high"] or low < 2:
            continue
        if _NAMED_FIGURE_BEFORE.search(r["sentence"], max(0, r["_offset"] - 40), r["_offset"]):
            # "the figure of 15 did not include those found in the warehouse" after "15 people
            # had been killed": the count named again, with its category, whatever the
            # sentences between counted (its group is the sentence's own: a rival may name
            # the same figure of soldiers as a toll of people)
            # ("its figure of 150 dead" keeps its own word for what it counts, whatever count
            # of 150 came before)
            named = _count_given_before(records, i, any_category=CATEGORY_RE.search(r["mention"]) is None)
            if named is not None:
                r["category"] = named["category"]
            continue
        if not _THE_BEFORE.search(r["sentence"], max(0, r["_offset"] - 6), r["_offset"]):
            continue
        if r["category"] is Category.OTHER and not r["part_of_total"]:
            # "9 of the 31 had been identified so far", "Two of the 11 workers were contractors" after
            # "The crash killed 31 people": the whole a part is taken from is the count given
            # (of the same people: "the three other markets" is no count of the three held)
            counted = _count_given_before(records, i)
            if counted is not None:
                r["category"] = counted["category"]
        if r["subject"] != "people":
            continue
        earlier = next((
            e for e in reversed(records[:i])
            if e["value_low"] == low and e["value_high"] == low and e["category"] == r["category"]
            and e["subject"] not in ("people", r["subject"]) and not e["part_of_total"]
        ), None)
        if earlier is not None:
            r["subject"] = earlier["subject"]


def _credit_blocks(records: list[dict], blocks: list[tuple[int, int, str]], offset: int) -> None:
    """Credit a block's figures to the one who issued it (a statement's signer, a post's
    account), unless a speaker inside the block gives them ("the hospital told us 40 were
    brought in"); its own "we" and "our" are the issuer's."""
    for start, end, signer in blocks:
        for r in records:
            own = r["attributed_to"]
            if start <= r["start"] - offset < end and (
                own is None or own.lower() in ("we", "i") or own.lower().startswith(("our ", "my "))
            ):
                r["attributed_to"] = signer


def _table_records(
    source: Source, sent: Sentence, si: int, row: TableRow, text: str, original: str, records: list[dict],
) -> list[dict]:
    """The claims of a table row: each cell read with its label (tables.py) as a fact-box
    line, "| Civilians killed | 2,140–2,560 |", or failing that as the prose "402 Incidents";
    only figures inside the cell count, at the cell's own offsets."""
    out: list[dict] = []
    line = original[row.start : row.end].strip()
    for cell in row.cells:
        shown = text[cell.start : cell.end]
        for virtual, lead in ((f"| {cell.label} | {shown} |", len(cell.label) + 5), (f"{shown} {cell.label}", 0)):
            found = _cell_records(source, sent, si, cell, shown, virtual, lead, original, records + out)
            if found:
                break
        for record in found:
            record.update(
                _column_source=cell.source,
                sentence=line, _sentence_norm=norm_text(line), superseded=False,
                time_ref=cell.time or record["time_ref"], place=cell.place or record["place"],
                part_of_total=record["part_of_total"] or cell.part,
            )
        out += found
    return out


def _cell_records(
    source: Source, sent: Sentence, si: int, cell: TableCell, shown: str, virtual: str, lead: int,
    original: str, records: list[dict],
) -> list[dict]:
    """The records of one reading of a cell; a mention that runs on into the label ("402
    Incidents") ends where the cell does."""
    mentions = read_sentence(virtual)[0]
    categories = sentence_categories(virtual, None)[0]
    # the virtual line as a sentence placed so that its cell lies on the source's cell
    placed = Sentence(cell.start - lead, cell.start - lead + len(virtual), virtual, sent.paragraph, False)
    out: list[dict] = []
    for mi, (m, cat) in enumerate(zip(mentions, categories)):
        if not lead <= m.start < lead + len(shown):
            continue
        record = claim_record(source, placed, si, m, cat, mentions, mi, records + out, original)
        if record is None:
            continue
        if m.end > lead + len(shown):
            record["end"] = source.offset + cell.end
            record["mention"] = original[cell.start + m.start - lead : cell.end]
        hedged, when, _, _ = figure_context(virtual, m.start, m.end, False)
        record.update(hedged=hedged, time_ref=when)
        out.append(record)
    return out
