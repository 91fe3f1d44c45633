"""SVG snapshots of the review UI over the hand-built seed analysis, at 120x40.

Regenerate (after a deliberate change, and look at the diff report first):
    .venv/bin/pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from conftest import SIZE


class TestReviewScreen:
    def test_first_screen(self, snap_compare, app):
        assert snap_compare(app, terminal_size=SIZE)

    def test_claims_focused_after_enter(self, snap_compare, app):
        assert snap_compare(app, terminal_size=SIZE, press=["enter", "down"])


class TestHelpScreen:
    def test_help(self, snap_compare, app):
        assert snap_compare(app, terminal_size=SIZE, press=["question_mark"])
