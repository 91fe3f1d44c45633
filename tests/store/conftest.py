"""Fixtures for the verdict store tests: tmp_path databases with a few registered claims."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from claimcheck.models import Claim
from claimcheck.store import VerdictStore

WORKER = Path(__file__).with_name("store_worker.py")
_spec = importlib.util.spec_from_file_location("claimcheck_store_worker", WORKER)
assert _spec and _spec.loader
worker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(worker)

# The ten claims every store fixture (and every worker process) starts from.
CLAIM_IDS = [worker.make_claim(i).claim_id for i in range(10)]


@pytest.fixture
def make_claim() -> Callable[..., Claim]:
    return worker.make_claim


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file holding the ten registered claims and no verdicts; closed."""
    path = tmp_path / "claimcheck.db"
    with VerdictStore(path) as store:
        store.register_claims(worker.make_claim(i) for i in range(10))
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[VerdictStore]:
    with VerdictStore(db_path) as opened:
        yield opened


@pytest.fixture
def claim_ids() -> list[str]:
    return list(CLAIM_IDS)
