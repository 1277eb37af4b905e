"""scripts/stage_scores.py: the stage decomposition ends in the scanner's own scores."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from threatscan import Scanner
from threatscan.classify.cascade import Cascade
from threatscan.types import LABELS

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("stage_scores", ROOT / "scripts/stage_scores.py")
assert _spec is not None and _spec.loader is not None
stage_scores = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(stage_scores)


@pytest.mark.parametrize(
    "text",
    [
        "Shoot the logs over to the splitter, Rashid, I'll stack.",
        "50k to whoever puts the judge in the ground",
        "see you at practice tomorrow",
    ],
)
def test_final_stage_is_the_scanners_score(text: str) -> None:
    scanner = Scanner()
    scores = stage_scores.stage_scores(scanner, Cascade.load(), text)
    report = scanner.scan(text)
    for j, label in enumerate(LABELS):
        assert scores["final"][j] == pytest.approx(report.labels[label].score, abs=1e-5)
        assert 0.0 <= scores["linear"][j] <= 1.0 and 0.0 <= scores["rules"][j] <= 1.0


def test_cli_prints_every_stage_for_every_label() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/stage_scores.py", "see you at practice tomorrow"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()[1:]
    assert [r.split()[0] for r in rows] == [label.value for label in LABELS]
    assert all("linear" in r and "rules" in r and "final" in r for r in rows)
