"""Enter in the filter box: the rows come from the typing, the rest of the screen follows at once.

Enter was the slowest key at 100k claims. The list for the text in the box is built on each
keystroke, so Enter only shows it; focus, key bar, claims and source change in the same
refresh; the panes below the cluster list keep their size while the box is open. These tests
hold the behaviour (what the analyst sees) and the parts that make it fast.
"""

from __future__ import annotations

import threading

import pytest

from conftest import SIZE

from claimcheck.tui.screens.review import ReviewScreen
from claimcheck.tui.view import ReviewModel
from claimcheck.tui.widgets.claim_table import ClaimTable
from claimcheck.tui.widgets.cluster_list import ClusterList
from claimcheck.tui.widgets.footer import ReviewFooter
from claimcheck.tui.widgets.source_text import SourceText
from test_review import column, footer_keys, screen_text, widgets


def count_filtering(monkeypatch) -> list[str]:
    """Record each word/token filter the model runs (the query's text)."""
    runs: list[str] = []
    original = ReviewModel.cluster_rows

    def cluster_rows(self, query=None, *args, **kwargs):
        if query is not None and not query.is_empty:
            runs.append(query.text)
        return original(self, query, *args, **kwargs)

    monkeypatch.setattr(ReviewModel, "cluster_rows", cluster_rows)
    return runs


async def test_enter_shows_the_rows_filtered_while_typing(app, monkeypatch):
    runs = count_filtering(monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await app.workers.wait_for_complete()
        await pilot.press(*"ombudsman")
        await pilot.pause()
        typed = len(runs)
        assert runs[-1] == "ombudsman"
        await pilot.press("enter")
        await pilot.pause()
        clusters, _, _ = widgets(app)
        assert len(runs) == typed, "Enter filtered again"
        assert column(clusters, "label") == ["wounded: people", "killed: civilians"]
        assert "Clusters 2 of 14 · filter: ombudsman" in screen_text(app)
        assert app.focused is clusters


async def test_words_typed_before_the_search_text_is_ready_are_filtered_when_it_is(app, monkeypatch):
    """Typing never waits for the search text; once the worker has built it, the box's text
    is filtered, and Enter finds it done."""
    runs = count_filtering(monkeypatch)
    release = threading.Event()
    original = ReviewModel.prepare_search

    def slow_prepare(self):
        release.wait(5)
        original(self)

    monkeypatch.setattr(ReviewModel, "prepare_search", slow_prepare)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"ombudsman")
        await pilot.pause()
        assert runs == []
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert runs == ["ombudsman"]
        await pilot.press("enter")
        assert runs == ["ombudsman"]
        assert column(widgets(app)[0], "label") == ["wounded: people", "killed: civilians"]


