"""An optional LLM judge for the uncertain band, over any OpenAI-compatible endpoint.

Off by default. When ``judge_url`` is set in the ScanConfig, texts whose score
for some label lies in that label's review band (``review <= score < flag``)
are sent, with POLICY.md as the system prompt, to ``{judge_url}/chat/completions``
and the judge's verdict moves the score: ``score' = (1 - w) * score + w * v``
with ``v`` 0.97 for a yes and 0.03 for a no, ``w = judge_weight``.

Privacy: the text leaves the process only when a judge is configured; point
it at a model you run yourself. The API key is read from the environment
variable named by ``judge_api_key_env`` and never stored in a config file. A
failing judge (timeout, HTTP error, unreadable answer) leaves the scores as they
were and counts the failure; it never fails the scan.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Mapping
from importlib import resources
from typing import Any

from threatscan.types import LABELS, Label

__all__ = ["LLMJudge"]

logger = logging.getLogger(__name__)

_INSTRUCTIONS = """You label one text under the policy above. Judge the author's own act, as
written, now. Answer with JSON only: {"threat": 0 or 1, "solicitation": 0 or 1,
"doxxing": 0 or 1, "reason": "<one short sentence>"}."""


def _policy_text() -> str:
    return resources.files("threatscan").joinpath("policy.md").read_text(encoding="utf-8")


class LLMJudge:
    """Calls an OpenAI-compatible chat endpoint; thread-safe; immutable settings."""

    def __init__(
        self,
        url: str,
        model: str,
        *,
        timeout: float = 10.0,
        weight: float = 0.7,
        api_key_env: str = "",
    ) -> None:
        self.url = url.rstrip("/")
        self.model = model
        self.timeout = timeout
        self.weight = weight
        self.api_key_env = api_key_env
        self._system = _policy_text() + "\n\n" + _INSTRUCTIONS
        self._lock = threading.Lock()
        self.failures = 0
        self.calls = 0

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.url, self.model, self.timeout, self.weight, self.api_key_env))

    def verdict(self, text: str) -> dict[Label, int] | None:
        """The judge's 0/1 per label, or None when the call failed."""
        body = {
            "model": self.model,
            "temperature": 0,
            "messages": [
                {"role": "system", "content": self._system},
                {"role": "user", "content": text},
            ],
        }
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env, "") if self.api_key_env else ""
        if key:
            headers["Authorization"] = f"Bearer {key}"
        request = urllib.request.Request(
            f"{self.url}/chat/completions",
            data=json.dumps(body).encode("utf-8"),
            headers=headers,
            method="POST",
        )
        with self._lock:
            self.calls += 1
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read().decode("utf-8"))
            content = payload["choices"][0]["message"]["content"]
            match = re.search(r"\{.*\}", content, re.DOTALL)
            answer = json.loads(match.group() if match else content)
            return {label: int(bool(answer[label.value])) for label in LABELS}
        except (
            urllib.error.URLError,
            TimeoutError,
            OSError,
            ValueError,
            KeyError,
            TypeError,
        ) as exc:
            with self._lock:
                self.failures += 1
            # Never log the text: only the kind of failure.
            logger.warning("LLM judge call failed: %s", type(exc).__name__)
            return None

    def adjust(
        self, text: str, scores: Mapping[Label, float], bands: Mapping[Label, tuple[float, float]]
    ) -> Mapping[Label, float]:
        """Move the scores of a text that sits in a review band toward the judge's verdict."""
        if not any(lo <= scores[label] < hi for label, (lo, hi) in bands.items()):
            return scores
        verdict = self.verdict(text)
        if verdict is None:
            return scores
        w = self.weight
        return {
            label: (1 - w) * scores[label] + w * (0.97 if verdict[label] else 0.03)
            for label in LABELS
        }


def _rebuild(url: str, model: str, timeout: float, weight: float, api_key_env: str) -> LLMJudge:
    return LLMJudge(url, model, timeout=timeout, weight=weight, api_key_env=api_key_env)
