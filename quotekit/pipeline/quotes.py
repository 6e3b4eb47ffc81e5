"""Find quotations in raw text by their quote marks (no spaCy needed).

The scanner works paragraph by paragraph (see :func:`paragraphs`) and keeps a stack of open
quote marks, so nested quotes stay inside their outer quotation and only top-level
quotations are returned by :func:`find_quotations`.

Supported styles: “curly”, "straight", ‘single curly’, 'single straight', «guillemets»,
»reversed«, „German“ (also „…”), ‚low single‘, ‹single guillemets›, 「CJK」 and 『CJK』
brackets (plus their vertical forms and 〝…〞), ″double prime″ and ＂fullwidth＂ marks, and
''two apostrophes'' used as double quotes (as in New York Times copy).

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
The scanner runs in linear time: marks are found with one regular expression made of a
single character class, and every open mark is pushed and popped at most once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import attrs

from quotekit import lexicon

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

# --------------------------------------------------------------------------------------
# Mark tables
# --------------------------------------------------------------------------------------

@attrs.frozen(slots=True)
class QuoteMark:
    """One row of ``data/quote_marks.tsv``, the one table of quote characters.

    Attributes:
        mark: The mark (one character, or ``''`` for two apostrophes).
        closes: The marks that may close a quotation it opens (empty: it never opens).
        family: Its family for multi-paragraph quotations ("double", "single", a bracket), or
            ``""`` for a mark the scanner ignores.
        kind: Marks of one kind cannot both be open at once.
        flags: ``clear``, ``apostrophe``, ``bracket``, ``headline`` (see the data file).
    """

    mark: str
    closes: frozenset[str]
    family: str
    kind: str
    flags: frozenset[str]


_FLAGS = frozenset({"clear", "apostrophe", "bracket", "headline"})


def _read_marks() -> tuple[QuoteMark, ...]:
    rows = []
    for number, (mark, closes, family, kind, flags) in lexicon._rows(
            "quote_marks.tsv", 5, "mark\tcloses\tfamily\tkind\tflags"):
        flag_set = frozenset() if flags == "-" else frozenset(flags.split(","))
        if not flag_set <= _FLAGS:
            raise ValueError(f"quote_marks.tsv:{number}: unknown flags {sorted(flag_set - _FLAGS)}")
        rows.append(QuoteMark(mark, frozenset() if closes == "-" else frozenset(closes.split()),
                              "" if family == "-" else family, mark if kind == "-" else kind,
                              flag_set))
    return tuple(rows)


#: The quote-mark table (``data/quote_marks.tsv``), in file order.
MARK_TABLE: tuple[QuoteMark, ...] = _read_marks()

#: Each opening mark and the marks that may close it.
OPEN_MARKS: dict[str, frozenset[str]] = {m.mark: m.closes for m in MARK_TABLE if m.closes}

#: Every mark that can close some quotation.
CLOSE_MARKS: frozenset[str] = frozenset().union(*OPEN_MARKS.values())

#: Every character the scanner looks at (``''`` is made of two of them).
QUOTE_MARKS: frozenset[str] = frozenset(m for m in OPEN_MARKS.keys() | CLOSE_MARKS if len(m) == 1)

#: The marks the statement rules trim from contents and look for around quotations: every
#: single-character mark of the table.
STATEMENT_MARKS: str = "".join(m.mark for m in MARK_TABLE if len(m.mark) == 1)

#: The marks that keep a paragraph's words before a colon from being a headline's source.
HEADLINE_MARKS: str = "".join(m.mark for m in MARK_TABLE if "headline" in m.flags)

_SCANNED = [m for m in MARK_TABLE if m.mark in OPEN_MARKS or m.mark in CLOSE_MARKS]

#: Single marks that double as apostrophes and follow the stricter single-mark rules.
_APOSTROPHE_LIKE: frozenset[str] = frozenset(
    m.mark for m in _SCANNED if "apostrophe" in m.flags)

#: Brackets that are never apostrophes and need no context (CJK text has no spaces).
_CONTEXT_FREE: frozenset[str] = frozenset(m.mark for m in _SCANNED if "bracket" in m.flags)

#: Marks that count as the same *kind*: a new left-flanking opener of a kind that is
#: already open means the earlier one lost its closing mark.
_KIND: dict[str, str] = {m.mark: m.kind for m in _SCANNED}

#: Families for the multi-paragraph convention: a paragraph opening with a mark of the
#: same family as the previous paragraph's unclosed quotation continues it.
_FAMILY: dict[str, str] = {m.mark: m.family for m in _SCANNED}

#: Openers that count as *clear* (reported up to the paragraph end when never closed) when
#: left-flanking.  Straight ' and a ” used as an opener are never clear.
_CLEAR_OPENERS: frozenset[str] = frozenset(
    m.mark for m in _SCANNED if m.closes and "clear" in m.flags)

#: Words that follow an eliding apostrophe: 'n', 'em, 'cause, ... (lower case).  A single
#: mark in front of one of these (or of a digit, as in ’90s) is an apostrophe.
ELISIONS: frozenset[str] = frozenset(
    {
        "n", "em", "cause", "cos", "coz", "til", "tis", "twas", "bout", "nuff", "kay",
        "s", "t", "d", "ll", "m", "re", "ve", "ol", "im", "er",
    }
)  # fmt: skip
_MAX_ELISION = max(map(len, ELISIONS))

#: Straight marks right after ``=`` delimit a markup attribute value, not a quotation.
_ATTRIBUTE_QUOTES: frozenset[str] = frozenset(["'", '"', "''"])

#: Line breaks that separate paragraphs.
_LINE_BREAKS = "\n\r\u2028\u2029"

_MARK_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")
_LINE_RE = re.compile("[^" + _LINE_BREAKS + "]+")
_WORDY_RE = re.compile(r"[^\W_]")


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


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
    #: First character inside the marks (``start + len(open_mark)``).
    content_start: int
    #: Offset of the closing mark (``== end`` when unclosed).
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


def find_quotations(text: str) -> list[Quotation]:
    """Return the top-level quotations of ``text`` in text order.

    Nested quotations stay inside their outer quotation's content.  A multi-paragraph
    quotation is returned as one :class:`Quotation` per paragraph, linked by the
    ``continued``/``continues`` flags.  See the module docstring for how apostrophes and
    unbalanced marks are handled.
    """
    paras = paragraphs(text)
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    scanner = _Scanner(text)
    pieces: list[_Piece] = []
    mi = 0
    n_marks = len(marks)
    chain: int | None = None  # chain id when this paragraph must continue a quotation
    next_chain = 0
    for p, (ps, pe) in enumerate(paras):
        while mi < n_marks and marks[mi] < ps:
            mi += 1
        first = mi
        while mi < n_marks and marks[mi] < pe:
            mi += 1
        nxt_family = None
        if p + 1 < len(paras):
            nxt_family = _paragraph_opener_family(text, *paras[p + 1])
        result = scanner.scan(p, ps, pe, marks[first:mi], chain, nxt_family)
        pieces.extend(result.pieces)
        chain = None
        if result.continued is not None:
            piece = result.continued
            if piece.chain is None:
                piece.chain = next_chain
                next_chain += 1
            chain = piece.chain
    return _finish(text, pieces)


# --------------------------------------------------------------------------------------
# Implementation
# --------------------------------------------------------------------------------------


@attrs.define(slots=True)
class _Entry:
    """An open mark on the scanner's stack."""

    start: int
    mark: str
    kind: str
    clear: bool
    chain: int | None = None  # set when this opener continues a quotation


