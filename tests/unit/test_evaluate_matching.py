"""quotekit.evaluate.matching on hand-built gold units and statements (no model)."""

from __future__ import annotations

import pytest

from quotekit.evaluate import GoldAttribution, GoldUnit, match_units
from quotekit.evaluate.matching import match_exact, overlap, overlaps_any
from quotekit.types import Statement


def _unit(start: int, end: int, kind: str = "indirect") -> GoldUnit:
    return GoldUnit(start, end, kind, GoldAttribution(content=((start, end),), kind=kind))


def _statement(text: str, start: int, end: int) -> Statement:
    return Statement(content=text[start:end], start=start, end=end, kind="indirect")


def test_overlap() -> None:
    assert overlap(0, 10, 5, 20) == 5
    assert overlap(0, 10, 10, 20) == 0
    assert overlap(5, 20, 0, 10) == 5
    assert overlaps_any(3, 6, [(0, 2), (5, 9)])
    assert not overlaps_any(3, 6, [(0, 3), (6, 9)])


def test_threshold_is_strictly_exceeded() -> None:
    units = [_unit(0, 10)]
    assert match_units(units, [(0, 3)], 0.3) == {}  # 3/10 is not MORE than 0.3
    assert match_units(units, [(0, 4)], 0.3) == {0: 0}
    assert match_units(units, [(0, 8)], 0.8) == {}
    assert match_units(units, [(0, 9)], 0.8) == {0: 0}


def test_coverage_is_of_the_gold_unit() -> None:
    # a prediction much longer than the unit still matches: only the unit's share counts
    assert match_units([_unit(10, 20)], [(0, 100)], 0.8) == {0: 0}


def test_one_to_one_in_unit_order() -> None:
    units = [_unit(20, 30), _unit(0, 10)]
    # one prediction covering both units goes to the unit that comes first in the text
    assert match_units(units, [(0, 30)], 0.3) == {1: 0}
    # two predictions: each unit takes one
    assert match_units(units, [(0, 30), (18, 30)], 0.3) == {1: 0, 0: 1}


def test_tie_breaks() -> None:
    unit = [_unit(10, 20)]
    # earliest start wins even against a larger overlap
    assert match_units(unit, [(12, 20), (8, 15)], 0.3) == {0: 1}
    # same start: the larger overlap
    assert match_units(unit, [(10, 14), (10, 19)], 0.3) == {0: 1}
    # same start and overlap: the earliest end
    assert match_units(unit, [(10, 30), (10, 25)], 0.3) == {0: 1}
    # identical spans: the first returned
    assert match_units(unit, [(10, 20), (10, 20)], 0.3) == {0: 0}


def test_offset_pairs_and_empty_units() -> None:
    assert match_units([(0, 10), (5, 5)], [(0, 10), (5, 6)], 0.3) == {0: 0}
    assert match_units([], [(0, 1)], 0.3) == {}
    assert match_units([(0, 10)], [], 0.3) == {}


@pytest.mark.parametrize("threshold", [0.0, 0.3, 0.8])
def test_disjoint_spans_never_match(threshold: float) -> None:
    assert match_units([_unit(0, 10)], [(10, 20)], threshold) == {}


def test_match_exact_trims_punctuation_and_quote_marks() -> None:
    text = 'He said: "We will win." Then he left.'
    q = text.index('"We')
    units = [_unit(q, q + len('"We will win."'))]
    inner = _statement(text, q + 1, q + len('"We will win'))  # no marks, no final stop
    assert match_exact(text, units, [inner]) == {0: 0}
    shorter = _statement(text, q + 1, q + len('"We will'))
    assert match_exact(text, units, [shorter]) == {}
    # one-to-one: a second identical unit finds no prediction left
    assert match_exact(text, [*units, *units], [inner]) == {0: 0}
