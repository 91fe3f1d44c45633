"""End to end against hand-made gold: what `claimcheck extract --format jsonl` gives, scored the
way the shared scorer scores it (../shared/tools/score.py when present, else a minimal copy).

- the seed bundle (seeds/000_*.txt with its *.gold.jsonl and *.pairs.jsonl): thresholds below;
- ../shared/dev (16 real articles) when the shared folder is beside the clone: thresholds below;
- fixtures/articles (hand-annotated articles on events absent from seed and dev, see
  fixtures/articles/make_gold.py): the gold is checked, the scores are reported (thresholds to
  be agreed once the extractor has been fixed for them).
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
from contextlib import redirect_stdout
from functools import lru_cache
from pathlib import Path

import pytest

from claimcheck.pipeline import analyse_paths
from claimcheck.report.table import claim_records

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ff300813a446f845.txt"

def _seed_file(suffix: str) -> Path:
    """The seed's gold lives beside the seed or in fixtures/seed (where it moved)."""
    for folder in (ROOT / "seeds", ROOT / "fixtures" / "seed"):
        path = folder / f"{SEED.stem}{suffix}"
        if path.is_file():
            return path
    raise FileNotFoundError(f"no {SEED.stem}{suffix} in seeds/ or fixtures/seed/")


SEED_GOLD = _seed_file(".gold.jsonl")
SEED_PAIRS = _seed_file(".pairs.jsonl")
SHARED = ROOT / ".." / "shared"
DEV = SHARED / "dev"
SCORE_PY = SHARED / "tools" / "score.py"
ARTICLES = ROOT / "fixtures" / "articles"

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTH},?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:in|since|during|by|until|of)\s+(?:19|20)\d{2}\b",
    re.I,
)


def file_text(path: Path) -> str:
    with open(path, encoding="utf-8-sig", newline=None) as fh:
        return fh.read()


def load_jsonl(path: Path) -> list[dict]:
    rows = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # a broken gold file fails, never skips
                pytest.fail(f"{path.name}:{no}: {exc}")
    return rows


@lru_cache(maxsize=None)
def _records(path: str) -> tuple[str, ...]:
    errors: list = []
    analysis = analyse_paths([path], errors.append)
    assert not errors, errors
    return tuple(json.dumps(r) for r in claim_records(analysis))


def records(path: Path) -> list[dict]:
    return [json.loads(r) for r in _records(str(path))]


# --- scoring -------------------------------------------------------------------------------


