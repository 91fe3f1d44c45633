"""Compare the claims of one quantity: conflict, evolving, agree or single (DESIGN.md).

The judgement an analyst wants is "do these sources disagree about the same moment?", so a
gap between two figures is a conflict only when neither is superseded, they come from
independent origins, and time cannot explain it: a toll that grows from one day's report to
the next, or that a source says it revised, is evolving.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.extract.lexicon import FLOOR_PHRASES, LASTING_DAMAGE_WORDS, MONTHS, THING_SUBJECTS, WEEKDAYS
from claimcheck.models import Category, Claim, ClusterStatus

INF = math.inf
# Counts that run over time (a toll grows, detainees are freed): a later, different figure is
# a new moment, not a contradiction. So do the tallies of things a disaster damages or an
# agency opens ("11 bridges" on Tuesday, "23 bridges" on Saturday; THING_SUBJECTS); other
# counts of people ("64 passengers on board", a crowd) do not.
RUNNING_COUNTS = frozenset({
    Category.KILLED, Category.WOUNDED, Category.MISSING, Category.DISPLACED,
    Category.EVACUATED, Category.DETAINED, Category.TROOPS,
})
_SPEAKER_STOP = frozenset({
    "the", "a", "an", "of", "and", "'s", "’s", "s", "in", "for", "said", "news", "agency",
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister",
    "ministry", "president", "deputy", "secretary", "director", "head", "chief",
})
# Tolls that only grow: a later, lower figure from another origin is a rival count, not a new
# moment. Missing, detained or displaced people are found, freed or return, so theirs can fall.
CUMULATIVE_COUNTS = frozenset({Category.KILLED, Category.WOUNDED})
# Scopes of the hurt that count who is still somewhere, not who was ever hurt: patients go
# home, the critical recover, hostages are freed ("31 remain in hospital" on Friday, "29" on
# Saturday is a new moment).
STOCK_SCOPES = frozenset({"in hospital", "critical", "intensive care", "remaining"})
_FLOOR = re.compile(
    rf"^[^.;]{{0,40}}?\b(?:{'|'.join(re.escape(p) for p in FLOOR_PHRASES)})\b", re.I
)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


@dataclass(frozen=True, slots=True)
class Comparison:
    status: ClusterStatus
    low: float | None
    high: float | None
    origins: int
    disagreement: float


def bounds(c: Claim) -> tuple[float, float]:
    return (c.value_low if c.value_low is not None else 0.0,
            c.value_high if c.value_high is not None else INF)


def comparable_bounds(c: Claim) -> tuple[float, float]:
    """Bounds for comparing: "61 people were known to have died" is a floor of the toll,
    so it does not contradict "close to 100" even though its own interval is [61, 61]."""
    low, high = bounds(c)
    pos = c.sentence.find(c.mention)
    if pos >= 0 and _FLOOR.match(c.sentence[pos + len(c.mention):]):
        return low, INF
    return low, high


def _gap_is_qualifier_edge(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """"30,000" vs "more than 30,000" miss each other by 1: not a conflict."""
    lo, hi = (a, b) if a[1] < b[0] else (b, a)
    gap = hi[0] - lo[1]
    return gap <= 1 or gap <= 0.005 * max(abs(hi[0]), abs(lo[1]))


def overlaps(a: Claim, b: Claim, known: Mapping[int, tuple[float, float]] | None = None) -> bool:
    """`known`: comparable bounds by claim id(), worked out once per cluster rather than once
    per pair (a regex over the sentence each time)."""
    x = known[id(a)] if known is not None else comparable_bounds(a)
    y = known[id(b)] if known is not None else comparable_bounds(b)
    if x[0] <= y[1] and y[0] <= x[1]:
        return True
    return _gap_is_qualifier_edge(x, y)


def _speaker_tokens(name: str) -> frozenset[str]:
    words = re.findall(r"[\w\-]+", name.lower().replace("’s", "").replace("'s", ""))
    return frozenset(w for w in words if w not in _SPEAKER_STOP)


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w\-’']*\s+)+[A-Z][\w\-’']*$")


def _closing_name(speaker: str) -> tuple[str, ...]:
    """The run of capitalised words a speaker ends on, lower-cased ("NFR chief PRO Sabyasachi
    De" -> pro sabyasachi de); () when there is none of two words or more."""
    m = _CAPITALISED_RUN.search(speaker.strip())
    return tuple(m.group().lower().split()) if m else ()


def _one_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two speakers closing on one name of two words or more: "chief public relations officer
    Sabyasachi De" and "NFR chief PRO Sabyasachi De" are one person, whatever their titles."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and long_[len(long_) - len(short):] == short


def origin_keys(claims: Sequence[Claim]) -> list[int]:
    """An origin number per claim: one ministry quoted by two outlets is one origin, a claim
    without attribution is its outlet's own (unless the outlet credits the same figure to
    someone elsewhere in the article), and wire copies (near-identical sentences) are one
    origin.

    Claims alike in all the test below reads (speaker, figure, source, sentence) are alike to
    every other claim too, so the test runs once per kind of claim: a story that repeats one
    figure thousands of times costs its kinds, not the square of its claims.
    """
    n = len(claims)
    kinds: dict[tuple, int] = {}
    kind_of: list[int] = []
    reps: list[int] = []  # the first claim of each kind
    last: list[int] = []  # ... and its last
    labels: list[tuple[str, frozenset[str]]] = []
    names: list[tuple[str, ...]] = []
    figures: list[tuple[float, float]] = []
    for i, c in enumerate(claims):
        if c.attributed_to:
            label, name = ("speaker", _speaker_tokens(c.attributed_to)), _closing_name(c.attributed_to)
        else:
            label, name = ("outlet", frozenset({(c.outlet or c.source_id).lower()})), ()
        key = (label, name, c.value_low, c.value_high, c.source_id, c.sentence, c.mention)
        k = kinds.setdefault(key, len(reps))
        if k == len(reps):
            reps.append(i)
            last.append(i)
            labels.append(label)
            names.append(name)
            figures.append(bounds(c))
        kind_of.append(k)
        last[k] = i
    rep_claims = [claims[r] for r in reps]
    m = len(reps)
    # (each kind's bounds as compared, worked out once: a regex over the sentence each time)
    known = {id(c): comparable_bounds(c) for c in rep_claims}
    # an article's kinds, its outlet's own (by the outlet label) and its speakers'
    own_kinds: dict[str, dict[tuple[str, frozenset[str]], list[int]]] = defaultdict(lambda: defaultdict(list))
    credited: dict[str, list[int]] = defaultdict(list)
    for i in range(m):
        if labels[i][0] == "outlet":
            own_kinds[rep_claims[i].source_id][labels[i]].append(i)
        else:
            credited[rep_claims[i].source_id].append(i)
    # for an outlet's own figure, the distinct attributed figures of its article it overlaps:
    # a headline's "Dozens killed" covering the police's 34 restates it, but one covering the
    # police's 84 and the defenders' 92 restates neither
    covered: dict[int, set[tuple[float, float]]] = {}
    for source, groups in own_kinds.items():
        for members in groups.values():
            for i in members:
                covered[i] = {
                    figures[j] for j in credited[source] if overlaps(rep_claims[i], rep_claims[j], known)
                }

    parent = list(range(m))
    joined = [False] * m  # alike to itself or to another kind: one origin for all its claims

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def first_before(i: int, j: int) -> bool:
        """Some claim of kind i comes before some claim of kind j."""
        return reps[i] < last[j]

    def link(i: int, j: int) -> None:
        joined[i] = joined[j] = True
        parent[find(i)] = find(j)

    # Two kinds are one origin when any of three tests holds; each is run only on the pairs
    # it can hold for (one speaker, one figure, one article), and not on pairs already joined,
    # so a cluster of thousands of claims costs about its claims, not their square.
    # 1. One speaker: the same words ("the ministry" twice), or one speaker's words within
    # the other's, or one name closing both; one outlet's own figures.
    by_label: dict[tuple[str, frozenset[str]], list[int]] = defaultdict(list)
    for i in range(m):
        if labels[i][1]:
            by_label[labels[i]].append(i)
    for members in by_label.values():
        for i in members:
            link(i, members[0])
    speakers: dict[tuple[frozenset[str], tuple[str, ...]], int] = {}
    for i in range(m):
        if labels[i][0] == "speaker" and labels[i][1]:
            speakers.setdefault((labels[i][1], names[i]), i)
    distinct = list(speakers.items())
    for a in range(len(distinct)):
        (ta, na), i = distinct[a]
        for (tb, nb), j in distinct[a + 1 :]:
            if find(i) != find(j) and (ta <= tb or tb <= ta or _one_name(na, nb)):
                link(i, j)
    # 2. Copies carry the same figure: near-identical sentences of two sources.
    by_figure: dict[tuple[float, float], list[int]] = defaultdict(list)
    for i in range(m):
        by_figure[figures[i]].append(i)
    for members in by_figure.values():
        for a, i in enumerate(members):
            for j in members[a + 1 :]:
                if (
                    rep_claims[i].source_id != rep_claims[j].source_id and find(i) != find(j)
                    and fuzz.ratio(rep_claims[i].sentence, rep_claims[j].sentence) >= 92
                ):
                    link(i, j)
    # 3. A headline's "Flood kills 12" and its body's "12 were killed, police said": the
    # outlet restates the figure it credits, one origin, not two (an article's own figures
    # under one outlet label are one origin already, by test 1).
    for source, groups in own_kinds.items():
        for i in (i for members in groups.values() for i in members):
            for j in credited[source]:
                if find(i) != find(j) and overlaps(rep_claims[i], rep_claims[j], known) and (
                    len(covered[i]) <= 1 or _restates(figures[i], figures[j])
                ):
                    link(i, j)
        outlets = list(groups.values())
        for a in range(len(outlets)):
            for b in range(a + 1, len(outlets)):
                # two outlet labels of one article (its outlet named on some claims only):
                # a pair of claims reads the coverage of the earlier one's kind
                for i in outlets[a]:
                    for j in outlets[b]:
                        if find(i) == find(j) or not overlaps(rep_claims[i], rep_claims[j], known):
                            continue
                        if _restates(figures[i], figures[j]) or (first_before(i, j) and len(covered[i]) <= 1) or (
                            first_before(j, i) and len(covered[j]) <= 1
                        ):
                            link(i, j)
    return [find(k) if joined[k] else m + i for i, k in enumerate(kind_of)]


def _restates(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """One figure given twice ("12" and "at least 12" share an end). Where an outlet's vague
    figure covers two different attributed ones of its article ("dozens of bodies" and the
    police's 84 and the defenders' 92), only such a restatement joins it to one of them."""
    return a[0] == b[0] or a[1] == b[1]


def _moment(c: Claim) -> str | None:
    """A specific time reference: a weekday, a date or a year; vague ones ("so far") are None."""
    if not c.time_ref:
        return None
    m = _DATE.search(c.time_ref)
    if m:
        return "date:" + " ".join(x.lower() for x in m.groups() if x)
    m = _WEEKDAY.search(c.time_ref)
    if m:
        return "day:" + m.group(1).lower()
    m = _YEAR.search(c.time_ref)
    return "year:" + m.group(1) if m else None


def _same_moment(a: Claim, b: Claim) -> bool:
    ma, mb = _moment(a), _moment(b)
    if ma and mb and ma != mb:
        return False
    if a.published and b.published and a.published != b.published:
        return False
    if not (ma and mb) and (a.published is None) != (b.published is None):
        return False  # one report undated, the other dated: which came first is unknown
    return True


def _day_of_year(c: Claim) -> int | None:
    """The month and day a figure's own time reference names ("20 June", "June 21"), as
    month * 32 + day: a column of 27 June restating "the ministry's 23 deaths on 20 June"
    gives a figure older than a bulletin's 25 of 21 June."""
    m = _DATE.search(c.time_ref) if c.time_ref else None
    if m is None:
        return None
    month_name, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    month = MONTHS.get(month_name.lower())
    return month * 32 + int(day) if month else None


def _later(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """(earlier, later) where the figures' own dates, publication dates or weekdays order
    the pair."""
    da, db = _day_of_year(a), _day_of_year(b)
    same_year = a.published is None or b.published is None or a.published.year == b.published.year
    if da is not None and db is not None and da != db and same_year:
        return (a, b) if da < db else (b, a)
    if a.published and b.published and a.published != b.published:
        return (a, b) if a.published < b.published else (b, a)
    ma, mb = _moment(a), _moment(b)
    if ma and mb and ma.startswith("day:") and mb.startswith("day:") and ma != mb:
        ia, ib = WEEKDAYS.index(ma[4:]), WEEKDAYS.index(mb[4:])
        return (a, b) if ia < ib else (b, a)
    return None


def _revisions_by_source(cluster: Sequence[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in cluster:
        if c.superseded:
            out.setdefault(c.source_id, []).append(c)
    return out


def _revision_explains(
    later: Claim, other: Claim, revised: dict[str, list[Claim]],
    known: Mapping[int, tuple[float, float]] | None = None,
) -> bool:
    """The later source itself says it revised a figure like `other`'s."""
    return any(overlaps(c, other, known) for c in revised.get(later.source_id, ()))


def pair_relation(
    a: Claim, b: Claim, origin_a: int, origin_b: int, cluster: Sequence[Claim],
    revised: dict[str, list[Claim]] | None = None,
    known: Mapping[int, tuple[float, float]] | None = None,
    scope: str = "",
) -> str:
    """'agree', 'conflict' or 'evolving' for two claims of one quantity."""
    if overlaps(a, b, known):
        return "agree"
    if a.superseded or b.superseded or origin_a == origin_b:
        return "evolving"
    if revised is None:
        revised = _revisions_by_source(cluster)
    if _revision_explains(a, b, revised, known) or _revision_explains(b, a, revised, known):
        return "evolving"
    if a.category not in RUNNING_COUNTS and a.subject not in THING_SUBJECTS:
        return "conflict"  # people in a count of its own ("64 passengers on board") do not run
    if _same_moment(a, b):
        return "conflict"
    order = _later(a, b)
    if order is not None and (a.category in CUMULATIVE_COUNTS or _lasting_damage(a, b)) and scope not in STOCK_SCOPES:
        earlier, later = order
        if bounds(later)[1] < bounds(earlier)[0]:
            return "conflict"  # rival counts: time cannot explain a running count falling
    return "evolving"


_LASTING_DAMAGE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in LASTING_DAMAGE_WORDS) + r")\b", re.I)


def _lasting_damage(a: Claim, b: Claim) -> bool:
    """Both count buildings burned or destroyed: a count that cannot fall. The damage word must
    be the figure's own ("163 homes were burned"), not another clause's ("400 homes were
    flooded and the old bridge was destroyed")."""
    return a.subject in THING_SUBJECTS and all(_own_damage(c) for c in (a, b))


def _own_damage(c: Claim) -> bool:
    at = c.sentence.find(c.mention)
    if at == -1:
        return False
    before = _CLAUSE_CUT.split(c.sentence[:at])[-1]  # "gunmen burned 356 houses"
    after = _CLAUSE_CUT.split(c.sentence[at + len(c.mention) :], 1)[0]  # "163 homes were burned"
    return _LASTING_DAMAGE.search(before + c.mention + after) is not None


_CLAUSE_CUT = re.compile(r"[,;]|\s+and\s+(?=(?:the|a|an)\s)|\s+but\s+")


def _modal_share(claims: Sequence[Claim]) -> float:
    """Share of claims outside the point covered by most intervals."""
    if not claims:
        return 0.0
    events: list[tuple[float, int]] = []
    for c in claims:
        lo, hi = bounds(c)
        events.append((lo, 0))
        events.append((hi, 1))
    events.sort()
    best = cur = 0
    for _, kind in events:
        if kind == 0:
            cur += 1
            best = max(best, cur)
        else:
            cur -= 1
    return round(1 - best / len(claims), 3)


def _relations(
    active: list[tuple[Claim, int]], claims: Sequence[Claim], revised: dict[str, list[Claim]],
    known: Mapping[int, tuple[float, float]], scope: str,
) -> set[str]:
    """Whether some pair of `active` is in conflict, and else whether some pair is evolving:
    all the status needs of `pair_relation` over every pair, in the order the pairs come
    (a pair's relation may read its first claim's subject), at about the cost of the claims
    rather than their square (a scraped feed of one story in one file holds thousands of a
    quantity's claims).

    * Claims alike in all a relation reads are one kind: a kind is compared once with each
      other kind, in each order its claims come in.
    * Claims of one origin are never in conflict, and are evolving only where two of them do
      not overlap: intervals that miss each other anywhere miss each other at the ends
      (the highest low against the lowest high), tolerance at a qualifier's edge included.
    * When the ends overlap, every pair does. The scan of the other pairs stops at the first
      conflict, which settles the status.
    """
    relations: set[str] = set()
    kinds: dict[tuple, int] = {}
    first: list[tuple[Claim, int]] = []  # (claim, origin) of each kind, in order
    last: list[int] = []  # where each kind's last claim comes
    for at, (c, o) in enumerate(active):
        key = (
            known[id(c)], c.value_low, c.value_high, c.superseded, o, c.source_id, c.category, c.subject,
            c.time_ref, c.published, c.sentence, c.mention,
        )
        k = kinds.setdefault(key, len(first))
        if k == len(first):
            first.append((c, o))
            last.append(at)
        else:
            relations.add("agree")  # two claims alike overlap
            last[k] = at
    if len(first) > 1:
        a = max(range(len(first)), key=lambda k: known[id(first[k][0])][0])
        b = min(range(len(first)), key=lambda k: known[id(first[k][0])][1])
        if a == b or overlaps(first[a][0], first[b][0], known):
            relations.add("agree")  # every pair overlaps: no conflict, nothing evolving
            return relations
    begins: dict[int, int] = {}
    for at, (c, _) in enumerate(active):
        begins.setdefault(id(c), at)  # (the first place: one claim object may be given twice)
    by_origin: dict[int, list[int]] = defaultdict(list)
    for k, (_, o) in enumerate(first):
        by_origin[o].append(k)
    for members in by_origin.values():
        if len(members) > 1:
            a = max(members, key=lambda k: known[id(first[k][0])][0])
            b = min(members, key=lambda k: known[id(first[k][0])][1])
            relations.add("agree" if a == b or overlaps(first[a][0], first[b][0], known) else "evolving")
    origins = list(by_origin.values())
    for x in range(len(origins)):
        for y in range(x + 1, len(origins)):
            for i in origins[x]:
                for j in origins[y]:
                    for p, q in ((i, j), (j, i)):
                        # (the pair in the order its claims come, each order that occurs)
                        if begins[id(first[p][0])] < last[q]:
                            (one, oa), (other, ob) = first[p], first[q]
                            relation = pair_relation(one, other, oa, ob, claims, revised, known, scope)
                            relations.add(relation)
                            if relation == "conflict":
                                return relations
    return relations


def compare_claims(claims: Sequence[Claim], scope: str = "") -> Comparison:
    """Status, low/high, independent origins and disagreement of one cluster; `scope` is its
    quantity key's (cluster/quantities.py), which says whether the count can fall."""
    origins = origin_keys(claims)
    active = [(c, o) for c, o in zip(claims, origins) if not c.superseded] or list(zip(claims, origins))
    revised = _revisions_by_source(claims)
    known = {id(c): comparable_bounds(c) for c in claims}
    relations = _relations(active, claims, revised, known, scope)
    n_origins = len(set(origins))
    if "conflict" in relations:
        status = ClusterStatus.CONFLICT
    elif "evolving" in relations or any(c.superseded for c in claims) and len(claims) > 1:
        status = ClusterStatus.EVOLVING
    elif n_origins >= 2:
        status = ClusterStatus.AGREE
    else:
        status = ClusterStatus.SINGLE
    act = [c for c, _ in active]
    lows = [bounds(c)[0] for c in act]
    highs = [bounds(c)[1] for c in act]
    # where the claims agree, the intersection as they were compared: "61 were known to have
    # died" is a floor, so with "close to 100" the toll is 90-100, not a span from 61
    floors = [known[id(c)] for c in act]
    if status is ClusterStatus.AGREE and max(f[0] for f in floors) <= min(f[1] for f in floors):
        low, high = max(f[0] for f in floors), min(f[1] for f in floors)
    elif max(lows) <= min(highs):
        low, high = max(lows), min(highs)
    else:
        low, high = min(lows), max(highs)
    return Comparison(
        status=status,
        low=low,
        high=None if high == INF else high,
        origins=n_origins,
        disagreement=_modal_share(act),
    )

