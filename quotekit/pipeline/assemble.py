"""Assemble: drafts and their speaker resolutions -> :class:`~quotekit.types.Statement`.

The last stage. It turns each draft's offsets into exact slices of the text, its cue and
mention into spans, its confidence (:mod:`~quotekit.pipeline.confidence`) and evidence into
their final form, and returns the :class:`~quotekit.types.Article` in text order.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotekit.pipeline import confidence
from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft, Resolution
from quotekit.types import Article, Cue, Span, Speaker, Statement

__all__ = ["assemble"]

#: Trailing characters a direct statement's content never ends with.
_DIRECT_TRAIL = ", "


def assemble(ctx: Context, drafts: Sequence[Draft], resolutions: Sequence[Resolution],
             speakers: Sequence[Speaker]) -> Article:
    """The article of ``ctx`` with one statement per draft (empty drafts dropped)."""
    text = ctx.text
    statements: list[Statement] = []
    for d, res in zip(drafts, resolutions, strict=False):
        start, end = d.start, d.end
        if d.kind == "direct":
            while end > start and text[end - 1] in _DIRECT_TRAIL:
                end -= 1
        if end <= start:
            continue
        cue = Cue(text[d.cue[0]:d.cue[1]], d.cue[0], d.cue[1], d.cue[2]) if d.cue else None
        mention = None
        if d.mention is not None:
            a, b = ctx.token_range_chars(*d.mention)
            mention = Span(text[a:b], a, b)
        statements.append(Statement(
            content=text[start:end], start=start, end=end, kind=d.kind,  # type: ignore[arg-type]
            cue=cue, mention=mention, speaker=res.speaker,
            confidence=confidence.combine(
                d.confidence, res.factor if res.speaker is not None or res.strategy != "none"
                else None),
            paragraph=ctx.paragraph_of(start),
            sentence=ctx.sentence_of(start),
            evidence=attrs.evolve(d.evidence, speaker=res.strategy, depth=res.depth),
        ))
    statements.sort(key=lambda s: (s.start, s.end))
    return Article(text=text, statements=statements, speakers=speakers)
