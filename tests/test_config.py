"""ScanConfig: strict loading, documented settings, fingerprints."""

from __future__ import annotations

from pathlib import Path

import pytest

from threatscan import ConfigError, Label, ScanConfig, Scanner, Thresholds
from threatscan.config import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_documented() -> None:
    docs = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for name, _default, help_text in SETTINGS:
        assert f"`{name}`" in docs, f"setting {name} is missing from docs/configuration.md"
        assert help_text


def test_every_setting_is_a_field() -> None:
    fields = set(ScanConfig.__dataclass_fields__)
    assert {name for name, _, _ in SETTINGS} == fields


def test_load_toml(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("max_chars = 500\n[thresholds.threat]\nflag = 0.8\nreview = 0.5\n")
    config = ScanConfig.load(path)
    assert config.max_chars == 500
    assert config.thresholds[Label.THREAT] == Thresholds(flag=0.8, review=0.5)
    assert config.thresholds[Label.DOXXING] == ScanConfig().thresholds[Label.DOXXING]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("max_chars = 0\n", "max_chars"),
        ("colour = 'red'\n", "unknown setting"),
        ("[thresholds.violence]\nflag = 0.5\n", "unknown label"),
        ("[thresholds.threat]\nflag = 0.3\nreview = 0.5\n", "review <= flag"),
        ("[thresholds.threat]\nflag = 'high'\n", "numbers"),
        ("detectors = ['threatscan.nope.v1']\n", "unknown detector"),
        ("classifier = 'magic'\n", "unknown classifier"),
        ("max_chars = \n", "not valid"),
    ],
)
def test_bad_config_fails_loudly(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        Scanner(ScanConfig.load(path))


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        ScanConfig.load(tmp_path / "nope.toml")


def test_fingerprint_changes_with_settings() -> None:
    a = ScanConfig()
    b = ScanConfig(max_chars=100)
    assert a.fingerprint() == ScanConfig().fingerprint()
    assert a.fingerprint() != b.fingerprint()
