"""The README's examples are run: its Report is what `threatscan scan` prints."""

from __future__ import annotations

import json
import re
from pathlib import Path

import threatscan
from threatscan import Decision, Label

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
EXAMPLE = "50k to whoever puts the judge in the ground"


def test_library_snippet() -> None:
    report = threatscan.scan(EXAMPLE)
    assert report.decision is Decision.FLAG
    assert report.flagged_labels == (Label.SOLICITATION,)


def test_report_example_is_the_real_output() -> None:
    block = re.search(r"```json\n(\{\"schema_version\".*?)\n```", README, re.DOTALL)
    assert block is not None, "the README lost its Report example"
    shown = json.loads(block.group(1))
    real = threatscan.scan(EXAMPLE, id="p1").to_dict()
    assert shown == real, "regenerate the README's Report example from `threatscan scan`"
