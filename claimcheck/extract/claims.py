"""extract_claims(source) -> the claims of one article, with every field of the contract.

Extraction of a source depends on that source alone (no corpus state), which is what lets a
large corpus be split across processes or a Dask cluster and give the same claims.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from claimcheck.extract.category import categorize
from claimcheck.extract.context import (
    backref_hedge_at,
    hedged_in_sentence,
    revised_from_values,
    says_earlier_figure,
    time_ref,
)
from claimcheck.extract.mentions import Mention, breakdown_place, find_mentions
from claimcheck.extract.numbers import find_numbers
from claimcheck.extract.sentences import Sentence, blank_controls, split_sentences
from claimcheck.extract.tables import CellReading as TableCell, TableRow, table_rows
from claimcheck.extract.speakers import (
    SpeechEvent,
    has_title,
    is_person_role,
    is_pronoun,
    looks_like_org,
    looks_like_person,
    speaker_for,
    speech_events,
)
from claimcheck.extract.lexicon import (
    MONTHS, ORG_DOCUMENTS, PERSONAL_DOCUMENTS, QUALIFIERS_BEFORE, SCALES, SPEECH_VERBS, SUBJECT_NOUNS,
    TENS, UNITS, WEEKDAYS,
)
from claimcheck.extract.patterns import alternation
from claimcheck.models import Category, Claim, Source, share_fields_set

# The stretch after a figure where its place may be named: up to a comma, and never into a
# phrase about the event itself ("41 people are dead after the collapse of a mine in
# Shabunda": the mine is in Shabunda, the figure is the whole toll).
_SCOPE_WINDOW = r"^(?:(?!\b(?:after|following|when|during|since|amid)\b)[^,;]){0,60}?"
_PLACE_OF = re.compile(
    _SCOPE_WINDOW + r"\bin\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}"
    r"(?:city|town|village|neighbou?rhood|district|area|province|region|county|suburb|community)"
    r"\s+of\s+(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)"
)
_PLACE_NAME = re.compile(_SCOPE_WINDOW + r"\bin\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+|adjacent\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)")
_PLACE_GENERIC = re.compile(
    _SCOPE_WINDOW + r"\bin\s+(?:a|the|this|one)\s+(?:small\s+|nearby\s+|single\s+|local\s+)?"
    r"(?P<p>village|town|neighbou?rhood|district|hospital|suburb|camp)\b"
)
# "three children were among the dead": a part of the toll, named after the figure
_AMONG_AFTER = re.compile(
    r"[^,;.]{0,30}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?"
    r"(?:dead|killed|victims|injured|wounded|missing|casualties|fatalities)\b",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*as\s+well\s+as)\s*")
_WHOLE_SCOPE = re.compile(r"^[^,;]{0,40}?\b(?:nationwide|across the country|in total|in all|overall)\b")
_PART_BEFORE = re.compile(
    r"\b(?:including|among them(?:\s+(?:are|were))?|among whom|of whom|of which|his|her|their"
    # "Among the dead were 11 women and 6 children"
    r"|among\s+(?:the\s+|those\s+)?(?:dead|killed|victims|injured|wounded|missing|casualties|fatalities)"
    r"\s+(?:were|was|are|is)"
    # "The deceased include 14 women"
    r"|(?:dead|deceased|victims|injured|wounded|casualties)\s+(?:include|includes|included))"
    r"\s*(?:at least\s+|some\s+|about\s+)?$",
    re.I,
)
_WHERE_PLACE = re.compile(r"(?P<p>[A-Z][\w\-]+(?:\s+(?:and\s+)?[A-Z][\w\-]+)*),?\s+where\s+$")
_LOCAL_BEFORE = re.compile(
    r"\bin\s+(?:this|the|a)\s+(?:[\w\-]+\s+){0,3}(?P<p>neighbou?rhood|village|district|suburb|town)\b[^.;]{0,30},\s*[a-z]+ing\s+$"
)
_ALONE_AFTER = re.compile(r"[^,;.]{0,60}?\bin\s+(?:the\s+|this\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+alone\b")
# "In Lee County alone, the sheriff said officials had confirmed eight deaths": every figure
# of a sentence that opens on a place and "alone" is that place's
_ALONE_OPENING = re.compile(
    r"^\W*In\s+(?:the\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)"
    r"(?:\s+(?:province|district|state|region|city|county|town|village|governorate|area))?\s+alone\b"
)
# "Moatize accounts for 912 cases": the place's share
_ACCOUNTS_FOR_BEFORE = re.compile(
    r"(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)(?:\s+(?:district|province|state|region|city|county))?"
    r"\s+(?:alone\s+)?accounts?\s+for\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly|around)\s+)?"
    r"(?:[^,;.]{0,40}?\band\s+)?$"
)
# "In Sindh province alone, 347 people have been killed": "alone" marks a part of the whole
_ALONE_BEFORE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)"
    r"(?:\s+(?:province|district|state|region|city|county|town|village|governorate|area))?\s+alone\s*,?\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|some|nearly|around)\s+)?$"
)
# "In neighbouring Thailand, at least 18 people were killed": a sentence that opens on a
# place and goes straight to the figure counts in that place
_PLACE_OPENING = re.compile(
    r"^(?:In|Across)\s+(?:neighbou?ring\s+|nearby\s+|the\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)"
    r"(?:\s+(?:province|district|state|region|city|county|town|village|governorate|area))?\s*,\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|some|nearly|around|up\s+to|another|a\s+further)\s+)?$"
)
_NOT_PLACES = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"monday’s", "the", "a", "icu", "er", "a&e"}
_OWN_PARTICIPLE = re.compile(r"\s+[a-z]+ed\b")
_YEAR_CONTEXT = re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d{2})\b")
_DEFINITE = re.compile(r"^the\s+(?P<h>[a-z]+)$", re.I)
_SENTENCE_SUBJECT = re.compile(
    r"^(?P<n>(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+"
    # "The General Command of the Tessalian Armed Forces", "The Ministry of Health"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+)?)"
    # ("... Armed Forces on Saturday accused")
    r"(?:\s+on\s+[A-Z][a-z]+day)?"
    r"\s+(?!(?:to|of|in|on|at|for|and|by|with)\b)[a-z]"
)
# "Eleven people are still missing": a figure opening a sentence is no one's name
_LEADING_PHRASE_WORDS = frozenset({"In", "On", "At", "After", "Before", "During", "Speaking", "Asked", "Later", "Earlier"})
_SUBJECT_AFTER_OPENING = re.compile(
    r"^(?:In|On|At|After|Before|During|Speaking|Asked|Later|Earlier)\b[^,]{0,80},\s+(?:[a-z]+\s+){0,3}"
    r"(?P<n>(?:[A-Z][\w’'\-.]+\s+){1,4}[A-Z][\w’'\-]+)\s+(?:[a-z]+ed|[a-z]+s|has|have|had|was|is|will|said|told)\b"
)
_NUMBER_START = re.compile(rf"(?:{alternation(list(UNITS) + list(TENS) + list(SCALES))})\b", re.I)
_NOT_ORGS = frozenset({"it", "its", "they", "their", "the statement", "a statement"})
_COMMON_STARTERS = frozenset({
    "The", "A", "An", "In", "On", "At", "But", "And", "It", "This", "That", "There", "He",
    "She", "They", "We", "I", "After", "Before", "When", "While", "As", "For", "Some", "Many",
    "According", "Speaking", "Confirming", "Explaining", "Asked", "Meanwhile", "However",
    "Earlier", "Later", "Also", "Since", "During", "Despite", "Although", "Though", "If",
    "Our", "My", "Their", "His", "Her", "Its", "Your", "Us",  # a quote's "Our staff ..." names no one
})


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _claim_id(source_id: str, sentence: str, mention: str, occurrence: int) -> str:
    """Stable id: what the figure says and where in its sentence, never a file offset, so that
    adding unrelated text elsewhere in the source keeps it."""
    key = "\x1f".join((source_id, _norm(sentence), _norm(mention), str(occurrence)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


class _Speakers:
    """Running memory of who spoke, to resolve "he", "the ministry", "Lopez"."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.full_names: dict[str, str] = {}
        self.last_person: str | None = None
        self.last_org: str | None = None
        self.last_any: str | None = None

    def remember(self, speaker: str) -> None:
        if is_pronoun(speaker):
            if looks_like_org(speaker) and speaker.lower() not in _NOT_ORGS:
                self.last_org = speaker  # "The army said ...": what a later "it" stands for
            return
        for tok in _CAPITALISED.findall(speaker):
            if len(tok) > 2:
                self.full_names.setdefault(tok, speaker)
        self.last_any = speaker
        if looks_like_person(speaker) or is_person_role(speaker):
            self.last_person = speaker
        if looks_like_org(speaker):
            self.last_org = speaker

    def remember_subject(self, sentence: str) -> None:
        m = _SENTENCE_SUBJECT.match(sentence)
        if m is None or m.group("n").split()[0] in _LEADING_PHRASE_WORDS:
            # "In a voice message sent to journalists, army spokesman Brigadier General
            # Tarek Mansour called ...": the subject after an opening phrase
            after = _SUBJECT_AFTER_OPENING.match(sentence)
            if after and looks_like_person(after.group("n")):
                self.last_person = after.group("n")
                return
        if m and looks_like_org(m.group("n")):
            # "The RSF denied targeting civilians. It said ...": what a later "it" stands for
            self.last_org = m.group("n")
            return
        if (
            m and m.group("n").split()[0] not in _COMMON_STARTERS and not _NUMBER_START.match(m.group("n"))
            # "Bangladesh's state minister ... said": a possessive names whose, not who
            and not m.group("n").endswith(("'s", "’s"))
        ):
            name = m.group("n")
            full = self._expand(name)
            # one capitalised word opening a sentence ("Gas cutters are being used") is a
            # person only when it is the surname of someone named before
            if looks_like_person(full) and (" " in full or name in self.full_names):
                self.last_person = full

    def _expand(self, name: str) -> str:
        if " " not in name and name in self.full_names:
            return self.full_names[name]
        return name

    def resolve(self, speaker: str, before_in_sentence: list[str], upto: int) -> str:
        low = speaker.lower()
        if low in ("he", "she", "his", "her"):
            named = [s for s in before_in_sentence if not is_pronoun(s) and looks_like_person(s)]
            return named[-1] if named else (self.last_person or speaker)
        if low in ("it", "its", "the statement", "a statement"):
            # an organisation speaks as "it" and issues statements, never "a local official"
            named = [s for s in before_in_sentence if not is_pronoun(s)]
            return named[-1] if named else (self.last_org or self.last_any or speaker)
        if low.startswith(("its ", "their ", "his ", "her ")) and before_in_sentence:
            # "the group said its researchers had documented 50 deaths": the group's count;
            # "the chief told reporters his people had counted 80 dead": the chief's
            named = [s for s in before_in_sentence if not is_pronoun(s)]
            if named:
                return named[-1]
        if low in ("they", "their", "we"):
            named = [s for s in before_in_sentence if not is_pronoun(s)]
            return named[-1] if named else (self.last_any or speaker)
        definite = _DEFINITE.match(speaker)
        if definite:
            head = definite.group("h")
            # (the words of one line: a name never runs over a line break, "By X, Port
            # Vessan\n\nThe Ministry")
            pattern = re.compile(
                rf"((?:[A-Z][\w\-]*(?:’s|'s)?[ \t]+){{1,5}}{head.capitalize()}"
                # "the ministry" is "the Ministry of Home Affairs and Disaster Management"
                rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w\-]*){{0,5}})?)\b"
            )
            found = pattern.findall(self.text[:upto])
            if found:
                return found[-1].strip()
            return speaker
        return self._expand(speaker)


