"""Tables: what each cell of a row counts, read from its column's header.

A casualty recorder's monthly table names its counts only once, in the header row:

    | Month      | Civilians killed | Of whom children | Attacks |
    |------------|------------------|------------------|---------|
    | April 2031 | 1,310–1,720      | 410–520          | 288     |

Read line by line, "| April 2031 | 1,310–1,720 | 410–520 | 288 |" says nothing of who died.
So each figure of a data row is read as the fact-box line its header and cell make ("|
Civilians killed | 1,310–1,720 |"), through the same reader as any sentence; the row's first
cell gives its time or its place when the first header says the rows are periods or places.
A two-column table whose header names no count ("| Indicator | Number |") is read by its row
labels, which is how its rows read on their own.

Offsets stay the source's: a reading carries the span of its cell, and only figures inside
the cell become claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimcheck.extract.lexicon import (
    FACT_LABELS,
    TABLE_CASE_HEADERS,
    TABLE_HOSPITAL_HEADERS,
    TABLE_PARTITIVE_HEADERS,
    TABLE_PATIENT_HEADERS,
    TABLE_PATIENT_STATES,
    TABLE_PEOPLE_HEADERS,
    TABLE_PLACE_HEADERS,
    TABLE_SHELTER_HEADERS,
    TABLE_TIME_HEADERS,
    TABLE_TOTAL_LABELS,
)
from claimcheck.extract.speaker_kinds import looks_like_org

# "|---|:---:|", "--- | ---": every cell dashes, colons for alignment
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PARTITIVE = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(TABLE_PARTITIVE_HEADERS, key=len, reverse=True)) + r")\s+",
    re.I,
)
_LABELS_LONGEST_FIRST = sorted(FACT_LABELS, key=len, reverse=True)


@dataclass(frozen=True)
class CellReading:
    """One cell of a data row and the label its figure is read with."""

    start: int  # the cell's text in the source, whitespace trimmed
    end: int
    label: str  # "Civilians killed", or "children killed" for "Of whom children"
    time: str | None = None  # the row's period
    place: str | None = None  # the row's place
    part: bool = False  # a part of the column before it ("Of whom children")
    source: str | None = None  # who the column's header says gave its figures ("Named by GMI")


@dataclass(frozen=True)
class TableRow:
    start: int  # the row's line
    end: int
    cells: tuple[CellReading, ...]
    source: str | None = None  # who the table's caption or source line says gave its figures


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table line, whitespace trimmed (an empty cell is an
    empty span and keeps its column); the outer pipes are optional."""
    line = text[start:end]
    stripped = line.strip()
    pipes = [i for i, ch in enumerate(line) if ch == "|"]
    bounds = ([] if stripped.startswith("|") else [-1]) + pipes + ([] if stripped.endswith("|") else [len(line)])
    out = []
    for a, b in zip(bounds, bounds[1:]):
        cell = line[a + 1 : b]
        s = start + a + 1 + len(cell) - len(cell.lstrip())
        out.append((s, max(s, start + a + 1 + len(cell.rstrip()))))
    return out


def _names_a_count(label: str) -> bool:
    """True when a header or row label ends on a fact-box label: "Civilians killed", "Deaths"."""
    return _count_word(label) is not None


def _count_word(label: str) -> str | None:
    """The fact-box label a header ends on: "killed" for "Civilians killed"."""
    low = " ".join(label.lower().split())
    return next((key for key in _LABELS_LONGEST_FIRST if low == key or low.endswith(" " + key)), None)


def _kind(header: str) -> str | None:
    low = " ".join(header.lower().strip(" :").split())
    if low in TABLE_TIME_HEADERS:
        return "time"
    if low in TABLE_PLACE_HEADERS:
        return "place"
    return None


