"""The "according to" rule (``*:according-to``): "The talks stalled, according to Yonhap."

The content is the rest of the sentence: what follows the phrase where it opens the sentence
(or a clause: "said that according to the figures, unemployment had fallen"), what precedes
it where it closes the sentence. Where it stands inside: the two sides when a clause precedes
it and another follows ("X paid 25 percent, according to the CBO, and Y paid 69 percent"),
else the whole sentence ("Fundraising, according to the campaign, has surged in the same
period": "Fundraising" alone says nothing). The phrase ends at the first comma or dash after
its source, wherever the parser hung the rest of the sentence ("According to the AP, 571 of
the 714 ... supported Clinton"), past a participle or apposition on the source ("According to
the report, published by the IFS, wages ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotekit import lexicon
from quotekit.pipeline import confidence
from quotekit.pipeline.cues import CueMatch
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import (
    RuleState,
    apply_quotes,
    cue_chars,
    mention_range,
    trim,
)
from quotekit.types import Evidence

__all__ = ["according_to"]

#: Marks that close an "according to" phrase inside a sentence.
_BREAKS = frozenset({",", "—", "–", "--", ";", "("})


def according_to(state: RuleState, cue: CueMatch) -> list[Draft]:
    """The statement of an "according to" cue: the rest of its sentence, sourced to the
    object of "to"."""
    ctx = state.ctx
    doc = ctx.doc
    acc = doc[cue.head]
    to = doc[cue.head + 1]
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None and cue.head + 2 < len(doc):
        src = doc[cue.head + 2]
    sent = acc.sent
    phrase_lo, phrase_hi = acc.i, _phrase_end(acc, to, src)
    before = phrase_lo - 1
    while before > sent.start and doc[before].text in ("(", "["):
        before -= 1  # "... $100,000 (according to Senate filings)."
    opener = doc[phrase_lo - 1] if phrase_lo > sent.start else None
    if phrase_lo <= sent.start + 1:
        pieces = [(phrase_hi + 1, sent.end - 1)]  # "According to Yonhap, the talks ..."
    elif opener is not None and opener.dep_ == "mark" and opener.head.i > phrase_hi:
        # "Reyes said that according to the figures, unemployment had fallen": the clause
        pieces = [(phrase_hi + 1, min(opener.head.right_edge.i, sent.end - 1))]
    elif any(not (t.is_punct or t.is_space) for t in doc[phrase_hi + 1:sent.end]):
        # (a paragraph break the parser kept in the sentence is no word after the phrase)
        pieces = _inside(doc, sent.start, before, phrase_hi + 1, sent.end - 1)
    else:
        pieces = [(sent.start, before)]  # "The talks stalled, according to Yonhap."
    drafts: list[Draft] = []
    for first, last in pieces:
        if last < first:
            continue
        a, b = trim(ctx.text, *ctx.chars(first, last))
        if b - a < 2:
            continue
        a, b, kind, _ = apply_quotes(ctx, a, b)
        if kind != "direct":
            a, b = trim(ctx.text, a, b)
        rule = f"{kind}:according-to"
        # "according to its own data": evidence, as "the data show" is
        evidence = src is not None and src.lemma_.lower() in lexicon.evidence_nouns()
        drafts.append(Draft(
            follows=drafts[0] if drafts else None,
            cls="perception" if evidence and kind != "direct" else None,
            start=a, end=b, kind=kind, evidence=Evidence(rule=rule),
            confidence=confidence.rule(rule), cue=cue_chars(ctx, cue), source=src,
            mention=mention_range(src) if src is not None else None,
            paragraph=ctx.paragraph_of_token(acc.i),
        ))
    return drafts


def _inside(doc: Doc, start: int, before: int, after: int, last: int) -> list[tuple[int, int]]:
    """The content pieces of an "according to" phrase inside its sentence (tokens ``start`` to
    ``before`` precede it, ``after`` to ``last`` follow it): the two sides where a clause
    precedes it and another follows it ("The top 1 percent paid 25.4 percent, according to the
    CBO, and the top 10 percent paid 69 percent"); else the whole sentence ("Fundraising,
    according to the campaign, has surged": "Fundraising" alone says nothing).
    """
    front, rest = doc[start:before + 1], doc[after:last + 1]
    clause_before = len(front) > 0 and front[-1].pos_ not in ("ADP", "SCONJ") and any(
        t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in front)
    if clause_before and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and
                             t.dep_ in ("ROOT", "conj", "parataxis") for t in rest):
        second = after
        while second < last and doc[second].is_punct:
            second += 1
        # (the conjunction that joins the two clauses is in neither)
        return [(start, before), (second + (doc[second].pos_ == "CCONJ"), last)]
    return [(start, last)]


def _phrase_end(acc: Token, to: Token, src: Token | None) -> int:
    """The last token of an "according to" phrase: its own subtree, cut at the first comma
    or dash after its source (a parser may hang the whole sentence on "According"), past a
    phrase on the source that commas close ("Statistics Canada, the agency that tracks wages,"
    "the report, published by the IFS,")."""
    end = max(acc.right_edge.i, to.right_edge.i)
    if src is None:
        return end
    doc = acc.doc
    for t in doc[src.i + 1:min(end + 2, len(doc))]:
        if t.text not in _BREAKS:
            continue
        closed = _closed_phrase(doc, t.i + 1, src)
        if closed is not None:
            return closed - 1  # (the break that closes it ends ours)
        return min(t.i - 1, end)
    return end


def _closed_phrase(doc: Doc, i: int, src: Token) -> int | None:
    """Where a phrase on the source that opens at token ``i`` ends, if a comma or dash closes
    it: an apposition or relative clause on it, or a participle with an agent (which the
    parser may hang on the main verb)."""
    if i >= len(doc):
        return None
    head = doc[i]
    while head.head.i != head.i and head.head.left_edge.i == i:
        head = head.head  # up to the head of the phrase that opens at i
    on_source = head.head.i == src.i and head.dep_ in ("appos", "relcl", "acl")
    participle = head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children)
    last = head.right_edge.i
    if head.left_edge.i != i or not (on_source or participle) or last + 1 >= len(doc) or \
            doc[last + 1].text not in _BREAKS:
        return None
    return last + 1
