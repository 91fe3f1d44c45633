"""A child process that runs the real `claimcheck verdict` / `claimcheck undo` command line
again and again (not a test file).

    python cli_writer.py burst DB GO_FILE TAG COUNT   wait for GO_FILE (claim ids, one a line),
                                                      then COUNT verdicts, notes TAG:0 .. TAG:N-1
    python cli_writer.py churn DB IDS_FILE TAG SEED   verdicts (and now and then an undo) forever

Each iteration is one full command as a user types it: `sys.argv` is set and the console
script's entry point (`claimcheck.cli.main`) runs, so argument parsing, opening the store,
resolving the id, the transaction, printing and closing all happen as in
`claimcheck verdict ID STATUS --note NOTE --db DB`. Starting a fresh interpreter per verdict
would cost a second each and make the writers too slow to overlap.

The command prints its line (`ID: OLD -> NEW (note: TAG:n)`) only after the transaction
committed, and click flushes it, so the parent may SIGKILL this process at any moment and
then check that every printed change is in the database.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from claimcheck.cli import main

STATUSES = ("verified", "disputed", "rejected", "unreviewed")


def run(*args: str) -> None:
    """One `claimcheck ARGS...` as the console script runs it; fail loudly on an error."""
    sys.argv = ["claimcheck", *args]
    try:
        main()
    except SystemExit as exc:
        if exc.code not in (0, None):
            print(f"claimcheck {' '.join(args)} exited {exc.code}", file=sys.stderr, flush=True)
            raise


def burst(db: str, go: Path, tag: str, count: int) -> None:
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.005)
    ids = go.read_text(encoding="utf-8").split()
    rng = random.Random(tag)
    for n in range(count):
        run("verdict", rng.choice(ids), STATUSES[n % 4], "--note", f"{tag}:{n}", "--db", db)
        time.sleep(rng.uniform(0, 0.003))  # let the other writers in now and then


def churn(db: str, ids_file: Path, tag: str, seed: int) -> None:
    ids = ids_file.read_text(encoding="utf-8").split()
    rng = random.Random(seed)
    n = 0
    while True:
        if rng.random() < 0.15:
            run("undo", "--db", db)
        else:
            run("verdict", rng.choice(ids), rng.choice(STATUSES), "--note", f"{tag}:{n}", "--db", db)
            n += 1


if __name__ == "__main__":
    mode, db, path, tag, number = sys.argv[1:6]
    if mode == "burst":
        burst(db, Path(path), tag, int(number))
    elif mode == "churn":
        churn(db, Path(path), tag, int(number))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