async def test_a_verdict_while_the_box_is_open_shows_in_the_filtered_rows(app, store):
    """Rows filtered while typing hold the counts of that moment; a verdict given meanwhile
    (here through the command palette) must show after Enter."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        clusters, claims, _ = widgets(app)
        wounded = clusters.current_cluster_id
        assert clusters.cell_text(wounded, "unverified") == "3"
        await pilot.press("slash", *"status:conflict")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Verify claim")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#filter-input")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.filter.text == "status:conflict"
        assert clusters.cell_text(wounded, "unverified") == "2"


async def test_a_sort_while_the_box_is_open_orders_the_filtered_rows(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"category:killed")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Cycle sort")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.sort.value == "disagreement"
        labels = column(widgets(app)[0], "label")
        assert labels[0] == "killed: people" and all(label.startswith("killed") for label in labels)


async def test_enter_moves_claims_source_focus_and_keys_before_the_next_refresh(app, monkeypatch):
    """When the filter leaves out the cluster under the cursor, the claims and the source show
    the new one as soon as Enter's handler returns, not after one refresh each; so do the focus,
    on the list, and its keys on the bar."""
    states = []
    original = ReviewScreen._focus_clusters

    def focus_clusters(self):  # the last step of Enter's handler
        original(self)
        clusters, claims, source = self.query_one(ClusterList), self.query_one(ClaimTable), self.query_one(SourceText)
        keys = [key.description for key in self.query_one(ReviewFooter).shown_keys()]
        states.append((clusters.current_cluster_id, claims.cluster_id, claims.current_claim_id, source.claim_id,
                       self.focused is clusters, keys))

    monkeypatch.setattr(ReviewScreen, "_focus_clusters", focus_clusters)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"status:conflict", "enter")  # key widgets never shown wait for a recompose
        await pilot.pause()
        states.clear()
        await pilot.press("slash", *"status:agree", "enter")
        await pilot.pause()
        ((cluster, claims_of, claim, source_of, focused, keys),) = states
        assert cluster == claims_of == "c02-killed-civilians"
        assert claim is not None and source_of == claim
        assert focused and keys == footer_keys(app)
        clusters, claims, source = widgets(app)
        assert column(claims, "mention") == ["2 civilians", "at least two civilians", "At least two civilians"]
        assert "2 civilians" in source.shown_text()
        assert app.focused is clusters
        assert "Claims" in footer_keys(app) and "Clear filter" in footer_keys(app)


async def test_escape_takes_clear_filter_off_the_key_bar(app):
    """Escape in the cluster list clears the filter and leaves the focus where it is: the key
    bar must still drop `Clear filter` (it used to stay, as nothing refreshed the bar)."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"status:agree", "enter")
        await pilot.pause()
        assert "Clear filter" in footer_keys(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is widgets(app)[0]
        assert len(column(widgets(app)[0], "status")) == 14
        assert "Clear filter" not in footer_keys(app)


async def test_the_panes_below_keep_their_size_while_the_box_is_open(app):
    """The filter box takes its lines from the cluster list only: the claims and the source do
    not move or resize when it opens and closes."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        clusters, claims, source = widgets(app)
        before = [(w.region, w.size) for w in (clusters, claims, source)]
        await pilot.press("slash")
        await pilot.pause()
        box = app.screen.query_one("#filter-input")
        assert [(w.region, w.size) for w in (claims, source)] == before[1:]
        assert clusters.region.height == before[0][0].height - box.region.height
        assert box.region.y == before[0][0].y
        await pilot.press(*"wounded", "enter")
        await pilot.pause()
        assert [(w.region, w.size) for w in (clusters, claims, source)] == before


async def test_story_filter_keeps_one_event_and_the_story_is_shown(app):
    """A corpus on many events has clusters labelled alike: the Story column and the claims
    title say which event a cluster is about, and `story:` keeps one."""
    async with app.run_test(size=SIZE) as pilot:
        clusters, _, _ = widgets(app)
        assert set(column(clusters, "story")) == {
            "Nagorno-Karabakh offensive, September 2023", "Ceasefire violation, March 2022",
        }
        await pilot.press("slash")
        await app.workers.wait_for_complete()
        await pilot.press(*"story:ceasefire", "enter")
        await pilot.pause()
        assert column(clusters, "label") == ["other: strikes"]
        assert column(clusters, "story") == ["Ceasefire violation, March 2022"]
        assert "story: Ceasefire violation, March 2022" in str(app.screen.query_one(ClaimTable).border_title)


async def test_an_empty_story_token_keeps_the_box_open_and_says_why(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"story:", "enter")
        await pilot.pause()
        clusters, _, _ = widgets(app)
        assert len(column(clusters, "label")) == 14
        assert any("empty story:" in n.message for n in app._notifications)
        assert app.screen.query_one("#filter-input").display


@pytest.mark.parametrize(("width", "shown"), [(120, False), (170, True), (200, True)])
async def test_the_story_column_takes_the_width_left_and_never_scrolls_sideways(app, width, shown):
    """The headline is the last thing a narrow terminal needs: it fills what the counts leave,
    and is hidden (the claims title still names the story) rather than push a horizontal
    scrollbar onto the list."""
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.pause()
        clusters, _, _ = widgets(app)
        story = clusters.columns["story"]
        assert clusters.virtual_size.width <= clusters.scrollable_content_region.width
        assert (story.width > 0) is shown
        if shown:
            others = sum(c.get_render_width(clusters) for c in clusters.columns.values() if c is not story)
            assert story.get_render_width(clusters) + others >= clusters.scrollable_content_region.width - 2
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert clusters.virtual_size.width <= clusters.scrollable_content_region.width


async def test_a_filter_that_matches_nothing_empties_the_claims_and_the_source(app):
    """No cluster left: no claim's text may stay on screen as if it were selected."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        shown = widgets(app)[2].claim_id
        assert shown is not None and "Source: news18.com" in screen_text(app)
        await pilot.press("escape", "slash")
        await app.workers.wait_for_complete()
        await pilot.press(*"zzzz", "enter")
        await pilot.pause()
        clusters, claims, source = widgets(app)
        assert column(clusters, "label") == []
        assert claims.row_count == 0
        assert source.claim_id is None
        assert "No claim selected." in screen_text(app)
        assert "Source: news18.com" not in screen_text(app)


@pytest.mark.parametrize("width", [100, 120, 170])
async def test_the_claims_speaker_column_takes_the_spare_width_and_is_never_hidden(app, width):
    """A wide terminal shows whole speakers ("ethnic Armenian officials") instead of empty
    space after the last column; a narrow one keeps the speaker at its least width."""
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        _, claims, _ = widgets(app)
        speaker = claims.columns["speaker"]
        assert speaker.width >= 14
        others = sum(c.get_render_width(claims) for c in claims.columns.values() if c is not speaker)
        if width >= 120:
            assert claims.virtual_size.width <= claims.scrollable_content_region.width
            assert speaker.get_render_width(claims) + others >= claims.scrollable_content_region.width - 2
        if width == 170:
            assert "ethnic Armenian officials" in column(claims, "speaker")
            assert speaker.width >= len("ethnic Armenian officials")  # shown whole, not cut
