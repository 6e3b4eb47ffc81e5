"""The spaCy component: ``nlp.add_pipe("quotekit")`` sets ``doc._.statements``.

The factory is registered through the ``spacy_factories`` entry point, so installing quotekit
is enough for ``nlp.add_pipe("quotekit")`` to work in any pipeline that has a tagger,
lemmatizer, dependency parser and entity recognizer before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotekit.parser import annotate

__all__ = ["QuotekitComponent", "make_quotekit"]

for _name in ("statements", "speakers", "article"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class QuotekitComponent:
    """Pipeline component that sets ``doc._.statements``, ``doc._.speakers`` and
    ``doc._.article`` (the :class:`~quotekit.types.Article`)."""

    def __init__(self, nlp: Language, name: str = "quotekit") -> None:
        """Create the component (spaCy calls this through :func:`make_quotekit`)."""
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        article = annotate(doc)
        doc._.article = article
        doc._.statements = list(article.statements)
        doc._.speakers = list(article.speakers)
        return doc


@Language.factory("quotekit", assigns=["doc._.statements", "doc._.speakers", "doc._.article"],
                  requires=["token.dep", "token.lemma", "doc.ents"])
def make_quotekit(nlp: Language, name: str) -> QuotekitComponent:
    """Factory of the ``"quotekit"`` spaCy component."""
    return QuotekitComponent(nlp, name)