def _readings(
    text: str, header: list[tuple[int, int]], row: list[tuple[int, int]], caption: str | None = None
) -> tuple[CellReading, ...]:
    names = [text[s:e] for s, e in header]
    first_kind = _kind(names[0]) if names else None
    row_label = text[row[0][0] : row[0][1]] if row else ""
    # "| Total | 3,906 |": the whole, in no place or period of its own
    whole = " ".join(row_label.lower().strip(" :*").split()) in TABLE_TOTAL_LABELS
    out = []
    previous_count: str | None = None
    # a table of patients: rows of hospitals, or a column of the dead or the admitted beside
    # the states ("Severe  Moderate  Minor" over houses is damage, "Received" over aid is aid)
    low_names = [" ".join(n.lower().split()) for n in names]
    patients = bool(low_names) and (
        low_names[0] in TABLE_HOSPITAL_HEADERS or not {"died", "deceased", "admitted", "hospitalised", "hospitalized"}.isdisjoint(low_names)
    )
    for j, (s, e) in enumerate(row):
        name = names[j] if j < len(names) else ""
        partitive = _PARTITIVE.match(name)
        count = None
        if partitive and previous_count:
            # "Of whom children" under a count of the killed: "children killed"
            count = f"{name[partitive.end():]} {previous_count}"
        elif _names_a_count(name):
            count = name
        if _names_a_count(name):
            previous_count = _count_word(name)
        if j == 0 or s == e:
            continue
        state = False
        low = low_names[j] if j < len(low_names) else ""
        if count is None and patients and low in TABLE_PATIENT_HEADERS:
            # "Critical" heading a hospital's rows: those of its patients critically hurt
            # (a part of those the row received, by how they are)
            count, state = TABLE_PATIENT_HEADERS[low], low in TABLE_PATIENT_STATES
        if count is None and low in TABLE_CASE_HEADERS:
            count = f"{name} cases"  # "Suspected" in an outbreak table: suspected cases
        if count is None and low in TABLE_PEOPLE_HEADERS and any(
            n in TABLE_SHELTER_HEADERS for n in low_names[:j]
        ):
            count = f"{name} displaced"  # "| Evacuation centres | People |": the people in them
        source = None
        if count is None and caption and not _names_a_count(row_label):
            # "Fighters killed (as of 2 June)" over columns of sources ("Named by GMI"): the
            # caption says what every cell counts, the header who gave it
            count, source = caption, _column_source(name)
        if count is None:
            # "| Indicator | Number |": the row label says what is counted, as the row reads
            # on its own; under a first column of periods or places, the header does
            count = name if first_kind and not _names_a_count(row_label) else row_label
        if not count.strip():
            continue
        out.append(CellReading(
            s, e, " ".join(count.split()),
            time=row_label if first_kind == "time" and row_label and not whole else None,
            place=row_label if first_kind == "place" and row_label and not whole else None,
            part=bool(partitive and previous_count) or state,
            source=source,
        ))
    return tuple(out)


def table_rows(text: str) -> dict[int, TableRow]:
    """The data rows of every table in `text`, by the offset of the row's line: Markdown
    tables (a header line, then a separator line) and plain-text tables whose columns are
    aligned with spaces (a header of three or more names, then rows of figures)."""
    has_pipes, has_columns, has_lists = "|" in text, "   " in text or "\t" in text, ":\n" in text
    if not (has_pipes or has_columns or has_lists):
        return {}
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    rows: dict[int, TableRow] = {}
    i = 0
    while i + 1 < len(lines):
        hs, he = lines[i]
        ss, se = lines[i + 1]
        bare_pipes = (
            # a pipe table with no "|---|" line: "Province | Cases | Deaths" over "Lenhart | 41 | 27"
            has_pipes and "|" in text[hs:he] and "|" in text[ss:se] and not _SEPARATOR.match(text[ss:se])
            and _pipe_header_then_figures(text, hs, he, ss, se)
        )
        if has_pipes and "|" in text[hs:he] and (_SEPARATOR.match(text[ss:se]) or bare_pipes):
            header = _cells(text, hs, he)
            j = i + 1 if bare_pipes else i + 2
            source = _table_source(text, lines, i, j)
            while j < len(lines) and "|" in text[lines[j][0] : lines[j][1]]:
                rs, re_ = lines[j]
                rows[rs] = TableRow(rs, re_, _readings(text, header, _cells(text, rs, re_)))
                j += 1
            _credit(rows, lines[i + 1 if bare_pipes else i + 2 : j], source or _table_source(text, lines, i, j))
            _parts_of_total_row(rows, lines[i + 1 : j], text)
            i = j
            continue
        listed = _place_list(text, lines, i) if has_lists and text[hs:he].rstrip().endswith(":") else None
        if listed:
            rows.update(listed)
            i += len(listed) + 1
            continue
        header = _aligned_cells(text, hs, he) if has_columns else []
        if header and _BLANK_CORNER.match(text, hs) and len(_aligned_cells(text, *lines[i + 1])) == len(header) + 1:
            # a header over the data columns only, its first column's head left blank
            header = [(hs, hs), *header]
        # (two columns too when the second names a count: "Floor   Deceased" over "3rd   7")
        counted_pair = (
            len(header) == 2 and _names_a_count(text[header[1][0] : header[1][1]])
            # (not a column of years: "Jon Ellis   2019" under "Name   Died")
            and not _YEAR_CELL.fullmatch(text[lines[i + 1][0] : lines[i + 1][1]].split()[-1] if text[lines[i + 1][0] : lines[i + 1][1]].split() else "")
        )
        if (len(header) >= 3 or counted_pair) and not any(_FIGURE_CELL.fullmatch(text[a:b]) for a, b in header):
            caption = _caption_count(text, lines, i)
            j = i + 1
            while j < len(lines):
                rs, re_ = lines[j]
                cells = _aligned_cells(text, rs, re_)
                if len(cells) != len(header) or not all(_FIGURE_CELL.fullmatch(text[a:b]) for a, b in cells[1:]):
                    break
                rows[rs] = TableRow(rs, re_, _readings(text, header, cells, caption))
                j += 1
            if j > i + 1:
                _credit(rows, lines[i + 1 : j], _table_source(text, lines, i, j))
                _parts_of_total_row(rows, lines[i + 1 : j], text)
                i = j
                continue
        i += 1
    return rows