def _shared_scorer():
    if not SCORE_PY.is_file():
        return None
    spec = importlib.util.spec_from_file_location("claimcheck_shared_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _minimal_score(gold: list[dict], pairs: list[dict], pred: list[dict]) -> dict:
    """Recall, precision, value+category recall, attribution, hedges and pair clustering, as
    score.py computes them (spans matched by overlap, values within 2%)."""
    single = all("doc_id" not in g for g in gold)

    def key(r):
        return "__seed__" if single else (r.get("doc_id") or Path(r.get("source_file") or "").stem)

    def overlap(a, b):
        return a["start"] < b["end"] and b["start"] < a["end"]

    def close(a, b):
        if a is None or b is None:
            return a is None and b is None
        return abs(float(a) - float(b)) <= max(1.0, 0.02 * abs(float(b)))

    def norm(s):
        return " ".join((s or "").lower().replace("’", "'").split())

    def attr_ok(p, g):
        p, g = norm(p), norm(g)
        if not g:
            return not p
        return bool(p) and (p in g or g in p or len(set(p.split()) & set(g.split()) - {"the", "of", "'s"}) >= 1)

    matched, used = {}, set()
    for gi, g in enumerate(gold):
        cands = [p for p in pred if key(p) == key(g) and overlap(p, g)]
        cands.sort(key=lambda p: (not close(p.get("value_low"), g["value_low"]), abs(p["start"] - g["start"])))
        for p in cands:
            if id(p) not in used:
                matched[gi] = p
                used.add(id(p))
                break
    hit = sum(1 for p in pred if any(key(p) == key(g) and overlap(p, g) for g in gold))
    n = len(gold)

    def index(ref):
        if isinstance(ref, int):
            return next(i for i, g in enumerate(gold) if g["claim_no"] == ref)
        doc, no = ref.rsplit("#", 1)
        return next(i for i, g in enumerate(gold) if g.get("doc_id") == doc and g["claim_no"] == int(no))

    res = {"conflict": [0, 0], "agree": [0, 0], "evolving": [0, 0]}
    for pr in pairs:
        res[pr["relation"]][1] += 1
        pa, pb = matched.get(index(pr["a"])), matched.get(index(pr["b"]))
        if pa and pb and pa.get("cluster_id") is not None and pa.get("cluster_id") == pb.get("cluster_id"):
            if pr["relation"] != "conflict" or pa.get("cluster_status") == "conflict":
                res[pr["relation"]][0] += 1
    tp = len(matched)
    return {
        "recall": round(tp / n, 3) if n else 0,
        "precision": round(hit / len(pred), 3) if pred else 0,
        "value_and_category_recall": round(sum(
            1 for gi, p in matched.items()
            if close(p.get("value_low"), gold[gi]["value_low"]) and p.get("category") == gold[gi]["category"]
        ) / n, 3) if n else 0,
        "attribution_acc": round(sum(attr_ok(p.get("attributed_to"), gold[gi]["attributed_to"]) for gi, p in matched.items()) / tp, 3) if tp else 0,
        "hedged_acc": round(sum(bool(p.get("hedged")) == bool(gold[gi]["hedged"]) for gi, p in matched.items()) / tp, 3) if tp else 0,
        "conflict_pairs_found": f"{res['conflict'][0]}/{res['conflict'][1]}",
        "agree_pairs_clustered": f"{res['agree'][0]}/{res['agree'][1]}",
        "evolving_pairs_clustered": f"{res['evolving'][0]}/{res['evolving'][1]}",
        "cluster_pair_precision": None,
    }


def score(gold_path: Path, pairs_path: Path, pred: list[dict], tmp_path: Path) -> dict:
    scorer = _shared_scorer()
    if scorer is None:
        return _minimal_score(load_jsonl(gold_path), load_jsonl(pairs_path), pred)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in pred), encoding="utf-8")
    with redirect_stdout(io.StringIO()):
        return scorer.main(["score.py", str(gold_path), str(pairs_path), str(pred_path), "--json"])


def fraction(value: str) -> tuple[int, int]:
    found, total = value.split("/")
    return int(found), int(total)


# --- invariants every input must hold ---------------------------------------------------------


def assert_offsets_exact(pred: list[dict]) -> None:
    bad = []
    for p in pred:
        text = file_text(Path(p["source_file"]))
        if text[p["start"] : p["end"]] != p["mention"]:
            bad.append((p["source_file"], p["start"], p["mention"], text[p["start"] : p["end"]]))
    assert not bad, f"offsets that do not give the mention: {bad[:5]}"


def assert_no_dates(pred: list[dict]) -> None:
    bad = []
    for p in pred:
        text = file_text(Path(p["source_file"]))
        line_start = text.rfind("\n", 0, p["start"]) + 1
        line_end = text.find("\n", p["end"])
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        for m in _DATES.finditer(line):
            if line_start + m.start() <= p["start"] and p["end"] <= line_start + m.end():
                bad.append((Path(p["source_file"]).name, p["mention"], m.group()))
        if re.fullmatch(r"(?:19|20)\d{2}", p["number_text"].strip()) and p["mention"].strip() == p["number_text"].strip():
            bad.append((Path(p["source_file"]).name, p["mention"], "bare year"))
    assert not bad, f"dates or years taken as claims: {bad}"


# --- the seed -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_pred() -> list[dict]:
    return records(SEED)


@pytest.fixture
def seed_scores(seed_pred, tmp_path) -> dict:
    return score(SEED_GOLD, SEED_PAIRS, seed_pred, tmp_path)


SEED_THRESHOLDS = [
    ("value_and_category_recall", 0.94),
    ("precision", 0.90),
]


@pytest.mark.parametrize(("metric", "minimum"), SEED_THRESHOLDS, ids=[m for m, _ in SEED_THRESHOLDS])
def test_seed_metric(seed_scores, metric, minimum) -> None:
    assert seed_scores[metric] >= minimum, seed_scores


