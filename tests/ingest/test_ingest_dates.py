"""Date lines near the top of an article -> the publication date; anything else -> None."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ingest.dates import DatelineDay, as_of_date, parse_date_line, parse_dateline, parse_published

D = dt.date

DATE_LINES = [
    ("month-day-year", "January 14, 2001", D(2001, 1, 14)),
    ("weekday-day-month-time-zone", "Monday, 15 January, 2001, 02:06 GMT", D(2001, 1, 15)),
    ("outlet-updated-iso-time", "Xinhua | Updated: 2024-01-04 21:39", D(2024, 1, 4)),
    ("iso", "2018-11-01", D(2018, 11, 1)),
    # an assessment's "Date of publication:" label, then its other dates after a bar
    ("date-of-publication", "Date of publication: Friday 9 May 2041 | Fieldwork: 5-7 May 2041", D(2041, 5, 9)),
    ("posted-at-time", "Posted at 5:17 PM, Nov 15, 2018", D(2018, 11, 15)),
    ("date-then-byline", "January 15, 2001 | By David Gonzalez, The New York Times", D(2001, 1, 15)),
    ("abbrev-with-dot", "Jan. 3, 2020", D(2020, 1, 3)),
    ("broadcast-label", "Broadcast Sunday 5 October 2025, 7:00am", D(2025, 10, 5)),
    ("ordinal-day", "Published: 3rd March 2022 14:05 IST", D(2022, 3, 3)),
    ("iso-datetime", "2024-01-04T21:39:00Z", D(2024, 1, 4)),
    ("updated-sept", "Updated 12 Sept. 2023", D(2023, 9, 12)),
    ("surrounding-space", "   March 3, 2023   ", D(2023, 3, 3)),
    ("lower-case-month", "last updated: december 1, 2019", D(2019, 12, 1)),
    ("issued-time-aside", "Issued 4 March 2026, 09:30 (local time)", D(2026, 3, 4)),
    ("place-of-a-communique", "Port Harlow, 2 April 2026", D(2026, 4, 2)),
    ("byline-place-separator-aside", "By Ana Ruiz, Cusco | 8 May 2026 (Translated from Spanish)", D(2026, 5, 8)),
    # an issuer with a dash or an acronym in brackets before the separator
    ("issuer-with-dash", "Coastal Defence Command – Press Office | 4 May 2027, 10:15 | For immediate release", D(2027, 5, 4)),
    ("issuer-acronym-report-no", "Refugee Monitoring Network (RMN) | Situation Report No. 3 | Published 12 August 2026", D(2026, 8, 12)),
    ("issued-then-covering", "Relief Coordination Office (RCO) | Issued 3 June 2026 | Covering 27 May – 2 June 2026", D(2026, 6, 3)),
    ("issuer-numbered-brief", "Harbour Rights Group (HRG) | Briefing 4/2029 | Published Friday, 9 March 2029", D(2029, 3, 9)),
    ("as-of-local-time", "As of 4 November 2027, 09:00 local time", D(2027, 11, 4)),
    ("data-as-of-then-issued", "Data as of 14 September 2028, 17:00 | Issued 15 September 2028", D(2028, 9, 14)),
    ("place-weekday-hrs", "Kelso, Monday 8 November 2027, 18:30 hrs", D(2027, 11, 8)),
    ("two-places-slash", "Kelso / Vienna, 22 October 2027 - For immediate release", D(2027, 10, 22)),
    ("issuer-and-place-full-stop", "Office of the Governor, Kelso. Tuesday, May 4, 2027, 2:15 p.m.", D(2027, 5, 4)),
]

NOT_DATE_LINES = [
    ("body-sentence", "Soleimani was killed on Jan. 3, 2020, close to Baghdad's airport."),
    ("short-sentence", "On January 3, 2020, the strike took place."),
    ("byline-place", "By Nicholas Kalu, Abuja"),
    ("month-year-only", "May 2024"),
    ("no-year", "Monday, 15 January"),
    ("headline-with-number", "Kerman attack: death toll climbs to 103"),
    ("impossible-day", "2024-02-31"),
    ("empty", ""),
    ("dateline-prose", "SAN SALVADOR, El Salvador (AP) - A powerful earthquake struck on Saturday."),
    ("too-long", "January 14, 2001 | " + "word " * 40),
    ("may-as-verb", "Officials may 15 2020 review it"),
    ("place-then-prose", "Port Harlow, where 2 April 2026 is remembered, mourns."),
    ("lower-case-place", "in the port, 2 April 2026"),
    ("sentence-then-date", "He died. January 3, 2020"),
    ("as-of-in-prose", "Figures are as of 4 November 2027, officials said."),
]

DATELINES = [
    ("wire-no-year", "KHANDAR, March 4 (Reuters) - Troops moved in.", DatelineDay(3, 4, None)),
    ("country-no-year", "PORT-SELIM, Lirea, Sept 8 (Reuters) - A blast.", DatelineDay(9, 8, None)),
    ("day-month-no-year", "DAKHLA, 3 Sept (AFP) - Police said.", DatelineDay(9, 3, None)),
    ("two-word-city", "NEW HARBOUR, June 10 (Reuters) - An air strike.", DatelineDay(6, 10, None)),
    ("full-date-mixed-case", "Velna, Orsova, March 3, 2025 (AFP) - The toll rose.", DatelineDay(3, 3, 2025)),
    ("no-wire-credit", "KHANDAR, March 4 - Troops moved in.", DatelineDay(3, 4, None)),
    ("leap-day-no-year", "KHANDAR, Feb 29 (Reuters) - x", DatelineDay(2, 29, None)),
    ("two-places-slash", "PORTO ALEGRE/LIMA, March 3 (Reuters) - Talks ended.", DatelineDay(3, 3, None)),
    # a Spanish wire closes its credit with a full stop and a dash
    ("spanish-wire-dot-dash", "Valle Verde, Aug 4 (EFE).- Heavy rain fell.", DatelineDay(8, 4, None)),
]

NOT_DATELINES = [
    ("no-date", "SAN SALVADOR, El Salvador (AP) - A powerful earthquake struck."),
    ("impossible-day", "KHANDAR, Feb 30 (Reuters) - x"),
    ("sentence-on-date", "On March 4 - the day of the raid - troops moved in."),
    ("date-mid-sentence", "Troops said on March 4 (Reuters) - nothing."),
    ("no-dash", "KHANDAR, March 4 troops moved in."),
]


@pytest.mark.parametrize(("line", "expected"), [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_dateline_gives_its_day(line: str, expected: DatelineDay) -> None:
    assert parse_dateline(line) == expected


@pytest.mark.parametrize("line", [c[1] for c in NOT_DATELINES], ids=[c[0] for c in NOT_DATELINES])
def test_other_openings_give_no_dateline_day(line: str) -> None:
    assert parse_dateline(line) is None


def test_a_wire_without_a_year_keeps_its_day_for_the_story() -> None:
    from claimcheck.ingest.article import read_header

    text = "Blast kills 12 at depot\n\nKHANDAR, March 4 (Reuters) - A blast killed 12 people.\n"
    header = read_header(text)
    assert header.published is None
    assert header.dateline_day == (3, 4)
    assert header.outlet == "Reuters"


def test_a_dateline_with_its_year_is_the_publication_date() -> None:
    from claimcheck.ingest.article import read_header

    text = "Blast kills 12 at depot\n\nVelna, Orsova, March 3, 2025 (AFP) - A blast killed 12.\n"
    header = read_header(text)
    assert header.published == D(2025, 3, 3)
    assert header.dateline_day is None


def test_a_date_line_wins_over_a_year_less_dateline() -> None:
    from claimcheck.ingest.article import read_header

    text = "Blast kills 12\nMarch 5, 2025\nKHANDAR, March 4 (Reuters) - A blast killed 12.\n"
    header = read_header(text)
    assert header.published == D(2025, 3, 5)
    assert header.dateline_day is None


@pytest.mark.parametrize(("line", "expected"), [c[1:] for c in DATE_LINES], ids=[c[0] for c in DATE_LINES])
def test_date_line_gives_its_date(line: str, expected: dt.date) -> None:
    got = parse_date_line(line)
    assert got is not None
    assert got.date == expected


@pytest.mark.parametrize("line", [c[1] for c in NOT_DATE_LINES], ids=[c[0] for c in NOT_DATE_LINES])
def test_other_lines_give_no_date(line: str) -> None:
    assert parse_date_line(line) is None


PUBLISHED = [
    ("iso-date", "2024-01-04", D(2024, 1, 4)),
    ("iso-datetime-offset", "2024-01-04T21:39:00+08:00", D(2024, 1, 4)),
    ("iso-zulu", "2024-01-04T21:39:00Z", D(2024, 1, 4)),
    ("iso-then-words", "2024-01-04 (updated)", D(2024, 1, 4)),
    ("words", "January 3, 2024", D(2024, 1, 3)),
    ("garbage", "not a date", None),
    ("blank", "  ", None),
    ("none", None, None),
    ("bad-iso", "2024-13-45", None),
]


@pytest.mark.parametrize(("value", "expected"), [c[1:] for c in PUBLISHED], ids=[c[0] for c in PUBLISHED])
def test_published_field(value: str | None, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Zambia: Cholera Outbreak - Flash Update No. 6 (As of 9 March 2025)", dt.date(2025, 3, 9)),
        ("Sudan: Situation Report, as of 2024-05-12", dt.date(2024, 5, 12)),
        ("Floods: situation as at March 3, 2026", dt.date(2026, 3, 3)),
        # a time between "as of" and the date
        ("Bulletin No. 3 - overall picture as of 18:00, Monday 7 March 2033", dt.date(2033, 3, 7)),
        ("Cold snap: status as of 6 a.m. on 2 January 2031", dt.date(2031, 1, 2)),
        ("Storm deaths rise as of 18:00 to 40", None),  # a time with no date after it
        ("Cholera deaths rise to 40 since 4 February 2025", None),  # a date the title mentions
        ("Flash Update No. 4", None),
    ],
)
def test_a_report_title_dated_as_of(title: str, expected: dt.date | None) -> None:
    assert as_of_date(title) == expected


def test_an_undated_article_takes_the_as_of_date_of_its_title() -> None:
    from claimcheck.ingest.article import read_header

    text = "Sudan: El Fasher Flash Update No. 4 (As of 12 May 2026)\n\nHIGHLIGHTS\n- At least 134 killed.\n"
    assert read_header(text).published == dt.date(2026, 5, 12)


# A named date is read from its parts, not by trying strptime's formats in turn: each form
# must give what dateparser gives (and an impossible day must stay no date).
NAMED_FORMS = [
    "March 5, 2024", "5 March 2024", "Sept. 3, 2024", "Sep 3 2024", "3rd of May, 2023",
    "December 12th, 2021", "1 Dec. 2022", "Feb 30, 2024", "31 April 2020", "jan 9, 2019",
]


@pytest.mark.parametrize("text", NAMED_FORMS)
def test_a_named_date_read_from_its_parts_agrees_with_dateparser(text: str) -> None:
    from claimcheck.ingest.dates import _dateparser_cached, _parse_with_dateparser

    _parse_with_dateparser.cache_clear()
    assert _parse_with_dateparser(text) == _dateparser_cached(" ".join(text.replace("Sept.", "Sep.").split()))


def test_a_press_release_s_date_below_its_letterhead_is_read() -> None:
    """A police command's release puts five lines of letterhead, a title and a reference above
    its "Date:" line: the eighth line that carries text."""
    from claimcheck.ingest.article import read_header

    text = (
        "Police confirm 9 arrested after depot raid\n\nREPUBLIC POLICE SERVICE\nEASTERN REGION COMMAND\n"
        "Media Relations Unit, Regional Headquarters, Tolvar\n\nPRESS RELEASE\nRef: ERC/PR/112/2041\n"
        "Date: 3rd June, 2041\n\nNine suspects were arrested.\n"
    )
    assert read_header(text).published == D(2041, 6, 3)


def test_a_timeline_date_below_the_header_is_no_publication_date() -> None:
    """Review guard: only a labelled date ("Date:") or a letter's place and date may stand
    below the first six lines; an article's own timeline is the story's."""
    from claimcheck.ingest.article import read_header

    text = (
        "Roof fall at mine\n\nMiners were trapped.\nThe company said little.\nRescue went on.\n"
        "Families waited.\nTimeline:\n3 March 2019 - A roof fall killed 4 miners.\n"
    )
    assert read_header(text).published is None


def test_a_letter_s_place_and_date_below_its_address_is_read() -> None:
    from claimcheck.ingest.article import read_header

    text = (
        "Letter to the rapporteur\n\nRIGHTS GROUP\nHigh Street 14, Tolvar\n\nDr Ana Ruiz\n"
        "Special Rapporteur\nOffice of the High Commissioner, Geneva\n\nTolvar, 26 June 2051\n\nDear Dr Ruiz,\n"
    )
    assert read_header(text).published == D(2051, 6, 26)
