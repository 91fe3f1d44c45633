"""Page furniture that scrapers leave in article text ("Exit mobile version", share buttons).

The text itself is never cleaned, because offsets into it are the contract; junk is marked
instead, as spans that extraction skips. The phrases are data, kept in the tables below, so
adding one is a one-line change that the table test checks.
"""

from __future__ import annotations

import re

from claimcheck.ingest.lines import LinePattern

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
    "Read more",
    "Related",
    "Related articles",
    "Related stories",
    "Recommended",
    "Most read",
    "Trending",
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
)

#: Credits inside a line: "(photo credit: REUTERS)", "(Photo: AFP)".
INLINE_PATTERNS: tuple[str, ...] = (
    r"\((?:photo|image|picture|video)[ \t]*(?:credit)?[ \t]*:[^()\n]{0,80}\)",
)

MAX_JUNK_LINE = 160

_LINE_RE = re.compile(
    r"(?:"
    + "|".join(re.escape(p) for p in LINE_PHRASES)
    + "|"
    + "|".join(LINE_PATTERNS)
    + r")[ \t]*(?::|\.\.\.|…)?",
    re.IGNORECASE,
)
_JUNK_LINE = LinePattern(_LINE_RE.pattern, re.IGNORECASE)
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
    found.sort()
    spans: list[tuple[int, int]] = []
    for s, e in found:
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], e))
        else:
            spans.append((s, e))
    return [(s - start, e - start) for s, e in spans]
