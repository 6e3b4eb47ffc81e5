"""Long and odd texts for spaCy: pieces under ``max_length``, long runs cut, lone surrogates.

Private to :mod:`quotekit.parser`:

* :func:`chunks` cuts a long text into pieces (at paragraph breaks if possible, else at
  sentence ends, never inside a sentence unless one is longer than a quarter of the limit)
  that concatenate back exactly: spaCy parses a text past :data:`PIECE` characters (its
  memory grows with the length of what it parses at once, about 3 KB a character) piece by
  piece, in batches of at most :data:`BATCH_TOKENS` tokens (:func:`batches`), and quotekit's
  own stages then read the joined Doc, so speakers carry across the pieces;
* :func:`make_doc` tokenizes one piece, cutting runs of 256 or more non-space characters
  first (spaCy's tokenizer is quadratic in a run's length);
* :func:`tokenizable` and :func:`with_text` parse a text holding lone surrogates as U+FFFD
  and put the original characters back in the Article;
* :func:`prepared` also removes format characters (Unicode category Cf: zero-width space and
  joiners, word joiner, soft hyphen, byte order mark, direction marks) before spaCy sees the
  text, so that "said\u200b" is a cue and "Ru\u00adiz" one name; :func:`with_text` maps every
  offset back to the input (a content or mention keeps the format characters inside it,
  speaker names and aliases stay without them).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from quotekit.names import FORMAT_CHARS
from quotekit.types import Article

__all__ = ["BATCH_TOKENS", "FORMAT_CHARS", "LONG_RUN", "PIECE", "RUN_PIECE", "SENTENCE_END",
           "SURROGATE", "batches", "chunks", "make_doc", "prepared", "tokenizable", "with_text"]

#: The longest text spaCy parses at once (longer ones are cut by :func:`chunks`): a piece of
#: 50,000 characters takes about 150 MB; no PolNeAR article is that long.
PIECE = 50_000
#: The most tokens spaCy is handed in one batch (:func:`batches`).
BATCH_TOKENS = 25_000

#: A run of this many non-space characters is cut into :data:`RUN_PIECE`-character pieces
#: before tokenizing: spaCy's tokenizer splits affixes off a run one at a time, in time
#: quadratic in its length (10,000 quote marks in a row took minutes).
LONG_RUN = re.compile(r"\S{256,}")
RUN_PIECE = 64

#: A likely sentence end: a word, final punctuation, closing quotes or brackets, and space
#: before what can start a sentence (a capital or a digit, maybe after an opening mark).
SENTENCE_END = re.compile(r"(?P<word>\S*?)[.!?…][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")

#: Lone surrogates (from ``errors="surrogateescape"`` decoding, or bad JSON) that spaCy's
#: tokenizer cannot encode: they are parsed as U+FFFD (same length, so offsets hold) and
#: put back in the Article by :func:`with_text`.
SURROGATE = re.compile("[\ud800-\udfff]")


def tokenizable(text: str) -> str:
    """``text`` as spaCy is given it, and so a Doc's text: lone surrogates as U+FFFD."""
    return SURROGATE.sub("\ufffd", text)



def prepared(text: str) -> tuple[str, list[int] | None]:
    """``text`` as spaCy is given it: lone surrogates as U+FFFD and format characters
    removed; with, when any were removed, the position in ``text`` of each character kept."""
    text = tokenizable(text)
    if FORMAT_CHARS.search(text) is None:
        return text, None
    positions: list[int] = []
    kept = 0
    for m in FORMAT_CHARS.finditer(text):
        positions.extend(range(kept, m.start()))
        kept = m.end()
    positions.extend(range(kept, len(text)))
    return FORMAT_CHARS.sub("", text), positions


def with_text(article: Article, text: str, positions: list[int] | None = None) -> Article:
    """``article``, parsed from ``text`` as :func:`prepared` gave it (``positions`` the
    position in ``text`` of each of its characters, None for the same length), with its text,
    offsets, contents and spans of ``text`` itself."""

    def start(i: int) -> int:
        if positions is None:
            return i
        return positions[i] if i < len(positions) else len(text)

    def end(a: int, b: int) -> int:
        return start(b) if positions is None or b <= a else positions[b - 1] + 1

    def span(s: Any) -> Any:
        if s is None:
            return None
        a, b = start(s.start), end(s.start, s.end)
        return attrs.evolve(s, text=text[a:b], start=a, end=b)

    def moved(sp: Any) -> Any:
        return attrs.evolve(sp, mentions=[span(m) for m in sp.mentions],
                            gender_evidence=[span(m) for m in sp.gender_evidence])

    fixed = {id(sp): moved(sp) for sp in article.speakers}

    def speaker(sp: Any) -> Any:
        if sp is None:
            return None
        return fixed.get(id(sp)) or moved(sp)

    statements = []
    for s in article.statements:
        a, b = start(s.start), end(s.start, s.end)
        statements.append(attrs.evolve(s, content=text[a:b], start=a, end=b, cue=span(s.cue),
                                       mention=span(s.mention), speaker=speaker(s.speaker)))
    return attrs.evolve(article, text=text, statements=statements,
                        speakers=list(fixed.values()),
                        quotations=[span(q) for q in article.quotations])


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` with ``nlp``'s tokenizer, cutting very long non-space runs first.

    The Doc's text is ``text`` exactly (except that a lone surrogate becomes U+FFFD); a run
    of 256 or more non-space characters (never a word, at most a URL or junk) becomes tokens
    of at most 64 characters.
    """
    text = tokenizable(text)
    cuts = [0]
    for m in LONG_RUN.finditer(text):
        cuts.extend(range(m.start() + RUN_PIECE, m.end(), RUN_PIECE))
    if len(cuts) == 1:
        return nlp.make_doc(text)
    cuts.append(len(text))
    docs = [nlp.make_doc(text[a:b]) for a, b in itertools.pairwise(cuts)]
    return Doc.from_docs(docs, ensure_whitespace=False)


def batches(items: Iterable[Any], size: int, tokens: int = BATCH_TOKENS) -> Iterator[list[Any]]:
    """``items`` (Docs, or ``(Doc, context)`` tuples) in lists of at most ``size`` items and,
    unless one item alone is longer, ``tokens`` tokens."""
    batch: list[Any] = []
    held = 0
    for item in items:
        n = len(item[0] if isinstance(item, tuple) else item)
        if batch and (len(batch) >= size or held + n > tokens):
            yield batch
            batch, held = [], 0
        batch.append(item)
        held += n
    if batch:
        yield batch


def _sentence_cut(window: str, floor: int) -> int:
    """The index of the last character before the last sentence start in ``window`` past
    ``floor``, or -1. A word such as "Mr." or "U.S." (a short capitalised word or one with a
    dot in it) does not end a sentence."""
    cut = -1
    for m in SENTENCE_END.finditer(window, floor):
        word = m["word"].lstrip("\"“‘([")
        if "." in word or (word[:1].isupper() and len(word) <= 3):
            continue
        cut = m.end() - 1
    return cut


def chunks(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, at paragraph breaks if
    possible, else after a sentence end (at a space or anywhere only when a sentence is longer
    than a quarter of ``limit``).

    The pieces concatenate back to ``text`` exactly.
    """
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n")
        if cut < limit // 4:
            cut = _sentence_cut(window, limit // 4)
        if cut < limit // 4:
            cut = window.rfind(" ")
        if cut < limit // 4:
            cut = limit - 1
        out.append(text[start:start + cut + 1])
        start += cut + 1
    out.append(text[start:])
    return out
