"""The author of a first-person piece: an opinion column's "I" (outside quotation marks) is
the writer the article names in its byline ("By Charlotte Meehan") or in the closing line
about the writer ("Charlotte Meehan is playwright-in-residence at Wheaton College"); and the
one an interview is with, for a "she" right after the writer's own question."""

from __future__ import annotations

import regex

from quotekit.pipeline.speakers._model import Entity, State
from quotekit.pipeline.speakers._table import Resolver

__all__ = ["author", "interviewee"]

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


def interviewee(s: State, writer: Entity | None, gender: str) -> Entity | None:
    """The person who has spoken most so far, other than the ``writer``, where they agree with
    ``gender`` and have spoken at least three times and twice as often as anyone else (the
    one an interview is with: "I ask whether she will return ... She laughs. '...'")."""
    counts: dict[int, tuple[int, Entity]] = {}
    for a in s.answers:
        e = a.entity
        if e is not None and e is not writer and e.kind == "person":
            counts[id(e)] = (counts.get(id(e), (0, e))[0] + 1, e)
    ranked = sorted(counts.values(), key=lambda x: -x[0])
    if not ranked or ranked[0][0] < 3 or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
        return None
    top = ranked[0][1]
    return top if top.gender in (None, gender) else None