_GENERIC_PLACES = ("neighborhood", "neighbourhood", "village", "district", "suburb", "town", "camp")


def _named_place(place: str | None, text_before: str) -> str | None:
    return _name_of_generic(place, text_before) if place else None


def _name_of_generic(place: str, text_before: str) -> str:
    """"this neighborhood" -> the neighbourhood the article named before ("the Las Colinas
    neighborhood", "the village of Tina"), so that one place is one scope."""
    if place.lower() not in _GENERIC_PLACES:
        return place
    noun = re.escape(place.lower()).replace("neighborhood", "neighbou?rhood")
    named = re.findall(
        rf"(?:([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)*)[ \t]+(?i:{noun})\b|(?i:{noun})\s+of\s+([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)*))",
        text_before,
    )
    if not named:
        return place
    first, second = named[-1]
    return first or second


def _place(sentence: str, start: int, end: int) -> str | None:
    """A place the figure is restricted to: "in Las Colinas", "Guatemala, where two deaths
    were reported", "in this neighborhood, killing scores"."""
    before = sentence[:start]
    if "(" in before:
        part = breakdown_place(sentence, start)  # "(Karuva 51, Sembe 13)"
        if part:
            return part
    for rx, cue in _PLACES_BEFORE:
        # (each pattern holds its cue word: most figures are ruled out without a scan)
        m = rx.search(before) if cue in before else None
        if m and m.group("p").split()[0].lower() not in _NOT_PLACES:
            return m.group("p")
    after = sentence[end:]
    if _WHOLE_SCOPE.match(after):
        return None
    for rx in (_PLACE_OF, _PLACE_GENERIC, _PLACE_NAME):
        m = rx.match(after)
        if m and m.group("p").split()[0].lower().rstrip("’'s") not in _NOT_PLACES:
            if _AND_PLACE.match(after, m.end()):
                return None  # "16 dead in Bangladesh and India": both places, the whole toll
            if after.startswith(("'s ", "’s "), m.end()):
                return None  # "kills 31 in Mozambique's Tete": where the event is, not a part of it
            return m.group("p")
    return None


