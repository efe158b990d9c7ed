"""The ``newsclean`` command line: clean files in place, check, diff, explain, validate.

Exit codes follow black: 0 success (files may have been cleaned), 1 ``--check`` or ``--diff``
found something to change, records were rejected or failed validation (or, with
``--exit-non-zero-on-fix``, a file was cleaned), 2 a usage or configuration error, 123 a file
could not be processed.  Data goes to standard output, messages to standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import difflib
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the tomli backport
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

from newsclean._version import __version__
from newsclean.config import Config
from newsclean.errors import ConfigError, EmptyBodyError, InputError, NewscleanError
from newsclean.io import (
    JSONL_SUFFIXES,
    SUFFIXES,
    AtomicWriter,
    Outcome,
    Reject,
    clean_json_text,
    clean_jsonl_line,
    clean_jsonl_lines,
    clean_plain_text,
    read_text,
    write_atomic,
)
from newsclean.parallel import ordered_map
from newsclean.pipeline import Pipeline, make_pipeline
from newsclean.schema import Article

__all__ = ["main"]


#: Keys of ``[tool.newsclean]`` that are not options of :class:`Config`.
CLI_KEYS = ("text_key", "title_key", "include", "exclude", "workers")
EXIT_OK, EXIT_CHANGES, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 123


class UsageError(Exception):
    """A mistake on the command line or in the config file: exit code 2."""


# -- configuration -------------------------------------------------------------------------


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
            return data
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"cannot read config {path}: {error}") from error


def find_config(paths: Sequence[str]) -> Path | None:
    """The first ``pyproject.toml`` with a ``[tool.newsclean]`` table, walking up from the
    common folder of ``paths`` (like black), or None."""
    real = [Path(p).resolve() for p in paths if p != "-"] or [Path.cwd()]
    common = Path(os.path.commonpath([str(p) for p in real]))
    for folder in (common, *common.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "newsclean" in _load_toml(candidate).get("tool", {}):
            return candidate
        if (folder / ".git").exists() or (folder / ".hg").exists():
            break
    return None


def read_config(path: Path, *, explicit: bool) -> dict[str, Any]:
    """The ``[tool.newsclean]`` table of a pyproject.toml (or the whole of another TOML file
    given with ``--config``), keys with ``_``; an unknown key is a :class:`UsageError`."""
    data = _load_toml(path)
    table = data.get("tool", {}).get("newsclean", {}) if path.name == "pyproject.toml" else data
    if path.name == "pyproject.toml" and explicit and not table:
        table = data.get("tool", {}).get("newsclean", {})
    options = {key.replace("-", "_"): value for key, value in table.items()}
    known = set(Config.fields()) | set(CLI_KEYS) | {"disable"}
    for key in options:
        if key not in known:
            raise UsageError(f"{path}: unknown key {key!r} in [tool.newsclean]")
    return options


# -- the run and its report ----------------------------------------------------------------


@dataclass
class Report:
    """Counts what happened and decides the exit code (one place, as black's Report)."""

    check: bool = False
    nonzero_on_fix: bool = False
    quiet: bool = False
    verbose: bool = False
    cleaned: int = 0
    unchanged: int = 0
    failed: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)

    def done(self, path: str, *, changed: bool) -> None:
        """Record a processed file."""
        if changed:
            self.cleaned += 1
            if not self.quiet:
                verb = "Would clean" if self.check else "Fixing"
                print(f"{verb} {path}", file=sys.stderr)
        else:
            self.unchanged += 1
            if self.verbose:
                print(f"{path} already clean", file=sys.stderr)

    def failure(self, path: str, message: str) -> None:
        """Record a file that could not be processed."""
        self.failed += 1
        print(f"error: cannot clean {path}: {message}", file=sys.stderr)

    def reject(self, path: str, reject: Reject) -> None:
        """Record a record whose body came out empty."""
        self.rejected += 1
        if not self.quiet:
            print(f"{path}:{reject.line}: rejected: {reject.reason}", file=sys.stderr)

    @property
    def return_code(self) -> int:
        """123 if a file failed, 1 for changes under --check or rejected records, else 0."""
        if self.failed:
            return EXIT_FAILED
        if self.rejected or (self.cleaned and (self.check or self.nonzero_on_fix)):
            return EXIT_CHANGES
        return EXIT_OK

    def summary(self) -> str:
        """The closing line: "3 files cleaned, 12 left unchanged, 1 failed"."""
        verb = "would be cleaned" if self.check else "cleaned"
        parts = [f"{_files(self.cleaned)} {verb}", f"{_files(self.unchanged)} left unchanged"]
        if self.rejected:
            parts.append(f"{self.rejected} record{'s' * (self.rejected != 1)} rejected")
        if self.failed:
            parts.append(f"{_files(self.failed)} failed")
        return ", ".join(parts)