def test_seed_pairs(seed_scores) -> None:
    assert fraction(seed_scores["conflict_pairs_found"]) == (2, 2), seed_scores
    assert fraction(seed_scores["agree_pairs_clustered"]) == (4, 4), seed_scores
    found, total = fraction(seed_scores["evolving_pairs_clustered"])
    assert total == 6 and found >= 4, seed_scores


def test_seed_cluster_purity(seed_scores) -> None:
    if seed_scores.get("cluster_pair_precision") is None:
        pytest.skip("cluster purity needs ../shared/tools/score.py")
    assert seed_scores["cluster_pair_precision"] >= 0.85, seed_scores


def test_seed_offsets_exact(seed_pred) -> None:
    assert seed_pred
    assert_offsets_exact(seed_pred)


def test_seed_no_dates(seed_pred) -> None:
    assert_no_dates(seed_pred)


def test_seed_gold_offsets() -> None:
    text = file_text(SEED)
    for g in load_jsonl(SEED_GOLD):
        assert text[g["start"] : g["end"]] == g["mention"], g


# --- the shared dev set -------------------------------------------------------------------

needs_dev = pytest.mark.skipif(not (DEV / "docs").is_dir(), reason="../shared/dev is not beside the clone")


@pytest.fixture(scope="module")
def dev_pred() -> list[dict]:
    return records(DEV / "docs")


DEV_THRESHOLDS = [
    ("recall", 0.90),
    ("precision", 0.90),
    ("value_and_category_recall", 0.90),
    ("attribution_acc", 0.80),
    ("hedged_acc", 0.85),
    ("cluster_pair_precision", 0.85),
]


def _fraction(text: str) -> float:
    found, total = text.split("/")
    return int(found) / int(total) if int(total) else 1.0


@needs_dev
def test_dev_pairs(dev_pred, tmp_path) -> None:
    """The issue's bars: agree and evolving pairs >= 85% clustered, every conflict pair found,
    false conflict clusters <= 20% of conflict clusters."""
    scores = score(DEV / "gold_claims.jsonl", DEV / "gold_pairs.jsonl", dev_pred, tmp_path)
    assert _fraction(scores["agree_pairs_clustered"]) >= 0.85, scores
    assert _fraction(scores["evolving_pairs_clustered"]) >= 0.85, scores
    assert _fraction(scores["conflict_pairs_found"]) == 1.0, scores
    assert scores["false_conflict_clusters"] <= 0.2 * scores["conflict_clusters"], scores


@needs_dev
@pytest.mark.parametrize(("metric", "minimum"), DEV_THRESHOLDS, ids=[m for m, _ in DEV_THRESHOLDS])
def test_dev_metric(dev_pred, tmp_path, metric, minimum) -> None:
    scores = score(DEV / "gold_claims.jsonl", DEV / "gold_pairs.jsonl", dev_pred, tmp_path)
    assert scores[metric] >= minimum, scores


@needs_dev
def test_dev_offsets_exact(dev_pred) -> None:
    assert_offsets_exact(dev_pred)


@needs_dev
def test_dev_no_dates(dev_pred) -> None:
    assert_no_dates(dev_pred)


# --- our own hand-annotated articles ------------------------------------------------------

ARTICLE_DOCS = sorted((ARTICLES / "docs").glob("*.txt"))
ARTICLE_GOLD = ARTICLES / "gold_claims.jsonl"
ARTICLE_PAIRS = ARTICLES / "gold_pairs.jsonl"