_AND_PLACE = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?[A-Z]")
# The patterns of a place named before the figure, in order, each with a string every match
# of it contains.
_PLACES_BEFORE = (
    (_WHERE_PLACE, "where"), (_LOCAL_BEFORE, "ing"), (_ALONE_BEFORE, "alone"), (_PLACE_OPENING, ""),
    (_ACCOUNTS_FOR_BEFORE, "account"), (_ALONE_OPENING, "alone"),
)


def _in_skip(sentence: Sentence, skips) -> bool:
    return any(s <= sentence.start and sentence.end <= e for s, e in skips)


@lru_cache(maxsize=4096)
def _read_sentence(text: str) -> tuple[tuple[Mention, ...], tuple[SpeechEvent, ...]]:
    """The figures and speech events of one sentence: they depend on its text alone.

    News repeats itself: wire copies run word for word in many outlets, and boilerplate
    ("It was not immediately clear who was responsible.") recurs across reports; a sentence
    seen before is not read again. The results are shared, so nothing may change them.
    """
    return tuple(find_mentions(_unquote_figures(text))), tuple(speech_events(text))


# A figure in scare quotes: 'its fighters had killed "dozens" of people', 'detained "hundreds"'.
_QUOTED_WORDS = re.compile(r"[\"“]([\w,. \-]{1,30})[\"”]")


