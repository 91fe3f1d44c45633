"""Verdicts through the real command line, with the review UI open on the same database.

tests/store/test_store_crash.py proves the store itself: SIGKILL of a library-level writer
and two library-level writers at once. This file adds what only the whole product shows:

- two `claimcheck verdict` command-line writers and the review UI (in this process, keys
  pressed while the writers run) change verdicts of the same claims in one database at
  once: every change is in the audit log, each audit row starts where the previous row of
  its claim ended, and every verdict equals the last log entry of its claim;
- separate `claimcheck verdict` console-script processes started together, UI open;
- `claimcheck verdict` / `claimcheck undo` run in a loop and killed with SIGKILL at random
  moments: the file passes integrity_check and keeps every change the CLI printed.
"""

from __future__ import annotations

import os
import random
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.models import Analysis, VerdictChange
from claimcheck.pipeline import analyse_paths
from claimcheck.store.verdicts import VerdictStore
from claimcheck.tui.app import ClaimcheckApp
from claimcheck.tui.messages import VerdictChanged
from claimcheck.tui.widgets.claim_table import ClaimTable

from .conftest import CLI, ROOT, SEED, cli_env

WRITER = Path(__file__).with_name("cli_writer.py")
CONSOLE_SCRIPT = Path(sys.executable).with_name("claimcheck")
LINE = re.compile(r"^(?:undid change (?P<undo_of>\d+): )?(?P<claim>\w+): (?P<old>\w+) -> (?P<new>\w+)(?: \(note: (?P<note>.*)\))?$")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


@pytest.fixture(scope="module")
def seed_analysis() -> Analysis:
    errors: list[InputError] = []
    analysis = analyse_paths([str(SEED)], errors.append)
    assert not errors and len(analysis.claims) >= 8
    return analysis


@pytest.fixture
def db_path(tmp_path: Path, seed_analysis: Analysis) -> Path:
    path = tmp_path / "claimcheck.db"
    with VerdictStore(path) as store:
        store.register_claims(seed_analysis.claims)
    return path


def start_writer(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_for_line(proc: subprocess.Popen[str], timeout: float = 30) -> str:
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else ""
    if not line:
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"writer printed nothing within {timeout} s: {err}")
    return line.rstrip("\n")


