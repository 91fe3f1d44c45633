"""Who speaks beyond one sentence: a quotation that runs over sentences, a transcript's
labelled turns ("SOLBERG:", "DR. ANA RUIZ, MEDICAL DIRECTOR:"), a statement read in full after
its introducer, an interview's answers, and "This was told by X" after the figures.

These are the paragraph-level readings claims.py applies on top of each sentence's own
speech events.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimcheck.extract.lexicon import (
    ARMED_PARTY_WORDS,
    BROADCAST_CUES,
    COUNTING_GROUPS,
    FACT_LABELS,
    LABEL_ROLE_BODY_WORDS,
    ORG_DOCUMENTS,
    OUTLET_VOICES,
    PARTICIPLE_CATEGORIES,
    PERSONAL_DOCUMENTS,
    POST_HEADER_WORDS,
    QUOTED_DOCUMENT_HEADS,
    SPEECH_VERBS,
    WEEKDAYS,
)
from claimcheck.extract.patterns import UPPER, alternation
from claimcheck.extract.sentences import CHAT_MESSAGE, Sentence
from claimcheck.extract.speaker_memory import SpeakerMemory
from claimcheck.extract.speaker_kinds import TITLE_WORDS, has_title, is_person_role, is_pronoun, looks_like_org
from claimcheck.extract.speakers import SpeechEvent

class OpenQuote:
    """A quotation that runs over several sentences is one speaker's words: its figures take
    the speaker named where it closes ("We received 62 dead. Our mortuary is full," Dr
    Haroun said). A paragraph break ends a quotation that never closed, unless the next
    paragraph opens on a quotation mark: the convention for one quotation over several
    paragraphs, whose earlier paragraphs end without a closing mark."""

    def __init__(self) -> None:
        self.inside = False
        self.waiting: list[dict] = []  # unattributed records inside the open quotation
        self.reopened = False  # the paragraph's opening mark goes on the quotation
        # who the paragraph's last quotation was credited to: '"We counted 43," said Dr X.
        # "There are dozens more."' - the next quotation with no speaker of its own is theirs
        self.speaker: str | None = None

    def reset(self) -> None:
        self.inside, self.waiting, self.reopened, self.speaker = False, [], False, None

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
        credited = [e for e in events if close is not None and e.pos > close and names.get(id(e))]
        if credited:
            self.speaker = names[id(credited[0])]
        elif not events and self.speaker and marks:
            # a whole quotation of its own, after one credited in the paragraph
            quoted = _quoted_spans(marks, started_inside)
            for r in sentence_records:
                if r["attributed_to"] is None and any(a <= r["_offset"] < b for a, b in quoted):
                    r["attributed_to"] = self.speaker
        self.inside = marks[-1][1] if marks else self.inside
        if self.inside:
            last_open = max((pos for pos, now_inside in marks if now_inside), default=-1)
            self.waiting += [
                r for r in sentence_records
                if r["attributed_to"] is None and r["_offset"] > last_open
            ]


def _quoted_spans(marks: list[tuple[int, bool]], inside: bool) -> list[tuple[int, int]]:
    """The stretches of a sentence inside quotation marks, from its marks."""
    spans, start = [], 0 if inside else None
    for pos, now_inside in marks:
        if now_inside and start is None:
            start = pos
        elif not now_inside and start is not None:
            spans.append((start, pos))
            start = None
    if start is not None:
        spans.append((start, 1 << 30))
    return spans


_QUOTE_MARK = re.compile(r"[“”\"]")


# An interview's subject, named where the piece introduces it: "We asked Dr. Ilse Varnholt,
# the WHB's representative in Ovango, why." Its answers follow the questions it is asked.
_INTERVIEWEE = re.compile(
    r"\b(?:We|we|I)\s+(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed)\s+"
    r"(?P<np>(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt)\.?\s+)?(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+)"
    # a Q&A's introduction the other way round: "Dr Ines Marlow talked with The Courier about
    # the night of the fire." (the outlet in capitals: never "spoke to reporters")
    r"|(?:^|[.;]\s+)(?P<np2>(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt)\.?\s+)?(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+)"
    r"\s+(?:spoke|talked)\s+(?:to|with)\s+(?:The\s+)?[A-Z]"
)


YOUR = re.compile(r"\b[Yy]our\b")


_INTERVIEW_KEYS = ("asked", "spoke", "talked", "interviewed")


def credible_source(name: str) -> bool:
    """A body, a role or a named person: "The ministry", "The governor", "Dr Sara Mendes";
    not "His family" or "The forecast"."""
    words = name.split()
    head = name.split(" of ")[0].split()
    if head and head[-1].lower() in ARMED_PARTY_WORDS | COUNTING_GROUPS:
        # "the rebels claim 218": a party to the war gives its own count (its head noun, not
        # "Relatives of the rebels"); "the observers have confirmed nine": those who count
        return True
    return looks_like_org(name) or is_person_role(name) or (
        sum(w[0].isupper() for w in words) >= 2 and not is_pronoun(words[0])
    )


def named_interviewee(sentence: str) -> str | None:
    if not any(k in sentence for k in _INTERVIEW_KEYS):
        return None  # asked of every sentence until one names the subject: most name none
    m = _INTERVIEWEE.search(sentence)
    name = m and (m.group("np") or m.group("np2"))
    if m is None or not name or " " not in name:
        return None
    if _QUOTE_MARK.search(sentence, 0, m.start()):
        return None  # '"I spoke with President X yesterday," the governor said': a quote
    return name


def question_line(sentences: Sequence[Sentence], qi: int, text: str) -> bool:
    """A question that ends its line: an interview's layout, where the answer starts on the
    next line of the paragraph."""
    if not sentences[qi].text.rstrip("\"”’' ").endswith("?"):
        return False
    return qi + 1 >= len(sentences) or "\n" in text[sentences[qi].end : sentences[qi + 1].start]


def question_follows(sentences: Sequence[Sentence], si: int, text: str) -> bool:
    """The interviewer's "Your latest figure is 63 deaths." leads to a question line in its
    paragraph ("Who is right?"); a "your" elsewhere in the piece is no question's."""
    paragraph = sentences[si].paragraph
    for qi in range(si, len(sentences)):
        if sentences[qi].paragraph != paragraph:
            return False
        if question_line(sentences, qi, text):
            return True
    return False