def _unquote_figures(text: str) -> str:
    """The text with the quotation marks around a lone figure, or a short phrase opening on
    one, blanked (same length, so every
    offset holds): the figure then meets its verb and its noun as it would unquoted. The
    speaker finder still sees the marks."""
    if '"' not in text and "“" not in text:
        return text
    out = text
    for m in _QUOTED_WORDS.finditer(text):
        inner = m.group(1)
        spans = find_numbers(inner)
        lone = len(spans) == 1 and spans[0].end == len(inner.rstrip(" ,."))
        # 'killing "dozens of terrorists"': a short quoted phrase that opens on its figure
        phrase = len(spans) == 1 and len(inner.split()) <= 4
        # 'that "more than 100" had been rescued': a qualifier may open the quotation
        opens = spans and (spans[0].start == 0 or " ".join(inner[: spans[0].start].lower().split()) in QUALIFIERS_BEFORE)
        if opens and (lone or phrase):
            out = out[: m.start()] + " " + inner + " " + out[m.end() :]
    return out


@lru_cache(maxsize=4096)
def _sentence_categories(text: str, antecedent: str | None) -> tuple[tuple[str, ...], frozenset[tuple[float, str]]]:
    """The categories of a sentence's figures and the figures a revision in it replaced.

    They depend on the text and on the category of the figure before it ("of them"), so a
    repeated sentence takes them from the cache as it takes its figures.
    """
    mentions = _read_sentence(text)[0]
    categories = categorize(_unquote_figures(text), mentions, antecedent)
    return tuple(categories), frozenset(_revised_figures(text, mentions, categories))


@lru_cache(maxsize=8192)
def _figure_context(text: str, start: int, end: int, heading: bool) -> tuple[bool, str | None, bool, str | None]:
    """What the sentence says around one figure: hedged, its time, earlier figure, place.

    All of it is read from the sentence alone, so repeated sentences reuse it.
    """
    return (
        hedged_in_sentence(text, start, heading),
        time_ref(text, start),
        says_earlier_figure(text, start),
        _place(text, start, end),
    )


def clear_sentence_cache() -> None:
    """Forget sentences read before (benchmarks time the reading itself)."""
    for cached in (_read_sentence, _sentence_categories, _figure_context, _value_as_written):
        cached.cache_clear()


class _OpenQuote:
    """A quotation that runs over several sentences is one speaker's words: its figures take
    the speaker named where it closes ("We received 62 dead. Our mortuary is full," Dr
    Haroun said). A paragraph break ends a quotation that never closed, unless the next
    paragraph opens on a quotation mark: the convention for one quotation over several
    paragraphs, whose earlier paragraphs end without a closing mark."""

    def __init__(self) -> None:
        self.inside = False
        self.waiting: list[dict] = []  # unattributed records inside the open quotation
        self.reopened = False  # the paragraph's opening mark goes on the quotation

    def reset(self) -> None:
        self.inside, self.waiting, self.reopened = False, [], False

    def new_paragraph(self, text: str) -> None:
        if self.inside and text.startswith(("“", '"')):
            self.reopened = True
        else:
            self.reset()

    def enter(self, text: str) -> list[tuple[int, bool]]:
        """Where the sentence's quotation marks open and close: (position, inside after it)."""
        marks, inside = [], self.inside
        skip_first, self.reopened = self.reopened, False
        for m in _QUOTE_MARK.finditer(text):
            if skip_first and m.start() == 0:
                continue
            ch = m.group()
            inside = True if ch == "“" else False if ch == "”" else not inside
            marks.append((m.start(), inside))
        return marks

    def leave(
        self, marks: list[tuple[int, bool]], events: Sequence[SpeechEvent],
        names: dict[int, str], sentence_records: list[dict],
    ) -> None:
        started_inside = self.inside
        close = next((pos for pos, now_inside in marks if not now_inside), None)
        if started_inside and close is not None:
            # the quotation from an earlier sentence closes here: ', Dr Haroun said.'
            after = [e for e in events if e.pos > close]
            if after:
                speaker = names.get(id(after[0]))
                for r in self.waiting:
                    if r["attributed_to"] is None:
                        r["attributed_to"] = speaker
            self.waiting = []
        self.inside = marks[-1][1] if marks else self.inside
        if self.inside:
            last_open = max((pos for pos, now_inside in marks if now_inside), default=-1)
            self.waiting += [
                r for r in sentence_records
                if r["attributed_to"] is None and r["_offset"] > last_open
            ]


_QUOTE_MARK = re.compile(r"[“”\"]")
# Sources that do not speak: the owner of a count ("the ministry's toll") and a body doing
# what it counts ("MSF treated"); a later "she said" or "it said" is not theirs.
_NOT_SPEAKERS = frozenset({"owner", "agent"})
_CAPITALISED = re.compile(r"[A-Z][\w\-]+")
_CLAIM_VERB = re.compile(r"\bclaim", re.I)  # "the group claimed 21 dead": a hedging speech verb


