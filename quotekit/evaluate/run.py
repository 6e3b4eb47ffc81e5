"""Scoring a predictor against gold: :func:`score` (predictions already made) and
:func:`evaluate` (run the predictor over the gold texts first); see :mod:`quotekit.evaluate`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotekit import lexicon
from quotekit.evaluate.gold import GoldDocument, GoldUnit, gold_units
from quotekit.evaluate.matching import match_exact, match_units
from quotekit.evaluate.named import NamedRecord, NamedScore, score_named
from quotekit.evaluate.readers import load_gold
from quotekit.evaluate.report import ErrorRecord, EvaluationResult, error_record
from quotekit.evaluate.scope import optional_attributions
from quotekit.evaluate.scoring import (
    CONFIDENCE_BANDS,
    GROUPS,
    PRF,
    Accuracy,
    add_judgement,
    add_matching,
    band_label,
    cue_correct,
    pred_kind,
    speaker_correct,
    threshold_label,
)
from quotekit.parser import shared
from quotekit.types import Article, Statement

__all__ = ["Predictor", "evaluate", "judged_statements", "score"]

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
    optional: list[set[int]] | None = None
    keys: list[str] = attrs.field(init=False)
    counts: dict[str, dict[str, list[int]]] = attrs.field(init=False)
    accuracy: dict[str, dict[str, list[int]]] = attrs.field(init=False)
    errors: list[ErrorRecord] = attrs.field(factory=list)
    scope: str = "attribution"
    bands: dict[str, list[int]] = attrs.field(
        factory=lambda: {label: [0, 0] for label, _lo, _hi in CONFIDENCE_BANDS})
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
        optional = self.optional[self.documents] if self.optional is not None else set()
        self.documents += 1
        units = gold_units(doc)
        pred_kinds = [pred_kind(p) for p in preds]
        pred_spans = [(p.start, p.end) for p in preds]
        matchings = {threshold_label(t): match_units(units, pred_spans, t)
                     for t in self.thresholds}
        matchings["exact"] = match_exact(doc.text, units, preds)
        if optional:
            units, preds, pred_kinds, matchings = _required(units, preds, pred_kinds, matchings,
                                                            optional)
        self.gold += len(units)
        self.predictions += len(preds)
        unit_kinds = [u.kind for u in units]
        for key, matching in matchings.items():
            add_matching(self.counts[key], unit_kinds, pred_kinds, matching)
        lowest = matchings[self.keys[0]]
        self.matches += len(lowest)
        self._add_bands(units, preds, lowest)
        self.errors.extend(self._errors(doc, units, preds, lowest))

    def _add_bands(self, units: list[GoldUnit], preds: list[Statement],
                   lowest: dict[int, int]) -> None:
        """Count each prediction in its confidence band, right where it is matched and its
        speaker is not judged wrong."""
        for pred, right in _judged(units, preds, lowest):
            band = self.bands[band_label(pred.confidence)]
            band[1] += 1
            band[0] += right

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
            confidence_bands={label: Accuracy(*counts) for label, counts in self.bands.items()},
            scope=self.scope,
            named=named,
        )


def _judged(units: list[GoldUnit], preds: list[Statement],
            lowest: dict[int, int]) -> Iterator[tuple[Statement, bool]]:
    """Each prediction and whether it is right: matched (``lowest``: unit -> prediction) and
    its speaker not judged wrong."""
    unit_of = {pi: ui for ui, pi in lowest.items()}
    for pi, pred in enumerate(preds):
        ui = unit_of.get(pi)
        yield pred, ui is not None and speaker_correct(units[ui].attribution, pred) is not False


def judged_statements(doc: GoldDocument, preds: Sequence[Statement],
                      optional: set[int] | None = None,
                      threshold: float = 0.3) -> list[tuple[Statement, bool]]:
    """The predictions of ``doc`` that count, each with whether it is right, as the confidence
    bands of :func:`score` judge them: matched to a gold unit (overlap > ``threshold``) with
    the speaker not judged wrong; a prediction matched to an ``optional`` attribution (by
    ``id()``, see :mod:`quotekit.evaluate.scope`) is left out."""
    units, kept = gold_units(doc), list(preds)
    lowest = match_units(units, [(p.start, p.end) for p in kept], threshold)
    if optional:
        units, kept, _kinds, by_key = _required(units, kept, [pred_kind(p) for p in kept],
                                                {"lowest": lowest}, optional)
        lowest = by_key["lowest"]
    return list(_judged(units, kept, lowest))


def _required(units: list[GoldUnit], preds: list[Statement], pred_kinds: list[str],
              matchings: dict[str, dict[int, int]], optional: set[int],
              ) -> tuple[list[GoldUnit], list[Statement], list[str], dict[str, dict[int, int]]]:
    """The units, predictions and matchings of a document without its optional units and the
    predictions matched to one of them at the lowest threshold (neither hit nor false)."""
    keep_units = [i for i, u in enumerate(units) if id(u.attribution) not in optional]
    lowest = next(iter(matchings.values()))
    dropped = {p for u, p in lowest.items() if id(units[u].attribution) in optional}
    keep_preds = [i for i in range(len(preds)) if i not in dropped]
    new_u = {old: new for new, old in enumerate(keep_units)}
    new_p = {old: new for new, old in enumerate(keep_preds)}
    remapped = {key: {new_u[u]: new_p[p] for u, p in m.items() if u in new_u and p in new_p}
                for key, m in matchings.items()}
    return ([units[i] for i in keep_units], [preds[i] for i in keep_preds],
            [pred_kinds[i] for i in keep_preds], remapped)


def score(
    gold_docs: Iterable[GoldDocument],
    predicted: Iterable[Article | Iterable[Statement]],
    *,
    thresholds: Sequence[float] = (0.3, 0.8),
    optional: Sequence[set[int]] | None = None,
    scope: str = "attribution",
    named: Iterable[NamedRecord] | None = None,
) -> EvaluationResult:
    """Score predictions already made: ``predicted[i]`` is for ``gold_docs[i]``.

    Each prediction is an :class:`~quotekit.types.Article` or a list of statements. Cue and
    speaker accuracy and the error records use the matching at the lowest threshold.
    ``optional[i]`` holds the ``id()`` of the attributions of ``gold_docs[i]`` that are
    optional (see :mod:`quotekit.evaluate.scope`): not counted as gold, and a prediction
    matched to one (at the lowest threshold) is not counted either; ``scope`` names that view
    in the result. With ``named`` (records of a named gold,
    :func:`~quotekit.evaluate.load_named`), the result's ``named`` holds the named accuracy
    over the records of the gold documents scored.
    """
    ordered = tuple(sorted(thresholds))
    if not ordered:
        raise ValueError("at least one threshold is needed")
    gold_list = list(gold_docs)
    pred_list = list(predicted)
    if len(gold_list) != len(pred_list):
        raise ValueError(f"{len(gold_list)} gold documents but {len(pred_list)} predictions")
    tally = _Tally(ordered, list(optional) if optional is not None else None, scope=scope)
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
    scope: str | None = None,
    named: Iterable[NamedRecord] | None = None,
) -> EvaluationResult:
    """Run ``predict`` over the gold texts and score it (see :func:`score`).

    Args:
        gold: A gold path (see :func:`load_gold`) or gold documents.
        predict: An object with ``.pipe(texts) -> Iterator[Article]`` (preferred) or
            ``.parse(text) -> Article``, or a callable ``text -> Article | list[Statement]``.
        thresholds: Overlap thresholds (share of a gold unit's characters that must be
            covered, strictly exceeded).
        scope: The view of the gold: ``"attribution"`` (every gold attribution required) or
            ``"speech"`` (attributions whose gold cue reports no speech or writing are
            optional, :mod:`quotekit.evaluate.scope`). None takes ``predict.scope`` where the
            predictor has one (a :class:`quotekit.Parser`), else ``"attribution"``.
        named: Records of a named gold to score too (see :func:`score`).

    Raises:
        ValueError: for an unknown ``scope``.
    """
    docs = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    if scope is None:
        scope = getattr(predict, "scope", None) or "attribution"
    if scope not in lexicon.SCOPES:
        raise ValueError(f"scope must be one of {sorted(lexicon.SCOPES)}, not {scope!r}")
    optional = None
    if scope != "attribution":
        nlp = getattr(predict, "nlp", None) or shared().nlp
        optional = optional_attributions(docs, scope, nlp)
    predictions = list(_run(predict, [d.text for d in docs]))
    return score(docs, predictions, thresholds=thresholds, optional=optional, scope=scope,
                 named=named)
