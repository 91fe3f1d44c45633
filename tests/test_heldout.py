"""The second held-out set (fixtures/heldout): ten hand-written articles on three events that no
rule was tuned on, annotated by hand before claimcheck was run on them (see its README).

- the committed gold is fresh (make_gold.py, run in memory, gives the committed files) and every
  gold offset gives its mention in the file as Python reads it;
- the extractor is scored the way ../shared/tools/score.py scores it and the score is printed
  (`pytest -s` shows it). Only span recall and precision are held to a floor (0.8, both were
  above it when the set was made); the other numbers are reported, not asserted: this set
  measures generalisation, so nothing may be tuned to it.
"""

from __future__ import annotations

import importlib.util
import io
import json
from contextlib import redirect_stdout
from functools import lru_cache
from pathlib import Path

import pytest

from claimcheck.pipeline import analyse_paths
from claimcheck.report.table import claim_records

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "fixtures" / "heldout"
DOCS = HELDOUT / "docs"
GOLD = HELDOUT / "gold_claims.jsonl"
PAIRS = HELDOUT / "gold_pairs.jsonl"
SCORE_PY = ROOT / ".." / "shared" / "tools" / "score.py"
RECALL_FLOOR = 0.8
PRECISION_FLOOR = 0.8


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(path: Path) -> str:
    with open(path, encoding="utf-8", newline=None) as fh:
        return fh.read()


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=None)
def _predicted() -> tuple[str, ...]:
    errors: list = []
    analysis = analyse_paths([str(DOCS)], errors.append)
    assert not errors, errors
    return tuple(json.dumps(r) for r in claim_records(analysis))


def predicted() -> list[dict]:
    return [json.loads(r) for r in _predicted()]


def test_gold_is_fresh():
    make_gold = _module("heldout_make_gold", HELDOUT / "make_gold.py")
    claims = make_gold.build_claims()
    pairs = make_gold.build_pairs(claims)
    fresh_claims = [{k: v for k, v in c.items() if not k.startswith("_")} for c in claims]
    assert fresh_claims == _jsonl(GOLD), "fixtures/heldout/gold_claims.jsonl is stale: run make_gold.py"
    assert pairs == _jsonl(PAIRS), "fixtures/heldout/gold_pairs.jsonl is stale: run make_gold.py"


def test_gold_offsets_exact():
    gold = _jsonl(GOLD)
    assert len(gold) >= 100
    docs = {p.stem for p in DOCS.glob("*.txt")}
    assert len(docs) == 10
    bad = []
    for g in gold:
        assert g["doc_id"] in docs, g["doc_id"]
        text = _text(DOCS / f"{g['doc_id']}.txt")
        if text[g["start"]:g["end"]] != g["mention"]:
            bad.append((g["doc_id"], g["claim_no"], g["mention"], text[g["start"]:g["end"]]))
    assert not bad, bad[:5]
    refs = {f"{g['doc_id']}#{g['claim_no']}" for g in gold}
    for p in _jsonl(PAIRS):
        assert p["relation"] in ("conflict", "agree", "evolving")
        assert p["a"] in refs and p["b"] in refs and p["a"].split("#")[0] != p["b"].split("#")[0]


def _span_scores(gold: list[dict], pred: list[dict]) -> tuple[float, float]:
    """Span recall and precision as score.py computes them (overlap in the same file)."""
    def doc(r):
        return r.get("doc_id") or Path(r.get("source_file") or "").stem

    used, tp = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and doc(p) == doc(g) and p["start"] < g["end"] and g["start"] < p["end"]:
                used.add(i)
                tp += 1
                break
    hit = sum(1 for p in pred if any(doc(p) == doc(g) and p["start"] < g["end"] and g["start"] < p["end"]
                                     for g in gold))
    return tp / len(gold), (hit / len(pred) if pred else 0.0)


def test_heldout_score_reported(tmp_path):
    gold, pred = _jsonl(GOLD), predicted()
    if SCORE_PY.is_file():
        pred_path = tmp_path / "pred.jsonl"
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in pred), encoding="utf-8")
        with redirect_stdout(io.StringIO()):
            result = _module("claimcheck_shared_score", SCORE_PY).main(
                ["score.py", str(GOLD), str(PAIRS), str(pred_path), "--json"])
        recall, precision = result["recall"], result["precision"]
    else:
        recall, precision = _span_scores(gold, pred)
        result = {"recall": round(recall, 3), "precision": round(precision, 3)}
    print("\nheld-out set 2 (fixtures/heldout):")
    for key, value in result.items():
        print(f"  {key:28} {value}")
    assert recall >= RECALL_FLOOR, result
    assert precision >= PRECISION_FLOOR, result
    if "attribution_acc" in result:
        # under what the rules reach (2026-11-27, session 4: value+category .976, attribution
        # .959, conflict pairs 30/38, agree 117/123, evolving 105/115)
        assert result["value_and_category_recall"] >= 0.95, result
        assert result["attribution_acc"] >= 0.92, result
        assert _fraction(result["conflict_pairs_found"]) >= 0.7, result
        clustered = [_fraction(result[k]) for k in ("agree_pairs_clustered", "evolving_pairs_clustered")]
        assert min(clustered) >= 0.85, result


def _fraction(found: str) -> float:
    hit, total = found.split("/")
    return int(hit) / int(total)


if __name__ == "__main__":
    pytest.main([__file__, "-s", "-q"])
