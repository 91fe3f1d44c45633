"""`claimcheck review` through Typer's CliRunner: the terminal check, input errors, the store."""

from __future__ import annotations

import importlib
import types
from pathlib import Path

import pytest
import typer
from fixture_analysis import seed_analysis
from typer.testing import CliRunner

from claimcheck.errors import InputError
from claimcheck.models import Analysis
from claimcheck.store import VerdictStore

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_ff300813a446f845.txt"


def load_review() -> tuple[typer.Typer, types.ModuleType]:
    """The Typer app (every command registered) and the review command's module."""
    importlib.import_module("claimcheck.cli")
    module = importlib.import_module("claimcheck.cli.review_cmd")
    return importlib.import_module("claimcheck.cli.app").app, module


@pytest.fixture
def cli(monkeypatch):
    app, module = load_review()
    return app, module


@pytest.fixture
def fake_pipeline(monkeypatch):
    """analyse_paths returns the fixture and reports one bad file (names with escapes)."""
    calls: list[list[str]] = []
    result: dict[str, Analysis] = {"analysis": seed_analysis()}

    def analyse_paths(paths, on_error, **options):
        assert options.get("keep_text") is True  # the review shows the article text
        calls.append(list(paths))
        on_error(InputError("bad\x1b[31m.txt", "not UTF-8\nat byte 3"))
        return result["analysis"]

    monkeypatch.setattr("claimcheck.pipeline.analyse_paths", analyse_paths)
    return calls, result


@pytest.fixture
def ran(monkeypatch):
    """Replace the Textual run loop: record the apps that would have been run."""
    from claimcheck.tui.app import ClaimcheckApp

    apps: list[ClaimcheckApp] = []
    monkeypatch.setattr(ClaimcheckApp, "run", lambda self, *a, **k: apps.append(self))
    return apps


def test_help_has_an_example(cli):
    app, _ = cli
    result = CliRunner().invoke(app, ["review", "--help"])
    assert result.exit_code == 0
    assert "Example: claimcheck review seeds/000_ff300813a446f845.txt" in result.output
    assert "--db" in result.output and "--export" in result.output


def test_not_a_terminal_fails_with_one_line(cli, tmp_path):
    app, _ = cli
    result = CliRunner().invoke(app, ["review", str(SEED), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: the review UI needs an interactive terminal")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.output
    assert not (tmp_path / "c.db").exists()


def test_review_registers_claims_runs_the_app_and_reports_skipped_input(cli, fake_pipeline, ran, tmp_path, monkeypatch):
    app, module = cli
    monkeypatch.setattr(module, "_is_terminal", lambda: True)
    db, export = tmp_path / "v.db", tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["review", "a.txt", "dir/", "--db", str(db), "--export", str(export)])
    calls, _ = fake_pipeline
    assert calls == [["a.txt", "dir"]]
    assert [a.export_path for a in ran] == [export]
    assert ran[0].skipped == ("bad\\x1b[31m.txt: not UTF-8\\nat byte 3",)
    assert "skipped: bad\\x1b[31m.txt: not UTF-8\\nat byte 3" in result.stderr
    assert "\x1b" not in result.stderr
    assert result.exit_code == 3  # done, but something was skipped (docs/cli.md)
    with VerdictStore(db, create=False) as store:
        assert all(store.known(c.claim_id) for c in seed_analysis().claims)


def test_no_claims_is_an_error(cli, fake_pipeline, ran, tmp_path, monkeypatch):
    app, module = cli
    monkeypatch.setattr(module, "_is_terminal", lambda: True)
    fake_pipeline[1]["analysis"] = Analysis()
    result = CliRunner().invoke(app, ["review", "empty.txt", "--db", str(tmp_path / "v.db")])
    assert result.exit_code == 1
    assert "error: no figures found in the input; nothing to review" in result.stderr
    assert ran == []


def test_a_bad_database_is_one_line(cli, fake_pipeline, ran, tmp_path, monkeypatch):
    app, module = cli
    monkeypatch.setattr(module, "_is_terminal", lambda: True)
    db = tmp_path / "not.db"
    db.write_bytes(b"this is not sqlite at all, just text" * 100)
    result = CliRunner().invoke(app, ["review", "a.txt", "--db", str(db)])
    assert result.exit_code == 1
    (line,) = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert str(db) in line and "not a SQLite database" in line
    assert "Traceback" not in result.output
    assert ran == []


def test_review_of_the_real_seed(cli, ran, tmp_path, monkeypatch):
    app, module = cli
    monkeypatch.setattr(module, "_is_terminal", lambda: True)
    result = CliRunner().invoke(app, ["review", str(SEED), "--db", str(tmp_path / "v.db")])
    assert result.exit_code == 0, result.output
    (review,) = ran
    mentions = {c.mention for c in review.analysis.claims}
    assert {"11 wounded", "23 wounded"} <= mentions
