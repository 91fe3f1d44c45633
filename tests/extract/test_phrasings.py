"""Larger phrasing corpora kept as data in fixtures/phrasings/*.jsonl (one row a text and the
figures it must yield). A malformed or duplicate row fails its own test; it is never skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .support import PHRASINGS, BadRow, PhrasingRow, check_row, load_phrasing_rows

CORPORA = sorted(PHRASINGS.glob("*.jsonl"))
ROWS = [p for path in CORPORA for p in load_phrasing_rows(path)]


def test_corpora_exist() -> None:
    assert CORPORA, f"no phrasing corpora in {PHRASINGS}"


@pytest.mark.parametrize("row", ROWS)
def test_phrasing(row: PhrasingRow | BadRow) -> None:
    check_row(row)


def test_malformed_row_fails_never_skips(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = {"id": "ok", "text": "Police arrested 45 protesters.", "claims": [{"figure": "45", "low": 45, "high": 45}]}
    path.write_text(
        "\n".join([
            json.dumps(good),
            "{not json",
            json.dumps({"id": "no-claims-key", "text": "x"}),
            json.dumps({**good, "surprise": 1}),
            json.dumps(good),  # duplicate id
        ]) + "\n",
        encoding="utf-8",
    )
    params = load_phrasing_rows(path)
    rows = [p.values[0] for p in params]
    assert isinstance(rows[0], PhrasingRow)
    assert [type(r) for r in rows[1:]] == [BadRow] * 4
    for bad in rows[1:]:
        with pytest.raises(pytest.fail.Exception):
            check_row(bad)


def test_empty_corpus_fails(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n", encoding="utf-8")
    (param,) = load_phrasing_rows(path)
    with pytest.raises(pytest.fail.Exception):
        check_row(param.values[0])


def test_check_row_catches_a_wrong_expectation() -> None:
    row = PhrasingRow.model_validate(
        {"id": "wrong", "text": "Police arrested 45 protesters.", "claims": [{"figure": "45", "low": 46, "high": 46}]}
    )
    with pytest.raises(pytest.fail.Exception):
        check_row(row)
