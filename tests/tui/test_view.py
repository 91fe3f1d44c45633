"""The review view model, without Textual: sort, filter, paging, weak reasons, formatting."""

from __future__ import annotations

import re

import subprocess
import sys

import pytest
from fixture_analysis import seed_analysis

from claimcheck.models import Category, ClusterStatus, Verdict, VerdictStatus
from claimcheck.tui.query import Filter, FilterError, SortKey, page, parse_filter, sort_key
from claimcheck.tui.text import display_text, format_interval
from claimcheck.tui.view import ClusterRow, ReviewModel, WeakReason, intervals_conflict, time_ref_key

C, E, A, S = ClusterStatus.CONFLICT, ClusterStatus.EVOLVING, ClusterStatus.AGREE, ClusterStatus.SINGLE


@pytest.fixture
def model() -> ReviewModel:
    return ReviewModel(seed_analysis(), {})


def claim_id(model: ReviewModel, mention: str) -> str:
    (match,) = [c.claim_id for c in model.analysis.claims if c.mention == mention]
    return match


# -- formatting ----------------------------------------------------------------------------------

INTERVALS = [
    ("exact", 42, 42, "42"),
    ("open-high", 200, None, "≥200"),
    ("open-low", None, 10, "≤10"),
    ("both-open", None, None, "…"),
    ("range", 2000, 9999, "2,000–9,999"),
    ("fraction", 9.9, 12.1, "9.9–12.1"),
    ("thousands", 6701, None, "≥6,701"),
]


@pytest.mark.parametrize(("low", "high", "expected"), [c[1:] for c in INTERVALS], ids=[c[0] for c in INTERVALS])
def test_format_interval(low, high, expected):
    assert format_interval(low, high) == expected


DISPLAY = [
    ("escape", "a\x1b[31mb", "a␛[31mb"),
    ("bell-and-null", "\x07\x00", "␇␀"),
    ("keeps-newline-and-tab", "a\n\tb", "a\n\tb"),
    ("carriage-return", "a\rb", "a␍b"),
    ("delete", "a\x7fb", "a␡b"),
    ("bidi-override", "a\u202eb", "a\ufffdb"),
    ("markup-untouched", "[bold]x[/]", "[bold]x[/]"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DISPLAY], ids=[c[0] for c in DISPLAY])
def test_display_text_makes_controls_visible_and_keeps_length(text, expected):
    shown = display_text(text)
    assert shown == expected
    assert len(shown) == len(text)


# -- filter parsing ------------------------------------------------------------------------------

