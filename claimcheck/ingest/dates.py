"""Publication dates: from a date line near the top of an article, or from a row's field.

dateparser reads the many ways outlets write a date, but it costs milliseconds a call and
happily finds a date inside any sentence. So a cheap regex first finds a candidate date (a
month name with day and year, or an ISO date) and checks that the *line* is a date line --
the date plus only labels, a time, a separator or a byline around it ("Posted at 5:17 PM,",
"Xinhua | Updated:", "| By David Gonzalez, The New York Times") -- and only that substring
goes to dateparser. A body sentence ("on January 3, 2020, the general was killed") has words
around its date that are none of these, so it never yields a published date.
"""

from __future__ import annotations

from functools import lru_cache

import datetime as dt
import re
from typing import NamedTuple

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?,?[ \t]+"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?)"
_ZONE = r"(?:(?-i:[A-Z]{2,5})|[+-]\d{2}:?\d{2})"
#: A place as a dateline writes it: "BAMORO", "QASRIN CITY", "Zorivka", "PORT-SELIM".
_PLACE = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"

#: A date as a line writes it; the named group is what dateparser (or fromisoformat) reads.
_DATE_RE = re.compile(
    rf"(?P<iso>\b{_YEAR}-(?:0?[1-9]|1[0-2])-(?:[12]\d|3[01]|0?[1-9])(?!\d))"
    rf"|(?:{_WEEKDAY})?(?P<named>\b(?:{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}"
    rf"|{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH},?[ \t]+{_YEAR})\b)",
    re.IGNORECASE,
)

#: What may stand before the date on a date line: an outlet and a separator, a label, a time.
_PREFIX_RE = re.compile(
    # an outlet, or a byline with its place, before a separator: "By Mwayi Banda, Blantyre |",
    # "Defence Forces – Spokesperson's Unit |", "Civilian Harm Register (CHR) |", "Research
    # brief 7/2030 |", "Report No. 12 |"
    rf"(?:[\w.,&'’ ()/#–—-]{{1,60}}?[ \t]*[|•·][ \t]*){{0,3}}"
    # ... or the issuer's name and place, every word capitalised, before a full stop: "Harbour
    # Police Department, Kelso. Tuesday, ..." (never a sentence: "He died. January 3, 2020")
    rf"(?:(?-i:[A-Z][\w&'’()–—-]*(?:,?[ \t]+(?:(?:of|the|and)[ \t]+)*[A-Z][\w&'’()–—-]*){{0,8}})\.[ \t]+)?"
    # a communiqué's place before its date: "Bamoro, 17 May 2025", "Kelso / Geneva, 17 May"
    rf"(?:(?-i:{_PLACE})(?:[ \t]*/[ \t]*(?-i:{_PLACE}))?,[ \t]*)?"
    r"(?:(?:last[ \t]+|first[ \t]+)?(?:posted|updated|published|modified|date[ \t]+of[ \t]+(?:publication|issue)|dated?|filed|broadcast|aired|issued|released"
    # a situation report's "As of 11 October 2027, 14:00 local time"
    r"|(?:(?:data|figures|situation|status|numbers)[ \t]+)?as[ \t]+of)"
    r"(?:[ \t]+(?:at|on))?[ \t]*:?[ \t]*)?"
    rf"(?:{_TIME}(?:[ \t]*{_ZONE})?[ \t]*,?[ \t]*(?:on[ \t]+)?)?",
    re.IGNORECASE,
)

#: What may follow it: a time and zone, then nothing or a separator and anything (a byline).
_SUFFIX_RE = re.compile(
    rf"(?:T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"(?:[ \t]*,?[ \t]*(?:at[ \t]+)?{_TIME}(?:[ \t]*{_ZONE})?(?:[ \t]+(?:local[ \t]+time|hrs|hours|h))?)?"
    # a short aside in brackets: "18:00 (local time)", "(Translated from Chichewa)"
    r"(?:[ \t]*\([^()]{1,40}\))?"
    r"[ \t]*\.?[ \t]*(?:[|•·/–—-].*)?",
    re.IGNORECASE,
)

#: Longer lines are prose, not a date line.
MAX_DATE_LINE = 120


class DateLine(NamedTuple):
    """A date line: the date, and what stood before the date (an outlet, a label)."""

    date: dt.date
    prefix: str
    suffix: str


