"""Split article text into sentences, keeping offsets.

News text mixes prose with headlines, captions and bullets that carry no final full stop, so a
line break is always a boundary; inside a line, a full stop ends a sentence unless it closes an
abbreviation ("Lt. Gen.", "U.S.", "Jan. 3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.lexicon import MONTHS, TENS, UNITS, WEEKDAYS
from claimcheck.extract.patterns import qualifier_tail

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt",
    "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd",
    "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mt", "ft", "approx", "est", "fig", "dept", "univ", "u.s", "u.n", "u.k",
    "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "pres", "sec", "hon", "brig", "cmdr",
    "incl", "excl",
})

# A candidate end: . ! ? (and closing quotes/brackets) followed by space and a capital/digit/quote.
_END = re.compile(r"""[.!?]+["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])""")
_LINE = re.compile(r"[^\n]+")
_CLOSERS = "\"”’')]"


def _closed(line: str) -> bool:
    """A line ending as prose does: `[.!?:]` before any closing quotes or brackets (a test of
    the line's end, where a `$`-anchored regex search tried every position of the line)."""
    return line.rstrip(_CLOSERS).endswith((".", "!", "?", ":"))
# A transcript's turn on a line of its own ("Q: How many are in hospital?" / "MORAN: Forty-one."):
# the speaker changes with the line, as with a paragraph. Only a question's line, or the
# line right after a question, opens a turn: a ticker's "HOSPITAL: 3 IN ICU" lines are one
# block, whoever each names.
_TURN_LINE = re.compile(r"^\s*(?:(?P<qa>Q|A)|[A-Z][A-Z’'.\-]+(?:\s+[A-Z][A-Z’'.\-]+){0,3})(?:\s*\([^()]{1,40}\))?:\s")


# A line of a messaging app's chat export, its sender after the stamp: "[13/03/2063, 08:52]
# Mira Tolland-Vey: ..." (iOS), "13/03/2063, 08:52 - Mira: ..." (Android). Each message is its
# sender's turn.
CHAT_MESSAGE = re.compile(
    r"^\s*\[?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?\]?"
    r"\s*(?:-\s+)?(?P<name>[^:\n\[\]]{1,60}?):\s"
)


def _opens_turn(line: str, previous_line: str) -> bool:
    if CHAT_MESSAGE.match(line):
        return True
    turn = _TURN_LINE.match(line)
    return turn is not None and (turn.group("qa") is not None or previous_line.rstrip().endswith("?"))
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣*\-–—]|\d+[.)])\s+")


# Terminal escape sequences (CSI "\x1b[31m", OSC "\x1b]8;;url\x07") and other control
# characters carry no words; blanking them (same length, so offsets hold) keeps "\x1b[31m20"
# from hiding the figure 20 or a BEL from becoming a speaker.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)


# A report's dot leaders between a label and its figure ("Total deaths ........ 41", "Missing
# (reported) …… 15"): a colon in all but name. Read as one (":" and spaces, same length),
# the line is a fact box's, and the dots are no sentence ends.
_DOT_LEADER = re.compile(
    r"(?<=[A-Za-z)\]])[ \t]*(?:(?:\.[ \t]?){3,}|…[….]*)[ \t]*(?=[~≈]?\d[\d,]*[ \t]*$)", re.M
)


def _colon(m: re.Match[str]) -> str:
    return ":" + " " * (len(m.group()) - 1)


# An explainer's "By the numbers" line opens on its figure and names what it counts after a
# colon ("- 37: bodies recovered, ...", "- About 450: families ..."): without the colon it reads
# as the phrase it is, "37 bodies recovered". (Not "Phase 2: ...": only a qualifier may come
# before the figure; not a clock, "14:30", nor a label after, "380 mm: rain".)
_FIGURE_FIRST_LINE = re.compile(
    # (a bullet's line only: "1: ...", "2: ..." alone are numbered steps; no clock's "09:")
    r"^([ \t]*[-•*–·▪][ \t]*" + qualifier_tail(["between"])
    + r"(?!0\d)\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:and|to)[ \t]+\d[\d,]*)?(?:[ \t]+(?:million|thousand))?)[ \t]*:(?=[ \t]+(?-i:[a-z]))(?![ \t]+the\s+number\s+of\s+times\b)",
    re.M | re.I,
)


def _uncolon(m: re.Match[str]) -> str:
    return m.group(1) + " " * (len(m.group()) - len(m.group(1)))


