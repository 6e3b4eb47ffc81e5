"""The facade: :class:`Parser` runs every stage on a text and returns an :class:`Article`.

text -> spaCy ``Doc`` -> the stages of :mod:`quotekit.pipeline` (quotations, cues,
statements, speakers, assembly) -> ``Article``.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from quotekit.model import load_pipeline, skipped_components
from quotekit.pipeline.run import annotate as run_pipeline
from quotekit.types import Article, Statement

__all__ = ["Parser", "annotate", "extract", "load"]


def _check_text(text: Any) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(
            "quotekit parses str, not bytes: decode the text first, e.g. "
            "text.decode('utf-8')"
        )
    raise TypeError(f"quotekit parses a str (the article's text), not {type(text).__name__}")


def annotate(doc: Doc, *, cue_policy: Mapping[tuple[str, str], float] | str | None = "default",
             ) -> Article:
    """Find and attribute the statements of an already parsed ``Doc``.

    This runs quotekit's own stages only; the Doc must come from a pipeline with a tagger,
    lemmatizer, parser and entity recognizer.

    Args:
        doc: The parsed text.
        cue_policy: Which reporting verbs and complement kinds yield indirect statements (see
            :func:`quotekit.pipeline.statements.find_statements`); the default is the packaged
            table.
    """
    return _annotate(doc, doc.text, cue_policy)


def _annotate(doc: Doc, text: str,
              cue_policy: Mapping[tuple[str, str], float] | str | None = "default") -> Article:
    """:func:`annotate` with ``doc.text`` given: spaCy rebuilds it from every token on each
    access, which costs more than some of quotekit's stages."""
    return run_pipeline(doc, text, cue_policy)


#: A run of this many non-space characters is cut into ``_RUN_PIECE``-character pieces before
#: tokenizing: spaCy's tokenizer splits affixes off a run one at a time, in time quadratic in
#: its length (10,000 quote marks in a row took minutes).
_LONG_RUN = re.compile(r"\S{256,}")
_RUN_PIECE = 64


#: Lone surrogates (from ``errors="surrogateescape"`` decoding, or bad JSON) that spaCy's
#: tokenizer cannot encode: they are parsed as U+FFFD (same length, so offsets hold) and
#: put back in the Article by :func:`_with_text`.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _tokenizable(text: str) -> str:
    """``text`` as spaCy is given it, and so a Doc's text: lone surrogates as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _with_text(article: Article, text: str) -> Article:
    """``article`` (parsed from a same-length copy of ``text``) with its text, contents and
    spans sliced from ``text`` itself."""

    def span(s: Any) -> Any:
        return None if s is None else attrs.evolve(s, text=text[s.start:s.end])

    fixed = {id(sp): attrs.evolve(sp, mentions=[span(m) for m in sp.mentions])
             for sp in article.speakers}

    def speaker(sp: Any) -> Any:
        if sp is None:
            return None
        return fixed.get(id(sp)) or attrs.evolve(sp, mentions=[span(m) for m in sp.mentions])

    statements = [attrs.evolve(s, content=text[s.start:s.end], cue=span(s.cue),
                               mention=span(s.mention), speaker=speaker(s.speaker))
                  for s in article.statements]
    return attrs.evolve(article, text=text, statements=statements,
                        speakers=list(fixed.values()))


def _make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` with ``nlp``'s tokenizer, cutting very long non-space runs first.

    The Doc's text is ``text`` exactly (except that a lone surrogate becomes U+FFFD); a run
    of 256 or more non-space characters (never a word, at most a URL or junk) becomes tokens
    of at most 64 characters.
    """
    text = _tokenizable(text)
    cuts = [0]
    for m in _LONG_RUN.finditer(text):
        cuts.extend(range(m.start() + _RUN_PIECE, m.end(), _RUN_PIECE))
    if len(cuts) == 1:
        return nlp.make_doc(text)
    cuts.append(len(text))
    docs = [nlp.make_doc(text[a:b]) for a, b in itertools.pairwise(cuts)]
    return Doc.from_docs(docs, ensure_whitespace=False)


