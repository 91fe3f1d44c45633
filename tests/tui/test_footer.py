"""ReviewFooter on a tiny app: it must show what Textual's Footer would, whatever the focus."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.compose import compose
from textual.widgets import Input, Static

from claimcheck.tui.widgets.footer import ReviewFooter, _identity


class Pane(Static, can_focus=True):
    pass


class XY(Pane):
    BINDINGS = [Binding("x", "noop", "Ex"), Binding("y", "noop2", "Why")]


class YX(Pane):
    BINDINGS = [Binding("y", "noop2", "Why"), Binding("x", "noop", "Ex"), Binding("z", "noop3", "Zed")]


class FooterApp(App[None]):
    BINDINGS = [Binding("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield XY("xy", id="xy")
        yield YX("yx", id="yx")
        yield Input(id="box")
        yield ReviewFooter(compact=True)


def shown_and_expected(app: FooterApp) -> tuple[list, list]:
    footer = app.screen.query_one(ReviewFooter)
    with footer._context():
        expected = compose(footer)
    return [_identity(k) for k in footer.shown_keys()], [_identity(k) for k in expected]


async def test_keys_shown_match_footer_through_focus_changes():
    """Keys come and go and change order (x before y, then y before x): the shown keys are
    always the ones Textual's Footer composes, in its order."""
    app = FooterApp()
    async with app.run_test() as pilot:
        seen = []
        for target in ("xy", "yx", "box", "xy", "box", "yx", "xy"):
            app.screen.query_one(f"#{target}").focus()
            await pilot.pause()
            await pilot.pause()
            shown, expected = shown_and_expected(app)
            assert shown == expected, target
            seen.append([identity[2] for identity in shown])
        assert seen[0][:2] == ["Ex", "Why"] and seen[1][:3] == ["Why", "Ex", "Zed"]
        # Key widgets are reused, not multiplied: one per distinct key ever shown.
        footer = app.screen.query_one(ReviewFooter)
        assert len(footer.children) == len({_identity(k) for k in footer.children})


async def test_follow_bindings_shows_the_focus_keys_without_a_refresh():
    """A screen that moves the focus itself can have the bar follow at once (one refresh for
    both): straight after `follow_bindings` the keys are Footer's, before any pause. Keys the
    bar has never shown still come with the next recompose."""
    app = FooterApp()
    async with app.run_test() as pilot:
        footer = app.screen.query_one(ReviewFooter)
        for target in ("xy", "box", "xy"):  # make every key of xy and box once
            app.screen.query_one(f"#{target}").focus()
            await pilot.pause()
            await pilot.pause()
        for target in ("box", "xy", "box"):
            app.screen.set_focus(app.screen.query_one(f"#{target}"))
            footer.follow_bindings()
            shown, expected = shown_and_expected(app)
            assert shown == expected, target
        app.screen.set_focus(app.screen.query_one("#yx"))  # "Zed" has never been shown
        footer.follow_bindings()
        assert "Zed" not in [identity[2] for identity in shown_and_expected(app)[0]]
        for _ in range(4):
            await pilot.pause(0.05)
        shown, expected = shown_and_expected(app)
        assert shown == expected and "Zed" in [identity[2] for identity in shown]
