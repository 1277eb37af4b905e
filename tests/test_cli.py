"""Tests of the threatscan command line: exit codes, formats, error rows, docs, snapshots."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from threatscan import Scanner, __version__
from threatscan.cli import cli
from threatscan.io import COLUMNS

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = Path(__file__).parent / "snapshots"

# Synthetic texts; each comment says why the rules label it so.
THREATS = [
    "50k to whoever puts the judge in the ground",  # payment + condition + harm to a target
    "I will kill you tomorrow",  # first-person intent + harm act + addressee
    "Someone should shoot the mayor",  # call to action + harm act + named role
    "I'm going to stab you",  # intent + harm act + addressee
]
BENIGN = [
    "Lovely weather today",  # no cue at all
    "I'd kill for a coffee right now",  # hyperbole framing
    "see you at lunch",  # no cue at all
    "The article reported that a man threatened to kill his neighbour",  # news framing
]


def run(args: Sequence[str], input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, prog_name="threatscan")


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def posts() -> list[dict[str, Any]]:
    texts = [THREATS[0], BENIGN[0], THREATS[1], BENIGN[1]]
    return [{"id": f"p{i}", "text": t} for i, t in enumerate(texts, start=1)]


def make_input(path: Path, fmt: str) -> Path:
    """Write posts() as ``fmt`` (txt has no ids: they become line numbers)."""
    rows = posts()
    if fmt == "txt":
        path.write_text("".join(r["text"] + "\n" for r in rows), encoding="utf-8")
    elif fmt == "jsonl":
        write_jsonl(path, rows)
    elif fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=["id", "text"])
            writer.writeheader()
            writer.writerows(rows)
    else:
        pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def read_output(path: Path, fmt: str) -> list[dict[str, Any]]:
    """Read an output file back as flat-ish rows with at least id, decision, error_code."""
    if fmt == "jsonl":
        out = []
        for record in jsonl(path.read_text(encoding="utf-8")):
            error = record.get("error") or {}
            out.append(
                {**record, "decision": record.get("decision"), "error_code": error.get("code")}
            )
        return out
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            assert tuple(reader.fieldnames or ()) == COLUMNS
            return [{k: (v if v != "" else None) for k, v in r.items()} for r in reader]
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    return table.to_pylist()


def expected_decisions() -> list[str]:
    scanner = Scanner()
    return [scanner.scan(r["text"]).decision.value for r in posts()]


# --------------------------------------------------------------------------- basics


def test_version() -> None:
    result = run(["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"threatscan, version {__version__}"


def test_literal_text() -> None:
    result = run(["scan", THREATS[0]])
    assert result.exit_code == 0, result.output
    [report] = jsonl(result.stdout)
    assert report["id"] == "1"
    assert report["decision"] == "flag"
    assert report["labels"]["solicitation"]["flagged"] is True
    assert result.stderr == ""  # no progress bar or summary for a literal


@pytest.mark.parametrize("text", ["", "and/or maybe", "kill.exe now"])
def test_literal_texts_that_are_not_paths(text: str) -> None:
    result = run(["scan", text])
    assert result.exit_code == 0, result.output
    [report] = jsonl(result.stdout)
    assert report["id"] == "1"
    assert report["decision"] in {"flag", "review", "pass"}


def test_stdin_one_text_a_line() -> None:
    result = run(["scan", "-"], input="\n".join([*THREATS[:2], BENIGN[0]]) + "\n")
    assert result.exit_code == 0, result.output
    reports = jsonl(result.stdout)
    assert [r["id"] for r in reports] == ["1", "2", "3"]
    assert [r["decision"] for r in reports] == ["flag", "flag", "pass"]
    assert "rows read" not in result.stderr


def test_stdin_jsonl() -> None:
    data = "".join(json.dumps(r) + "\n" for r in posts())
    result = run(["scan", "-", "--input-format", "jsonl"], input=data)
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in jsonl(result.stdout)] == ["p1", "p2", "p3", "p4"]


def test_stdin_invalid_utf8_line_is_an_error_row() -> None:
    result = run(["scan", "-"], input=b"I will kill you\nbad \xff\xfe\nsee you\n")
    assert result.exit_code == 7
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["1", "2", "3"]
    assert records[1]["error"]["code"] == "input"
    assert "UTF-8" in records[1]["error"]["message"]


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize("in_fmt", ["txt", "jsonl", "csv", "parquet"])
@pytest.mark.parametrize("out_fmt", ["jsonl", "csv", "parquet"])
def test_round_trip(tmp_path: Path, in_fmt: str, out_fmt: str) -> None:
    src = make_input(tmp_path / f"posts.{in_fmt}", in_fmt)
    out = tmp_path / f"reports.{out_fmt}"
    result = run(["scan", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = read_output(out, out_fmt)
    ids = ["1", "2", "3", "4"] if in_fmt == "txt" else ["p1", "p2", "p3", "p4"]
    assert [r["id"] for r in rows] == ids
    assert [r["decision"] for r in rows] == expected_decisions()
    assert all(r["error_code"] is None for r in rows)
    assert "4 rows read, 4 reports written, 2 flagged" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_format_option_to_stdout(tmp_path: Path, fmt: str) -> None:
    src = make_input(tmp_path / "posts.jsonl", "jsonl")
    result = run(["scan", str(src), "--format", fmt, "--no-progress"])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert tuple(rows[0]) == COLUMNS
    else:
        rows = jsonl(result.stdout)
    assert [r["id"] for r in rows] == ["p1", "p2", "p3", "p4"]


def test_format_option_overrides_the_output_suffix(tmp_path: Path) -> None:
    src = make_input(tmp_path / "posts.jsonl", "jsonl")
    out = tmp_path / "reports.out"
    result = run(["scan", str(src), "-o", str(out), "--format", "csv", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines()[0] == ",".join(COLUMNS)


def test_input_format_option_for_an_unknown_suffix(tmp_path: Path) -> None:
    src = make_input(tmp_path / "posts.data", "jsonl")
    result = run(["scan", str(src), "--input-format", "jsonl", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in jsonl(result.stdout)] == ["p1", "p2", "p3", "p4"]


def test_custom_field_and_id_field(tmp_path: Path) -> None:
    src = tmp_path / "posts.csv"
    src.write_text("post_id,body\nx9,I will kill you\nx10,hello\n", encoding="utf-8")
    result = run(["scan", str(src), "--field", "body", "--id-field", "post_id", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert [(r["id"], r["decision"]) for r in jsonl(result.stdout)] == [
        ("x9", "flag"),
        ("x10", "pass"),
    ]


def test_rows_without_ids_get_row_numbers(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "p.jsonl", [{"text": "a"}, {"id": "keep", "text": "b"}, {"text": "c"}]
    )
    result = run(["scan", str(src), "--no-progress"])
    assert [r["id"] for r in jsonl(result.stdout)] == ["1", "keep", "3"]


def test_only_flagged(tmp_path: Path) -> None:
    rows = [*posts(), {"id": "bad", "text": None}]
    src = write_jsonl(tmp_path / "p.jsonl", rows)
    out = tmp_path / "flagged.jsonl"
    result = run(["scan", str(src), "-o", str(out), "--only-flagged", "--no-progress"])
    assert result.exit_code == 7
    records = jsonl(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == ["p1", "p3", "bad"]
    assert [r.get("decision") for r in records] == ["flag", "flag", None]
    assert records[2]["error"]["code"] == "input"
    assert "5 rows read, 2 reports written, 2 flagged, 0 review, 1 errors" in result.stderr


def test_include_text_and_pii_masking(tmp_path: Path) -> None:
    text = (
        "Here is Dana Whitlock's home address: 12 Elm Street, Springfield. "
        "Her cell is 312-555-0147. Go tell her what you think."
    )
    masked = run(["scan", text])
    [report] = jsonl(masked.stdout)
    assert "text" not in report
    assert "312-555-0147" not in masked.stdout
    assert "***-***-**47" in masked.stdout
    revealed = run(["scan", text, "--reveal-pii", "--include-text"])
    [report] = jsonl(revealed.stdout)
    assert report["text"] == text
    assert "312-555-0147" in [e.get("text") for e in report["evidence"]]


def test_output_must_not_overwrite_the_input(tmp_path: Path) -> None:
    src = make_input(tmp_path / "posts.jsonl", "jsonl")
    before = src.read_bytes()
    result = run(["scan", str(src), "-o", str(src)])
    assert result.exit_code == 2
    assert src.read_bytes() == before


def test_unwritable_output_closes_the_input(tmp_path: Path) -> None:
    src = make_input(tmp_path / "posts.jsonl", "jsonl")
    result = run(["scan", str(src), "-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl")])
    assert result.exit_code == 3  # and no ResourceWarning for the open input (warnings are errors)
    assert result.stderr.startswith("error: cannot write output file")


# --------------------------------------------------------------------------- error rows


def bad_rows_file(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"id": "ok1", "text": THREATS[1]}).encode(),
        json.dumps({"id": "missing", "body": "x"}).encode(),
        json.dumps({"id": "none", "text": None}).encode(),
        json.dumps({"id": "number", "text": 12}).encode(),
        b'{"id": "utf8", "text": "bad \xff\xfe"}',
        json.dumps({"id": "nul", "text": "zebra\x00quokka"}).encode(),
        b'{"id": "broken", "text": ',
        json.dumps({"id": "ok2", "text": BENIGN[0]}).encode(),
    ]
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.mark.parametrize("out_fmt", ["jsonl", "csv", "parquet"])
def test_error_rows_never_stop_the_run(tmp_path: Path, out_fmt: str) -> None:
    out = tmp_path / f"out.{out_fmt}"
    result = run(["scan", str(bad_rows_file(tmp_path)), "-o", str(out), "--no-progress"])
    assert result.exit_code == 7, result.output
    rows = read_output(out, out_fmt)
    assert [r["id"] for r in rows] == [
        "ok1",
        "missing",
        "none",
        "number",
        "utf8",
        "nul",
        "7",  # invalid JSON: the line number
        "ok2",
    ]
    assert [r["error_code"] for r in rows] == [None, *["input"] * 6, None]
    assert [r["decision"] for r in rows] == ["flag", *[None] * 6, "pass"]
    assert "8 rows read, 2 reports written, 1 flagged, 0 review, 6 errors" in result.stderr


def test_error_row_shape_and_messages(tmp_path: Path) -> None:
    result = run(["scan", str(bad_rows_file(tmp_path)), "--no-progress"])
    assert result.exit_code == 7
    records = {r["id"]: r for r in jsonl(result.stdout)}
    assert set(records["none"]) == {"schema_version", "id", "error"}
    assert records["none"]["schema_version"] == "1.0"
    messages = {k: v["error"]["message"] for k, v in records.items() if "error" in v}
    assert "no 'text' field" in messages["missing"]
    assert "is null" in messages["none"]
    assert "not a string" in messages["number"]
    assert "not valid UTF-8" in messages["utf8"]
    assert "binary" in messages["nul"]
    assert "not valid JSON" in messages["7"]
    assert not any("zebra" in m or "quokka" in m or "kill" in m for m in messages.values())


def test_oversized_text_is_an_error_row(tmp_path: Path) -> None:
    config = tmp_path / "small.toml"
    config.write_text("max_chars = 50\n", encoding="utf-8")
    long_text = "I will kill you " * 10
    src = write_jsonl(
        tmp_path / "p.jsonl",
        [{"id": "short", "text": THREATS[1]}, {"id": "long", "text": long_text}],
    )
    result = run(["scan", str(src), "--config", str(config), "--no-progress"])
    assert result.exit_code == 7, result.output
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["short", "long"]
    assert records[0]["decision"] == "flag"
    assert records[1]["error"]["code"] == "text_too_long"
    assert "max_chars=50" in records[1]["error"]["message"]
    assert "kill" not in records[1]["error"]["message"]


def test_a_crash_on_one_row_is_an_error_row(monkeypatch: pytest.MonkeyPatch) -> None:
    original = Scanner.scan_batch

    def flaky(self: Scanner, texts: Any, *, ids: Any = None) -> Any:
        if any("boom" in text for text in texts):
            raise ValueError(f"cannot handle {texts}")
        return original(self, texts, ids=ids)

    monkeypatch.setattr(Scanner, "scan_batch", flaky)
    result = run(["scan", "-"], input="hello\nboom secret\nbye\n")
    assert result.exit_code == 7
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["1", "2", "3"]
    assert records[1]["error"]["code"] == "error"
    assert "ValueError" in records[1]["error"]["message"]
    assert "secret" not in result.stdout + result.stderr


def test_a_crash_inside_a_file_batch_isolates_the_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Scanner.scan_batch

    def flaky(self: Scanner, texts: Any, *, ids: Any = None) -> Any:
        if any("boom" in text for text in texts):
            raise ValueError("batch failed")
        return original(self, texts, ids=ids)

    monkeypatch.setattr(Scanner, "scan_batch", flaky)
    rows = [{"id": f"r{i}", "text": "boom" if i == 5 else f"hello {i}"} for i in range(10)]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    result = run(["scan", str(path), "--no-progress"])
    assert result.exit_code == 7
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == [f"r{i}" for i in range(10)]
    assert [("error" in r) for r in records] == [i == 5 for i in range(10)]


# --------------------------------------------------------------------------- exit codes


def test_exit_0_and_1_with_fail_on_flag(tmp_path: Path) -> None:
    benign = write_jsonl(tmp_path / "b.jsonl", [{"text": t} for t in BENIGN])
    assert run(["scan", str(benign), "--fail-on-flag", "--no-progress"]).exit_code == 0
    mixed = make_input(tmp_path / "m.jsonl", "jsonl")
    assert run(["scan", str(mixed), "--no-progress"]).exit_code == 0
    assert run(["scan", str(mixed), "--fail-on-flag", "--no-progress"]).exit_code == 1
    assert run(["scan", THREATS[0], "--fail-on-flag"]).exit_code == 1


def test_exit_1_wins_over_7(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "p.jsonl", [{"text": THREATS[0]}, {"text": None}])
    assert run(["scan", str(src), "--no-progress"]).exit_code == 7
    assert run(["scan", str(src), "--no-progress", "--fail-on-flag"]).exit_code == 1


@pytest.mark.parametrize(
    "args",
    [
        ["scan"],  # missing INPUT
        ["scan", "x", "--format", "xml"],
        ["scan", "x", "--input-format", "xml"],
        ["scan", "x", "--no-such-option"],
        ["no-such-command"],
    ],
)
def test_exit_2_usage_errors(args: list[str]) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert "Usage:" in result.stderr


@pytest.mark.parametrize("name", ["missing.jsonl", "missing.txt", "data/posts", "./nope"])
def test_exit_3_missing_file(tmp_path: Path, name: str) -> None:
    result = run(["scan", str(tmp_path / name) if "/" not in name else name])
    assert result.exit_code == 3
    assert result.stderr.startswith("error: input file ")
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_exit_3_directory(tmp_path: Path) -> None:
    for extra in ([], ["--input-format", "txt"]):
        result = run(["scan", str(tmp_path), *extra])
        assert result.exit_code == 3
        assert "is a directory" in result.stderr


def test_exit_3_missing_column(tmp_path: Path) -> None:
    src = tmp_path / "p.csv"
    src.write_text("id,body\n1,hi\n", encoding="utf-8")
    result = run(["scan", str(src)])
    assert result.exit_code == 3
    assert "--field" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "{input}"],  # unknown input suffix
        ["scan", "{input}", "--input-format", "txt", "-o", "{tmp}/out.xml"],  # unknown output
        ["scan", "{input}", "--input-format", "txt", "--format", "parquet"],  # parquet to stdout
    ],
)
def test_exit_4_unsupported_format(tmp_path: Path, args: list[str]) -> None:
    src = tmp_path / "posts.xml"
    src.write_text("<p>hi</p>\n", encoding="utf-8")
    argv = [a.format(input=src, tmp=tmp_path) for a in args]
    result = run(argv)
    assert result.exit_code == 4, result.output
    assert result.stderr.startswith("error: ")
    assert not (tmp_path / "out.xml").exists()


def test_exit_4_lists_the_formats(tmp_path: Path) -> None:
    src = tmp_path / "posts.xml"
    src.write_text("x\n", encoding="utf-8")
    result = run(["scan", str(src)])
    assert "txt, jsonl, csv, parquet" in result.stderr


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ("max_chars = -1\n", "c.toml", "max_chars"),
        ("nonsense = 1\n", "c.toml", "unknown setting"),
        ("max_chars = \n", "c.toml", "not valid"),
        (None, "missing.toml", "does not exist"),
    ],
)
def test_exit_5_invalid_config(
    tmp_path: Path, content: str | None, name: str, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    for command in (["scan", "hello"], ["explain", "hello"]):
        result = run([*command, "--config", str(path)])
        assert result.exit_code == 5, result.output
        assert result.stderr.startswith("error: ")
        assert message in result.stderr


@pytest.mark.parametrize("direction", ["input", "output"])
def test_exit_6_missing_pyarrow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, direction: str
) -> None:
    if direction == "input":
        args = ["scan", str(make_input(tmp_path / "p.parquet", "parquet"))]
    else:
        args = ["scan", str(make_input(tmp_path / "p.jsonl", "jsonl")), "-o", "out.parquet"]
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    monkeypatch.chdir(tmp_path)
    result = run(args)
    assert result.exit_code == 6, result.output
    assert "pip install 'threatscan[parquet]'" in result.stderr
    assert not (tmp_path / "out.parquet").exists()


def test_exit_7_row_errors(tmp_path: Path) -> None:
    src = tmp_path / "p.txt"
    src.write_bytes(b"hello\n\x00\x00\x00\n")
    result = run(["scan", str(src), "--no-progress"])
    assert result.exit_code == 7
    assert [r.get("error", {}).get("code") for r in jsonl(result.stdout)] == [None, "input"]


def test_exit_70_internal_error_without_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(config_path: str | None) -> Scanner:
        raise RuntimeError("secret text")

    monkeypatch.setattr("threatscan.cli._build_scanner", broken)
    result = run(["scan", "hello"])
    assert result.exit_code == 70
    assert result.stderr.startswith("error: internal error (RuntimeError)")
    assert "secret" not in result.stderr
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- explain


def test_explain_marks_evidence_with_brackets() -> None:
    result = run(["explain", "I will kill you tomorrow"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("decision: flag\n")
    assert re.search(r"^  threat\s+score 0\.\d{4}\s+flag\s+severity \w+$", out, re.M)
    assert "explanation: " in out
    assert "[[intent: I will]] [[harm_act: kill]] [[target: you]] tomorrow" in out
    assert re.search(r"^\s+7-11\s+harm_act\s+'kill'", out, re.M)
    assert "framing:\n  (none)" in out
    assert "\x1b[" not in out


def test_explain_masks_personal_data_unless_revealed() -> None:
    text = (
        "Here is Dana Whitlock's home address: 12 Elm Street, Springfield. "
        "Her cell is 312-555-0147. Go tell her what you think."
    )
    masked = run(["explain", text]).stdout
    assert "312-555-0147" not in masked and "Elm Street" not in masked
    assert "[[personal_data: ***-***-**47]]" in masked
    revealed = run(["explain", text, "--reveal-pii"]).stdout
    assert "[[personal_data: 312-555-0147]]" in revealed


def test_explain_framing_and_colour() -> None:
    result = run(["explain", "I'd kill for a coffee right now", "--color"])
    assert result.exit_code == 0
    assert "decision: pass" in result.stdout
    assert "hyperbole" in result.stdout.split("framing:")[1]
    coloured = run(["explain", "I will kill you", "--color"]).stdout
    assert "\x1b[" in coloured and "[[" not in coloured


def test_explain_stdin_and_bad_input() -> None:
    result = run(["explain", "-"], input="Someone should shoot the mayor\n")
    assert result.exit_code == 0
    assert "[[harm_act: shoot]]" in result.stdout
    bad = run(["explain", "-"], input=b"bad \xff\n")
    assert bad.exit_code == 7
    assert bad.stderr.startswith("error: stdin is not valid UTF-8")


def test_explain_too_long(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("max_chars = 10\n", encoding="utf-8")
    result = run(["explain", "I will kill you tomorrow", "--config", str(config)])
    assert result.exit_code == 7
    assert "max_chars=10" in result.stderr


# --------------------------------------------------------------------------- snapshots


@pytest.mark.parametrize(
    ("args", "name"), [(["--help"], "cli_help.txt"), (["scan", "--help"], "cli_help_scan.txt")]
)
def test_help_snapshot(args: list[str], name: str) -> None:
    result = CliRunner().invoke(cli, args, prog_name="threatscan", terminal_width=100)
    assert result.exit_code == 0
    snapshot = SNAPSHOTS / name
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == snapshot.read_text(encoding="utf-8"), (
        f"{name} changed; rerun with UPDATE_SNAPSHOTS=1 if the change is wanted"
    )


def test_help_documents_every_exit_code() -> None:
    text = run(["scan", "--help"]).stdout
    for code in (0, 1, 2, 3, 4, 5, 6, 7, 70):
        assert re.search(rf"^\s+{code}\s+\S", text, re.M), code


# --------------------------------------------------------------------------- docs


def doc_examples() -> list[tuple[str, int]]:
    """(shell line, expected exit code) for each `$ ...` line in docs/cli.md."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    examples = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if not line.startswith("$ "):
                continue
            command, _, comment = line[2:].partition("  # ")
            match = re.fullmatch(r"exit (\d+)", comment.strip())
            examples.append((command.strip(), int(match.group(1)) if match else 0))
    return examples


