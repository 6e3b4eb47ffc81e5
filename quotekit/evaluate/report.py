"""The results of an evaluation: :class:`EvaluationResult` (figures, the printed table and
the error summary) and :class:`ErrorRecord` (one error, for inspection); see
:mod:`quotekit.evaluate`."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import attrs

from quotekit.evaluate.gold import GoldDocument, GoldUnit, Offsets
from quotekit.evaluate.named import NamedScore
from quotekit.evaluate.scoring import GROUPS, PRF, Accuracy, threshold_label
from quotekit.types import Evidence, Statement

__all__ = ["ErrorRecord", "EvaluationResult", "error_record", "rule_label", "speaker_label"]


def _first_word(text: str) -> str | None:
    words = text.replace(";", " ").split()
    return words[0] if words else None


def speaker_label(evidence: Evidence) -> str:
    """How the error summary names a speaker strategy: ``"speaker:follows:name"`` (the
    continuation depth as :attr:`~quotekit.types.Evidence.speaker_text` writes it), or
    ``"(none)"`` where no speaker was looked for."""
    if evidence.speaker_text is None:
        return "(none)"
    return _first_word(evidence.speaker_text) or "(none)"


def rule_label(evidence: Evidence) -> str:
    """How the error summary names a rule: the first word of ``rule(cue)``
    (``"indirect:verb(say+ccomp)"``; a cue of two words is cut at the space, as the summary
    has always shown it), else the speaker's label, else ``"(none)"``."""
    head = evidence.rule if evidence.cue is None else f"{evidence.rule}({evidence.cue})"
    return _first_word(head) or speaker_label(evidence)


@attrs.frozen(slots=True)
class ErrorRecord:
    """One error, for inspection.

    Attributes:
        doc_id: The gold document.
        type: ``"missed"``, ``"spurious"``, ``"wrong_speaker"`` or ``"wrong_cue"``.
        gold_start, gold_end, gold_text: The gold unit (None for a spurious prediction).
        gold_kind: ``"quoted"`` or ``"indirect"`` (None for a spurious prediction).
        gold_cue: The gold cue's text, or None.
        gold_source: The gold source's text (or gold speaker name), or None.
        pred_start, pred_end, pred_text: The prediction (None for a missed unit).
        pred_kind: The prediction's ``Statement.kind`` (None for a missed unit).
        pred_cue: The predicted cue's text, or None.
        pred_mention: The predicted mention's text, or None.
        pred_speaker: The predicted speaker's name, or None.
        evidence: The prediction's ``evidence`` string ("" for a missed unit).
        context: About 100 characters either side of the spans involved, spans included.
        evidence_parts: The prediction's :class:`~quotekit.types.Evidence` (None for a missed
            unit, or where only the string was given). Not written by :meth:`to_dict`.
    """

    doc_id: str
    type: str
    gold_start: int | None = None
    gold_end: int | None = None
    gold_text: str | None = None
    gold_kind: str | None = None
    gold_cue: str | None = None
    gold_source: str | None = None
    pred_start: int | None = None
    pred_end: int | None = None
    pred_text: str | None = None
    pred_kind: str | None = None
    pred_cue: str | None = None
    pred_mention: str | None = None
    pred_speaker: str | None = None
    evidence: str = ""
    context: str = ""
    evidence_parts: Evidence | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def structured_evidence(self) -> Evidence:
        """``evidence_parts``, or ``evidence`` read back where only the string was given."""
        if self.evidence_parts is not None:
            return self.evidence_parts
        return Evidence.parse(self.evidence)

    @property
    def rule(self) -> str:
        """The rule that produced the prediction, as the error summary names it (see
        :func:`rule_label`; ``"(none)"`` for a missed unit)."""
        return rule_label(self.structured_evidence)

    def to_dict(self) -> dict[str, Any]:
        """All fields as a JSON-ready dict (``evidence`` as the string)."""
        return attrs.asdict(self, filter=lambda a, _value: a.name != "evidence_parts")


def _pieces_text(text: str, pieces: tuple[Offsets, ...] | None) -> str | None:
    if not pieces:
        return None
    return " ".join(text[s:e] for s, e in pieces)


def _context(text: str, start: int, end: int, width: int = 100) -> str:
    return text[max(0, start - width) : min(len(text), end + width)]


