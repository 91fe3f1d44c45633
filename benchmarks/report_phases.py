"""The phases of `claimcheck report` one by one, with wall time, CPU time and memory.

    python benchmarks/report_phases.py benchmarks/out/c100k/txt --jobs 2

Does what `claimcheck report PATH --csv FILE --db FILE --jobs J` does, in this process:
analyse_paths, register the claims in a fresh verdict database, read the verdicts back,
build the report frame, write the CSV. After each phase it prints the phase's wall and CPU
seconds (this process; workers not included), the process's RSS and peak RSS, and the time
the cyclic garbage collector took during the phase (gc callbacks).
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import time
from pathlib import Path

import psutil


class _GcClock:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.full = 0
        self._t = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._t = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._t
            self.full += info["generation"] == 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)

    from claimcheck.pipeline import analyse_paths
    from claimcheck.report.csv import write_csv
    from claimcheck.report.table import report_frame
    from claimcheck.store.verdicts import VerdictStore

    proc = psutil.Process()
    clock = _GcClock()
    state: dict = {}

    def phase(name: str, fn) -> None:
        gc0, full0 = clock.seconds, clock.full
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{name:<16} {time.perf_counter() - t0:8.2f}s wall {time.process_time() - c0:8.2f}s cpu | "
              f"gc {clock.seconds - gc0:6.2f}s ({clock.full - full0} full) | "
              f"rss {proc.memory_info().rss / 2**20:7.0f} MB, peak {peak:7.0f} MB", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        phase("analyse_paths", lambda: state.update(
            analysis=analyse_paths([args.path], lambda e: None, jobs=args.jobs, keep_text=False)))
        store = VerdictStore(Path(tmp) / "v.db")
        phase("register_claims", lambda: store.register_claims(state["analysis"].claims))
        phase("verdicts", lambda: state.update(verdicts=store.verdicts()))
        phase("report_frame", lambda: state.update(frame=report_frame(state["analysis"], state["verdicts"])))
        phase("write_csv", lambda: write_csv(state["frame"], Path(tmp) / "r.csv"))
        store.close()
    print(f"{len(state['analysis'].claims)} claims, {len(state['analysis'].clusters)} clusters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
