"""A killed writer loses no committed verdict; two writers at once lose no update.

Worker processes (store_worker.py) write through the real VerdictStore and are killed with
SIGKILL: no atexit, no rollback, no close. Afterwards the file must pass `integrity_check`,
hold every change the worker reported as committed, and agree with itself: each claim's
verdict is the last entry of its audit log, and each audit row starts where the previous row
of that claim ended (a lost update would break that chain).
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.store import VerdictStore

WORKER = Path(__file__).with_name("store_worker.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(proc: subprocess.Popen[str], timeout: float = 20) -> str:
    """The child's next stdout line (it flushes each one); fails instead of hanging."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else ""
    if not line:
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"worker printed nothing within {timeout} s: {err}")
    return line.strip()


def kill(proc: subprocess.Popen[str]) -> list[str]:
    """SIGKILL the child; return every line it printed."""
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=20)
    assert proc.returncode == -signal.SIGKILL
    return out.split()


def assert_consistent(db_path: Path) -> list:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    with VerdictStore(db_path) as store:
        log = store.log()
        verdicts = store.verdicts()
    last: dict[str, tuple[str, str | None]] = {}
    for change in log:
        assert change.old_status == last.get(change.claim_id, ("unreviewed", None))[0], change
        last[change.claim_id] = (change.new_status, change.note)
    assert {k: (v.status, v.note) for k, v in verdicts.items()} == last
    return log


def test_kill_at_random_moments_loses_no_committed_verdict(
    db_path: Path, claim_ids: list[str]
) -> None:
    rng = random.Random(20240601)
    committed: set[int] = set()
    for round_ in range(6):
        proc = start(str(db_path), "churn", str(round_))
        committed.add(int(wait_for_line(proc)))  # it is writing
        time.sleep(rng.uniform(0.0, 0.25))
        committed.update(int(x) for x in kill(proc))
        log = assert_consistent(db_path)
        missing = committed - {c.change_id for c in log}
        assert not missing, f"round {round_}: committed changes lost: {sorted(missing)}"
    assert len(committed) > 6
    assert any(c.undo_of is not None for c in log)


def test_kill_inside_a_set_transaction_keeps_the_earlier_verdict(
    db_path: Path, claim_ids: list[str]
) -> None:
    with VerdictStore(db_path) as store:
        store.set(claim_ids[0], "verified", "committed before the crash")
    proc = start(str(db_path), "hold")
    assert wait_for_line(proc) == "inside"  # rows written, COMMIT not run
    kill(proc)
    log = assert_consistent(db_path)
    with VerdictStore(db_path) as store:
        verdict = store.get(claim_ids[0])
        assert (verdict.status, verdict.note) == ("verified", "committed before the crash")
        assert len(log) == 1
        # the dead process's lock is gone: writing works at once
        assert store.set(claim_ids[0], "disputed").old_status == "verified"


def test_kill_inside_a_bulk_register_is_all_or_nothing(
    db_path: Path, claim_ids: list[str]
) -> None:
    with VerdictStore(db_path) as store:
        store.set(claim_ids[1], "rejected", "before")
    proc = start(str(db_path), "bulk")
    assert wait_for_line(proc) == "begin"
    time.sleep(0.15)  # registering 100k claims takes longer than this
    lines = kill(proc)
    assert_consistent(db_path)
    conn = sqlite3.connect(db_path)
    (bulk,) = conn.execute("SELECT count(*) FROM claims WHERE claim_id LIKE 'bulk%'").fetchone()
    conn.close()
    assert bulk == (100_000 if "done" in lines else 0)
    with VerdictStore(db_path) as store:
        assert store.get(claim_ids[1]).note == "before"


def test_two_processes_writing_at_once_lose_nothing(
    db_path: Path, claim_ids: list[str], tmp_path: Path
) -> None:
    go = tmp_path / "go"
    procs = [start(str(db_path), "burst", "200", str(go)) for _ in range(2)]
    for proc in procs:
        assert wait_for_line(proc) == "ready"
    go.touch()
    reported: list[int] = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        reported += [int(x) for x in out.split()]
    log = assert_consistent(db_path)
    assert len(log) == 400
    assert sorted(reported) == [c.change_id for c in log] == list(range(1, 401))
    # each writer's notes are "pid:n", n = 0..199 in its own order
    writers = [c.note.split(":")[0] for c in log]
    assert sorted(set(writers)) == sorted(str(p.pid) for p in procs)
    for pid in set(writers):
        assert [int(c.note.split(":")[1]) for c in log if c.note.startswith(pid)] == list(range(200))
    switches = sum(1 for a, b in zip(writers, writers[1:]) if a != b)
    assert switches >= 2, "the writers did not overlap: the test proved nothing"
