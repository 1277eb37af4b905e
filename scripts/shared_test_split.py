"""Write the held-out test portion of ../shared/data, with its split, for `threatscan eval`.

Training splits the shared data by a stable hash of each row's group (see
threatscan.train.data); this writes only the rows that training never saw,
to a cache file outside the repository (the shared files are never committed).

    python scripts/shared_test_split.py [--shared DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from threatscan.train.data import SHARED_FILES, load_rows

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument(
        "--out", type=Path, default=ROOT / ".cache" / "threatscan" / "shared-test.jsonl"
    )
    parser.add_argument("--split", default="test")
    args = parser.parse_args()
    if not all((args.shared / name).is_file() for name in SHARED_FILES):
        print(f"no shared data under {args.shared}; nothing written")
        return 0
    empty = ROOT / ".cache" / "threatscan" / "empty.jsonl"
    empty.parent.mkdir(parents=True, exist_ok=True)
    empty.write_text("")
    rows = [r for r in load_rows(empty, args.shared) if r.split == args.split]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for r in rows:
            record = {
                "id": r.id,
                "text": r.text,
                "threat": r.labels[0],
                "solicitation": r.labels[1],
                "doxxing": r.labels[2],
                "split": r.split,
                "source": r.source,
                "family": r.family,
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(rows)} shared {args.split} rows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
