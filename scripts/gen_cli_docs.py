"""Regenerate the generated sections of docs/cli.md and docs/extraction.md.

The docs hold hand-written prose around generated blocks, the way sqlite-utils keeps its CLI
reference with cog. A generated block sits between two marker comments:

    <!-- [[[generated: NAME]]] -->
    ...
    <!-- [[[end: NAME]]] -->

NAME is `help`, `help extract`, ... (the `--help` of the app or a command, run through
Typer's CliRunner at a fixed width) or `qualifiers-before`, `vague-quantities`, ... (tables
built from claimcheck.extract.lexicon). tests/test_docs.py fails when a block differs from
what this script would write, so the docs cannot drift from the code.

Usage:

    python scripts/gen_cli_docs.py           # rewrite the blocks in place
    python scripts/gen_cli_docs.py --check   # exit 1 if any block is stale
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CLI_DOC = ROOT / "docs" / "cli.md"
EXTRACTION_DOC = ROOT / "docs" / "extraction.md"

#: Environment for deterministic help text: click wraps at min(COLUMNS, 80) - 2.
HELP_ENV = {"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"}

_BLOCK = re.compile(
    r"(?P<open><!-- \[\[\[generated: (?P<name>[^\]]+)\]\]\] -->\n)"
    r"(?P<body>.*?)"
    r"(?P<close><!-- \[\[\[end: (?P=name)\]\]\] -->)",
    re.S,
)


# --- CLI help -------------------------------------------------------------------------------


def cli_app():
    """The Typer app with every command registered (importing claimcheck.cli registers them)."""
    import claimcheck.cli  # noqa: F401  (side effect: the command modules register)
    from claimcheck.cli.app import app

    return app


def command_names() -> list[str]:
    """Registered command names, in registration order."""
    import typer

    return list(typer.main.get_command(cli_app()).commands)


def help_text(command: str | None = None) -> str:
    """`claimcheck [COMMAND] --help` as the user sees it at 100 columns, without colour."""
    from typer.testing import CliRunner

    args = ([command] if command else []) + ["--help"]
    result = CliRunner().invoke(cli_app(), args, prog_name="claimcheck", env=HELP_ENV)
    if result.exit_code != 0:
        raise RuntimeError(f"claimcheck {' '.join(args)} exited {result.exit_code}: {result.output}")
    return "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())


def _fenced(text: str) -> str:
    return f"```text\n{text}\n```\n"


def report_columns() -> str:
    """The report's columns in order, numbered, from REPORT_COLUMNS."""
    from claimcheck.report.table import REPORT_COLUMNS

    return "".join(f"{i}. `{col}`\n" for i, col in enumerate(REPORT_COLUMNS, 1))


def cli_blocks() -> dict[str, str]:
    blocks = {
        "report-columns": report_columns(),
        "help": _fenced("$ claimcheck --help\n" + help_text()),
    }
    for name in command_names():
        blocks[f"help {name}"] = _fenced(f"$ claimcheck {name} --help\n" + help_text(name))
    return blocks


# --- extraction tables ----------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    if x is None:
        return "open"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def qualifiers_table(table: Mapping[str, object], *, before: bool) -> str:
    """One row per qualifier: the phrase, its rule, and the interval it gives for N = 100."""
    from claimcheck.extract.intervals import apply_rule

    lines = ["| words | rule | example | interval |", "|---|---|---|---|"]
    for phrase, rule in sorted(table.items(), key=lambda kv: (kv[1].value, kv[0])):
        example = f"{phrase} 100" if before else f"100 {phrase}" if phrase != "+" else "100+"
        low, high = apply_rule(rule, 100.0, 100.0)
        lines.append(
            f"| {_md_cell(phrase)} | {rule.value} | {_md_cell(example)} | [{_fmt(low)}, {_fmt(high)}] |"
        )
    return "\n".join(lines) + "\n"


def vague_table() -> str:
    from claimcheck.extract.lexicon import VAGUE_QUANTITIES

    lines = ["| words | interval |", "|---|---|"]
    for phrase, (low, high) in sorted(VAGUE_QUANTITIES.items(), key=lambda kv: (kv[1], kv[0])):
        lines.append(f"| {phrase} | [{_fmt(low)}, {_fmt(high)}] |")
    return "\n".join(lines) + "\n"


def category_table() -> str:
    """Each category with its cue words (CATEGORY_WORDS), the verbs that take the figure as
    object (TRANSITIVE_CATEGORY_VERBS) and the heads that say it ("11 wounded")."""
    from claimcheck.extract.lexicon import (
        CATEGORY_WORDS,
        PARTICIPLE_CATEGORIES,
        TRANSITIVE_CATEGORY_VERBS,
    )

    lines = [
        "| category | cue words after or around the figure | verbs before the figure | heads (\"11 wounded\") |",
        "|---|---|---|---|",
    ]
    for cat, cues in CATEGORY_WORDS.items():
        verbs = sorted({v for v, c in TRANSITIVE_CATEGORY_VERBS.items() if c == cat})
        heads = sorted(h for h, c in PARTICIPLE_CATEGORIES.items() if c == cat)
        lines.append(
            f"| {cat} | {', '.join(sorted(set(cues)))} | {', '.join(verbs) or '-'} | "
            f"{', '.join(heads) or '-'} |"
        )
    return "\n".join(lines) + "\n"


def hedge_table() -> str:
    from claimcheck.extract.lexicon import HEDGE_PHRASES, VERIFICATION_HEDGES

    verify = set(VERIFICATION_HEDGES)
    rest = [p for p in HEDGE_PHRASES if p not in verify]
    return (
        "| kind | phrases |\n|---|---|\n"
        f"| verification (also hedge the previous sentence's figures) | {', '.join(VERIFICATION_HEDGES)} |\n"
        f"| other hedges (same sentence only) | {', '.join(rest)} |\n"
    )


def extraction_blocks() -> dict[str, str]:
    from claimcheck.extract.lexicon import QUALIFIERS_AFTER, QUALIFIERS_BEFORE

    return {
        "qualifiers-before": qualifiers_table(QUALIFIERS_BEFORE, before=True),
        "qualifiers-after": qualifiers_table(QUALIFIERS_AFTER, before=False),
        "vague-quantities": vague_table(),
        "categories": category_table(),
        "hedges": hedge_table(),
    }


# --- block replacement ----------------------------------------------------------------------


def blocks_in(text: str) -> dict[str, str]:
    """NAME -> body of every generated block of a document."""
    return {m.group("name"): m.group("body") for m in _BLOCK.finditer(text)}


def render(text: str, blocks: Mapping[str, str]) -> str:
    """`text` with every known block's body replaced; an unknown block name is an error."""

    def replace(m: re.Match) -> str:
        name = m.group("name")
        if name not in blocks:
            raise KeyError(f"no generator for block {name!r}")
        return m.group("open") + blocks[name] + m.group("close")

    return _BLOCK.sub(replace, text)


DOCS: dict[Path, Callable[[], dict[str, str]]] = {
    CLI_DOC: cli_blocks,
    EXTRACTION_DOC: extraction_blocks,
}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, make in DOCS.items():
        old = path.read_text(encoding="utf-8")
        new = render(old, make())
        if new != old:
            stale.append(path)
            if not check:
                path.write_text(new, encoding="utf-8")
    for path in stale:
        print(f"{'stale' if check else 'updated'}: {path.relative_to(ROOT)}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
