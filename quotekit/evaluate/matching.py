"""Matching predicted statements to gold units by how much of each unit they cover (see
:mod:`quotekit.evaluate`)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from quotekit.evaluate.gold import _SINGLE_QUOTES, GoldUnit, Offsets, _trim
from quotekit.types import Statement

__all__ = ["match_exact", "match_units", "overlap", "overlaps_any"]


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """How many characters ``[a_start, a_end)`` and ``[b_start, b_end)`` share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def overlaps_any(start: int, end: int, pieces: Iterable[Offsets]) -> bool:
    """True when ``[start, end)`` shares a character with one of ``pieces``."""
    return any(overlap(start, end, s, e) > 0 for s, e in pieces)


def _best(span: Offsets, predictions: Sequence[Offsets], taken: set[int],
          threshold: float) -> int | None:
    """The index of the qualifying untaken prediction ``span`` takes, or None."""
    g_start, g_end = span
    length = g_end - g_start
    best: tuple[int, int, int, int] | None = None
    for pi, (p_start, p_end) in enumerate(predictions):
        if pi in taken:
            continue
        shared = overlap(g_start, g_end, p_start, p_end)
        if shared / length > threshold:
            key = (p_start, -shared, p_end, pi)
            if best is None or key < best:
                best = key
    return None if best is None else best[3]


def match_units(
    units: Sequence[GoldUnit] | Sequence[Offsets],
    predictions: Sequence[Offsets],
    threshold: float,
) -> dict[int, int]:
    """Match gold units to predicted spans one-to-one; return ``{unit index: pred index}``.

    A prediction qualifies for a unit when their shared characters are MORE than
    ``threshold`` of the unit's characters. Units are taken in order of (start, end); each
    takes the qualifying unmatched prediction with the earliest start, ties broken by the
    largest overlap, then the earliest end, then the prediction's index.
    """
    spans = [(u.start, u.end) if isinstance(u, GoldUnit) else u for u in units]
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1], i))
    taken: set[int] = set()
    result: dict[int, int] = {}
    for ui in order:
        if spans[ui][1] - spans[ui][0] <= 0:
            continue
        pi = _best(spans[ui], predictions, taken, threshold)
        if pi is not None:
            taken.add(pi)
            result[ui] = pi
    return result


def _is_edge_noise(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ" or ch in _SINGLE_QUOTES


def match_exact(
    text: str, units: Sequence[GoldUnit], predictions: Sequence[Statement]
) -> dict[int, int]:
    """Match gold units to statements with the same span once whitespace, punctuation and
    quote marks are trimmed from both ends; one-to-one, units in order of (start, end)."""
    norm_units = [_trim(text, u.start, u.end, _is_edge_noise) for u in units]
    norm_preds = [_trim(text, p.start, p.end, _is_edge_noise) for p in predictions]
    taken: set[int] = set()
    result: dict[int, int] = {}
    order = sorted(range(len(units)), key=lambda i: (units[i].start, units[i].end, i))
    for ui in order:
        if norm_units[ui][1] <= norm_units[ui][0]:
            continue
        for pi, span in enumerate(norm_preds):
            if pi not in taken and span == norm_units[ui]:
                taken.add(pi)
                result[ui] = pi
                break
    return result
