"""Write the report as CSV that a spreadsheet opens safely.

Source text is untrusted: a cell that starts with = + - @ tab or CR would run as a formula in
Excel or LibreOffice, so such text cells get a leading apostrophe (the OWASP recommendation).
Numeric columns stay numbers, so "-5" in a number column is never touched.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell that a spreadsheet would run becomes inert; other values pass through."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every formula-like text cell neutralised (vectorised: one pass a column)."""
    out = frame.copy()
    for col in out.columns:
        series = out[col]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            # text columns hold str or missing values; numeric columns are never object dtype
            risky = series.astype("string").str.startswith(_FORMULA_START).fillna(False).astype(bool)
            if risky.any():
                out[col] = series.where(~risky, "'" + series[risky].astype(str))
    return out


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    """UTF-8 CSV with a header row; formula-like text neutralised."""
    safe_frame(frame).to_csv(path, index=False, encoding="utf-8")
