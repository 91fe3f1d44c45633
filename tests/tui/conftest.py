"""Fixtures for the review UI: the hand-built seed analysis and a real VerdictStore on disk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fixture_analysis import hostile_analysis, seed_analysis

from claimcheck.models import Analysis
from claimcheck.store.verdicts import VerdictStore
from claimcheck.tui.app import ClaimcheckApp

SIZE = (120, 40)


@pytest.fixture
def analysis() -> Analysis:
    return seed_analysis()


@pytest.fixture
def store(tmp_path: Path, analysis: Analysis) -> Iterator[VerdictStore]:
    with VerdictStore(tmp_path / "claimcheck.db") as store:
        store.register_claims(analysis.claims)
        yield store


@pytest.fixture
def make_app(tmp_path: Path) -> Iterator[Callable[..., ClaimcheckApp]]:
    """Build apps over any analysis, each with its own store under tmp_path."""
    stores: list[VerdictStore] = []

    def make(analysis: Analysis | None = None, store: VerdictStore | None = None) -> ClaimcheckApp:
        analysis = analysis or seed_analysis()
        if store is None:
            store = VerdictStore(tmp_path / f"app{len(stores)}.db")
            store.register_claims(analysis.claims)
            stores.append(store)
        return ClaimcheckApp(analysis, store, export_path=tmp_path / "report.csv")

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def app(analysis: Analysis, store: VerdictStore, tmp_path: Path) -> ClaimcheckApp:
    return ClaimcheckApp(analysis, store, export_path=tmp_path / "report.csv")


@pytest.fixture
def hostile() -> Analysis:
    return hostile_analysis()