def assert_consistent(db_path: Path) -> list[VerdictChange]:
    """integrity_check passes; each log row starts where its claim's previous row ended; each
    verdict is its claim's last log entry. Returns the log."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with VerdictStore(db_path) as store:
        log = store.log()
        verdicts = store.verdicts()
    last: dict[str, tuple[str, str | None]] = {}
    for change in log:
        assert change.old_status == last.get(change.claim_id, ("unreviewed", None))[0], change
        last[change.claim_id] = (change.new_status.value, change.note)
    assert {k: (v.status.value, v.note) for k, v in verdicts.items()} == last
    return log


# -- two CLI writers and the review UI at once ----------------------------------------------------


async def test_two_cli_writers_and_the_review_ui_lose_nothing(
    db_path: Path, seed_analysis: Analysis, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    count = 120
    writers = {tag: start_writer("burst", str(db_path), str(go), tag, str(count)) for tag in ("w1", "w2")}
    for proc in writers.values():
        assert wait_for_line(proc) == "ready"
    seen: list = []
    with VerdictStore(db_path) as store:
        app = ClaimcheckApp(seed_analysis, store, export_path=tmp_path / "report.csv")
        async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
            await pilot.press("enter")  # into the first cluster's claims
            claims = app.screen.query_one(ClaimTable)
            shown = [row.claim_id for row in claims.current_page.items]
            assert len(shown) >= 2
            # The writers aim at the very claims the analyst is looking at.
            ids = shown + [c.claim_id for c in seed_analysis.claims[:4]]
            (tmp_path / "go.tmp").write_text("\n".join(ids), encoding="utf-8")
            os.replace(tmp_path / "go.tmp", go)
            keys = ["v", "down", "d", "r", "up", "z", "u", "v", "down", "r"]
            pressed = 0
            while any(p.poll() is None for p in writers.values()) or pressed < 20:
                await pilot.press(keys[pressed % len(keys)])
                pressed += 1
                await pilot.pause(0.01)
            await pilot.pause()
    ui_changes = {id(m): m.change for m in seen if isinstance(m, VerdictChanged)}
    ui_ids = {c.change_id for c in ui_changes.values()}
    printed: dict[str, set[str]] = {}
    for tag, proc in writers.items():
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        notes = set()
        for line in out.splitlines():
            m = LINE.match(line)
            assert m and m["undo_of"] is None, line
            notes.add(m["note"])
        printed[tag] = notes
        assert notes == {f"{tag}:{n}" for n in range(count)}
    log = assert_consistent(db_path)
    assert ui_ids <= {c.change_id for c in log}, "a change the UI made is missing"
    from_cli = [c for c in log if c.change_id not in ui_ids]
    assert sorted(c.note for c in from_cli) == sorted(printed["w1"] | printed["w2"])
    assert len(log) == 2 * count + len(ui_ids)
    # They really ran at the same time: the writers interleave, and the UI wrote in between.
    tags = [c.note.split(":")[0] for c in from_cli]
    assert sum(1 for a, b in zip(tags, tags[1:]) if a != b) >= 2, "the CLI writers did not overlap"
    first, last = from_cli[0].change_id, from_cli[-1].change_id
    assert any(first < i < last for i in ui_ids), "the UI wrote nothing while the CLI wrote"
    assert any(c.undo_of is not None for c in ui_changes.values())


async def test_separate_console_script_processes_and_the_ui(
    db_path: Path, seed_analysis: Analysis, tmp_path: Path
) -> None:
    """Six `claimcheck verdict` processes started together, each its own interpreter."""
    command = [str(CONSOLE_SCRIPT)] if CONSOLE_SCRIPT.exists() else CLI
    ids = [c.claim_id for c in seed_analysis.claims[:3]]
    seen: list = []
    with VerdictStore(db_path) as store:
        app = ClaimcheckApp(seed_analysis, store, export_path=tmp_path / "report.csv")
        async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
            procs = [
                subprocess.Popen(
                    [*command, "verdict", ids[n % 3], ("verified", "disputed", "rejected")[n % 3],
                     "--note", f"p{n}", "--db", str(db_path)],
                    cwd=tmp_path, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                )
                for n in range(6)
            ]
            await pilot.press("enter")
            pressed = 0
            while any(p.poll() is None for p in procs) or pressed < 6:
                await pilot.press(("v", "d", "down", "r")[pressed % 4])
                pressed += 1
                await pilot.pause(0.02)
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert b"Traceback" not in err
    ui_ids = {m.change.change_id for m in seen if isinstance(m, VerdictChanged)}
    log = assert_consistent(db_path)
    assert sorted(c.note for c in log if c.change_id not in ui_ids) == sorted(f"p{n}" for n in range(6))
    assert len(log) == 6 + len(ui_ids)


# -- SIGKILL of the command line in the middle of its writes --------------------------------------


def test_killing_the_verdict_command_loses_no_printed_change(
    db_path: Path, seed_analysis: Analysis, tmp_path: Path
) -> None:
    ids_file = tmp_path / "ids"
    ids_file.write_text("\n".join(c.claim_id for c in seed_analysis.claims[:6]), encoding="utf-8")
    rng = random.Random(20240604)
    printed_notes: set[str] = set()
    printed_undos: set[int] = set()
    for round_ in range(6):
        proc = start_writer("churn", str(db_path), str(ids_file), f"k{round_}", str(round_))
        lines = [wait_for_line(proc)]  # it has committed at least once
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        assert "Traceback" not in err
        lines += out.splitlines()
        for line in lines:
            if line.startswith("nothing to undo"):
                continue
            m = LINE.match(line)
            assert m, line
            if m["undo_of"]:
                printed_undos.add(int(m["undo_of"]))
            else:
                printed_notes.add(m["note"])
        log = assert_consistent(db_path)
        missing = printed_notes - {c.note for c in log if c.undo_of is None}
        assert not missing, f"round {round_}: printed (committed) verdicts lost: {sorted(missing)}"
        assert printed_undos <= {c.undo_of for c in log if c.undo_of is not None}
    assert len(printed_notes) > 6
    # The database still works for the next command after all those kills.
    result = subprocess.run(
        [*CLI, "verdict", seed_analysis.claims[0].claim_id, "verified", "--db", str(db_path)],
        cwd=tmp_path, env=cli_env(), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert_consistent(db_path)