_BLANK_CORNER = re.compile(r"[ \t]{4,}\S")
_CAPTION_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
_COLUMN_BY = re.compile(r"^(?:[a-z]+\s+)?by\s+(?P<src>.+)$", re.I)


def _caption_count(text: str, lines: list[tuple[int, int]], header: int) -> str | None:
    """What a table counts when its caption says so: "Fighters killed (as of 2 June)" just
    above the header (a blank line may come between)."""
    above = [k for k in (header - 1, header - 2) if k >= 0 and text[lines[k][0] : lines[k][1]].strip()]
    if not above:
        return None
    caption = _CAPTION_ASIDE.sub("", text[lines[above[0]][0] : lines[above[0]][1]]).strip(" :")
    return caption if len(caption.split()) <= 6 and _names_a_count(caption) else None


def _column_source(header: str) -> str | None:
    """The source a column's header names: "Named by GMI", "Reported by the ministry", "Defence
    ministry" (not "Claimed by enemy": a side, named only by the row it stands against)."""
    by = _COLUMN_BY.match(header.strip())
    name = by.group("src").strip() if by else header.strip()
    if name.lower().startswith(("own ", "its own ", "their own ")):
        return None  # "Admitted by own army": each row's side, not a name
    return name if looks_like_org(name) or (by and name[:1].isupper()) else None


# Who gave a table's figures, in its caption ("Table 2. Figures published by SEMS, 14-30
# September") or its source line ("Source: district health offices.")
_CAPTION_SOURCE = re.compile(
    r"\b(?:figures|data|numbers|counts?|tolls?|statistics|casualties)\s+(?:as\s+)?"
    r"(?:published|reported|released|compiled|issued|given|provided|recorded|collected)\s+by\s+"
    r"(?P<src>[^,;:.()]{2,60}?(?:\s*\([^()]{1,20}\))?)\s*(?:[,;:.]|\s+(?:on|in|from|between|as\s+of)\b|$)",
    re.I,
)
_SOURCE_LINE = re.compile(r"^\s*(?:Source|Sources|Data|Figures)\s*:\s*(?P<src>[^.;\n]{2,80}?)\s*\.?\s*$", re.I)


def _table_source(text: str, lines: list[tuple[int, int]], header: int, after: int) -> str | None:
    """The caption just above the header (a blank line may come between) or the source
    line just below the last row."""
    above = [k for k in (header - 1, header - 2) if k >= 0 and text[lines[k][0] : lines[k][1]].strip()]
    if above:
        caption = text[lines[above[0]][0] : lines[above[0]][1]]
        m = _CAPTION_SOURCE.search(caption) or _SOURCE_LINE.match(caption)
        if m:
            return m.group("src").strip()
    below = [k for k in (after, after + 1) if k < len(lines) and text[lines[k][0] : lines[k][1]].strip()]
    if below:
        m = _SOURCE_LINE.match(text[lines[below[0]][0] : lines[below[0]][1]])
        if m:
            return m.group("src").strip()
    return None


