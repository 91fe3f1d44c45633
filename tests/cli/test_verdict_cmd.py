"""`claimcheck verdict`, `undo` and `log` through Typer's CliRunner: output, exit codes, db state."""

from __future__ import annotations

import importlib
import sys
import types
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import claimcheck
from claimcheck.models import Claim
from claimcheck.store import VerdictStore

IDS = ["3f9a1c2b7d10", "3f9a1cffffff", "a0b1c2d3e4f5"]


def load_app() -> typer.Typer:
    """`claimcheck.cli.app.app` with the verdict commands registered on it.

    `claimcheck/cli/__init__.py` imports every command module; while a sibling module is not
    written yet (or does not import) that fails, so the verdict module is then imported on its
    own through a stand-in package, removed again afterwards: an error in the verdict module
    itself still fails here. Once all modules import this is a plain import.
    """
    try:
        importlib.import_module("claimcheck.cli")
    except ImportError:
        stand_in = types.ModuleType("claimcheck.cli")
        stand_in.__path__ = [str(Path(claimcheck.__file__).parent / "cli")]
        sys.modules["claimcheck.cli"] = stand_in
        try:
            importlib.import_module("claimcheck.cli.verdict_cmd")
        finally:
            del sys.modules["claimcheck.cli"]
    importlib.import_module("claimcheck.cli.verdict_cmd")
    return importlib.import_module("claimcheck.cli.app").app


APP = load_app()


