"""The per-document context: everything the stages read about one text, built once.

:class:`Context` holds the text, the spaCy ``Doc``, the paragraphs and sentences as character
offsets, the token <-> character maps and the quotations. Every stage after the quotation scan
(:mod:`~quotekit.pipeline.cues`, :mod:`~quotekit.pipeline.statements`,
:mod:`~quotekit.pipeline.speakers`, :mod:`~quotekit.pipeline.assemble`) takes it instead of
redoing this bookkeeping, and every token/character conversion goes through its methods.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy
from spacy.attrs import IDX, IS_LOWER, LENGTH, ORTH, SENT_START
from spacy.tokens import Doc

from quotekit.pipeline.quotes import Quotation, find_quotations
from quotekit.pipeline.quotes import paragraphs as find_paragraphs

__all__ = ["TITLE_SHARE", "TITLE_WORD_LENGTH", "Context"]

#: A title-case line has at least three words this long, and this share of them capitalised.
TITLE_WORD_LENGTH = 4
#: See :data:`TITLE_WORD_LENGTH`.
TITLE_SHARE = 0.8


class Context:
    """One document as the stages see it.

    Attributes:
        doc: The parsed text.
        text: ``doc.text`` (spaCy rebuilds it from every token on each access, so it is kept).
        paragraphs: ``(start, end)`` character offsets of each non-empty paragraph.
        para_starts: The paragraphs' start offsets, for bisection.
        quotations: The quotations of the text (:func:`~quotekit.pipeline.quotes.find_quotations`).
        quote_starts: The quotations' start offsets, for bisection.
        tok_starts: Character offset of each token.
        tok_ends: Character offset just past each token.
        quote_of: For each token, the index of the quotation it lies in (marks included), or -1.
        quoted: For each token, whether it lies in a quotation.
    """

    __slots__ = ("_lower_words", "_sent_starts", "_title_lines", "doc", "para_starts",
                 "paragraphs", "quotations", "quote_of", "quote_starts", "quoted", "text",
                 "tok_ends", "tok_starts")

    def __init__(self, doc: Doc, text: str | None = None, *,
                 paragraphs: Sequence[tuple[int, int]] | None = None,
                 quotations: Sequence[Quotation] | None = None) -> None:
        """Build the context of ``doc``; ``text`` is ``doc.text`` when the caller has it, and
        ``paragraphs`` and ``quotations`` are found in the text unless given."""
        self.doc = doc
        self.text = doc.text if text is None else text
        self.paragraphs = list(find_paragraphs(self.text) if paragraphs is None else paragraphs)
        self.para_starts = [p[0] for p in self.paragraphs]
        self.quotations = list(find_quotations(self.text, self.paragraphs)
                               if quotations is None else quotations)
        self.quote_starts = [q.start for q in self.quotations]
        bounds = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        self.tok_starts: list[int] = [idx for idx, _ in bounds]
        self.tok_ends: list[int] = [idx + length for idx, length in bounds]
        self.quote_of = [-1] * len(doc)
        for qi, q in enumerate(self.quotations):
            for i in range(self.token_at(q.start), len(doc)):
                if self.tok_starts[i] >= q.end:
                    break
                self.quote_of[i] = qi
        self.quoted = [qi >= 0 for qi in self.quote_of]
        self._sent_starts: list[int] | None = None
        self._lower_words: frozenset[str] | None = None
        self._title_lines: list[bool] | None = None

    # -- tokens and characters ---------------------------------------------------------

    def token_at(self, char: int) -> int:
        """Index of the token containing (or first after) character ``char``."""
        i = bisect.bisect_right(self.tok_starts, char) - 1
        if i < 0:
            return 0
        if i + 1 < len(self.tok_starts) and char >= self.tok_ends[i]:
            return i + 1
        return i

    def start_of(self, i: int) -> int:
        """Character offset of token ``i``."""
        return self.tok_starts[i]

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character range of tokens ``first`` .. ``last`` inclusive."""
        return self.tok_starts[first], self.tok_ends[last]

    def token_range_chars(self, lo: int, hi: int) -> tuple[int, int]:
        """Character range of the token range ``lo`` .. ``hi`` (end exclusive)."""
        return self.chars(lo, hi - 1)

    # -- quotations ----------------------------------------------------------------------

    def quotes_in(self, start: int, end: int) -> list[int]:
        """Indices of the quotations overlapping ``start`` .. ``end`` (they never overlap)."""
        i = max(0, bisect.bisect_right(self.quote_starts, start) - 1)
        out = []
        while i < len(self.quotations) and self.quotations[i].start < end:
            if self.quotations[i].end > start:
                out.append(i)
            i += 1
        return out

    # -- paragraphs and sentences --------------------------------------------------------

    def para_bounds(self, index: int) -> tuple[int, int]:
        """``(start, end)`` of paragraph ``index`` (the whole text past the last one)."""
        if index < len(self.paragraphs):
            return self.paragraphs[index]
        return 0, len(self.text)

    def paragraph_of(self, char: int) -> int:
        """Index of the paragraph that character ``char`` lies in (or last starts before it)."""
        return max(0, bisect.bisect_right(self.para_starts, char) - 1)

    def paragraph_of_token(self, i: int) -> int:
        """Index of the paragraph that token ``i`` starts in."""
        return self.paragraph_of(self.tok_starts[i])

    @property
    def sent_starts(self) -> list[int]:
        """Character offset of each sentence start (the first token always starts one)."""
        if self._sent_starts is None:
            arr = self.doc.to_array([IDX, SENT_START])
            starts = arr[arr[:, 1] == 1, 0].tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            self._sent_starts = starts
        return self._sent_starts

    @property
    def lower_words(self) -> frozenset[str]:
        """The words the text writes in lower case somewhere ("speech", "sees")."""
        if self._lower_words is None:
            # (read from the token arrays: no Token object per word, a string per type)
            strings = self.doc.vocab.strings
            arr = self.doc.to_array([ORTH, IS_LOWER]).reshape(-1, 2)
            orths = numpy.unique(arr[arr[:, 1] == 1, 0]).tolist()
            self._lower_words = frozenset(strings[orth] for orth in orths)
        return self._lower_words

    @property
    def title_lines(self) -> list[bool]:
        """For each token, whether its sentence is a title-case line: at least three words
        of :data:`TITLE_WORD_LENGTH` letters or more, :data:`TITLE_SHARE` of them
        capitalised ("Clinton Campaign Reportedly Scrambling For Votes")."""
        if self._title_lines is None:
            self._title_lines = self._find_title_lines()
        return self._title_lines

    def _find_title_lines(self) -> list[bool]:
        out = [False] * len(self.doc)
        for sent in self.doc.sents:
            words = [t for t in sent if t.is_alpha and len(t) >= TITLE_WORD_LENGTH]
            if len(words) >= 3 and \
                    sum(t.text[0].isupper() for t in words) >= TITLE_SHARE * len(words):
                out[sent.start:sent.end] = [True] * len(sent)
        return out

    def sentence_of(self, char: int) -> int:
        """Index (over the whole text) of the sentence that character ``char`` lies in."""
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)
