"""A child process for the crash and concurrency tests of the verdict store (not a test file).

    python store_worker.py DB churn SEED            set/undo verdicts forever, print each change_id
    python store_worker.py DB burst COUNT GO_FILE   wait for GO_FILE, set COUNT verdicts, print ids
    python store_worker.py DB hold                  stop inside a set() transaction and sleep
    python store_worker.py DB bulk                  register 100k new claims in one transaction

Each committed change_id is printed (flushed) only after `set`/`undo` returned, i.e. after
COMMIT: the parent may then kill us and check that every printed change is still there.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from claimcheck.models import Claim
from claimcheck.store import VerdictStore

STATUSES = ("verified", "disputed", "rejected", "unreviewed")


def make_claim(i: int, prefix: str = "c") -> Claim:
    return Claim(
        claim_id=f"{prefix}{i:011d}",
        source_id=f"src{i % 7}",
        source_file="bundle.txt",
        start=0,
        end=2,
        mention=f"{i} killed",
        sentence=f"At least {i} people were killed.",
        number_text=str(i),
        value_low=i,
        value_high=None,
        category="killed",
        subject="people",
    )


def churn(store: VerdictStore, seed: int, claim_ids: list[str]) -> None:
    rng = random.Random(seed)
    while True:
        if rng.random() < 0.15:
            change = store.undo()
        else:
            change = store.set(rng.choice(claim_ids), rng.choice(STATUSES), f"note {rng.random()}")
        if change is not None:
            print(change.change_id, flush=True)


def burst(store: VerdictStore, count: int, go: Path, claim_ids: list[str]) -> None:
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.005)
    rng = random.Random()
    for n in range(count):
        change = store.set(rng.choice(claim_ids), STATUSES[n % 4], f"{os.getpid()}:{n}")
        print(change.change_id, flush=True)
        time.sleep(rng.uniform(0, 0.002))  # let the other writer in now and then


def hold(store: VerdictStore, claim_id: str) -> None:
    original = VerdictStore._record

    def stuck(self, conn, *args, **kwargs):  # the rows are written, COMMIT not yet run
        change = original(self, conn, *args, **kwargs)
        print("inside", flush=True)
        time.sleep(60)
        return change

    VerdictStore._record = stuck
    store.set(claim_id, "rejected", "never committed")


def bulk(store: VerdictStore) -> None:
    print("begin", flush=True)
    store.register_claims(make_claim(i, "bulk") for i in range(100_000))
    print("done", flush=True)


def main(argv: list[str]) -> None:
    db, mode, *rest = argv
    with VerdictStore(db, create=False) as store:
        claim_ids = [c for c in (make_claim(i).claim_id for i in range(10)) if store.known(c)]
        if mode == "churn":
            churn(store, int(rest[0]), claim_ids)
        elif mode == "burst":
            burst(store, int(rest[0]), Path(rest[1]), claim_ids)
        elif mode == "hold":
            hold(store, claim_ids[0])
        elif mode == "bulk":
            bulk(store)
        else:
            raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