FILTERS = [
    ("empty", "", Filter(text="")),
    ("words", "Armenian  Ombudsman", Filter(words=("armenian", "ombudsman"), text="Armenian  Ombudsman")),
    ("status", "status:conflict", Filter(statuses=frozenset({C}), text="status:conflict")),
    ("status-prefix", "status:evo", Filter(statuses=frozenset({E}), text="status:evo")),
    ("status-case", "STATUS:Agree", Filter(statuses=frozenset({A}), text="STATUS:Agree")),
    ("two-statuses", "status:conflict status:single", Filter(statuses=frozenset({C, S}), text="status:conflict status:single")),
    ("category", "category:killed", Filter(categories=frozenset({Category.KILLED}), text="category:killed")),
    ("category-short-key", "cat:wound", Filter(categories=frozenset({Category.WOUNDED}), text="cat:wound")),
    (
        "mixed",
        'status:agree "two civilians" news18',
        Filter(words=("two civilians", "news18"), statuses=frozenset({A}), text='status:agree "two civilians" news18'),
    ),
    ("unknown-key-is-a-word", "http://x", Filter(words=("http://x",), text="http://x")),
    ("story", "story:Ceasefire", Filter(stories=("ceasefire",), text="story:Ceasefire")),
    ("story-phrase", 'STORY:"March 2022"', Filter(stories=("march 2022",), text='STORY:"March 2022"')),
    ("story-typographic-quotes", "story:“march 2022”", Filter(stories=("march 2022",), text="story:“march 2022”")),
    ("story-unclosed-quote", 'story:"march 2022', Filter(stories=("march 2022",), text='story:"march 2022')),
    (
        "story-with-words",
        'story:karabakh 11 status:conflict',
        Filter(words=("11",), statuses=frozenset({C}), stories=("karabakh",), text="story:karabakh 11 status:conflict"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FILTERS], ids=[c[0] for c in FILTERS])
def test_parse_filter(text, expected):
    assert parse_filter(text) == expected


BAD_FILTERS = [
    ("unknown-status", "status:wrong", "unknown status 'wrong'"),
    ("ambiguous-prefix", "category:d", "unknown category 'd'"),  # detained / displaced
    ("empty-status", "status:", "unknown status ''"),
]


@pytest.mark.parametrize(("text", "message"), [c[1:] for c in BAD_FILTERS], ids=[c[0] for c in BAD_FILTERS])
def test_parse_filter_rejects_with_the_allowed_values(text, message):
    with pytest.raises(FilterError, match=message) as info:
        parse_filter(text)
    assert "use one of:" in str(info.value)


@pytest.mark.parametrize("text", ["story:", 'story:""', 'story:"  " killed'])
def test_an_empty_story_token_is_refused_with_an_example(text):
    with pytest.raises(FilterError, match=r"empty story:.*e\.g\. story:quake"):
        parse_filter(text)


MATCHES = [
    ("no-filter", "", 14),
    ("status-conflict", "status:conflict", ["wounded: people"]),
    ("status-agree", "status:agree", ["killed: civilians"]),
    ("two-statuses", "status:conflict status:evolving", ["wounded: people", "killed: people"]),
    ("category-wounded", "category:wounded", ["wounded: people", "wounded: people, by Wednesday"]),
    ("speaker-word", "ombudsman", ["wounded: people", "killed: civilians"]),
    ("outlet-word", "jpost", ["other: strikes"]),
    ("mention-phrase", '"army posts"', ["other: army posts"]),
    ("and-of-keys", "category:killed status:single landmine", ["killed: civilians, landmine", "killed: soldiers, landmine"]),
    ("nothing", "status:agree jpost", []),
    # the story's headline, not its claims: "ceasefire" is in no mention, speaker or outlet
    ("story-word", "story:ceasefire", ["other: strikes"]),
    ("story-phrase", 'story:"offensive, september"', 13),
    ("story-and-status", "story:karabakh status:agree", ["killed: civilians"]),
    ("story-words-all-match", "story:ceasefire story:september", []),
    ("story-is-not-searched-by-words", "ceasefire", []),
    ("story-from-the-start-of-a-word", "story:arch", []),  # not "March"
    ("story-word-start", "story:march", ["other: strikes"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MATCHES], ids=[c[0] for c in MATCHES])
def test_filter_selects_clusters(model, text, expected):
    labels = [row.label for row in model.cluster_rows(parse_filter(text))]
    if isinstance(expected, int):
        assert len(labels) == expected
    else:
        assert labels == expected


def brute_force_rows(analysis, verdicts, query, sort):
    """The cluster list worked out from scratch: every field of every claim searched anew."""
    claims = {c.claim_id: c for c in analysis.claims}
    rows = []
    for cluster in analysis.clusters:
        if query.statuses and cluster.status not in query.statuses:
            continue
        if query.categories and cluster.category not in query.categories:
            continue
        texts = [cluster.label]
        for cid in cluster.claim_ids:
            if cid in claims:
                texts += [claims[cid].mention, claims[cid].outlet or "", claims[cid].attributed_to or ""]
        if not all(any(word in text.casefold() for text in texts) for word in query.words):
            continue
        story = next(s.label for s in analysis.stories if s.story_id == cluster.story_id)
        if not all(re.search(r"(?<!\w)" + re.escape(word), story.casefold()) for word in query.stories):
            continue
        unverified = sum(
            1 for cid in cluster.claim_ids
            if cid not in verdicts or verdicts[cid].status is not VerdictStatus.VERIFIED
        )
        rows.append(
            ClusterRow(
                cluster_id=cluster.cluster_id, status=cluster.status, label=cluster.label,
                category=cluster.category, low=cluster.low, high=cluster.high, claims=len(cluster.claim_ids),
                origins=cluster.origins, unverified=unverified, disagreement=cluster.disagreement,
            )
        )
    rows.sort(key=sort_key(sort))
    return [(row.cluster_id, row.unverified) for row in rows]


QUERIES = [
    "", "ombudsman", "OMBUDSMAN", "killed", "killed civilians", '"army posts"', "jpost", "status:single",
    "category:killed landmine", "status:conflict status:evolving", "wounded status:conflict", "zzz", "e",
    "story:ceasefire", "story:2023 wounded", 'story:"nagorno-karabakh" category:killed', "story:march status:single",
    "story:arch", "story:karabakh",
]


@pytest.mark.parametrize("prepared", [False, True], ids=["lazy-index", "prepared-index"])
def test_filter_and_sort_equal_a_brute_force_filter(prepared):
    """Cached rows, orders and search text give exactly what filtering from scratch gives,
    also after verdicts change the unverified counts."""
    analysis = seed_analysis()
    model = ReviewModel(analysis, {})
    assert not model.search_ready
    if prepared:
        model.prepare_search()
        assert model.search_ready
    verdicts = {}

    def check():
        for text in QUERIES:
            query = parse_filter(text)
            for sort in SortKey:
                got = [(row.cluster_id, row.unverified) for row in model.cluster_rows(query, sort)]
                assert got == brute_force_rows(analysis, verdicts, query, sort), (text, sort)

    check()
    for claim in analysis.claims[::3]:
        verdicts[claim.claim_id] = Verdict(claim_id=claim.claim_id, status=VerdictStatus.VERIFIED)
        model.apply_verdict(verdicts[claim.claim_id])
    check()
    undone = analysis.claims[0].claim_id
    verdicts[undone] = Verdict(claim_id=undone, status=VerdictStatus.DISPUTED)
    model.apply_verdict(verdicts[undone])
    check()


# -- sort ----------------------------------------------------------------------------------------

SORTS = [
    (SortKey.STATUS, ["wounded: people", "killed: people", "killed: civilians", "displaced: residents"]),
    (SortKey.DISAGREEMENT, ["killed: people", "wounded: people", "killed: civilians", "displaced: residents"]),
    (SortKey.SIZE, ["wounded: people", "killed: civilians", "killed: people", "displaced: residents"]),
    (SortKey.LABEL, ["displaced: residents", "evacuated: civilians", "killed: civilians", "killed: civilians, landmine"]),
]


@pytest.mark.parametrize(("sort", "first"), SORTS, ids=[s.value for s, _ in SORTS])
def test_sort_orders(model, sort, first):
    assert [row.label for row in model.cluster_rows(sort=sort)][:4] == first


def test_status_sort_follows_status_order(model):
    statuses = [row.status for row in model.cluster_rows()]
    assert statuses == sorted(statuses, key=list(ClusterStatus).index)


def test_sort_key_cycles_through_every_order():
    seen = [SortKey.STATUS]
    while (nxt := seen[-1].next()) is not SortKey.STATUS:
        seen.append(nxt)
    assert seen == list(SortKey)


# -- paging --------------------------------------------------------------------------------------

PAGES = [
    ("first", 10, 0, 4, (0, 1, 2, 3), 0, 3),
    ("middle", 10, 1, 4, (4, 5, 6, 7), 1, 3),
    ("last-partial", 10, 2, 4, (8, 9), 2, 3),
    ("clamped-high", 10, 9, 4, (8, 9), 2, 3),
    ("clamped-low", 10, -1, 4, (0, 1, 2, 3), 0, 3),
    ("exact-fit", 8, 1, 4, (4, 5, 6, 7), 1, 2),
    ("empty", 0, 0, 4, (), 0, 1),
]


@pytest.mark.parametrize(("n", "number", "size", "items", "shown", "count"), [c[1:] for c in PAGES], ids=[c[0] for c in PAGES])
def test_page(n, number, size, items, shown, count):
    result = page(list(range(n)), number, size)
    assert (result.items, result.number, result.count, result.total) == (items, shown, count, n)


def test_page_size_must_be_positive():
    with pytest.raises(ValueError):
        page([1], 0, 0)


# -- weak reasons and rows -----------------------------------------------------------------------

WEAK = [
    ("hedged-in-conflict", "11 wounded", (WeakReason.HEDGED, WeakReason.IN_CONFLICT)),
    ("in-conflict", "23 wounded", (WeakReason.IN_CONFLICT,)),
    ("agree-not-weak", "2 civilians", ()),
    ("agree-hedged", "at least two civilians", (WeakReason.HEDGED,)),
    ("single-origin-series", "at least 213 people", (WeakReason.SINGLE_ORIGIN,)),
    ("hedged-single", "more than 400 others", (WeakReason.HEDGED, WeakReason.SINGLE_ORIGIN)),
    ("single", "Four strikes", (WeakReason.SINGLE_ORIGIN,)),
]


@pytest.mark.parametrize(("mention", "reasons"), [c[1:] for c in WEAK], ids=[c[0] for c in WEAK])
def test_weak_reasons(model, mention, reasons):
    assert model.weak_reasons(claim_id(model, mention)) == reasons


def test_superseded_is_a_weak_reason_and_never_in_conflict():
    analysis = seed_analysis()
    claims = [c.model_copy(update={"superseded": True}) if c.mention == "23 wounded" else c for c in analysis.claims]
    model = ReviewModel(analysis.model_copy(update={"claims": tuple(claims)}), {})
    assert model.weak_reasons(claim_id(model, "23 wounded")) == (WeakReason.SUPERSEDED,)
    # With 23 superseded, the two 11s agree with each other.
    assert model.weak_reasons(claim_id(model, "11 others")) == ()


def test_boundary_gap_is_not_a_conflict():
    """"30,000" vs "more than 30,000" miss by 1: not a conflict (DESIGN.md)."""
    a = seed_analysis().claims[0]
    assert not intervals_conflict(a.model_copy(update={"value_low": 30000, "value_high": 30000}), a.model_copy(update={"value_low": 30001, "value_high": None}))
    assert intervals_conflict(a.model_copy(update={"value_low": 11, "value_high": 11}), a.model_copy(update={"value_low": 23, "value_high": 23}))


def test_conflict_claims_are_ordered_by_value(model):
    rows = model.claim_rows("c01-wounded-people")
    assert [r.mention for r in rows] == ["11 wounded", "11 others", "23 wounded"]


def test_evolving_claims_are_a_timeline(model):
    rows = model.claim_rows("c03-killed-people")
    assert [(r.mention, r.when) for r in rows] == [
        ("at least 200 people", "2023-09-20"),
        ("at least 213 people", "2023-09-21 Thursday"),
    ]


TIME_REFS = [("years-first", "in 2020", "Tuesday"), ("weekday-order", "Tuesday", "on Thursday"), ("none-last", "yesterday", None)]


@pytest.mark.parametrize(("earlier", "later"), [c[1:] for c in TIME_REFS], ids=[c[0] for c in TIME_REFS])
def test_time_ref_order(earlier, later):
    assert time_ref_key(earlier) < time_ref_key(later)


def test_source_view_points_at_the_mention(model):
    for claim in model.analysis.claims:
        view = model.source_view(claim.claim_id)
        assert view is not None
        assert view.text[view.start : view.end] == claim.mention


# -- verdicts ------------------------------------------------------------------------------------


def test_unverified_counts_follow_verdicts(model):
    cid = claim_id(model, "23 wounded")
    assert model.cluster_row("c01-wounded-people").unverified == 3
    model.apply_verdict(Verdict(claim_id=cid, status=VerdictStatus.VERIFIED))
    assert model.cluster_row("c01-wounded-people").unverified == 2
    model.apply_verdict(Verdict(claim_id=cid, status=VerdictStatus.DISPUTED))
    assert model.cluster_row("c01-wounded-people").unverified == 3
    assert model.claim_row(cid).verdict is VerdictStatus.DISPUTED
    assert model.claim_row(cid).unverified


def test_initial_verdicts_are_counted():
    analysis = seed_analysis()
    cid = next(c.claim_id for c in analysis.claims if c.mention == "2 civilians")
    model = ReviewModel(analysis, {cid: Verdict(claim_id=cid, status=VerdictStatus.VERIFIED)})
    assert model.cluster_row("c02-killed-civilians").unverified == 2
    totals = model.verdict_totals()
    assert totals[VerdictStatus.VERIFIED] == 1
    assert totals[VerdictStatus.UNREVIEWED] == len(analysis.claims) - 1


def test_view_module_does_not_import_textual():
    """The view model is reachable without the UI toolkit (STYLE.md import hygiene)."""
    code = (
        "import sys, claimcheck.tui.view, claimcheck.tui.query, claimcheck.tui.text; "
        "print('textual' in sys.modules or 'rich' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
