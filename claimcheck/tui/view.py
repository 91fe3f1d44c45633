"""What the review screen shows, computed from an Analysis and the verdicts.

Pure Python (no Textual, no Rich) so that the rows and the "why weak" reasons are
unit-tested without a terminal (filter, sort and pages are in `query`, formatting in `text`), and so that the widgets only draw rows they are
handed. Rows are built on demand and kept: each cluster row once (again only when a verdict
changes its counts), each sort order and the filter's search text once per analysis, the claim
rows of one cluster when it is selected, so neither startup nor a filter grows with re-building.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from claimcheck.models import (
    Analysis,
    Category,
    Claim,
    Cluster,
    ClusterStatus,
    Source,
    Verdict,
    VerdictStatus,
)
from claimcheck.tui.query import Filter, SortKey, sort_key
from claimcheck.tui.text import format_interval


class WeakReason(StrEnum):
    """Why a claim should not be taken at face value (DESIGN.md 'Clustering and comparing')."""

    HEDGED = "hedged"
    SINGLE_ORIGIN = "single origin"
    IN_CONFLICT = "in conflict"
    SUPERSEDED = "superseded"


# -- rows ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClusterRow:
    """One line of the cluster list."""

    cluster_id: str
    status: ClusterStatus
    label: str
    category: Category
    low: float | None
    high: float | None
    claims: int
    origins: int
    unverified: int
    disagreement: float
    story: str = ""  # the headline that names the cluster's story (event)

    @property
    def range_text(self) -> str:
        return format_interval(self.low, self.high)


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claims table of the selected cluster."""

    claim_id: str
    low: float | None
    high: float | None
    mention: str
    outlet: str
    speaker: str
    hedged: bool
    when: str
    verdict: VerdictStatus
    note: str | None
    weak: tuple[WeakReason, ...]

    @property
    def interval_text(self) -> str:
        return format_interval(self.low, self.high)

    @property
    def unverified(self) -> bool:
        """Every claim is unverified until an analyst verifies it (DESIGN.md)."""
        return self.verdict is not VerdictStatus.VERIFIED

    @property
    def weak_text(self) -> str:
        return ", ".join(self.weak)


@dataclass(frozen=True)
class SourceView:
    """The source of one claim, and where the mention sits in `text` (relative offsets)."""

    source_id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    text: str
    start: int
    end: int


# -- time order ---------------------------------------------------------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def time_ref_key(time_ref: str | None) -> tuple[int, int, str]:
    """Orders time expressions roughly: years, then weekdays (a week's story), then the rest."""
    if not time_ref:
        return (3, 0, "")
    lowered = time_ref.casefold()
    year = _YEAR.search(lowered)
    if year:
        return (0, int(year.group(1)), lowered)
    for index, day in enumerate(_WEEKDAYS):
        if day in lowered:
            return (1, index, lowered)
    return (2, 0, lowered)


def _timeline_key(claim: Claim) -> tuple:
    published = claim.published.toordinal() if claim.published else math.inf
    return (published, time_ref_key(claim.time_ref), claim.source_file, claim.start)


def _value_key(claim: Claim) -> tuple:
    low = claim.value_low if claim.value_low is not None else -math.inf
    high = claim.value_high if claim.value_high is not None else math.inf
    return (low, high, claim.source_file, claim.start)


# -- conflicts ----------------------------------------------------------------------------------


def _bounds(claim: Claim) -> tuple[float, float]:
    low = claim.value_low if claim.value_low is not None else -math.inf
    high = claim.value_high if claim.value_high is not None else math.inf
    return low, high


def intervals_conflict(a: Claim, b: Claim) -> bool:
    """The intervals miss each other by more than a qualifier's boundary (DESIGN.md).

    A gap of at most 1, or 0.5% of the figure, is the "30,000" vs "more than 30,000" case.
    """
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    gap = max(a_low - b_high, b_low - a_high)
    if gap <= 0 or math.isnan(gap):
        return False
    finite = [abs(v) for v in (a_low, a_high, b_low, b_high) if math.isfinite(v)]
    tolerance = max(1.0, 0.005 * max(finite, default=0.0))
    return gap > tolerance


