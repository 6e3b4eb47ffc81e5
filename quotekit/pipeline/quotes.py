"""Find quotations in raw text by their quote marks (no spaCy needed).

The scanner works paragraph by paragraph (see :func:`paragraphs`) and keeps a stack of open
quote marks, so nested quotes stay inside their outer quotation and only top-level
quotations are returned by :func:`find_quotations`.

Supported styles: “curly”, "straight", ‘single curly’, 'single straight', «guillemets» and
« spaced guillemets » (a space or no-break space inside, left out of the quoted words),
»reversed«, „German“ (also „…”), ‚low single‘, ‹single guillemets› (also spaced), 「CJK」
and 『CJK』 brackets (plus their vertical forms and 〝…〞), ″double prime″ and ＂fullwidth＂
marks, ''two apostrophes'' used as double quotes (as in New York Times copy) and LaTeX's
``two backquotes'' (a lone backquote, or three as in a Markdown code fence, is no mark).

How marks are told apart (a mark's *context* is the character before and after it inside
its paragraph):

* A mark is *left-flanking* when the next character is not whitespace and the previous one
  is the paragraph start, whitespace or punctuation; *right-flanking* when the previous
  character is not whitespace and the next one is the paragraph end, whitespace or
  punctuation.  Left-flanking-only marks open, right-flanking-only marks close; when the
  context is ambiguous a mark closes a pending quotation if it can, else opens one *weakly*.
  So straight ``"`` marks are decided by context, not by toggling, and one missing mark does
  not invert every later quotation in the paragraph.
* Apostrophe-like single marks (``'`` ‘ ’ ‚) open only when left-flanking and not an elision
  (’90s, 'n', 'em, 'cause, 'til, 'tis, ...) and close only when right-flanking with an open
  single quotation innermost.  A mark between two letters or digits is an apostrophe.  ’
  never opens.  So South Korea’s, don't, rock ’n’ roll, Jones’ car and o’clock yield nothing.
* CJK brackets are unambiguous and ignore context.
* French spacing: « (and ‹) after a word start and before spaces and a word opens (weakly:
  unclosed, it is dropped, as navigation such as "« Previous" is); » (and ›) after a word and
  spaces and before a space, punctuation or the paragraph end only closes, and with nothing
  open to close is no mark ("Home » News"). A » that leads a line ("» Jane Doe said") is
  left to the ordinary rules, which never report it; unspaced » ... « stays the reversed
  style.
* Invisible format characters (bidi marks, zero-width space) count as whitespace, and a
  straight mark right after ``=`` (a markup attribute such as ``author="@x"``) is ignored.

Unbalanced marks (design decisions):

* A stray closing mark with nothing to close is ignored.
* A left-flanking opener of the same kind as a still-open quotation (e.g. a second ``"we``
  while ``"`` is open) means the earlier one lost its closing mark: the earlier one is
  dropped (quotations closed inside it are still reported) and the new one opens.
* At the end of a paragraph, the outermost still-open quotation is

  - continued into the next paragraph when that paragraph starts with an opening mark of
    the same family (double, single, 「, 『, ...) -- the news convention for multi-paragraph
    quotes; each piece is reported with ``continued``/``continues`` set;
  - otherwise reported as running to the end of its paragraph (``close_mark is None``) if
    its mark *clearly* opened (a typographic opening mark or a straight ``"`` that was
    left-flanking, i.e. at a word start followed by text);
  - otherwise (weak openers, straight ``'``) dropped, and the quotations closed inside it
    are reported instead.

* Every paragraph starts with an empty stack, so nothing that happens in one paragraph
  affects how later paragraphs are scanned (except the continuation convention above).

Empty quotations and quotations whose content has no letter or digit are not reported.
The marks, which closes which and their families come from one table,
``quotekit/data/quote_marks.tsv`` (:data:`MARK_TABLE`); the stack machine is in the private
``_quote_scan`` module. The scanner runs in linear time: marks are found with one regular
expression made of a single character class, and every open mark is pushed and popped at most
once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quotekit.pipeline import _quote_marks
from quotekit.pipeline._quote_marks import QuoteMark
from quotekit.pipeline._quote_scan import _Piece, scan_pieces

__all__ = [
    "CLOSE_MARKS",
    "ELISIONS",
    "HEADLINE_MARKS",
    "MARK_TABLE",
    "OPEN_MARKS",
    "QUOTE_MARKS",
    "STATEMENT_MARKS",
    "Quotation",
    "QuoteMark",
    "find_quotations",
    "paragraphs",
]

#: The quote-mark table (``data/quote_marks.tsv``), in file order.
MARK_TABLE: tuple[QuoteMark, ...] = _quote_marks.MARK_TABLE
#: Each opening mark and the marks that may close it.
OPEN_MARKS: dict[str, frozenset[str]] = _quote_marks.OPEN_MARKS
#: Every mark that can close some quotation.
CLOSE_MARKS: frozenset[str] = _quote_marks.CLOSE_MARKS
#: Every character the scanner looks at (``''`` is made of two of them).
QUOTE_MARKS: frozenset[str] = _quote_marks.QUOTE_MARKS
#: The marks the statement rules trim from contents and look for around quotations: every
#: single-character mark of the table.
STATEMENT_MARKS: str = _quote_marks.STATEMENT_MARKS
#: The marks that keep a paragraph's words before a colon from being a headline's source.
HEADLINE_MARKS: str = _quote_marks.HEADLINE_MARKS
#: Words that follow an eliding apostrophe: 'n', 'em, 'cause, ... (lower case).  A single
#: mark in front of one of these (or of a digit, as in ’90s) is an apostrophe.
ELISIONS: frozenset[str] = _quote_marks.ELISIONS

#: Line breaks that separate paragraphs.
_LINE_BREAKS = "\n\r\u2028\u2029"
_LINE_RE = re.compile("[^" + _LINE_BREAKS + "]+")
_WORDY_RE = re.compile(r"[^\W_]")


@attrs.frozen(slots=True)
class Quotation:
    """One quotation (or one paragraph piece of a multi-paragraph quotation).

    ``text[start:end]`` is the quotation with its marks and ``text[content_start:
    content_end]`` the quoted words (see :meth:`text_of`).
    """

    #: Offset of the opening mark.
    start: int
    #: Offset just past the closing mark; for an unclosed piece, the end of its paragraph.
    end: int
    #: First character of the quoted words: ``start + len(open_mark)``, plus the spaces
    #: French typography puts inside spaced guillemets (« ... »).
    content_start: int
    #: Offset of the closing mark (``== end`` when unclosed), less the spaces before it in a
    #: spaced quotation.
    content_end: int
    #: The opening mark.
    open_mark: str
    #: The closing mark, or ``None`` when the quotation is not closed in this piece.
    close_mark: str | None
    #: 0-based index of the paragraph, as in :func:`paragraphs`.
    paragraph: int
    #: This piece continues a quotation opened in an earlier paragraph.
    continues: bool = False
    #: This piece runs on into the next paragraph.
    continued: bool = False

    @property
    def closed(self) -> bool:
        """Whether the piece ends with a closing mark."""
        return self.close_mark is not None

    def text_of(self, text: str) -> str:
        """Return the quoted words: ``text[content_start:content_end]``."""
        return text[self.content_start : self.content_end]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-empty paragraph of ``text``, in order.

    Paragraphs are split on line breaks (``\\n``, ``\\r\\n``, ``\\r``, U+2028, U+2029; any
    number of them), trimmed of surrounding whitespace; blank lines are skipped.
    """
    spans: list[tuple[int, int]] = []
    for m in _LINE_RE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        spans.append((start, start + len(stripped)))
    return spans