# Every escape sequence starts with ESC, itself a control character: one character class,
# which the regex engine scans for quickly, tells whether there is anything to blank.
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def blank_controls(text: str) -> str:
    """`text` with escape sequences and control characters replaced by spaces, and an
    encyclopedia's footnote marks too ("Survivors: 153[2]", "47 on 6 April.[11]"): glued to the
    figure, a mark would make it "153[2]", no count. A dot leader reads as the colon it stands
    for, and a line that opens on its figure drops the colon after it. Same length, so offsets
    hold."""
    if "[" in text:
        text = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), text)
    if "..." in text or "…" in text:
        text = _DOT_LEADER.sub(_colon, text)
    if ":" in text:
        text = _FIGURE_FIRST_LINE.sub(_uncolon, text)
    if "(" in text:
        # an official statement's "rescued (112) illegal migrants": the brackets only set the
        # figure apart (Arabic-style officialese), so the figure reads as a figure
        text = _BRACKETED_FIGURE.sub(_unbracket, text)
    if not _ANY_CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: " " * len(m.group()), text)


# "(86) illegal migrants", "some (30) families": a figure in brackets before its noun
# (not "(5 of them children)", "Northfield (5), Eastvale (3)")
# (not a numbered item that opens a line, "(1) Tallies", nor a place's "Quilmayo (4) and ...")
_BRACKETED_FIGURE = re.compile(r"(?<=[ \t])\((\d[\d,]*)\)(?=[ \t]+(?!(?:and|or|to|in)\b)[a-z])")
def _unbracket(m: re.Match[str]) -> str:
    # (not a legal text's "thirty-one (31) persons", where the figure repeats the words)
    if _NUMBER_WORD_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return m.group()
    return " " + m.group(1) + " "


_NUMBER_WORD_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r"|hundred|thousand|million)\s*$", re.I
)
# a mark glued to the word before it: "[2]", "[a]", "[citation needed]"; never a transcript's
# "[7]" or "[CUE IN: ...]" that opens a line or follows a space
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|note \d{1,3})\]", re.I)


# A hard-wrapped paragraph (text from a PDF, an e-mail, a plain-text bulletin): its lines are
# cut at a fixed width, so a line break inside it is a space, not the end of a sentence ("All
# 29\npersons who had been trapped"). A block of lines is taken to be one when every line but
# the last is of wrap width, one at least ends inside a sentence, and none is a column
# layout or a table row; a list item inside it still starts its own line.
_WRAP_MIN, _WRAP_MAX = 40, 120
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", ")", "’")
_BROKEN_WORD = re.compile(r"[a-z]-$")
# a field of a record, one to a line: "Incident date: 5 November", "Location: Dar Mehzin"
_FIELD = re.compile(r"\s*[A-Z][\w’' ()/-]{1,40}:\s")
_GOES_ON = re.compile(r"\s*[a-z0-9]")
_COLUMNS = re.compile(r"\S {3,}\S|\t|\|")


def unwrap_lines(text: str) -> str:
    """`text` with the line breaks inside hard-wrapped paragraphs turned into spaces (same
    length, so every offset holds)."""
    if "\n" not in text:
        return text
    soft: list[int] = []
    block: list[tuple[int, int]] = []  # (start, end) of the lines of the current paragraph
    for m in re.finditer(r"[^\n]*\n?", text):
        line = m.group().rstrip("\n")
        if line.strip():
            block.append((m.start(), m.start() + len(line)))
        if not line.strip() or m.end() == len(text):
            soft += _soft_breaks(text, block)
            block = []
        if m.end() == len(text):
            break
    if not soft:
        return text
    chars = list(text)
    for i in soft:
        chars[i] = " "
    return "".join(chars)