# "This was told by District Commissioner X while speaking to the media"
_TOLD_BY = re.compile(
    r"^\W*(?:This|These(?:\s+figures)?|The\s+figures?|This\s+information)\s+(?:was|were)\s+(?:also\s+)?"
    rf"(?:{alternation([v for v in SPEECH_VERBS if v.endswith('ed') or v in ('told', 'said', 'put', 'given')])})\s+by\s+"
    r"(?:the\s+)?(?:respected\s+|honourable\s+|honorable\s+)?(?P<np>[^,.;:]{3,80}?)"
    r"(?=\s+(?:while|when|during|at|on|in|after|before|to)\b|[,.;:]|$)"
)


def told_by_speaker(sentence: str) -> str | None:
    m = _TOLD_BY.match(sentence)
    return m.group("np").strip() if m else None


# "Its statement, broadcast on state television, read in full:", "The relevant part of its
# Situation Report No. 9 reads:": the quotation in the paragraphs that follow is the issuer's
INTRODUCES_QUOTE = re.compile(
    r"\b(?:read|reads|reading|said|says|stated|states|declared|wrote|writes|added|follows|following)\b"
    r"(?:\s+in\s+full|\s+in\s+part)?\s*:\s*$",
    re.I,
)


_POSSESSIVE_OPENING = re.compile(r"^\W*(?:The\s+\w+(?:\s+\w+)?\s+of\s+)?(?:its|their|Its|Their)\b")


def introducer(sentence: str, events, names: dict[int, str], speakers: "SpeakerMemory") -> str | None:
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


_QUOTED_DOCUMENT = re.compile(
    rf"^\W*(?:{alternation(QUOTED_DOCUMENT_HEADS)})\b[^:;]{{0,60}}?\b(?:by|attributed\s+to|issued\s+by)\s+"
    r"(?P<src>[^,;:()]{2,80}?(?:\s*\([^()]{1,20}\))?)"
    r"(?=\s*[,;:]|\s+(?:in|on|at|posted|published|circulated|broadcast|aired|issued|released|late|early)\b)",
    re.I,
)


def quoted_document_source(sentence: str) -> str | None:
    """The source of the text a monitor's digest quotes next: "the Front" for "Text of
    statement by the Front, posted on its channel on 20 May; translated from French:"."""
    m = _QUOTED_DOCUMENT.match(sentence)
    return m.group("src").strip() if m else None


_DOCUMENT_OPENING = re.compile(
    rf"^\W*The\s+(?:full\s+)?(?P<doc>{alternation(ORG_DOCUMENTS + PERSONAL_DOCUMENTS)})\s+"
    r"(?:read|reads|said|says|stated|states)\b",
    re.I,
)


# Any label that opens a paragraph, a question's included: "Q (Norvik Daily):", "HOST:"
ANY_LABEL = re.compile(rf"^[{UPPER}][\w’'.\-]*(?:\s+[{UPPER}][\w’'.\-]*){{0,3}}(?:\s*\([^()]{{1,40}}\))?:\s")