def claim(claim_id: str) -> Claim:
    return Claim(
        claim_id=claim_id,
        source_id="bundle#1",
        source_file="bundle.txt",
        start=10,
        end=19,
        mention="11 killed",
        sentence="Officials said 11 killed.",
        number_text="11",
        value_low=11,
        value_high=11,
        category="killed",
        subject="people",
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "claimcheck.db"
    with VerdictStore(path) as store:
        store.register_claims(claim(i) for i in IDS)
    return path


def run(*args: str | Path):
    return CliRunner().invoke(APP, [str(a) for a in args])


def state(db: Path, claim_id: str) -> tuple[str, str | None]:
    with VerdictStore(db) as store:
        verdict = store.get(claim_id)
    return verdict.status.value, verdict.note


def test_verdict_prints_the_change_and_stores_it(db: Path) -> None:
    result = run("verdict", IDS[0], "disputed", "--note", "ministry figure, single origin",
                 "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "3f9a1c2b7d10: unreviewed -> disputed (note: ministry figure, single origin)\n"
    )
    assert result.stderr == ""
    assert state(db, IDS[0]) == ("disputed", "ministry figure, single origin")
    with VerdictStore(db) as store:
        [change] = store.log()
    assert (change.old_status, change.new_status) == ("unreviewed", "disputed")


def test_a_verdict_without_note_keeps_the_claims_note_and_an_empty_note_clears_it(db: Path) -> None:
    """As in the review UI: changing the status does not wipe why the analyst doubted it."""
    run("verdict", IDS[0], "disputed", "--note", "single origin", "--db", db)
    result = run("verdict", IDS[0], "verified", "--db", db)
    assert result.exit_code == 0, result.output
    assert state(db, IDS[0]) == ("verified", "single origin")
    run("verdict", IDS[0], "verified", "--note", "", "--db", db)
    assert state(db, IDS[0]) == ("verified", None)


def test_second_verdict_shows_the_old_status(db: Path) -> None:
    run("verdict", IDS[0], "verified", "--db", db)
    result = run("verdict", IDS[0], "rejected", "--db", db)
    assert result.stdout == "3f9a1c2b7d10: verified -> rejected\n"


@pytest.mark.parametrize(
    ("given", "stored"),
    [("VERIFIED", "verified"), ("Disputed", "disputed"), ("rejected", "rejected"),
     ("Unreviewed", "unreviewed")],
)
def test_status_is_case_insensitive(db: Path, given: str, stored: str) -> None:
    result = run("verdict", IDS[2], given, "--db", db)
    assert result.exit_code == 0, result.output
    assert state(db, IDS[2])[0] == stored


@pytest.mark.parametrize("bad", ["confirmed", "true", "verify", ""])
def test_bad_status_is_a_usage_error_listing_the_valid_ones(db: Path, bad: str) -> None:
    result = run("verdict", IDS[0], bad, "--db", db)
    assert result.exit_code == 2
    assert f"invalid status {bad!r}" in result.stderr
    for status in ("verified", "disputed", "rejected", "unreviewed"):
        assert status in result.stderr
    assert "Traceback" not in result.output
    with VerdictStore(db) as store:
        assert store.log() == []


def test_prefix_of_six_characters_resolves(db: Path) -> None:
    result = run("verdict", "a0b1c2", "verified", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("a0b1c2d3e4f5: unreviewed -> verified")


def test_unknown_claim_id_is_one_clear_line(db: Path) -> None:
    result = run("verdict", "XYZXYZ", "verified", "--db", db)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"error: unknown claim id 'XYZXYZ' in {db} (run 'claimcheck report PATH --db {db}' "
        "first so the store knows the claims)\n"
    )


def test_a_prefix_too_short_says_how_long_it_must_be(db: Path) -> None:
    """"3f9a1" names a real claim's start: the analyst is told why it was not found."""
    result = run("verdict", "3f9a1", "verified", "--db", db)
    assert result.exit_code == 1
    assert "a prefix needs at least 6 characters of the 12-character id" in result.stderr
    assert result.stderr.count("\n") == 1


def test_ambiguous_prefix_lists_the_matches(db: Path) -> None:
    result = run("verdict", "3f9a1c", "verified", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ambiguous claim id '3f9a1c'")
    assert "3f9a1c2b7d10, 3f9a1cffffff" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["verdict", IDS[0], "verified"], id="verdict"),
        pytest.param(["undo"], id="undo"),
        pytest.param(["log"], id="log"),
    ],
)
def test_missing_database_is_an_error_and_is_not_created(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "nowhere.db"
    result = run(*args, "--db", path)
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: no verdict database at {path} (run 'claimcheck report PATH --db {path}' "
        "first so the store knows the claims)\n"
    )
    assert not path.exists()


def test_default_db_is_claimcheck_db_in_the_working_folder(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(db.parent)
    result = run("verdict", IDS[1], "rejected")
    assert result.exit_code == 0, result.output
    assert state(db, IDS[1]) == ("rejected", None)


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("killed,wounded\n12,40\n" * 100)
    result = run("verdict", IDS[0], "verified", "--db", path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: not a SQLite database")
    assert result.stderr.count("\n") == 1


def test_note_with_a_newline_prints_on_one_line(db: Path) -> None:
    result = run("verdict", IDS[0], "disputed", "--note", "line one\nline two", "--db", db)
    assert result.stdout == "3f9a1c2b7d10: unreviewed -> disputed (note: line one\\nline two)\n"
    assert state(db, IDS[0])[1] == "line one\nline two"  # stored as typed


def test_undo_reverts_the_last_change_and_prints_it(db: Path) -> None:
    run("verdict", IDS[0], "verified", "--note", "photo", "--db", db)
    run("verdict", IDS[0], "disputed", "--db", db)
    result = run("undo", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stdout == "undid change 2: 3f9a1c2b7d10: disputed -> verified (note: photo)\n"
    assert state(db, IDS[0]) == ("verified", "photo")
    assert run("undo", "--db", db).stdout == "undid change 1: 3f9a1c2b7d10: verified -> unreviewed\n"
    last = run("undo", "--db", db)
    assert (last.exit_code, last.stdout) == (0, f"nothing to undo in {db}\n")


def test_log_prints_every_change_oldest_first(db: Path) -> None:
    run("verdict", IDS[0], "verified", "--note", "first", "--db", db)
    run("verdict", IDS[2], "rejected", "--note", "second", "--db", db)
    run("undo", "--db", db)
    result = run("log", "--db", db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["change", "at", "(UTC)", "claim", "old", "new", "undo", "of", "note"]
    rows = [line.split() for line in lines[1:]]
    assert len(rows) == 3
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert rows[0][3:] == [IDS[0], "unreviewed", "verified", "first"]
    assert rows[2][3:] == [IDS[2], "rejected", "unreviewed", "2"]  # undo: no note before


def test_log_of_one_claim_by_prefix(db: Path) -> None:
    run("verdict", IDS[0], "verified", "--db", db)
    run("verdict", IDS[2], "rejected", "--db", db)
    result = run("log", "a0b1c2", "--db", db)
    assert result.exit_code == 0, result.output
    assert IDS[2] in result.stdout and IDS[0] not in result.stdout


def test_log_of_an_unknown_claim_is_an_error(db: Path) -> None:
    result = run("log", "ffffffff", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: unknown claim id 'ffffffff'")


def test_empty_log_says_so(db: Path) -> None:
    result = run("log", "--db", db)
    assert (result.exit_code, result.stdout) == (0, f"no verdict changes in {db}\n")


@pytest.mark.parametrize(
    "note",
    ["[bold]not bold[/bold]", "[red]x", "[link=http://evil]y[/link]", "a [/] b", ":smile:"],
)
def test_log_prints_notes_literally_never_as_markup(db: Path, note: str) -> None:
    run("verdict", IDS[0], "disputed", "--note", note, "--db", db)
    result = run("log", "--db", db)
    assert result.exit_code == 0, result.output
    assert note in result.stdout


@pytest.mark.parametrize("command", ["verdict", "undo", "log"])
def test_help_has_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"claimcheck {command} " in result.stdout
    assert "claimcheck.db" in result.stdout  # the --db default


def test_verdict_help_shows_the_contract_example() -> None:
    result = run("verdict", "--help")
    assert (
        'claimcheck verdict 3f9a1c2b7d10 disputed --note "ministry figure, single origin"'
        in result.stdout
    )