def _files(count: int) -> str:
    return f"{count} file{'s' * (count != 1)}"


@dataclass(frozen=True)
class Job:
    """What to do with every input; picklable, so worker processes get it whole."""

    pipeline: Pipeline
    text_key: str = "text"
    title_key: str = "title"
    check: bool = False
    diff: bool = False
    color: bool = False
    workers: int = 1  # processes inside one JSON Lines file (when it is the only input)


@dataclass(frozen=True)
class FileResult:
    """What happened to one file, sent back from a worker."""

    path: str
    changed: bool = False
    error: str | None = None
    diff: str = ""
    rejects: tuple[Reject, ...] = ()


def _diff(old: str, new: str, path: str, *, color: bool) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        text = line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        if color and line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
            code = "32" if line.startswith("+") else "31"
            text = f"\033[{code}m{text.rstrip(chr(10))}\033[0m\n"
        out.append(text)
    return "".join(out)


def _clean_whole(path: Path, text: str, job: Job) -> Outcome:
    if path.suffix == ".json":
        return clean_json_text(
            text, job.pipeline, text_key=job.text_key, title_key=job.title_key, source=str(path)
        )
    return clean_plain_text(text, job.pipeline)


def process_file(path: Path, job: Job, output: Path | None = None) -> FileResult:
    """Clean one file in place (or into ``output``); never leave it half-written."""
    name = str(path)
    try:
        if not os.access(path, os.R_OK):
            raise InputError("permission denied (not readable)")
        if output is None and not job.check and not job.diff and not os.access(path, os.W_OK):
            raise InputError("permission denied (read-only file)")
        if path.suffix in JSONL_SUFFIXES:
            return _process_jsonl(path, job, output)
        text = read_text(path)
        try:
            outcome = _clean_whole(path, text, job)
        except EmptyBodyError as error:
            raise InputError(str(error)) from error
        changed = outcome.text != text
        diff = _diff(text, outcome.text, name, color=job.color) if job.diff and changed else ""
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(outcome.text, encoding="utf-8", newline="")
        elif changed and not (job.check or job.diff):
            write_atomic(path, outcome.text)
        return FileResult(name, changed=changed, diff=diff, rejects=outcome.rejects)
    except (OSError, InputError) as error:
        return FileResult(name, error=_message(error))


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def _process_jsonl(path: Path, job: Job, output: Path | None) -> FileResult:
    """Stream a JSON Lines file through a temporary file; replace the original only when a
    line changed (and only outside --check/--diff)."""
    name = str(path)
    target = output or path
    target.parent.mkdir(parents=True, exist_ok=True)
    changed = False
    rejects: list[Reject] = []
    old_lines: list[str] = []
    new_lines: list[str] = []
    with (
        path.open(encoding="utf-8", newline="") as src,
        AtomicWriter(target, path.stat().st_mode & 0o7777) as writer,
    ):
        for old, new, reject in _jsonl_stream(src, job, name):
            writer.file.write(new)
            changed |= old != new
            if job.diff:
                old_lines.append(old)
                new_lines.append(new)
            if reject is not None:
                rejects.append(reject)
        if output is not None or (changed and not (job.check or job.diff)):
            writer.commit()
    diff = _diff("".join(old_lines), "".join(new_lines), name, color=job.color) if changed else ""
    return FileResult(name, changed=changed, diff=diff, rejects=tuple(rejects))


def _jsonl_line(
    numbered: tuple[int, str], *, job: Job, name: str
) -> tuple[str, str, Reject | None]:
    new, _, reject = clean_jsonl_line(
        numbered,
        pipeline=job.pipeline,
        text_key=job.text_key,
        title_key=job.title_key,
        source=name,
    )
    return numbered[1], new, reject


def _jsonl_stream(src: TextIO, job: Job, name: str) -> Iterator[tuple[str, str, Reject | None]]:
    """``(line in, line out, reject)`` for every line, in order; with ``job.workers > 1``
    the lines are cleaned in that many processes, still streamed."""
    try:
        yield from ordered_map(
            partial(_jsonl_line, job=job, name=name),
            enumerate(src, start=1),
            workers=job.workers,
            chunk_size=256,
        )
    except UnicodeDecodeError as error:
        raise InputError(f"not valid UTF-8 ({error.reason})", path=name) from error


