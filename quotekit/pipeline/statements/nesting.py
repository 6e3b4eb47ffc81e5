"""After the rules: one statement per stretch of text, and continued quotations sourced."""

from __future__ import annotations

from quotekit import lexicon
from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import trim

__all__ = ["drop_nested", "inherit_sources"]

#: The cue classes of an attribution that an "according to" can report at second hand.
_SPEECH = frozenset({"speech", "writing"})


def drop_nested(text: str, drafts: list[Draft], *, second_hand: bool = True) -> list[Draft]:
    """Keep one statement per stretch of text: an attribution nested in another's content goes.

    The outer statement wins, except that a direct statement always survives the indirect one
    that merely overlaps it, and, with ``second_hand``, an attribution that an "according to"
    reports ("Okafor added that the deal was close, according to the agency") is kept, with
    the reporter noted (:attr:`Draft.reporter`). ``drafts`` is sorted in place (by start,
    longest first).
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
        if second_hand and _reports(clash, d):
            _nest(text, clash, d)
            kept[kept.index(clash)] = d
            instead[id(clash)] = d
        elif inside and d.kind == "direct" and clash.kind == "indirect" and clash.cue and \
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


def _reports(outer: Draft, inner: Draft) -> bool:
    """Whether ``outer`` ("..., according to the agency") reports the whole attribution
    ``inner`` ("Okafor added that ..."): the inner cue, of speech or writing, and its source
    lie in its content."""
    if not outer.evidence.rule.endswith(":according-to") or inner.source is None or \
            inner.cue is None or outer.mention is None or outer.cue is None or \
            lexicon.cue_class(inner.cue[2]) not in _SPEECH:
        return False  # ("officers saw ..., according to police": what police say)
    # the inner cue heads the reported sentence, its source the cue's subject (not "...,
    # and they ordered him to stop"; not "Kim sent a letter asking for the summit")
    return outer.start <= inner.source.idx < outer.end and outer.start <= inner.cue[0] and \
        inner.cue[1] <= outer.end and inner.source.head.dep_ == "ROOT" and \
        inner.source.head.idx == inner.cue[0]


def _nest(text: str, outer: Draft, inner: Draft) -> None:
    """``inner`` is the statement, ``outer``'s source its reporter; its content stops before
    the "according to" ("the deal was close, according to ..." -> "the deal was close")."""
    inner.reporter = outer.mention
    at = outer.cue[0] if outer.cue is not None else inner.end
    if inner.start < at < inner.end:
        inner.start, inner.end = trim(text, inner.start, at)


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
