"""Markdown tables: a cell's figure is counted by its column header (or its row label).

The tables are written for these tests; each row of TABLES is (table, figure, expected
category, subject, time_ref, place, part_of_total).
"""

from __future__ import annotations

import pytest

from claimcheck.extract.tables import table_rows
from tests.extract.support import claim_with, extract

MONTHLY = """Monthly casualty figures recorded by the monitor:

| Month | Civilians killed | Of whom women | Injured | Strikes |
|:------|-----------------:|--------------:|--------:|--------:|
| January 2025 | 310–355 | 41–48 | 1,204 | 77 |
| February 2025 | 288 | 36 | 990 | 64 |

The figures are provisional.
"""

BY_PROVINCE = """Displacement by province, as of 3 April:

Province | People displaced | Missing
--- | --- | ---
Kessar | 41,500 | 120
Urvan | 8,200 | 35
"""

INDICATORS = """| Indicator | Figure |
|---|---|
| Deaths | 57 |
| Injured | 212 |
| Shelters open | 19 |
| Area burned (hectares) | 3,400 |
"""

TABLES = [
    (MONTHLY, "310–355", "killed", "civilians", "January 2025", None, False),
    (MONTHLY, "41–48", "killed", "women", "January 2025", None, True),
    (MONTHLY, "1,204", "wounded", "people", "January 2025", None, False),
    (MONTHLY, "77", "other", "strikes", "January 2025", None, False),
    (MONTHLY, "288", "killed", "civilians", "February 2025", None, False),
    (MONTHLY, "990", "wounded", "people", "February 2025", None, False),
    (BY_PROVINCE, "41,500", "displaced", "people", None, "Kessar", False),
    (BY_PROVINCE, "35", "missing", "people", None, "Urvan", False),
    (INDICATORS, "57", "killed", "people", None, None, False),
    (INDICATORS, "212", "wounded", "people", None, None, False),
]


@pytest.mark.parametrize(("text", "figure", "category", "subject", "time_ref", "place", "part"), TABLES)
def test_a_cell_is_counted_by_its_header(text, figure, category, subject, time_ref, place, part):
    claim = claim_with(text, figure)
    assert (claim.category.value, claim.subject, claim.time_ref, claim.place, claim.part_of_total) == (
        category, subject, time_ref, place, part,
    )
    # offsets point at the cell itself, and the sentence is the row as the file has it
    assert text[claim.start : claim.end] == claim.mention == figure
    assert claim.sentence in text and claim.sentence.startswith(("|", "Kessar", "Urvan"))


def test_period_labels_are_no_claims():
    """The years and days of the first column are what the rows are, never figures."""
    mentions = {c.mention for c in extract(MONTHLY)}
    assert not any("2025" in m for m in mentions)
    assert {c.mention for c in extract(BY_PROVINCE)} == {"41,500", "120", "8,200", "35"}


def test_a_measure_is_no_claim_and_a_count_of_things_is_other():
    """A row label that names what is counted makes an `other` count ("19 shelters"); one that
    names a measure ("hectares") makes none."""
    claims = extract(INDICATORS)
    assert [(c.mention, c.category.value, c.subject) for c in claims] == [
        ("57", "killed", "people"), ("212", "wounded", "people"), ("19", "other", "shelters"),
    ]


def test_two_rows_with_the_same_cells_have_distinct_ids():
    text = "| Day | Killed |\n|---|---|\n| Monday | 4 |\n| Tuesday | 4 |\n"
    claims = extract(text)
    assert [c.time_ref for c in claims] == ["Monday", "Tuesday"]
    assert len({c.claim_id for c in claims}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "| Killed | 4 |\n| Injured | 9 |\n",  # no separator line: each line reads on its own
        "Killed | Injured\nfour | nine\n",
        "| Killed | Injured |\n|--|--|\n| 4 | 9 |\n",  # a separator needs three dashes a cell
        "No pipes at all.\n---\n",
    ],
)
def test_no_separator_no_table(text):
    assert table_rows(text) == {}


