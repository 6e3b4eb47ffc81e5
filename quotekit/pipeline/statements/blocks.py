"""Block quotations: a paragraph a speaker introduces with a colon, given without quote marks.

Web pages set long quotations apart as block quotes; once the markup is gone, the text reads

    Limbaugh added:

    And from a supposed front-runner, Hillary Clinton, this reeks of ...

* ``direct:colon-block``: a paragraph ending with a verb of saying or writing and a colon
  ("The governor added:", "Hewitt writes:", "In a speech last July, he said:"), the main
  verb of its sentence and taking no complement of its own, introduces the next paragraph,
  when that paragraph opens with no quote mark
  (:func:`~quotekit.pipeline.statements.continuation.colon_intro` attributes a quotation
  there), is no markup ("<tweet ...>") and is no page furniture or caption. Only the next
  paragraph is taken: where a block goes on, nothing marks its end.
"""

from __future__ import annotations

from quotekit import lexicon
from quotekit.pipeline import confidence
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import (
    QUOTE_CHARS,
    RuleState,
    cue_chars,
    mention_range,
    speaker_near,
    trim,
)
from quotekit.pipeline.statements.continuation import intro_cues
from quotekit.types import Evidence

__all__ = ["RULE", "block_quotes"]

#: The evidence rule of a block quotation.
RULE = "direct:colon-block"
#: Dependents that give a verb content of its own ("noted the sparse attendance:" is no
#: introduction of the paragraph after it).
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "obj", "oprd", "csubj"})


def block_quotes(state: RuleState) -> list[Draft]:
    """A direct statement for every block quotation (see the module docstring)."""
    ctx = state.ctx
    drafts: list[Draft] = []
    speech = lexicon.SCOPES["speech"]
    for para in range(1, len(ctx.paragraphs)):
        pa, pb = ctx.paragraphs[para - 1]
        start, end = trim(ctx.text, *ctx.paragraphs[para])
        if end - start < 2 or state.skip[para] or state.skip[para - 1] \
                or ctx.text[start] in QUOTE_CHARS or ctx.text[start] == "<" \
                or not ctx.text[pa:pb].rstrip().endswith(":"):
            continue
        first, last = ctx.token_at(pa), ctx.token_at(pb - 1)
        for cue in intro_cues(state, first, last):
            verb = ctx.doc[cue.head]
            if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
                continue  # "... the message he felt the Lord was seeking to convey:"
            hearer = cue.lemma.split()[0] in lexicon.words("hearer_verbs.tsv")
            if lexicon.cue_class(cue.lemma) not in speech or any(
                    c.dep_ in _OWN_CONTENT and not (hearer and c.dep_ == "dobj")
                    for c in verb.children):  # "told his audience:" introduces, "noted X:" not
                continue
            src = speaker_near(verb, first, last + 1)
            if src is not None:
                drafts.append(Draft(start=start, end=end, kind="direct",
                                    evidence=Evidence(rule=RULE),
                                    confidence=confidence.rule(RULE),
                                    cue=cue_chars(ctx, cue), source=src,
                                    mention=mention_range(src), paragraph=para))
            break
    return drafts