# A transcript's turn: "SOLBERG: About 18,000 people have fled", "PRESENTER (AMINA FADL): ..."
_TRANSCRIPT_LABEL = re.compile(
    # "SOLBERG:", "SHERIFF ANA RUIZ:", "DR. ANA RUIZ:" (a title's full stop)
    rf"^(?P<label>(?:[A-Z]{{2,4}}\.\s+)?[{UPPER}][{UPPER}’'\-]+(?:\s+[{UPPER}][{UPPER}’'\-]+){{0,5}})"
    # "PRESENTER (Ana Ruiz):" names the speaker; "KOLANI (recorded):" only says how
    r"(?:\s*\((?P<name>[A-Z][^()]{2,39})\)|\s*\((?P<lrole>[a-z][^()]{0,30})\))?"
    # "ANA RUIZ, CHIEF MEDICAL OFFICER, ST. MARY'S HOSPITAL:": her role after the name
    r"(?P<role>,\s+[A-Z][A-Z0-9’'.,&\-\s]{2,90}?)?:\s"
)


# A forum thread's post head, numbered, the poster's handle, then its date and counts:
# "#7 pikefinder | Sat 18 Feb 2062, 21:48 | Posts: 1,413"; the post's lines are the poster's
_FORUM_POST_HEAD = re.compile(r"^#\d{1,5}\s+(?P<user>[\w.\-]{2,40})(?:\s*\([^()\n]{1,20}\))?\s*\|")


# A parliament's record: "The Minister of the Interior (Hon. Grace Mutua-Kilonzo): Mr.
# Speaker, ...", "Hon. Kiprop-Ngeno (Eldama, UDP): On a point of order, ..."
_PARLIAMENT_LABEL = re.compile(
    r"^(?:The\s+[A-Z][\w’'\-]*(?:\s+(?:for|of|and|the|[A-Z][\w’'\-]*)){0,8}\s*"
    r"\((?:Hon\.?|Honourable|Rt\.?\s+Hon\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?P<inner>[A-Z][^()]{1,40})\)"
    r"|(?P<member>(?:Hon\.?|Honourable)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})(?:\s*\([^()]{1,60}\))?)"
    r"\s*:\s"
)


# A Westminster-style record names members by courtesy title, with their seat and party in
# brackets: "Mr Tomas Verhoek (Eastbridge) (Labour): ...", and later "Mr Verhoek: ..."
_MEMBER_LABEL = re.compile(
    r"^(?P<hon>Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+"
    r"(?P<name>[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][a-z][\w’'\-]*){0,3})(?:\s*\([^()]{1,60}\)){0,2}\s*:\s"
)


def _fullest_member_name(hon: str, name: str, text_before: str) -> str:
    """"Mr Verhoek" is the "Mr Tomas Verhoek" the record named before."""
    if " " not in name:
        fuller = re.findall(rf"\b{hon}\.?\s+((?:[A-Z][\w’'\-]+\s+){{1,2}}{re.escape(name)})\b", text_before)
        if fuller:
            name = max(fuller, key=len)
    return f"{hon} {name}"


_HONORIFIC_BEFORE_LABEL = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Senator|Sen|The)\.?\s+(?=[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,2}:\s)"
)


# a cue in brackets before a label on its line: "[CLIP] ANA RUIZ, NURSE: ..."
_CUE_TAG = re.compile(rf"\[\s*(?i:{alternation(BROADCAST_CUES)})\s*\]\s*")


_BROADCAST_CUE = re.compile(
    rf"\[\s*(?i:{alternation(BROADCAST_CUES)})\s*[-–—:|]\s*"
    rf"(?P<name>[{UPPER}][{UPPER}’'.\-]+(?:\s+[{UPPER}][{UPPER}’'.\-]+){{0,3}})\s*(?:[,|][^\]]*)?\]\s*$"
)


def broadcast_cue(sentence: str, text_before: str) -> str | None:
    """Who speaks after a broadcast script's cue line ("[SOT - ANA RUIZ, NURSE]" is Ana Ruiz;
    "[CLIP: RUIZ | 0'19\"]" the Ruiz the script named before): the recorded voice, not the
    presenter whose script it is."""
    if not sentence.startswith("["):
        return None
    m = _BROADCAST_CUE.match(sentence)
    if m is None:
        return None
    name = m.group("name")
    if " " in name:
        return name.title()
    return transcript_speaker(f"{name}: ", text_before) or name.title()


_PRESENTER_BEFORE = re.compile(r"\b(?:presenter|host|interviewer|anchor|reporter|moderator)\s*:\s*$", re.I)


