"""Confidence calibration: a monotone map per scope from raw to calibrated confidence."""

from __future__ import annotations

from unittest import mock

import pytest

from quotekit import lexicon
from quotekit.pipeline import confidence


def test_every_scope_has_an_increasing_map_within_0_1() -> None:
    table = confidence.calibration()
    assert set(table) == set(lexicon.SCOPES)
    for xs, ys in table.values():
        assert list(xs) == sorted(xs) and list(ys) == sorted(ys)
        assert all(0.0 <= v <= 1.0 for v in (*xs, *ys))


@pytest.mark.parametrize("scope", sorted(lexicon.SCOPES))
def test_calibration_keeps_the_order(scope: str) -> None:
    raws = [i / 100 for i in range(101)]
    values = [confidence.calibrate(r, scope) for r in raws]
    assert values == sorted(values)
    assert all(0.0 <= v <= 1.0 for v in values)


def test_interpolates_between_knots_and_clips_beyond() -> None:
    curve = {"speech": ((0.2, 0.6), (0.1, 0.5))}
    with mock.patch.object(confidence, "calibration", lambda: curve):
        assert confidence.calibrate(0.4, "speech") == pytest.approx(0.3)
        assert confidence.calibrate(0.0, "speech") == 0.1
        assert confidence.calibrate(0.9, "speech") == 0.5
        assert confidence.calibrate(0.4, "attribution") == 0.4  # no map: raw
        assert confidence.calibrate(0.4, None) == 0.4
        assert confidence.combine(0.8, 0.5, "speech") == pytest.approx(0.3)
        assert confidence.combine(0.8, 0.5) == pytest.approx(0.4)
