"""The README's examples are run: its Report is what `threatscan scan` prints."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import threatscan
from threatscan import Decision, Label

README_PATH = Path(__file__).resolve().parents[1] / "README.md"
README = README_PATH.read_text(encoding="utf-8")
REPORT_BLOCK = re.compile(r"```json\n(\{\"schema_version\".*?)\n```", re.DOTALL)
EXAMPLE = "50k to whoever puts the judge in the ground"


def test_library_snippet() -> None:
    report = threatscan.scan(EXAMPLE)
    assert report.decision is Decision.FLAG
    assert report.flagged_labels == (Label.SOLICITATION,)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _layout(report: dict[str, Any]) -> str:
    """The README's layout of a Report: one label and one evidence item a line."""
    head = {k: report[k] for k in ("schema_version", "id", "flagged", "decision")}
    labels = ",\n            ".join(f"{_json(k)}: {_json(v)}" for k, v in report["labels"].items())
    evidence = ",\n              ".join(_json(e) for e in report["evidence"])
    return (
        f"{_json(head)[:-1]},\n"
        f' "labels": {{{labels}}},\n'
        f' "evidence": [{evidence}],\n'
        f' "framing": {_json(report["framing"])},\n'
        f' "explanation": {_json(report["explanation"])},\n'
        f' "model": {_json(report["model"])}}}'
    )


def test_report_example_is_the_real_output() -> None:
    real = threatscan.scan(EXAMPLE, id="p1").to_dict()
    if os.environ.get("UPDATE_README"):
        text = REPORT_BLOCK.sub(lambda _: f"```json\n{_layout(real)}\n```", README, count=1)
        README_PATH.write_text(text, encoding="utf-8")
        return
    block = REPORT_BLOCK.search(README)
    assert block is not None, "the README lost its Report example"
    shown = json.loads(block.group(1))
    assert shown == real, (
        "regenerate the README's Report example: UPDATE_README=1 pytest tests/test_readme.py"
    )
