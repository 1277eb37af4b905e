"""The public API: pinned names, Report shape, immutability, sharing."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

import threatscan
from threatscan import (
    SCHEMA_VERSION,
    Decision,
    InputError,
    Label,
    ScanConfig,
    Scanner,
    TextTooLongError,
    ThreatscanError,
)

PUBLIC = [
    "SCHEMA_VERSION",
    "ConfigError",
    "Cue",
    "Decision",
    "Evidence",
    "InputError",
    "Label",
    "LabelResult",
    "MissingDependencyError",
    "Report",
    "ScanConfig",
    "Scanner",
    "Severity",
    "SourceError",
    "SourceNotFoundError",
    "TextTooLongError",
    "ThreatscanError",
    "Thresholds",
    "UnsupportedFormatError",
    "__version__",
    "scan",
]


def test_public_names_are_pinned() -> None:
    assert threatscan.__all__ == PUBLIC
    for name in PUBLIC:
        assert hasattr(threatscan, name)


def test_report_json_shape() -> None:
    report = threatscan.scan("50k to whoever puts the judge in the ground", id="p1")
    data = json.loads(report.to_json())
    assert list(data) == [
        "schema_version",
        "id",
        "flagged",
        "decision",
        "labels",
        "evidence",
        "framing",
        "explanation",
        "model",
    ]
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["id"] == "p1"
    assert set(data["labels"]) == {"threat", "solicitation", "doxxing"}
    assert data["decision"] == "flag" and data["flagged"] is True
    sol = data["labels"]["solicitation"]
    assert sol["flagged"] is True and sol["severity"] == "critical"
    cues = {e["cue"] for e in data["evidence"]}
    assert {"payment", "harm_act", "target"} <= cues
    payment = next(
        e for e in data["evidence"] if e["cue"] == "payment" and "amount" in e.get("detail", {})
    )
    assert payment["detail"] == {"amount": 50000, "currency": "USD", "kind": "amount"}
    assert payment["text"] == "50k"
    assert data["explanation"].endswith(".")


def test_return_type_never_changes_with_input() -> None:
    for text in ["", "hello", "I will kill you", "x" * 1000]:
        report = threatscan.scan(text)
        assert isinstance(report, threatscan.Report)
        assert set(report.labels) == set(Label)


def test_personal_data_is_masked_unless_asked() -> None:
    text = "he lives at 4127 Larkspur Ave and his number is (312) 555-0147"
    report = threatscan.scan(text)
    masked = json.dumps(report.to_dict())
    assert "555-0147" not in masked and "Larkspur" not in masked
    assert "555-0147" in json.dumps(report.to_dict(reveal_pii=True))
    assert "text" not in report.to_dict()  # the input is not echoed by default


def test_bad_input_raises_coded_errors() -> None:
    scanner = Scanner(ScanConfig(max_chars=10))
    with pytest.raises(InputError) as not_str:
        scanner.scan(b"bytes")  # type: ignore[arg-type]
    assert not_str.value.code == "input"
    with pytest.raises(TextTooLongError) as too_long:
        scanner.scan("x" * 11)
    assert isinstance(too_long.value, ThreatscanError)
    assert too_long.value.exit_code == 7 and too_long.value.http_status == 413


def test_scanner_is_immutable() -> None:
    scanner = Scanner()
    with pytest.raises(AttributeError):
        scanner.config = ScanConfig()  # type: ignore[misc]


TEXTS = [
    "I will k1ll him tomorrow",
    "I'd kill for a coffee",
    "cop 10k, sergeant 25k",
    "Police said the suspect offered $5,000 to kill a witness.",
] * 25


def test_scanner_is_safe_to_share_across_threads() -> None:
    scanner = Scanner()
    expected = [scanner.scan(t).to_json() for t in TEXTS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: scanner.scan(t).to_json(), TEXTS))
    assert got == expected


def _scan_with(args: tuple[Scanner, str]) -> str:
    scanner, text = args
    return scanner.scan(text).to_json()


def test_scanner_and_reports_pickle_across_processes() -> None:
    scanner = Scanner()
    report = scanner.scan(TEXTS[0])
    assert pickle.loads(pickle.dumps(report)) == report
    # Use the encoder from threads first: a forked worker must not inherit that state
    # (it used to wait forever on the parent's onnxruntime session).
    with ThreadPoolExecutor(max_workers=2) as threads:
        list(threads.map(scanner.scan, TEXTS[:4]))
    with ProcessPoolExecutor(max_workers=2) as pool:
        got = list(pool.map(_scan_with, [(scanner, t) for t in TEXTS[:4]]))
    assert got == [scanner.scan(t).to_json() for t in TEXTS[:4]]


def test_output_is_deterministic() -> None:
    a = [Scanner().scan(t).to_json() for t in TEXTS[:4]]
    b = [Scanner().scan(t).to_json() for t in TEXTS[:4]]
    assert a == b


def test_decisions_are_consistent_with_labels() -> None:
    for text in TEXTS[:4]:
        report = threatscan.scan(text)
        flagged = any(r.flagged for r in report.labels.values())
        assert (report.decision is Decision.FLAG) == flagged


def test_a_score_does_not_depend_on_the_batch() -> None:
    # int8 dynamic quantisation scales activations per call: the encoder embeds
    # one text per call, so batch-mates never change a text's scores.
    scanner = Scanner()
    text = "Someone should shoot the mayor"
    alone = scanner.scan(text).to_json()
    mates = ["hello", "x " * 120, "te voy a matar", "see you at lunch"] * 16
    in_batch = scanner.scan_batch([*mates, text, *mates])[len(mates)]
    assert isinstance(in_batch, threatscan.Report)
    assert in_batch.to_json() == alone


def test_reports_of_text_with_lone_surrogates_encode_as_utf8() -> None:
    report = threatscan.scan("I will kill you \ud800 tomorrow", id="s1")
    line = report.to_json(include_text=True, reveal_pii=True)
    assert "\ufffd" in line
    line.encode("utf-8")  # would raise on a lone surrogate
