"""The CSV writer: formula-like text is neutralised, numbers are untouched."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from claimcheck.models import Analysis
from claimcheck.report.csv import neutralise, safe_frame, write_csv
from claimcheck.report.table import NUMERIC_COLUMNS, REPORT_COLUMNS, report_frame

NEUTRALISE_CASES = [
    # text a spreadsheet would run
    ("equals", "=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"),
    ("plus", "+1 more", "'+1 more"),
    ("minus", "-1", "'-1"),
    ("at", "@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("tab", "\t=1", "'\t=1"),
    ("carriage-return", "\r=1", "'\r=1"),
    ("only-equals", "=", "'="),
    # text that is safe
    ("plain", "11 wounded", "11 wounded"),
    ("inner-equals", "a=b", "a=b"),
    ("leading-space", " =1", " =1"),
    ("apostrophe", "'quoted", "'quoted"),
    ("empty", "", ""),
    ("unicode-dash", "— 5 people", "— 5 people"),
    # numbers and other values pass through
    ("negative-int", -5, -5),
    ("negative-float", -1.5, -1.5),
    ("zero", 0, 0),
    ("none", None, None),
    ("bool", True, True),
]


@pytest.mark.parametrize("value, expected", [c[1:] for c in NEUTRALISE_CASES], ids=[c[0] for c in NEUTRALISE_CASES])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_neutralise_nan_passes_through():
    assert math.isnan(neutralise(float("nan")))


def test_safe_frame_touches_text_columns_only():
    frame = pd.DataFrame({
        "text": ["=1+1", "-2", "ok", None],
        "number": [-1.0, 2.0, float("nan"), -3.5],
        "integer": [-1, 2, 3, -4],
        "flag": [True, False, True, False],
    })
    out = safe_frame(frame)
    assert list(out["text"][:3]) == ["'=1+1", "'-2", "ok"]
    assert pd.isna(out["text"].iloc[3])
    pd.testing.assert_series_equal(out["number"], frame["number"])
    pd.testing.assert_series_equal(out["integer"], frame["integer"])
    pd.testing.assert_series_equal(out["flag"], frame["flag"])


def test_safe_frame_does_not_change_its_input():
    frame = pd.DataFrame({"text": ["=1"]})
    safe_frame(frame)
    assert frame["text"].iloc[0] == "=1"


def test_write_csv_round_trip(tmp_path, analysis, verdicts):
    path = tmp_path / "report.csv"
    write_csv(report_frame(analysis, verdicts), path)
    back = pd.read_csv(path, keep_default_na=False, na_values=[""])
    assert list(back.columns) == list(REPORT_COLUMNS)
    for column in NUMERIC_COLUMNS:
        assert pd.api.types.is_numeric_dtype(back[column]), column
    row = back.set_index("claim_id").loc["confl0000002"]
    assert row["sentence"].startswith("'=HYPERLINK(")
    assert row["attributed_to"] == "'@ombudsman"
    assert row["verdict_note"] == "'=1+1 single origin"
    assert row["value_low"] == 23


def test_write_csv_is_utf8_with_header(tmp_path, analysis):
    path = tmp_path / "report.csv"
    write_csv(report_frame(analysis), path)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8").splitlines()[0] == ",".join(REPORT_COLUMNS)


# Cells the CSV must get exactly right: formula starts, the csv module's quoting characters
# (and a lone CR, which Python 3.11's csv module leaves unquoted when lines end in LF), unicode,
# missing values.
HOSTILE_TEXT = [
    "=cmd|' /C calc'!A0", "+1", "-1", "@x", "\t=1", "\r=1", "=", "a,b", 'say "hi"', '"', "a\nb",
    "a\rb", "a\r\nb", "=a,\"b\"\n", "", " =1", "'quoted", "naïve — 5 people 😀", "\u202eevil",
    "line\u2028sep", "-", None,
]
HOSTILE_OBJECTS = ["=1", None, -5, -1.5, True, float("nan"), "ok", "a,b", 7]
NUMBERS = [-0.0, 0.0, 1e16, 1e-5, 0.1 + 0.2, float("nan"), float("inf"), float("-inf"), -3.5,
           123456789.123, 300.0]


def _cycle(values, n):
    return [values[i % len(values)] for i in range(n)]


def _hostile_frame() -> pd.DataFrame:
    n = len(HOSTILE_TEXT)
    return pd.DataFrame({
        "text": pd.Series(HOSTILE_TEXT, dtype="str"),
        "object": pd.Series(_cycle(HOSTILE_OBJECTS, n), dtype=object),
        "all_missing": pd.Series([None] * n, dtype=object),
        "float": _cycle(NUMBERS, n),
        "float32": np.array(_cycle(NUMBERS, n), dtype=np.float32),
        "int": _cycle([-5, 0, 2**40, 7], n),
        "whole_with_gaps": pd.array(_cycle([11, None, -3, 2**40], n), dtype="Int64"),
        "flag": _cycle([True, False, False], n),
        "=header,\"x\"": _cycle(["=1", "b"], n),
    })


def _pandas_csv(frame: pd.DataFrame, path) -> bytes:
    """What write_csv wrote before it stopped using pandas' writer: the bytes it must keep
    (for cells without a lone CR, which pandas leaves unquoted and write_csv quotes)."""
    safe_frame(frame).to_csv(path, index=False, encoding="utf-8")
    return path.read_bytes()


def _without_lone_cr(frame: pd.DataFrame) -> pd.DataFrame:
    lone_cr = pd.Series(False, index=frame.index)
    for col in frame.columns:
        if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col]):
            text = frame[col].astype("string").fillna("")
            lone_cr |= text.str.replace("\r\n", "", regex=False).str.contains("\r", regex=False).astype(bool)
    return frame[~lone_cr]


def _refuse_to_csv(*args, **kwargs):
    raise AssertionError("write_csv fell back to DataFrame.to_csv")


def _frames(analysis, verdicts):
    return {
        "hostile": _hostile_frame(),
        "report": report_frame(analysis, verdicts),
        "report-no-verdicts": report_frame(analysis),
        "empty-report": report_frame(Analysis()),
    }


@pytest.mark.parametrize("name", ["hostile", "report", "report-no-verdicts", "empty-report"])
def test_write_csv_bytes_are_pandas_bytes(tmp_path, monkeypatch, analysis, verdicts, name):
    frame = _without_lone_cr(_frames(analysis, verdicts)[name])
    expected = _pandas_csv(frame, tmp_path / "pandas.csv")
    monkeypatch.setattr(pd.DataFrame, "to_csv", _refuse_to_csv)
    write_csv(frame, tmp_path / "report.csv")
    assert (tmp_path / "report.csv").read_bytes() == expected


def test_write_csv_hostile_cells(tmp_path):
    frame = _hostile_frame()
    write_csv(frame, tmp_path / "report.csv")
    raw = (tmp_path / "report.csv").read_bytes()
    assert b'\n"\'\r=1",' in raw and b'"a\rb"' in raw  # a lone CR is quoted: no row split
    back = pd.read_csv(tmp_path / "report.csv", keep_default_na=False, dtype=str)
    assert len(back) == len(frame)
    assert list(back["text"][:7]) == ["'=cmd|' /C calc'!A0", "'+1", "'-1", "'@x", "'\t=1", "'\r=1", "'="]
    assert list(back["text"][11:14]) == ["a\rb", "a\r\nb", "'=a,\"b\"\n"]
    assert list(back["object"][:5]) == ["'=1", "", "'-5", "'-1.5", "True"]
    assert back["float"].iloc[0] == "-0.0" and back["int"].iloc[0] == "-5"  # numbers untouched


@pytest.mark.parametrize("frame", [
    pd.DataFrame({"only": ["", "=1", None]}),  # one column: a row of "" is written '""'
    pd.DataFrame({"when": pd.to_datetime(["2024-01-05", None]), "text": ["-1", "a"]}),
    pd.DataFrame({0: ["=1", "a"], float("nan"): [1.5, -2.0]}),  # pandas formats such labels
], ids=["one-column", "datetime", "non-text-labels"])
def test_write_csv_frames_left_to_pandas(tmp_path, frame):
    expected = _pandas_csv(frame, tmp_path / "pandas.csv")
    write_csv(frame, tmp_path / "report.csv")
    assert (tmp_path / "report.csv").read_bytes() == expected


def test_write_csv_bytes_are_pandas_bytes_on_real_articles(tmp_path, monkeypatch):
    from pathlib import Path

    from claimcheck.pipeline import analyse_paths

    docs = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "docs"
    frame = report_frame(analyse_paths([str(docs)], lambda e: None), {})
    assert len(frame) > 100
    expected = _pandas_csv(frame, tmp_path / "pandas.csv")
    monkeypatch.setattr(pd.DataFrame, "to_csv", _refuse_to_csv)
    write_csv(frame, tmp_path / "report.csv")
    assert (tmp_path / "report.csv").read_bytes() == expected


def test_write_csv_expands_home_like_pandas(tmp_path, monkeypatch, analysis):
    monkeypatch.setenv("HOME", str(tmp_path))
    write_csv(report_frame(analysis), "~/report.csv")
    assert (tmp_path / "report.csv").read_text(encoding="utf-8").startswith("cluster_id,")


@pytest.mark.parametrize(
    ("values", "cells"),
    [
        ([11.0, None, 400.0], ["11", "", "400"]),  # counts with gaps: no "11.0"
        ([1500000.0, 2.0], ["1500000", "2"]),
        ([2.5, None], ["2.5", ""]),  # a fraction keeps the column a float
        ([None, None], ["", ""]),
    ],
)
def test_whole_numbers_are_written_without_a_decimal_point(tmp_path, values, cells):
    from claimcheck.report.table import typed_numbers

    frame = typed_numbers(pd.DataFrame({"value_low": values, "mention": ["x"] * len(values)}))
    write_csv(frame, tmp_path / "r.csv")
    back = pd.read_csv(tmp_path / "r.csv", keep_default_na=False, dtype=str)
    assert list(back["value_low"]) == cells


def test_disagreement_stays_a_share(tmp_path):
    from claimcheck.report.table import typed_numbers

    frame = typed_numbers(pd.DataFrame({"disagreement": [0.0, 1.0], "value_low": [1.0, 2.0]}))
    assert frame["disagreement"].dtype.kind == "f"
    assert str(frame["value_low"].dtype) == "Int64"


def test_a_write_that_fails_half_way_keeps_the_earlier_report(tmp_path, monkeypatch, analysis):
    import claimcheck.report.csv as csv_module

    path = tmp_path / "report.csv"
    path.write_text("the earlier report\n", encoding="utf-8")

    def half_then_fail(frame, columns, out):
        out.write("cluster_id,cluster_label\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv_module, "_write_rows", half_then_fail)
    with pytest.raises(OSError):
        write_csv(report_frame(analysis), path)
    assert path.read_text(encoding="utf-8") == "the earlier report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]  # no partial file left


def test_a_new_report_replaces_the_earlier_one(tmp_path, analysis):
    path = tmp_path / "report.csv"
    path.write_text("the earlier report\n", encoding="utf-8")
    write_csv(report_frame(analysis), path)
    assert path.read_text(encoding="utf-8").startswith("cluster_id,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]


def test_a_symlinked_report_keeps_its_link_and_its_target_gets_the_report(tmp_path, analysis):
    target = tmp_path / "real.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    write_csv(report_frame(analysis), link)
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("cluster_id,")
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_pipe_is_written_to_as_it_is(tmp_path, analysis):
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_csv(report_frame(analysis), fifo)
    reader.join(timeout=10)
    assert got and got[0].startswith(b"cluster_id,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