def _make_gold_module():
    spec = importlib.util.spec_from_file_location("articles_make_gold", ARTICLES / "make_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_articles_gold_is_fresh() -> None:
    """The committed gold is what make_gold.py builds from the hand annotations."""
    mg = _make_gold_module()
    claims = mg.GOLD.build_claims()
    pairs = mg.GOLD.build_pairs(claims)
    assert [{k: v for k, v in c.items() if not k.startswith("_")} for c in claims] == load_jsonl(ARTICLE_GOLD)
    assert pairs == load_jsonl(ARTICLE_PAIRS)


@pytest.mark.parametrize("doc", ARTICLE_DOCS, ids=[d.stem for d in ARTICLE_DOCS])
def test_articles_gold_matches_text(doc: Path) -> None:
    text = file_text(doc)
    words = len(text.split())
    assert 250 <= words <= 450, f"{doc.name}: {words} words"
    gold = [g for g in load_jsonl(ARTICLE_GOLD) if g["doc_id"] == doc.stem]
    assert gold, f"no gold for {doc.name}"
    for g in gold:
        assert text[g["start"] : g["end"]] == g["mention"], g
        assert g["category"] in {"killed", "wounded", "missing", "displaced", "evacuated", "detained", "troops", "other"}
        if g["value_high"] is not None:
            assert g["value_low"] <= g["value_high"], g


def test_articles_pairs_refer_to_gold() -> None:
    keys = {f"{g['doc_id']}#{g['claim_no']}": g for g in load_jsonl(ARTICLE_GOLD)}
    for p in load_jsonl(ARTICLE_PAIRS):
        assert p["relation"] in {"conflict", "agree", "evolving"}
        a, b = keys[p["a"]], keys[p["b"]]
        assert a["doc_id"] != b["doc_id"]
        assert a["doc_id"].split("__")[0] == b["doc_id"].split("__")[0], "pairs stay inside one event"


@pytest.fixture(scope="module")
def articles_pred() -> list[dict]:
    return records(ARTICLES / "docs")


def test_articles_offsets_exact(articles_pred) -> None:
    assert_offsets_exact(articles_pred)


def test_articles_no_dates(articles_pred) -> None:
    assert_no_dates(articles_pred)


# A little under what the rules reach (2026-11-27: recall 1.0, value+category .965,
# attribution .965, purity .70), so a rule change that loses ground here fails.
ARTICLE_THRESHOLDS = [
    ("recall", 0.97),
    ("precision", 0.97),
    ("value_and_category_recall", 0.94),
    ("attribution_acc", 0.93),
    ("hedged_acc", 0.95),
    ("cluster_pair_precision", 0.65),
]


def test_articles_report(articles_pred, tmp_path, record_property, capsys) -> None:
    """Scores on events the rules were not first written for, reported (-s or the junit XML)
    and held at the level reached, so a change that loses ground on them fails."""
    scores = score(ARTICLE_GOLD, ARTICLE_PAIRS, articles_pred, tmp_path)
    for k, v in scores.items():
        record_property(k, v)
    with capsys.disabled():
        print("\nfixtures/articles:", json.dumps(scores))
    low = {m: scores[m] for m, minimum in ARTICLE_THRESHOLDS if scores.get(m) is not None and scores[m] < minimum}
    assert not low, (low, scores)


# --- the checks themselves ----------------------------------------------------------------


def test_minimal_scorer_agrees_with_shared(seed_pred, tmp_path) -> None:
    """The fallback scorer gives what score.py gives, so CI without ../shared scores alike."""
    if _shared_scorer() is None:
        pytest.skip("../shared/tools/score.py is not beside the clone")
    shared = score(SEED_GOLD, SEED_PAIRS, seed_pred, tmp_path)
    minimal = _minimal_score(load_jsonl(SEED_GOLD), load_jsonl(SEED_PAIRS), seed_pred)
    for k, v in minimal.items():
        if v is not None:
            assert shared[k] == v, k


def test_date_check_catches_a_date(tmp_path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("Headline\n\nThe attack happened on March 24, 2022 in the town.\n", encoding="utf-8")
    text = file_text(path)
    start = text.index("24")
    fake = {"source_file": str(path), "start": start, "end": start + 2, "mention": "24", "number_text": "24"}
    with pytest.raises(AssertionError):
        assert_no_dates([fake])
    year = text.index("2022")
    fake_year = {"source_file": str(path), "start": year, "end": year + 4, "mention": "2022", "number_text": "2022"}
    with pytest.raises(AssertionError):
        assert_no_dates([fake_year])


def test_offset_check_catches_a_shift(tmp_path) -> None:
    path = tmp_path / "o.txt"
    path.write_text("Headline\n\nPolice arrested 45 protesters.\n", encoding="utf-8")
    start = file_text(path).index("45")
    with pytest.raises(AssertionError):
        assert_offsets_exact([{"source_file": str(path), "start": start + 1, "end": start + 3, "mention": "45"}])
