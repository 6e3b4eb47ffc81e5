"""Ledes that describe before they name: "Nigeria's trade minister said on Tuesday ..." then
'"...," Doris Uzoka-Anite told reporters' (the person named next); and "the Taoiseach" later
in the article, the office the lede named first."""

from __future__ import annotations

from quotekit import lexicon
from quotekit.pipeline.speakers._model import Entity
from quotekit.pipeline.speakers._table import Resolver
from quotekit.pipeline.speakers._titles import role_heads, title_words

__all__ = ["NAMED_WITHIN", "lede", "lede_office", "named_next"]


def lede_office(r: Resolver, lemma: str, at: int) -> Entity | None:
    """The person a lone office stands for later in the article when the lede named the
    same office before naming anyone ("The Taoiseach has rejected calls ..." then "Séamus Mac
    Giolla said ..." then '"...," the Taoiseach said'): the lede's office, named next."""
    first = lede(r)
    if first >= len(r.ctx.paragraphs) or r.ctx.paragraph_of(at) <= first:
        return None
    a, b = r.ctx.paragraphs[first]
    for t in r.doc[r.ctx.token_at(a):r.ctx.token_at(b)]:
        if t.lemma_.lower() == lemma and t.i > 0 and r.doc[t.i - 1].lower_ == "the" and \
                t.dep_ in ("nsubj", "nsubjpass"):
            return named_next(r, t.idx)
    return None


#: How many words the lede's paragraph holds at least (a headline or page furniture fewer).
_LEDE_WORDS = 15


def lede(r: Resolver) -> int:
    """The index of the article's lede: its first paragraph of at least fifteen words (before
    it: page furniture, a headline, a dateline or byline)."""
    for n, (a, b) in enumerate(r.ctx.paragraphs):
        if len(r.ctx.text[a:b].split()) >= _LEDE_WORDS:
            return n
    return 0


#: How many paragraphs after a lede's description the speaker it describes may be named.
NAMED_WITHIN = 2


def named_next(r: Resolver, at: int, within: int = NAMED_WITHIN) -> Entity | None:
    """The person a lede describes before naming ("Nigeria's trade minister said on Tuesday
    ..." then '"...," Doris Uzoka-Anite told reporters'): the first person named after ``at``,
    within the next ``within`` paragraphs (two after a lede), introduced with no title (no
    apposition, no title word before the name), as the subject of a plain verb of saying
    ("told", "said"; not "Ama Boateng disagreed")."""
    here = r.ctx.paragraph_of(at)
    for a, _b, e in sorted(r.ent_spans, key=lambda x: x[0]):
        if a <= at or e.kind != "person":
            continue
        if r.ctx.paragraph_of(a) > here + within:
            return None
        if min(m[0] for m in e.mentions) != a:
            continue
        span = r.doc.char_span(a, _b, alignment_mode="expand")
        if span is None or span.start == 0 or any(t.pos_ != "PROPN" for t in span):
            continue  # (not "Neither Cruz")
        root, before = span.root, r.doc[span.start - 1]
        verb = lexicon.reporting_verbs().get(root.head.lemma_.lower())
        if root.dep_ == "nsubj" and verb is not None and verb.family == "speech" and \
                not any(c.dep_ == "appos" for c in root.children) and \
                before.lower_ not in title_words() and before.lemma_.lower() not in role_heads():
            return e
    return None
