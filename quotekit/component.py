"""The spaCy component: ``nlp.add_pipe("quotekit")`` sets ``doc._.statements``.

The factory is registered through the ``spacy_factories`` entry point, so installing quotekit
is enough for ``nlp.add_pipe("quotekit")`` to work in any pipeline that has a tagger,
lemmatizer, dependency parser and entity recognizer before it.

Its one setting, ``cue_policy`` (:data:`DEFAULT_CONFIG`), is passed to
:func:`quotekit.annotate`::

    nlp.add_pipe("quotekit")                                   # the packaged cue table
    nlp.add_pipe("quotekit", config={"cue_policy": None})      # keep every candidate cue
    nlp.add_pipe("quotekit", config={"cue_policy": {"say": {"ccomp": 0.9}}})

or in a pipeline's ``config.cfg``::

    [components.quotekit]
    factory = "quotekit"
    cue_policy = "default"
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotekit.parser import annotate

__all__ = ["DEFAULT_CONFIG", "QuotekitComponent", "make_quotekit"]

#: The component's settings and their defaults. ``cue_policy`` says which reporting verbs and
#: complement kinds yield indirect statements: ``"default"`` for the packaged table learned
#: on annotated news, None to keep every candidate, or a table ``{lemma: {complement:
#: precision}}`` (precisions in 0..1), e.g. ``{"say": {"ccomp": 0.9}}``.
DEFAULT_CONFIG: dict[str, Any] = {"cue_policy": "default"}

for _name in ("statements", "speakers", "article"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

CuePolicy = Mapping[tuple[str, str], float] | str | None


def _cue_policy(value: Any) -> CuePolicy:
    """``value`` of the ``cue_policy`` setting, checked, as :func:`quotekit.annotate` takes it.

    Raises:
        ValueError: naming what is wrong, for anything but ``"default"``, None or a table
            ``{lemma: {complement: precision}}`` with precisions in 0..1.
    """
    if value is None or value == "default":
        return value
    usage = ('cue_policy must be "default", null (keep every cue) or a table '
             '{lemma: {complement: precision}}')
    if not isinstance(value, Mapping):
        raise ValueError(f"{usage}, not {value!r}")
    table: dict[tuple[str, str], float] = {}
    for lemma, kinds in value.items():
        if not isinstance(lemma, str) or not isinstance(kinds, Mapping):
            raise ValueError(f"{usage}; the entry {lemma!r}: {kinds!r} is not one")
        for kind, precision in kinds.items():
            ok = isinstance(precision, (int, float)) and not isinstance(precision, bool)
            if not isinstance(kind, str) or not ok or not 0.0 <= precision <= 1.0:
                raise ValueError(f"{usage}; {lemma!r}: {{{kind!r}: {precision!r}}} needs a "
                                 "complement name and a precision within 0..1")
            table[(lemma, kind)] = float(precision)
    return table


class QuotekitComponent:
    """Pipeline component that sets ``doc._.statements``, ``doc._.speakers`` and
    ``doc._.article`` (the :class:`~quotekit.types.Article`)."""

    def __init__(self, nlp: Language, name: str = "quotekit", *,
                 cue_policy: Any = "default") -> None:
        """Create the component (spaCy calls this through :func:`make_quotekit`).

        Raises:
            ValueError: for a bad ``cue_policy`` (see :data:`DEFAULT_CONFIG`).
        """
        self.name = name
        self.cue_policy = _cue_policy(cue_policy)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        article = annotate(doc, cue_policy=self.cue_policy)
        doc._.article = article
        doc._.statements = list(article.statements)
        doc._.speakers = list(article.speakers)
        return doc


@Language.factory("quotekit", default_config=DEFAULT_CONFIG,
                  assigns=["doc._.statements", "doc._.speakers", "doc._.article"],
                  requires=["token.dep", "token.lemma", "doc.ents"])
def make_quotekit(nlp: Language, name: str, cue_policy: Any) -> QuotekitComponent:
    """Factory of the ``"quotekit"`` spaCy component.

    Args:
        nlp: The pipeline.
        name: The component's name in it.
        cue_policy: ``"default"``, None, or a table ``{lemma: {complement: precision}}``
            (see :data:`DEFAULT_CONFIG`).

    Raises:
        ValueError: for a bad ``cue_policy``, when the component is added.
    """
    return QuotekitComponent(nlp, name, cue_policy=cue_policy)
