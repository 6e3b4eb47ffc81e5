"""Hand-built Docs for the statement rule tests: no trained pipeline needed.

Each test spells out a parse the way en_core_web_sm gives it, one row a token: ``(word, head,
dep, pos, tag, lemma, ent)`` with ``head`` an absolute token index and ``ent`` an IOB tag
("B-PERSON", "O"). :func:`make_doc` aligns the words with the text to find the spaces.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import find_cues
from quotekit.pipeline.statements._common import Policy, RuleState

Row = tuple[str, int, str, str, str, str, str]

_VOCAB = spacy.blank("en").vocab


def make_doc(text: str, rows: Sequence[Row]) -> Doc:
    """A parsed Doc of ``text`` whose tokens are ``rows`` (their words must spell the text)."""
    words, spaces = [], []
    at = 0
    for k, (word, *_rest) in enumerate(rows):
        assert text.startswith(word, at), f"token {k} {word!r} is not at {at}: {text[at:]!r}"
        at += len(word)
        nxt = rows[k + 1][0] if k + 1 < len(rows) else ""
        space = at < len(text) and text[at] == " " and not nxt.startswith(" ")
        words.append(word)
        spaces.append(space)
        at += space
    assert at == len(text), f"the rows stop at {at} of {len(text)}"
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[r[5] for r in rows], ents=[r[6] for r in rows])
    assert doc.text == text
    return doc


def context(text: str, rows: Sequence[Row]) -> Context:
    """The Context of a hand-built Doc."""
    return Context(make_doc(text, rows))


def state(text: str, rows: Sequence[Row], policy: Policy | None = None) -> RuleState:
    """The rule state of a hand-built Doc, with its cues found, before any rule ran."""
    ctx = context(text, rows)
    return RuleState(ctx, list(find_cues(ctx.doc, ctx.quoted)), policy)
