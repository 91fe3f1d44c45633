"""docs/bad-input.md quotes real messages: each `skipped: in/...` line it shows is what
`claimcheck extract in/` prints for a folder `in/` holding those faulty files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from .conftest import MIXED, ROOT, run_cli

DOC = ROOT / "docs" / "bad-input.md"
BAD = ROOT / "fixtures" / "bad_input"
# Faults that need a refusing OS call to happen as root (tests/ingest monkeypatches them).
NEEDS_MONKEYPATCH = tuple(f"skipped: in/{name}:" for name in ("locked.txt", "locked", "gone.txt"))


def documented_messages() -> list[str]:
    spans = re.findall(r"``\s(skipped: in/.*?)\s``|`(skipped: in/[^`]*)`", DOC.read_text(encoding="utf-8"))
    return [a or b for a, b in spans]


def test_every_quoted_skip_message_is_real(tmp_path: Path) -> None:
    messages = documented_messages()
    assert len(messages) >= 15
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("nul_bytes.txt", "empty.txt", "whitespace_only.txt", "malformed.jsonl",
                 "no_text.jsonl", "ragged.csv", "no_text_column.csv"):
        shutil.copy(BAD / name, folder / name)
    shutil.copy(MIXED / "junk.txt", folder / "junk.txt")
    (folder / "furniture.txt").write_text("Advertisement\n\nExit mobile version\n", encoding="utf-8")
    (folder / "claims.gold.jsonl").write_text(
        "".join(f'{{"claim_no": {i}, "mention": "x"}}\n' for i in range(3)), encoding="utf-8"
    )
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    result = run_cli("extract", "in", "in/no_such_file.txt", cwd=tmp_path)
    assert result.returncode == 3
    printed = set(result.stderr.decode("utf-8").splitlines())
    for message in messages:
        if message.startswith(NEEDS_MONKEYPATCH):
            continue
        assert message in printed, f"docs/bad-input.md quotes a message the tool does not print: {message}"
