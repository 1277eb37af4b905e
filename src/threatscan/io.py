"""Reading rows from files and writing reports: the CLI's file adapter.

Readers turn a source (``txt``, ``jsonl``, ``csv``, ``parquet`` or a binary
stream) into ``Row`` values, one per input row, in input order. They never
load a whole file into memory and never stop at a bad row: a row whose text
cannot be scanned (missing, null, not a string, invalid UTF-8, binary,
invalid JSON) comes out as a ``Row`` with ``error_code`` and
``error_message`` set, so the caller can write an error row for it and go on.
Error messages name the problem and the fix, never the raw text.

Writers (``JsonlWriter``, ``CsvWriter``, ``ParquetWriter``) share one
protocol: ``write(record)`` takes a ``Report.to_dict()`` or an ``error_row``,
``close()`` finishes the file, and each is a context manager.

pyarrow is imported only when a Parquet file is read or written; without it a
``MissingDependencyError`` says which extra to install.

Example:
    >>> import io
    >>> rows = read_rows(io.BytesIO(b"hello\\nworld\\n"), "txt")
    >>> [(row.id, row.text) for row in rows]
    [('1', 'hello'), ('2', 'world')]
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Final, Self

from threatscan.errors import (
    InputError,
    MissingDependencyError,
    SourceError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from threatscan.types import LABELS, SCHEMA_VERSION

__all__ = [
    "COLUMNS",
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "CsvWriter",
    "JsonlWriter",
    "ParquetWriter",
    "RecordWriter",
    "Row",
    "RowReader",
    "count_rows",
    "error_row",
    "flatten",
    "format_for_suffix",
    "import_pyarrow",
    "open_writer",
    "read_rows",
    "text_problem",
]

INPUT_FORMATS: Final[tuple[str, ...]] = ("txt", "jsonl", "csv", "parquet")
OUTPUT_FORMATS: Final[tuple[str, ...]] = ("jsonl", "csv", "parquet")

_SUFFIXES: Final[Mapping[str, str]] = {
    ".txt": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}

COLUMNS: Final[tuple[str, ...]] = (
    "id",
    "flagged",
    "decision",
    *(f"{label.value}_{part}" for label in LABELS for part in ("score", "decision", "severity")),
    "explanation",
    "evidence",
    "framing",
    "error_code",
    "error_message",
)
"""Columns of CSV and Parquet output, in order; ``text`` is appended with ``include_text``."""

_BINARY_SHARE: Final = 0.1
"""A text with more than this share of control characters is treated as binary."""

_ALLOWED_CONTROLS: Final = frozenset("\t\n\r\f\v")
_PARQUET_BATCH: Final = 1024
_INPUT_CODE: Final = InputError.code


@dataclass(frozen=True, slots=True)
class Row:
    """One input row.

    Attributes:
        index: 1-based row number (line number for txt and jsonl, data row for csv
            and parquet).
        id: the row's id, or ``str(index)`` when the row has none.
        text: the text to scan, or ``None`` when the row is an error.
        error_code: a ``ThreatscanError.code`` when the row cannot be scanned.
        error_message: what is wrong and how to fix it (never the raw text).
    """

    index: int
    id: str
    text: str | None
    error_code: str | None = None
    error_message: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_code is None


def error_row(id: str, code: str, message: str) -> dict[str, Any]:
    """The record written for a row that could not be scanned."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": id,
        "error": {"code": code, "message": message},
    }


def format_for_suffix(path: str | os.PathLike[str]) -> str | None:
    """The input format a file name implies (``posts.JSONL`` -> ``jsonl``), or ``None``."""
    return _SUFFIXES.get(Path(path).suffix.lower())


