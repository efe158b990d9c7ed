"""Killing the command line in the middle of an in-place run leaves every file either as it
was or fully cleaned, never half-written; symlinks are not written through."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsclean.cli import main

BODY = "Officials met on Monday to sign the deal after months of talks, the ministry said."


def dirty(i: int) -> str:
    paragraphs = "\n\n".join(f"{BODY} Item {i}.{k}." for k in range(40))
    return f"Deal {i} signed\n\nNews\n\nDeal {i} signed\n\n{paragraphs}\n\n.\nupstairs\n"


def clean_text(i: int) -> str:
    paragraphs = "\n\n".join(f"{BODY} Item {i}.{k}." for k in range(40))
    return f"Deal {i} signed\n\n{paragraphs}\n"


#: A run can outpace the test on a loaded machine: the test may see the first cleaned file only
#: when the run is writing its last.  Such an attempt shows nothing (every file is new), and
#: the test runs again, at most so many times, until one is killed mid-way.
ATTEMPTS = 3


def run_and_kill(folder: Path, how: signal.Signals) -> tuple[dict[str, int], bool, int]:
    """Clean ``folder`` in place in a child process, send it ``how`` once some files are
    clean, and check every file is old or new: (how many of each, whether the child was
    still running when signalled, its return code)."""
    count = 4000
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:04}.txt").write_text(dirty(i), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(folder), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # wait until the run has cleaned some files, then kill it mid-way
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = sum(
            (folder / f"{i:04}.txt").read_text(encoding="utf-8") == clean_text(i)
            for i in range(0, count, 50)
        )
        if done >= 1 or process.poll() is not None:
            break
        time.sleep(0.01)
    running = process.poll() is None
    process.send_signal(how)
    process.wait(timeout=60)
    states = {"old": 0, "new": 0}
    for i in range(count):
        text = (folder / f"{i:04}.txt").read_text(encoding="utf-8")
        assert text in (dirty(i), clean_text(i)), f"file {i} is half-written"
        states["old" if text == dirty(i) else "new"] += 1
    assert states["new"] > 0
    return states, running, process.returncode


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_killed_run_leaves_files_old_or_new(tmp_path: Path, how: signal.Signals) -> None:
    for attempt in range(ATTEMPTS):
        folder = tmp_path / f"run{attempt}"
        states, running, returncode = run_and_kill(folder, how)
        if running and states["old"] > 0:
            break  # killed mid-way: some files new, some old, none half-written
    else:
        pytest.fail(f"no run of {ATTEMPTS} was killed mid-way: the test checked nothing")
    leftovers = [
        p.name for p in folder.iterdir() if not p.name.endswith(".txt") or p.name.startswith(".")
    ]
    if how == signal.SIGINT:
        assert returncode != 0
        assert leftovers == []  # temporary files are removed on Ctrl-C
    # after SIGKILL a temporary file may remain, but no article file is damaged


def test_symlinked_folders_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "a.txt"
    target.write_text(dirty(1), encoding="utf-8")
    inside = tmp_path / "data"
    inside.mkdir()
    (inside / "link").symlink_to(outside, target_is_directory=True)
    (inside / "b.txt").write_text(dirty(2), encoding="utf-8")
    assert main([str(inside), "-q"]) == 0
    assert target.read_text(encoding="utf-8") == dirty(1)
    assert (inside / "b.txt").read_text(encoding="utf-8") == clean_text(2)


def test_symlinked_file_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(dirty(1), encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(outside)
    assert main([str(link)]) == 0
    assert outside.read_text(encoding="utf-8") == dirty(1)
    assert link.is_symlink()
    assert f"skipping symbolic link {link}" in capsys.readouterr().err


def test_interrupt_returns_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(dirty(1), encoding="utf-8")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("newsclean.cli.write_atomic", interrupted)
    assert main([str(path)]) == 130
    assert path.read_text(encoding="utf-8") == dirty(1)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_read_only_folder_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(dirty(1), encoding="utf-8")

    def no_temporary_file(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", no_temporary_file)
    assert main([str(path)]) == 123
    assert path.read_text(encoding="utf-8") == dirty(1)
    assert "Permission denied" in capsys.readouterr().err
