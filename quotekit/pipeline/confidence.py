"""Confidence: the one place a statement's confidence is computed, from a data table.

A statement's confidence is the confidence of the rule that found it (``rule`` rows of
``quotekit/data/confidence.tsv``) times the factor of the speaker strategy that named its
source (``speaker`` rows), or times the ``unresolved`` factor where no speaker was found,
rounded to three places and kept within 0..1.

``benchmarks/learn_confidence.py`` measures each rule's and strategy's precision on the
PolNeAR training split and writes the table; see the header of the data file.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from quotekit.lexicon import _rows

__all__ = ["combine", "rule", "speaker", "table"]

_FILE = "confidence.tsv"
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


def combine(rule_confidence: float, factor: float | None) -> float:
    """A statement's confidence: the rule's, times the speaker strategy's ``factor`` (None
    where no speaker was found: the ``unresolved`` default), rounded and within 0..1."""
    if factor is None:
        factor = table()[("default", "unresolved")]
    return round(min(1.0, max(0.0, rule_confidence * factor)), 3)