def import_pyarrow() -> Any:
    """Import ``pyarrow.parquet``, or raise a MissingDependencyError that says how to get it."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependencyError(
            "reading or writing Parquet needs pyarrow; install it with "
            "pip install 'threatscan[parquet]'"
        ) from None
    return pq


def text_problem(value: object, field: str) -> str | None:
    """Why ``value`` cannot be scanned as the text of a row, or ``None`` when it can."""
    if value is None:
        return f"field {field!r} is null; every row needs a text to scan"
    if not isinstance(value, str):
        return f"field {field!r} is {_kind(value)}, not a string; only text can be scanned"
    if not _is_utf8(value):
        return f"field {field!r} is not valid UTF-8; re-encode the input as UTF-8"
    if "\x00" in value:
        return f"field {field!r} looks binary (it contains NUL bytes); only plain text is scanned"
    if value:
        controls = sum(1 for ch in value if _is_control(ch))
        if controls / len(value) > _BINARY_SHARE:
            return (
                f"field {field!r} looks binary ({controls} of {len(value)} characters are "
                "control characters); only plain text is scanned"
            )
    return None


# --------------------------------------------------------------------------- readers


def read_rows(
    path: str | os.PathLike[str] | BinaryIO,
    fmt: str,
    *,
    field: str = "text",
    id_field: str = "id",
) -> RowReader:
    """Read rows from a file or binary stream, lazily and in order.

    The source is opened and checked at once (so a missing file, an unknown
    format, a missing pyarrow or a missing column fail before any row is
    read); rows are then read one at a time.

    Args:
        path: a file path, or a binary stream such as ``sys.stdin.buffer``.
        fmt: one of ``INPUT_FORMATS``.
        field: name of the text field (jsonl, csv, parquet).
        id_field: name of the id field; rows without one get their row number.

    Raises:
        SourceNotFoundError: the file does not exist.
        SourceError: the file cannot be read, or it has no ``field`` column.
        UnsupportedFormatError: ``fmt`` is not an input format.
        MissingDependencyError: ``fmt`` is parquet and pyarrow is not installed.
    """
    _check_format(fmt, INPUT_FORMATS, "input")
    if fmt == "parquet":
        if not isinstance(path, str | os.PathLike):
            raise UnsupportedFormatError(
                "Parquet cannot be read from a stream; pass the path of a .parquet file"
            )
        return RowReader(_read_parquet(Path(path), field, id_field))
    stream, owned = _open_binary(path)
    try:
        if fmt == "txt":
            return RowReader(_read_txt(stream), stream, owned)
        if fmt == "jsonl":
            return RowReader(_read_jsonl(stream, field, id_field), stream, owned)
        return RowReader(_read_csv(stream, field, id_field, _name(path)), stream, owned)
    except BaseException:
        if owned:
            stream.close()
        raise


def count_rows(path: str | os.PathLike[str], fmt: str) -> int | None:
    """Count the rows ``read_rows`` will yield, cheaply (no text is decoded or scanned).

    Returns ``None`` when the count is not known without reading everything.
    """
    _check_format(fmt, INPUT_FORMATS, "input")
    p = Path(path)
    if fmt == "parquet":
        pq = import_pyarrow()
        try:
            return int(pq.ParquetFile(p).metadata.num_rows)
        except (OSError, ValueError):
            return None
    try:
        with p.open("rb") as f:
            if fmt == "txt":
                return sum(1 for _ in f)
            if fmt == "jsonl":
                return sum(1 for line in f if line.strip())
            reader = csv.reader(_decoded_lines(f))
            count = -1  # the header is not a row
            while True:
                try:
                    next(reader)
                except StopIteration:
                    return max(count, 0)
                except csv.Error:
                    pass
                count += 1
    except OSError:
        return None


class _ClosesOnExit:
    """``with obj:`` closes ``obj`` on the way out."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class RowReader(_ClosesOnExit, Iterator[Row]):
    """The rows of one source, in order; closes the file when exhausted or closed."""

    def __init__(self, rows: Iterator[Row], stream: BinaryIO | None = None, owned: bool = False):
        self._rows = rows
        self._stream = stream
        self._owned = owned

    def __next__(self) -> Row:
        try:
            return next(self._rows)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the file this reader opened (streams it was given stay open)."""
        if self._owned and self._stream is not None:
            self._stream.close()
        self._stream = None


def _open_binary(path: str | os.PathLike[str] | BinaryIO) -> tuple[BinaryIO, bool]:
    if not isinstance(path, str | os.PathLike):
        return path, False
    p = Path(path)
    if not p.exists():
        raise SourceNotFoundError(f"input file {p} does not exist; check the path")
    if p.is_dir():
        raise SourceError(f"input {p} is a directory; pass a file")
    try:
        return p.open("rb"), True
    except OSError as exc:
        raise SourceError(
            f"cannot read input file {p}: {exc.strerror}; check permissions"
        ) from None


def _read_txt(stream: BinaryIO) -> Iterator[Row]:
    for index, raw in enumerate(stream, start=1):
        line = raw.rstrip(b"\n").rstrip(b"\r")
        if index == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        rid = str(index)
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _bad(index, rid, _INPUT_CODE, _utf8_message("line", exc))
            continue
        yield _checked(index, rid, text, "line")


def _read_jsonl(stream: BinaryIO, field: str, id_field: str) -> Iterator[Row]:
    for index, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        if index == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        # surrogateescape keeps the line parseable, so a row with a bad byte in
        # its text still keeps its id; the bad text is caught by text_problem.
        line = raw.decode("utf-8", errors="surrogateescape")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _bad(
                index,
                str(index),
                _INPUT_CODE,
                f"line is not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line",
            )
            continue
        if not isinstance(obj, dict):
            yield _bad(
                index,
                str(index),
                _INPUT_CODE,
                f"line holds a JSON {_kind(obj)}, not an object with a {field!r} field",
            )
            continue
        yield _from_mapping(index, obj, field, id_field)


def _read_csv(stream: BinaryIO, field: str, id_field: str, name: str) -> Iterator[Row]:
    reader = csv.reader(_decoded_lines(stream))
    try:
        header = next(reader)
    except StopIteration:
        return iter(())
    except csv.Error as exc:
        raise SourceError(f"cannot read the CSV header of {name}: {exc}") from None
    if field not in header:
        raise SourceError(
            f"{name} has no {field!r} column; its columns are {', '.join(header)}; "
            "name the text column with --field"
        )
    return _csv_rows(reader, header, field, id_field)


def _csv_rows(
    reader: Iterator[list[str]], header: list[str], field: str, id_field: str
) -> Iterator[Row]:
    index = 0
    while True:
        index += 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            code = _INPUT_CODE
            if "field larger than field limit" in str(exc):
                code = "text_too_long"
            yield _bad(index, str(index), code, f"row is not valid CSV ({exc}); fix the row")
            continue
        record = dict(zip(header, values, strict=False))
        yield _from_mapping(index, record, field, id_field, empty_is_missing=True)


def _read_parquet(path: Path, field: str, id_field: str) -> Iterator[Row]:
    if not path.exists():
        raise SourceNotFoundError(f"input file {path} does not exist; check the path")
    pq = import_pyarrow()
    try:
        pfile = pq.ParquetFile(path)
        names = list(pfile.schema_arrow.names)
    except (OSError, ValueError) as exc:
        raise SourceError(f"cannot read {path} as Parquet: {exc}") from None
    if field not in names:
        raise SourceError(
            f"{path} has no {field!r} column; its columns are {', '.join(names)}; "
            "name the text column with --field"
        )
    columns = [field, id_field] if id_field in names and id_field != field else [field]
    return _parquet_rows(pfile, columns, field, id_field, path)


def _parquet_rows(
    pfile: Any, columns: list[str], field: str, id_field: str, path: Path
) -> Iterator[Row]:
    index = 0
    batches = pfile.iter_batches(batch_size=_PARQUET_BATCH, columns=columns)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (OSError, ValueError) as exc:
            raise SourceError(f"cannot read {path} as Parquet after row {index}: {exc}") from None
        texts = batch.column(field).to_pylist()
        ids = batch.column(id_field).to_pylist() if id_field in columns else [None] * len(texts)
        for text, rid in zip(texts, ids, strict=True):
            index += 1
            yield _from_mapping(index, {field: text, id_field: rid}, field, id_field)


def _decoded_lines(stream: Iterable[bytes]) -> Iterator[str]:
    first = True
    for raw in stream:
        if first:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
            first = False
        yield raw.decode("utf-8", errors="surrogateescape")


def _from_mapping(
    index: int,
    record: Mapping[str, Any],
    field: str,
    id_field: str,
    *,
    empty_is_missing: bool = False,
) -> Row:
    raw_id = record.get(id_field)
    if raw_id is None or (empty_is_missing and raw_id == ""):
        rid = str(index)
    else:
        rid = _format_id(raw_id)
        if not _is_utf8(rid):
            return _bad(
                index,
                str(index),
                _INPUT_CODE,
                f"field {id_field!r} is not valid UTF-8; re-encode the input as UTF-8",
            )
        if rid == "":
            rid = str(index)
    if field not in record:
        return _bad(
            index,
            rid,
            _INPUT_CODE,
            f"row has no {field!r} field; name the text field with --field",
        )
    return _checked(index, rid, record[field], field)


def _checked(index: int, rid: str, value: object, field: str) -> Row:
    problem = text_problem(value, field)
    if problem is not None:
        return _bad(index, rid, _INPUT_CODE, problem)
    assert isinstance(value, str)
    return Row(index, rid, value)


def _bad(index: int, rid: str, code: str, message: str) -> Row:
    return Row(index, rid, None, code, message)


def _format_id(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _utf8_message(where: str, exc: UnicodeDecodeError) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    return (
        f"{where} is not valid UTF-8 (byte 0x{byte} at offset {exc.start}); "
        "re-encode the input as UTF-8"
    )


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 or 0x7F <= code < 0xA0) and ch not in _ALLOWED_CONTROLS


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, bytes):
        return "bytes"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__


def _name(path: str | os.PathLike[str] | BinaryIO) -> str:
    if isinstance(path, str | os.PathLike):
        return str(path)
    return "the input"


def _check_format(fmt: str, known: tuple[str, ...], what: str) -> None:
    if fmt not in known:
        raise UnsupportedFormatError(
            f"unsupported {what} format {fmt!r}; {what} formats are {', '.join(known)}"
        )


# --------------------------------------------------------------------------- writers


def flatten(record: Mapping[str, Any], *, include_text: bool = False) -> dict[str, Any]:
    """One report or error row as a flat row of ``COLUMNS`` (plus ``text``).

    Absent values are ``None``; ``evidence`` and ``framing`` are JSON strings.
    """
    out: dict[str, Any] = dict.fromkeys(COLUMNS)
    out["id"] = record.get("id")
    error = record.get("error")
    if error is not None:
        out["error_code"] = error.get("code")
        out["error_message"] = error.get("message")
    else:
        out["flagged"] = record.get("flagged")
        out["decision"] = record.get("decision")
        labels = record.get("labels") or {}
        for label in LABELS:
            result = labels.get(label.value) or {}
            out[f"{label.value}_score"] = result.get("score")
            out[f"{label.value}_decision"] = result.get("decision")
            out[f"{label.value}_severity"] = result.get("severity")
        out["explanation"] = record.get("explanation")
        out["evidence"] = json.dumps(record.get("evidence", []), ensure_ascii=False)
        out["framing"] = json.dumps(record.get("framing", []), ensure_ascii=False)
    if include_text:
        out["text"] = None if error is not None else record.get("text")
    return out


class RecordWriter(_ClosesOnExit):
    """Base of the writers: ``write`` records, then ``close``; also a context manager."""

    def __init__(self, target: str | os.PathLike[str] | BinaryIO) -> None:
        if isinstance(target, str | os.PathLike):
            try:
                # Closed by close(); a writer outlives any one block.
                self._stream: BinaryIO = Path(target).open("wb")  # noqa: SIM115
            except OSError as exc:
                raise SourceError(
                    f"cannot write output file {target}: {exc.strerror}; check the path"
                ) from None
            self._owned = True
        else:
            self._stream = target
            self._owned = False
        self._closed = False
        self.written = 0

    def write(self, record: Mapping[str, Any]) -> None:
        """Write one ``Report.to_dict()`` or ``error_row``."""
        self._write(record)
        self.written += 1

    def close(self) -> None:
        """Finish the output; closes files this writer opened, flushes streams it was given."""
        if self._closed:
            return
        self._closed = True
        try:
            self._finish()
        finally:
            if self._owned:
                self._stream.close()
            else:
                self._stream.flush()

    def _write(self, record: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def _finish(self) -> None:
        pass


class JsonlWriter(RecordWriter):
    """One JSON object a line, keys in the order given."""

    def __init__(
        self, target: str | os.PathLike[str] | BinaryIO, *, line_buffered: bool = False
    ) -> None:
        super().__init__(target)
        self._line_buffered = line_buffered

    def _write(self, record: Mapping[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        self._stream.write(line.encode("utf-8"))
        if self._line_buffered:
            self._stream.flush()


class CsvWriter(RecordWriter):
    """CSV with a header of ``COLUMNS`` (and ``text``); booleans as ``true``/``false``."""

    def __init__(
        self, target: str | os.PathLike[str] | BinaryIO, *, include_text: bool = False
    ) -> None:
        super().__init__(target)
        self._include_text = include_text
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, lineterminator="\n")
        self._columns = (*COLUMNS, "text") if include_text else COLUMNS
        self._emit(list(self._columns))

    def _write(self, record: Mapping[str, Any]) -> None:
        row = flatten(record, include_text=self._include_text)
        self._emit([_csv_cell(row[c]) for c in self._columns])

    def _emit(self, cells: list[str]) -> None:
        self._csv.writerow(cells)
        self._stream.write(self._buffer.getvalue().encode("utf-8"))
        self._buffer.seek(0)
        self._buffer.truncate()


class ParquetWriter(RecordWriter):
    """Parquet with the columns of ``COLUMNS``, written in batches of ``batch_size`` rows.

    Raises:
        MissingDependencyError: pyarrow is not installed.
    """

    def __init__(
        self,
        target: str | os.PathLike[str],
        *,
        include_text: bool = False,
        batch_size: int = 1000,
    ) -> None:
        pq = import_pyarrow()
        import pyarrow as pa

        if not isinstance(target, str | os.PathLike):
            raise UnsupportedFormatError(
                "Parquet cannot be written to a stream; pass -o out.parquet"
            )
        super().__init__(target)
        self._include_text = include_text
        self._batch_size = batch_size
        self._columns = (*COLUMNS, "text") if include_text else COLUMNS
        self._schema = pa.schema([(c, _arrow_type(pa, c)) for c in self._columns])
        self._pa = pa
        self._pending: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(self._stream, self._schema)

    def _write(self, record: Mapping[str, Any]) -> None:
        self._pending.append(flatten(record, include_text=self._include_text))
        if len(self._pending) >= self._batch_size:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        data = {c: [row[c] for row in self._pending] for c in self._columns}
        self._writer.write_table(self._pa.Table.from_pydict(data, schema=self._schema))
        self._pending = []

    def _finish(self) -> None:
        self._flush()
        self._writer.close()


def open_writer(
    target: str | os.PathLike[str] | BinaryIO,
    fmt: str,
    *,
    include_text: bool = False,
    line_buffered: bool = False,
) -> RecordWriter:
    """A writer for ``fmt`` (one of ``OUTPUT_FORMATS``) on a path or binary stream.

    Raises:
        UnsupportedFormatError: ``fmt`` is not an output format, or parquet to a stream.
        MissingDependencyError: ``fmt`` is parquet and pyarrow is not installed.
    """
    _check_format(fmt, OUTPUT_FORMATS, "output")
    if fmt == "jsonl":
        return JsonlWriter(target, line_buffered=line_buffered)
    if fmt == "csv":
        return CsvWriter(target, include_text=include_text)
    if not isinstance(target, str | os.PathLike):
        raise UnsupportedFormatError("Parquet cannot be written to stdout; pass -o out.parquet")
    return ParquetWriter(target, include_text=include_text)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _arrow_type(pa: Any, column: str) -> Any:
    if column == "flagged":
        return pa.bool_()
    if column.endswith("_score"):
        return pa.float64()
    return pa.string()
