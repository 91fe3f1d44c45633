"""No code, test, phrasing row or doc quotes a held-out article.

The held-out sets (fixtures/heldout*/docs) measure how the extractor generalises; their
READMEs forbid rules, rows or tests that quote them. A rule learnt from a held-out error is
tested in other words, with other names and figures. This test finds any run of QUOTE_CHARS
characters (whitespace folded) that a line of the repository shares with a held-out article:
long enough that generic news phrasing ("could not be independently verified") does not
trip it, short enough to catch a sentence copied with its names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUOTE_CHARS = 45
CHECKED = ("claimcheck/**/*.py", "tests/**/*.py", "fixtures/phrasings/*.jsonl", "docs/*.md", "README.md")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@lru_cache(maxsize=1)
def _heldout_runs() -> dict[str, str]:
    """Every QUOTE_CHARS-long run of every held-out article, to the article it is from."""
    runs: dict[str, str] = {}
    for doc in sorted(ROOT.glob("fixtures/heldout*/docs/*")):
        text = _fold(doc.read_text(encoding="utf-8", errors="replace"))
        name = f"{doc.parent.parent.name}/{doc.name}"
        for i in range(len(text) - QUOTE_CHARS + 1):
            runs.setdefault(text[i : i + QUOTE_CHARS], name)
    return runs


def quotes(text: str) -> list[tuple[int, str, str]]:
    """(line number, the run, its article) for each line of `text` that quotes a held-out article."""
    runs = _heldout_runs()
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        folded = _fold(line)
        for i in range(len(folded) - QUOTE_CHARS + 1):
            run = folded[i : i + QUOTE_CHARS]
            if run in runs:
                found.append((number, run, runs[run]))
                break
    return found


def _checked_files() -> list[Path]:
    files = {p for pattern in CHECKED for p in ROOT.glob(pattern)}
    return sorted(p for p in files if p.name != Path(__file__).name)


def test_heldout_sets_exist() -> None:
    assert len(_heldout_runs()) > 100_000


def test_a_copied_sentence_is_found() -> None:
    doc = sorted(ROOT.glob("fixtures/heldout*/docs/*"))[0]
    sentence = _fold(doc.read_text(encoding="utf-8"))[200:260]
    assert quotes(f'    ("{sentence}", "12"),') != []
    assert quotes("The toll rose to 12, officials said, and 40 people were hurt.") == []


@pytest.mark.parametrize("path", _checked_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_file_quotes_a_heldout_article(path: Path) -> None:
    found = quotes(path.read_text(encoding="utf-8"))
    assert not found, "\n".join(f"{path.relative_to(ROOT)}:{n}: {run!r} ({doc})" for n, run, doc in found)
