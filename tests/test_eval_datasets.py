"""Loading labelled JSONL: strict validation, split filter, data hash."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest

import threatscan.eval.datasets as datasets_module
from threatscan.errors import DataError, SourceError, SourceNotFoundError
from threatscan.eval.datasets import concat, load_labelled
from threatscan.types import Label


def _row(i: int, **over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": f"r{i}",
        "text": f"synthetic text {i}",
        "threat": 0,
        "solicitation": 0,
        "doxxing": None,
        "split": "dev" if i % 2 else "test",
    }
    row.update(over)
    return row


def _write(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def test_load_rows_and_columns(tmp_path: Path) -> None:
    rows = [
        _row(0, threat=1, family="threat.direct", lang="en", source="synthetic", note="why"),
        _row(1, orig_label={"any": ["json"]}),
    ]
    data = load_labelled(_write(tmp_path / "d.jsonl", rows))
    assert len(data) == 2
    first = data.rows[0]
    assert first.labels == (1, 0, None)
    assert first.label(Label.THREAT) == 1 and first.label(Label.DOXXING) is None
    assert (first.family, first.lang, first.source, first.note) == (
        "threat.direct",
        "en",
        "synthetic",
        "why",
    )
    assert data.rows[1].family is None
    assert data.gold(Label.THREAT) == (1, 0)
    assert data.column("split") == ("test", "dev")
    assert data.texts == ("synthetic text 0", "synthetic text 1")
    with pytest.raises(DataError, match="unknown column"):
        data.column("colour")


def test_split_and_limit(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", [_row(i) for i in range(6)])
    assert load_labelled(path, split="dev").ids == ("r1", "r3", "r5")
    assert load_labelled(path, split="test", limit=2).ids == ("r0", "r2")
    assert load_labelled(path, limit=0).ids == ()
    with pytest.raises(DataError, match="splits present: dev, test"):
        load_labelled(path, split="train")
    with pytest.raises(DataError, match="limit"):
        load_labelled(path, limit=-1)


def test_split_on_a_file_without_splits(tmp_path: Path) -> None:
    row = _row(0)
    del row["split"]
    path = _write(tmp_path / "d.jsonl", [row])
    with pytest.raises(DataError, match="no split column"):
        load_labelled(path, split="test")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        (json.dumps(_row(0, id="")), "'id' must be a non-empty string"),
        (json.dumps(_row(0, id=7)), "'id' must be a non-empty string"),
        (json.dumps(_row(0, text=None)), "'text' must be a string"),
        (json.dumps({k: v for k, v in _row(0).items() if k != "doxxing"}), "missing 'doxxing'"),
        (json.dumps(_row(0, threat=2)), "must be 0, 1 or null"),
        (json.dumps(_row(0, threat=True)), "must be 0, 1 or null"),  # a labelling slip
        (json.dumps(_row(0, threat="1")), "must be 0, 1 or null"),
        (json.dumps(_row(0, family=3)), "'family' must be a string or null"),
    ],
)
def test_bad_rows_are_data_errors(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(_row(9)) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=message) as info:
        load_labelled(path)
    assert f"{path}:2" in str(info.value)  # the message names the file and line


def test_duplicate_ids(tmp_path: Path) -> None:
    path = _write(tmp_path / "d.jsonl", [_row(0), _row(0)])
    with pytest.raises(DataError, match="duplicate id 'r0'"):
        load_labelled(path)
    one = _write(tmp_path / "one.jsonl", [_row(0)])
    with pytest.raises(DataError, match="duplicate id"):
        concat([load_labelled(one), load_labelled(one)])


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError):
        load_labelled(tmp_path / "nope.jsonl")
    with pytest.raises(SourceError, match="not a file"):
        load_labelled(tmp_path)
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(json.dumps(_row(0, text="caf\u00e9"), ensure_ascii=False).encode("latin-1"))
    with pytest.raises(SourceError, match="not UTF-8"):
        load_labelled(bad)


def test_blank_lines_and_line_separators(tmp_path: Path) -> None:
    # U+2028 inside a JSON string is valid JSON; it must not split the row.
    path = tmp_path / "d.jsonl"
    text = json.dumps(_row(0, text="a\u2028b"), ensure_ascii=False)
    path.write_text("\n" + text + "\r\n\n", encoding="utf-8")
    data = load_labelled(path)
    assert data.texts == ("a\u2028b",)


def test_sha256_tracks_the_rows(tmp_path: Path) -> None:
    rows = [_row(i) for i in range(4)]
    a = load_labelled(_write(tmp_path / "a.jsonl", rows))
    b = load_labelled(_write(tmp_path / "b.jsonl", rows))
    assert a.sha256 == b.sha256 and len(a.sha256) == 64  # same rows, any file name
    # Key order and spacing in the file do not matter; content and order do.
    spaced = tmp_path / "c.jsonl"
    spaced.write_text(
        "".join(json.dumps(dict(reversed(r.items())), indent=None) + "\n" for r in rows)
    )
    assert load_labelled(spaced).sha256 == a.sha256
    changed = load_labelled(_write(tmp_path / "d.jsonl", [*rows[:3], _row(3, threat=1)]))
    assert changed.sha256 != a.sha256
    swapped = load_labelled(_write(tmp_path / "e.jsonl", [rows[1], rows[0], *rows[2:]]))
    assert swapped.sha256 != a.sha256
    assert a.head(2).sha256 == load_labelled(_write(tmp_path / "f.jsonl", rows[:2])).sha256
    assert load_labelled(tmp_path / "a.jsonl", split="dev").sha256 != a.sha256


def test_dataset_is_frozen(tmp_path: Path) -> None:
    data = load_labelled(_write(tmp_path / "d.jsonl", [_row(0)]))
    with pytest.raises(AttributeError):
        data.rows = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        data.rows[0].text = "x"  # type: ignore[misc]


def test_module_docstring_examples() -> None:
    failures, _ = doctest.testmod(datasets_module)
    assert failures == 0
