"""Shared helpers of the hostile-input tests: the fixture folder and the real CLI."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "fixtures" / "hostile"
MIXED = HOSTILE / "mixed"
SEED = ROOT / "seeds" / "000_ff300813a446f845.txt"

# The console script `claimcheck` is `claimcheck.cli:main`; running it through the test's own
# interpreter needs no installed script and is the same code path.
CLI = [sys.executable, "-c", "import sys; from claimcheck.cli import main; sys.argv[0] = 'claimcheck'; main()"]

# Numeric columns of the discrepancy report (DESIGN.md: numbers stay numeric).
NUMERIC_COLUMNS = frozenset(
    {"cluster_low", "cluster_high", "origins", "disagreement", "source_line", "start", "end",
     "value_low", "value_high"}
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def load_make_mixed() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_mixed", HOSTILE / "make_mixed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cli_env() -> dict[str, str]:
    """The user's environment, minus anything that would make output depend on the runner."""
    env = dict(os.environ)
    env.update({"NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200", "PYTHONPATH": str(ROOT)})
    return env


def run_cli(*args: str | Path, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """`claimcheck ARGS...` in a real process; stdout/stderr as bytes (escapes stay visible)."""
    return subprocess.run(
        [*CLI, *(str(a) for a in args)],
        cwd=cwd,
        env=cli_env(),
        capture_output=True,
        timeout=timeout,
        check=False,
    )


def assert_safe_csv_cell(column: str, cell: str) -> None:
    """A report cell: numbers parse as numbers, text never starts like a formula."""
    if column in NUMERIC_COLUMNS:
        if cell != "":
            float(cell)  # raises if a number column holds text
        return
    assert not cell.startswith(FORMULA_START), f"{column}: {cell!r} would run as a formula"
