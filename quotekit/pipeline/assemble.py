"""Assemble: drafts and their speaker resolutions -> :class:`~quotekit.types.Statement`.

The last stage. It turns each draft's offsets into exact slices of the text, its cue and
mention into spans, its confidence (:mod:`~quotekit.pipeline.confidence`) and evidence into
their final form, and returns the :class:`~quotekit.types.Article` in text order, with every
quotation of the text tied to the statement whose content holds it (or to none).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs

from quotekit.names import markup_edges
from quotekit.pipeline import confidence
from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft, Resolution
from quotekit.types import Article, Cue, Quotation, Span, Speaker, Statement

__all__ = ["assemble", "link_quotations"]

#: Trailing characters a direct statement's content never ends with.
_DIRECT_TRAIL = ", "


def assemble(ctx: Context, drafts: Sequence[Draft], resolutions: Sequence[Resolution],
             speakers: Sequence[Speaker], scope: str | None = None) -> Article:
    """The article of ``ctx`` with one statement per draft (empty drafts dropped), their
    confidences calibrated for ``scope`` (:func:`quotekit.pipeline.confidence.calibrate`)."""
    text = ctx.text
    statements: list[Statement] = []
    for d, res in zip(drafts, resolutions, strict=False):
        start, end = d.start, d.end
        if d.kind == "direct":
            while end > start and text[end - 1] in _DIRECT_TRAIL:
                end -= 1
        if end <= start:
            continue
        cue = Cue(text[d.cue[0]:d.cue[1]], d.cue[0], d.cue[1], d.cue[2],
                  d.cue_class) if d.cue else None
        mention = _span(ctx, d.mention)
        statements.append(Statement(
            content=text[start:end], start=start, end=end, kind=d.kind,  # type: ignore[arg-type]
            cue=cue, mention=mention, speaker=res.speaker,
            confidence=confidence.combine(
                d.confidence, res.factor if res.speaker is not None or res.strategy != "none"
                else None, scope),
            paragraph=ctx.paragraph_of(start),
            sentence=ctx.sentence_of(start),
            evidence=attrs.evolve(d.evidence, speaker=res.strategy, depth=res.depth),
            reported_by=_span(ctx, d.reporter),
        ))
    statements.sort(key=lambda s: (s.start, s.end))
    return Article(text=text, statements=statements, speakers=speakers,
                   quotations=link_quotations(ctx, statements))


def _span(ctx: Context, tokens: tuple[int, int] | None) -> Span | None:
    """The words of token range ``tokens`` (markup cut from its edges), or None where it
    holds no letter or digit."""
    if tokens is None:
        return None
    text = ctx.text
    a, b = ctx.token_range_chars(*tokens)
    lo, hi = markup_edges(text[a:b])  # "» Jane Doe" -> "Jane Doe"; "*" -> None
    if any(ch.isalnum() for ch in text[a + lo:a + hi]):
        return Span(text[a + lo:a + hi], a + lo, a + hi)
    return None


def link_quotations(ctx: Context, statements: Sequence[Statement]) -> list[Quotation]:
    """Every quotation of ``ctx`` (its words, trimmed of spaces), each with the index of the
    statement (in text order, ``statements``) whose content overlaps its words most, the
    first on a tie, or None."""
    text = ctx.text
    starts = [s.start for s in statements]
    reach = list(itertools.accumulate((s.end for s in statements), max))
    out = []
    for q in ctx.quotations:
        a, b = q.content_start, q.content_end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        best, most = None, 0
        i = bisect.bisect_left(starts, b) - 1
        while i >= 0 and reach[i] > a:  # no statement at or before i reaches past a
            overlap = min(b, statements[i].end) - max(a, statements[i].start)
            if overlap > 0 and overlap >= most:
                best, most = i, overlap
            i -= 1
        out.append(Quotation(text[a:b], a, b, statement=best, paragraph=q.paragraph))
    return out
