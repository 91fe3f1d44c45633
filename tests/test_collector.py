"""The collector's thresholds are raised only while a batch is extracted (engine/collector.py)."""

from __future__ import annotations

import gc

import pytest

from claimcheck import pipeline
from claimcheck.engine.collector import EXTRACTION_THRESHOLDS, quiet_collector
from claimcheck.models import Source


@pytest.fixture(autouse=True)
def _thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_raised_inside_and_restored_after() -> None:
    with quiet_collector():
        assert gc.get_threshold() == EXTRACTION_THRESHOLDS
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_extraction_fails() -> None:
    with pytest.raises(RuntimeError), quiet_collector():
        raise RuntimeError("a bad article")
    assert gc.get_threshold() == (700, 10, 10)


def test_extract_batch_runs_under_it(monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(pipeline, "extract_claims", lambda s: seen.append(gc.get_threshold()) or [])
    source = Source(source_id="a", text="Police said 12 people died.", source_file="a.txt")
    pipeline._extract_batch([source])
    assert seen == [EXTRACTION_THRESHOLDS]
    assert gc.get_threshold() == (700, 10, 10)
