"""Labelled JSONL data for evaluation and threshold tuning.

One JSON object a line::

    {"id": "ts-1", "text": "...", "threat": 1, "solicitation": 0, "doxxing": null,
     "family": "threat.direct", "group": "...", "lang": "en", "split": "test",
     "source": "threatscan-corpus-v1", "note": "..."}

``id`` and ``text`` are required strings; ``threat``, ``solicitation`` and
``doxxing`` are required and each is ``0``, ``1`` or ``null`` (null: unknown
for that label, so the row is left out of that label's metrics only). The
optional columns ``family``, ``group``, ``lang``, ``split``, ``source`` and
``note`` are strings or null. Any other key (``orig_label`` ...) is allowed,
ignored, and still part of the data hash.

Loading is strict: the first bad line stops it with a ``DataError`` naming the
file, the line number and the fix; a missing file is a ``SourceNotFoundError``
and an unreadable one a ``SourceError``.

Example:
    >>> import json, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> row = {"id": "a", "text": "hi", "threat": 0, "solicitation": 0, "doxxing": None}
    >>> _ = (d / "x.jsonl").write_text(json.dumps(row) + "\\n")
    >>> data = load_labelled(d / "x.jsonl")
    >>> len(data), data.rows[0].labels
    (1, (0, 0, None))
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from threatscan.errors import DataError, SourceError, SourceNotFoundError
from threatscan.types import LABELS, Label

__all__ = ["COLUMNS", "Dataset", "Example", "concat", "load_labelled"]

COLUMNS: Final[tuple[str, ...]] = ("family", "group", "lang", "split", "source", "note")
"""Optional string columns a row may carry; any of them can drive a breakdown."""


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled row.

    Attributes:
        id: the row's identifier, unique within a Dataset.
        text: the text to scan.
        labels: ``0``, ``1`` or ``None`` (unknown) per label, in ``LABELS`` order.
        family, group, lang, split, source, note: optional columns (``None`` when absent).
        digest: sha256 of the row's canonical JSON (sorted keys), for the data hash.
    """

    id: str
    text: str
    labels: tuple[int | None, int | None, int | None]
    family: str | None = None
    group: str | None = None
    lang: str | None = None
    split: str | None = None
    source: str | None = None
    note: str | None = None
    digest: bytes = b""

    def label(self, label: Label) -> int | None:
        """The gold value for one label (``None``: unknown)."""
        return self.labels[LABELS.index(label)]

    def column(self, name: str) -> str | None:
        """The value of an optional column (one of ``COLUMNS``)."""
        if name not in COLUMNS:
            raise DataError(f"unknown column {name!r}; columns are {', '.join(COLUMNS)}")
        value: str | None = getattr(self, name)
        return value


@dataclass(frozen=True, slots=True)
class Dataset:
    """An immutable, ordered collection of labelled rows.

    Attributes:
        rows: the rows, in file order (files in the order given).
        paths: the files the rows came from.
        sha256: hash of the rows' canonical JSON in order: the data hash stamped on results.
            It changes when any row, its order, the split filter or the limit changes.
    """

    rows: tuple[Example, ...]
    paths: tuple[str, ...] = ()
    sha256: str = ""

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for row in self.rows:
            if row.id in seen:
                raise DataError(f"duplicate id {row.id!r}; every row needs a unique id")
            seen.add(row.id)
        h = hashlib.sha256()
        for row in self.rows:
            h.update(row.digest)
        object.__setattr__(self, "sha256", h.hexdigest())

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[Example]:
        return iter(self.rows)

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(row.text for row in self.rows)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(row.id for row in self.rows)

    def gold(self, label: Label) -> tuple[int | None, ...]:
        """Gold values for one label, one per row (``None``: unknown)."""
        i = LABELS.index(label)
        return tuple(row.labels[i] for row in self.rows)

    def column(self, name: str) -> tuple[str | None, ...]:
        """Values of one optional column, one per row."""
        if name not in COLUMNS:
            raise DataError(f"unknown column {name!r}; columns are {', '.join(COLUMNS)}")
        return tuple(getattr(row, name) for row in self.rows)

    def head(self, n: int) -> Dataset:
        """The first ``n`` rows."""
        if n < 0:
            raise DataError(f"limit must be >= 0, got {n}")
        return Dataset(self.rows[:n], self.paths)


