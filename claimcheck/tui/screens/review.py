"""The main screen: clusters on top, the selected cluster's claims, the selected claim's source.

The screen owns the store calls: a verdict key writes to the store before its handler returns,
then puts the store's answer into the view model and updates the affected cells of both tables
in place (no table is rebuilt on a verdict).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from claimcheck.errors import ClaimcheckError
from claimcheck.models import ClusterStatus, VerdictChange, VerdictStatus
from claimcheck.tui.commands import ReviewCommands
from claimcheck.tui.messages import ReportExported, VerdictChanged
from claimcheck.tui.query import Filter, FilterError, SortKey, parse_filter
from claimcheck.tui.screens.help import HelpScreen
from claimcheck.tui.screens.note import NoteScreen
from claimcheck.tui.text import format_value, one_line
from claimcheck.tui.view import ReviewModel, export_report
from claimcheck.tui.widgets.claim_table import ClaimTable
from claimcheck.tui.widgets.cluster_list import ClusterList
from claimcheck.tui.widgets.footer import ReviewFooter
from claimcheck.tui.widgets.legend import ReviewLegend
from claimcheck.tui.widgets.paged_table import PreparedRows
from claimcheck.tui.widgets.source_text import SourceText
from claimcheck.tui.widgets.styles import status_text

if TYPE_CHECKING:
    from claimcheck.models import Verdict
    from claimcheck.store.verdicts import VerdictStore
    from claimcheck.tui.view import ClusterRow


@dataclass(frozen=True)
class _PreparedFilter:
    """The cluster list for the text in the filter box, built while it was typed. Good for
    Enter only if nothing it was built from has changed since."""

    text: str
    query: Filter
    sort: SortKey
    keep: str | None
    rows: PreparedRows[ClusterRow]


class ReviewScreen(Screen[None]):
    """Review clusters and record verdicts on their claims."""

    BINDINGS = [
        Binding("slash", "start_filter", "Filter", id="filter", tooltip="Filter clusters: words, status:…, category:…"),
        Binding("escape", "clear_filter", "Clear filter", id="clear-filter", tooltip="Show every cluster again"),
        Binding("s", "cycle_sort", "Sort", id="cycle-sort", tooltip="Sort by status, disagreement, size, label"),
        Binding("z", "undo", "Undo", id="undo", tooltip="Revert the last verdict change"),
        Binding("e", "export", "Export CSV", id="export", tooltip="Write the discrepancy report"),
        Binding("question_mark", "help", "Help", id="help", tooltip="List every key"),
        Binding("q", "app.quit", "Quit", id="quit", tooltip="Quit; verdicts are already saved"),
    ]
    COMMANDS = {ReviewCommands}

    # Screen.focused repaints the whole screen when the focus moves: a second paint of every
    # cell (about 5 ms at 120x40) after the one the move already caused, in which the widgets
    # whose look depends on focus (borders, table cursors) are redrawn by their own style
    # update. tests/tui/test_terminal_output.py checks that the terminal misses nothing.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, model: ReviewModel, store: VerdictStore, *, export_path: str | Path) -> None:
        super().__init__()
        self.model = model
        self._store = store
        self._export_path = str(export_path)
        self._filter = Filter()
        self._sort = SortKey.STATUS
        self._shown = 0
        self._search_prepared = False
        self._prepared: _PreparedFilter | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="cluster-pane"):  # the filter box takes its lines from the list only
            yield Input(placeholder="filter: words  status:conflict  category:killed   (Enter applies, Escape clears)", id="filter-input")
            yield ClusterList(id="clusters")
        yield ClaimTable(id="claims")
        yield SourceText(id="source")
        yield ReviewLegend(id="legend")
        yield ReviewFooter(compact=True)

    @property
    def clusters(self) -> ClusterList:
        return self.query_one(ClusterList)

    @property
    def claims(self) -> ClaimTable:
        return self.query_one(ClaimTable)

    @property
    def sort(self) -> SortKey:
        return self._sort

    @property
    def filter(self) -> Filter:
        return self._filter

    def on_mount(self) -> None:
        self.query_one("#filter-input").display = False
        self._show_clusters()
        self.clusters.focus()

    @work(thread=True, exclusive=True, group="search", name="search")
    def _prepare_search(self) -> None:
        # Off the UI thread while the analyst types: the first Enter in the filter box would
        # otherwise lower-case every claim's text. Not at startup, where it competed with
        # the first screen, nor for an analyst who never filters.
        self.model.prepare_search()

    @on(Worker.StateChanged)
    def _search_ready(self, event: Worker.StateChanged) -> None:
        # Words typed before the search text was ready could not be filtered on the way.
        if event.worker.name == "search" and event.state is WorkerState.SUCCESS:
            box = self.query_one("#filter-input", Input)
            if box.display:
                self._prepare_filter(box.value)

    # -- showing ----------------------------------------------------------------------------

    def _show_clusters(self, keep: str | None = None, prepared: PreparedRows[ClusterRow] | None = None) -> None:
        if prepared is None:
            prepared = self.clusters.prepare(self.model.cluster_rows(self._filter, self._sort), keep)
        self._shown = len(prepared.rows)
        self.clusters.show_prepared(prepared)
        self._update_titles()

    def _update_titles(self) -> None:
        page = self.clusters.current_page
        title = Text(f"Clusters {format_value(page.total)}")
        if not self._filter.is_empty:
            title.append(f" of {format_value(self.model.cluster_count)} · ")
            title.append(f"filter: {one_line(self._filter.text)[:40]}", style="bold")
        title.append(f" · sorted by {self._sort.value}")
        if page.count > 1:
            title.append(f" · page {page.number + 1}/{page.count}")
        self.clusters.border_title = title
        self._update_legend()

    def _update_legend(self) -> None:
        self.query_one(ReviewLegend).show_totals(self.model.verdict_totals())

    @on(ClusterList.ClusterHighlighted)
    def show_claims(self, event: ClusterList.ClusterHighlighted) -> None:
        if event.cluster_id is not None and event.cluster_id == self.claims.cluster_id:
            return
        with self.app.batch_update():  # one key, one repaint, however many widgets change
            self._show_claims_of(event.cluster_id)

    def _show_selection(self) -> None:
        """Make the claims and the source follow the cluster cursor now.

        For a key that replaces the cluster list (a filter, a sort): its highlight messages
        would change the claims and then the source a refresh later each, laying out and
        painting the screen two more times. When they arrive there is nothing left to do.
        """
        cluster_id = self.clusters.current_cluster_id
        if cluster_id is None or cluster_id != self.claims.cluster_id:
            self._show_claims_of(cluster_id)
        self._show_source_of(self.claims.current_claim_id)

    def _show_claims_of(self, cluster_id: str | None) -> None:
        if cluster_id is None:
            self.claims.show(None, [])
            self.claims.border_title = Text("Claims")
            return
        self._show_cluster_claims(cluster_id)

    def _show_cluster_claims(self, cluster_id: str) -> None:
        cluster = self.model.cluster(cluster_id)
        self.claims.show(cluster_id, self.model.claim_rows(cluster_id))
        title = Text("Claims · ") + status_text(cluster.status) + Text(f" · {one_line(cluster.label)}")
        if cluster.status is ClusterStatus.EVOLVING:
            title.append(" · timeline, oldest first", style="italic")
        page = self.claims.current_page
        if page.count > 1:
            title.append(f" · page {page.number + 1}/{page.count}")
        story = self.model.story_label(cluster_id)
        if story:
            title.append(f" · story: {one_line(story)}", style="dim")
        self.claims.border_title = title
        self._update_titles()

    @on(ClusterList.ClusterOpened)
    def open_cluster(self, event: ClusterList.ClusterOpened) -> None:
        self.claims.focus()

    @on(ClaimTable.ClaimHighlighted)
    def show_source(self, event: ClaimTable.ClaimHighlighted) -> None:
        with self.app.batch_update():
            self._show_source_of(event.claim_id)

    def _show_source_of(self, claim_id: str | None) -> None:
        source = self.query_one(SourceText)
        if claim_id is None:
            source.show(None)
        elif claim_id != source.claim_id:
            source.show(self.model.source_view(claim_id), claim_id, self.model.verdict(claim_id).note)

    # -- verdicts -----------------------------------------------------------------------------

    def action_set_verdict(self, status: str) -> None:
        """Write the verdict now (synchronously), then update the two tables in place."""
        claim_id = self.claims.current_claim_id
        if claim_id is None:
            self._say("No claim selected.", severity="warning")
            return
        # The note stays with the claim across verdict keys; `n` edits or clears it. It is
        # read from the store, not the screen, so a note written meanwhile by `claimcheck
        # verdict` in another terminal is kept.
        try:
            note = self._store.get(claim_id).note
            change = self._store.set(claim_id, VerdictStatus(status), note=note)
        except ClaimcheckError as error:
            self._say(f"Verdict not saved: {error}", severity="error")
            return
        self._record_change(change)

    def action_edit_note(self) -> None:
        claim_id = self.claims.current_claim_id
        if claim_id is None:
            self._say("No claim selected.", severity="warning")
            return
        note = self.model.verdict(claim_id).note
        self.app.push_screen(
            NoteScreen(self.model.claim(claim_id).mention, note),
            callback=partial(self._save_note, claim_id),
        )

    def _save_note(self, claim_id: str, note: str | None) -> None:
        if note is None:
            return
        try:
            change = self._store.set(claim_id, self.model.status_of(claim_id), note=note or None)
        except ClaimcheckError as error:
            self._say(f"Note not saved: {error}", severity="error")
            return
        self._record_change(change)

    def action_undo(self) -> None:
        try:
            change = self._store.undo()
        except ClaimcheckError as error:
            self._say(f"Undo failed: {error}", severity="error")
            return
        if change is None:
            self._say("Nothing to undo.")
            return
        verdict = self._record_change(change, undo=True)
        what = (
            one_line(self.model.claim(change.claim_id).mention)
            if self.model.has_claim(change.claim_id)
            else change.claim_id
        )
        self._say(f"Undone: {what} is {verdict.status.value} again.")

    def _record_change(self, change: VerdictChange, *, undo: bool = False) -> Verdict:
        """Read the claim's verdict back from the store and show it everywhere it appears."""
        verdict = self._store.get(change.claim_id)
        cluster_id = self.model.apply_verdict(verdict)
        if self.model.has_claim(change.claim_id):
            self.claims.update_row(self.model.claim_row(change.claim_id))
        if cluster_id is not None:
            self.clusters.update_row(self.model.cluster_row(cluster_id))
        if change.claim_id == self.claims.current_claim_id:
            self.query_one(SourceText).show_claim(change.claim_id, verdict.note)
        self._update_legend()
        self._prepared = None  # its rows may hold the old counts
        self.post_message(VerdictChanged(change, verdict, undo))
        return verdict

    # -- filter and sort ------------------------------------------------------------------------

    def action_start_filter(self) -> None:
        if not self._search_prepared:
            self._search_prepared = True
            self._prepare_search()
        box = self.query_one("#filter-input", Input)
        box.value = self._filter.text
        box.display = True
        box.focus()

    @on(Input.Changed, "#filter-input")
    def prepare_filter(self, event: Input.Changed) -> None:
        """Filter while the analyst types, so that Enter, the key waited on, only has to show
        the rows. A keystroke has time to spare; Enter at 100k claims had none."""
        self._prepare_filter(event.value)

    def _prepare_filter(self, text: str) -> None:
        self._prepared = None
        if not self.query_one("#filter-input").display:
            return  # the box was just closed (Escape empties it)
        try:
            query = parse_filter(text)
        except FilterError:
            return  # Enter says why
        if query.words and not self.model.search_ready:
            return  # not before the worker has built the search text: typing would stall
        keep = self.clusters.current_cluster_id
        rows = self.clusters.prepare(self.model.cluster_rows(query, self._sort), keep)
        self._prepared = _PreparedFilter(text, query, self._sort, keep, rows)

    @on(Input.Submitted, "#filter-input")
    def apply_filter(self, event: Input.Submitted) -> None:
        event.stop()
        keep = self.clusters.current_cluster_id
        prepared = self._prepared
        if prepared is not None and (prepared.text, prepared.sort, prepared.keep) == (event.value, self._sort, keep):
            query, rows = prepared.query, prepared.rows
        else:
            try:
                query = parse_filter(event.value)
            except FilterError as error:
                self._say(str(error), severity="error")
                return
            rows = None
        self._filter = query
        self._prepared = None
        event.input.display = False
        self._show_clusters(keep=keep, prepared=rows)
        self._show_selection()
        if self._shown == 0:
            self._say("No cluster matches the filter; Escape clears it.", severity="warning")
        self._focus_clusters()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter-input", Input)
        box.display = False
        box.value = ""
        if not self._filter.is_empty:
            self._filter = Filter()
            self._show_clusters(keep=self.clusters.current_cluster_id)
            self._show_selection()
        self._focus_clusters()

    def _focus_clusters(self) -> None:
        """Focus the cluster list and bring the key bar along in the same refresh.

        `Widget.focus` moves the focus on the app's next message and Textual's key bar follows
        two refreshes after that: leaving the filter box laid out and painted the screen
        twice. So the focus moves here and now, and the bar follows before the handler
        returns: the keys it shows or hides ask for their layout along with the claims and
        the source. (Queued behind the focus change instead, they asked a little after the
        screen's next refresh, which laid them out and drew them, and the refresh after it
        drew them again: 3-5 ms of Enter at 100k claims. When the focus change itself
        repainted the whole screen, setting it here cost one more paint; it no longer does,
        see `focused`.)
        """
        self.set_focus(self.clusters)
        self.query_one(ReviewFooter).follow_bindings()

    def action_cycle_sort(self) -> None:
        self._prepared = None
        self._sort = self._sort.next()
        self._show_clusters(keep=self.clusters.current_cluster_id)
        self._show_selection()
        self._say(f"Sorted by {self._sort.value}.", timeout=2)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return not self._filter.is_empty or self.query_one("#filter-input").display
        return True

    def _say(self, message: str, **kwargs: object) -> None:
        """A notification as plain text: mentions, paths and errors may hold `[` or controls."""
        self.notify(one_line(message), markup=False, **kwargs)  # type: ignore[arg-type]

    # -- the rest -------------------------------------------------------------------------------

    def action_focus_claims(self) -> None:
        self.claims.focus()

    def action_focus_clusters(self) -> None:
        self.clusters.focus()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_export(self) -> None:
        try:
            verdicts = self._store.verdicts()
        except ClaimcheckError as error:
            self._say(f"Export failed: {error}", severity="error")
            return
        self._say(f"Exporting to {self._export_path} …", timeout=2)
        self._write_report(verdicts, self._export_path)

    @work(thread=True, exclusive=True, group="export")
    def _write_report(self, verdicts: dict, path: str) -> None:
        # Verdicts were read on the UI thread (SQLite connections stay on their thread).
        try:
            replaced = Path(path).expanduser().exists()
            rows = export_report(self.model.analysis, verdicts, path)
        except (ClaimcheckError, OSError, ImportError, ValueError) as error:
            self.app.call_from_thread(self._say, f"Export failed: {error}", severity="error")
            return
        self.app.call_from_thread(self._exported, path, rows, replaced)

    def _exported(self, path: str, rows: int, replaced: bool = False) -> None:
        # the same file every time (--export names another): say so when an earlier one went
        again = " (it replaces the earlier export there)" if replaced else ""
        self._say(f"Exported {format_value(rows)} rows to {path}{again}")
        self.post_message(ReportExported(path, rows))
