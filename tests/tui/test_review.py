"""Pilot tests of the review screen: keys in, store state and widget cells out."""

from __future__ import annotations

import csv
import html
import re

import pytest
from conftest import SIZE
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Markdown

from claimcheck.models import (
    Analysis,
    Category,
    Claim,
    Cluster,
    ClusterStatus,
    Source,
    Story,
    VerdictStatus,
)
from claimcheck.tui.messages import ReportExported, VerdictChanged
from claimcheck.tui.query import PAGE_SIZE
from claimcheck.tui.screens.help import HELP_PATH, HelpScreen
from claimcheck.tui.screens.note import NoteScreen
from claimcheck.tui.screens.review import ReviewScreen
from claimcheck.tui.widgets.claim_table import ClaimTable
from claimcheck.tui.widgets.cluster_list import ClusterList
from claimcheck.tui.widgets.source_text import SourceText

WOUNDED = "c01-wounded-people"


def column(table, key: str) -> list[str]:
    """The plain text of one column, top to bottom."""
    return [getattr(cell, "plain", str(cell)) for cell in table.get_column(key)]


def widgets(app) -> tuple[ClusterList, ClaimTable, SourceText]:
    screen = app.screen
    return screen.query_one(ClusterList), screen.query_one(ClaimTable), screen.query_one(SourceText)


def posted(seen: list[Message], kind: type) -> list:
    """Messages of `kind`, once each (a bubbling message reaches the hook at every level)."""
    unique = {id(m): m for m in seen if isinstance(m, kind)}
    return list(unique.values())


def screen_text(app) -> str:
    """What the terminal shows, as text: the SVG the app renders, its text runs joined."""
    runs = re.findall(r"<text[^>]*>([^<]*)</text>", app.export_screenshot())
    return html.unescape("".join(runs)).replace("\xa0", " ")


# -- first screen --------------------------------------------------------------------------------


