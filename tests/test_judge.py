"""The optional LLM judge, against a small local server that speaks the OpenAI protocol."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from threatscan import ConfigError, Label, ScanConfig, Scanner, Thresholds
from threatscan.classify.judge import LLMJudge

# A text the rules baseline scores inside the review band for solicitation
# (a locate request with no hostile cue). The fake judge says "solicitation".
BORDERLINE = "does anyone know where the new teacher lives?"


class FakeModel(BaseHTTPRequestHandler):
    """Answers /v1/chat/completions like an OpenAI-compatible server."""

    requests: list[dict[str, Any]] = []  # noqa: RUF012 - shared log, reset per test
    answer: str = '{"threat": 0, "solicitation": 1, "doxxing": 0, "reason": "locating"}'
    status: int = 200

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeModel.requests.append(
            {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
        )
        payload = {"choices": [{"message": {"role": "assistant", "content": FakeModel.answer}}]}
        data = json.dumps(payload).encode()
        self.send_response(FakeModel.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass


@pytest.fixture
def server() -> Iterator[str]:
    FakeModel.requests = []
    FakeModel.status = 200
    FakeModel.answer = '{"threat": 0, "solicitation": 1, "doxxing": 0, "reason": "locating"}'
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeModel)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()


def _config(url: str, **kw: Any) -> ScanConfig:
    wide = {label: Thresholds(flag=0.6, review=0.01) for label in Label}
    return ScanConfig(
        classifier="rules-v1", judge_url=url, judge_model="local-judge", thresholds=wide, **kw
    )


def test_judge_is_off_by_default() -> None:
    assert ScanConfig().judge_url == ""


def test_judge_moves_scores_in_the_review_band(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUDGE_KEY", "sekret")
    plain = Scanner(ScanConfig(classifier="rules-v1")).scan(BORDERLINE)
    judged = Scanner(_config(server, judge_api_key_env="JUDGE_KEY")).scan(BORDERLINE)
    assert len(FakeModel.requests) == 1
    request = FakeModel.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "local-judge"
    assert request["auth"] == "Bearer sekret"
    system = request["body"]["messages"][0]["content"]
    assert "## solicitation" in system  # the policy is the prompt
    assert request["body"]["messages"][1]["content"] == BORDERLINE
    assert judged.labels[Label.SOLICITATION].score > plain.labels[Label.SOLICITATION].score
    assert judged.labels[Label.THREAT].score <= max(plain.labels[Label.THREAT].score, 0.03) + 1e-9


def test_texts_outside_the_band_are_not_sent(server: str) -> None:
    scanner = Scanner(
        ScanConfig(classifier="rules-v1", judge_url=server, judge_model="local-judge")
    )
    scanner.scan("what a lovely morning for a walk")
    assert FakeModel.requests == []


def test_a_failing_judge_leaves_scores_alone(server: str) -> None:
    FakeModel.answer = "I cannot answer that"
    plain = Scanner(ScanConfig(classifier="rules-v1")).scan(BORDERLINE)
    judged = Scanner(_config(server)).scan(BORDERLINE)
    assert {k: v.score for k, v in judged.labels.items()} == {
        k: v.score for k, v in plain.labels.items()
    }


def test_an_unreachable_judge_leaves_scores_alone() -> None:
    judge = LLMJudge("http://127.0.0.1:9/v1", "m", timeout=0.5)
    assert judge.verdict("anything") is None
    assert judge.failures == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"judge_url": "ftp://x"}, "http"),
        ({"judge_url": "http://x"}, "judge_model"),
        ({"judge_weight": 2.0}, "judge_weight"),
        ({"judge_timeout": 0.0}, "judge_timeout"),
    ],
)
def test_bad_judge_settings_fail_loudly(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        ScanConfig(**kwargs)
