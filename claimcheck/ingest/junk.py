"""Page furniture that scrapers leave in article text ("Exit mobile version", share buttons).

The text itself is never cleaned, because offsets into it are the contract; junk is marked
instead, as spans that extraction skips. The phrases are data, kept in the tables below, so
adding one is a one-line change that the table test checks.
"""

from __future__ import annotations

import re

from claimcheck.ingest.lines import LinePattern, iter_lines

#: Whole lines that are page furniture when they stand alone (compared case-insensitively,
#: ignoring surrounding whitespace and a trailing colon or ellipsis).
LINE_PHRASES: tuple[str, ...] = (
    "Exit mobile version",
    "Advertisement",
    "Advertisements",
    "Sponsored",
    "Sponsored content",
    "Story continues below advertisement",
    "Article continues below advertisement",
    "Content continues below",
    "Scroll to continue with content",
    "Continue reading",
    "Continue reading below",
    "Share this article",
    "Share this story",
    "Share this",
    "Share",
    "Share on Facebook",
    "Share on Twitter",
    "Share on X",
    "Share on WhatsApp",
    "Share via Email",
    "Tweet",
    "Email",
    "Print",
    "Comments",
    "Skip to content",
    "Skip to main content",
    "Back to top",
    "Menu",
    "Close",
    "Search",
    "Subscribe",
    "Subscribe now",
    "Sign up",
    "Log in",
    "Listen to this article",
    "Loading",
    "Getty Images",
    "Image source, Getty Images",
    "Accept cookies",
    "Accept all cookies",
    "Cookie settings",
    "Cookie policy",
)

#: Line patterns with a variable tail ("Read more: <another headline>"); each must match the
#: whole stripped line, and lines longer than MAX_JUNK_LINE are never junk, so a body
#: sentence that happens to start the same way is kept.
LINE_PATTERNS: tuple[str, ...] = (
    r"(?:read more|also read|read also|see also|related|recommended|watch)[ \t]*:.*",
    r"follow (?:us|me) on \w.*",
    r"click here to \w.*",
    r"(?:subscribe|sign up|register)\b.{0,80}\b(?:newsletter|updates|alerts|subscription)s?\b.*",
    r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b.*",
    r"download (?:the|our) .{0,40}\bapp\b.*",
    r"reading time[ \t]*:?[ \t]*\d+[ \t]*min(?:ute)?s?\.?",
    r"\((?:photo|image|picture|video)[ \t]*(?:credit)?[ \t]*:[^()\n]*\)",
    r"(?:©|\(c\)|copyright\b)[ \t]*(?:©[ \t]*)?\d{4}\b.*",  # "© 2025 Guardian News & Media"
)

#: Credits inside a line: "(photo credit: REUTERS)", "(Photo: AFP)".
INLINE_PATTERNS: tuple[str, ...] = (
    r"\((?:photo|image|picture|video)[ \t]*(?:credit)?[ \t]*:[^()\n]{0,80}\)",
)

#: Headers of a list of links to other stories ("RELATED COVERAGE" and the headlines under
#: it): the headline-like lines that follow one are junk too, since "Fire at Delhi factory
#: kills 43" there is another story's toll, not this article's.
LIST_HEADERS: tuple[str, ...] = (
    "Related",
    "Related articles",
    "Related stories",
    "Related coverage",
    "Related content",
    "Related news",
    "Related topics",
    "Related links",
    "More on this story",
    "More on this topic",
    "More stories",
    "More news",
    "More top stories",
    "Top stories",
    "Latest news",
    "Latest stories",
    "Most read",
    "Most popular",
    "Most viewed",
    "Recommended",
    "Recommended stories",
    "Trending",
    "Trending now",
    "You may also like",
    "You might also like",
    "Also read",
    "Read also",
    "Read more",
    "See also",
    "Further reading",
    "Read next",
    "What to read next",
    "Editor's picks",
    "Editors' picks",
    "In other news",
)
#: A link list ends at the first line that ends as prose does, or after this many lines.
MAX_LIST_LINES = 15

MAX_JUNK_LINE = 160

_LINE_RE = re.compile(
    r"(?:"
    + "|".join(re.escape(p) for p in LINE_PHRASES + LIST_HEADERS)
    + "|"
    + "|".join(LINE_PATTERNS)
    + r")[ \t]*(?::|\.\.\.|…)?",
    re.IGNORECASE,
)
_JUNK_LINE = LinePattern(_LINE_RE.pattern, re.IGNORECASE)
_LIST_HEADER = LinePattern(
    "(?:" + "|".join(re.escape(p) for p in LIST_HEADERS) + r")[ \t]*(?::|\.\.\.|…)?", re.IGNORECASE
)
# A line that ends as a sentence does; a link's title ends without a stop, or with "..."
# where the page cut it short.
_PROSE_END = re.compile(r"(?<!\.\.)[.!;:][\"”’')\]]*$")
# "(" is a literal start, so the engine jumps between candidates even in a 50 MB article.
_INLINE_RE = re.compile("|".join(INLINE_PATTERNS), re.IGNORECASE)


def is_junk_line(line: str) -> bool:
    """Whether a whole line is furniture; used to find where an article really starts/ends."""
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= MAX_JUNK_LINE and bool(_LINE_RE.fullmatch(stripped))


def junk_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]``, relative to ``start``, that are junk, sorted and merged.

    `start` must be the start of a line.
    """
    stop = len(text) if end is None else end
    found: list[tuple[int, int]] = []
    for m in _JUNK_LINE.finditer(text, start, stop):
        s, e = m.span("line")
        if e - s <= MAX_JUNK_LINE:
            found.append((s, e))
    found.extend(m.span() for m in _INLINE_RE.finditer(text, start, stop))
    found.extend(_link_lists(text, start, stop))
    found.sort()
    spans: list[tuple[int, int]] = []
    for s, e in found:
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    return [(s - start, e - start) for s, e in spans]


def _link_lists(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """A list header and the headline-like lines under it, blank lines between them allowed."""
    spans: list[tuple[int, int]] = []
    for m in _LIST_HEADER.finditer(text, start, stop):
        s, e = m.span("line")
        newline = text.find("\n", e, stop)
        taken = 0
        for line in iter_lines(text, stop if newline < 0 else newline + 1, stop):
            stripped = line.text.strip()
            if not stripped:
                continue
            if taken == MAX_LIST_LINES or len(stripped) > MAX_JUNK_LINE or _PROSE_END.search(stripped):
                break
            lead = len(line.text) - len(line.text.lstrip())
            e = line.start + lead + len(stripped)
            taken += 1
        spans.append((s, e))
    return spans
