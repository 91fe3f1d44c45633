"""Helpers shared by the extraction phrasing tables.

Every table goes through the public entry point, `extract_claims(Source)`, so the tests check
what a user of `claimcheck extract` gets, not an internal helper.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from claimcheck.extract.claims import extract_claims
from claimcheck.models import Claim, Source

ROOT = Path(__file__).resolve().parents[2]
PHRASINGS = ROOT / "fixtures" / "phrasings"

# Subject names DESIGN.md treats as one group ("people" ~ "others" ~ "persons"; "civilians" ~
# "non-combatants"); the dev gold itself writes both "homes" and "houses".
SUBJECT_EQUIVALENTS: tuple[frozenset[str], ...] = (
    frozenset({"people", "persons", "others", "individuals"}),
    frozenset({"civilians", "non-combatants", "noncombatants"}),
    frozenset({"houses", "homes"}),
)


def source(text: str, source_id: str = "t") -> Source:
    return Source(source_id=source_id, source_file=f"{source_id}.txt", text=text)


def extract(text: str) -> list[Claim]:
    return extract_claims(source(text))


def claims_with(claims: list[Claim], figure: str) -> list[Claim]:
    """The claims whose mention holds `figure` (case-insensitive)."""
    return [c for c in claims if figure.lower() in c.mention.lower()]


def claim_with(text: str, figure: str) -> Claim:
    """The one claim of `text` whose mention holds `figure`; fails loudly otherwise."""
    claims = extract(text)
    found = claims_with(claims, figure)
    if len(found) != 1:
        got = [(c.mention, c.value_low, c.value_high, c.category.value) for c in claims]
        pytest.fail(f"expected one claim holding {figure!r}, got {len(found)}; all claims: {got}")
    return found[0]


def describe(claims: list[Claim]) -> list[tuple]:
    return [(c.mention, c.value_low, c.value_high, c.category.value, c.subject) for c in claims]


def bound_ok(got: float | None, expected: float | None) -> bool:
    """Exact for whole numbers; a bound that DESIGN gives as a fraction (0.9 x 12 = 10.8) may
    be rounded outward to the next whole number."""
    if expected is None or got is None:
        return got is None and expected is None
    if float(expected).is_integer():
        return math.isclose(got, expected, abs_tol=1e-6)
    return math.floor(expected) - 1e-6 <= got <= math.ceil(expected) + 1e-6


def same_subject(got: str, expected: str) -> bool:
    g, e = got.strip().lower(), expected.strip().lower()
    if g == e:
        return True
    return any(g in group and e in group for group in SUBJECT_EQUIVALENTS)


def speaker_ok(got: str | None, expected: str | None) -> bool:
    """`expected` is the key words of the speaker ("Vahidi", "health ministry"): they must all
    appear in what the extractor credits; None means the outlet states the figure itself."""
    if expected is None:
        return got is None
    if not got:
        return False
    g = " ".join(got.lower().replace("’", "'").split())
    return all(word in g for word in expected.lower().split())


# --- JSONL corpora -------------------------------------------------------------------------


class ExpectedClaim(BaseModel):
    """One figure a phrasing row expects; only the fields given are checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    figure: str
    low: float | None = None
    high: float | None = None
    check_interval: bool = True
    category: str | None = None
    subject: str | None = None
    speaker: str | None = None
    check_speaker: bool = False
    hedged: bool | None = None
    time_ref: str | None = None
    superseded: bool | None = None
    part_of_total: bool | None = None
    place: str | None = None  # "" for no place


class PhrasingRow(BaseModel):
    """A row of fixtures/phrasings/*.jsonl: a text and the figures it must yield.

    With `exact` the text must yield these figures and no others (an empty list: no claim)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    text: str
    claims: tuple[ExpectedClaim, ...]
    exact: bool = True
    note: str | None = None


class BadRow(BaseModel):
    """A row that could not be read: the test for it fails with this message."""

    where: str
    error: str


def load_phrasing_rows(path: Path) -> list[Any]:
    """pytest params for every line of a JSONL corpus. A malformed line becomes a param that
    fails (never a skip, never a silent drop); duplicate ids fail too."""
    params = []
    seen: set[str] = set()
    lines = path.read_text(encoding="utf-8").splitlines()
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path.name}:{no}"
        try:
            row = PhrasingRow.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            params.append(pytest.param(BadRow(where=where, error=str(exc)), id=where))
            continue
        if row.id in seen:
            params.append(pytest.param(BadRow(where=where, error=f"duplicate id {row.id!r}"), id=where))
            continue
        seen.add(row.id)
        params.append(pytest.param(row, id=f"{path.stem}:{row.id}"))
    if not params:
        params.append(pytest.param(BadRow(where=path.name, error="empty corpus"), id=path.name))
    return params


def check_row(row: PhrasingRow | BadRow) -> None:
    """Assert everything a phrasing row expects of `extract_claims`."""
    if isinstance(row, BadRow):
        pytest.fail(f"malformed phrasing row {row.where}: {row.error}")
    claims = extract(row.text)
    problems: list[str] = []
    used: set[str] = set()
    for exp in row.claims:
        found = claims_with(claims, exp.figure)
        if len(found) != 1:
            problems.append(f"{exp.figure!r}: expected one claim, got {len(found)}")
            continue
        c = found[0]
        used.add(c.claim_id)
        if exp.check_interval and not (bound_ok(c.value_low, exp.low) and bound_ok(c.value_high, exp.high)):
            problems.append(f"{exp.figure!r}: interval [{c.value_low}, {c.value_high}] != [{exp.low}, {exp.high}]")
        if exp.category is not None and c.category.value != exp.category:
            problems.append(f"{exp.figure!r}: category {c.category.value} != {exp.category}")
        if exp.subject is not None and not same_subject(c.subject, exp.subject):
            problems.append(f"{exp.figure!r}: subject {c.subject!r} != {exp.subject!r}")
        if exp.check_speaker and not speaker_ok(c.attributed_to, exp.speaker):
            problems.append(f"{exp.figure!r}: attributed_to {c.attributed_to!r} != {exp.speaker!r}")
        if exp.hedged is not None and c.hedged != exp.hedged:
            problems.append(f"{exp.figure!r}: hedged {c.hedged} != {exp.hedged}")
        if exp.time_ref is not None and exp.time_ref.lower() not in (c.time_ref or "").lower():
            problems.append(f"{exp.figure!r}: time_ref {c.time_ref!r} lacks {exp.time_ref!r}")
        if exp.part_of_total is not None and c.part_of_total != exp.part_of_total:
            problems.append(f"{exp.figure!r}: part_of_total {c.part_of_total} != {exp.part_of_total}")
        if exp.place is not None and (c.place or "") != exp.place:
            problems.append(f"{exp.figure!r}: place {c.place!r} != {exp.place!r}")
        if exp.superseded is not None and c.superseded != exp.superseded:
            problems.append(f"{exp.figure!r}: superseded {c.superseded} != {exp.superseded}")
    if row.exact:
        extra = [c.mention for c in claims if c.claim_id not in used]
        if extra:
            problems.append(f"unexpected claims {extra}")
    if problems:
        pytest.fail("; ".join(problems) + f"\nall claims: {describe(claims)}")
