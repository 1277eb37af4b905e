"""Tests of the labelled corpus: it is what the generator writes, split by group, and checked."""

from __future__ import annotations

import collections
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    with (DATA / "corpus.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_committed_corpus_is_the_generators_output() -> None:
    done = _run("data/build_corpus.py", "--check")
    assert done.returncode == 0, done.stderr
    assert "match the generator" in done.stdout


def test_no_template_group_or_text_crosses_splits(rows: list[dict[str, object]]) -> None:
    split_of_group: dict[object, set[object]] = collections.defaultdict(set)
    split_of_text: dict[object, set[object]] = collections.defaultdict(set)
    for r in rows:
        split_of_group[r["group"]].add(r["split"])
        split_of_text[r["text"]].add(r["split"])
    assert all(len(s) == 1 for s in split_of_group.values())
    assert all(len(s) == 1 for s in split_of_text.values())


def test_every_row_has_a_note_and_negatives_carry_no_label(rows: list[dict[str, object]]) -> None:
    assert all(isinstance(r["note"], str) and r["note"] for r in rows)
    for r in rows:
        labels = (r["threat"], r["solicitation"], r["doxxing"])
        if str(r["family"]).startswith("neg."):
            assert labels == (0, 0, 0), r["id"]
        else:
            assert any(labels), r["id"]


def test_every_family_has_groups_in_every_split(rows: list[dict[str, object]]) -> None:
    splits: dict[object, set[object]] = collections.defaultdict(set)
    for r in rows:
        splits[r["family"]].add(r["split"])
    assert {f for f, s in splits.items() if s != {"train", "dev", "test"}} == set()


def _fresh_generator() -> Any:
    spec = importlib.util.spec_from_file_location("build_corpus_fresh", DATA / "build_corpus.py")
    assert spec is not None and spec.loader is not None
    bc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bc)
    return bc


def test_committed_train_only_blocks_are_all_in_train(rows: list[dict[str, object]]) -> None:
    bc = _fresh_generator()
    # Register the blocks in the generator's order so the group ids come out as in main().
    blocks = {n: bc.register_files(sorted((DATA / n).glob("*.py"))) for n in bc.FILE_BLOCKS}
    bc.assign_group_ids(bc.GROUPS)
    committed = [n for n in bc.TRAIN_ONLY_BLOCKS if n in blocks]
    if not committed:
        pytest.skip("no train-only block is in the committed corpus")
    groups = {g["group"] for n in committed for g in blocks[n]}
    assert groups, "a committed train-only block has no groups"
    assert {r["split"] for r in rows if r["group"] in groups} == {"train"}


# pytest skips this test when every train-only block is already in the committed corpus.
@pytest.mark.parametrize("block", _fresh_generator().OPT_IN_BLOCKS)
def test_opt_in_blocks_add_training_rows_only(
    block: str, rows: list[dict[str, object]], tmp_path: Path
) -> None:
    out = tmp_path / "corpus.jsonl"
    done = _run("data/build_corpus.py", "--with-block", block, "--out", str(out))
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8") as fh:
        built = {r["id"]: r for r in map(json.loads, fh)}
    # The committed corpus is untouched, row for row; the block adds training rows only.
    assert all(built.pop(r["id"]) == r for r in rows)
    assert built, "the train-only block added no rows"
    assert {r["split"] for r in built.values()} == {"train"}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_preview_accepts_a_valid_group_file(tmp_path: Path) -> None:
    good = _write(
        tmp_path / "good.py",
        'POOLS = {"t_prize": ["a signed jersey"]}\n'
        "GROUPS = [dict(family='neg.lawful_reward', lang='en', labels='', note='raffle prize',"
        " templates=['{first} won {t_prize}. Call {phone}.'], n=6)] * 3\n",
    )
    done = _run("data/preview_groups.py", str(good), "--samples", "1")
    assert done.returncode == 0, done.stderr
    assert "won a signed jersey. Call" in done.stdout


def test_preview_reports_each_kind_of_problem(tmp_path: Path) -> None:
    bad = _write(
        tmp_path / "bad.py",
        "GROUPS = [\n"
        " dict(family='neg.game', lang='en', labels='S', note='x', templates=['{nope}'], n=7),\n"
        " dict(family='neg.nowhere', lang='fr', labels='', note='', templates=['ok'], n=40),\n"
        " dict(family='neg.game', lang='en', labels='', note='x',"
        " templates=['call me at 312-867-5309'], n=7),\n"
        "]\n",
    )
    done = _run("data/preview_groups.py", str(bad), "--samples", "1")
    assert done.returncode == 1
    for expected in (
        "labels 'S' do not fit the family",
        "unknown slot 'nope'",
        "unknown family",
        "lang must be en or es",
        "no note",
        "n must be set, 4..12",
        "phone-like",
        "family neg.game has 2 groups; needs 3 or more",
    ):
        assert expected in done.stderr, expected


def test_functional_suite_is_its_parts_and_never_training_data() -> None:
    done = _run("data/functional/build_suite.py", "--check")
    assert done.returncode == 0, done.stderr
    assert "match the parts" in done.stdout
    with (DATA / "functional" / "suite.jsonl").open(encoding="utf-8") as fh:
        suite = [json.loads(line) for line in fh]
    assert {r["split"] for r in suite} == {"functional"}  # no train/dev/test split reads it
    # Training and tuning read only the corpus and ../shared/data, never data/functional.
    for script in ("scripts/train_all", "scripts/finetune_encoder.py", "scripts/tune_settings.sh"):
        assert "functional" not in (ROOT / script).read_text(), script
