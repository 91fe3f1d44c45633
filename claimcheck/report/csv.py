"""Write the report as CSV that a spreadsheet opens safely.

Source text is untrusted: a cell that starts with = + - @ tab or CR would run as a formula in
Excel or LibreOffice, so such text cells get a leading apostrophe (the OWASP recommendation).
Numeric columns stay numbers, so "-5" in a number column is never touched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

import numpy as np
import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(_FORMULA_START)  # all one character long
_ROWS_PER_WRITE = 1024  # the text of a block of rows, not of the whole file, is held at once


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


def write_csv(frame: pd.DataFrame, target: str | Path | TextIO) -> None:
    """UTF-8 CSV with a header row, to a path or an open text stream; formula-like text
    neutralised, and every cell holding a line break quoted, a lone CR included.

    The bytes are those of `safe_frame(frame).to_csv(path, index=False)`, except that
    Python 3.11's csv module (which pandas uses) leaves a cell with a lone CR unquoted when
    lines end in LF, and spreadsheets then split the row there; source text is untrusted, so
    such a cell must not break the report. Each column becomes its CSV cells once and rows
    are joined from them: at 68k claims pandas' writer and the `str.startswith` of
    `safe_frame` (a Python call a cell) took about 2 s.
    A frame with a column this does not know how to write goes through pandas.
    """
    if isinstance(target, (str, Path)):
        _replace_file(frame, Path(os.path.expanduser(target)))
    else:
        _write(frame, target)


def _replace_file(frame: pd.DataFrame, path: Path) -> None:
    """Write beside the file, then rename over it: a write that fails half-way (a full disk,
    a killed process) leaves the earlier report whole instead of a truncated one.

    Only a regular file (or none yet) is replaced so: a symlink's target is, with its mode
    kept, and a pipe or a device (`--csv /dev/stdout`, `>(wc -l)`) is written to as it is.
    """
    if path.exists() and not path.is_file():  # (both follow a link to its target)
        with open(path, "w", encoding="utf-8", newline="") as out:  # newline: as pandas
            _write(frame, out)
        return
    target = Path(os.path.realpath(path))
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as out:
            _write(frame, out)
        if target.exists():
            os.chmod(partial, target.stat().st_mode & 0o7777)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        # the file the analyst asked for, not the hidden one written beside it
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _write(frame: pd.DataFrame, out: TextIO) -> None:
    columns = [_csv_cells(frame.iloc[:, i]) for i in range(frame.shape[1])]
    plain_header = all(isinstance(label, str) for label in frame.columns)
    if frame.shape[1] < 2 or not plain_header or None in columns:
        # a one-column row of "" is written '""', which joining cells would not do
        safe_frame(frame).to_csv(out, index=False)
        return
    _write_rows(frame, columns, out)


def _write_rows(frame: pd.DataFrame, columns: list[list[str]], out: TextIO) -> None:
    out.write(",".join(_quote([str(label) for label in frame.columns])) + os.linesep)
    for start in range(0, len(frame), _ROWS_PER_WRITE):
        block = [cells[start:start + _ROWS_PER_WRITE] for cells in columns]
        out.write(os.linesep.join(map(",".join, zip(*block))) + os.linesep)


def _csv_cells(series: pd.Series) -> list[str] | None:
    """The column's cells as `safe_frame` + `to_csv` write them; None for a dtype left to pandas.

    pandas writes a missing value as "", a float through numpy's `astype(str)`, any other
    value through `str` (the csv module's rule), and quotes what the csv module quotes.
    """
    dtype = series.dtype
    if dtype == object or isinstance(dtype, pd.StringDtype):
        return _quote(_text_cells(series))
    if isinstance(dtype, pd.Int64Dtype):
        # nullable whole numbers (report_frame's values with gaps): a gap as "", as pandas
        return [str(v) for v in series.to_numpy(dtype=object, na_value="").tolist()]
    if not isinstance(dtype, np.dtype) or dtype.kind not in "fiub" or dtype.itemsize > 8:
        return None
    numbers = np.ascontiguousarray(series.to_numpy())
    if dtype.kind == "f":
        # keyed by bit pattern, so -0.0 (== 0.0) keeps its own text
        codes, bits = pd.factorize(numbers.view(f"i{dtype.itemsize}"))
        distinct = bits.view(dtype)
        text = distinct.astype(str).astype(object)
        text[np.isnan(distinct)] = ""
    else:
        codes, distinct = pd.factorize(numbers)
        text = np.array([str(v) for v in distinct.tolist()], dtype=object)
    # each distinct number formatted once: numpy's float formatting is slow, the values repeat
    return text[codes].tolist()


def _text_cells(series: pd.Series) -> list[str]:
    """Text as strings, missing as "", formula-like cells neutralised (what `safe_frame` does).

    A string column holds only str or missing values, so one pass over its cells does both
    tests; pandas' `isna` and a second pass over 68k scattered strings cost as much again.
    """
    if isinstance(series.dtype, pd.StringDtype):
        values = series.to_numpy(dtype=object).tolist()
        return [
            ("'" + v if v[:1] in _FORMULA_FIRST else v) if isinstance(v, str) else ""
            for v in values
        ]
    # object: missing as pandas sees it, and any other value written through `str`
    values = series.to_numpy(dtype=object, na_value="").tolist()
    cells = [v if isinstance(v, str) else str(v) for v in values]
    return ["'" + v if v[:1] in _FORMULA_FIRST else v for v in cells]


# What makes a cell quoted: the csv module's own rule (QUOTE_MINIMAL) plus a lone CR, which
# Python 3.11 quotes only when the line terminator holds one.
_QUOTING_CHARS = ',"\r\n'


def _quote(cells: list[str]) -> list[str]:
    """Cells as the csv module writes them (QUOTE_MINIMAL, quotes doubled), and a cell with a
    lone CR quoted too.

    Most columns hold none of the quoting characters, which one `join` shows; otherwise a
    pass a character finds the cells that hold it.
    """
    joined = "".join(cells)
    quoted: set[int] = set()
    for char in _QUOTING_CHARS:
        if char in joined:
            quoted.update([i for i, cell in enumerate(cells) if char in cell])
    for i in quoted:
        cells[i] = '"' + cells[i].replace('"', '""') + '"'
    return cells