def transcript_speaker(sentence: str, text_before: str) -> str | None:
    """The person a transcript's paragraph is spoken by, when it opens on their name in
    capitals: "SOLBERG:" is the Ingrid Solberg the transcript named before, "KHALID OSMAN:"
    himself. A label that names no one it introduced is a place ("BHARUCH: The toll ...")
    or a heading ("JUST IN:"), and a presenter speaks for the outlet."""
    chat = CHAT_MESSAGE.match(sentence) if sentence[:1] in "[0123456789 " else None
    if chat:
        return chat.group("name").strip()  # a chat export's message: its sender's
    post = _FORUM_POST_HEAD.match(sentence) if sentence[:1] == "#" else None
    if post:
        return post.group("user")  # a forum thread's "#3 BrakkvikBente | Sat 18 Feb, 12:58 | ..."
    house = _PARLIAMENT_LABEL.match(sentence) if sentence.startswith(("The ", "Hon", "Rt")) else None
    if house:
        return (house.group("inner") or house.group("member")).strip()
    member = _MEMBER_LABEL.match(sentence)
    if member:
        return _fullest_member_name(member.group("hon"), member.group("name"), text_before)
    honorific = _HONORIFIC_BEFORE_LABEL.match(sentence)
    if honorific:
        # a committee's record: "Mr HALVORSEN-TATE:", "Ms OKAFOR:", "The CHAIR:" is the
        # capitals' label with the courtesy title left in ordinary case
        sentence = sentence[honorific.end() :]
    cue = _CUE_TAG.match(sentence)
    if cue:
        sentence = sentence[cue.end() :]  # "[CLIP] LT CDR ANA RUIZ, NAVAL DIVING UNIT: ..."
    m = _TRANSCRIPT_LABEL.match(sentence)
    if m is None:
        named_label = _NAMED_LABEL.match(sentence)
        if named_label and _named_with_office(named_label.group("n"), text_before) and not looks_like_org(named_label.group("n")):
            # a written answer's "Petra Lund-Okafor: The figures ...", the name in ordinary
            # case after "Answered by Petra Lund-Okafor, Minister of ...": the person
            # the record named before
            return named_label.group("n")
        return None
    if m.group("name"):
        name = m.group("name").title()
        if m.group("name").isupper() and " " in m.group("label") and is_person_role(name):
            # "LEELA FARRUKH-BRAND (SPOKESWOMAN):": the brackets give the person's role
            name = m.group("label").title()
        # "ANA RUIZ (REPORTER):": the brackets give her role, the outlet's own voice
        voices = {m.group("label").lower(), m.group("name").lower()}
        return None if not voices.isdisjoint(_OUTLET_VOICES) else name
    label = m.group("label").title()
    if label.lower() in _OUTLET_VOICES:
        return None
    titled = _TITLE_ABBREVIATION.match(label)
    if " " in label and not (titled and " " not in label[titled.end() :] and label not in text_before):
        # a name the text gave before, or one the label itself says is a person's: a title
        # ("SHERIFF ANA RUIZ:") or a role after it; "NEW DELHI:" is a place
        role = (m.group("role") or "").title()
        if not _OUTLET_VOICES.isdisjoint(role.lower().replace(",", " ").split()):
            return None  # "ANA RUIZ, REPORTER:": the outlet's own voice
        # ("NEW DELHI, INDIA:" is a dateline: its "role" names no office or body)
        body = not LABEL_ROLE_BODY_WORDS.isdisjoint(role.lower().replace(",", " ").split())
        return label if label in text_before or has_title(label) or has_title(role) or looks_like_org(role) or body else None
    if m.group("lrole") and m.group("lrole").split()[0] in _PERSON_BRACKET_ROLES:
        # a call-in's "RAHIMA (caller):": the caller, named by her first name; but
        # "EVACUATED (resident):" heads what a resident told, and names no one
        return None if label.lower() in FACT_LABELS or label.lower() in PARTICIPLE_CATEGORIES else label
    if titled:
        label = label[titled.end() :]  # "ING. AKPABLI:": the Ing. Dela Akpabli named before
    initials = m.group("label")
    if initials.isupper() and 2 <= len(initials) <= 5 and initials.isalpha():
        # "IKM:" after "Guest: Interior Minister Ines Korbel (IKM)": the person the initials
        # were given to (a presenter's are the outlet's voice)
        given = re.search(
            rf"((?:[{UPPER}][\w’'\-.]*\s+){{0,4}}[{UPPER}][\w’'\-]+)\s*\(\s*{re.escape(initials)}\s*\)", text_before
        )
        if given:
            return None if _introduced_as_outlet_voice(given.group(1), text_before) or _PRESENTER_BEFORE.search(
                text_before, max(0, given.start() - 20), given.start()
            ) else given.group(1)
    cast = re.search(
        # "DIRECTOR-GENERAL:" after a list of speakers ("Kwesi Amankwah-Boateng,
        # Director-General, SEMS; ..."): the person the role was given to
        rf"((?:[{UPPER}][\w’'\-]+\s+){{0,2}}[{UPPER}][\w’'\-]+),\s+(?:the\s+)?(?i:{re.escape(label)})\b", text_before
    )
    if cast and cast.group(1).lower() != label.lower():
        return cast.group(1)
    named = re.findall(
        rf"\b((?:[{UPPER}][\w’'\-]+\s+){{1,3}}(?:{re.escape(label)}|{re.escape(label.upper())}))\b", text_before
    )
    named = [n.title() if n.isupper() else n for n in named]
    # the fullest naming: "Ingrid Solberg", not the later "Ms Solberg"
    names = [" ".join(w for w in n.split() if w.rstrip(".") not in _HONORIFICS) for n in named]
    names = [n for n in names if " " in n]
    if not names:
        return None
    fullest = max(reversed(names), key=lambda n: len(n.split()))
    if _introduced_as_outlet_voice(fullest, text_before):
        return None  # "LINDQVIST:" after "Our correspondent Marta Lindqvist is at the pit head"
    return fullest


