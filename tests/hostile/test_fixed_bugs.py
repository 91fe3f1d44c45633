"""Regression tests for the bugs the hostile-input work found (each was an exact
reproduction before its fix): huge integers, a bracket in a URL, figures inside ANSI colour
codes, a terminal hyperlink as speaker, a note written elsewhere while the UI is open, and a
dash bullet without a space."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from claimcheck.models import Source
from claimcheck.extract.claims import extract_claims
from claimcheck.pipeline import analyse_paths
from claimcheck.store.verdicts import VerdictStore
from claimcheck.tui.app import ClaimcheckApp
from claimcheck.tui.widgets.claim_table import ClaimTable

from .conftest import MIXED, SEED, run_cli

GOOD = "Good article\n\nAt least 3 people died in the fire, officials said.\n"


def _strict_json(line: str) -> dict:
    def refuse(name: str):
        raise ValueError(f"{name} is not JSON")

    return json.loads(line, parse_constant=refuse)


def _run_folder(tmp_path: Path, files: dict[str, str]):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run_cli("extract", folder, "--format", "jsonl", cwd=tmp_path)
    return result, [_strict_json(line) for line in result.stdout.decode("utf-8").splitlines()]


# 1. A number past float range kills the whole run with a traceback (exit 1, nothing output).
#    claimcheck/extract/numbers.py read_digits: float(int(cleaned)) -> OverflowError.
def test_huge_integer_is_not_a_crash(tmp_path: Path) -> None:
    result, records = _run_folder(
        tmp_path, {"huge.txt": "Headline\n\nOfficials said " + "1" * 400 + " people were killed.\n"}
    )
    assert b"Traceback" not in result.stderr, result.stderr.decode()[-300:]
    assert result.returncode in (0, 3)
    assert "At least 3 people" in [r["mention"] for r in records]


# 2. A huge decimal with a scale gives value Infinity, written as `Infinity` in the JSONL
#    (not JSON: strict parsers and the JSON spec refuse it).
def test_values_are_finite_and_output_is_json(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "inf.txt").write_text(
        "Headline\n\nOfficials said " + "1" * 400 + ".5 million people were killed.\n", encoding="utf-8"
    )
    result = run_cli("extract", folder, "--format", "jsonl", cwd=tmp_path)
    assert b"Traceback" not in result.stderr
    for line in result.stdout.decode("utf-8").splitlines():
        _strict_json(line)  # raises on Infinity / NaN


# 3. A URL with a bracket (a JSONL/CSV `url`, or a `Source:` line) kills the whole run:
#    claimcheck/ingest/outlet.py domain_of: urlsplit(url) raises ValueError("Invalid IPv6 URL").
def test_url_with_a_bracket_is_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "rows.jsonl").write_text(
        json.dumps({"url": "http://[evil", "text": "Two soldiers were wounded."}) + "\n", encoding="utf-8"
    )
    (folder / "source_line.txt").write_text(
        "Strikes hit the town\n\nFour strikes hit the town, it added.\n\n"
        "Source: https://[/]www.jpost.com/breaking-news/article-702402\n",
        encoding="utf-8",
    )
    result = run_cli("extract", folder, "--format", "jsonl", cwd=tmp_path)
    assert b"Traceback" not in result.stderr, result.stderr.decode()[-300:]
    mentions = [json.loads(line)["mention"] for line in result.stdout.decode("utf-8").splitlines()]
    assert {"At least 3 people", "Two soldiers", "Four strikes"} <= set(mentions)
    row = next(json.loads(l) for l in result.stdout.decode().splitlines() if "Two soldiers" in l)
    assert row["url"] == "http://[evil"


# 4. ANSI colour codes around a figure: "\x1b[31m20 people\x1b[0m were missing" gives a claim
#    "0m" (value 0, from "[0m") and loses "20 people".
def test_figure_inside_ansi_colour_codes() -> None:
    text = "\x1b[31m20 people\x1b[0m were missing after the flood, officials said."
    claims = extract_claims(Source(source_id="a", source_file="a.txt", text=text))
    assert [(c.mention, c.value_low, c.value_high) for c in claims] == [("20 people", 20, 20)]


def test_mixed_folder_ansi_file_gives_its_figure(tmp_path: Path) -> None:
    result = run_cli("extract", MIXED, "--format", "jsonl", cwd=tmp_path)
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    ansi = [(r["mention"], r["value_low"]) for r in records if r["source_file"].endswith("ansi.txt")]
    assert ("20 people", 20) in ansi
    assert ("0m", 0) not in ansi


# 5. An OSC 8 terminal hyperlink around a speaker makes the speaker the BEL character.
def test_speaker_is_never_a_control_character() -> None:
    text = "Divers found 7 bodies on Monday, \x1b]8;;http://evil.example\x07Colonel Petrov\x1b]8;;\x07 said."
    [claim] = extract_claims(Source(source_id="a", source_file="a.txt", text=text))
    assert claim.attributed_to is None or claim.attributed_to.isprintable(), repr(claim.attributed_to)


# 6. The review UI drops a note another writer set while it was open: a verdict key writes
#    the note the UI loaded at start (claimcheck/tui/screens/review.py action_set_verdict uses
#    self.model.verdict(claim_id).note, not the store's current note), so the verdict loses
#    the note `claimcheck verdict ... --note` gave it a moment before.
def test_ui_verdict_key_keeps_a_note_written_by_another_process(tmp_path: Path) -> None:
    analysis = analyse_paths([str(SEED)], lambda e: None)

    async def run() -> tuple[str, str | None]:
        with VerdictStore(tmp_path / "v.db") as store:
            store.register_claims(analysis.claims)
            app = ClaimcheckApp(analysis, store, export_path=tmp_path / "r.csv")
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.press("enter")
                claim_id = app.screen.query_one(ClaimTable).current_claim_id
                with VerdictStore(tmp_path / "v.db") as other:
                    other.set(claim_id, "disputed", "ministry figure, single origin")
                await pilot.press("v")
                await pilot.pause()
                verdict = store.get(claim_id)
                return verdict.status.value, verdict.note

    assert asyncio.run(run()) == ("verified", "ministry figure, single origin")


# 7. Judgement call, not clearly a bug: a bullet without its space, "-3 soldiers were
#    wounded", gives no claim ("- 3 soldiers" and "+8 people" do).
def test_dash_bullet_without_space() -> None:
    text = "-3 soldiers were wounded while clearing the road, the army said."
    claims = extract_claims(Source(source_id="a", source_file="a.txt", text=text))
    assert [(c.mention, c.value_low) for c in claims] == [("3 soldiers", 3)]


def test_a_long_list_that_adds_up_to_nothing_does_not_hang(tmp_path: Path) -> None:
    """A review found the list-breakdown pattern reading each " and " two ways, so a list that
    did not fit tried every split: 16 items took seconds, 40 would take days. Each separator is
    read one way now; the file goes through the CLI (a subprocess with run_cli's timeout) and
    gives its figures."""
    items = " and ".join(["a man", "a boy", "a girl", "a woman"] * 10)
    text = f"Hostile list\n\nPolice detained 5 people: {items}, and fled with 3 men.\n"
    result, records = _run_folder(tmp_path, {"list.txt": text})
    assert result.returncode == 0, result.stderr
    assert [r["mention"] for r in records if r["source_file"].endswith("list.txt")] == ["5 people", "3 men"]
