"""The quotation scanner's machinery: the mark table and a stack of open marks per paragraph.

How marks are told apart and what happens to unbalanced ones is described in
:mod:`quotekit.pipeline.quotes`, which turns the pieces found here into quotations.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

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
    "QuoteMark",
    "scan_pieces",
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

_MARK_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")


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
            else:
                self._double(i, c, p, left, right, prev_space and next_space)
        return self._end_paragraph(p, pe, next_family)

    def _double(self, i: int, c: str, p: int, left: bool, right: bool, spaced: bool) -> None:
        """Handle a mark that is no apostrophe: open, close or ignore it by its flanking."""
        cands = self.by_closer.get(c)
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
        elif can_open and (left or spaced):
            self._open(i, c, False)

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


def scan_pieces(text: str, paras: Sequence[tuple[int, int]]) -> list[_Piece]:
    """Every candidate quotation of ``text`` (paragraphs ``paras``), nested ones included,
    with the chains of multi-paragraph quotations."""
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
    return pieces