def speech_head(text: str) -> tuple[str | None, int]:
    """Who speaks a whole document that is one speech ("Remarks by the President on ...",
    "Transcript as delivered by Dr Ana Ruiz, Minister of Health"), and where its head ends
    (the end of the last head line that names the speaker; (None, 0) for no speech). The head
    names the speaker once; the figures the speech gives in the first person, or with no
    source, are theirs. A named person in the head beats an office ("Speech by the Minister
    ..." over it)."""
    heads = [
        m for m in _SPEECH_HEAD.finditer(text, 0, _head_end(text))
        # a head, not a headline about a speech: no verb after the name ("Speech by President X
        # on the disaster was 'shameful'", "... contradicted army figures.")
        if not _HEADLINE_VERB.search(text, m.end(), _line_end(text, m.end()))
    ]
    if not heads:
        return None, 0
    givers = [m.group("who").strip(" ,.") for m in heads]
    named = [g for g in givers if not g.lower().startswith(("the ", "a ", "an "))]
    return (named or givers)[0], text.find("\n", heads[-1].end()) % (len(text) + 1)


_HEADLINE_VERB = re.compile(
    r"\b(?:was|is|were|are|has|have|had|says|said|drew|draws|drawn|moved|sparked|sparks|angered|angers"
    r"|contradicted|contradicts|criticised|criticized|slammed|praised)\b"
)


def _line_end(text: str, pos: int) -> int:
    """The end of the head's own clause: its line, or its first full stop."""
    ends = [e for e in (text.find("\n", pos), text.find(". ", pos)) if e != -1]
    return min(ends) if ends else len(text)


def _head_end(text: str) -> int:
    """The end of a document's first four lines (its head), at most 700 characters in."""
    end = -1
    for _ in range(4):
        end = text.find("\n", end + 1)
        if end == -1:
            return min(len(text), 700)
    return min(end, 700)


# the head line of a published speech, within the document's first lines
_SPEECH_HEAD = re.compile(
    # (never a byline's "Text by Maria Lopez", which needs "as delivered" or "of the speech")
    # (a field of a head line too: "Diocese of X | Homily preached by Bishop Y at ...")
    r"(?m)(?:^|\|\s*)(?:(?:Full\s+)?(?:[Tt]ext|[Tt]ranscript)\s+(?:of\s+(?:the\s+)?(?:speech|remarks|address|statement|homily|sermon)\s+(?:as\s+(?:delivered|prepared)\s+)?|as\s+(?:delivered|prepared)\s+)"
    r"by|(?:Keynote\s+|Opening\s+|Closing\s+)?(?:Speech|Remarks|Address|Homily|Sermon)"
    r"(?:\s+as\s+(?:delivered|prepared))?\s+(?:(?:delivered|preached|given)\s+)?by)\s+"
    # (a name or an office in capitals: "President Lena Varga", "the Minister of Health";
    # never "Remarks by the mayor drew applause.")
    rf"(?P<who>(?:the\s+)?[{UPPER}][\w’'\-.]*(?:\s+(?:[{UPPER}][\w’'\-.]*|of|and|for|the|de|al|van|von|bin))*)"
    r"(?=\s+(?:at|to|on|in|before|during|for)\s|[,;:.]|\s*$)"
)


