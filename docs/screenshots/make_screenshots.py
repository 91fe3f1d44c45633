"""Regenerate the SVG screenshots in docs/screenshots/ by driving the review UI headlessly.

    .venv/bin/python docs/screenshots/make_screenshots.py            # the real seed analysis
    .venv/bin/python docs/screenshots/make_screenshots.py --fixture  # the hand-built test fixture

The real run analyses seeds/000_ff300813a446f845.txt with claimcheck.pipeline, and for the
Story column fixtures/articles/docs (three events) in a wider terminal; the verdicts go to a
throw-away database, so your claimcheck.db is never touched.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
SEED = ROOT / "seeds" / "000_ff300813a446f845.txt"
SIZE = (120, 40)

# (file name, keys pressed since the previous shot)
SHOTS: list[tuple[str, list[str]]] = [
    ("review-first-screen.svg", []),
    ("review-claims.svg", ["enter"]),
    ("review-verdicts.svg", ["v", "down", "d", "n", *"Same officials as the 11 wounded", "enter"]),
    ("review-filter.svg", ["escape", "slash", *"category:killed", "enter"]),
    ("review-help.svg", ["question_mark"]),
]
# a corpus on several events, wide enough for the Story column
STORIES = ROOT / "fixtures" / "articles" / "docs"
STORY_SIZE = (170, 40)
STORY_SHOTS: list[tuple[str, list[str]]] = [
    ("review-stories.svg", ["slash", *"story:flood", "enter"]),
]


def load_analysis(use_fixture: bool, path: Path = SEED):
    if use_fixture:
        sys.path.insert(0, str(ROOT / "tests" / "tui"))
        from fixture_analysis import seed_analysis

        return seed_analysis()
    from claimcheck.pipeline import analyse_paths

    def report(error: Exception) -> None:
        print(f"skipped: {error}", file=sys.stderr)

    return analyse_paths([str(path.relative_to(ROOT))], on_error=report)


async def shoot(use_fixture: bool) -> None:
    await _shoot(load_analysis(use_fixture), SIZE, SHOTS)
    if not use_fixture:
        await _shoot(load_analysis(False, STORIES), STORY_SIZE, STORY_SHOTS)


async def _shoot(analysis, size: tuple[int, int], shots: list[tuple[str, list[str]]]) -> None:
    from claimcheck.store.verdicts import VerdictStore
    from claimcheck.tui.app import ClaimcheckApp

    with tempfile.TemporaryDirectory() as tmp, VerdictStore(Path(tmp) / "claimcheck.db") as store:
        store.register_claims(analysis.claims)
        app = ClaimcheckApp(analysis, store, export_path=Path(tmp) / "report.csv")
        async with app.run_test(size=size) as pilot:
            for name, keys in shots:
                if keys:
                    await pilot.press(*keys)
                await pilot.pause(0.3)
                app.save_screenshot(name, path=str(OUT))
                print(OUT / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixture", action="store_true", help="use the hand-built test fixture")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    asyncio.run(shoot(args.fixture))


if __name__ == "__main__":
    main()