def find_quotations(text: str,
                    paras: Sequence[tuple[int, int]] | None = None) -> list[Quotation]:
    """Return the top-level quotations of ``text`` in text order.

    Nested quotations stay inside their outer quotation's content.  A multi-paragraph
    quotation is returned as one :class:`Quotation` per paragraph, linked by the
    ``continued``/``continues`` flags.  See the module docstring for how apostrophes and
    unbalanced marks are handled. ``paras`` is :func:`paragraphs` of ``text``, when the
    caller has it.
    """
    return _finish(text, scan_pieces(text, paragraphs(text) if paras is None else paras))


def _finish(text: str, pieces: list[_Piece]) -> list[Quotation]:
    """Keep top-level, non-empty pieces and fix the multi-paragraph flags."""
    pieces.sort(key=lambda q: (q.start, -q.end))
    top: list[_Piece] = []
    max_end = -1
    for q in pieces:
        if q.start >= max_end:
            max_end = q.end
            content_end = q.close if q.close is not None else q.end
            if _WORDY_RE.search(text, q.start + len(q.mark), content_end):
                top.append(q)
    # Chains: continues on all pieces but the first, continued on all but the last.
    last_of: dict[int, int] = {}
    for k, q in enumerate(top):
        if q.chain is not None:
            last_of[q.chain] = k
    seen: set[int] = set()
    out: list[Quotation] = []
    for k, q in enumerate(top):
        continues = continued = False
        if q.chain is not None:
            continues = q.chain in seen
            seen.add(q.chain)
            continued = last_of[q.chain] != k
        content_start = q.start + len(q.mark) + q.lpad
        content_end = q.end if q.close is None else max(content_start, q.close - q.rpad)
        out.append(
            Quotation(
                start=q.start,
                end=q.end,
                content_start=content_start,
                content_end=content_end,
                open_mark=q.mark,
                close_mark=q.close_mark,
                paragraph=q.paragraph,
                continues=continues,
                continued=continued,
            )
        )
    return out