def parse_date_line(line: str) -> DateLine | None:
    """The date a dateline/date line gives, or None when the line is anything else."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_DATE_LINE:
        return None
    m = _DATE_RE.search(stripped)
    if m is None:
        return None
    prefix, suffix = stripped[: m.start()], stripped[m.end() :]
    if not _PREFIX_RE.fullmatch(prefix) or not _SUFFIX_RE.fullmatch(suffix):
        return None
    if m.group("iso"):
        date = _iso_date(m.group("iso"))
    else:
        date = _parse_with_dateparser(m.group("named"))
    return None if date is None else DateLine(date, prefix, suffix)


#: A dateline opening the first paragraph: "MAPUTO, Feb 6 (Reuters) -", "DAHEJ, India, Sept 8
#: (Reuters) -", "Zorivka, Veldania, March 3, 2025 (AFP) -". Wires often leave the year out;
#: then the story's dated reports give it (cluster/dates.py).
_DATELINE_RE = re.compile(
    # a dateline of two places: "TESSANE/VELMORA, July 9 (Reuters) -"
    rf"{_PLACE}(?:/{_PLACE})?(?:,[ \t]*{_PLACE}){{0,2}},[ \t]*(?i:{_WEEKDAY})?"
    rf"(?:(?P<m1>(?i:{_MONTH}))[ \t]+(?P<d1>{_DAY})(?:,?[ \t]+(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAY})[ \t]+(?P<m2>(?i:{_MONTH}))(?:,?[ \t]+(?P<y2>{_YEAR}))?)\b,?[ \t]*"
    # (a Spanish wire's "San Telmo, Jun 24 (EFE).-")
    r"(?:\([^()]{1,40}\)[ \t]*)?\.?(?:-{1,2}|–|—|:)"
)
_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


class DatelineDay(NamedTuple):
    """The day a dateline gives; `year` is None when it leaves the year out, as wires do."""

    month: int
    day: int
    year: int | None


def parse_dateline(line: str) -> DatelineDay | None:
    """The day of a dateline paragraph's opening, or None when the line opens otherwise."""
    m = _DATELINE_RE.match(line.strip())
    if m is None:
        return None
    month = _MONTH_NUMBER[(m.group("m1") or m.group("m2"))[:3].lower()]
    day = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group())
    year_text = m.group("y1") or m.group("y2")
    year = int(year_text) if year_text else None
    try:
        dt.date(year or 2000, month, day)  # 2000: a leap year, so "Feb 29" stands
    except ValueError:
        return None
    return DatelineDay(month, day, year)


_AS_OF = re.compile(
    # (a time may come first: "status as of 18:00, Monday 7 March 2033")
    rf"\bas[ \t]+(?:of|at)[ \t]+(?:{_TIME}(?:[ \t]*{_ZONE})?[ \t]*,?[ \t]*(?:on[ \t]+)?)?", re.IGNORECASE
)


def as_of_date(line: str) -> dt.date | None:
    """The date a situation report gives itself in its title: "Flash Update No. 4 (As of
    4 February 2025)". Only right after "as of", so a date the title merely mentions is no
    publication date."""
    for m in _AS_OF.finditer(line):
        date = _DATE_RE.match(line, m.end())
        if date is None:
            continue
        if date.group("iso"):
            return _iso_date(date.group("iso"))
        return _parse_with_dateparser(date.group("named"))
    return None


def parse_published(value: str | None) -> dt.date | None:
    """A row's `published` field: ISO 8601 first (exact and fast), then dateparser."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    iso = re.match(rf"({_YEAR}-\d{{1,2}}-\d{{1,2}})\b", value)
    if iso:
        return _iso_date(iso.group(1))
    if len(value) > MAX_DATE_LINE:
        return None
    return _parse_with_dateparser(value)


def _iso_date(text: str) -> dt.date | None:
    year, month, day = (int(part) for part in text.split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_MONTH_NUMBER = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH_WORD = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_NAMED_PARTS = re.compile(
    rf"(?:(?P<m1>{_MONTH_WORD})\.? (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,? "
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m2>{_MONTH_WORD})\.?,? )(?P<y>\d{{4}})",
    re.IGNORECASE,
)


_FAST_FORMATS = (
    "%B %d, %Y", "%B %d %Y", "%d %B %Y", "%d %B, %Y", "%b %d, %Y", "%b %d %Y", "%d %b %Y",
    "%b. %d, %Y", "%A, %B %d, %Y", "%A, %d %B %Y", "%A, %d %B, %Y", "%Y-%m-%d",
)


@lru_cache(maxsize=4096)
def _parse_with_dateparser(text: str) -> dt.date | None:
    """Common English forms are read with strptime; dateparser takes the rest. Results are
    cached by text: a corpus repeats the same few dates, and a date that strptime reads only
    with its last format costs a dozen failed attempts (dateparser costs milliseconds)."""
    cleaned = " ".join(text.replace("Sept.", "Sep.").split())
    direct = _NAMED_PARTS.fullmatch(cleaned)
    if direct:
        # the forms the date line's regex found: read from its parts, without a dozen
        # strptime attempts that fail
        day = int(direct.group("d1") or direct.group("d2"))
        month = _MONTH_NUMBER[(direct.group("m1") or direct.group("m2"))[:3].lower()]
        try:
            return dt.date(int(direct.group("y")), month, day)
        except ValueError:
            pass
    for fmt in _FAST_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return _dateparser_cached(cleaned)


@lru_cache(maxsize=4096)
def _dateparser_cached(text: str) -> dt.date | None:
    # Imported here: dateparser takes a noticeable time to import and is only needed when a
    # candidate date was found.
    import dateparser

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"},
        )
    except (ValueError, OverflowError):  # an impossible date is no date, not a crash
        return None
    return None if parsed is None else parsed.date()
