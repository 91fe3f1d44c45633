"""Who published an article, from its dateline's wire credit and its date line."""

from __future__ import annotations

import pytest

from claimcheck.ingest.article import read_header
from claimcheck.ingest.outlet import outlet_from_dateline

DATELINES = [
    ("wire", "SAN SALVADOR, El Salvador (AP) - A powerful earthquake struck.", "AP"),
    ("wire-with-day", "KHANDAR, March 4 (Reuters) - Troops moved in.", "Reuters"),
    ("cnn", "(CNN) -- A powerful earthquake struck.", "CNN"),
    # a staff credit in brackets is no outlet
    ("staff-reporter", "MIRKOT (Staff Reporter): In district Sawal, 26 people died.", None),
    ("our-correspondent", "PESHAWAR (Our Correspondent): Police said 4 died.", None),
    ("no-credit", "Police said 4 people died on Monday.", None),
    ("place-country-day", "KELSO, Varna, June 9 (Reuters) - An air strike.", "Reuters"),
    ("two-places-slash", "PORTO ALEGRE/LIMA, March 3 (Reuters) - Talks ended.", "Reuters"),
    ("full-date", "KABUL, Afghanistan, Oct. 3, 2024 (AP) — A blast.", "AP"),
    ("bracket-mid-sentence", "Mr Smith said (in a statement): nothing.", None),
    ("presenter-label", "PRESENTER (ANA RUIZ): Good evening.", None),
]


@pytest.mark.parametrize(("line", "outlet"), [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_wire_credit_of_a_dateline(line, outlet):
    assert outlet_from_dateline(line) == outlet


def test_a_staff_credit_leaves_the_outlet_to_the_date_line():
    text = (
        "Sawal: toll rises to 26\n\nDaily Awaz | Mirkot | 23 August 2025\n\n"
        "MIRKOT (Staff Reporter): In district Sawal, 26 people have died.\n"
    )
    assert read_header(text).outlet == "Daily Awaz"


@pytest.mark.parametrize(("text", "outlet", "title"), [
    # a pasted article names its outlet by a label of its own, above or below the headline
    ("Floods kill 12 in Kestavia\nOutlet: Kestavia Herald\n12 March 2031\n\nFloods killed 12.\n",
     "Kestavia Herald", "Floods kill 12 in Kestavia"),
    ("Publisher: Radio Kestavia\nFloods kill 12 in Kestavia\n\nFloods killed 12.\n",
     "Radio Kestavia", "Floods kill 12 in Kestavia"),
    # ... and the label wins over a byline's or a wire's guess
    ("Floods kill 12\nOutlet: Kestavia Herald\nBy Ana Ruiz, The Daily Star\n\nFloods killed 12.\n",
     "Kestavia Herald", "Floods kill 12"),
    # a label is a name: never a date or a headline's figure ("Publication: 14 May 2051",
    # "Broadcaster: 4 of our reporters held"), and a date after its comma is the date's
    ("Publication: 14 May 2051\nFloods kill 12\n\nFloods killed 12.\n", None, "Publication: 14 May 2051"),
    ("Broadcaster: 4 of our reporters held in Tarsk\n\nFloods killed 12.\n", None,
     "Broadcaster: 4 of our reporters held in Tarsk"),
    ("Floods kill 12\nNewspaper: The Vell Courier, 3 June 2051\n\nFloods killed 12.\n", "The Vell Courier", "Floods kill 12"),
    # ... with figures of its own, a date after a dash or in brackets, a comma inside
    ("Outlet: Channel 4 News\nFloods kill 12\n\nFloods killed 12.\n", "Channel 4 News", "Floods kill 12"),
    ("Broadcaster: France 24\nFloods kill 12\n\nFloods killed 12.\n", "France 24", "Floods kill 12"),
    ("Outlet: Kestavia Herald (3 June 2051)\nFloods kill 12\n\nFloods killed 12.\n", "Kestavia Herald", "Floods kill 12"),
    ("Publisher: Smith, Jones & Co\nFloods kill 12\n\nFloods killed 12.\n", "Smith, Jones & Co", "Floods kill 12"),
    # a monitor's "Source:" names a quoted document's origin, never the outlet
    ("Digest of 4 May\nSource: Radio Orsk FM, 13:00 bulletin\n\nFloods killed 12.\n", None, "Digest of 4 May"),
])
def test_an_outlet_label_names_the_outlet(text, outlet, title):
    header = read_header(text)
    assert (header.outlet, header.title) == (outlet, title)


def test_an_outlet_label_s_date_is_the_publication_date():
    header = read_header("Floods kill 12\nNewspaper: The Vell Courier, 3 June 2051\n\nFloods killed 12.\n")
    assert str(header.published) == "2051-06-03"