def test_a_row_of_bare_pipes_reads_on_its_own():
    """Without a header the old reading holds: "| Killed | 4 |" is a fact-box line."""
    claims = extract("| Killed | 4 |\n| Injured | 9 |\n")
    assert [(c.mention, c.category.value) for c in claims] == [("4", "killed"), ("9", "wounded")]


def test_rows_end_at_the_first_line_without_a_pipe():
    rows = table_rows(MONTHLY)
    assert len(rows) == 2
    assert all(MONTHLY[r.start : r.end].startswith("| ") for r in rows.values())


ALIGNED = """Table 2. Cases and deaths by district

District      Deaths   Injured   Contacts traced
Orvel             12        40               310
Kanto              3         9                55
TOTAL             15        49               365

Source: district health offices.
"""


@pytest.mark.parametrize(
    ("figure", "category", "subject", "place"),
    [
        ("12", "killed", "people", "Orvel"),
        ("9", "wounded", "people", "Kanto"),
        ("310", "other", "contacts", "Orvel"),
        ("15", "killed", "people", None),  # the total row is the whole, in no district
        ("365", "other", "contacts", None),
    ],
)
def test_a_plain_text_table_aligned_with_spaces(figure, category, subject, place):
    [claim] = [c for c in extract(ALIGNED) if c.mention == figure]
    assert (claim.category.value, claim.subject, claim.place) == (category, subject, place)
    assert ALIGNED[claim.start : claim.end] == figure


TABBED = (
    "Table 3. Figures published by the agency, 3-9 May 2030\n"
    "Date\tDead\tMissing\tIn relief camps\n"
    "3 May, 07:00\t9\t150+\t-\n"
    "3 May, 19:00\t22\t\t140\t4,000\n"
    "5 May\t35\t88\t5,200\n"
    "\n"
    "The agency stopped publishing on 9 May.\n"
)


@pytest.mark.parametrize(
    ("figure", "category", "low", "high", "time_ref"),
    [
        ("9", "killed", 9, 9, "3 May, 07:00"),
        ("150+", "missing", 150, None, "3 May, 07:00"),  # "200+": more than, open above
        ("140", "missing", 140, 140, "3 May, 19:00"),  # two tabs are one gap, as two spaces are
        ("4,000", "displaced", 4000, 4000, "3 May, 19:00"),
        ("5,200", "displaced", 5200, 5200, "5 May"),
    ],
)
def test_a_table_with_tab_separated_columns(figure, category, low, high, time_ref):
    """A table pasted from a spreadsheet or a PDF: columns split by tabs, not pipes or spaces."""
    [claim] = [c for c in extract(TABBED) if c.mention == figure]
    assert (claim.category.value, claim.value_low, claim.value_high, claim.time_ref) == (category, low, high, time_ref)
    assert TABBED[claim.start : claim.end] == figure


def test_tabbed_prose_is_no_table():
    assert table_rows("Note:\tfigures are provisional.\nSee:\tannex 2.\n") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Name      Role      Town\nAna Ruiz  Mayor     Kelso\n",  # no figures in the rows
        "The   storm   hit   hard.\n12   people   died.\n",  # spaced prose, not a header of names
    ],
)
def test_spaced_text_without_rows_of_figures_is_no_table(text):
    assert table_rows(text) == {}


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a caption above the header names who published the figures
        ("Table 4. Figures published by the Civil Protection Agency (CPA), 3-9 May\n"
         "Date\tDead\tMissing\n3 May\t9\t150+\n5 May\t35\t88\n", "35", "the Civil Protection Agency (CPA)"),
        ("Casualty figures as reported by the health ministry\n\n"
         "| District | Deaths |\n|---|---|\n| Orvo | 12 |\n", "12", "the health ministry"),
        # ... or a source line right below the last row
        ("| District | Deaths |\n|---|---|\n| Orvo | 12 |\n\nSource: district health offices.\n", "12", "district health offices"),
        # a caption that names no one leaves the figures the article's own
        ("Table 1. Deaths by district\n\n| District | Deaths |\n|---|---|\n| Orvo | 12 |\n", "12", None),
    ],
)
def test_a_tables_caption_or_source_line_says_who_gave_its_figures(text, figure, source):
    [claim] = [c for c in extract(text) if c.mention == figure]
    assert claim.attributed_to == source