def extract_claims(source: Source) -> list[Claim]:
    """All claims of one source, in text order."""
    text = blank_controls(source.text)
    original = source.text
    sentences = [s for s in split_sentences(text) if not _in_skip(s, source.skip_spans)]
    speakers = _Speakers(text)
    records: list[dict] = []
    revised: set[tuple[float, str]] = set()
    antecedent: str | None = None
    last_claim_sentence: int | None = None
    occurrences: Counter[tuple[str, str]] = Counter()

    year_context: str | None = None
    paragraph = -1
    quote = _OpenQuote()
    # who speaks a whole paragraph: a transcript's "SOLBERG: ...", or the issuer of a
    # statement quoted at length after "Its statement read in full:"
    turn: str | None = None
    turn_from_label = False  # the turn is a transcript label's, which goes on over paragraphs
    introduced: str | None = None
    interviewee: str | None = None  # "We asked Dr. Ilse Varnholt ... why."
    tables = table_rows(text)
    rows_read: set[int] = set()
    for si, sent in enumerate(sentences):
        row = tables.get(text.rfind("\n", 0, sent.start) + 1) if tables else None
        if row is not None:
            # a Markdown table's data row: each cell is read with its column's header
            if row.start not in rows_read:
                rows_read.add(row.start)
                table = _table_records(source, sent, si, row, text, original, records)
                for record in table:
                    record["attributed_to"] = turn
                    record["time_ref"] = record["time_ref"] or year_context
                records.extend(table)
                if table:
                    last_claim_sentence, antecedent = si, table[-1]["category"]
            continue
        if sent.paragraph != paragraph:
            paragraph, year_context = sent.paragraph, None
            quote.new_paragraph(sent.text)
            line_end = text.find("\n", sent.start)
            labelled, turn = turn if turn_from_label else None, _transcript_speaker(
                # the whole line: a label's "ST." must not end it
                text[sent.start : line_end if line_end != -1 else len(text)], text[: sent.start]
            )
            turn_from_label = turn is not None
            if turn is None and labelled and not _ANY_LABEL.match(sent.text):
                # a transcript's turn goes on over the speaker's next paragraphs until the
                # next label or question ("VARGA: Good morning ..." / "In total, 64 people ...")
                turn, turn_from_label = labelled, True
            elif turn is None and introduced and sent.text.startswith(("“", '"')):
                turn = introduced  # the quoted paragraphs go on
            else:
                introduced = None
        elif interviewee and _question_line(sentences, si - 1, text):
            # an interview's answer: the rest of the paragraph after a question on a line of
            # its own ("Who is to blame? At least 40 died ..." in a report asks no one)
            turn = interviewee
        if interviewee is None:
            interviewee = _interviewee(sent.text)
        mentions, events = _read_sentence(sent.text)
        marks = quote.enter(sent.text)
        if not mentions:
            near = last_claim_sentence is not None and si - last_claim_sentence <= 2
            hedge_at = backref_hedge_at(sent.text) if near else None
            if (
                hedge_at is not None
                and not any(e.kind == "lead" and e.pos < hedge_at for e in events)
            ):
                for r in records:
                    if r["_sentence"] == last_claim_sentence:
                        r["hedged"] = True
            names: dict[int, str] = {}
            for e in events:
                names[id(e)] = speakers.resolve(e.speaker, [], sent.start)
                if e.kind not in _NOT_SPEAKERS:
                    speakers.remember(names[id(e)])
            told_by = _told_by(sent.text) if last_claim_sentence == si - 1 else None
            if told_by:
                # "... amounted to 26. This was told by District Commissioner X while ...":
                # the figures before are X's
                for r in records:
                    if r["_sentence"] == si - 1 and r["attributed_to"] is None:
                        r["attributed_to"] = told_by
                speakers.remember(told_by)
            quote.leave(marks, events, names, [])
            # (the pattern ends on a colon: most sentences are ruled out without a scan)
            if sent.text.endswith(":") and _INTRODUCES_QUOTE.search(sent.text):
                introduced = _introducer(sent.text, events, names, speakers)
            speakers.remember_subject(sent.text)
            year = _YEAR_CONTEXT.search(sent.text)
            if year:
                year_context = year.group(0)
            continue
        categories, replaced = _sentence_categories(sent.text, antecedent)
        revised |= replaced
        resolved: dict[int, str] = {}
        names_so_far: list[str] = []
        for e in events:
            name = speakers.resolve(e.speaker, names_so_far, sent.start)
            resolved[id(e)] = name
            names_so_far.append(name)
        for mi, (m, cat) in enumerate(zip(mentions, categories)):
            record = _record(source, sent, si, m, cat, mentions, mi, records, original)
            if record is None:
                continue
            event: SpeechEvent | None = speaker_for(events, sent.text, m.start, m.end)
            record["attributed_to"] = resolved.get(id(event)) if event else None
            if "rival-alone" in m.notes and not (
                last_claim_sentence is not None and si - last_claim_sentence <= 2
                and record["attributed_to"] and _credible_source(record["attributed_to"])
            ):
                # "The ministry says 44." rivals a figure just before it; "His family says
                # three" or a "says 30" after no figure at all is no count
                continue
            if "part-of-before" in m.notes:
                if last_claim_sentence is None or si - last_claim_sentence > 2:
                    continue  # "Five were children." after no figure counts nothing
                record["part_of_total"] = True
            own = record["attributed_to"]
            if own is None and interviewee and _YOUR.search(sent.text, 0, m.start) and _question_follows(sentences, si, text):
                # the interviewer's "Your latest figure is 63 deaths": the interviewee's
                record["attributed_to"] = own = interviewee
            if turn and (
                own is None or own.lower() == turn.split()[-1].lower() or own.lower() in ("we", "i")
                or own.lower().startswith(("our ", "we "))
            ):
                # (in a turn or a statement, "Our shop stewards counted 112" is the speaker's)
                record["attributed_to"] = turn
            hedge_verb = event is not None and event.speaker and _CLAIM_VERB.search(sent.text, max(0, event.pos - 2), event.pos + 12)
            hedged, when, earlier, _ = _figure_context(sent.text, m.start, m.end, sent.is_heading)
            record["hedged"] = hedged or bool(hedge_verb)
            record["time_ref"] = when or year_context
            record["superseded"] = earlier
            records.append(record)
        quote.leave(marks, events, resolved, [r for r in records if r["_sentence"] == si])
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

    claims: list[Claim] = []
    for r in records:
        if (r["_raw"], r["category"].value) in revised:
            # "lowered the toll from 95 to 84" elsewhere in the source: every 95 is revised
            r["superseded"] = True
        key = (r["_sentence_norm"], _norm(r["mention"]))
        occurrence = occurrences[key]
        occurrences[key] += 1
        r["claim_id"] = _claim_id(source.source_id, r["sentence"], r["mention"], occurrence)
        fields = {k: v for k, v in r.items() if not k.startswith("_")}
        claims.append(share_fields_set(Claim(**fields)))
    return claims


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
                sentence=line, _sentence_norm=_norm(line), superseded=False,
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
    mentions = _read_sentence(virtual)[0]
    categories = _sentence_categories(virtual, None)[0]
    # the virtual line as a sentence placed so that its cell lies on the source's cell
    placed = Sentence(cell.start - lead, cell.start - lead + len(virtual), virtual, sent.paragraph, False)
    out = []
    for mi, (m, cat) in enumerate(zip(mentions, categories)):
        if not lead <= m.start < lead + len(shown):
            continue
        record = _record(source, placed, si, m, cat, mentions, mi, records + out, original)
        if record is None:
            continue
        if m.end > lead + len(shown):
            record["end"] = source.offset + cell.end
            record["mention"] = original[cell.start + m.start - lead : cell.end]
        hedged, when, _, _ = _figure_context(virtual, m.start, m.end, False)
        record.update(hedged=hedged, time_ref=when)
        out.append(record)
    return out


