"""Scoring a predictor against gold: :func:`score` (predictions already made) and
:func:`evaluate` (run the predictor over the gold texts first); see :mod:`quotekit.evaluate`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotekit.evaluate.gold import GoldDocument, GoldUnit, gold_units
from quotekit.evaluate.matching import match_exact, match_units
from quotekit.evaluate.named import NamedRecord, NamedScore, score_named
from quotekit.evaluate.readers import load_gold
from quotekit.evaluate.report import ErrorRecord, EvaluationResult, error_record
from quotekit.evaluate.scoring import (
    GROUPS,
    PRF,
    Accuracy,
    add_judgement,
    add_matching,
    cue_correct,
    pred_kind,
    speaker_correct,
    threshold_label,
)
from quotekit.types import Article, Statement

__all__ = ["Predictor", "evaluate", "score"]

#: An object with ``.pipe`` / ``.parse``, or a callable text -> Article | statements.
Predictor = Any

#: The judges of a matched pair, with the counts they add to and the error type they raise.
_JUDGES = (("cue", cue_correct, "wrong_cue"), ("speaker", speaker_correct, "wrong_speaker"))


def _statements(prediction: Article | Iterable[Statement]) -> list[Statement]:
    if isinstance(prediction, Article):
        return list(prediction.statements)
    return list(prediction)


@attrs.define
class _Tally:
    """The counts of a run so far, document by document."""

    thresholds: tuple[float, ...]
    keys: list[str] = attrs.field(init=False)
    counts: dict[str, dict[str, list[int]]] = attrs.field(init=False)
    accuracy: dict[str, dict[str, list[int]]] = attrs.field(init=False)
    errors: list[ErrorRecord] = attrs.field(factory=list)
    documents: int = 0
    gold: int = 0
    predictions: int = 0
    matches: int = 0

    def __attrs_post_init__(self) -> None:
        self.keys = [threshold_label(t) for t in self.thresholds] + ["exact"]
        # counts[key][group] = [matched_gold, gold, matched_predictions, predictions]
        self.counts = {k: {g: [0, 0, 0, 0] for g in GROUPS} for k in self.keys}
        self.accuracy = {name: {g: [0, 0] for g in GROUPS} for name, _, _ in _JUDGES}

    def add(self, doc: GoldDocument, preds: list[Statement]) -> None:
        """Count one document and its predictions."""
        self.documents += 1
        units = gold_units(doc)
        self.gold += len(units)
        self.predictions += len(preds)
        unit_kinds = [u.kind for u in units]
        pred_kinds = [pred_kind(p) for p in preds]
        pred_spans = [(p.start, p.end) for p in preds]
        matchings = {threshold_label(t): match_units(units, pred_spans, t)
                     for t in self.thresholds}
        matchings["exact"] = match_exact(doc.text, units, preds)
        for key, matching in matchings.items():
            add_matching(self.counts[key], unit_kinds, pred_kinds, matching)
        lowest = matchings[self.keys[0]]
        self.matches += len(lowest)
        self.errors.extend(self._errors(doc, units, preds, lowest))

    def _errors(self, doc: GoldDocument, units: list[GoldUnit], preds: list[Statement],
                lowest: dict[int, int]) -> list[ErrorRecord]:
        """Judge the pairs of the lowest threshold; the document's errors in text order
        (at one offset: missed, then wrong cue or speaker, then spurious)."""
        events: list[tuple[int, int, ErrorRecord]] = []
        for ui, unit in enumerate(units):
            if ui not in lowest:
                events.append((unit.start, 0, error_record(doc, "missed", unit)))
                continue
            pred = preds[lowest[ui]]
            for name, judge, type_ in _JUDGES:
                verdict = judge(unit.attribution, pred)
                if verdict is None:
                    continue
                add_judgement(self.accuracy[name], unit.kind, verdict)
                if not verdict:
                    events.append((unit.start, 1, error_record(doc, type_, unit, pred)))
        matched_preds = set(lowest.values())
        for pi, pred in enumerate(preds):
            if pi not in matched_preds:
                events.append((pred.start, 2, error_record(doc, "spurious", pred=pred)))
        events.sort(key=lambda e: (e[0], e[1]))
        return [e[2] for e in events]

    def result(self, named: NamedScore | None = None) -> EvaluationResult:
        """The figures of every document counted."""
        return EvaluationResult(
            thresholds=self.thresholds,
            scores={g: {k: PRF(*self.counts[k][g]) for k in self.keys} for g in GROUPS},
            cue_accuracy={g: Accuracy(*self.accuracy["cue"][g]) for g in GROUPS},
            speaker_accuracy={g: Accuracy(*self.accuracy["speaker"][g]) for g in GROUPS},
            documents=self.documents,
            gold=self.gold,
            predictions=self.predictions,
            matches=self.matches,
            errors=self.errors,
            named=named,
        )


def score(
    gold_docs: Iterable[GoldDocument],
    predicted: Iterable[Article | Iterable[Statement]],
    *,
    thresholds: Sequence[float] = (0.3, 0.8),
    named: Iterable[NamedRecord] | None = None,
) -> EvaluationResult:
    """Score predictions already made: ``predicted[i]`` is for ``gold_docs[i]``.

    Each prediction is an :class:`~quotekit.types.Article` or a list of statements. Cue and
    speaker accuracy and the error records use the matching at the lowest threshold. With
    ``named`` (records of a named gold, :func:`~quotekit.evaluate.load_named`), the result's
    ``named`` holds the named accuracy over the records of the gold documents scored.
    """
    ordered = tuple(sorted(thresholds))
    if not ordered:
        raise ValueError("at least one threshold is needed")
    gold_list = list(gold_docs)
    pred_list = list(predicted)
    if len(gold_list) != len(pred_list):
        raise ValueError(f"{len(gold_list)} gold documents but {len(pred_list)} predictions")
    tally = _Tally(ordered)
    statements: dict[str, list[Statement]] = {}
    for doc, prediction in zip(gold_list, pred_list, strict=True):
        statements[doc.doc_id] = _statements(prediction)
        tally.add(doc, statements[doc.doc_id])
    return tally.result(None if named is None else score_named(named, statements))


def _run(predict: Predictor, texts: list[str]) -> Iterator[Article | Iterable[Statement]]:
    if hasattr(predict, "pipe"):
        yield from predict.pipe(texts)
    elif hasattr(predict, "parse"):
        for text in texts:
            yield predict.parse(text)
    elif callable(predict):
        for text in texts:
            yield predict(text)
    else:
        raise TypeError("predict must have .pipe(texts) or .parse(text), or be callable")


def evaluate(
    gold: str | Path | Iterable[GoldDocument],
    predict: Predictor,
    *,
    thresholds: Sequence[float] = (0.3, 0.8),
    named: Iterable[NamedRecord] | None = None,
) -> EvaluationResult:
    """Run ``predict`` over the gold texts and score it (see :func:`score`).

    Args:
        gold: A gold path (see :func:`load_gold`) or gold documents.
        predict: An object with ``.pipe(texts) -> Iterator[Article]`` (preferred) or
            ``.parse(text) -> Article``, or a callable ``text -> Article | list[Statement]``.
        thresholds: Overlap thresholds (share of a gold unit's characters that must be
            covered, strictly exceeded).
        named: Records of a named gold to score too (see :func:`score`).
    """
    docs = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    predictions = list(_run(predict, [d.text for d in docs]))
    return score(docs, predictions, thresholds=thresholds, named=named)