SHELTERS = (
    "| Area | Evacuation centres | People |\n|---|---|---|\n"
    "| Norra town | 17 | 6,940 |\n| Vesta | 9 | 3,120 |\n| Total | 26 | 10,060 |\n"
)


@pytest.mark.parametrize(
    ("figure", "category", "place"),
    [
        ("6,940", "displaced", "Norra town"),  # the people in the evacuation centres
        ("10,060", "displaced", None),
        ("17", "other", "Norra town"),  # the centres themselves
    ],
)
def test_a_column_of_people_beside_a_column_of_shelters_counts_the_displaced(figure, category, place):
    [claim] = [c for c in extract(SHELTERS) if c.mention == figure]
    assert (claim.category.value, claim.place) == (category, place)


def test_a_column_of_people_without_shelters_is_not_displaced():
    text = "| District | Schools | People |\n|---|---|---|\n| Orvo | 4 | 1,200 |\n"
    [claim] = [c for c in extract(text) if c.mention == "1,200"]
    assert claim.category.value != "displaced"


PATIENTS = """Patients by hospital, 07:00 Tuesday

Hospital               Admitted  Critical  Serious  Died
Northgate General            17         3        5     1
Riverside Infirmary           8         -        2     -
Total                        25         3        7     1
"""


@pytest.mark.parametrize(
    ("figure", "row", "category", "place", "part"),
    [
        ("17", "Northgate", "wounded", "Northgate General", False),
        ("3", "Northgate", "wounded", "Northgate General", True),  # a state of those admitted
        ("1", "Northgate", "killed", "Northgate General", False),
        ("8", "Riverside", "wounded", "Riverside Infirmary", False),
        ("7", "Total", "wounded", None, True),
    ],
)
def test_a_hospital_table_reads_its_columns_by_what_befell_the_patients(figure, row, category, place, part):
    """"Critical", "Serious", "Died" over a hospital's rows name the hurt and the dead; a
    hospital column is where they are."""
    line = next(i for i in PATIENTS.splitlines() if i.startswith(row))
    at = PATIENTS.index(line)
    [claim] = [c for c in extract(PATIENTS) if c.mention == figure and at <= c.start < at + len(line)]
    assert (claim.category.value, claim.place, claim.part_of_total) == (category, place, part)


BY_SOURCE = """Fighters killed (as of 2 June)
                   Claimed by rivals   Named by Valmont Monitor   Health ministry
Northern brigade   more than 60        14                         12
Southern brigade   at least 90         21                         19
"""


@pytest.mark.parametrize(
    ("figure", "low", "high", "source"),
    [
        ("more than 60", 61, None, None),  # "rivals" names no one
        ("14", 14, 14, "Valmont Monitor"),
        ("19", 19, 19, "Health ministry"),
        ("at least 90", 90, None, None),
    ],
)
def test_a_caption_counts_a_table_whose_columns_are_its_sources(figure, low, high, source):
    """A header over the data columns only (its corner blank), columns of who gave each
    figure, and a caption that says what every cell counts."""
    [claim] = [c for c in extract(BY_SOURCE) if c.mention == figure]
    assert (claim.category.value, claim.value_low, claim.value_high, claim.attributed_to) == ("killed", low, high, source)
    assert BY_SOURCE[claim.start : claim.end] == figure


DAMAGE = """Houses damaged by district

District    Severe   Moderate   Minor
North           12         40      100
South            5         22       61
"""


def test_severity_columns_over_houses_are_no_patients():
    """"Severe  Moderate  Minor" counts the hurt only in a table of patients (a column of
    hospitals, of the dead or of the admitted); over houses it is damage."""
    assert not [c for c in extract(DAMAGE) if c.category.value == "wounded"]
