"""The data contract of claimcheck (DESIGN.md), as pydantic models.

Every stage takes and returns these models, so the CLI, the TUI, the store and the benchmarks
agree on one shape. Models here hold data only: no I/O, no rendering.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Category(StrEnum):
    """What a figure counts; chosen from the words around it (DESIGN.md 'Categories')."""

    KILLED = "killed"
    WOUNDED = "wounded"
    MISSING = "missing"
    DISPLACED = "displaced"
    EVACUATED = "evacuated"
    DETAINED = "detained"
    TROOPS = "troops"
    OTHER = "other"


class ClusterStatus(StrEnum):
    """How the claims of one quantity relate; the order is the review order (worst first)."""

    CONFLICT = "conflict"
    EVOLVING = "evolving"
    AGREE = "agree"
    SINGLE = "single"


STATUS_ORDER = {s: i for i, s in enumerate(ClusterStatus)}


class VerdictStatus(StrEnum):
    """An analyst's judgement of one claim; every claim starts unreviewed."""

    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    REJECTED = "rejected"


class Source(BaseModel):
    """One article. `text` is a verbatim slice of the input as Python reads it.

    Keeping the slice verbatim (and where it starts, `offset`) is what lets every claim's
    `start`/`end` point into the input file itself rather than into a cleaned copy.
    """

    model_config = ConfigDict(frozen=True)

    source_id: str = Field(description="Stable id: file name plus article key, never an offset.")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    dateline_day: tuple[int, int] | None = Field(
        default=None,
        description="(month, day) of a dateline that leaves out the year ('MAPUTO, Feb 6 "
        "(Reuters) -'), when nothing gives the full date; the story's dated reports give the year.",
    )
    source_file: str = Field(description="The input file the article came from.")
    source_line: int | None = Field(
        default=None, description="1-based row for JSONL/CSV input; None for text files."
    )
    offset: int = Field(
        default=0,
        ge=0,
        description="Where `text` starts in the file; 0 for JSONL/CSV rows (offsets are into `text`).",
    )
    text: str
    skip_spans: tuple[tuple[int, int], ...] = Field(
        default=(),
        description="Spans of `text` (relative) that are page junk, not article prose.",
    )


class Claim(BaseModel):
    """One figure in one source, with everything the text says about it.

    The field order is the column order of `extract --format jsonl/csv`.
    """

    model_config = ConfigDict(frozen=True)

    claim_id: str = Field(description="Stable across runs and unrelated edits of the source.")
    source_id: str
    source_title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source_file: str
    source_line: int | None = None
    start: int = Field(ge=0, description="Offset of the mention in the input file (or row text).")
    end: int = Field(ge=0)
    mention: str = Field(description="The figure with its qualifier and head noun.")
    sentence: str = Field(description="The sentence that holds the mention.")
    number_text: str = Field(description="The words or digits of the figure itself.")
    value_low: float | None = Field(description="Lower bound the words allow; None = open.")
    value_high: float | None = Field(description="Upper bound the words allow; None = open.")
    category: Category
    subject: str = Field(description="Normalised head noun group: people, civilians, troops ...")
    attributed_to: str | None = Field(
        default=None, description="Innermost named speaker; None when the outlet says it itself."
    )
    hedged: bool = Field(default=False, description="The text marks the figure unconfirmed.")
    time_ref: str | None = None
    superseded: bool = Field(default=False, description="The same source says it was revised.")
    part_of_total: bool = Field(
        default=False,
        description="A subset of a larger figure ('including 10 civilians', '220 of them').",
    )
    place: str | None = Field(
        default=None, description="A place the figure is restricted to ('in Las Colinas')."
    )

    @model_validator(mode="after")
    def _check_interval(self) -> Claim:
        if self.end <= self.start:
            raise ValueError("claim span must be non-empty")
        if (
            self.value_low is not None
            and self.value_high is not None
            and self.value_low > self.value_high
        ):
            raise ValueError(f"value_low {self.value_low} > value_high {self.value_high}")
        return self


M = TypeVar("M", bound=BaseModel)
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def share_fields_set(model: M) -> M:
    """Let models that set the same fields share one `__pydantic_fields_set__`.

    Pydantic keeps a set of the given field names in every instance: about 2 KB of a Claim's
    4 KB, and half the time to unpickle a claim a worker sends back. A 100k-article run holds
    about 700k claims. The models are frozen, so no one adds to the shared set in place
    (`model_copy` copies it before an update).
    """
    own = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(own), own)
    if shared is not own:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    return model


class Cluster(BaseModel):
    """The claims about one quantity, and what comparing them found."""

    model_config = ConfigDict(frozen=True)

    cluster_id: str = Field(description="Stable: derived from the story and the claims' ids.")
    story_id: str
    label: str = Field(description="Human label, e.g. 'wounded: people'.")
    category: Category
    subject: str
    status: ClusterStatus
    low: float | None = Field(description="Intersection where claims agree, else span.")
    high: float | None = None
    origins: int = Field(ge=0, description="Number of independent origins.")
    disagreement: float = Field(ge=0, le=1, description="Share of claims outside the modal interval.")
    claim_ids: tuple[str, ...]


class Story(BaseModel):
    """Sources about the same event; clustering never crosses a story boundary."""

    model_config = ConfigDict(frozen=True)

    story_id: str
    label: str
    source_ids: tuple[str, ...]


class Analysis(BaseModel):
    """Everything the pipeline made of an input: what the report and the review UI show."""

    model_config = ConfigDict(frozen=True)

    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    stories: tuple[Story, ...] = ()
    clusters: tuple[Cluster, ...] = ()

    def cluster_of(self) -> dict[str, Cluster]:
        """claim_id -> its cluster; built on demand because Analysis is frozen."""
        return {cid: c for c in self.clusters for cid in c.claim_ids}


class Verdict(BaseModel):
    """The current verdict of one claim as the store keeps it."""

    model_config = ConfigDict(frozen=True)

    claim_id: str
    status: VerdictStatus = VerdictStatus.UNREVIEWED
    note: str | None = None
    at: dt.datetime | None = None


class VerdictChange(BaseModel):
    """One row of the append-only audit log."""

    model_config = ConfigDict(frozen=True)

    change_id: int
    claim_id: str
    old_status: VerdictStatus
    new_status: VerdictStatus
    note: str | None = None
    at: dt.datetime
    undo_of: int | None = Field(default=None, description="The change this one reverted, if any.")
