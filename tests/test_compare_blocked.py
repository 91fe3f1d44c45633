"""The blocked comparisons give what every pair compared would: origins and statuses of random
clusters against a reference that compares every pair of claims (the code before the blocking),
and the speaker memory's incremental name scan against a scan of the whole text each time.

The blocking exists so that a cluster of thousands of claims (a scraped feed of one story in
one file) costs about its claims, not their square; these tests say it changed no answer.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from rapidfuzz import fuzz

from claimcheck.compare import (
    _closing_name,
    _one_name,
    _restates,
    _revisions_by_source,
    bounds,
    compare_claims,
    comparable_bounds,
    origin_keys,
    overlaps,
    pair_relation,
)
from claimcheck.extract.speaker_memory import SpeakerMemory
from claimcheck.models import Claim, ClusterStatus
from claimcheck.compare import _speaker_tokens


def _reference_origins(claims: list[Claim]) -> list[int]:
    """Every pair of claims compared (the algorithm before it was blocked)."""
    n = len(claims)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    labels, names = [], []
    for c in claims:
        if c.attributed_to:
            labels.append(("speaker", _speaker_tokens(c.attributed_to)))
            names.append(_closing_name(c.attributed_to))
        else:
            labels.append(("outlet", frozenset({(c.outlet or c.source_id).lower()})))
            names.append(())
    figures = [bounds(c) for c in claims]
    covered = {
        i: {
            figures[j] for j in range(n)
            if labels[j][0] == "speaker" and claims[j].source_id == claims[i].source_id and overlaps(claims[i], claims[j])
        }
        for i in range(n) if labels[i][0] == "outlet"
    }
    for i in range(n):
        for j in range(i + 1, n):
            (ki, ti), (kj, tj) = labels[i], labels[j]
            same = False
            if ki == kj and ti and tj:
                same = ti == tj or (ki == "speaker" and (ti <= tj or tj <= ti or _one_name(names[i], names[j])))
            if not same and figures[i] == figures[j] and claims[i].source_id != claims[j].source_id:
                same = fuzz.ratio(claims[i].sentence, claims[j].sentence) >= 92
            if (
                not same and claims[i].source_id == claims[j].source_id and "outlet" in (ki, kj)
                and overlaps(claims[i], claims[j])
                and (len(covered[i if ki == "outlet" else j]) <= 1 or _restates(figures[i], figures[j]))
            ):
                same = True
            if same:
                parent[find(i)] = find(j)
    return [find(i) for i in range(n)]


def _reference_status(claims: list[Claim], scope: str = "") -> ClusterStatus:
    origins = _reference_origins(claims)
    active = [(c, o) for c, o in zip(claims, origins) if not c.superseded] or list(zip(claims, origins))
    revised = _revisions_by_source(claims)
    known = {id(c): comparable_bounds(c) for c in claims}
    relations = {
        pair_relation(a, b, oa, ob, claims, revised, known, scope)
        for i, (a, oa) in enumerate(active) for b, ob in active[i + 1 :]
    }
    if "conflict" in relations:
        return ClusterStatus.CONFLICT
    if "evolving" in relations or any(c.superseded for c in claims) and len(claims) > 1:
        return ClusterStatus.EVOLVING
    return ClusterStatus.AGREE if len(set(origins)) >= 2 else ClusterStatus.SINGLE


def _partition(keys: list[int]) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(k, set()).add(i)
    return {frozenset(g) for g in groups.values()}


SPEAKERS = [None, None, "the ministry", "Health Ministry", "ministry spokesman Ana Ruiz", "Ana Ruiz",
            "police", "the police", "Governor Ivo Brand", "the governor", "", "the"]
SENTENCES = [
    "At least {v} people were killed in the blast, officials said.",
    "At least {v} people were killed in the blast, officials said on Monday.",
    "The toll rose to {v} overnight as rescuers dug through the rubble.",
    "Hospital staff counted {v} bodies by the evening.",
    "Gunmen burned {v} houses in the village, residents said.",
]
DAYS = [None, dt.date(2001, 1, 14), dt.date(2001, 1, 15)]


def _random_cluster(rng: random.Random, n: int) -> list[Claim]:
    out: list[Claim] = []
    category, subjects = rng.choice([("killed", ["people", "civilians"]), ("other", ["houses", "homes", "people"])])
    for i in range(n):
        if out and rng.random() < 0.25:
            # a copy of an earlier claim, so that kinds of claim come interleaved
            out.append(rng.choice(out).model_copy(update={"claim_id": f"r{i:04d}"}))
            continue
        if out and rng.random() < 0.05:
            out.append(rng.choice(out))  # the same claim object again (a review found one case)
            continue
        v = rng.choice([12, 12, 15, 20, 40, 41])
        vague = rng.random() < 0.3
        sentence = rng.choice(SENTENCES).format(v=v)
        mention = str(v)
        source = rng.choice("abcd")
        out.append(Claim(
            claim_id=f"r{i:04d}", source_id=f"{source}.txt", outlet=rng.choice([None, f"Outlet {source}"]),
            published=rng.choice(DAYS), source_file=f"{source}.txt",
            start=sentence.index(mention), end=sentence.index(mention) + len(mention),
            mention=mention, sentence=sentence, number_text=mention,
            value_low=float(v), value_high=None if vague else float(v),
            category=category, subject=rng.choice(subjects), attributed_to=rng.choice(SPEAKERS),
            time_ref=rng.choice([None, "Monday", "Tuesday"]), superseded=rng.random() < 0.15,
        ))
    return out


@pytest.mark.parametrize("block", range(8))
def test_blocked_origins_and_status_match_every_pair_compared(block):
    # (100 random clusters a block: a rule that compares a pair in one order only, or skips
    # one origin's evolving figures, shows in a few hundred)
    for seed in range(block * 100, block * 100 + 100):
        rng = random.Random(seed)
        claims = _random_cluster(rng, rng.randint(2, 30))
        assert _partition(origin_keys(claims)) == _partition(_reference_origins(claims)), seed
        assert compare_claims(claims).status is _reference_status(claims), seed


def test_a_cluster_of_one_repeated_claim_is_one_origin_in_agreement():
    claims = _random_cluster(random.Random(1), 1)
    many = [claims[0].model_copy(update={"claim_id": f"x{i}", "superseded": False}) for i in range(500)]
    assert len(set(origin_keys(many))) == 1
    assert compare_claims(many).status is ClusterStatus.SINGLE


_NAME = re.compile(r"((?:[A-Z][\w\-]*(?:’s|'s)?[ \t]+){1,5}Governor(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*)?)\b")
WORDS = ["Governor", "Ivo", "Brand", "of", "the", "Province", "said", "12", "people", "Ana's", "died"]
BREAKS = [" ", " ", " ", ". ", ", ", "\n", "\t", "; "]


@pytest.mark.parametrize("seed", range(30))
def test_incremental_name_scan_matches_a_scan_of_the_whole_prefix(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(WORDS) + rng.choice(BREAKS) for _ in range(300))
    memory = SpeakerMemory(text)
    uptos = sorted(rng.randrange(len(text)) for _ in range(25))
    uptos += [rng.randrange(len(text)) for _ in range(5)]  # and a few going back
    for upto in uptos:
        found = _NAME.findall(text[:upto])
        assert memory._last_match(_NAME, upto) == (found[-1] if found else None), upto


def test_one_origin_s_thousands_of_figures_compare_no_pair_one_by_one(monkeypatch):
    """A scraped feed of one story in one file: 2,000 figures of one speaker's running count.
    Counted, not timed: no pair of them goes through `pair_relation` (they were 2 million)."""
    import claimcheck.compare as compare

    calls = []
    real = compare.pair_relation
    monkeypatch.setattr(compare, "pair_relation", lambda *a, **k: calls.append(1) or real(*a, **k))
    claims = []
    for i in range(2000):
        sentence = f"Police said {i} people died."
        claims.append(Claim(
            claim_id=f"p{i}", source_id="feed.txt", source_file="feed.txt", start=12, end=12 + len(str(i)),
            mention=str(i), sentence=sentence, number_text=str(i), value_low=float(i), value_high=float(i),
            category="killed", subject="people", attributed_to="Police",
        ))
    assert compare.compare_claims(claims).status is ClusterStatus.EVOLVING
    assert calls == []


def test_a_claim_given_twice_keeps_the_pair_order_of_its_first_place():
    """[q, p, q] with q given twice: the pair (q, p) comes first, and a pair's relation may
    read its first claim's subject (a review found the last place used instead)."""

    def make(i: int, subject: str, value: int, day: int, source: str, speaker: str) -> Claim:
        sentence = f"Gunmen destroyed {value} homes in the raid on day {i}."
        at = sentence.index(str(value))
        return Claim(
            claim_id=f"x{i}", source_id=source, source_file=source, start=at, end=at + len(str(value)),
            mention=str(value), sentence=sentence, number_text=str(value), value_low=float(value),
            value_high=float(value), category="other", subject=subject, attributed_to=speaker,
            published=dt.date(2001, 1, day),
        )

    p = make(1, "houses", 50, 15, "a.txt", "police")
    q = make(2, "people", 20, 14, "b.txt", "residents")
    for claims in ([q, p, q], [p, q, p], [p, q], [q, p]):
        assert compare_claims(claims).status is _reference_status(claims)
