"""How the review UI writes values: intervals, numbers, and text made safe to show.

Pure Python (no Textual, no Rich); the widgets wrap these strings in `rich.text.Text`.
"""

from __future__ import annotations

_CONTROL_MAP = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_CONTROL_MAP[0x7F] = 0x2421  # ␡
_CONTROL_MAP.update({c: 0xFFFD for c in range(0x80, 0xA0)})
# Bidi overrides and isolates reorder the terminal line; show them as a visible mark.
_CONTROL_MAP.update(
    {c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}
)


def display_text(text: str) -> str:
    """Make control characters visible (ESC -> ␛) without changing the string's length.

    Length is preserved so claim offsets into the source still point at the mention. Tabs and
    newlines are kept: they are layout, not hidden instructions.
    """
    return text.translate(_CONTROL_MAP)


def one_line(text: str | None) -> str:
    """A table-cell version of `text`: visible controls, newlines folded to spaces."""
    if not text:
        return ""
    return display_text(text.replace("\n", " ").replace("\t", " "))


def format_value(value: float) -> str:
    """12 -> '12', 6701 -> '6,701', 9.9 -> '9.9' (intervals like 0.9N may be fractional)."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}".rstrip("0").rstrip(".")


def format_interval(low: float | None, high: float | None) -> str:
    """The interval a figure's words allow; open ends as '≥200', '≤10' or '…'."""
    if low is None and high is None:
        return "…"
    if high is None:
        return f"≥{format_value(low)}"  # type: ignore[arg-type]
    if low is None:
        return f"≤{format_value(high)}"
    if low == high:
        return format_value(low)
    return f"{format_value(low)}–{format_value(high)}"
