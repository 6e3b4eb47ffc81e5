"""After the rules: one statement per stretch of text, and continued quotations sourced."""

from __future__ import annotations

from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import trim

__all__ = ["drop_nested", "inherit_sources"]


def drop_nested(text: str, drafts: list[Draft]) -> list[Draft]:
    """Keep one statement per stretch of text: an attribution nested in another's content goes.

    The outer statement wins, except that a direct statement always survives the indirect one
    that merely overlaps it. ``drafts`` is sorted in place (by start, longest first).
    """
    drafts.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Draft] = []
    for d in drafts:
        clash = None
        for k in reversed(kept[-12:]):  # sorted by start: only recent ones can still overlap
            if d.start < k.end and k.start < d.end:
                clash = k
        if clash is None:
            kept.append(d)
            continue
        inside = clash.start <= d.start and d.end <= clash.end
        if inside and d.kind == "direct" and clash.kind == "indirect" and clash.cue and \
                d.cue and clash.cue[0] == d.cue[0]:
            kept[kept.index(clash)] = d
        elif not inside and d.kind == "direct" and clash.kind != "direct":
            # overlap only: trim the indirect one to end before the quotation
            if clash.start < d.start:
                clash.start, clash.end = trim(text, clash.start, d.start, quotes=True)
            kept.append(d)
    kept = [k for k in kept if k.end > k.start]
    for k in kept:
        while k.follows is not None and k.follows not in kept:
            k.follows = k.follows.follows
    return kept


def inherit_sources(ctx: Context, drafts: list[Draft]) -> None:
    """Set each draft's paragraph from its start, and give a continued quotation the cue (where
    it has none), source and mention of the quotation it continues."""
    for d in drafts:
        d.paragraph = ctx.paragraph_of(d.start)
        root = d.follows
        while root is not None and root.follows is not None:
            root = root.follows
        if root is not None:
            d.cue = d.cue or root.cue
            d.source, d.mention = root.source, root.mention