_LETTER = re.compile(r"[^\W\d_]")
_YEAR_CELL = re.compile(r"(?:1[89]|20)\d\d")


def _pipe_header_then_figures(text: str, hs: int, he: int, ss: int, se: int) -> bool:
    """A header of names over a row of as many cells whose cells after the first are figures."""
    header, row = _cells(text, hs, he), _cells(text, ss, se)
    return (
        len(header) >= 2 and len(row) == len(header)
        and all(_LETTER.search(text[a:b]) for a, b in header)  # names, not "|--|--|"
        and all(_FIGURE_CELL.fullmatch(text[a:b]) and not _YEAR_CELL.fullmatch(text[a:b]) for a, b in row[1:])
    )


_TOTAL_ROW = re.compile(r"\s*(?:total|totals|grand\s+total|all|overall)\b", re.I)


def _parts_of_total_row(rows: dict[int, TableRow], row_lines: list[tuple[int, int]], text: str) -> None:
    """A table with a "Total" row breaks that total down: every other row's figures are parts
    of it ("3rd  7" / "4th  29" / "Total  36"), not rival counts of the whole. (A row that names
    a place is that place's count already, a scope of its own: cluster/quantities.py.)"""
    if not any(rs in rows and _TOTAL_ROW.match(text, rs) for rs, _ in row_lines):
        return
    for rs, _ in row_lines:
        if rs in rows and not _TOTAL_ROW.match(text, rs):
            cells = tuple(c if c.place else replace(c, part=True) for c in rows[rs].cells)
            rows[rs] = replace(rows[rs], cells=cells)


def _credit(rows: dict[int, TableRow], row_lines: list[tuple[int, int]], source: str | None) -> None:
    if source is None:
        return
    for rs, _ in row_lines:
        if rs in rows:
            rows[rs] = replace(rows[rs], source=source)


# "Village-wise distribution of deaths:" and then "Hirapur: 14", "Kanpa: 9": a list of
# places, each line a figure of the count its heading names
_LIST_LINE = re.compile(r"\s*(?:[-•*]\s*)?(?P<label>[A-Z][^:\n]{0,40}?)\s*:\s*(?P<n>\d[\d,]*)\s*")
_WORD = re.compile(r"[a-z]+")


def _place_list(text: str, lines: list[tuple[int, int]], i: int) -> dict[int, TableRow] | None:
    hs, he = lines[i]
    words = _WORD.findall(text[hs:he].lower())
    count = next((w for w in reversed(words) if w in FACT_LABELS), None)
    if count is None:
        return None
    rows: dict[int, TableRow] = {}
    for rs, re_ in lines[i + 1 :]:
        m = _LIST_LINE.fullmatch(text, rs, re_)
        if m is None or _names_a_count(m.group("label")):
            break
        cell = CellReading(m.start("n"), m.end("n"), count, place=m.group("label"), part=True)
        rows[rs] = TableRow(rs, re_, (cell,))
    return rows if len(rows) >= 2 else None


# A plain-text table's cells: runs of words split by two spaces or more, or by tabs (a table
# pasted from a spreadsheet or a PDF); its data cells are figures ("1,204", "41–48", "200+",
# "-").
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
_TABBED_CELL = re.compile(r"[^\t]*[^\t\s][^\t]*")
# (a footnote's mark may follow a figure: "211*", "97†", "736(a)")
# (and a qualifier may come before it: "more than 70", "at least 110")
_FIGURE_CELL = re.compile(
    r"(?:(?:more\s+than|at\s+least|about|around|over|nearly|almost|up\s+to|some|fewer\s+than|less\s+than)\s+)?"
    r"[\d,.]+\+?(?:\s?[–-]\s?[\d,.]+)?(?:[*†‡]+|\([a-z1-9]\))?|[-–—]",
    re.I,
)


def _aligned_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    if "\t" in line.strip():
        cells = []
        for m in _TABBED_CELL.finditer(line):
            cell = m.group()
            a = start + m.start() + len(cell) - len(cell.lstrip())
            cells.append((a, start + m.start() + len(cell.rstrip())))
        return cells
    if "  " not in line.strip():
        return []
    return [(start + m.start(), start + m.end()) for m in _ALIGNED_CELL.finditer(line)]
