"""The author of a first-person piece: an opinion column's "I" (outside quotation marks) is
the writer the article names in its byline ("By Charlotte Meehan") or in the closing line
about the writer ("Charlotte Meehan is playwright-in-residence at Wheaton College")."""

from __future__ import annotations

import regex

from quotekit.pipeline.speakers._model import Entity
from quotekit.pipeline.speakers._table import Resolver

__all__ = ["author"]

_NAME = r"(?P<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’\-]+){1,2})"
#: A byline opening one of the first paragraphs: "By Charlotte Meehan".
_BYLINE_RE = regex.compile(rf"^\s*(?:By|BY|Written by)\s+{_NAME}\s*(?:[,|\n]|$)")
#: The closing line about the writer: "Charlotte Meehan is playwright-in-residence at ...".
_BIO_RE = regex.compile(rf"^\s*{_NAME},?\s+(?:is|was|has been|writes|teaches|directs)\s")
#: How many paragraphs at each end of the article may hold the byline or the closing line.
_ENDS = 3


def author(r: Resolver) -> Entity | None:
    """The person the article names as its writer, or None: a byline among its first
    paragraphs, else a closing line about the writer among its last, naming a person the
    article's entities know."""
    paras = r.ctx.paragraphs
    for pa, pb in paras[:_ENDS]:
        found = _BYLINE_RE.match(r.text[pa:pb])
        if found:
            return _person(r, found["name"], pa + found.start("name"))
    for pa, pb in reversed(paras[-_ENDS:]):
        found = _BIO_RE.match(r.text[pa:pb])
        if found:
            return _person(r, found["name"], pa + found.start("name"))
    return None


def _person(r: Resolver, name: str, at: int) -> Entity | None:
    e = r.match(name, "person", at)
    return e if e is not None and e.kind == "person" and e.resolved else None
