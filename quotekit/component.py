"""The spaCy component: ``nlp.add_pipe("quotekit")`` sets ``doc._.statements``.

The factory is registered through the ``spacy_factories`` entry point, so installing quotekit
is enough for ``nlp.add_pipe("quotekit")`` to work in any pipeline that has a tagger,
lemmatizer, dependency parser and entity recognizer before it.

Its settings, ``scope`` and ``cue_policy`` (:data:`DEFAULT_CONFIG`), are passed to
:func:`quotekit.annotate`::

    nlp.add_pipe("quotekit")                                   # speech, the packaged cue table
    nlp.add_pipe("quotekit", config={"scope": "attribution"})  # also beliefs, plans, evidence
    nlp.add_pipe("quotekit", config={"cue_policy": None})      # keep every candidate cue
    nlp.add_pipe("quotekit", config={"cue_policy": {"say": {"ccomp": 0.9}}})

or in a pipeline's ``config.cfg``::

    [components.quotekit]
    factory = "quotekit"
    scope = "speech"
    cue_policy = "default"

The Doc keeps only JSON-ready data (:meth:`Article.to_dict <quotekit.types.Article.to_dict>`,
under ``doc.user_data["quotekit"]``), and ``doc._.article``, ``doc._.statements`` and
``doc._.speakers`` are getters reading it back: such Docs serialise like any other
(``doc.to_bytes()``, ``DocBin(store_user_data=True)``, ``nlp.pipe(texts, n_process=2)``).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from quotekit.parser import annotate, check_scope
from quotekit.types import Article, Speaker, Statement

__all__ = ["DEFAULT_CONFIG", "USER_DATA_KEY", "QuotekitComponent", "make_quotekit"]

#: The component's settings and their defaults. ``scope`` is what counts as a statement:
#: ``"speech"`` (said or written, and quoted words) or ``"attribution"`` (also beliefs, plans,
#: perceptions and evidence; see :func:`quotekit.load`). ``cue_policy`` says which reporting
#: verbs and complement kinds yield indirect statements: ``"default"`` for the packaged table
#: learned on annotated news, None to keep every candidate, or a table ``{lemma: {complement:
#: precision}}`` (precisions in 0..1), e.g. ``{"say": {"ccomp": 0.9}}``.
DEFAULT_CONFIG: dict[str, Any] = {"scope": "speech", "cue_policy": "default"}

#: Where the component keeps a Doc's result: ``doc.user_data[USER_DATA_KEY]`` holds
#: ``Article.to_dict()`` (JSON-ready, so the Doc serialises).
USER_DATA_KEY = "quotekit"

#: The Article read back from each Doc's data, kept while the Doc lives (so that
#: ``doc._.article is doc._.article``).
_articles: weakref.WeakKeyDictionary[Doc, tuple[Any, Article]] = weakref.WeakKeyDictionary()


def _get_article(doc: Doc) -> Article | None:
    data = doc.user_data.get(USER_DATA_KEY)
    if data is None:
        return None
    cached = _articles.get(doc)
    if cached is None or cached[0] is not data:
        cached = _articles[doc] = (data, Article.from_dict(data))
    return cached[1]


def _set_article(doc: Doc, article: Article | None) -> None:
    if article is None:
        doc.user_data.pop(USER_DATA_KEY, None)
        _articles.pop(doc, None)
        return
    data = article.to_dict()
    doc.user_data[USER_DATA_KEY] = data
    _articles[doc] = (data, article)


def _get_statements(doc: Doc) -> list[Statement] | None:
    article = _get_article(doc)
    return None if article is None else list(article.statements)


def _get_speakers(doc: Doc) -> list[Speaker] | None:
    article = _get_article(doc)
    return None if article is None else list(article.speakers)


Doc.set_extension("article", getter=_get_article, setter=_set_article, force=True)
Doc.set_extension("statements", getter=_get_statements, force=True)
Doc.set_extension("speakers", getter=_get_speakers, force=True)

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
    ``doc._.article`` (the :class:`~quotekit.types.Article`), keeping the Article's
    :meth:`~quotekit.types.Article.to_dict` in ``doc.user_data`` (see :data:`USER_DATA_KEY`)."""

    def __init__(self, nlp: Language, name: str = "quotekit", *,
                 cue_policy: Any = "default", scope: str = "speech") -> None:
        """Create the component (spaCy calls this through :func:`make_quotekit`).

        Raises:
            ValueError: for a bad ``cue_policy`` or ``scope`` (see :data:`DEFAULT_CONFIG`).
        """
        self.name = name
        self.cue_policy = _cue_policy(cue_policy)
        self.scope = check_scope(scope)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        doc._.article = annotate(doc, cue_policy=self.cue_policy, scope=self.scope)
        return doc


@Language.factory("quotekit", default_config=DEFAULT_CONFIG,
                  assigns=["doc._.statements", "doc._.speakers", "doc._.article"],
                  requires=["token.dep", "token.lemma", "doc.ents"])
def make_quotekit(nlp: Language, name: str, cue_policy: Any,
                  scope: str = "speech") -> QuotekitComponent:
    """Factory of the ``"quotekit"`` spaCy component.

    Args:
        nlp: The pipeline.
        name: The component's name in it.
        cue_policy: ``"default"``, None, or a table ``{lemma: {complement: precision}}``
            (see :data:`DEFAULT_CONFIG`).
        scope: ``"speech"`` or ``"attribution"``: what counts as a statement (see
            :func:`quotekit.load`).

    Raises:
        ValueError: for a bad ``cue_policy`` or ``scope``, when the component is added.
    """
    return QuotekitComponent(nlp, name, cue_policy=cue_policy, scope=scope)