def test_docs_have_examples() -> None:
    assert len(doc_examples()) >= 8


@pytest.mark.parametrize(("line", "code"), doc_examples())
def test_doc_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, code: int) -> None:
    monkeypatch.chdir(tmp_path)
    make_input(tmp_path / "posts.jsonl", "jsonl")
    make_input(tmp_path / "posts.txt", "txt")
    make_input(tmp_path / "posts.parquet", "parquet")
    with (tmp_path / "posts.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["post_id", "body"])
        writer.writerows([r["id"], r["text"]] for r in posts())
    (tmp_path / "policy.toml").write_text(
        "[thresholds.threat]\nflag = 0.7\nreview = 0.4\n", encoding="utf-8"
    )
    stdin: str | None = None
    if " | " in line:
        producer, line = line.split(" | ", 1)
        words = shlex.split(producer)
        assert words[0] == "printf"
        stdin = words[1].replace("\\n", "\n")
    argv = shlex.split(line)
    assert argv[0] == "threatscan"
    result = run(argv[1:], input=stdin)
    assert result.exit_code == code, result.output
    if code == 0 and argv[1] == "scan" and "-o" in argv:
        out = tmp_path / argv[argv.index("-o") + 1]
        assert out.stat().st_size > 0


# --------------------------------------------------------------------------- the installed script


def script() -> str:
    found = shutil.which("threatscan", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("the threatscan script is not installed next to this Python")
    return found


def test_installed_script_exit_codes(tmp_path: Path) -> None:
    exe = script()
    ok = subprocess.run([exe, "scan", THREATS[1]], capture_output=True, text=True, check=False)
    assert ok.returncode == 0
    assert json.loads(ok.stdout)["decision"] == "flag"
    missing = subprocess.run(
        [exe, "scan", str(tmp_path / "nope.jsonl")], capture_output=True, text=True, check=False
    )
    assert missing.returncode == 3
    assert missing.stderr.startswith("error: ") and "Traceback" not in missing.stderr
    usage = subprocess.run([exe, "scan"], capture_output=True, text=True, check=False)
    assert usage.returncode == 2


def test_closed_stdout_stops_quietly(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "p.jsonl", [{"text": t} for t in (THREATS + BENIGN) * 2000])
    proc = subprocess.Popen(
        [script(), "scan", str(src), "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141
    assert json.loads(first)["id"] == "1"
    assert "Traceback" not in stderr


def test_ten_thousand_rows(tmp_path: Path) -> None:
    """10,000 varied rows through the installed script: same ids, same order, a progress bar.

    Measured at about 3 s here (10k rows, rules classifier), so it is not marked slow.
    """
    exe = script()
    texts = THREATS + BENIGN
    rows = []
    for i in range(1, 10_001):
        text = texts[i % len(texts)]
        if i % 3 == 0:
            text = f"{text} (post {i})"
        rows.append({"id": f"r{i:05d}", "text": text})
    src = write_jsonl(tmp_path / "posts.jsonl", rows)
    out = tmp_path / "reports.jsonl"
    started = time.perf_counter()
    proc = subprocess.run(
        [exe, "scan", str(src), "-o", str(out)], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr[-2000:]
    reports = jsonl(out.read_text(encoding="utf-8"))
    assert len(reports) == 10_000
    assert [r["id"] for r in reports] == [r["id"] for r in rows]
    assert all("error" not in r for r in reports)
    # The script decides exactly as the library does, row for row.
    scanner = Scanner()
    expected = {t: scanner.scan(t).decision.value for t in {row["text"] for row in rows}}
    assert [r["decision"] for r in reports] == [expected[row["text"]] for row in rows]
    flagged = sum(r["decision"] == "flag" for r in reports)
    assert flagged >= 10_000 // len(texts) * len(THREATS) // 2  # most threat rows are flagged
    assert "10000/10000" in proc.stderr  # tqdm's bar with the counted total
    assert "row/s" in proc.stderr
    assert f"10000 rows read, 10000 reports written, {flagged} flagged" in proc.stderr
    assert elapsed < 60, f"10,000 rows took {elapsed:.1f}s; mark this test slow"