# An interview's subject, named where the piece introduces it: "We asked Dr. Ilse Varnholt,
# the WHB's representative in Ovango, why." Its answers follow the questions it is asked.
_INTERVIEWEE = re.compile(
    r"\b(?:We|we|I)\s+(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed)\s+"
    r"(?P<np>(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt)\.?\s+)?(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+)"
)
_YOUR = re.compile(r"\b[Yy]our\b")


_INTERVIEW_KEYS = ("asked", "spoke", "talked", "interviewed")


def _credible_source(name: str) -> bool:
    """A body, a role or a named person: "The ministry", "The governor", "Dr Sara Mendes";
    not "His family" or "The forecast"."""
    words = name.split()
    return looks_like_org(name) or is_person_role(name) or (
        sum(w[0].isupper() for w in words) >= 2 and not is_pronoun(words[0])
    )


def _interviewee(sentence: str) -> str | None:
    if not any(k in sentence for k in _INTERVIEW_KEYS):
        return None  # asked of every sentence until one names the subject: most name none
    m = _INTERVIEWEE.search(sentence)
    if m is None or " " not in m.group("np"):
        return None
    if _QUOTE_MARK.search(sentence, 0, m.start()):
        return None  # '"I spoke with President X yesterday," the governor said': a quote
    return m.group("np")


def _question_line(sentences: Sequence[Sentence], qi: int, text: str) -> bool:
    """A question that ends its line: an interview's layout, where the answer starts on the
    next line of the paragraph."""
    if not sentences[qi].text.rstrip("\"”’' ").endswith("?"):
        return False
    return qi + 1 >= len(sentences) or "\n" in text[sentences[qi].end : sentences[qi + 1].start]


def _question_follows(sentences: Sequence[Sentence], si: int, text: str) -> bool:
    """The interviewer's "Your latest figure is 63 deaths." leads to a question line in its
    paragraph ("Who is right?"); a "your" elsewhere in the piece is no question's."""
    paragraph = sentences[si].paragraph
    for qi in range(si, len(sentences)):
        if sentences[qi].paragraph != paragraph:
            return False
        if _question_line(sentences, qi, text):
            return True
    return False


# "This was told by respected District Commissioner X while talking to journalists"
_TOLD_BY = re.compile(
    r"^\W*(?:This|These(?:\s+figures)?|The\s+figures?|This\s+information)\s+(?:was|were)\s+(?:also\s+)?"
    rf"(?:{alternation([v for v in SPEECH_VERBS if v.endswith('ed') or v in ('told', 'said', 'put', 'given')])})\s+by\s+"
    r"(?:the\s+)?(?:respected\s+|honourable\s+|honorable\s+)?(?P<np>[^,.;:]{3,80}?)"
    r"(?=\s+(?:while|when|during|at|on|in|after|before|to)\b|[,.;:]|$)"
)


def _told_by(sentence: str) -> str | None:
    m = _TOLD_BY.match(sentence)
    return m.group("np").strip() if m else None