async def test_first_screen_shows_the_conflict_first(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        clusters, claims, source = widgets(app)
        assert column(clusters, "status")[0] == "CONFLICT"
        assert column(clusters, "label")[0] == "wounded: people"
        assert column(clusters, "range")[0] == "11–23"
        assert column(clusters, "unverified")[0] == "3"
        assert column(claims, "mention") == ["11 wounded", "11 others", "23 wounded"]
        assert column(claims, "speaker")[2] == "The Nagorno-Karabakh Human Rights Ombudsman"
        assert column(claims, "hedged") == ["yes", "", ""]
        assert column(claims, "verdict") == ["! unreviewed"] * 3
        assert column(claims, "weak") == ["hedged, in conflict", "in conflict", "in conflict"]
        assert app.focused is clusters
        assert "11 wounded" in source.shown_text()
        assert f"claim {claims.current_claim_id}" in str(source.border_subtitle)
        shown = screen_text(app)
        assert "CONFLICT" in shown and "EVOLVING" in shown and "AGREE" in shown and "SINGLE" in shown


async def test_statuses_are_words_in_review_order(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        clusters, _, _ = widgets(app)
        assert column(clusters, "status")[:4] == ["CONFLICT", "EVOLVING", "AGREE", "SINGLE"]


async def test_moving_down_the_clusters_shows_their_claims(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down")
        _, claims, _ = widgets(app)
        assert claims.cluster_id == "c03-killed-people"
        assert column(claims, "mention") == ["at least 200 people", "at least 213 people"]
        assert "timeline" in str(claims.border_title)


async def test_moving_down_the_claims_shows_their_source(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "down", "down")
        _, claims, source = widgets(app)
        assert claims.current_claim_id is not None
        mention = source.query_one("#source-mention")
        text = mention.content.plain
        assert "23 wounded" in text
        (span,) = mention.content.spans
        assert text[span.start : span.end] == "23 wounded"


# -- verdicts ------------------------------------------------------------------------------------


async def test_enter_then_v_verifies_the_claim_and_updates_both_tables(app, store):
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("enter")
        clusters, claims, _ = widgets(app)
        assert app.focused is claims
        claim_id = claims.current_claim_id
        await pilot.press("v")
        assert store.get(claim_id).status is VerdictStatus.VERIFIED
        assert claims.cell_text(claim_id, "verdict") == "✓ verified"
        assert clusters.cell_text(WOUNDED, "unverified") == "2"
        (change,) = store.log()
        assert (change.claim_id, change.old_status, change.new_status) == (
            claim_id,
            VerdictStatus.UNREVIEWED,
            VerdictStatus.VERIFIED,
        )
        changed = posted(seen, VerdictChanged)
        assert [m.change.change_id for m in changed] == [change.change_id]


VERDICT_KEYS = [("d", VerdictStatus.DISPUTED, "! disputed"), ("x", VerdictStatus.REJECTED, "! rejected")]


@pytest.mark.parametrize(("key", "status", "cell"), VERDICT_KEYS, ids=[k for k, *_ in VERDICT_KEYS])
async def test_dispute_and_reject_keep_the_claim_unverified(app, store, key, status, cell):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "down", key)
        clusters, claims, _ = widgets(app)
        claim_id = claims.current_claim_id
        assert column(claims, "mention")[claims.cursor_row] == "11 others"
        assert store.get(claim_id).status is status
        assert claims.cell_text(claim_id, "verdict") == cell
        assert clusters.cell_text(WOUNDED, "unverified") == "3"


async def test_u_sets_the_claim_back_to_unreviewed(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "v")
        clusters, claims, _ = widgets(app)
        claim_id = claims.current_claim_id
        assert clusters.cell_text(WOUNDED, "unverified") == "2"
        await pilot.press("u")
        assert store.get(claim_id).status is VerdictStatus.UNREVIEWED
        assert claims.cell_text(claim_id, "verdict") == "! unreviewed"
        assert clusters.cell_text(WOUNDED, "unverified") == "3"
        assert [c.new_status for c in store.log(claim_id)] == [VerdictStatus.VERIFIED, VerdictStatus.UNREVIEWED]


async def test_verdict_keys_do_not_rebuild_the_tables(app, monkeypatch):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        clusters, claims, _ = widgets(app)
        cleared: list[str] = []
        monkeypatch.setattr(ClusterList, "clear", lambda self, columns=False: cleared.append("clusters"))
        monkeypatch.setattr(ClaimTable, "clear", lambda self, columns=False: cleared.append("claims"))
        await pilot.press("v", "down", "d", "down", "x", "z")
        assert cleared == []


async def test_verdict_keys_only_act_in_the_claims(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")  # the cluster list has focus: no claim is judged
        assert store.log() == []


async def test_escape_from_claims_goes_back_to_clusters(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        clusters, claims, _ = widgets(app)
        assert app.focused is claims
        await pilot.press("escape")
        assert app.focused is clusters


# -- notes and undo ------------------------------------------------------------------------------


async def test_n_writes_a_note_with_the_current_status(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "d", "n")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"AFP quotes the same officials")
        await pilot.press("enter")
        assert isinstance(app.screen, ReviewScreen)
        _, claims, source = widgets(app)
        claim_id = claims.current_claim_id
        verdict = store.get(claim_id)
        assert (verdict.status, verdict.note) == (VerdictStatus.DISPUTED, "AFP quotes the same officials")
        assert claims.cell_text(claim_id, "verdict") == "! disputed ✎"
        assert "AFP quotes the same officials" in str(source.border_subtitle)
        # A later verdict key keeps the note.
        await pilot.press("v")
        assert store.get(claim_id).note == "AFP quotes the same officials"


async def test_escape_cancels_the_note(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "n", "a", "b", "escape")
        assert isinstance(app.screen, ReviewScreen)
        assert store.log() == []


async def test_z_undoes_through_the_store(app, store):
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("enter", "v", "down", "d")
        clusters, claims, _ = widgets(app)
        first, second = [row.claim_id for row in claims.current_page.items[:2]]
        assert clusters.cell_text(WOUNDED, "unverified") == "2"

        await pilot.press("z")
        assert store.get(second).status is VerdictStatus.UNREVIEWED
        assert claims.cell_text(second, "verdict") == "! unreviewed"
        await pilot.press("z")
        assert store.get(first).status is VerdictStatus.UNREVIEWED
        assert claims.cell_text(first, "verdict") == "! unreviewed"
        assert clusters.cell_text(WOUNDED, "unverified") == "3"

        log = store.log()
        assert [c.undo_of for c in log] == [None, None, log[1].change_id, log[0].change_id]
        assert [m.undo for m in posted(seen, VerdictChanged)] == [False, False, True, True]

        await pilot.press("z")  # nothing left: a notice, no change
        await pilot.pause()
        assert len(store.log()) == 4
        assert any("Nothing to undo" in n.message for n in app._notifications)


# -- filter and sort -----------------------------------------------------------------------------


async def test_filter_status_agree(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"status:agree", "enter")
        clusters, claims, _ = widgets(app)
        assert column(clusters, "status") == ["AGREE"]
        assert column(clusters, "label") == ["killed: civilians"]
        assert column(claims, "mention") == ["2 civilians", "at least two civilians", "At least two civilians"]
        assert app.focused is clusters
        assert "Clusters 1 of 14 · filter: status:agree · sorted by status" in screen_text(app)

        await pilot.press("escape")
        assert len(column(clusters, "status")) == 14


async def test_filter_by_free_text_and_category(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"category:killed landmine", "enter")
        clusters, _, _ = widgets(app)
        assert column(clusters, "label") == ["killed: civilians, landmine", "killed: soldiers, landmine"]


async def test_bad_filter_says_why_and_keeps_the_input(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"status:nope", "enter")
        await pilot.pause()
        box = app.screen.query_one("#filter-input")
        assert box.display and app.focused is box
        assert any("unknown status 'nope'" in n.message for n in app._notifications)
        await pilot.press("escape")
        assert not box.display
        assert len(column(widgets(app)[0], "status")) == 14


async def test_s_cycles_the_sort_and_keeps_the_cursor(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        clusters, _, _ = widgets(app)
        await pilot.press("s")
        assert app.screen.sort.value == "disagreement"
        assert column(clusters, "label")[:2] == ["killed: people", "wounded: people"]
        assert clusters.current_cluster_id == WOUNDED
        await pilot.press("s")
        assert app.screen.sort.value == "size"
        await pilot.press("s")
        assert app.screen.sort.value == "label"
        assert column(clusters, "label")[0] == "displaced: residents"
        await pilot.press("s")
        assert app.screen.sort.value == "status"
        assert "sorted by status" in screen_text(app)


# -- export, help, palette -----------------------------------------------------------------------

async def test_e_exports_the_csv_report(app, store, tmp_path):
    seen: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("enter", "v", "e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        exported = posted(seen, ReportExported)
        assert exported, [n.message for n in app._notifications]
        path = tmp_path / "report.csv"
        assert exported[0].path == str(path)
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == 19
        assert rows[0]["cluster_status"] == "conflict"
        verified = [r for r in rows if r["verdict"] == "verified"]
        assert [r["mention"] for r in verified] == ["11 wounded"]
        assert any(str(path) in n.message for n in app._notifications)


async def test_a_second_export_says_it_replaces_the_first(app, store, tmp_path):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = [n.message for n in app._notifications if n.message.startswith("Exported")]
        assert first and "replaces" not in first[-1]
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        again = [n.message for n in app._notifications if n.message.startswith("Exported")]
        assert len(again) == 2 and "replaces the earlier export" in again[-1]


async def test_question_mark_opens_help_listing_every_key(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "claimcheck review: keys" in screen_text(app)
        source = app.screen.query_one(Markdown).source
        for words in ("mark the claim **verified**", "undo the last verdict", "status:conflict", "export the discrepancy"):
            assert words in source
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


KEY_SHOWN = {"slash": "/", "question_mark": "?", "escape": "Escape", "enter": "Enter", "right_square_bracket": "]", "left_square_bracket": "["}


def test_help_lists_every_key():
    text = HELP_PATH.read_text(encoding="utf-8")
    bindings = [b for cls in (ReviewScreen, ClusterList, ClaimTable) for b in cls.BINDINGS if isinstance(b, Binding)]
    assert len(bindings) >= 16
    for binding in bindings:
        assert binding.id and binding.description, binding
        assert f"`{KEY_SHOWN.get(binding.key, binding.key)}`" in text, binding.key


async def test_command_palette_runs_review_actions(app, store):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "ctrl+p")
        await pilot.pause()
        await pilot.press(*"Reject claim")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        _, claims, _ = widgets(app)
        assert store.get(claims.current_claim_id).status is VerdictStatus.REJECTED


async def test_q_quits(app, monkeypatch):
    exits: list[object] = []
    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(app, "exit", lambda *args, **kwargs: exits.append(args))
        await pilot.press("q")
        assert exits == [()]


async def test_skipped_inputs_are_announced(analysis, store):
    from claimcheck.tui.app import ClaimcheckApp

    app = ClaimcheckApp(analysis, store, skipped=["a.csv:2: row has no `text`", "b.txt: not UTF-8"])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        (notice,) = app._notifications
        assert notice.title == "2 input(s) skipped"
        assert notice.message == "a.csv:2: row has no `text` (and 1 more)"


# -- hostile text --------------------------------------------------------------------------------


async def test_markup_and_escapes_in_the_source_show_literally(make_app, hostile):
    app = make_app(hostile)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        clusters, claims, source = widgets(app)
        text = source.shown_text()
        assert "[bold]is not bold[/]" in text
        assert "[link=http://x]this is not a link[/link]" in text
        assert "␛[31mstay visible␛[0m" in text
        assert "\x1b" not in text
        assert column(clusters, "label") == ["killed: [b]people[/b]"]
        assert column(claims, "speaker") == ["[red]officials[/red]"]
        assert column(claims, "outlet") == ["[bold]Evil Outl…"] or column(claims, "outlet") == ["[bold]Evil Outlet[/]"]
        shown = screen_text(app)
        assert "[bold]is not bold[/]" in shown
        assert "[link=http://x]this is not a link[/link]" in shown
        assert "␛[31mstay visible␛[0m" in shown
        assert "[i]agency[/i]" in shown
        assert "killed: [b]people[/b]" in shown


async def test_notifications_show_markup_literally(app):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"status:[bold]x[/]", "enter")
        await pilot.pause(0.3)
        (notice,) = app._notifications
        assert notice.markup is False
        assert "unknown status '[bold]x[/]'" in notice.message
        # What the toast draws (toasts are not in headless screenshots).
        from textual.widgets._toast import Toast

        assert "'[bold]x[/]'" in str(Toast(notice).render())


# -- startup and scale ---


async def test_first_screen_on_the_real_seed(tmp_path):
    """The seed's analysis opens on its conflict, with its claims and source shown. (How
    fast is benchmarks/bench_tui.py's job: a timed unit test flakes on a shared machine.)"""
    from pathlib import Path

    from claimcheck.pipeline import analyse_paths
    from claimcheck.store.verdicts import VerdictStore
    from claimcheck.tui.app import ClaimcheckApp

    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_ff300813a446f845.txt"
    analysis = analyse_paths([str(seed)], on_error=lambda error: pytest.fail(str(error)))
    with VerdictStore(tmp_path / "seed.db") as store:
        store.register_claims(analysis.claims)
        app = ClaimcheckApp(analysis, store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            clusters, claims, source = widgets(app)
            assert column(clusters, "status")[0] == "CONFLICT"
            assert claims.row_count > 0 and source.shown_text()


def big_analysis(clusters: int, per_cluster: int) -> Analysis:
    text = "Officials said 12 people were killed.\n"
    source = Source(source_id="big#1", source_file="big.txt", text=text)
    claims, groups = [], []
    for n in range(clusters):
        ids = []
        for m in range(per_cluster):
            cid = f"k{n:05d}-{m:03d}"
            claims.append(
                Claim(
                    claim_id=cid, source_id="big#1", source_file="big.txt", start=15, end=24,
                    mention="12 people", sentence=text.strip(), number_text="12",
                    value_low=12 + m, value_high=12 + m, category=Category.KILLED, subject="people",
                )
            )
            ids.append(cid)
        groups.append(
            Cluster(
                cluster_id=f"c{n:05d}", story_id="s", label=f"killed: people #{n}", category=Category.KILLED,
                subject="people", status=ClusterStatus.CONFLICT if n % 3 == 0 else ClusterStatus.SINGLE,
                low=12, high=12 + per_cluster, origins=2, disagreement=0.5, claim_ids=tuple(ids),
            )
        )
    return Analysis(sources=(source,), claims=tuple(claims), stories=(Story(story_id="s", label="s", source_ids=("big#1",)),), clusters=tuple(groups))


async def test_large_analysis_builds_one_page_of_rows(make_app):
    """20k claims in 5k clusters: the tables hold a page of rows, not every row."""
    analysis = big_analysis(5000, 4)
    app = make_app(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        clusters, claims, _ = widgets(app)
        assert clusters.row_count == PAGE_SIZE
        assert clusters.current_page.count == -(-5000 // PAGE_SIZE)
        await pilot.press("right_square_bracket")
        assert clusters.current_page.number == 1
        await pilot.press("enter", "v")
        assert clusters.cell_text(clusters.current_cluster_id, "unverified") == "3"


def footer_keys(app) -> list[str]:
    """The keys the footer shows, left to right; they must be what Textual's own Footer
    would compose for the current focus (same keys, order, enabled state and tooltips)."""
    from textual.compose import compose

    from claimcheck.tui.widgets.footer import ReviewFooter, _identity

    footer = app.screen.query_one(ReviewFooter)
    shown = footer.shown_keys()
    with footer._context():  # compose as the footer itself would
        expected = compose(footer)
    assert [_identity(key) for key in shown] == [_identity(key) for key in expected]
    return [key.description for key in shown]


async def test_footer_follows_focus_and_the_page_count(make_app):
    """The key bar is rebuilt only when its keys change, and always when they do: focus moves,
    and a filter that leaves one page (or clears back to many) with the focus unmoved."""
    app = make_app(big_analysis(5000, 4))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert {"Claims", "Next page", "Filter"} <= set(footer_keys(app))
        await pilot.press("slash", *"#1234", "enter")
        await pilot.pause()
        clusters, _, _ = widgets(app)
        assert column(clusters, "label") == ["killed: people #1234"]
        keys = footer_keys(app)
        assert "Claims" in keys and "Next page" not in keys
        await pilot.press("escape")  # the focus stays on the clusters: only the page count changes
        await pilot.pause()
        assert clusters.current_page.count == 25
        assert "Next page" in footer_keys(app)
        await pilot.press("enter")
        await pilot.pause()
        keys = footer_keys(app)
        assert "Verified" in keys and "Next page" not in keys and "Claims" not in keys
        await pilot.press("escape")
        await pilot.pause()
        assert {"Claims", "Next page"} <= set(footer_keys(app))


async def test_tables_are_sized_as_datatable_sizes_them(make_app):
    """The tables skip DataTable's per-cell measuring (fixed column widths); the scrollable
    size must still be what DataTable's own sizing computes."""
    from textual.widgets import DataTable

    app = make_app(big_analysis(300, 3))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for table in widgets(app)[:2]:
            ours = table.virtual_size
            DataTable._update_dimensions(table, list(table.rows))
            assert table.virtual_size == ours
            assert ours.height == table.row_count + 1


async def test_legend_totals_follow_verdicts(app):
    from claimcheck.tui.widgets.legend import ReviewLegend

    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        legend = app.screen.query_one(ReviewLegend)
        assert "0 verified" in legend.content.plain and "19 unreviewed (19 unverified)" in legend.content.plain
        await pilot.press("down", "up", "enter", "v")
        await pilot.pause()
        assert "1 verified" in legend.content.plain and "18 unreviewed (18 unverified)" in legend.content.plain
        await pilot.press("down", "d")
        await pilot.pause()
        # the four verdicts add up to the 19 claims; the disputed claim is still unverified
        assert "1 verified · 1 disputed · 0 rejected · 17 unreviewed (18 unverified)" in legend.content.plain
        await pilot.press("u", "up", "u")
        await pilot.pause()
        assert "0 verified" in legend.content.plain and "19 unreviewed (19 unverified)" in legend.content.plain


async def test_search_text_is_built_when_the_filter_box_opens(app):
    """The filter's search text is prepared in a worker when `/` opens the filter box (not at
    startup), so the first Enter does not lower-case every claim."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert not app.screen.model.search_ready
        await pilot.press("slash")
        await app.workers.wait_for_complete()
        assert app.screen.model.search_ready
        await pilot.press(*"ombudsman", "enter")
        assert column(widgets(app)[0], "label") == ["wounded: people", "killed: civilians"]


async def test_tables_redraw_right_after_resizes(make_app):
    """The tables keep their drawn rows when only their height changes (the filter box opening
    and closing) and redraw them when the width changes: the screen must look as drawn anew."""
    app = make_app(big_analysis(300, 3))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = screen_text(app)
        await pilot.press("down", "down", "slash")
        await pilot.pause()
        opened = screen_text(app)
        assert opened != before and "killed: people #105" in opened
        await pilot.press("escape", "up", "up")
        await pilot.pause()
        assert screen_text(app) == before
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        resized = screen_text(app)
    fresh = make_app(big_analysis(300, 3))
    async with fresh.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert screen_text(fresh) == resized


async def test_pages_built_at_once_equal_pages_built_row_by_row(make_app, monkeypatch):
    """PagedTable adds a page's rows in one go; the tables, the cursor and the screen must be
    what DataTable.add_row, row by row, gives."""
    from claimcheck.tui.widgets.paged_table import PagedTable

    async def observe(app) -> list:
        seen = []
        async with app.run_test(size=SIZE) as pilot:
            for keys in ((), ("down", "down"), ("right_square_bracket",), ("enter", "down"), ("escape", "slash", *"#12", "enter")):
                await pilot.press(*keys)
                await pilot.pause()
                clusters, claims, source = widgets(app)
                seen.append(
                    [
                        [(str(key.value), [getattr(c, "plain", c) for c in table.get_row(key)]) for key in table.rows]
                        + [table.cursor_coordinate, table.current_key(), table.virtual_size]
                        for table in (clusters, claims)
                    ]
                    + [source.shown_text(), screen_text(app)]
                )
        return seen

    ours = await observe(make_app(big_analysis(450, 3)))

    def row_by_row(self, rows):
        for key, cells in rows:
            self.add_row(*cells, key=key)

    monkeypatch.setattr(PagedTable, "_add_rows", row_by_row)
    stock = await observe(make_app(big_analysis(450, 3)))
    assert ours == stock


async def test_end_and_home_move_the_cursor_to_the_last_and_first_row(app):
    # the user guide's keys: DataTable itself scrolls sideways on them
    async with app.run_test(size=SIZE) as pilot:
        clusters, _, _ = widgets(app)
        await pilot.press("end")
        assert clusters.cursor_row == clusters.row_count - 1 > 0
        await pilot.press("home")
        assert clusters.cursor_row == 0
        await pilot.press("enter", "end")
        _, claims, _ = widgets(app)
        assert claims.cursor_row == claims.row_count - 1
