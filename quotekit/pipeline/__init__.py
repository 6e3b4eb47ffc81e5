"""quotekit's stages, in the order data flows through them (internal: import from
:mod:`quotekit` instead).

text -> spaCy ``Doc`` -> :mod:`~quotekit.pipeline.quotes` (quotation marks in the raw text) ->
:mod:`~quotekit.pipeline.context` (one per-document object every later stage reads) ->
:mod:`~quotekit.pipeline.cues` (reporting words) -> :mod:`~quotekit.pipeline.statements`
(content + cue + source mention, as drafts) -> :mod:`~quotekit.pipeline.speakers` (each mention
resolved to an entity) -> :mod:`~quotekit.pipeline.assemble` (drafts -> Statements, an
``Article``). :func:`quotekit.pipeline.run.annotate` runs them all on one Doc.

``docs/architecture.md`` shows the flow and says where to change what.
"""
