"""The review actions in the command palette (Ctrl+P), by name, run on the review screen."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (palette name, what it does, action run on the screen)
REVIEW_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Verify claim", "Mark the selected claim verified (v)", "set_verdict('verified')"),
    ("Dispute claim", "Mark the selected claim disputed (d)", "set_verdict('disputed')"),
    ("Reject claim", "Mark the selected claim rejected (x)", "set_verdict('rejected')"),
    ("Unreview claim", "Set the selected claim back to unreviewed (u)", "set_verdict('unreviewed')"),
    ("Note on claim", "Write a note on the selected claim (n)", "edit_note"),
    ("Undo verdict", "Revert the last verdict change (z)", "undo"),
    ("Filter clusters", "Filter by words, status:…, category:…, story:… (/)", "start_filter"),
    ("Clear filter", "Show every cluster again (Escape)", "clear_filter"),
    ("Cycle sort", "Sort by status, disagreement, size, label (s)", "cycle_sort"),
    ("Export CSV report", "Write the discrepancy report (e)", "export"),
    ("Show claims", "Focus the claims of the selected cluster (Enter)", "focus_claims"),
    ("Show clusters", "Focus the cluster list (Escape)", "focus_clusters"),
    ("Help", "List every key (?)", "help"),
)


class ReviewCommands(Provider):
    """Offers REVIEW_COMMANDS; each runs as an action on the screen the palette opened over."""

    async def discover(self) -> Hits:
        for name, help_text, action in REVIEW_COMMANDS:
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, action in REVIEW_COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self.screen.run_action, action), help=help_text)