def post_author(line: str) -> str | None:
    """Who wrote a social-media post quoted in a round-up: the line opens on the account and
    the post's time, then the post in quotation marks ('@CityFire, 21:40 Friday: "..."',
    'Mayor Ana Ruiz (@MayorRuiz), 07:55: "..."'). The post is that paragraph only."""
    if "@" not in line[:120]:
        return None
    m = _POST_ACCOUNT.match(line)
    if m is None:
        return None
    if m.group("name") and m.group("name").lower().startswith(("our ", "the paper", "this paper")):
        return None  # 'Our reporter Lena Voss (@LenaVoss), 09:15: "..."': the outlet's own voice
    return m.group("name").strip() if m.group("name") else "@" + (m.group("h1") or m.group("h2"))


_POST_ACCOUNT = re.compile(
    r"(?:(?P<name>[A-Z][^@:()\n]{1,80}?)\s*\(@(?P<h1>\w{2,30})\)|(?:[A-Z][a-z]+\s+)?@(?P<h2>\w{2,30}))"
    r"\s*,\s*\d{1,2}[:.]\d{2}[^:\n]{0,30}:\s*[\"“]"
)


def _introduced_as_outlet_voice(name: str, text_before: str) -> bool:
    """The script named this person as its own reporter or presenter: "our correspondent Ana
    Ruiz", "ANA RUIZ (REPORTER):"."""
    return bool(
        re.search(rf"\b(?i:{_VOICES})\s+{re.escape(name)}\b", text_before)
        or re.search(rf"{re.escape(name.upper())}\s*\(\s*(?i:{_VOICES})\s*\)", text_before)
    )


_VOICES = alternation(OUTLET_VOICES)


# "ING. AKPABLI", "GEN. SOW": a title's abbreviation before a surname
_TITLE_ABBREVIATION = re.compile(r"^[A-Z][a-z]{1,3}\.\s+")
# (named with an office before: "Petra Lund-Okafor, Minister of ..."; a place named before is
# no speaker)
_OFFICE_AFTER_NAME = re.compile(
    # (not "Rescuers reached Kell Bay, the governor said": a place, then who spoke of it)
    r",\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:" + alternation(sorted(TITLE_WORDS)) + r")\b(?!\s+(?:said|says|told|added))",
    re.I,
)


def _named_with_office(name: str, text_before: str) -> bool:
    """The record named this person with an office before ("Answered by X, Minister of ..."):
    only then is a label in ordinary case a person's, not a place's or a heading's. (Only
    the name followed by a comma is looked at: a transcript repeats its labels many times.)"""
    at = text_before.find(name + ",")
    while at != -1:
        if _OFFICE_AFTER_NAME.match(text_before, at + len(name)):
            return True
        at = text_before.find(name + ",", at + 1)
    return False
# a person's full name in ordinary case as a label: "Petra Lund-Okafor: ..."
_NAMED_LABEL = re.compile(r"^(?P<n>[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][a-z][\w’'\-]*){1,3}):\s")


# who a lower-case role in brackets says a one-word label is: a person speaking for themself
_PERSON_BRACKET_ROLES = frozenset({"caller", "listener", "survivor", "resident", "witness", "worker", "parent", "relative", "guest"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Madam", "Mme", "M"})
# (those a signature may open on: not "Sir", "Madam", the letter's own salutation)
_HONORIFICS_TITLES = (_HONORIFICS - {"Sir", "Madam", "M"}) | {"Rev", "Fr"}


_OUTLET_VOICES = OUTLET_VOICES


# A paragraph break that separates a block quotation's paragraphs: a blank line
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_OPENING_MARK = ('"', "“")
_CLOSING_MARK = ('"', "”")
# how far a block quotation may run before its closing mark is taken for a stray one
_BLOCK_PARAGRAPHS = 30


def block_quote_signers(text: str) -> list[tuple[int, int, str]]:
    """Statements reproduced in full, as monitoring services and digests print them: the
    first paragraph opens on a quotation mark, the paragraphs after open on none, and the
    last ends on the closing mark after a signature ("... The struggle goes on. / Aram
    Veski / Spokesman, Front"; "... Press Office of the Northern Command"). Every
    figure inside is the signer's: (start, end, signer) for each such block.

    Only a block that closes, with a signature of short lines, counts: a stray mark that never
    closes, or a quotation that ends on a sentence, says nothing of who wrote the block."""
    paragraphs = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(text)))
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(paragraphs):
        start, end = paragraphs[i]
        body = text[start:end].strip()
        if not body.startswith(_OPENING_MARK) or _marks(body) % 2 == 0:
            i += 1
            continue
        for j in range(i + 1, min(len(paragraphs), i + 1 + _BLOCK_PARAGRAPHS)):
            last = text[paragraphs[j][0] : paragraphs[j][1]].strip()
            if last.startswith(_OPENING_MARK) or _marks(last) > 1:
                break  # the convention of reopened paragraphs, or quotations of their own
            if last.endswith(_CLOSING_MARK) and _marks(last) == 1:
                signer = _signature(last[:-1])
                if signer:
                    out.append((start, paragraphs[j][1], signer))
                i = j
                break
        i += 1
    return out


