"""Every kind of bad input: one clear InputError naming the file (and line), never a crash,
and the good input given alongside is still read."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import decode, read_sources, walk

from .conftest import BAD, GOOD, assert_offsets, file_text, ingest

GOOD_FILE = GOOD / "one_article_with_source.txt"
GOOD_TITLE = "Floods displace thousands in the river valley"


def read_with_good(bad: Path | str):
    """Read a bad input between two good ones: the good ones must survive it."""
    got = ingest([GOOD_FILE, bad, GOOD / "rows.jsonl"])
    assert got.sources[0].title == GOOD_TITLE
    assert got.sources[-1].source_file == str(GOOD / "rows.jsonl")
    return got


def only_error(errors: list[InputError], path: Path | str) -> InputError:
    [error] = errors
    assert error.path == str(path)
    assert str(error).startswith(f"{path}")
    return error


FILE_FAULTS = [
    ("binary", "binary.txt", "binary file, skipped"),
    ("empty", "empty.txt", "empty file, skipped"),
    ("whitespace-only", "whitespace_only.txt", "empty file (whitespace only), skipped"),
    ("nul-byte", "nul_bytes.txt", "binary file, skipped"),
    ("csv-without-text-column", "no_text_column.csv", "CSV header has no `text` column, skipped"),
]


@pytest.mark.parametrize(("name", "reason"), [f[1:] for f in FILE_FAULTS], ids=[f[0] for f in FILE_FAULTS])
def test_file_fault_is_reported_once_and_skipped(name: str, reason: str) -> None:
    path = BAD / name
    got = read_with_good(path)
    error = only_error(got.errors, path)
    assert error.reason == reason
    assert all(s.source_file != str(path) for s in got.sources)


def test_cp1252_text_comes_out_right() -> None:
    path = BAD / "cp1252.txt"
    got = read_with_good(path)
    assert got.errors == []
    [source] = [s for s in got.sources if s.source_file == str(path)]
    assert "At least 14 people were killed and 30 injured in the café blast." in source.text
    assert "\u201cIt was like the end of the world,\u201d" in source.text
    assert source.published is not None
    assert_offsets(source, file_text(path, encoding="cp1252"))


def test_utf8_bom_is_not_part_of_the_text() -> None:
    path = BAD / "utf8_bom.txt"
    got = read_with_good(path)
    assert got.errors == []
    [source] = [s for s in got.sources if s.source_file == str(path)]
    assert source.text.startswith("Blast with a BOM\n")  # no BOM, no \r
    assert source.title == "Blast with a BOM"
    assert "\r" not in source.text
    assert_offsets(source, file_text(path, encoding="utf-8-sig"))


def test_utf16_with_bom_is_decoded() -> None:
    path = BAD / "utf16_bom.txt"
    got = read_with_good(path)
    assert got.errors == []
    [source] = [s for s in got.sources if s.source_file == str(path)]
    assert source.title == "Blast in UTF-16"
    assert "café blast" in source.text
    assert_offsets(source, file_text(path, encoding="utf-16"))


def test_jsonl_malformed_lines_are_reported_and_good_rows_kept() -> None:
    path = BAD / "malformed.jsonl"
    got = read_with_good(path)
    rows = [s for s in got.sources if s.source_file == str(path)]
    assert [(s.source_id, s.source_line) for s in rows] == [
        ("malformed.jsonl#r1", 1),
        ("malformed.jsonl#r3", 4),
        ("malformed.jsonl#6", 7),
    ]
    assert [(e.path, e.line) for e in got.errors] == [(str(path), 2), (str(path), 5), (str(path), 6)]
    reasons = [e.reason for e in got.errors]
    assert reasons[0].startswith("malformed JSON")
    assert reasons[1] == "row is not a JSON object, skipped"
    assert reasons[2] == "`text` is not a string, row skipped"
    assert str(got.errors[0]).startswith(f"{path}:2: ")


def test_jsonl_row_without_text() -> None:
    path = BAD / "no_text.jsonl"
    got = read_with_good(path)
    rows = [s for s in got.sources if s.source_file == str(path)]
    assert [(s.source_id, s.text) for s in rows] == [("no_text.jsonl#b", "Three people were wounded.")]
    assert [(e.line, e.reason) for e in got.errors] == [
        (1, "row has no `text`, skipped"),
        (3, "row has empty `text`, skipped"),
    ]
    assert all(e.path == str(path) for e in got.errors)


def test_csv_ragged_rows_are_reported_with_their_line() -> None:
    path = BAD / "ragged.csv"
    got = read_with_good(path)
    rows = [s for s in got.sources if s.source_file == str(path)]
    assert [(s.source_id, s.source_line, s.title) for s in rows] == [
        ("ragged.csv#1", 2, "Good"),
        ("ragged.csv#3", 4, "Multi\r\nline title"),
        ("ragged.csv#6", 9, "Also good"),  # row 3 spans lines 4-6
    ]
    assert [(e.line, e.reason) for e in got.errors] == [
        (3, "ragged row: 4 fields where the header has 3"),
        (7, "ragged row: 2 fields where the header has 3"),
        (8, "row has no `text`, skipped"),
    ]
    assert all(str(e).startswith(f"{path}:{e.line}: ") for e in got.errors)


def test_csv_with_semicolons_is_sniffed() -> None:
    path = BAD / "semicolon.csv"
    got = read_with_good(path)
    assert got.errors == []
    rows = [s for s in got.sources if s.source_file == str(path)]
    assert [(s.source_id, s.title, s.outlet, str(s.published)) for s in rows] == [
        ("semicolon.csv#s1", "Quake kills 340", "BBC", "2001-01-15"),
        ("semicolon.csv#s2", "Toll rises", "AP", "2001-01-16"),
    ]
    assert rows[0].text == "Some 340 people, officials said, have died."
    assert rows[1].text == "At least 400; maybe more, were killed."


def test_unreadable_file_is_reported(monkeypatch) -> None:
    # We run as root, so chmod 000 would still be readable: make open() refuse instead.
    path = BAD / "cp1252.txt"
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(decode, "open", refusing_open, raising=False)
    got = read_with_good(path)
    error = only_error(got.errors, path)
    assert error.reason == "permission denied, skipped"


def test_file_vanishing_between_scan_and_read(monkeypatch, tmp_path) -> None:
    path = tmp_path / "gone.txt"
    path.write_text("Headline\n\nBody.\n", encoding="utf-8")
    real_detect = decode.detect_encoding

    def detect_then_delete(p, shown=None):
        encoding = real_detect(p, shown)
        if Path(p) == path:
            Path(p).unlink()
        return encoding

    monkeypatch.setattr(decode, "detect_encoding", detect_then_delete)
    # (a small UTF-8 file is read once, and cannot vanish between two reads: the general
    # path, which large and legacy-encoded files take, is the one under test)
    monkeypatch.setattr(decode, "_small_utf8", lambda p, shown: None)
    got = read_with_good(path)
    assert only_error(got.errors, path).reason == "no such file or directory"


def test_path_that_does_not_exist() -> None:
    missing = BAD / "no_such_file.txt"
    got = read_with_good(missing)
    assert only_error(got.errors, missing).reason == "no such file or directory"


def test_folder_walk_takes_text_files_recursively_in_sorted_order() -> None:
    tree = BAD / "tree"
    got = read_with_good(tree)
    from_tree = [s for s in got.sources if s.source_file.startswith(str(tree))]
    assert [(s.source_id, s.title) for s in from_tree] == [
        ("a_first.txt", "First article in the tree"),
        ("sub/b_second.md", "Second article, in markdown"),
        ("sub/deeper/c_third.TXT", "Third article, upper-case suffix"),
        ("sub/deeper/rows.JSONL#x", None),
    ]
    # png, pdf, docx, hidden files and folders are ignored silently; the empty file is not.
    only_error(got.errors, tree / "z_empty.txt")


def test_explicit_file_with_unknown_extension_is_read_as_text(tmp_path) -> None:
    path = tmp_path / "article.html.bak"
    path.write_text("A headline\n\nAt least 3 people died.\n", encoding="utf-8")
    got = read_with_good(path)
    assert got.errors == []
    assert [s.title for s in got.sources if s.source_file == str(path)] == ["A headline"]


def test_explicit_binary_with_unknown_extension_is_reported() -> None:
    path = BAD / "tree" / "b_picture.png"
    got = read_with_good(path)
    assert only_error(got.errors, path).reason == "binary file, skipped"


def test_only_page_furniture_is_reported(tmp_path) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("Advertisement\n\nExit mobile version\n", encoding="utf-8")
    got = read_with_good(path)
    assert only_error(got.errors, path).reason.startswith("no article text")


def test_directory_named_like_a_text_file_is_walked_not_read(tmp_path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    got = read_with_good(folder)
    assert got.errors == []


def test_chmod_000_file_is_reported_unless_root(tmp_path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Headline\n\nBody.\n", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading (see the monkeypatch test)")
        got = read_with_good(path)
        assert only_error(got.errors, path).reason == "permission denied, skipped"
    finally:
        path.chmod(0o644)


def test_unlistable_folder_is_reported(monkeypatch, tmp_path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    (tmp_path / "open.txt").write_text("Open headline\n\nBody.\n", encoding="utf-8")
    real_scandir = walk.os.scandir

    def refusing_scandir(folder):
        if Path(folder).name == "locked":
            raise PermissionError(13, "Permission denied", str(folder))
        return real_scandir(folder)

    monkeypatch.setattr(walk.os, "scandir", refusing_scandir)
    got = read_with_good(tmp_path)
    error = only_error(got.errors, tmp_path / "locked")
    assert error.reason == "folder permission denied, skipped"
    assert "Open headline" in [s.title for s in got.sources]


def test_broken_link_to_an_article_is_reported(tmp_path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "dangling.png").symlink_to(tmp_path / "nowhere.png")  # not an input: silent
    got = read_with_good(tmp_path)
    assert only_error(got.errors, tmp_path / "dangling.txt").reason == "broken symbolic link, skipped"


def test_utf16_without_bom_is_recognised(tmp_path) -> None:
    path = tmp_path / "no_bom.txt"
    path.write_bytes("Blast in UTF-16 LE\r\n\r\nAt least 14 people died in the café.\r\n".encode("utf-16-le"))
    got = read_with_good(path)
    assert got.errors == []
    [source] = [s for s in got.sources if s.source_file == str(path)]
    assert source.title == "Blast in UTF-16 LE"
    assert_offsets(source, file_text(path, encoding="utf-16-le"))


@pytest.mark.parametrize("rows", [3, 10], ids=["three-rows", "ten-rows"])
def test_jsonl_that_is_not_articles_is_one_error(tmp_path: Path, rows: int) -> None:
    """A gold or claims dump in an input folder is named once, not once per row."""
    path = tmp_path / "claims.gold.jsonl"
    path.write_text("".join(f'{{"claim_no": {i}, "mention": "x"}}\n' for i in range(rows)), encoding="utf-8")
    got = ingest([path])
    assert got.sources == []
    assert [(e.line, e.reason) for e in got.errors] == [
        (1, "no `text` field in its first rows: not an article file, skipped")
    ]


def test_jsonl_text_less_leading_rows_are_reported_when_articles_follow(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a"}\n{"id": "b"}\n{"id": "c", "text": "Two people died."}\n', encoding="utf-8")
    got = ingest([path])
    assert [s.text for s in got.sources] == ["Two people died."]
    assert [e.line for e in got.errors] == [1, 2]


@pytest.mark.parametrize("data", [b"0\x00\r\n", b"ab\x00\x00cd\r\n", b"x\x00y\x00z\r\n\r\n"])
def test_a_few_nuls_do_not_make_utf16(tmp_path, data) -> None:
    """Found by hypothesis: "0\\x00\\r\\n" was read as UTF-16 ("0\\u0a0d") instead of rejected."""
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    errors: list[InputError] = []
    assert list(read_sources([path], errors.append)) == []
    assert [e.reason for e in errors] == ["binary file, skipped"]


@pytest.mark.parametrize(
    "raw",
    [
        b"Headline\r\n\r\nBody with 12 dead.\r\n",  # Windows newlines
        b"Headline\rBody.\r",  # old Mac newlines
        b"Mixed\r\nlines\rand\nmore\r\n\r",
        "Caf\u00e9 \u2014 \u201c40 dead\u201d\n".encode("utf-8"),
        b"Headline\n\n" + b"x" * 5000 + b"\n",
    ],
    ids=["crlf", "cr", "mixed", "non-ascii", "long-line"],
)
def test_a_small_utf8_file_read_once_gives_the_text_open_gives(tmp_path, raw: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    with open(path, encoding="utf-8", newline=None) as handle:
        expected = handle.read()
    assert decode._small_utf8(path, str(path)) == expected
    assert decode.read_text(path) == expected


@pytest.mark.parametrize(
    "raw",
    [b"\xef\xbb\xbfBOM text\n", "Pe\u00f1a".encode("cp1252"), b"a\x00b", b"", b"   \n", b"\x01\x02\x03\x04 ab"],
    ids=["bom", "cp1252", "nul", "empty", "whitespace", "controls"],
)
def test_other_files_take_the_general_path(tmp_path, raw: bytes) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(raw)
    assert decode._small_utf8(path, str(path)) is None


@pytest.mark.parametrize(
    ("row", "place"),
    [(b"not json at all\n", "at column 2"), (b'{"text": "cut short\n', "at the end of the row")],
    ids=["bad-token", "unterminated"],
)
def test_a_malformed_row_names_its_place_in_the_row_not_a_line(tmp_path, row: bytes, place: str) -> None:
    # the parser's "at line 1 column 2" is the row's own first line; the file's line is PATH:LINE
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"text": "At least 12 people died."}\n' + row)
    got = ingest([path])
    [error] = got.errors
    assert error.line == 2
    assert place in error.reason and " at line " not in error.reason
