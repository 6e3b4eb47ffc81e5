"""Confidence: the one place a statement's confidence is computed, from a data table.

A statement's *raw* confidence is the confidence of the rule that found it (``rule`` rows of
``quotekit/data/confidence.tsv``) times the factor of the speaker strategy that named its
source (``speaker`` rows), or times the ``unresolved`` factor where no speaker was found. The
raw value sorts statements; ``quotekit/data/calibration.tsv`` then maps it, per scope, to how
often statements of that raw value were right on the PolNeAR training split (a monotone map
learned by isotonic regression, so the order is kept), rounded to three places within 0..1.

``benchmarks/learn_confidence.py`` measures each rule's and strategy's precision and writes
the first table; ``benchmarks/calibrate_confidence.py`` learns the second.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from quotekit.lexicon import _rows

__all__ = ["calibrate", "calibration", "combine", "interpolate", "rule", "speaker", "table"]

_FILE = "confidence.tsv"
_CALIBRATION = "calibration.tsv"
_STAGES = frozenset({"rule", "speaker", "default"})


@lru_cache(maxsize=1)
def table() -> Mapping[tuple[str, str], float]:
    """``{(stage, key): value}`` from ``quotekit/data/confidence.tsv`` (read-only)."""
    out: dict[tuple[str, str], float] = {}
    for number, (stage, key, value, _note) in _rows(_FILE, 4, "stage\tkey\tvalue\tnote"):
        if stage not in _STAGES:
            raise ValueError(f"{_FILE}:{number}: stage {stage!r} is not one of {sorted(_STAGES)}")
        if (stage, key) in out:
            raise ValueError(f"{_FILE}:{number}: duplicate entry {stage} {key!r}")
        confidence = float(value)
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"{_FILE}:{number}: {value} is not within 0..1")
        out[(stage, key)] = confidence
    return MappingProxyType(out)


def rule(key: str) -> float:
    """The confidence of statements found by the rule ``key`` ("direct:cue-after-quote")."""
    return table()[("rule", key)]


def speaker(key: str) -> float:
    """The factor of the speaker strategy ``key`` ("name-part", "pronoun:last-speaker")."""
    return table()[("speaker", key)]


@lru_cache(maxsize=1)
def calibration() -> Mapping[str, tuple[tuple[float, ...], tuple[float, ...]]]:
    """``{scope: (raw knots, calibrated values)}`` from ``quotekit/data/calibration.tsv``
    (both increasing; an absent file or scope leaves raw confidences as they are)."""
    points: dict[str, list[tuple[float, float]]] = {}
    try:
        rows = list(_rows(_CALIBRATION, 3, "scope\traw\tcalibrated"))
    except FileNotFoundError:
        return MappingProxyType({})
    for number, (scope, raw, value) in rows:
        x, y = float(raw), float(value)
        if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            raise ValueError(f"{_CALIBRATION}:{number}: values must lie within 0..1")
        points.setdefault(scope, []).append((x, y))
    out = {}
    for scope, pts in points.items():
        pts.sort()
        xs, ys = tuple(p[0] for p in pts), tuple(p[1] for p in pts)
        if any(b < a for a, b in itertools.pairwise(ys)):
            raise ValueError(f"{_CALIBRATION}: the values of scope {scope!r} must not decrease")
        out[scope] = (xs, ys)
    return MappingProxyType(out)


def calibrate(raw: float, scope: str | None) -> float:
    """The calibrated confidence of a ``raw`` one in ``scope``: linear between the knots of
    :func:`calibration`, the end values beyond them; ``raw`` itself without a map."""
    curve = calibration().get(scope) if scope is not None else None
    return raw if curve is None else interpolate(raw, *curve)


def interpolate(raw: float, xs: Sequence[float], ys: Sequence[float]) -> float:
    """The value at ``raw`` of the map through the knots ``(xs[i], ys[i])`` (``xs``
    increasing): linear between knots, the end values beyond them."""
    i = bisect.bisect_right(xs, raw)
    if i == 0:
        return ys[0]
    if i == len(xs):
        return ys[-1]
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1


def combine(rule_confidence: float, factor: float | None, scope: str | None = None) -> float:
    """A statement's confidence: the rule's, times the speaker strategy's ``factor`` (None
    where no speaker was found: the ``unresolved`` default), calibrated for ``scope`` (see
    :func:`calibrate`), rounded and within 0..1."""
    if factor is None:
        factor = table()[("default", "unresolved")]
    raw = min(1.0, max(0.0, rule_confidence * factor))
    return round(min(1.0, max(0.0, calibrate(raw, scope))), 3)
