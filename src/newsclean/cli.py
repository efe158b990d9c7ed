"""The ``newsclean`` command: ``newsclean FILE|-`` prints the cleaned article."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsclean._version import __version__
from newsclean.errors import NewscleanError
from newsclean.pipeline import clean

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = argparse.ArgumentParser(prog="newsclean", description=__doc__)
    parser.add_argument("path", help="a UTF-8 text file with one article, or - for stdin")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    args = parser.parse_args(argv)
    try:
        path = args.path
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        article = clean(text)
    except (OSError, UnicodeDecodeError, NewscleanError) as error:
        print(f"newsclean: error: {args.path}: {error}", file=sys.stderr)
        return 123
    sys.stdout.write(article.to_text(section=False) + "\n")
    return 0