def error_record(
    doc: GoldDocument,
    type_: str,
    unit: GoldUnit | None = None,
    pred: Statement | None = None,
) -> ErrorRecord:
    """The :class:`ErrorRecord` of type ``type_`` for a gold unit, a prediction, or both."""
    text = doc.text
    spans = []
    fields: dict[str, Any] = {}
    if unit is not None:
        a = unit.attribution
        spans.append((unit.start, unit.end))
        fields.update(
            gold_start=unit.start,
            gold_end=unit.end,
            gold_text=text[unit.start : unit.end],
            gold_kind=unit.kind,
            gold_cue=_pieces_text(text, a.cue),
            gold_source=_pieces_text(text, a.source) or a.speaker_name,
        )
    if pred is not None:
        spans.append((pred.start, pred.end))
        fields.update(
            pred_start=pred.start,
            pred_end=pred.end,
            pred_text=text[pred.start : pred.end],
            pred_kind=pred.kind,
            pred_cue=pred.cue.text if pred.cue else None,
            pred_mention=pred.mention.text if pred.mention else None,
            pred_speaker=pred.speaker_name,
            evidence=str(pred.evidence),
            evidence_parts=pred.evidence,
        )
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    return ErrorRecord(doc_id=doc.doc_id, type=type_, context=_context(text, start, end), **fields)


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