def letter_signers(text: str) -> list[tuple[int, int, str]]:
    """Letters to the editor: from "Sir," (or "Dear Editor,") to the writer's name on a line
    of its own under the last paragraph, every figure with no other speaker is the writer's,
    and so are the letter's "we" and "I": (start, end, writer) for each letter.

    The signature is the name over a line of address or affiliation (or a titled name), within
    a few paragraphs: a crosshead ("Rescue Efforts") or a reporter's byline ("Reporting from
    Vell") signs nothing."""
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for m in _LETTER_OPENING.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # (every "Sir," of one letter is searched once)
        k = bisect.bisect_right(breaks, m.start())
        for j in range(k, min(len(breaks), k + _LETTER_PARAGRAPHS)):
            para_end = breaks[j + 1] if j + 1 < len(breaks) else len(text)
            para = text[breaks[j] : para_end]
            lines = [line.strip() for line in para.strip().splitlines() if line.strip()]
            if not lines or len(lines) > 3 or lines[0].endswith((".", ":")):
                continue
            titled = _HONORIFIC_OPENING.match(lines[0])
            name = lines[0][titled.end() :] if titled else lines[0]
            if _PERSON_NAME.fullmatch(name) and (titled or (len(lines) >= 2 and not _BYLINE_LINE.match(lines[1]))):
                out.append((m.start(), para_end, name))
                break
    return out


_LETTER_PARAGRAPHS = 8
_BYLINE_LINE = re.compile(r"(?:reporting|additional\s+reporting|by|edited|photo|photograph|writing)\b", re.I)


def issued_statements(text: str) -> list[tuple[int, int, str]]:
    """A statement printed under its issuer's name inside another document ("COUNCIL FOR
    NATIONAL RENEWAL" over "Statement No. 3" in a monitor's translation): its figures, and its
    "we" and "our", are the issuer's, up to the translation's end or the text's. (At the top
    of the document it is the document's own letterhead: the source itself speaks.)"""
    out: list[tuple[int, int, str]] = []
    for m in _ISSUER_OVER_STATEMENT.finditer(text):
        issuer = m.group("org").strip().title()
        if not credible_source(issuer):
            continue
        if sum(1 for line in text[: m.start()].splitlines() if line.strip()) < 3:
            continue  # the document's own letterhead: a body's press release speaks as the source
        end = _STATEMENT_END.search(text, m.end())
        if end is None:
            continue  # (only a block that ends: a reporter's later paragraphs are no issuer's)
        out.append((m.end(), end.start(), issuer))
    return out


_ISSUER_OVER_STATEMENT = re.compile(
    rf"(?m)^(?P<org>[{UPPER}][{UPPER}’'&\- ]{{4,80}})[ \t]*\n(?:Statement|STATEMENT|Communiqu[ée]|COMMUNIQU[ÉE]|Press\s+release|PRESS\s+RELEASE)\b[^\n]*\n"
)
_STATEMENT_END = re.compile(r"(?m)^\W*(?:END\s+(?:OF\s+)?(?:TRANSLATION|STATEMENT|TEXT)|\[?Ends\b)")


def claim_sources(text: str) -> list[tuple[int, int, str]]:
    """A fact-check's claim and its source on the line under it ('CLAIM 3: "... only 300
    tents."' / "Source: a video posted by @X, who ..."): the quoted claim's figures
    are the source's. Not a page's trailer ("Source: https://...")."""
    out: list[tuple[int, int, str]] = []
    for m in _SOURCE_UNDER_QUOTE.finditer(text):
        quoted = "quoted" if m.group("quoted") else "quoted2"
        who = _SOURCE_TAIL.split(m.group("who") or m.group("who2"), 1)[0].strip(" .;")
        if who and not who.lower().startswith(("http", "www.")):
            out.append((m.start(quoted), m.end(quoted), who))
    return out


