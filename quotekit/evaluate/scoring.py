"""Figures: precision, recall and F1 (:class:`PRF`), cue and speaker accuracy
(:class:`Accuracy`), and how one matched pair's cue and speaker are judged (see
:mod:`quotekit.evaluate`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from quotekit.evaluate.gold import GoldAttribution
from quotekit.evaluate.matching import overlaps_any
from quotekit.types import Statement

__all__ = [
    "CONFIDENCE_BANDS",
    "GROUPS",
    "PRF",
    "Accuracy",
    "add_judgement",
    "add_matching",
    "band_label",
    "cue_correct",
    "pred_kind",
    "speaker_correct",
    "threshold_label",
]

#: The groups every figure is given for.
GROUPS: tuple[str, ...] = ("all", "quoted", "indirect")
#: The confidence bands precision is given for: ``(label, lowest, highest)``, the lowest
#: included, the highest excluded (1.0 belongs to the last band).
CONFIDENCE_BANDS: tuple[tuple[str, float, float], ...] = (
    ("<0.5", 0.0, 0.5), ("0.5-0.8", 0.5, 0.8), (">=0.8", 0.8, 1.01),
)


def band_label(confidence: float) -> str:
    """The label of the :data:`CONFIDENCE_BANDS` band ``confidence`` falls in."""
    return next(label for label, lo, hi in CONFIDENCE_BANDS if lo <= confidence < hi)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def threshold_label(threshold: float) -> str:
    """The key of a threshold in :attr:`EvaluationResult.scores` (``"0.3"``)."""
    return f"{threshold:g}"


@attrs.frozen(slots=True)
class PRF:
    """Precision, recall and F1 with the counts behind them.

    ``precision = matched_predictions / predictions`` and ``recall = matched_gold / gold``.
    An empty denominator gives 1.0 (no prediction: nothing wrong was predicted; no gold:
    nothing was missed); F1 still drops to 0 when the other side is not empty.
    """

    matched_gold: int
    gold: int
    matched_predictions: int
    predictions: int

    @property
    def precision(self) -> float:
        """Share of predictions that matched a gold unit."""
        return _ratio(self.matched_predictions, self.predictions)

    @property
    def recall(self) -> float:
        """Share of gold units that a prediction matched."""
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Counts and figures as a JSON-ready dict."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "matched_gold": self.matched_gold,
            "gold": self.gold,
            "matched_predictions": self.matched_predictions,
            "predictions": self.predictions,
        }


@attrs.frozen(slots=True)
class Accuracy:
    """``correct`` out of ``total``; ``value`` is None when ``total`` is 0."""

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        """``correct / total``, or None when there was nothing to judge."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """``{"accuracy", "correct", "total"}``."""
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


def pred_kind(statement: Statement) -> str:
    """The group of a prediction: ``"indirect"``, or ``"quoted"`` (direct or mixed)."""
    return "indirect" if statement.kind == "indirect" else "quoted"


def add_matching(counts: Mapping[str, list[int]], unit_kinds: Sequence[str],
                 pred_kinds: Sequence[str], matching: Mapping[int, int]) -> None:
    """Add one document's matching to ``counts[group]``, four running counts in the order
    of :class:`PRF`'s fields (matched gold, gold, matched predictions, predictions)."""
    matched_preds = set(matching.values())
    for group in GROUPS:
        c = counts[group]
        for ui, kind in enumerate(unit_kinds):
            if group in ("all", kind):
                c[1] += 1
                c[0] += ui in matching
        for pi, kind in enumerate(pred_kinds):
            if group in ("all", kind):
                c[3] += 1
                c[2] += pi in matched_preds


def add_judgement(counts: Mapping[str, list[int]], kind: str, verdict: bool) -> None:
    """Add one verdict on a pair whose gold unit is of ``kind`` to ``counts["all"]`` and
    ``counts[kind]`` (each ``[correct, total]``)."""
    for group in ("all", kind):
        counts[group][1] += 1
        counts[group][0] += verdict


def _name_matches(gold_name: str, statement: Statement) -> bool:
    speaker = statement.speaker
    if speaker is None:
        return False
    gold = " ".join(gold_name.lower().split())
    names = {" ".join(n.lower().split()) for n in (speaker.name, *speaker.aliases) if n}
    if gold in names:
        return True
    if " " not in gold:  # a surname only
        return any(n.split()[-1] == gold for n in names if n)
    return False


def speaker_correct(attribution: GoldAttribution, statement: Statement) -> bool | None:
    """Whether ``statement`` names the gold source: its mention overlaps the gold source
    span, or (gold with a speaker name only) its speaker's name or an alias is that name (a
    one-word gold name may be the last word of one). None where the gold names no source."""
    if attribution.source:
        mention = statement.mention
        if mention is None:
            return False
        return overlaps_any(mention.start, mention.end, attribution.source)
    if attribution.speaker_name:
        return _name_matches(attribution.speaker_name, statement)
    return None


def cue_correct(attribution: GoldAttribution, statement: Statement) -> bool | None:
    """Whether ``statement``'s cue overlaps the gold cue; None where the gold has no cue."""
    if not attribution.cue:
        return None
    cue = statement.cue
    return cue is not None and overlaps_any(cue.start, cue.end, attribution.cue)