# "Its statement, broadcast on state television, read in full:", "The relevant part of its
# Situation Report No. 9 reads:": the quotation in the paragraphs that follow is the issuer's
_INTRODUCES_QUOTE = re.compile(
    r"\b(?:read|reads|reading|said|says|stated|states|declared|wrote|writes|added|follows|following)\b"
    r"(?:\s+in\s+full|\s+in\s+part)?\s*:\s*$",
    re.I,
)
_POSSESSIVE_OPENING = re.compile(r"^\W*(?:The\s+\w+(?:\s+\w+)?\s+of\s+)?(?:its|their|Its|Their)\b")


def _introducer(sentence: str, events, names: dict[int, str], speakers: "_Speakers") -> str | None:
    """Who issues the quotation a sentence introduces: its own speaker, else the
    organisation "its statement" belongs to."""
    if events:
        return names.get(id(events[-1]))
    if _POSSESSIVE_OPENING.match(sentence):
        return speakers.last_org or speakers.last_any
    document = _DOCUMENT_OPENING.match(sentence)
    if document:
        # "Governor X posted an update on X. The post read in full:": who just issued it, an
        # organisation for a statement, a person for a post
        if document.group("doc").lower() in PERSONAL_DOCUMENTS:
            return speakers.last_person or speakers.last_any
        return speakers.last_org or speakers.last_any
    return None


_DOCUMENT_OPENING = re.compile(
    rf"^\W*The\s+(?:full\s+)?(?P<doc>{alternation(ORG_DOCUMENTS + PERSONAL_DOCUMENTS)})\s+"
    r"(?:read|reads|said|says|stated|states)\b",
    re.I,
)


# Any label that opens a paragraph, a question's included: "Q (Norvik Daily):", "HOST:"
_ANY_LABEL = re.compile(r"^[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}(?:\s*\([^()]{1,40}\))?:\s")
# A transcript's turn: "SOLBERG: About 18,000 people have fled", "PRESENTER (AMINA FADL): ..."
_TRANSCRIPT_LABEL = re.compile(
    # "SOLBERG:", "SHERIFF ANA RUIZ:", "DR. ANA RUIZ:" (a title's full stop)
    r"^(?P<label>(?:[A-Z]{2,4}\.\s+)?[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,3})"
    # "PRESENTER (Ana Ruiz):" names the speaker; "KOLANI (recorded):" only says how
    r"(?:\s*\((?P<name>[A-Z][^()]{2,39})\)|\s*\([a-z][^()]{0,30}\))?"
    # "ANA RUIZ, CHIEF MEDICAL OFFICER, ST. MARY'S HOSPITAL:": her role after the name
    r"(?P<role>,\s+[A-Z][A-Z0-9’'.,&\-\s]{2,90}?)?:\s"
)


def _transcript_speaker(sentence: str, text_before: str) -> str | None:
    """The person a transcript's paragraph is spoken by, when it opens on their name in
    capitals: "SOLBERG:" is the Ingrid Solberg the transcript named before, "KHALID OSMAN:"
    himself. A label that names no one it introduced is a place ("BHARUCH: The toll ...")
    or a heading ("JUST IN:"), and a presenter speaks for the outlet."""
    m = _TRANSCRIPT_LABEL.match(sentence)
    if m is None:
        return None
    if m.group("name"):
        name = m.group("name").title()
        return None if m.group("label").lower() in _OUTLET_VOICES else name
    label = m.group("label").title()
    if label.lower() in _OUTLET_VOICES:
        return None
    if " " in label:
        # a name the text gave before, or one the label itself says is a person's: a title
        # ("SHERIFF ANA RUIZ:") or a role after it; "NEW DELHI:" is a place
        role = (m.group("role") or "").title()
        # ("NEW DELHI, INDIA:" is a dateline: its "role" names no office or body)
        return label if label in text_before or has_title(label) or has_title(role) or looks_like_org(role) else None
    named = re.findall(
        rf"\b((?:[A-Z][\w’'\-]+\s+){{1,3}}(?:{re.escape(label)}|{re.escape(label.upper())}))\b", text_before
    )
    named = [n.title() if n.isupper() else n for n in named]
    # the fullest naming: "Ingrid Solberg", not the later "Ms Solberg"
    names = [" ".join(w for w in n.split() if w.rstrip(".") not in _HONORIFICS) for n in named]
    names = [n for n in names if " " in n]
    return max(reversed(names), key=lambda n: len(n.split())) if names else None


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Madam", "Mme", "M"})
_OUTLET_VOICES = frozenset({"presenter", "anchor", "host", "newsreader", "announcer", "narrator"})
_DEFAULT_SUBJECT = {"troops": "troops"}
_COUNT_OF = re.compile(
    r"\b(?:number|toll|count|tally|total|figure)\s+of\s+(?:the\s+|those\s+)?(?P<n>[a-z]+(?:\s+[a-z]+)?)\b[^,;.]{0,40}$",
    re.I,
)


def _counted_noun(sentence: str, start: int) -> str | None:
    """The group a bare figure counts when the sentence names it: "put the number of escapees
    at 228", "the toll of migrants rose to 40"."""
    m = _COUNT_OF.search(sentence, max(0, start - 100), start)
    if m is None:
        return None
    words = m.group("n").lower()
    for noun in (words, words.split()[0], words.split()[-1]):
        if noun in SUBJECT_NOUNS and noun not in ("people", "dead", "deaths"):
            return SUBJECT_NOUNS[noun]
    return None


