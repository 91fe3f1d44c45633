"""The domain's core (extraction, clustering, comparison, the models) type-checks clean under mypy.

Why a test: the extractor's optionals are where its bugs hide (a speaker that may be None
reaching `str.lower`, a match that may be None reaching `.end()`), and mypy finds them before
an article does. It is also what keeps a compiled build (mypyc, which refuses code that does
not type-check) one flag away: docs/performance.md (session 15) has what such a build measured.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CLEAN_PACKAGES = ["claimcheck/extract", "claimcheck/cluster", "claimcheck/compare.py", "claimcheck/models.py"]


@pytest.mark.parametrize("package", CLEAN_PACKAGES)
def test_package_type_checks(package: str) -> None:
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent", package],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
