"""Embedded posts: a social-media post a web page shows in the article, signed below its text.

Once the markup is gone, an embedded post reads

    Praying for those impacted by the shooting in California today.

    — Mike Huckabee (@GovMikeHuckabee) December 2, 2015

* ``direct:embedded-post``: a signature line (:data:`SIGNATURE_RE`: a dash, the author's name,
  the account's handle in brackets, the date) closes a post: the text before it, in the
  same paragraph or the one paragraph before, is the author's own words, a direct statement
  of the writing class whose cue is the handle. Trailing links to the post's picture
  ("pic.twitter.com/...", "https://t.co/...") are no part of the words. The signature line
  itself is never a statement.
"""

from __future__ import annotations

import regex

from quotekit.pipeline import confidence
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import RuleState, trim
from quotekit.types import Evidence

__all__ = ["RULE", "SIGNATURE_RE", "embedded_posts"]

#: The evidence rule of an embedded post.
RULE = "direct:embedded-post"
#: A post's signature at the end of a paragraph: a dash, the author's name (letters, spaces,
#: dots, apostrophes and hyphens; group ``name``), the handle in brackets (group ``handle``)
#: and the date ("— Jane Roe (@janeroe)" alone may be a columnist's credit line).
SIGNATURE_RE = regex.compile(
    r"""(?:^|\s)[—–-]{1,2}[ \t\u00a0]*
        (?P<name>\p{Lu}[\p{L}.'’\- \u00a0]{1,60}?)[ \t\u00a0]*
        \((?P<handle>@\w{1,30})\)
        [ \t\u00a0]+\p{L}{3,9}\.?[ \t\u00a0]+\d{1,2},?[ \t\u00a0]+\d{4}
        [ \t\u00a0]*$""",
    regex.VERBOSE | regex.MULTILINE,
)
#: A link to the post's picture or a short link, at the end of its text.
_TRAILING_LINK_RE = regex.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


def _words_before(state: RuleState, para: int, sign_start: int) -> tuple[int, int] | None:
    """The post's text: what comes before the signature in its paragraph, else the paragraph
    before (not a caption nor furniture other than a line with no verb), links cut off."""
    ctx = state.ctx
    pa, _pb = ctx.paragraphs[para]
    start, end = trim(ctx.text, pa, sign_start)
    if end - start < 2 and para > 0 and (not state.skip[para - 1] or state.verbless[para - 1]):
        start, end = trim(ctx.text, *ctx.paragraphs[para - 1])
    link = _TRAILING_LINK_RE.search(ctx.text, start, end)
    if link is not None:
        start, end = trim(ctx.text, start, link.start())
    return (start, end) if end - start >= 2 else None


def embedded_posts(state: RuleState) -> list[Draft]:
    """A direct statement for every embedded post (see the module docstring)."""
    ctx = state.ctx
    drafts: list[Draft] = []
    for para, (pa, pb) in enumerate(ctx.paragraphs):
        sign = SIGNATURE_RE.search(ctx.text, pa, pb)
        if sign is None:
            continue
        words = _words_before(state, para, sign.start())
        if words is None:
            continue
        name_end = sign.end("name")
        first, last = ctx.token_at(sign.start("name")), ctx.token_at(name_end - 1)
        handle = (sign.start("handle"), sign.end("handle"), "tweet")
        drafts.append(Draft(start=words[0], end=words[1], kind="direct",
                            evidence=Evidence(rule=RULE), confidence=confidence.rule(RULE),
                            cue=handle, source=ctx.doc[last], mention=(first, last + 1),
                            paragraph=ctx.paragraph_of(words[0]), cls="writing"))
    return drafts
