"""The CSV writer: formula-like text is neutralised, numbers are untouched."""

from __future__ import annotations

import math

import pandas as pd
import pytest

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
