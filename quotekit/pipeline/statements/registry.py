"""The statement rules in the order they run.

:func:`~quotekit.pipeline.statements.find_statements` walks :data:`RULES`; each takes the
:class:`~quotekit.pipeline.statements._common.RuleState` of the document and returns its
drafts, which later rules see in ``state.drafts``:

1. :func:`cue_driven`: every cue outside quotation marks (not in a caption or byline), in
   text order, by the rule for its kind (:data:`CUE_RULES`);
2. :func:`~quotekit.pipeline.statements.embeds.embedded_posts`: a social-media post shown in
   the article, signed "— Name (@handle) date" below its text;
3. :func:`~quotekit.pipeline.statements.transcript.transcript`: the turns of an interview
   transcript or a dialogue ("Q: ..." / "A: ...", "SMITH: ..."), whole paragraphs that win
   over the attributions nested in them;
4. :func:`~quotekit.pipeline.statements.labels.labels`: other transcript labels and headlines;
5. :func:`~quotekit.pipeline.statements.blocks.block_quotes`: a paragraph a speaker introduces
   with a colon, given without quote marks (a block quotation);
6. :func:`quote_driven`: every quotation not used so far, by the first of
   :data:`QUOTE_RULES` that attributes it, else as a continuation
   (:mod:`~quotekit.pipeline.statements.continuation`).

A new rule goes into one of these lists, at the place its precedence asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from quotekit.pipeline.cues import CueMatch
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements import (
    according,
    blocks,
    continuation,
    embeds,
    labels,
    quoted,
    reported,
    transcript,
)
from quotekit.pipeline.statements._common import RuleState

__all__ = ["CUE_RULES", "QUOTE_RULES", "RULES", "cue_driven", "quote_driven"]

CueRule = Callable[[RuleState, CueMatch], list[Draft]]
QuoteRule = Callable[[RuleState, quoted.QuoteFrame], "Draft | None"]
Rule = Callable[[RuleState], list[Draft]]

#: The rule for each kind of cue.
CUE_RULES: Mapping[str, CueRule] = {
    "according": according.according_to,
    "noun": reported.nominal,
    "adjective": reported.nominal,
    "verb": reported.verb,
}

#: Rules that attribute a quotation within its sentence; the first answer wins.
QUOTE_RULES: tuple[QuoteRule, ...] = (
    quoted.dash,
    quoted.cue_after,
    quoted.cue_before,
    quoted.name_colon,
)


def cue_driven(state: RuleState) -> list[Draft]:
    """The drafts of every cue outside captions and bylines, in text order."""
    drafts: list[Draft] = []
    ctx = state.ctx
    for cue in state.cues:
        if not state.skipped(ctx.paragraph_of_token(cue.head)):
            drafts.extend(CUE_RULES[cue.kind](state, cue))
    return drafts


def _attribute(state: RuleState, qi: int) -> Draft | None:
    """The first answer of :data:`QUOTE_RULES` for quotation ``qi`` (None where none
    attributes it)."""
    frame = quoted.frame(state, qi)
    for rule in QUOTE_RULES:
        d = rule(state, frame)
        if d is not None:
            return d
    return None


def quote_driven(state: RuleState) -> list[Draft]:
    """The drafts of every quotation that no earlier rule used."""
    return continuation.walk(state, _attribute)


#: The document rules in the order they run.
RULES: tuple[Rule, ...] = (cue_driven, embeds.embedded_posts, transcript.transcript, labels.labels,
                          blocks.block_quotes, quote_driven)
