"""The quotation scanner's machinery: a stack of open marks per paragraph.

How marks are told apart and what happens to unbalanced ones is described in
:mod:`quotekit.pipeline.quotes`, which turns the pieces found here into quotations; the marks
and their sets come from :mod:`quotekit.pipeline._quote_marks`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

import attrs

from quotekit.pipeline._quote_marks import (
    APOSTROPHE_LIKE,
    ATTRIBUTE_QUOTES,
    CLEAR_OPENERS,
    CLOSE_MARKS,
    CONTEXT_FREE,
    ELISIONS,
    FAMILY,
    KIND,
    MARK_RE,
    MAX_ELISION,
    OPEN_MARKS,
    PAIRED,
    SPACED_CLOSE,
    SPACED_OPEN,
)

__all__ = ["scan_pieces"]


@attrs.define(slots=True)
class _Entry:
    """An open mark on the scanner's stack."""

    start: int
    mark: str
    kind: str
    clear: bool
    chain: int | None = None  # set when this opener continues a quotation
    pad: int = 0  # spaces after a spaced opener (« ...), outside the quoted words


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
    lpad: int = 0  # spaces after the opening mark, outside the quoted words
    rpad: int = 0  # spaces before the closing mark, outside the quoted words


@attrs.define(slots=True)
class _Result:
    pieces: list[_Piece]
    continued: _Piece | None


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _is_space(ch: str) -> bool:
    """Whitespace, or an invisible format character (bidi embeddings, zero-width space)."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _pad_after(text: str, j: int, pe: int) -> int:
    """How many spaces start at ``j`` when a non-space follows them before ``pe`` (else 0)."""
    k = j
    while k < pe and _is_space(text[k]):
        k += 1
    return k - j if k < pe else 0


def _pad_before(text: str, i: int, ps: int) -> int:
    """How many spaces end at ``i`` when a non-space precedes them from ``ps`` (else 0)."""
    k = i
    while k > ps and _is_space(text[k - 1]):
        k -= 1
    return i - k if k > ps else 0


def _is_elision(text: str, i: int, pe: int) -> bool:
    """Whether the single mark at ``i`` elides letters (’90s, 'n', 'em) rather than opens."""
    j = i + 1
    if j < pe and text[j].isdigit():
        return True
    k = j
    limit = min(pe, j + MAX_ELISION + 1)
    while k < limit and text[k].isalpha():
        k += 1
    if k == j or k - j > MAX_ELISION:
        return False
    if k < pe and text[k].isalnum():
        return False
    return text[j:k].lower() in ELISIONS


def _tokens(text: str, marks: list[int], ps: int, pe: int) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, mark)`` for the marks of paragraph ``[ps, pe)``.

    A run of straight apostrophes is split into ``''`` double marks (the NYT style) and at
    most one single ``'``: last when the run opens a word (``\'\'\'Hi``), first otherwise.
    Backquotes are a mark only two together (LaTeX's opening mark); a lone one or a longer
    run (a Markdown code fence) is no mark.
    """
    k = 0
    n = len(marks)
    while k < n:
        i = marks[k]
        c = text[i]
        alone = c in OPEN_MARKS or c in CLOSE_MARKS  # the character is a mark by itself
        if c not in PAIRED or (alone and (i + 1 >= pe or text[i + 1] != c)):
            yield i, c
            k += 1
            continue
        j = i
        while j < pe and text[j] == c:
            j += 1
        k += j - i
        if not alone:  # only the pair is a mark
            if j - i == 2:
                yield i, c + c
            continue
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
    c = text[ps] * 2 if text.startswith(text[ps] * 2, ps) else text[ps]
    if c not in OPEN_MARKS:
        return None
    if c not in CONTEXT_FREE:
        j = ps + len(c)
        spaced = c in SPACED_OPEN and _pad_after(text, j, pe) > 0
        if j >= pe or (_is_space(text[j]) and not spaced):
            return None
        if c in APOSTROPHE_LIKE and _is_elision(text, ps, pe):
            return None
    return FAMILY[c]


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

    def _open(self, i: int, c: str, clear: bool, chain: int | None = None, pad: int = 0
              ) -> None:
        kind = KIND.get(c, c)
        same = self.by_kind.get(kind)
        if same:
            # The earlier mark of this kind was never closed: drop it (and what it holds).
            self._pop_to(same[-1])
        self._push(_Entry(i, c, kind, clear, chain, pad))

    def _close(self, idx: int, i: int, c: str, p: int, spaced: bool = False) -> None:
        """Close the entry at stack index ``idx`` with the mark ``c`` at ``i``; the spaces
        before the mark stay out of the quoted words when either mark is a spaced one."""
        self._pop_to(idx + 1)
        entry = self._pop()
        inner = entry.start + len(entry.mark) + entry.pad
        rpad = _pad_before(self.text, i, inner) if spaced or entry.pad else 0
        self.done.append(_Piece(entry.start, i + len(c), i, entry.mark, c, p, entry.chain,
                                lpad=entry.pad, rpad=rpad))

    def _spaced(self, i: int, c: str, p: int, ps: int, pe: int) -> bool:
        """French spacing: a spaced opener after a word start and before spaces and a word
        opens (« mot ...), a spaced closer after a word and spaces and before a space,
        punctuation or the paragraph end closes or is ignored (... mot »). Return whether
        the mark was taken so."""
        text = self.text
        j = i + len(c)
        if c in SPACED_OPEN:
            pad = _pad_after(text, j, pe)
            if pad and (i == ps or _is_space(text[i - 1]) or _is_punct(text[i - 1])):
                self._open(i, c, False, pad=pad)
                return True
        if c in SPACED_CLOSE and _pad_before(text, i, ps):
            if j == pe or _is_space(text[j]) or _is_punct(text[j]):
                cands = self.by_closer.get(c)
                if cands:
                    self._close(cands[-1], i, c, p, spaced=True)
                return True
        return False

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
                pad = _pad_after(text, i + len(c), pe) if c in SPACED_OPEN else 0
                self._open(i, c, True, chain, pad)
                continue
            if c in CONTEXT_FREE:
                if c in OPEN_MARKS:
                    self._open(i, c, True)
                elif by_closer[c]:
                    self._close(by_closer[c][-1], i, c, p)
                continue
            if (c in SPACED_OPEN or c in SPACED_CLOSE) and self._spaced(i, c, p, ps, pe):
                continue
            prev = text[i - 1] if i > ps else None
            j = i + len(c)
            nxt = text[j] if j < pe else None
            if prev == "=" and c in ATTRIBUTE_QUOTES:
                continue  # markup attribute: <tweet author="@x">
            prev_space = prev is None or _is_space(prev)
            next_space = nxt is None or _is_space(nxt)
            left = not next_space and (prev_space or _is_punct(prev))  # type: ignore[arg-type]
            right = not prev_space and (next_space or _is_punct(nxt))  # type: ignore[arg-type]
            if c in APOSTROPHE_LIKE:
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
                self._open(i, c, c in CLEAR_OPENERS)
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
                self._open(i, c, c in CLEAR_OPENERS)
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
            and text[i - 2] in APOSTROPHE_LIKE
            and (i == 2 or not text[i - 3].isalnum())
        )

    def _end_paragraph(self, p: int, pe: int, next_family: str | None) -> _Result:
        continued: _Piece | None = None
        for entry in self.stack:
            matches = next_family is not None and FAMILY[entry.mark] == next_family
            if matches or entry.clear or entry.chain is not None:
                piece = _Piece(entry.start, pe, None, entry.mark, None, p, entry.chain,
                               lpad=entry.pad)
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
    marks = [m.start() for m in MARK_RE.finditer(text)]
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