# a line that quotes (after an optional label), then "Source:" on the next line
# (the fact-check's own shape: a "CLAIM n:" label on the quote, or "Claimed by:" under it; a
# quote over "Source: Reuters photo" is a caption and its credit)
_SOURCE_UNDER_QUOTE = re.compile(
    r"(?m)^(?P<quoted>(?:(?:CLAIM|Claim)(?:\s+\d{1,2})?\s*:\s*)[\"“][^\n]{5,400}[\"”][^\n]{0,3})\n(?:Source|Sources|Claimed\s+by|Said\s+by):\s*(?P<who>[^\n]{2,200})"
    r"|^(?P<quoted2>[\"“][^\n]{5,400}[\"”][^\n]{0,3})\n(?:Claimed\s+by|Said\s+by):\s*(?P<who2>[^\n]{2,200})"
)
# where the source's description ends: "opposition MP X, in a speech at ...", "... on Friday"
_SOURCE_TAIL = re.compile(r",|\s+(?:on|in|at)\s+(?:(?i:" + alternation(WEEKDAYS) + r")\b|a\s|an\s|the\s)")


_LETTER_OPENING = re.compile(r"(?m)^(?:Sir|Madam|Dear\s+(?:Sir|Madam|Editor|Sir\s+or\s+Madam))\s*,")
_HONORIFIC_OPENING = re.compile(r"^(?:" + "|".join(sorted(_HONORIFICS_TITLES)) + r")\.?\s+")


def _marks(paragraph: str) -> int:
    return sum(paragraph.count(ch) for ch in ('"', "“", "”"))


def _signature(paragraph: str) -> str | None:
    """The signer of a block: its last paragraph as short lines that end on no sentence
    mark, the first of them a body or a person ("Press Office of the Northern Command",
    "Aram Veski" over "Spokesman, Front")."""
    lines = [line.strip() for line in paragraph.strip().splitlines() if line.strip()]
    if not lines or len(lines) > 3 or any(len(line.split()) > 14 or line.endswith((".", "!", "?", ":")) for line in lines):
        return None
    first = lines[0].strip(" ,—–-")
    if not _SLOGAN_WORDS.isdisjoint(first.lower().replace("’", "'").split()):
        return None  # "Glory to the Armed Forces", "Long Live the Republic": a slogan
    if looks_like_org(first) or has_title(first):
        return first
    if _PERSON_NAME.fullmatch(first) and len(lines) > 1 and (is_person_role(lines[1]) or has_title(lines[1]) or looks_like_org(lines[1])):
        return first  # a name over its role: "Aram Veski" / "Spokesman, Valley Front"
    return None


# words of a closing slogan or a motto, never of a signature
_SLOGAN_WORDS = frozenset({
    "to", "live", "long", "glory", "victory", "death", "is", "be", "will", "never", "alone",
    "forever", "akbar", "we", "our", "you'll", "you",
})


_PERSON_NAME = re.compile(rf"[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,3}}")


# "Ministry of Defence of Sorbenia (official), 09:12" on a line of its own, the post under it
_POST_HEADER = re.compile(
    rf"(?P<name>[{UPPER}][^\n()\".!?:;“”]{{1,80}}?)\s*\((?P<desc>[^()\n]{{2,60}})\)"
    r"(?P<time>,\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?))?[ \t]*"
)
# the post's own label: 'Mayor Lena Hart: "Since dawn ...'
_POST_LABEL = re.compile(rf"(?P<label>[{UPPER}][^\n:\"“.]{{2,80}}):[ \t]*[\"“]")


def post_signers(text: str) -> list[tuple[int, int, str]]:
    """Posts a digest or a live page prints under a header line ("Ministry of Defence of
    Sorbenia (official), 09:12"): the rest of the header's paragraph is that account's post,
    and its figures are the account's, or the label's that opens the post ('Head of the
    administration Ana Ruiz: "..."'). (start, end, signer) for each post.

    Only a header of its own line, with a time or a word for what kind of account it is
    ("official", "blogger", "Telegram"), over at least one more line, counts."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text + "\n\n"):
        start, end = pos, m.start()
        pos = m.end()
        paragraph = text[start:end]
        first_end = paragraph.find("\n")
        if first_end == -1:
            continue
        header = _POST_HEADER.fullmatch(paragraph[:first_end].strip())
        if header is None or len(header.group("name").split()) > 10:
            continue
        kind = set(header.group("desc").lower().replace("-", " ").split())
        if not header.group("time") and kind.isdisjoint(POST_HEADER_WORDS):
            continue
        body_start = start + first_end + 1
        label = _POST_LABEL.match(text, body_start, end)
        signer = " ".join(label.group("label").split()) if label else header.group("name").strip()
        out.append((body_start, end, signer))
    return out
