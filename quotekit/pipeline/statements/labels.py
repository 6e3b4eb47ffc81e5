"""Colon attributions that open a paragraph.

* ``direct:transcript-label``: ``WALLACE: Let's start ...`` (an upper-case speaker label, the
  paragraph possibly inside quotation marks) gives a direct statement;
* ``*:headline-colon``: ``US envoy for N. Korea: Starting is half the job`` (a short noun
  phrase, then a colon, in the article's first line, after lines of page furniture such as
  "Back To Top", when it reads as a headline) gives a
  statement of the words after it; with a quotation after the colon, the part before it may
  be a clause ("Warren Hammers Wells Fargo CEO: ‘You Should Be ...’"), but not a reporting
  verb's (the quote rules attribute "The mayor said: “...”"). Later paragraphs of this shape
  are mostly page furniture or list items ("Twitter: @name", "Clinton: 547"), so only the
  headline counts.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from quotekit import lexicon
from quotekit.pipeline import confidence
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import HEADLINE_MARKS, RuleState, apply_quotes, trim
from quotekit.pipeline.statements._furniture import UPPER_LABEL_RE, first_line, page_topic
from quotekit.types import Evidence

__all__ = ["QA_LABELS", "QaLabel", "headline_colon", "labels", "qa_label", "transcript_label"]

#: A transcript's speaker label opening a paragraph: ``WALLACE:``, ``"MR. TRUMP:`` (group 1
#: is the label's words).
LABEL_RE = UPPER_LABEL_RE
#: Upper-case words that open a paragraph with a colon without naming a speaker.
NOT_LABELS = lexicon.words("not_labels.tsv")

#: The labels of an interview transcript's questions and answers ("q" -> "question").
QA_LABELS = lexicon.word_map("transcript_labels.tsv")
#: A question or answer label opening a paragraph: ``Q:``, ``A.``, ``**Q:**``, ``Q :``,
#: ``QUESTION:``; group 1 is the label, group 2 its colon or full stop.
QA_RE = regex.compile(
    r"""^[\"“'‘*\s]*
        (\p{L}+)[ \t]*\**[ \t]*([:.])\**        # the label and its colon or full stop
        [ \t]+(?=\S)""",
    regex.VERBOSE,
)

Taken = list[tuple[int, int]]


class QaLabel(NamedTuple):
    """A question or answer label opening a paragraph: its role (``"question"`` or
    ``"answer"``), the label's offsets and those of its colon or full stop, and where the
    words after it start (offsets within the paragraph)."""

    role: str
    start: int
    end: int
    mark: int
    content: int


def qa_label(para: str) -> QaLabel | None:
    """The question or answer label opening ``para`` ("Q: ...", "A. ..."), or None; a full
    stop follows only the one-letter labels ("A. Smith" is read as a label: the transcript
    rule asks for both roles in the article before it believes a full stop)."""
    m = QA_RE.match(para)
    if m is None:
        return None
    role = QA_LABELS.get(m.group(1).lower())
    if role is None or (m.group(2) == "." and len(m.group(1)) > 1):
        return None
    return QaLabel(role, m.start(1), m.end(1), m.start(2), m.end())


def _overlaps(start: int, end: int, taken: Taken) -> bool:
    return any(a < end and start < b for a, b in taken)


def transcript_label(state: RuleState, pi: int, label: regex.Match[str],
                     taken: Taken) -> Draft | None:
    """``WALLACE: Let's start ...``: the rest of the paragraph, said by the label's name."""
    ctx = state.ctx
    pa, pb = ctx.paragraphs[pi]
    lo, hi = ctx.token_at(pa + label.start(1)), ctx.token_at(pa + label.end(1) - 1) + 1
    start, end = trim(ctx.text, pa + label.end(), pb, quotes=True)
    if end - start < 2 or _overlaps(start, end, taken):
        return None
    state.used.update(ctx.quotes_in(start, end))
    rule = "direct:transcript-label"
    return Draft(
        start=start, end=end, kind="direct", evidence=Evidence(rule=rule),
        confidence=confidence.rule(rule), cue=(pa + label.end(1), pa + label.end(1) + 1, ":"),
        source=ctx.doc[hi - 1], mention=(lo, hi), paragraph=pi,
    )


def _headline_left(state: RuleState, pi: int) -> tuple[int, int, int] | None:
    """``(colon offset in the paragraph, first token, token at the colon)`` of a headline's
    part before the colon: a few words naming someone (a noun, or a name the recognizer
    knows though the tagger does not: "Issa: ..."), no quotation."""
    ctx = state.ctx
    pa, pb = ctx.paragraphs[pi]
    para = ctx.text[pa:pb]
    colon = para.find(": ")
    if colon <= 0 or len(para) > 220 or para.rstrip()[-1:] == ":":
        return None
    left = para[:colon]
    if len(left.split()) > 8 or any(c in left for c in HEADLINE_MARKS) or page_topic(left):
        return None
    lo, hi = ctx.token_at(pa), ctx.token_at(pa + colon)
    if not any(t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in ("PERSON", "ORG", "NORP")
               for t in ctx.doc[lo:hi]) or \
            any(i in state.cues_by_head for i in range(lo, hi)):
        return None
    return colon, lo, hi


def headline_colon(state: RuleState, pi: int, taken: Taken) -> Draft | None:
    """``US envoy for N. Korea: Starting is half the job``: the words after the colon
    (:func:`labels` asks only for the article's first line)."""
    left = _headline_left(state, pi)
    if left is None:
        return None
    colon, lo, hi = left
    ctx = state.ctx
    pa, pb = ctx.paragraphs[pi]
    toks = ctx.doc[lo:hi]
    start, end = trim(ctx.text, pa + colon + 1, pb)
    # a statement inside the words ("Rubio: I Still Believe Trump Can't Be Trusted") is
    # nested in the headline's; one reaching outside them has the words already
    if end - start < 3 or any(a < end and start < b and not (start <= a and b <= end)
                              for a, b in taken):
        return None
    start, end, kind, qs = apply_quotes(ctx, start, end)
    if kind != "direct" and any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG")
                                for t in toks):
        return None
    # the whole paragraph reads as a headline: no sentence-final full stop, or short
    para = ctx.text[pa:pb]
    if para.rstrip()[-1:] == "." and len(para.split()) > 25:
        return None
    state.used.update(qs)
    head = toks.root
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    rule = f"{kind}:headline-colon"
    # a clause before the colon names its subject ("Senators grill DA over rice prices:")
    mention = (subject.left_edge.i, subject.right_edge.i + 1) if subject is not None \
        else (lo, hi)
    return Draft(
        start=start, end=end, kind=kind, evidence=Evidence(rule=rule),
        confidence=confidence.rule(rule), cue=(pa + colon, pa + colon + 1, ":"),
        source=subject or head, mention=mention, paragraph=pi,
    )


def labels(state: RuleState) -> list[Draft]:
    """The transcript label of every paragraph (not a caption, byline or furniture) and the
    headline of the article's first line, where no earlier statement covers the content."""
    ctx = state.ctx
    out: list[Draft] = []
    taken = [(d.start, d.end) for d in state.drafts]
    first = first_line(ctx)
    for pi, (pa, pb) in enumerate(ctx.paragraphs):
        if (state.skip[pi] and not state.verbless[pi]) or qa_label(ctx.text[pa:pb]) is not None:
            continue  # a caption, byline or furniture; a transcript's question or answer
        label = LABEL_RE.match(ctx.text[pa:pb])
        d = None
        if label and label.group(1).replace("’", "'") not in NOT_LABELS:
            d = transcript_label(state, pi, label, taken)
        if d is None and pi == first:  # "Rubio: I Still Believe ...", no transcript's label
            d = headline_colon(state, pi, taken)
        if d is not None:
            out.append(d)
    return out
