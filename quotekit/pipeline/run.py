"""Run every stage on one parsed Doc: the pipeline in one function."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from quotekit.pipeline.assemble import assemble
from quotekit.pipeline.context import Context
from quotekit.pipeline.speakers import resolve_speakers
from quotekit.pipeline.statements import find_statements
from quotekit.types import Article

__all__ = ["annotate"]

CuePolicy = Mapping[tuple[str, str], float] | str | None


def annotate(doc: Doc, text: str | None = None, cue_policy: CuePolicy = "default",
             scope: str = "speech") -> Article:
    """The :class:`~quotekit.types.Article` of ``doc``: quotations, cues, statements,
    speakers, assembled. ``text`` is ``doc.text`` when the caller has it (spaCy rebuilds it
    from every token on each access); ``scope`` is what counts as a statement
    (:data:`quotekit.lexicon.SCOPES`)."""
    text = doc.text if text is None else text
    if not text.strip():
        return Article(text=text)
    ctx = Context(doc, text)
    drafts = find_statements(ctx, policy=cue_policy, scope=scope)
    resolutions, speakers = resolve_speakers(ctx, drafts)
    return assemble(ctx, drafts, resolutions, speakers, scope)