def concat(datasets: Sequence[Dataset]) -> Dataset:
    """Join datasets in order; ids must stay unique across them."""
    rows = tuple(row for d in datasets for row in d.rows)
    paths = tuple(p for d in datasets for p in d.paths)
    return Dataset(rows, paths)


def load_labelled(
    path: str | Path, *, split: str | None = None, limit: int | None = None
) -> Dataset:
    """Read a labelled JSONL file.

    Args:
        path: the ``.jsonl`` file.
        split: keep only rows whose ``split`` column equals this value.
        limit: keep at most this many rows (after the split filter).

    Raises:
        SourceNotFoundError: the file does not exist.
        SourceError: the file cannot be read or is not UTF-8.
        DataError: a line is not a valid row, ids repeat, or no row has the split.
    """
    p = Path(path)
    if limit is not None and limit < 0:
        raise DataError(f"limit must be >= 0, got {limit}")
    if not p.exists():
        raise SourceNotFoundError(f"data file {p} does not exist; check the path")
    if not p.is_file():
        raise SourceError(f"data file {p} is not a file; give a .jsonl file")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read data file {p}: {exc.strerror}; check permissions") from exc
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"data file {p} is not UTF-8 (byte {exc.start}); re-encode it as UTF-8"
        ) from exc
    rows: list[Example] = []
    splits: set[str] = set()
    # Split on "\n" only: str.splitlines() would also break at U+2028 inside JSON strings.
    for lineno, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue  # blank lines (and the final newline) are not rows
        row = _parse_row(line, f"{p}:{lineno}")
        if row.split is not None:
            splits.add(row.split)
        if split is not None and row.split != split:
            continue
        if limit is not None and len(rows) >= limit:
            break
        rows.append(row)
    if split is not None and not rows and limit != 0:
        present = ", ".join(sorted(splits)) if splits else "none (the file has no split column)"
        raise DataError(f"no row of {p} has split={split!r}; splits present: {present}")
    return Dataset(tuple(rows), (str(p),))


def _parse_row(line: str, where: str) -> Example:
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DataError(f"{where}: not valid JSON ({exc.msg}); fix the line") from None
    if not isinstance(obj, dict):
        raise DataError(f"{where}: each line must be a JSON object with id, text and labels")
    rid = obj.get("id")
    if not isinstance(rid, str) or not rid:
        raise DataError(f"{where}: 'id' must be a non-empty string")
    text = obj.get("text")
    if not isinstance(text, str):
        raise DataError(f"{where} (id {rid}): 'text' must be a string")
    labels: list[int | None] = []
    for label in LABELS:
        if label.value not in obj:
            raise DataError(
                f"{where} (id {rid}): missing {label.value!r}; give 0, 1 or null (unknown)"
            )
        value = obj[label.value]
        # bool is an int in Python; true/false in the file is a labelling slip, not 1/0.
        if value is not None and (isinstance(value, bool) or value not in (0, 1)):
            raise DataError(
                f"{where} (id {rid}): {label.value!r} must be 0, 1 or null, got {value!r}"
            )
        labels.append(None if value is None else int(value))
    columns: dict[str, str | None] = {}
    for name in COLUMNS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise DataError(f"{where} (id {rid}): {name!r} must be a string or null")
        columns[name] = value
    canonical = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return Example(
        id=rid,
        text=text,
        labels=(labels[0], labels[1], labels[2]),
        family=columns["family"],
        group=columns["group"],
        lang=columns["lang"],
        split=columns["split"],
        source=columns["source"],
        note=columns["note"],
        digest=hashlib.sha256(canonical.encode("utf-8")).digest(),
    )
