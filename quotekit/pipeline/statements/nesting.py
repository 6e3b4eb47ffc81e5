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
    #: what took the place of each dropped draft (by id): the statement whose content holds it
    instead: dict[int, Draft] = {}
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
            instead[id(clash)] = d
        elif not inside and d.kind == "direct" and clash.kind != "direct":
            # overlap only: trim the indirect one to end before the quotation
            if clash.start < d.start:
                clash.start, clash.end = trim(text, clash.start, d.start, quotes=True)
            kept.append(d)
        else:
            instead[id(d)] = clash
    kept = [k for k in kept if k.end > k.start]
    _refollow(kept, instead)
    return kept


def _refollow(kept: list[Draft], instead: dict[int, Draft]) -> None:
    """A draft that followed a dropped one follows the statement that holds the dropped one
    (“But he's our orange buffoon!” after '..., calling Trump “an orange buffoon,” Susan
    said': Susan's statement, not the call nested in it), else what the dropped one followed."""
    ids = {id(k) for k in kept}
    for k in kept:
        seen = 0
        while k.follows is not None and id(k.follows) not in ids and seen < len(instead) + 1:
            nxt = instead.get(id(k.follows))
            k.follows = nxt if nxt is not None and nxt is not k else k.follows.follows
            seen += 1
        if k.follows is not None and id(k.follows) not in ids:
            k.follows = None


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
