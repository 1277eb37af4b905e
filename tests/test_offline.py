"""The default install runs offline and never imports torch."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    socket.socket.connect = refuse
    socket.create_connection = refuse

    import threatscan
    from threatscan import ScanConfig, Scanner

    report = Scanner(ScanConfig(classifier="cascade-v1")).scan(
        "50k to whoever puts the judge in the ground"
    )
    assert report.flagged, report.explanation
    heavy = sorted(m for m in ("torch", "sentence_transformers", "transformers", "sklearn")
                   if m in sys.modules)
    print("heavy:", heavy)
    """
)


def test_cascade_loads_and_scans_without_network_or_torch() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout
