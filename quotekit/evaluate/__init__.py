"""Score statement extraction against gold annotations.

Two gold formats are read:

* **brat standoff as PolNeAR ships it**: a folder with ``text/<doc>.txt`` and
  ``attributions/<doc>_<annotator>.ann`` (the first ``.ann`` in sorted order is used when a
  document has several). ``T`` lines give Source, Cue and Content spans (``Attribution``,
  ``Attribution-no-source``, ``Discuss`` and ``Discard`` are not scored); ``E`` lines tie the
  parts of one attribution together, in any order and with any part missing. A Content that no
  ``E`` line references is kept with neither source nor cue.
* **quotekit JSON**: a ``.json`` file holding one article ``{"text": ..., "statements": [...]}``
  (statements as :meth:`quotekit.types.Statement.to_dict` writes them) or a list of articles,
  a ``.jsonl`` file with one article a line, or a folder of such files. A speaker may be a bare
  name string; cue and mention may be null.

Scoring (:func:`evaluate`, :func:`score`) works on *gold units*: every piece of a gold content
(a discontiguous content gives one unit per piece; surrounding whitespace is trimmed and pieces
shorter than 3 characters are ignored). A predicted statement's ``[start, end)`` *matches* a
gold unit at threshold ``t`` when the characters they share are MORE than ``t`` of the gold
unit's characters. Matching is one-to-one and greedy, per document: gold units are taken in
order of ``(start, end)``; each takes, among the still unmatched predictions that pass the
threshold, the one with the earliest start, breaking ties by the largest overlap, then the
earliest end, then the order the predictor returned them in.

Figures are given for all units and separately for *quoted* units (direct or mixed: the gold
content holds a quotation mark; a prediction of kind ``direct`` or ``mixed``) and *indirect*
ones. Matching is done once over all units; for a kind, precision is the share of that kind's
predictions that were matched (to a gold unit of any kind) and recall the share of that kind's
gold units that were matched (by a prediction of any kind). A match thus counts for the gold
unit's kind and for the prediction's kind separately.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotekit.types import Article, Statement

__all__ = [
    "GROUPS",
    "PRF",
    "Accuracy",
    "ErrorRecord",
    "EvaluationResult",
    "GoldAttribution",
    "GoldDocument",
    "GoldUnit",
    "corpus_stats",
    "evaluate",
    "gold_kind",
    "gold_units",
    "has_quote_marks",
    "load_brat",
    "load_gold",
    "load_quotekit_json",
    "match_units",
    "score",
]

#: The groups every figure is given for.
GROUPS: tuple[str, ...] = ("all", "quoted", "indirect")

#: Gold pieces shorter than this (after trimming whitespace) are not scored.
MIN_UNIT_CHARS = 3

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


def _pred_kind(statement: Statement) -> str:
    return "indirect" if statement.kind == "indirect" else "quoted"


# --------------------------------------------------------------------------------------------
# brat loading
# --------------------------------------------------------------------------------------------

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_RECORD = re.compile(r"^[A-Z#*]\d*\t")
_IGNORED_LABELS = {"Discuss", "Discard", "Attribution", "Attribution-no-source"}


def _parse_pieces(field: str) -> tuple[Offsets, ...]:
    """The pieces of a brat offsets field, in the order written (brat joins their texts
    with a space in that order)."""
    pieces = []
    for part in field.split(";"):
        start, end = part.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def _role(name: str) -> str:
    return name.rstrip("0123456789")


def _read_ann(ann_text: str, text: str, doc_id: str) -> GoldDocument:
    spans: dict[str, tuple[str, tuple[Offsets, ...], str]] = {}
    events: list[list[tuple[str, str]]] = []
    last_t: str | None = None
    for line in ann_text.split("\n"):
        match = _T_LINE.match(line)
        if match:
            tid, label, offsets, ann = match.groups()
            try:
                spans[tid] = (label, _parse_pieces(offsets), ann)
                last_t = tid
            except ValueError:
                last_t = None
            continue
        match = _E_LINE.match(line)
        if match:
            parts = []
            for arg in match.group(2).split():
                role, _, ref = arg.partition(":")
                if ref:
                    parts.append((_role(role), ref))
            events.append(parts)
            last_t = None
            continue
        if _RECORD.match(line):
            last_t = None
        elif last_t is not None:  # the annotated text of the previous T line ran on
            label, pieces, ann = spans[last_t]
            spans[last_t] = (label, pieces, ann + "\n" + line)

    mismatches = 0
    for label, pieces, ann in spans.values():
        if label in _IGNORED_LABELS:
            continue
        expected = " ".join(text[s:e] for s, e in pieces)
        if expected != ann and expected.split() != ann.split():
            mismatches += 1

    def kind_of(pieces: tuple[Offsets, ...]) -> str:
        return gold_kind(" ".join(text[s:e] for s, e in pieces))

    attributions: list[GoldAttribution] = []
    used: set[str] = set()
    for parts in events:
        contents = [r for role, r in parts if role == "Content" and r in spans]
        cues = [p for role, r in parts if role == "Cue" and r in spans for p in spans[r][1]]
        sources = [p for role, r in parts if role == "Source" and r in spans for p in spans[r][1]]
        for ref in contents:
            if ref in used:
                continue
            used.add(ref)
            pieces = tuple(sorted(spans[ref][1]))
            attributions.append(
                GoldAttribution(
                    content=pieces,
                    cue=tuple(sorted(cues)) or None,
                    source=tuple(sorted(sources)) or None,
                    kind=kind_of(pieces),
                )
            )
    for ref, (label, pieces, _) in spans.items():
        if label == "Content" and ref not in used:
            pieces = tuple(sorted(pieces))
            attributions.append(GoldAttribution(content=pieces, kind=kind_of(pieces)))
    attributions.sort(key=lambda a: a.content[0])
    return GoldDocument(doc_id, text, tuple(attributions), mismatches)


def load_brat(folder: str | Path) -> list[GoldDocument]:
    """Read a PolNeAR-style brat folder (``text/*.txt`` and ``attributions/*.ann``).

    Documents are returned in sorted order of their id (the ``.txt`` file's stem). A document
    without any ``.ann`` file is kept with no attributions.
    """
    folder = Path(folder)
    text_dir = folder / "text" if (folder / "text").is_dir() else folder
    ann_dir = folder / "attributions" if (folder / "attributions").is_dir() else folder
    anns: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        stem = path.stem
        doc = stem.rsplit("_", 1)[0] if "_" in stem else stem
        if (text_dir / f"{stem}.txt").is_file():
            doc = stem
        anns.setdefault(doc, path)
    docs = []
    for txt in sorted(text_dir.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        ann = anns.get(txt.stem)
        if ann is None:
            docs.append(GoldDocument(txt.stem, text))
        else:
            docs.append(_read_ann(ann.read_text(encoding="utf-8"), text, txt.stem))
    return docs


# --------------------------------------------------------------------------------------------
# quotekit JSON loading
# --------------------------------------------------------------------------------------------


def _span_of(value: Any) -> tuple[Offsets, ...] | None:
    if not value or not isinstance(value, Mapping):
        return None
    if value.get("start") is None or value.get("end") is None:
        return None
    return ((int(value["start"]), int(value["end"])),)


def _article_to_gold(data: Mapping[str, Any], doc_id: str) -> GoldDocument:
    text = data["text"]
    doc_id = str(data.get("id") or data.get("doc_id") or doc_id)
    attributions = []
    mismatches = 0
    for st in data.get("statements") or ():
        start, end = int(st["start"]), int(st["end"])
        if "content" in st and text[start:end] != st["content"]:
            mismatches += 1
        speaker = st.get("speaker")
        if isinstance(speaker, Mapping):
            name = speaker.get("name")
        else:
            name = speaker or None
        explicit = st.get("kind")
        if explicit in ("direct", "mixed"):
            kind = "quoted"
        elif explicit == "indirect":
            kind = "indirect"
        else:  # quotekit contents exclude enclosing marks: look one character either side
            kind = gold_kind(text[max(0, start - 1) : end + 1])
        attributions.append(
            GoldAttribution(
                content=((start, end),),
                cue=_span_of(st.get("cue")),
                source=_span_of(st.get("mention")),
                speaker_name=name,
                kind=kind,
            )
        )
    attributions.sort(key=lambda a: a.content[0])
    return GoldDocument(doc_id, text, tuple(attributions), mismatches)


def load_quotekit_json(path: str | Path) -> list[GoldDocument]:
    """Read quotekit JSON gold: a ``.json`` / ``.jsonl`` file, or a folder of them.

    A statement's ``kind`` (direct/mixed -> quoted, indirect) decides its gold kind when
    given; otherwise the content and the character on either side are checked for quote marks.
    Document ids come from an article's ``"id"`` / ``"doc_id"`` or are ``<file stem>:<index>``.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl"))
        return [doc for f in files for doc in load_quotekit_json(f)]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        articles = [json.loads(line) for line in raw.splitlines() if line.strip()]
    else:
        loaded = json.loads(raw)
        articles = loaded if isinstance(loaded, list) else [loaded]
    return [_article_to_gold(a, f"{path.stem}:{i}") for i, a in enumerate(articles)]


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read gold from ``path``: a brat folder (with ``.ann`` files), or quotekit JSON."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no gold at {path}")
    if path.is_dir():
        if (path / "attributions").is_dir() or any(path.glob("*.ann")):
            return load_brat(path)
        return load_quotekit_json(path)
    if path.suffix in (".json", ".jsonl"):
        return load_quotekit_json(path)
    raise ValueError(f"cannot tell the gold format of {path}")


def corpus_stats(docs: Iterable[GoldDocument]) -> dict[str, Any]:
    """Aggregate counts over gold documents (documents, attributions, pieces, units, kinds)."""
    docs = list(docs)
    attributions = [a for d in docs for a in d.attributions]
    units = [u for d in docs for u in gold_units(d)]
    quoted = sum(a.kind == "quoted" for a in attributions)
    return {
        "documents": len(docs),
        "attributions": len(attributions),
        "content_pieces": sum(len(a.content) for a in attributions),
        "discontiguous_contents": sum(len(a.content) > 1 for a in attributions),
        "scored_units": len(units),
        "quoted_attributions": quoted,
        "share_quoted": quoted / len(attributions) if attributions else 0.0,
        "quoted_units": sum(u.kind == "quoted" for u in units),
        "with_source": sum(a.source is not None for a in attributions),
        "with_cue": sum(a.cue is not None for a in attributions),
        "offset_mismatches": sum(d.offset_mismatches for d in docs),
    }


# --------------------------------------------------------------------------------------------
# Units and matching
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


def _is_edge_noise(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ" or ch in _SINGLE_QUOTES


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _overlaps_any(start: int, end: int, pieces: Iterable[Offsets]) -> bool:
    return any(_overlap(start, end, s, e) > 0 for s, e in pieces)


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
        g_start, g_end = spans[ui]
        length = g_end - g_start
        if length <= 0:
            continue
        best: tuple[int, int, int, int] | None = None
        for pi, (p_start, p_end) in enumerate(predictions):
            if pi in taken:
                continue
            shared = _overlap(g_start, g_end, p_start, p_end)
            if shared / length > threshold:
                key = (p_start, -shared, p_end, pi)
                if best is None or key < best:
                    best = key
        if best is not None:
            taken.add(best[3])
            result[ui] = best[3]
    return result


def _match_exact(
    text: str, units: Sequence[GoldUnit], predictions: Sequence[Statement]
) -> dict[int, int]:
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


# --------------------------------------------------------------------------------------------
# Result classes
# --------------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


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

    @property
    def rule(self) -> str:
        """The first token of ``evidence`` (the rule that produced the prediction)."""
        return _rule(self.evidence)

    def to_dict(self) -> dict[str, Any]:
        """All fields as a JSON-ready dict."""
        return attrs.asdict(self)


def _rule(evidence: str) -> str:
    tokens = evidence.replace(";", " ").split()
    return tokens[0] if tokens else "(none)"


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

    def _key(self, threshold: float | str | None) -> str:
        if threshold is None:
            return _label(self.thresholds[0])
        if isinstance(threshold, str):
            return threshold
        return _label(threshold)

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
        """Figures and counts as a JSON-ready dict (errors left out: see :meth:`errors_jsonl`)."""
        return {
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
        }

    def format_table(self) -> str:
        """A plain-text table of every figure, for a terminal."""
        keys = [_label(t) for t in self.thresholds] + ["exact"]
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
        lo = _label(self.thresholds[0])
        cue, spk = self.cue_accuracy["all"], self.speaker_accuracy["all"]
        lines.append("")
        lines.append(
            f"documents {self.documents}, gold units {self.gold}, predictions "
            f"{self.predictions}, matches@{lo} {self.matches}; cue accuracy "
            f"{cue.correct}/{cue.total}, speaker accuracy {spk.correct}/{spk.total} "
            f"(over pairs matched at {lo})"
        )
        return "\n".join(lines)

    def errors_jsonl(self) -> str:
        """The errors as JSON lines (one :class:`ErrorRecord` a line)."""
        return "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in self.errors)

    def error_summary(self, top: int = 20) -> str:
        """Error counts by type, by rule (first token of evidence), and for missed units by
        gold kind and by gold cue text (lower-cased); ``top`` rows each."""
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
            Counter(_speaker_rule(e.evidence) for e in self.errors if e.type == "wrong_speaker"),
        )
        missed = [e for e in self.errors if e.type == "missed"]
        section("missed by gold kind:", Counter(e.gold_kind or "?" for e in missed))
        section(
            "missed by gold cue:",
            Counter(" ".join((e.gold_cue or "(no cue)").lower().split()) for e in missed),
        )
        return "\n".join(lines).rstrip() + "\n"


def _speaker_rule(evidence: str) -> str:
    for token in evidence.replace(";", " ").split():
        if token.startswith("speaker"):
            return token
    return "(none)"


def _label(threshold: float) -> str:
    return f"{threshold:g}"


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


def _pieces_text(text: str, pieces: tuple[Offsets, ...] | None) -> str | None:
    if not pieces:
        return None
    return " ".join(text[s:e] for s, e in pieces)


def _context(text: str, start: int, end: int, width: int = 100) -> str:
    return text[max(0, start - width) : min(len(text), end + width)]


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


def _speaker_correct(attribution: GoldAttribution, statement: Statement) -> bool | None:
    if attribution.source:
        mention = statement.mention
        if mention is None:
            return False
        return _overlaps_any(mention.start, mention.end, attribution.source)
    if attribution.speaker_name:
        return _name_matches(attribution.speaker_name, statement)
    return None


def _cue_correct(attribution: GoldAttribution, statement: Statement) -> bool | None:
    if not attribution.cue:
        return None
    cue = statement.cue
    return cue is not None and _overlaps_any(cue.start, cue.end, attribution.cue)


def _statements(prediction: Article | Iterable[Statement]) -> list[Statement]:
    if isinstance(prediction, Article):
        return list(prediction.statements)
    return list(prediction)


def _error(
    doc: GoldDocument,
    type_: str,
    unit: GoldUnit | None = None,
    pred: Statement | None = None,
) -> ErrorRecord:
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
        )
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    return ErrorRecord(doc_id=doc.doc_id, type=type_, context=_context(text, start, end), **fields)


def score(
    gold_docs: Iterable[GoldDocument],
    predicted: Iterable[Article | Iterable[Statement]],
    *,
    thresholds: Sequence[float] = (0.3, 0.8),
) -> EvaluationResult:
    """Score predictions already made: ``predicted[i]`` is for ``gold_docs[i]``.

    Each prediction is an :class:`~quotekit.types.Article` or a list of statements. Cue and
    speaker accuracy and the error records use the matching at the lowest threshold.
    """
    thresholds = tuple(sorted(thresholds))
    if not thresholds:
        raise ValueError("at least one threshold is needed")
    keys = [_label(t) for t in thresholds] + ["exact"]
    # counts[group][key] = [matched_gold, gold, matched_predictions, predictions]
    counts = {g: {k: [0, 0, 0, 0] for k in keys} for g in GROUPS}
    cue_acc = {g: [0, 0] for g in GROUPS}
    spk_acc = {g: [0, 0] for g in GROUPS}
    errors: list[ErrorRecord] = []
    n_docs = n_gold = n_pred = n_match = 0

    gold_list = list(gold_docs)
    pred_list = list(predicted)
    if len(gold_list) != len(pred_list):
        raise ValueError(f"{len(gold_list)} gold documents but {len(pred_list)} predictions")
    for doc, prediction in zip(gold_list, pred_list, strict=True):
        n_docs += 1
        units = gold_units(doc)
        preds = _statements(prediction)
        n_gold += len(units)
        n_pred += len(preds)
        unit_kinds = [u.kind for u in units]
        pred_kinds = [_pred_kind(p) for p in preds]
        pred_spans = [(p.start, p.end) for p in preds]

        matchings = {_label(t): match_units(units, pred_spans, t) for t in thresholds}
        matchings["exact"] = _match_exact(doc.text, units, preds)
        for key, matching in matchings.items():
            matched_preds = set(matching.values())
            for group in GROUPS:
                c = counts[group][key]
                for ui, kind in enumerate(unit_kinds):
                    if group in ("all", kind):
                        c[1] += 1
                        c[0] += ui in matching
                for pi, kind in enumerate(pred_kinds):
                    if group in ("all", kind):
                        c[3] += 1
                        c[2] += pi in matched_preds

        lowest = matchings[_label(thresholds[0])]
        n_match += len(lowest)
        matched_preds = set(lowest.values())
        events: list[tuple[int, int, ErrorRecord]] = []
        for ui, unit in enumerate(units):
            if ui not in lowest:
                events.append((unit.start, 0, _error(doc, "missed", unit)))
                continue
            pred = preds[lowest[ui]]
            for acc, judge, type_ in (
                (cue_acc, _cue_correct, "wrong_cue"),
                (spk_acc, _speaker_correct, "wrong_speaker"),
            ):
                verdict = judge(unit.attribution, pred)
                if verdict is None:
                    continue
                for group in ("all", unit.kind):
                    acc[group][1] += 1
                    acc[group][0] += verdict
                if not verdict:
                    events.append((unit.start, 1, _error(doc, type_, unit, pred)))
        for pi, pred in enumerate(preds):
            if pi not in matched_preds:
                events.append((pred.start, 2, _error(doc, "spurious", pred=pred)))
        events.sort(key=lambda e: (e[0], e[1]))
        errors.extend(e[2] for e in events)

    return EvaluationResult(
        thresholds=thresholds,
        scores={g: {k: PRF(*counts[g][k]) for k in keys} for g in GROUPS},
        cue_accuracy={g: Accuracy(*cue_acc[g]) for g in GROUPS},
        speaker_accuracy={g: Accuracy(*spk_acc[g]) for g in GROUPS},
        documents=n_docs,
        gold=n_gold,
        predictions=n_pred,
        matches=n_match,
        errors=errors,
    )


Predictor = Any  # an object with .pipe / .parse, or a callable text -> Article | statements


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
) -> EvaluationResult:
    """Run ``predict`` over the gold texts and score it (see :func:`score`).

    Args:
        gold: A gold path (see :func:`load_gold`) or gold documents.
        predict: An object with ``.pipe(texts) -> Iterator[Article]`` (preferred) or
            ``.parse(text) -> Article``, or a callable ``text -> Article | list[Statement]``.
        thresholds: Overlap thresholds (share of a gold unit's characters that must be
            covered, strictly exceeded).
    """
    docs = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    predictions = list(_run(predict, [d.text for d in docs]))
    return score(docs, predictions, thresholds=thresholds)