def _record(
    source: Source, sent: Sentence, si: int, m: Mention, cat: str, mentions: Sequence[Mention],
    mi: int, records: list[dict], original: str,
) -> dict | None:
    """Turn a mention into the claim fields that do not depend on the speaker."""
    if m.low is not None and m.low == 1 and m.high == 1 and cat in ("other", "troops") and not m.number_text.isdigit():
        # "one" meaning a single thing; a digit is a count ("2 health facilities and 1 school")
        return None  # "one ..." meaning a single thing
    subject = m.subject
    own_group = "numbered-group" in m.notes or "part-of-before" in m.notes  # the figure names its group
    counted = _counted_noun(sent.text, m.start) if m.bare and not own_group else None
    if counted:
        subject = counted  # "put the number of escapees at 228": the escapees
    elif m.bare and not own_group:
        # a bare figure ("backed the 5,000 figure", "peaked at 5,800") counts the group the
        # source last counted in this category
        # ("put the toll at 25" after "23 people, including two children": people, not a part)
        same = [
            r for r in records if r["category"] == cat and r["_sentence"] >= si - 3 and not r["part_of_total"]
        ]
        subject = same[-1]["subject"] if same else _DEFAULT_SUBJECT.get(cat, "people")
    elif m.anaphoric and m.head and m.head.lower() in ("more", "others") and mi:
        # "thousands more": the group of the figure before it, unless that was a part
        prev = next((p for p in reversed(mentions[:mi]) if not p.partitive and not p.bare), None)
        if prev is not None and m.head.lower() == "more":
            subject = prev.subject
    part = (
        bool(_PART_BEFORE.search(sent.text[: m.start])) or _AMONG_AFTER.match(sent.text, m.end) is not None
        # "45 people had died in the district alone": a place's share of the whole
        or _ALONE_AFTER.match(sent.text, m.end) is not None
        or _ALONE_OPENING.match(sent.text[: m.start]) is not None
    )
    if (
        not part and mi and records and records[-1]["_sentence"] == si and records[-1]["part_of_total"]
        and records[-1]["category"] == cat
    ):
        # "among them at least 20 children and nine aid workers": the list goes on
        prev = mentions[mi - 1]
        part = (
            records[-1]["_offset"] == prev.start and _LIST_GAP.fullmatch(sent.text[prev.end : m.start]) is not None
            # "among them 318 homes, and 57 damaged": a predicate of its own ends the list
            and _OWN_PARTICIPLE.match(sent.text, m.end) is None
        )
    if m.partitive:
        # "220 of them in hospital" is a part of the 284 injured; "five of them had been
        # rescued" (of the kidnapped) is a quantity of its own
        whole = [r for r in records if r["_sentence"] >= si - 1]
        whole_cat = whole[-1]["category"] if whole else None
        if mi and not mentions[mi - 1].partitive:
            whole_cat = whole_cat if not records or records[-1]["_sentence"] != si else records[-1]["category"]
        # parts of a toll ("23 of whom later died", "19 of the wounded") are parts whatever
        # their own category; "five of them had been rescued" is the rescue count itself
        part = whole_cat == cat or cat in ("killed", "wounded")
    start = source.offset + sent.start + m.start
    end = source.offset + sent.start + m.end
    # the mention and sentence as the file has them (controls included), so that
    # file_text[start:end] == mention always holds
    mention = original[sent.start + m.start : sent.start + m.end]
    return {
        "claim_id": "",
        "source_id": source.source_id,
        "source_title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published": source.published,
        "source_file": source.source_file,
        "source_line": source.source_line,
        "start": start,
        "end": end,
        "mention": mention,
        "sentence": original[sent.start : sent.end],
        "number_text": m.number_text,
        "value_low": m.low,
        "value_high": m.high,
        "category": Category(cat),
        "subject": subject,
        "part_of_total": part,
        "place": _named_place(
            _figure_context(sent.text, m.start, m.end, sent.is_heading)[3], original[: sent.start + m.start]
        ),
        "_sentence": si,
        "_sentence_norm": _norm(sent.text),
        "_offset": m.start,  # in the sentence
        "_raw": _raw_value(m),  # the figure as written: "down from about 400" revises 400
    }


def _revised_figures(sentence: str, mentions: Sequence[Mention], categories: list[str]) -> set[tuple[float, str]]:
    """(value as written, category) of figures a revision in this sentence replaced."""
    out: set[tuple[float, str]] = set()
    for raw in revised_from_values(sentence):
        for n in find_numbers(raw):
            for m, cat in zip(mentions, categories):
                if _raw_value(m) == n.low:
                    out.add((n.low, cat))
    return out


def _raw_value(m: Mention) -> float | None:
    """The figure's own value, before its qualifier: 400 for "about 400"."""
    raw = _value_as_written(m.number_text)
    return m.low if raw is None else raw


@lru_cache(maxsize=4096)
def _value_as_written(number_text: str) -> float | None:
    spans = find_numbers(number_text)
    return spans[0].low if spans else None
