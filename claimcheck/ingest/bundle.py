"""Where one article ends and the next begins in a bundle (several articles in one file).

Scraped bundles (``seeds/``) end most articles with a ``Source: URL`` trailer, so a Source
line is the strongest boundary. Some articles have no trailer; the only sign that one has
started is a headline after a body paragraph. Headlines and in-article subheadings look
alike, so a line only starts an article when all of these hold:

* it is a paragraph of its own, of at least MIN_HEADLINE_WORDS title-case words
  (TITLE_CASE_SHARE of the words that are not short function words are capitalised), with
  no sentence-final punctuation, and is not a bullet, a junk line or a Source line;
* the paragraph before it is body prose (ends a sentence, BODY_MIN_CHARS or longer);
* what follows it is not a bullet list (subheadings introduce lists; headlines do not).

So "Azerbaijan Captures Over 60 Army Posts in Karabakh; Armenian PM Dials Blinken, Macron |
Top Updates" after a body paragraph splits, while "Top Updates in the ongoing
Azerbaijan-Armenia conflict in Nagorno-Karabakh" (mostly lower-case, followed by bullets)
does not. A sentence-case headline without a Source line before it cannot be told from a
one-line paragraph, and stays in the article before it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimcheck.ingest.junk import is_junk_line
from claimcheck.ingest.lines import Line, iter_lines
from claimcheck.ingest.outlet import SOURCE_LINE

MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_CHARS = 200
TITLE_CASE_SHARE = 0.8
BODY_MIN_CHARS = 80
#: Before a lone Source line counts as a trailer, the article it ends needs this much text.
MIN_ARTICLE_CHARS = 200

#: Function words that title case leaves in lower case.
MINOR_WORDS: frozenset[str] = frozenset(
    "a an and as at but by de for from in into nor of off on onto or per so the to up upon "
    "via vs with".split()
)

_BULLET_RE = re.compile(r"^[ \t\u00a0]*(?:[•·▪●◦‣*+–—-]|\d{1,3}[.)])[ \t\u00a0]")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)\]]*$")
_NO_HEADLINE_END_RE = re.compile(r"[.,;:…][\"'”’)\]]*$")
_WORD_RE = re.compile(r"[^\W_][\w'’.&-]*")


class Span(NamedTuple):
    """One article: ``text[start:end]``."""

    start: int
    end: int


def is_bundle(text: str) -> bool:
    """Whether the text holds several articles (see DESIGN.md "Inputs").

    Two Source lines, or one that ends a real article and is followed by more text. A single
    article with a trailing Source line stays one article.
    """
    trailers = SOURCE_LINE.finditer(text)
    first = next(trailers, None)
    if first is None:
        return False
    if next(trailers, None) is not None:
        return True
    before = _content_chars(text, 0, first.start("line"), MIN_ARTICLE_CHARS)
    return before >= MIN_ARTICLE_CHARS and _content_chars(text, first.end("line"), len(text), 1) > 0


def has_prose(text: str) -> bool:
    """Whether any line is more than blank space or page furniture."""
    return _content_chars(text, 0, len(text), 1) > 0


def split_bundle(text: str) -> list[Span]:
    """The articles of a bundle, in file order; junk-only stretches belong to none."""
    cuts = [m.end("line") for m in SOURCE_LINE.finditer(text)]
    bounds = zip([0, *cuts], [*cuts, len(text)], strict=True)
    return [span for seg_start, seg_end in bounds for span in _split_segment(text, seg_start, seg_end)]


def _split_segment(text: str, start: int, end: int) -> list[Span]:
    """Articles of a stretch between two Source lines: split at headlines after body prose."""
    paragraphs = _paragraphs(text, start, end)
    spans: list[list[int]] = []
    for i, para in enumerate(paragraphs):
        if not spans or _starts_article(paragraphs, i):
            spans.append([para[0].start, para[-1].end])
        elif not _is_junk(para):  # furniture between two articles belongs to neither
            spans[-1][1] = para[-1].end
    return [Span(s, e) for s, e in spans]


def _paragraphs(text: str, start: int, end: int) -> list[list[Line]]:
    """Runs of non-blank lines, with junk lines dropped at the edges of the stretch."""
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    for line in iter_lines(text, start, end):
        if line.blank:
            if current:
                paragraphs.append(current)
            current = []
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    content = [i for i, p in enumerate(paragraphs) if not _is_junk(p)]
    if not content:
        return []
    trimmed = paragraphs[content[0] : content[-1] + 1]
    # An article starts at its first line of prose, not at furniture above it.
    first = trimmed[0]
    while first and is_junk_line(first[0].text):
        first = first[1:]
    trimmed[0] = first
    last = trimmed[-1]
    while last and is_junk_line(last[-1].text):
        last = last[:-1]
    trimmed[-1] = last
    return trimmed


def _starts_article(paragraphs: list[list[Line]], i: int) -> bool:
    para = paragraphs[i]
    if len(para) != 1 or not is_headline_like(para[0].text):
        return False
    before = _previous_prose(paragraphs, i)
    if before is None or not is_body_prose(before):
        return False
    after = next((p for p in paragraphs[i + 1 :] if not _is_junk(p)), None)
    return after is not None and not _BULLET_RE.match(after[0].text)


def is_headline_like(line: str) -> bool:
    """A title-case line that is not a sentence, a bullet, a Source line or furniture."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_HEADLINE_CHARS or _BULLET_RE.match(line):
        return False
    if _NO_HEADLINE_END_RE.search(stripped) or SOURCE_LINE.fullmatch(stripped):
        return False
    if is_junk_line(stripped):
        return False
    words = [w for w in _WORD_RE.findall(stripped) if w.lower() not in MINOR_WORDS]
    if len(words) < MIN_HEADLINE_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised / len(words) >= TITLE_CASE_SHARE


def is_body_prose(paragraph: list[Line]) -> bool:
    """A paragraph of running text: long enough and ending a sentence."""
    text = " ".join(ln.text.strip() for ln in paragraph)
    return len(text) >= BODY_MIN_CHARS and bool(_SENTENCE_END_RE.search(text))


def _previous_prose(paragraphs: list[list[Line]], i: int) -> list[Line] | None:
    return next((p for p in reversed(paragraphs[:i]) if not _is_junk(p)), None)


def _is_junk(paragraph: list[Line]) -> bool:
    return all(is_junk_line(ln.text) for ln in paragraph)


def _content_chars(text: str, start: int, end: int, enough: int) -> int:
    """Characters of non-blank, non-junk lines in ``text[start:end]``, counted up to `enough`.

    Stopping early keeps the check cheap on a huge one-article file with one trailer line.
    """
    total = 0
    for ln in iter_lines(text, start, end):
        if not ln.blank and not is_junk_line(ln.text):
            total += len(ln.text.strip())
            if total >= enough:
                break
    return total