def _chunks(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at paragraph breaks if possible.

    The pieces concatenate back to ``text`` exactly.
    """
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < limit // 4:
            cut = max(window.rfind(". "), window.rfind(" "))
        if cut < limit // 4:
            cut = limit - 1
        out.append(text[start:start + cut + 1])
        start += cut + 1
    out.append(text[start:])
    return out


class Parser:
    """Finds who said what in texts, on one spaCy pipeline.

    Make one with :func:`quotekit.load`. It is safe to reuse for any number of texts.

    Attributes:
        nlp: The spaCy pipeline that parses the texts.
    """

    def __init__(self, nlp: Language) -> None:
        """Wrap a loaded spaCy pipeline (see :func:`quotekit.load`)."""
        missing = {"parser", "ner"} - set(nlp.pipe_names)
        if missing and not {"parser"} <= set(nlp.pipe_names) | {"senter"}:
            raise ValueError(
                f"the spaCy pipeline {nlp.meta.get('name', '?')!r} lacks {sorted(missing)}; "
                "quotekit needs a dependency parser and an entity recognizer (e.g. "
                "en_core_web_sm)"
            )
        self.nlp = nlp

    def __repr__(self) -> str:
        return f"Parser(nlp={self.nlp.meta.get('lang', '?')}_{self.nlp.meta.get('name', '?')})"

    def _doc(self, text: str) -> Doc:
        skip = skipped_components(self.nlp)
        pieces = _chunks(text, self.nlp.max_length)
        if len(pieces) == 1:
            return self.nlp(_make_doc(self.nlp, text), disable=skip)
        docs = (_make_doc(self.nlp, piece) for piece in pieces)
        return Doc.from_docs(list(self.nlp.pipe(docs, disable=skip)), ensure_whitespace=False)

    def parse(self, text: str) -> Article:
        """Parse one article's text and return its statements and speakers.

        Raises:
            TypeError: when ``text`` is not a ``str``.
        """
        text = _check_text(text)
        if not text.strip():
            return Article(text=text)
        article = _annotate(self._doc(text), _tokenizable(text))
        return article if article.text == text else _with_text(article, text)

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
            TypeError: with ``on_error="raise"``, for an item that is not a ``str``.
            ValueError: for a bad ``n_process`` or ``on_error``.
        """
        if on_error not in ("raise", "record"):
            raise ValueError(f'on_error must be "raise" or "record", not {on_error!r}')
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process < 1:
            raise ValueError(f"n_process must be >= 1 or -1, not {n_process}")
        if on_error == "raise":
            checked: Iterable[str | _Failed] = (_check_text(text) for text in texts)
        else:
            checked = (_check_or_fail(text) for text in texts)
        if n_process == 1:
            return self._articles(checked, batch_size, on_error)
        return self._parallel(checked, batch_size, n_process, on_error)

    def _articles(self, texts: Iterable[str | _Failed], batch_size: int,
                  on_error: str = "raise") -> Iterator[Article]:
        """The one-process pipe: spaCy's ``nlp.pipe``, then :func:`annotate` on each Doc.

        A :class:`_Failed` item (only made with ``on_error="record"``) yields its error
        record, and so does a text on which :func:`annotate` raises.
        """
        limit = self.nlp.max_length
        failures: dict[int, str] = {}
        originals: dict[int, str] = {}  # texts with lone surrogates (see _with_text)

        def pieces() -> Iterator[tuple[Doc, tuple[int, int, str]]]:
            for n, text in enumerate(texts):
                if isinstance(text, _Failed):
                    failures[n] = text.error
                    text = ""
                elif _SURROGATE.search(text):
                    originals[n] = text
                parts = _chunks(text, limit) if text.strip() else [text]
                for k, part in enumerate(parts):
                    # the Doc's text, known here: spaCy's ``doc.text`` rebuilds it per access
                    doc_text = _tokenizable(part) if n in originals else part
                    yield _make_doc(self.nlp, part), (n, len(parts) - 1 - k, doc_text)

        pending: list[Doc] = []
        pending_text: list[str] = []
        for doc, (n, left, doc_text) in self.nlp.pipe(
                pieces(), as_tuples=True, batch_size=batch_size,
                disable=skipped_components(self.nlp)):
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
            original = originals.pop(n, full_text)
            try:
                article = _annotate(full, full_text) if full_text.strip() \
                    else Article(text=full_text)
                if article.text != original:
                    article = _with_text(article, original)
            except Exception as err:
                if on_error == "raise":
                    raise
                article = Article(text=original, error=f"{type(err).__name__}: {err}")
            yield article

    def _parallel(self, texts: Iterable[str | _Failed], batch_size: int,
                  n_process: int, on_error: str = "raise") -> Iterator[Article]:
        """The multi-process pipe: batches go to a pool of workers, Articles come back.

        Workers are kept busy: while fewer than ``2 * n_process`` batches wait to be worked
        on, another is sent, even when the oldest batch (whose Articles must come out first,
        to keep input order) is still running, so one long article does not leave the other
        workers idle. Finished batches wait in order, at most ``_BUFFERED * n_process`` of
        them, so memory stays bounded on endless streams.
        """
        batches = _batched(texts, max(1, batch_size))
        first = next(batches, None)
        if first is None:
            return
        ctx = multiprocessing.get_context()
        limit = _BUFFERED * n_process
        # objects that exist before the fork are never collected in the workers, so the
        # collector does not touch (and copy) the pages of the loaded pipeline
        # (left alone when the caller froze objects already)
        freeze = gc.get_freeze_count() == 0
        if freeze:
            gc.freeze()
        try:
            pool = ctx.Pool(n_process, initializer=_init_worker, initargs=(self,))
        finally:
            if freeze:
                gc.unfreeze()
        with pool:
            # a task's callback wakes the main process to send the next batch: no polling
            # (callbacks run on the pool's one result thread, the only writer of ``finished``)
            finished = sent = 0
            done = threading.Event()

            def on_done(_: Any) -> None:
                nonlocal finished
                finished += 1
                done.set()

            def send(batch: list[str | _Failed]) -> Any:
                nonlocal sent
                sent += 1
                return pool.apply_async(_work, (batch, batch_size, on_error),
                                        callback=on_done, error_callback=on_done)

            in_flight: deque[Any] = deque([send(first)])
            exhausted = False
            while in_flight:
                done.clear()
                waiting = sent - finished  # batches sent and not yet worked through
                while not exhausted and len(in_flight) < limit and waiting < 2 * n_process:
                    batch = next(batches, None)
                    if batch is None:
                        exhausted = True
                        break
                    in_flight.append(send(batch))
                    waiting += 1
                head = in_flight[0]
                if head.ready():
                    in_flight.popleft()
                    yield from head.get()
                elif exhausted or len(in_flight) >= limit:
                    head.wait()
                else:
                    done.wait(_WAKE_SECONDS)


#: finished batches held back per worker, waiting for an older batch, before the pipe waits
_BUFFERED = 8
#: the longest the main process sleeps without a finished task (a safety net only)
_WAKE_SECONDS = 0.25

_worker_parser: Parser | None = None


def _init_worker(parser: Parser) -> None:
    global _worker_parser
    _worker_parser = parser


def _work(batch: list[str | _Failed], batch_size: int, on_error: str) -> list[Article]:
    assert _worker_parser is not None
    return list(_worker_parser._articles(batch, batch_size, on_error))


@attrs.frozen
class _Failed:
    """Stands in the pipe for an item that failed its input check (``on_error="record"``)."""

    error: str


def _check_or_fail(text: Any) -> str | _Failed:
    try:
        return _check_text(text)
    except TypeError as err:
        return _Failed(f"TypeError: {err}")


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def load(model: str | Language | None = None, **kwargs: Any) -> Parser:
    """Load a :class:`Parser`.

    Args:
        model: A spaCy pipeline name (``"en_core_web_sm"``), a loaded ``spacy.Language``, or
            None for the best installed English pipeline (see :mod:`quotekit.model`).
        **kwargs: Passed on to :func:`spacy.load`.

    Raises:
        quotekit.model.ModelNotFoundError: when no usable pipeline is installed.
    """
    return Parser(load_pipeline(model, **kwargs))


_default: Parser | None = None
_default_lock = threading.Lock()


def extract(text: str) -> list[Statement]:
    """Return the statements of ``text``, parsed with a default parser loaded on first use."""
    global _default
    text = _check_text(text)
    with _default_lock:
        if _default is None:
            _default = load()
    return list(_default.parse(text).statements)