def _collect(paths: Sequence[str], include: Sequence[str], exclude: Sequence[str]) -> list[Path]:
    """Files to clean: named files as given, folders searched for the known suffixes; each
    file once, links to folders not followed."""
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not p.is_symlink()
                and p.suffix in SUFFIXES
                and (not include or any(p.match(pattern) for pattern in include))
            )
        elif path.is_symlink():
            # Rewriting would either write through the link, outside the paths given, or
            # turn the link into a file: leave it alone.
            print(f"newsclean: skipping symbolic link {raw}", file=sys.stderr)
            continue
        elif path.exists():
            candidates = [path]
        else:
            raise UsageError(f"no such file or folder: {raw}")
        for candidate in candidates:
            if any(candidate.match(pattern) for pattern in exclude):
                continue
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _run_files(
    files: list[Path], job: Job, workers: int, output: Path | None
) -> Iterator[FileResult]:
    def target(path: Path) -> Path | None:
        if output is None:
            return None
        return output / path.name if output.is_dir() or len(files) > 1 else output

    # The job goes to the workers once per chunk of files, not once per file.
    yield from ordered_map(
        partial(_process_one, job=job),
        ((path, target(path)) for path in files),
        workers=workers if len(files) > 1 else 1,
        chunk_size=16,
    )


def _process_one(item: tuple[Path, Path | None], *, job: Job) -> FileResult:
    return process_file(item[0], job, item[1])


def _progress(results: Iterator[FileResult], total: int, *, quiet: bool) -> Iterator[FileResult]:
    """Show a progress bar on a terminal when tqdm is installed (``newsclean[progress]``)."""
    if quiet or total < 20 or not sys.stderr.isatty():
        return results
    try:
        from tqdm import tqdm  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: PLC0415
    except ImportError:
        return results
    return iter(tqdm(results, total=total, unit="file", file=sys.stderr, leave=False))


# -- the parser ----------------------------------------------------------------------------

#: Options that may be given several times: (flag, Config field, metavar, help).
REPEATABLE_OPTIONS = (
    ("--disable", "disable", "NAME", "turn a normalizer off by name (repeatable)"),
    ("--extra-phrase", "extra_phrases", "TEXT", "a whole line to remove anywhere (repeatable)"),
    ("--exclude-family", "exclude_families", "FAMILY", "a lexicon family to leave alone"),
    ("--language", "languages", "CODE", "use only these lexicons (repeatable; default all)"),
)


def _add_clean_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="PATH", help="a TOML file with newsclean options")
    parser.add_argument("--text-key", help="field of a JSON record that holds the text [text]")
    parser.add_argument("--title-key", help="field of a JSON record that holds the title [title]")
    for flag, dest, metavar, help_text in REPEATABLE_OPTIONS:
        parser.add_argument(
            flag, dest=dest, action="append", default=None, metavar=metavar, help=help_text
        )


