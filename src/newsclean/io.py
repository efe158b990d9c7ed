"""Reading and writing articles: plain text, JSON and JSON Lines files, atomic rewrites.

Everything here keeps the bytes a user did not ask to change: the line endings (LF or CRLF)
and the final newline of a text file, the other fields of a record and their order, and every
record or line that cleaning leaves as it was.
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from newsclean.errors import EmptyBodyError, InputError
from newsclean.pipeline import Pipeline
from newsclean.schema import Article

__all__ = [
    "JSONL_SUFFIXES",
    "SUFFIXES",
    "AtomicWriter",
    "Outcome",
    "Reject",
    "clean_json_text",
    "clean_jsonl_line",
    "clean_jsonl_lines",
    "clean_plain_text",
    "read_text",
    "write_atomic",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: The file kinds the command line cleans, by suffix.
SUFFIXES = (".txt", ".json", *JSONL_SUFFIXES)


@dataclass(frozen=True)
class Reject:
    """A record (or text) whose body was empty after cleaning, with where and why."""

    line: int
    reason: str
    record: Any


@dataclass(frozen=True)
class Outcome:
    """The cleaned content of one input, the Articles it held, and the rejected records."""

    text: str
    articles: tuple[Article, ...]
    rejects: tuple[Reject, ...] = ()


def read_text(path: Path) -> str:
    """Read a UTF-8 file; a binary or undecodable file is an :class:`InputError`."""
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file (it holds NUL bytes)", path=str(path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 at byte {error.start} (line {line})", path=str(path), line=line
        ) from error


def _newline(text: str) -> str:
    return "\r\n" if text.count("\r\n") * 2 > text.count("\n") else "\n"


def clean_plain_text(text: str, pipeline: Pipeline, *, section: bool = False) -> Outcome:
    """Clean one article held in a text file, keeping its line endings and final newline.

    >>> from newsclean import make_pipeline
    >>> clean_plain_text("Title\\r\\n\\r\\nBody text of the story, as it was written.\\r\\n.\\r\\n",
    ...                  make_pipeline()).text
    'Title\\r\\n\\r\\nBody text of the story, as it was written.\\r\\n'
    """
    article = pipeline(text)
    newline = _newline(text)
    cleaned = article.to_text(section=section).replace("\n", newline)
    if text.endswith(("\n", "\r")):
        cleaned += newline
    return Outcome(cleaned, (article,))


#: How many of a record's text fields an error names.
MAX_HINTED_FIELDS = 5


def _fields_hint(record: dict[str, Any]) -> str:
    """The text fields a record has, for an error that did not find its text: the field
    holding it may have another name (news-please writes "maintext").

    >>> _fields_hint({"title": "Bridge opens", "maintext": "The bridge opened.", "id": 7})
    " (its text fields: 'title', 'maintext'; name the one to clean with --text-key)"
    >>> _fields_hint({"id": 7})
    ''
    """
    names = [key for key, value in record.items() if isinstance(value, str)]
    if not names:
        return ""
    shown = ", ".join(map(repr, names[:MAX_HINTED_FIELDS]))
    more = ", ..." if len(names) > MAX_HINTED_FIELDS else ""
    return f" (its text fields: {shown}{more}; name the one to clean with --text-key)"


def _clean_record(
    record: Any, pipeline: Pipeline, text_key: str, title_key: str, where: str
) -> tuple[Any, Article]:
    """Return the record with its text cleaned, and the Article."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: a record must be a JSON object, not {type(record).__name__}")
    text = record.get(text_key)
    if not isinstance(text, str):
        got = "missing" if text_key not in record else f"a {type(text).__name__}"
        raise InputError(
            f"{where}: field {text_key!r} must be a string, it is {got}{_fields_hint(record)}"
        )
    title = record.get(title_key)
    metadata = {
        key: record[key]
        for key in ("url", "language", "source")
        if isinstance(record.get(key), str)
    }
    article = pipeline(text, title=title if isinstance(title, str) else None, **metadata)
    cleaned = dict(record)
    if title_key in record:
        cleaned[text_key] = article.paragraph_separator.join(article.paragraphs)
    else:  # no title field to hold a title found in the text: keep it in the text
        cleaned[text_key] = article.to_text(section=False)
    return cleaned, article


