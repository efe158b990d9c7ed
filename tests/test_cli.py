from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "treaty.txt"


def test_prints_the_cleaned_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Harbour towns sign a treaty on joint flood defence\n\nOn Monday")
    assert "upstairs" not in out and "\nNews\n" not in out


def test_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Officials met on Monday to sign the deal.\n."))
    assert main(["-"]) == 0
    assert capsys.readouterr().out == "Officials met on Monday to sign the deal.\n"


def test_missing_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.txt")]) == 123
    captured = capsys.readouterr()
    assert "nope.txt" in captured.err and "Traceback" not in captured.err


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == "Harbour towns sign a treaty on joint flood defence"
