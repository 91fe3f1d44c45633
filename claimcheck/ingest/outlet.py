"""Who published an article, from the few places a page says it.

Order of trust: a ``Source: URL`` line (the scraper recorded where the page came from), then
a wire credit in the dateline ("SAN SALVADOR, El Salvador (AP) -"), then the name before a
date line's separator ("Xinhua | Updated: ..."), then a byline that names an outlet
("By David Gonzalez, The New York Times"). A byline's tail is often a place ("By Nicholas
Kalu, Abuja"), so it only counts when it looks like an outlet name (OUTLET_WORDS below).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from claimcheck.ingest.lines import LinePattern

#: `Source: https://...` on a line of its own; the trailer of a scraped article.
SOURCE_LINE = LinePattern(r"source[ \t]*:[ \t]*(?P<url>https?://[^\s<>\"]+)", re.IGNORECASE)

#: A dateline with a wire credit: "CITY, Region (AP) -", "(CNN) --", "LONDON (Reuters) -".
_DATELINE_RE = re.compile(
    # "MAPUTO, Feb 6 (Reuters) -", "ORSK, Valdren, June 9 (Reuters) -", "ORSK/TALVO, ..."
    r"^(?:[A-Z][A-Z.'’ /-]*[A-Z.](?:,[ \t]*[A-Z0-9][\w.'’ -]{0,30}){0,3}[ \t]*)?"
    r"\((?P<outlet>[A-Z][A-Za-z0-9&.' -]{0,30}[A-Za-z.])\)[ \t]*(?:-{1,2}|–|—|:)"
)

#: "By NAME, OUTLET" (or "By NAME | OUTLET").
_BYLINE_RE = re.compile(r"(?:^|[|•·][ \t]*)By[ \t]+[^,|]{2,60}[,|][ \t]*(?P<outlet>[^,|]{2,60}?)[ \t.]*$")

#: Words that make a byline tail an outlet rather than a place.
OUTLET_WORDS: frozenset[str] = frozenset(
    {
        "times", "post", "news", "press", "agency", "reuters", "afp", "ap", "journal",
        "herald", "tribune", "guardian", "telegraph", "observer", "chronicle", "gazette",
        "daily", "xinhua", "bbc", "cnn", "bloomberg", "sentinel", "standard", "independent",
        "mirror", "express", "mail", "wire", "star", "globe", "review", "radio", "tv",
        "television", "network", "media", "magazine", "dispatch", "courier", "record",
    }
)

#: A name before a date line's separator is an outlet only when it is this short.
_MAX_PREFIX_WORDS = 4
_BROADCAST_VOICE = re.compile(r"(?i)(?:presenter|anchor|host|newsreader|announcer|narrator|interviewer|moderator)\b")
_BYLINE_ROLE = re.compile(r"(?i)\b(?:correspondent|reporter|staff|writer|editor|desk|bureau|by)\b")


def domain_of(url: str) -> str | None:
    """`https://www.news18.com/x` -> `news18.com`: the outlet as the analyst knows it."""
    try:
        host = urlsplit(url).hostname
    except ValueError:  # "http://[evil": not a URL we can read a host from
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def outlet_from_dateline(line: str) -> str | None:
    """The wire credit of a dateline paragraph, if the line starts with one. "MIRKOT (Staff
    Reporter):" credits a staff member, not an outlet."""
    m = _DATELINE_RE.match(line.strip())
    if m is None or _BYLINE_ROLE.search(m.group("outlet")):
        return None
    if _BROADCAST_VOICE.match(line.strip()):
        return None  # "PRESENTER (INGRID SOLBERG):" names who speaks, not a wire
    return m.group("outlet").strip()


def outlet_from_date_prefix(prefix: str) -> str | None:
    """"Xinhua | Updated: " -> "Xinhua"; labels and times alone give nothing."""
    head, sep, _ = prefix.partition("|")
    if not sep:
        head, sep, _ = prefix.partition("•")
    name = head.strip()
    if not sep or not name or len(name.split()) > _MAX_PREFIX_WORDS or not name[0].isupper():
        return None
    if _BYLINE_ROLE.search(name):
        return None  # "Staff Correspondent | Sylhet | Published: ...": a byline, not an outlet
    return name


def outlet_from_byline(line: str) -> str | None:
    """"... | By David Gonzalez, The New York Times" -> "The New York Times"."""
    m = _BYLINE_RE.search(line.strip())
    if m is None:
        return None
    name = m.group("outlet").strip()
    words = {w.lower() for w in re.findall(r"\w+", name)}
    if not name[:1].isupper() or not (words & OUTLET_WORDS):
        return None
    return name
