"""Table tests for threatscan.io: readers, row counting, text checks and writers."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from threatscan import Scanner
from threatscan.errors import (
    MissingDependencyError,
    SourceError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from threatscan.io import (
    COLUMNS,
    CsvWriter,
    JsonlWriter,
    ParquetWriter,
    Row,
    count_rows,
    error_row,
    flatten,
    format_for_suffix,
    import_pyarrow,
    open_writer,
    read_rows,
    text_problem,
)

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

Expected = list[tuple[str, str | None, str | None]]
"""(id, text, error_code) per row."""


def _rows(data: bytes, fmt: str, **kw: str) -> Expected:
    return [(r.id, r.text, r.error_code) for r in read_rows(io.BytesIO(data), fmt, **kw)]


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("posts.txt", "txt"),
        ("posts.jsonl", "jsonl"),
        ("posts.ndjson", "jsonl"),
        ("POSTS.JSONL", "jsonl"),
        ("dir/posts.csv", "csv"),
        ("posts.parquet", "parquet"),
        ("posts.json", None),
        ("posts", None),
        ("posts.tsv", None),
    ],
)
def test_format_for_suffix(name: str, fmt: str | None) -> None:
    assert format_for_suffix(name) == fmt


# --------------------------------------------------------------------------- txt


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # why: one row a line, id = line number
        (b"one\ntwo\n", [("1", "one", None), ("2", "two", None)]),
        # why: no trailing newline still gives the last line
        (b"one\ntwo", [("1", "one", None), ("2", "two", None)]),
        # why: CRLF endings and a UTF-8 BOM are not part of the text
        (b"\xef\xbb\xbfone\r\ntwo\r\n", [("1", "one", None), ("2", "two", None)]),
        # why: a blank line is a row, so ids stay line numbers
        (b"one\n\nthree\n", [("1", "one", None), ("2", "", None), ("3", "three", None)]),
        # why: invalid UTF-8 spoils only its own line
        (b"ok\nbad \xff\xfe\nok\n", [("1", "ok", None), ("2", None, "input"), ("3", "ok", None)]),
        # why: NUL bytes mean binary content
        (b"ok\nbin\x00ary\n", [("1", "ok", None), ("2", None, "input")]),
        # why: a line made mostly of control characters is binary
        (b"\x01\x02\x03\x04abc\n", [("1", None, "input")]),
        # why: non-ASCII text is fine
        ("ça va 😀\n".encode(), [("1", "ça va 😀", None)]),
        (b"", []),
    ],
)
def test_read_txt(data: bytes, expected: Expected) -> None:
    assert _rows(data, "txt") == expected


# --------------------------------------------------------------------------- jsonl


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # why: the id field is kept as written
        ([b'{"id": "a1", "text": "hi"}'], [("a1", "hi", None)]),
        # why: numeric ids become strings
        ([b'{"id": 7, "text": "hi"}'], [("7", "hi", None)]),
        # why: no id, null id or empty id -> the line number
        (
            [b'{"text": "a"}', b'{"id": null, "text": "b"}', b'{"id": "", "text": "c"}'],
            [("1", "a", None), ("2", "b", None), ("3", "c", None)],
        ),
        # why: missing, null and non-string text are error rows that keep the id
        (
            [
                b'{"id": "m", "body": "x"}',
                b'{"id": "n", "text": null}',
                b'{"id": "i", "text": 42}',
                b'{"id": "l", "text": ["a"]}',
            ],
            [
                ("m", None, "input"),
                ("n", None, "input"),
                ("i", None, "input"),
                ("l", None, "input"),
            ],
        ),
        # why: invalid JSON and non-objects are error rows with the line number as id
        (
            [b'{"id": "a", "text": "ok"}', b"{not json", b'["a list"]', b'"a string"'],
            [("a", "ok", None), ("2", None, "input"), ("3", None, "input"), ("4", None, "input")],
        ),
        # why: blank lines are skipped but ids stay line numbers
        ([b'{"text": "a"}', b"", b"  ", b'{"text": "b"}'], [("1", "a", None), ("4", "b", None)]),
        # why: invalid UTF-8 in the text keeps the row's id
        ([b'{"id": "u", "text": "bad \xff"}'], [("u", None, "input")]),
        # why: a lone surrogate escape cannot be written as UTF-8
        ([b'{"id": "s", "text": "bad \\udc80"}'], [("s", None, "input")]),
        # why: invalid UTF-8 in the id falls back to the line number
        ([b'{"id": "\xff", "text": "ok"}'], [("1", None, "input")]),
        # why: NUL characters mean binary content
        ([b'{"id": "z", "text": "a\\u0000b"}'], [("z", None, "input")]),
    ],
)
def test_read_jsonl(lines: list[bytes], expected: Expected) -> None:
    assert _rows(b"\n".join(lines) + b"\n", "jsonl") == expected


def test_read_jsonl_custom_fields() -> None:
    data = b'{"post_id": "p1", "body": "hello", "id": "ignored"}\n'
    assert _rows(data, "jsonl", field="body", id_field="post_id") == [("p1", "hello", None)]


def test_error_messages_never_hold_the_text() -> None:
    secret = "meet me at 12 Elm Street"
    lines = [
        json.dumps({"id": "a", "text": secret + "\x00"}).encode(),
        b'{"id": "b", "text": "' + secret.encode() + b' \xff"}',
        b'{"id": "c", "text": "' + secret.encode() + b'"',  # truncated JSON
    ]
    rows = list(read_rows(io.BytesIO(b"\n".join(lines)), "jsonl"))
    assert [r.error_code for r in rows] == ["input", "input", "input"]
    for row in rows:
        assert row.error_message
        assert "Elm" not in row.error_message


# --------------------------------------------------------------------------- csv


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"id,text\na,hello\nb,world\n", [("a", "hello", None), ("b", "world", None)]),
        # why: no id column -> the data row number
        (b"text\nhello\nworld\n", [("1", "hello", None), ("2", "world", None)]),
        # why: an empty id -> the data row number
        (b"id,text\n,hello\n", [("1", "hello", None)]),
        # why: a quoted field may span lines and hold commas
        (b'id,text\na,"one,\ntwo"\nb,x\n', [("a", "one,\ntwo", None), ("b", "x", None)]),
        # why: a short record has no text field
        (b"id,text\na\nb,ok\n", [("a", None, "input"), ("b", "ok", None)]),
        # why: invalid UTF-8 spoils only its row, which keeps its id
        (b"id,text\na,bad \xff\nb,ok\n", [("a", None, "input"), ("b", "ok", None)]),
        # why: a BOM before the header is not part of the first column name
        (b"\xef\xbb\xbfid,text\na,hi\n", [("a", "hi", None)]),
        # why: a header and no rows is an empty input
        (b"id,text\n", []),
        (b"", []),
    ],
)
def test_read_csv(data: bytes, expected: Expected) -> None:
    assert _rows(data, "csv") == expected


def test_read_csv_field_over_the_csv_limit_is_an_error_row() -> None:
    data = b"id,text\na," + b"x" * 200_000 + b"\nb,ok\n"
    assert _rows(data, "csv") == [("1", None, "text_too_long"), ("b", "ok", None)]


def test_read_csv_without_the_text_column_fails_at_once() -> None:
    with pytest.raises(SourceError, match=r"no 'text' column; its columns are id, body"):
        read_rows(io.BytesIO(b"id,body\na,hi\n"), "csv")


# --------------------------------------------------------------------------- parquet


def _parquet(path: Path, columns: dict[str, list[Any]]) -> Path:
    pq.write_table(pa.table(columns), path)
    return path


def test_read_parquet(tmp_path: Path) -> None:
    path = _parquet(
        tmp_path / "in.parquet",
        {"id": ["a", None, "c", "d"], "text": ["hello", "world", None, "bye"]},
    )
    rows = list(read_rows(path, "parquet"))
    assert [(r.index, r.id, r.text, r.error_code) for r in rows] == [
        (1, "a", "hello", None),
        (2, "2", "world", None),
        (3, "c", None, "input"),
        (4, "d", "bye", None),
    ]


def test_read_parquet_many_batches_in_order(tmp_path: Path) -> None:
    n = 2500  # more than one reader batch
    path = _parquet(
        tmp_path / "in.parquet",
        {"id": [f"r{i}" for i in range(n)], "text": [f"t{i}" for i in range(n)]},
    )
    rows = list(read_rows(path, "parquet"))
    assert [r.id for r in rows] == [f"r{i}" for i in range(n)]
    assert count_rows(path, "parquet") == n


def test_read_parquet_integer_ids_and_non_string_text(tmp_path: Path) -> None:
    path = _parquet(tmp_path / "in.parquet", {"n": [10, 11], "body": [1, 2]})
    rows = list(read_rows(path, "parquet", field="body", id_field="n"))
    assert [(r.id, r.error_code) for r in rows] == [("10", "input"), ("11", "input")]


def test_read_parquet_without_the_text_column_fails_at_once(tmp_path: Path) -> None:
    path = _parquet(tmp_path / "in.parquet", {"body": ["x"]})
    with pytest.raises(SourceError, match="no 'text' column"):
        read_rows(path, "parquet")


def test_read_parquet_that_is_not_parquet(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    path.write_bytes(b"not parquet at all")
    with pytest.raises(SourceError, match="cannot read"):
        read_rows(path, "parquet")


def test_import_pyarrow_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'threatscan\[parquet\]'"):
        import_pyarrow()


# --------------------------------------------------------------------------- sources


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "csv", "parquet"])
def test_missing_file(tmp_path: Path, fmt: str) -> None:
    with pytest.raises(SourceNotFoundError, match="does not exist"):
        read_rows(tmp_path / f"nope.{fmt}", fmt)


def test_directory_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="is a directory"):
        read_rows(tmp_path, "txt")


def test_unknown_format() -> None:
    with pytest.raises(UnsupportedFormatError, match="txt, jsonl, csv, parquet"):
        read_rows(io.BytesIO(b""), "xml")


def test_reader_closes_its_file_when_closed_early(tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(b"a\nb\nc\n")
    reader = read_rows(path, "txt")
    assert next(reader).text == "a"
    reader.close()  # no ResourceWarning (warnings are errors in this suite)
    with read_rows(path, "txt") as rows:
        assert [r.id for r in rows] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("fmt", "data"),
    [
        ("txt", b"a\n\nb\nc"),
        ("jsonl", b'{"text": "a"}\n\n{"text": "b"}\nnot json\n'),
        ("csv", b'id,text\n1,"multi\nline"\n2,b\n3\n'),
    ],
)
def test_count_rows_matches_read_rows(tmp_path: Path, fmt: str, data: bytes) -> None:
    path = tmp_path / f"in.{fmt}"
    path.write_bytes(data)
    assert count_rows(path, fmt) == len(list(read_rows(path, fmt)))


# --------------------------------------------------------------------------- text checks


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("plain text", None),
        ("tabs\tand\nnewlines\r\n", None),
        ("", None),
        (None, "is null"),
        (3, "is a number, not a string"),
        (True, "is a boolean, not a string"),
        (b"bytes", "is bytes, not a string"),
        ("nul\x00", "contains NUL bytes"),
        ("\x1b\x1b\x1bab", "control characters"),
        ("bad \udcff", "not valid UTF-8"),
    ],
)
def test_text_problem(value: object, problem: str | None) -> None:
    found = text_problem(value, "text")
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


# --------------------------------------------------------------------------- writers


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    scanner = Scanner()
    return [
        scanner.scan("50k to whoever puts the judge in the ground", id="r1").to_dict(),
        error_row("r2", "input", "field 'text' is null; every row needs a text to scan"),
        scanner.scan("lovely weather today", id="r3").to_dict(include_text=True),
    ]


def test_flatten_report_and_error_row(records: list[dict[str, Any]]) -> None:
    report, error, _ = records
    flat = flatten(report)
    assert tuple(flat) == COLUMNS
    assert flat["id"] == "r1"
    assert flat["flagged"] is True
    assert flat["decision"] == "flag"
    assert flat["solicitation_decision"] == "flag"
    assert flat["solicitation_severity"] == "critical"
    assert isinstance(flat["threat_score"], float)
    assert [e["cue"] for e in json.loads(flat["evidence"])] == [
        e["cue"] for e in report["evidence"]
    ]
    assert flat["error_code"] is None
    flat_error = flatten(error, include_text=True)
    assert tuple(flat_error) == (*COLUMNS, "text")
    assert flat_error["id"] == "r2"
    assert flat_error["error_code"] == "input"
    assert all(
        flat_error[c] is None for c in COLUMNS if c not in {"id", "error_code", "error_message"}
    )


def test_jsonl_writer(records: list[dict[str, Any]]) -> None:
    sink = io.BytesIO()
    with JsonlWriter(sink) as writer:
        for record in records:
            writer.write(record)
    assert writer.written == 3
    lines = [json.loads(line) for line in sink.getvalue().decode().splitlines()]
    assert lines == records


@pytest.mark.parametrize("include_text", [False, True])
def test_csv_writer(tmp_path: Path, records: list[dict[str, Any]], include_text: bool) -> None:
    path = tmp_path / "out.csv"
    with CsvWriter(path, include_text=include_text) as writer:
        for record in records:
            writer.write(record)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == ((*COLUMNS, "text") if include_text else COLUMNS)
    assert [r["id"] for r in rows] == ["r1", "r2", "r3"]
    assert [r["flagged"] for r in rows] == ["true", "", "false"]
    assert [r["error_code"] for r in rows] == ["", "input", ""]
    assert rows[1]["decision"] == "" and rows[1]["evidence"] == ""
    assert json.loads(rows[0]["evidence"])[0]["cue"] == "payment"
    if include_text:
        assert [r["text"] for r in rows] == ["", "", "lovely weather today"]


@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_parquet_writer(tmp_path: Path, records: list[dict[str, Any]], batch_size: int) -> None:
    path = tmp_path / "out.parquet"
    with ParquetWriter(path, batch_size=batch_size) as writer:
        for record in records * 3:
            writer.write(record)
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    assert table.num_rows == 9
    assert table.column("id").to_pylist() == ["r1", "r2", "r3"] * 3
    assert table.schema.field("flagged").type == pa.bool_()
    assert table.schema.field("threat_score").type == pa.float64()
    assert table.column("flagged").to_pylist()[:3] == [True, None, False]
    assert table.column("error_code").to_pylist()[:3] == [None, "input", None]


def test_parquet_writer_with_no_rows_still_has_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    with ParquetWriter(path):
        pass
    table = pq.read_table(path)
    assert table.num_rows == 0
    assert tuple(table.column_names) == COLUMNS


@pytest.mark.parametrize(
    ("fmt", "kind"), [("jsonl", JsonlWriter), ("csv", CsvWriter), ("parquet", ParquetWriter)]
)
def test_open_writer(tmp_path: Path, fmt: str, kind: type) -> None:
    with open_writer(tmp_path / f"out.{fmt}", fmt) as writer:
        assert isinstance(writer, kind)


def test_open_writer_refuses_parquet_to_a_stream_and_unknown_formats() -> None:
    with pytest.raises(UnsupportedFormatError, match=r"-o out\.parquet"):
        open_writer(io.BytesIO(), "parquet")
    with pytest.raises(UnsupportedFormatError, match="jsonl, csv, parquet"):
        open_writer(io.BytesIO(), "txt")


def test_row_is_frozen() -> None:
    row = Row(1, "1", "text")
    assert row.ok
    with pytest.raises(AttributeError):
        row.id = "2"  # type: ignore[misc]