@attrs.define(slots=True)
class _Piece:
    """A candidate quotation, before top-level filtering."""

    start: int
    end: int
    close: int | None  # offset of the closing mark
    mark: str
    close_mark: str | None
    paragraph: int
    chain: int | None = None
    continued: bool = False


@attrs.define(slots=True)
class _Result:
    pieces: list[_Piece]
    continued: _Piece | None


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _is_space(ch: str) -> bool:
    """Whitespace, or an invisible format character (bidi embeddings, zero-width space)."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _is_elision(text: str, i: int, pe: int) -> bool:
    """Whether the single mark at ``i`` elides letters (’90s, 'n', 'em) rather than opens."""
    j = i + 1
    if j < pe and text[j].isdigit():
        return True
    k = j
    limit = min(pe, j + _MAX_ELISION + 1)
    while k < limit and text[k].isalpha():
        k += 1
    if k == j or k - j > _MAX_ELISION:
        return False
    if k < pe and text[k].isalnum():
        return False
    return text[j:k].lower() in ELISIONS


def _tokens(text: str, marks: list[int], ps: int, pe: int) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, mark)`` for the marks of paragraph ``[ps, pe)``.

    A run of straight apostrophes is split into ``''`` double marks (the NYT style) and at
    most one single ``'``: last when the run opens a word (``\'\'\'Hi``), first otherwise.
    """
    k = 0
    n = len(marks)
    while k < n:
        i = marks[k]
        if text[i] != "'" or i + 1 >= pe or text[i + 1] != "'":
            yield i, text[i]
            k += 1
            continue
        j = i
        while j < pe and text[j] == "'":
            j += 1
        k += j - i
        pos = i
        if (j - i) % 2:
            before = text[i - 1] if i > ps else " "
            after = text[j] if j < pe else " "
            opens = not _is_space(after) and (_is_space(before) or _is_punct(before))
            if not opens:
                yield pos, "'"
                pos += 1
        while pos + 1 < j:
            yield pos, "''"
            pos += 2
        if pos < j:
            yield pos, "'"


def _paragraph_opener_family(text: str, ps: int, pe: int) -> str | None:
    """Family of the mark that opens the paragraph ``[ps, pe)``, if it starts with one."""
    c = "''" if text.startswith("''", ps) else text[ps]
    if c not in OPEN_MARKS:
        return None
    if c not in _CONTEXT_FREE:
        if ps + len(c) >= pe or _is_space(text[ps + len(c)]):
            return None
        if c in _APOSTROPHE_LIKE and _is_elision(text, ps, pe):
            return None
    return _FAMILY[c]


class _Scanner:
    """Scans one paragraph at a time with a stack of open marks.

    ``by_closer[c]`` and ``by_kind[k]`` hold the stack indices of open entries that accept
    ``c`` as a closer / are of kind ``k``, so the nearest candidate is found in O(1).
    """

    __slots__ = ("by_closer", "by_kind", "done", "stack", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Entry] = []
        self.by_closer: dict[str, list[int]] = {c: [] for c in CLOSE_MARKS}
        self.by_kind: dict[str, list[int]] = {}
        self.done: list[_Piece] = []

    # -- stack operations ----------------------------------------------------------------

    def _push(self, entry: _Entry) -> None:
        idx = len(self.stack)
        self.stack.append(entry)
        for c in OPEN_MARKS[entry.mark]:
            self.by_closer[c].append(idx)
        self.by_kind.setdefault(entry.kind, []).append(idx)

    def _pop(self) -> _Entry:
        entry = self.stack.pop()
        for c in OPEN_MARKS[entry.mark]:
            self.by_closer[c].pop()
        self.by_kind[entry.kind].pop()
        return entry

    def _pop_to(self, idx: int) -> None:
        """Drop every entry at stack index ``idx`` or above."""
        while len(self.stack) > idx:
            self._pop()

    def _open(self, i: int, c: str, clear: bool, chain: int | None = None) -> None:
        kind = _KIND.get(c, c)
        same = self.by_kind.get(kind)
        if same:
            # The earlier mark of this kind was never closed: drop it (and what it holds).
            self._pop_to(same[-1])
        self._push(_Entry(i, c, kind, clear, chain))

    def _close(self, idx: int, i: int, c: str, p: int) -> None:
        self._pop_to(idx + 1)
        entry = self._pop()
        self.done.append(_Piece(entry.start, i + len(c), i, entry.mark, c, p, entry.chain))

    # -- scanning --------------------------------------------------------------------------

    def scan(
        self,
        p: int,
        ps: int,
        pe: int,
        marks: list[int],
        chain: int | None,
        next_family: str | None,
    ) -> _Result:
        """Scan paragraph ``p`` = ``[ps, pe)`` whose quote marks are at ``marks``."""
        text = self.text
        self.done = []
        by_closer = self.by_closer
        for i, c in _tokens(text, marks, ps, pe):
            if chain is not None and i == ps:
                # The paragraph opens a continuation of the previous paragraph's quotation.
                self._open(i, c, True, chain)
                continue
            if c in _CONTEXT_FREE:
                if c in OPEN_MARKS:
                    self._open(i, c, True)
                elif by_closer[c]:
                    self._close(by_closer[c][-1], i, c, p)
                continue
            prev = text[i - 1] if i > ps else None
            j = i + len(c)
            nxt = text[j] if j < pe else None
            if prev == "=" and c in _ATTRIBUTE_QUOTES:
                continue  # markup attribute: <tweet author="@x">
            prev_space = prev is None or _is_space(prev)
            next_space = nxt is None or _is_space(nxt)
            left = not next_space and (prev_space or _is_punct(prev))  # type: ignore[arg-type]
            right = not prev_space and (next_space or _is_punct(nxt))  # type: ignore[arg-type]
            if c in _APOSTROPHE_LIKE:
                self._single(i, c, p, pe, prev, nxt, left, right)
                continue
            cands = by_closer.get(c)
            can_open = c in OPEN_MARKS
            if left and not right:
                if can_open:
                    self._open(i, c, c in _CLEAR_OPENERS)
                elif cands:
                    self._close(cands[-1], i, c, p)
            elif right and not left:
                if cands:
                    self._close(cands[-1], i, c, p)
            elif cands:
                self._close(cands[-1], i, c, p)
            elif can_open and (left or (prev_space and next_space)):
                self._open(i, c, False)
        return self._end_paragraph(p, pe, next_family)

    def _single(
        self,
        i: int,
        c: str,
        p: int,
        pe: int,
        prev: str | None,
        nxt: str | None,
        left: bool,
        right: bool,
    ) -> None:
        """Handle an apostrophe-like single mark."""
        if prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
            return  # word-internal: don't, o'clock, y'all
        stack = self.stack
        top = stack[-1] if stack else None
        closes_top = top is not None and c in OPEN_MARKS[top.mark] and not self._after_n(i)
        can_open = c in OPEN_MARKS and not _is_elision(self.text, i, pe)
        if left and not right:
            if can_open:
                self._open(i, c, c in _CLEAR_OPENERS)
        elif right and not left:
            if closes_top:
                self._close(len(stack) - 1, i, c, p)
        elif left and right:
            if closes_top:
                self._close(len(stack) - 1, i, c, p)
            elif can_open:
                self._open(i, c, False)

    def _after_n(self, i: int) -> bool:
        """Whether the mark at ``i`` ends an elided 'n' (rock 'n' roll)."""
        text = self.text
        return (
            i >= 2
            and text[i - 1] in "nN"
            and text[i - 2] in _APOSTROPHE_LIKE
            and (i == 2 or not text[i - 3].isalnum())
        )

    def _end_paragraph(self, p: int, pe: int, next_family: str | None) -> _Result:
        continued: _Piece | None = None
        for entry in self.stack:
            matches = next_family is not None and _FAMILY[entry.mark] == next_family
            if matches or entry.clear or entry.chain is not None:
                piece = _Piece(entry.start, pe, None, entry.mark, None, p, entry.chain)
                piece.continued = matches
                self.done.append(piece)
                if matches:
                    continued = piece
                break
        self._pop_to(0)
        return _Result(self.done, continued)


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
        content_end = q.close if q.close is not None else q.end
        out.append(
            Quotation(
                start=q.start,
                end=q.end,
                content_start=q.start + len(q.mark),
                content_end=content_end,
                open_mark=q.mark,
                close_mark=q.close_mark,
                paragraph=q.paragraph,
                continues=continues,
                continued=continued,
            )
        )
    return out