@attrs.frozen
class EvaluationResult:
    """The figures of one evaluation run.

    Attributes:
        thresholds: The overlap thresholds used.
        scores: ``scores[group][key]`` is a :class:`PRF`, for group in :data:`GROUPS` and key
            a threshold label (``f"{t:g}"``, e.g. ``"0.3"``) or ``"exact"``.
        cue_accuracy: Per group (of the gold unit's kind): among pairs matched at the lowest
            threshold whose gold has a cue, those whose predicted cue overlaps it.
        speaker_accuracy: Per group: among pairs matched at the lowest threshold whose gold
            has a source (or a speaker name), those whose prediction got it right.
        documents: Number of gold documents.
        gold: Number of gold units.
        predictions: Number of predicted statements.
        matches: Number of matched pairs at the lowest threshold.
        errors: Misses, spurious predictions, wrong speakers and wrong cues (at the lowest
            threshold), in document order.
        confidence_bands: For each band of :data:`CONFIDENCE_BANDS` (by its label), the
            predictions whose confidence falls in it and how many of them are right: matched
            at the lowest threshold, their speaker not judged wrong.
        scope: The view of the gold the figures are for (``"attribution"``: every gold
            attribution; ``"speech"``: those of other classes optional).
        named: Named accuracy on a named gold (see :mod:`quotekit.evaluate.named`), where one
            was given; else None.
    """

    thresholds: tuple[float, ...]
    scores: dict[str, dict[str, PRF]]
    cue_accuracy: dict[str, Accuracy]
    speaker_accuracy: dict[str, Accuracy]
    documents: int
    gold: int
    predictions: int
    matches: int
    errors: list[ErrorRecord] = attrs.field(factory=list)
    confidence_bands: dict[str, Accuracy] = attrs.field(factory=dict)
    scope: str = "attribution"
    named: NamedScore | None = None

    def _key(self, threshold: float | str | None) -> str:
        if threshold is None:
            return threshold_label(self.thresholds[0])
        if isinstance(threshold, str):
            return threshold
        return threshold_label(threshold)

    def prf(self, threshold: float | str | None = None, group: str = "all") -> PRF:
        """The :class:`PRF` for ``group`` at ``threshold`` (default: the lowest; or "exact")."""
        return self.scores[group][self._key(threshold)]

    def precision(self, threshold: float | str | None = None, group: str = "all") -> float:
        """Precision for ``group`` at ``threshold`` (default: the lowest)."""
        return self.prf(threshold, group).precision

    def recall(self, threshold: float | str | None = None, group: str = "all") -> float:
        """Recall for ``group`` at ``threshold`` (default: the lowest)."""
        return self.prf(threshold, group).recall

    def f1(self, threshold: float | str | None = None, group: str = "all") -> float:
        """F1 for ``group`` at ``threshold`` (default: the lowest)."""
        return self.prf(threshold, group).f1

    def to_dict(self) -> dict[str, Any]:
        """Figures and counts as a JSON-ready dict (errors left out: see :meth:`errors_jsonl`;
        ``named`` only where a named gold was scored)."""
        out: dict[str, Any] = {
            "thresholds": list(self.thresholds),
            "scores": {
                g: {k: prf.to_dict() for k, prf in by_key.items()}
                for g, by_key in self.scores.items()
            },
            "cue_accuracy": {g: a.to_dict() for g, a in self.cue_accuracy.items()},
            "speaker_accuracy": {g: a.to_dict() for g, a in self.speaker_accuracy.items()},
            "documents": self.documents,
            "gold": self.gold,
            "predictions": self.predictions,
            "matches": self.matches,
            "errors": len(self.errors),
            "confidence_bands": {b: a.to_dict() for b, a in self.confidence_bands.items()},
            "scope": self.scope,
        }
        if self.named is not None:
            out["named"] = self.named.to_dict()
        return out

    def format_table(self) -> str:
        """A plain-text table of every figure, for a terminal."""
        keys = [threshold_label(t) for t in self.thresholds] + ["exact"]
        block = 3 * 7 + 1  # three 7-wide figures and a space
        top = f"{'':<9}" + "".join(
            f"|{(k if k == 'exact' else 'overlap>' + k):^{block}}" for k in keys
        )
        top += f"|{'counts':^15}|{'accuracy':^17}"
        head = f"{'':<9}" + "".join(f"|{'P':>7}{'R':>7}{'F1':>7} " for _ in keys)
        head += f"|{'gold':>7}{'pred':>7} |{'cue':>8}{'speaker':>8} "
        lines = [top, head, "-" * len(head)]
        for group in GROUPS:
            row = f"{group:<9}"
            for k in keys:
                prf = self.scores[group][k]
                row += f"|{prf.precision:7.3f}{prf.recall:7.3f}{prf.f1:7.3f} "
            first = self.scores[group][keys[0]]
            row += f"|{first.gold:>7}{first.predictions:>7} "
            row += f"|{_fmt(self.cue_accuracy[group].value):>8}"
            row += f"{_fmt(self.speaker_accuracy[group].value):>8} "
            lines.append(row)
        lo = threshold_label(self.thresholds[0])
        cue, spk = self.cue_accuracy["all"], self.speaker_accuracy["all"]
        lines.append("")
        lines.append(
            f"documents {self.documents}, gold units {self.gold}, predictions "
            f"{self.predictions}, matches@{lo} {self.matches}; cue accuracy "
            f"{cue.correct}/{cue.total}, speaker accuracy {spk.correct}/{spk.total} "
            f"(over pairs matched at {lo})"
        )
        if self.confidence_bands:
            bands = "; ".join(f"{label} {_fmt(a.value).strip()} ({a.correct}/{a.total})"
                              for label, a in self.confidence_bands.items())
            lines.append(f"precision by confidence ({self.scope} scope): {bands}")
        if self.named is not None:
            lines.append(f"named gold: {self.named.summary()}")
        return "\n".join(lines)

    def errors_jsonl(self) -> str:
        """The errors as JSON lines (one :class:`ErrorRecord` a line)."""
        return "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in self.errors)

    def error_summary(self, top: int = 20) -> str:
        """Error counts by type, by rule (see :func:`rule_label`) and by speaker strategy
        (:func:`speaker_label`), and for missed units by gold kind and by gold cue text
        (lower-cased); ``top`` rows each."""
        lines: list[str] = []

        def section(title: str, counter: Counter[str]) -> None:
            lines.append(title)
            if not counter:
                lines.append("  (none)")
            for name, count in counter.most_common(top):
                lines.append(f"  {count:>6}  {name}")
            lines.append("")

        section("errors by type:", Counter(e.type for e in self.errors))
        for kind in ("spurious", "wrong_speaker", "wrong_cue"):
            section(
                f"{kind} by rule:",
                Counter(e.rule for e in self.errors if e.type == kind),
            )
        section(
            "wrong_speaker by speaker rule:",
            Counter(speaker_label(e.structured_evidence) for e in self.errors
                    if e.type == "wrong_speaker"),
        )
        missed = [e for e in self.errors if e.type == "missed"]
        section("missed by gold kind:", Counter(e.gold_kind or "?" for e in missed))
        section(
            "missed by gold cue:",
            Counter(" ".join((e.gold_cue or "(no cue)").lower().split()) for e in missed),
        )
        return "\n".join(lines).rstrip() + "\n"
