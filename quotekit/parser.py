"""The facade: :class:`Parser` runs every stage on a text and returns an :class:`Article`.

text -> spaCy ``Doc`` -> the stages of :mod:`quotekit.pipeline` (quotations, cues,
statements, speakers, assembly) -> ``Article``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import numpy
from spacy.language import Language
from spacy.tokens import Doc

from quotekit import lexicon
from quotekit._chunks import PIECE, batches, chunks, make_doc, prepared, with_text
from quotekit._parallel import parallel
from quotekit.model import load_pipeline, run_components, skipped_components
from quotekit.pipeline.run import annotate as run_pipeline
from quotekit.types import Article, Statement

__all__ = ["Parser", "annotate", "extract", "load", "shared"]

#: What a parsed Doc's tensor becomes: quotekit never reads it, and on a long text it is
#: the biggest part of the Doc.
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


def _check_text(text: Any) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(
            "quotekit parses str, not bytes: decode the text first, e.g. "
            "text.decode('utf-8')"
        )
    raise TypeError(f"quotekit parses a str (the article's text), not {type(text).__name__}")


def check_scope(scope: Any) -> str:
    """``scope``, checked: a key of :data:`quotekit.lexicon.SCOPES`.

    Raises:
        ValueError: naming the scopes there are.
    """
    if not isinstance(scope, str) or scope not in lexicon.SCOPES:
        raise ValueError(
            f"scope must be one of {', '.join(repr(s) for s in lexicon.SCOPES)} (\"speech\": who "
            f"said or wrote what; \"attribution\": also beliefs, plans and evidence), "
            f"not {scope!r}")
    return scope


def annotate(doc: Doc, *, cue_policy: Mapping[tuple[str, str], float] | str | None = "default",
             scope: str = "speech") -> Article:
    """Find and attribute the statements of an already parsed ``Doc``.

    This runs quotekit's own stages only; the Doc must come from a pipeline with a tagger,
    lemmatizer, parser and entity recognizer.

    Args:
        doc: The parsed text.
        cue_policy: Which reporting verbs and complement kinds yield indirect statements:
            ``"default"`` for the packaged table learned on annotated news, a mapping of
            ``(lemma, complement)`` to precision, or None to keep every candidate.
        scope: What counts as a statement: ``"speech"`` (the default: statements made by
            speaking or writing, and quoted words) or ``"attribution"`` (PolNeAR's and PARC's
            broad notion: also beliefs, intentions, perceptions and evidence, "Trump believes
            ...", "polls show ..."). See :data:`quotekit.lexicon.SCOPES`.

    Raises:
        ValueError: for a ``cue_policy`` string other than ``"default"``, or an unknown
            ``scope``.
    """
    if isinstance(cue_policy, str) and cue_policy != "default":
        raise ValueError(f'cue_policy must be "default", None or a mapping, not {cue_policy!r}')
    return _annotate(doc, doc.text, cue_policy, check_scope(scope))


def _annotate(doc: Doc, text: str,
              cue_policy: Mapping[tuple[str, str], float] | str | None = "default",
              scope: str = "speech") -> Article:
    """:func:`annotate` with ``doc.text`` given: spaCy rebuilds it from every token on each
    access, which costs more than some of quotekit's stages."""
    return run_pipeline(doc, text, cue_policy, scope)


class Parser:
    """Finds who said what in texts, on one spaCy pipeline.

    Make one with :func:`quotekit.load`. It is safe to reuse for any number of texts.

    Attributes:
        nlp: The spaCy pipeline that parses the texts.
        scope: What counts as a statement: ``"speech"`` (said or written, and quoted words)
            or ``"attribution"`` (also beliefs, plans, perceptions and evidence); see
            :func:`quotekit.load`.
    """

    def __init__(self, nlp: Language, *, scope: str = "speech") -> None:
        """Wrap a loaded spaCy pipeline (see :func:`quotekit.load`).

        Raises:
            ValueError: for a pipeline without a parser and recognizer, or an unknown
                ``scope``.
        """
        self.scope = check_scope(scope)
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing and not {"parser"} <= set(nlp.pipe_names) | {"senter"}:
            raise ValueError(
                f"the spaCy pipeline {nlp.meta.get('name', '?')!r} lacks {sorted(missing)}; "
                "quotekit needs a dependency parser and an entity recognizer (e.g. "
                "en_core_web_sm)"
            )
        self.nlp = nlp

    def __repr__(self) -> str:
        return (f"Parser(nlp={self.nlp.meta.get('lang', '?')}_{self.nlp.meta.get('name', '?')}, "
                f"scope={self.scope!r})")

    def _doc(self, text: str) -> Doc:
        skip = skipped_components(self.nlp)
        pieces = chunks(text, self._piece())
        if len(pieces) == 1 and "quotekit_paragraphs" in self.nlp.pipe_names:
            return self.nlp(make_doc(self.nlp, text), disable=skip)
        docs = (make_doc(self.nlp, piece) for piece in pieces)
        parsed = list(self._run(docs, 1))
        return parsed[0] if len(parsed) == 1 else Doc.from_docs(parsed, ensure_whitespace=False)

    def _piece(self) -> int:
        """The longest text spaCy parses at once (:data:`~quotekit._chunks.PIECE`, or less
        under a lower ``max_length``)."""
        return min(PIECE, self.nlp.max_length)

    def _run(self, items: Iterable[Any], batch_size: int, *,
             as_tuples: bool = False) -> Iterator[Any]:
        """spaCy's components on ``items`` in batches bounded by tokens as well as by
        ``batch_size`` (:func:`~quotekit._chunks.batches`), so memory stays bounded; each
        Doc's tensor (which quotekit never reads) is dropped as it comes."""
        skip = skipped_components(self.nlp)
        for batch in batches(items, batch_size):
            for item in run_components(self.nlp, batch, disable=skip, as_tuples=as_tuples,
                                       batch_size=len(batch)):
                doc = item[0] if as_tuples else item
                doc.tensor = _NO_TENSOR
                yield item

    def parse(self, text: str) -> Article:
        """Parse one article's text and return its statements and speakers.

        Raises:
            TypeError: when ``text`` is not a ``str``.
        """
        text = _check_text(text)
        if not text.strip():
            return Article(text=text)
        clean, positions = prepared(text)
        if not clean.strip():
            return Article(text=text)
        article = _annotate(self._doc(clean), clean, scope=self.scope)
        return article if article.text == text else with_text(article, text, positions)

    __call__ = parse

    def pipe(self, texts: Iterable[str], *, batch_size: int = 32,
             n_process: int = 1, on_error: str = "raise") -> Iterator[Article]:
        """Parse many texts, streaming: yields one :class:`Article` per text, in order.

        With ``on_error="record"`` one bad text never stops a batch job: an item that is not
        a ``str``, or a text on which quotekit's own stages raise, yields an error record in
        its place, an :class:`Article` with no statements whose ``error`` is the exception as
        ``"TypeError: ..."`` (its ``text`` is the input if it was a ``str``, else ``""``), and
        the other texts go on. Exceptions raised inside spaCy's own ``nlp.pipe`` still
        propagate. With ``on_error="raise"`` (the default) the first error is raised.

        Args:
            texts: Any iterable of strings; it is consumed lazily.
            batch_size: Texts handed to spaCy at once (and, with ``n_process > 1``, to a
                worker process at once).
            n_process: Worker processes; -1 for one per CPU. Each worker runs the whole of
                quotekit (spaCy's parse and quotekit's own stages) on its batches, and only
                the finished :class:`Article` objects come back, so the work scales with
                the number of processes.
            on_error: ``"raise"`` or ``"record"`` (see above).

        Raises:
            TypeError: with ``on_error="raise"``, for an item that is not a ``str``; for
                ``texts`` that is one ``str`` (or ``bytes``), and for a ``batch_size`` or
                ``n_process`` that is not an ``int``.
            ValueError: for a ``batch_size`` below 1, an ``n_process`` below 1 (other than
                -1), or a bad ``on_error``.
        """
        n_process = _check_pipe_args(texts, batch_size, n_process, on_error)
        if on_error == "raise":
            checked: Iterable[str | _Failed] = (_check_text(text) for text in texts)
        else:
            checked = (_check_or_fail(text) for text in texts)
        if n_process == 1:
            return self._articles(checked, batch_size, on_error)
        return parallel(self, checked, batch_size, n_process, on_error)

    def _articles(self, texts: Iterable[str | _Failed], batch_size: int,
                  on_error: str = "raise") -> Iterator[Article]:
        """The one-process pipe: spaCy's ``nlp.pipe``, then :func:`annotate` on each Doc.

        A :class:`_Failed` item (only made with ``on_error="record"``) yields its error
        record, and so does a text on which :func:`annotate` raises.
        """
        limit = self._piece()
        failures: dict[int, str] = {}
        # texts with lone surrogates or format characters, and where their characters went
        originals: dict[int, tuple[str, list[int] | None]] = {}

        def pieces() -> Iterator[tuple[Doc, tuple[int, int, str]]]:
            for n, text in enumerate(texts):
                if isinstance(text, _Failed):
                    failures[n] = text.error
                    text = ""
                clean, positions = prepared(text)
                if clean != text:
                    originals[n] = (text, positions)
                parts = chunks(clean, limit) if clean.strip() else [clean]
                for k, part in enumerate(parts):
                    # the Doc's text, known here: spaCy's ``doc.text`` rebuilds it per access
                    yield make_doc(self.nlp, part), (n, len(parts) - 1 - k, part)

        pending: list[Doc] = []
        pending_text: list[str] = []
        for doc, (n, left, doc_text) in self._run(pieces(), batch_size, as_tuples=True):
            pending.append(doc)
            pending_text.append(doc_text)
            if left:
                continue
            full = pending[0] if len(pending) == 1 else Doc.from_docs(pending,
                                                                      ensure_whitespace=False)
            full_text = "".join(pending_text)
            pending, pending_text = [], []
            if n in failures:
                yield Article(text="", error=failures.pop(n))
                continue
            yield _article(full, full_text, *originals.pop(n, (full_text, None)), on_error,
                           self.scope)


def _check_pipe_args(texts: Any, batch_size: Any, n_process: Any, on_error: Any) -> int:
    """Check the arguments of :meth:`Parser.pipe`; return ``n_process`` (-1 made the CPU
    count)."""
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError("pipe takes an iterable of texts, not one text (it would parse each "
                        "character): use parse(text), or pipe([text])")
    for name, value in (("batch_size", batch_size), ("n_process", n_process)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{name} must be an int, not {type(value).__name__} ({value!r})")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, not {batch_size}")
    if on_error not in ("raise", "record"):
        raise ValueError(f'on_error must be "raise" or "record", not {on_error!r}')
    if n_process == -1:
        return os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1 or -1 (one per CPU), not {n_process}")
    return int(n_process)


def _article(doc: Doc, doc_text: str, original: str, positions: list[int] | None,
             on_error: str, scope: str = "speech") -> Article:
    """The Article of one whole text in the pipe: ``doc`` parsed from ``doc_text``, the text
    as spaCy saw it, of the input ``original`` (``positions``: see
    :func:`~quotekit._chunks.with_text`); with ``on_error="record"``, an error record when
    quotekit's stages raise."""
    try:
        article = (_annotate(doc, doc_text, scope=scope) if doc_text.strip()
                   else Article(text=doc_text))
        return article if article.text == original else with_text(article, original,
                                                                   positions)
    except Exception as err:
        if on_error == "raise":
            raise
        return Article(text=original, error=f"{type(err).__name__}: {err}")


@attrs.frozen
class _Failed:
    """Stands in the pipe for an item that failed its input check (``on_error="record"``)."""

    error: str


def _check_or_fail(text: Any) -> str | _Failed:
    try:
        return _check_text(text)
    except TypeError as err:
        return _Failed(f"TypeError: {err}")


def load(model: str | Language | None = None, *, scope: str = "speech",
         **kwargs: Any) -> Parser:
    """Load a :class:`Parser`.

    Args:
        model: A spaCy pipeline name (``"en_core_web_sm"``), a loaded ``spacy.Language`` (used
            as it is: no component is added to it), or None for the best installed English
            pipeline (see :mod:`quotekit.model`).
        scope: What counts as a statement. ``"speech"`` (the default) answers *who said
            what*: statements made by speaking or writing ("said", "told reporters",
            "tweeted", "according to") and quoted words. ``"attribution"`` is the broad
            notion of PolNeAR and PARC: speech plus cognition ("believes"), intention
            ("plans to"), perception and evidence ("polls show").
        **kwargs: Passed on to :func:`spacy.load`.

    Raises:
        quotekit.model.ModelNotFoundError: when no usable pipeline is installed.
        ValueError: for an unknown ``scope``.
    """
    check_scope(scope)
    return Parser(load_pipeline(model, **kwargs), scope=scope)


_shared: dict[tuple[str | None, str], Parser] = {}
_shared_lock = threading.Lock()


def shared(model: str | None = None, scope: str = "speech") -> Parser:
    """The process's :class:`Parser` for ``model`` and ``scope``, loaded on first use and kept.

    Every call with the same ``model`` (a spaCy pipeline name, or None for the best installed
    one) and ``scope`` returns the same parser, from any thread; the pipeline is loaded once
    per process (parsers of two scopes share it).
    :func:`extract`, the command line, :mod:`quotekit.dask` workers and
    :func:`quotekit.testing.shared_parser` all use this one cache.

    Raises:
        quotekit.model.ModelNotFoundError: when no usable pipeline is installed.
        ValueError: for an unknown ``scope``.
    """
    key = (model, check_scope(scope))
    parser = _shared.get(key)
    if parser is None:
        with _shared_lock:
            parser = _shared.get(key)
            if parser is None:
                other = next((p for (m, _s), p in _shared.items() if m == model), None)
                parser = _shared[key] = (Parser(other.nlp, scope=scope) if other is not None
                                         else load(model, scope=scope))
    return parser


def extract(text: str) -> list[Statement]:
    """Return the statements of ``text``, parsed with the default parser (:func:`shared`),
    loaded on first use."""
    text = _check_text(text)
    return list(shared().parse(text).statements)