def _conflicting_claims(claims: Sequence[Claim]) -> set[str]:
    """Ids of the claims whose interval misses another live claim's interval."""
    live = [c for c in claims if not c.superseded]
    if len(live) > 400:
        # Quadratic comparison gets slow on huge clusters; compare against the extremes only.
        lows = sorted(live, key=lambda c: _bounds(c)[0])
        highs = sorted(live, key=lambda c: _bounds(c)[1])
        probes = {id(c): c for c in (*lows[:2], *lows[-2:], *highs[:2], *highs[-2:])}.values()
        return {
            c.claim_id
            for c in live
            if any(p is not c and intervals_conflict(c, p) for p in probes)
        }
    return {
        a.claim_id
        for a in live
        if any(b is not a and intervals_conflict(a, b) for b in live)
    }


# -- the model ----------------------------------------------------------------------------------


@dataclass
class _ClusterState:
    cluster: Cluster
    unverified: int
    haystack: str | None = None
    row: ClusterRow | None = None


@dataclass
class _OrderColumns:
    statuses: list[ClusterStatus]
    categories: list[Category]
    texts: list[str] | None = None  # search text, built on the first word filter
    stories: list[str] | None = None  # story headlines, lower-cased, built on the first story: token


@dataclass
class ReviewModel:
    """The review screen's data: the Analysis plus the current verdicts, kept in sync.

    The screen writes a verdict to the store, then hands the store's answer to
    `apply_verdict`, which adjusts the one cluster's unverified count instead of recounting.
    """

    analysis: Analysis
    verdicts: dict[str, Verdict] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.verdicts = dict(self.verdicts)
        self._claims: dict[str, Claim] = {c.claim_id: c for c in self.analysis.claims}
        self._sources: dict[str, Source] = {s.source_id: s for s in self.analysis.sources}
        self._story_labels: dict[str, str] = {s.story_id: s.label for s in self.analysis.stories}
        self._clusters: dict[str, _ClusterState] = {}
        self._cluster_of: dict[str, str] = {}
        for cluster in self.analysis.clusters:
            unverified = 0
            for claim_id in cluster.claim_ids:
                self._cluster_of[claim_id] = cluster.cluster_id
                if self.status_of(claim_id) is not VerdictStatus.VERIFIED:
                    unverified += 1
            self._clusters[cluster.cluster_id] = _ClusterState(cluster, unverified)
        self._conflicts: dict[str, set[str]] = {}
        self._orders: dict[SortKey, list[_ClusterState]] = {}
        self._order_columns: dict[SortKey, _OrderColumns] = {}
        self._search_ready = False

    # lookups
    def cluster(self, cluster_id: str) -> Cluster:
        return self._clusters[cluster_id].cluster

    def story_label(self, cluster_id: str) -> str:
        """The headline of the cluster's story: which event the quantity is about."""
        return self._story_labels.get(self.cluster(cluster_id).story_id, "")

    def claim(self, claim_id: str) -> Claim:
        return self._claims[claim_id]

    def has_claim(self, claim_id: str) -> bool:
        return claim_id in self._claims

    def cluster_id_of(self, claim_id: str) -> str | None:
        return self._cluster_of.get(claim_id)

    def verdict(self, claim_id: str) -> Verdict:
        return self.verdicts.get(claim_id) or Verdict(claim_id=claim_id)

    def status_of(self, claim_id: str) -> VerdictStatus:
        verdict = self.verdicts.get(claim_id)
        return verdict.status if verdict else VerdictStatus.UNREVIEWED

    # clusters
    def cluster_row(self, cluster_id: str) -> ClusterRow:
        return self._row(self._clusters[cluster_id])

    def _row(self, state: _ClusterState) -> ClusterRow:
        """The state's row, built once: a filter or sort hands out the same rows again
        instead of rebuilding one per cluster; `apply_verdict` drops the one that changed."""
        row = state.row
        if row is None:
            c = state.cluster
            row = state.row = ClusterRow(
                cluster_id=c.cluster_id,
                status=c.status,
                label=c.label,
                category=c.category,
                low=c.low,
                high=c.high,
                claims=len(c.claim_ids),
                origins=c.origins,
                unverified=state.unverified,
                disagreement=c.disagreement,
                story=self._story_labels.get(c.story_id, ""),
            )
        return row

    def cluster_rows(self, query: Filter | None = None, sort: SortKey = SortKey.STATUS) -> list[ClusterRow]:
        """The clusters that match `query`, in `sort` order (conflicts first by default)."""
        row = self._row
        states = self._ordered(sort)
        if query is None or query.is_empty:
            return [state.row or row(state) for state in states]
        # Each condition narrows a list of positions in the order, one comprehension over
        # plain lists each: at 100k claims these passes are the filter's cost.
        order = self._columns(sort)
        picked: list[int] | range = range(len(states))
        if query.statuses:
            statuses, column = query.statuses, order.statuses
            picked = [i for i in picked if column[i] in statuses]
        if query.categories:
            categories, column = query.categories, order.categories
            picked = [i for i in picked if column[i] in categories]
        if query.stories:
            stories = order.stories
            if stories is None:
                labels = self._story_labels
                stories = order.stories = [labels.get(s.cluster.story_id, "").casefold() for s in states]
            for word in query.stories:
                # from the start of a word: story:us is not "Russia"
                starts = re.compile(r"(?<!\w)" + re.escape(word))
                picked = [i for i in picked if starts.search(stories[i])]
        if query.words:
            texts = order.texts
            if texts is None:
                texts = order.texts = [s.haystack if s.haystack is not None else self._haystack(s) for s in states]
            for word in query.words:
                if isinstance(picked, range):
                    picked = [i for i, text in enumerate(texts) if word in text]
                else:
                    picked = [i for i in picked if word in texts[i]]
        return [states[i].row or row(states[i]) for i in picked]

    def _columns(self, sort: SortKey) -> _OrderColumns:
        """What a filter tests, as lists in `sort` order (built once per order)."""
        columns = self._order_columns.get(sort)
        if columns is None:
            states = self._ordered(sort)
            columns = self._order_columns[sort] = _OrderColumns(
                statuses=[s.cluster.status for s in states],
                categories=[s.cluster.category for s in states],
            )
        return columns

    def _ordered(self, sort: SortKey) -> list[_ClusterState]:
        """Every cluster in `sort` order, sorted once per order: no sort key reads the
        unverified count (the only thing a verdict changes), so an order never goes stale
        and a filter is one pass over it."""
        order = self._orders.get(sort)
        if order is None:
            key = sort_key(sort)
            row = self._row
            order = self._orders[sort] = sorted(self._clusters.values(), key=lambda state: key(row(state)))
        return order

    def prepare_search(self) -> None:
        """Build the lower-cased search text of every cluster now rather than on the first
        filter, which would otherwise pay for all 100k claims at once. Safe to run in a
        worker thread while the UI filters: both build the same strings, and each is
        assigned whole."""
        for state in list(self._clusters.values()):
            if state.haystack is None:
                self._haystack(state)
        self._search_ready = True

    @property
    def search_ready(self) -> bool:
        """Every cluster's search text is built (`prepare_search` has run to the end).
        Asked on every keystroke in the filter box: once true it stays true (verdicts do not
        change the text), so the answer is kept."""
        if not self._search_ready:
            self._search_ready = all(state.haystack is not None for state in self._clusters.values())
        return self._search_ready

    def _haystack(self, state: _ClusterState) -> str:
        if state.haystack is None:
            claims = self._claims
            parts = [state.cluster.label]
            for claim_id in state.cluster.claim_ids:
                claim = claims.get(claim_id)
                if claim is not None:
                    parts += [claim.mention, claim.outlet or "", claim.attributed_to or ""]
            state.haystack = "\n".join(parts).casefold()
        return state.haystack

    # claims
    def claims_of(self, cluster_id: str) -> list[Claim]:
        """The cluster's claims in review order: a timeline for evolving clusters, else by value."""
        cluster = self.cluster(cluster_id)
        claims = [self._claims[cid] for cid in cluster.claim_ids if cid in self._claims]
        key = _timeline_key if cluster.status is ClusterStatus.EVOLVING else _value_key
        return sorted(claims, key=key)

    def claim_rows(self, cluster_id: str) -> list[ClaimRow]:
        return [self._claim_row(claim) for claim in self.claims_of(cluster_id)]

    def claim_row(self, claim_id: str) -> ClaimRow:
        return self._claim_row(self._claims[claim_id])

    def _claim_row(self, claim: Claim) -> ClaimRow:
        verdict = self.verdict(claim.claim_id)
        when = " ".join(
            part for part in (claim.published.isoformat() if claim.published else "", claim.time_ref or "") if part
        )
        return ClaimRow(
            claim_id=claim.claim_id,
            low=claim.value_low,
            high=claim.value_high,
            mention=claim.mention,
            outlet=claim.outlet or "",
            speaker=claim.attributed_to or "",
            hedged=claim.hedged,
            when=when,
            verdict=verdict.status,
            note=verdict.note,
            weak=self.weak_reasons(claim.claim_id),
        )

    def weak_reasons(self, claim_id: str) -> tuple[WeakReason, ...]:
        """Why this claim is weak: hedged, single origin, in conflict, superseded."""
        claim = self._claims[claim_id]
        reasons: list[WeakReason] = []
        if claim.hedged:
            reasons.append(WeakReason.HEDGED)
        cluster_id = self._cluster_of.get(claim_id)
        if cluster_id is not None:
            cluster = self.cluster(cluster_id)
            if cluster.origins <= 1:
                reasons.append(WeakReason.SINGLE_ORIGIN)
            if cluster.status is ClusterStatus.CONFLICT and claim_id in self._conflict_ids(cluster_id):
                reasons.append(WeakReason.IN_CONFLICT)
        if claim.superseded:
            reasons.append(WeakReason.SUPERSEDED)
        return tuple(reasons)

    def _conflict_ids(self, cluster_id: str) -> set[str]:
        if cluster_id not in self._conflicts:
            claims = [self._claims[c] for c in self.cluster(cluster_id).claim_ids if c in self._claims]
            self._conflicts[cluster_id] = _conflicting_claims(claims)
        return self._conflicts[cluster_id]

    def source_view(self, claim_id: str) -> SourceView | None:
        """The claim's source and the mention's span relative to `source.text`."""
        claim = self._claims.get(claim_id)
        if claim is None:
            return None
        source = self._sources.get(claim.source_id)
        if source is None:
            return None
        start = claim.start - source.offset
        end = claim.end - source.offset
        if not (0 <= start < end <= len(source.text)):
            start = end = 0
        return SourceView(
            source_id=source.source_id,
            title=source.title,
            outlet=source.outlet,
            published=source.published,
            text=source.text,
            start=start,
            end=end,
        )

    # verdicts
    def apply_verdict(self, verdict: Verdict) -> str | None:
        """Record the store's current verdict; returns the claim's cluster id (to refresh)."""
        old = self.status_of(verdict.claim_id)
        self.verdicts[verdict.claim_id] = verdict
        cluster_id = self._cluster_of.get(verdict.claim_id)
        if cluster_id is not None:
            was = old is VerdictStatus.VERIFIED
            now = verdict.status is VerdictStatus.VERIFIED
            if was != now:
                state = self._clusters[cluster_id]
                state.unverified += 1 if was else -1
                state.row = None
        return cluster_id

    def verdict_totals(self) -> Counter[VerdictStatus]:
        """How many claims have each verdict (unreviewed included)."""
        totals: Counter[VerdictStatus] = Counter({status: 0 for status in VerdictStatus})
        reviewed = 0
        for claim_id, verdict in self.verdicts.items():
            if claim_id in self._claims:
                totals[verdict.status] += 1
                reviewed += 1
        totals[VerdictStatus.UNREVIEWED] += len(self._claims) - reviewed
        return totals

    @property
    def claim_count(self) -> int:
        return len(self._claims)

    @property
    def cluster_count(self) -> int:
        return len(self._clusters)


def export_report(analysis: Analysis, verdicts: Mapping[str, Verdict], path: str) -> int:
    """Write the discrepancy CSV (DESIGN.md) and return the number of rows written.

    Imported lazily: pandas costs startup time and is only needed when `e` is pressed.
    """
    from claimcheck.report.csv import write_csv
    from claimcheck.report.table import report_frame

    frame = report_frame(analysis, dict(verdicts))
    write_csv(frame, path)
    return len(frame)
