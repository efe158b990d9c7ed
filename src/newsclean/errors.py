"""The exceptions newsclean raises: one root, a few subclasses with structured attributes."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "ConfigError",
    "EmptyBodyError",
    "InputError",
    "NewscleanError",
]


class NewscleanError(Exception):
    """Root of every error newsclean raises on purpose.

    Catch this one to handle any newsclean failure; each subclass carries a stable ``code``.
    """

    code = "newsclean_error"


class ConfigError(NewscleanError, ValueError):
    """An option or a config file is wrong: an unknown key, a value of the wrong type."""

    code = "config_error"

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (type(self), (str(self),), {"key": self.key})


class InputError(NewscleanError, TypeError):
    """The input is not text (``bytes``, ``None``, a number) or cannot be decoded or parsed."""

    code = "input_error"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (type(self), (str(self),), {"path": self.path, "line": self.line})


class EmptyBodyError(NewscleanError, ValueError):
    """Cleaning left no body paragraph, so no valid Article can be made.

    ``removed`` lists the ``(rule, text)`` pairs that were taken out, so that a caller can
    report why the record was rejected instead of silently dropping it.
    """

    code = "empty_body"

    def __init__(self, removed: Sequence[tuple[str, str]] = ()) -> None:
        self.removed = tuple(removed)
        if self.removed:
            shown = "; ".join(f"{rule}: {text[:60]!r}" for rule, text in self.removed[:5])
            more = f" and {len(self.removed) - 5} more" if len(self.removed) > 5 else ""
            message = f"no body paragraph left after cleaning (removed {shown}{more})"
        else:
            message = "no body paragraph left after cleaning (the input holds no text)"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return type(self), (self.removed,)


def _rebuild(cls: type[Exception], args: tuple[str], kwargs: dict[str, object]) -> Exception:
    """Unpickle an error with keyword attributes (errors cross process boundaries)."""
    return cls(*args, **kwargs)
