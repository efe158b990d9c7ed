"""The pre-commit hooks: documented, and run for real by the pre-commit tool in a git repo."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DIRTY = (
    "Bridge deal signed\n\nNews\n\nBridge deal signed\n\n"
    "Officials met on Monday to sign the deal after months of talks.\n\n.\nupstairs\n"
)
CLEAN = "Bridge deal signed\n\nOfficials met on Monday to sign the deal after months of talks.\n"


def hook_ids() -> list[str]:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("- id:")]


def test_every_hook_is_documented() -> None:
    ids = hook_ids()
    assert ids == ["newsclean", "newsclean-check"]
    for page in ("README.md", "docs/pre-commit.md"):
        text = (ROOT / page).read_text(encoding="utf-8")
        for hook in ids:
            assert re.search(rf"id: {re.escape(hook)}(?![\w-])", text), (page, hook)


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")
def test_pre_commit_end_to_end(tmp_path: Path) -> None:
    """Install the hook from this repository, commit a dirty article: the commit is blocked
    and the file fixed; the second commit passes."""
    pre_commit = [sys.executable, "-m", "pre_commit"]
    # pre-commit clones the hook repository at a commit: snapshot the working tree into one.
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "site"
        ),
    )
    git(source, "init", "-q")
    git(source, "add", "-A")
    git(source, "commit", "-q", "-m", "snapshot")
    rev = git(source, "rev-parse", "HEAD").stdout.strip()

    repo = tmp_path / "data"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {source}\n  rev: {rev}\n  hooks:\n  - id: newsclean\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    subprocess.run([*pre_commit, "install"], cwd=repo, env=env, check=True, capture_output=True)
    article = repo / "article.txt"
    article.write_text(DIRTY, encoding="utf-8")
    git(repo, "add", "-A")

    def commit() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", "commit", "-q", "-m", "add article"],
            cwd=repo,
            capture_output=True,
            text=True,
            check=False,
            env={
                **env,
                "GIT_AUTHOR_NAME": "t",
                "GIT_AUTHOR_EMAIL": "t@example.org",
                "GIT_COMMITTER_NAME": "t",
                "GIT_COMMITTER_EMAIL": "t@example.org",
            },
        )

    first = commit()
    assert first.returncode != 0, first.stdout + first.stderr
    assert "Fixing article.txt" in first.stdout + first.stderr
    assert article.read_text(encoding="utf-8") == CLEAN
    assert git(repo, "rev-parse", "--verify", "HEAD", check=False).returncode != 0  # blocked

    git(repo, "add", "-A")
    second = commit()
    assert second.returncode == 0, second.stdout + second.stderr
    assert git(repo, "show", "HEAD:article.txt").stdout == CLEAN