def clean_jsonl_line(
    numbered: tuple[int, str], *, pipeline: Pipeline, text_key: str, title_key: str, source: str
) -> tuple[str, Article | None, Reject | None]:
    """Clean one JSON Lines line: ``(line out, article, reject)``.

    A line whose text does not change is given back byte for byte; a record whose body is
    empty after cleaning is given back unchanged, with a :class:`Reject`.  A line that is not
    JSON raises :class:`InputError` naming the line.
    """
    number, line = numbered
    body = line.rstrip("\r\n")
    if not body.strip():
        return line, None, None
    try:
        record = json.loads(body)
    except json.JSONDecodeError as error:
        raise InputError(
            f"line {number}: not valid JSON ({error.msg})", path=source, line=number
        ) from error
    try:
        cleaned, article = _clean_record(record, pipeline, text_key, title_key, f"line {number}")
    except EmptyBodyError as error:
        return line, None, Reject(number, str(error), record)
    except InputError as error:
        raise InputError(str(error), path=source, line=number) from error
    if cleaned == record:
        return line, article, None
    return json.dumps(cleaned, ensure_ascii=False) + line[len(body) :], article, None


def clean_jsonl_lines(
    lines: Iterator[str], pipeline: Pipeline, *, text_key: str, title_key: str, source: str
) -> Iterator[tuple[str, Article | None, Reject | None]]:
    """Clean JSON Lines one line at a time (see :func:`clean_jsonl_line`)."""
    for numbered in enumerate(lines, start=1):
        yield clean_jsonl_line(
            numbered, pipeline=pipeline, text_key=text_key, title_key=title_key, source=source
        )


def clean_json_text(
    text: str, pipeline: Pipeline, *, text_key: str, title_key: str, source: str
) -> Outcome:
    """Clean a JSON file holding one record or a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"line {error.lineno}: not valid JSON ({error.msg})", path=source, line=error.lineno
        ) from error
    records = data if isinstance(data, list) else [data]
    out: list[Any] = []
    articles: list[Article] = []
    rejects: list[Reject] = []
    for index, record in enumerate(records, start=1):
        try:
            cleaned, article = _clean_record(
                record, pipeline, text_key, title_key, f"record {index}"
            )
        except EmptyBodyError as error:
            rejects.append(Reject(index, str(error), record))
            out.append(record)
            continue
        out.append(cleaned)
        articles.append(article)
    if out == records:
        return Outcome(text, tuple(articles), tuple(rejects))
    result = out if isinstance(data, list) else out[0]
    indent = 2 if "\n" in text.strip() else None
    dumped = json.dumps(result, ensure_ascii=False, indent=indent)
    return Outcome(dumped + ("\n" if text.endswith("\n") else ""), tuple(articles), tuple(rejects))


def _block_interrupts() -> bool:
    """Hold back SIGINT in this thread (where the platform allows it); True if it was done."""
    if not hasattr(signal, "pthread_sigmask"):
        return False
    return signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _restore_interrupts(blocked: bool) -> None:
    """Undo :func:`_block_interrupts`; a SIGINT held back is raised here."""
    if blocked:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class AtomicWriter:
    """A temporary file beside ``target`` that :meth:`commit` renames over it.

    The content is flushed to disk before the rename, and the temporary file gets ``mode``
    (the original's permission bits): a crash or Ctrl-C leaves the old file or the new one,
    never half of one.  Leaving the ``with`` block without a commit removes the temporary
    file.
    """

    def __init__(self, target: Path, mode: int) -> None:
        self.target = target
        self.mode = mode
        self.committed = False

    def __enter__(self) -> AtomicWriter:
        # Ctrl-C is held back while the temporary file is made, and if it arrives then, the
        # file is removed before the interrupt goes on: no temporary file is left behind.
        blocked = _block_interrupts()
        try:
            handle, name = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.")
            self.temporary = Path(name)
            self.file: TextIO = os.fdopen(handle, "w", encoding="utf-8", newline="")
        finally:
            try:
                _restore_interrupts(blocked)
            except BaseException:
                if hasattr(self, "file"):
                    self.__exit__()
                raise
        return self

    def commit(self) -> None:
        """Flush the temporary file to disk and rename it over the target."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        self.temporary.chmod(self.mode)
        self.temporary.replace(self.target)
        self.committed = True

    def __exit__(self, *exc: object) -> None:
        if not self.committed:
            self.file.close()
            self.temporary.unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically, keeping its permission bits."""
    with AtomicWriter(path, path.stat().st_mode & 0o7777) as writer:
        writer.file.write(text)
        writer.commit()
