"""Gold annotations: the classes, the kinds of content, and the scored units of a document
(see :mod:`quotekit.evaluate`; the readers are in :mod:`quotekit.evaluate.readers`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

__all__ = [
    "MIN_UNIT_CHARS",
    "GoldAttribution",
    "GoldDocument",
    "GoldUnit",
    "Offsets",
    "gold_kind",
    "gold_units",
    "has_quote_marks",
]

#: Gold pieces shorter than this (after trimming whitespace) are not scored.
MIN_UNIT_CHARS = 3

#: ``(start, end)`` character offsets.
Offsets = tuple[int, int]

# --------------------------------------------------------------------------------------------
# Gold classes
# --------------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class GoldAttribution:
    """One gold attribution: what was said (``content``), the cue and the source.

    Attributes:
        content: The content's pieces as ``(start, end)`` character offsets, in text order.
        cue: The cue's pieces, or None where the gold has no cue.
        source: The source mention's pieces, or None where the gold has no source span.
        speaker_name: The speaker's name where the gold gives one (quotekit JSON), else None.
        kind: ``"quoted"`` (direct or mixed) or ``"indirect"``.
    """

    content: tuple[Offsets, ...]
    cue: tuple[Offsets, ...] | None = None
    source: tuple[Offsets, ...] | None = None
    speaker_name: str | None = None
    kind: str = "indirect"


def _attributions(items: Iterable[GoldAttribution]) -> tuple[GoldAttribution, ...]:
    return tuple(items)


@attrs.frozen(slots=True)
class GoldDocument:
    """One gold article: its id, text and attributions.

    ``offset_mismatches`` counts annotated pieces whose stored text did not equal
    ``text[start:end]`` (the offsets are trusted).
    """

    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...] = attrs.field(default=(), converter=_attributions)
    offset_mismatches: int = 0


@attrs.frozen(slots=True)
class GoldUnit:
    """One scored piece of a gold content, with the attribution it belongs to."""

    start: int
    end: int
    kind: str
    attribution: GoldAttribution


# --------------------------------------------------------------------------------------------
# Quote marks and kinds
# --------------------------------------------------------------------------------------------

_DOUBLE_QUOTES = '“”"„«»‟〝〞＂'
_SINGLE_QUOTES = "‘’'‚‛‹›"
_ALWAYS_OPEN = "‘‚‛‹"  # never used as apostrophes
_WORD = re.compile(r"\w")


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORD.match(ch))


def has_quote_marks(text: str) -> bool:
    """True when ``text`` holds a quotation mark used as such.

    Double quote marks (“ ” " „ « ») always count. Single marks (‘ ’ ') count only as a pair:
    an opening mark (not preceded by a letter or digit, followed by one) and, later, a closing
    mark (preceded by a letter, digit or punctuation, not followed by a letter or digit). So
    “‘in their heads’” counts, while the apostrophes of “Clinton’s” or “voters’ views” do not.
    """
    if any(ch in _DOUBLE_QUOTES for ch in text):
        return True
    opened = False
    for i, ch in enumerate(text):
        if ch not in _SINGLE_QUOTES:
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if not opened:
            if ch in _ALWAYS_OPEN or (not _is_word(before) and _is_word(after)):
                opened = True
        elif not _is_word(after) and before and not before.isspace():
            return True
    return False


def gold_kind(text: str) -> str:
    """``"quoted"`` when ``text`` holds a quotation mark (see :func:`has_quote_marks`)."""
    return "quoted" if has_quote_marks(text) else "indirect"


# --------------------------------------------------------------------------------------------
# Scored units
# --------------------------------------------------------------------------------------------


def gold_units(doc: GoldDocument) -> list[GoldUnit]:
    """The scored pieces of ``doc``'s contents, whitespace-trimmed, sorted by (start, end)."""
    units = []
    for attribution in doc.attributions:
        for start, end in attribution.content:
            start, end = _trim(doc.text, start, end, str.isspace)
            if end - start >= MIN_UNIT_CHARS:
                units.append(GoldUnit(start, end, attribution.kind, attribution))
    units.sort(key=lambda u: (u.start, u.end))
    return units


def _trim(text: str, start: int, end: int, strip: Callable[[str], bool]) -> Offsets:
    end = min(end, len(text))
    while start < end and strip(text[start]):
        start += 1
    while end > start and strip(text[end - 1]):
        end -= 1
    return start, end

