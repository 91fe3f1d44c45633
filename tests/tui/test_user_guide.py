"""docs/user-guide.md stays in step with the UI: every key documented, every picture present."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.binding import Binding

from claimcheck.tui.screens.review import ReviewScreen
from claimcheck.tui.widgets.claim_table import ClaimTable
from claimcheck.tui.widgets.cluster_list import ClusterList

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = (DOCS / "user-guide.md").read_text(encoding="utf-8")
SHOWN = {"slash": "/", "question_mark": "?", "escape": "Escape", "enter": "Enter",
         "right_square_bracket": "]", "left_square_bracket": "["}
BINDINGS = [b for cls in (ReviewScreen, ClusterList, ClaimTable) for b in cls.BINDINGS if isinstance(b, Binding)]


@pytest.mark.parametrize("binding", BINDINGS, ids=[b.id or b.key for b in BINDINGS])
def test_every_key_is_in_the_keys_table(binding):
    keys_table = GUIDE.split("## Keys", 1)[1].split("\n## ", 1)[0]
    assert f"`{SHOWN.get(binding.key, binding.key)}`" in keys_table


def test_screenshots_exist():
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", GUIDE)
    assert len(pictures) >= 4
    for picture in pictures:
        assert (DOCS / picture).is_file(), picture


def test_the_walk_through_uses_the_seed():
    assert "claimcheck review seeds/000_ff300813a446f845.txt" in GUIDE
