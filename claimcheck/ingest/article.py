"""What the top of an article says about it: headline, publication date, outlet, URL.

Only the first HEADER_LINES lines that carry text are read for the date and the dateline,
because that is where pages put them, and because a date further down is a date *in* the
story ("on January 3, 2020, ..."), not the day it was published.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice
from typing import NamedTuple

from claimcheck.ingest.dates import as_of_date, parse_date_line, parse_dateline
from claimcheck.ingest.junk import is_junk_line
from claimcheck.ingest.lines import iter_content_lines
from claimcheck.ingest.outlet import (
    SOURCE_LINE,
    domain_of,
    outlet_from_byline,
    outlet_from_date_prefix,
    outlet_from_dateline,
)

#: How many non-blank lines (headline included) may hold the date line and dateline.
HEADER_LINES = 6
#: ... and how far a labelled one may stand ("Date:", "Date of publication:"): a press
#: release's letterhead runs to five lines before its "Ref:" and "Date:" (an unlabelled
#: date that far down is a timeline's, in the story)
LABELLED_DATE_LINES = 8

# a labelled date ("Date:") or a letter's place and date ("Ostervik, 26 June 2051")
_DATE_LABEL = re.compile(
    r"\s*(?:(?:date(?:\s+of\s+(?:publication|issue))?|published|issued|released)\s*:|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,\s*$)", re.I
)
# an outlet named by a label of its own in the header: "Outlet: Kestavia Herald" (a pasted
# article has nowhere else to say it; "Source:" is not one, it may name a quoted document's
# origin in a monitor's digest)
_OUTLET_LABEL = re.compile(
    r"[ \t]*(?:outlet|publisher|publication|newspaper|broadcaster)[ \t]*:[ \t]*(?P<name>\S.{0,80}?)[ \t]*$", re.I
)
# a name's own words: capitals, figures ("Channel 4 News", "7News"), and its small links
_NAME_LINKS = frozenset({"of", "the", "and", "&", "de", "la", "le", "du", "el", "al", "di", "for", "on"})
# a date after the name: "Kestavia Herald, 3 June 2051", "— 3 June 2051", "(3 June 2051)"
_NAME_THEN_DATE = re.compile(r"^(?P<name>.+?)\s*(?:,|—|–|-|\||\()\s*(?P<date>[^,—–|()]+?)\)?\s*$")


def _outlet_label(line: str) -> tuple[str, str | None] | None:
    """(name, a date after it) of an outlet label, or None when the label holds no name: a
    date or a headline after "Publication:" ("14 May 2051", "4 of our reporters held")."""
    m = _OUTLET_LABEL.match(line)
    if m is None:
        return None
    name, date = m.group("name"), None
    split = _NAME_THEN_DATE.match(name)
    if split and parse_date_line(split.group("date")) is not None:
        name, date = split.group("name"), split.group("date")
    words = name.split()
    if (
        not words or len(words) > 6 or parse_date_line(name) is not None
        or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_LINKS for w in words)
        or not any(w[:1].isupper() for w in words)
    ):
        return None
    return name, date
_MARKDOWN_RE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:[*_]{1,3})?(?P<body>.*?)(?:[*_]{1,3})?[ \t#]*$")


class Header(NamedTuple):
    """The metadata of one article, read from its text."""

    title: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None
    #: (month, day) of a dateline that gives no year ("MAPUTO, Feb 6 (Reuters) -"), when no
    #: line gives the full date
    dateline_day: tuple[int, int] | None = None


def read_header(text: str, start: int = 0, end: int | None = None) -> Header:
    """Header of the article ``text[start:end]``; every field is None when the text lacks it."""
    stop = len(text) if end is None else end
    top = [
        line.text
        for line in islice(
            (ln for ln in iter_content_lines(text, start, stop) if not is_junk_line(ln.text)),
            LABELLED_DATE_LINES,
        )
    ]
    title: str | None = None
    published: dt.date | None = None
    outlets: list[str] = []  # by trust, see outlet.py
    by_date_prefix: str | None = None
    by_byline: str | None = None
    labelled: str | None = None
    for n, line in enumerate(top):
        named = _outlet_label(line)
        if named is not None:
            labelled = labelled or named[0]
            label_date = parse_date_line(named[1]) if published is None and named[1] else None
            if label_date is not None:
                published = label_date.date  # "Newspaper: The Vell Courier, 3 June 2051"
            continue
        date_line = parse_date_line(line)
        if date_line is not None and n >= HEADER_LINES and not _DATE_LABEL.match(date_line.prefix):
            date_line = None
        if n >= HEADER_LINES and date_line is None:
            continue
        if date_line is not None:
            if published is None:
                published = date_line.date
                by_date_prefix = outlet_from_date_prefix(date_line.prefix)
                by_byline = by_byline or outlet_from_byline(line)
            continue
        if title is None:
            title = headline_of(line)
            continue
        wire = outlet_from_dateline(line)
        if wire and not outlets:
            outlets.append(wire)
        by_byline = by_byline or outlet_from_byline(line)
    if published is None and title:
        published = as_of_date(title)
    dateline_day = None
    if published is None:
        dated = next((d for d in map(parse_dateline, top[:HEADER_LINES]) if d is not None), None)
        if dated is not None and dated.year is not None:
            published = dt.date(dated.year, dated.month, dated.day)
        elif dated is not None:
            dateline_day = (dated.month, dated.day)
    url = source_url(text, start, stop)
    from_url = domain_of(url) if url else None
    candidates = [labelled, from_url, *outlets, by_date_prefix, by_byline]
    outlet = next((c for c in candidates if c), None)
    return Header(title, published, outlet, url, dateline_day)


def headline_of(line: str) -> str | None:
    """The headline text of a line, without markdown heading marks or emphasis."""
    m = _MARKDOWN_RE.match(line)
    body = (m.group("body") if m else line).strip()
    return body or None


def source_url(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The URL of the article's last ``Source:`` line (its trailer), if any."""
    url = None
    for m in SOURCE_LINE.finditer(text, start, end):
        url = m.group("url")
    return url
