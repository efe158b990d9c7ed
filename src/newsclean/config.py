"""One frozen configuration object for a cleaning run.

Every shipped normalizer has a boolean field of the same name, so that a step seen in an audit
record can be turned off by that name (``clean(text, fix_encoding=False)``).

>>> Config().replace(fix_encoding=False).fix_encoding
False
>>> Config().replace(fix_encodin=False)
Traceback (most recent call last):
...
newsclean.errors.ConfigError: unknown option 'fix_encodin' (did you mean 'fix_encoding'?)
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsclean.errors import ConfigError
from newsclean.lexicon import FAMILIES, LANGUAGES
from newsclean.normalizers import DEFAULT_ORDER

__all__ = ["Config"]


@dataclass(frozen=True)
class Config:
    """Options for :func:`newsclean.clean` and :func:`newsclean.make_pipeline`.

    The step switches all default to ``True``: the default pipeline is the full one.
    """

    #: Decode HTML character references such as ``&amp;`` and ``&#8217;``.
    unescape_html: bool = True
    #: Repair mojibake with ftfy in repair-only settings.
    fix_encoding: bool = True
    #: Delete control, zero-width, soft-hyphen and BOM characters.
    remove_invisible_chars: bool = True
    #: Plain spaces, no runs, no spaces at line ends, stray line breaks split.
    normalize_whitespace: bool = True
    #: Remove a scraper's metadata header at the top (front matter, a reader's header).
    remove_front_matter: bool = True
    #: Take the first headline-shaped line as the title when no title is given.
    extract_title: bool = True
    #: Move a section label or breadcrumb at the head into ``Article.section``.
    extract_section: bool = True
    #: Remove the headline repeated at the top of the body (and, whole, at its end).
    remove_repeated_title: bool = True
    #: Remove lines without any letter or digit.
    remove_symbol_lines: bool = True
    #: Remove lexicon phrases: navigation, share, related, ads, comments, legal, credits ...
    remove_boilerplate: bool = True
    #: Remove a paragraph repeated right after itself.
    remove_repeated_paragraphs: bool = True
    #: Lexicon languages to use; empty means every shipped lexicon (``en``, ``mt``, ``ru`` ...).
    #: A ``language`` given with an article is metadata: it does not narrow them.
    languages: tuple[str, ...] = ()
    #: Lexicon families that ``remove_boilerplate`` leaves alone, e.g. ``("credit",)``.
    exclude_families: tuple[str, ...] = ()
    #: Your own whole-line phrases to remove anywhere (matched like lexicon phrases).
    extra_phrases: tuple[str, ...] = ()
    #: Largest text accepted, in characters; a larger one is an ``InputError`` rather than a
    #: long stall.  ``None`` turns the limit off.
    max_chars: int | None = 50_000_000

    def __post_init__(self) -> None:
        for name in DEFAULT_ORDER:
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"option {name!r} must be true or false", key=name)
        limit = self.max_chars
        if limit is not None and (
            isinstance(limit, bool) or not isinstance(limit, int) or limit < 1
        ):
            raise ConfigError(
                "option 'max_chars' must be a positive integer or None", key="max_chars"
            )
        for name, allowed in (("languages", LANGUAGES), ("exclude_families", FAMILIES)):
            for value in getattr(self, name):
                if value not in allowed:
                    raise ConfigError(
                        f"option {name!r}: unknown value {value!r} (choose from "
                        f"{', '.join(allowed)})",
                        key=name,
                    )

    @classmethod
    def fields(cls) -> tuple[str, ...]:
        """The option names, in declaration order."""
        return tuple(field.name for field in dataclasses.fields(cls))

    def replace(self, **options: Any) -> Config:
        """Return a copy with ``options`` changed; an unknown name raises :class:`ConfigError`.

        ``disable=[names]`` turns the named steps off.
        """
        changes = dict(options)
        for name in _as_tuple("disable", changes.pop("disable", ())):
            if name not in DEFAULT_ORDER:
                raise ConfigError(_unknown(name, DEFAULT_ORDER, "normalizer"), key="disable")
            changes[name] = False
        for key, value in changes.items():
            if key not in self.fields():
                raise ConfigError(_unknown(key, self.fields(), "option"), key=key)
            if key in ("languages", "exclude_families", "extra_phrases"):
                changes[key] = _as_tuple(key, value)
        return dataclasses.replace(self, **changes)


def _as_tuple(key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ConfigError(f"option {key!r} must be a list of strings", key=key)
    items = tuple(value)
    if not all(isinstance(item, str) for item in items):
        raise ConfigError(f"option {key!r} must be a list of strings", key=key)
    return items


def _unknown(name: str, known: Iterable[str], what: str) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown {what} {name!r}{hint}"
