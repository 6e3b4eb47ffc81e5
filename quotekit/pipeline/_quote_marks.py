"""The quote-mark table (``data/quote_marks.tsv``) and every set of marks derived from it.

The scanner (:mod:`quotekit.pipeline._quote_scan`) reads its sets from here, and
:mod:`quotekit.pipeline.quotes` re-exports the public ones for the statement rules.
"""

from __future__ import annotations

import re

import attrs

from quotekit import lexicon

__all__ = [
    "APOSTROPHE_LIKE",
    "ATTRIBUTE_QUOTES",
    "CLEAR_OPENERS",
    "CLOSE_MARKS",
    "CONTEXT_FREE",
    "ELISIONS",
    "FAMILY",
    "HEADLINE_MARKS",
    "KIND",
    "MARK_RE",
    "MARK_TABLE",
    "MAX_ELISION",
    "OPEN_MARKS",
    "PAIRED",
    "QUOTE_MARKS",
    "SPACED_CLOSE",
    "SPACED_OPEN",
    "STATEMENT_MARKS",
    "QuoteMark",
]


@attrs.frozen(slots=True)
class QuoteMark:
    """One row of ``data/quote_marks.tsv``, the one table of quote characters.

    Attributes:
        mark: The mark (one character, or two: ``''`` for two apostrophes, LaTeX's two
            backquotes).
        closes: The marks that may close a quotation it opens (empty: it never opens).
        family: Its family for multi-paragraph quotations ("double", "single", a bracket), or
            ``""`` for a mark the scanner ignores.
        kind: Marks of one kind cannot both be open at once.
        flags: ``clear``, ``apostrophe``, ``bracket``, ``headline``, ``spaced-open``,
            ``spaced-close`` (see the data file).
    """

    mark: str
    closes: frozenset[str]
    family: str
    kind: str
    flags: frozenset[str]


_FLAGS = frozenset({"clear", "apostrophe", "bracket", "headline", "spaced-open",
                    "spaced-close"})


def _read_marks() -> tuple[QuoteMark, ...]:
    rows = []
    for number, (mark, closes, family, kind, flags) in lexicon._rows(
            "quote_marks.tsv", 5, "mark\tcloses\tfamily\tkind\tflags"):
        flag_set = frozenset() if flags == "-" else frozenset(flags.split(","))
        if not flag_set <= _FLAGS:
            raise ValueError(f"quote_marks.tsv:{number}: unknown flags {sorted(flag_set - _FLAGS)}")
        if len(mark) == 2 and mark[0] != mark[1]:
            raise ValueError(f"quote_marks.tsv:{number}: a two-character mark doubles one "
                             f"character, not {mark!r}")
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

#: Every character the scanner looks at (``''`` is made of two of them, and so is LaTeX's
#: opening mark of two backquotes).
QUOTE_MARKS: frozenset[str] = frozenset(ch for m in OPEN_MARKS.keys() | CLOSE_MARKS for ch in m)

#: The two-character marks, by their character: a run of that character is read as pairs.
PAIRED: frozenset[str] = frozenset(m[0] for m in OPEN_MARKS.keys() | CLOSE_MARKS if len(m) == 2)

#: The marks the statement rules trim from contents and look for around quotations: every
#: character of the table's marks.
STATEMENT_MARKS: str = "".join(dict.fromkeys(ch for m in MARK_TABLE for ch in m.mark))

#: The marks that keep a paragraph's words before a colon from being a headline's source.
HEADLINE_MARKS: str = "".join(m.mark for m in MARK_TABLE if "headline" in m.flags)

_SCANNED = [m for m in MARK_TABLE if m.mark in OPEN_MARKS or m.mark in CLOSE_MARKS]

#: Single marks that double as apostrophes and follow the stricter single-mark rules.
APOSTROPHE_LIKE: frozenset[str] = frozenset(
    m.mark for m in _SCANNED if "apostrophe" in m.flags)

#: Brackets that are never apostrophes and need no context (CJK text has no spaces).
CONTEXT_FREE: frozenset[str] = frozenset(m.mark for m in _SCANNED if "bracket" in m.flags)

#: Openers that French typography follows with a space (« ... »): after a word start or
#: punctuation and before a space and a word, such a mark opens, the space left out of the
#: quoted words.
SPACED_OPEN: frozenset[str] = frozenset(
    m.mark for m in _SCANNED if m.closes and "spaced-open" in m.flags)

#: Closers that French typography puts after a space: after a word and a space, and before
#: a space, punctuation or the paragraph end, such a mark only closes (or is ignored).
SPACED_CLOSE: frozenset[str] = frozenset(m.mark for m in _SCANNED if "spaced-close" in m.flags)

#: Marks that count as the same *kind*: a new left-flanking opener of a kind that is
#: already open means the earlier one lost its closing mark.
KIND: dict[str, str] = {m.mark: m.kind for m in _SCANNED}

#: Families for the multi-paragraph convention: a paragraph opening with a mark of the
#: same family as the previous paragraph's unclosed quotation continues it.
FAMILY: dict[str, str] = {m.mark: m.family for m in _SCANNED}

#: Openers that count as *clear* (reported up to the paragraph end when never closed) when
#: left-flanking.  Straight ' and a ” used as an opener are never clear.
CLEAR_OPENERS: frozenset[str] = frozenset(
    m.mark for m in _SCANNED if m.closes and "clear" in m.flags)

#: Words that follow an eliding apostrophe: 'n', 'em, 'cause, ... (lower case).  A single
#: mark in front of one of these (or of a digit, as in ’90s) is an apostrophe.
ELISIONS: frozenset[str] = frozenset(
    {
        "n", "em", "cause", "cos", "coz", "til", "tis", "twas", "bout", "nuff", "kay",
        "s", "t", "d", "ll", "m", "re", "ve", "ol", "im", "er",
    }
)  # fmt: skip
#: The longest elision.
MAX_ELISION = max(map(len, ELISIONS))

#: Straight marks right after ``=`` delimit a markup attribute value, not a quotation.
ATTRIBUTE_QUOTES: frozenset[str] = frozenset(["'", '"', "''"])

#: Any character of a mark.
MARK_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")
