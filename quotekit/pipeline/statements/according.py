"""The "according to" rule (``*:according-to``): "The talks stalled, according to Yonhap."

The content is the rest of the sentence: what follows the phrase where it opens the sentence,
what precedes it elsewhere.
"""

from __future__ import annotations

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
    phrase_lo, phrase_hi = acc.i, max(acc.right_edge.i, to.right_edge.i)
    if phrase_lo <= sent.start + 1:
        first, last = phrase_hi + 1, sent.end - 1
    else:
        first, last = sent.start, phrase_lo - 1
    if last < first:
        return []
    a, b = trim(ctx.text, *ctx.chars(first, last))
    if b - a < 2:
        return []
    a, b, kind, _ = apply_quotes(ctx, a, b)
    if kind != "direct":
        a, b = trim(ctx.text, a, b)
    rule = f"{kind}:according-to"
    return [Draft(
        start=a, end=b, kind=kind, evidence=Evidence(rule=rule),
        confidence=confidence.rule(rule), cue=cue_chars(ctx, cue), source=src,
        mention=mention_range(src) if src is not None else None,
        paragraph=ctx.paragraph_of_token(acc.i),
    )]