def _soft_breaks(text: str, block: list[tuple[int, int]]) -> list[int]:
    if len(block) < 2:
        return []
    lines = [text[a:b] for a, b in block]
    body = [line.strip() for line in lines[:-1]]
    if len(lines) == 2 and not _GOES_ON.match(lines[1]) and not lines[0].rstrip().endswith((",", "-")):
        # two lines are a heading and its paragraph, a caption and its credit, unless the
        # second goes on the first's sentence
        return []
    if (
        # (a word broken by a hyphen ends a wrapped line however short: "4. 22 pas-")
        any(not (_WRAP_MIN <= len(line) or _BROKEN_WORD.search(line)) for line in body)
        or any(len(line.strip()) > _WRAP_MAX for line in lines)
        or all(line.endswith(_SENTENCE_END) for line in body)
        or any(_COLUMNS.search(line.strip()) or _FIELD.match(line) for line in lines)
    ):
        return []
    # the break before a line that opens a list item stays a break
    return [b for (a, b), nxt in zip(block, lines[1:]) if not _BULLET.match(nxt)]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of the source text; `start` is relative to Source.text."""

    start: int
    end: int
    text: str
    paragraph: int
    is_heading: bool


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (line[j - 1].isalpha() or line[j - 1] == "."):
        j -= 1
    word = line[j:dot].lower().rstrip(".")
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    if j > 0 and line[j - 1] in "'’" and word == "s":
        return False  # "higher than the government's. Its ...": a possessive, no initial
    if len(word) == 1 and _OPENER_NEXT.match(line, dot + 1):
        return False  # "the fire began in Hall D. The warden said ...": a letter ends it
    # A single capital initial ("John F. Kennedy") or dotted initials ("U.S.").
    return len(word) == 1 or ("." in word and len(word) <= 5)


# A word that opens sentences and never follows a name's initial ("John F. Kennedy")
_OPENER_NEXT = re.compile(
    r"\s+(?:The|A|An|In|It|Its|He|She|They|We|I|On|At|But|And|This|That|There|These|Those|His|Her|Their|Our)\b"
)


_TIME_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc"})
_NEXT_WORD = re.compile(r"\s+[\"“‘(]?([A-Z][\w’']*)")
# what may follow a time and still be its sentence: "at 9 p.m. Monday", "7 a.m. GMT"
_AFTER_A_TIME = frozenset(w.capitalize() for w in (*WEEKDAYS, *MONTHS)) | {
    "GMT", "UTC", "EST", "EDT", "CST", "PST", "BST", "CET", "IST", "WAT", "EAT", "Local", "Sharp",
}


def _closes_on_a_time(line: str, dot: int, end: int) -> bool:
    """"moved the curfew to 9 p.m. The OMDH says ...": a time ends its sentence when a new one
    opens after it on a capital that is no day, month or time zone."""
    j = dot
    while j > 0 and (line[j - 1].isalpha() or line[j - 1] == "."):
        j -= 1
    if line[j:dot].lower().rstrip(".") not in _TIME_ABBREVIATIONS:
        return False
    nxt = _NEXT_WORD.match(line, end)
    return nxt is not None and nxt.group(1) not in _AFTER_A_TIME


# A thread's post number: "4/10 Dead: 18", "3/ The search goes on" (never a date
# such as "12/6", whose first number is the larger)
_THREAD_NUMBER = re.compile(r"^\s*(\d{1,2})/(\d{1,2}|n)?\s+")


def _thread_number(line: str) -> re.Match[str] | None:
    m = _THREAD_NUMBER.match(line)
    if m is None or (m.group(2) not in (None, "n") and int(m.group(1)) > int(m.group(2))):
        return None
    return m


#: No sentence of news runs this long (the longest of every fixture set is about 500
#: characters): a longer one is a dump or an attack on the reader, whose rules look back over
#: the sentence before each figure. It is read in pieces of at most this length, cut at a
#: clause break where there is one, so its cost grows with its length, not its square.
_LONGEST_SENTENCE = 2000


def _cut_long(line: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > _LONGEST_SENTENCE:
        window = line[start : start + _LONGEST_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < _LONGEST_SENTENCE // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else _LONGEST_SENTENCE
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; whitespace around them is not part of the span."""
    out: list[Sentence] = []
    paragraph = 0
    previous_start = previous_end = 0
    for line_match in _LINE.finditer(text):
        if (
            text.count("\n", previous_end, line_match.start()) > 1 or not out
            or _opens_turn(line_match.group(), text[previous_start:previous_end])
        ):
            paragraph += 1
        previous_start, previous_end = line_match.start(), line_match.end()
        line = line_match.group()
        if not line.strip():
            continue
        base = line_match.start()
        bullet = _BULLET.match(line) or _thread_number(line)
        pos = bullet.end() if bullet else 0
        pieces: list[tuple[int, int]] = []
        for m in _END.finditer(line, pos):
            if line[m.start()] == "." and _is_abbreviation(line, m.start()) and not _closes_on_a_time(line, m.start(), m.end()):
                continue
            pieces.append((pos, m.end()))
            pos = m.end()
        pieces.append((pos, len(line)))
        if any(e - s > _LONGEST_SENTENCE for s, e in pieces):
            pieces = [p for s, e in pieces for p in _cut_long(line, s, e)]
        stripped_line = line.strip()
        # a headline has no final full stop; a question headline ("Are 500 dead in Derna?")
        # is the first line of the text
        heading = len(pieces) == 1 and (
            not _closed(stripped_line)
            or (stripped_line.endswith("?") and not out)
        )
        for s, e in pieces:
            seg = line[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail <= lead:
                continue
            out.append(
                Sentence(
                    start=base + s + lead,
                    end=base + s + trail,
                    text=seg[lead:trail],
                    paragraph=paragraph,
                    is_heading=heading,
                )
            )
    return out
