"""Names in title-case lines (headlines, captions): the recognizer reads "Obama Sees 'Personal
Insult' if ..." as one organisation and "[FULL SPEECH: President Obama Speech at ...]" as a
person "Obama Speech". Where such a span holds the name of a person the article names in
its running text, the span is that person's name alone: the words before and after it are
no part of any name the article gives."""

from __future__ import annotations

from collections.abc import Iterable

import regex
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import clean_name, name_parts
from quotekit.pipeline.context import Context
from quotekit.pipeline.speakers._table import given_names

__all__ = ["KnownNames", "headline_name"]

_INITIAL_RE = regex.compile(r"\p{Lu}\.?")


class KnownNames:
    """The name words of the people the article names in running text (outside title-case
    lines): every part, the first parts of full names and the last parts (a one-word name's
    word is a last part)."""

    def __init__(self, ctx: Context, people: Iterable[SpacySpan]) -> None:
        """Read the person spans of the recognizer in the document of ``ctx`` (title-case
        lines, :attr:`Context.title_lines`, left out)."""
        #: the words the article writes in lower case somewhere ("speech", "sees")
        self.lower = ctx.lower_words
        self.parts: set[str] = set()
        self.first: set[str] = set()
        self.last: set[str] = set()
        #: the first parts the article gives each last part ("Obama": {"Barack"})
        self.given: dict[str, set[str]] = {}
        self._title_line = ctx.title_lines
        for span in people:
            if self.in_title_line(span):
                continue
            parts = name_parts(clean_name(span.text))
            if not parts:
                continue
            for p in parts:
                self.parts.update([p, *p.split("-")])
            if len(parts) > 1:
                self.first.add(parts[0])
                self.given.setdefault(parts[-1], set()).add(parts[0])
            self.last.add(parts[-1])

    def in_title_line(self, span: SpacySpan) -> bool:
        """Whether ``span`` starts in a title-case line (:attr:`Context.title_lines`)."""
        return self._title_line[span.start]

    def status(self, t: Token) -> str:
        """``known`` (a part of a known name), ``name`` (a given name, an initial, a hyphen
        or a possessive inside a name), or ``other``."""
        if t.text in self.parts:
            return "known"
        if t.lower_ in given_names() or _INITIAL_RE.fullmatch(t.text) or \
                t.text in ("-", "‐") or t.tag_ == "POS":
            return "name"
        return "other"


    def common(self, t: Token) -> bool:
        """Whether ``t`` is a common word: no proper noun, or written lower-case elsewhere."""
        return t.pos_ != "PROPN" or t.lower_ in self.lower


def _first_known_run(toks: list[Token], known: KnownNames) -> tuple[int, int] | None:
    """``(first, last)`` token positions of the first run of name words holding a known
    part."""
    n = 0
    while n < len(toks):
        if known.status(toks[n]) == "other":
            n += 1
            continue
        m = n
        while m + 1 < len(toks) and known.status(toks[m + 1]) != "other":
            m += 1
        if any(known.status(t) == "known" for t in toks[n:m + 1]):
            return n, m
        n = m + 1
    return None


def headline_name(ent: SpacySpan, known: KnownNames) -> SpacySpan | None:
    """The person's name inside a title-case line's span ("Obama Sees 'Personal Insult'" ->
    "Obama", "Rip Donald Trump" -> "Donald Trump"), or None to keep the span as it is (not
    a title-case line, no known name in it, or a body named with an organisation word:
    "Clinton Foundation"). Words before the name are cut where it starts with a known given
    name or they are common words (:meth:`KnownNames.common`), words after it where it ends
    in a known family name or they are common words ("John Nolte" keeps "Nolte", "Marc
    Lasry" its "Marc")."""
    if len(ent) < 2 or not known.in_title_line(ent):
        return None
    toks = list(ent)
    if ent.label_ != "PERSON" and any(t.lower_ in lexicon.organization_heads() for t in toks):
        return None
    run = _first_known_run(toks, known)
    if run is None:
        return None
    first, last = run
    while last > first and known.status(toks[last]) != "known" and \
            toks[last].lower_ not in given_names():
        last -= 1  # (a possessive or a hyphen at the end)
    other_given = first > 0 and bool(known.given.get(toks[first].text)) and \
        toks[first - 1].text not in known.given[toks[first].text]
    if toks[first].text not in known.first and not other_given and \
            not all(known.common(t) for t in toks[:first]):
        first = 0  # "Marc Lasry": a given name the list lacks (not "Derelict Obama", whom
        # the article calls Barack Obama)
    if toks[last].text not in known.last and \
            not all(known.common(t) for t in toks[last + 1:]):
        last = len(toks) - 1  # "John Nolte": a given name goes on into a family name
    if first == 0 and last == len(toks) - 1:
        return None
    return SpacySpan(ent.doc, ent.start + first, ent.start + last + 1, label="PERSON")