def _clean_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news articles in .txt, .json and .jsonl files, in place. "
        "Other commands: 'newsclean explain PATH', 'newsclean validate PATH', "
        "'newsclean schema'.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; - for stdin")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a file would change"
    )
    parser.add_argument("--diff", action="store_true", help="print a unified diff; write nothing")
    parser.add_argument(
        "-o", "--output", metavar="PATH", help="write here instead of in place ('-': stdout)"
    )
    parser.add_argument(
        "--to",
        choices=("same", "jsonl"),
        default="same",
        help="'jsonl' writes one validated Article per line (to --output or stdout)",
    )
    parser.add_argument("--rejects", metavar="PATH", help="write rejected records here (JSONL)")
    parser.add_argument("-W", "--workers", type=int, default=None, help="worker processes [1]")
    parser.add_argument("--include", action="append", default=None, metavar="GLOB")
    parser.add_argument("--exclude", action="append", default=None, metavar="GLOB")
    parser.add_argument(
        "--exit-non-zero-on-fix",
        action="store_true",
        help="exit 1 when a file was cleaned (for pre-commit)",
    )
    color = parser.add_mutually_exclusive_group()
    color.add_argument("--color", dest="color", action="store_true", default=None)
    color.add_argument("--no-color", dest="color", action="store_false")
    parser.add_argument("-q", "--quiet", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    _add_clean_options(parser)
    return parser


def _settings(args: argparse.Namespace, paths: Sequence[str]) -> tuple[dict[str, Any], Path | None]:
    """Defaults, then the config file, then the command line."""
    path = Path(args.config) if args.config else find_config(paths)
    if args.config and not path.is_file():  # type: ignore[union-attr]
        raise UsageError(f"no such config file: {args.config}")
    settings: dict[str, Any] = read_config(path, explicit=bool(args.config)) if path else {}
    for key in ("text_key", "title_key", "workers", "include", "exclude"):
        if getattr(args, key, None) is not None:
            settings[key] = getattr(args, key)
    for key in ("disable", "extra_phrases", "exclude_families", "languages"):
        value = getattr(args, key, None)
        if value is not None:
            settings[key] = [*settings.get(key, ()), *value]
    return settings, path


def _pipeline(settings: dict[str, Any]) -> Pipeline:
    options = {k: v for k, v in settings.items() if k not in CLI_KEYS}
    try:
        return make_pipeline(**options)
    except ConfigError as error:
        raise UsageError(str(error)) from error


# -- commands ------------------------------------------------------------------------------


def _clean_command(argv: Sequence[str]) -> int:
    args = _clean_parser().parse_args(argv)
    settings, config_path = _settings(args, args.paths)
    if args.verbose:
        print(f"config: {config_path or 'none found, defaults used'}", file=sys.stderr)
    pipeline = _pipeline(settings)
    color = (
        args.color
        if args.color is not None
        else (sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    )
    job = Job(
        pipeline,
        settings.get("text_key", "text"),
        settings.get("title_key", "title"),
        check=args.check,
        diff=args.diff,
        color=bool(color),
    )
    if args.paths == ["-"]:
        return _clean_stdin(job, args)
    if "-" in args.paths:
        raise UsageError("'-' (standard input) cannot be mixed with file names")
    files = _collect(args.paths, settings.get("include", ()), settings.get("exclude", ()))
    workers = int(settings.get("workers") or 1)
    if len(files) == 1 and workers > 1:  # one big file: its lines go to the workers
        job = dataclasses.replace(job, workers=workers)
    if args.to == "jsonl":
        return _to_jsonl(files, job, args)
    report = Report(
        check=args.check or args.diff,
        nonzero_on_fix=args.exit_non_zero_on_fix,
        quiet=args.quiet,
        verbose=args.verbose,
    )
    to_stdout = args.output == "-"
    if to_stdout and len(files) != 1:
        raise UsageError("-o - (standard output) takes one input file")
    output = Path(args.output) if args.output and not to_stdout else None
    if output is not None and len(files) > 1:
        output.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        if to_stdout:  # written to a file of its own first, as with any output, then printed
            output = Path(stack.enter_context(tempfile.TemporaryDirectory())) / files[0].name
        rejects_out = (
            stack.enter_context(Path(args.rejects).open("w", encoding="utf-8"))
            if args.rejects
            else None
        )
        results = _run_files(files, job, workers, output)
        for result in _progress(results, len(files), quiet=args.quiet):
            if result.error is not None:
                report.failure(result.path, result.error)
                continue
            report.done(result.path, changed=result.changed)
            sys.stdout.write(result.diff)
            for reject in result.rejects:
                report.reject(result.path, reject)
                if rejects_out is not None:
                    rejects_out.write(
                        json.dumps(
                            {
                                "path": result.path,
                                "line": reject.line,
                                "reason": reject.reason,
                                "record": reject.record,
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
        if to_stdout and output is not None and output.exists():
            sys.stdout.write(output.read_text(encoding="utf-8"))
    if not args.quiet or report.failed:
        print(report.summary(), file=sys.stderr)
    return report.return_code


def _clean_stdin(job: Job, args: argparse.Namespace) -> int:
    text = sys.stdin.read()
    try:
        if args.to == "jsonl":
            sys.stdout.write(job.pipeline(text).model_dump_json() + "\n")
            return EXIT_OK
        outcome = clean_plain_text(text, job.pipeline)
    except EmptyBodyError as error:
        print(f"error: cannot clean -: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.check or args.diff:
        if args.diff:
            sys.stdout.write(_diff(text, outcome.text, "-", color=job.color))
        return EXIT_CHANGES if outcome.text != text else EXIT_OK
    sys.stdout.write(outcome.text if outcome.text.endswith("\n") else outcome.text + "\n")
    return EXIT_OK


def _articles_of(path: Path, job: Job) -> Iterator[tuple[int, Article | None, str | None]]:
    """``(line or record number, article, error)`` for every article in a file."""
    if path.suffix in JSONL_SUFFIXES:
        with path.open(encoding="utf-8") as src:
            for out, article, reject in clean_jsonl_lines(
                src,
                job.pipeline,
                text_key=job.text_key,
                title_key=job.title_key,
                source=str(path),
            ):
                del out
                if article is not None or reject is not None:
                    yield (reject.line if reject else 0), article, reject.reason if reject else None
        return
    outcome = _clean_whole(path, read_text(path), job)
    for index, article in enumerate(outcome.articles, start=1):
        yield index, article, None
    for reject in outcome.rejects:
        yield reject.line, None, reject.reason


def _to_jsonl(files: list[Path], job: Job, args: argparse.Namespace) -> int:
    report = Report(quiet=args.quiet)
    with contextlib.ExitStack() as stack:
        out: TextIO = (
            stack.enter_context(Path(args.output).open("w", encoding="utf-8"))
            if args.output and args.output != "-"
            else sys.stdout
        )
        for path in files:
            try:
                for _, article, error in _articles_of(path, job):
                    if article is not None:
                        out.write(article.model_dump_json() + "\n")
                    elif error is not None:
                        report.reject(str(path), Reject(0, error, None))
                report.done(str(path), changed=False)
            except (OSError, NewscleanError) as error:
                report.failure(str(path), _message(error))
    return report.return_code


def _explain_command(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsclean explain", description="Show every change.")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--output-format", choices=("text", "json"), default="text")
    _add_clean_options(parser)
    args = parser.parse_args(argv)
    settings, _ = _settings(args, args.paths)
    pipeline = _pipeline(settings)
    text_key, title_key = settings.get("text_key", "text"), settings.get("title_key", "title")
    failed = False
    for raw in args.paths:
        try:
            for number, changes in _explanations(Path(raw), pipeline, text_key, title_key):
                for change in changes:
                    if args.output_format == "json":
                        row = {"path": raw, "record": number, **change.model_dump()}
                        print(json.dumps(row, ensure_ascii=False))
                    else:
                        where = f"{raw}:{number}:" if number else f"{raw}:"
                        text = (
                            change.text
                            if change.action != "replaced"
                            else (f"{change.text!r} -> {change.replacement!r}")
                        )
                        print(f"{where}{change.line}: {change.rule} {change.action}: {text}")
        except (OSError, NewscleanError) as error:
            print(f"error: cannot explain {raw}: {_message(error)}", file=sys.stderr)
            failed = True
    return EXIT_FAILED if failed else EXIT_OK


def _explanations(
    path: Path, pipeline: Pipeline, text_key: str, title_key: str
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    text = sys.stdin.read() if str(path) == "-" else read_text(path)
    if path.suffix not in (".json", *JSONL_SUFFIXES):
        yield 0, pipeline.explain(text)
        return
    if path.suffix == ".json":
        data = json.loads(text)
        records = list(enumerate(data if isinstance(data, list) else [data], start=1))
    else:
        records = [
            (n, json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()
        ]
    for number, record in records:
        if not isinstance(record, dict) or not isinstance(record.get(text_key), str):
            raise InputError(f"record {number}: field {text_key!r} must be a string")
        title = record.get(title_key)
        yield (
            number,
            pipeline.explain(record[text_key], title=title if isinstance(title, str) else None),
        )


def _validate_command(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="newsclean validate",
        description="Check JSON/JSONL records against the Article schema.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    args = parser.parse_args(argv)
    bad = 0
    for raw in args.paths:
        try:
            text = read_text(Path(raw))
        except (OSError, NewscleanError) as error:
            print(f"error: cannot read {raw}: {_message(error)}", file=sys.stderr)
            return EXIT_FAILED
        lines = text.splitlines() if Path(raw).suffix in JSONL_SUFFIXES else [text]
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                Article.model_validate_json(line)
            except ValidationError as error:
                for problem in error.errors():
                    where = ".".join(str(part) for part in problem["loc"]) or "(record)"
                    print(f"{raw}:{number}: {where}: {problem['msg']} [{problem['type']}]")
                    bad += 1
    if bad:
        print(f"{bad} problem{'s' * (bad != 1)} found", file=sys.stderr)
    return EXIT_CHANGES if bad else EXIT_OK


def _schema_command(argv: Sequence[str]) -> int:
    argparse.ArgumentParser(
        prog="newsclean schema", description="Print the Article JSON Schema."
    ).parse_args(argv)
    print(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


COMMANDS = {"explain": _explain_command, "validate": _validate_command, "schema": _schema_command}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(arguments[0]) if arguments else None
    try:
        if command is not None:
            return command(arguments[1:])
        return _clean_command(arguments)
    except UsageError as error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exit_:  # argparse: --help (0) or a usage error (2)
        return int(exit_.code or 0)
    except KeyboardInterrupt:
        print("newsclean: interrupted; files already written are complete", file=sys.stderr)
        return 130
